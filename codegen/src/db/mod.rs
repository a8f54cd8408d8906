//! The database to work on: `DATABASE_URL`, or a throw-away embedded cluster.

pub mod embedded;
pub mod shim;
pub mod standins;
mod tls;

use crate::error::{Error, Result};
use sqlx::{ConnectOptions, Connection, PgConnection};
use std::str::FromStr;

pub use embedded::Embedded;

/// A database the tool works on, with the embedded cluster behind it if any.
pub struct Target {
    url: String,
    embedded: Option<Embedded>,
}

impl Target {
    /// `url` when given; otherwise starts an embedded cluster.
    pub fn open(url: Option<String>) -> Result<Self> {
        match url.filter(|u| !u.trim().is_empty()) {
            Some(url) => {
                validate_url(&url)?;
                Ok(Self {
                    url,
                    embedded: None,
                })
            }
            None => {
                let embedded = Embedded::start()?;
                Ok(Self {
                    url: embedded.url(),
                    embedded: Some(embedded),
                })
            }
        }
    }

    /// An embedded cluster in a directory under `parent`, on a saved data
    /// directory (moved in) when given, else made by `initdb`.
    pub fn embedded_in(parent: &std::path::Path, data: Option<&std::path::Path>) -> Result<Self> {
        let embedded = Embedded::start_in(Some(parent), data)?;
        Ok(Self {
            url: embedded.url(),
            embedded: Some(embedded),
        })
    }

    /// Stops the embedded cluster and saves its data directory to `dest`
    /// (false: not embedded, nothing saved).
    pub fn save_to(&self, dest: &std::path::Path) -> Result<bool> {
        match &self.embedded {
            Some(e) => e.save_to(dest).map(|_| true),
            None => Ok(false),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn is_embedded(&self) -> bool {
        self.embedded.is_some()
    }

    /// Leaves the embedded cluster running after exit (for psql); returns its URL.
    pub fn keep(&mut self) -> Option<String> {
        self.embedded.as_mut().map(|e| {
            e.keep();
            e.url()
        })
    }

    /// A new connection, with statement logging off.
    pub async fn connect(&self) -> Result<PgConnection> {
        connect(&self.url).await
    }
}

/// Connects to `url` (logging off), with TLS as libpq's `sslmode` has it
/// (see [`tls`]); errors name the URL without its password.
pub async fn connect(url: &str) -> Result<PgConnection> {
    let options = sqlx::postgres::PgConnectOptions::from_str(url)
        .map_err(|e| Error::db(url, e))?
        .disable_statement_logging();
    tls::connect(url, options)
        .await
        .map_err(|e| Error::db(url, e))
}

/// Closes a connection, ignoring errors (the server may be going away).
pub async fn close(conn: PgConnection) {
    let _ = conn.close().await;
}

/// The URL parameters the driver honours (libpq's spelling and sqlx's).
const KNOWN_PARAMS: &[&str] = &[
    "sslmode",
    "ssl-mode",
    "sslrootcert",
    "ssl-root-cert",
    "ssl-ca",
    "sslcert",
    "ssl-cert",
    "sslkey",
    "ssl-key",
    "statement-cache-capacity",
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "application_name",
    "options",
];

/// Checks a database URL before any connection: a `postgres://` or
/// `postgresql://` URL whose parameters the driver honours. One sentence
/// naming what is wrong, never the password.
pub fn validate_url(url: &str) -> Result<()> {
    let shown = redact(url);
    let bad = |why: String| Err(Error::Usage(format!("the database URL `{shown}` {why}")));
    let Some((scheme, _)) = url.split_once("://") else {
        return bad("is not a URL; write it as postgres://user:password@host:5432/database (key=value connection strings are not read)".into());
    };
    if !matches!(scheme, "postgres" | "postgresql") {
        return bad(format!(
            "is a `{scheme}://` URL; codegen works on PostgreSQL only: use postgres://…"
        ));
    }
    let parsed = match url::Url::parse(url) {
        Ok(u) => u,
        Err(e) => return bad(format!("does not parse ({e}); percent-encode special characters of the password (`@` as %40, `#` as %23, `/` as %2F)")),
    };
    if parsed.fragment().is_some() {
        return bad("has a `#`; percent-encode it as %23 (in a password, too)".into());
    }
    for (key, _) in parsed.query_pairs() {
        if !KNOWN_PARAMS.contains(&key.as_ref()) {
            return bad(format!(
                "has the parameter `{key}`, which is not read; known: {}",
                KNOWN_PARAMS.join(", ")
            ));
        }
    }
    Ok(())
}

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

    #[test]
    fn urls_are_checked_before_connecting() {
        assert!(
            validate_url("postgres://u:p@h:5432/db?sslmode=require&application_name=x").is_ok()
        );
        for (url, expected) in [
            ("mysql://u:pw@h/db", "is a `mysql://` URL"),
            (
                "postgres://u@h/db?sslmod=require",
                "has the parameter `sslmod`",
            ),
            ("host=h user=u password=pw", "is not a URL"),
            ("postgres://u:p@ss:w/rd#x?@host/db", "%23"),
            (
                "postgres://u@h/db?PASSWORD=pw",
                "has the parameter `PASSWORD`",
            ),
            (
                "postgres://u@h/db?Password=pw",
                "has the parameter `Password`",
            ),
            (
                "postgres://u@h/db?pass%20word=pw",
                "has the parameter `pass word`",
            ),
        ] {
            let err = validate_url(url).unwrap_err().to_string();
            assert!(err.contains(expected), "{url}: {err}");
            assert!(!err.contains("pw") && !err.contains("ss:w"), "{url}: {err}");
        }
    }
}
