//! `[typescript]`: our `database.types.ts` against what postgres-meta (the
//! generator behind `supabase gen types typescript`) prints for the same
//! database, when Node.js and a postgres-meta install are at hand:
//! `POSTGRES_META_DIR` names a directory holding
//! `node_modules/@supabase/postgres-meta` (`npm install @supabase/postgres-meta@0.99`
//! there). Without them the test prints "not compared" and passes.

use std::path::{Path, PathBuf};
use std::process::Command;
use tests::*;

/// postgres-meta's server script, when installed and Node.js runs.
fn postgres_meta() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("POSTGRES_META_DIR")?);
    let server = dir.join("node_modules/@supabase/postgres-meta/dist/server/server.js");
    let node = Command::new("node").arg("--version").output().ok()?;
    (node.status.success() && server.is_file()).then_some(server)
}

/// What postgres-meta prints for `schemas` of `url`, as the Supabase CLI runs it.
fn reference(server: &Path, url: &str, schemas: &[String]) -> Result<String, String> {
    let out = Command::new("node")
        .arg(server)
        .env("PG_META_GENERATE_TYPES", "typescript")
        .env("PG_META_DB_URL", url)
        .env("PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS", schemas.join(","))
        .env(
            "PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS",
            "true",
        )
        .output()
        .expect("node runs");
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(String::from_utf8(out.stdout).expect("UTF-8"))
}

/// Ours, written by the main job on `url` for `schemas`.
fn ours(url: &str, schemas: &[String], work: &Path) -> String {
    let ts = work.join("database.types.ts");
    let config = work.join("codegen.toml");
    let list: Vec<String> = schemas.iter().map(|s| format!("{s:?}")).collect();
    write(
        &config,
        &format!(
            "schemas = [{}]\n[typescript]\nout = {:?}\n",
            list.join(", "),
            ts.display().to_string()
        ),
    );
    let out = Command::new(codegen_bin())
        .arg("--database-url")
        .arg(url)
        .arg("--config")
        .arg(&config)
        .arg("--out")
        .arg(work.join("generated"))
        .arg("--migrations")
        .arg(work.join("no-migrations"))
        .output()
        .expect("codegen runs");
    assert!(
        out.status.success(),
        "codegen failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&ts).expect("the TypeScript file is written")
}

/// The first lines where the two texts differ, for the report.
fn first_differences(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = at.saturating_sub(3);
    let show = |v: &[&str]| v[from.min(v.len())..(at + 6).min(v.len())].join("\n");
    format!(
        "first difference at line {}:\n--- postgres-meta\n{}\n--- ours\n{}",
        at + 1,
        show(&e),
        show(&a)
    )
}

/// tsc --strict --noEmit on our file, when TypeScript is installed beside postgres-meta.
fn typecheck(file: &Path) {
    let Some(dir) = std::env::var_os("POSTGRES_META_DIR").map(PathBuf::from) else {
        return;
    };
    let tsc = dir.join("node_modules/typescript/bin/tsc");
    if !tsc.is_file() {
        println!("tsc not installed: not type-checked");
        return;
    }
    let out = Command::new("node")
        .arg(&tsc)
        .args(["--strict", "--noEmit", "--skipLibCheck"])
        .arg(file)
        .output()
        .expect("tsc runs");
    assert!(
        out.status.success(),
        "tsc --strict on {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stdout)
    );
}

/// Compares ours with postgres-meta's; `exact` databases must be byte-equal.
fn compare(server: &Path, name: &str, url: &str, schemas: &[String], exact: bool) {
    let work = tempfile::tempdir().expect("tempdir");
    let actual = ours(url, schemas, work.path());
    typecheck(&work.path().join("database.types.ts"));
    let expected = match reference(server, url, schemas) {
        Ok(text) => text,
        Err(e) => {
            // postgres-meta 0.99 throws on a function named like an
            // Object.prototype member (`constructor`, `toString`).
            assert!(!exact, "{name}: postgres-meta failed: {e}");
            println!("{name}: postgres-meta fails on it: not compared");
            return;
        }
    };
    // Both texts, for a closer look, when TYPESCRIPT_KEEP names a directory.
    if let Some(keep) = std::env::var_os("TYPESCRIPT_KEEP").map(PathBuf::from) {
        let file = name.replace('/', "_");
        std::fs::create_dir_all(&keep).expect("TYPESCRIPT_KEEP is writable");
        write(&keep.join(format!("{file}.postgres-meta.ts")), &expected);
        write(&keep.join(format!("{file}.ours.ts")), &actual);
    }
    if expected == actual {
        println!("{name}: byte-equal ({} lines)", expected.lines().count());
        return;
    }
    let report = first_differences(&expected, &actual);
    assert!(!exact, "{name}: differs from postgres-meta\n{report}");
    println!("{name}: differs (known)\n{report}");
}

/// A new database `name` on the server of `server_url`, as a URL.
async fn create_database(server_url: &str, name: &str) -> String {
    let mut admin = codegen::db::connect(server_url)
        .await
        .expect("the embedded cluster is reachable");
    sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("create the database");
    codegen::db::close(admin).await;
    let mut url = url::Url::parse(server_url).expect("a URL");
    url.set_path(name);
    url.to_string()
}

/// Real Supabase projects' histories, applied by the product's runner on
/// codegen's embedded cluster (the shim and the stand-ins for the
/// extensions a new Supabase project has), and compared on the schemas
/// their apps generate types for. (label, migrations folder, schemas, exact)
fn histories() -> Vec<(&'static str, PathBuf, Vec<String>, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schemas = |s: &[&str]| s.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    vec![
        (
            "tests/supabase",
            root.join("supabase"),
            schemas(&["public"]),
            true,
        ),
        (
            "flutterkaigi-2024",
            root.join("supabase/flutterkaigi-2024"),
            schemas(&["public", "stripe"]),
            true,
        ),
        (
            "postgres-new",
            root.join("supabase/postgres-new"),
            schemas(&["public"]),
            true,
        ),
        ("jet", root.join("supabase/jet"), schemas(&["public"]), true),
        (
            "basejump",
            root.join("pgtap/basejump/supabase/migrations"),
            schemas(&["public", "basejump"]),
            true,
        ),
        (
            "slack-clone",
            root.join("fixtures/slack-clone/supabase/migrations"),
            schemas(&["public"]),
            true,
        ),
        (
            "drizzle-starter",
            root.join("fixtures/drizzle-starter/supabase/migrations"),
            schemas(&["public"]),
            true,
        ),
    ]
}

