//! `codegen lint`: for each rule, a small bad migration that triggers it
//! and a fixed one that does not, on a real PostgreSQL.

use codegen::lint::{self, Diagnostic};
use codegen::migrate::Migrator;
use tests::*;

fn file(name: &str, body: &str, rollback: &str) -> String {
    let label = name.trim_end_matches(".sql");
    format!("-- Migration: {label}\n-- Description: test\n-- Author: tests\n-- Date: 2025-07-26\n\n{body}\n\n-- Rollback:\n{}\n", rollback.lines().map(|l| format!("-- {l}")).collect::<Vec<_>>().join("\n"))
}

/// A first migration with a well-behaved table `public.t`.
fn base() -> (String, String) {
    (
        "001_base.sql".into(),
        file(
            "001_base.sql",
            "CREATE TABLE IF NOT EXISTS public.t (id int PRIMARY KEY, owner uuid, x int);\nALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n\
             DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 't' AND policyname = 'own') THEN\n\
             CREATE POLICY own ON public.t FOR SELECT TO authenticated USING (owner = (SELECT auth.uid())); END IF; END $$;",
            "DROP TABLE IF EXISTS public.t;",
        ),
    )
}

async fn findings(files: Vec<(String, String)>) -> Vec<Diagnostic> {
    findings_with(files, &style()).await
}

/// The test files use `int` for brevity: squawk's `prefer-bigint-over-int` off.
fn style() -> lint::LintConfig {
    lint::LintConfig {
        allow: vec!["prefer-bigint-over-int".into()],
        ..Default::default()
    }
}

async fn findings_with(files: Vec<(String, String)>, config: &lint::LintConfig) -> Vec<Diagnostic> {
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = migrations_dir(&refs);
    let db = TestDb::new().await;
    let m = Migrator::open(dir.path()).unwrap();
    let mut conn = db.connect().await;
    lint::run(&mut conn, &db.url, &m, &["public".into()], config)
        .await
        .unwrap()
}

/// A migration file: name and text.
type File = (String, String);

