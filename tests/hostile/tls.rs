//! Hostile cases: tls. A throw-away cluster with `ssl = on` and a
//! certificate for `dbhost.test`, reached at 127.0.0.1; psql (libpq) is the
//! judge of which connections succeed.
#[allow(unused_imports)]
use tests::*;

use std::path::Path;
use std::process::{Command, Stdio};

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// A cluster of its own (initdb refuses root: then as `postgres`) on a free
/// port of 127.0.0.1, serving `cert`/`key` (files in `certs`), with `hba` as
/// its pg_hba.conf.
struct TlsServer {
    dir: tempfile::TempDir,
    port: u16,
}

impl TlsServer {
    fn command(program: &str) -> Command {
        let exe = codegen::db::embedded::find_bindir()
            .expect("PostgreSQL binaries")
            .join(program);
        if running_as_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(exe);
            c
        } else {
            Command::new(exe)
        }
    }

    fn start(certs: &Path, cert: &str, key: &str, hba: &str) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("codegen-tls-test-")
            .tempdir()
            .unwrap();
        let root = dir.path();
        for (from, to) in [(cert, "server.crt"), (key, "server.key")] {
            std::fs::copy(certs.join(from), root.join(to)).unwrap();
        }
        std::fs::write(root.join("pg_hba.conf"), hba).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            root.join("server.key"),
            std::fs::Permissions::from_mode(0o600),
        )
        .unwrap();
        if running_as_root() {
            let st = Command::new("chown")
                .args(["-R", "postgres:"])
                .arg(root)
                .status()
                .unwrap();
            assert!(st.success());
        }
        let data = root.join("data");
        let st = Self::command("initdb")
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
                "--no-instructions",
            ])
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(st.success(), "initdb");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let opts = format!(
            "-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={0} -c ssl=on -c ssl_cert_file={0}/server.crt -c ssl_key_file={0}/server.key -c hba_file={0}/pg_hba.conf -c fsync=off",
            root.display()
        );
        let st = Self::command("pg_ctl")
            .arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(root.join("server.log"))
            .args(["-o", &opts, "-w", "-t", "60", "start"])
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(st.success(), "pg_ctl start");
        Self { dir, port }
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = Self::command("pg_ctl")
            .arg("-D")
            .arg(self.dir.path().join("data"))
            .args(["-m", "immediate", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// Certificates made with openssl: PostgreSQL's self-signed recipe
/// (`recipe.crt`, CN only, CA:TRUE), a root (`ca.crt`) and a server
/// certificate it signed (`leaf.crt`, SAN dbhost.test and 127.0.0.2), an unrelated root.
fn certificates() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // https://www.postgresql.org/docs/current/ssl-tcp.html#SSL-CERTIFICATE-CREATION
    openssl(
        d,
        &[
            "req",
            "-new",
            "-x509",
            "-days",
            "365",
            "-nodes",
            "-text",
            "-out",
            "recipe.crt",
            "-keyout",
            "recipe.key",
            "-subj",
            "/CN=dbhost.test",
        ],
    );
    for name in ["ca", "other"] {
        openssl(
            d,
            &[
                "req",
                "-new",
                "-x509",
                "-days",
                "365",
                "-nodes",
                "-out",
                &format!("{name}.crt"),
                "-keyout",
                &format!("{name}.key"),
                "-subj",
                &format!("/CN={name} root"),
            ],
        );
    }
    openssl(
        d,
        &[
            "req",
            "-new",
            "-nodes",
            "-out",
            "leaf.csr",
            "-keyout",
            "leaf.key",
            "-subj",
            "/CN=dbhost.test",
        ],
    );
    std::fs::write(
        d.join("leaf.ext"),
        "subjectAltName=DNS:dbhost.test,IP:127.0.0.2\n",
    )
    .unwrap();
    openssl(
        d,
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "365",
            "-out",
            "leaf.crt",
            "-extfile",
            "leaf.ext",
        ],
    );
    dir
}

/// Does psql connect with `url`? (HOME without ~/.postgresql, no PGSSL*.)
fn psql_connects(url: &str) -> bool {
    let home = tempfile::tempdir().unwrap();
    Command::new("psql")
        .args([url, "-Atqc", "SELECT 1"])
        .env("HOME", home.path())
        .env_remove("PGSSLROOTCERT")
        .env_remove("PGSSLMODE")
        .env_remove("PGSSLCERT")
        .env_remove("PGSSLKEY")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success()
}

