//! The main job's cache (`target/codegen-cache/`): a run with nothing
//! changed starts no database; one new migration is applied to the saved
//! state; any other change to what the state depends on rebuilds it, and
//! the output is never stale.

use tests::*;

#[test]
fn the_cache_serves_only_what_is_current() {
    let work = tempfile::tempdir().unwrap();
    let cache = tempfile::Builder::new()
        .prefix("cg")
        .tempdir_in("/tmp")
        .unwrap();
    let w = work.path();
    write(
        &w.join("migrations/001_a.sql"),
        "CREATE TABLE IF NOT EXISTS public.alpha (id int PRIMARY KEY);",
    );
    write(
        &w.join("migrations/functions/f.sql"),
        "CREATE OR REPLACE FUNCTION public.answer() RETURNS int LANGUAGE sql AS 'SELECT 42';",
    );

    let first = main_job(w, cache.path(), &[], &[]);
    assert!(!first.cached() && !first.current(), "{}", first.stderr);
    assert!(cache
        .path()
        .join("codegen-cache/cluster/record.json")
        .is_file());

    // Nothing changed: no database at all.
    let again = main_job(w, cache.path(), &[], &[]);
    assert!(again.current(), "{}", again.stderr);

    // One new migration: applied to the saved state.
    write(
        &w.join("migrations/002_b.sql"),
        "CREATE TABLE IF NOT EXISTS public.beta (id int PRIMARY KEY);",
    );
    let added = main_job(w, cache.path(), &[], &[]);
    assert!(
        added.stderr.contains("cached      1 migration(s)"),
        "{}",
        added.stderr
    );
    assert!(
        added.stderr.contains("applied     002_b"),
        "{}",
        added.stderr
    );
    assert!(table_file(w, "beta").contains("pub struct Beta"));

    // An applied migration edited: rebuilt from scratch, the new column shows.
    write(
        &w.join("migrations/001_a.sql"),
        "CREATE TABLE IF NOT EXISTS public.alpha (id int PRIMARY KEY, label text);",
    );
    let edited = main_job(w, cache.path(), &[], &[]);
    assert!(!edited.cached() && !edited.current(), "{}", edited.stderr);
    assert!(
        table_file(w, "alpha").contains("label"),
        "never a stale schema"
    );

    // A function file changed: rebuilt (a function removed from functions/
    // would otherwise linger in the saved state).
    write(
        &w.join("migrations/functions/f.sql"),
        "CREATE OR REPLACE FUNCTION public.answer(n int) RETURNS int LANGUAGE sql AS 'SELECT n';",
    );
    let function = main_job(w, cache.path(), &[], &[]);
    assert!(
        !function.cached() && !function.current(),
        "{}",
        function.stderr
    );
    let functions =
        std::fs::read_to_string(w.join("gen/src/public/functions.rs")).unwrap_or_default();
    assert!(
        functions.contains("n: i32") || functions.contains("n: Option<i32>"),
        "{functions}"
    );

    // A different server (another bindir): rebuilt.
    let bindir = codegen::db::embedded::find_bindir().expect("PostgreSQL is installed");
    let other = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&bindir).unwrap() {
        let entry = entry.unwrap();
        std::os::unix::fs::symlink(entry.path(), other.path().join(entry.file_name())).unwrap();
    }
    let server = main_job(
        w,
        cache.path(),
        &[],
        &[("CODEGEN_PG_BINDIR", other.path().to_str().unwrap())],
    );
    assert!(!server.cached() && !server.current(), "{}", server.stderr);

    // A generated file edited by hand: written again.
    let path = w.join("gen/src/public/alpha.rs");
    std::fs::write(&path, "// edited\n").unwrap();
    let touched = main_job(w, cache.path(), &[], &[]);
    assert!(!touched.current(), "{}", touched.stderr);
    assert!(table_file(w, "alpha").contains("pub struct Alpha"));

    // A cluster directory a killed run left behind (older than an hour)
    // is removed by the next cached run; a recent one is left alone.
    let stale = cache.path().join("codegen-cache/codegen-pg-killed");
    let recent = cache.path().join("codegen-cache/codegen-pg-running");
    std::fs::create_dir_all(stale.join("data")).unwrap();
    std::fs::create_dir_all(recent.join("data")).unwrap();
    let touched = std::process::Command::new("touch")
        .args(["-d", "2 hours ago"])
        .arg(&stale)
        .status()
        .unwrap();
    assert!(touched.success());
    write(
        &w.join("migrations/003_c.sql"),
        "CREATE TABLE IF NOT EXISTS public.gamma (id int PRIMARY KEY);",
    );
    main_job(w, cache.path(), &[], &[]);
    assert!(!stale.exists(), "the stale cluster directory is removed");
    assert!(recent.exists(), "a recent one may belong to a running job");

    // Two runs at once after a change: one takes the saved state, the
    // other starts fresh; both succeed and the output is current.
    write(
        &w.join("migrations/004_d.sql"),
        "CREATE TABLE IF NOT EXISTS public.delta (id int PRIMARY KEY);",
    );
    let spawn = || {
        main_job_command(w, cache.path())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(table_file(w, "delta").contains("pub struct Delta"));

    // --no-cache: a fresh database, nothing cached used.
    let fresh = main_job(w, cache.path(), &["--no-cache"], &[]);
    assert!(!fresh.cached() && !fresh.current(), "{}", fresh.stderr);
}

