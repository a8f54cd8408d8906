//! Hostile cases: runner. Statements that change the session's or the
//! transaction's state: each case failed before its fix.
use super::one_row;
use std::time::Duration;
use tests::*;

/// `up` within 60 s (a run that waits on the server forever is a failure).
async fn up_in_time(dir: &std::path::Path, url: &str) -> codegen::Result<Vec<String>> {
    tokio::time::timeout(Duration::from_secs(60), up(dir, url))
        .await
        .expect("codegen migrate up finishes (no hang)")
}

/// A database with the shim and the history in place (an `up` of no file),
/// so a failed run's catalog compares with it.
async fn ready_db() -> TestDb {
    let db = TestDb::new().await;
    up(migrations_dir(&[]).path(), &db.url).await.unwrap();
    db
}

/// Rolls back what a run left prepared on `db` (so the database can be
/// dropped) and says how many there were.
async fn rollback_prepared(db: &TestDb) -> usize {
    let mut conn = db.connect().await;
    let gids: Vec<String> =
        sqlx::query_scalar("SELECT gid FROM pg_prepared_xacts WHERE database = current_database()")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    for gid in &gids {
        sqlx::raw_sql(&format!("ROLLBACK PREPARED '{gid}'"))
            .execute(&mut conn)
            .await
            .unwrap();
    }
    gids.len()
}

/// Item 12: `PREPARE TRANSACTION` would hand half the file to a prepared
/// transaction; it is refused before anything runs, naming file:line:col,
/// and nothing is left prepared, applied or recorded.
#[tokio::test]
async fn prepare_transaction_is_refused_and_nothing_is_left_prepared() {
    let db = TestDb::new().await;
    let gid = format!("{}_x", db.name);
    for (name, sql) in [
        (
            "001_a.sql",
            format!("CREATE TABLE public.a (id int);\n  PREPARE TRANSACTION '{gid}';\nCREATE TABLE public.b (id int);\n"),
        ),
        (
            "001_a.sql",
            format!("BEGIN;\nCREATE TABLE public.a (id int);\n/* c */ PREPARE\n TRANSACTION '{gid}';\nCOMMIT;\n"),
        ),
        ("001_a.sql", format!("CREATE TABLE public.a (id int);\nCOMMIT PREPARED '{gid}';\n")),
    ] {
        let dir = migrations_dir(&[(name, &sql)]);
        let mut conn = db.connect().await;
        let before = fingerprint(&mut conn).await;
        let err = up_in_time(dir.path(), &db.url).await.unwrap_err().to_string();
        let left = rollback_prepared(&db).await;
        assert_eq!(left, 0, "a prepared transaction was left: {err}");
        assert!(err.contains("001_a.sql:"), "{err}");
        assert!(err.contains("two-phase commit"), "{err}");
        assert!(!err.contains(":1:1:"), "{err}");
        assert_same_catalog(&before, &fingerprint(&mut conn).await, "refused PREPARE TRANSACTION");
        assert!(history_versions(&mut conn).await.is_empty());
    }
}

/// Item 13: pg_dump's `COPY … FROM stdin;` with its data up to `\.` loads
/// as psql loads it, in a transactional file and in a no-transaction file
/// (which used to hang); bad data names its file:line, and nothing stays.
#[tokio::test]
async fn copy_from_stdin_loads_inline_data() {
    let dir = migrations_dir(&[
        (
            "001_t.sql",
            "CREATE TABLE public.t (id int, note text);\n\
             COPY public.t (id, note) FROM stdin;\n\
             1\thello; 'world\n\
             2\t\\N\n\
             \\.\n\
             SELECT 'after the data';\n",
        ),
        (
            "002_u.sql",
            "-- codegen:no-transaction\n\
             COPY public.t (id, note) FROM stdin WITH (FORMAT csv);\n\
             3,\"a;b\"\n\
             \\.\n\
             CREATE INDEX CONCURRENTLY t_id ON public.t (id);\n",
        ),
    ]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
    let rows: String = one_row(
        &db.url,
        "SELECT string_agg(id || '=' || coalesce(note, 'NULL'), ',' ORDER BY id) FROM public.t",
    )
    .await;
    assert_eq!(rows, "1=hello; 'world,2=NULL,3=a;b");
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, ["001", "002"]);

    // Bad data: the error names the data's line; nothing of the file stays.
    let bad = migrations_dir(&[(
        "001_t.sql",
        "CREATE TABLE public.v (id int);\nCOPY public.v FROM stdin;\n1\nx\n\\.\n",
    )]);
    let db = ready_db().await;
    let mut conn = db.connect().await;
    let before = fingerprint(&mut conn).await;
    let err = up_in_time(bad.path(), &db.url)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("001_t.sql:4:"), "{err}");
    assert!(err.contains("invalid input syntax"), "{err}");
    assert_same_catalog(&before, &fingerprint(&mut conn).await, "failed COPY");

    // Data with no end marker, in a no-transaction file: an error, no hang.
    let open = migrations_dir(&[(
        "001_t.sql",
        "-- codegen:no-transaction\nCREATE TABLE public.w (id int);\nCOPY public.w FROM stdin;\n1\n",
    )]);
    let db = TestDb::new().await;
    let err = up_in_time(open.path(), &db.url)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("001_t.sql:3:1"), "{err}");
}

