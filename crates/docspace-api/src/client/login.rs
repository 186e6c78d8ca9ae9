//! Logging in with a user name and password (`POST /api/2.0/authentication`), and with a
//! second factor's code (`POST /api/2.0/authentication/{code}`). These calls carry no
//! token; the answer's token is kept secret.

use reqwest::Method;
use secrecy::SecretString;

use super::{ClientOptions, PortalClient};
use crate::dto::{AuthRequestDto, AuthenticationTokenDto, Envelope};
use crate::error::ApiError;

/// What a login gave.
#[derive(Debug, Clone)]
pub enum Login {
    /// A session token (send it as `Bearer`), and when it expires if the portal said.
    Token {
        token: SecretString,
        expires: Option<String>,
    },
    /// The user has a second factor: log in again with its code
    /// ([`PortalClient::login_with_code`]). `by_sms` when the code comes by text message;
    /// `setup` when the authenticator app is still to be set up (through `confirm_url`).
    CodeRequired {
        by_sms: bool,
        setup: bool,
        confirm_url: Option<SecretString>,
    },
}

impl Login {
    /// Reads the portal's answer: a token, or the request for a code.
    pub fn from_answer(dto: AuthenticationTokenDto) -> Result<Login, ApiError> {
        if let Some(token) = dto.token.filter(|t| !t.trim().is_empty()) {
            return Ok(Login::Token {
                token: SecretString::from(token),
                expires: dto.expires,
            });
        }
        let by_sms = dto.sms == Some(true);
        if by_sms || dto.tfa == Some(true) {
            return Ok(Login::CodeRequired {
                by_sms,
                setup: dto.tfa_key.is_some(),
                confirm_url: dto.confirm_url.map(SecretString::from),
            });
        }
        Err(ApiError::Malformed(
            "the login answer has neither a token nor a request for a code".into(),
        ))
    }
}

/// A 401 to a login is about the credentials, not a token.
fn login_error(e: ApiError) -> ApiError {
    match e {
        ApiError::Unauthorized => ApiError::LoginFailed {
            message: "User authentication failed".into(),
        },
        other => other,
    }
}

impl PortalClient {
    /// A client for `base_url` that sends no token (for logging in).
    fn anonymous(base_url: &str) -> Result<PortalClient, ApiError> {
        PortalClient::new(&ClientOptions::new(
            base_url,
            SecretString::from(String::new()),
        ))
    }

    /// `POST /api/2.0/authentication` on the portal at `base_url` with `user_name` (an
    /// email or login) and `password`. A refusal is [`ApiError::LoginFailed`] (401) or,
    /// for a user who is not active or after too many attempts, [`ApiError::Forbidden`].
    /// Retried only when the portal answered 429.
    pub async fn login(
        base_url: &str,
        user_name: &str,
        password: &SecretString,
    ) -> Result<Login, ApiError> {
        Self::anonymous(base_url)?
            .post_login("api/2.0/authentication", user_name, password)
            .await
    }

    /// `POST /api/2.0/authentication/{code}`: finishes the login of a user with a second
    /// factor. A wrong code is [`ApiError::LoginFailed`].
    pub async fn login_with_code(
        base_url: &str,
        user_name: &str,
        password: &SecretString,
        code: &str,
    ) -> Result<Login, ApiError> {
        let code: String = url::form_urlencoded::byte_serialize(code.trim().as_bytes()).collect();
        Self::anonymous(base_url)?
            .post_login(
                &format!("api/2.0/authentication/{code}"),
                user_name,
                password,
            )
            .await
    }

    async fn post_login(
        &self,
        path: &str,
        user_name: &str,
        password: &SecretString,
    ) -> Result<Login, ApiError> {
        use secrecy::ExposeSecret;
        let body = AuthRequestDto {
            user_name: Some(user_name.trim().to_string()),
            password: Some(password.expose_secret().to_string()),
            ..AuthRequestDto::default()
        };
        let env: Envelope<AuthenticationTokenDto> = self
            .call(Method::POST, path, &[], Some(&body))
            .await
            .map_err(login_error)?;
        let dto = env
            .response
            .ok_or_else(|| ApiError::Malformed("the login answer has no `response`".into()))?;
        Login::from_answer(dto)
    }
}

#[cfg(test)]
#[path = "login_tests.rs"]
mod tests;
