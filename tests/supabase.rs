//! A Supabase project's migration history, unmodified, on the embedded
//! database: applied by the `codegen` binary with no DATABASE_URL, then the
//! generated crate is built.

use std::path::{Path, PathBuf};
use std::process::Command;
use tests::*;

fn history() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("supabase")
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn a_supabase_history_applies_on_the_embedded_database_and_generates_a_crate_that_builds() {
    let root = workspace().join("target/codegen-supabase");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"gen\"]\n",
    )
    .unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    // A project without this platform's file conventions, with an
    // extension enabled from the dashboard before the first migration.
    let config = root.join("codegen.toml");
    std::fs::write(
        &config,
        "extensions = [\"pg_trgm\"]\n[lint]\nallow = [\"header-missing\", \"rollback-missing\"]\n",
    )
    .unwrap();
    let out = Command::new(codegen_bin())
        .arg("--migrations")
        .arg(history())
        .arg("--config")
        .arg(&config)
        .arg("--out")
        .arg(root.join("gen"))
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    for applied in [
        "20240101000000_init",
        "20240102000000_storage-and-hooks",
        "20240103000000_settings",
    ] {
        assert!(
            stderr.contains(&format!("applied     {applied}")),
            "{applied}: {stderr}"
        );
    }
    assert!(
        stderr.contains("warning: skipping") && stderr.contains("local_notes.sql"),
        "{stderr}"
    );
    for ext in ["vector", "pg_net", "pg_cron"] {
        assert!(
            stderr.contains(&format!("warning: stand-in for extension {ext} ")),
            "{ext}: {stderr}"
        );
    }
    let documents = std::fs::read_to_string(root.join("gen/src/public/documents.rs")).unwrap();
    assert!(
        documents.contains("sql_type = \"vector(1536)\""),
        "{documents}"
    );
    assert!(
        documents.contains("pub embedding: Option<String>"),
        "{documents}"
    );
    let functions = std::fs::read_to_string(root.join("gen/src/public/functions.rs")).unwrap();
    assert!(
        functions.contains("pub fn match_documents")
            || functions.contains("async fn match_documents"),
        "{functions}"
    );

    let check = Command::new(env!("CARGO"))
        .args(["check", "--offline", "--message-format", "short"])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", workspace().join("target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{stderr}");
    assert!(!stderr.lines().any(|l| l.contains("warning")), "{stderr}");
}

/// On the embedded database a stand-in is catalog-faithful: `CREATE
/// EXTENSION IF NOT EXISTS` again is a no-op, `COMMENT ON EXTENSION` works,
/// `DROP EXTENSION` removes its objects, and `status` lists it; an
/// extension with no stand-in names the package to install. On a
/// DATABASE_URL no stand-in is ever made.
#[tokio::test]
async fn stand_ins_behave_like_extensions_and_stay_off_real_databases() {
    let dir = migrations_dir(&[
        ("001_vec.sql", "create extension if not exists vector with schema extensions;\ncreate extension if not exists vector;\ncomment on extension vector is 'x';\ncreate table public.e (id int primary key, v extensions.vector(3));\ninsert into public.e values (1, '[1,2,3]');\n-- DISTINCT, UNION, GROUP BY and ORDER BY need pgvector's btree class\ncreate view public.ev as select distinct v from public.e union select v from public.e group by v order by v;\n"),
        ("002_drop.sql", "drop view public.ev;\ndrop table public.e;\ndrop extension vector;\n"),
    ]);
    let out = Command::new(codegen_bin())
        .arg("--migrations")
        .arg(dir.path())
        .args(["migrate", "up"])
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        !stderr.contains("stand-in for extension vector"),
        "dropped, so not reported: {stderr}"
    );

    let missing = migrations_dir(&[(
        "001_gis.sql",
        "create extension if not exists postgis_raster;\n",
    )]);
    let out = Command::new(codegen_bin())
        .arg("--migrations")
        .arg(missing.path())
        .args(["migrate", "up"])
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let available = std::path::Path::new("/usr/share/postgresql").exists()
        && glob_has("/usr/share/postgresql", "postgis_raster.control");
    if available {
        assert!(out.status.success(), "{stderr}");
    } else {
        assert!(!out.status.success());
        assert!(
            stderr.contains(
                "001_gis.sql:1:1: extension `postgis_raster` is not installed on this machine"
            ),
            "{stderr}"
        );
        assert!(
            stderr.contains("apt-get install postgresql-") && stderr.contains("-postgis-3"),
            "{stderr}"
        );
    }

    // A real server (DATABASE_URL) never gets a stand-in.
    let db = TestDb::new().await;
    let err = up(dir.path(), &db.url).await.unwrap_err().to_string();
    let has_vector: bool = {
        let mut conn = db.connect().await;
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector')",
        )
        .fetch_one(&mut conn)
        .await
        .unwrap()
    };
    if !has_vector {
        assert!(err.contains("vector"), "{err}");
    }
}

