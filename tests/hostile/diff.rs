//! Hostile cases: `codegen diff` and its proof on a scratch copy.
use tests::*;

/// Runs `codegen diff --from <from> --to <to>` in an empty migrations folder.
fn diff(from: &str, to: &str) -> (bool, String, String) {
    let dir = migrations_dir(&[]);
    let out = std::process::Command::new(codegen_bin())
        .args(["--migrations"])
        .arg(dir.path())
        .args(["diff", "--from", from, "--to", to])
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The server URL with `path` as its path and `query` as its query.
fn url_with(path: &str, query: Option<&str>) -> String {
    let mut u = url::Url::parse(&server_url()).unwrap();
    u.set_path(path);
    u.set_query(query);
    u.to_string()
}

/// The proof never runs on the --from database itself, whichever way its
/// URL names it: a `?dbname=` parameter that disagrees with the path used
/// to send the rollback (a re-added column) to the real database, whose
/// data became NULL.
#[tokio::test]
async fn the_proof_runs_on_a_copy_whatever_the_url_names() {
    let app = TestDb::new().await;
    exec(
        &app.url,
        "CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes VALUES (1, 'kept');",
    )
    .await;
    let changed = TestDb::new().await;
    exec(&changed.url, "CREATE TABLE notes (id int PRIMARY KEY);").await;
    let forms = [
        url_with("/postgres", Some(&format!("dbname={}", app.name))),
        url_with(
            "/template1",
            Some(&format!("sslmode=disable&dbname={}", app.name)),
        ),
        url_with(&format!("/{}", app.name), None),
    ];
    assert!(!forms.is_empty());
    for from in &forms {
        let (ok, stdout, stderr) = diff(from, &changed.url);
        assert!(ok, "{from}: {stderr}");
        assert!(
            stdout.contains("DROP COLUMN IF EXISTS body"),
            "{from}: {stdout}"
        );
        assert!(
            stderr.contains("proven on a scratch copy"),
            "{from}: {stderr}"
        );
        let body: Option<String> = {
            let mut conn = app.connect().await;
            sqlx::query_scalar("SELECT body FROM notes WHERE id = 1")
                .fetch_one(&mut conn)
                .await
                .unwrap()
        };
        assert_eq!(
            body.as_deref(),
            Some("kept"),
            "{from} changed the real data"
        );
    }
    // No scratch copy of this test's database is left behind (other tests
    // of this binary run their own diffs, with copies of their own, at once).
    let sample = codegen::diff::verify::copy_name(&app.name);
    let ours = &sample[..sample.find("_codegen_verify_").unwrap() + "_codegen_verify_".len()];
    let mut admin: sqlx::PgConnection = sqlx::Connection::connect(&server_url()).await.unwrap();
    let left: Vec<String> =
        sqlx::query_scalar("SELECT datname::text FROM pg_database WHERE starts_with(datname, $1)")
            .bind(ours)
            .fetch_all(&mut admin)
            .await
            .unwrap();
    assert!(left.is_empty(), "{left:?}");
}

/// The verifier itself refuses a URL that does not lead to its copy.
#[tokio::test]
async fn the_verifier_refuses_any_database_but_its_copy() {
    let app = TestDb::new().await;
    exec(&app.url, "CREATE TABLE t (id int);").await;
    let err = codegen::diff::verify::verify(
        &app.url,
        "app_codegen_verify_0",
        "BEGIN;\nDROP TABLE t;\nCOMMIT;\n",
        None,
        &[],
        &[],
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("instead of its scratch copy"), "{err}");
    let mut conn = app.connect().await;
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_class WHERE relname = 't'")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 1, "the table was dropped by a refused verifier");
}

/// Names that end a `--` comment (a line feed, a bare carriage return)
/// stay inside it: psql, applying the printed migration, deletes nothing,
/// and the rollback block reads back to the statement that re-adds the
/// column under its exact name.
#[tokio::test]
async fn names_with_line_breaks_stay_inside_comments() {
    for brk in ["\n", "\r", "\r\n"] {
        let column = format!("x{brk}DELETE FROM public.accounts; --");
        let quoted = format!("\"{column}\"");
        let setup = format!(
            "CREATE TABLE accounts (id int PRIMARY KEY, {quoted} text); \
             INSERT INTO accounts (id) VALUES (1), (2); \
             CREATE TABLE \"t{brk}DROP TABLE public.accounts; --\" (id int);"
        );
        let from = TestDb::new().await;
        exec(&from.url, &setup).await;
        let to = TestDb::new().await;
        exec(&to.url, "CREATE TABLE accounts (id int PRIMARY KEY);").await;
        let (ok, stdout, stderr) = diff(&from.url, &to.url);
        assert!(ok, "{brk:?}: {stderr}");
        assert!(stdout.contains("DANGER"), "{stdout}");
        assert!(!stderr.contains('\r'), "{stderr:?}");
        // The judge: psql applies the file to a copy of --from.
        let judge = TestDb::new().await;
        exec(&judge.url, &setup).await;
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &stdout).unwrap();
        psql_load(&judge.url, &[file.path().to_owned()]);
        let mut conn = judge.connect().await;
        let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM accounts")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(
            rows, 2,
            "{brk:?}: the migration ran SQL from a name:\n{stdout}"
        );
        // The rollback block, read back as `down` reads it, re-adds the
        // column with its exact name.
        let (back, trailing) = codegen::migrate::files::rollback_parts(&stdout).unwrap();
        assert_eq!(trailing, None);
        exec(&judge.url, &back).await;
        let names: Vec<String> = sqlx::query_scalar(
            "SELECT attname::text FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attnum > 0 AND NOT attisdropped",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap();
        assert!(names.contains(&column), "{brk:?}: {names:?}");
    }
}

