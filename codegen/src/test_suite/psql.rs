//! One test file through `psql`, with the options pg_prove passes.

use super::{files::display, pgtap, tap, FileResult};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The `psql` files run through, found once per run.
pub struct Psql {
    path: PathBuf,
    /// `PGSYSCONFDIR` as Debian's `pg_wrapper` sets it, when the wrapper
    /// was looked through.
    sysconfdir: Option<&'static str>,
}

/// The `psql` to run files with: on the embedded server, the server
/// binaries' own, else `PATH`'s; with a `DATABASE_URL`, `PATH`'s first
/// (the one pg_prove runs), else the server binaries'. `PATH`'s `psql`
/// being Debian's `pg_wrapper` (a Perl script that picks a version and
/// execs it, about 50 ms a file), the program it would run for `url`.
pub fn find_psql(url: Option<&str>) -> Result<Psql> {
    let bindir = || {
        crate::db::embedded::find_bindir()
            .map(|b| b.join("psql"))
            .filter(|p| p.is_file())
    };
    let on_path = || {
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path)
            .map(|d| d.join("psql"))
            .find(|p| p.is_file())
    };
    let found = match url {
        None => bindir().or_else(on_path),
        Some(_) => on_path().or_else(bindir),
    };
    let path = found.ok_or_else(|| Error::Usage("codegen test runs each file through psql, as pg_prove does, and no psql was found beside the PostgreSQL server binaries or on PATH; install it (Debian/Ubuntu: apt-get install postgresql-client)".into()))?;
    let direct = url
        .filter(|u| names_server(u))
        .and_then(|_| through_pg_wrapper(&path, Path::new("/usr/lib/postgresql")));
    Ok(match direct {
        Some(path) => Psql {
            path,
            sysconfdir: Some("/etc/postgresql-common"),
        },
        None => Psql {
            path,
            sysconfdir: None,
        },
    })
}

/// Whether `url` gives host, port and database itself, so that the
/// `PGHOST`/`PGPORT`/`PGDATABASE` `pg_wrapper` may set cannot matter.
fn names_server(url: &str) -> bool {
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    let has = |key: &str| parsed.query_pairs().any(|(k, _)| k == key);
    let host = parsed.host_str().is_some_and(|h| !h.is_empty()) || has("host") || has("hostaddr");
    let port = parsed.port().is_some() || has("port");
    let database = parsed.path().len() > 1 || has("dbname");
    host && port && database && !has("service")
}

/// The program Debian's `pg_wrapper` runs when `psql` (a link to it) is
/// called: the newest version's under `binroot` (for `psql` it always
/// takes the newest). `None` when `psql` is not the wrapper, or the
/// newest is older than 13 (the wrapper then preloads readline).
fn through_pg_wrapper(psql: &Path, binroot: &Path) -> Option<PathBuf> {
    let target = std::fs::canonicalize(psql).ok()?;
    if target.file_name()? != "pg_wrapper" {
        return None;
    }
    let version = |name: &str| -> Option<(u32, u32)> {
        let (major, minor) = name.split_once('.').unwrap_or((name, "0"));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if name.len() < 2 || !digits(major) || !digits(minor) {
            return None;
        }
        Some((major.parse().ok()?, minor.parse().ok()?))
    };
    let newest = std::fs::read_dir(binroot)
        .ok()?
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let program = e.path().join("bin/psql");
            program.is_file().then_some((version(&name)?, program))
        })
        .max_by_key(|(v, _)| *v)?;
    (newest.0 >= (13, 0)).then_some(newest.1)
}

