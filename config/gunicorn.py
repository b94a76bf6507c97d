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
