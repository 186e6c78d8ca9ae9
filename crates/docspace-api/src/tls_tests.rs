use super::*;

/// As hyper-rustls hands it up: the rustls error inside an I/O error, inside another error.
#[derive(Debug)]
struct Outer(std::io::Error);

impl std::fmt::Display for Outer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("client error (Connect)")
    }
}

impl Error for Outer {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

fn wrapped(e: rustls::Error) -> Outer {
    Outer(std::io::Error::other(e))
}

#[test]
fn an_untrusted_certificate_is_found_under_the_io_error() {
    let e = wrapped(rustls::Error::InvalidCertificate(
        CertificateError::UnknownIssuer,
    ));
    let words = certificate_problem(&e).expect("a certificate problem");
    assert!(words.contains("self-signed"), "{words}");

    let e = wrapped(rustls::Error::InvalidCertificate(CertificateError::Expired));
    assert_eq!(certificate_problem(&e).as_deref(), Some("it has expired"));
}

#[test]
fn an_untrusted_certificate_is_found_under_nested_io_errors() {
    // As reqwest hands it up: an I/O error holding an I/O error holding the rustls one.
    let inner = std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        rustls::Error::InvalidCertificate(CertificateError::NotValidForName),
    );
    let e = Outer(std::io::Error::other(inner));
    let words = certificate_problem(&e).expect("a certificate problem");
    assert!(words.contains("another host name"), "{words}");
}

#[test]
fn other_errors_are_not_certificate_problems() {
    let refused = Outer(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
    assert_eq!(certificate_problem(&refused), None);
    let handshake = wrapped(rustls::Error::HandshakeNotComplete);
    assert_eq!(certificate_problem(&handshake), None);
}
