use crossterm::event::Event;
use uuid::Uuid;

use super::web_address;
use crate::api::{EmployeeFullDto, UserPage};
use crate::app::effect::{ApiOp, Effect};
use crate::app::msg::{ApiOutcome, ApiReply, Msg};
use crate::app::state::model::{Model, ModelOptions};
use crate::app::testing::press;
use crate::app::{init, update};

fn with(user: EmployeeFullDto) -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    for r in init(&mut m).iter().filter_map(Effect::request) {
        if let ApiOp::ListUsers(_) = r.op {
            let page = UserPage {
                users: vec![user.clone()],
                total: Some(1),
                start_index: 0,
            };
            update(
                &mut m,
                Msg::Api(ApiReply {
                    id: r.id,
                    result: Ok(ApiOutcome::Page(page)),
                }),
            );
        }
    }
    m
}

fn ann() -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(0xab));
    u.email = Some("ann@example.org".into());
    u.profile_url = Some("https://portal.example.com/accounts/view/ann".into());
    u
}

#[test]
fn c_and_shift_c_copy_the_id_and_the_email() {
    let mut m = with(ann());
    assert_eq!(
        press(&mut m, "c"),
        vec![Effect::Clipboard(Uuid::from_u128(0xab).to_string())]
    );
    assert!(
        m.status
            .notice
            .as_deref()
            .unwrap_or("")
            .starts_with("copied ID ")
    );
    assert_eq!(
        press(&mut m, "C"),
        vec![Effect::Clipboard("ann@example.org".into())]
    );
    assert_eq!(
        m.status.notice.as_deref(),
        Some("copied email ann@example.org to the clipboard")
    );
}

#[test]
fn nothing_is_copied_without_a_user_or_an_email_or_with_control_characters() {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    assert!(press(&mut m, "c").is_empty());
    let mut u = ann();
    u.email = None;
    let mut m = with(u);
    assert!(press(&mut m, "C").is_empty());
    assert!(
        m.status
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("no email")
    );
    let mut u = ann();
    u.email = Some("ann@example.org\u{1b}]52;c;x\u{7}".into());
    let mut m = with(u);
    assert!(press(&mut m, "C").is_empty());
    assert!(
        m.status
            .error
            .as_deref()
            .unwrap_or("")
            .contains("control characters")
    );
}

#[test]
fn o_opens_only_a_web_address() {
    let mut m = with(ann());
    assert_eq!(
        press(&mut m, "o"),
        vec![Effect::OpenUrl(
            "https://portal.example.com/accounts/view/ann".into()
        )]
    );
    for bad in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "/accounts/view/ann",
        " ",
    ] {
        let mut u = ann();
        u.profile_url = Some(bad.into());
        let mut m = with(u);
        assert!(press(&mut m, "o").is_empty(), "{bad}");
    }
    assert_eq!(
        web_address("http://h.example/p?q=1").as_deref(),
        Some("http://h.example/p?q=1")
    );
    assert_eq!(web_address("https://"), None);
}
