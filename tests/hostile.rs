//! The runner under hostile input: each case failed before its fix.

use codegen::migrate::Migrator;
use tests::*;

async fn one_row<T>(url: &str, sql: &str) -> T
where
    T: for<'r> sqlx::Decode<'r, sqlx::Postgres> + sqlx::Type<sqlx::Postgres> + Send + Unpin,
{
    let mut conn = codegen::db::connect(url).await.unwrap();
    let v: T = sqlx::query_scalar(sql).fetch_one(&mut conn).await.unwrap();
    v
}

/// A `SET search_path` in one file does not reach the next, nor
/// `functions/` or `seed.sql`: one `up` gives the schema two `up`s give.
#[tokio::test]
async fn session_state_does_not_leak_between_files() {
    let files = [
        (
            "001_other.sql",
            "CREATE SCHEMA IF NOT EXISTS other;\nSET search_path = other, public;\nSET ROLE authenticated;\nRESET ROLE;\n",
        ),
        ("002_t.sql", "CREATE TABLE t2 (id int);"),
        ("functions/f.sql", "CREATE OR REPLACE FUNCTION f_here() RETURNS int LANGUAGE sql AS 'SELECT 1';"),
    ];
    let dir = migrations_dir(&files);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    let schema: String = one_row(
        &db.url,
        "SELECT relnamespace::regnamespace::text FROM pg_class WHERE relname = 't2'",
    )
    .await;
    assert_eq!(schema, "public");
    let f: String = one_row(
        &db.url,
        "SELECT pronamespace::regnamespace::text FROM pg_proc WHERE proname = 'f_here'",
    )
    .await;
    assert_eq!(f, "public");

    // The same files in two runs: the same schema.
    let two = TestDb::new().await;
    let first = migrations_dir(&files[..1]);
    up(first.path(), &two.url).await.unwrap();
    up(dir.path(), &two.url).await.unwrap();
    let schema: String = one_row(
        &two.url,
        "SELECT relnamespace::regnamespace::text FROM pg_class WHERE relname = 't2'",
    )
    .await;
    assert_eq!(schema, "public");
}

/// A rollback block with a blank line runs whole.
#[tokio::test]
async fn a_rollback_block_with_a_blank_line_runs_whole() {
    let dir = migrations_dir(&[(
        "001_a.sql",
        "CREATE TABLE public.a (id int);\nCREATE TABLE public.b (id int);\n-- Rollback:\n-- DROP TABLE public.b;\n\n-- DROP TABLE public.a;\n",
    )]);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    let m = Migrator::open(dir.path()).unwrap();
    let mut conn = codegen::db::connect(&db.url).await.unwrap();
    m.down(&mut conn, &db.url, 1, &mut quiet()).await.unwrap();
    let left: i64 = one_row(
        &db.url,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
    )
    .await;
    assert_eq!(left, 0, "both tables dropped");
    assert!(history_versions(&mut conn).await.is_empty());
}

/// SQL after the rollback block makes it ambiguous: `down` refuses, and
/// nothing changes.
#[tokio::test]
async fn sql_after_the_rollback_block_is_refused_by_down() {
    let dir = migrations_dir(&[(
        "001_a.sql",
        "CREATE TABLE public.a (id int);\n-- Rollback:\n-- DROP TABLE public.a;\nCREATE TABLE public.b (id int);\n",
    )]);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    let m = Migrator::open(dir.path()).unwrap();
    let mut conn = codegen::db::connect(&db.url).await.unwrap();
    let before = fingerprint(&mut conn).await;
    let err = m
        .down(&mut conn, &db.url, 1, &mut quiet())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("001_a.sql:4:1: SQL follows the `-- Rollback:` block"),
        "{err}"
    );
    assert_eq!(before, fingerprint(&mut conn).await);
    assert_eq!(history_versions(&mut conn).await, vec!["001"]);
}

