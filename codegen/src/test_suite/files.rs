//! The test files: the default folder, discovery in name order, and the
//! path as a report shows it.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The default folder of tests: `tests/` inside the migrations folder when
/// there is one (migrations ignore folders), else `tests/` beside it
/// (`supabase/tests/` for `supabase/migrations/`).
pub fn default_dir(migrations: &Path) -> PathBuf {
    let inside = migrations.join("tests");
    if inside.is_dir() {
        return inside;
    }
    let absolute = std::path::absolute(migrations).unwrap_or_else(|_| migrations.to_owned());
    absolute
        .parent()
        .map_or_else(|| PathBuf::from("tests"), |p| p.join("tests"))
}

/// Whether the default folder of `migrations` holds test files: what
/// `codegen check` runs (a `tests/` folder of something else, such as Rust
/// integration tests, is left alone).
pub fn has_default_suite(migrations: &Path) -> bool {
    let dir = default_dir(migrations);
    let mut found = Vec::new();
    dir.is_dir() && walk(&dir, &mut found).is_ok() && !found.is_empty()
}

/// The test files of `paths` (folders searched recursively for `*.sql` and
/// `*.pg`, in name order; files as given).
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            if found.is_empty() {
                return Err(Error::File {
                    path: path.clone(),
                    message: "holds no test files (*.sql or *.pg)".into(),
                });
            }
            out.extend(found);
        } else if meta.is_file() {
            out.push(path.clone());
        } else {
            return Err(Error::File {
                path: path.clone(),
                message: "is not a regular file or a folder, so it is not run as a test".into(),
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(|e| Error::io(&path, e))?;
        let kind = if kind.is_symlink() {
            std::fs::metadata(&path)
                .map_err(|e| Error::io(&path, e))?
                .file_type()
        } else {
            kind
        };
        if kind.is_dir() {
            walk(&path, out)?;
        } else if kind.is_file()
            && matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("sql" | "pg")
            )
        {
            out.push(path);
        }
    }
    Ok(())
}

/// `path` relative to the current directory when it is inside it.
pub(crate) fn display(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match cwd.as_deref().and_then(|c| absolute.strip_prefix(c).ok()) {
        Some(rel) if path.is_absolute() => rel.display().to_string(),
        _ => path.display().to_string(),
    }
}