/// Cases: rule, bad second file, fixed second file.
fn cases() -> Vec<(&'static str, File, File)> {
    let two = |body: &str, rollback: &str| {
        (
            "002_change.sql".to_owned(),
            file("002_change.sql", body, rollback),
        )
    };
    let rls = "ALTER TABLE public.u ENABLE ROW LEVEL SECURITY;\nDO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'u') THEN CREATE POLICY p ON public.u FOR SELECT TO authenticated USING (id > 0); END IF; END $$;";
    vec![
        ("header-missing", ("002_change.sql".into(), "SELECT 1;\n-- Rollback:\n-- SELECT 1;".into()), two("SELECT 1;", "SELECT 1;")),
        ("syntax-error", two("CREATE TABEL public.u (id int);", "SELECT 1;"), two("SELECT 1;", "SELECT 1;")),
        ("rollback-unparsable", two("SELECT 1;", "DROP TABEL IF EXISTS public.t;"), two("SELECT 1;", "SELECT 1;")),
        ("header-name-mismatch", ("002_change.sql".into(), file("002_other.sql", "SELECT 1;", "SELECT 1;")), two("SELECT 1;", "SELECT 1;")),
        ("rollback-missing", ("002_change.sql".into(), file("002_change.sql", "SELECT 1;", "").replace("-- Rollback:\n", "")), two("SELECT 1;", "SELECT 1;")),
        ("prefer-robust-stmts", two("-- codegen:no-transaction\nCREATE INDEX CONCURRENTLY t_x ON public.t (x);", "DROP INDEX IF EXISTS public.t_x;"), two("-- codegen:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_x ON public.t (x);", "DROP INDEX IF EXISTS public.t_x;")),
        // In a transactional file too: every file must be re-runnable.
        ("prefer-robust-stmts", two(&format!("CREATE TABLE public.u (id int PRIMARY KEY);\n{rls}"), "DROP TABLE IF EXISTS public.u;"), two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY);\n{rls}"), "DROP TABLE IF EXISTS public.u;")),
        ("require-concurrent-index-creation", two("CREATE INDEX IF NOT EXISTS t_x ON public.t (x);", "DROP INDEX IF EXISTS public.t_x;"), two("-- codegen:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_x ON public.t (x);", "DROP INDEX IF EXISTS public.t_x;")),
        ("concurrently-in-transaction", two("ALTER TABLE public.t ADD COLUMN IF NOT EXISTS y int;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_x ON public.t (x);", "DROP INDEX IF EXISTS public.t_x;\nALTER TABLE public.t DROP COLUMN IF EXISTS y;"), two("CREATE INDEX CONCURRENTLY IF NOT EXISTS t_x ON public.t (x);", "DROP INDEX IF EXISTS public.t_x;")),
        ("ban-drop-column", two("ALTER TABLE public.t DROP COLUMN IF EXISTS x;", "ALTER TABLE public.t ADD COLUMN IF NOT EXISTS x int;"), two("ALTER TABLE public.t ADD COLUMN IF NOT EXISTS y int;", "ALTER TABLE public.t DROP COLUMN IF EXISTS y;")),
        ("adding-required-field", two("ALTER TABLE public.t ADD COLUMN IF NOT EXISTS y int NOT NULL;", "ALTER TABLE public.t DROP COLUMN IF EXISTS y;"), two("ALTER TABLE public.t ADD COLUMN IF NOT EXISTS y int NOT NULL DEFAULT 0;", "ALTER TABLE public.t DROP COLUMN IF EXISTS y;")),
        ("constraint-missing-not-valid", two("ALTER TABLE public.t ADD CONSTRAINT t_x_pos CHECK (x > 0);", "ALTER TABLE public.t DROP CONSTRAINT IF EXISTS t_x_pos;"), two("ALTER TABLE public.t DROP CONSTRAINT IF EXISTS t_x_pos;\nALTER TABLE public.t ADD CONSTRAINT t_x_pos CHECK (x > 0) NOT VALID;", "ALTER TABLE public.t DROP CONSTRAINT IF EXISTS t_x_pos;")),
        ("dynamic-sql-concat", two("CREATE OR REPLACE FUNCTION public.f(n text) RETURNS void LANGUAGE plpgsql AS $f$ BEGIN EXECUTE 'DROP TABLE ' || n; END $f$;", "DROP FUNCTION IF EXISTS public.f(text);"), two("CREATE OR REPLACE FUNCTION public.f(n text) RETURNS void LANGUAGE plpgsql AS $f$ BEGIN EXECUTE format('DROP TABLE %I', n); END $f$;", "DROP FUNCTION IF EXISTS public.f(text);")),
        ("not-idempotent-apply", two("INSERT INTO public.t (id) VALUES (1);", "DELETE FROM public.t WHERE id = 1;"), two("INSERT INTO public.t (id) VALUES (1) ON CONFLICT DO NOTHING;", "DELETE FROM public.t WHERE id = 1;")),
        ("rollback-mismatch", two("CREATE INDEX IF NOT EXISTS t_owner ON public.t (owner); -- lint: allow(require-concurrent-index-creation)", "SELECT 1;"), two("-- lint: allow(require-concurrent-index-creation)\nCREATE INDEX IF NOT EXISTS t_owner ON public.t (owner);", "DROP INDEX IF EXISTS public.t_owner;")),
        ("rls-disabled", two("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY);", "DROP TABLE IF EXISTS public.u;"), two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY);\n{rls}"), "DROP TABLE IF EXISTS public.u;")),
        ("rls-no-policy", two("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY);\nALTER TABLE public.u ENABLE ROW LEVEL SECURITY;", "DROP TABLE IF EXISTS public.u;"), two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY);\n{rls}"), "DROP TABLE IF EXISTS public.u;")),
        ("policy-rls-off", two("ALTER TABLE public.t DISABLE ROW LEVEL SECURITY;", "ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;"), two("ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;", "SELECT 1;")),
        ("auth-uid-per-row", two("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'upd') THEN CREATE POLICY upd ON public.t FOR UPDATE TO authenticated USING (owner = auth.uid()); END IF; END $$;", "DROP POLICY IF EXISTS upd ON public.t;"), two("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'upd') THEN CREATE POLICY upd ON public.t FOR UPDATE TO authenticated USING (owner = (SELECT auth.uid())); END IF; END $$;", "DROP POLICY IF EXISTS upd ON public.t;")),
        ("multiple-permissive", two("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'sel2') THEN CREATE POLICY sel2 ON public.t FOR SELECT TO authenticated USING (x > 0); END IF; END $$;", "DROP POLICY IF EXISTS sel2 ON public.t;"), two("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'sel2') THEN CREATE POLICY sel2 ON public.t FOR SELECT TO anon USING (x > 0); END IF; END $$;", "DROP POLICY IF EXISTS sel2 ON public.t;")),
        ("policy-always-true", two("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'everyone') THEN CREATE POLICY everyone ON public.t FOR SELECT TO anon USING (true); END IF; END $$;", "DROP POLICY IF EXISTS everyone ON public.t;"), two("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'everyone') THEN CREATE POLICY everyone ON public.t FOR SELECT TO anon USING (x > 0); END IF; END $$;", "DROP POLICY IF EXISTS everyone ON public.t;")),
        ("fk-unindexed", two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY, t_id int REFERENCES public.t);\n{rls}"), "DROP TABLE IF EXISTS public.u;"), two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY, t_id int REFERENCES public.t);\nCREATE INDEX IF NOT EXISTS u_t_id ON public.u (t_id);\n{rls}"), "DROP TABLE IF EXISTS public.u;")),
        ("duplicate-index", two(("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY, a int);\nCREATE INDEX IF NOT EXISTS u_a1 ON public.u (a);\nCREATE INDEX IF NOT EXISTS u_a2 ON public.u (a);\n".to_owned() + rls).as_str(), "DROP TABLE IF EXISTS public.u;"), two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY, a int);\nCREATE INDEX IF NOT EXISTS u_a1 ON public.u (a);\n{rls}"), "DROP TABLE IF EXISTS public.u;")),
        ("no-primary-key", two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int);\n{rls}"), "DROP TABLE IF EXISTS public.u;"), two(&format!("CREATE TABLE IF NOT EXISTS public.u (id int PRIMARY KEY);\n{rls}"), "DROP TABLE IF EXISTS public.u;")),
        ("security-definer-search-path", two("CREATE OR REPLACE FUNCTION public.g() RETURNS int LANGUAGE sql SECURITY DEFINER AS $f$ SELECT 1 $f$;", "DROP FUNCTION IF EXISTS public.g();"), two("CREATE OR REPLACE FUNCTION public.g() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $f$ SELECT 1 $f$;", "DROP FUNCTION IF EXISTS public.g();")),
        ("security-definer-view", two("CREATE OR REPLACE VIEW public.v AS SELECT id FROM public.t;", "DROP VIEW IF EXISTS public.v;"), two("CREATE OR REPLACE VIEW public.v WITH (security_invoker = true) AS SELECT id FROM public.t;", "DROP VIEW IF EXISTS public.v;")),
        ("auth-users-exposed", two("CREATE OR REPLACE VIEW public.v WITH (security_invoker = true) AS SELECT id, email FROM auth.users;", "DROP VIEW IF EXISTS public.v;"), two("CREATE OR REPLACE VIEW public.v WITH (security_invoker = true) AS SELECT id FROM public.t;", "DROP VIEW IF EXISTS public.v;")),
    ]
}

