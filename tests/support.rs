//! Shared helpers for the integration tests: a fresh database per test on
//! the server of `TEST_DATABASE_URL` (default: a throw-away cluster of this
//! test binary, see `cluster.rs`), and small builders for migration
//! directories.

mod cluster;

use codegen::migrate::{Event, Migrator};
use sqlx::{Connection, PgConnection};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The server the tests create their databases on: `TEST_DATABASE_URL`
/// when set, else this test binary's own cluster (started on first use).
pub fn server_url() -> String {
    std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| cluster::url().to_owned())
}

/// A database created for one test and dropped when the value is dropped.
pub struct TestDb {
    pub name: String,
    pub url: String,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TestDb {
    /// Creates an empty database with a unique name.
    pub async fn new() -> Self {
        let name = format!(
            "codegen_test_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let mut admin = PgConnection::connect(&server_url())
            .await
            .expect("the test server is reachable");
        for sql in [
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            format!("CREATE DATABASE {name}"),
        ] {
            sqlx::raw_sql(&sql)
                .execute(&mut admin)
                .await
                .expect("create the test database");
        }
        admin.close().await.ok();
        let mut url = url::Url::parse(&server_url()).expect("TEST_DATABASE_URL is a URL");
        url.set_path(&name);
        Self {
            name,
            url: url.to_string(),
        }
    }

    pub async fn connect(&self) -> PgConnection {
        PgConnection::connect(&self.url)
            .await
            .expect("connect to the test database")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop from a thread of its own: Drop cannot await, and the test's runtime may be gone.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                if let Ok(mut admin) = PgConnection::connect(&server_url()).await {
                    let _ = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await;
                }
            })
        })
        .join();
    }
}

/// The platform's migrations directory.
pub fn platform_migrations() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations")
}

/// A temporary migrations directory holding the given files.
pub fn migrations_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, sql) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, sql).unwrap();
    }
    dir
}

/// A reporter that drops events.
pub fn quiet() -> impl FnMut(Event) + Send {
    |_| {}
}

/// Runs `up` on `url` with the migrations of `dir`.
pub async fn up(dir: &Path, url: &str) -> codegen::Result<Vec<String>> {
    let migrator = Migrator::open(dir)?;
    let mut conn = codegen::db::connect(url).await?;
    let result = migrator.up(&mut conn, url, &mut quiet()).await;
    conn.close().await.ok();
    result
}

/// The versions recorded in the Supabase history table, in order.
/// Empty when the history table does not exist yet; any other failure panics.
pub async fn history_versions(conn: &mut PgConnection) -> Vec<String> {
    let exists: bool = sqlx::query_scalar(
        "SELECT to_regclass('supabase_migrations.schema_migrations') IS NOT NULL",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("the history table's existence is known");
    if !exists {
        return Vec::new();
    }
    sqlx::query_scalar("SELECT version FROM supabase_migrations.schema_migrations ORDER BY version")
        .fetch_all(conn)
        .await
        .expect("the history table reads")
}

/// The catalog fingerprint of a database.
pub async fn fingerprint(conn: &mut PgConnection) -> Vec<String> {
    codegen::catalog::fingerprint(conn)
        .await
        .expect("fingerprint")
}

/// Asserts two fingerprints are equal, showing the differing objects.
pub fn assert_same_catalog(before: &[String], after: &[String], what: &str) {
    let diff = codegen::catalog::diff(before, after);
    assert!(
        diff.is_empty(),
        "{what}: the catalog differs:\n{}",
        diff.join("\n")
    );
}

/// Runs the built binary on `url` and the migrations of `dir`: success,
/// stdout, stderr.
pub fn cli(url: &str, dir: &Path, args: &[&str]) -> (bool, String, String) {
    let out = std::process::Command::new(codegen_bin())
        .args(["--database-url", url, "--migrations"])
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The `codegen` binary of this workspace's sources, built on first use.
///
/// `cargo test -p tests` builds only the `tests` package: the binary in the
/// target directory is whatever `cargo build` left there last, perhaps from
/// older sources. So once per test binary (a `OnceLock`) this runs `cargo
/// build -p codegen --bin codegen` into the target directory the test
/// binary itself runs from (`target/<profile>/deps/…`, wherever
/// `CARGO_TARGET_DIR` put it), with the test's profile; when the binary is
/// current, cargo only checks fingerprints. Comparing modification times
/// instead would miss a change in a dependency or in the features.
pub fn codegen_bin() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT.get_or_init(build_codegen).clone()
}

fn build_codegen() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    // target/<profile>/deps/<test binary>
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test binary runs from target/<profile>/deps");
    let target = profile_dir.parent().expect("target/<profile>");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = std::process::Command::new(cargo);
    build
        .args(["build", "--quiet", "-p", "codegen", "--bin", "codegen"])
        .arg("--manifest-path")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml"))
        .env("CARGO_TARGET_DIR", target);
    if !cfg!(debug_assertions) {
        build.arg("--release");
    }
    let out = build.output().expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo build -p codegen: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    profile_dir.join("codegen")
}

