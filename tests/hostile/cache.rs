//! Hostile cases: cache.
use std::os::unix::fs::MetadataExt;
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

/// A cache that cannot hold the cluster (a file in its place; as root, a
/// workspace under a 0700 directory the server's user cannot enter): the
/// run goes uncached with one warning, which gives initdb's own error.
#[test]
fn an_unusable_cache_runs_uncached_with_one_warning() {
    let (work, cache) = workspace();
    let w = work.path();
    std::fs::write(cache.path().join("codegen-cache"), "not a directory").unwrap();
    let run = main_job(w, cache.path(), &[], &[]);
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", run.stderr);
    assert!(warnings[0].contains("codegen-cache"), "{}", run.stderr);
    assert!(table_file(w, "alpha").contains("pub struct Alpha"));

    let root = std::fs::metadata("/proc/self").unwrap().uid() == 0;
    if !root {
        return;
    }
    // tempdir makes it 0700, owned by root.
    let private = cache.path().join("p");
    std::fs::create_dir(&private).unwrap();
    std::fs::set_permissions(
        &private,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .unwrap();
    let run = main_job(w, &private, &[], &[]);
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", run.stderr);
    assert!(
        warnings[0].contains("initdb failed: initdb: error:"),
        "{}",
        run.stderr
    );
}
