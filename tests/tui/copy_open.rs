//! Copying the selected user's ID or email (OSC 52, written by the runtime) and opening
//! the profile in the browser.

use docspace_people::clipboard::base64;

use crate::harness::Harness;

fn osc52(payload: &str) -> String {
    format!("\u{1b}]52;c;{payload}\u{7}")
}

#[tokio::test]
async fn c_writes_the_osc_52_sequence_of_the_id_and_shift_c_of_the_email() {
    let mut h = Harness::start().await;
    h.press("j");
    h.press("j");
    let user = h.model().users.current().cloned().expect("a user");
    h.app.take_terminal_output();
    h.press("c");
    assert_eq!(
        h.app.take_terminal_output(),
        [osc52(&base64(user.id.to_string().as_bytes()))]
    );
    let screen = h.screen();
    assert!(
        screen.contains(&format!("copied ID {}", user.id)),
        "{screen}"
    );
    h.press("C");
    let email = user.email.clone().expect("email");
    assert_eq!(
        h.app.take_terminal_output(),
        [osc52(&base64(email.as_bytes()))]
    );
    // Nothing is read from or sent to the portal for it.
    h.finish().await;
}

#[tokio::test]
async fn o_asks_for_the_profile_address_to_be_opened() {
    let mut h = Harness::start().await;
    let user = h.model().users.current().cloned().expect("a user");
    let url = user.profile_url.clone().expect("the demo portal gives one");
    h.press("o");
    assert_eq!(h.app.opened(), std::slice::from_ref(&url));
    let screen = h.screen();
    assert!(screen.contains("in the browser"), "{screen}");
    h.finish().await;
}
