use secrecy::SecretString;

use super::*;

#[test]
fn the_options_never_show_the_token() {
    let token = "sk-0123456789abcdef0123456789abcdef";
    let opts = TuiOptions::new(
        ClientOptions::new("http://127.0.0.1:1", SecretString::from(token.to_string())),
        "demo",
        Journal::disabled(),
    );
    let shown = format!("{opts:?}");
    assert!(!shown.contains(token), "{shown}");
    assert!(shown.contains("demo"), "{shown}");
}
