"""Walking the URL resolver for the authorisation matrix: patterns, arguments, outcomes."""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

# Views of other projects that are not ours to judge one by one: Wagtail's own admin
# (pages, images, users, settings …) answers to Wagtail's permission system. Every one
# of them is still requested by the non-staff roles, which must not get in.
OUR_ADMIN_PREFIXES = (
    "admin/enrolments/",
    "admin/audit/",
    "admin/outbox/",
    "admin/certificates/",
    "admin/instructor_assignments/",
    "admin/payments/",
    "admin/change-history/",
    "admin/practice_companies/",
    "admin/risk_exercises/",
    "admin/sandbox/",
)
OUT_OF_RANGE = "99999999999999999999999"


@dataclass(frozen=True)
class Route:
    key: str  # "lms:dashboard", or the pattern itself when it has no name
    pattern: str  # the full pattern, language prefix as "<lang>/"
    converters: tuple  # (name, converter class name) in order
    regex: bool


def _join(prefix: str, pattern) -> str:
    return prefix + str(pattern)


def walk(patterns=None, prefix="", namespace=""):
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = namespace
            if entry.namespace:
                ns = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            pattern = entry.pattern
            text = str(pattern)
            if type(pattern).__name__ == "LocalePrefixPattern":
                text = "<lang>/"
            yield from walk(entry.url_patterns, prefix + text, ns)
        elif isinstance(entry, URLPattern):
            name = entry.name or ""
            full = prefix + str(entry.pattern)
            key = f"{namespace}:{name}" if namespace and name else (name or full)
            converters = tuple(
                (n, type(c).__name__)
                for n, c in getattr(entry.pattern, "converters", {}).items()
            )
            yield Route(key, full, converters, "(?P<" in full or full.startswith("^"))


def ours(route: Route) -> bool:
    if route.pattern.startswith("admin/"):
        return route.pattern.startswith(OUR_ADMIN_PREFIXES) or route.pattern in (
            "admin/login/",
            "^admin/password_reset/",
        )
    return True


def build_path(route: Route, values: dict, language: str = "nb") -> str:
    """The concrete path of ``route`` with ``values`` for its arguments."""
    path = route.pattern.replace("<lang>/", f"{language}/")
    for name, _kind in route.converters:
        path = re.sub(rf"<(?:\w+:)?{name}>", str(values[name]), path)
    if route.regex:
        path = _fill_regex(path, values)
    return "/" + path


def _fill_regex(path: str, values: dict) -> str:
    def group(match):
        name = match.group(1)
        return str(values.get(name, "x"))

    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", group, path)
    path = path.replace("^", "").replace("$", "")
    path = re.sub(r"\(\?:[^)]*\)\*", "", path)
    path = re.sub(r"\(\(\?:[^)]*\)\*\)", "", path)
    return path.replace("(", "").replace(")", "")


def classify(response) -> str:
    """An outcome as the matrix writes it."""
    status = response.status_code
    if status in (301, 302):
        location = response["Location"]
        with translation.override("nb"):
            from django.urls import reverse

            login = reverse("account_login")
        if location.startswith(login) or "/accounts/login/" in location:
            return "L"
        if location.split("?")[0] == "/admin/":
            return "A"  # Wagtail's "permission denied": back to the admin home
        return "R"
    return str(status)
