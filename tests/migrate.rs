//! The migration runner against a real PostgreSQL.

use codegen::migrate::{Migrator, State};
use codegen::Error;
use sqlx::Connection;
use tests::*;

const A: &str = "-- Migration: 001_a\nCREATE TABLE public.a (id int PRIMARY KEY, note text);\n-- Rollback:\n-- DROP TABLE public.a;\n";
const B: &str = "-- Migration: 002_b\nBEGIN;\nCREATE TABLE public.b (id int PRIMARY KEY REFERENCES public.a);\nCREATE INDEX b_id ON public.b (id);\nCOMMIT;\n-- Rollback:\n-- DROP TABLE public.b;\n";
const C_BROKEN: &str = "-- Migration: 003_c\nCREATE TABLE public.c (id int);\nINSERT INTO public.c VALUES (1);\nUPDATE public.a\n   SET note = missing_col;\n";

async fn migrator(dir: &std::path::Path) -> Migrator {
    Migrator::open(dir).expect("migrations open")
}

#[tokio::test]
async fn up_status_down_reset_round_trip() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        ("001_a.sql", A),
        ("002_b.sql", B),
        (
            "seed.sql",
            "INSERT INTO public.a VALUES (1, 'seeded') ON CONFLICT DO NOTHING;",
        ),
    ]);
    let m = migrator(dir.path()).await;
    let mut conn = db.connect().await;

    let status = m.status(&mut conn, &db.url).await.unwrap();
    assert!(status.migrations.iter().all(|e| e.state == State::Pending));

    let applied = m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
    assert_eq!(applied, vec!["001_a", "002_b"]);
    assert_eq!(history_versions(&mut conn).await, vec!["001", "002"]);
    let status = m.status(&mut conn, &db.url).await.unwrap();
    assert!(status
        .migrations
        .iter()
        .all(|e| e.state == State::Applied && e.checksum.is_some()));
    assert!(status.table_sizes.iter().any(|t| t.table == "a"));

    // The Supabase CLI's columns hold the name and the statements.
    let (name, statements): (String, Vec<String>) = sqlx::query_as(
        "SELECT name, statements FROM supabase_migrations.schema_migrations WHERE version = '002'",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(name, "b");
    assert_eq!(
        statements.len(),
        2,
        "BEGIN/COMMIT are not recorded as statements: {statements:?}"
    );

    // A second up does nothing.
    assert!(m
        .up(&mut conn, &db.url, &mut quiet())
        .await
        .unwrap()
        .is_empty());

    let after_a = {
        let undone = m.down(&mut conn, &db.url, 1, &mut quiet()).await.unwrap();
        assert_eq!(undone, vec!["002_b"]);
        fingerprint(&mut conn).await
    };
    assert_eq!(history_versions(&mut conn).await, vec!["001"]);
    assert!(!after_a.iter().any(|l| l.contains("public.b ")));

    m.down(&mut conn, &db.url, 1, &mut quiet()).await.unwrap();
    assert!(history_versions(&mut conn).await.is_empty());
    let exists: bool = sqlx::query_scalar("SELECT to_regclass('public.a') IS NOT NULL")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert!(!exists);

    // reset (with drop) re-applies everything and loads the seed, twice.
    for _ in 0..2 {
        m.reset(&mut conn, &db.url, true, &mut quiet())
            .await
            .unwrap();
        assert_eq!(history_versions(&mut conn).await, vec!["001", "002"]);
        let seeded: i64 = sqlx::query_scalar("SELECT count(*) FROM public.a")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(seeded, 1);
    }
}

#[tokio::test]
async fn failure_in_the_third_file_leaves_schema_and_history_as_after_the_second() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[("001_a.sql", A), ("002_b.sql", B)]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    let before = fingerprint(&mut conn).await;

    std::fs::write(dir.path().join("003_c.sql"), C_BROKEN).unwrap();
    let err = up(dir.path(), &db.url).await.unwrap_err();
    match &err {
        Error::Sql(e) => {
            let codegen::error::SqlError {
                path,
                line,
                col,
                message,
                rolled_back,
                ..
            } = &**e;
            assert!(path.ends_with("003_c.sql"));
            assert_eq!((*line, *col), (5, 15), "position of `missing_col`: {err}");
            assert!(message.contains("missing_col"), "{message}");
            assert!(*rolled_back);
        }
        other => panic!("expected a SQL error, got {other}"),
    }
    let text = err.to_string();
    assert!(text.contains("003_c.sql:5:15"), "{text}");
    assert!(
        text.contains("nothing from this file was applied"),
        "{text}"
    );

    assert_same_catalog(
        &before,
        &fingerprint(&mut conn).await,
        "after a failed third file",
    );
    assert_eq!(history_versions(&mut conn).await, vec!["001", "002"]);
}