/// A type whose name holds the DO block's dollar tag is created by the
/// diff all the same.
#[tokio::test]
async fn a_dollar_tag_in_a_name_does_not_end_the_do_block() {
    let from = TestDb::new().await;
    let to = TestDb::new().await;
    exec(
        &to.url,
        "CREATE TYPE \"odd$codegen$type\" AS ENUM ('a', 'b'); CREATE TABLE t (v \"odd$codegen$type\");",
    )
    .await;
    let (ok, stdout, stderr) = diff(&from.url, &to.url);
    assert!(ok, "{stderr}\n{stdout}");
    assert!(stderr.contains("proven on a scratch copy"), "{stderr}");
}

/// The replay that `check` compares with a plain PostgreSQL (the shim, no
/// stand-ins) has no day-one extensions either: its drift is only what the
/// database added, never Supabase's own extensions.
#[tokio::test]
async fn check_drift_on_a_plain_server_is_only_the_change() {
    let dir = migrations_dir(&[(
        "001_init.sql",
        "-- Migration: 001_init\n-- Description: notes\n-- Author: test\n-- Date: 2026-12-05\n\
         -- lint: allow(rls-disabled, prefer-bigint-over-int)\n\
         CREATE TABLE IF NOT EXISTS public.notes (id int PRIMARY KEY);\n\
         -- Rollback:\n-- DROP TABLE public.notes;\n",
    )]);
    let live = TestDb::new().await;
    up(dir.path(), &live.url).await.unwrap();
    exec(&live.url, "CREATE TABLE public.tags (id int PRIMARY KEY);").await;
    let out = tempfile::tempdir().unwrap();
    let (ok, stdout, stderr) = cli(
        &live.url,
        dir.path(),
        &["--out", out.path().to_str().unwrap(), "check"],
    );
    assert!(!ok, "the drift fails check");
    let drift: Vec<&str> = stdout
        .lines()
        .chain(stderr.lines())
        .filter(|l| l.starts_with("drift "))
        .collect();
    assert!(!drift.is_empty(), "{stdout}\n{stderr}");
    let foreign: Vec<&&str> = drift
        .iter()
        .filter(|l| !l.contains("public.tags"))
        .collect();
    assert!(foreign.is_empty(), "{foreign:#?}");
}
