//! `#[derive(Table)]` helpers through the generated crate, on the seeded
//! platform schema, and RLS-scoped sessions.

// The runtime crate under a second name, as a renamed dependency
// (`rt = { package = "pgtypegen-runtime" }`) would give it: see `shadowed`.
extern crate runtime as renamed_runtime;

use chrono::Utc;
use generated::public::types::{MembershipRole, ProjectStatus};
use generated::*;
use runtime::Session;
use sqlx::PgPool;
use std::str::FromStr;
use tests::*;
use uuid::Uuid;

const ALICE: &str = "00000000-0000-4000-8000-00000000000a";
const BOB: &str = "00000000-0000-4000-8000-00000000000b";
const CAROL: &str = "00000000-0000-4000-8000-00000000000c";
const DANA_ADMIN: &str = "00000000-0000-4000-8000-00000000000d";
const ALICE_PRIVATE: &str = "20000000-0000-4000-8000-0000000000a1";
const BOB_PRIVATE: &str = "20000000-0000-4000-8000-0000000000b1";
const ACME: &str = "10000000-0000-4000-8000-00000000000a";

fn id(s: &str) -> Uuid {
    Uuid::from_str(s).unwrap()
}

/// A seeded platform database and a pool on it (as the owner: no RLS).
async fn seeded() -> (TestDb, PgPool) {
    let db = TestDb::new().await;
    let m = codegen::migrate::Migrator::open(&platform_migrations()).unwrap();
    let mut conn = db.connect().await;
    m.reset(&mut conn, &db.url, false, &mut quiet())
        .await
        .unwrap();
    let pool = PgPool::connect(&db.url).await.unwrap();
    (db, pool)
}

fn new_project(user: &str, name: &str) -> NewProject {
    NewProject {
        id: None,
        user_id: id(user),
        organization_id: None,
        name: name.into(),
        description: Some("made by a test".into()),
        status: None,
        tags: Some(vec!["a".into(), "b".into()]),
        is_public: None,
        created_at: None,
        updated_at: None,
    }
}

#[tokio::test]
async fn read_helpers_on_real_rows() {
    let (_db, pool) = seeded().await;
    let p = Project::get(&pool, &id(ALICE_PRIVATE)).await.unwrap();
    assert_eq!(p.name, "Alice private");
    assert_eq!(p.status, ProjectStatus::Active);
    assert_eq!(p.tags, ["internal", "rust"]);
    assert!(Project::find(&pool, &Uuid::nil()).await.unwrap().is_none());
    assert!(matches!(
        Project::get(&pool, &Uuid::nil()).await,
        Err(sqlx::Error::RowNotFound)
    ));

    let org = Organization::find_by_slug(&pool, &"acme".to_owned())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(org.id, id(ACME));
    let alices = Project::list_by_user_id(&pool, &id(ALICE)).await.unwrap();
    assert_eq!(alices.len(), 2);

    // Composite primary key.
    let m = Membership::get(&pool, &id(ACME), &id(CAROL)).await.unwrap();
    assert_eq!(m.role, MembershipRole::Member);

    // Keyset pagination walks every row once, in key order.
    let mut seen = Vec::new();
    let mut after: Option<Uuid> = None;
    loop {
        let page = Project::list(&pool, after.as_ref(), 3).await.unwrap();
        if page.is_empty() {
            break;
        }
        after = page.last().map(|p| p.id);
        seen.extend(page.into_iter().map(|p| p.id));
    }
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted);
    assert_eq!(seen.len(), 4);
    let page = Membership::list(&pool, Some((&id(ACME), &id(ALICE))), 10)
        .await
        .unwrap();
    assert!(!page.is_empty(), "the page after (acme, alice) has rows");
    assert!(page
        .iter()
        .all(|m| (m.organization_id, m.user_id) > (id(ACME), id(ALICE))));

    // numeric, ranges, jsonb, intervals, composites, generated columns.
    let t = Template::find_by_slug(&pool, &"alice-dashboard".to_owned())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(t.price, rust_decimal::Decimal::from_str("19.00").unwrap());
    assert!(t.sale_period.is_some());
    let run = AgentRun::get(&pool, &id("71000000-0000-4000-8000-0000000000a1"))
        .await
        .unwrap();
    assert_eq!(run.output, Some(serde_json::json!({"steps": 2})));
    assert_eq!(run.duration.unwrap().microseconds, 60_000_000);
    assert_eq!(run.usage.unwrap().prompt_tokens, Some(800));
    let doc = Document::get(&pool, &id("60000000-0000-4000-8000-0000000000a1"))
        .await
        .unwrap();
    let search = doc.search.unwrap_or_default();
    assert!(
        search.contains("'start'"),
        "tsvector read as text: {search}"
    );

    // Views: read helpers only.
    let activity = DailyActivity::list(&pool, 100).await.unwrap();
    assert!(!activity.is_empty());

    // Relations, both directions.
    let owner = p.user(&pool).await.unwrap().unwrap();
    assert_eq!(owner.id, id(ALICE));
    assert_eq!(owner.projects(&pool).await.unwrap().len(), 2);
    let public = Project::get(&pool, &id("20000000-0000-4000-8000-0000000000a2"))
        .await
        .unwrap();
    assert!(
        public.organization(&pool).await.unwrap().is_none(),
        "a NULL foreign key has no target"
    );
}

