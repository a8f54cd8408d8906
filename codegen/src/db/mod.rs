//! The database to work on: `DATABASE_URL`, or a throw-away embedded cluster.

pub mod embedded;
pub mod shim;
pub mod standins;
mod tls;

use crate::error::{Error, Result};
use sqlx::{ConnectOptions, Connection, PgConnection};
use std::str::FromStr;

pub use crate::redact::{redact, redact_message};
pub use embedded::Embedded;

/// A database the tool works on, with the embedded cluster behind it if any.
pub struct Target {
    url: String,
    embedded: Option<Embedded>,
}

impl Target {
    /// `url` when given; otherwise starts an embedded cluster.
    pub fn open(url: Option<String>) -> Result<Self> {
        match given_url(url.as_deref()) {
            Some(url) => {
                validate_url(url)?;
                Ok(Self {
                    url: url.to_owned(),
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

/// `DATABASE_URL` as given, where an empty or blank value means none (the
/// embedded database). The one place that decides it: every part that
/// takes a URL asks here.
pub fn given_url(url: Option<&str>) -> Option<&str> {
    url.filter(|u| !u.trim().is_empty())
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

#[cfg(test)]
mod tests {
    use super::*;

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
