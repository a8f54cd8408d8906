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

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, TrustAnchor, UnixTime};
use rustls::{CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct};
use sqlx::postgres::{PgConnectOptions, PgSslMode};
use sqlx::{ConnectOptions, PgConnection};
use std::io::{self, Read, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UnixListener, UnixStream};

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

/// The verified TLS connection, bridged to sqlx over a private Unix socket.
async fn over_tls(
    options: &PgConnectOptions,
    settings: &Settings,
) -> Result<PgConnection, sqlx::Error> {
    let tcp = TcpStream::connect((settings.addr.as_str(), settings.port)).await?;
    tcp.set_nodelay(true)?;
    let mut tcp = tcp;
    // SSLRequest: length 8, code 80877103.
    tcp.write_all(&[0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]).await?;
    let mut answer = [0u8];
    tcp.read_exact(&mut answer).await?;
    match answer[0] {
        b'S' => {}
        b'N' => return Err(sqlx::Error::Tls("the server does not support TLS".into())),
        other => {
            return Err(sqlx::Error::Protocol(format!(
                "unexpected answer to the TLS request: 0x{other:02x}"
            )))
        }
    }
    let mut tls = ClientConnection::new(Arc::new(client_config(settings)?), sni(settings, &tcp)?)
        .map_err(|e| sqlx::Error::Tls(e.into()))?;
    tls.set_buffer_limit(None);
    handshake(&mut tls, &tcp).await?;

    let dir = tempfile::Builder::new().prefix("codegen-tls-").tempdir()?;
    let listener = UnixListener::bind(dir.path().join(format!(".s.PGSQL.{}", settings.port)))?;
    let bridge = tokio::spawn(async move {
        let (local, _) = listener.accept().await?;
        drop(listener);
        pump(tls, tcp, local).await
    });
    let conn = options
        .clone()
        .socket(dir.path())
        .ssl_mode(PgSslMode::Disable)
        .connect()
        .await;
    drop(dir);
    if conn.is_err() {
        bridge.abort();
    }
    conn
}

/// The name sent as SNI: `host` when it is a DNS name (as libpq sends it).
fn sni(settings: &Settings, tcp: &TcpStream) -> Result<ServerName<'static>, sqlx::Error> {
    if let Some(name) = settings
        .verify_name
        .as_deref()
        .filter(|h| h.parse::<IpAddr>().is_err())
    {
        if let Ok(name) = ServerName::try_from(name.to_owned()) {
            return Ok(name);
        }
    }
    Ok(ServerName::IpAddress(tcp.peer_addr()?.ip().into()))
}

fn client_config(settings: &Settings) -> Result<ClientConfig, sqlx::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = Arc::new(Libpq {
        roots: settings
            .roots
            .as_ref()
            .map(|r| (r.anchors.clone(), r.certs.clone())),
        verify_name: settings.verify_name.clone(),
        provider: provider.clone(),
    });
    let builder = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| sqlx::Error::Tls(e.into()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let mut config = match &settings.client {
        Some((cert, key)) => {
            let certs = CertificateDer::pem_file_iter(cert)
                .and_then(|i| i.collect::<Result<Vec<_>, _>>())
                .map_err(|e| {
                    config_error(format!(
                        "the client certificate {} cannot be read ({e})",
                        cert.display()
                    ))
                })?;
            let key = PrivateKeyDer::from_pem_file(key).map_err(|e| {
                config_error(format!(
                    "the client key {} cannot be read ({e})",
                    key.display()
                ))
            })?;
            builder
                .with_client_auth_cert(certs, key)
                .map_err(|e| sqlx::Error::Tls(e.into()))?
        }
        None => builder.with_no_client_auth(),
    };
    config.enable_sni = true;
    Ok(config)
}

/// libpq's checks: the chain to the root certificates (OpenSSL's rules:
/// a trusted certificate presented as it is passes), then for
/// `verify-full` the name, as `pgtls_verify_peer_name_matches_certificate_guts`.
/// Unlike OpenSSL, a `CA:TRUE` server certificate that is not itself a root
/// certificate is refused (webpki's `CaUsedAsEndEntity`).
#[derive(Debug)]
struct Libpq {
    roots: Option<(Vec<TrustAnchor<'static>>, Vec<CertificateDer<'static>>)>,
    verify_name: Option<String>,
    provider: Arc<CryptoProvider>,
}

fn refused(message: String) -> rustls::Error {
    rustls::Error::InvalidCertificate(CertificateError::Other(rustls::OtherError(Arc::new(
        io::Error::other(message),
    ))))
}

