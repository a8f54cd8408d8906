//! `codegen test` against pg_prove on the same prepared database, whole
//! processes, interleaved, medians: basejump's suite (13 files) and the
//! platform's (`migrations/tests/`). The server is an embedded cluster
//! started by the bench (the server `codegen test` runs on), or
//! `BENCH_DATABASE_URL`'s. Each round prepares a fresh database D
//! (migrations, seed, pgTAP: the setup, timed apart, in-process), then runs
//! `codegen --database-url D test` (it copies D, one copy per worker, finds
//! nothing pending and runs the files on the copies) with one job and with
//! `-j 2`, then pg_prove on D itself with one job and on a second database
//! prepared the same way (outside the timing) with `-j 2`. pg_prove runs
//! the files codegen's psql runs (basejump's helpers' CREATE EXTENSION
//! replaced the same way, written out before the timing). Last, `codegen
//! test` on its own embedded cluster (no URL: initdb, setup and suite, what
//! a user runs). Prints "not measured" for pg_prove when it is not on PATH,
//! and the rows of docs/benchmarks.md's table.
//!
//! `cargo bench -p codegen --bench pgtap`
//! (`BENCH_ROUNDS=1 BENCH_VERBOSE=1`: a quick look at what failed.)

mod common;

use common::median;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_codegen");
const ROUNDS: usize = 7;

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn ratio(a: Duration, b: Option<Duration>) -> String {
    match b {
        Some(b) => format!("{:.2}x", a.as_secs_f64() / b.as_secs_f64()),
        None => "not measured".into(),
    }
}

