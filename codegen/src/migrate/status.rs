//! `status`: each version's state, from the history against the files.

use super::history;
use super::runner::Migrator;
use crate::error::{Error, Result};
use sqlx::PgConnection;

/// The state of one version, for `status`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Applied,
    Pending,
    /// Applied, but the file changed since.
    Changed,
    /// Applied by another tool (e.g. the Supabase CLI): no checksum recorded.
    NoChecksum,
    /// Recorded as applied, but no file has this version.
    MissingFile,
    /// A `-- codegen:no-transaction` file, or one with `COMMIT`s of its
    /// own, that failed partway: some of its statements are committed (see
    /// `partial`).
    Failed,
    /// A file that commits as it goes (as for `Failed`) whose run was
    /// interrupted partway.
    Interrupted,
}

/// One line of `status`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StatusEntry {
    pub version: String,
    pub name: String,
    pub state: State,
    pub applied_at: Option<chrono::DateTime<chrono::Utc>>,
    pub applied_by: Option<String>,
    pub execution_ms: Option<i64>,
    pub checksum: Option<String>,
    pub file_checksum: Option<String>,
    /// For `failed` and `interrupted`: how far the file got.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<history::Progress>,
}

impl StatusEntry {
    /// `failed at statement 2 of 3 (1 committed): …` for a partial run.
    pub fn partial_note(&self) -> Option<String> {
        let p = self.partial.as_ref()?;
        Some(match p.failed_at {
            Some(at) => format!(
                "failed at statement {at} of {} ({} committed): {}",
                p.total,
                p.done,
                p.error.as_deref().unwrap_or("")
            ),
            None => format!(
                "interrupted at statement {} of {} ({} committed)",
                p.done + 1,
                p.total,
                p.done
            ),
        })
    }
}

/// What `status` reports.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Status {
    pub migrations: Vec<StatusEntry>,
    pub invalid_indexes: Vec<String>,
    pub table_sizes: Vec<history::TableSize>,
}

impl Migrator {
    /// Applied and pending versions, invalid indexes and table sizes.
    pub async fn status(&self, conn: &mut PgConnection, url: &str) -> Result<Status> {
        let db = |e| Error::db(url, e);
        Ok(Status {
            migrations: self.compare(conn, url).await?,
            invalid_indexes: history::invalid_indexes(conn).await.map_err(db)?,
            table_sizes: history::table_sizes(conn).await.map_err(db)?,
        })
    }

    /// The history of `conn`'s database against the files, in version
    /// order: applied, changed, missing and pending versions.
    pub async fn compare(&self, conn: &mut PgConnection, url: &str) -> Result<Vec<StatusEntry>> {
        let db = |e| Error::db(url, e);
        let applied = history::applied(conn).await.map_err(db)?;
        let progress = history::progress(conn).await.map_err(db)?;
        let mut entries = Vec::new();
        for row in &applied {
            let file = self.find(&row.version);
            let state = match (file, &row.checksum) {
                (None, _) => State::MissingFile,
                (Some(_), None) => State::NoChecksum,
                (Some(m), Some(c)) if c != m.checksum() => State::Changed,
                _ => State::Applied,
            };
            entries.push(StatusEntry {
                version: row.version.clone(),
                name: file
                    .map(|m| m.name.clone())
                    .or_else(|| row.name.clone())
                    .unwrap_or_default(),
                state,
                applied_at: row.applied_at,
                applied_by: row.applied_by.clone(),
                execution_ms: row.execution_ms,
                checksum: row.checksum.clone(),
                file_checksum: file.map(|m| m.checksum().to_owned()),
                partial: None,
            });
        }
        for m in self
            .migrations
            .iter()
            .filter(|m| !applied.iter().any(|a| a.version == m.version))
        {
            let partial = progress.iter().find(|p| p.version == m.version).cloned();
            let state = match &partial {
                Some(p) if p.failed_at.is_some() => State::Failed,
                Some(_) => State::Interrupted,
                None => State::Pending,
            };
            entries.push(StatusEntry {
                version: m.version.clone(),
                name: m.name.clone(),
                state,
                applied_at: None,
                applied_by: None,
                execution_ms: None,
                checksum: None,
                file_checksum: Some(m.checksum().to_owned()),
                partial,
            });
        }
        entries.sort_by_key(|e| {
            (
                e.version.parse::<u64>().unwrap_or(u64::MAX),
                e.version.clone(),
            )
        });
        Ok(entries)
    }
}
