"""`secureflow notify` against the real secureflowd binary: a webhook channel is added
with its secret read from the environment (never the command line), tested (the local
receiver checks the signature), a subscription rule is added and listed, the test
delivery is listed with its answer, an escalation rule is added and listed, and the
test delivery is acknowledged.

Run through scripts/e2e.sh, which builds the CLI and starts secureflowd.
"""

import hashlib
import hmac
import http.server
import json
import subprocess
import threading

from cli_support import CLI, RUN, SERVER, TOKEN, clean_env, needs_server

SECRET = "whsec-cli-test-secret"


def cli(*args, env=None, timeout=60):
    base = {"SECUREFLOW_SERVER": SERVER, "SECUREFLOW_TOKEN": TOKEN}
    base.update(env or {})
    return subprocess.run(
        [str(CLI), *args], capture_output=True, text=True, env=clean_env(base), timeout=timeout
    )


class Receiver(http.server.BaseHTTPRequestHandler):
    """A webhook endpoint that answers 204 to correctly signed bodies, 401 otherwise."""

    seen = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"]))
        parts = dict(item.split("=", 1) for item in self.headers["x-secureflow-signature"].split(","))
        expected = hmac.new(SECRET.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
        signed = hmac.compare_digest(expected, parts["v1"])
        Receiver.seen.append((signed, json.loads(body)))
        self.send_response(204 if signed else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


@needs_server
def test_a_channel_is_added_tested_and_routed_from_the_cli():
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    name = f"hook-{RUN}"
    try:
        # A credential on the command line is refused before anything is sent.
        literal = cli("notify", "channels", "add", name, "--type", "webhook",
                      "--set", f"url={url}", "--credential", f"secret={SECRET}")
        assert literal.returncode != 0
        assert "never taken from the command line" in literal.stderr, literal.stderr

        added = cli("notify", "channels", "add", name, "--type", "webhook", "--set", f"url={url}",
                    "--credential", "secret=env:HOOK_SECRET", env={"HOOK_SECRET": SECRET})
        assert added.returncode == 0, added.stderr
        channel_id = added.stdout.strip()

        listed = cli("notify", "channels", "list", "-o", "json")
        assert listed.returncode == 0, listed.stderr
        channel = next(c for c in json.loads(listed.stdout) if c["id"] == channel_id)
        assert channel["credentialKeys"] == ["secret"]
        assert SECRET not in listed.stdout

        tested = cli("notify", "channels", "test", name)
        assert tested.returncode == 0, tested.stderr
        assert "delivered (204)" in tested.stderr, tested.stderr
        assert Receiver.seen and Receiver.seen[-1][0], "the receiver verified the signature"
        assert Receiver.seen[-1][1]["event_type"] == "notification.test"

        rule = cli("notify", "rules", "add", f"gates-{RUN}", "--event", "gate.changed",
                   "--channel", name, "--branch", "main", "--priority", "high")
        assert rule.returncode == 0, rule.stderr
        rules = cli("notify", "rules", "list")
        assert rules.returncode == 0, rules.stderr
        assert f"gates-{RUN}" in rules.stdout and name in rules.stdout, rules.stdout

        bad_rule = cli("notify", "rules", "add", f"bad-{RUN}", "--event", "gate.exploded",
                       "--channel", name)
        assert bad_rule.returncode != 0
        assert "gate.exploded" in bad_rule.stderr, bad_rule.stderr

        deliveries = cli("notify", "deliveries", "--channel", name)
        assert deliveries.returncode == 0, deliveries.stderr
        assert "notification.test" in deliveries.stdout and "delivered" in deliveries.stdout, deliveries.stdout

        # Escalation: a rule with two tiers is added and listed; a bad delay is named.
        escalation = cli("notify", "escalation", "add", f"on-call-{RUN}", "--event", "gate.changed",
                         "--min-priority", "high", "--level", f"15m={name}", "--level", f"1h={name}")
        assert escalation.returncode == 0, escalation.stderr
        escalations = cli("notify", "escalation", "list")
        assert escalations.returncode == 0, escalations.stderr
        assert f"on-call-{RUN}" in escalations.stdout and "15m" in escalations.stdout, escalations.stdout
        bad_delay = cli("notify", "escalation", "add", f"bad-{RUN}", "--level", f"soon={name}")
        assert bad_delay.returncode != 0
        assert "soon" in bad_delay.stderr, bad_delay.stderr
        shrinking = cli("notify", "escalation", "add", f"shrinking-{RUN}",
                        "--level", f"1h={name}", "--level", f"15m={name}")
        assert shrinking.returncode != 0
        assert "levels[1].after" in shrinking.stderr, shrinking.stderr

        # The test message's delivery is acknowledged (again: no change).
        delivered = cli("notify", "deliveries", "--channel", name, "-o", "json")
        delivery_id = json.loads(delivered.stdout)[0]["id"]
        for _ in range(2):
            acked = cli("notify", "ack", delivery_id, "-o", "json")
            assert acked.returncode == 0, acked.stderr
            assert json.loads(acked.stdout)["status"] == "DELIVERY_STATUS_ACKNOWLEDGED", acked.stdout
        unknown = cli("notify", "ack", "0193a000-0000-7000-8000-000000000000")
        assert unknown.returncode != 0
        assert "not found" in unknown.stderr.lower(), unknown.stderr
    finally:
        receiver.shutdown()
