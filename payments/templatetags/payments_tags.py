"""Template helpers for the payments slots in shared templates (banner, menu, buy)."""

import datetime

from django import template
from django.utils import translation

from lms.selectors import enrolment_for
from lms.user_flags import user_flag

from .. import selectors
from ..company_access import companies_administered_by
from ..gateways import test_mode
from ..models import CompanyMember, Order
from ..services.codes import campaign_for_request
from ..services.quotes import course_quote

register = template.Library()


@register.simple_tag
def payments_nav(request):
    """Which payments links the menu shows: "Company" for admins, "My orders"."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "company_admin": user_flag(
            user,
            "company_admin",
            lambda: companies_administered_by(user=user).exists(),
        ),
        "has_orders": user_flag(
            user,
            "has_orders",
            lambda: (
                Order.objects.filter(user=user)
                .exclude(status=Order.Status.CANCELLED)
                .exists()
            ),
        ),
    }


@register.simple_tag
def buy_state(course, request):
    """Everything the buy button needs for one course and one visitor, including the
    price they will pay (after the code on their account or the running campaign)."""
    user = request.user
    campaign = campaign_for_request(request=request)
    state = {
        "test_mode": test_mode(),
        "course": course,
        # A code refused at checkout comes back with the page (see buy_course).
        "typed_code": getattr(request, "buy_code_typed", ""),
        "code_error": getattr(request, "buy_code_error", ""),
    }
    if not user.is_authenticated:
        state["quote"] = course_quote(course=course, campaign=campaign)
        return state
    state["enrolled"] = enrolment_for(user=user, course=course) is not None
    state["open_order"] = selectors.open_order_for(user=user, course=course)
    state["account_code"] = selectors.account_code_for(user=user)
    state["companies"] = list(companies_administered_by(user=user))
    state["quote"] = course_quote(
        course=course,
        user=user,
        account_code=state["account_code"],
        campaign=campaign,
    )
    return state


@register.simple_tag(takes_context=True)
def campaign_banner(context):
    request = context.get("request")
    if request is None:
        return None
    return campaign_for_request(request=request)


@register.filter
def countdown_parts(seconds):
    """Seconds -> {"days", "hours", "minutes", "seconds"} for the server-rendered text."""
    seconds = max(0, int(seconds or 0))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return {"days": days, "hours": hours, "minutes": minutes, "seconds": secs}


@register.filter
def iso_utc(value):
    return value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


@register.simple_tag(takes_context=True)
def dashboard_companies(context) -> dict:
    """The user's company memberships (any role, for the link to what each company
    sees) and the companies they administer (for their compliance views): one query."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {"administered": [], "memberships": []}
    memberships = list(selectors.memberships_of(user=request.user))
    return {
        "administered": [
            m.company for m in memberships if m.role == CompanyMember.Role.ADMIN
        ],
        "memberships": memberships,
        "required": _required_of(request.user, memberships),
        "managed": _managed_of(request.user, memberships),
    }


def _required_of(user, memberships) -> list:
    """What the user's companies require of them and is not done: [(company, state)].
    No query at all for someone who belongs to no company."""
    if not memberships:
        return []
    from ..compliance.training import open_states

    language = (translation.get_language() or "nb")[:2]
    required = []
    for member in memberships:
        for state in open_states(
            company=member.company, user_ids=[user.pk], language=language
        ):
            required.append((member.company, state))
    return sorted(required, key=lambda pair: pair[1].due_on)


def _managed_of(user, memberships) -> list:
    """Companies where the user manages a department (their people's training)."""
    if not memberships:
        return []
    from ..models import Department

    ids = set(
        Department.objects.filter(
            managers=user, company__in=[m.company_id for m in memberships]
        ).values_list("company_id", flat=True)
    )
    return [m.company for m in memberships if m.company_id in ids]


@register.filter
def bank_account(value: str) -> str:
    """ "12345678903" -> "1234.56.78903", as Norwegian bank accounts are written."""
    from stdnum.no import kontonr

    try:
        return kontonr.format(value)
    except Exception:  # an unset or malformed number is printed as it is
        return value or ""


@register.filter
def absolute_links(html) -> str:
    """Links and images in e-mailed rich text point at the site, not at the mail
    client: "/nb/kurs/" becomes "https://hms.example.no/nb/kurs/"."""
    import re

    from django.conf import settings
    from django.utils.safestring import mark_safe

    site = settings.SITE_URL.rstrip("/")
    return mark_safe(re.sub(r'(href|src)="/(?!/)', rf'\1="{site}/', str(html)))
