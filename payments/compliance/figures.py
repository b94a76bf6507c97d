"""A company's compliance figures kept between requests, dropped when its records change.

The counts per status, the headcount, the number of people a status filter finds and
the courses the table has columns for are read over the whole company: their cost
grows with it (0.7 s for 20,000 employees), while a page of people does not. So they
are kept in the cache under the company's *generation*, a random token that any change
to what the table shows replaces:

- a membership, seat, shared record, enrolment, lesson progress or certificate saved or
  deleted (signals, for the companies the person belongs to), and
- the bulk seat updates that bypass signals (``records_changed`` is called there).

Every key also carries the day (statuses move with the date) and a digest of the
columns and live lessons (publishing a lesson changes what "in progress" means). An
entry lives ``COMPLIANCE_FIGURES_SECONDS`` at most, which bounds what a change made
while the cache was unreachable could leave behind. With the cache off (0 seconds, the
tests' default) or down, every figure is counted afresh.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from lms.site.generations import generation_read, kept_under


def _seconds() -> int:
    return getattr(settings, "COMPLIANCE_FIGURES_SECONDS", 0)


def figures_kept() -> bool:
    """Whether figures are kept at all (else nothing needs to be told of changes)."""
    return _seconds() > 0


def _generation_key(company_id: int) -> str:
    return f"compliance-generation:{company_id}"


def columns_digest(columns) -> str:
    """What the counts depend on besides the records: the columns and live lessons."""
    text = "|".join(
        [",".join(sorted(map(str, columns.keys)))]
        + sorted(map(str, columns.live_lesson_keys))
    )
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def company_figure(
    *, company_id: int, name: str, today: date | None, build: Callable[[], object]
):
    """``build()``, kept under the company's current generation (and ``today``)."""
    if not figures_kept():
        return build()
    generation = generation_read(_generation_key(company_id))
    if generation is None:  # the cache is unreachable
        return build()
    key = f"compliance:{company_id}:{generation}:{today or '-'}:{name}"
    return kept_under(key, build, seconds=_seconds())


def records_changed(*, company_ids) -> None:
    """The figures of these companies are out of date: now, and again when the current
    transaction commits (a reader between the two may have kept what it read before
    the commit under the new generation)."""
    if not figures_kept():
        return
    company_ids = {c for c in company_ids if c}
    if not company_ids:
        return

    def drop():
        cache.delete_many([_generation_key(c) for c in company_ids])

    drop()
    transaction.on_commit(drop)


def _companies_of(**person) -> None:
    """Drop the figures of every company the person (as a lookup) belongs to."""
    from ..models import CompanyMember

    if figures_kept():
        records_changed(
            company_ids=CompanyMember.objects.filter(**person).values_list(
                "company_id", flat=True
            )
        )


def _on_company_row(sender, instance, **kwargs):
    records_changed(company_ids=[instance.company_id])


def _on_person_row(sender, instance, **kwargs):
    if instance.user_id:
        _companies_of(user_id=instance.user_id)


def _on_progress(sender, instance, **kwargs):
    # The learner's companies through the enrolment, in the same one query.
    _companies_of(user__enrolments=instance.enrolment_id)


def connect() -> None:
    from lms.models import Certificate, Enrolment, LessonProgress

    from ..models import CompanyMember, RecordShare, Seat

    receivers = [
        (CompanyMember, _on_company_row),
        (Seat, _on_company_row),
        (RecordShare, _on_company_row),
        (Enrolment, _on_person_row),
        (Certificate, _on_person_row),
        (LessonProgress, _on_progress),
    ]
    for model, receiver in receivers:
        label = model._meta.label_lower
        post_save.connect(receiver, sender=model, dispatch_uid=f"figures-s-{label}")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"figures-d-{label}")
