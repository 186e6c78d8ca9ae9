//! Mail the portal would send (invitations, activation instructions, password-change and
//! email-change links), kept so tests and demos can see what went out and follow a link.

use uuid::Uuid;

use docspace_api::dto::EmployeeType;

/// What a mail was for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailKind {
    /// A join invitation (`SendDocSpaceInviteAsync`) for this type.
    Invitation(EmployeeType),
    /// Email activation instructions (`SendEmailActivationInstructionsAsync`).
    Activation,
    /// Instructions to confirm a new address (`SendEmailChangeInstructionsAsync`).
    EmailChange,
    /// A password-change link; `key` is the link's confirmation key, sent with
    /// `PUT /people/{user}/password` as the `confirm` header
    /// `type=PasswordChange&key=…&uid=…`.
    PasswordChange { user: Uuid, key: String },
}

/// One mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentMail {
    pub to: String,
    pub kind: MailKind,
}

/// Mail sent so far, oldest first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Outbox {
    sent: Vec<SentMail>,
}

impl Outbox {
    pub(crate) fn send(&mut self, to: &str, kind: MailKind) {
        self.sent.push(SentMail {
            to: to.to_string(),
            kind,
        });
    }

    pub(crate) fn sent(&self) -> &[SentMail] {
        &self.sent
    }

    /// Whether `key` is the key of a password-change link sent for `user`.
    pub(crate) fn has_password_key(&self, user: Uuid, key: &str) -> bool {
        self.sent.iter().any(|m| {
            matches!(&m.kind, MailKind::PasswordChange { user: u, key: k } if *u == user && k == key)
        })
    }
}
