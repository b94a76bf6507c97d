"""Time on task: the learner's active minutes in a course, and the minimum-time rule.

The lesson page reports activity every half minute while it is visible and the learner
has used it recently (``static/js/lesson.js``; it stops after ten idle minutes, so a tab
left open overnight adds at most those ten). Each report claims the current wall-clock
minute for the enrolment; the minute is unique per enrolment, so two tabs, two devices
or two language versions of the course open at the same time count once. The running
sums on ``Enrolment`` and ``LessonProgress`` are raised only when a minute is new.

The editor sets, per course, the share of the declared duration that must be spent
(``CoursePage.min_time_percent``). Completion waits for it; once the time is spent,
the course completes by itself if everything else is done, so a learner who reads
slowly is never asked for more than the rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models import CoursePage, LessonPage

from .models import ActiveMinute, Enrolment, LessonProgress


@dataclass(frozen=True)
class TimeOnTask:
    active_seconds: int
    required_seconds: int

    @property
    def active_minutes(self) -> int:
        return self.active_seconds // 60

    @property
    def required_minutes(self) -> int:
        return math.ceil(self.required_seconds / 60)

    @property
    def remaining_minutes(self) -> int:
        return max(0, self.required_minutes - self.active_minutes)

    @property
    def applies(self) -> bool:
        return self.required_seconds > 0

    @property
    def met(self) -> bool:
        return self.active_seconds >= self.required_seconds

    @property
    def percent(self) -> int:
        if not self.required_seconds:
            return 100
        return min(100, round(100 * self.active_seconds / self.required_seconds))

    def summary(self) -> str:
        """ "12 of 96 minutes": the progress line the learner reads."""
        return ngettext(
            "%(spent)s of %(required)s minute of active time",
            "%(spent)s of %(required)s minutes of active time",
            self.required_minutes,
        ) % {"spent": self.active_minutes, "required": self.required_minutes}

    def unmet_message(self) -> str:
        return ngettext(
            "Time on task: %(spent)s of the required %(required)s minutes spent in "
            "the lessons; %(left)s minute to go. The course completes by itself "
            "when the time is reached.",
            "Time on task: %(spent)s of the required %(required)s minutes spent in "
            "the lessons; %(left)s minutes to go. The course completes by itself "
            "when the time is reached.",
            self.remaining_minutes,
        ) % {
            "spent": self.active_minutes,
            "required": self.required_minutes,
            "left": self.remaining_minutes,
        }


def time_on_task(*, enrolment: Enrolment | None, course: CoursePage) -> TimeOnTask:
    return TimeOnTask(
        active_seconds=(enrolment.active_seconds or 0) if enrolment else 0,
        required_seconds=course.required_active_seconds,
    )


def minute_of(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def activity_record(
    *, enrolment: Enrolment, lesson: LessonPage, now: datetime | None = None
) -> bool:
    """Count the current minute as active time in ``lesson``; True if it was new.

    Nothing is counted on a completed or withdrawn enrolment: the time on a
    certificate is the time spent before the completion it records.
    """
    if enrolment.completed_at or enrolment.status == Enrolment.Status.WITHDRAWN:
        return False
    minute = minute_of(now or timezone.now())
    with transaction.atomic():
        _row, created = ActiveMinute.objects.get_or_create(
            enrolment=enrolment,
            minute=minute,
            defaults={"lesson_key": lesson.translation_key},
        )
        if not created:
            return False
        Enrolment.objects.filter(pk=enrolment.pk).update(
            active_seconds=F("active_seconds") + ActiveMinute.SECONDS
        )
        LessonProgress.objects.filter(
            enrolment=enrolment, lesson_key=lesson.translation_key
        ).update(active_seconds=F("active_seconds") + ActiveMinute.SECONDS)
    enrolment.refresh_from_db(fields=["active_seconds", "completed_at", "status"])
    return True


def time_unmet(*, enrolment: Enrolment, course: CoursePage) -> list[str]:
    """The completion requirement of the minimum-time rule (empty when met)."""
    spent = time_on_task(enrolment=enrolment, course=course)
    return [] if spent.met else [spent.unmet_message()]


def minutes_label(minutes: int) -> str:
    """Minutes as people say them: "1 h 41 min", "2 h", "35 min"."""
    hours, rest = divmod(int(minutes or 0), 60)
    if hours and rest:
        return _("%(h)s h %(m)s min") % {"h": hours, "m": rest}
    if hours:
        return _("%(h)s h") % {"h": hours}
    return _("%(m)s min") % {"m": rest}


def duration_label(seconds: int | None) -> str:
    """Recorded time as ``minutes_label`` says it, or "not recorded" for completions
    from before time on task was recorded."""
    if seconds is None:
        return _("not recorded")
    return minutes_label(seconds // 60)
