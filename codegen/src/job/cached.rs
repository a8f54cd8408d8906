//! The main job's cache: its keys, and the cluster of a cached run.

use super::{Notice, Notify, Options};
use crate::db::Target;
use crate::error::{Error, Result};
use crate::migrate::Migrator;
use std::path::{Path, PathBuf};

/// Each migration as the history records it (version, name, checksum), in
/// order: a saved state serves only the exact history it holds, so a file
/// renamed to another version is a different history.
pub(super) fn checksums(m: &Migrator) -> Vec<String> {
    m.migrations
        .iter()
        .map(|m| format!("{}_{} {}", m.version, m.name, m.checksum()))
        .collect()
}

/// A regular file's bytes for a cache key; nothing for anything else (a
/// FIFO would block the read: the step that reads it for real refuses it).
fn read_regular(path: &std::path::Path) -> Vec<u8> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => std::fs::read(path).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The main job's cache keys: what a saved cluster state depends on
/// (besides its migrations), and a hash of every input of the run.
pub(super) fn cache_inputs(opts: &Options, m: &Migrator) -> (crate::cache::StateKey, String) {
    use crate::cache::sha256;
    let files = |paths: Vec<PathBuf>| -> String {
        let mut parts: Vec<Vec<u8>> = Vec::new();
        for p in paths {
            parts.push(p.to_string_lossy().as_bytes().to_vec());
            parts.push(read_regular(&p));
        }
        sha256(&parts.iter().map(Vec::as_slice).collect::<Vec<_>>())
    };
    let state = crate::cache::StateKey {
        tool: crate::cache::tool_key(),
        server: crate::db::Embedded::server_key().unwrap_or_default(),
        shim: sha256(&[
            crate::db::shim::SHIM_SQL.as_bytes(),
            crate::db::shim::GRANTS_SQL.as_bytes(),
        ]),
        functions: files(m.functions.iter().map(|f| f.path.clone()).collect()),
        extensions: opts.config.extensions.clone(),
    };
    let mut query_files: Vec<PathBuf> = std::fs::read_dir(&opts.queries)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    query_files.sort();
    let inputs = sha256(&[
        serde_json::to_string(&state).unwrap_or_default().as_bytes(),
        checksums(m).join(",").as_bytes(),
        files(query_files).as_bytes(),
        &read_regular(&opts.config_file),
        opts.schemas.join(",").as_bytes(),
        opts.out.to_string_lossy().as_bytes(),
        opts.root.to_string_lossy().as_bytes(),
    ]);
    (state, inputs)
}

/// A cached run's cluster, in the cache (on the saved state, if any). When
/// the cache cannot hold one (unwritable, or under a directory the server's
/// user cannot enter), a fresh cluster elsewhere, with one warning: the run
/// goes uncached (`cache_key` cleared).
pub(super) fn cached_target(
    cache_dir: &Path,
    saved: Option<&crate::cache::Saved>,
    cache_key: &mut Option<(crate::cache::StateKey, String)>,
    notify: Notify<'_>,
) -> Result<Target> {
    match Target::embedded_in(cache_dir, saved.map(|s| s.data.as_path())) {
        Ok(target) => Ok(target),
        Err(Error::NoPostgres) => Err(Error::NoPostgres),
        Err(e) => {
            notify(Notice::Warning(format!(
                "the cache {} cannot hold the embedded database ({e}); running without the cache",
                cache_dir.display()
            )));
            *cache_key = None;
            Target::open(None)
        }
    }
}
