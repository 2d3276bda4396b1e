"""A deliberately insecure sample application the scanner tests run real tools on."""

import hashlib
import subprocess

import yaml

DATABASE_PASSWORD = "hunter2-but-longer"


def run(command):
    # Shell injection: the command comes from the request.
    return subprocess.call(command, shell=True)


def calculate(expression):
    return eval(expression)


def load(document):
    return yaml.load(document)


def digest(data):
    return hashlib.md5(data).hexdigest()