#[tokio::test]
async fn typescript_matches_postgres_meta() {
    let Some(server) = postgres_meta() else {
        println!("POSTGRES_META_DIR or node missing: not compared");
        return;
    };
    // The platform's migrations.
    let db = TestDb::new().await;
    up(&platform_migrations(), &db.url)
        .await
        .expect("migrations apply");
    compare(&server, "platform", &db.url, &["public".to_owned()], true);

    // The Supabase histories, one database each on one embedded cluster.
    let cluster = codegen::db::Target::open(None).expect("the embedded cluster starts");
    for (i, (name, dir, schemas, exact)) in histories().into_iter().enumerate() {
        let url = create_database(cluster.url(), &format!("history_{i}")).await;
        let mut migrator = codegen::migrate::Migrator::open(&dir).expect("the history reads");
        migrator.stand_ins = true;
        let mut conn = codegen::db::connect(&url).await.expect("connect");
        if let Err(e) = migrator.up(&mut conn, &url, &mut quiet()).await {
            panic!("{name}: the history does not apply: {e}");
        }
        codegen::db::close(conn).await;
        compare(&server, name, &url, &schemas, exact);
    }

    // The shared fixtures.
    for (name, exact) in [
        ("pagila", true),
        ("subscription_payments", true),
        ("graphile_kitchen_sink", false),
    ] {
        let (db, schemas) = fixture_db(name).await;
        compare(&server, name, &db.url, &schemas, exact);
        if name == "graphile_kitchen_sink" {
            // Again without the schemas where postgres-meta throws.
            let mut conn = db.connect().await;
            let throws: Vec<String> = sqlx::query_scalar(
                "SELECT DISTINCT n.nspname::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE p.proname IN ('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf',
                                      'propertyIsEnumerable', 'toLocaleString', '__proto__')",
            )
            .fetch_all(&mut conn)
            .await
            .expect("the catalog reads");
            let rest: Vec<String> = schemas
                .into_iter()
                .filter(|s| !throws.contains(s))
                .collect();
            println!("{name}: without {throws:?}");
            compare(
                &server,
                "graphile_kitchen_sink (rest)",
                &db.url,
                &rest,
                false,
            );
        }
    }
}
