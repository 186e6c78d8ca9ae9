//! The portal's address as the journal records it: no credentials, query or fragment,
//! so the same portal always reads the same.

/// `https://user:pw@host/base?x#y` → `https://host/base/`. An address that cannot be
/// parsed is recorded as a placeholder, never as given (it might hold a secret).
pub fn clean_portal(address: &str) -> String {
    let Ok(mut url) = url::Url::parse(address.trim()) else {
        return "(an address that could not be read)".to_string();
    };
    let _ = url.set_username("");
    let _ = url.set_password(None);
    url.set_query(None);
    url.set_fragment(None);
    if !url.path().ends_with('/') {
        let p = format!("{}/", url.path());
        url.set_path(&p);
    }
    url.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_query_and_fragment_are_dropped() {
        assert_eq!(
            clean_portal("https://admin:sk-secret@example.onlyoffice.com/base?token=sk-x#f"),
            "https://example.onlyoffice.com/base/"
        );
        assert_eq!(
            clean_portal("http://127.0.0.1:8092"),
            "http://127.0.0.1:8092/"
        );
        assert_eq!(
            clean_portal("not a url sk-secret"),
            "(an address that could not be read)"
        );
    }
}
