//! Hostile cases: SQL text read by the lexer (rollback markers, query
//! annotations, byte order marks), never by scanning lines.
use codegen::migrate::Migrator;
use tests::*;

async fn tables(url: &str) -> Vec<String> {
    let mut conn = codegen::db::connect(url).await.unwrap();
    sqlx::query_scalar(
        "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap()
}

/// Up, then `down 1`, on one file: the tables left.
async fn up_down(sql: &str) -> Result<Vec<String>, String> {
    let dir = migrations_dir(&[("001_a.sql", sql)]);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    let m = Migrator::open(dir.path()).unwrap();
    let mut conn = codegen::db::connect(&db.url).await.unwrap();
    m.down(&mut conn, &db.url, 1, &mut quiet())
        .await
        .map_err(|e| e.to_string())?;
    Ok(tables(&db.url).await)
}

/// A `-- Rollback:` inside a string literal is data: `down` runs the real
/// block after it.
#[tokio::test]
async fn a_rollback_marker_in_a_string_is_not_the_block() {
    let left = up_down(
        "CREATE TABLE public.a (id int);\nCREATE TABLE public.b (note text);\n\
         INSERT INTO public.b VALUES ('\n-- Rollback:\n-- DROP TABLE public.a;\n');\n\
         -- Rollback:\n-- DROP TABLE public.b;\n-- DROP TABLE public.a;\n",
    )
    .await
    .unwrap();
    assert!(left.is_empty(), "{left:?}");
}

/// A `-- Rollback:` comment in a plpgsql body belongs to the body: `down`
/// and `lint` accept the file and run its real block.
#[tokio::test]
async fn a_rollback_marker_in_a_function_body_is_not_the_block() {
    let sql = "-- Migration: 001_a\n-- Description: d\n-- Author: a\n-- Date: 2026-01-01\n\
         CREATE TABLE public.a (id int);\n\
         CREATE FUNCTION public.f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  -- Rollback: nothing here\n  PERFORM 1;\nEND\n$$;\n\
         -- Rollback:\n-- DROP FUNCTION public.f();\n-- DROP TABLE public.a;\n";
    assert_eq!(up_down(sql).await.unwrap(), Vec::<String>::new());
    let dir = migrations_dir(&[("001_a.sql", sql)]);
    let db = TestDb::new().await;
    let (_, stdout, stderr) = cli(&db.url, dir.path(), &["lint"]);
    assert!(!stdout.contains("rollback"), "{stdout}\n{stderr}");
}

/// A UTF-8 byte order mark at the start of a migration applies, as psql
/// applies it.
#[tokio::test]
async fn a_byte_order_mark_is_not_sql() {
    let dir = migrations_dir(&[("001_a.sql", "\u{feff}CREATE TABLE public.a (id int);\n")]);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    assert_eq!(tables(&db.url).await, vec!["a"]);
}

/// A trailing `--` comment, `-- name:` inside a body, a string or a block
/// comment, a byte order mark, and two names for one Rust function.
#[test]
fn query_annotations_are_found_by_the_lexer() {
    let dir = std::path::Path::new("queries");
    let path = dir.join("q.sql");
    let text = "\u{feff}-- name: CountA :one\nSELECT count(*) AS n FROM pg_class -- trailing\n\
                -- name: Body :exec\nDO $$\nBEGIN\n-- name: Inner :one\nPERFORM 1;\nEND\n$$;\n\
                -- name: Lit :one\nSELECT '\n-- name: InString :one\n' AS s;\n\
                -- name: Block :one\nSELECT 1 AS one /*\n-- name: InComment :one\n*/;\n";
    let text = text.strip_prefix('\u{feff}').unwrap();
    let qs = codegen::queries::parse(text, &path, dir).unwrap();
    let names: Vec<&str> = qs.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(names, ["CountA", "Body", "Lit", "Block"]);
    assert_eq!(qs[0].sql, "SELECT count(*) AS n FROM pg_class");
    assert!(qs[1].sql.contains("-- name: Inner"), "{}", qs[1].sql);
}

/// `GetUser` and `get_user` would both be `pub fn get_user`: refused.
#[test]
fn two_names_for_one_function_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.sql"),
        "-- name: GetUser :one\nSELECT 1 AS x;\n-- name: get_user :one\nSELECT 2 AS x;\n",
    )
    .unwrap();
    let err = codegen::queries::read_dir(dir.path())
        .unwrap_err()
        .to_string();
    assert!(err.contains("a.sql:3:1"), "{err}");
    assert!(err.contains("get_user"), "{err}");
}

/// A query with a trailing comment runs (the wrapped SQL is not cut off)
/// through the main job's generated helper's SQL: prepared by the server.
#[tokio::test]
async fn a_trailing_comment_does_not_swallow_the_wrapping_sql() {
    let db = TestDb::new().await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("migrations")).unwrap();
    std::fs::write(
        dir.path().join("migrations/001_t.sql"),
        "CREATE TABLE public.t (id int PRIMARY KEY, name text);\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("queries")).unwrap();
    std::fs::write(
        dir.path().join("queries/q.sql"),
        "-- name: NameOf :one\nSELECT name FROM public.t WHERE id = @id -- by id\n",
    )
    .unwrap();
    let qs = codegen::queries::read_dir(&dir.path().join("queries")).unwrap();
    assert_eq!(qs.len(), 1);
    assert!(!qs[0].sql.contains("--"), "{}", qs[0].sql);
    exec(
        &db.url,
        "CREATE TABLE public.t (id int PRIMARY KEY, name text);",
    )
    .await;
    // The judge: the server prepares the query wrapped as the generator wraps it.
    let wrapped = format!("WITH q AS ({}) SELECT name FROM q", qs[0].sql);
    let mut conn = codegen::db::connect(&db.url).await.unwrap();
    sqlx::query(&wrapped)
        .bind(1)
        .fetch_optional(&mut conn)
        .await
        .unwrap();
}

/// A `-- codegen:` line inside a function body is the body's comment, not a
/// directive of the file: the file applies (an unknown directive at the
/// top level is still refused).
#[tokio::test]
async fn a_directive_inside_a_function_body_is_sql() {
    let body = "CREATE FUNCTION public.f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  -- codegen:fast\n  RETURN 1;\nEND\n$$;\nCREATE TABLE public.a (id int);\n";
    let dir = migrations_dir(&[("001_a.sql", body)]);
    let db = TestDb::new().await;
    up(dir.path(), &db.url).await.unwrap();
    assert_eq!(tables(&db.url).await, vec!["a".to_owned()]);
    let top = migrations_dir(&[(
        "001_a.sql",
        "-- codegen:fast\nCREATE TABLE public.a (id int);\n",
    )]);
    let db = TestDb::new().await;
    let err = up(top.path(), &db.url).await.unwrap_err().to_string();
    assert!(err.contains("unknown directive `codegen:fast`"), "{err}");
}
