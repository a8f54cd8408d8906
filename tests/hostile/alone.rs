//! Hostile cases: statements PostgreSQL refuses inside a transaction block
//! (`CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY`, `VACUUM`, …) in
//! files without `-- codegen:no-transaction`. The runner runs each on its
//! own, what precedes it committed first, as the Supabase CLI does; a
//! failure leaves what the error says, and `up` resumes there.
use super::one_row;
use codegen::migrate::{Migrator, State};
use sqlx::PgConnection;
use tests::*;

async fn count(conn: &mut PgConnection, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(conn).await.unwrap()
}

async fn progress_rows(conn: &mut PgConnection) -> i64 {
    count(
        conn,
        "SELECT count(*) FROM supabase_migrations.codegen_progress",
    )
    .await
}

/// The state and partial note `status` gives the only file of `dir`.
async fn status_of(dir: &std::path::Path, url: &str) -> (State, Option<String>) {
    let m = Migrator::open(dir).unwrap();
    let mut conn = codegen::db::connect(url).await.unwrap();
    let status = m.status(&mut conn, url).await.unwrap();
    let entry = status.migrations.last().expect("a file in the status");
    (entry.state.clone(), entry.partial_note())
}

/// pg_dump's lines (the independent judge) that mention `needle`.
fn dumped(url: &str, needle: &str) -> Vec<String> {
    normalized_dump(url)
        .into_iter()
        .filter(|l| l.contains(needle))
        .collect()
}

/// tutur3u's `20260805163000_external_chat_remote_message_index.sql`: a
/// file of one `create unique index concurrently`, no marker: it applies,
/// the index is valid, and the version is recorded with no progress left.
#[tokio::test]
async fn a_file_of_one_concurrent_index_applies_without_the_marker() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        (
            "20260805000000_messages.sql",
            "create table public.messages (id bigint primary key, chat text not null, remote_id text);\n",
        ),
        (
            "20260805163000_remote_message_index.sql",
            "create unique index concurrently if not exists messages_remote_idx\n  on public.messages (chat, remote_id)\n  where remote_id is not null;\n",
        ),
    ]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    assert_eq!(
        history_versions(&mut conn).await,
        ["20260805000000", "20260805163000"]
    );
    assert_eq!(progress_rows(&mut conn).await, 0);
    let valid: bool = one_row(
        &db.url,
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.messages_remote_idx'::regclass",
    )
    .await;
    assert!(valid);
    let index = dumped(&db.url, "messages_remote_idx");
    assert!(!index.is_empty());
    assert!(
        index.iter().any(|l| l.contains("CREATE UNIQUE INDEX messages_remote_idx ON public.messages USING btree (chat, remote_id) WHERE (remote_id IS NOT NULL)")),
        "{index:?}"
    );
    assert_eq!(status_of(dir.path(), &db.url).await.0, State::Applied);
}

/// DDL, a concurrent index, more DDL: three transactions (the table and the
/// view were committed by different ones, seen in their catalog rows'
/// `xmin`), one history row.
#[tokio::test]
async fn ddl_around_a_concurrent_index_commits_in_three_steps() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[(
        "001_mixed.sql",
        "create table public.t (id int primary key, v int);\n\
         insert into public.t values (1, 10), (2, 20);\n\
         create index concurrently t_v on public.t (v);\n\
         create view public.tv as select v from public.t;\n",
    )]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, ["001"]);
    assert_eq!(progress_rows(&mut conn).await, 0);
    let (table, view): (String, String) = sqlx::query_as(
        "SELECT (SELECT xmin::text FROM pg_class WHERE oid = 'public.t'::regclass),
                (SELECT xmin::text FROM pg_class WHERE oid = 'public.tv'::regclass)",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_ne!(table, view, "the view commits after the index, apart");
    assert!(!dumped(&db.url, "CREATE INDEX t_v ON public.t").is_empty());
    assert!(!dumped(&db.url, "CREATE VIEW public.tv").is_empty());
    assert_eq!(count(&mut conn, "SELECT count(*) FROM public.tv").await, 2);
}