/// Item 14: temp tables, prepared statements, cursors WITH HOLD, LISTEN,
/// advisory locks and settings of one file do not reach the next file.
#[tokio::test]
async fn each_file_starts_from_a_clean_session() {
    let dir = migrations_dir(&[
        (
            "001_a.sql",
            "CREATE TEMP TABLE t (id int);\n\
             PREPARE p AS SELECT 1;\n\
             DECLARE c CURSOR WITH HOLD FOR SELECT 1;\n\
             LISTEN ch;\n\
             SELECT pg_advisory_lock(42);\n\
             SET work_mem = '1MB';\n",
        ),
        (
            "002_b.sql",
            "CREATE TABLE public.t (id int);\n\
             INSERT INTO t VALUES (1);\n\
             PREPARE p AS SELECT 2;\n\
             DECLARE c CURSOR WITH HOLD FOR SELECT 2;\n\
             DO $$ BEGIN\n\
               IF EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objid = 42) THEN\n\
                 RAISE EXCEPTION 'advisory lock 42 leaked';\n\
               END IF;\n\
               IF 'ch' = ANY (SELECT pg_listening_channels()) THEN RAISE EXCEPTION 'LISTEN leaked'; END IF;\n\
               IF current_setting('work_mem') = '1MB' THEN RAISE EXCEPTION 'work_mem leaked'; END IF;\n\
             END $$;\n",
        ),
    ]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
    let n: i64 = one_row(&db.url, "SELECT count(*) FROM public.t").await;
    assert_eq!(n, 1, "the INSERT of 002 went to 001's temp table");

    // The runner's own lock is still held across files: a second runner
    // started during the first waits (the lock is free again afterwards).
    let mut conn = db.connect().await;
    let free: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(codegen::migrate::runner::LOCK_KEY)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert!(free, "the runner's lock is released after up");
}

/// The runner's lock survives a file that releases every advisory lock of
/// the session, and the file's own locks do not outlive it.
#[tokio::test]
async fn a_file_cannot_release_the_runners_lock() {
    let dir = migrations_dir(&[
        ("001_a.sql", "SELECT pg_advisory_unlock_all();\nSELECT pg_advisory_lock(7);\n"),
        (
            "002_b.sql",
            "DO $$ BEGIN\n\
               IF NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objsubid = 1 AND classid = 1668244581 AND objid = 1734700544) THEN\n\
                 RAISE EXCEPTION 'the runner lost its lock';\n\
               END IF;\n\
               IF EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objid = 7) THEN\n\
                 RAISE EXCEPTION 'lock 7 leaked';\n\
               END IF;\n\
             END $$;\n",
        ),
    ]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
}

/// Item 19: a file that ends as another role (`SET ROLE anon`, `SET
/// SESSION AUTHORIZATION`) is recorded by the runner's role.
#[tokio::test]
async fn history_is_written_by_the_runners_role() {
    let dir = migrations_dir(&[
        (
            "001_a.sql",
            "CREATE TABLE public.a (id int);\nSET ROLE anon;\n",
        ),
        (
            "002_b.sql",
            "CREATE TABLE public.b (id int);\nSET SESSION AUTHORIZATION authenticated;\n",
        ),
        (
            "003_c.sql",
            "-- codegen:no-transaction\nCREATE TABLE public.c (id int);\nSET ROLE anon;\n",
        ),
    ]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, ["001", "002", "003"]);
    let by: String = one_row(
        &db.url,
        "SELECT string_agg(DISTINCT applied_by, ',') FROM supabase_migrations.codegen_migrations",
    )
    .await;
    let me: String = one_row(&db.url, "SELECT current_user::text").await;
    assert_eq!(by, me);
}

/// A file's own `BEGIN; SET TRANSACTION ISOLATION LEVEL …` applies (it
/// used to fail inside the runner's batch savepoint).
#[tokio::test]
async fn set_transaction_isolation_at_the_start_of_a_file_applies() {
    let dir = migrations_dir(&[(
        "001_a.sql",
        "BEGIN;\nSET TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nCREATE TABLE public.a (id int);\nCREATE TABLE public.b (id int);\nCOMMIT;\n",
    )]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
}

/// A file's own savepoints work across the runner's batches.
#[tokio::test]
async fn savepoints_of_a_file_work() {
    let mut sql = String::from("CREATE TABLE public.a (id int);\nSAVEPOINT s;\n");
    for i in 0..600 {
        sql.push_str(&format!("INSERT INTO public.a VALUES ({i});\n"));
    }
    sql.push_str(
        "ROLLBACK TO SAVEPOINT s;\nINSERT INTO public.a VALUES (-1);\nRELEASE SAVEPOINT s;\n",
    );
    let dir = migrations_dir(&[("001_a.sql", &sql)]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
    let n: i64 = one_row(&db.url, "SELECT count(*) FROM public.a").await;
    assert_eq!(n, 1);
}

/// psql meta-commands (`\i`, `\set`) are refused before anything runs,
/// naming file:line:col and the command.
#[tokio::test]
async fn psql_meta_commands_are_refused() {
    let dir = migrations_dir(&[(
        "001_a.sql",
        "CREATE TABLE public.a (id int);\n\\i other.sql\nCREATE TABLE public.b (id int);\n",
    )]);
    let db = TestDb::new().await;
    let mut conn = db.connect().await;
    let before = fingerprint(&mut conn).await;
    let err = up_in_time(dir.path(), &db.url)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("001_a.sql:2:1"), "{err}");
    assert!(err.contains("psql meta-command `\\i`"), "{err}");
    assert_same_catalog(&before, &fingerprint(&mut conn).await, "refused \\i");
}

/// `DEALLOCATE ALL` in a file does not break the runner's own statements.
#[tokio::test]
async fn deallocate_all_in_a_file_is_harmless() {
    let dir = migrations_dir(&[
        ("001_a.sql", "CREATE TABLE public.a (id int);\n"),
        (
            "002_b.sql",
            "DEALLOCATE ALL;\nCREATE TABLE public.b (id int);\n",
        ),
        (
            "003_c.sql",
            "-- codegen:no-transaction\nDISCARD ALL;\nCREATE TABLE public.c (id int);\n",
        ),
        ("004_d.sql", "CREATE TABLE public.d (id int);\n"),
    ]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await.len(), 4);
}

/// A `pg_dump --data-only` file, as pg_dump writes it (`\restrict`, `SET`s,
/// `COPY … FROM stdin` with tabs, NULLs, quotes and `\.` in the data),
/// applies as a migration and loads the same rows.
#[tokio::test]
async fn a_pg_dump_data_file_applies() {
    let table = "CREATE TABLE public.t (id int PRIMARY KEY, note text);\n";
    let source = TestDb::new().await;
    exec(
        &source.url,
        &format!("{table}INSERT INTO public.t VALUES (1, E'a\\tb'), (2, NULL), (3, 'it''s; \\.'), (4, E'x\\ny');"),
    )
    .await;
    let out = std::process::Command::new("pg_dump")
        .args(["--data-only", "-d", &source.url])
        .output()
        .expect("pg_dump runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dump = String::from_utf8(out.stdout).unwrap();
    let dir = migrations_dir(&[("001_t.sql", table), ("002_data.sql", &dump)]);
    let db = TestDb::new().await;
    up_in_time(dir.path(), &db.url).await.unwrap();
    let rows =
        "SELECT string_agg(id || '=' || coalesce(note, 'NULL'), ',' ORDER BY id) FROM public.t";
    let expected: String = one_row(&source.url, rows).await;
    let got: String = one_row(&db.url, rows).await;
    assert_eq!(got, expected);
}
