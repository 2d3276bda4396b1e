//! OpenID Connect log-in end to end against a real provider (npm `oidc-provider`,
//! installed by `scripts/dev-tools.sh`), including a rotated signing key and
//! forged tokens.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use secureflow_identity::oidc::{OidcClient, OidcSettings};
use secureflow_platform::testkit::{TestDatabase, TestServer, free_port, with_token};
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::secureflow::identity::v1::*;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tonic::transport::Channel;

const ADMIN_TOKEN: &str = "sft_oidc_test_admin_0123456789";
const CLIENT_ID: &str = "secureflow";
const CLIENT_SECRET: &str = "test-client-secret-0123456789";
const REDIRECT_URI: &str = "http://127.0.0.1:9/sso/callback";

/// The npm packages and the provider script, or `None` (outside CI) when not installed.
fn tools() -> Option<(PathBuf, PathBuf)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let node_modules = root.join(".proto-deps/node/node_modules");
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc/provider.mjs");
    let node_works = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    if node_works && node_modules.join("oidc-provider/lib/index.js").is_file() {
        return Some((node_modules, script));
    }
    let message = "node and the oidc-provider package are needed: run scripts/dev-tools.sh";
    if secureflow_platform::testkit::in_ci() {
        panic!("{message} (CI=true requires them)");
    }
    eprintln!("skipping the OpenID Connect test: {message}");
    None
}

fn node(script: &PathBuf, args: &[&str]) -> String {
    let output = std::process::Command::new("node")
        .arg(script)
        .args(args)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .trim()
        .to_owned()
}

fn generate_key(script: &PathBuf, kid: &str) -> Value {
    serde_json::from_str(&node(script, &["genkey", kid])).expect("jwk")
}

fn sign(script: &PathBuf, dir: &std::path::Path, key: &Value, claims: &Value) -> String {
    let key_file = dir.join("signing-key.json");
    let claims_file = dir.join("claims.json");
    std::fs::write(&key_file, key.to_string()).expect("key file");
    std::fs::write(&claims_file, claims.to_string()).expect("claims file");
    node(
        script,
        &[
            "sign",
            &key_file.to_string_lossy(),
            &claims_file.to_string_lossy(),
        ],
    )
}

/// The provider process; killed when dropped.
struct Provider {
    _process: tokio::process::Child,
    _stdout: tokio::task::JoinHandle<()>,
}

