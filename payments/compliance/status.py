"""The status of one cell of the compliance table (a person and a course), and the
filters the view offers."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils.translation import gettext_lazy

EXPIRING_WITHIN = timedelta(days=60)


class CellStatus:
    NOT_ASSIGNED = "not_assigned"
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"  # completed, certificate being issued
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    REVOKED = "revoked"

    LABELS = {
        NOT_ASSIGNED: gettext_lazy("Not enrolled"),
        NOT_STARTED: gettext_lazy("Not started"),
        IN_PROGRESS: gettext_lazy("In progress"),
        COMPLETED: gettext_lazy("Completed"),
        VALID: gettext_lazy("Valid"),
        EXPIRING: gettext_lazy("Expires soon"),
        EXPIRED: gettext_lazy("Expired"),
        REVOKED: gettext_lazy("Revoked"),
    }


FILTERS = {
    "": gettext_lazy("Everyone"),
    "expiring": gettext_lazy("Expiring within 60 days"),
    "not_started": gettext_lazy("Not started"),
    "gaps": gettext_lazy("Missing or expired certificate"),
}

# Which statuses each filter shows (a person is listed when any of their cells does).
FILTER_STATUSES = {
    "expiring": {CellStatus.EXPIRING},
    "not_started": {CellStatus.NOT_STARTED},
    "gaps": {
        CellStatus.NOT_STARTED,
        CellStatus.IN_PROGRESS,
        CellStatus.EXPIRED,
        CellStatus.REVOKED,
    },
}


def cell_status(*, enrolment, certificate, lessons_done: int, today: date) -> str:
    """The status of a cell from its enrolment and current certificate (either may be
    None); both need only the fields read here."""
    if certificate is not None:
        if certificate.revoked_at:
            return CellStatus.REVOKED
        if certificate.valid_until and certificate.valid_until < today:
            return CellStatus.EXPIRED
        if (
            certificate.valid_until
            and certificate.valid_until <= today + EXPIRING_WITHIN
        ):
            return CellStatus.EXPIRING
        return CellStatus.VALID
    if enrolment is None:
        return CellStatus.NOT_ASSIGNED
    if enrolment.completed_at:
        return CellStatus.COMPLETED
    if lessons_done or enrolment.last_activity_at:
        return CellStatus.IN_PROGRESS
    return CellStatus.NOT_STARTED


def status_matches(status: str, status_filter: str) -> bool:
    if not status_filter:
        return True
    return status in FILTER_STATUSES.get(status_filter, ())
