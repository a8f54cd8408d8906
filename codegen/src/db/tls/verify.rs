//! libpq's certificate checks as a rustls verifier, and the client
//! configuration that uses it.

use super::{config_error, names, Settings};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, TrustAnchor, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct};
use std::io;
use std::sync::Arc;

pub(super) fn client_config(settings: &Settings) -> Result<ClientConfig, sqlx::Error> {
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
