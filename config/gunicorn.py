"""gunicorn settings for the `web` process (Procfile, Dockerfile, docker-compose).

Everything can be tuned from the environment; the defaults suit one small machine.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(
    os.environ.get("WEB_CONCURRENCY", max(2, min(4, multiprocessing.cpu_count())))
)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# Certificate PDFs and exports are rendered in the worker, not here; a request that
# takes longer than this is stuck.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so that a slow leak never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# The proxy in front terminates TLS and sets X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Load Django once in the master and fork the workers from it: the code, the URL
# patterns and the translations are then shared pages, so a worker's own memory (and
# the cost of one more worker, or of recycling one) is what it allocates while serving.
# GUNICORN_PRELOAD=false loads the app in each worker instead (e.g. to reload code by
# HUP without a restart).
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in ("0", "false")


def when_ready(server):
    """In the master, after the app is loaded and before any worker is forked."""
    if not preload_app:
        return
    import gc

    from django.db import connections
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018  (resolve once, shared by the workers)
    # Nothing the master opened may be inherited: a forked database connection would be
    # one socket used by several processes.
    connections.close_all()
    # Move everything loaded so far out of the collector's reach, so that a worker's
    # collections do not touch (and so copy) the shared pages.
    gc.freeze()
