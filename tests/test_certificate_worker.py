"""The certificate path through a real Redis broker and a real Celery worker process.

Completing a course commits, the ``course_completed`` receiver queues the task on
Redis, and a separate ``celery -A config worker`` process issues, renders, stores and
e-mails the certificate. Skipped (with a message) where no Redis server answers.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]

BASE_DIR = Path(__file__).resolve().parent.parent


def _redis_url() -> str:
    return os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14"


def _redis_or_skip(url: str) -> None:
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception as error:  # noqa: BLE001 - any failure means "no broker here"
        pytest.skip(
            f"Redis is not reachable at {url} ({error}); start Redis to run this"
        )


def _database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


def _reset_producers(app) -> None:
    """Forget connections and queues cached while the broker was memory:// (eager)."""
    app._pool = None
    app.__dict__.pop("amqp", None)


@pytest.fixture
def celery_worker_process(settings, tmp_path):
    from config.celery import app

    url = _redis_url()
    _redis_or_skip(url)
    queue = f"cert-test-{uuid.uuid4().hex[:8]}"
    saved = {
        key: app.conf[key]
        for key in ("task_always_eager", "broker_url", "task_default_queue")
    }
    settings.CELERY_TASK_ALWAYS_EAGER = False
    # Celery reads the namespaced CELERY_BROKER_URL (from Django's settings) first.
    app.conf.update(
        task_always_eager=False,
        broker_url=url,
        CELERY_BROKER_URL=url,
        task_default_queue=queue,
    )
    _reset_producers(app)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": url,
        "MEDIA_ROOT": settings.MEDIA_ROOT,
        "EMAIL_URL": "consolemail://",
        "DEBUG": "true",
    }
    log = open(tmp_path / "worker.log", "w+")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "-P",
            "solo",
            "-Q",
            queue,
            "-l",
            "info",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while "ready." not in (tmp_path / "worker.log").read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    "Celery worker did not start:\n"
                    + (tmp_path / "worker.log").read_text()
                )
            time.sleep(0.2)
        yield {"log": tmp_path / "worker.log", "process": process}
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        app.conf.update(saved, CELERY_BROKER_URL=saved["broker_url"])
        _reset_producers(app)


def test_certificate_is_issued_by_a_real_worker_over_redis(
    celery_worker_process, course, learner
):
    from lms.models import Certificate, OutboxMessage
    from lms.tests.certificate_helpers import finish_course

    enrolment = finish_course(course=course, user=learner)
    assert enrolment.completed_at is not None
    deadline = time.monotonic() + 90
    certificate = None
    log_path = celery_worker_process["log"]
    while time.monotonic() < deadline:
        certificate = Certificate.objects.filter(enrolment=enrolment).first()
        if certificate and "succeeded" in log_path.read_text():
            break
        time.sleep(0.3)
    log = log_path.read_text()
    assert certificate is not None, "no certificate from the worker:\n" + log
    certificate.refresh_from_db()
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    assert certificate.pdf.read(4) == b"%PDF"
    assert "outbox_deliver_task" in log and "succeeded" in log
    issue = OutboxMessage.objects.get(job="lms.certificate_issue")
    assert issue.status == OutboxMessage.Status.SENT