/// Every stand-in is dropped as the extension is: `DROP EXTENSION` with no
/// CASCADE takes all its objects (http's composite types were left out, so
/// a history's `drop extension if exists http` failed: PostgreSQL itself
/// refuses a DROP that would leave a dependent object behind).
#[test]
fn every_stand_in_drops_like_its_extension() {
    let names: Vec<&str> = codegen::db::standins::names().collect();
    assert!(!names.is_empty(), "there are stand-ins");
    let create: String = names
        .iter()
        .map(|n| format!("create extension if not exists \"{n}\";\n"))
        .collect();
    let drop: String = names
        .iter()
        .map(|n| format!("drop extension if exists \"{n}\";\n"))
        .collect();
    let dir = migrations_dir(&[("001_create.sql", &create), ("002_drop.sql", &drop)]);
    let out = Command::new(codegen_bin())
        .arg("--migrations")
        .arg(dir.path())
        .args(["migrate", "up"])
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("applied     002_drop"), "{stderr}");
}

fn glob_has(dir: &str, file: &str) -> bool {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .any(|v| v.path().join("extension").join(file).exists())
}

/// PostGIS as real schemas use it, on its stand-in where the machine lacks
/// it: `geography(Point, 4326)` columns, GiST indexes that take rows, the
/// usual constructors; the generated crate reads them as text.
#[test]
fn postgis_columns_gist_indexes_and_functions_apply() {
    let dir = migrations_dir(&[(
        "001_places.sql",
        "create extension if not exists postgis with schema extensions;\n\
         create table public.places (id int primary key, pos geography(Point, 4326) not null, area geometry(MultiPolygon, 4326));\n\
         create index places_pos on public.places using gist (pos);\n\
         create index places_area on public.places using gist (area);\n\
         insert into public.places select g, st_setsrid(st_makepoint(g, g), 4326)::geography, null from generate_series(1, 500) g;\n\
         create view public.near as select id from public.places where st_dwithin(pos, st_makepoint(1, 1)::geography, 1000);\n",
    )]);
    let out_dir = tempfile::tempdir().unwrap();
    let out = Command::new(codegen_bin())
        .arg("--migrations")
        .arg(dir.path())
        .arg("--out")
        .arg(out_dir.path())
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let places = std::fs::read_to_string(out_dir.path().join("src/public/places.rs")).unwrap();
    assert!(places.contains("pub pos: String"), "{places}");
    assert!(places.contains("via_text"), "{places}");
    assert!(
        !stderr.contains("has no Rust mapping"),
        "geometry is a known text type: {stderr}"
    );
}

/// Supabase Queues: `create extension pgmq` installs pgmq's own SQL where
/// the machine lacks it, so a queue takes a message and gives it back
/// (judged: the JSON `pgmq.read` returns, parsed); `drop extension pgmq`
/// takes the queue's tables with it and leaves the schema, as PostgreSQL
/// does with the real package. The CLI on the embedded database says so.
#[tokio::test]
async fn pgmq_queues_send_and_read_on_its_stand_in() {
    let migration = "create extension if not exists pgmq;\n\
                     select pgmq.create('q');\n\
                     select pgmq.send('q', '{\"a\":1}');\n";
    let dir = migrations_dir(&[("001_queue.sql", migration)]);
    let out = Command::new(codegen_bin())
        .arg("--migrations")
        .arg(dir.path())
        .args(["migrate", "up"])
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("stand-in for extension pgmq "), "{stderr}");

    let db = TestDb::new().await;
    let mut m = codegen::migrate::Migrator::open(dir.path()).unwrap();
    m.stand_ins = true;
    let mut conn = db.connect().await;
    m.up(&mut conn, &db.url, &mut quiet()).await.unwrap();
    let read: Vec<(i64, String)> =
        sqlx::query_as("SELECT msg_id, message::text FROM pgmq.read('q', 30, 1)")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    assert_eq!(read.len(), 1, "{read:?}");
    let message: serde_json::Value = serde_json::from_str(&read[0].1).unwrap();
    assert_eq!(message, serde_json::json!({ "a": 1 }));
    sqlx::raw_sql("DROP EXTENSION pgmq")
        .execute(&mut conn)
        .await
        .unwrap();
    let (queue, schema): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT to_regclass('pgmq.q_q')::text, to_regnamespace('pgmq')::text")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(queue, None, "the queue's table is a member");
    assert_eq!(schema.as_deref(), Some("pgmq"));
}
