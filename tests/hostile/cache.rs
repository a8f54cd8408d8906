//! Hostile cases: cache.
use tests::*;

/// A work directory with `migrations/001_a.sql` (table `alpha`) and a
/// cache directory short enough for the cluster's socket.
fn workspace() -> (tempfile::TempDir, tempfile::TempDir) {
    let work = tempfile::tempdir().unwrap();
    let cache = tempfile::Builder::new()
        .prefix("cg")
        .tempdir_in("/tmp")
        .unwrap();
    write(
        &work.path().join("migrations/001_a.sql"),
        "CREATE TABLE public.alpha (id int PRIMARY KEY);",
    );
    (work, cache)
}

/// A migration renamed to another version, plus a new one: the saved
/// state's history (002) is not today's (003, 004), so it is not used.
#[test]
fn a_renamed_migration_never_reuses_the_saved_state() {
    let (work, cache) = workspace();
    let w = work.path();
    write(
        &w.join("migrations/002_b.sql"),
        "CREATE TABLE public.beta (id int PRIMARY KEY);",
    );
    main_job(w, cache.path(), &[], &[]);
    std::fs::rename(
        w.join("migrations/002_b.sql"),
        w.join("migrations/003_b.sql"),
    )
    .unwrap();
    write(
        &w.join("migrations/004_c.sql"),
        "CREATE TABLE public.gamma (id int PRIMARY KEY);",
    );
    let run = main_job(w, cache.path(), &[], &[]);
    assert!(!run.cached() && !run.current(), "{}", run.stderr);
    assert!(table_file(w, "beta").contains("pub struct Beta"));
    assert!(table_file(w, "gamma").contains("pub struct Gamma"));
}

/// A generated file the last run did not write (restored by git, say) in
/// the output: the run is not "current", the file goes, `--check` passes.
#[test]
fn a_stale_file_restored_into_the_output_is_removed() {
    let (work, cache) = workspace();
    let w = work.path();
    main_job(w, cache.path(), &[], &[]);
    let public = w.join("gen/src/public");
    std::fs::copy(public.join("alpha.rs"), public.join("old_table.rs")).unwrap();
    let run = main_job(w, cache.path(), &[], &[]);
    assert!(!run.current(), "{}", run.stderr);
    assert!(!public.join("old_table.rs").exists(), "{}", run.stderr);
    main_job(w, cache.path(), &["--check"], &[]);
}
