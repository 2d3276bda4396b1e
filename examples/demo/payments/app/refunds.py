"""Refunds: added on the feature branch of the demo (one more finding there)."""

import subprocess
import tempfile


def refund_report(customer):
    path = tempfile.mktemp(suffix=".csv")
    subprocess.call("refund-report --customer " + customer + " > " + path, shell=True)
    return path
