//! The tests' own PostgreSQL when `TEST_DATABASE_URL` is not set: one
//! throw-away cluster per test binary, made with the machine's `initdb` and
//! `pg_ctl` (found as `codegen db::embedded` finds them), started on first
//! use and removed when the test process is gone, however it ends.
//!
//! Lifetime. Rust runs no destructor for a static, and a panic, Ctrl-C or
//! `kill -9` skips any clean-up code, so the clean-up is not the test
//! process's job: before `initdb`, it starts a watchdog, a small `sh` in a
//! process group of its own that ignores SIGINT/SIGHUP/SIGTERM and reads its
//! stdin, a pipe whose only writer is the test process (the pipe is
//! close-on-exec, so the `codegen`/`psql` children do not hold it). When the
//! test process exits or is killed, the kernel closes that end, the read
//! ends, and the watchdog stops the server (`pg_ctl stop -m immediate`) and
//! removes the cluster's directory. Should the watchdog itself be killed
//! with the server running, PostgreSQL shuts itself down within a minute of
//! its data directory disappearing, and `sweep` at the next start removes
//! directories whose owner process is gone.
//!
//! The server listens on 127.0.0.1 on a free port (a normal `postgres://`
//! URL that child processes and `psql` reach), with TLS (a self-signed
//! certificate, when `openssl` is installed), trust auth for `postgres` (a
//! superuser), `max_connections = 200` and no fsync. As root, the cluster
//! belongs to the `postgres` user (initdb refuses root), as in `Embedded`.

use std::io::Write as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};

/// Prefix of the clusters' directories in the temporary directory (not
/// `codegen-pg-`: tests count the product's own clusters by that prefix).
const PREFIX: &str = "codegen-tests-pg-";

const TUNING: &str = "\
listen_addresses = '127.0.0.1'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
max_locks_per_transaction = 1024
shared_buffers = 128MB
log_min_messages = warning
";

struct Cluster {
    url: String,
    /// The write end of the watchdog's stdin: held until the process ends.
    _lifeline: Mutex<ChildStdin>,
}

static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();

/// The URL of this test binary's cluster, started on first call; panics
/// with the reason when it cannot start.
pub fn url() -> &'static str {
    match CLUSTER.get_or_init(start) {
        Ok(c) => &c.url,
        Err(e) => panic!(
            "the tests' embedded PostgreSQL did not start: {e}\n\
             (install PostgreSQL's server binaries, or set TEST_DATABASE_URL to a server)"
        ),
    }
}

/// Runs the server's commands as `postgres` when we are root.
struct Runner {
    bindir: PathBuf,
    as_postgres: bool,
}

