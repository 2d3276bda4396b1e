"""A real SMTP server for e-mail tests (aiosmtpd).

Starts two servers on 127.0.0.1 with a certificate from a throw-away CA
(trustme): one on STARTTLS that requires TLS before AUTH and accepts one
user, one speaking implicit TLS. Every message received is written to
OUT_DIR as <n>.eml with the envelope in <n>.json. Prints one JSON line
(ports and the CA's PEM) and serves until stdin closes.

Usage: smtp_server.py OUT_DIR USER PASSWORD
"""

import json
import socket
import ssl
import sys
from pathlib import Path

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

out, user, password = Path(sys.argv[1]), sys.argv[2].encode(), sys.argv[3].encode()
out.mkdir(parents=True, exist_ok=True)
received = 0


class Keep:
    async def handle_DATA(self, server, session, envelope):
        global received
        received += 1
        # Each file appears whole (written aside, then renamed), the envelope
        # before the message: a reader that sees <n>.eml can read both.
        keep(f"{received}.json", json.dumps({
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "authenticated": bool(session.authenticated),
        }).encode())
        keep(f"{received}.eml", envelope.original_content)
        return "250 Message accepted for delivery"


def keep(name, content):
    aside = out / f".{name}"
    aside.write_bytes(content)
    aside.rename(out / name)


def authenticate(server, session, envelope, mechanism, data):
    ok = isinstance(data, LoginPassword) and data.login == user and data.password == password
    return AuthResult(success=ok, handled=False)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


ca = trustme.CA()
certificate = ca.issue_cert("127.0.0.1", "localhost")
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
certificate.configure_cert(context)

starttls = Controller(
    Keep(), hostname="127.0.0.1", port=free_port(), tls_context=context, require_starttls=True,
    authenticator=authenticate, auth_require_tls=True, auth_required=True,
)
implicit = Controller(
    Keep(), hostname="127.0.0.1", port=free_port(), ssl_context=context, auth_require_tls=False,
)
starttls.start()
implicit.start()
print(json.dumps({
    "starttls_port": starttls.port,
    "tls_port": implicit.port,
    "ca_pem": ca.cert_pem.bytes().decode(),
}), flush=True)
sys.stdin.read()
starttls.stop()
implicit.stop()
