//! Recognising a refused TLS certificate among the errors of a request. A certificate
//! the client does not trust is not a passing failure: trying again gets the same
//! certificate, so the client says so once instead of retrying.

use std::error::Error;

use rustls::CertificateError;

/// The words for why the portal's certificate was refused, if `e` (or any error under
/// it) is a certificate refusal.
pub fn certificate_problem(e: &(dyn Error + 'static)) -> Option<String> {
    let mut cur: Option<&(dyn Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(words) = rustls_error(err).and_then(words) {
            return Some(words);
        }
        cur = err.source();
    }
    None
}

/// The rustls error `err` is, or carries inside an I/O error (whose `source` skips it).
fn rustls_error<'a>(err: &'a (dyn Error + 'static)) -> Option<&'a rustls::Error> {
    if let Some(r) = err.downcast_ref::<rustls::Error>() {
        return Some(r);
    }
    if let Some(inner) = err
        .downcast_ref::<std::io::Error>()
        .and_then(std::io::Error::get_ref)
    {
        return rustls_error(inner);
    }
    None
}

fn words(e: &rustls::Error) -> Option<String> {
    let rustls::Error::InvalidCertificate(c) = e else {
        return None;
    };
    Some(match c {
        CertificateError::UnknownIssuer => {
            "it is not signed by an authority this computer trusts (self-signed, or a private \
             certificate authority)"
                .into()
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            "it has expired".into()
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            "it is not valid yet (check this computer's clock)".into()
        }
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            "it is for another host name than the portal's address".into()
        }
        CertificateError::Revoked => "it has been revoked".into(),
        other => format!("{other:?}"),
    })
}

#[cfg(test)]
#[path = "tls_tests.rs"]
mod tests;
