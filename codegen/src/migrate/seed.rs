//! The seed: where a migrations folder's seed files are, as this platform
//! and the Supabase CLI find them.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The Supabase project folder of a migrations folder: `supabase/` for
/// `supabase/migrations/` (a folder named `migrations` whose parent is named
/// `supabase` or holds a `config.toml`).
pub fn supabase_dir(dir: &Path) -> Option<PathBuf> {
    if dir.file_name()? != "migrations" {
        return None;
    }
    let parent = dir.parent()?;
    (parent.file_name().is_some_and(|n| n == "supabase") || parent.join("config.toml").is_file())
        .then(|| parent.to_owned())
}

/// The seed files, in the order they load: `seed.sql` inside the
/// migrations folder (this platform's layout), then, in a Supabase project,
/// what the Supabase CLI loads: `[db.seed] sql_paths` of `config.toml`
/// (default `['./seed.sql']`; none when `enabled = false`), each pattern
/// relative to `supabase/`, its matches sorted by name, a file matched twice
/// loaded once, a pattern matching nothing skipped.
pub fn seed_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let inside = dir.join("seed.sql");
    if std::fs::symlink_metadata(&inside).is_ok() {
        out.push(inside);
    }
    let Some(project) = supabase_dir(dir) else {
        return Ok(out);
    };
    let (enabled, patterns) = seed_config(&project)?;
    if !enabled {
        return Ok(out);
    }
    for pattern in patterns {
        let mut rest = pattern.as_str();
        while let Some(r) = rest.strip_prefix("./") {
            rest = r;
        }
        let full = if Path::new(rest).is_absolute() {
            rest.to_owned()
        } else {
            format!(
                "{}/{rest}",
                glob::Pattern::escape(&project.to_string_lossy())
            )
        };
        let config = project.join("config.toml");
        let bad = |why: String| Error::File {
            path: config.clone(),
            message: format!("has a [db.seed] sql_paths pattern `{pattern}` that {why}"),
        };
        let mut matches: Vec<PathBuf> = glob::glob(&full)
            .map_err(|e| bad(format!("is not a valid glob: {e}")))?
            .filter_map(|m| m.ok())
            .collect();
        matches.sort();
        for m in matches {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    Ok(out)
}

/// `[db.seed]` of a Supabase project's `config.toml`: `enabled` (default
/// true) and `sql_paths` (default `['./seed.sql']`), as the Supabase CLI
/// reads them; the defaults when there is no `config.toml`.
fn seed_config(project: &Path) -> Result<(bool, Vec<String>)> {
    let defaults = (true, vec!["./seed.sql".to_owned()]);
    let path = project.join("config.toml");
    if !path.is_file() {
        return Ok(defaults);
    }
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let bad = |why: String| Error::File {
        path: path.clone(),
        message: why,
    };
    let value: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| bad(format!("is not valid TOML: {}", e.message())))?;
    let Some(seed) = value
        .get("db")
        .and_then(|d| d.get("seed"))
        .and_then(|s| s.as_table())
    else {
        return Ok(defaults);
    };
    let enabled = match seed.get("enabled") {
        None => true,
        Some(v) => v
            .as_bool()
            .ok_or_else(|| bad("has a [db.seed] enabled that is not true or false".into()))?,
    };
    let paths = match seed.get("sql_paths") {
        None => defaults.1,
        Some(v) => v
            .as_array()
            .and_then(|a| {
                a.iter()
                    .map(|p| p.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
            })
            .ok_or_else(|| bad("has a [db.seed] sql_paths that is not a list of strings".into()))?,
    };
    Ok((enabled, paths))
}
