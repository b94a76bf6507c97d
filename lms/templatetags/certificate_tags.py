"""Template helpers for certificates on the dashboard (one query per page, not per card)."""

from django import template
from django.utils import timezone, translation

register = template.Library()

REFRESHER_WINDOW_DAYS = 60


def _certificates_by_enrolment(request):
    cached = getattr(request, "_current_certificates", None)
    if cached is None:
        from lms.models import Certificate

        cached = {}
        if request.user.is_authenticated:
            for certificate in (
                Certificate.objects.filter(user=request.user)
                .current()
                .order_by("issued_at", "id")
            ):
                cached[certificate.enrolment_id] = certificate
        request._current_certificates = cached
    return cached


@register.simple_tag(takes_context=True)
def current_certificate(context, enrolment):
    """The newest certificate of this enrolment, or None."""
    request = context.get("request")
    if request is None or enrolment is None:
        return None
    return _certificates_by_enrolment(request).get(enrolment.pk)


@register.simple_tag
def refresher_due(certificate) -> bool:
    """True when the certificate expires within 60 days or has expired."""
    if certificate is None or not certificate.valid_until or certificate.revoked_at:
        return False
    days_left = (certificate.valid_until - timezone.localdate()).days
    return days_left <= REFRESHER_WINDOW_DAYS


@register.simple_tag(takes_context=True)
def forty_hour_track(context):
    """Hours toward the 40-hour verneombud/AMU training, or None outside that track."""
    from lms.certificates.forty_hours import track_hours_for
    from lms.certificates.services import FORTY_HOUR_AUDIENCES
    from lms.models import Enrolment

    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return None
    shown = context.get("dashboard_items")
    if shown is not None:  # the dashboard has every enrolment and course loaded
        in_track = any(p.course.audience in FORTY_HOUR_AUDIENCES for p in shown)
    else:
        in_track = Enrolment.objects.filter(
            user=request.user, course__audience__in=FORTY_HOUR_AUDIENCES
        ).exists()
    if not in_track:
        return None
    return track_hours_for(
        user=request.user, language=translation.get_language() or "nb"
    )


@register.filter
def recorded_time(seconds):
    """A certificate's recorded time on task: "1 h 41 min", or "not recorded"."""
    from lms.time_on_task import duration_label

    return duration_label(seconds)


@register.simple_tag
def bilingual(words):
    """A certificate label, with its bokmål words beneath when they differ."""
    from django.utils.html import format_html

    if not getattr(words, "second", ""):
        return str(words)
    return format_html(
        '{}<span class="second" lang="nb">{}</span>', words.first, words.second
    )
