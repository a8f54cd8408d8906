//! Typed SQL benchmark: the main job on the migrated platform schema
//! (`codegen --database-url … --out DIR`, whole process) with 105 queries
//! (the platform's 7 dashboard queries, 15 times under other names) and
//! with none, interleaved, medians of 9; the difference per query is what
//! preparing one costs (target ≤ 2 ms).
//!
//! `cargo bench -p codegen --bench queries`

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const ROUNDS: usize = 9;
const COPIES: usize = 15;

fn run(args: &[&str]) -> Duration {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(args)
        .output()
        .expect("codegen runs");
    let elapsed = started.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    elapsed
}

#[tokio::main]
async fn main() {
    let (_embedded, server) = common::server();
    let url = common::fresh_db(&server, "codegen_bench_queries").await;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let migrations = root.join("migrations");
    let m = migrations.to_str().unwrap();
    run(&["--database-url", &url, "--migrations", m, "migrate", "up"]);

    let source = std::fs::read_to_string(root.join("queries/dashboards.sql")).unwrap();
    let many = tempfile::tempdir().unwrap();
    let none = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for copy in 0..COPIES {
        text.push_str(&source.replace("-- name: ", &format!("-- name: C{copy}")));
    }
    std::fs::write(many.path().join("many.sql"), &text).unwrap();
    let count = text.matches("-- name: ").count();
    assert!(count > 0, "queries were written");
    let out = tempfile::tempdir().unwrap();
    let (o, q, e) = (
        out.path().to_str().unwrap(),
        many.path().to_str().unwrap(),
        none.path().to_str().unwrap(),
    );
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        with.push(run(&[
            "--database-url",
            &url,
            "--migrations",
            m,
            "--queries",
            q,
            "--out",
            o,
        ]));
        without.push(run(&[
            "--database-url",
            &url,
            "--migrations",
            m,
            "--queries",
            e,
            "--out",
            o,
        ]));
    }
    let (with, without) = (common::median(with), common::median(without));
    println!("main job on the platform schema, median of {ROUNDS} whole-process runs:");
    println!(
        "  with {count} queries : {:>8.1} ms",
        with.as_secs_f64() * 1e3
    );
    println!(
        "  with no query     : {:>8.1} ms",
        without.as_secs_f64() * 1e3
    );
    println!(
        "  per query         : {:>8.2} ms (target <= 2 ms)",
        (with.as_secs_f64() - without.as_secs_f64()) * 1e3 / count as f64
    );
    common::drop_db(&server, "codegen_bench_queries").await;
}
