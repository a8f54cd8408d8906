//! Passwords out of text shown to a user: a database URL, or any message
//! that may quote one. Depends on nothing else of the crate, so that both
//! the error type and the database code can use it.

/// The URL with its password replaced by `***`.
pub fn redact(url: &str) -> String {
    redact_message(url)
}

/// Hides passwords in free text: the part between the user's `:` and the
/// last `@` of a `scheme://…` URL (however oddly its characters parse), and
/// the value of any `password=` parameter (`?password=…`, `password=… host=…`).
pub fn redact_message(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find("://") {
        let (head, tail) = rest.split_at(p + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c.is_whitespace() || c == '`' || c == '\'' || c == '"')
            .unwrap_or(tail.len());
        let token = &tail[..end];
        match token.rfind('@') {
            Some(at) => match token[..at].find(':') {
                Some(colon) => {
                    out.push_str(&token[..colon]);
                    out.push_str(":***");
                    out.push_str(&token[at..]);
                }
                None => out.push_str(token),
            },
            None => out.push_str(token),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    redact_password_params(&out)
}

/// `KEY=VALUE` → `KEY=***` when the key names a password in any spelling
/// (`password`, `PASSWORD`, `passwd`, `%70assword`, `pass word`); the value
/// ends at whitespace, `&` or a backtick, or at its closing quote when quoted.
fn redact_password_params(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for (eq, _) in text.match_indices('=') {
        if eq < done || !names_a_password(&text[done..eq]) {
            continue;
        }
        let after = &text[eq + 1..];
        let start = eq + 1 + (after.len() - after.trim_start().len());
        out.push_str(&text[done..start]);
        out.push_str("***");
        done = start + value_len(&text[start..]);
    }
    out.push_str(&text[done..]);
    out
}

/// Whether the key at the end of `head` (back to `?`, `&`, `;`, `=`, a
/// quote or a line break; its last two words) is a password's, once
/// percent-decoded, lower-cased and without spaces or punctuation.
fn names_a_password(head: &str) -> bool {
    let start = head
        .rfind(['?', '&', ';', '=', '\'', '"', '`', '\n', '(', ','])
        .map_or(0, |p| p + 1);
    let words: Vec<&str> = head[start..].split_whitespace().collect();
    let key = words[words.len().saturating_sub(2)..].concat();
    let decoded: String = url::form_urlencoded::parse(key.as_bytes())
        .map(|(k, v)| format!("{k}{v}"))
        .collect();
    let key: String = decoded
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    key.contains("pass") || key.contains("pwd")
}

/// The length of a parameter's value at the start of `tail`.
fn value_len(tail: &str) -> usize {
    match tail.chars().next() {
        Some(q @ ('\'' | '"')) => tail[1..].find(q).map_or(tail.len(), |e| e + 2),
        _ => tail
            .find(|c: char| c.is_whitespace() || c == '&' || c == '`')
            .unwrap_or(tail.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden() {
        assert_eq!(
            redact("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        let msg = redact_message("cannot reach postgresql://me:hunter2@db.example/x now");
        assert_eq!(msg, "cannot reach postgresql://me:***@db.example/x now");
        for (input, secret) in [
            (
                "postgres://u@h/db?password=hunter2&sslmode=disable",
                "hunter2",
            ),
            ("host=h user=u password=hunter2 dbname=d", "hunter2"),
            ("host=h password='hunter 2' dbname=d", "hunter 2"),
            ("postgres://u:p@ss:w/rd#x?@host/db", "ss:w/rd#x?"),
            ("error for `postgres://u:s3cr3t@host/db`: refused", "s3cr3t"),
            ("postgres://u@h/db?PASSWORD=hunter2", "hunter2"),
            (
                "postgres://u@h/db?sslmode=disable&Password=hunter2",
                "hunter2",
            ),
            ("postgres://u@h/db?%70assword=hunter2", "hunter2"),
            ("postgres://u@h/db?pass%20word=hunter2", "hunter2"),
            ("postgres://u@h/db?pass+word=hunter2", "hunter2"),
            ("postgres://u@h/db?passwd=hunter2", "hunter2"),
            ("host=h PASSWORD = hunter2 dbname=d", "hunter2"),
            ("host=h pass word=hunter2 dbname=d", "hunter2"),
        ] {
            let shown = redact_message(input);
            assert!(!shown.contains(secret), "{input} -> {shown}");
            assert!(shown.contains("***"), "{input} -> {shown}");
        }
    }
}
