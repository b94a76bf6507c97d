"""Content-Security-Policy for the whole site, the Wagtail admin included.

The policy (``settings.CONTENT_SECURITY_POLICY``) allows scripts only from our own
files. Our templates have no inline scripts. The Wagtail admin still renders a few
(``initDateTimeChooser(…)`` for date fields, ``new ImageChooser(…)`` for image fields),
some of them inside JSON that its scripts insert later (StreamField blocks, chooser
modals). Rather than allow every inline script with ``'unsafe-inline'``, the admin's
responses get a nonce on the script tags that Wagtail itself wrote, and the header
allows that nonce only.

The admin nonce is kept for the session, not made per response: a chooser modal is
fetched as JSON by a page that was served earlier, and its scripts must carry the
nonce of that page. It is random, never shown to anyone but the signed-in staff user,
and only admin responses carry it. User-entered text is escaped before it reaches these
responses, so it cannot open a ``<script>`` tag of its own for this to mark.
"""

import re
import secrets

from csp.constants import NONCE
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIX = "/admin/"
SESSION_KEY = "admin_script_nonce"

# A script tag without a nonce, as HTML writes it, as JSON escapes it for HTML
# (json_script), and as an HTML attribute holds it.
_RAW_TAG = re.compile(r"<script(?![^>]*\bnonce=)(?=[\s>])")
_ESCAPED_TAG = (
    re.compile(r"\\u003Cscript(?=[\s\\>])(?!\s+nonce=)", re.I),
    r"\\u003Cscript nonce=\\u0022{n}\\u0022",
)
_TAGS = {
    "html": [
        (_RAW_TAG, '<script nonce="{n}"'),
        _ESCAPED_TAG,
        (
            re.compile(r"&lt;script(?=[\s&])(?!\s+nonce=)"),
            "&lt;script nonce=&quot;{n}&quot;",
        ),
    ],
    "json": [(_RAW_TAG, r'<script nonce=\\"{n}\\"'), _ESCAPED_TAG],
}


def _kind(response) -> str | None:
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html"):
        return "html"
    if content_type.startswith("application/json"):
        return "json"
    return None


class SiteCSPMiddleware(CSPMiddleware):
    def _make_nonce(self, request) -> str:
        if request.path_info.startswith(ADMIN_PREFIX) and hasattr(request, "session"):
            nonce = request.session.get(SESSION_KEY)
            if not nonce:
                nonce = secrets.token_urlsafe(18)
                request.session[SESSION_KEY] = nonce
            request._csp_nonce = nonce
            return nonce
        return super()._make_nonce(request)

    def process_response(self, request, response):
        if (
            request.path_info.startswith(ADMIN_PREFIX)
            and getattr(request, "user", None) is not None
            and request.user.is_authenticated
            and not getattr(response, "streaming", False)
            and (kind := _kind(response))
        ):
            self._mark_scripts(request, response, kind)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if getattr(request, "_csp_nonce", None) and not report_only:
            parts.update = {**(parts.update or {}), "script-src": [NONCE]}
        return parts

    @staticmethod
    def _mark_scripts(request, response, kind: str) -> None:
        text = response.content.decode(response.charset or "utf-8")
        if "script" not in text:
            return
        nonce = str(request.csp_nonce)
        for pattern, replacement in _TAGS[kind]:
            text = pattern.sub(replacement.replace("{n}", nonce), text)
        response.content = text.encode(response.charset or "utf-8")
        # CommonMiddleware, further in, has already counted the bytes: count them
        # again, or a browser stops reading the page where the old length ended.
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