#[tokio::test]
async fn write_helpers_on_real_rows() {
    let (_db, pool) = seeded().await;
    let created = Project::insert(&pool, &new_project(ALICE, "Inserted"))
        .await
        .unwrap();
    assert_eq!(
        created.status,
        ProjectStatus::Draft,
        "the column default applies to None"
    );
    assert!(!created.is_public);
    assert!(created.created_at <= Utc::now());

    // patch: only the set fields; Some(None) sets NULL.
    let patch = ProjectPatch {
        description: Some(None),
        status: Some(ProjectStatus::Active),
        ..Default::default()
    };
    let patched = Project::patch(&pool, &created.id, &patch)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(patched.description, None);
    assert_eq!(patched.status, ProjectStatus::Active);
    assert_eq!(patched.name, "Inserted", "unset fields unchanged");
    assert!(Project::patch(&pool, &Uuid::nil(), &patch)
        .await
        .unwrap()
        .is_none());

    // update: the whole row.
    let mut whole = patched.clone();
    whole.name = "Renamed".into();
    whole.tags = vec![];
    let updated = whole.update(&pool).await.unwrap().unwrap();
    assert_eq!((updated.name.as_str(), updated.tags.len()), ("Renamed", 0));

    // upsert on a composite key: insert, then conflict → update.
    let new = NewMembership {
        organization_id: id(ACME),
        user_id: id(BOB),
        role: Some(MembershipRole::Viewer),
        joined_at: None,
    };
    assert_eq!(
        Membership::upsert(&pool, &new).await.unwrap().role,
        MembershipRole::Viewer
    );
    let again = NewMembership {
        role: Some(MembershipRole::Admin),
        ..new.clone()
    };
    assert_eq!(
        Membership::upsert(&pool, &again).await.unwrap().role,
        MembershipRole::Admin
    );
    let members: i64 =
        sqlx::query_scalar("SELECT count(*) FROM public.memberships WHERE organization_id = $1")
            .bind(id(ACME))
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(members, 3, "the conflict updated, it did not add a row");

    assert_eq!(Project::delete(&pool, &created.id).await.unwrap(), 1);
    assert_eq!(Project::delete(&pool, &created.id).await.unwrap(), 0);
}

#[tokio::test]
async fn insert_many_writes_ten_thousand_rows_in_one_statement() {
    let (_db, pool) = seeded().await;
    let rows: Vec<NewEvent> = (0..10_000)
        .map(|i| NewEvent {
            user_id: if i % 2 == 0 { Some(id(ALICE)) } else { None },
            project_id: Some(id(ALICE_PRIVATE)),
            session_id: None,
            name: format!("bulk.{}", i % 7),
            properties: if i % 3 == 0 {
                None
            } else {
                Some(serde_json::json!({ "i": i }))
            },
            occurred_at: None,
        })
        .collect();
    let inserted = Event::insert_many(&pool, &rows).await.unwrap();
    assert_eq!(inserted.len(), 10_000);
    assert!(
        inserted.iter().all(|e| e.id > 3),
        "identity values assigned"
    );
    assert_eq!(
        inserted
            .iter()
            .filter(|e| e.properties == serde_json::json!({}))
            .count(),
        3334,
        "defaults for None"
    );
    assert_eq!(
        inserted.iter().filter(|e| e.user_id.is_none()).count(),
        5000
    );

    // Array columns travel as jsonb; enums and NULLs survive.
    let many: Vec<NewProject> = (0..50)
        .map(|i| new_project(BOB, &format!("Bulk {i}")))
        .collect();
    let projects = Project::insert_many(&pool, &many).await.unwrap();
    assert_eq!(projects.len(), many.len());
    assert!(!projects.is_empty());
    assert!(projects
        .iter()
        .all(|p| p.tags == ["a", "b"] && p.status == ProjectStatus::Draft));
    let mut empty = new_project(BOB, "No tags");
    empty.tags = Some(vec![]);
    let p = Project::insert_many(&pool, &[empty]).await.unwrap();
    assert!(p[0].tags.is_empty());
}

