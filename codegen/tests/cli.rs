//! The `codegen` binary: errors are one sentence with a non-zero exit.

use std::process::{Command, Output};

fn codegen(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_codegen"));
    cmd.args(args).env_remove("DATABASE_URL");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("codegen runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn passwords_in_urls_are_never_printed() {
    let out = codegen(
        &["migrate", "status"],
        &[(
            "DATABASE_URL",
            "postgres://someone:hunter2secret@127.0.0.1:1/nowhere",
        )],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.starts_with("error: database postgres://someone:***@127.0.0.1:1/nowhere"),
        "{err}"
    );
    assert!(!err.contains("hunter2secret"), "{err}");
}

#[test]
fn a_missing_postgresql_install_is_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let out = codegen(
        &["migrate", "status"],
        &[("CODEGEN_PG_BINDIR", dir.path().to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("no PostgreSQL server binaries (initdb, pg_ctl) were found"),
        "{err}"
    );
    assert!(err.contains("apt-get install postgresql"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

/// A history of Supabase CLI timestamp versions gets a timestamp version
/// after its newest (a `001_…` would sort before every applied file).
#[test]
fn new_in_a_timestamp_history_writes_a_later_timestamp() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("20240414161707_setup.sql"), "select 1;").unwrap();
    std::fs::write(dir.path().join("29990101000000_future.sql"), "select 1;").unwrap();
    let m = dir.path().to_str().unwrap();
    let out = codegen(&["--migrations", m, "migrate", "new", "next"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let made = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert!(made.ends_with("29990101000001_next.sql"), "{made}");
    std::fs::remove_file(dir.path().join("29990101000000_future.sql")).unwrap();
    std::fs::remove_file(&made).unwrap();
    let out = codegen(&["--migrations", m, "migrate", "new", "next"], &[]);
    let made = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let name = std::path::Path::new(&made)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let version: u64 = name.split('_').next().unwrap().parse().unwrap();
    assert!(
        version > 20240414161707 && name.len() == "20240414161707_next.sql".len(),
        "{name}"
    );
}

#[test]
fn new_writes_the_next_numbered_file_with_the_header() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("007_agent_system.sql"), "select 1;").unwrap();
    let m = dir.path().to_str().unwrap();
    let out = codegen(
        &["--migrations", m, "migrate", "new", "add user index"],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let path = dir.path().join("008_add_user_index.sql");
    let text = std::fs::read_to_string(&path).unwrap();
    for line in [
        "-- Migration: 008_add_user_index",
        "-- Description:",
        "-- Author:",
        "-- Date:",
        "BEGIN;",
        "COMMIT;",
        "-- Rollback:",
    ] {
        assert!(text.contains(line), "{line} missing in\n{text}");
    }
    let out = codegen(
        &[
            "--migrations",
            m,
            "migrate",
            "new",
            "user index",
            "--hotfix",
        ],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let written = String::from_utf8_lossy(&out.stdout);
    let name = std::path::Path::new(written.trim())
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        name.len() == "20250726_user_index.sql".len() && name.ends_with("_user_index.sql"),
        "{name}"
    );
}

#[test]
fn reset_on_a_url_needs_yes() {
    let out = codegen(
        &["migrate", "reset"],
        &[(
            "DATABASE_URL",
            "postgres://postgres@127.0.0.1:5432/postgres",
        )],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("add --yes to confirm"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_migrations_directory_is_named() {
    let out = codegen(
        &["--migrations", "/nonexistent/migrations", "migrate", "up"],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/migrations is not a directory of migrations"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn status_json_on_the_embedded_database_lists_pending_migrations() {
    let migrations = concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations");
    let out = codegen(
        &["--migrations", migrations, "migrate", "status", "--json"],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = status["migrations"].as_array().unwrap();
    assert_eq!(entries.len(), 8);
    assert!(entries.iter().all(|e| e["state"] == "pending"));
    assert_eq!(entries[0]["name"], "initial_schema");
}

#[test]
fn keep_leaves_the_embedded_database_running() {
    let migrations = concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations");
    let out = codegen(
        &["--migrations", migrations, "--keep", "migrate", "up"],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let url = stdout.split('\'').nth(1).expect("a quoted URL").to_owned();
    let dir = url
        .split("host=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned();
    let data = std::path::Path::new(&dir).join("data");
    assert!(
        data.join("postmaster.pid").is_file(),
        "still running at {dir}"
    );
    // Stop and remove it ourselves.
    let bindir = codegen::db::embedded::find_bindir().unwrap();
    let stop = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(bindir.join("pg_ctl"))
        .arg("-D")
        .arg(&data)
        .args(["-m", "immediate", "stop"])
        .output();
    if !matches!(stop, Ok(ref o) if o.status.success()) {
        let _ = Command::new(bindir.join("pg_ctl"))
            .arg("-D")
            .arg(&data)
            .args(["-m", "immediate", "stop"])
            .output();
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_fails_on_a_stale_generated_crate_and_passes_once_regenerated() {
    let migrations = tempfile::tempdir().unwrap();
    std::fs::write(
        migrations.path().join("001_notes.sql"),
        "-- Migration: 001_notes\n-- Description: notes\n-- Author: tests\n-- Date: 2025-07-26\n\nBEGIN;\n\
         CREATE TABLE IF NOT EXISTS public.notes (id int PRIMARY KEY, body text);\n\
         ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;\n\
         DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE policyname = 'read') THEN\n\
         CREATE POLICY read ON public.notes FOR SELECT TO authenticated USING (id > 0); END IF; END $$;\nCOMMIT;\n\n\
         -- Rollback:\n-- DROP TABLE IF EXISTS public.notes;\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let (m, o) = (
        migrations.path().to_str().unwrap(),
        out.path().to_str().unwrap(),
    );
    let stale = codegen(&["--migrations", m, "--out", o, "check"], &[]);
    assert_eq!(stale.status.code(), Some(1));
    let text = String::from_utf8_lossy(&stale.stdout);
    assert!(
        text.contains("src/public/notes.rs: error generated-stale"),
        "{text}"
    );
    assert!(
        stderr(&stale).contains("check failed: "),
        "{}",
        stderr(&stale)
    );

    let written = codegen(&["--migrations", m, "--out", o], &[]);
    assert!(written.status.success(), "{}", stderr(&written));
    let ok = codegen(&["--migrations", m, "--out", o, "check"], &[]);
    assert!(
        ok.status.success(),
        "{}{}",
        String::from_utf8_lossy(&ok.stdout),
        stderr(&ok)
    );

    // A lint error fails the check too.
    std::fs::write(
        migrations.path().join("002_bad.sql"),
        "CREATE TABLE public.plain (id int);\n",
    )
    .unwrap();
    let bad = codegen(&["--migrations", m, "--out", o, "check"], &[]);
    assert_eq!(bad.status.code(), Some(1));
    let text = String::from_utf8_lossy(&bad.stdout);
    assert!(
        text.contains("002_bad.sql:1:1: error header-missing"),
        "{text}"
    );
    assert!(text.contains("error rls-disabled"), "{text}");
}

#[test]
fn config_chooses_the_options_file_and_a_missing_one_is_named() {
    let snapshot = concat!(env!("CARGO_MANIFEST_DIR"), "/../generated/schema.json");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("crate");
    let generate = |config: &std::path::Path| {
        codegen(
            &[
                "--config",
                config.to_str().unwrap(),
                "--from-snapshot",
                snapshot,
                "--out",
                out.to_str().unwrap(),
            ],
            &[],
        )
    };

    let run = generate(&dir.path().join("nope.toml"));
    assert_eq!(run.status.code(), Some(1));
    let text = stderr(&run);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("nope.toml does not exist"), "{text}");
    assert!(!out.exists(), "nothing written");

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "serde = false\nserdes = true\n").unwrap();
    let run = generate(&bad);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("bad.toml:2:1: unknown field `serdes`"),
        "{}",
        stderr(&run)
    );
    assert!(!out.exists(), "nothing written");

    let good = dir.path().join("codegen.toml");
    std::fs::write(&good, "serde = false\n").unwrap();
    let run = generate(&good);
    assert!(run.status.success(), "{}", stderr(&run));
    let summary = stderr(&run);
    assert!(summary.contains("(catalog "), "{summary}");
    let projects = std::fs::read_to_string(out.join("src/public/projects.rs")).unwrap();
    assert!(projects.contains("pub struct Project "), "{projects}");
    assert!(!projects.contains("serde::"), "{projects}");
}

/// `?PASSWORD=…` was printed in the "not read" error: a password
/// parameter is hidden in any spelling.
#[test]
fn password_parameters_in_any_spelling_are_never_printed() {
    for query in [
        "PASSWORD=hunter2secret",
        "Password=hunter2secret",
        "%70assword=hunter2secret",
        "pass%20word=hunter2secret",
        "sslmode=disable&PassWd=hunter2secret",
    ] {
        let url = format!("postgres://someone@127.0.0.1:1/nowhere?{query}");
        let out = codegen(&["migrate", "status"], &[("DATABASE_URL", &url)]);
        assert_eq!(out.status.code(), Some(1), "{query}");
        let err = stderr(&out);
        assert!(err.starts_with("error: "), "{query}: {err}");
        assert!(!err.contains("hunter2secret"), "{query}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{query}: {err}");
    }
}

/// `migrate new ""` wrote `NNN_.sql`, and a name with a line break a file
/// that broke every later command: names (and the author) are checked.
#[test]
fn migrate_new_refuses_names_that_make_no_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().to_str().unwrap();
    for (name, author, expected) in [
        ("", "me", "the migration name \"\" has no letter or digit"),
        ("   ", "me", "has no letter or digit"),
        (
            "x\ny",
            "me",
            "the migration name \"x\\ny\" has the character '\\n'",
        ),
        ("a/b", "me", "has the character '/'"),
        ("a\\b", "me", "has the character '\\\\'"),
        (
            "ok",
            "me\n-- DROP",
            "the author \"me\\n-- DROP\" has a line break",
        ),
    ] {
        let out = codegen(
            &[
                "--migrations",
                m,
                "migrate",
                "new",
                name,
                "--author",
                author,
            ],
            &[],
        );
        assert_eq!(out.status.code(), Some(1), "{name:?}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{name:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{name:?}: {err}");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "{name:?}"
        );
    }
    let out = codegen(
        &["--migrations", m, "migrate", "new", "  Add users-table "],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("001_add_users_table.sql").is_file());
}

/// The first `migrate new` in a fresh project makes the migrations folder,
/// as `supabase migration new` does; the file then applies as written.
#[test]
fn the_first_migrate_new_makes_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("supabase/migrations");
    let out = codegen(
        &[
            "--migrations",
            m.to_str().unwrap(),
            "migrate",
            "new",
            "init",
        ],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let files: Vec<_> = std::fs::read_dir(&m).unwrap().collect();
    assert_eq!(files.len(), 1);
    assert!(m.join("001_init.sql").is_file());
}