#[tokio::test]
async fn each_rule_catches_its_bad_migration_and_passes_the_fixed_one() {
    let mut runs = Vec::new();
    for (rule, bad, good) in cases() {
        runs.push(async move {
            let bad_found = findings(vec![base(), bad]).await;
            let good_found = findings(vec![base(), good]).await;
            (rule, bad_found, good_found)
        });
    }
    for (rule, bad, good) in futures::future::join_all(runs).await {
        assert!(
            bad.iter().any(|d| d.rule == rule),
            "{rule}: not caught in the bad migration; found {bad:#?}"
        );
        assert!(
            !good.iter().any(|d| d.rule == rule),
            "{rule}: reported on the fixed migration: {good:#?}"
        );
        assert!(
            good.is_empty(),
            "{rule}: the fixed migration is not clean: {good:#?}"
        );
    }
}

#[tokio::test]
async fn findings_point_at_file_line_and_column_and_can_be_allowed() {
    let bad = ("002_change.sql".to_owned(), file("002_change.sql", "SELECT 1;\nALTER TABLE public.t DROP COLUMN IF EXISTS x;\nALTER TABLE public.t DISABLE ROW LEVEL SECURITY;", "ALTER TABLE public.t ADD COLUMN IF NOT EXISTS x int;\nALTER TABLE public.t ENABLE ROW LEVEL SECURITY;"));
    let found = findings(vec![base(), bad.clone()]).await;
    let d = found.iter().find(|d| d.rule == "ban-drop-column").unwrap();
    assert!(d.path.ends_with("002_change.sql"));
    assert_eq!((d.line, d.col), (7, 22), "at the DROP COLUMN clause");
    assert!(
        d.to_string()
            .contains("002_change.sql:7:22: warning ban-drop-column: Dropping a column"),
        "{d}"
    );
    for comment in [
        "-- lint: allow(ban-drop-column)",
        "-- squawk-ignore ban-drop-column",
    ] {
        let allowed = (
            "002_change.sql".to_owned(),
            bad.1.replace(
                "ALTER TABLE public.t DROP",
                &format!("{comment}\nALTER TABLE public.t DROP"),
            ),
        );
        let found = findings(vec![base(), allowed]).await;
        assert!(
            !found.iter().any(|d| d.rule == "ban-drop-column"),
            "{comment}: {found:#?}"
        );
        assert!(
            found.iter().any(|d| d.rule == "policy-rls-off"),
            "{comment}: other rules still apply: {found:#?}"
        );
    }
}

