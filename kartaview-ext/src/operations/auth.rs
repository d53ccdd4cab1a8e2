//! Login (`/auth/{provider}/client_auth`, the OpenStreetMap OAuth 2.0 flow) and the stored
//! credentials.

use std::fmt;

use kartaview_api::types;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, error_from_body};
use crate::models::lenient::{id, text};
use crate::transport::client::{Client, Token};
use crate::transport::operation::OperationExt;

/// An identity provider KartaView accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Provider {
    /// OpenStreetMap (OAuth 2.0 access token + the application's client secret).
    #[cfg_attr(feature = "clap", value(name = "openstreetmap", alias = "osm"))]
    OpenStreetMap,
    /// Google (an OAuth 2.0 access token for the profile scope).
    Google,
    /// Facebook (a Facebook access token).
    Facebook,
}

impl Provider {
    fn wire(self) -> types::AuthProvider {
        match self {
            Provider::OpenStreetMap => types::AuthProvider::Openstreetmap,
            Provider::Google => types::AuthProvider::Google,
            Provider::Facebook => types::AuthProvider::Facebook,
        }
    }
}

impl std::str::FromStr for Provider {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "openstreetmap" | "osm" => Ok(Provider::OpenStreetMap),
            "google" => Ok(Provider::Google),
            "facebook" => Ok(Provider::Facebook),
            other => Err(Error::invalid(
                "provider",
                format!("unknown provider {other:?}; expected openstreetmap, google or facebook"),
            )),
        }
    }
}

/// Who is logged in, with the token. `Debug` never shows the token.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Credentials {
    /// The KartaView access token.
    #[serde(with = "token_serde")]
    pub access_token: Token,
    /// The user's id.
    pub user_id: Option<u64>,
    /// The user's login name.
    pub username: Option<String>,
    /// The user's display name.
    pub full_name: Option<String>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_token", &self.access_token)
            .field("user_id", &self.user_id)
            .field("username", &self.username)
            .field("full_name", &self.full_name)
            .finish()
    }
}

mod token_serde {
    use super::Token;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(token: &Token, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(token.expose())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Token, D::Error> {
        let raw = String::deserialize(d)?;
        Token::new(raw).map_err(serde::de::Error::custom)
    }
}

impl Client {
    /// Logs in with an identity provider's token and returns the KartaView credentials.
    ///
    /// OpenStreetMap wants `secret_token` (the OSM application's client secret, or the
    /// OAuth 1.0a token secret); Google and Facebook do not.
    pub async fn login(
        &self,
        provider: Provider,
        request_token: &str,
        secret_token: Option<&str>,
    ) -> Result<Credentials> {
        if request_token.trim().is_empty() {
            return Err(Error::invalid(
                "request_token",
                "the provider token is empty",
            ));
        }
        let body = types::ClientAuthForm::builder()
            .request_token(request_token.to_owned())
            .secret_token(secret_token.map(str::to_owned));
        let response = self
            .api()
            .auth_client_auth()
            .provider(provider.wire())
            .body(body)
            .run(self)
            .await?;
        let user = response.osv;
        let token = text(&user.access_token).ok_or_else(|| Error::Decode {
            status: 200,
            reason: "the login answer has no access_token".to_owned(),
            snippet: String::new(),
        })?;
        Ok(Credentials {
            access_token: Token::new(token)?,
            user_id: id(&user.id),
            username: text(&user.username),
            full_name: text(&user.full_name),
        })
    }

    /// The OpenStreetMap flow after the user has authorised the application: exchanges the
    /// authorisation code (or the whole redirect address, pasted) of `attempt` for an OSM
    /// access token, then logs in to KartaView with it.
    pub async fn login_with_openstreetmap(
        &self,
        osm: &OsmOAuth,
        attempt: &OsmAuthorization,
        pasted: &str,
    ) -> Result<Credentials> {
        let osm_token = osm
            .exchange_code(self.storage_http()?, attempt, pasted)
            .await?;
        self.login(
            Provider::OpenStreetMap,
            osm_token.expose(),
            Some(osm.client_secret.expose()),
        )
        .await
    }
}

/// The OpenStreetMap OAuth 2.0 authorisation-code flow the official uploader uses: scopes
/// `openid read_prefs` and the out-of-band redirect, so the user pastes the code back; with
/// PKCE (S256) and a `state`, so that a code is only good for the attempt that asked for it.
#[derive(Debug, Clone)]
pub struct OsmOAuth {
    /// The OSM site (default `https://www.openstreetmap.org`; configurable for tests).
    pub base_url: String,
    /// The registered application's client id.
    pub client_id: String,
    /// The registered application's client secret (KartaView wants it as `secret_token`).
    pub client_secret: Token,
    /// The redirect URI (default out-of-band).
    pub redirect_uri: String,
    /// Requested scopes.
    pub scopes: String,
}

impl OsmOAuth {
    /// The flow against openstreetmap.org for a registered application.
    pub fn new(client_id: impl Into<String>, client_secret: Token) -> Self {
        OsmOAuth {
            base_url: "https://www.openstreetmap.org".to_owned(),
            client_id: client_id.into(),
            client_secret,
            redirect_uri: "urn:ietf:wg:oauth:2.0:oob".to_owned(),
            scopes: "openid read_prefs".to_owned(),
        }
    }

