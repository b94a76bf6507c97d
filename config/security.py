"""Security settings, read by ``config.settings``: cookies, TLS and HSTS behind a proxy,
headers, and the Content-Security-Policy (django-csp).

Production defaults that a deployment can loosen only by saying so: every default here
follows DEBUG, which is off unless asked for.
"""

import environ
from csp.constants import NONE, SELF

env = environ.Env()
DEBUG = env.bool("DEBUG", default=False)

__all__ = [
    "SESSION_ENGINE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SAMESITE",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_REFERRER_POLICY",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "X_FRAME_OPTIONS",
    "SECURE_REDIRECT_EXEMPT",
    "CSRF_FAILURE_VIEW",
    "STRIPE_CHECKOUT_ORIGIN",
    "CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
]
# Production defaults that a deployment can loosen only by saying so.
SESSION_ENGINE = "lms.site.sessions"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and strips it from
# clients); set SECURE_PROXY_SSL_HEADER= (empty) when the app terminates TLS itself.
_proxy_header = env.str(
    "SECURE_PROXY_SSL_HEADER",
    default="" if DEBUG else "HTTP_X_FORWARDED_PROTO:https",
)
SECURE_PROXY_SSL_HEADER = tuple(_proxy_header.split(":", 1)) if _proxy_header else None
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG
)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail marks its preview frames SAMEORIGIN itself; nothing else is framed.
X_FRAME_OPTIONS = "DENY"
# /healthz answers the load balancer over plain http inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
CSRF_FAILURE_VIEW = "lms.views.site.csrf_failure"

# Content-Security-Policy (django-csp): scripts only from our own files, never inline;
# inline style attributes stay allowed (the Wagtail admin sets them from its scripts).
# Media on S3 and Stripe's checkout page are the only other origins.

_media_origin = env.str("MEDIA_ORIGIN", default="")
STRIPE_CHECKOUT_ORIGIN = env.str(
    "STRIPE_CHECKOUT_ORIGIN", default="https://checkout.stripe.com"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *filter(None, [_media_origin])],
        "media-src": [SELF, *filter(None, [_media_origin])],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        # Wagtail's page preview frames our own pages; nobody else may.
        "frame-ancestors": [SELF],
        # Chrome applies form-action to the redirect after a POST: checkout goes on
        # to Stripe's page.
        "form-action": [SELF, STRIPE_CHECKOUT_ORIGIN],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Browser features the site never uses are switched off for it and anything it frames.
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()"
)
