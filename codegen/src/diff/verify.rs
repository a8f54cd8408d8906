//! Proof before print: the forward files applied to a copy of `--from`
//! must give `--to`'s fingerprint, and the rollback blocks applied after
//! them must give `--from`'s again.

use crate::error::{Error, Result};
use crate::migrate::files::{rollback_parts, SqlFile};
use crate::migrate::runner::{apply_file_no_transaction, apply_file_with};
use std::path::PathBuf;

/// Objects that differ after the forward files and after the rollbacks
/// (empty: both reproduce their target exactly).
#[derive(Debug, Default)]
pub struct Outcome {
    pub forward: Vec<String>,
    pub rollback: Vec<String>,
}

impl Outcome {
    pub fn ok(&self) -> bool {
        self.forward.is_empty() && self.rollback.is_empty()
    }
}

fn file(name: &str, text: &str) -> SqlFile {
    SqlFile::from_text(PathBuf::from(name), text.to_owned())
}

/// A copy of database `template` on its own server, named `copy` (no other
/// session may be connected to `template`).
pub async fn copy_database(url: &str, template: &str, copy: &str) -> Result<String> {
    let mut admin = crate::db::connect(&with_database(url, "postgres")?).await?;
    let q = schema::sql::ident;
    // The name is this run's own (`copy_name`): nothing of that name is
    // dropped first, so another run's copy is never touched.
    let mut result = Ok(Default::default());
    // A template must have no other session: another diff reading it at
    // the same moment ends within seconds, so wait for it a little.
    for attempt in 0..20 {
        result = sqlx::raw_sql(&format!(
            "CREATE DATABASE {} TEMPLATE {}",
            q(copy),
            q(template)
        ))
        .execute(&mut admin)
        .await;
        let busy = result
            .as_ref()
            .err()
            .and_then(|e| e.as_database_error())
            .and_then(|d| d.code())
            .is_some_and(|c| c == "55006");
        if !busy || attempt == 19 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    crate::db::close(admin).await;
    result.map_err(|e| Error::Usage(format!(
        "could not copy database {template} to verify the diff on it ({}); close other sessions on it, or pass --no-verify",
        crate::db::redact_message(&e.to_string())
    )))?;
    with_database(url, copy)
}

/// `url` with its database name replaced by `name`: the path is set and
/// every `dbname=` parameter removed (the driver lets it override the path).
pub fn with_database(url: &str, name: &str) -> Result<String> {
    let mut parsed = url::Url::parse(url)
        .map_err(|e| Error::Usage(format!("{} is not a URL: {e}", crate::db::redact(url))))?;
    parsed.set_path(name);
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(k, _)| !k.eq_ignore_ascii_case("dbname"))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        parsed.set_query(None);
    } else {
        parsed.query_pairs_mut().clear().extend_pairs(kept);
    }
    Ok(parsed.to_string())
}

/// The name of the database a session is connected to.
pub async fn current_database(conn: &mut sqlx::PgConnection, url: &str) -> Result<String> {
    sqlx::query_scalar("SELECT current_database()::text")
        .fetch_one(conn)
        .await
        .map_err(|e| Error::db(url, e))
}

/// A name for the scratch copy of `template`, unique to this run (two runs
/// never share one, even with the same process id in two containers), at
/// most 63 bytes so the server keeps it whole.
pub fn copy_name(template: &str) -> String {
    let mut name = String::new();
    for c in template.chars() {
        if name.len() + c.len_utf8() > 24 {
            break;
        }
        name.push(c);
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    format!("{name}_codegen_verify_{}", &id[..16])
}

/// Drops a database made by [`copy_database`].
pub async fn drop_database(url: &str, name: &str) {
    let Ok(admin_url) = with_database(url, "postgres") else {
        return;
    };
    if let Ok(mut admin) = crate::db::connect(&admin_url).await {
        let _ = sqlx::raw_sql(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            schema::sql::ident(name)
        ))
        .execute(&mut admin)
        .await;
        crate::db::close(admin).await;
    }
}

/// Applies `main` (and `concurrent`) to the copy at `url`, compares with
/// `to`; then their rollback blocks, in reverse, and compares with `from`.
/// Refuses to run anywhere but on the database named `copy` (the copy this
/// run made), whatever the URL says.
pub async fn verify(
    url: &str,
    copy: &str,
    main: &str,
    concurrent: Option<&str>,
    from: &[String],
    to: &[String],
) -> Result<Outcome> {
    let mut conn = crate::db::connect(url).await?;
    let mut outcome = Outcome::default();
    let result = async {
        let on = current_database(&mut conn, url).await?;
        if on != copy {
            return Err(Error::Usage(format!(
                "the verifier reached database {} instead of its scratch copy {}, so it ran nothing there",
                crate::error::printable(&on),
                crate::error::printable(copy)
            )));
        }
        // The copy is scratch: an extension this server lacks gets its
        // stand-in, as on the embedded database.
        crate::progress::status(0, 2, "proving the migration on a scratch copy");
        apply_file_with(&mut conn, url, &file("diff (forward)", main), true).await?;
        if let Some(c) = concurrent {
            apply_file_no_transaction(&mut conn, &file("diff (concurrently)", c)).await?;
        }
        let after = super::fingerprint::fingerprint(&mut conn)
            .await
            .map_err(|e| Error::db(url, e))?;
        outcome.forward = super::drift(to, &after);
        if let Some(c) = concurrent {
            let (back, _) = rollback_parts(c).unwrap_or_default();
            apply_file_no_transaction(&mut conn, &file("diff (concurrently, rollback)", &back))
                .await?;
        }
        crate::progress::status(1, 2, "proving the rollback on the scratch copy");
        let (back, _) = rollback_parts(main).unwrap_or_default();
        apply_file_with(&mut conn, url, &file("diff (rollback)", &back), true).await?;
        let again = super::fingerprint::fingerprint(&mut conn)
            .await
            .map_err(|e| Error::db(url, e))?;
        outcome.rollback = super::drift(from, &again);
        Ok::<(), Error>(())
    }
    .await;
    crate::progress::clear();
    crate::db::close(conn).await;
    result.map(|_| outcome)
}
