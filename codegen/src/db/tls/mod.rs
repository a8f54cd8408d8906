//! Verified TLS as libpq does it.
//!
//! sqlx 0.8's rustls setup differs from libpq where a certificate is checked:
//! `verify-ca` still compares the host name (rustls 0.23 reports a mismatch
//! as `NotValidForNameContext`, which sqlx's "no host name" verifier does not
//! recognise), `hostaddr` replaces `host` as the name checked, and webpki
//! refuses a self-signed server certificate with `CA:TRUE` (what
//! `openssl req -x509` makes, PostgreSQL's documented recipe) as
//! `CaUsedAsEndEntity`. sqlx takes no ready-made stream, so when a certificate
//! is to be checked codegen makes the TLS connection itself, with libpq's
//! rules, and hands sqlx a plain Unix socket in a private directory that is
//! bridged to it. Connections without verification stay sqlx's own.

mod bridge;
mod names;
mod verify;

use bridge::over_tls;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, TrustAnchor};
use sqlx::postgres::{PgConnectOptions, PgSslMode};
use sqlx::{ConnectOptions, PgConnection};
use std::path::{Path, PathBuf};

/// Connects as libpq would for the URL's `sslmode`: `disable`, and TLS
/// without a root certificate, go through sqlx; a root certificate (named by
/// `sslrootcert`, `PGSSLROOTCERT` or at `~/.postgresql/root.crt`) or
/// `verify-ca`/`verify-full` make codegen's own verified TLS connection.
pub(crate) async fn connect(
    url: &str,
    options: PgConnectOptions,
) -> Result<PgConnection, sqlx::Error> {
    if options.get_socket().is_some() || options.get_host().starts_with('/') {
        // libpq never uses TLS on a Unix socket; sqlx decides as before.
        return options.connect().await;
    }
    let plain = options.clone().ssl_mode(PgSslMode::Disable);
    if matches!(options.get_ssl_mode(), PgSslMode::Disable) {
        return plain.connect().await;
    }
    let settings = Settings::read(url, &options)?;
    let tls = || async {
        match &settings.roots {
            Some(_) => over_tls(&options, &settings).await,
            None => options.clone().ssl_mode(PgSslMode::Require).connect().await,
        }
    };
    match settings.mode {
        // libpq: plain first, TLS when that fails.
        PgSslMode::Allow => match plain.connect().await {
            Ok(conn) => Ok(conn),
            Err(_) => tls().await,
        },
        // Nothing to verify: sqlx's own, TLS when the server offers it.
        PgSslMode::Prefer if settings.roots.is_none() => options.connect().await,
        // libpq: TLS first, plain when that fails.
        PgSslMode::Prefer => match tls().await {
            Ok(conn) => Ok(conn),
            Err(_) => plain.connect().await,
        },
        _ => tls().await,
    }
}

/// What libpq reads for a verified connection.
struct Settings {
    mode: PgSslMode,
    /// The name the certificate must carry (`host`, never `hostaddr`);
    /// `None`: the name is not checked (all modes but `verify-full`).
    verify_name: Option<String>,
    /// Where to connect: `hostaddr` when given, else `host`.
    addr: String,
    port: u16,
    /// Trusted certificates; `None`: no verification.
    roots: Option<Roots>,
    client: Option<(PathBuf, PathBuf)>,
}

struct Roots {
    anchors: Vec<TrustAnchor<'static>>,
    /// The certificates themselves: a server may present one of them (a
    /// self-signed certificate), which OpenSSL trusts as it is.
    certs: Vec<CertificateDer<'static>>,
}

fn config_error(message: String) -> sqlx::Error {
    sqlx::Error::Configuration(message.into())
}