impl ServerCertVerifier for Libpq {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some((anchors, certs)) = &self.roots else {
            return Ok(ServerCertVerified::assertion());
        };
        let cert = webpki::EndEntityCert::try_from(end_entity)
            .map_err(|e| refused(format!("the server certificate does not parse ({e})")))?;
        match cert.verify_for_usage(
            self.provider.signature_verification_algorithms.all,
            anchors,
            intermediates,
            now,
            webpki::KeyUsage::server_auth(),
            None,
            None,
        ) {
            Ok(_) => {}
            // webpki checks the dates before it sees CA:TRUE, so this error
            // means a trusted certificate, in date, presented as it is.
            Err(webpki::Error::CaUsedAsEndEntity)
                if certs.iter().any(|c| c.as_ref() == end_entity.as_ref()) => {}
            Err(webpki::Error::CaUsedAsEndEntity) => {
                return Err(refused(
                    "certificate verify failed (a CA certificate, such as a self-signed one, that is not among the root certificates)".into(),
                ))
            }
            Err(webpki::Error::UnknownIssuer) => {
                return Err(refused(
                    "certificate verify failed (its issuer is not among the root certificates)"
                        .into(),
                ))
            }
            Err(e) => return Err(refused(format!("certificate verify failed ({e:?})"))),
        }
        if let Some(host) = &self.verify_name {
            names::verify(host, end_entity.as_ref()).map_err(refused)?;
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// `std::io` over a non-blocking tokio socket, for rustls.
struct Io<'a>(&'a TcpStream);

impl Read for Io<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.try_read(buf)
    }
}

impl Write for Io<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.try_write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Sends what rustls has to send.
async fn flush(tls: &mut ClientConnection, tcp: &TcpStream) -> io::Result<()> {
    while tls.wants_write() {
        tcp.writable().await?;
        match tls.write_tls(&mut Io(tcp)) {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            other => {
                other?;
            }
        }
    }
    Ok(())
}

/// Reads TLS records and processes them; 0: the server closed.
async fn receive(tls: &mut ClientConnection, tcp: &TcpStream) -> io::Result<usize> {
    loop {
        tcp.readable().await?;
        match tls.read_tls(&mut Io(tcp)) {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            Err(e) => return Err(e),
            Ok(n) => {
                if let Err(e) = tls.process_new_packets() {
                    // Tell the server why (the alert), then fail.
                    let _ = flush(tls, tcp).await;
                    return Err(io::Error::new(io::ErrorKind::InvalidData, e));
                }
                return Ok(n);
            }
        }
    }
}

async fn handshake(tls: &mut ClientConnection, tcp: &TcpStream) -> Result<(), sqlx::Error> {
    while tls.is_handshaking() {
        flush(tls, tcp).await?;
        if tls.is_handshaking() && receive(tls, tcp).await.map_err(tls_error)? == 0 {
            return Err(sqlx::Error::Tls(
                "the server closed the connection during the TLS handshake".into(),
            ));
        }
    }
    flush(tls, tcp).await?;
    Ok(())
}

/// A failed handshake in words: a refused certificate is the verifier's
/// sentence, not rustls's debug form of it.
fn tls_error(e: io::Error) -> sqlx::Error {
    if e.kind() != io::ErrorKind::InvalidData {
        return sqlx::Error::Io(e);
    }
    let message = match e.get_ref().and_then(|e| e.downcast_ref::<rustls::Error>()) {
        Some(rustls::Error::InvalidCertificate(CertificateError::Other(other))) => {
            format!("the server certificate is refused: {}", other.0)
        }
        Some(other) => other.to_string(),
        None => e.to_string(),
    };
    sqlx::Error::Tls(message.into())
}

/// Copies between sqlx's plain socket and the TLS connection until either
/// side closes.
async fn pump(mut tls: ClientConnection, tcp: TcpStream, mut local: UnixStream) -> io::Result<()> {
    let mut from_server = vec![0u8; 16 * 1024];
    let mut from_local = vec![0u8; 16 * 1024];
    let mut server_closed = false;
    loop {
        loop {
            match tls.reader().read(&mut from_server) {
                Ok(0) => return local.shutdown().await,
                Ok(n) => local.write_all(&from_server[..n]).await?,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) => return Err(e),
            }
        }
        if server_closed {
            return local.shutdown().await;
        }
        flush(&mut tls, &tcp).await?;
        tokio::select! {
            n = receive(&mut tls, &tcp) => server_closed = n? == 0,
            n = local.read(&mut from_local) => match n? {
                0 => {
                    tls.send_close_notify();
                    return flush(&mut tls, &tcp).await;
                }
                n => tls.writer().write_all(&from_local[..n])?,
            },
        }
    }
}

/// libpq's host name check on a DER certificate.
mod names {
    use std::net::IpAddr;

    /// A DER element: tag, contents, what follows.
    fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
        let (&tag, rest) = input.split_first()?;
        let (&first, rest) = rest.split_first()?;
        let (len, rest) = if first < 0x80 {
            (first as usize, rest)
        } else {
            let n = (first & 0x7f) as usize;
            if n == 0 || n > 4 || rest.len() < n {
                return None;
            }
            let len = rest[..n].iter().fold(0usize, |l, &b| (l << 8) | b as usize);
            (len, &rest[n..])
        };
        (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
    }

    fn elements(mut input: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
        std::iter::from_fn(move || {
            let (tag, value, rest) = element(input)?;
            input = rest;
            Some((tag, value))
        })
    }

    const COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
    const SUBJECT_ALT_NAME: &[u8] = &[0x55, 0x1d, 0x11];

