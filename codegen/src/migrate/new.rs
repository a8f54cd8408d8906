//! `codegen migrate new`: the next-numbered file with the strategy's header.

use super::files::{discover, parse_file_name};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Writes a new migration in `dir` and returns its path. Numbered files take
/// the next number (3 digits at least); `hotfix` files take today's date.
pub fn create(
    dir: &Path,
    name: &str,
    hotfix: bool,
    author: &str,
    today: chrono::NaiveDate,
) -> Result<PathBuf> {
    let slug = slug(name)?;
    if author.chars().any(char::is_control) {
        return Err(Error::Usage(format!(
            "the author {author:?} has a line break or control character; it goes on the header's one `-- Author:` line"
        )));
    }
    // The first migration makes its folder, as `supabase migration new` does.
    if !dir.exists() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let existing = discover(dir)?.migrations;
    let version = if hotfix {
        let date = today.format("%Y%m%d").to_string();
        if existing.iter().any(|m| m.version == date) {
            return Err(Error::Usage(format!(
                "a migration with version {date} already exists in {}; one hotfix a day, or use a numbered migration",
                dir.display()
            )));
        }
        date
    } else {
        next_number(&existing)
    };
    let file_name = format!("{version}_{slug}.sql");
    let path = dir.join(&file_name);
    parse_file_name(&path)?;
    let body = template(&version, &slug, author, today);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    std::io::Write::write_all(&mut f, body.as_bytes()).map_err(|e| Error::io(&path, e))?;
    Ok(path)
}

/// The longest name part of a new file, in bytes (file names have 255).
const MAX_NAME_BYTES: usize = 200;

/// The name part of a new migration's file name: trimmed, lower case, `-`
/// and spaces as `_`. Refused, in one sentence: a name without a letter or
/// digit (`""`), a character other than letters, digits, `_`, `-`, `.` and
/// spaces (a line break, `/`), a name too long for a file name.
pub fn slug(name: &str) -> Result<String> {
    let name = name.trim();
    let bad = |why: String| Err(Error::Usage(format!("the migration name {name:?} {why}")));
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ')))
    {
        return bad(format!(
            "has the character {c:?}; use letters, digits, `_`, `-`, `.` and spaces"
        ));
    }
    if !name.chars().any(char::is_alphanumeric) {
        return bad(
            "has no letter or digit; say what the migration does, e.g. add_user_index".into(),
        );
    }
    if name.len() > MAX_NAME_BYTES {
        return bad(format!("is longer than {MAX_NAME_BYTES} bytes"));
    }
    Ok(name.to_lowercase().replace(['-', ' '], "_"))
}

/// The next numbered version after `existing` (3 digits at least; dated
/// hotfix versions do not count).
/// A history of Supabase CLI timestamp versions (`20240414161707_x.sql`)
/// gets the current UTC time in that form (after the newest one), as
/// `supabase migration new` does; a numbered history the next number.
pub fn next_number(existing: &[super::files::Migration]) -> String {
    const TIMESTAMP: u64 = 10_000_000_000_000; // 14 digits
    let newest = existing.iter().map(|m| m.number).max().unwrap_or(0);
    if newest >= TIMESTAMP {
        let now: u64 = chrono::Utc::now()
            .format("%Y%m%d%H%M%S")
            .to_string()
            .parse()
            .unwrap_or(0);
        return now.max(newest + 1).to_string();
    }
    let next = existing
        .iter()
        .filter(|m| m.number < 10_000_000)
        .map(|m| m.number)
        .max()
        .unwrap_or(0)
        + 1;
    format!("{next:03}")
}

/// The next numbered version of the migrations in `dir` (`001` when the
/// directory does not exist yet).
pub fn next_version(dir: &Path) -> Result<String> {
    if !dir.is_dir() {
        return Ok("001".into());
    }
    Ok(next_number(&discover(dir)?.migrations))
}

/// The header, transaction and rollback block the strategy document asks for.
pub fn template(version: &str, name: &str, author: &str, date: chrono::NaiveDate) -> String {
    format!(
        "-- Migration: {version}_{name}\n\
         -- Description: TODO: what this migration does and why\n\
         -- Author: {author}\n\
         -- Date: {date}\n\
         \n\
         BEGIN;\n\
         \n\
         -- CREATE TABLE IF NOT EXISTS public.example (\n\
         --   id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n\
         --   created_at timestamptz NOT NULL DEFAULT now()\n\
         -- );\n\
         -- ALTER TABLE public.example ENABLE ROW LEVEL SECURITY;\n\
         \n\
         COMMIT;\n\
         \n\
         -- Rollback:\n\
         -- DROP TABLE IF EXISTS public.example;\n",
        date = date.format("%Y-%m-%d")
    )
}
