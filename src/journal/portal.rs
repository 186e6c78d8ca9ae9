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
#[path = "portal_tests.rs"]
mod tests;