/// A unique index that fails half-way (duplicates): the statements before
/// it stay committed, the index is left INVALID and named, the view after
/// it is not made, the version is not recorded, `status` says FAILED at
/// statement 3; once the data is fixed and the index dropped, `up` resumes
/// at statement 3 (the INSERT is not run twice).
#[tokio::test]
async fn a_failing_concurrent_index_keeps_what_precedes_says_so_and_resumes() {
    let db = TestDb::new().await;
    let file = "001_unique.sql";
    let dir = migrations_dir(&[(
        file,
        "create table public.t (id int primary key, v int);\n\
         insert into public.t values (1, 10), (2, 10);\n\
         create unique index concurrently t_v_key on public.t (v);\n\
         create view public.tv as select v from public.t;\n",
    )]);
    let err = up(dir.path(), &db.url).await.unwrap_err();
    let text = err.to_string();
    let at = format!(
        "{}:3:1: could not create unique index",
        dir.path().join(file).display()
    );
    assert!(text.starts_with(&at), "{text}");
    assert!(text.contains("statements 1 to 2 of 4 are committed (before statement 3, which cannot run in a transaction block, ran on its own), statement 3 cannot run in a transaction block, ran on its own (as the Supabase CLI runs it) and failed and 001 is not recorded as applied; fix statement 3 and run `codegen migrate up` to resume at statement 3"), "{text}");
    assert!(
        text.contains("indexes left INVALID: public.t_v_key"),
        "{text}"
    );
    assert!(!text.contains("nothing from this file"), "{text}");
    assert!(!text.contains("rolled back"), "{text}");
    let mut conn = db.connect().await;
    assert!(history_versions(&mut conn).await.is_empty());
    assert_eq!(count(&mut conn, "SELECT count(*) FROM public.t").await, 2);
    assert!(dumped(&db.url, "public.tv").is_empty(), "no view");
    assert_eq!(
        count(
            &mut conn,
            "SELECT count(*) FROM pg_index WHERE NOT indisvalid"
        )
        .await,
        1
    );
    let (state, note) = status_of(dir.path(), &db.url).await;
    assert_eq!(state, State::Failed);
    let note = note.unwrap();
    assert!(
        note.starts_with("failed at statement 3 of 4 (2 committed)"),
        "{note}"
    );

    // As the error says: fix the data, drop the INVALID index, run `up`.
    for sql in [
        "DELETE FROM public.t WHERE id = 2",
        "DROP INDEX CONCURRENTLY public.t_v_key",
    ] {
        sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    }
    up(dir.path(), &db.url).await.unwrap();
    assert_eq!(history_versions(&mut conn).await, ["001"]);
    assert_eq!(progress_rows(&mut conn).await, 0);
    assert_eq!(count(&mut conn, "SELECT count(*) FROM public.t").await, 1);
    assert!(!dumped(&db.url, "CREATE UNIQUE INDEX t_v_key ON public.t").is_empty());
    assert!(!dumped(&db.url, "CREATE VIEW public.tv").is_empty());
    assert_eq!(status_of(dir.path(), &db.url).await.0, State::Applied);
}

/// A concurrent index that fails as the file's first statement: nothing of
/// the file is committed (the table after it is not made), nothing is
/// recorded, `status` says pending.
#[tokio::test]
async fn a_failing_first_concurrent_index_leaves_nothing() {
    let db = TestDb::new().await;
    up(migrations_dir(&[]).path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    let before = fingerprint(&mut conn).await;
    let dir = migrations_dir(&[(
        "001_first.sql",
        "create index concurrently missing_v on public.missing (v);\ncreate table public.after (id int);\n",
    )]);
    let text = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(text.contains("001_first.sql:1:"), "{text}");
    assert!(
        text.contains("relation \"public.missing\" does not exist"),
        "{text}"
    );
    assert!(text.contains("nothing of it is committed"), "{text}");
    assert!(!text.contains("rolled back"), "{text}");
    assert_same_catalog(&before, &fingerprint(&mut conn).await, "failed first index");
    assert!(history_versions(&mut conn).await.is_empty());
    assert_eq!(progress_rows(&mut conn).await, 0);
    assert_eq!(status_of(dir.path(), &db.url).await.0, State::Pending);
}

/// `DROP INDEX CONCURRENTLY` then DDL, no marker: both apply.
#[tokio::test]
async fn drop_index_concurrently_applies_without_the_marker() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[
        (
            "001_t.sql",
            "create table public.t (id int primary key, v int);\ncreate index t_v on public.t (v);\n",
        ),
        (
            "002_drop.sql",
            "drop index concurrently if exists public.t_v;\nalter table public.t add column w int;\n",
        ),
    ]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, ["001", "002"]);
    assert!(dumped(&db.url, "t_v").is_empty(), "the index is dropped");
    assert!(
        dumped(&db.url, "CREATE TABLE public.t")
            .iter()
            .any(|l| l.contains("w integer")),
        "the column after it is added"
    );
}

/// `VACUUM` after DDL, no marker: it runs (the never-vacuumed table's
/// `reltuples` of -1 becomes 0) and the file is recorded.
#[tokio::test]
async fn vacuum_runs_on_its_own_after_what_precedes() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[(
        "001_a.sql",
        "CREATE TABLE public.a (id int);\nCREATE TABLE public.b (id int);\nVACUUM public.a;\n",
    )]);
    up(dir.path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, ["001"]);
    let tuples: Vec<(String, f32)> = sqlx::query_as(
        "SELECT relname::text, reltuples FROM pg_class WHERE relname IN ('a', 'b') AND relnamespace = 'public'::regnamespace ORDER BY 1",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(tuples, [("a".to_owned(), 0.0), ("b".to_owned(), -1.0)]);
}

/// Inside the file's own `BEGIN;` … `COMMIT;` a concurrent index cannot run
/// on its own without breaking the block: refused before anything runs,
/// naming the file, the line and the BEGIN's line.
#[tokio::test]
async fn a_concurrent_index_inside_the_files_own_block_is_refused() {
    let db = TestDb::new().await;
    up(migrations_dir(&[]).path(), &db.url).await.unwrap();
    let mut conn = db.connect().await;
    let before = fingerprint(&mut conn).await;
    let dir = migrations_dir(&[(
        "001_block.sql",
        "create table public.t (v int);\nbegin;\ncreate index concurrently t_v on public.t (v);\ncommit;\n",
    )]);
    let text = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(text.contains("001_block.sql:3:1"), "{text}");
    assert!(text.contains("own BEGIN (line 2)"), "{text}");
    assert!(text.contains("nothing was applied"), "{text}");
    assert_same_catalog(&before, &fingerprint(&mut conn).await, "refused block");
    assert!(history_versions(&mut conn).await.is_empty());
}
