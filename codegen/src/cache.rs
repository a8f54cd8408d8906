//! The main job's cache, under `target/codegen-cache/` (cargo's place for
//! derived state): the embedded cluster's data directory after the last
//! applied migration, and a record of what the last run wrote.
//!
//! Never trusted when stale: the cluster state is used only when the tool,
//! the server, the Supabase shim, `functions/` and the `extensions` list
//! are the same and its migrations are the first of today's, unchanged;
//! the "nothing changed" record only when every input and every file it
//! wrote are the same, and no other generated file is there. Entries are
//! written to a temporary name and renamed, so an interrupted run never
//! leaves half an entry.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The cache directory: `$CARGO_TARGET_DIR/codegen-cache`, else
/// `<root>/target/codegen-cache`.
pub fn dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
        .join("codegen-cache")
}

/// What the tool is: its version and its executable (a rebuild is a new tool).
pub fn tool_key() -> String {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
        .map(|m| {
            use std::os::unix::fs::MetadataExt;
            format!("{} {}", m.len(), m.mtime())
        })
        .unwrap_or_default();
    format!("{} {exe}", env!("CARGO_PKG_VERSION"))
}

pub fn sha256(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    hex::encode(h.finalize())
}

/// The inputs a saved cluster state depends on, besides its migrations.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StateKey {
    pub tool: String,
    pub server: String,
    pub shim: String,
    pub functions: String,
    pub extensions: Vec<String>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StateRecord {
    key: StateKey,
    /// The checksums of the applied migrations, in order.
    migrations: Vec<String>,
}

/// A saved cluster state: its data directory and how many of today's
/// migrations it holds.
pub struct Saved {
    pub data: PathBuf,
    pub applied: usize,
}

fn state_dir(cache: &Path) -> PathBuf {
    cache.join("cluster")
}

/// The saved state usable for `key` and `migrations` (checksums in order),
/// if any.
pub fn find_state(cache: &Path, key: &StateKey, migrations: &[String]) -> Option<Saved> {
    let dir = state_dir(cache);
    let record: StateRecord =
        serde_json::from_str(&std::fs::read_to_string(dir.join("record.json")).ok()?).ok()?;
    let usable = record.key == *key
        && record.migrations.len() <= migrations.len()
        && record.migrations[..] == migrations[..record.migrations.len()];
    let data = dir.join("data");
    (usable && data.is_dir()).then_some(Saved {
        data,
        applied: record.migrations.len(),
    })
}

/// Saves a cluster state: `save(dest)` writes the data directory to `dest`;
/// the entry replaces the old one only once complete.
pub fn save_state(
    cache: &Path,
    key: &StateKey,
    migrations: &[String],
    save: impl FnOnce(&Path) -> crate::Result<bool>,
) -> crate::Result<()> {
    std::fs::create_dir_all(cache).map_err(|e| crate::Error::io(cache, e))?;
    // The entry a run took (moved away) is gone; a stale one is replaced.
    let _ = std::fs::remove_file(state_dir(cache).join("record.json"));
    let tmp = tempfile::Builder::new()
        .prefix(".cluster-")
        .tempdir_in(cache)
        .map_err(|e| crate::Error::io(cache, e))?;
    if !save(&tmp.path().join("data"))? {
        return Ok(());
    }
    let record = StateRecord {
        key: key.clone(),
        migrations: migrations.to_vec(),
    };
    let path = tmp.path().join("record.json");
    std::fs::write(&path, serde_json::to_string(&record).unwrap_or_default())
        .map_err(|e| crate::Error::io(&path, e))?;
    let dir = state_dir(cache);
    let old = cache.join(format!(".old-{}", std::process::id()));
    let _ = std::fs::rename(&dir, &old);
    let kept = tmp.keep();
    let placed = std::fs::rename(&kept, &dir);
    let _ = std::fs::remove_dir_all(&old);
    if let Err(e) = placed {
        // Another run saved its state at the same moment: keep that one.
        let _ = std::fs::remove_dir_all(&kept);
        return Err(crate::Error::io(&dir, e));
    }
    Ok(())
}

#[derive(serde::Serialize, serde::Deserialize)]
struct OutputRecord {
    inputs: String,
    /// Each written file (relative path) with its content's sha256.
    files: Vec<(String, String)>,
}

fn output_record(cache: &Path, out: &Path) -> PathBuf {
    let id = sha256(&[out.to_string_lossy().as_bytes()]);
    cache.join(format!("output-{}.json", &id[..16]))
}

fn file_sha(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| sha256(&[&b]))
}

/// Whether `out` holds exactly what the last run with the same `inputs`
/// wrote, and no generated file besides (then the run has nothing to do).
pub fn output_current(cache: &Path, out: &Path, inputs: &str) -> bool {
    let Some(record) = std::fs::read_to_string(output_record(cache, out))
        .ok()
        .and_then(|t| serde_json::from_str::<OutputRecord>(&t).ok())
    else {
        return false;
    };
    let written: std::collections::BTreeSet<&Path> =
        record.files.iter().map(|(f, _)| Path::new(f)).collect();
    record.inputs == inputs
        && !record.files.is_empty()
        && record
            .files
            .iter()
            .all(|(rel, sha)| file_sha(&out.join(rel)).as_deref() == Some(sha.as_str()))
        && crate::generate::write::leftovers(out, &|rel| written.contains(rel)).is_empty()
}

/// Records what a run with `inputs` left in `out` (its generated files).
pub fn record_output(cache: &Path, out: &Path, inputs: &str, files: &[String]) {
    let record = OutputRecord {
        inputs: inputs.to_owned(),
        files: files
            .iter()
            .filter_map(|rel| Some((rel.clone(), file_sha(&out.join(rel))?)))
            .collect(),
    };
    if std::fs::create_dir_all(cache).is_err() {
        return;
    }
    let path = output_record(cache, out);
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, serde_json::to_string(&record).unwrap_or_default()).is_ok() {
        let _ = std::fs::rename(&tmp, &path);
    }
}
