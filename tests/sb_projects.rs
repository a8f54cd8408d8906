//! Real Supabase project folders (tests/fixtures, see its README) and the
//! forms they use: a `COMMIT` in the middle of a file, the seed beside
//! `migrations/` (and `[db.seed] sql_paths`), drizzle-kit files with
//! `--> statement-breakpoint` and a `meta/` folder.

use codegen::migrate::{Migrator, State};
use codegen::Error;
use sqlx::PgConnection;
use std::path::{Path, PathBuf};
use tests::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// A copy of a fixture's `supabase/` folder in a temporary directory.
fn copy_fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &fixture(name).join("supabase"),
        &tmp.path().join("supabase"),
    );
    let migrations = tmp.path().join("supabase/migrations");
    (tmp, migrations)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

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

/// supabase/supabase's slack-clone: its init migration re-creates the
/// realtime publication in `begin; … commit;` between DDL, and its seed is
/// `supabase/seed.sql`.
#[tokio::test]
async fn the_slack_clone_applies_with_its_mid_file_commit_and_seeds_from_beside_migrations() {
    let db = TestDb::new().await;
    let (_tmp, dir) = copy_fixture("slack-clone");
    assert_eq!(up(&dir, &db.url).await.unwrap().len(), 1);
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, ["20240214102356"]);
    assert_eq!(progress_rows(&mut conn).await, 0);
    let published = count(
        &mut conn,
        "SELECT count(*) FROM pg_publication_tables WHERE pubname = 'supabase_realtime'",
    )
    .await;
    assert_eq!(published, 3);
    // The history keeps the statements without the file's BEGIN/COMMIT.
    let stored = count(
        &mut conn,
        "SELECT cardinality(statements)::bigint FROM supabase_migrations.schema_migrations",
    )
    .await;
    assert!(stored > 30, "{stored}");

    // reset loads supabase/seed.sql (there is no seed.sql in migrations/).
    let m = Migrator::open(&dir).unwrap();
    let mut seeded = Vec::new();
    let mut c = codegen::db::connect(&db.url).await.unwrap();
    m.reset(&mut c, &db.url, true, &mut |e| {
        if let codegen::migrate::Event::Seeded { path, .. } = e {
            seeded.push(path)
        }
    })
    .await
    .unwrap();
    assert_eq!(seeded, [dir.parent().unwrap().join("seed.sql")]);
    assert_eq!(
        count(&mut conn, "SELECT count(*) FROM public.channels").await,
        2
    );
    assert_eq!(
        count(&mut conn, "SELECT count(*) FROM public.messages").await,
        2
    );
}

const MID_FILE: &str = "-- a one-time data fix between DDL
create table public.plans (id int primary key, name text not null);
alter table public.plans enable row level security;
create policy \"plans are public\" on public.plans for select using (true);
begin;
with inserted as (
  insert into public.plans values (1, 'free') returning id
)
insert into public.plans select id + 1, 'pro' from inserted;
commit;
create function public.plan_count() returns bigint language sql as 'select count(*) from public.plans';
select missing_col from public.plans;
";

#[tokio::test]
async fn a_failure_after_a_mid_file_commit_keeps_what_it_committed_says_so_and_resumes() {
    let db = TestDb::new().await;
    let dir = migrations_dir(&[("20240101000000_fix.sql", MID_FILE)]);
    let err = up(dir.path(), &db.url).await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with(&format!(
            "{}:12:8: column \"missing_col\" does not exist",
            dir.path().join("20240101000000_fix.sql").display()
        )),
        "{text}"
    );
    assert!(text.contains("statements 1 to 4 of 6 are committed (by the file's own COMMIT), statements 5 to 6 were rolled back and 20240101000000 is not recorded as applied; fix statement 6 and run `codegen migrate up` to resume at statement 5"), "{text}");
    assert!(!text.contains("nothing from this file"), "{text}");
    match &err {
        Error::Sql(e) => assert!(!e.rolled_back),
        other => panic!("{other:?}"),
    }
    let mut conn = db.connect().await;
    assert_eq!(
        count(&mut conn, "SELECT count(*) FROM public.plans").await,
        2
    );
    assert_eq!(
        count(
            &mut conn,
            "SELECT count(*) FROM pg_proc WHERE proname = 'plan_count'"
        )
        .await,
        0
    );
    assert!(history_versions(&mut conn).await.is_empty());
    let m = Migrator::open(dir.path()).unwrap();
    let mut c = codegen::db::connect(&db.url).await.unwrap();
    let status = m.status(&mut c, &db.url).await.unwrap();
    let entry = &status.migrations[0];
    assert_eq!(entry.state, State::Failed);
    assert!(
        entry
            .partial_note()
            .unwrap()
            .starts_with("failed at statement 6 of 6 (4 committed)"),
        "{:?}",
        entry.partial_note()
    );

    // Fixed: the next `up` runs statements 5 and 6 only (the data fix is not run twice).
    std::fs::write(
        dir.path().join("20240101000000_fix.sql"),
        MID_FILE.replace("select missing_col from", "select name from"),
    )
    .unwrap();
    up(dir.path(), &db.url).await.unwrap();
    assert_eq!(
        count(&mut conn, "SELECT count(*) FROM public.plans").await,
        2
    );
    assert_eq!(count(&mut conn, "SELECT public.plan_count()").await, 2);
    assert_eq!(history_versions(&mut conn).await, ["20240101000000"]);
    assert_eq!(progress_rows(&mut conn).await, 0);
}

