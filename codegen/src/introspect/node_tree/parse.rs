//! The `pg_node_tree` text format (`{KIND :field value …}`, lists in
//! parentheses, arrays in brackets) into [`Value`]s.

use std::borrow::Cow;

/// A parsed `pg_node_tree` value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Node(Node),
    List(Vec<Value>),
    Atom(String),
    Null,
}

/// `{KIND :field value …}`
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: String,
    pub fields: Vec<(String, Value)>,
}

impl Node {
    pub fn get(&self, field: &str) -> Option<&Value> {
        self.fields.iter().find(|(k, _)| k == field).map(|(_, v)| v)
    }

    pub(super) fn int(&self, field: &str) -> Option<i64> {
        match self.get(field)? {
            Value::Atom(a) => a.parse().ok(),
            _ => None,
        }
    }

    pub(super) fn node(&self, field: &str) -> Option<&Node> {
        match self.get(field)? {
            Value::Node(n) => Some(n),
            _ => None,
        }
    }

    pub(super) fn list(&self, field: &str) -> &[Value] {
        match self.get(field) {
            Some(Value::List(l)) => l,
            _ => &[],
        }
    }
}

/// The deepest nesting of nodes and lists read; deeper parts read as
/// `Null` (unknown, so nullable). PostgreSQL stores views nested thousands
/// of levels deep (`SELECT NOT NOT … true`), which the recursive reader and
/// prover would follow until the stack overflows.
const MAX_DEPTH: usize = 1_000;

struct Tokens<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl<'a> Tokens<'a> {
    /// The next token, borrowed from the text unless it has escapes (a
    /// view's tree is tens of thousands of tokens).
    fn next(&mut self) -> Option<Cow<'a, str>> {
        let s = self.s;
        while self.i < s.len() && s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
        if self.i >= s.len() {
            return None;
        }
        let start = self.i;
        if matches!(s[start], b'(' | b')' | b'{' | b'}') {
            self.i += 1;
            return Some(String::from_utf8_lossy(&s[start..self.i]));
        }
        let mut escaped = false;
        while self.i < s.len() {
            let c = s[self.i];
            if c.is_ascii_whitespace() || matches!(c, b'(' | b')' | b'{' | b'}') {
                break;
            }
            if c == b'\\' && self.i + 1 < s.len() {
                escaped = true;
                self.i += 2;
            } else {
                self.i += 1;
            }
        }
        let token = &s[start..self.i];
        if !escaped {
            return Some(String::from_utf8_lossy(token));
        }
        let mut out = Vec::with_capacity(token.len());
        let mut bytes = token.iter();
        while let Some(&c) = bytes.next() {
            match (c, bytes.as_slice().first()) {
                (b'\\', Some(_)) => out.extend(bytes.next()),
                _ => out.push(c),
            }
        }
        Some(Cow::Owned(String::from_utf8_lossy(&out).into_owned()))
    }

    fn peek(&mut self) -> Option<Cow<'a, str>> {
        let saved = self.i;
        let t = self.next();
        self.i = saved;
        t
    }

    fn value(&mut self, first: Cow<'a, str>) -> Value {
        if matches!(&*first, "{" | "(") && self.depth >= MAX_DEPTH {
            self.skip_nested();
            return Value::Null;
        }
        self.depth += 1;
        let value = self.value_at_depth(first);
        self.depth -= 1;
        value
    }

    /// Skips to the end of the node or list just opened, without recursion.
    fn skip_nested(&mut self) {
        let mut open = 1usize;
        while open > 0 {
            match self.next().as_deref() {
                Some("{" | "(") => open += 1,
                Some("}" | ")") => open -= 1,
                Some(_) => {}
                None => return,
            }
        }
    }

    fn value_at_depth(&mut self, first: Cow<'a, str>) -> Value {
        match &*first {
            "{" => Value::Node(self.node()),
            "(" => {
                let mut items = Vec::new();
                while let Some(t) = self.next() {
                    if t == ")" {
                        break;
                    }
                    items.push(self.value(t));
                }
                Value::List(items)
            }
            "<>" => Value::Null,
            "[" => {
                let mut items = Vec::new();
                while let Some(t) = self.next() {
                    if t == "]" {
                        break;
                    }
                    items.push(Value::Atom(t.into_owned()));
                }
                Value::List(items)
            }
            _ => Value::Atom(first.into_owned()),
        }
    }

    fn node(&mut self) -> Node {
        let kind = self.next().unwrap_or_default().into_owned();
        let mut fields = Vec::new();
        while let Some(t) = self.next() {
            if t == "}" {
                break;
            }
            if let Some(name) = t.strip_prefix(':') {
                let value = match self.peek() {
                    Some(p) if p.starts_with(':') || p == "}" => Value::Null,
                    Some(_) => {
                        let first = self.next().unwrap_or_default();
                        let v = self.value(first);
                        // Some fields print more than one token (`:constvalue 4 [ … ]`).
                        while matches!(self.peek(), Some(p) if !p.starts_with(':') && p != "}") {
                            let extra = self.next().unwrap_or_default();
                            self.value(extra);
                        }
                        v
                    }
                    None => Value::Null,
                };
                fields.push((name.to_owned(), value));
            }
        }
        Node { kind, fields }
    }
}

/// Parses a `pg_node_tree` text.
pub fn parse(text: &str) -> Value {
    let mut t = Tokens {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    match t.next() {
        Some(first) => t.value(first),
        None => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nodes_lists_escapes_and_multi_token_fields() {
        let v = parse(
            r"({QUERY :a 1 :b <> :c (i 1 2) :d {VAR :varno 3} :e 4 [ 1 0 0 0 ] :name my\ col :f ()})",
        );
        let Value::List(items) = v else { panic!() };
        let Value::Node(q) = &items[0] else { panic!() };
        assert_eq!(q.kind, "QUERY");
        assert_eq!(q.int("a"), Some(1));
        assert_eq!(q.get("b"), Some(&Value::Null));
        assert_eq!(q.node("d").unwrap().int("varno"), Some(3));
        assert_eq!(q.int("e"), Some(4));
        assert_eq!(q.get("name"), Some(&Value::Atom("my col".into())));
        assert_eq!(q.list("f"), &[] as &[Value]);
    }
}
