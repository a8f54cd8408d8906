//! Replays the migrations on a scratch database, one file at a time: each
//! file applied a second time must succeed and change nothing, and its
//! rollback block must restore the catalog of the files before it exactly.

use super::{severity, Diagnostic};
use crate::catalog::{diff, fingerprint};
use crate::migrate::runner::{apply_file, apply_file_no_transaction};
use crate::migrate::Migrator;
use crate::{Error, Result};
use sqlx::PgConnection;

fn diag(m: &crate::migrate::Migration, rule: &'static str, message: String) -> Diagnostic {
    Diagnostic {
        path: m.file.path.clone(),
        line: 1,
        col: 1,
        severity: severity(rule),
        rule,
        message,
    }
}

fn summary(lines: &[String]) -> String {
    let mut shown: Vec<&str> = lines.iter().take(5).map(String::as_str).collect();
    let more = lines.len().saturating_sub(5);
    if more > 0 {
        shown.push("…");
    }
    format!(
        "{}{}",
        shown.join("; "),
        if more > 0 {
            format!(" ({more} more)")
        } else {
            String::new()
        }
    )
}

/// Replays every migration of `all` on the empty database behind `conn`
/// (left with every migration applied).
pub async fn replay(conn: &mut PgConnection, url: &str, all: &Migrator) -> Result<Vec<Diagnostic>> {
    let db = |e| Error::db(url, e);
    let mut out = Vec::new();
    let mut m = Migrator {
        dir: all.dir.clone(),
        migrations: Vec::new(),
        skipped: Vec::new(),
        functions: Vec::new(),
        lock_wait: all.lock_wait,
        include_all: false,
        stand_ins: all.stand_ins,
        extensions: all.extensions.clone(),
    };
    // The shim and the history first: they are not the first file's doing.
    m.up(conn, url, &mut |_| {}).await?;
    for (n, migration) in all.migrations.iter().enumerate() {
        let before = fingerprint(conn).await.map_err(db)?;
        m.migrations = all.migrations[..=n].to_vec();
        if let Err(e) = m.up(conn, url, &mut |_| {}).await {
            out.push(diag(
                migration,
                "migration-fails",
                format!("the file fails on a scratch database: {}", first_line(&e)),
            ));
            return Ok(out);
        }
        let after = fingerprint(conn).await.map_err(db)?;
        let again = if migration.options.transaction {
            apply_file(conn, url, &migration.file).await
        } else {
            apply_file_no_transaction(conn, &migration.file).await
        };
        match again {
            Err(e) => out.push(diag(
                migration,
                "not-idempotent-apply",
                format!("applying the file a second time fails: {}", first_line(&e)),
            )),
            Ok(()) => {
                let again = fingerprint(conn).await.map_err(db)?;
                let changed = diff(&after, &again);
                if !changed.is_empty() {
                    out.push(diag(
                        migration,
                        "not-idempotent-apply",
                        format!(
                            "applying the file a second time changes the catalog: {}",
                            summary(&changed)
                        ),
                    ));
                }
            }
        }
        if migration.rollback.is_some() {
            match m.down(conn, url, 1, &mut |_| {}).await {
                Err(e) => out.push(diag(
                    migration,
                    "rollback-mismatch",
                    format!("the rollback block fails: {}", first_line(&e)),
                )),
                Ok(_) => {
                    let rolled = fingerprint(conn).await.map_err(db)?;
                    let left = diff(&before, &rolled);
                    if !left.is_empty() {
                        out.push(diag(migration, "rollback-mismatch", format!("the rollback leaves the schema different from before the file (- missing, + left over): {}", summary(&left))));
                    }
                }
            }
            // Back to the state after the file (from scratch if the rollback broke things).
            if m.up(conn, url, &mut |_| {}).await.is_err() {
                return Ok(out);
            }
        }
    }
    all.apply_functions(conn, url, &mut |_| {}).await?;
    Ok(out)
}

/// The first line of an error (its sentence, without detail and hint).
fn first_line(e: &impl std::fmt::Display) -> String {
    e.to_string().lines().next().unwrap_or("").to_owned()
}
