//! The verified TLS connection made by codegen, bridged to sqlx over a
//! private Unix socket.

use super::verify::client_config;
use super::Settings;
use rustls::pki_types::ServerName;
use rustls::{CertificateError, ClientConnection};
use sqlx::postgres::{PgConnectOptions, PgSslMode};
use sqlx::{ConnectOptions, PgConnection};
use std::io::{self, Read, Write};
use std::net::IpAddr;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UnixListener, UnixStream};

/// The verified TLS connection, bridged to sqlx over a private Unix socket.
pub(super) async fn over_tls(
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
