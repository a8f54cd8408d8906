//! Runner benchmark: the platform migrations applied by `codegen migrate up`
//! and by `psql -f` per file, on the same server in the same run, plus the
//! embedded cluster's start-to-ready time.
//!
//! `cargo bench -p codegen --bench migrate` (server: `BENCH_DATABASE_URL`,
//! default the local PostgreSQL on 127.0.0.1:5432).

use codegen::migrate::Migrator;
use sqlx::Connection;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const ROUNDS: usize = 9;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn fresh_db(server: &str, name: &str) -> String {
    let mut admin = sqlx::PgConnection::connect(server)
        .await
        .expect("bench server reachable");
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        sqlx::raw_sql(&sql).execute(&mut admin).await.unwrap();
    }
    let mut url = url::Url::parse(server).unwrap();
    url.set_path(name);
    let url = url.to_string();
    // Both sides start from a database with the Supabase shim in place.
    let mut conn = codegen::db::connect(&url).await.unwrap();
    codegen::db::shim::ensure(&mut conn, &url).await.unwrap();
    conn.close().await.ok();
    url
}

async fn drop_db(server: &str, name: &str) {
    let mut admin = sqlx::PgConnection::connect(server).await.unwrap();
    sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
}

#[tokio::main]
async fn main() {
    let server = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
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
        let mut conn = codegen::db::connect(&url).await.unwrap();
        migrator.up(&mut conn, &url, &mut |_| {}).await.unwrap();
        conn.close().await.ok();
        ours.push(started.elapsed());
        drop_db(&server, "codegen_bench_runner").await;

        let url = fresh_db(&server, "codegen_bench_psql").await;
        let started = Instant::now();
        for f in &files {
            let out = Command::new("psql")
                .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &url, "-f"])
                .arg(f)
                .output()
                .expect("psql runs");
            assert!(
                out.status.success(),
                "psql -f {}: {}",
                f.display(),
                String::from_utf8_lossy(&out.stderr)
            );
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
    println!("  codegen migrate up : {}", ms(ours));
    println!("  psql -f per file   : {}", ms(psql));
    println!(
        "  ratio              : {:.2}x (target <= 1.2x)",
        ours.as_secs_f64() / psql.as_secs_f64()
    );

    let mut starts = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let target = codegen::db::Target::open(None).unwrap();
        let conn = target.connect().await.unwrap();
        starts.push(started.elapsed());
        conn.close().await.ok();
        drop(target);
    }
    println!(
        "embedded cluster start-to-ready (initdb + start + connect), median of 5: {}",
        ms(median(starts))
    );
}
