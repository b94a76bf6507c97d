"""The visitor's real IP address, for rate limits and the audit log.

Behind ``TRUSTED_PROXY_COUNT`` proxies of our own (the load balancer, nginx), the client
is the address the outermost of them saw: the N-th entry from the right of
X-Forwarded-For. Anything further left was written by the client and is ignored, so a
visitor cannot pose as another address. With no trusted proxy the header is ignored.
allauth uses the same rule for its login limits (``ALLAUTH_TRUSTED_PROXY_COUNT``).
"""

from allauth.core.internal.httpkit import get_client_ip
from django.core.exceptions import ImproperlyConfigured


def client_ip(request) -> str:
    if request is None:
        return ""
    try:
        return get_client_ip(request) or ""
    except ImproperlyConfigured:
        # Fewer forwarded addresses than proxies: the request did not come through
        # them, so only the connection's own address is known.
        return request.META.get("REMOTE_ADDR", "")
