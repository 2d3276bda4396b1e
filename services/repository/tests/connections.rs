//! Connections to the hosts' APIs through the contract, on SQLite and
//! PostgreSQL: created with a token (or a GitHub App key) that is sealed at
//! rest, never returned and re-wrapped under a new key when the server
//! starts; refused with the field named and nothing stored; unique by name;
//! deleted.

use secureflow_platform::secrets::Secrets;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use secureflow_proto::secureflow::repository::v1::*;

const ADMIN_TOKEN: &str = "sft_connections_test_admin_0123456789";
const TOKEN: &str = "glpat-0123456789abcdefghij";

async fn start(database: &TestDatabase, keys: &str) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_repository::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .setting("SECUREFLOW_SECRETS__KEYS", keys)
        .start()
        .await
}

fn gitlab(name: &str) -> Connection {
    Connection {
        name: name.into(),
        provider: Provider::Gitlab as i32,
        api_url: "https://gitlab.example.com/api/v4/".into(),
        auth: ConnectionAuth::Token as i32,
        token: TOKEN.into(),
        ..Connection::default()
    }
}

async fn create(server: &TestServer, connection: Connection) -> Result<Connection, tonic::Status> {
    let request = CreateConnectionRequest {
        connection: Some(connection),
    };
    Ok(RepositoryServiceClient::new(server.channel().await)
        .create_connection(with_token(request, ADMIN_TOKEN))
        .await?
        .into_inner()
        .connection
        .expect("connection"))
}

async fn list(server: &TestServer) -> Vec<Connection> {
    RepositoryServiceClient::new(server.channel().await)
        .list_connections(with_token(ListConnectionsRequest {}, ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner()
        .connections
}

async fn stored_secret(database: &TestDatabase, id: &str) -> String {
    let db = database.connect().await;
    let row = sqlx::query("SELECT secret_sealed FROM repository_connections WHERE id = $1")
        .bind(id.to_owned())
        .fetch_one(db.pool())
        .await
        .expect("row");
    db.close().await;
    sqlx::Row::get(&row, "secret_sealed")
}

async fn connections_keep_their_secret_sealed_and_never_return_it(database: TestDatabase) {
    use base64::Engine;
    let encode = |byte: u8| base64::engine::general_purpose::STANDARD.encode([byte; 32]);
    let (k1, k2) = (format!("1:{}", encode(1)), format!("2:{}", encode(2)));
    let server = start(&database, &k1).await;

    let created = create(&server, gitlab("self-managed"))
        .await
        .expect("created");
    assert_eq!(created.api_url, "https://gitlab.example.com/api/v4");
    assert!(created.token.is_empty() && created.private_key.is_empty());
    let listed = list(&server).await;
    assert_eq!(listed, std::slice::from_ref(&created));
    let public = create(
        &server,
        Connection {
            name: String::new(),
            api_url: String::new(),
            provider: Provider::Github as i32,
            ..gitlab("")
        },
    )
    .await
    .expect("defaults");
    assert_eq!(
        (public.name.as_str(), public.api_url.as_str()),
        ("github https://api.github.com", "https://api.github.com")
    );

    // Refused, naming the field, never echoing the secret; nothing stored.
    for (connection, field) in [
        (
            Connection {
                provider: Provider::Bitbucket as i32,
                ..gitlab("a")
            },
            "connection.provider",
        ),
        (
            Connection {
                api_url: format!("https://user:{TOKEN}@gitlab.example.com"),
                ..gitlab("b")
            },
            "connection.api_url",
        ),
        (
            Connection {
                token: String::new(),
                ..gitlab("c")
            },
            "connection.token",
        ),
        (
            Connection {
                auth: ConnectionAuth::GithubApp as i32,
                ..gitlab("d")
            },
            "connection.auth",
        ),
    ] {
        let refused = create(&server, connection).await.expect_err(field);
        assert_eq!(refused.code(), tonic::Code::InvalidArgument, "{refused:?}");
        assert!(refused.message().contains(field), "{refused:?}");
        assert!(!refused.message().contains(TOKEN), "{refused:?}");
    }
    let taken = create(&server, gitlab("self-managed"))
        .await
        .expect_err("name taken");
    assert_eq!(taken.code(), tonic::Code::AlreadyExists, "{taken:?}");
    assert_eq!(list(&server).await.len(), 2);

    // Sealed under key 1; the server's start with key 2 active re-wraps it.
    let sealed = stored_secret(&database, &created.id).await;
    assert!(!sealed.contains(TOKEN));
    assert_eq!(Secrets::version_of(&sealed), Some(1));
    server.stop().await.expect("stop");
    let server = start(&database, &format!("{k1},{k2}")).await;
    let sealed = stored_secret(&database, &created.id).await;
    assert_eq!(Secrets::version_of(&sealed), Some(2));
    let opened = Secrets::from_keys(std::slice::from_ref(&k2), 2)
        .expect("key 2")
        .open(
            &sealed,
            &secureflow_repository::connections::secret_context(&created.id),
        )
        .expect("opens with key 2 alone");
    assert_eq!(opened, TOKEN.as_bytes());

    let mut client = RepositoryServiceClient::new(server.channel().await);
    let delete = |id: &str| with_token(DeleteConnectionRequest { id: id.to_owned() }, ADMIN_TOKEN);
    client
        .delete_connection(delete(&created.id))
        .await
        .expect("deleted");
    let again = client
        .delete_connection(delete(&created.id))
        .await
        .expect_err("gone");
    assert_eq!(again.code(), tonic::Code::NotFound);
    assert_eq!(list(&server).await, [public]);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(connections_keep_their_secret_sealed_and_never_return_it);
