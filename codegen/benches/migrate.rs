//! Runner benchmark: the platform migrations applied by the `codegen`
//! binary (`codegen migrate up`, one whole process) and by `psql -f` per
//! file (one process per file, as a shell loop would), on the same server
//! in the same run, plus the embedded cluster's start-to-ready time.
//!
//! `cargo bench -p codegen --bench migrate` (server: `BENCH_DATABASE_URL`,
//! default the local PostgreSQL on 127.0.0.1:5432). `BENCH_ONLY=history`
//! runs only the real-history comparison (migrate_history/mod.rs).

mod common;
mod migrate_history;

use codegen::migrate::Migrator;
use common::{drop_db, median, psql_file};
use std::path::Path;
use std::time::{Duration, Instant};

const ROUNDS: usize = 9;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// A fresh database with the Supabase shim in place, so both sides start equal.
async fn fresh_db(server: &str, name: &str) -> String {
    let url = common::fresh_db(server, name).await;
    let mut conn = codegen::db::connect(&url).await.unwrap();
    codegen::db::shim::ensure(&mut conn, &url).await.unwrap();
    codegen::db::close(conn).await;
    url
}

/// A data load: one file of 100,000 INSERTs (about 10 MB), applied by the
/// binary and by `psql -1 -f` (one transaction, as the runner uses), whole
/// processes, peak memory from `/usr/bin/time` when it is installed.
async fn data_load(server: &str) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("migrations")).unwrap();
    let table = dir.path().join("migrations/001_table.sql");
    std::fs::write(
        &table,
        "CREATE TABLE IF NOT EXISTS public.load (id int PRIMARY KEY, note text NOT NULL);\n",
    )
    .unwrap();
    let mut load = String::new();
    for i in 0..100_000 {
        load.push_str(&format!(
            "INSERT INTO public.load (id, note) VALUES ({i}, 'row {i} of a data load, padded to a typical width');\n"
        ));
    }
    let data = dir.path().join("migrations/002_load.sql");
    std::fs::write(&data, &load).unwrap();
    let timed = |program: &str, args: &[&str]| -> (Duration, String) {
        let time = Path::new("/usr/bin/time");
        let started = Instant::now();
        let out = if time.exists() {
            std::process::Command::new(time)
                .args(["-f", "%M"])
                .arg(program)
                .args(args)
                .output()
        } else {
            std::process::Command::new(program).args(args).output()
        }
        .unwrap();
        let took = started.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{program}: {stderr}");
        let peak = match stderr
            .lines()
            .last()
            .and_then(|l| l.trim().parse::<u64>().ok())
        {
            Some(kb) if time.exists() => format!("{:.0} MiB", kb as f64 / 1024.0),
            _ => "not measured".into(),
        };
        (took, peak)
    };
    let url = fresh_db(server, "codegen_bench_load").await;
    let migrations = dir.path().join("migrations");
    let ours = timed(
        env!("CARGO_BIN_EXE_codegen"),
        &[
            "--database-url",
            &url,
            "--migrations",
            migrations.to_str().unwrap(),
            "migrate",
            "up",
        ],
    );
    drop_db(server, "codegen_bench_load").await;
    let url = fresh_db(server, "codegen_bench_load").await;
    let psql = timed(
        "psql",
        &[
            "-q",
            "-X",
            "-v",
            "ON_ERROR_STOP=1",
            "-1",
            "-d",
            &url,
            "-f",
            table.to_str().unwrap(),
            "-f",
            data.to_str().unwrap(),
        ],
    );
    drop_db(server, "codegen_bench_load").await;
    println!(
        "data load ({:.1} MB, 100,000 INSERTs), one run each:",
        load.len() as f64 / 1e6
    );
    println!(
        "  codegen migrate up (process) : {} peak {}",
        ms(ours.0),
        ours.1
    );
    println!(
        "  psql -1 -f (process)         : {} peak {}",
        ms(psql.0),
        psql.1
    );
    println!(
        "  ratio                        : {:.2}x",
        ours.0.as_secs_f64() / psql.0.as_secs_f64()
    );
}

#[tokio::main]
async fn main() {
    let server = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    if std::env::var("BENCH_ONLY").as_deref() == Ok("history") {
        migrate_history::history(&server).await;
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations");
    let migrator = Migrator::open(&dir).unwrap();
    let mut files: Vec<_> = migrator
        .migrations
        .iter()
        .map(|m| m.file.path.clone())
        .collect();
    files.extend(migrator.functions.iter().map(|f| f.path.clone()));

    let (mut ours, mut psql) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let url = fresh_db(&server, "codegen_bench_runner").await;
        let started = Instant::now();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_codegen"))
            .args(["--database-url", &url, "--migrations"])
            .arg(&dir)
            .args(["migrate", "up"])
            .output()
            .unwrap();
        ours.push(started.elapsed());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        drop_db(&server, "codegen_bench_runner").await;

        let url = fresh_db(&server, "codegen_bench_psql").await;
        let started = Instant::now();
        for f in &files {
            psql_file(&url, f);
        }
        psql.push(started.elapsed());
        drop_db(&server, "codegen_bench_psql").await;
        if round == 0 {
            eprintln!("warm-up round done");
        }
    }
    let (ours, psql) = (median(ours), median(psql));
    println!(
        "platform migrations ({} files + {} function files), median of {ROUNDS}:",
        migrator.migrations.len(),
        migrator.functions.len()
    );
    println!("  codegen migrate up (process) : {}", ms(ours));
    println!("  psql -f per file (processes) : {}", ms(psql));
    println!(
        "  ratio                        : {:.2}x (target <= 1.2x)",
        ours.as_secs_f64() / psql.as_secs_f64()
    );

    data_load(&server).await;
    migrate_history::history(&server).await;

    let mut starts = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let target = codegen::db::Target::open(None).unwrap();
        let conn = target.connect().await.unwrap();
        starts.push(started.elapsed());
        codegen::db::close(conn).await;
        drop(target);
    }
    println!(
        "embedded cluster start-to-ready (initdb + start + connect), median of 5: {}",
        ms(median(starts))
    );
}