#[tokio::test]
async fn row_level_security_through_the_helpers() {
    let (_db, pool) = seeded().await;

    let mut alice = Session::as_user(&pool, ALICE).await.unwrap();
    let seen = Project::list(&mut *alice, None, 100).await.unwrap();
    assert!(
        seen.iter().any(|p| p.user_id == id(ALICE)),
        "alice sees her own projects: {seen:?}"
    );
    assert!(
        seen.iter().all(|p| p.user_id == id(ALICE) || p.is_public),
        "alice sees hers and published ones"
    );
    assert!(Project::find(&mut *alice, &id(BOB_PRIVATE))
        .await
        .unwrap()
        .is_none());
    // She cannot change or delete Bob's project: 0 rows.
    let patch = ProjectPatch {
        name: Some("hijacked".into()),
        ..Default::default()
    };
    assert!(Project::patch(&mut *alice, &id(BOB_PRIVATE), &patch)
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        Project::delete(&mut *alice, &id(BOB_PRIVATE))
            .await
            .unwrap(),
        0
    );
    // Her own works, and inserting for Bob is refused by the policy.
    assert!(Project::patch(&mut *alice, &id(ALICE_PRIVATE), &patch)
        .await
        .unwrap()
        .is_some());
    alice.rollback().await.unwrap();

    let mut alice = Session::as_user(&pool, ALICE).await.unwrap();
    let err = Project::insert(&mut *alice, &new_project(BOB, "for bob"))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("row-level security"), "{err}");
    drop(alice); // rolled back on drop

    let bob = Project::get(&pool, &id(BOB_PRIVATE)).await.unwrap();
    assert_eq!(bob.name, "Bob private", "bob's row unchanged");
    assert_eq!(
        Project::get(&pool, &id(ALICE_PRIVATE)).await.unwrap().name,
        "Alice private",
        "alice's patch was rolled back"
    );

    let mut admin = Session::as_user(&pool, DANA_ADMIN).await.unwrap();
    assert_eq!(
        Project::list(&mut *admin, None, 100).await.unwrap().len(),
        4,
        "the admin sees all"
    );
    admin.commit().await.unwrap();

    let mut anon = Session::as_anon(&pool).await.unwrap();
    let visible = Project::list(&mut *anon, None, 100).await.unwrap();
    assert_eq!(visible.len(), 2);
    assert!(
        visible.iter().all(|p| p.is_public),
        "anon sees only published projects"
    );
    assert!(ApiKey::list(&mut *anon, None, 100)
        .await
        .unwrap()
        .is_empty());
    anon.commit().await.unwrap();

    // auth.uid() and auth.role() inside a session are the claims.
    let mut s = Session::as_user(&pool, CAROL).await.unwrap();
    let (uid, role): (Uuid, String) = sqlx::query_as("SELECT auth.uid(), auth.role()")
        .fetch_one(&mut *s)
        .await
        .unwrap();
    assert_eq!((uid, role.as_str()), (id(CAROL), "authenticated"));
}

/// A hand-written projection of `public.projects`, checked against the
/// committed snapshot at compile time.
#[derive(Debug, runtime::Table)]
#[table(
    schema = "public",
    name = "projects",
    view,
    snapshot = "../generated/schema.json"
)]
struct ProjectName {
    #[column(primary_key)]
    id: Uuid,
    name: String,
    #[column(indexed)]
    user_id: Uuid,
    description: Option<String>,
}