/// The public fixtures, in the repository: `tests/fixtures/` (its README
/// gives each one's source, commit and licence).
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Loads SQL files into a database with `psql -f` (the fixtures use `\gexec`).
pub fn psql_load(url: &str, files: &[PathBuf]) {
    for f in files {
        let out = std::process::Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f"])
            .arg(f)
            .output()
            .expect("psql runs");
        assert!(
            out.status.success(),
            "psql -f {}: {}",
            f.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Runs SQL text (several statements) on a database.
pub async fn exec(url: &str, sql: &str) {
    let mut conn = PgConnection::connect(url).await.expect("connect");
    sqlx::raw_sql(sql)
        .execute(&mut conn)
        .await
        .unwrap_or_else(|e| panic!("{e}\n{sql}"));
    conn.close().await.ok();
}

/// Every user schema of a database (not PostgreSQL's own).
pub async fn user_schemas(conn: &mut PgConnection) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT nspname::text FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1",
    )
    .fetch_all(conn)
    .await
    .unwrap()
}

/// A fresh database holding one of the fixtures, loaded as their
/// README says, and the schemas to read from it.
pub async fn fixture_db(name: &str) -> (TestDb, Vec<String>) {
    let db = TestDb::new().await;
    let dir = fixtures_dir().join(name);
    let files: Vec<PathBuf> = match name {
        "pagila" => vec![dir.join("pagila-schema.sql")],
        "subscription_payments" => {
            let mut conn = db.connect().await;
            codegen::db::shim::ensure(&mut conn, &db.url)
                .await
                .expect("the Supabase shim installs");
            conn.close().await.ok();
            vec![
                dir.join("20230530034630_init.sql"),
                dir.join("20240105210253_update.sql"),
            ]
        }
        "graphile_kitchen_sink" => [
            "prelude",
            "dataplan-pg-schema",
            "kitchen-sink-schema",
            "kitchen-sink-permissions",
            "pg11-schema",
        ]
        .iter()
        .map(|f| dir.join(format!("{f}.sql")))
        .collect(),
        other => panic!("no fixture {other}"),
    };
    psql_load(&db.url, &files);
    let schemas = if name == "graphile_kitchen_sink" {
        let mut conn = db.connect().await;
        user_schemas(&mut conn).await
    } else {
        vec!["public".to_owned()]
    };
    (db, schemas)
}

/// The embedded clusters' directories (`codegen-pg-*`) in `parent`, sorted;
/// none when `parent` does not exist.
pub fn cluster_dirs(parent: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(parent)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("codegen-pg-"))
                })
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// Polls `ready` every 100 ms for up to 30 s; whether it came to hold.
pub fn wait_until(mut ready: impl FnMut() -> bool) -> bool {
    for _ in 0..300 {
        if ready() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

/// Whether a statement whose text holds `needle` runs on the embedded
/// cluster in directory `cluster` (its `pg_stat_activity`, asked through
/// psql on the cluster's own socket): the observable sign that a run got
/// as far as that statement.
pub fn statement_running(cluster: &Path, needle: &str) -> bool {
    assert!(!needle.contains('\''), "a needle without quotes");
    std::process::Command::new("psql")
        .args(["-X", "-At", "-h"])
        .arg(cluster)
        .args(["-U", "postgres", "-d", "postgres", "-c"])
        .arg(format!(
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%{needle}%' AND pid <> pg_backend_pid()"
        ))
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "1")
}

/// Sends SIGTERM to `child`, as a service manager or `kill` would.
pub fn sigterm(child: &std::process::Child) {
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -TERM {}", child.id());
}

// The main job and its cache (tests/cache.rs, tests/hostile/cache.rs).

/// A main job run: its stderr.
pub struct Run {
    pub stderr: String,
}

impl Run {
    pub fn cached(&self) -> bool {
        self.stderr.contains("cached      ")
    }
    pub fn current(&self) -> bool {
        self.stderr.contains("is current: nothing changed")
    }
}

/// The main job on `work`'s migrations into `work/gen`, its cache under
/// `cache` (as `CARGO_TARGET_DIR`), on the embedded database.
pub fn main_job_command(work: &Path, cache: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(codegen_bin());
    cmd.env_remove("DATABASE_URL")
        .env("CARGO_TARGET_DIR", cache)
        .current_dir(work)
        .arg("--migrations")
        .arg(work.join("migrations"))
        .arg("--out")
        .arg(work.join("gen"));
    cmd
}

/// [`main_job_command`] with `extra` arguments and `env`; asserts it succeeds.
pub fn main_job(work: &Path, cache: &Path, extra: &[&str], env: &[(&str, &str)]) -> Run {
    let out = main_job_command(work, cache)
        .envs(env.iter().copied())
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    Run { stderr }
}

/// Writes `text` to `path`, making its directory.
pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The generated file of table `name` in `work/gen` (empty when missing).
pub fn table_file(work: &Path, name: &str) -> String {
    std::fs::read_to_string(work.join("gen/src/public").join(format!("{name}.rs")))
        .unwrap_or_default()
}

// An independent judge for `codegen diff`: `pg_dump -s` of both databases.

/// `pg_dump -s --no-owner` of a database (privileges kept: `diff` writes
/// them; `supabase_migrations` and the privileges of PostgreSQL's own
/// objects left out, as `diff` reads neither), normalized to the sorted list of its statements without what
/// `diff` deliberately does not reproduce: ownership, column order inside
/// `CREATE TABLE` (its column and inline-constraint lines are sorted), the
/// order of one object's grants; and what is not schema: `--` comment
/// lines, `SET`/`set_config` lines, blank lines, the `\restrict` and
/// `\unrestrict` lines of pg_dump 15.20.
pub fn normalized_dump(url: &str) -> Vec<String> {
    let out = std::process::Command::new("pg_dump")
        .args([
            "-s",
            "--no-owner",
            "--exclude-schema=supabase_migrations",
            "-d",
            url,
        ])
        .output()
        .expect("pg_dump runs");
    assert!(
        out.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    normalize_dump(&String::from_utf8_lossy(&out.stdout))
}

/// The normalization of [`normalized_dump`]: one entry per object of the
/// dump (pg_dump heads each with `-- Name: …`), sorted.
pub fn normalize_dump(dump: &str) -> Vec<String> {
    let mut entries = Vec::new();
    for piece in dump.split("\n--\n-- Name: ") {
        let keep = |l: &&str| {
            let t = l.trim();
            !(t.is_empty()
                || l.starts_with("--")
                || l.starts_with("SET ")
                || l.starts_with("SELECT pg_catalog.set_config(")
                || l.starts_with("\\restrict ")
                || l.starts_with("\\unrestrict "))
        };
        // The header's rest (name, type, schema, owner) and its closing `--`.
        let body = piece.split_once("\n--\n").map_or(piece, |(_, b)| b);
        let lines: Vec<&str> = body.lines().map(str::trim_end).filter(keep).collect();
        if lines.is_empty() {
            continue;
        }
        let entry = if lines[0].starts_with("CREATE TABLE ")
            || lines[0].starts_with("CREATE UNLOGGED TABLE ")
        {
            // Columns and inline constraints in any order.
            let mut inner: Vec<String> = lines
                .iter()
                .skip(1)
                .filter(|l| l.starts_with("    "))
                .map(|l| l.trim_end_matches(',').to_owned())
                .collect();
            inner.sort();
            let rest: Vec<&str> = lines
                .iter()
                .skip(1)
                .filter(|l| !l.starts_with("    "))
                .copied()
                .collect();
            format!("{}\n{}\n{}", lines[0], inner.join(",\n"), rest.join("\n"))
        } else if lines.iter().all(|l| {
            l.starts_with("GRANT ")
                || l.starts_with("REVOKE ")
                || l.starts_with("ALTER DEFAULT PRIVILEGES ")
        }) {
            // PostgreSQL's own objects' privileges: diff reads no system schema.
            if lines
                .iter()
                .any(|l| l.contains(" pg_catalog.") || l.contains(" information_schema."))
            {
                continue;
            }
            let mut sorted = lines.clone();
            sorted.sort();
            sorted.join("\n")
        } else {
            lines.join("\n")
        };
        entries.push(entry);
    }
    entries.sort();
    entries
}

/// A database's [`normalized_dump`] as PostgreSQL reads it back: the dump
/// restored with psql into a scratch database of the same server and dumped
/// again. PostgreSQL prints some expressions in a form it parses otherwise
/// (a BETWEEN inside an AND comes back a flat AND): made again from any SQL
/// text, they read back as they do here.
pub fn reparsed_dump(url: &str) -> Vec<String> {
    let out = std::process::Command::new("pg_dump")
        .args([
            "-s",
            "--no-owner",
            "--exclude-schema=supabase_migrations",
            "-d",
            url,
        ])
        .output()
        .expect("pg_dump runs");
    let name = format!("codegen_reparse_{}", uuid::Uuid::new_v4().simple());
    let admin = |sql: &str| {
        std::process::Command::new("psql")
            .args(["-X", "-q", "-d", &server_url(), "-c", sql])
            .output()
            .expect("psql runs");
    };
    admin(&format!("CREATE DATABASE {name}"));
    let mut scratch = url::Url::parse(&server_url()).expect("the server URL");
    scratch.set_path(&name);
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump.sql");
    std::fs::write(&dump, &out.stdout).unwrap();
    // (Without ON_ERROR_STOP: what does not restore shows as a difference.)
    std::process::Command::new("psql")
        .args(["-X", "-q", "-d", scratch.as_str(), "-f"])
        .arg(&dump)
        .output()
        .expect("psql runs");
    let again = normalized_dump(scratch.as_str());
    admin(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    again
}

/// Asserts the schemas of two databases are the same by the pg_dump judge,
/// showing the entries only in one of them. Dumps that differ are compared
/// again as PostgreSQL reads them back ([`reparsed_dump`]).
pub fn assert_same_dump(a_url: &str, b_url: &str, what: &str) {
    let (a, b) = (normalized_dump(a_url), normalized_dump(b_url));
    if a == b || reparsed_dump(a_url) == reparsed_dump(b_url) {
        return;
    }
    let only = |x: &[String], y: &[String]| -> Vec<String> {
        let mut y: Vec<&String> = y.iter().collect();
        x.iter()
            .filter(|e| match y.iter().position(|o| o == e) {
                Some(i) => {
                    y.remove(i);
                    false
                }
                None => true,
            })
            .cloned()
            .collect()
    };
    panic!(
        "{what}: pg_dump -s differs\n--- only in the first:\n{}\n--- only in the second:\n{}",
        only(&a, &b).join("\n\n"),
        only(&b, &a).join("\n\n")
    );
}
