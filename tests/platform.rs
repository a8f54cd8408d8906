//! The platform's schema (migrations 001–008, functions, seed) on a real
//! PostgreSQL: idempotency, exact rollbacks, row-level security, seed.

use codegen::migrate::Migrator;
use sqlx::{Connection, PgConnection};
use std::collections::BTreeSet;
use tests::*;

const ALICE: &str = "00000000-0000-4000-8000-00000000000a";
const BOB: &str = "00000000-0000-4000-8000-00000000000b";
const DANA_ADMIN: &str = "00000000-0000-4000-8000-00000000000d";

/// Per table: who owns a row (SQL over the row, NULL: nobody), and which
/// rows are published (visible to `anon`). Every table in `public` must be
/// listed, so a new table cannot skip these checks.
const TABLES: &[(&str, &str, &str)] = &[
    ("users", "id", "false"),
    ("organizations", "owner_id", "false"),
    ("memberships", "user_id", "false"),
    ("projects", "user_id", "is_public"),
    ("project_settings", "(SELECT p.user_id FROM public.projects p WHERE p.id = project_id)", "false"),
    ("profiles", "id", "false"),
    ("api_keys", "user_id", "false"),
    ("user_sessions", "user_id", "false"),
    ("oauth_identities", "user_id", "false"),
    ("events", "user_id", "false"),
    ("page_views", "user_id", "false"),
    ("daily_usage", "user_id", "false"),
    ("teams", "(SELECT o.owner_id FROM public.organizations o WHERE o.id = organization_id)", "false"),
    ("team_members", "user_id", "false"),
    ("invitations", "invited_by", "false"),
    ("comments", "author_id", "(SELECT p.is_public FROM public.projects p WHERE p.id = project_id)"),
    ("shares", "created_by", "false"),
    ("template_categories", "NULL::uuid", "true"),
    ("templates", "author_id", "is_published"),
    ("template_versions", "(SELECT t.author_id FROM public.templates t WHERE t.id = template_id)", "(SELECT t.is_published FROM public.templates t WHERE t.id = template_id)"),
    ("purchases", "buyer_id", "false"),
    ("reviews", "reviewer_id", "(SELECT t.is_published FROM public.templates t WHERE t.id = template_id)"),
    ("documents", "author_id", "status = 'published' AND (SELECT p.is_public FROM public.projects p WHERE p.id = project_id)"),
    ("document_revisions", "edited_by", "false"),
    ("agents", "owner_id", "false"),
    ("agent_runs", "triggered_by", "false"),
    ("agent_tasks", "(SELECT r.triggered_by FROM public.agent_runs r WHERE r.id = run_id)", "false"),
    ("agent_messages", "(SELECT r.triggered_by FROM public.agent_runs r WHERE r.id = run_id)", "false"),
    ("tool_calls", "(SELECT r.triggered_by FROM public.agent_runs r WHERE r.id = run_id)", "false"),
    ("system_metrics", "NULL::uuid", "false"),
    ("error_logs", "user_id", "false"),
    ("health_checks", "NULL::uuid", "false"),
    ("audit_log", "NULL::uuid", "false"), // admins only, by design: its actors do not see their rows
];

async fn platform_db() -> (TestDb, Migrator) {
    let db = TestDb::new().await;
    let m = Migrator::open(&platform_migrations()).expect("platform migrations parse");
    (db, m)
}

async fn rows(conn: &mut PgConnection, table: &str, filter: &str) -> BTreeSet<String> {
    sqlx::query_scalar(&format!(
        "SELECT t::text FROM public.{table} t WHERE {filter}"
    ))
    .fetch_all(conn)
    .await
    .unwrap_or_else(|e| panic!("select from {table}: {e}"))
    .into_iter()
    .collect()
}

/// Begins a transaction as a Supabase API role with the given user's claims.
async fn as_user<'c>(
    conn: &'c mut PgConnection,
    role: &str,
    sub: Option<&str>,
) -> sqlx::Transaction<'c, sqlx::Postgres> {
    let mut tx = conn.begin().await.unwrap();
    let claims = serde_json::json!({ "sub": sub, "role": role }).to_string();
    sqlx::query("SELECT set_config('request.jwt.claims', $1, true), set_config('role', $2, true)")
        .bind(claims)
        .bind(role)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx
}

#[tokio::test]
async fn every_file_applies_and_a_second_application_changes_nothing() {
    let (db, m) = platform_db().await;
    let mut conn = db.connect().await;
    let applied = m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
    assert_eq!(applied.len(), 8);
    let once = fingerprint(&mut conn).await;
    assert!(once.len() > 500, "a real schema: {} objects", once.len());
    for migration in &m.migrations {
        codegen::migrate::runner::apply_file(&mut conn, &db.url, &migration.file)
            .await
            .unwrap_or_else(|e| panic!("{} is not idempotent: {e}", migration.label()));
        assert_same_catalog(
            &once,
            &fingerprint(&mut conn).await,
            &format!("after applying {} again", migration.label()),
        );
    }
}

