//! The embedded default database: a throw-away cluster made with the
//! machine's own `initdb`/`pg_ctl`, on a private Unix socket, tuned for speed,
//! stopped and removed on drop. As root, the server runs as `postgres`.
//!
//! Each cluster directory holds `owner.lock`, locked (`flock`) by the run
//! that made it for as long as it lives: the kernel releases the lock when
//! that process dies, even by `kill -9`, whatever its PID becomes later.
//! Starting a cluster stops and removes the clusters beside it whose lock
//! is free.

use crate::error::{Error, Result};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Settings appended to the throw-away cluster's `postgresql.conf`.
const TUNING: &str = "\
listen_addresses = ''
port = 5432
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
max_locks_per_transaction = 1024
shared_buffers = 128MB
log_min_messages = warning
codegen.embedded = on
";

/// The file in a cluster directory that its run keeps locked.
const OWNER: &str = "owner.lock";

/// A running throw-away cluster.
pub struct Embedded {
    dir: Option<tempfile::TempDir>,
    root: PathBuf,
    bindir: PathBuf,
    /// Run the server's commands as this user (when we are root).
    run_as: Option<String>,
    /// The lock on `root/owner.lock` (after `dir`: released once the
    /// directory is gone).
    _owner: Option<std::fs::File>,
}

impl Embedded {
    /// Creates and starts a cluster; one clear error when PostgreSQL is missing.
    pub fn start() -> Result<Self> {
        Self::start_in(None, None)
    }

    /// Starts a cluster in a new directory under `parent` (default: the
    /// system's temporary directory), on `data` (a stopped cluster's data
    /// directory, as [`Embedded::save_to`] leaves it, moved in: it is gone
    /// from where it was) instead of `initdb`.
    pub fn start_in(parent: Option<&Path>, data: Option<&Path>) -> Result<Self> {
        let bindir = find_bindir().ok_or(Error::NoPostgres)?;
        let parent = parent.map_or_else(std::env::temp_dir, Path::to_owned);
        sweep(&parent, None);
        let dir = std::fs::create_dir_all(&parent)
            .and_then(|_| {
                tempfile::Builder::new()
                    .prefix("codegen-pg-")
                    .tempdir_in(&parent)
            })
            .map_err(|e| {
                Error::Embedded(format!(
                    "cannot create a temporary directory in {}: {e}",
                    parent.display()
                ))
            })?;
        let root = dir.path().to_owned();
        let owner = claim(&root)?;
        let run_as = if running_as_root() {
            let (uid, gid) = system_user("postgres").ok_or_else(|| {
                Error::Embedded(
                    "running as root needs an unprivileged user `postgres` to own the throw-away cluster (initdb refuses root); create it with `useradd postgres` or set DATABASE_URL".into(),
                )
            })?;
            std::os::unix::fs::chown(&root, Some(uid), Some(gid)).map_err(|e| {
                Error::Embedded(format!("cannot hand {} to postgres: {e}", root.display()))
            })?;
            Some("postgres".to_owned())
        } else {
            None
        };
        let cluster = Self {
            dir: Some(dir),
            root,
            bindir,
            run_as,
            _owner: Some(owner),
        };
        match data {
            // Another run may have taken the saved state first: then a
            // fresh cluster, as without a cache.
            Some(data) if cluster.restore(data).is_ok() => {}
            _ => {
                let _ = std::fs::remove_dir_all(cluster.data());
                cluster.init()?
            }
        }
        Ok(cluster)
    }

    /// The machine's server, as a cache key: where its binaries are and the
    /// size and time of its `postgres` executable.
    pub fn server_key() -> Option<String> {
        let bindir = find_bindir()?;
        let meta = std::fs::metadata(bindir.join("postgres")).ok()?;
        Some(format!(
            "{} {} {}",
            bindir.display(),
            meta.len(),
            meta.mtime()
        ))
    }

    /// Stops the server cleanly and moves its data directory to `dest`
    /// (which must not exist; copied when on another file system). The
    /// cluster cannot be used after.
    pub fn save_to(&self, dest: &Path) -> Result<()> {
        let mut stop = self.command("pg_ctl");
        stop.arg("-D")
            .arg(self.data())
            .args(["-m", "fast", "-w", "stop"]);
        self.run("pg_ctl stop", stop)?;
        if std::fs::rename(self.data(), dest).is_ok() {
            return Ok(());
        }
        copy_tree(&self.data(), dest)
    }

