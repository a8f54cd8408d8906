//! `codegen diff` benchmark, two parts.
//!
//! 1. Fidelity: every history (the platform's migrations, the fixtures'
//!    subscription_payments, the test Supabase history, and any directory
//!    in `DIFF_HISTORIES`, colon-separated) is applied one file at a time,
//!    giving one database per state. For each consecutive pair A→B the
//!    `codegen diff` binary writes the migration (and proves it); then,
//!    independently of that proof, its output is applied by `psql` to a
//!    copy of A and the copy's fingerprint compared with B's. migra (when
//!    on PATH) gets the same pairs and the same judge.
//! 2. Speed: two 1,000-table databases (`gen_schema.py`, the second with
//!    changes), `codegen diff --no-verify` against `pg_dump -s` of one of
//!    them, whole processes, interleaved, medians of 7; it prints the
//!    benchmarks page's row (ratios of time and peak memory, pg_dump's
//!    version). `DIFF_SPEED_ONLY=1` skips part 1.
//!
//! `cargo bench -p codegen --bench diff` (server: `BENCH_DATABASE_URL`,
//! else an embedded one).

mod common;

use codegen::migrate::Migrator;
use common::{drop_db, fresh_db, median, timed, with_database};
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_codegen");

fn histories() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut dirs = vec![
        root.join("migrations"),
        root.join("tests/fixtures/subscription_payments"),
        root.join("tests/supabase"),
    ];
    if let Ok(more) = std::env::var("DIFF_HISTORIES") {
        dirs.extend(more.split(':').filter(|s| !s.is_empty()).map(PathBuf::from));
    }
    dirs.into_iter().filter(|d| d.is_dir()).collect()
}

/// One database per state of the history (after file 1, 2, …).
async fn states(server: &str, dir: &Path, tag: &str) -> Vec<String> {
    let all = Migrator::open(dir).expect("the history opens");
    let mut out = Vec::new();
    for i in 1..=all.migrations.len() {
        let files = tempfile::tempdir().unwrap();
        for m in &all.migrations[..i] {
            std::fs::copy(
                &m.file.path,
                files.path().join(m.file.path.file_name().unwrap()),
            )
            .unwrap();
        }
        let mut migrator = Migrator::open(files.path()).unwrap();
        migrator.stand_ins = true;
        let name = format!("codegen_diff_{tag}_{i}");
        let url = fresh_db(server, &name).await;
        let mut conn = codegen::db::connect(&url).await.unwrap();
        let applied = migrator.up(&mut conn, &url, &mut |_| ()).await;
        codegen::db::close(conn).await;
        if let Err(e) = applied {
            eprintln!(
                "{}: state {i} does not apply ({e}); stopping there",
                dir.display()
            );
            break;
        }
        out.push(url);
    }
    out
}

async fn fingerprint(url: &str) -> Vec<String> {
    let mut conn = codegen::db::connect(url).await.unwrap();
    let lines = codegen::catalog::fingerprint(&mut conn).await.unwrap();
    codegen::db::close(conn).await;
    lines
}

