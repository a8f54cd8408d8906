//! `[typescript]`: what writing `database.types.ts` beside the Rust costs
//! the main job, and postgres-meta's typegen (what `supabase gen types
//! typescript` runs) on the same database, same run. Synthetic schema of
//! 1,000 tables (`BENCH_TABLES` for another size), whole processes,
//! interleaved rounds, medians of 5, peak RSS from GNU time.
//!
//! postgres-meta is run when `POSTGRES_META_DIR` names a directory holding
//! `node_modules/@supabase/postgres-meta` and Node.js runs; otherwise its
//! row says "not measured".
//!
//! `POSTGRES_META_DIR=/path cargo bench -p codegen --bench typescript`

mod common;

use common::{median, timed};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_codegen");
const ROUNDS: usize = 5;

/// postgres-meta's server script, when installed and Node.js runs.
fn postgres_meta() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("POSTGRES_META_DIR")?);
    let server = dir.join("node_modules/@supabase/postgres-meta/dist/server/server.js");
    let node = Command::new("node").arg("--version").output().ok()?;
    (node.status.success() && server.is_file()).then_some(server)
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// The main job's arguments on `url` with `config`.
fn job(url: &str, config: &Path, work: &Path) -> Vec<String> {
    [
        "--database-url",
        url,
        "--config",
        &config.display().to_string(),
        "--out",
        &work.join("gen").display().to_string(),
        "--migrations",
        &work.join("no-migrations").display().to_string(),
        "--no-cache",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[tokio::main]
async fn main() {
    let tables: usize = std::env::var("BENCH_TABLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let (_server, server_url) = common::server();
    let url = common::synthetic_db(&server_url, tables).await;
    let work = tempfile::tempdir().unwrap();
    let ts = work.path().join("database.types.ts");
    let rust_only = work.path().join("rust.toml");
    let with_ts = work.path().join("ts.toml");
    std::fs::write(&rust_only, "schemas = [\"public\"]\n").unwrap();
    std::fs::write(
        &with_ts,
        format!(
            "schemas = [\"public\"]\n[typescript]\nout = {:?}\n",
            ts.display().to_string()
        ),
    )
    .unwrap();
    let rust_args = job(&url, &rust_only, work.path());
    let ts_args = job(&url, &with_ts, work.path());
    let meta = postgres_meta();
    let meta_args: Option<Vec<String>> = meta.as_ref().map(|server| {
        vec![
            "PG_META_GENERATE_TYPES=typescript".to_owned(),
            format!("PG_META_DB_URL={url}"),
            "PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS=public".to_owned(),
            "PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS=true".to_owned(),
            "node".to_owned(),
            server.display().to_string(),
        ]
    });
    let run = |program: &str, args: &[String]| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        timed(program, &refs)
    };
    // Warm-up: the binary, the catalog's pages, Node's module cache.
    run(BIN, &rust_args);
    run(BIN, &ts_args);
    // postgres-meta's text, to say whether ours equals it at this size.
    let same = meta_args.as_ref().map(|a| {
        let out = Command::new("env").args(a).output().expect("node runs");
        assert!(out.status.success(), "postgres-meta failed");
        out.stdout == std::fs::read(&ts).unwrap()
    });
    let (mut rust, mut both, mut pm) = (Vec::new(), Vec::new(), Vec::new());
    let (mut rust_rss, mut both_rss, mut pm_rss) = (0, 0, 0);
    for _ in 0..ROUNDS {
        let (d, r) = run(BIN, &rust_args);
        rust.push(d);
        rust_rss = rust_rss.max(r);
        let (d, r) = run(BIN, &ts_args);
        both.push(d);
        both_rss = both_rss.max(r);
        if let Some(a) = &meta_args {
            let (d, r) = run("env", a);
            pm.push(d);
            pm_rss = pm_rss.max(r);
        }
    }
    let lines = std::fs::read_to_string(&ts).unwrap().lines().count();
    let (rust, both) = (median(rust), median(both));
    println!(
        "{tables} tables, whole processes, interleaved, median of {ROUNDS} (database.types.ts: {lines} lines):"
    );
    println!(
        "  main job, Rust only                : {} (peak {} MiB)",
        ms(rust),
        rust_rss / 1024
    );
    println!(
        "  main job, Rust + database.types.ts : {} (peak {} MiB), {:.2}x of Rust only",
        ms(both),
        both_rss / 1024,
        both.as_secs_f64() / rust.as_secs_f64()
    );
    if let Some(same) = same {
        println!(
            "  database.types.ts {} postgres-meta's output",
            if same { "equals" } else { "differs from" }
        );
    }
    if pm.is_empty() {
        println!("  postgres-meta 0.99 typegen         : not measured (POSTGRES_META_DIR or node missing)");
    } else {
        let pm = median(pm);
        println!(
            "  postgres-meta 0.99 typegen         : {} (peak {} MiB); Rust + TypeScript takes {:.2}x its time, {:.2}x its memory",
            ms(pm),
            pm_rss / 1024,
            both.as_secs_f64() / pm.as_secs_f64(),
            both_rss as f64 / pm_rss.max(1) as f64
        );
    }
}
