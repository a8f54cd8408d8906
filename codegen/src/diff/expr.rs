//! Deparsed expressions compared up to the nesting of AND and OR.
//!
//! PostgreSQL keeps `a BETWEEN 1 AND 3 AND b` as an AND nested in an AND,
//! printed `((a >= 1) AND (a <= 3)) AND b`; that text, run again, is parsed
//! flat (`(a >= 1) AND (a <= 3) AND b`), so an object made from what
//! PostgreSQL prints reads back different yet means the same. Definitions
//! are compared with such nesting flattened; the DDL keeps what PostgreSQL
//! prints.

use std::borrow::Cow;

/// A piece of a definition: text (quoted literals and names kept whole)
/// or a parenthesized group.
#[derive(Debug, Clone)]
enum Node {
    Text(String),
    /// A quoted literal or name, never split.
    Quoted(String),
    Group(Vec<Node>),
}

/// `def` with every `(x AND y) AND z` written `x AND y AND z` (and the same
/// for OR); `def` itself when there is nothing to flatten.
pub fn flat_bool(def: &str) -> Cow<'_, str> {
    if !def.contains(") AND (") && !def.contains(") OR (") {
        return Cow::Borrowed(def);
    }
    let chars: Vec<char> = def.chars().collect();
    let mut at = 0;
    let nodes = parse(&chars, &mut at);
    if at < chars.len() {
        // An unbalanced `)`: compared as printed.
        return Cow::Borrowed(def);
    }
    let flat = render(&flatten(nodes));
    if flat == def {
        Cow::Borrowed(def)
    } else {
        Cow::Owned(flat)
    }
}

/// The nodes up to the `)` closing the current group (left at `at`) or the end.
fn parse(chars: &[char], at: &mut usize) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut text = String::new();
    while *at < chars.len() {
        let c = chars[*at];
        match c {
            '(' => {
                *at += 1;
                if !text.is_empty() {
                    nodes.push(Node::Text(std::mem::take(&mut text)));
                }
                let inner = parse(chars, at);
                if *at >= chars.len() {
                    // Never closed: kept as text.
                    text.push('(');
                    text.push_str(&render(&inner));
                    continue;
                }
                *at += 1;
                nodes.push(Node::Group(inner));
            }
            ')' => break,
            '\'' | '"' => {
                // A literal or a quoted name, doubled quotes inside.
                if !text.is_empty() {
                    nodes.push(Node::Text(std::mem::take(&mut text)));
                }
                text.push(c);
                *at += 1;
                while *at < chars.len() {
                    text.push(chars[*at]);
                    *at += 1;
                    if chars[*at - 1] == c {
                        if chars.get(*at) == Some(&c) {
                            text.push(c);
                            *at += 1;
                        } else {
                            break;
                        }
                    }
                }
                nodes.push(Node::Quoted(std::mem::take(&mut text)));
            }
            _ => {
                text.push(c);
                *at += 1;
            }
        }
    }
    if !text.is_empty() {
        nodes.push(Node::Text(text));
    }
    nodes
}

fn render(nodes: &[Node]) -> String {
    let mut out = String::new();
    for n in nodes {
        match n {
            Node::Text(t) | Node::Quoted(t) => out.push_str(t),
            Node::Group(g) => {
                out.push('(');
                out.push_str(&render(g));
                out.push(')');
            }
        }
    }
    out
}

/// The operands of `nodes` split at `op` outside any group.
fn split(nodes: &[Node], op: &str) -> Vec<Vec<Node>> {
    let mut parts = vec![Vec::new()];
    for n in nodes {
        match n {
            Node::Text(t) if t.contains(op) => {
                let mut pieces = t.split(op);
                if let Some(first) = pieces.next().filter(|p| !p.is_empty()) {
                    parts.last_mut().unwrap().push(Node::Text(first.to_owned()));
                }
                for p in pieces {
                    parts.push(Vec::new());
                    if !p.is_empty() {
                        parts.last_mut().unwrap().push(Node::Text(p.to_owned()));
                    }
                }
            }
            _ => parts.last_mut().unwrap().push(n.clone()),
        }
    }
    parts
}

/// Groups flattened inside out: an operand of an AND chain that is itself
/// a parenthesized AND chain (and holds no OR outside its own groups) is
/// spliced into the outer chain; the same for OR.
fn flatten(nodes: Vec<Node>) -> Vec<Node> {
    let nodes: Vec<Node> = nodes
        .into_iter()
        .map(|n| match n {
            Node::Group(g) => Node::Group(flatten(g)),
            t => t,
        })
        .collect();
    for (op, other) in [(" AND ", " OR "), (" OR ", " AND ")] {
        let operands = split(&nodes, op);
        if operands.len() < 2 {
            continue;
        }
        let mut out: Vec<Vec<Node>> = Vec::new();
        for operand in operands {
            match operand.as_slice() {
                [Node::Group(inner)] if split(inner, other).len() == 1 => {
                    let parts = split(inner, op);
                    if parts.len() >= 2 && parts.iter().all(|p| !p.is_empty()) {
                        out.extend(parts);
                    } else {
                        out.push(operand);
                    }
                }
                _ => out.push(operand),
            }
        }
        let mut joined = Vec::new();
        for (i, part) in out.into_iter().enumerate() {
            if i > 0 {
                joined.push(Node::Text(op.to_owned()));
            }
            joined.extend(part);
        }
        return joined;
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::flat_bool;

    #[test]
    fn a_between_in_an_and_reads_as_the_flat_and() {
        let nested =
            "CHECK ((((length(VALUE) >= 1) AND (length(VALUE) <= 300)) AND (VALUE ~ '^/'::text)))";
        let flat =
            "CHECK (((length(VALUE) >= 1) AND (length(VALUE) <= 300) AND (VALUE ~ '^/'::text)))";
        assert_eq!(flat_bool(nested), flat);
        assert_eq!(flat_bool(flat), flat);
    }

    #[test]
    fn or_in_and_literals_and_calls_are_kept() {
        assert_eq!(
            flat_bool("CHECK (((a > 1) OR (b > 1)) AND (c > 1))"),
            "CHECK (((a > 1) OR (b > 1)) AND (c > 1))"
        );
        assert_eq!(
            flat_bool("CHECK ((NOT ((a) AND (b))) AND (c))"),
            "CHECK ((NOT ((a) AND (b))) AND (c))"
        );
        assert_eq!(
            flat_bool("CHECK (((x = ') AND (y'::text) AND (z)) AND (w))"),
            "CHECK ((x = ') AND (y'::text) AND (z) AND (w))"
        );
        assert_eq!(
            flat_bool("CHECK ((((a) OR (b)) OR (c)))"),
            "CHECK (((a) OR (b) OR (c)))"
        );
        assert_eq!(
            flat_bool("CHECK ((f((a) AND (b)) AND (c)))"),
            "CHECK ((f((a) AND (b)) AND (c)))"
        );
    }
}
