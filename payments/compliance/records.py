"""What a company may see of some people's training: the table's columns, and the
enrolments, lessons done and current certificates behind one page (or one chunk) of
rows, read in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count

from courses.models import CoursePage
from lms.models import Certificate, Enrolment, LessonProgress

from ..company_access import visible_course_keys
from .status import cell_status


@dataclass
class Columns:
    """The courses the company's table has columns for, in the viewer's language."""

    ordered: list[tuple[object, CoursePage]]  # (course_key, page), by title
    lesson_totals: dict
    live_lesson_keys: set

    @property
    def keys(self) -> list:
        return [key for key, _page in self.ordered]

    def only(self, course_key: str) -> Columns:
        """These columns narrowed to one course (all of them for an empty key)."""
        if not course_key:
            return self
        ordered = [(k, c) for k, c in self.ordered if str(k) == course_key]
        return Columns(ordered, self.lesson_totals, self.live_lesson_keys)


@dataclass
class Records:
    """What the company may see of some people: enrolments, lessons done, certificates."""

    visible: dict  # user_id -> course keys the company may see
    enrolments: dict  # (user_id, course_key) -> enrolment
    done: dict  # enrolment id -> lessons done (still published)
    certificates: dict  # (user_id, course_key) -> current certificate

    def cell(self, user_id, key, columns: Columns, today) -> tuple[str, int, object]:
        """(status, percent, enrolment) of one cell."""
        enrolment = self.enrolments.get((user_id, key))
        lessons_done = self.done.get(enrolment.pk, 0) if enrolment else 0
        status = cell_status(
            enrolment=enrolment,
            certificate=self.certificates.get((user_id, key)),
            lessons_done=lessons_done,
            today=today,
        )
        total = columns.lesson_totals.get(key, 0)
        percent = round(100 * lessons_done / total) if total else 0
        if enrolment and enrolment.completed_at:
            percent = 100
        return status, percent, enrolment


def records_for(*, company, user_ids, columns: Columns) -> Records:
    """Records of ``user_ids`` (one page or one chunk of people) in the table's
    columns, with the fields a row prints."""
    keys = columns.keys
    visible = visible_course_keys(company=company, user_ids=user_ids)
    enrolments = Enrolment.objects.filter(
        user_id__in=user_ids, course_key__in=keys
    ).exclude(status=Enrolment.Status.WITHDRAWN)
    done = dict(
        LessonProgress.objects.filter(
            enrolment__user_id__in=user_ids,
            enrolment__course_key__in=keys,
            completed_at__isnull=False,
            # A lesson done and later unpublished no longer counts (as on the
            # learner's own progress bar), so progress never passes 100 %.
            lesson_key__in=columns.live_lesson_keys,
        )
        .values("enrolment_id")
        .annotate(n=Count("id"))
        .values_list("enrolment_id", "n")
    )
    return Records(
        visible=visible,
        enrolments={
            (e.user_id, e.course_key): e
            for e in enrolments
            if e.course_key in visible.get(e.user_id, ())
        },
        done=done,
        certificates=_certificates(user_ids=user_ids, columns=columns, visible=visible),
    )


def latest_visible(certificates, visible: dict) -> dict:
    """{(user_id, course_key): the latest of ``certificates`` the company may see},
    ``visible`` being ``company_access.visible_course_keys`` for those people. The one
    place that decides which certificate a company reads of a person's course."""
    return {
        (c.user_id, c.course_key): c  # the latest one wins
        for c in certificates.order_by("issued_at", "id")
        if c.course_key in visible.get(c.user_id, ())
    }


def _certificates(*, user_ids, columns: Columns, visible: dict) -> dict:
    """{(user_id, course_key): the latest current certificate the company may see}."""
    certificates = (
        Certificate.objects.current()
        .filter(user_id__in=user_ids, course_key__in=columns.keys)
        .only(
            "id",
            "number",
            "user_id",
            "course_key",
            "valid_until",
            "revoked_at",
            "completed_at",
            "issued_at",
            "pdf",
            "hours",
            "active_seconds",
        )
    )
    return latest_visible(certificates, visible)