/// SIGTERM while a new migration runs on the saved state: the run fails,
/// its cluster is stopped and removed, and the next run's output holds
/// exactly what the migrations say (nothing of the interrupted file).
#[test]
fn a_cached_run_stopped_by_sigterm_leaves_no_wrong_state() {
    let work = tempfile::tempdir().unwrap();
    let cache = tempfile::Builder::new()
        .prefix("cg")
        .tempdir_in("/tmp")
        .unwrap();
    let w = work.path();
    write(
        &w.join("migrations/001_a.sql"),
        "CREATE TABLE IF NOT EXISTS public.alpha (id int PRIMARY KEY);",
    );
    // The cluster directories of runs under way in the cache.
    let running = || cluster_dirs(&cache.path().join("codegen-cache"));
    main_job(w, cache.path(), &[], &[]);
    assert!(running().is_empty());

    write(
        &w.join("migrations/002_b.sql"),
        "CREATE TABLE public.beta (id int PRIMARY KEY);\nSELECT pg_sleep(30);\n",
    );
    let child = main_job_command(w, cache.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait (bounded) until the saved cluster is taken and 002_b runs on it
    // (its pg_sleep is in the cluster's pg_stat_activity).
    assert!(
        wait_until(|| running()
            .iter()
            .any(|c| statement_running(c, "pg_sleep(30)"))),
        "002_b runs on the cached cluster"
    );
    sigterm(&child);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("interrupted during 002_b"), "{stderr}");
    assert_eq!(running(), Vec::<std::path::PathBuf>::new());
    assert!(
        table_file(w, "beta").is_empty(),
        "nothing of 002_b was written"
    );

    // The interrupted file replaced: the output is the migrations' schema.
    std::fs::remove_file(w.join("migrations/002_b.sql")).unwrap();
    write(
        &w.join("migrations/002_c.sql"),
        "CREATE TABLE public.gamma (id int PRIMARY KEY);",
    );
    // The saved state went with the killed run's cluster (it is moved in,
    // not copied): no cache rather than a wrong one, so a fresh cluster.
    let next = main_job(w, cache.path(), &[], &[]);
    assert!(!next.current() && !next.cached(), "{}", next.stderr);
    assert!(table_file(w, "alpha").contains("pub struct Alpha"));
    assert!(table_file(w, "gamma").contains("pub struct Gamma"));
    assert!(table_file(w, "beta").is_empty(), "{}", next.stderr);
    // And once more with nothing changed: current, from the record.
    assert!(main_job(w, cache.path(), &[], &[]).current());
}

/// `ALTER SYSTEM` in a migration writes the embedded cluster's
/// `postgresql.auto.conf`, which the saved state keeps: the next run still
/// starts the saved cluster on its private socket (no TCP port, no other
/// socket directory), applies the new migration to it, and the setting the
/// file asked for holds there.
#[test]
fn alter_system_in_a_migration_does_not_move_the_saved_cluster() {
    let work = tempfile::tempdir().unwrap();
    let cache = tempfile::Builder::new()
        .prefix("cg")
        .tempdir_in("/tmp")
        .unwrap();
    let w = work.path();
    write(
        &w.join("migrations/001_system.sql"),
        "-- codegen:no-transaction\nALTER SYSTEM SET listen_addresses = '*';\nALTER SYSTEM SET unix_socket_directories = '/nonexistent';\nALTER SYSTEM SET work_mem = '7MB';\nCREATE TABLE IF NOT EXISTS public.alpha (id int PRIMARY KEY);",
    );
    let first = main_job(w, cache.path(), &[], &[]);
    assert!(
        table_file(w, "alpha").contains("pub struct Alpha"),
        "{}",
        first.stderr
    );
    write(
        &w.join("migrations/002_b.sql"),
        "CREATE TABLE IF NOT EXISTS public.beta (id int PRIMARY KEY);\nDO $$ BEGIN IF current_setting('work_mem') <> '7MB' THEN RAISE 'work_mem is %', current_setting('work_mem'); END IF; END $$;",
    );
    let added = main_job(w, cache.path(), &[], &[]);
    assert!(
        added.stderr.contains("cached      1 migration(s)"),
        "{}",
        added.stderr
    );
    assert!(table_file(w, "beta").contains("pub struct Beta"));
}