#[tokio::test]
async fn a_hand_written_projection_works() {
    let (_db, pool) = seeded().await;
    let p = ProjectName::get(&pool, &id(ALICE_PRIVATE)).await.unwrap();
    assert_eq!((p.id, p.user_id), (id(ALICE_PRIVATE), id(ALICE)));
    assert_eq!(p.name, "Alice private");
    assert_eq!(p.description.as_deref(), Some("Internal tool"));
    assert_eq!(
        ProjectName::list_by_user_id(&pool, &id(BOB))
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        <ProjectName as runtime::Table>::COLUMNS,
        ["id", "name", "user_id", "description"]
    );
}

/// `upsert` is `insert`'s values under another statement
/// (`runtime::query::with_sql`); a statement built with `Fetch::new` keeps
/// its values the same way.
#[tokio::test]
async fn a_statement_takes_another_sql_with_its_values() {
    let (_db, pool) = seeded().await;
    let built: runtime::Fetch<'_, _, (i32, String), runtime::query::One> =
        runtime::Fetch::new(&pool, sqlx::query("SELECT 0").bind(41).bind("x"));
    let (n, s) = runtime::query::with_sql(built, "SELECT $1::int + 1, $2::text || 'y'")
        .await
        .unwrap();
    assert_eq!((n, s.as_str()), (42, "xy"));
    let bound: runtime::Fetch<'_, _, (i32,), runtime::query::Optional> =
        runtime::query::bound(&pool, "SELECT 1", &[&2i32]);
    let swapped = runtime::query::with_sql(bound, "SELECT $1::int WHERE $1::int = 3");
    assert_eq!(swapped.await.unwrap(), None);
    // A value that failed to encode stays the error of `.await`.
    let bad: std::collections::HashMap<(i32, i32), i32> = [((1, 2), 3)].into();
    let failed: runtime::Fetch<'_, _, (i32,), runtime::query::Optional> =
        runtime::query::bound(&pool, "SELECT 1", &[&sqlx::types::Json(&bad)]);
    let err = runtime::query::with_sql(failed, "SELECT $1::jsonb")
        .await
        .unwrap_err();
    assert!(matches!(err, sqlx::Error::Encode(_)), "{err}");
}