#[tokio::test]
async fn a_file_with_its_own_transaction_stays_atomic() {
    let db = TestDb::new().await;
    let failing = "BEGIN;\nCREATE TABLE public.t1 (id int);\nSELECT 1/0;\nCOMMIT;\n";
    let dir = migrations_dir(&[("001_wrapped.sql", failing)]);
    let err = up(dir.path(), &db.url).await.unwrap_err();
    assert!(err.to_string().contains("001_wrapped.sql:3:"), "{err}");
    let mut conn = db.connect().await;
    let exists: bool = sqlx::query_scalar("SELECT to_regclass('public.t1') IS NOT NULL")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert!(!exists, "the table of the failed file was kept");
    assert!(history_versions(&mut conn).await.is_empty());
}

#[tokio::test]
async fn eight_runners_at_once_apply_each_file_once() {
    let db = TestDb::new().await;
    let counted = |n: u32| {
        format!(
            "CREATE TABLE IF NOT EXISTS public.applied (n int);\nINSERT INTO public.applied VALUES ({n});\nSELECT pg_sleep(0.05);\n"
        )
    };
    let files: Vec<(String, String)> = (1..=4)
        .map(|n| (format!("00{n}_step{n}.sql"), counted(n)))
        .collect();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = migrations_dir(&refs);
    // Eight runners, each on its own connection, polled concurrently.
    let runners = (0..8).map(|_| up(dir.path(), &db.url));
    let mut total = 0;
    for r in futures::future::join_all(runners).await {
        total += r.expect("every runner succeeds").len();
    }
    assert_eq!(total, 4, "each migration applied by exactly one runner");
    let mut conn = db.connect().await;
    let rows: Vec<i32> = sqlx::query_scalar("SELECT n FROM public.applied ORDER BY n")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert_eq!(rows, vec![1, 2, 3, 4]);
}

#[tokio::test]
async fn concurrent_index_outside_a_transaction_does_not_deadlock_with_a_waiting_runner() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        ("001_t.sql", "CREATE TABLE public.t (id int, v text);\nINSERT INTO public.t SELECT g, g::text FROM generate_series(1, 1000) g;\n"),
        (
            "002_index.sql",
            "-- codegen:no-transaction\n-- codegen:lock-timeout 5s\nSELECT pg_sleep(0.3);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_v ON public.t (v);\n",
        ),
    ]);
    let first = up(dir.path(), &db.url);
    // The second runner starts once the first is inside 002 (its pg_sleep
    // is in pg_stat_activity), so it waits for the lock while the index is
    // built concurrently.
    let second = async {
        let mut watch = db.connect().await;
        loop {
            let inside: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(0.3)%' AND pid <> pg_backend_pid()",
            )
            .fetch_one(&mut watch)
            .await
            .unwrap();
            if inside > 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        watch.close().await.ok();
        up(dir.path(), &db.url).await
    };
    let both = tokio::time::timeout(std::time::Duration::from_secs(60), async {
        tokio::join!(first, second)
    })
    .await
    .expect("runners finished (no deadlock)");
    let applied = both.0.unwrap().len() + both.1.unwrap().len();
    assert_eq!(applied, 2);
    let mut conn = db.connect().await;
    let valid: bool = sqlx::query_scalar(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_v'::regclass",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert!(valid);
}

#[tokio::test]
async fn a_failed_concurrent_index_is_reported_as_invalid() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        ("001_t.sql", "CREATE TABLE public.t (v int);\nINSERT INTO public.t VALUES (1), (1);\n"),
        ("002_unique.sql", "-- codegen:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY t_v_key ON public.t (v);\n"),
    ]);
    let err = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(err.contains("002_unique.sql:2:1"), "{err}");
    assert!(
        err.contains("indexes left INVALID: public.t_v_key"),
        "{err}"
    );
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, vec!["001"]);
    let status = Migrator::open(dir.path())
        .unwrap()
        .status(&mut conn, &db.url)
        .await
        .unwrap();
    assert_eq!(status.invalid_indexes, vec!["public.t_v_key"]);
}

