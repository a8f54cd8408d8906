//! Derive helpers against hand-written `sqlx::query_as` with the same SQL on
//! the same pool, in one run (interleaved rounds, medians); `insert_many`
//! also against `COPY` of the same rows.
//!
//! `cargo bench -p tests --bench helpers` (server: `TEST_DATABASE_URL`,
//! default a throw-away cluster, as the tests).

use generated::*;
use runtime::Table as _;
use sqlx::PgPool;
use std::future::Future;
use std::time::{Duration, Instant};
use uuid::Uuid;

const ALICE: Uuid = Uuid::from_u128(0x00000000_0000_4000_8000_00000000000a);

async fn time<F, Fut>(n: usize, mut f: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ()>,
{
    let started = Instant::now();
    for _ in 0..n {
        f().await;
    }
    started.elapsed() / n as u32
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

async fn compare<A, AF, B, BF>(
    label: &str,
    rounds: usize,
    n: usize,
    mut ours: A,
    mut baseline: B,
    target: f64,
) where
    A: FnMut() -> AF,
    AF: Future<Output = ()>,
    B: FnMut() -> BF,
    BF: Future<Output = ()>,
{
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        a.push(time(n, &mut ours).await);
        b.push(time(n, &mut baseline).await);
    }
    let (a, b) = (median(a), median(b));
    println!(
        "{label:<28} helper {:>9.1} µs   baseline {:>9.1} µs   ratio {:.3}x (target <= {target}x)",
        a.as_secs_f64() * 1e6,
        b.as_secs_f64() * 1e6,
        a.as_secs_f64() / b.as_secs_f64()
    );
}

fn events(n: usize) -> Vec<NewEvent> {
    (0..n)
        .map(|i| NewEvent {
            user_id: Some(ALICE),
            project_id: None,
            session_id: None,
            name: format!("bench.{}", i % 10),
            properties: Some(serde_json::json!({ "i": i })),
            occurred_at: Some(chrono::Utc::now()),
        })
        .collect()
}

#[tokio::main]
async fn main() {
    let db = tests::TestDb::new().await;
    let m = codegen::migrate::Migrator::open(&tests::platform_migrations()).unwrap();
    let mut conn = db.connect().await;
    m.reset(&mut conn, &db.url, false, &mut tests::quiet())
        .await
        .unwrap();
    let pool = PgPool::connect(&db.url).await.unwrap();
    let bulk: Vec<NewProject> = (0..100)
        .map(|i| NewProject {
            id: None,
            user_id: ALICE,
            organization_id: None,
            name: format!("bench {i}"),
            description: None,
            status: None,
            tags: None,
            is_public: None,
            created_at: None,
            updated_at: None,
        })
        .collect();
    let made = Project::insert_many(&pool, &bulk).await.unwrap();
    let key = made[0].id;
    let find_sql = format!("{} WHERE \"id\" = $1", Project::SELECT);
    let list_sql = format!("{} WHERE \"user_id\" = $1 ORDER BY \"id\"", Project::SELECT);

    compare(
        "find by primary key",
        7,
        500,
        || async {
            Project::find(&pool, &key).await.unwrap().unwrap();
        },
        || async {
            sqlx::query_as::<_, Project>(&find_sql)
                .bind(key)
                .fetch_optional(&pool)
                .await
                .unwrap()
                .unwrap();
        },
        1.03,
    )
    .await;
    compare(
        "list_by foreign key (100+)",
        7,
        100,
        || async {
            Project::list_by_user_id(&pool, &ALICE).await.unwrap();
        },
        || async {
            sqlx::query_as::<_, Project>(&list_sql)
                .bind(ALICE)
                .fetch_all(&pool)
                .await
                .unwrap();
        },
        1.03,
    )
    .await;
    let insert_sql = "INSERT INTO \"public\".\"page_views\" (\"user_id\", \"path\", \"referrer\", \"time_on_page\", \"client_ip\", \"viewed_at\") \
        VALUES ($1, $2, $3, $4, $5, COALESCE($6, now())) RETURNING \"id\", \"user_id\", \"path\", \"referrer\", \"time_on_page\", \"client_ip\", \"viewed_at\"";
    let view = NewPageView {
        id: None,
        user_id: Some(ALICE),
        path: "/bench".into(),
        referrer: None,
        time_on_page: None,
        client_ip: None,
        viewed_at: None,
    };
    compare(
        "insert (page_views)",
        7,
        300,
        || async {
            PageView::insert(&pool, &view).await.unwrap();
        },
        || async {
            sqlx::query_as::<_, PageView>(insert_sql)
                .bind(view.user_id)
                .bind(&view.path)
                .bind(&view.referrer)
                .bind(view.time_on_page)
                .bind(view.client_ip)
                .bind(view.viewed_at)
                .fetch_one(&pool)
                .await
                .unwrap();
        },
        1.03,
    )
    .await;

    // insert_many of 10,000 rows against COPY of the same rows (text format).
    let rows = events(10_000);
    let copy_text: String = rows
        .iter()
        .map(|e| {
            format!(
                "{}\t\\N\t\\N\t{}\t{}\t{}\n",
                e.user_id.unwrap(),
                e.name,
                e.properties.as_ref().unwrap(),
                e.occurred_at.unwrap().to_rfc3339()
            )
        })
        .collect();
    let (mut ours, mut copy) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let started = Instant::now();
        let inserted = Event::insert_many(&pool, &rows).await.unwrap();
        ours.push(started.elapsed());
        assert_eq!(inserted.len(), 10_000);
        let started = Instant::now();
        let mut conn = pool.acquire().await.unwrap();
        let mut sink = conn
            .copy_in_raw("COPY public.events (user_id, project_id, session_id, name, properties, occurred_at) FROM STDIN")
            .await
            .unwrap();
        sink.send(copy_text.as_bytes()).await.unwrap();
        assert_eq!(sink.finish().await.unwrap(), 10_000);
        copy.push(started.elapsed());
    }
    let (ours, copy) = (median(ours), median(copy));
    println!(
        "{:<28} helper {:>9.1} ms   COPY     {:>9.1} ms   ratio {:.2}x (target <= 1.5x; the helper also returns every row)",
        "insert_many 10,000 events",
        ours.as_secs_f64() * 1e3,
        copy.as_secs_f64() * 1e3,
        ours.as_secs_f64() / copy.as_secs_f64()
    );
}
