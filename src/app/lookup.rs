//! Look-up by ID or email: reading what was typed.

use crossterm::event::KeyEvent;
use uuid::Uuid;

use super::effect::{ApiOp, Effect, RequestId};
use super::input::{Edit, PromptKey};
use super::model::{Model, Overlay, Pending};
use super::update::{quit, unchanged};
use crate::api::EmployeeFullDto;
use crate::api::client::same_email;
use crate::sanitize::display_safe_short;

/// What a look-up asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupTarget {
    Id(Uuid),
    Email(String),
}

impl LookupTarget {
    /// "no user with ID …" / "no user with email …".
    pub fn not_found(&self) -> String {
        match self {
            LookupTarget::Id(id) => format!("no user with ID {id}"),
            LookupTarget::Email(e) => format!("no user with email {}", display_safe_short(e, 80)),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            LookupTarget::Id(id) => format!("ID {id}"),
            LookupTarget::Email(e) => format!("email {}", display_safe_short(e, 80)),
        }
    }

    /// Whether `user` is the user asked for: the same ID, or the same email without
    /// regard to case.
    pub fn is_answered_by(&self, user: &EmployeeFullDto) -> bool {
        match self {
            LookupTarget::Id(id) => user.id == *id,
            LookupTarget::Email(e) => same_email(user.email.as_deref(), e),
        }
    }

    /// Words for an answer about another user than the one asked for (short enough for
    /// the status line).
    pub fn answered_by_another(&self) -> String {
        format!(
            "refused an answer about another user (asked for {})",
            self.describe()
        )
    }
}

/// Reads a GUID (any of its usual spellings) or an email address; anything else is
/// refused with an explanation, and nothing is sent.
pub fn parse_lookup(raw: &str) -> Result<LookupTarget, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("type a user ID (a GUID) or an email address".into());
    }
    if let Ok(id) = Uuid::parse_str(s) {
        return Ok(LookupTarget::Id(id));
    }
    let shown = display_safe_short(s, 60);
    if s.contains('@') {
        return if is_email(s) {
            Ok(LookupTarget::Email(s.to_string()))
        } else {
            Err(format!("\"{shown}\" is not a valid email address"))
        };
    }
    let guid_like = s.len() >= 8
        && s.chars()
            .all(|c| c.is_ascii_hexdigit() || matches!(c, '-' | '{' | '}'));
    if guid_like {
        Err(format!(
            "\"{shown}\" is not a valid user ID: an ID is a GUID such as \
             3f2504e0-4f89-11d3-9a0c-0305e82c3301"
        ))
    } else {
        Err(format!(
            "\"{shown}\" is neither a user ID (a GUID) nor an email address"
        ))
    }
}

/// A pragmatic email shape check: one `@`, a local part, a dotted domain, no spaces.
pub fn is_email(s: &str) -> bool {
    if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && !domain.contains("..")
        && !local.starts_with('.')
        && !local.ends_with('.')
}

/// Keys in the look-up prompt: text, Enter to look up, Esc to close.
pub fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let spec = match PromptKey::of(&model.keymap, key) {
        PromptKey::Quit => return quit(model),
        PromptKey::Close => {
            model.overlay = Overlay::None;
            return Vec::new();
        }
        PromptKey::Enter => return submit(model),
        PromptKey::Other(spec) => spec,
    };
    let Overlay::Lookup(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    match prompt.input.key(&spec) {
        Edit::Changed => {
            prompt.error = None;
            Vec::new()
        }
        Edit::Moved => Vec::new(),
        Edit::Ignored => unchanged(model),
    }
}