/// Applies `sql` with psql to a copy of `a` and compares it with `b`.
async fn reproduces(server: &str, a: &str, b: &str, sql: &str) -> bool {
    let a_name = db_name(a);
    let copy = "codegen_diff_judge";
    drop_db(server, copy).await;
    let mut admin = codegen::db::connect(server).await.unwrap();
    sqlx::raw_sql(&format!("CREATE DATABASE {copy} TEMPLATE {a_name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    // A template copy lacks the database's own settings (the shim's search_path).
    sqlx::raw_sql(&format!(
        "ALTER DATABASE {copy} SET search_path = \"$user\", public, extensions"
    ))
    .execute(&mut admin)
    .await
    .unwrap();
    codegen::db::close(admin).await;
    let copy_url = with_database(server, copy);
    let file = std::env::temp_dir().join("codegen_diff_judge.sql");
    std::fs::write(&file, sql).unwrap();
    let applied = Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &copy_url, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    let same = applied.status.success() && fingerprint(&copy_url).await == fingerprint(b).await;
    drop_db(server, copy).await;
    same
}

fn db_name(url: &str) -> String {
    url::Url::parse(url)
        .unwrap()
        .path()
        .trim_start_matches('/')
        .to_owned()
}

fn migra_available() -> bool {
    Command::new("migra")
        .arg("--help")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::main]
async fn main() {
    let (_keep, server) = common::server();
    let migra = migra_available() && std::env::var_os("DIFF_SPEED_ONLY").is_none();
    let (mut all, mut ours_ok, mut ours_proved, mut migra_ok) = (0, 0, 0, 0);
    let histories = if std::env::var_os("DIFF_SPEED_ONLY").is_some() {
        Vec::new()
    } else {
        histories()
    };
    for (h, dir) in histories.iter().enumerate() {
        let states = states(&server, dir, &h.to_string()).await;
        let (mut n, mut ok, mut proved, mut m_ok) = (0, 0, 0, 0);
        for pair in states.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            n += 1;
            let out = Command::new(BIN)
                .args(["diff", "--from", a, "--to", b])
                .output()
                .unwrap();
            if out.status.success() {
                proved += 1;
                if reproduces(&server, a, b, &String::from_utf8_lossy(&out.stdout)).await {
                    ok += 1;
                }
            } else {
                eprintln!(
                    "  {} → {}: {}",
                    db_name(a),
                    db_name(b),
                    String::from_utf8_lossy(&out.stderr).trim()
                );
            }
            if migra {
                let pg = |u: &str| u.replacen("postgres://", "postgresql://", 1);
                let m = Command::new("migra")
                    .args(["--unsafe", "--with-privileges", &pg(a), &pg(b)])
                    .output()
                    .unwrap();
                // migra exits 2 when it wrote statements, 0 when none.
                if matches!(m.status.code(), Some(0 | 2))
                    && reproduces(&server, a, b, &String::from_utf8_lossy(&m.stdout)).await
                {
                    m_ok += 1;
                } else if std::env::var_os("DIFF_VERBOSE").is_some() {
                    eprintln!(
                        "  migra {} → {}: {}",
                        db_name(a),
                        db_name(b),
                        String::from_utf8_lossy(&m.stderr).trim()
                    );
                }
            }
        }
        println!(
            "{}: {n} transitions; codegen diff proved {proved} and reproduced {ok} (psql, fingerprint); migra reproduced {}",
            dir.display(),
            if migra { m_ok.to_string() } else { "not measured".into() }
        );
        all += n;
        ours_ok += ok;
        ours_proved += proved;
        migra_ok += m_ok;
        for url in &states {
            drop_db(&server, &db_name(url)).await;
        }
    }
    let pct = |k: usize| {
        if all == 0 {
            0.0
        } else {
            100.0 * k as f64 / all as f64
        }
    };
    println!(
        "all: {all} transitions; codegen diff {ours_ok} reproduced ({:.0} %), {ours_proved} proved forward and back; migra {}",
        pct(ours_ok),
        if migra { format!("{migra_ok} ({:.0} %)", pct(migra_ok)) } else { "not measured (pip install migra psycopg2-binary \"sqlalchemy<2\")".into() }
    );

    if std::env::var_os("DIFF_NO_SPEED").is_some() {
        println!("speed: not measured (DIFF_NO_SPEED is set)");
        return;
    }
    // Speed: two 1,000-table databases.
    let a = common::synthetic_db(&server, 1000).await;
    let a_name = db_name(&a);
    drop_db(&server, "codegen_diff_speed_b").await;
    let mut admin = codegen::db::connect(&server).await.unwrap();
    sqlx::raw_sql(&format!(
        "CREATE DATABASE codegen_diff_speed_b TEMPLATE {a_name}"
    ))
    .execute(&mut admin)
    .await
    .unwrap();
    codegen::db::close(admin).await;
    let b = with_database(&server, "codegen_diff_speed_b");
    let mut conn = codegen::db::connect(&b).await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1 LIMIT 20",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert!(!tables.is_empty(), "the synthetic schema has tables");
    for t in &tables {
        sqlx::raw_sql(&format!(
            "ALTER TABLE {t} ADD COLUMN bench_note text DEFAULT 'x'"
        ))
        .execute(&mut conn)
        .await
        .unwrap();
    }
    codegen::db::close(conn).await;
    // Interleaved, whole processes: ours, then pg_dump, ROUNDS times.
    const ROUNDS: usize = 7;
    let diff_args = ["diff", "--no-verify", "--from", &a, "--to", &b];
    let (mut ours, mut dump) = ((Vec::new(), 0), (Vec::new(), 0));
    for _ in 0..ROUNDS {
        let (w, r) = timed(BIN, &diff_args);
        ours.0.push(w);
        ours.1 = ours.1.max(r);
        let (w, r) = timed("pg_dump", &["-s", &a]);
        dump.0.push(w);
        dump.1 = dump.1.max(r);
    }
    let (ours_ms, dump_ms) = (
        median(ours.0).as_secs_f64() * 1e3,
        median(dump.0).as_secs_f64() * 1e3,
    );
    let version = Command::new("pg_dump")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let ratio = ours_ms / dump_ms;
    let memory = ours.1 as f64 / dump.1 as f64;
    println!(
        "two 1,000-table databases, 20 columns apart, medians of {ROUNDS}, interleaved (whole processes):"
    );
    println!(
        "| `codegen diff --no-verify` | `pg_dump -s` of one ({version}) | time | peak memory |"
    );
    println!("|---|---|---|---|");
    println!(
        "| {ours_ms:.0} ms, {} MiB | {dump_ms:.0} ms, {} MiB | {ratio:.2}× ({}) | {memory:.2}× ({}) |",
        ours.1 / 1024,
        dump.1 / 1024,
        if ratio <= 1.0 { "goal ≤ 1.0× met" } else { "goal ≤ 1.0× not met" },
        if memory <= 1.0 { "goal ≤ 1.0× met" } else { "goal ≤ 1.0× not met" },
    );
    drop_db(&server, "codegen_diff_speed_b").await;
}
