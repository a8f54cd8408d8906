//! The main job as a user runs it after every migration, on the platform's
//! migrations (embedded database, the built binary, whole processes):
//! without the cache (`--no-cache`, every migration applied to a fresh
//! cluster), with nothing changed since the last run, and with one new
//! migration since the last run (applied to the saved state). Medians of 7,
//! peak memory from GNU time. Then the main job on a database of 1,000
//! synthetic tables (`gen_schema.py`, DATABASE_URL): the first write into
//! an empty directory and an unchanged re-run over its own output, each
//! interleaved with `pg_dump -s` of the same database, printed as the
//! README's rows with pg_dump's version.
//!
//! `cargo bench -p codegen --bench mainjob` (`BENCH_MAINJOB=tables`: the
//! 1,000-table rows only).

mod common;

use common::{median, timed};
use std::path::Path;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_codegen");
const ROUNDS: usize = 7;

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() {
    if std::env::var("BENCH_MAINJOB").as_deref() != Ok("tables") {
        platform();
    }
    thousand_tables().await;
}

/// The main job on 1,000 tables against `pg_dump -s`: first write and
/// unchanged re-run, rounds interleaved; wall medians, peak RSS maxima.
async fn thousand_tables() {
    const TABLES: usize = 1000;
    let (_server, server) = common::server();
    let url = common::synthetic_db(&server, TABLES).await;
    let work = tempfile::tempdir().unwrap();
    std::fs::write(work.path().join("codegen.toml"), "schemas = [\"public\"]\n").unwrap();
    let version = std::process::Command::new("pg_dump")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let (mut first, mut again, mut dump) = (Vec::new(), Vec::new(), Vec::new());
    let (mut first_rss, mut again_rss, mut dump_rss) = (0, 0, 0);
    for round in 0..ROUNDS {
        let out = work.path().join(format!("gen{round}"));
        let out = out.to_str().unwrap();
        // Nothing but the database: no migrations, no queries, no config
        // of the workspace the bench runs in.
        let (none, config) = (work.path().join("none"), work.path().join("codegen.toml"));
        let (none, config) = (none.to_str().unwrap(), config.to_str().unwrap());
        let args = [
            "--database-url",
            url.as_str(),
            "--config",
            config,
            "--migrations",
            none,
            "--queries",
            none,
            "--out",
            out,
        ];
        let (d, r) = timed(BIN, &args);
        first.push(d);
        first_rss = first_rss.max(r);
        let (d, r) = timed(BIN, &args);
        again.push(d);
        again_rss = again_rss.max(r);
        let (d, r) = timed("pg_dump", &["-s", "-d", &url]);
        dump.push(d);
        dump_rss = dump_rss.max(r);
    }
    let (first, again, dump) = (median(first), median(again), median(dump));
    let mib = |kib: u64| kib as f64 / 1024.0;
    println!("main job, {TABLES} tables (DATABASE_URL), whole processes, {ROUNDS} interleaved rounds; anchor: {version}");
    println!("| | ours | `pg_dump -s` | wall | peak memory | goal |");
    println!("|---|---|---|---|---|---|");
    for (what, wall, rss) in [
        ("first write", first, first_rss),
        ("unchanged re-run", again, again_rss),
    ] {
        let ratio = rss as f64 / dump_rss as f64;
        println!(
            "| {what}, {TABLES} tables | {}, {:.1} MiB | {}, {:.1} MiB | {:.2}x | {ratio:.2}x | memory <= 1.0x: {} |",
            ms(wall),
            mib(rss),
            ms(dump),
            mib(dump_rss),
            wall.as_secs_f64() / dump.as_secs_f64(),
            if ratio <= 1.0 { "met" } else { "not met" }
        );
    }
}

/// The main job on the platform's migrations: no cache, nothing changed,
/// one new migration.
fn platform() {
    let platform = Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations");
    // A short path: the cached cluster's socket lives under the cache.
    let work = tempfile::Builder::new()
        .prefix("cgb")
        .tempdir_in("/tmp")
        .unwrap();
    let migrations = work.path().join("migrations");
    let out = work.path().join("gen");
    let copy = std::process::Command::new("cp")
        .arg("-r")
        .arg(&platform)
        .arg(&migrations)
        .status()
        .unwrap();
    assert!(copy.success());
    // The cache goes under this target directory, as cargo's would.
    let target = work.path().join("t");
    let args = |extra: &[&str]| -> Vec<String> {
        let mut v = vec![
            "--migrations".to_owned(),
            migrations.display().to_string(),
            "--out".to_owned(),
            out.display().to_string(),
        ];
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let run = |extra: &[&str]| -> (Duration, u64) {
        let a = args(extra);
        let refs: Vec<&str> = a.iter().map(String::as_str).collect();
        let mut cmd_args = vec![BIN];
        cmd_args.extend(refs);
        let env_args: Vec<String> = vec![format!("CARGO_TARGET_DIR={}", target.display())];
        let mut all: Vec<&str> = env_args.iter().map(String::as_str).collect();
        all.extend(cmd_args);
        timed("env", &all)
    };
    run(&[]); // warm: writes gen/ and the cache

    let (mut fresh, mut same, mut one) = (Vec::new(), Vec::new(), Vec::new());
    let (mut fresh_rss, mut same_rss, mut one_rss) = (0, 0, 0);
    for round in 0..ROUNDS {
        let (d, r) = run(&["--no-cache"]);
        fresh.push(d);
        fresh_rss = fresh_rss.max(r);
        run(&[]); // the cache holds the current state again
        let (d, r) = run(&[]);
        same.push(d);
        same_rss = same_rss.max(r);
        std::fs::write(
            migrations.join(format!("{:03}_bench_{round}.sql", 100 + round)),
            format!(
                "-- Migration: {:03}_bench_{round}\n-- Description: bench\n-- Author: bench\n-- Date: 2026-11-28\n\nCREATE TABLE IF NOT EXISTS public.bench_{round} (id bigint PRIMARY KEY, note text);\nALTER TABLE public.bench_{round} ENABLE ROW LEVEL SECURITY;\n\n-- Rollback:\n-- DROP TABLE IF EXISTS public.bench_{round};\n",
                100 + round
            ),
        )
        .unwrap();
        let (d, r) = run(&[]);
        one.push(d);
        one_rss = one_rss.max(r);
    }
    let (fresh, same, one) = (median(fresh), median(same), median(one));
    println!("main job on the platform migrations, whole processes, median of {ROUNDS}:");
    println!(
        "  --no-cache (fresh cluster, every migration) : {} (peak {} MiB)",
        ms(fresh),
        fresh_rss / 1024
    );
    println!(
        "  nothing changed                             : {} (peak {} MiB), {:.2}x of --no-cache (target <= 0.3 s)",
        ms(same),
        same_rss / 1024,
        same.as_secs_f64() / fresh.as_secs_f64()
    );
    println!(
        "  one new migration                           : {} (peak {} MiB), {:.2}x of --no-cache (target <= 0.6 s)",
        ms(one),
        one_rss / 1024,
        one.as_secs_f64() / fresh.as_secs_f64()
    );
}
