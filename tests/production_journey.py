"""One learner's journey against the real process set (run by .ci/run, not by pytest).

Starts the Procfile's web (gunicorn, DEBUG off), worker and beat with honcho on this
machine's PostgreSQL and Redis, media on a local S3 stand-in (moto's server) and Stripe
on the test stand-in; then over HTTP only: sign up and confirm the e-mail, buy a paid
course through Checkout with a correctly signed webhook, pass every quiz and finish every
lesson, receive the certificate e-mail from the worker and verify the certificate on
the public page. Stops everything it started, and prints the time it took.

    python tests/production_journey.py   (needs PostgreSQL on 127.0.0.1:5432, Redis)
"""

from __future__ import annotations

import email
import email.policy
import json
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


class Journey:
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

    # --- the learner -----------------------------------------------------------------------

    def sign_up(self) -> None:
        step("sign up and confirm the e-mail address")
        self.post(
            "/nb/accounts/signup/",
            {
                "email": "journey@example.org",
                "full_name": "Jorunn Reise",
                "password1": "a-long-journey-password-1",
                "password2": "a-long-journey-password-1",
            },
        )
        link = self.mail_matching(
            r"https?://[^\s]+(/nb/accounts/confirm-email/[^\s/]+/)",
            "the confirmation e-mail",
        )
        path = link.group(1)
        self.post(path, {})
        assert "journey@example.org" in self.get("/nb/dashboard/")

    def buy(self, course: dict) -> None:
        step(f"buy '{course['title']}' through Stripe Checkout")
        response = self.post(
            course["buy_path"], {"consent": "on"}, page=self.get(course["path"])
        )
        session_id = response.headers["Location"].rsplit("/", 1)[-1]
        session = self.stripe.session_pay(session_id)
        event = self.stripe.event("checkout.session.completed", session)
        body = json.dumps(event).encode()
        reply = self.http.post(
            self.base + "/payments/stripe/webhook/",
            data=body,
            headers={
                "Content-Type": "application/json",
                "Stripe-Signature": self.stripe.sign(body),
            },
            timeout=20,
        )
        assert reply.status_code == 200, reply.text
        wait_for(
            lambda: course["title"] in self.get("/nb/dashboard/"),
            timeout=60,
            what="the enrolment after payment",
        )
        self.mail_matching(r"(?i)kvittering|receipt", "the receipt e-mail")

    def spend_time(self, course: dict) -> None:
        """The course asks for active time before it completes. The lesson page's
        report is sent once over HTTP; the rest of the required minutes are recorded
        as that report records them, dated over the past hours (a journey cannot wait
        an hour and a half)."""
        first = course["lessons"][0]
        page = self.get(first["path"])
        visit = re.search(r'data-lesson-visit="([^"]+)"', page).group(1)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        report = self.http.post(
            self.base + visit,
            data={"csrfmiddlewaretoken": token},
            headers={"Referer": self.base + first["path"]},
            timeout=20,
        ).json()
        assert report["completed"] is False and not report["met"], report
        from datetime import timedelta

        from django.utils import timezone

        from courses.models import LessonPage
        from lms.models import Enrolment
        from lms.time_on_task import activity_record

        enrolment = Enrolment.objects.get(
            user__email="journey@example.org", course__pk=course["id"]
        )
        lesson = LessonPage.objects.get(pk=first["id"])
        minutes = course["required_minutes"]
        step(f"spend the course's required {minutes} minutes of active time")
        start = timezone.now() - timedelta(minutes=minutes + 5)
        for minute in range(minutes):
            activity_record(
                enrolment=enrolment,
                lesson=lesson,
                now=start + timedelta(minutes=minute),
            )

    def learn(self, course: dict) -> None:
        self.spend_time(course)
        quizzes = sum(len(lesson["quizzes"]) for lesson in course["lessons"])
        step(f"pass {quizzes} quizzes and finish {len(course['lessons'])} lessons")
        for lesson in course["lessons"]:
            page = self.get(lesson["path"])
            for block_id, answers in lesson["quizzes"].items():
                data = {}
                for question, correct in answers.items():
                    data[f"{block_id}-q{question}"] = [str(i) for i in correct]
                self.post(form_action(page, f"/quiz/{block_id}/"), data, page=page)
                page = self.get(lesson["path"])
            if "/complete/" in page:
                self.post(form_action(page, "/complete/"), {}, page=page)

    def certificate(self) -> str:
        step("wait for the certificate e-mail from the worker")
        match = self.mail_matching(
            r"To: journey@example\.org[\s\S]*?/verify/([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})/",
            "the certificate e-mail",
        )
        number = match.group(1)
        page = self.get(f"/nb/verify/{number}/")
        assert "verify-valid" in page, "the certificate does not verify"
        step(f"certificate {number} verifies on the public page")
        return number


def course_plan(env: dict) -> dict:
    """The paid leader course's URLs and quiz answers, read from the database."""
    os.environ.update(env)
    import django

    django.setup()
    from courses.models import CoursePage

    course = (
        CoursePage.objects.live()
        .filter(locale__language_code="nb", price_ore__gt=0, audience="leader")
        .first()
    )
    lessons = []
    for lesson in course.lessons:
        quizzes = {}
        for block in lesson.quiz_blocks():
            quizzes[block.id] = {
                index: [i for i, o in enumerate(q["options"]) if o["correct"]]
                for index, q in enumerate(block.value["questions"])
            }
        lessons.append({"path": lesson.url, "id": lesson.pk, "quizzes": quizzes})
    from django.urls import reverse
    from django.utils import translation

    with translation.override("nb"):
        buy_path = reverse("payments:buy_course", args=[course.pk])
    return {
        "id": course.pk,
        "required_minutes": -(-course.required_active_seconds // 60),
        "title": course.title,
        "path": course.url,
        "buy_path": buy_path,
        "lessons": lessons,
        "first_lesson": lessons[0]["path"],
    }


def main() -> int:
    started = time.monotonic()
    journey = Journey()
    try:
        journey.start()
        course = course_plan(journey.env)
        journey.sign_up()
        journey.buy(course)
        journey.learn(course)
        journey.certificate()
    except BaseException:
        print(
            (journey.tmp / "honcho.log").read_text()[-6000:]
            if (journey.tmp / "honcho.log").exists()
            else ""
        )
        raise
    finally:
        journey.stop()
    step(f"passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