    /// The subject alternative names (tag and value; dNSName: 0x82,
    /// iPAddress: 0x87) and the first common name.
    type Names = (Vec<(u8, Vec<u8>)>, Option<Vec<u8>>);

    /// A certificate's [`Names`].
    pub(super) fn read(der: &[u8]) -> Option<Names> {
        let (_, cert, _) = element(der)?;
        let (_, tbs, _) = element(cert)?;
        let mut fields = elements(tbs).peekable();
        if fields.peek()?.0 == 0xa0 {
            fields.next();
        }
        // serial, signature, issuer, validity, subject
        let subject = fields.nth(4)?.1;
        let common_name = elements(subject)
            .flat_map(|(_, set)| elements(set))
            .find_map(|(_, attr)| {
                let mut parts = elements(attr);
                let (_, oid) = parts.next()?;
                let (_, value) = parts.next()?;
                (oid == COMMON_NAME).then(|| value.to_vec())
            });
        let mut sans = Vec::new();
        for (tag, value) in fields {
            if tag != 0xa3 {
                continue;
            }
            let (_, list, _) = element(value)?;
            for (_, ext) in elements(list) {
                let mut parts = elements(ext);
                let (_, oid) = parts.next()?;
                if oid != SUBJECT_ALT_NAME {
                    continue;
                }
                let octets = parts.find(|(t, _)| *t == 0x04)?.1;
                let (_, names, _) = element(octets)?;
                sans.extend(elements(names).map(|(t, v)| (t, v.to_vec())));
            }
        }
        Some((sans, common_name))
    }

    /// libpq's `pq_verify_peer_name_matches_certificate_name`: case-blind,
    /// a leading `*.` stands for one label.
    fn name_matches(host: &str, name: &[u8]) -> Result<bool, String> {
        if name.contains(&0) {
            return Err("the server certificate has a name with an embedded NUL".into());
        }
        let host = host.as_bytes();
        if name.len() >= 3 && name.starts_with(b"*.") {
            if name.len() > host.len() {
                return Ok(false);
            }
            let tail = &host[host.len() - name.len() + 1..];
            let first_dot = host.iter().position(|&b| b == b'.').unwrap_or(host.len());
            return Ok(
                tail.eq_ignore_ascii_case(&name[1..]) && first_dot >= host.len() - name.len()
            );
        }
        Ok(host.eq_ignore_ascii_case(name))
    }

    fn ip_matches(host: &str, octets: &[u8]) -> bool {
        match host.parse::<IpAddr>() {
            Ok(IpAddr::V4(a)) => octets == a.octets(),
            Ok(IpAddr::V6(a)) => octets == a.octets(),
            Err(_) => false,
        }
    }

    fn shown(tag: u8, value: &[u8]) -> String {
        match (tag, value.len()) {
            (0x87, 4) => IpAddr::from(<[u8; 4]>::try_from(value).unwrap()).to_string(),
            (0x87, 16) => IpAddr::from(<[u8; 16]>::try_from(value).unwrap()).to_string(),
            _ => String::from_utf8_lossy(value).into_owned(),
        }
    }

    /// `Ok` when `host` is one of the certificate's names; the error is
    /// libpq's sentence.
    pub(super) fn verify(host: &str, der: &[u8]) -> Result<(), String> {
        let (sans, common_name) = read(der).ok_or("the server certificate's names do not parse")?;
        let host_tag = if host.parse::<IpAddr>().is_ok() {
            0x87
        } else {
            0x82
        };
        let mut check_cn = true;
        let mut examined = Vec::new();
        for (tag, value) in &sans {
            if *tag == host_tag {
                check_cn = false;
            }
            let matched = match tag {
                0x82 => name_matches(host, value)?,
                0x87 => ip_matches(host, value),
                _ => continue,
            };
            if matched {
                return Ok(());
            }
            examined.push(shown(*tag, value));
        }
        if check_cn {
            if let Some(cn) = &common_name {
                if name_matches(host, cn)? {
                    return Ok(());
                }
                examined.push(shown(0x82, cn));
            }
        }
        match examined.split_first() {
            None => Err("could not get the server's host name from its certificate".into()),
            Some((first, [])) => Err(format!(
                "server certificate for \"{first}\" does not match host name \"{host}\""
            )),
            Some((first, others)) => Err(format!(
                "server certificate for \"{first}\" (and {} other name{}) does not match host name \"{host}\"",
                others.len(),
                if others.len() == 1 { "" } else { "s" }
            )),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::name_matches;

        #[test]
        fn wildcards_match_one_label_as_libpq() {
            for (host, name, expected) in [
                ("db.example.com", "*.example.com", true),
                ("DB.Example.com", "*.example.COM", true),
                ("a.db.example.com", "*.example.com", false),
                ("example.com", "*.example.com", false),
                ("db.example.com", "db.example.com", true),
                ("db.example.com", "other.example.com", false),
            ] {
                assert_eq!(
                    name_matches(host, name.as_bytes()),
                    Ok(expected),
                    "{host} {name}"
                );
            }
        }
    }
}
