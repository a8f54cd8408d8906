//! The runner under hostile input: each case failed before its fix.

use codegen::migrate::Migrator;
use tests::*;

mod alone;
mod cache;
mod cli;
mod diff;
mod lexer;
mod runner;
mod tls;

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

fn with_param(url: &str, param: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{param}")
}

/// `sslmode=require` connects over TLS (rustls is compiled in); a server
/// without TLS is a clear error, never a silent plain-text connection.
#[tokio::test]
async fn sslmode_require_uses_tls() {
    let db = TestDb::new().await;
    let ssl_on: String = one_row(&db.url, "SHOW ssl").await;
    let url = with_param(&db.url, "sslmode=require");
    match codegen::db::connect(&url).await {
        Ok(mut conn) => {
            assert_eq!(ssl_on, "on");
            let tls: bool =
                sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                    .fetch_one(&mut conn)
                    .await
                    .unwrap();
            assert!(tls, "the connection is encrypted");
        }
        Err(e) => {
            assert_eq!(ssl_on, "off", "TLS failed on a server that has it: {e}");
            assert!(!e.to_string().contains("built without TLS"), "{e}");
        }
    }
}

/// Passwords never reach the output, in any form of URL; other databases
/// and unknown parameters are refused in one sentence.
#[test]
fn urls_are_refused_or_redacted_in_every_form() {
    for (url, expected) in [
        ("mysql://root:hunter2@127.0.0.1/db", "is a `mysql://` URL"),
        (
            "postgres://postgres:hunter2@127.0.0.1/postgres?sslmod=require",
            "has the parameter `sslmod`",
        ),
        (
            "host=127.0.0.1 user=postgres password=hunter2",
            "is not a URL",
        ),
        ("postgres://u:hunter2@ss:w/rd#x?@127.0.0.1/db", "%23"),
        (
            "postgres://postgres@127.0.0.1:1/postgres?password=hunter2",
            "127.0.0.1:1",
        ),
    ] {
        let out = std::process::Command::new(codegen_bin())
            .args(["--database-url", url, "migrate", "status"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(!out.status.success(), "{url}");
        assert!(stderr.contains(expected), "{url}: {stderr}");
        assert!(
            !stderr.contains("hunter2") && !stdout.contains("hunter2"),
            "{url}: {stderr}"
        );
        assert!(!stderr.contains("ss:w/rd"), "{url}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "one sentence: {stderr}");
    }
}

/// `codegen migrate status | head -1` exits quietly when the reader goes.
#[tokio::test]
async fn a_closed_pipe_is_a_quiet_exit() {
    let many: Vec<(String, String)> = (1..=300)
        .map(|n| {
            (
                format!("{n:03}_t.sql"),
                format!("CREATE TABLE public.t{n} (id int);"),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = many.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let dir = migrations_dir(&refs);
    let db = TestDb::new().await;
    let script = format!(
        "'{}' --database-url '{}' --migrations '{}' migrate status | head -1; exit ${{PIPESTATUS[0]}}",
        codegen_bin().display(),
        db.url,
        dir.path().display()
    );
    let out = std::process::Command::new("bash")
        .args(["-c", &script])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

/// A `no-transaction` file that fails at statement 2 of 3: the message says
/// what is committed, `status` shows it, and `up` resumes at statement 2
/// once it is fixed (statement 1 is not run again).
#[tokio::test]
async fn a_failed_no_transaction_file_is_shown_and_resumed() {
    let db = TestDb::new().await;
    let file = |second: &str| {
        format!("-- codegen:no-transaction\nCREATE TABLE public.n1 (id int);\n{second}\nCREATE INDEX CONCURRENTLY IF NOT EXISTS n1_id ON public.n1 (id);\n")
    };
    let dir = migrations_dir(&[(
        "001_n.sql",
        &file("INSERT INTO public.n1 VALUES (missing);"),
    )]);
    let (ok, _, stderr) = cli(&db.url, dir.path(), &["migrate", "up"]);
    assert!(!ok);
    assert!(stderr.contains("001_n.sql:3:"), "{stderr}");
    assert!(
        stderr.contains("statements 1 to 1 of 3 are committed; fix statement 2"),
        "{stderr}"
    );
    assert!(!stderr.contains("rolled back"), "{stderr}");
    let (ok, stdout, _) = cli(&db.url, dir.path(), &["migrate", "status"]);
    assert!(ok);
    assert!(stdout.contains("FAILED"), "{stdout}");
    assert!(
        stdout.contains("failed at statement 2 of 3 (1 committed)"),
        "{stdout}"
    );
    let (_, json, _) = cli(&db.url, dir.path(), &["migrate", "status", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["migrations"][0]["state"], "failed");
    assert_eq!(json["migrations"][0]["partial"]["done"], 1);

    std::fs::write(
        dir.path().join("001_n.sql"),
        file("INSERT INTO public.n1 VALUES (1);"),
    )
    .unwrap();
    let (ok, _, stderr) = cli(&db.url, dir.path(), &["migrate", "up"]);
    assert!(
        ok,
        "resumes at statement 2 (CREATE TABLE is not run again): {stderr}"
    );
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, vec!["001"]);
    let rows: i64 = one_row(&db.url, "SELECT count(*) FROM public.n1").await;
    assert_eq!(rows, 1);
    let (_, stdout, _) = cli(&db.url, dir.path(), &["migrate", "status"]);
    assert!(
        stdout.contains("applied") && !stdout.contains("FAILED"),
        "{stdout}"
    );

    // Statement 1 edited after it ran: refused, never run blind.
    let db2 = TestDb::new().await;
    let dir2 = migrations_dir(&[(
        "001_n.sql",
        &file("INSERT INTO public.n1 VALUES (missing);"),
    )]);
    assert!(!cli(&db2.url, dir2.path(), &["migrate", "up"]).0);
    std::fs::write(
        dir2.path().join("001_n.sql"),
        file("INSERT INTO public.n1 VALUES (1);").replace("n1 (id int)", "n1 (id bigint)"),
    )
    .unwrap();
    let (ok, _, stderr) = cli(&db2.url, dir2.path(), &["migrate", "up"]);
    assert!(!ok);
    assert!(
        stderr.contains(
            "had statements 1 to 1 committed by an earlier run, and they have changed since"
        ),
        "{stderr}"
    );
}

/// SIGTERM stops the embedded cluster and removes its directory, as Ctrl-C
/// does, and says what was running.
#[test]
fn sigterm_cleans_up_the_embedded_cluster() {
    let dir = migrations_dir(&[(
        "001_slow.sql",
        "CREATE TABLE public.s (id int);\nSELECT pg_sleep(30);\n",
    )]);
    // A temp directory of its own: other runs' clusters come and go in the
    // shared one.
    let tmp = tempfile::tempdir().unwrap();
    let tmp = tmp.path();
    let child = std::process::Command::new(codegen_bin())
        .args(["--migrations"])
        .arg(dir.path())
        .args(["migrate", "up"])
        .env_remove("DATABASE_URL")
        .env("TMPDIR", tmp)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait (bounded) until the file is running on the server: its
    // pg_sleep is in pg_stat_activity (asked on the cluster's socket).
    let running = || {
        cluster_dirs(tmp).iter().any(|c| {
            std::process::Command::new("psql")
                .args(["-X", "-At", "-h"])
                .arg(c)
                .args([
                    "-U",
                    "postgres",
                    "-d",
                    "postgres",
                    "-c",
                    "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()",
                ])
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "1")
        })
    };
    assert!(wait_until(running), "the file runs on the embedded cluster");
    sigterm(&child);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("interrupted during 001_slow: it ran in one transaction"),
        "{stderr}"
    );
    assert_eq!(
        cluster_dirs(tmp),
        Vec::<std::path::PathBuf>::new(),
        "the cluster's directory is removed"
    );
}

/// A session committed inside an outer transaction gives the outer one its
/// own role back: it never goes on as `service_role` (RLS bypassed).
#[tokio::test]
async fn a_nested_session_restores_the_outer_role() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[("001_a.sql", "CREATE TABLE public.a (id int);")]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    let mut outer = sqlx::Connection::begin(&mut conn).await.unwrap();
    let who = |sql: &'static str| sqlx::query_scalar::<_, String>(sql);
    let before = who("SELECT current_user::text")
        .fetch_one(&mut *outer)
        .await
        .unwrap();
    let mut s = runtime::Session::as_service_role(&mut outer).await.unwrap();
    let inside = who("SELECT current_user::text")
        .fetch_one(&mut *s)
        .await
        .unwrap();
    assert_eq!(inside, "service_role");
    s.commit().await.unwrap();
    let after = who("SELECT current_user::text")
        .fetch_one(&mut *outer)
        .await
        .unwrap();
    assert_eq!(after, before, "the outer transaction is itself again");
    let claims = who("SELECT coalesce(current_setting('request.jwt.claims', true), '')")
        .fetch_one(&mut *outer)
        .await
        .unwrap();
    assert_eq!(claims, "");
    outer.rollback().await.unwrap();
}

/// A file name that is not UTF-8 is refused, naming it, before anything runs.
#[tokio::test]
async fn a_non_utf8_file_name_is_refused() {
    use std::os::unix::ffi::OsStrExt;
    let dir = migrations_dir(&[("001_a.sql", "CREATE TABLE public.a (id int);")]);
    let name = std::ffi::OsStr::from_bytes(b"002_caf\xe9.sql");
    std::fs::write(dir.path().join(name), "CREATE TABLE public.b (id int);").unwrap();
    let db = TestDb::new().await;
    let err = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(err.contains("has a name that is not UTF-8"), "{err}");
    let mut conn = db.connect().await;
    assert!(
        history_versions(&mut conn).await.is_empty(),
        "nothing applied"
    );
}

/// From a directory outside the workspace: `--out` writes a crate whose
/// `runtime` path exists, and with a DATABASE_URL no `migrations/` is
/// needed (reading an existing database, as `prisma db pull` does).
#[tokio::test]
async fn the_main_job_works_from_any_directory_on_an_existing_database() {
    let db = TestDb::new().await;
    exec(
        &db.url,
        "CREATE TABLE public.things (id bigint PRIMARY KEY, name text NOT NULL);",
    )
    .await;
    let elsewhere = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(codegen_bin())
        .args(["--database-url", &db.url, "--out", "db"])
        .current_dir(elsewhere.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let toml = std::fs::read_to_string(elsewhere.path().join("db/Cargo.toml")).unwrap();
    let runtime = toml
        .lines()
        .find(|l| l.starts_with("runtime = { package = \"pgtypegen-runtime\""))
        .and_then(|l| l.split("path = \"").nth(1))
        .and_then(|l| l.split('"').next())
        .expect("a runtime path");
    assert!(
        std::path::Path::new(runtime).join("Cargo.toml").is_file(),
        "{runtime} is the runtime crate"
    );
    assert!(elsewhere.path().join("db/src/public/things.rs").is_file());
}

/// A data load runs in batches (one round trip per batch), yet a failing
/// statement in the middle of a batch is named by its own line, nothing of
/// the file stays, and a file over the stored-text limit keeps its history
/// row without a second copy of its text.
#[tokio::test]
async fn a_big_data_file_applies_in_batches_and_names_the_failing_line() {
    let rows = 20_000;
    let mut load = String::from("-- a data load\n");
    for i in 0..rows {
        load.push_str(&format!(
            "INSERT INTO public.big (id, note) VALUES ({i}, 'row {i} of a load that is bigger than a mebibyte in all');\n"
        ));
    }
    assert!(load.len() > codegen::migrate::history::STORED_STATEMENTS_MAX);
    let table = "CREATE TABLE IF NOT EXISTS public.big (id int PRIMARY KEY, note text NOT NULL);\n";
    let db = TestDb::new().await;

    // Statement 12,346 (line 12,347) repeats a key: the error names it.
    let bad = load.replacen("VALUES (12345,", "VALUES (12344,", 1);
    let dir = migrations_dir(&[("001_big.sql", table), ("002_load.sql", &bad)]);
    let (ok, _, stderr) = cli(&db.url, dir.path(), &["migrate", "up"]);
    assert!(!ok);
    assert!(stderr.contains("002_load.sql:12347:"), "{stderr}");
    assert!(stderr.contains("duplicate key"), "{stderr}");
    let loaded: i64 = one_row(&db.url, "SELECT count(*) FROM public.big").await;
    assert_eq!(loaded, 0, "nothing of the failed file stays");
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, vec!["001"]);

    std::fs::write(dir.path().join("002_load.sql"), &load).unwrap();
    let (ok, _, stderr) = cli(&db.url, dir.path(), &["migrate", "up"]);
    assert!(ok, "{stderr}");
    let loaded: i64 = one_row(&db.url, "SELECT count(*) FROM public.big").await;
    assert_eq!(loaded, rows);
    let stored: Vec<(String, bool)> = sqlx::query_as(
        "SELECT version, statements IS NULL FROM supabase_migrations.schema_migrations ORDER BY version",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(
        stored,
        vec![("001".to_owned(), false), ("002".to_owned(), true)]
    );
}
