//! Typed SQL benchmark on the synthetic schema (`gen_schema.py`, 1,000
//! tables; `BENCH_TABLES` for another size): the main job (`codegen
//! --database-url … --out DIR --no-cache`, whole process) with 100 queries
//! and with none, interleaved, medians; the difference per query is what
//! preparing one costs (target ≤ 1.5 ms). Two query sets: 100 join/count
//! queries over foreign keys, and 100 `SELECT * FROM <table> WHERE id =
//! @id`. The floor beside each: `psql` describing the same queries with
//! `\gdesc` (types only, no nullability), timed the same way against a
//! `psql` with no query.
//!
//! `cargo bench -p codegen --bench queries`

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

const ROUNDS: usize = 7;
const QUERIES: usize = 100;

/// The main job's arguments, with the queries of `queries`.
fn job(url: &str, work: &Path, queries: &Path) -> Vec<String> {
    let config = work.join("codegen.toml");
    [
        "--database-url",
        url,
        "--config",
        &config.display().to_string(),
        "--out",
        &work.join("gen").display().to_string(),
        "--migrations",
        &work.join("no-migrations").display().to_string(),
        "--queries",
        &queries.display().to_string(),
        "--no-cache",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// 100 queries joining a table to the parent of its first foreign key,
/// or counting its rows per parent; and 100 `SELECT *` by id.
fn query_sets(url: &str) -> (String, String) {
    let out = Command::new("psql")
        .args(["-X", "-At", "-F", " ", "-d", url, "-c"])
        .arg(format!(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text
               FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
              WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
              ORDER BY 1, c.conname LIMIT {QUERIES}"
        ))
        .output()
        .expect("psql runs");
    let fks = String::from_utf8(out.stdout).unwrap();
    let mut joins = String::new();
    for (i, line) in fks.lines().enumerate() {
        let [child, column, parent] = line.split(' ').collect::<Vec<_>>()[..] else {
            panic!("a foreign key: {line}");
        };
        joins.push_str(&if i % 2 == 0 {
            format!("-- name: Join{i} :many\nSELECT c.id, c.created_at, p.id AS parent_id, p.created_at AS parent_created_at FROM {child} c JOIN {parent} p ON p.id = c.{column} WHERE c.id = @id;\n\n")
        } else {
            format!("-- name: Count{i} :many\nSELECT p.id, count(c.id) AS children FROM {parent} p LEFT JOIN {child} c ON c.{column} = p.id GROUP BY p.id;\n\n")
        });
    }
    let out = Command::new("psql")
        .args(["-X", "-At", "-d", url, "-c"])
        .arg(format!("SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname LIMIT {QUERIES}"))
        .output()
        .expect("psql runs");
    let stars: String = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .enumerate()
        .map(|(i, t)| format!("-- name: Star{i} :one\nSELECT * FROM {t} WHERE id = @id;\n\n"))
        .collect();
    assert_eq!(joins.matches("-- name:").count(), QUERIES, "join queries");
    assert_eq!(
        stars.matches("-- name:").count(),
        QUERIES,
        "SELECT * queries"
    );
    (joins, stars)
}

/// The same queries for `psql`: `$1` for `@id`, each ended by `\gdesc`.
fn gdesc(queries: &str) -> String {
    queries
        .split("-- name:")
        .filter_map(|q| q.split_once('\n'))
        .map(|(_, sql)| {
            let sql = sql.trim().trim_end_matches(';').replace("@id", "$1");
            format!("{sql} \\gdesc\n")
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
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
    let w = work.path();
    std::fs::write(w.join("codegen.toml"), "schemas = [\"public\"]\n").unwrap();
    let (joins, stars) = query_sets(&url);
    for (dir, text) in [
        ("joins", &joins),
        ("stars", &stars),
        ("none", &String::new()),
    ] {
        std::fs::create_dir_all(w.join(dir)).unwrap();
        if !text.is_empty() {
            std::fs::write(w.join(dir).join("q.sql"), text).unwrap();
        }
    }
    std::fs::write(w.join("joins.psql"), gdesc(&joins)).unwrap();
    std::fs::write(w.join("stars.psql"), gdesc(&stars)).unwrap();
    std::fs::write(w.join("none.psql"), "").unwrap();
    let bin = env!("CARGO_BIN_EXE_codegen");
    let args: Vec<Vec<String>> = ["joins", "stars", "none"]
        .iter()
        .map(|d| job(&url, w, &w.join(d)))
        .collect();
    let psql = |file: &str| {
        let f = w.join(file).display().to_string();
        let a = [
            "-X",
            "-q",
            "-o",
            "/dev/null",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            &url,
            "-f",
            &f,
        ];
        common::timed("psql", &a).0
    };
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); 6];
    for _ in 0..ROUNDS {
        for (k, a) in args.iter().enumerate() {
            let refs: Vec<&str> = a.iter().map(String::as_str).collect();
            times[k].push(common::timed(bin, &refs).0);
        }
        for (k, f) in ["joins.psql", "stars.psql", "none.psql"].iter().enumerate() {
            times[3 + k].push(psql(f));
        }
    }
    let m: Vec<Duration> = times.into_iter().map(common::median).collect();
    let per = |with: Duration, without: Duration| (ms(with) - ms(without)) / QUERIES as f64;
    println!("typed SQL at {tables} tables, medians of {ROUNDS} whole-process runs, interleaved:");
    println!(
        "  main job: no query {:.0} ms; psql -f with no query {:.0} ms",
        ms(m[2]),
        ms(m[5])
    );
    println!("| {QUERIES} queries, {tables} tables | ours per query | psql `\\gdesc` per query | ratio | target |");
    println!("|---|---|---|---|---|");
    for (label, ours, theirs) in [
        ("join/count", per(m[0], m[2]), per(m[3], m[5])),
        ("`SELECT *` by id", per(m[1], m[2]), per(m[4], m[5])),
    ] {
        println!(
            "| {label} | {ours:.2} ms | {theirs:.2} ms | {:.2}× | ≤ 1.5 ms{} |",
            ours / theirs,
            if ours <= 1.5 { "" } else { " (not met)" }
        );
    }
    common::drop_db(&server_url, &format!("codegen_bench_{tables}")).await;
}
