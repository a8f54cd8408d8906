//! Introspection benchmark: `codegen introspect --json` against `pg_dump -s`
//! on the same synthetic schema (`../shared/bench/gen_schema.py N`), whole
//! processes, in the same run; medians, their ratio and peak memory.
//!
//! `cargo bench -p codegen --bench introspect` (server: `BENCH_DATABASE_URL`,
//! default an embedded throw-away cluster: loading 1,000 tables in one
//! transaction needs more than the default `max_locks_per_transaction`).

use sqlx::Connection;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 7;

/// Runs a command to /dev/null under GNU time; returns wall time and peak RSS (KiB).
fn timed(program: &str, args: &[&str]) -> (Duration, u64) {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .output()
        .expect("/usr/bin/time runs");
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} failed: {stderr}");
    let rss = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    (elapsed, rss)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// The server URL with another database name.
fn with_database(server: &str, name: &str) -> String {
    let mut url = url::Url::parse(server).unwrap();
    url.set_path(name);
    url.to_string()
}

#[tokio::main]
async fn main() {
    let embedded = match std::env::var("BENCH_DATABASE_URL") {
        Ok(_) => None,
        Err(_) => Some(codegen::db::Target::open(None).expect("embedded PostgreSQL starts")),
    };
    let server = match &embedded {
        Some(t) => t.url().to_owned(),
        None => std::env::var("BENCH_DATABASE_URL").unwrap(),
    };
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench/gen_schema.py");
    let codegen = env!("CARGO_BIN_EXE_codegen");
    for tables in [100, 1000] {
        let name = format!("codegen_bench_introspect_{tables}");
        let mut admin = sqlx::PgConnection::connect(&server)
            .await
            .expect("bench server reachable");
        for sql in [
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            format!("CREATE DATABASE {name}"),
        ] {
            sqlx::raw_sql(&sql).execute(&mut admin).await.unwrap();
        }
        let url = with_database(&server, &name);
        let sql = Command::new("python3")
            .arg(&generator)
            .arg(tables.to_string())
            .output()
            .expect("python3 runs");
        assert!(sql.status.success(), "gen_schema.py failed");
        let file = std::env::temp_dir().join(format!("{name}.sql"));
        std::fs::write(&file, &sql.stdout).unwrap();
        let load = Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &url, "-f"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            load.status.success(),
            "loading the schema failed: {}",
            String::from_utf8_lossy(&load.stderr)
        );
        let _ = std::fs::remove_file(&file);

        let (mut ours, mut dump, mut our_rss, mut dump_rss) = (Vec::new(), Vec::new(), 0, 0);
        for _ in 0..ROUNDS {
            let (d, rss) = timed(codegen, &["--database-url", &url, "introspect", "--json"]);
            ours.push(d);
            our_rss = our_rss.max(rss);
            let (d, rss) = timed("pg_dump", &["-s", "-d", &url]);
            dump.push(d);
            dump_rss = dump_rss.max(rss);
        }
        let (ours, dump) = (median(ours), median(dump));
        println!("{tables} tables, median of {ROUNDS} whole-process runs:");
        println!(
            "  codegen introspect --json : {:>8.1} ms, peak RSS {:>6} KiB",
            ours.as_secs_f64() * 1e3,
            our_rss
        );
        println!(
            "  pg_dump -s                : {:>8.1} ms, peak RSS {:>6} KiB",
            dump.as_secs_f64() * 1e3,
            dump_rss
        );
        println!(
            "  ratio                     : {:.2}x (target <= 0.5x at 1,000 tables)",
            ours.as_secs_f64() / dump.as_secs_f64()
        );
        sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut admin)
            .await
            .unwrap();
    }
}
