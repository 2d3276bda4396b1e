//! A real SMTP server for e-mail tests: aiosmtpd, run by the Python that
//! `scripts/dev-tools.sh` installs, from `services/platform/testkit/smtp_server.py`.

use std::time::Duration;

/// The real SMTP server (aiosmtpd): STARTTLS with AUTH, and implicit TLS,
/// under a throw-away CA; stopped when dropped.
pub struct SmtpServer {
    /// The STARTTLS port (AUTH required after STARTTLS).
    pub starttls_port: u16,
    /// The implicit-TLS port.
    pub tls_port: u16,
    /// The throw-away CA the servers' certificate is issued by, PEM.
    pub ca_pem: String,
    dir: tempfile::TempDir,
    child: std::process::Child,
}

impl SmtpServer {
    /// Starts one accepting `user` with `password`; `None` (a failure
    /// under CI) when the SMTP server is not installed.
    pub fn start(user: &str, password: &str) -> Option<Self> {
        let python = super::smtp_python()?;
        let dir = tempfile::tempdir().expect("temp dir");
        let script =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testkit/smtp_server.py");
        let mut child = std::process::Command::new(python)
            .arg(script)
            .arg(dir.path())
            .arg(user)
            .arg(password)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("the SMTP server starts");
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(child.stdout.take().expect("stdout")),
            &mut line,
        )
        .expect("the SMTP server says where it listens");
        let said: serde_json::Value = serde_json::from_str(&line).expect("its JSON line");
        let port = |name: &str| u16::try_from(said[name].as_u64().expect("port")).expect("a port");
        Some(Self {
            starttls_port: port("starttls_port"),
            tls_port: port("tls_port"),
            ca_pem: said["ca_pem"].as_str().expect("CA").to_owned(),
            dir,
            child,
        })
    }

    /// The messages received so far, with their envelopes.
    pub fn received(&self) -> Vec<(String, serde_json::Value)> {
        let mut found = Vec::new();
        for n in 1.. {
            let mail = self.dir.path().join(format!("{n}.eml"));
            let envelope = self.dir.path().join(format!("{n}.json"));
            let (Ok(mail), Ok(envelope)) = (
                std::fs::read_to_string(mail),
                std::fs::read_to_string(envelope),
            ) else {
                break;
            };
            found.push((mail, serde_json::from_str(&envelope).expect("envelope")));
        }
        found
    }

    /// The messages received so far, without their envelopes.
    pub fn mails(&self) -> Vec<String> {
        self.received().into_iter().map(|(mail, _)| mail).collect()
    }

    /// The first message containing `text`, waiting up to 30 s for it (each
    /// channel delivers on its own, so a notification's other messages can
    /// be in while its e-mail is still on the way).
    pub async fn wait_for(&self, text: &str) -> String {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(mail) = self.mails().into_iter().find(|m| m.contains(text)) {
                return mail;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no e-mail containing {text:?} within 30 s; received {:#?}",
                self.mails()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