#[tokio::test]
async fn lint_config_turns_rules_off_and_sets_severities() {
    let bad = (
        "002_change.sql".to_owned(),
        "ALTER TABLE public.t DROP COLUMN IF EXISTS x;\n".to_owned(),
    );
    let plain = findings(vec![base(), bad.clone()]).await;
    let rules: Vec<&str> = plain.iter().map(|d| d.rule).collect();
    assert!(rules.contains(&"header-missing"), "{rules:?}");
    assert!(rules.contains(&"rollback-missing"), "{rules:?}");
    let drop = plain.iter().find(|d| d.rule == "ban-drop-column").unwrap();
    assert_eq!(drop.severity, lint::Severity::Warning);
    let config = lint::LintConfig {
        allow: vec![
            "header-missing".into(),
            "rollback-missing".into(),
            "prefer-bigint-over-int".into(),
        ],
        deny: vec!["ban-drop-column".into()],
        ..Default::default()
    };
    let found = findings_with(vec![base(), bad], &config).await;
    assert!(!found.is_empty());
    assert!(
        !found
            .iter()
            .any(|d| d.rule == "header-missing" || d.rule == "rollback-missing"),
        "{found:#?}"
    );
    let drop = found.iter().find(|d| d.rule == "ban-drop-column").unwrap();
    assert_eq!(drop.severity, lint::Severity::Error);

    let err = codegen::config::Config::parse(
        "[lint]\nallow = [\"header-missing\", \"no-such-rule\"]\n",
        std::path::Path::new("codegen.toml"),
    )
    .unwrap_err()
    .to_string();
    assert!(err.starts_with("codegen.toml:2:"), "{err}");
    assert!(err.contains("`no-such-rule`"), "{err}");
}

/// squawk knows a table created earlier in the file needs no CONCURRENTLY;
/// ours also knows a materialized view created there.
#[tokio::test]
async fn an_index_on_a_relation_made_in_the_same_file_needs_no_concurrently() {
    let body = "CREATE MATERIALIZED VIEW IF NOT EXISTS public.mv AS SELECT id FROM public.t WITH NO DATA;\n\
                CREATE UNIQUE INDEX IF NOT EXISTS mv_id ON public.mv (id);\n\
                CREATE INDEX IF NOT EXISTS t_x ON public.t (x);";
    let found = findings(vec![
        base(),
        (
            "002_change.sql".to_owned(),
            file(
                "002_change.sql",
                body,
                "DROP MATERIALIZED VIEW IF EXISTS public.mv;\nDROP INDEX IF EXISTS public.t_x;",
            ),
        ),
    ])
    .await;
    let flagged: Vec<usize> = found
        .iter()
        .filter(|d| d.rule == "require-concurrent-index-creation")
        .map(|d| d.line)
        .collect();
    assert_eq!(
        flagged,
        vec![8],
        "only the index on the older table: {found:#?}"
    );
}

