//! View column nullability, proven from the view's query tree
//! (`pg_rewrite.ev_action`): a column is NOT NULL when it is a plain
//! reference to a NOT NULL column of a relation that no outer join, set
//! operation or grouping set can null. Anything else stays nullable: we
//! prove, never guess.

mod parse;

pub use parse::{parse, Node, Value};
use std::collections::BTreeSet;
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
    let outputs = outputs(&query);
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

/// `(resno, resorigtbl, resorigcol)` of each entry of a view's target list
/// that names the table column it reads (`resorigtbl` not 0), as PostgREST
/// reads them for the relationships of views.
pub fn target_origins(tree: &str) -> Vec<(i64, i64, i64)> {
    let query = match parse(tree) {
        Value::List(items) => match items.into_iter().next() {
            Some(Value::Node(q)) if q.kind == "QUERY" => q,
            _ => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    query
        .list("targetList")
        .iter()
        .filter_map(|v| match v {
            Value::Node(te) if te.kind == "TARGETENTRY" => Some((
                te.int("resno")?,
                te.int("resorigtbl")?,
                te.int("resorigcol")?,
            )),
            _ => None,
        })
        .filter(|&(_, tbl, _)| tbl != 0)
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
    if nulled_by_outer_join(expr) {
        return false;
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

/// PostgreSQL 16+: a Var says itself which outer joins can null it.
fn nulled_by_outer_join(var: &Node) -> bool {
    matches!(var.get("varnullingrels"), Some(Value::List(rels))
        if rels.iter().any(|r| matches!(r, Value::Atom(a) if a != "b")))
}

/// What the expression prover may assume about the catalog.
pub struct Facts<'a> {
    /// Whether column `attnum` of relation `relid` is NOT NULL.
    pub base: &'a dyn Fn(i64, i64) -> Option<bool>,
    /// Operators that never return NULL for non-NULL operands.
    pub safe_operators: &'a BTreeSet<i64>,
    /// Functions that never return NULL for non-NULL arguments.
    pub safe_functions: &'a BTreeSet<i64>,
}

/// `count(any)`, `count(*)`: never NULL.
const COUNT: [i64; 2] = [2147, 2803];
/// `row_number`, `rank`, `dense_rank`, `percent_rank`, `cume_dist`.
const RANKING: [i64; 5] = [3100, 3101, 3102, 3103, 3104];

/// For each output column of a query tree (a temporary view's
/// `ev_action`), whether it is proven NOT NULL, through expressions too:
/// plain columns as [`proven_not_null`] proves them, and literals,
/// `count(…)`, ranking window functions, `coalesce(…)` with a NOT NULL
/// argument, `EXISTS`, `ARRAY(…)`, `IS [NOT] NULL`, casts, `CASE` with an
/// `ELSE` whose every branch is NOT NULL, `greatest`/`least` with a NOT NULL
/// argument, boolean logic, operators and functions known to return a value
/// for values, subqueries in `FROM`, CTEs and `UNION`/`INTERSECT`/`EXCEPT`.
/// Anything else is nullable: soundness first.
pub fn proven_not_null_exprs(tree: &str, facts: &Facts) -> Vec<bool> {
    match parse(tree) {
        Value::List(items) => match items.into_iter().next() {
            Some(Value::Node(q)) if q.kind == "QUERY" => {
                let mut scope = Vec::new();
                query_outputs(&q, facts, &mut scope, 0)
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The non-junk output expressions of a query.
fn outputs(query: &Node) -> Vec<&Node> {
    query
        .list("targetList")
        .iter()
        .filter_map(|v| match v {
            Value::Node(n) if n.kind == "TARGETENTRY" => Some(n),
            _ => None,
        })
        .filter(|te| !matches!(te.get("resjunk"), Some(Value::Atom(a)) if a == "true"))
        .collect()
}

/// One query level: its range table, the entries an outer join may null,
/// and its CTEs (outer levels are further down the scope stack).
struct Level<'a> {
    query: &'a Node,
    nullable: BTreeSet<i64>,
}

fn query_outputs<'a>(
    q: &'a Node,
    facts: &Facts,
    scope: &mut Vec<Level<'a>>,
    depth: u8,
) -> Vec<bool> {
    let outs = outputs(q);
    if depth > 16 || !q.list("groupingSets").is_empty() {
        return vec![false; outs.len()];
    }
    let mut nullable = BTreeSet::new();
    if let Some(j) = q.node("jointree") {
        nullable_rtes(j, false, &mut nullable);
    }
    scope.push(Level { query: q, nullable });
    let result = match q.node("setOperations") {
        Some(setop) => setop_outputs(setop, outs.len(), facts, scope, depth),
        None => outs
            .iter()
            .map(|te| {
                te.node("expr")
                    .is_some_and(|e| expr_not_null(e, facts, scope, depth))
            })
            .collect(),
    };
    scope.pop();
    result
}

/// `UNION`/`INTERSECT`: a column is NOT NULL when it is in every branch;
/// `EXCEPT`: when it is in the left one (its rows come from there).
fn setop_outputs<'a>(
    node: &'a Node,
    width: usize,
    facts: &Facts,
    scope: &mut Vec<Level<'a>>,
    depth: u8,
) -> Vec<bool> {
    match node.kind.as_str() {
        "RANGETBLREF" => {
            let level = scope.last().expect("a query level");
            let rte = node
                .int("rtindex")
                .and_then(|i| usize::try_from(i - 1).ok())
                .and_then(|i| level.query.list("rtable").get(i));
            match rte {
                Some(Value::Node(rte)) => match rte.node("subquery") {
                    Some(sub) => query_outputs(sub, facts, scope, depth + 1),
                    None => vec![false; width],
                },
                _ => vec![false; width],
            }
        }
        "SETOPERATIONSTMT" => {
            let left = node
                .node("larg")
                .map(|l| setop_outputs(l, width, facts, scope, depth + 1));
            let right = node
                .node("rarg")
                .map(|r| setop_outputs(r, width, facts, scope, depth + 1));
            match (left, right, node.int("op")) {
                (Some(l), _, Some(3)) => l,
                (Some(l), Some(r), _) => l.iter().zip(&r).map(|(a, b)| *a && *b).collect(),
                _ => vec![false; width],
            }
        }
        _ => vec![false; width],
    }
}

fn args(node: &Node) -> impl Iterator<Item = &Node> {
    node.list("args").iter().filter_map(|v| match v {
        Value::Node(n) => Some(n),
        _ => None,
    })
}

fn expr_not_null<'a>(e: &'a Node, facts: &Facts, scope: &mut Vec<Level<'a>>, depth: u8) -> bool {
    if depth > 32 {
        return false;
    }
    let all_args = |scope: &mut Vec<Level<'a>>| {
        let list: Vec<&Node> = args(e).collect();
        !list.is_empty()
            && list
                .iter()
                .all(|a| expr_not_null(a, facts, scope, depth + 1))
    };
    match e.kind.as_str() {
        "VAR" => var_in_scope(e, facts, scope, depth),
        "CONST" => matches!(e.get("constisnull"), Some(Value::Atom(a)) if a == "false"),
        "AGGREF" => e.int("aggfnoid").is_some_and(|f| COUNT.contains(&f)),
        "WINDOWFUNC" => e
            .int("winfnoid")
            .is_some_and(|f| COUNT.contains(&f) || RANKING.contains(&f)),
        "COALESCEEXPR" | "MINMAXEXPR" => {
            let list: Vec<&Node> = args(e).collect();
            list.iter()
                .any(|a| expr_not_null(a, facts, scope, depth + 1))
        }
        // EXISTS (0) is true or false; ARRAY(subquery) (6) is an array, maybe empty.
        "SUBLINK" => matches!(e.int("subLinkType"), Some(0) | Some(6)),
        "NULLTEST" | "BOOLEANTEST" | "SQLVALUEFUNCTION" | "ROW" | "ARRAY" | "CURRENTOFEXPR" => true,
        "RELABELTYPE" | "COERCEVIAIO" | "COERCETODOMAIN" | "COLLATEEXPR" => e
            .node("arg")
            .is_some_and(|a| expr_not_null(a, facts, scope, depth + 1)),
        "BOOLEXPR" => all_args(scope),
        // Casts (explicit 1, implicit 2) keep values values.
        "FUNCEXPR" => {
            let cast = matches!(e.int("funcformat"), Some(1) | Some(2));
            let safe = e
                .int("funcid")
                .is_some_and(|f| facts.safe_functions.contains(&f));
            (cast || safe) && (all_args(scope) || (safe && args(e).next().is_none()))
        }
        "OPEXPR" => {
            e.int("opno")
                .is_some_and(|o| facts.safe_operators.contains(&o))
                && all_args(scope)
        }
        "CASEEXPR" => {
            let default = e
                .node("defresult")
                .is_some_and(|d| expr_not_null(d, facts, scope, depth + 1));
            default
                && e.list("args").iter().all(|w| match w {
                    Value::Node(w) if w.kind == "CASEWHEN" => w
                        .node("result")
                        .is_some_and(|r| expr_not_null(r, facts, scope, depth + 1)),
                    _ => false,
                })
        }
        _ => false,
    }
}

/// A column reference, at its query level: a base column (NOT NULL and
/// not on the nullable side of an outer join), a join alias, a subquery's
/// output or a CTE's output.
fn var_in_scope<'a>(e: &'a Node, facts: &Facts, scope: &mut Vec<Level<'a>>, depth: u8) -> bool {
    let up = e.int("varlevelsup").unwrap_or(-1);
    if up < 0 || up as usize >= scope.len() {
        return false;
    }
    if nulled_by_outer_join(e) {
        return false;
    }
    let (Some(varno), Some(attno)) = (e.int("varno"), e.int("varattno")) else {
        return false;
    };
    let level_index = scope.len() - 1 - up as usize;
    let query: &'a Node = scope[level_index].query;
    if scope[level_index].nullable.contains(&varno) || attno <= 0 {
        return false;
    }
    let Some(Value::Node(rte)) = usize::try_from(varno - 1)
        .ok()
        .and_then(|i| query.list("rtable").get(i))
    else {
        return false;
    };
    let attno = attno as usize;
    match rte.int("rtekind") {
        Some(0) => rte
            .int("relid")
            .and_then(|relid| (facts.base)(relid, attno as i64))
            .unwrap_or(false),
        // A join alias: its Var belongs to this level.
        Some(2) => match rte.list("joinaliasvars").get(attno - 1) {
            Some(Value::Node(inner)) => at_level(scope, level_index, |scope| {
                expr_not_null(inner, facts, scope, depth + 1)
            }),
            _ => false,
        },
        Some(1) => match rte.node("subquery") {
            Some(sub) => at_level(scope, level_index, |scope| {
                query_outputs(sub, facts, scope, depth + 1)
                    .get(attno - 1)
                    .copied()
                    .unwrap_or(false)
            }),
            None => false,
        },
        Some(6) => {
            let name = match rte.get("ctename") {
                Some(Value::Atom(n)) => n.clone(),
                _ => return false,
            };
            let cte_up = rte.int("ctelevelsup").unwrap_or(0) as usize;
            if cte_up > level_index {
                return false;
            }
            let owner = level_index - cte_up;
            let owner_query: &'a Node = scope[owner].query;
            let cte_query = owner_query.list("cteList").iter().find_map(|c| match c {
                Value::Node(c)
                    if c.kind == "COMMONTABLEEXPR"
                        && matches!(c.get("ctename"), Some(Value::Atom(n)) if *n == name)
                        && !matches!(c.get("cterecursive"), Some(Value::Atom(a)) if a == "true") =>
                {
                    c.node("ctequery")
                }
                _ => None,
            });
            match cte_query {
                Some(cq) if cq.kind == "QUERY" => at_level(scope, owner, |scope| {
                    query_outputs(cq, facts, scope, depth + 1)
                        .get(attno - 1)
                        .copied()
                        .unwrap_or(false)
                }),
                _ => false,
            }
        }
        _ => false,
    }
}

/// Runs `f` with the scope cut back to `level` (its innermost level), then
/// restores the levels above it.
fn at_level<'a, R>(
    scope: &mut Vec<Level<'a>>,
    level: usize,
    f: impl FnOnce(&mut Vec<Level<'a>>) -> R,
) -> R {
    let tail = scope.split_off(level + 1);
    let r = f(scope);
    scope.extend(tail);
    r
}