#[tokio::test]
async fn a_failure_before_the_mid_file_commit_leaves_nothing() {
    let db = TestDb::new().await;
    let broken = MID_FILE.replace("'pro'", "missing_col");
    let dir = migrations_dir(&[("20240101000000_fix.sql", &broken)]);
    let text = up(dir.path(), &db.url).await.unwrap_err().to_string();
    assert!(
        text.contains(":9:41: column \"missing_col\" does not exist"),
        "{text}"
    );
    assert!(
        text.contains("nothing from this file was applied"),
        "{text}"
    );
    let mut conn = db.connect().await;
    assert_eq!(
        count(
            &mut conn,
            "SELECT count(*) FROM pg_tables WHERE tablename = 'plans'"
        )
        .await,
        0
    );
    assert!(history_versions(&mut conn).await.is_empty());
    assert_eq!(progress_rows(&mut conn).await, 0);
}

/// `[db.seed] sql_paths` of supabase/config.toml: patterns relative to
/// supabase/, each one's matches by name, a file matched twice loaded once.
#[tokio::test]
async fn seed_files_follow_the_supabase_config() {
    let db = TestDb::new().await;
    let tmp = tempfile::tempdir().unwrap();
    let sb = tmp.path().join("supabase");
    for (name, text) in [
        ("migrations/001_log.sql", "create table public.log (n serial, f text);"),
        ("seed.sql", "insert into public.log (f) values ('seed');"),
        ("seeds/b.sql", "insert into public.log (f) values ('b');"),
        ("seeds/a.sql", "insert into public.log (f) values ('a');"),
        (
            "config.toml",
            "[db]\nport = 54322\n\n[db.seed]\nenabled = true\nsql_paths = ['./seeds/*.sql', './seed.sql', 'seeds/a.sql']\n",
        ),
    ] {
        std::fs::create_dir_all(sb.join(name).parent().unwrap()).unwrap();
        std::fs::write(sb.join(name), text).unwrap();
    }
    let dir = sb.join("migrations");
    let reset = async |dir: &Path| {
        let m = Migrator::open(dir).unwrap();
        let mut c = codegen::db::connect(&db.url).await.unwrap();
        m.reset(&mut c, &db.url, true, &mut quiet()).await.unwrap();
    };
    reset(&dir).await;
    let mut conn = db.connect().await;
    assert_eq!(seeded(&mut conn).await, ["a", "b", "seed"]);

    std::fs::write(
        sb.join("config.toml"),
        "[db.seed]\nenabled = false\nsql_paths = ['./seed.sql']\n",
    )
    .unwrap();
    reset(&dir).await;
    assert!(seeded(&mut conn).await.is_empty());

    // No [db.seed]: ./seed.sql, as the Supabase CLI's default.
    std::fs::write(sb.join("config.toml"), "[db]\nport = 54322\n").unwrap();
    reset(&dir).await;
    assert_eq!(seeded(&mut conn).await, ["seed"]);
}

async fn seeded(conn: &mut PgConnection) -> Vec<String> {
    sqlx::query_scalar("SELECT f FROM public.log ORDER BY n")
        .fetch_all(conn)
        .await
        .unwrap()
}

/// A drizzle-kit folder inside supabase/: `0000_…sql` files with
/// `--> statement-breakpoint` and a `meta/` folder of JSON.
#[tokio::test]
async fn drizzle_kit_files_apply_in_order_and_meta_is_ignored() {
    let db = TestDb::new().await;
    let (_tmp, dir) = copy_fixture("drizzle-starter");
    std::fs::write(
        dir.join("0001_add_priority.sql"),
        "ALTER TABLE \"todos\" ADD COLUMN \"priority\" integer DEFAULT 0 NOT NULL;--> statement-breakpoint\nCREATE INDEX \"todos_priority_idx\" ON \"todos\" USING btree (\"priority\");",
    )
    .unwrap();
    let m = Migrator::open(&dir).unwrap();
    assert!(m.skipped.is_empty(), "{:?}", m.skipped);
    let labels: Vec<String> = m.migrations.iter().map(|m| m.label()).collect();
    assert_eq!(labels, ["0000_nosy_thunderbolt_ross", "0001_add_priority"]);
    up(&dir, &db.url).await.unwrap();
    let mut conn = db.connect().await;
    assert_eq!(history_versions(&mut conn).await, ["0000", "0001"]);
    assert_eq!(
        count(
            &mut conn,
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'todos_priority_idx'"
        )
        .await,
        1
    );
}
