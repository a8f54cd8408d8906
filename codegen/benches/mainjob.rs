//! The main job as a user runs it after every migration, on the platform's
//! migrations (embedded database, the built binary, whole processes):
//! without the cache (`--no-cache`, every migration applied to a fresh
//! cluster), with nothing changed since the last run, and with one new
//! migration since the last run (applied to the saved state). Medians of 7,
//! peak memory from GNU time.
//!
//! `cargo bench -p codegen --bench mainjob`

mod common;

use common::{median, timed};
use std::path::Path;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_codegen");
const ROUNDS: usize = 7;

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
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