/// `-- codegen:no-transaction` holds for the rollback: DROP INDEX
/// CONCURRENTLY can be undone.
#[tokio::test]
async fn a_no_transaction_rollback_runs_outside_a_transaction() {
    let dir = migrations_dir(&[
        ("001_a.sql", "CREATE TABLE public.a (id int);"),
        (
            "002_i.sql",
            "-- codegen:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS a_id ON public.a (id);\n-- Rollback:\n-- DROP INDEX CONCURRENTLY IF EXISTS public.a_id;\n",
        ),
    ]);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    let m = Migrator::open(dir.path()).unwrap();
    let mut conn = codegen::db::connect(&db.url).await.unwrap();
    let done = m.down(&mut conn, &db.url, 1, &mut quiet()).await.unwrap();
    assert_eq!(done, vec!["002_i"]);
    let idx: i64 = one_row(
        &db.url,
        "SELECT count(*) FROM pg_indexes WHERE indexname = 'a_id'",
    )
    .await;
    assert_eq!(idx, 0);
    assert_eq!(history_versions(&mut conn).await, vec!["001"]);
}

/// An older file added after a newer one was applied is refused (nothing
/// applied); `include_all` applies it on purpose; `down` then undoes the
/// last applied file, not the highest version.
#[tokio::test]
async fn out_of_order_files_are_refused_unless_asked_and_down_undoes_the_last_applied() {
    let db = TestDb::new().await;
    let newer = "CREATE TABLE public.newer (id int);\n-- Rollback:\n-- DROP TABLE public.newer;\n";
    let older = "CREATE TABLE public.older (id int);\n-- Rollback:\n-- DROP TABLE public.older;\n";
    let dir = migrations_dir(&[("002_newer.sql", newer)]);
    up(dir.path(), &db.url).await.unwrap();
    std::fs::write(dir.path().join("001_older.sql"), older).unwrap();
    let err = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(
        err.contains("001_older.sql is older than the newest applied version 002"),
        "{err}"
    );
    let mut conn = codegen::db::connect(&db.url).await.unwrap();
    assert_eq!(history_versions(&mut conn).await, vec!["002"]);

    let mut m = Migrator::open(dir.path()).unwrap();
    m.include_all = true;
    let done = m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
    assert_eq!(done, vec!["001_older"]);
    let undone = m.down(&mut conn, &db.url, 1, &mut quiet()).await.unwrap();
    assert_eq!(
        undone,
        vec!["001_older"],
        "the last applied, not the highest version"
    );
    assert_eq!(history_versions(&mut conn).await, vec!["002"]);

    let out = std::process::Command::new(codegen_bin())
        .args(["--database-url", &db.url, "--migrations"])
        .arg(dir.path())
        .args(["migrate", "up"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let out = std::process::Command::new(codegen_bin())
        .args(["--database-url", &db.url, "--migrations"])
        .arg(dir.path())
        .args(["migrate", "up", "--include-all"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// SQL-standard function bodies apply as psql applies them.
#[tokio::test]
async fn begin_atomic_bodies_apply() {
    let sql = "BEGIN;\nCREATE OR REPLACE FUNCTION public.sign_of(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN x > 0 THEN 1 WHEN x < 0 THEN -1 ELSE 0 END;\nEND;\nCREATE TABLE public.after_fn (id int);\nCOMMIT;\n";
    let dir = migrations_dir(&[("001_fn.sql", sql)]);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    let v: i32 = one_row(&db.url, "SELECT public.sign_of(-5)").await;
    assert_eq!(v, -1);
    let t: i64 = one_row(
        &db.url,
        "SELECT count(*) FROM pg_tables WHERE tablename = 'after_fn'",
    )
    .await;
    assert_eq!(t, 1);
    // psql agrees on the same file.
    let psql_db = TestDb::new().await;
    psql_load(&psql_db.url, &[dir.path().join("001_fn.sql")]);
}