#[tokio::test]
async fn an_edited_applied_file_is_refused_until_repaired() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[("001_a.sql", A)]);
    up(dir.path(), &db.url).await.unwrap();
    std::fs::write(
        dir.path().join("001_a.sql"),
        A.replace("note text", "note varchar(10)"),
    )
    .unwrap();
    std::fs::write(dir.path().join("002_b.sql"), B).unwrap();

    let err = up(dir.path(), &db.url).await.unwrap_err();
    assert!(matches!(err, Error::ChecksumMismatch { .. }), "{err}");
    let text = err.to_string();
    assert!(
        text.contains("001_a") && text.contains("codegen migrate repair"),
        "{text}"
    );
    let mut conn = db.connect().await;
    assert_eq!(
        history_versions(&mut conn).await,
        vec!["001"],
        "nothing applied after a checksum error"
    );

    let m = Migrator::open(dir.path()).unwrap();
    let status = m.status(&mut conn, &db.url).await.unwrap();
    assert_eq!(status.migrations[0].state, State::Changed);
    let repaired = m
        .repair(&mut conn, &db.url, &[], &[], &mut quiet())
        .await
        .unwrap();
    assert_eq!(repaired, vec!["001_a checksum recorded"]);
    assert_eq!(up(dir.path(), &db.url).await.unwrap(), vec!["002_b"]);
}

#[tokio::test]
async fn repair_marks_versions_applied_and_reverted() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[("001_a.sql", A), ("002_b.sql", B)]);
    let m = Migrator::open(dir.path()).unwrap();
    let mut conn = db.connect().await;
    m.repair(&mut conn, &db.url, &["001".into()], &[], &mut quiet())
        .await
        .unwrap();
    assert_eq!(history_versions(&mut conn).await, vec!["001"]);
    m.repair(&mut conn, &db.url, &[], &["001".into()], &mut quiet())
        .await
        .unwrap();
    assert!(history_versions(&mut conn).await.is_empty());
    let err = m
        .repair(&mut conn, &db.url, &[], &["009".into()], &mut quiet())
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("version 009 is not in the migration history"),
        "{err}"
    );
}

#[tokio::test]
async fn a_recorded_version_without_its_file_is_refused() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[("001_a.sql", A), ("002_b.sql", B)]);
    up(dir.path(), &db.url).await.unwrap();
    std::fs::remove_file(dir.path().join("002_b.sql")).unwrap();
    let err = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(
        err.contains("migration 002 is recorded as applied but no file"),
        "{err}"
    );
}

#[tokio::test]
async fn down_without_a_rollback_block_changes_nothing() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        ("001_a.sql", A),
        ("002_plain.sql", "CREATE TABLE public.p (id int);\n"),
    ]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    let before = fingerprint(&mut conn).await;
    let m = Migrator::open(dir.path()).unwrap();
    let err = m
        .down(&mut conn, &db.url, 2, &mut quiet())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("002_plain.sql has no `-- Rollback:` block"),
        "{err}"
    );
    assert_same_catalog(
        &before,
        &fingerprint(&mut conn).await,
        "after a refused down",
    );
    assert_eq!(history_versions(&mut conn).await, vec!["001", "002"]);
}