    fn restore(&self, data: &Path) -> Result<()> {
        if std::fs::rename(data, self.data()).is_err() {
            copy_tree(data, &self.data())?;
        }
        let conf = self.data().join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf).map_err(|e| Error::io(&conf, e))?;
        // The last setting wins: the socket goes in this cluster's directory.
        text.push_str(&format!(
            "unix_socket_directories = '{}'\n",
            self.root.display()
        ));
        std::fs::write(&conf, text).map_err(|e| Error::io(&conf, e))?;
        self.start_server()
    }

    fn data(&self) -> PathBuf {
        self.root.join("data")
    }

    /// The connection URL (Unix socket in the cluster's own directory).
    pub fn url(&self) -> String {
        format!(
            "postgres://postgres@localhost/postgres?host={}&port=5432",
            self.root.display()
        )
    }

    /// Leaves the cluster running and its directory in place after drop
    /// (without an owner lock: no later run takes it for an orphan).
    pub fn keep(&mut self) {
        if let Some(dir) = self.dir.take() {
            let _ = std::fs::remove_file(self.root.join(OWNER));
            let _ = dir.keep();
        }
    }

    fn command(&self, program: &str) -> Command {
        let exe = self.bindir.join(program);
        let mut cmd = match &self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(exe);
                c
            }
            None => Command::new(exe),
        };
        cmd.current_dir(&self.root).stdin(Stdio::null());
        cmd
    }

    fn run(&self, what: &str, mut cmd: Command) -> Result<()> {
        let out = cmd
            .output()
            .map_err(|e| Error::Embedded(format!("cannot run {what}: {e}")))?;
        if out.status.success() {
            return Ok(());
        }
        let log = std::fs::read_to_string(self.root.join("server.log")).unwrap_or_default();
        let why = failure_line(&[
            &String::from_utf8_lossy(&out.stderr),
            &log,
            &String::from_utf8_lossy(&out.stdout),
        ]);
        Err(Error::Embedded(format!("{what} failed: {why}")))
    }

    fn init(&self) -> Result<()> {
        let mut initdb = self.command("initdb");
        initdb.arg("-D").arg(self.data()).args([
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
            "--wal-segsize=1",
        ]);
        self.run("initdb", initdb)?;
        let conf = self.data().join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf).map_err(|e| Error::io(&conf, e))?;
        text.push_str(TUNING);
        text.push_str(&format!(
            "unix_socket_directories = '{}'\n",
            self.root.display()
        ));
        std::fs::write(&conf, text).map_err(|e| Error::io(&conf, e))?;
        self.start_server()
    }

    fn start_server(&self) -> Result<()> {
        // Given on the command line, which wins over `postgresql.auto.conf`:
        // an `ALTER SYSTEM SET listen_addresses`/`port`/
        // `unix_socket_directories` run by a migration (and kept in a saved
        // state) never moves the server off its private socket. pg_ctl
        // hands these to `postgres` through /bin/sh, hence the quoting.
        let socket = self.root.display().to_string().replace('\'', "'\\''");
        let options =
            format!("-c listen_addresses='' -c port=5432 -c unix_socket_directories='{socket}'");
        let mut start = self.command("pg_ctl");
        start
            .arg("-D")
            .arg(self.data())
            .arg("-l")
            .arg(self.root.join("server.log"))
            .arg("-o")
            .arg(options)
            .args(["-w", "-t", "60", "start"]);
        // libpq inside the server (dblink, postgres_fdw) defaults to this
        // server, never to another PostgreSQL on the machine's default socket.
        start
            .env("PGHOST", &self.root)
            .env("PGPORT", "5432")
            .env("PGUSER", "postgres")
            .env_remove("PGHOSTADDR");
        self.run("pg_ctl start", start)
    }

    fn stop(&self) {
        let mut stop = self.command("pg_ctl");
        stop.arg("-D")
            .arg(self.data())
            .args(["-m", "immediate", "-w", "stop"]);
        stop.stdout(Stdio::null()).stderr(Stdio::null());
        let _ = stop.status();
    }
}

impl Drop for Embedded {
    fn drop(&mut self) {
        if self.dir.is_some() {
            self.stop();
        }
    }
}

