//! Hostile cases: cache.
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
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

/// The server PID of the cluster directory `root`, while its server runs.
fn server_pid(root: &Path) -> Option<u32> {
    let text = std::fs::read_to_string(root.join("data/postmaster.pid")).ok()?;
    let pid = text.lines().next()?.trim().parse().ok()?;
    alive(pid).then_some(pid)
}

/// Whether process `pid` runs (a zombie does not).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit_once(") ").map(|(_, rest)| rest.to_owned()))
        .is_some_and(|rest| !rest.starts_with('Z') && !rest.starts_with('X'))
}

/// Starts the main job (its output piped) and waits until its cluster's
/// server runs in `parent` and the new migration's `pg_sleep` runs on it
/// (so the run has read its files and set its cluster up): the cluster
/// directory and the server's PID.
fn start_until_server(
    cmd: &mut std::process::Command,
    parent: &Path,
) -> (std::process::Child, PathBuf, u32) {
    let child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut found = None;
    assert!(
        wait_until(|| {
            found = cluster_dirs(parent).into_iter().find_map(|d| {
                let pid = server_pid(&d)?;
                statement_running(&d, "pg_sleep(").then_some((pid, d))
            });
            found.is_some()
        }),
        "a server started in {} and runs the new migration",
        parent.display()
    );
    let (pid, dir) = found.unwrap();
    (child, dir, pid)
}

fn succeeded(child: std::process::Child) -> String {
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
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

/// `kill -9` of an embedded run leaves its server running; the next
/// command that starts a cluster beside it stops it and removes its
/// directory: uncached (in TMPDIR) and cached (in the cache).
#[test]
fn a_killed_run_s_cluster_is_removed_by_the_next_command() {
    let (work, cache) = workspace();
    let w = work.path();
    let tmp = tempfile::tempdir().unwrap();
    std::fs::set_permissions(
        tmp.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let tmpdir = tmp.path().to_str().unwrap();
    main_job(w, cache.path(), &[], &[]);
    let sleeping = "CREATE TABLE public.beta (id int PRIMARY KEY);\nSELECT pg_sleep(60);\n";
    let in_cache = cache.path().join("codegen-cache");
    for (parent, extra) in [(tmp.path(), &["--no-cache"][..]), (&in_cache, &[])] {
        write(&w.join("migrations/002_b.sql"), sleeping);
        let mut cmd = main_job_command(w, cache.path());
        cmd.env("TMPDIR", tmpdir).args(extra);
        let (mut child, dir, pid) = start_until_server(&mut cmd, parent);
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(alive(pid), "the killed run's server outlives it");
        write(
            &w.join("migrations/002_b.sql"),
            "CREATE TABLE public.beta (id int PRIMARY KEY);",
        );
        main_job(w, cache.path(), extra, &[("TMPDIR", tmpdir)]);
        assert!(!dir.exists(), "{} is removed", dir.display());
        assert!(wait_until(|| !alive(pid)), "server {pid} is stopped");
    }
}

/// A cached run whose cluster directory is over an hour old, while it
/// runs: a concurrent cached run leaves it alone, and it succeeds.
#[test]
fn a_live_run_is_never_swept_however_old() {
    let (work, cache) = workspace();
    let w = work.path();
    main_job(w, cache.path(), &[], &[]);
    write(
        &w.join("migrations/002_b.sql"),
        "CREATE TABLE public.beta (id int PRIMARY KEY);\nSELECT pg_sleep(15);\n",
    );
    let parent = cache.path().join("codegen-cache");
    let (first, dir, pid) = start_until_server(&mut main_job_command(w, cache.path()), &parent);
    // The first run has read its files: the second does not sleep.
    write(
        &w.join("migrations/002_b.sql"),
        "CREATE TABLE public.beta (id int PRIMARY KEY);",
    );
    let touched = std::process::Command::new("touch")
        .args(["-d", "2 hours ago"])
        .arg(&dir)
        .status()
        .unwrap();
    assert!(touched.success());
    main_job(w, cache.path(), &[], &[]);
    assert!(
        alive(pid) && dir.exists(),
        "the live run's cluster is left alone"
    );
    succeeded(first);
    assert!(table_file(w, "beta").contains("pub struct Beta"));
}