    /// A new authorisation attempt: where to send the user, with a fresh PKCE verifier and
    /// `state`.
    pub fn authorize(&self) -> Result<OsmAuthorization> {
        let state = random_url_safe(16)?;
        let verifier = random_url_safe(48)?;
        let challenge = pkce_challenge(&verifier);
        let mut url = reqwest::Url::parse(&format!(
            "{}/oauth2/authorize",
            self.base_url.trim_end_matches('/')
        ))
        .map_err(|e| Error::invalid("base_url", format!("invalid OSM base URL: {e}")))?;
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.client_id)
            .append_pair("redirect_uri", &self.redirect_uri)
            .append_pair("scope", &self.scopes)
            .append_pair("state", &state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        Ok(OsmAuthorization {
            url: url.into(),
            state,
            verifier: Token::new(verifier)?,
        })
    }

    /// Exchanges the authorisation code of `attempt` at `/oauth2/token` for an OSM access
    /// token. `pasted` is the code, or the whole redirect address (`...?code=...&state=...`),
    /// whose `state` must then be the attempt's.
    pub async fn exchange_code(
        &self,
        http: &reqwest::Client,
        attempt: &OsmAuthorization,
        pasted: &str,
    ) -> Result<Token> {
        let code = attempt.code_of(pasted)?;
        let url = format!("{}/oauth2/token", self.base_url.trim_end_matches('/'));
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", self.redirect_uri.as_str()),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
            ("code_verifier", attempt.verifier.expose()),
        ];
        let response = http.post(&url).form(&form).send().await?;
        let status = response.status().as_u16();
        let body = response.bytes().await?;
        if !(200..300).contains(&status) {
            return Err(error_from_body(status, &body, None));
        }
        #[derive(Deserialize)]
        struct TokenAnswer {
            access_token: String,
        }
        let answer: TokenAnswer = serde_json::from_slice(&body)
            .map_err(|e| Error::decode(status, format!("OSM token answer: {e}"), &[]))?;
        Token::new(answer.access_token)
    }
}

/// One authorisation attempt of [`OsmOAuth`]: the address to send the user to, and the PKCE
/// verifier and `state` its code exchange needs. `Debug` hides the verifier.
#[derive(Debug, Clone)]
pub struct OsmAuthorization {
    /// Where the user authorises the application.
    pub url: String,
    state: String,
    verifier: Token,
}

impl OsmAuthorization {
    /// The code in what the user pasted: the code itself, or the redirect address holding it
    /// (whose `state` must be this attempt's).
    fn code_of(&self, pasted: &str) -> Result<String> {
        let pasted = pasted.trim();
        let code = match reqwest::Url::parse(pasted) {
            Ok(url) => {
                let param = |name: &str| {
                    url.query_pairs()
                        .find(|(key, _)| key == name)
                        .map(|(_, value)| value.into_owned())
                };
                if let Some(state) = param("state")
                    && state != self.state
                {
                    return Err(Error::invalid(
                        "code",
                        "the pasted address belongs to another login attempt (its state differs); start the login again",
                    ));
                }
                param("code").unwrap_or_default()
            }
            Err(_) => pasted.to_owned(),
        };
        if code.is_empty() {
            return Err(Error::invalid("code", "the authorisation code is empty"));
        }
        Ok(code)
    }
}

/// PKCE's S256 challenge of a verifier: base64url(SHA-256(verifier)), unpadded.
fn pkce_challenge(verifier: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sha2::Sha256::digest(verifier))
}

/// `len` random bytes from the operating system, base64url-encoded (PKCE's unreserved
/// characters).
fn random_url_safe(len: usize) -> Result<String> {
    use base64::Engine;
    let mut bytes = vec![0u8; len];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::io(
            "no randomness from the operating system",
            std::io::Error::other(e.to_string()),
        )
    })?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_challenge_of_the_rfc_7636_example() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn each_attempt_has_its_own_state_and_verifier() {
        let oauth = OsmOAuth::new("app", Token::new("secret").unwrap());
        let (a, b) = (oauth.authorize().unwrap(), oauth.authorize().unwrap());
        assert_ne!(a.state, b.state);
        assert_ne!(a.verifier, b.verifier);
        assert!(
            a.verifier.expose().len() >= 43,
            "RFC 7636: 43 to 128 characters"
        );
        assert!(!format!("{a:?}").contains(a.verifier.expose()));
        assert_eq!(a.code_of(" the-code\n").unwrap(), "the-code");
        let redirect = format!("urn:x?code=c0de&state={}", a.state);
        assert_eq!(a.code_of(&redirect).unwrap(), "c0de");
        assert!(b.code_of(&redirect).is_err(), "another attempt's state");
        assert!(a.code_of("  ").is_err());
    }
}