#[tokio::test]
async fn each_rollback_restores_the_previous_schema_exactly() {
    let all = Migrator::open(&platform_migrations()).unwrap();
    for n in 1..=all.migrations.len() {
        let db = TestDb::new().await;
        let mut conn = db.connect().await;
        let mut m = Migrator::open(&platform_migrations()).unwrap();
        m.functions.clear();
        m.migrations.truncate(n - 1);
        m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
        let before = fingerprint(&mut conn).await;
        m.migrations = all.migrations[..n].to_vec();
        m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
        let label = all.migrations[n - 1].label();
        assert_ne!(
            before,
            fingerprint(&mut conn).await,
            "{label} changes the schema"
        );
        m.down(&mut conn, &db.url, 1, &mut quiet())
            .await
            .unwrap_or_else(|e| panic!("rollback of {label}: {e}"));
        assert_same_catalog(
            &before,
            &fingerprint(&mut conn).await,
            &format!("after the rollback of {label}"),
        );
    }
}

#[tokio::test]
async fn row_level_security_holds_for_every_table() {
    let (db, m) = platform_db().await;
    let mut conn = db.connect().await;
    m.reset(&mut conn, &db.url, false, &mut quiet())
        .await
        .unwrap();

    let tables: BTreeSet<String> =
        sqlx::query_scalar("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
            .fetch_all(&mut conn)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let listed: BTreeSet<String> = TABLES.iter().map(|t| t.0.to_owned()).collect();
    assert_eq!(tables, listed, "every public table has an entry in TABLES");

    for &(table, owner, published) in TABLES {
        let all = rows(&mut conn, table, "true").await;
        assert!(!all.is_empty(), "seed.sql fills {table}");
        let public_rows = rows(&mut conn, table, published).await;
        let alice_rows = rows(&mut conn, table, &format!("{owner} = '{ALICE}'")).await;
        let bob_rows = rows(&mut conn, table, &format!("{owner} = '{BOB}'")).await;
        // Tables without an owner (reference data, monitoring) have no
        // per-user rows; every other table has alice's and bob's.
        assert!(
            owner == "NULL::uuid" || (!alice_rows.is_empty() && !bob_rows.is_empty()),
            "seed.sql gives {table} rows of alice's and of bob's, so the checks below test something"
        );

        {
            let mut tx = as_user(&mut conn, "anon", None).await;
            assert_eq!(
                rows(&mut tx, table, "true").await,
                public_rows,
                "anon sees exactly the published rows of {table}"
            );
        }
        {
            let mut tx = as_user(&mut conn, "authenticated", Some(DANA_ADMIN)).await;
            assert_eq!(
                rows(&mut tx, table, "true").await,
                all,
                "the admin sees every row of {table}"
            );
        }
        {
            let mut tx = as_user(&mut conn, "authenticated", Some(ALICE)).await;
            let seen = rows(&mut tx, table, "true").await;
            assert!(
                alice_rows.is_subset(&seen),
                "alice sees her own rows of {table}"
            );
            let bobs_seen: BTreeSet<_> = seen.intersection(&bob_rows).cloned().collect();
            assert!(
                bobs_seen.is_subset(&public_rows),
                "alice sees only published rows of bob's in {table}: {bobs_seen:?}"
            );

            // Alice cannot change or delete Bob's rows: 0 rows affected.
            let column: String = sqlx::query_scalar(
                "SELECT attname::text FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped
                   AND attgenerated = '' AND attidentity <> 'a' ORDER BY attnum DESC LIMIT 1",
            )
            .bind(format!("public.{table}"))
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            let bobs = format!("{owner} = '{BOB}'");
            let updated = sqlx::query(&format!(
                "UPDATE public.{table} SET {column} = {column} WHERE {bobs}"
            ))
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| panic!("update of {table} as alice: {e}"));
            assert_eq!(
                updated.rows_affected(),
                0,
                "alice updated bob's rows of {table}"
            );
            let deleted = sqlx::query(&format!("DELETE FROM public.{table} WHERE {bobs}"))
                .execute(&mut *tx)
                .await
                .unwrap_or_else(|e| panic!("delete from {table} as alice: {e}"));
            assert_eq!(
                deleted.rows_affected(),
                0,
                "alice deleted bob's rows of {table}"
            );
            tx.commit().await.unwrap();
        }
        assert_eq!(
            rows(&mut conn, table, &format!("{owner} = '{BOB}'")).await,
            bob_rows,
            "bob's rows of {table} unchanged"
        );
    }
}