#[tokio::test]
async fn bad_inputs_name_the_file_and_apply_nothing() {
    type Files<'a> = Vec<(&'a str, &'a [u8])>;
    let cases: Vec<(Files, &str)> = vec![
        (
            vec![("001_a.sql", A.as_bytes()), ("1_again.sql", b"select 1;")],
            "has version 1 like",
        ),
        (
            vec![("001_a.sql", A.as_bytes()), ("002_b.SQL", b"select 1;")],
            "002_b.SQL ends in an upper-case extension",
        ),
        (
            vec![
                ("001_a.sql", A.as_bytes()),
                ("002_latin1.sql", b"select 'caf\xe9';"),
            ],
            "002_latin1.sql is not valid UTF-8",
        ),
        (
            vec![
                ("001_a.sql", A.as_bytes()),
                ("002_x.sql", b"-- codegen:fast\nselect 1;"),
            ],
            "002_x.sql:1:1: unknown directive `codegen:fast`",
        ),
        (
            vec![
                ("001_a.sql", A.as_bytes()),
                ("002_x.sql", b"-- codegen:lock-timeout soon\nselect 1;"),
            ],
            "002_x.sql:1:1: `lock-timeout` needs a duration",
        ),
        (
            vec![
                ("001_a.sql", A.as_bytes()),
                (
                    "002_x.sql",
                    b"create table public.x();\nrollback;\ncreate table public.y();",
                ),
            ],
            "002_x.sql:2:1: a top-level ROLLBACK would undo the file's own work",
        ),
    ];
    for (files, expected) in cases {
        let db = TestDb::new().await;
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in &files {
            std::fs::write(dir.path().join(name), bytes).unwrap();
        }
        let err = up(dir.path(), &db.url)
            .await
            .expect_err(expected)
            .to_string();
        assert!(err.contains(expected), "expected `{expected}` in `{err}`");
        let mut conn = db.connect().await;
        let tables: i64 =
            sqlx::query_scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        assert_eq!(tables, 0, "nothing applied for `{expected}`");
    }
}

/// The Supabase CLI's naming: `<digits>_<anything>.sql` applies (hyphens
/// and all), other `.sql` names are skipped (and reported), a file with no
/// statement only records its version.
#[tokio::test]
async fn supabase_file_names_apply_and_other_names_are_skipped() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        (
            "20240414161707_basejump-setup.sql",
            "CREATE TABLE public.s (id int);",
        ),
        (
            "20240414162100_basejump-invitations.sql",
            "CREATE TABLE public.i (s int);",
        ),
        (
            "20240501000000_nothing yet.sql",
            "-- placeholder, no statement\n",
        ),
        ("local_seed.sql", "CREATE TABLE public.never ();"),
        ("initial.sql", "CREATE TABLE public.never2 ();"),
    ]);
    let m = Migrator::open(dir.path()).unwrap();
    let skipped: Vec<String> = m
        .skipped
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(skipped, vec!["initial.sql", "local_seed.sql"]);
    let applied = up(dir.path(), &db.url).await.unwrap();
    assert_eq!(
        applied,
        vec![
            "20240414161707_basejump-setup",
            "20240414162100_basejump-invitations",
            "20240501000000_nothing yet"
        ]
    );
    let mut conn = db.connect().await;
    assert_eq!(
        history_versions(&mut conn).await,
        vec!["20240414161707", "20240414162100", "20240501000000"]
    );
    let never: Option<String> = sqlx::query_scalar("SELECT to_regclass('public.never')::text")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(never, None, "a skipped file is not applied");

    let out = std::process::Command::new(codegen_bin())
        .args(["--database-url", &db.url, "--migrations"])
        .arg(dir.path())
        .args(["migrate", "status"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: skipping") && stderr.contains("local_seed.sql"),
        "{stderr}"
    );
}

