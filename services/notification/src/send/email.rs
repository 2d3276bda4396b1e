//! E-mail over SMTP with `lettre`: STARTTLS (the default, port 587),
//! implicit TLS (`security: tls`, port 465) or plain (`none`, port 25, for a
//! relay on the same host), with AUTH when `username`/`password` are set, a
//! private CA (`ca_certificate`) trusted besides the system's; each message
//! has a text and an HTML part and a `Message-ID` made of the delivery's
//! idempotency key, so a mail system that sees it twice can tell. SMTP
//! answers: 2xx delivered, 4xx (and no connection) retried, 5xx refused.

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::{Answer, LONGEST_ATTEMPT, Message, TIMEOUT, Target};
use crate::domain::channels::list;
use crate::domain::deliveries::{Verdict, excerpt};

fn refused(reason: String) -> Answer {
    Answer {
        status_code: 0,
        response: String::new(),
        verdict: Verdict::Refused { reason },
    }
}

fn transport(target: &Target) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let host = target.setting("host").trim();
    let security = match target.setting("security") {
        "" => "starttls",
        other => other,
    };
    let port = match target.setting("port").trim().parse::<u16>() {
        Ok(port) => port,
        Err(_) => match security {
            "tls" => 465,
            "none" => 25,
            _ => 587,
        },
    };
    let tls = || -> Result<TlsParameters, String> {
        let mut parameters = TlsParameters::builder(host.to_owned());
        let pem = target.setting("ca_certificate");
        if !pem.is_empty() {
            let certificate = Certificate::from_pem(pem.as_bytes())
                .map_err(|error| format!("ca_certificate does not read: {error}"))?;
            parameters = parameters.add_root_certificate(certificate);
        }
        parameters
            .build_rustls()
            .map_err(|error| format!("TLS settings for {host}: {error}"))
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(port)
        .timeout(Some(TIMEOUT));
    builder = match security {
        "tls" => builder.tls(Tls::Wrapper(tls()?)),
        "none" => builder.tls(Tls::None),
        _ => builder.tls(Tls::Required(tls()?)),
    };
    let username = target.setting("username");
    if !username.is_empty() {
        builder = builder.credentials(Credentials::new(
            username.to_owned(),
            target.credential("password").to_owned(),
        ));
    }
    Ok(builder.build())
}

fn mail(target: &Target, message: &Message) -> Result<lettre::Message, String> {
    let from: Mailbox = target
        .setting("from")
        .trim()
        .parse()
        .map_err(|error| format!("from: {error}"))?;
    let mut builder = lettre::Message::builder()
        .from(from)
        .subject(message.subject.clone())
        .message_id(Some(format!("<{}@secureflow>", message.idempotency_key)));
    let mut recipients = match message.personal {
        true => Vec::new(),
        false => list(target.setting("to")),
    };
    recipients.extend(message.recipients.iter().cloned());
    recipients.sort();
    recipients.dedup();
    if recipients.is_empty() {
        return Err("no recipient: set `to` on the channel or name users with addresses".into());
    }
    for recipient in recipients {
        let mailbox: Mailbox = recipient
            .parse()
            .map_err(|error| format!("recipient `{recipient}`: {error}"))?;
        builder = builder.to(mailbox);
    }
    let html = match message.html.is_empty() {
        true => format!("<pre>{}</pre>", html_escape(&message.text)),
        false => message.html.clone(),
    };
    builder
        .multipart(MultiPart::alternative_plain_html(
            message.text.clone(),
            html,
        ))
        .map_err(|error| format!("the message does not build: {error}"))
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Sends `message`.
pub async fn send(target: &Target, message: &Message) -> Answer {
    let transport = match transport(target) {
        Ok(transport) => transport,
        Err(reason) => return refused(reason),
    };
    let mail = match mail(target, message) {
        Ok(mail) => mail,
        Err(reason) => return refused(reason),
    };
    // The transport's time limit is per read; a server that stops answering
    // mid-conversation is given up on as a whole.
    let sent = tokio::time::timeout(LONGEST_ATTEMPT, transport.send(mail)).await;
    let Ok(sent) = sent else {
        return Answer {
            status_code: 0,
            response: String::new(),
            verdict: Verdict::Retry {
                reason: format!(
                    "the SMTP server {} did not finish answering within {} s",
                    target.setting("host"),
                    LONGEST_ATTEMPT.as_secs()
                ),
                after_seconds: None,
            },
        };
    };
    match sent {
        Ok(response) => Answer {
            status_code: i32::from(u16::from(response.code())),
            response: excerpt(&response.message().collect::<Vec<_>>().join(" ")),
            verdict: Verdict::Delivered,
        },
        Err(error) => {
            let status_code = error.status().map_or(0, |code| i32::from(u16::from(code)));
            let reason = format!("the SMTP server {}: {error}", target.setting("host"));
            Answer {
                status_code,
                response: String::new(),
                verdict: match error.is_permanent() {
                    true => Verdict::Refused { reason },
                    false => Verdict::Retry {
                        reason,
                        after_seconds: None,
                    },
                },
            }
        }
    }
}
