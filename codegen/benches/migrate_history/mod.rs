//! A real project's history (default: Helicone's, tests/supabase/helicone,
//! or `BENCH_HISTORY=<migrations dir>`) applied by three whole processes on
//! the same server in the same run, interleaved: `codegen migrate up`,
//! `psql -f` per file (a shell loop), and the Supabase CLI's
//! `db push --db-url` (npm package `supabase@CLI_VERSION`, installed under
//! target/ on first use, or `BENCH_SUPABASE_CLI=<its binary>`). Each starts
//! on a fresh database with the Supabase shim (and codegen's stand-ins for
//! the extensions the history creates that the server lacks, installed up
//! front for all three: `BENCH_HISTORY` may be tutur3u's 1,262 files, which
//! need vector, pg_cron, pg_net and wrappers). Peak memory (GNU time) is
//! measured at a quarter, half and all of the files: it should stay flat.

use super::common::{drop_db, median, psql_file};
use super::fresh_db;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The Supabase CLI release the bench compares with.
const CLI_VERSION: &str = "3.1.0";
/// Rounds at all files (`BENCH_HISTORY_ROUNDS`, default 3).
fn rounds() -> usize {
    std::env::var("BENCH_HISTORY_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3)
}
const DB: &str = "codegen_bench_history";

/// A history's `<digits>_<name>.sql` files in version order (the Supabase
/// CLI's pattern; others are skipped by both tools).
fn history_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<(u64, PathBuf)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            let (v, _) = name.strip_suffix(".sql")?.split_once('_')?;
            Some((v.parse().ok()?, p.clone()))
        })
        .collect();
    files.sort();
    files.into_iter().map(|(_, p)| p).collect()
}

/// `supabase/migrations/` holding the first `n` files, with the minimal
/// `config.toml` the CLI needs (the project's own may name settings a newer
/// CLI refuses).
fn project_with(files: &[PathBuf], n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let migrations = dir.path().join("supabase/migrations");
    std::fs::create_dir_all(&migrations).unwrap();
    for f in &files[..n] {
        std::fs::copy(f, migrations.join(f.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("supabase/config.toml"),
        "project_id = \"bench\"\n",
    )
    .unwrap();
    dir
}

/// The Supabase CLI's binary, installed from npm on first use; Err says why not.
fn supabase_cli() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("BENCH_SUPABASE_CLI") {
        return Ok(path.into());
    }
    let prefix = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/bench-supabase-cli")
        .join(CLI_VERSION);
    let bin = prefix.join("node_modules/.bin/supabase");
    if !bin.exists() {
        let out = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("supabase@{CLI_VERSION}"))
            .output()
            .map_err(|e| format!("npm does not run ({e})"))?;
        if !out.status.success() {
            return Err(format!(
                "npm install supabase@{CLI_VERSION} failed: {}",
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
            ));
        }
    }
    let version = Command::new(&bin)
        .arg("--version")
        .output()
        .map_err(|e| format!("{} does not run ({e})", bin.display()))?;
    if !version.status.success() {
        return Err(format!("{} --version failed", bin.display()));
    }
    Ok(bin)
}

/// The history's `CREATE EXTENSION` statements (to prepare each database).
fn create_extensions(files: &[PathBuf]) -> Vec<String> {
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        let file = codegen::migrate::files::SqlFile::from_text(f.clone(), text);
        for s in &file.statements {
            let sql = s.text(&file.sql);
            if codegen::db::standins::parse_create_extension(sql).is_some() {
                out.push(sql.to_owned());
            }
        }
    }
    out
}

/// A fresh database with the Supabase shim and, for each extension the
/// history creates that this server lacks (vector, pg_cron, pg_net,
/// wrappers on a plain PostgreSQL), codegen's stand-in installed up front,
/// so the three tools apply the same history on the same database (each
/// `CREATE EXTENSION IF NOT EXISTS` then finds it there).
async fn prepared_db(server: &str, creates: &[String]) -> String {
    use codegen::db::standins::{install, plan, Plan};
    let url = fresh_db(server, DB).await;
    let mut conn = codegen::db::connect(&url).await.unwrap();
    for sql in creates {
        if let Plan::StandIn(create) = plan(&mut conn, sql).await.unwrap() {
            install(&mut conn, &create).await.unwrap();
        }
    }
    codegen::db::close(conn).await;
    url
}