#[tokio::test]
async fn the_seed_rule_and_the_platform_migrations() {
    let files = vec![
        base(),
        (
            "seed.sql".to_owned(),
            "INSERT INTO public.t (id) VALUES (1); -- jane.doe@gmail.com, key sk_live_abc\n"
                .to_owned(),
        ),
    ];
    let found = findings(files).await;
    assert_eq!(
        found.iter().filter(|d| d.rule == "seed-real-data").count(),
        2,
        "{found:#?}"
    );
    let clean = findings(vec![
        base(),
        (
            "seed.sql".to_owned(),
            "-- alice@example.com\nSELECT 1;\n".to_owned(),
        ),
    ])
    .await;
    assert!(clean.is_empty(), "{clean:#?}");

    let db = TestDb::new().await;
    let m = Migrator::open(&platform_migrations()).unwrap();
    let mut conn = db.connect().await;
    let config =
        codegen::config::Config::load(&platform_migrations().join("../codegen.toml")).unwrap();
    assert!(
        !config.lint.allow.is_empty(),
        "the workspace's [lint] is read"
    );
    let found = lint::run(&mut conn, &db.url, &m, &["public".into()], &config.lint)
        .await
        .unwrap();
    assert!(
        found.is_empty(),
        "the platform migrations pass the checklist: {found:#?}"
    );
}

#[tokio::test]
async fn an_invalid_index_is_reported() {
    let db = TestDb::new().await;
    exec(&db.url, "CREATE TABLE public.d (id int PRIMARY KEY, v int); INSERT INTO public.d VALUES (1, 1), (2, 1);").await;
    let mut conn = db.connect().await;
    let failed = sqlx::raw_sql("CREATE UNIQUE INDEX CONCURRENTLY d_v_key ON public.d (v)")
        .execute(&mut conn)
        .await;
    assert!(
        failed.is_err(),
        "the concurrent build fails on duplicates and leaves the index INVALID"
    );
    let catalog = codegen::introspect::introspect(&mut conn, &["public".into()])
        .await
        .unwrap();
    let found = lint::catalog_rules::check(&catalog, &[], &Default::default());
    let invalid: Vec<&Diagnostic> = found.iter().filter(|d| d.rule == "invalid-index").collect();
    assert_eq!(invalid.len(), 1, "{found:#?}");
    assert!(invalid[0].message.contains("d_v_key"), "{}", invalid[0]);
}

/// `codegen lint` as a user sees it: the built binary on a folder of bad
/// migrations (file rules, squawk's rules, the replay and the catalog
/// rules, one finding accepted with `-- lint: allow`), its findings and
/// summary with the temporary folder written `[dir]`.
#[test]
fn snapshot_lint_output() {
    let bad = file(
        "002_bad.sql",
        "CREATE TABLE IF NOT EXISTS public.orders (id bigint, buyer int REFERENCES public.t (id));\n\
         CREATE INDEX IF NOT EXISTS orders_buyer ON public.t (owner);\n\
         -- lint: allow(ban-drop-column)\n\
         ALTER TABLE public.t DROP COLUMN IF EXISTS x;\n\
         CREATE OR REPLACE FUNCTION public.wipe(n text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $f$ BEGIN EXECUTE 'TRUNCATE ' || n; END $f$;",
        "DROP FUNCTION IF EXISTS public.wipe(text);\nALTER TABLE public.t ADD COLUMN IF NOT EXISTS x int;\nDROP INDEX IF EXISTS public.orders_buyer;\nDROP TABLE IF EXISTS public.orders;",
    );
    let no_header = "CREATE TABLE IF NOT EXISTS public.notes (id bigint PRIMARY KEY, body text);\n";
    let (name, base) = base();
    let dir = migrations_dir(&[
        (&name, &base),
        ("002_bad.sql", &bad),
        ("003_no_header.sql", no_header),
    ]);
    let config = dir.path().join("codegen.toml");
    std::fs::write(&config, "[lint]\nallow = [\"prefer-bigint-over-int\"]\n").unwrap();
    let out = std::process::Command::new(codegen_bin())
        .arg("--migrations")
        .arg(dir.path())
        .arg("--config")
        .arg(&config)
        .arg("lint")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors fail the command");
    let root = dir.path().display().to_string();
    let shown = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
    .replace(&root, "[dir]");
    assert!(
        !shown.contains("ban-drop-column"),
        "the allowed finding is dropped:\n{shown}"
    );
    insta::assert_snapshot!(shown);
}
