//! The database to work on: `DATABASE_URL`, or a throw-away embedded cluster.

pub mod embedded;
pub mod shim;

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
            Some(url) => Ok(Self {
                url,
                embedded: None,
            }),
            None => {
                let embedded = Embedded::start()?;
                Ok(Self {
                    url: embedded.url(),
                    embedded: Some(embedded),
                })
            }
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

/// Connects to `url` (logging off); errors name the URL without its password.
pub async fn connect(url: &str) -> Result<PgConnection> {
    let options = sqlx::postgres::PgConnectOptions::from_str(url)
        .map_err(|e| Error::db(url, e))?
        .disable_statement_logging();
    let conn = options.connect().await.map_err(|e| Error::db(url, e))?;
    Ok(conn)
}

/// Closes a connection, ignoring errors (the server may be going away).
pub async fn close(conn: PgConnection) {
    let _ = conn.close().await;
}

/// The URL with its password replaced by `***`.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(_) => url.to_owned(),
        Err(_) => redact_message(url),
    }
}

/// Hides any `scheme://user:password@` password found in free text.
pub fn redact_message(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find("://") {
        let (head, tail) = rest.split_at(p + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c.is_whitespace() || c == '/')
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match (authority.rfind('@'), authority.find(':')) {
            (Some(at), Some(colon)) if colon < at => {
                out.push_str(&authority[..colon]);
                out.push_str(":***");
                out.push_str(&authority[at..]);
            }
            _ => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
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
    }
}