/// Runs a whole process to completion: wall time and whether its output
/// says the suite passed (`Result: PASS`).
fn run(cmd: &mut Command) -> (Duration, bool) {
    let started = Instant::now();
    let out = cmd.stdin(Stdio::null()).output().expect("the process runs");
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let passed = stdout.contains("Result: PASS");
    if !passed && std::env::var_os("BENCH_VERBOSE").is_some() {
        eprintln!(
            "{cmd:?}:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    (took, passed)
}

fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

/// A fresh database `name` prepared as `codegen test` prepares the embedded
/// one (Supabase stand-ins, migrations, seed, pgTAP); returns its URL and
/// the time the preparation took (after CREATE DATABASE).
async fn prepare(server: &str, name: &str, migrations: &Path) -> (String, Duration) {
    let url = common::fresh_db(server, name).await;
    let started = Instant::now();
    let mut m = codegen::migrate::Migrator::open(migrations).unwrap();
    m.stand_ins = true;
    let mut conn = codegen::db::connect(&url).await.unwrap();
    let mut quiet = |_: codegen::migrate::Event| {};
    m.up(&mut conn, &url, &mut quiet).await.unwrap();
    m.seed(&mut conn, &url, &mut quiet).await.unwrap();
    codegen::test_suite::pgtap::install(&mut conn, &url)
        .await
        .unwrap();
    codegen::db::close(conn).await;
    (url, started.elapsed())
}

/// `CREATE DATABASE … TEMPLATE name` and its `DROP`, timed: what `codegen
/// test` adds per worker when given a URL (it never runs on the database
/// itself).
async fn copy_and_drop(server: &str, name: &str) -> Duration {
    let mut admin = codegen::db::connect(server).await.unwrap();
    let started = Instant::now();
    for sql in [
        format!("CREATE DATABASE {name}_copy TEMPLATE {name}"),
        format!("DROP DATABASE {name}_copy"),
    ] {
        sqlx::raw_sql(&sql).execute(&mut admin).await.unwrap();
    }
    let took = started.elapsed();
    codegen::db::close(admin).await;
    took
}

/// The files pg_prove runs: each test file as codegen's psql runs it.
fn pg_prove_files(tests: &Path, into: &Path) -> Vec<PathBuf> {
    codegen::test_suite::discover(&[tests.to_owned()])
        .unwrap()
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            let text = match codegen::test_suite::pgtap::rewrite_helpers(&text) {
                Some(rewritten) => format!(
                    "{}\n{rewritten}",
                    codegen::test_suite::pgtap::helpers_setup_sql()
                ),
                None => text,
            };
            let path = into.join(f.file_name().unwrap());
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

struct Suite {
    name: &'static str,
    migrations: PathBuf,
    tests: PathBuf,
}

async fn bench(server: &str, pg_prove: Option<&Path>, suite: &Suite) {
    let scratch = tempfile::tempdir().unwrap();
    let files = pg_prove_files(&suite.tests, scratch.path());
    let codegen_test = |url: &str, jobs: &str| {
        let mut c = Command::new(BIN);
        c.env_remove("DATABASE_URL")
            .args(["--database-url", url, "--migrations"])
            .arg(&suite.migrations)
            .args(["test", "-j", jobs])
            .arg(&suite.tests);
        c
    };
    let prove = |exe: &Path, url: &str, jobs: &str| {
        let mut c = Command::new(exe);
        c.args(["-j", jobs, "-d", &pg_prove_dbname(url)])
            .args(&files);
        c
    };
    let (mut setup, mut ours1, mut ours2, mut prove1, mut prove2, mut embedded) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let mut copies = vec![];
    let mut verdicts = Vec::new();
    let rounds = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(ROUNDS);
    for round in 0..=rounds {
        let (url, took) = prepare(server, "codegen_bench_pgtap", &suite.migrations).await;
        let copy = copy_and_drop(server, "codegen_bench_pgtap").await;
        let (o1, p1) = run(&mut codegen_test(&url, "1"));
        let (o2, p2) = run(&mut codegen_test(&url, "2"));
        let mut theirs = None;
        if let Some(exe) = pg_prove {
            // Prepared again, not a template copy: a copy lacks the
            // database's `ALTER DATABASE … SET` settings.
            let (copy, _) = prepare(server, "codegen_bench_pgtap_2", &suite.migrations).await;
            let (t1, q1) = run(&mut prove(exe, &url, "1"));
            let (t2, q2) = run(&mut prove(exe, &copy, "2"));
            common::drop_db(server, "codegen_bench_pgtap_2").await;
            theirs = Some((t1, t2, q1, q2));
        }
        common::drop_db(server, "codegen_bench_pgtap").await;
        let mut whole = Command::new(BIN);
        whole
            .env_remove("DATABASE_URL")
            .arg("--migrations")
            .arg(&suite.migrations)
            .arg("test")
            .arg(&suite.tests);
        let (e, pe) = run(&mut whole);
        if round == 0 {
            eprintln!("{}: warm-up round done", suite.name);
            verdicts = vec![
                ("codegen test", p1),
                ("codegen test -j 2", p2),
                ("embedded", pe),
            ];
            if let Some((_, _, q1, q2)) = theirs {
                verdicts.push(("pg_prove", q1));
                verdicts.push(("pg_prove -j 2", q2));
            }
            continue;
        }
        setup.push(took);
        copies.push(copy);
        ours1.push(o1);
        ours2.push(o2);
        embedded.push(e);
        if let Some((t1, t2, _, _)) = theirs {
            prove1.push(t1);
            prove2.push(t2);
        }
    }
    let (ours1, ours2) = (median(ours1), median(ours2));
    let (prove1, prove2) = if prove1.is_empty() {
        (None, None)
    } else {
        (Some(median(prove1)), Some(median(prove2)))
    };
    let (setup, embedded) = (median(setup), median(embedded));
    let shown = |d: Option<Duration>| d.map_or("not measured".to_owned(), ms);
    println!(
        "{} ({} files), median of {rounds}:",
        suite.name,
        files.len()
    );
    println!(
        "  setup (migrations + seed + pgTAP, in-process) : {}",
        ms(setup)
    );
    println!(
        "  copy + drop of D (in-process; a URL run's cost per worker): {}",
        ms(median(copies))
    );
    println!(
        "  codegen test, 1 job (process)                  : {} | pg_prove: {} | {}",
        ms(ours1),
        shown(prove1),
        ratio(ours1, prove1)
    );
    println!(
        "  codegen test -j 2 (process)                    : {} | pg_prove -j 2: {} | {}",
        ms(ours2),
        shown(prove2),
        ratio(ours2, prove2)
    );
    println!(
        "  codegen test, embedded (initdb + setup + suite): {}",
        ms(embedded)
    );
    println!(
        "  row: | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        suite.name,
        ms(setup),
        ms(ours1),
        shown(prove1),
        ratio(ours1, prove1),
        ms(ours2),
        shown(prove2),
        ratio(ours2, prove2),
        ms(embedded)
    );
    let summary: Vec<String> = verdicts
        .iter()
        .map(|(who, pass)| format!("{who}: {}", if *pass { "PASS" } else { "FAIL" }))
        .collect();
    println!("  results: {}", summary.join(", "));
}

/// pg_prove's `--dbname` for `url`: App::Prove reads `--pgtap-option
/// dbname=VALUE` and takes a VALUE holding another `=` for a hash (psql
/// then gets `HASH(0x…)`), so a URL with a query string (a Unix socket's
/// `?host=/dir`) has its `=` escaped as `\=`.
fn pg_prove_dbname(url: &str) -> String {
    url.replace('=', "\\=")
}

#[tokio::main]
async fn main() {
    // An embedded cluster of the bench's own, unless BENCH_DATABASE_URL.
    let own = match std::env::var("BENCH_DATABASE_URL") {
        Ok(_) => None,
        Err(_) => Some(codegen::db::Target::open(None).expect("an embedded cluster starts")),
    };
    let server = match &own {
        Some(target) => target.url().to_owned(),
        None => std::env::var("BENCH_DATABASE_URL").unwrap(),
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let pg_prove = on_path("pg_prove");
    match &pg_prove {
        Some(p) => {
            let v = Command::new(p).arg("--version").output().unwrap();
            let psql = Command::new("psql").arg("--version").output().unwrap();
            println!(
                "anchor: {}, {}",
                String::from_utf8_lossy(&v.stdout).trim(),
                String::from_utf8_lossy(&psql.stdout).trim()
            );
        }
        None => println!("anchor: pg_prove is not on PATH: not measured"),
    }
    let basejump = root.join("tests/pgtap/basejump/supabase");
    let suites = [
        Suite {
            name: "basejump (usebasejump/basejump@cfaeaa31)",
            migrations: basejump.join("migrations"),
            tests: basejump.join("tests"),
        },
        Suite {
            name: "platform (migrations/tests/)",
            migrations: root.join("migrations"),
            tests: root.join("migrations/tests"),
        },
    ];
    for suite in &suites {
        bench(&server, pg_prove.as_deref(), suite).await;
    }
}
