"""A deliberately vulnerable payments service: the demo data's scanners read it.

Never deploy this code: each function shows a mistake the scanners catch.
"""

import hashlib
import pickle
import sqlite3
import subprocess

import yaml
from flask import Flask, request

app = Flask(__name__)
DB_PASSWORD = "payments-demo-password"


def find_payment(payment_id):
    connection = sqlite3.connect("payments.db")
    # SQL built from input.
    query = "SELECT * FROM payments WHERE id = '%s'" % payment_id
    return connection.execute(query).fetchall()


def receipt_digest(receipt):
    # A broken hash for an integrity check.
    return hashlib.md5(receipt.encode()).hexdigest()


def load_settings(text):
    # Unsafe YAML: arbitrary objects.
    return yaml.load(text)


def restore_session(blob):
    # Unpickling data a client sent.
    return pickle.loads(blob)


@app.route("/export")
def export():
    # A shell built from a query parameter.
    name = request.args.get("name", "payments")
    return subprocess.check_output("tar czf /tmp/%s.tgz /data" % name, shell=True)


@app.route("/calculate")
def calculate():
    # eval of input.
    return str(eval(request.args.get("expression", "0")))


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
