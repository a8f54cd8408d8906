//! Helpers shared by the benches: a server (embedded unless
//! `BENCH_DATABASE_URL` is set), the synthetic schema, timed processes.
// Each bench compiles this module on its own and uses a part of it.
#![allow(dead_code)]

use sqlx::Connection;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The server to bench on; keep the value alive while benching.
pub fn server() -> (Option<codegen::db::Target>, String) {
    match std::env::var("BENCH_DATABASE_URL") {
        Ok(url) => (None, url),
        Err(_) => {
            let t = codegen::db::Target::open(None).expect("embedded PostgreSQL starts");
            let url = t.url().to_owned();
            (Some(t), url)
        }
    }
}

/// The server URL with another database name.
pub fn with_database(server: &str, name: &str) -> String {
    codegen::diff::verify::with_database(server, name).unwrap()
}

/// An empty database `name` on `server` (dropped first if it exists); returns its URL.
pub async fn fresh_db(server: &str, name: &str) -> String {
    let mut admin = sqlx::PgConnection::connect(server)
        .await
        .expect("bench server reachable");
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        sqlx::raw_sql(&sql).execute(&mut admin).await.unwrap();
    }
    with_database(server, name)
}

/// Drops database `name` on `server`.
pub async fn drop_db(server: &str, name: &str) {
    let mut admin = sqlx::PgConnection::connect(server)
        .await
        .expect("bench server reachable");
    sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
}

/// Runs `psql -f file` on `url`, stopping at the first error.
pub fn psql_file(url: &str, file: &Path) {
    let out = Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f"])
        .arg(file)
        .output()
        .expect("psql runs");
    assert!(
        out.status.success(),
        "psql -f {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A fresh database holding `gen_schema.py tables`; returns its URL.
pub async fn synthetic_db(server: &str, tables: usize) -> String {
    let generator = std::env::var_os("BENCH_GEN_SCHEMA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench/gen_schema.py")
        });
    if !generator.is_file() {
        // The team's generator lives beside the repository, not in it. A
        // panic, not exit(): unwinding stops the embedded server.
        panic!(
            "{tables} tables: not measured: the synthetic schema generator is not at {} (put shared/ beside the repository or set BENCH_GEN_SCHEMA)",
            generator.display()
        );
    }
    let name = format!("codegen_bench_{tables}");
    let url = fresh_db(server, &name).await;
    let sql = Command::new("python3")
        .arg(&generator)
        .arg(tables.to_string())
        .output()
        .expect("python3 runs");
    assert!(sql.status.success(), "gen_schema.py failed");
    let file = std::env::temp_dir().join(format!("{name}.sql"));
    std::fs::write(&file, &sql.stdout).unwrap();
    psql_file(&url, &file);
    let _ = std::fs::remove_file(&file);
    url
}

/// Runs a command to /dev/null under GNU time; returns wall time and peak RSS (KiB).
pub fn timed(program: &str, args: &[&str]) -> (Duration, u64) {
    let (wall, rss, _) = timed_cpu(program, args);
    (wall, rss)
}

/// [`timed`], with the CPU time (user + system, seconds) too.
pub fn timed_cpu(program: &str, args: &[&str]) -> (Duration, u64, f64) {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%U %S %M"])
        .arg(program)
        .args(args)
        .stdout(Stdio::null())
        .output()
        .expect("/usr/bin/time runs");
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} failed: {stderr}");
    let last: Vec<f64> = stderr
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(last.len(), 3, "GNU time's line: {stderr}");
    (elapsed, last[2] as u64, last[0] + last[1])
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `program args` `rounds` times: median wall time and peak RSS.
pub fn measure(rounds: usize, program: &str, args: &[&str]) -> (Duration, u64) {
    let (wall, rss, _) = repeat(rounds, || timed_cpu(program, args));
    (wall, rss)
}

/// Runs `once` (a [`timed_cpu`] measurement) `rounds` times: median wall
/// time, peak RSS (KiB) and median CPU seconds.
pub fn repeat(
    rounds: usize,
    mut once: impl FnMut() -> (Duration, u64, f64),
) -> (Duration, u64, f64) {
    let (mut wall, mut cpu, mut rss) = (Vec::new(), Vec::new(), 0);
    for _ in 0..rounds {
        let (w, r, c) = once();
        wall.push(w);
        cpu.push(c);
        rss = rss.max(r);
    }
    cpu.sort_by(f64::total_cmp);
    (median(wall), rss, cpu[rounds / 2])
}