/// Enter: a GUID or an email starts a request; anything else is explained, nothing sent.
fn submit(model: &mut Model) -> Vec<Effect> {
    let Overlay::Lookup(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    match parse_lookup(prompt.input.value()) {
        Err(why) => {
            prompt.error = Some(why);
            Vec::new()
        }
        Ok(target) => {
            model.overlay = Overlay::None;
            model
                .status
                .notice(format!("looking up {}…", target.describe()));
            start(model, target)
        }
    }
}

/// Starts look-up of `target`, superseding any look-up in flight.
pub fn start(model: &mut Model, target: LookupTarget) -> Vec<Effect> {
    let mut fx = Vec::new();
    let stale: Vec<RequestId> = model
        .requests
        .in_flight
        .iter()
        .filter(|(_, p)| matches!(p, Pending::Lookup { .. }))
        .map(|(id, _)| *id)
        .collect();
    for id in stale {
        model.requests.finish(id);
        fx.push(Effect::Cancel(id));
    }
    model.detail.lookup_seq += 1;
    let op = match &target {
        LookupTarget::Id(id) => ApiOp::GetUser(*id),
        LookupTarget::Email(e) => ApiOp::GetUserByEmail(e.clone()),
    };
    let pending = Pending::Lookup {
        target,
        seq: model.detail.lookup_seq,
    };
    let (_, effect) = model.requests.start(pending, op);
    fx.push(effect);
    fx
}

/// On refresh: reads the looked-up user again, if one is shown.
pub fn refresh(model: &mut Model) -> Vec<Effect> {
    match model.detail.lookup.as_ref().map(|u| u.id) {
        Some(id) => start(model, LookupTarget::Id(id)),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_in_their_spellings() {
        let id = Uuid::from_u128(0x3f2504e0_4f89_11d3_9a0c_0305e82c3301);
        for s in [
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "  3F2504E0-4F89-11D3-9A0C-0305E82C3301 ",
            "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
            "3f2504e04f8911d39a0c0305e82c3301",
        ] {
            assert_eq!(parse_lookup(s), Ok(LookupTarget::Id(id)), "{s}");
        }
    }

    #[test]
    fn only_the_user_asked_for_answers_a_lookup() {
        let mut ann = EmployeeFullDto::bare(Uuid::from_u128(7));
        ann.email = Some("Ann@Example.org".into());
        assert!(LookupTarget::Id(Uuid::from_u128(7)).is_answered_by(&ann));
        assert!(!LookupTarget::Id(Uuid::from_u128(8)).is_answered_by(&ann));
        assert!(LookupTarget::Email("ann@example.ORG".into()).is_answered_by(&ann));
        assert!(!LookupTarget::Email("bob@example.org".into()).is_answered_by(&ann));
        ann.email = None;
        assert!(!LookupTarget::Email("ann@example.org".into()).is_answered_by(&ann));
    }

    /// Through `update`: a reply about another user is an error, and that user is
    /// neither shown nor put into the list.
    #[test]
    fn a_lookup_answered_with_another_user_is_an_error() {
        use crate::app::msg::{ApiOutcome, ApiReply, Msg};
        use crate::app::testing::{press, type_text};
        use crate::app::{ModelOptions, update};

        for (asked, answered) in [
            ("00000000-0000-0000-0000-000000000abc", 0xdefu128),
            ("ann@example.org", 0xabc),
        ] {
            let mut m = Model::new(ModelOptions::default());
            update(&mut m, Msg::Input(crossterm::event::Event::Resize(120, 30)));
            press(&mut m, "i");
            type_text(&mut m, asked);
            let fx = press(&mut m, "enter");
            let req = fx.iter().find_map(Effect::request).expect("a request");
            let mut other = EmployeeFullDto::bare(Uuid::from_u128(answered));
            other.email = Some("bob@example.org".into());
            other.first_name = Some("Bob".into());
            update(
                &mut m,
                Msg::Api(ApiReply {
                    id: req.id,
                    result: Ok(ApiOutcome::User(Box::new(other))),
                }),
            );
            assert!(m.detail.lookup.is_none(), "{asked}: not shown");
            let error = m.status.error.clone().unwrap_or_default();
            assert!(error.contains("another user"), "{asked}: {error}");
            assert!(m.status.notice.is_none(), "{asked}: no \"found\" notice");
        }
    }

    #[test]
    fn emails_and_refusals() {
        assert_eq!(
            parse_lookup(" ann@example.org "),
            Ok(LookupTarget::Email("ann@example.org".into()))
        );
        let e = parse_lookup("ann@").unwrap_err();
        assert!(e.contains("not a valid email"), "{e}");
        let e = parse_lookup("3f2504e0-4f89-11d3").unwrap_err();
        assert!(e.contains("not a valid user ID"), "{e}");
        let e = parse_lookup("bob").unwrap_err();
        assert!(e.contains("neither a user ID"), "{e}");
        let e = parse_lookup("a\u{1b}[2Jb").unwrap_err();
        assert!(!e.contains('\u{1b}'), "{e}");
        assert!(parse_lookup("   ").is_err());
        assert!(!is_email("a@b"));
        assert!(!is_email("a b@c.d"));
        assert!(is_email("a.b+tag@sub.example.co"));
    }
}
