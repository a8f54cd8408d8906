//! View column nullability, proven from the view's query tree
//! (`pg_rewrite.ev_action`): a column is NOT NULL when it is a plain
//! reference to a NOT NULL column of a relation that no outer join, set
//! operation or grouping set can null. Anything else stays nullable: we
//! prove, never guess.

use std::collections::BTreeSet;

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

    fn int(&self, field: &str) -> Option<i64> {
        match self.get(field)? {
            Value::Atom(a) => a.parse().ok(),
            _ => None,
        }
    }

    fn node(&self, field: &str) -> Option<&Node> {
        match self.get(field)? {
            Value::Node(n) => Some(n),
            _ => None,
        }
    }

    fn list(&self, field: &str) -> &[Value] {
        match self.get(field) {
            Some(Value::List(l)) => l,
            _ => &[],
        }
    }
}

struct Tokens<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Tokens<'a> {
    fn next(&mut self) -> Option<String> {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
        if self.i >= self.s.len() {
            return None;
        }
        let c = self.s[self.i];
        if matches!(c, b'(' | b')' | b'{' | b'}') {
            self.i += 1;
            return Some((c as char).to_string());
        }
        let mut out = Vec::new();
        while self.i < self.s.len() {
            let c = self.s[self.i];
            if c.is_ascii_whitespace() || matches!(c, b'(' | b')' | b'{' | b'}') {
                break;
            }
            if c == b'\\' && self.i + 1 < self.s.len() {
                out.push(self.s[self.i + 1]);
                self.i += 2;
            } else {
                out.push(c);
                self.i += 1;
            }
        }
        Some(String::from_utf8_lossy(&out).into_owned())
    }

    fn peek(&mut self) -> Option<String> {
        let saved = self.i;
        let t = self.next();
        self.i = saved;
        t
    }

    fn value(&mut self, first: String) -> Value {
        match first.as_str() {
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
                    items.push(Value::Atom(t));
                }
                Value::List(items)
            }
            _ => Value::Atom(first),
        }
    }

    fn node(&mut self) -> Node {
        let kind = self.next().unwrap_or_default();
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
    };
    match t.next() {
        Some(first) => t.value(first),
        None => Value::Null,
    }
}

/// Range-table indexes that an outer join may null.
fn nullable_rtes(node: &Node, nullable: bool, out: &mut BTreeSet<i64>) {
    match node.kind.as_str() {
        "RANGETBLREF" if nullable => out.extend(node.int("rtindex")),
        "JOINEXPR" => {
            let jt = node.int("jointype").unwrap_or(0);
            if nullable {
                out.extend(node.int("rtindex"));
            }
            if let Some(l) = node.node("larg") {
                nullable_rtes(l, nullable || jt == 2 || jt == 3, out);
            }
            if let Some(r) = node.node("rarg") {
                nullable_rtes(r, nullable || jt == 1 || jt == 2, out);
            }
        }
        "FROMEXPR" => {
            for item in node.list("fromlist") {
                if let Value::Node(n) = item {
                    nullable_rtes(n, nullable, out);
                }
            }
        }
        _ => {}
    }
}

/// For each output column of the view (in order), whether it is proven NOT
/// NULL. `base(relid, attnum)` says whether a column of a relation the view
/// reads is NOT NULL (`None`: unknown).
pub fn proven_not_null(tree: &str, base: &dyn Fn(i64, i64) -> Option<bool>) -> Vec<bool> {
    let query = match parse(tree) {
        Value::List(items) => match items.into_iter().next() {
            Some(Value::Node(q)) if q.kind == "QUERY" => q,
            _ => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let outputs: Vec<&Node> = query
        .list("targetList")
        .iter()
        .filter_map(|v| match v {
            Value::Node(n) if n.kind == "TARGETENTRY" => Some(n),
            _ => None,
        })
        .filter(|te| !matches!(te.get("resjunk"), Some(Value::Atom(a)) if a == "true"))
        .collect();
    let simple = query.get("setOperations").is_none_or(|v| *v == Value::Null)
        && query.list("groupingSets").is_empty();
    if !simple {
        return vec![false; outputs.len()];
    }
    let rtable = query.list("rtable");
    let mut nullable = BTreeSet::new();
    if let Some(j) = query.node("jointree") {
        nullable_rtes(j, false, &mut nullable);
    }
    outputs
        .iter()
        .map(|te| {
            te.node("expr")
                .is_some_and(|e| var_not_null(e, rtable, &nullable, base))
        })
        .collect()
}

fn var_not_null(
    expr: &Node,
    rtable: &[Value],
    nullable: &BTreeSet<i64>,
    base: &dyn Fn(i64, i64) -> Option<bool>,
) -> bool {
    if expr.kind != "VAR" || expr.int("varlevelsup") != Some(0) {
        return false;
    }
    // PostgreSQL 16+: the Var says itself which outer joins can null it.
    if let Some(Value::List(rels)) = expr.get("varnullingrels") {
        if rels.iter().any(|r| matches!(r, Value::Atom(a) if a != "b")) {
            return false;
        }
    }
    let (Some(varno), Some(attno)) = (expr.int("varno"), expr.int("varattno")) else {
        return false;
    };
    if nullable.contains(&varno) || attno <= 0 {
        return false;
    }
    let Some(Value::Node(rte)) = usize::try_from(varno - 1).ok().and_then(|i| rtable.get(i)) else {
        return false;
    };
    match rte.int("rtekind") {
        Some(0) => rte
            .int("relid")
            .and_then(|relid| base(relid, attno))
            .unwrap_or(false),
        Some(2) => match rte.list("joinaliasvars").get((attno - 1) as usize) {
            Some(Value::Node(inner)) => var_not_null(inner, rtable, nullable, base),
            _ => false,
        },
        _ => false,
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
