"""Liveness (/healthz) and readiness (/readyz) for load balancers and operators.

/healthz answers as long as the process serves requests: it touches nothing else, so a
database or Redis outage never gets a healthy web process restarted.

/readyz runs django-health-check's probes of the database, the cache, the broker and
media storage, and reports each as "ok" or "failing: …". Its status is 503 only when a
*required* one fails (``READYZ_REQUIRED``, by default the database and storage): pages
still serve with Redis down (no cache, jobs wait in the outbox), so Redis down is
reported without taking every web process out of the load balancer.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET
from health_check.checks import Cache, Database, Storage


def _checks() -> dict[str, object]:
    checks = {
        "database": Database(),
        "cache": Cache(),
        "storage": Storage(),
    }
    if settings.REDIS_URL:
        from health_check.contrib.redis import Redis
        from redis.asyncio import Redis as RedisClient

        checks["broker"] = Redis(
            client_factory=lambda: RedisClient.from_url(
                settings.REDIS_URL,
                socket_connect_timeout=settings.REDIS_TIMEOUT_SECONDS,
                socket_timeout=settings.REDIS_TIMEOUT_SECONDS,
            )
        )
    return checks


async def _run(checks: dict) -> dict:
    results = await asyncio.gather(*(check.get_result() for check in checks.values()))
    return dict(zip(checks, results, strict=True))


@require_GET
def healthz(request):
    response = JsonResponse({"status": "ok"})
    add_never_cache_headers(response)
    return response


@require_GET
def readyz(request):
    # The probes are coroutines; a worker thread gives them an event loop of their own
    # whatever the calling thread runs.
    with ThreadPoolExecutor(max_workers=1) as pool:
        results = pool.submit(asyncio.run, _run(_checks())).result()
    required = set(settings.READYZ_REQUIRED)
    body = {
        name: {
            "status": "ok" if result.error is None else f"failing: {result.error}",
            "required": name in required,
        }
        for name, result in results.items()
    }
    failing = any(
        result.error is not None and name in required
        for name, result in results.items()
    )
    response = JsonResponse(
        {"status": "failing" if failing else "ok", "checks": body},
        status=503 if failing else 200,
    )
    add_never_cache_headers(response)
    return response