impl Runner {
    fn command(&self, program: &str) -> Command {
        let exe = if program == "openssl" {
            PathBuf::from("openssl")
        } else {
            self.bindir.join(program)
        };
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(exe);
            c
        } else {
            Command::new(exe)
        };
        cmd.stdin(Stdio::null());
        cmd
    }

    fn run(&self, what: &str, mut cmd: Command, log: Option<&Path>) -> Result<(), String> {
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run {what}: {e}"))?;
        if out.status.success() {
            return Ok(());
        }
        let log = log
            .and_then(|l| std::fs::read_to_string(l).ok())
            .unwrap_or_default();
        Err(format!(
            "{what} failed: {}{}{log}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        ))
    }
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn start() -> Result<Cluster, String> {
    let bindir = codegen::db::embedded::find_bindir()
        .ok_or("no initdb/pg_ctl found (PATH, pg_config --bindir, /usr/lib/postgresql/*/bin)")?;
    let runner = Runner {
        bindir,
        as_postgres: running_as_root(),
    };
    sweep(&runner);
    let root = tempfile::Builder::new()
        .prefix(PREFIX)
        .tempdir()
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?
        .keep();
    // Mark the owner, for `sweep` (when the watchdog was killed too).
    std::fs::write(root.join("owner.pid"), std::process::id().to_string())
        .map_err(|e| format!("cannot write in {}: {e}", root.display()))?;
    let lifeline = watchdog(&runner, &root)?;
    if runner.as_postgres {
        let mut chown = Command::new("chown");
        chown.arg("postgres:").arg(&root);
        runner.run("chown postgres", chown, None)?;
    }
    let data = root.join("data");
    let mut initdb = runner.command("initdb");
    initdb.arg("-D").arg(&data).args([
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
    runner.run("initdb", initdb, None)?;
    let mut conf = TUNING.to_owned();
    conf.push_str(&format!("unix_socket_directories = '{}'\n", root.display()));
    let mut openssl = runner.command("openssl");
    openssl.current_dir(&data).args([
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.crt",
        "-days",
        "3650",
        "-subj",
        "/CN=localhost",
    ]);
    match runner.run("openssl", openssl, None) {
        Ok(()) => conf.push_str("ssl = on\n"),
        // Straight to stderr: the test harness captures eprintln!.
        Err(e) => {
            let _ = writeln!(
                std::io::stderr(),
                "NOTE: the tests' embedded PostgreSQL runs without TLS, so TLS connections are not tested: {e}"
            );
        }
    }
    let path = data.join("postgresql.conf");
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(conf.as_bytes()))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    // A free port, asked of the kernel; another process may take it between
    // the check and the start, so try a few.
    let log = root.join("server.log");
    let mut last = String::new();
    for _ in 0..5 {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port on 127.0.0.1: {e}"))?
            .port();
        let mut pg_ctl = runner.command("pg_ctl");
        pg_ctl.arg("-D").arg(&data).arg("-l").arg(&log).args([
            "-o",
            &format!("-p {port}"),
            "-w",
            "-t",
            "60",
            "start",
        ]);
        // As codegen's embedded server: libpq inside the server (dblink)
        // defaults to this server, not to the machine's other PostgreSQL.
        pg_ctl
            .env("PGHOST", &root)
            .env("PGPORT", port.to_string())
            .env("PGUSER", "postgres")
            .env_remove("PGHOSTADDR");
        match runner.run("pg_ctl start", pg_ctl, Some(&log)) {
            Ok(()) => {
                return Ok(Cluster {
                    url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
                    _lifeline: Mutex::new(lifeline),
                })
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// Starts the watchdog of `root` (see the module's comment); returns the
/// pipe end whose closing sets it off.
fn watchdog(runner: &Runner, root: &Path) -> Result<ChildStdin, String> {
    // After the test process is gone: a moment for an `initdb` or `pg_ctl
    // start` it left running, then stop and remove.
    let script = r#"
trap '' HUP INT TERM QUIT PIPE
cat >/dev/null
sleep 1
if [ -f "$ROOT/data/postmaster.pid" ]; then
  $RUNAS "$PG_CTL" -D "$ROOT/data" -m immediate -w -t 30 stop
fi
rm -rf "$ROOT"
"#;
    let mut child: Child = Command::new("sh")
        .args(["-c", script])
        .env("ROOT", root)
        .env("PG_CTL", runner.bindir.join("pg_ctl"))
        .env(
            "RUNAS",
            if runner.as_postgres {
                "runuser -u postgres --"
            } else {
                ""
            },
        )
        .current_dir("/")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Out of the terminal's process group: Ctrl-C does not reach it.
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start the watchdog (sh): {e}"))?;
    Ok(child.stdin.take().expect("piped stdin"))
}

/// Removes clusters whose test process and watchdog are both gone (the
/// watchdog killed as well, or the machine restarted).
fn sweep(runner: &Runner) {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let root = entry.path();
        if !entry.file_name().to_string_lossy().starts_with(PREFIX) {
            continue;
        }
        let owner = std::fs::read_to_string(root.join("owner.pid")).unwrap_or_default();
        let alive = Path::new("/proc").join(owner.trim()).exists() && !owner.trim().is_empty();
        // A directory without an owner yet is being made right now.
        let young = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_none_or(|age| age.as_secs() < 60);
        if alive || (owner.is_empty() && young) {
            continue;
        }
        let data = root.join("data");
        if data.join("postmaster.pid").exists() {
            let mut stop = runner.command("pg_ctl");
            stop.arg("-D")
                .arg(&data)
                .args(["-m", "immediate", "-w", "-t", "30", "stop"]);
            let _ = runner.run("pg_ctl stop", stop, None);
        }
        let _ = std::fs::remove_dir_all(&root);
    }
}