/// The URL as libpq reads it, with the password moved out (to
/// `PGPASSWORD`) so it never shows in the process list.
fn libpq_url(url: &str) -> Result<(String, Option<String>)> {
    let mut parsed = url::Url::parse(url)
        .map_err(|e| Error::Usage(format!("{} is not a URL: {e}", crate::db::redact(url))))?;
    let password = parsed.password().map(|p| {
        url::form_urlencoded::parse(format!("p={p}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    });
    let _ = parsed.set_password(None);
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (k, v) in parsed.query_pairs() {
        let k = match k.as_ref() {
            "ssl-mode" => "sslmode",
            "ssl-root-cert" | "ssl-ca" => "sslrootcert",
            "ssl-cert" => "sslcert",
            "ssl-key" => "sslkey",
            "statement-cache-capacity" => continue,
            "password" => continue,
            other => other,
        };
        pairs.push((k.to_owned(), v.into_owned()));
    }
    let query_password = parsed
        .query_pairs()
        .find(|(k, _)| k == "password")
        .map(|(_, v)| v.into_owned());
    if pairs.is_empty() {
        parsed.set_query(None);
    } else {
        parsed.query_pairs_mut().clear().extend_pairs(pairs);
    }
    Ok((parsed.to_string(), password.or(query_password)))
}

/// A file that creates basejump's helpers runs from a copy where that
/// statement installs them, after a set-up file (same line numbers);
/// the folder holding both lives as long as the run of the file.
struct HelpersCopy {
    _dir: tempfile::TempDir,
    setup: PathBuf,
    file: PathBuf,
}

fn helpers_copy(path: &Path, scratch: &Path) -> std::result::Result<Option<HelpersCopy>, String> {
    let text = std::fs::read(path)
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    let Some(rewritten) = text.as_deref().and_then(pgtap::rewrite_helpers) else {
        return Ok(None);
    };
    let dir = tempfile::Builder::new()
        .prefix("codegen-test-")
        .tempdir_in(scratch)
        .map_err(|e| {
            format!(
                "cannot create a scratch folder in {}: {e}",
                scratch.display()
            )
        })?;
    let setup = dir.path().join("codegen-setup.sql");
    let file = dir
        .path()
        .join(path.file_name().unwrap_or(std::ffi::OsStr::new("test.sql")));
    std::fs::write(&setup, pgtap::helpers_setup_sql())
        .and_then(|_| std::fs::write(&file, rewritten))
        .map_err(|e| format!("cannot write into {}: {e}", dir.path().display()))?;
    Ok(Some(HelpersCopy {
        _dir: dir,
        setup,
        file,
    }))
}

/// Runs one file as pg_prove does: `psql --no-psqlrc --no-align --quiet
/// --pset pager=off --pset tuples_only=true --set ON_ERROR_STOP=1 --file`.
pub fn run_file(psql: &Psql, url: &str, path: &Path, scratch: &Path) -> FileResult {
    let started = Instant::now();
    // `error`: psql did not run (the message is the file's error).
    let result = |stdout: String, stderr: String, exit: Option<i32>, error: bool| {
        let tap = tap::parse(&stdout);
        let mut verdict = tap.verdict(if error { Some(0) } else { exit });
        if error {
            verdict.errors = vec![stderr.clone()];
        }
        FileResult {
            path: path.to_owned(),
            display: display(path),
            stdout,
            stderr,
            exit,
            tap,
            verdict,
            elapsed: started.elapsed(),
        }
    };
    let fail = |message: String| result(String::new(), message, None, true);
    let (conn, password) = match libpq_url(url) {
        Ok(x) => x,
        Err(e) => return fail(e.to_string()),
    };
    let copy = match helpers_copy(path, scratch) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let mut cmd = Command::new(&psql.path);
    if let Some(dir) = psql
        .sysconfdir
        .filter(|_| std::env::var_os("PGSYSCONFDIR").is_none())
    {
        cmd.env("PGSYSCONFDIR", dir);
    }
    cmd.args([
        "--no-psqlrc",
        "--no-align",
        "--quiet",
        "--pset",
        "pager=off",
        "--pset",
        "tuples_only=true",
        "--set",
        "ON_ERROR_STOP=1",
    ]);
    match &copy {
        Some(c) => cmd.arg("--file").arg(&c.setup).arg("--file").arg(&c.file),
        None => cmd.arg("--file").arg(path),
    };
    cmd.arg("--dbname").arg(&conn).env_remove("PGPASSWORD");
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let out = match cmd.stdin(std::process::Stdio::null()).output() {
        Ok(o) => o,
        Err(e) => return fail(format!("cannot run {}: {e}", psql.path.display())),
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if let Some(c) = &copy {
        stderr = stderr.replace(&c.file.display().to_string(), &path.display().to_string());
    }
    result(stdout, stderr, out.status.code(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wrapper_is_looked_through_to_the_newest_psql() {
        let root = tempfile::tempdir().unwrap();
        for v in ["9.6", "13", "15", "16", "main"] {
            let bin = root.path().join("lib").join(v).join("bin");
            std::fs::create_dir_all(&bin).unwrap();
            if v != "16" {
                std::fs::write(bin.join("psql"), "").unwrap();
            }
        }
        let wrapper = root.path().join("pg_wrapper");
        std::fs::write(&wrapper, "").unwrap();
        let link = root.path().join("psql");
        std::os::unix::fs::symlink(&wrapper, &link).unwrap();
        let lib = root.path().join("lib");
        assert_eq!(
            through_pg_wrapper(&link, &lib),
            Some(lib.join("15/bin/psql"))
        );
        // Not the wrapper: used as it is.
        let plain = lib.join("15/bin/psql");
        assert_eq!(through_pg_wrapper(&plain, &lib), None);
        // Only versions older than 13: the wrapper runs them its own way.
        std::fs::remove_dir_all(lib.join("13")).unwrap();
        std::fs::remove_dir_all(lib.join("15")).unwrap();
        assert_eq!(through_pg_wrapper(&link, &lib), None);
    }

    #[test]
    fn only_a_url_naming_host_port_and_database_skips_the_wrapper() {
        assert!(names_server("postgres://u@localhost:5432/db"));
        assert!(names_server(
            "postgres://postgres@localhost/postgres?host=/tmp/x&port=5432"
        ));
        assert!(!names_server("postgres://u@localhost/db"));
        assert!(!names_server("postgres:///db?port=5432"));
        assert!(!names_server("postgres://u@localhost:5432"));
        assert!(!names_server("postgres://h:1/db?service=x"));
    }
}
