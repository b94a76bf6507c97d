"""Reads of learner state: progress, next step, dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F, OuterRef, Q, QuerySet, Subquery

from courses.models import CoursePage, LessonPage

from .models import Enrolment, LessonProgress, QuizAttempt, RefresherStart
from .time_on_task import TimeOnTask, time_on_task


@dataclass
class CourseProgress:
    course: CoursePage
    enrolment: Enrolment | None
    lessons: list[LessonPage]
    done_keys: set = field(default_factory=set)
    passed_quizzes: set = field(default_factory=set)  # {(lesson_key, block_id)}
    # The current round's attempts, newest first, when asked for (the lesson page).
    attempts: list | None = None

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(
            1 for lesson in self.lessons if lesson.translation_key in self.done_keys
        )

    @property
    def percent(self) -> int:
        if not self.total:
            return 0
        return round(100 * self.done / self.total)

    @property
    def next_lesson(self) -> LessonPage | None:
        """The first unfinished lesson, in reading order ("continue where you left off")."""
        for lesson in self.lessons:
            if lesson.translation_key not in self.done_keys:
                return lesson
        return None

    @property
    def is_completed(self) -> bool:
        return bool(self.enrolment and self.enrolment.completed_at)

    def lesson_done(self, lesson: LessonPage) -> bool:
        return lesson.translation_key in self.done_keys

    @property
    def time(self) -> TimeOnTask:
        """Active time against the course's minimum-time rule (no query)."""
        return time_on_task(enrolment=self.enrolment, course=self.course)


def current_quiz_attempts(*, enrolment: Enrolment) -> QuerySet[QuizAttempt]:
    """Attempts that count in the current round of the course.

    After a refresher starts, earlier passes no longer count: the learner takes the
    quizzes again before the certificate is renewed. One query, no matter how many
    refreshers there were.
    """
    latest_restart = (
        RefresherStart.objects.filter(enrolment=OuterRef("enrolment"))
        .order_by("-started_at")
        .values("started_at")[:1]
    )
    return (
        QuizAttempt.objects.filter(enrolment=enrolment)
        .annotate(restarted_at=Subquery(latest_restart))
        .filter(Q(restarted_at__isnull=True) | Q(created_at__gte=F("restarted_at")))
    )


def enrolment_for(*, user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(user=user, course_key=course.translation_key)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .first()
    )


_UNKNOWN = object()


def course_progress_for(
    *, user, course: CoursePage, enrolment=_UNKNOWN, with_attempts: bool = False
) -> CourseProgress:
    """The learner's progress; pass ``enrolment`` when it was just read.

    ``with_attempts`` also keeps the current attempts themselves (``attempts``), read
    in the same query as the passed quizzes, for a page that shows their answers."""
    if enrolment is _UNKNOWN:
        enrolment = enrolment_for(user=user, course=course)
    progress = CourseProgress(
        course=course, enrolment=enrolment, lessons=course.lessons
    )
    if enrolment:
        progress.done_keys = set(
            LessonProgress.objects.filter(
                enrolment=enrolment, completed_at__isnull=False
            ).values_list("lesson_key", flat=True)
        )
        if with_attempts:
            progress.attempts = list(
                current_quiz_attempts(enrolment=enrolment).order_by(
                    "-created_at", "-id"
                )
            )
            progress.passed_quizzes = {
                (a.lesson_key, a.block_id) for a in progress.attempts if a.passed
            }
        else:
            progress.passed_quizzes = set(
                current_quiz_attempts(enrolment=enrolment)
                .filter(passed=True)
                .values_list("lesson_key", "block_id")
            )
    return progress


def dashboard_progress(*, user, language_code: str) -> list[CourseProgress]:
    """Every active enrolment with its progress, in a fixed number of queries.

    Courses are shown in the visitor's language where a translation exists.
    """
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("course")
        .order_by("-last_activity_at", "-enrolled_at")
    )
    if not enrolments:
        return []
    keys = [e.course_key for e in enrolments]
    translated = {
        c.translation_key: c
        for c in CoursePage.objects.live().filter(
            translation_key__in=keys, locale__language_code=language_code
        )
    }
    courses = {e.pk: translated.get(e.course_key, e.course) for e in enrolments}
    path_filter = Q()
    for course in courses.values():
        path_filter |= Q(path__startswith=course.path, depth__gt=course.depth)
    lessons_by_course: dict[int, list[LessonPage]] = {
        c.pk: [] for c in courses.values()
    }
    all_lessons = LessonPage.objects.live().filter(path_filter).order_by("path")
    for lesson in all_lessons:
        for course in courses.values():
            if lesson.path.startswith(course.path):
                lessons_by_course[course.pk].append(lesson)
                break
    done = {}
    for enrolment_id, lesson_key in LessonProgress.objects.filter(
        enrolment__in=enrolments, completed_at__isnull=False
    ).values_list("enrolment_id", "lesson_key"):
        done.setdefault(enrolment_id, set()).add(lesson_key)
    result = []
    for enrolment in enrolments:
        course = courses[enrolment.pk]
        result.append(
            CourseProgress(
                course=course,
                enrolment=enrolment,
                lessons=lessons_by_course.get(course.pk, []),
                done_keys=done.get(enrolment.pk, set()),
            )
        )
    return result


def hours_completed(*, user, items: list[CourseProgress] | None = None) -> Decimal:
    """Hours credited for the user's completed courses. ``items``: the dashboard's
    progress list, already loaded (no query); withdrawn courses are in neither."""
    if items is not None:
        hours = [p.enrolment.hours_credited for p in items if p.enrolment.completed_at]
    else:
        hours = (
            Enrolment.objects.filter(user=user, completed_at__isnull=False)
            .exclude(status=Enrolment.Status.WITHDRAWN)
            .values_list("hours_credited", flat=True)
        )
    return sum(hours, Decimal("0"))
