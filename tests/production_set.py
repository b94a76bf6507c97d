"""The production process set for the journey and the fault scripts: the Procfile's
web (gunicorn, DEBUG off), worker and beat under honcho, on this machine's PostgreSQL and
Redis, media on a local S3 stand-in (moto) and Stripe on the test stand-in; with an
HTTP client that posts forms as a browser does and reads the e-mails sent."""

from __future__ import annotations

import email
import email.policy
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stripe_stub import StripeStub  # noqa: E402

DB_NAME = "hms_journey"
PG = "postgres://postgres@127.0.0.1:5432"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise SystemExit(f"journey: timed out waiting for {what}")


def form_action(page: str, ending: str) -> str:
    """The path a form on ``page`` posts to, found by how its action ends."""
    match = re.search(rf'<form method="post" action="([^"#]*{re.escape(ending)})', page)
    if match is None:
        raise SystemExit(f"journey: no form posting to …{ending}")
    return match.group(1)


def step(text: str) -> None:
    print(f"journey: {text}", flush=True)


class ProductionSet:
    """The Procfile's processes on this machine, driven over HTTP only."""

    def __init__(self, *, pg: str = PG, db_name: str = DB_NAME, redis_url: str = ""):
        self.pg, self.db_name = pg, db_name
        self.tmp = Path(tempfile.mkdtemp(prefix="hms-journey-"))
        self.mail_dir = self.tmp / "mail"
        self.mail_dir.mkdir()
        self.port = free_port()
        self.s3_port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.stripe = StripeStub().start()
        self.processes: list[subprocess.Popen] = []
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "DEBUG"},
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": f"https://127.0.0.1:{self.port}",
            # Plain http on loopback for this run only; production keeps the defaults.
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": f"{pg}/{db_name}",
            "REDIS_URL": redis_url or "redis://127.0.0.1:6379/13",
            "EMAIL_URL": f"filemail:///{self.mail_dir}",  # absolute path
            "STRIPE_SECRET_KEY": self.stripe.api_key,
            "STRIPE_WEBHOOK_SECRET": self.stripe.webhook_secret,
            "STRIPE_API_BASE": self.stripe.url,
            "AWS_STORAGE_BUCKET_NAME": "hms-journey",
            "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{self.s3_port}",
            "AWS_ACCESS_KEY_ID": "journey",
            "AWS_SECRET_ACCESS_KEY": "journey",
            "AWS_S3_REGION_NAME": "us-east-1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": "2",
            "CELERY_CONCURRENCY": "1",
            "CELERY_BEAT_SCHEDULE_FILE": str(self.tmp / "beat-schedule"),
            "PYTHONUNBUFFERED": "1",
            "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        }
        self.http = requests.Session()

    # --- the process set -------------------------------------------------------------

    def run(self, *args, **env):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **env},
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> None:
        step("fresh database, S3 stand-in, migrate, demo content, collectstatic")
        subprocess.run(
            [
                "psql",
                self.pg + "/postgres",
                "-q",
                "-c",
                f"DROP DATABASE IF EXISTS {self.db_name}",
            ],
            check=True,
        )
        subprocess.run(
            [
                "psql",
                self.pg + "/postgres",
                "-q",
                "-c",
                f"CREATE DATABASE {self.db_name}",
            ],
            check=True,
        )
        # The run's own Redis database starts empty: a queue or a de-duplication key
        # left by an earlier run must not meet this run's fresh ids.
        import redis

        redis.Redis.from_url(self.env["REDIS_URL"]).flushdb()
        self.spawn(
            [str(Path(sys.executable).parent / "moto_server"), "-p", str(self.s3_port)]
        )
        wait_for(self.s3_up, timeout=30, what="the S3 stand-in")
        import boto3

        boto3.client(
            "s3",
            endpoint_url=self.env["AWS_S3_ENDPOINT_URL"],
            aws_access_key_id="journey",
            aws_secret_access_key="journey",
            region_name="us-east-1",
        ).create_bucket(Bucket="hms-journey")
        self.run("migrate", "--noinput", "-v", "0")
        # The course content comes from the demo seeder (it refuses to run with DEBUG
        # off, so it gets DEBUG for this one command); the servers below run without.
        self.run("seed_demo", DEBUG="true")
        self.run("migrate", "--noinput", "-v", "0")  # Site identity for this SITE_URL
        self.run("collectstatic", "--noinput", "-v", "0")
        step(f"honcho starts web, worker and beat on {self.base}")
        honcho = str(Path(sys.executable).parent / "honcho")
        self.spawn([honcho, "-f", str(ROOT / "Procfile"), "start"], log="honcho.log")
        wait_for(self.web_up, timeout=60, what="gunicorn")

    def spawn(self, command, log="moto.log"):
        out = open(self.tmp / log, "w")  # noqa: SIM115 (closed with the process)
        self.processes.append(
            subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )

    def s3_up(self) -> bool:
        try:
            return requests.get(self.env["AWS_S3_ENDPOINT_URL"], timeout=1).ok
        except requests.RequestException:
            return False

    def web_up(self) -> bool:
        try:
            return self.http.get(self.base + "/healthz", timeout=2).ok
        except requests.RequestException:
            return False

    def stop(self) -> None:
        for process in self.processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.stripe.stop()

    # --- HTTP helpers --------------------------------------------------------------------

    def get(self, path: str, status: int = 200) -> str:
        response = self.http.get(self.base + path, timeout=20)
        if response.status_code != status:
            raise SystemExit(f"journey: GET {path} gave {response.status_code}")
        return response.text

    def post(self, path: str, data: dict, *, page: str | None = None):
        page = page if page is not None else self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        response = self.http.post(
            self.base + path,
            data={"csrfmiddlewaretoken": token, **data},
            headers={"Referer": self.base + path},
            allow_redirects=False,
            timeout=30,
        )
        if response.status_code >= 400:
            raise SystemExit(f"journey: POST {path} gave {response.status_code}")
        return response

    def mails(self) -> list[str]:
        """Every e-mail the processes sent: subject and decoded text parts."""
        texts = []
        for path in sorted(self.mail_dir.glob("*")):
            for raw in path.read_text().split("\n" + "-" * 79 + "\n"):
                message = email.message_from_string(
                    raw.strip(), policy=email.policy.default
                )
                parts = [f"To: {message['To']}", str(message["Subject"] or "")]
                for part in message.walk():
                    if part.get_content_type() in ("text/plain", "text/html"):
                        parts.append(part.get_content())
                texts.append("\n".join(parts))
        return texts

    def mail_matching(self, pattern: str, what: str) -> re.Match:
        def find():
            for text in self.mails():
                match = re.search(pattern, text)
                if match:
                    return match
            return None

        return wait_for(find, timeout=90, what=what)