/// The line of a failed command's output that says why: the first
/// `error:` or `FATAL:` line of `texts` (stderr, the server log, stdout),
/// else the last line of the first that has one.
fn failure_line(texts: &[&str]) -> String {
    let all: Vec<Vec<&str>> = texts
        .iter()
        .map(|t| t.lines().map(str::trim).filter(|l| !l.is_empty()).collect())
        .collect();
    all.iter()
        .flatten()
        .find(|l| l.contains("error:") || l.contains("FATAL:"))
        .or_else(|| all.iter().find_map(|t| t.last()))
        .map_or_else(|| "no output".to_owned(), |l| l.to_string())
}

/// Locks `root/owner.lock` for this process, writing its PID there (for
/// people). The file is locked under another name and renamed, so a lock
/// file that can be seen is always a locked one while its run lives.
fn claim(root: &Path) -> Result<std::fs::File> {
    let path = root.join(OWNER);
    let tmp = root.join(".owner.tmp");
    let fail = |e: std::io::Error| Error::io(&path, e);
    let mut file = std::fs::File::create(&tmp).map_err(fail)?;
    file.try_lock().map_err(|e| fail(e.into()))?;
    std::io::Write::write_all(&mut file, format!("{}\n", std::process::id()).as_bytes())
        .map_err(fail)?;
    std::fs::rename(&tmp, &path).map_err(fail)?;
    Ok(file)
}

/// Whether the run that made the cluster directory `root` is gone: its
/// owner lock is free; or, for a directory without one (made by an older
/// version, or a kept cluster), it is older than `unowned_after`.
fn orphaned(root: &Path, unowned_after: Option<std::time::Duration>) -> bool {
    match std::fs::File::open(root.join(OWNER)) {
        Ok(file) => file.try_lock().is_ok(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => unowned_after.is_some_and(|after| {
            std::fs::metadata(root)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > after)
        }),
        // Another user's cluster: not ours to judge.
        Err(_) => false,
    }
}

/// Stops and removes the clusters under `parent` (`codegen-pg-*`
/// directories) whose run is gone (see [`orphaned`]): `kill -9` skips a
/// run's clean-up and leaves its server running. A cluster whose run is
/// alive is never touched, however old.
pub fn sweep(parent: &Path, unowned_after: Option<std::time::Duration>) {
    let Some(bindir) = find_bindir() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let root = entry.path();
        let ours = entry
            .file_name()
            .to_string_lossy()
            .starts_with("codegen-pg-");
        if !ours || !orphaned(&root, unowned_after) {
            continue;
        }
        // As root, the cluster was handed to `postgres` (see `start_in`).
        let run_as = running_as_root().then(|| "postgres".to_owned());
        let cluster = Embedded {
            dir: None,
            root: root.clone(),
            bindir: bindir.clone(),
            run_as,
            _owner: None,
        };
        if cluster.data().join("postmaster.pid").exists() {
            cluster.stop();
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}

/// Whether this process runs as root (its files are then owned by uid 0).
fn running_as_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}

/// Copies a directory tree keeping owners and modes (`cp -a`): a data
/// directory must stay the server user's, mode 0700.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    let out = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .output()
        .map_err(|e| Error::Embedded(format!("cannot run cp: {e}")))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(Error::Embedded(format!(
            "cannot copy {} to {}: {}",
            from.display(),
            to.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        )))
    }
}

/// The directory holding `initdb` and `pg_ctl`: `CODEGEN_PG_BINDIR` when set
/// (and nothing else), else PATH, `pg_config --bindir`, then the newest
/// `/usr/lib/postgresql/*/bin`.
pub fn find_bindir() -> Option<PathBuf> {
    let has_tools = |d: &Path| d.join("initdb").is_file() && d.join("pg_ctl").is_file();
    if let Some(dir) = std::env::var_os("CODEGEN_PG_BINDIR") {
        let dir = PathBuf::from(dir);
        return has_tools(&dir).then_some(dir);
    }
    if let Some(path) = std::env::var_os("PATH") {
        if let Some(d) = std::env::split_paths(&path).find(|d| has_tools(d)) {
            return Some(d);
        }
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let d = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && has_tools(&d) {
            return Some(d);
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| {
            let e = e.ok()?;
            let v = e.file_name().to_str()?.parse().ok()?;
            Some((v, e.path().join("bin")))
        })
        .filter(|(_, d)| has_tools(d))
        .collect();
    versions.sort();
    versions.pop().map(|(_, d)| d)
}

/// uid and gid of a system user, from `/etc/passwd`.
fn system_user(name: &str) -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.first() == Some(&name) && f.len() > 3)
            .then(|| Some((f[2].parse().ok()?, f[3].parse().ok()?)))?
    })
}