#[tokio::test]
async fn migrations_run_in_numeric_order_with_hotfixes_last() {
    let db = TestDb::new().await;
    let log = |v: &str| {
        format!("CREATE TABLE IF NOT EXISTS public.log (n bigint GENERATED ALWAYS AS IDENTITY, v text);\nINSERT INTO public.log (v) VALUES ('{v}');\n")
    };
    let (l2, l10, lhot) = (log("2"), log("10"), log("hotfix"));
    let dir = migrations_dir(&[
        ("20250726_hotfix_user_index.sql", &lhot),
        ("010_ten.sql", &l10),
        ("002_two.sql", &l2),
    ]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    let order: Vec<String> = sqlx::query_scalar("SELECT v FROM public.log ORDER BY n")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert_eq!(order, vec!["2", "10", "hotfix"]);
}

#[tokio::test]
async fn functions_are_reapplied_after_the_migrations() {
    let db = TestDb::new().await;
    let f = |n: i32| {
        format!("CREATE OR REPLACE FUNCTION public.answer() RETURNS int LANGUAGE sql AS $$ SELECT {n} $$;")
    };
    let dir = migrations_dir(&[("001_a.sql", A), ("functions/answer.sql", &f(41))]);
    up(dir.path(), &db.url).await.unwrap();
    std::fs::write(dir.path().join("functions/answer.sql"), f(42)).unwrap();
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    let v: i32 = sqlx::query_scalar("SELECT public.answer()")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(v, 42);
}

#[tokio::test]
async fn the_shim_is_installed_once_and_leaves_existing_objects_alone() {
    let db = TestDb::new().await;
    let mut conn = db.connect().await;
    // A "real" Supabase auth.uid() of our own making must survive.
    sqlx::raw_sql(
        "CREATE SCHEMA auth; CREATE TABLE auth.users (id uuid PRIMARY KEY);
         CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql AS $$ SELECT '00000000-0000-0000-0000-000000000042'::uuid $$;",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    let dir = migrations_dir(&[("001_a.sql", A)]);
    up(dir.path(), &db.url).await.unwrap();
    let uid: String = sqlx::query_scalar("SELECT auth.uid()::text")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(uid, "00000000-0000-0000-0000-000000000042");
    let cols: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_attribute WHERE attrelid = 'auth.users'::regclass AND attnum > 0",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(cols, 1, "auth.users was left as it was");

    // On a plain database the shim reads the JWT claims as Supabase does.
    let plain = TestDb::new().await;
    up(dir.path(), &plain.url).await.unwrap();
    let mut conn = plain.connect().await;
    let mut tx = conn.begin().await.unwrap();
    sqlx::raw_sql("SET LOCAL ROLE authenticated; SELECT set_config('request.jwt.claims', '{\"sub\":\"00000000-0000-4000-8000-00000000000a\",\"role\":\"authenticated\"}', true)")
        .execute(&mut *tx)
        .await
        .unwrap();
    let (uid, role): (String, String) = sqlx::query_as("SELECT auth.uid()::text, auth.role()")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(uid, "00000000-0000-4000-8000-00000000000a");
    assert_eq!(role, "authenticated");
    tx.rollback().await.unwrap();
    let once = fingerprint(&mut conn).await;
    codegen::db::shim::ensure(&mut conn, &plain.url)
        .await
        .unwrap();
    sqlx::raw_sql(codegen::db::shim::SHIM_SQL)
        .execute(&mut conn)
        .await
        .unwrap();
    assert_same_catalog(
        &once,
        &fingerprint(&mut conn).await,
        "after installing the shim again",
    );
}

#[tokio::test]
async fn the_embedded_cluster_starts_and_is_removed() {
    let target = codegen::db::Target::open(None).expect("embedded PostgreSQL starts");
    let url = target.url().to_owned();
    let dir = url
        .split("host=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned();
    assert!(std::path::Path::new(&dir).join("data/PG_VERSION").is_file());
    let mut conn = target.connect().await.unwrap();
    let fsync: String = sqlx::query_scalar("SHOW fsync")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(fsync, "off");
    let applied = up(&platform_migrations(), &url).await.unwrap();
    assert_eq!(applied.len(), 8);
    conn.close().await.ok();
    drop(target);
    assert!(!std::path::Path::new(&dir).exists(), "{dir} removed");
}

/// `migrate up` of a history: on a terminal (forced here with
/// `CODEGEN_PROGRESS=1`) one status line, redrawn in place, with counts and
/// the current file; with stderr a pipe (CI) not one control character.
#[tokio::test]
async fn progress_is_one_line_on_a_terminal_and_nothing_in_a_log() {
    let files = [
        ("001_a.sql", "CREATE TABLE a (id int);"),
        ("002_b.sql", "CREATE TABLE b (id int);"),
        ("003_c.sql", "CREATE TABLE c (id int);"),
    ];
    let dbs = [
        TestDb::new().await,
        TestDb::new().await,
        TestDb::new().await,
    ];
    let run = |db: &TestDb, progress: Option<&str>| {
        let dir = migrations_dir(&files);
        let mut command = std::process::Command::new(codegen_bin());
        command
            .args(["--database-url", &db.url, "--migrations"])
            .arg(dir.path())
            .args(["migrate", "up"])
            .env_remove("CODEGEN_PROGRESS");
        if let Some(p) = progress {
            command.env("CODEGEN_PROGRESS", p);
        }
        let out = command.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };
    let shown = run(&dbs[0], Some("1"));
    for (i, (name, _)) in files.iter().enumerate() {
        let label = name.trim_end_matches(".sql");
        let status = format!("\r\x1b[2K[{i}/3] applying {label}\r\x1b[2Kapplied     {label} (");
        assert!(shown.contains(&status), "{status:?} in {shown:?}");
    }
    let log = run(&dbs[1], None);
    assert!(log.contains("applied     003_c"), "{log}");
    assert!(!log.contains(['\r', '\x1b']), "{log:?}");
    assert!(!run(&dbs[2], Some("0")).contains('\x1b'));
}

/// `codegen migrate status` as a user reads it, as a snapshot: applied,
/// changed (both checksums) and pending migrations, and table sizes. The
/// times and sizes are the machine's, so they are masked; the applied
/// versions are also checked against the history table itself.
#[tokio::test]
async fn migrate_status_output_snapshot() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        (
            "001_users.sql",
            "CREATE TABLE public.users (id int PRIMARY KEY, name text);\nINSERT INTO public.users VALUES (1, 'a');\n",
        ),
        ("002_posts.sql", "CREATE TABLE public.posts (id int PRIMARY KEY);\n"),
    ]);
    up(dir.path(), &db.url).await.unwrap();
    write(
        &dir.path().join("002_posts.sql"),
        "CREATE TABLE public.posts (id bigint PRIMARY KEY);\n",
    );
    write(
        &dir.path().join("003_tags.sql"),
        "CREATE TABLE public.tags (id int);\n",
    );
    let (ok, stdout, stderr) = cli(&db.url, dir.path(), &["migrate", "status"]);
    assert!(ok, "{stderr}");
    let mut conn = db.connect().await;
    let recorded = history_versions(&mut conn).await;
    assert_eq!(recorded, ["001", "002"]);
    let shown_applied: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(" UTC "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(shown_applied, recorded, "{stdout}");
    insta::assert_snapshot!(mask_status(&stdout));
}

/// `migrate status` with the applied-at times, durations and table sizes
/// replaced by placeholders.
fn mask_status(text: &str) -> String {
    let mut out = String::new();
    let mut in_sizes = false;
    for line in text.lines() {
        in_sizes |= line.starts_with("TABLE (public)");
        let masked = match line.find(" UTC ") {
            Some(utc) if utc >= 19 => {
                format!("{}YYYY-MM-DD hh:mm:ss UTC [time]", &line[..utc - 19])
            }
            _ if in_sizes && !line.starts_with("TABLE") && !line.is_empty() => {
                let name = line.split_whitespace().next().unwrap_or_default();
                format!("{name:<40} [size]")
            }
            _ => line.to_owned(),
        };
        out.push_str(masked.trim_end());
        out.push('\n');
    }
    out
}

/// A syntax error anywhere in a batch makes the server refuse the whole
/// batch before running any of it (the simple query protocol parses every
/// statement first), so its savepoint was never made. The error must still
/// be the statement's own, at its line (a real history: a column named
/// `case` in a baseline of 128 tables).
#[tokio::test]
async fn a_syntax_error_in_a_batch_names_its_statement() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[(
        "001_baseline.sql",
        "CREATE TABLE public.a (id int);\nCREATE TABLE public.b (\n  case boolean\n);\nCREATE TABLE public.c (id int);\n",
    )]);
    let err = up(dir.path(), &db.url).await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("001_baseline.sql:3:3: syntax error at or near \"case\""),
        "{text}"
    );
    assert!(!text.contains("savepoint"), "{text}");
    assert!(
        text.contains("nothing from this file was applied"),
        "{text}"
    );
    let mut conn = db.connect().await;
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('a', 'b', 'c')",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(tables, 0);
    assert!(history_versions(&mut conn).await.is_empty());
}

/// The same past the first batch (500 statements): the next batch's
/// savepoint is made at the end of the one before, and a syntax error in
/// the second batch still names its own line and leaves nothing applied.
#[tokio::test]
async fn a_syntax_error_in_a_later_batch_names_its_statement() {
    let db = TestDb::new().await;
    let mut sql = String::from("CREATE TABLE public.t (n int);\n");
    for n in 1..600 {
        if n == 550 {
            sql.push_str("INSERT INTO public.t VALUES (;\n");
        } else {
            sql.push_str(&format!("INSERT INTO public.t VALUES ({n});\n"));
        }
    }
    let dir = migrations_dir(&[("001_load.sql", &sql)]);
    let text = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(
        text.contains("001_load.sql:551:30: syntax error at or near \";\""),
        "{text}"
    );
    let mut conn = db.connect().await;
    let tables: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_tables WHERE tablename = 't'")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(tables, 0);
    assert!(history_versions(&mut conn).await.is_empty());
}
