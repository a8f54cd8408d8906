//! Statements that change the session's or the transaction's state, told
//! apart by their first words: the runner refuses some before anything runs
//! (two-phase commit, psql meta-commands, `COPY … TO STDOUT`, inline COPY
//! data without its end line) and runs
//! others alone (savepoints, `SET TRANSACTION`, `COPY … FROM stdin`).

use super::files::SqlFile;
use crate::error::{Error, Result};
use crate::sql::{self, Statement};

/// The first `n` words of a statement, upper-cased, skipping comments.
pub fn words(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while out.len() < n {
        rest = sql::strip_leading_comments(rest);
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if len == 0 {
            break;
        }
        out.push(rest[..len].to_ascii_uppercase());
        rest = &rest[len..];
    }
    out
}

/// `SAVEPOINT`, `RELEASE [SAVEPOINT]` or `ROLLBACK [WORK|TRANSACTION] TO`.
pub fn savepoint(text: &str) -> bool {
    let w = words(text, 3);
    match w.first().map(String::as_str) {
        Some("SAVEPOINT" | "RELEASE") => true,
        Some("ROLLBACK") => w[1..].iter().any(|x| x == "TO"),
        _ => false,
    }
}

/// The statements of a file that run inside the runner's transaction: all
/// but its transaction control (`BEGIN`, `COMMIT`; savepoints stay).
pub fn in_transaction(file: &SqlFile) -> Vec<Statement> {
    file.statements
        .iter()
        .filter(|s| s.transaction_control(&file.sql).is_none() || savepoint(s.text(&file.sql)))
        .cloned()
        .collect()
}

/// `SET TRANSACTION …`: it must be the first statement of the transaction,
/// outside any savepoint.
pub fn set_transaction(text: &str) -> bool {
    words(text, 2) == ["SET", "TRANSACTION"]
}

/// `PREPARE TRANSACTION`, `COMMIT PREPARED`, `ROLLBACK PREPARED`.
pub fn two_phase(text: &str) -> bool {
    matches!(
        words(text, 2)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["PREPARE", "TRANSACTION"] | ["COMMIT" | "ROLLBACK", "PREPARED"]
    )
}

/// The upper-cased words of a `COPY` statement (quotes left out), or none.
fn copy_words(text: &str) -> Option<Vec<String>> {
    if words(text, 1) != ["COPY"] {
        return None;
    }
    let mut quote: Option<char> = None;
    let plain: String = sql::strip_leading_comments(text)
        .chars()
        .map(|c| {
            let was = quote;
            match quote {
                None if c == '\'' || c == '"' => quote = Some(c),
                Some(q) if c == q => quote = None,
                _ => {}
            }
            if was.is_some() || quote.is_some() || !(c.is_alphanumeric() || c == '_') {
                ' '
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect();
    Some(plain.split_whitespace().map(str::to_owned).collect())
}

/// `COPY … FROM STDIN` (its data follows it in the file, as in pg_dump's output).
pub fn copy_from_stdin(text: &str) -> bool {
    copy_words(text).is_some_and(|w| w.windows(2).any(|p| p == ["FROM", "STDIN"]))
}

/// `COPY … TO STDOUT`.
fn copy_to_stdout(text: &str) -> bool {
    copy_words(text).is_some_and(|w| w.windows(2).any(|p| p == ["TO", "STDOUT"]))
}

/// Refuses, naming file:line:column, what a migration cannot do: hand
/// its work to a prepared transaction, run a psql meta-command, or write
/// to the client. Called before anything of the file runs.
pub fn check(file: &SqlFile) -> Result<()> {
    for s in &file.statements {
        let text = s.text(&file.sql);
        let body = sql::strip_leading_comments(text);
        // The first word, as [`words`] reads it: most statements are none
        // of the kinds below, and are let through on it.
        let first = body
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(body, |len| &body[..len]);
        let suspect = ["PREPARE", "COMMIT", "ROLLBACK", "COPY"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w));
        let message = if let Some(cmd) = body.strip_prefix('\\') {
            let name: String = cmd.chars().take_while(|c| !c.is_whitespace()).collect();
            format!("psql meta-command `\\{name}` is not SQL, and the runner sends each file to the server as it is; inline what it does (for `\\i`, the other file's SQL) or move it to a script run with psql; nothing was applied")
        } else if !suspect {
            continue;
        } else if two_phase(text) {
            "two-phase commit (PREPARE TRANSACTION, COMMIT/ROLLBACK PREPARED) is not allowed in a migration: the runner commits each file with its history row itself; nothing was applied".to_owned()
        } else if copy_from_stdin(text) && super::copy::parts(text).is_none() {
            "COPY … FROM stdin has no line `\\.` to end its data (as pg_dump writes it); add one after the last row; nothing was applied".to_owned()
        } else if copy_to_stdout(text) {
            "COPY … TO STDOUT writes to the client, which a migration has no use for; nothing was applied".to_owned()
        } else {
            continue;
        };
        return Err(at(file, s, message));
    }
    Ok(())
}

/// An error at the first word of `s`.
fn at(file: &SqlFile, s: &Statement, message: String) -> Error {
    let text = s.text(&file.sql);
    let (line, col) =
        file.line_col(s.start + (text.len() - sql::strip_leading_comments(text).len()));
    Error::At {
        path: file.path.clone(),
        line,
        col,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_statements_apart() {
        assert!(two_phase("/* x */ prepare\n transaction 'a';"));
        assert!(two_phase("COMMIT PREPARED 'a'"));
        assert!(!two_phase("PREPARE p AS SELECT 1"));
        assert!(savepoint("rollback to savepoint s"));
        assert!(savepoint("ROLLBACK WORK TO s"));
        assert!(!savepoint("ROLLBACK"));
        assert!(set_transaction(
            "set transaction isolation level serializable"
        ));
        assert!(copy_from_stdin(
            "COPY public.t (id, \"from stdin\") FROM stdin;"
        ));
        assert!(!copy_from_stdin(
            "COPY public.t (\"from stdin\") TO stdout;"
        ));
        assert!(copy_to_stdout("copy (select 1) to stdout"));
    }
}
