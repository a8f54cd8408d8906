//! `codegen test`: a project's pgTAP suite on a scratch database, as
//! `pg_prove` runs it (each file through `psql` in its own session), with
//! TAP::Harness's verdicts, a pg_prove-style report and JUnit XML.

pub mod junit;
pub mod pgtap;
pub mod tap;

use crate::error::{Error, Result};
use crate::migrate::{Event, Migrator};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// What to run and where.
pub struct Options {
    /// The migrations directory (applied first).
    pub migrations: PathBuf,
    /// Test files or folders (empty: the default folder).
    pub paths: Vec<PathBuf>,
    /// A database to copy (never touched itself); `None`: embedded.
    pub database_url: Option<String>,
    /// Files run at once, each worker on its own copy of the prepared database.
    pub jobs: usize,
    /// Extensions of codegen.toml, enabled before the migrations.
    pub extensions: Vec<String>,
}

/// What the run reports as it goes.
pub enum Progress<'a> {
    Runner(Event),
    Skipped(PathBuf),
    PgTap(&'a pgtap::Which),
    /// A file finished (reported in name order), and the width of the
    /// longest name of the run (for the dots).
    File(&'a FileResult, usize),
}

/// One test file's run.
#[derive(Debug, Clone)]
pub struct FileResult {
    pub path: PathBuf,
    /// The path as shown (relative to the current directory when inside it).
    pub display: String,
    pub stdout: String,
    pub stderr: String,
    /// psql's exit code (`None`: killed by a signal).
    pub exit: Option<i32>,
    pub tap: tap::Tap,
    pub verdict: tap::Verdict,
    pub elapsed: Duration,
}

/// The whole run.
pub struct Report {
    pub files: Vec<FileResult>,
    pub pgtap: pgtap::Which,
    pub elapsed: Duration,
    /// A file said `Bail out!`: the files after it were not run.
    pub bailed_out: bool,
}

impl Report {
    pub fn passed(&self) -> bool {
        !self.bailed_out && self.files.iter().all(|f| f.verdict.passed())
    }

    pub fn tests(&self) -> usize {
        self.files.iter().map(|f| f.tap.assertions.len()).sum()
    }
}

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
fn display(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match cwd.as_deref().and_then(|c| absolute.strip_prefix(c).ok()) {
        Some(rel) if path.is_absolute() => rel.display().to_string(),
        _ => path.display().to_string(),
    }
}

/// The `psql` to run files with: the server binaries' own, else `PATH`'s.
pub fn find_psql() -> Result<PathBuf> {
    if let Some(p) = crate::db::embedded::find_bindir()
        .map(|b| b.join("psql"))
        .filter(|p| p.is_file())
    {
        return Ok(p);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join("psql"))
        .find(|p| p.is_file())
        .ok_or_else(|| Error::Usage("codegen test runs each file through psql, as pg_prove does, and no psql was found beside the PostgreSQL server binaries or on PATH; install it (Debian/Ubuntu: apt-get install postgresql-client)".into()))
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

/// Runs one file as pg_prove does: `psql --no-psqlrc --no-align --quiet
/// --pset pager=off --pset tuples_only=true --set ON_ERROR_STOP=1 --file`.
/// A file that creates basejump's helpers runs from a copy where that
/// statement installs them (same line numbers; messages name the file).
pub fn run_file(psql: &Path, url: &str, path: &Path, scratch: &Path) -> FileResult {
    let started = Instant::now();
    let shown = display(path);
    let fail = |message: String| {
        let tap = tap::Tap::default();
        let mut verdict = tap.verdict(Some(0));
        verdict.errors = vec![message.clone()];
        FileResult {
            path: path.to_owned(),
            display: shown.clone(),
            stdout: String::new(),
            stderr: message,
            exit: None,
            tap,
            verdict,
            elapsed: started.elapsed(),
        }
    };
    let (conn, password) = match libpq_url(url) {
        Ok(x) => x,
        Err(e) => return fail(e.to_string()),
    };
    let mut cmd = Command::new(psql);
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
    let mut copy = None;
    let text = std::fs::read(path)
        .ok()
        .and_then(|b| String::from_utf8(b).ok());
    if let Some(rewritten) = text.as_deref().and_then(pgtap::rewrite_helpers) {
        let dir = match tempfile::Builder::new()
            .prefix("codegen-test-")
            .tempdir_in(scratch)
        {
            Ok(d) => d,
            Err(e) => {
                return fail(format!(
                    "cannot create a scratch folder in {}: {e}",
                    scratch.display()
                ))
            }
        };
        let setup = dir.path().join("codegen-setup.sql");
        let file = dir
            .path()
            .join(path.file_name().unwrap_or(std::ffi::OsStr::new("test.sql")));
        if let Err(e) = std::fs::write(&setup, pgtap::helpers_setup_sql())
            .and_then(|_| std::fs::write(&file, rewritten))
        {
            return fail(format!("cannot write into {}: {e}", dir.path().display()));
        }
        cmd.arg("--file").arg(&setup).arg("--file").arg(&file);
        copy = Some((dir, file));
    } else {
        cmd.arg("--file").arg(path);
    }
    cmd.arg("--dbname").arg(&conn);
    cmd.env_remove("PGPASSWORD");
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    cmd.stdin(std::process::Stdio::null());
    let out = match cmd.output() {
        Ok(o) => o,
        Err(e) => return fail(format!("cannot run {}: {e}", psql.display())),
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if let Some((_dir, file)) = &copy {
        stderr = stderr.replace(&file.display().to_string(), &path.display().to_string());
    }
    let parsed = tap::parse(&stdout);
    let verdict = parsed.verdict(out.status.code());
    FileResult {
        path: path.to_owned(),
        display: shown,
        stdout,
        stderr,
        exit: out.status.code(),
        tap: parsed,
        verdict,
        elapsed: started.elapsed(),
    }
}

/// The database the files run on, made ready: migrated, seeded, pgTAP in.
struct Prepared {
    target: crate::db::Target,
    /// The prepared database's URL.
    url: String,
    /// Its name.
    name: String,
    /// Scratch databases to drop at the end (on the target's server).
    scratch: Vec<String>,
    /// The pgTAP installed.
    which: Option<pgtap::Which>,
}

/// Runs the suite; reports each file as it finishes (in name order).
pub async fn run(opts: &Options, notify: &mut (dyn FnMut(Progress) + Send)) -> Result<Report> {
    let started = Instant::now();
    let paths = if opts.paths.is_empty() {
        let dir = default_dir(&opts.migrations);
        if !dir.is_dir() {
            return Err(Error::File {
                path: dir,
                message: "does not exist: there is no tests folder inside or beside the migrations folder; pass test files or folders (codegen test PATH …)".into(),
            });
        }
        vec![dir]
    } else {
        opts.paths.clone()
    };
    let files = discover(&paths)?;
    let psql = find_psql()?;
    let mut prepared = prepare(opts, notify).await?;
    let result = run_prepared(&mut prepared, &psql, &files, opts.jobs.max(1), notify).await;
    for name in &prepared.scratch {
        crate::diff::verify::drop_database(&prepared.url, name).await;
    }
    drop(prepared.target);
    let (files, pgtap, bailed_out) = result?;
    Ok(Report {
        files,
        pgtap,
        elapsed: started.elapsed(),
        bailed_out,
    })
}

async fn prepare(opts: &Options, notify: &mut (dyn FnMut(Progress) + Send)) -> Result<Prepared> {
    let url = crate::db::given_url(opts.database_url.as_deref()).map(str::to_owned);
    let embedded = url.is_none();
    let migrator = if embedded || opts.migrations.is_dir() {
        let mut m = Migrator::open(&opts.migrations)?;
        m.stand_ins = embedded;
        m.extensions = opts.extensions.clone();
        for s in &m.skipped {
            notify(Progress::Skipped(s.clone()));
        }
        Some(m)
    } else {
        None
    };
    let target = crate::db::Target::open(url)?;
    let mut prepared = Prepared {
        url: target.url().to_owned(),
        name: String::new(),
        target,
        scratch: Vec::new(),
        which: None,
    };
    if !embedded {
        // Never the database itself: a copy, made from it as a template.
        let mut conn = prepared.target.connect().await?;
        let source = crate::diff::verify::current_database(&mut conn, &prepared.url).await?;
        crate::db::close(conn).await;
        let name = copy_name(&source);
        let url = copy_database(&prepared.url, &source, &name).await?;
        prepared.scratch.push(name.clone());
        prepared.url = url;
    }
    let url = prepared.url.clone();
    let mut conn = crate::db::connect(&url).await?;
    let work = async {
        prepared.name = crate::diff::verify::current_database(&mut conn, &url).await?;
        if let Some(m) = &migrator {
            let mut report = |e: Event| notify(Progress::Runner(e));
            m.up(&mut conn, &url, &mut report).await?;
            if embedded {
                m.seed(&mut conn, &url, &mut report).await?;
            }
        }
        let which = pgtap::install(&mut conn, &url).await?;
        notify(Progress::PgTap(&which));
        Ok::<_, Error>(which)
    }
    .await;
    crate::db::close(conn).await;
    match work {
        Ok(which) => {
            prepared.which = Some(which);
            Ok(prepared)
        }
        Err(e) => {
            for name in &prepared.scratch {
                crate::diff::verify::drop_database(&prepared.url, name).await;
            }
            Err(e)
        }
    }
}

async fn run_prepared(
    prepared: &mut Prepared,
    psql: &Path,
    files: &[PathBuf],
    jobs: usize,
    notify: &mut (dyn FnMut(Progress) + Send),
) -> Result<(Vec<FileResult>, pgtap::Which, bool)> {
    let which = prepared.which.clone().unwrap_or(pgtap::Which::Vendored);
    let jobs = jobs.min(files.len()).max(1);
    let mut urls = vec![prepared.url.clone()];
    if jobs > 1 {
        urls.clear();
        for _ in 0..jobs {
            let name = copy_name(&prepared.name);
            let url = copy_database(&prepared.url, &prepared.name, &name).await?;
            prepared.scratch.push(name);
            urls.push(url);
        }
    }
    let scratch = std::env::temp_dir();
    let width = files
        .iter()
        .map(|f| display(f).chars().count())
        .max()
        .unwrap_or(0);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let bail = std::sync::atomic::AtomicBool::new(false);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, FileResult)>();
    let mut results: Vec<Option<FileResult>> = vec![None; files.len()];
    let mut reported = 0;
    std::thread::scope(|s| {
        for url in &urls {
            let tx = tx.clone();
            let (next, bail, scratch) = (&next, &bail, &scratch);
            s.spawn(move || loop {
                if bail.load(std::sync::atomic::Ordering::SeqCst) {
                    break;
                }
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(file) = files.get(i) else { break };
                let r = run_file(psql, url, file, scratch);
                if r.tap.bail_out.is_some() {
                    bail.store(true, std::sync::atomic::Ordering::SeqCst);
                }
                if tx.send((i, r)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, r) in rx {
            results[i] = Some(r);
            while let Some(Some(r)) = results.get(reported) {
                notify(Progress::File(r, width));
                reported += 1;
            }
        }
    });
    let bailed_out = bail.load(std::sync::atomic::Ordering::SeqCst);
    // After a bail out, the files that ran are reported; the rest did not run.
    let done: Vec<FileResult> = results.into_iter().flatten().collect();
    Ok((done, which, bailed_out))
}

/// A name for a scratch copy of `template`: unique to this run, at most 63 bytes.
fn copy_name(template: &str) -> String {
    let mut name = String::new();
    for c in template.chars() {
        if name.len() + c.len_utf8() > 24 {
            break;
        }
        name.push(c);
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    format!("{name}_codegen_test_{}", &id[..16])
}

/// `CREATE DATABASE copy TEMPLATE template` on the server of `url`, with
/// the template's database-level settings (`ALTER DATABASE … SET`, which
/// a copy does not inherit: Supabase's `search_path`); returns its URL.
async fn copy_database(url: &str, template: &str, copy: &str) -> Result<String> {
    let admin_db = if template == "postgres" {
        "template1"
    } else {
        "postgres"
    };
    let admin_url = crate::diff::verify::with_database(url, admin_db)?;
    let mut admin = crate::db::connect(&admin_url).await?;
    let q = schema::sql::ident;
    let mut result = Ok(Default::default());
    for attempt in 0..40 {
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
        if !busy || attempt == 39 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    if let Err(e) = result {
        crate::db::close(admin).await;
        return Err(Error::Usage(format!(
            "could not copy database {template} to run the tests on a scratch copy ({}); close other sessions on it",
            crate::db::redact_message(&e.to_string())
        )));
    }
    let settings: Vec<(Option<String>, Vec<String>)> = sqlx::query_as(
        "SELECT r.rolname::text, s.setconfig FROM pg_db_role_setting s
           JOIN pg_database d ON d.oid = s.setdatabase
           LEFT JOIN pg_roles r ON r.oid = s.setrole
          WHERE d.datname = $1",
    )
    .bind(template)
    .fetch_all(&mut admin)
    .await
    .unwrap_or_default();
    for (role, config) in settings {
        for item in config {
            let Some((key, value)) = item.split_once('=') else {
                continue;
            };
            let list = matches!(
                key.to_ascii_lowercase().as_str(),
                "search_path"
                    | "temp_tablespaces"
                    | "datestyle"
                    | "local_preload_libraries"
                    | "session_preload_libraries"
            );
            let value = if list {
                value.to_owned()
            } else {
                format!("'{}'", value.replace('\'', "''"))
            };
            let scope = match &role {
                Some(r) => format!("ALTER ROLE {} IN DATABASE {}", q(r), q(copy)),
                None => format!("ALTER DATABASE {}", q(copy)),
            };
            let _ = sqlx::raw_sql(&format!("{scope} SET {} = {value}", q(key)))
                .execute(&mut admin)
                .await;
        }
    }
    crate::db::close(admin).await;
    crate::diff::verify::with_database(url, copy)
}

/// pg_prove's line for a file: `path .. ok`, `path .. Failed 2/5 subtests`,
/// its dots padded to `width` (the longest name of the run) as pg_prove pads them.
pub fn file_line(r: &FileResult, width: usize) -> String {
    let v = &r.verdict;
    let dots = ".".repeat((width + 2).saturating_sub(r.display.chars().count()).max(2));
    let head = format!("{} {dots} ", r.display);
    if let Some(reason) = &v.skipped_all {
        if v.passed() {
            return if reason.is_empty() {
                format!("{head}skipped")
            } else {
                format!("{head}skipped: {reason}")
            };
        }
    }
    if v.passed() {
        return format!("{head}ok");
    }
    let run = r.tap.assertions.len();
    let mut out = head;
    // pg_prove ends the line there and says why on the next ones.
    for e in &v.errors {
        if e.starts_with("Dubious") {
            out.push('\n');
            out.push_str(e);
            out.push('\n');
        }
    }
    match &r.tap.plan {
        Some(p) => {
            let missing = (p.count as usize).saturating_sub(run);
            out.push_str(&format!(
                "Failed {}/{} subtests",
                v.failed.len() + missing,
                p.count
            ));
        }
        None if run == 0 => out.push_str("No subtests run"),
        None => out.push_str(&format!("Failed {}/{run} subtests", v.failed.len())),
    }
    out
}

/// The report after the file lines: the failures, with each failed
/// assertion's diagnostics and psql's errors, then the totals.
pub fn summary(report: &Report) -> String {
    let mut out = String::new();
    let failed: Vec<&FileResult> = report
        .files
        .iter()
        .filter(|f| !f.verdict.passed())
        .collect();
    if !failed.is_empty() {
        out.push_str("\nTest Summary Report\n-------------------\n");
        for f in failed {
            let wstat = f.exit.map_or(0, |c| c << 8);
            out.push_str(&format!(
                "{} (Wstat: {wstat} Tests: {} Failed: {})\n",
                f.display,
                f.tap.assertions.len(),
                f.verdict.failed.len()
            ));
            if !f.verdict.failed.is_empty() {
                let list: Vec<String> = f.verdict.failed.iter().map(u32::to_string).collect();
                out.push_str(&format!(
                    "  Failed test{}:  {}\n",
                    if list.len() == 1 { "" } else { "s" },
                    list.join(", ")
                ));
            }
            for e in &f.verdict.errors {
                out.push_str(&format!("  {e}\n"));
            }
            for a in f.tap.assertions.iter().filter(|a| a.failed()) {
                out.push_str(&format!("  not ok {} - {}\n", a.number, a.description));
                for d in &a.diagnostics {
                    out.push_str(&format!("    # {d}\n"));
                }
            }
            for line in f.stderr.lines().filter(|l| !l.trim().is_empty()) {
                if line.contains("NOTICE:") {
                    continue;
                }
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    if report.bailed_out {
        out.push_str("Bailout called.  Further testing stopped.\n");
    }
    out.push_str(&format!(
        "Files={}, Tests={}, {:.2} wallclock secs\nResult: {}\n",
        report.files.len(),
        report.tests(),
        report.elapsed.as_secs_f64(),
        if report.passed() { "PASS" } else { "FAIL" }
    ));
    out
}