/// Runs a whole process under GNU time: wall time and peak RSS (KiB).
fn timed(cmd: &mut Command) -> (Duration, u64) {
    let mut time = Command::new("/usr/bin/time");
    time.args(["-f", "%M"])
        .arg(cmd.get_program())
        .args(cmd.get_args());
    if let Some(dir) = cmd.get_current_dir() {
        time.current_dir(dir);
    }
    let started = Instant::now();
    let out = time.output().expect("/usr/bin/time runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", cmd.get_program());
    let kib = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    (took, kib)
}

fn ours(url: &str, project: &Path) -> (Duration, u64) {
    timed(
        Command::new(env!("CARGO_BIN_EXE_codegen"))
            .args(["--database-url", url, "--migrations"])
            .arg(project.join("supabase/migrations"))
            .args(["migrate", "up"]),
    )
}

fn cli(bin: &Path, url: &str, project: &Path) -> (Duration, u64) {
    timed(
        Command::new(bin)
            .args(["db", "push", "--yes", "--db-url"])
            .arg(format!("{url}?sslmode=disable"))
            .arg("--workdir")
            .arg(project)
            .current_dir(project),
    )
}

fn psql_each(url: &str, files: &[PathBuf]) -> Duration {
    let started = Instant::now();
    for f in files {
        psql_file(url, f);
    }
    started.elapsed()
}

fn version(program: &Path, arg: &str) -> String {
    Command::new(program)
        .arg(arg)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

pub async fn history(server: &str) {
    let dir = std::env::var_os("BENCH_HISTORY")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/supabase/helicone/supabase/migrations")
        });
    let files = history_files(&dir);
    assert!(!files.is_empty(), "no migrations in {}", dir.display());
    let all = project_with(&files, files.len());
    let cli_bin = supabase_cli();
    let creates = create_extensions(&files);

    let (mut t_ours, mut t_psql, mut t_cli) = (Vec::new(), Vec::new(), Vec::new());
    let mut peak_cli = 0;
    let rounds = rounds();
    for _ in 0..rounds {
        let url = prepared_db(server, &creates).await;
        t_ours.push(ours(&url, all.path()).0);
        let url = prepared_db(server, &creates).await;
        t_psql.push(psql_each(&url, &files));
        if let Ok(bin) = &cli_bin {
            let url = prepared_db(server, &creates).await;
            let (t, kib) = cli(bin, &url, all.path());
            t_cli.push(t);
            peak_cli = peak_cli.max(kib);
        }
    }
    let mut peaks = Vec::new();
    for n in [files.len() / 4, files.len() / 2, files.len()] {
        let part = project_with(&files, n);
        let url = prepared_db(server, &creates).await;
        peaks.push((n, ours(&url, part.path()).1));
    }
    drop_db(server, DB).await;

    let (ours_t, psql_t) = (median(t_ours), median(t_psql));
    let s = |d: Duration| format!("{:.2} s", d.as_secs_f64());
    let mib = |kib: u64| format!("{:.0} MiB", kib as f64 / 1024.0);
    let psql_v = version(Path::new("psql"), "--version");
    println!(
        "{} ({} files), median of {rounds}, interleaved:",
        dir.display(),
        files.len()
    );
    println!("  codegen migrate up (process)      : {}", s(ours_t));
    println!(
        "  psql -f per file (processes)      : {} ({psql_v})",
        s(psql_t)
    );
    let cli_cell = match &cli_bin {
        Ok(bin) => {
            let cli_t = median(t_cli);
            println!(
                "  supabase db push --db-url (process): {} peak {} (supabase {})",
                s(cli_t),
                mib(peak_cli),
                version(bin, "--version")
            );
            format!(
                "{:.2}× (supabase {CLI_VERSION}: {})",
                ours_t.as_secs_f64() / cli_t.as_secs_f64(),
                s(cli_t)
            )
        }
        Err(why) => {
            println!("  supabase db push --db-url          : not measured: {why}");
            format!("not measured: {why}")
        }
    };
    let peak_cells: Vec<String> = peaks
        .iter()
        .map(|(n, kib)| format!("{n} files: {}", mib(*kib)))
        .collect();
    println!(
        "  codegen peak memory               : {}",
        peak_cells.join(", ")
    );
    println!("README rows:");
    println!(
        "| {} files of a real history, `migrate up` vs `psql -f` per file | {:.2}× ({}; {}) | ≤ 0.25× |",
        files.len(),
        ours_t.as_secs_f64() / psql_t.as_secs_f64(),
        psql_v,
        s(psql_t)
    );
    println!("| the same, vs the Supabase CLI's `db push --db-url` | {cli_cell} | < 1× |");
    println!(
        "| the same, codegen's peak memory at 1/4, 1/2, all files | {} | flat |",
        peak_cells.join("; ")
    );
}