/// What a case gives: a connection, TLS or not, or a refusal whose message
/// holds the text.
enum Expect {
    Tls(bool),
    Refused(&'static str),
}
use Expect::*;

/// Each case: connect with codegen and with psql; both connect or both
/// refuse, as expected.
async fn judge(server: &TlsServer, certs: &Path, cases: &[(&str, String, Expect)]) {
    let mut failures = Vec::new();
    for (host, params, expect) in cases {
        let params = params.replace("CERTS", &certs.display().to_string());
        let url = format!(
            "postgres://postgres:hunter2@{host}:{}/postgres?{params}",
            server.port
        );
        let psql = psql_connects(&url);
        let ours = codegen::db::connect(&url).await;
        let shown = match &ours {
            Ok(_) => "connects".to_string(),
            Err(e) => e.to_string(),
        };
        assert!(!shown.contains("hunter2"), "{url}: {shown}");
        assert_eq!(shown.trim().lines().count(), 1, "one sentence: {shown}");
        let expected = matches!(expect, Tls(_));
        if psql != expected || ours.is_ok() != expected {
            failures.push(format!(
                "{url}: expected {expected}, psql {psql}, codegen: {shown}"
            ));
            continue;
        }
        match (ours, expect) {
            (Ok(mut conn), Tls(tls)) => {
                let ssl: bool =
                    sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                        .fetch_one(&mut conn)
                        .await
                        .unwrap();
                if ssl != *tls {
                    failures.push(format!("{url}: TLS {ssl}, expected {tls}"));
                }
            }
            (Err(_), Refused(text)) if !shown.contains(text) => {
                failures.push(format!("{url}: expected `{text}` in: {shown}"));
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// PostgreSQL's own recipe (self-signed, CN only, CA:TRUE) as sslrootcert:
/// libpq trusts it as it is (webpki said CaUsedAsEndEntity), checks the CN
/// against `host` (not `hostaddr`) for verify-full only. The server takes
/// TLS only: `allow` falls back to it.
#[tokio::test]
async fn self_signed_recipe_certificate_is_verified_as_libpq_does() {
    let certs = certificates();
    // TLS only: `allow` must fall back to it, `disable` is refused.
    let hba = "local all all trust\nhostssl all all 127.0.0.1/32 trust\n";
    let server = TlsServer::start(certs.path(), "recipe.crt", "recipe.key", hba);
    let root = "sslrootcert=CERTS/recipe.crt";
    let verify_full = format!("sslmode=verify-full&{root}");
    judge(
        &server,
        certs.path(),
        &[
            ("127.0.0.1", format!("sslmode=verify-ca&{root}"), Tls(true)),
            (
                "dbhost.test",
                format!("hostaddr=127.0.0.1&{verify_full}"),
                Tls(true),
            ),
            (
                "127.0.0.1",
                verify_full.clone(),
                Refused(
                    r#"server certificate for "dbhost.test" does not match host name "127.0.0.1""#,
                ),
            ),
            ("127.0.0.1", format!("sslmode=require&{root}"), Tls(true)),
            ("127.0.0.1", "sslmode=require".into(), Tls(true)),
            (
                "127.0.0.1",
                "sslmode=verify-ca&sslrootcert=CERTS/other.crt".into(),
                Refused("certificate verify failed (a CA certificate, such as a self-signed one, that is not among the root certificates)"),
            ),
            (
                "127.0.0.1",
                "sslmode=verify-ca&sslrootcert=CERTS/missing.crt".into(),
                Refused("missing.crt does not exist"),
            ),
            ("127.0.0.1", format!("sslmode=allow&{root}"), Tls(true)),
            ("127.0.0.1", "sslmode=allow".into(), Tls(true)),
            ("127.0.0.1", "sslmode=disable".into(), Refused("no pg_hba.conf entry")),
        ],
    )
    .await;
}

/// A server certificate signed by a root: verify-ca checks the chain only,
/// verify-full checks `host` while connecting to `hostaddr`, and a root
/// certificate makes `require` verify (libpq's rule).
#[tokio::test]
async fn ca_signed_certificate_is_verified_as_libpq_does() {
    let certs = certificates();
    let hba = "local all all trust\nhost all all 127.0.0.1/32 trust\n";
    let server = TlsServer::start(certs.path(), "leaf.crt", "leaf.key", hba);
    let root = "sslrootcert=CERTS/ca.crt";
    let verify_full = format!("sslmode=verify-full&{root}");
    let other = "sslrootcert=CERTS/other.crt";
    judge(
        &server,
        certs.path(),
        &[
            ("127.0.0.1", format!("sslmode=verify-ca&{root}"), Tls(true)),
            (
                "dbhost.test",
                format!("hostaddr=127.0.0.1&{verify_full}"),
                Tls(true),
            ),
            (
                "127.0.0.1",
                format!("host=dbhost.test&hostaddr=127.0.0.1&{verify_full}"),
                Tls(true),
            ),
            (
                "127.0.0.1",
                format!("host=127.0.0.2&hostaddr=127.0.0.1&{verify_full}"),
                Tls(true),
            ),
            (
                "other.test",
                format!("hostaddr=127.0.0.1&{verify_full}"),
                Refused(r#"does not match host name "other.test""#),
            ),
            (
                "127.0.0.1",
                verify_full.clone(),
                Refused(r#"does not match host name "127.0.0.1""#),
            ),
            (
                "127.0.0.1",
                format!("sslmode=require&{other}"),
                Refused(
                    "certificate verify failed (its issuer is not among the root certificates)",
                ),
            ),
            (
                "127.0.0.1",
                format!("sslmode=verify-full&{other}"),
                Refused(
                    "certificate verify failed (its issuer is not among the root certificates)",
                ),
            ),
            ("127.0.0.1", format!("sslmode=prefer&{other}"), Tls(false)),
            ("127.0.0.1", format!("sslmode=allow&{root}"), Tls(false)),
            ("127.0.0.1", "sslmode=disable".into(), Tls(false)),
        ],
    )
    .await;

    // Megabytes each way through the verified connection's bridge.
    let url = format!(
        "postgres://postgres@dbhost.test:{}/postgres?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert={}",
        server.port,
        certs.path().join("ca.crt").display()
    );
    let mut conn = codegen::db::connect(&url).await.unwrap();
    let big: String = (0..4_000_000)
        .map(|i| (b'a' + (i % 26) as u8) as char)
        .collect();
    for _ in 0..2 {
        let back: String = sqlx::query_scalar("SELECT $1::text")
            .bind(&big)
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert!(back == big, "the text comes back whole");
    }
    codegen::db::close(conn).await;
}