impl Settings {
    fn read(url: &str, options: &PgConnectOptions) -> Result<Self, sqlx::Error> {
        let parsed = url::Url::parse(url).map_err(|e| config_error(e.to_string()))?;
        let param = |keys: &[&str]| {
            parsed
                .query_pairs()
                .filter(|(k, _)| keys.contains(&k.as_ref()))
                .last()
                .map(|(_, v)| v.into_owned())
                .filter(|v| !v.is_empty())
        };
        let env = |key: &str| std::env::var(key).ok().filter(|v| !v.is_empty());
        let home_file = |name: &str| {
            std::env::var_os("HOME")
                .map(|h| Path::new(&h).join(".postgresql").join(name))
                .filter(|p| p.exists())
        };
        let has_hostaddr = param(&["hostaddr"]).is_some();
        let host = param(&["host"])
            .or_else(|| {
                parsed
                    .host_str()
                    .filter(|h| !h.is_empty())
                    .map(|h| h.trim_start_matches('[').trim_end_matches(']').to_owned())
            })
            .or_else(|| env("PGHOST"))
            .or_else(|| (!has_hostaddr).then(|| options.get_host().to_owned()));
        let root =
            param(&["sslrootcert", "ssl-root-cert", "ssl-ca"]).or_else(|| env("PGSSLROOTCERT"));
        let mode_given = param(&["sslmode", "ssl-mode"]).is_some() || env("PGSSLMODE").is_some();
        let mode = match root.as_deref() {
            // libpq: sslrootcert=system makes verify-full the default.
            Some("system") if !mode_given => PgSslMode::VerifyFull,
            _ => options.get_ssl_mode(),
        };
        let verify_full = matches!(mode, PgSslMode::VerifyFull);
        let verify = verify_full || matches!(mode, PgSslMode::VerifyCa);
        let roots = match root.as_deref() {
            Some("system") => {
                if !verify_full {
                    return Err(config_error(format!(
                        "sslrootcert=system needs sslmode=verify-full, not {}",
                        mode_name(mode)
                    )));
                }
                Some(Roots {
                    anchors: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
                    certs: Vec::new(),
                })
            }
            Some(file) if Path::new(file).exists() => Some(Roots::read(Path::new(file))?),
            Some(file) if verify => {
                return Err(config_error(format!(
                    "the root certificate file {file} does not exist; provide it or use an sslmode that does not verify the server"
                )))
            }
            Some(_) => None,
            None => match home_file("root.crt") {
                Some(file) => Some(Roots::read(&file)?),
                None if verify => {
                    return Err(config_error(format!(
                        "sslmode={} needs a root certificate: set sslrootcert (or create ~/.postgresql/root.crt)",
                        mode_name(mode)
                    )))
                }
                None => None,
            },
        };
        let cert = param(&["sslcert", "ssl-cert"])
            .or_else(|| env("PGSSLCERT"))
            .map(PathBuf::from)
            .or_else(|| home_file("postgresql.crt"));
        let key = param(&["sslkey", "ssl-key"])
            .or_else(|| env("PGSSLKEY"))
            .map(PathBuf::from)
            .or_else(|| home_file("postgresql.key"));
        let client = match (cert.filter(|c| c.exists()), key) {
            (Some(cert), Some(key)) => Some((cert, key)),
            (Some(cert), None) => {
                return Err(config_error(format!(
                    "the client certificate {} has no key: set sslkey",
                    cert.display()
                )))
            }
            (None, _) => None,
        };
        if verify_full && host.is_none() {
            return Err(config_error(
                "sslmode=verify-full needs a host name to check the certificate against: set host"
                    .into(),
            ));
        }
        Ok(Self {
            mode,
            verify_name: host.filter(|_| verify_full),
            addr: options.get_host().to_owned(),
            port: options.get_port(),
            roots,
            client,
        })
    }
}

fn mode_name(mode: PgSslMode) -> &'static str {
    match mode {
        PgSslMode::Disable => "disable",
        PgSslMode::Allow => "allow",
        PgSslMode::Prefer => "prefer",
        PgSslMode::Require => "require",
        PgSslMode::VerifyCa => "verify-ca",
        PgSslMode::VerifyFull => "verify-full",
    }
}

impl Roots {
    fn read(file: &Path) -> Result<Self, sqlx::Error> {
        let bad = |why: String| {
            config_error(format!(
                "the root certificate file {} {why}",
                file.display()
            ))
        };
        let pem = std::fs::read(file).map_err(|e| bad(format!("cannot be read ({e})")))?;
        let certs = CertificateDer::pem_slice_iter(&pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| bad(format!("is not PEM ({e})")))?;
        if certs.is_empty() {
            return Err(bad("holds no certificate".into()));
        }
        let anchors = certs
            .iter()
            .map(|c| webpki::anchor_from_trusted_cert(c).map(|a| a.to_owned()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| bad(format!("holds a certificate that does not parse ({e})")))?;
        Ok(Self { anchors, certs })
    }
}
