//! Functions, procedures and aggregates: `pg_proc` rows into [`Function`]s.

use super::rows::FunctionRow;
use super::types::Types;
use super::unknown;
use schema::*;

/// Splits `a, f(b, c), 'x,y'` at top-level commas.
pub fn split_top_level(list: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, None::<char>, 0);
    for (i, ch) in list.char_indices() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(ch),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, ',') if depth == 0 => {
                out.push(list[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !list[start..].trim().is_empty() {
        out.push(list[start..].trim().to_owned());
    }
    out
}

pub(super) fn function(types: &Types, f: FunctionRow) -> Result<Function, sqlx::Error> {
    let object = || format!("function {}.{}", f.schema, f.signature);
    let n = f.arg_types.len();
    let modes = match &f.arg_modes {
        None => vec![ArgMode::In; n],
        Some(codes) => codes
            .iter()
            .map(|c| ArgMode::from_proargmode(c))
            .collect::<Result<_, _>>()
            .map_err(|e| unknown(object(), e))?,
    };
    let (arguments, columns) = arguments(types, &f, &modes);
    Ok(Function {
        kind: FunctionKind::from_prokind(&f.kind).map_err(|e| unknown(object(), e))?,
        volatility: Volatility::from_provolatile(&f.volatility)
            .map_err(|e| unknown(object(), e))?,
        returns: Returns {
            ty: types.type_ref(f.return_type, -1, 0, None),
            set: f.returns_set,
            rows: f.rows.and_then(|r| u32::try_from(r).ok()),
            columns,
        },
        search_path: f
            .config
            .unwrap_or_default()
            .iter()
            .find_map(|c| c.strip_prefix("search_path=").map(str::to_owned)),
        schema: f.schema,
        name: f.name,
        signature: f.signature,
        arguments,
        security_definer: f.security_definer,
        language: f.language,
        comment: f.comment,
    })
}

/// The arguments a caller passes (with their defaults) and the result
/// columns (`OUT`, `INOUT`, `TABLE`).
fn arguments(types: &Types, f: &FunctionRow, modes: &[ArgMode]) -> (Vec<Argument>, Vec<Argument>) {
    let n = f.arg_types.len();
    let names = f.arg_names.as_deref().unwrap_or_default();
    let defaults = f
        .arg_defaults
        .as_deref()
        .map(split_top_level)
        .unwrap_or_default();
    let inputs: Vec<usize> = (0..n).filter(|&i| modes[i].is_input()).collect();
    let first_default = inputs.len().saturating_sub(f.default_count.max(0) as usize);
    let mut arguments = Vec::new();
    let mut columns = Vec::new();
    for (i, &mode) in modes.iter().enumerate().take(n) {
        let arg = |default: Option<String>, mode: ArgMode| Argument {
            name: names.get(i).filter(|s| !s.is_empty()).cloned(),
            ty: types.type_ref(f.arg_types[i], -1, 0, None),
            mode,
            default,
        };
        if let Some(k) = inputs.iter().position(|&x| x == i) {
            let default = (k >= first_default)
                .then(|| defaults.get(k - first_default).cloned())
                .flatten();
            arguments.push(arg(default, mode));
        }
        if mode.is_output() {
            let column = if mode == ArgMode::Table {
                ArgMode::Table
            } else {
                ArgMode::Out
            };
            columns.push(arg(None, column));
        }
    }
    (arguments, columns)
}

#[cfg(test)]
mod tests {
    #[test]
    fn splits_default_lists_at_top_level_commas() {
        assert_eq!(
            super::split_top_level("30, make_interval(days => 1, hours => 2), 'a,b'::text"),
            vec!["30", "make_interval(days => 1, hours => 2)", "'a,b'::text"]
        );
    }
}