async fn start_provider(
    tools: &(PathBuf, PathBuf),
    dir: &std::path::Path,
    port: u16,
    keys: &[Value],
) -> Provider {
    let keys_file = dir.join("keys.json");
    let client_file = dir.join("client.json");
    std::fs::write(&keys_file, Value::Array(keys.to_vec()).to_string()).expect("keys");
    let client = json!({
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uris": [REDIRECT_URI],
        "response_types": ["code"],
        "grant_types": ["authorization_code"],
        "token_endpoint_auth_method": "client_secret_basic",
    });
    std::fs::write(&client_file, client.to_string()).expect("client");
    let mut child = tokio::process::Command::new("node")
        .arg(&tools.1)
        .args(["serve", &tools.0.to_string_lossy(), &port.to_string()])
        .arg(&keys_file)
        .arg(&client_file)
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("provider starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let ready = tokio::time::timeout(Duration::from_secs(30), lines.next_line()).await;
    assert!(
        matches!(ready, Ok(Ok(Some(ref line))) if line == "ready"),
        "provider did not start: {ready:?}"
    );
    // Keep reading its output: a closed pipe would make its next write fail.
    let drain = tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Provider {
        _process: child,
        _stdout: drain,
    }
}

fn client(channel: Channel) -> IdentityServiceClient<Channel> {
    IdentityServiceClient::new(channel)
}

/// Runs the browser's part of the code flow: follow the provider's redirects
/// (keeping its cookies) until it sends the browser back to our redirect URI.
async fn browser_round_trip(authorization_url: &str) -> (String, String) {
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("browser");
    let mut next = url::Url::parse(authorization_url).expect("url");
    for _ in 0..10 {
        let response = browser
            .get(next.clone())
            .send()
            .await
            .expect("provider answers");
        let location = response
            .headers()
            .get("location")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_else(|| panic!("expected a redirect from {next}, got {}", response.status()))
            .to_owned();
        let target = next.join(&location).expect("redirect target");
        if target.as_str().starts_with(REDIRECT_URI) {
            let query: HashMap<String, String> = target.query_pairs().into_owned().collect();
            assert!(!query.contains_key("error"), "provider refused: {query:?}");
            return (query["code"].clone(), query["state"].clone());
        }
        next = target;
    }
    panic!("too many redirects");
}

async fn sso_login(server: &TestServer) -> (TokenPair, User) {
    let begun = client(server.channel().await)
        .begin_oidc_login(BeginOidcLoginRequest {
            organization: "default".into(),
            redirect_uri: REDIRECT_URI.into(),
        })
        .await
        .expect("log-in started")
        .into_inner();
    assert!(
        begun
            .authorization_url
            .contains("code_challenge_method=S256"),
        "PKCE is used"
    );
    let (code, state) = browser_round_trip(&begun.authorization_url).await;
    assert_eq!(state, begun.state);
    let completed = client(server.channel().await)
        .complete_oidc_login(CompleteOidcLoginRequest {
            code: code.clone(),
            state: state.clone(),
        })
        .await
        .expect("log-in completed")
        .into_inner();
    let replay = client(server.channel().await)
        .complete_oidc_login(CompleteOidcLoginRequest { code, state })
        .await
        .expect_err("a state is single-use");
    assert_eq!(replay.code(), tonic::Code::Unauthenticated);
    (
        completed.tokens.expect("tokens"),
        completed.user.expect("user"),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn single_sign_on_with_a_real_provider_survives_key_rotation_and_refuses_forgeries() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    let issuer = format!("http://127.0.0.1:{port}");
    let key_a = generate_key(&tools.1, "key-a");
    let provider = start_provider(&tools, dir.path(), port, std::slice::from_ref(&key_a)).await;

    let database = TestDatabase::sqlite();
    let server = TestServer::on(&database)
        .modules([secureflow_identity::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .start()
        .await;

    let organization_id = client(server.channel().await)
        .get_current_identity(with_token(GetCurrentIdentityRequest {}, ADMIN_TOKEN))
        .await
        .expect("identity")
        .into_inner()
        .organization
        .expect("organisation")
        .id;
    let provider_settings = OidcProvider {
        issuer: issuer.clone(),
        client_id: CLIENT_ID.into(),
        client_secret: CLIENT_SECRET.into(),
        redirect_uri: REDIRECT_URI.into(),
        scopes: vec!["email".into(), "profile".into(), "groups".into()],
        groups_claim: "groups".into(),
        group_role_mappings: [("security".to_owned(), "security_engineer".to_owned())].into(),
        default_role_id: "viewer".into(),
    };
    let configured = client(server.channel().await)
        .update_organization(with_token(
            UpdateOrganizationRequest {
                organization: Some(Organization {
                    id: organization_id.clone(),
                    oidc: Some(provider_settings),
                    ..Default::default()
                }),
                update_mask: Some(pbjson_types::FieldMask {
                    paths: vec!["oidc".into()],
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("provider configured")
        .into_inner()
        .organization
        .expect("organisation");
    let shown = configured.oidc.expect("provider shown");
    assert!(
        shown.client_secret.is_empty(),
        "the client secret is never returned"
    );

    let (tokens, user) = sso_login(&server).await;
    assert_eq!(user.email, "alice@example.test");
    assert_eq!(user.auth_source, AuthSource::Oidc as i32);
    let me = client(server.channel().await)
        .get_current_identity(with_token(
            GetCurrentIdentityRequest {},
            &tokens.access_token,
        ))
        .await
        .expect("the session works")
        .into_inner();
    assert!(
        me.permissions.contains(&"security.triage".to_owned()),
        "the provider's group mapped to a role"
    );

    // The provider rotates to a new signing key (and stops publishing the old one).
    drop(provider);
    let key_b = generate_key(&tools.1, "key-b");
    let provider = start_provider(&tools, dir.path(), port, std::slice::from_ref(&key_b)).await;
    let (_, same_user) = sso_login(&server).await;
    assert_eq!(
        same_user.id, user.id,
        "the returning user is recognised by subject"
    );

    // Tokens the provider did not issue, or not for us, are refused.
    let verifier = OidcClient::new().expect("client");
    let settings = OidcSettings {
        issuer: issuer.clone(),
        client_id: CLIENT_ID.into(),
        ..OidcSettings::default()
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let claims = |overrides: Value| {
        let mut base = json!({"iss": issuer, "aud": CLIENT_ID, "sub": "mallory", "iat": now, "exp": now + 300, "nonce": "n-1"});
        for (key, value) in overrides.as_object().expect("object") {
            base[key] = value.clone();
        }
        base
    };
    let genuine = sign(&tools.1, dir.path(), &key_b, &claims(json!({})));
    assert_eq!(
        verifier
            .verify_id_token(&settings, &genuine, "n-1")
            .await
            .expect("control: genuine token")
            .sub,
        "mallory"
    );
    let attacker_key = generate_key(&tools.1, "key-b");
    let cases = [
        (
            "signed by another key with the provider's key id",
            sign(&tools.1, dir.path(), &attacker_key, &claims(json!({}))),
        ),
        (
            "signed by a key the provider never published",
            sign(
                &tools.1,
                dir.path(),
                &generate_key(&tools.1, "key-z"),
                &claims(json!({})),
            ),
        ),
        (
            "for another client",
            sign(
                &tools.1,
                dir.path(),
                &key_b,
                &claims(json!({"aud": "someone-else"})),
            ),
        ),
        (
            "from another issuer",
            sign(
                &tools.1,
                dir.path(),
                &key_b,
                &claims(json!({"iss": "http://evil.example"})),
            ),
        ),
        (
            "expired",
            sign(
                &tools.1,
                dir.path(),
                &key_b,
                &claims(json!({"exp": now - 3600})),
            ),
        ),
        (
            "for another log-in",
            sign(
                &tools.1,
                dir.path(),
                &key_b,
                &claims(json!({"nonce": "n-2"})),
            ),
        ),
        (
            "unsigned",
            format!(
                "{}.{}.",
                b64(&json!({"alg": "none"})),
                b64(&claims(json!({})))
            ),
        ),
    ];
    let tampered = {
        let mut parts: Vec<String> = genuine.split('.').map(str::to_owned).collect();
        parts[1] = b64(&claims(json!({"sub": "admin"})));
        parts.join(".")
    };
    for (what, token) in cases
        .into_iter()
        .chain([("with a changed payload", tampered)])
    {
        let refused = verifier.verify_id_token(&settings, &token, "n-1").await;
        assert!(refused.is_err(), "a token {what} was accepted");
    }
    drop(provider);
    server.stop().await.expect("stop");
}

fn b64(value: &Value) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(value.to_string())
}