/// Rows and insert structs get `Deserialize` from `runtime::de::record`:
/// it must behave as serde's derive does.
#[tokio::test]
async fn rows_and_insert_structs_round_trip_through_json_like_serde_derive() {
    let (_db, pool) = seeded().await;
    // Every seeded project: JSON and back, and as a sequence (bincode-like formats).
    let projects = Project::list(&pool, None, 100).await.unwrap();
    assert!(projects.len() > 3);
    for p in &projects {
        let json = serde_json::to_value(p).unwrap();
        let back: Project = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(&back, p);
        // Field order is the column order of `Table::COLUMNS`.
        let values: Vec<serde_json::Value> = <Project as runtime::Table>::COLUMNS
            .iter()
            .map(|c| json[*c].clone())
            .collect();
        let from_seq: Project = serde_json::from_value(serde_json::Value::Array(values)).unwrap();
        assert_eq!(&from_seq, p);
    }

    // A request body: missing Option fields are None, unknown keys ignored.
    let body = format!(r#"{{"user_id": "{ALICE}", "name": "from json", "extra": 1}}"#);
    let new: NewProject = serde_json::from_str(&body).unwrap();
    let expected = NewProject {
        description: None,
        tags: None,
        ..new_project(ALICE, "from json")
    };
    assert_eq!(new, expected);
    let made = Project::insert(&pool, &new).await.unwrap();
    assert_eq!(made.name, "from json");

    // Errors are serde's.
    let missing = serde_json::from_str::<NewProject>(&format!(r#"{{"user_id": "{ALICE}"}}"#))
        .unwrap_err()
        .to_string();
    assert!(missing.starts_with("missing field `name`"), "{missing}");
    let twice = serde_json::from_str::<NewProject>(r#"{"name": "a", "name": "b"}"#)
        .unwrap_err()
        .to_string();
    assert!(twice.starts_with("duplicate field `name`"), "{twice}");
    let wrong =
        serde_json::from_str::<NewProject>(&format!(r#"{{"user_id": "{ALICE}", "name": 5}}"#))
            .unwrap_err()
            .to_string();
    assert!(
        wrong.starts_with("invalid type: integer `5`, expected a string"),
        "{wrong}"
    );
    let short = serde_json::from_str::<NewProject>("[null]")
        .unwrap_err()
        .to_string();
    assert!(
        short.contains("invalid length 1, expected struct NewProject"),
        "{short}"
    );
}

/// The generator and the derive promise `runtime::Deserialize` up to
/// `schema::types::MAX_RECORD_FIELDS` fields; `runtime::de` must serve that many.
#[test]
fn runtime_deserialize_serves_as_many_fields_as_promised() {
    fn served<T: for<'de> runtime::de::Fields<'de>>() {}
    assert_eq!(runtime::de::MAX_FIELDS, schema::types::MAX_RECORD_FIELDS);
    // A tuple of MAX_RECORD_FIELDS (48) fields: does not compile if `de` stops short.
    served::<(
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
        u8,
    )>();
}

/// The platform's typed queries (`queries/dashboards.sql`) through an RLS
/// session: each cardinality, proven NOT NULL columns decoded without
/// `Option`, the outer join's side as `Option`.
#[tokio::test]
async fn typed_queries_run_through_a_session() {
    use generated::queries;
    let (_db, pool) = seeded().await;

    let mut alice = Session::as_user(&pool, ALICE).await.unwrap();
    let mine = queries::projects_of_user(&mut *alice, &id(ALICE), &10)
        .await
        .unwrap();
    assert!(!mine.is_empty(), "alice has projects");
    assert!(mine.iter().any(|p| p.organization.is_some()), "{mine:?}");
    let bobs = queries::projects_of_user(&mut *alice, &id(BOB), &10)
        .await
        .unwrap();
    assert!(
        bobs.iter().all(|p| p.name != "Bob private"),
        "RLS hides bob's private project from alice: {bobs:?}"
    );
    let ratings = queries::template_ratings(&mut *alice).await.unwrap();
    assert!(!ratings.is_empty());
    assert!(ratings
        .iter()
        .all(|r| r.reviews >= 0 && r.average_rating >= 0.0));
    let renamed = queries::rename_project(&mut *alice, "Not yours", &id(BOB_PRIVATE))
        .await
        .unwrap();
    assert_eq!(renamed, 0, "alice cannot rename bob's project");
    let project = mine[0].id;
    let comment = queries::add_comment(&mut *alice, &project, &id(ALICE), "typed")
        .await
        .unwrap()
        .expect("the comment row");
    assert!(comment.edited_at.is_none());
    queries::touch_project(&mut *alice, &project).await.unwrap();
    alice.commit().await.unwrap();

    let acme = queries::organization_by_slug(&pool, "acme")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(acme.slug, "acme");
    let none = queries::organization_by_slug(&pool, "no-such-org")
        .await
        .unwrap();
    assert!(none.is_none());
    let usage = queries::usage_per_day(
        &pool,
        &id(ALICE),
        &chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(),
    )
    .await
    .unwrap();
    assert!(!usage.is_empty(), "seeded usage");
}

/// Helpers bind through `Fetch::bound`: a value that cannot be encoded is
/// the error of `.await` (`sqlx::Error::Encode`, naming the parameter), as
/// with sqlx's own `bind`, and the statement never runs.
#[tokio::test]
async fn a_value_that_does_not_encode_is_the_error_of_await() {
    let (_db, pool) = seeded().await;
    let before = Project::list(&pool, None, 1000).await.unwrap().len();
    assert!(before > 0, "the seed has projects");
    // JSON object keys must be strings: serde_json refuses a tuple key.
    let bad: std::collections::HashMap<(i32, i32), i32> = [((1, 2), 3)].into();
    let fetch: runtime::query::Fetch<'_, _, (), runtime::query::Affected> =
        runtime::query::Fetch::bound(
            &pool,
            "DELETE FROM public.projects WHERE $1::int = 1 AND $2::jsonb IS NOT NULL",
            &[&1i32, &sqlx::types::Json(&bad)],
        );
    let err = fetch.await.unwrap_err();
    assert!(matches!(err, sqlx::Error::Encode(_)), "{err}");
    assert!(err.to_string().contains("argument $2"), "{err}");
    let after = Project::list(&pool, None, 1000).await.unwrap().len();
    assert_eq!(after, before, "nothing ran");
    // The same statement with values that encode runs.
    let ok: runtime::query::Fetch<'_, _, (), runtime::query::Affected> =
        runtime::query::Fetch::bound(
            &pool,
            "SELECT $1::int, $2::jsonb",
            &[&1i32, &sqlx::types::Json(serde_json::json!({"a": 1}))],
        );
    assert_eq!(ok.await.unwrap(), 1);
}

/// Tables as wide as runtime's tuples and one column wider
/// (`schema::types::MAX_RECORD_FIELDS` = 48): `FromRow` goes through
/// `runtime::row::record` up to 48 fields and reads field by field past it;
/// `insert_many` goes through `Fetch::unnest` up to 48 written columns and
/// fills one array per column past it.
macro_rules! wide_table {
    ($row:ident, $new:ident, $patch:ident, $table:tt, $($c:ident),+) => {
        #[derive(Debug, Clone, PartialEq, runtime::Table)]
        #[table(schema = "public", name = $table, insert = $new, patch = $patch)]
        struct $row {
            #[column(primary_key, identity = "always")]
            id: i64,
            $($c: Option<i32>,)+
        }
        #[derive(Debug, Clone)]
        struct $new {
            $($c: Option<i32>,)+
        }
        #[derive(Debug, Clone, Default)]
        struct $patch {
            $($c: Option<Option<i32>>,)+
        }
        impl $new {
            /// Row `n`: column `ck` holds `n * 100 + k`, except every third column is NULL.
            fn nth(n: i32) -> Self {
                let mut k = 0;
                $new { $($c: { k += 1; (k % 3 != 0).then_some(n * 100 + k) },)+ }
            }
        }
    };
}
// 48 fields: the record path for FromRow, 47 columns for Unnest.
wide_table! {
    Wide48, NewWide48, Wide48Patch, "wide48",
    c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
    c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38,
    c39, c40, c41, c42, c43, c44, c45, c46, c47
}
// 49 fields: FromRow field by field, 48 columns for Unnest (its largest tuple).
wide_table! {
    Wide49, NewWide49, Wide49Patch, "wide49",
    c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
    c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38,
    c39, c40, c41, c42, c43, c44, c45, c46, c47, c48
}
// 50 fields: both fallbacks.
wide_table! {
    Wide50, NewWide50, Wide50Patch, "wide50",
    c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
    c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38,
    c39, c40, c41, c42, c43, c44, c45, c46, c47, c48, c49
}

#[tokio::test]
async fn tables_wider_than_runtimes_tuples() {
    let db = TestDb::new().await;
    let pool = PgPool::connect(&db.url).await.unwrap();

    macro_rules! round_trip {
        ($row:ident, $new:ident, $patch:ident, $width:expr) => {
            assert_eq!(<$row as runtime::Table>::COLUMNS.len(), $width + 1);
            let table = <$row as runtime::Table>::NAME;
            let cols: Vec<String> = (1..=$width).map(|k| format!("c{k} int")).collect();
            exec(
                &db.url,
                &format!(
                    "CREATE TABLE public.{table} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, {})",
                    cols.join(", ")
                ),
            )
            .await;
            let rows: Vec<$new> = (1..=3).map($new::nth).collect();
            let inserted = $row::insert_many(&pool, &rows).await.unwrap();
            assert_eq!(inserted.len(), 3);
            let one = $row::insert(&pool, &$new::nth(4)).await.unwrap();
            for (n, row) in inserted.iter().chain([&one]).enumerate() {
                let n = n as i32 + 1;
                assert_eq!(row, &$row::get(&pool, &row.id).await.unwrap());
                // The last column and a NULL one, read back in place.
                let sql = format!("SELECT c{w}, c3 FROM public.{table} WHERE id = $1", w = $width);
                let (last, third): (Option<i32>, Option<i32>) = sqlx::query_as(&sql)
                    .bind(row.id)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                let want = |k: i32| (k % 3 != 0).then_some(n * 100 + k);
                assert_eq!((last, third), (want($width), None));
                assert_eq!(row.c1, Some(n * 100 + 1));
            }
            // FromRow through sqlx, as a user's own query would use it.
            let all: Vec<$row> = sqlx::query_as(&format!("SELECT * FROM public.{table} ORDER BY id"))
            .fetch_all(&pool)
            .await
            .unwrap();
            assert_eq!(all.len(), 4);
            assert_eq!(all[3], one);
            // A patch sets only what it names: c1 to NULL, c2 to 7.
            let patched = $row::patch(
                &pool,
                &one.id,
                &$patch {
                    c1: Some(None),
                    c2: Some(Some(7)),
                    ..Default::default()
                },
            )
            .await
            .unwrap()
            .unwrap();
            assert_eq!(
                (patched.c1, patched.c2, patched.c4),
                (None, Some(7), one.c4)
            );
        };
    }
    round_trip!(Wide48, NewWide48, Wide48Patch, 47);
    round_trip!(Wide49, NewWide49, Wide49Patch, 48);
    round_trip!(Wide50, NewWide50, Wide50Patch, 49);
}

/// Emitted paths start at `::runtime` (or `#[table(crate = "…")]`), so a
/// user's own `runtime` module, `Option`, `Vec` or `Result` in scope change
/// nothing.
mod shadowed {
    #![allow(dead_code)]
    mod runtime {}
    struct Option;
    struct Vec;
    struct Result;

    #[derive(Debug, PartialEq, ::runtime::Table)]
    #[table(name = "labels", insert = NewLabel, patch = LabelPatch)]
    pub struct Label {
        #[column(primary_key, identity = "always")]
        pub id: i64,
        pub name: String,
        pub note: ::core::option::Option<String>,
        #[column(sql_type = "text[]")]
        pub tags: ::std::vec::Vec<String>,
    }

    pub struct NewLabel {
        pub name: String,
        pub note: ::core::option::Option<String>,
        pub tags: ::std::vec::Vec<String>,
    }

    #[derive(Default)]
    pub struct LabelPatch {
        pub name: ::core::option::Option<String>,
        pub note: ::core::option::Option<::core::option::Option<String>>,
        pub tags: ::core::option::Option<::std::vec::Vec<String>>,
    }

    /// The same table through the renamed crate.
    #[derive(Debug, PartialEq, ::renamed_runtime::Table)]
    #[table(name = "labels", view, crate = "::renamed_runtime")]
    pub struct LabelName {
        #[column(primary_key)]
        pub id: i64,
        pub name: String,
    }
}

#[tokio::test]
async fn emitted_paths_ignore_the_users_names_and_follow_crate() {
    use shadowed::{Label, LabelName, LabelPatch, NewLabel};
    let db = TestDb::new().await;
    let pool = PgPool::connect(&db.url).await.unwrap();
    exec(
        &db.url,
        "CREATE TABLE public.labels (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, \
         name text NOT NULL, note text, tags text[] NOT NULL)",
    )
    .await;
    let new = |name: &str, tags: &[&str]| NewLabel {
        name: name.into(),
        note: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
    };
    let many = Label::insert_many(&pool, &[new("a", &["x", "y"]), new("b", &[])])
        .await
        .unwrap();
    assert_eq!(many.len(), 2);
    let c = Label::insert(&pool, &new("c", &["z"])).await.unwrap();
    let patch = LabelPatch {
        note: Some(Some("noted".into())),
        ..Default::default()
    };
    let c = Label::patch(&pool, &c.id, &patch).await.unwrap().unwrap();
    assert_eq!(Label::get(&pool, &c.id).await.unwrap(), c);

    // The judge: the rows as PostgreSQL holds them, read by a plain query.
    let stored: Vec<(i64, String, Option<String>, Vec<String>)> =
        sqlx::query_as("SELECT id, name, note, tags FROM public.labels ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    let want: Vec<(String, Option<String>, Vec<String>)> = vec![
        ("a".into(), None, vec!["x".into(), "y".into()]),
        ("b".into(), None, vec![]),
        ("c".into(), Some("noted".into()), vec!["z".into()]),
    ];
    let got: Vec<_> = stored
        .iter()
        .map(|(_, n, o, t)| (n.clone(), o.clone(), t.clone()))
        .collect();
    assert_eq!(got, want);

    // The renamed crate's struct reads the same rows.
    let names = LabelName::list(&pool, None, 10).await.unwrap();
    let ids: Vec<i64> = stored.iter().map(|r| r.0).collect();
    assert_eq!(names.iter().map(|n| n.id).collect::<Vec<_>>(), ids);
    assert_eq!(
        names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    assert_eq!(
        <LabelName as renamed_runtime::Table>::SELECT,
        "SELECT \"id\", \"name\" FROM \"public\".\"labels\""
    );
}