#[tokio::test]
async fn users_write_their_own_rows_and_not_others() {
    let (db, m) = platform_db().await;
    let mut conn = db.connect().await;
    m.reset(&mut conn, &db.url, false, &mut quiet())
        .await
        .unwrap();

    let mut tx = as_user(&mut conn, "authenticated", Some(ALICE)).await;
    let renamed =
        sqlx::query("UPDATE public.projects SET name = 'Renamed' WHERE user_id = $1::uuid")
            .bind(ALICE)
            .execute(&mut *tx)
            .await
            .unwrap();
    assert_eq!(renamed.rows_affected(), 2);
    sqlx::query("INSERT INTO public.projects (user_id, name) VALUES ($1::uuid, 'Mine')")
        .bind(ALICE)
        .execute(&mut *tx)
        .await
        .expect("alice creates her own project");
    let err =
        sqlx::query("INSERT INTO public.projects (user_id, name) VALUES ($1::uuid, 'Not mine')")
            .bind(BOB)
            .execute(&mut *tx)
            .await
            .expect_err("alice cannot create a project for bob");
    assert!(err.to_string().contains("row-level security"), "{err}");
    tx.rollback().await.unwrap();

    // Escalation: a user cannot make herself admin through her own row.
    let mut tx = as_user(&mut conn, "authenticated", Some(ALICE)).await;
    let promoted = sqlx::query("UPDATE public.users SET role = 'admin' WHERE id = $1::uuid")
        .bind(ALICE)
        .execute(&mut *tx)
        .await
        .expect_err("alice cannot promote herself");
    assert!(
        promoted
            .to_string()
            .contains("only an admin can change a user's role"),
        "{promoted}"
    );
    tx.rollback().await.unwrap();

    // An admin can.
    let mut tx = as_user(&mut conn, "authenticated", Some(DANA_ADMIN)).await;
    let promoted = sqlx::query("UPDATE public.users SET role = 'admin' WHERE id = $1::uuid")
        .bind(BOB)
        .execute(&mut *tx)
        .await
        .unwrap();
    assert_eq!(promoted.rows_affected(), 1);
    tx.rollback().await.unwrap();
}

async fn count(conn: &mut PgConnection) -> Vec<i64> {
    let mut n = Vec::new();
    for (table, _, _) in TABLES {
        n.push(
            sqlx::query_scalar(&format!("SELECT count(*) FROM public.{table}"))
                .fetch_one(&mut *conn)
                .await
                .unwrap(),
        );
    }
    n
}

#[tokio::test]
async fn seed_loads_after_the_migrations_and_again_after_reset() {
    let (db, m) = platform_db().await;
    let mut conn = db.connect().await;
    m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
    m.seed(&mut conn, &db.url, &mut quiet()).await.unwrap();
    let first = count(&mut conn).await;
    assert!(!first.is_empty(), "tables were counted");
    assert!(
        first.iter().all(|&c| c > 0),
        "every table seeded: {first:?}"
    );
    m.seed(&mut conn, &db.url, &mut quiet())
        .await
        .expect("seed.sql is re-runnable");
    assert_eq!(count(&mut conn).await, first, "a second load adds nothing");
    m.reset(&mut conn, &db.url, true, &mut quiet())
        .await
        .unwrap();
    assert_eq!(count(&mut conn).await, first, "reset reloads the same seed");
    let activity: i64 = sqlx::query_scalar("SELECT count(*) FROM public.daily_activity")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert!(
        activity > 0,
        "the materialized view is refreshed by the seed"
    );
}

#[tokio::test]
async fn functions_work_on_the_seeded_schema() {
    let (db, m) = platform_db().await;
    let mut conn = db.connect().await;
    m.reset(&mut conn, &db.url, false, &mut quiet())
        .await
        .unwrap();
    let day: chrono_free::Day = chrono_free::yesterday(&mut conn).await;
    let users: i32 = sqlx::query_scalar("SELECT public.rollup_daily_usage($1::date)")
        .bind(&day.0)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(users, 1, "alice had events yesterday");
    let deleted: Vec<(String, i64)> =
        sqlx::query_as("SELECT table_name, deleted FROM public.cleanup_expired('36 hours')")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    assert_eq!(deleted.len(), 6);
    assert!(
        deleted.iter().any(|(t, n)| t == "events" && *n == 1),
        "bob's 2-day-old event: {deleted:?}"
    );
    let err = sqlx::query("SELECT public.cleanup_expired('1 hour')")
        .execute(&mut conn)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("shorter than one day"), "{err}");

    // anon may not run the clean-up.
    let mut tx = as_user(&mut conn, "anon", None).await;
    let denied = sqlx::query("SELECT public.cleanup_expired()")
        .execute(&mut *tx)
        .await
        .unwrap_err();
    assert!(denied.to_string().contains("permission denied"), "{denied}");
}

/// Dates as text, so the tests need no date-time crate.
mod chrono_free {
    pub struct Day(pub String);
    pub async fn yesterday(conn: &mut sqlx::PgConnection) -> Day {
        Day(
            sqlx::query_scalar("SELECT ((now() AT TIME ZONE 'UTC')::date - 1)::text")
                .fetch_one(conn)
                .await
                .unwrap(),
        )
    }
}
