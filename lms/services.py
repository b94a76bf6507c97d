"""Writes of learner state. Views call these; nothing else writes these models."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, LessonPage

from .audit import audit_record
from .exceptions import LearningError
from .models import Enrolment, LessonProgress, QuizAttempt
from .time_on_task import activity_record, time_on_task, time_unmet

logger = logging.getLogger(__name__)

# Sent once, inside the transaction that records a course as completed.
# Receivers (certificates, e-mails) should use transaction.on_commit for side effects.
course_completed = Signal()  # kwargs: enrolment

# Extra completion requirements registered by other apps (e.g. sandbox exercises).
# Each is called with (enrolment, lessons) and returns a list of human-readable unmet
# requirements; an empty list means "satisfied".
CompletionCheck = Callable[[Enrolment, list[LessonPage]], list[str]]
completion_checks: list[CompletionCheck] = []


def enrolment_create(*, user, course: CoursePage, source: str, actor=None) -> Enrolment:
    """Enrol ``user`` in ``course`` (any language version); idempotent.

    A withdrawn enrolment (e.g. after a refund) is reactivated, keeping earlier progress.
    """
    with transaction.atomic():
        existing = (
            Enrolment.objects.select_for_update()
            .filter(user=user, course_key=course.translation_key)
            .first()
        )
        if existing:
            if existing.status == Enrolment.Status.WITHDRAWN:
                existing.status = (
                    Enrolment.Status.COMPLETED
                    if existing.completed_at
                    else Enrolment.Status.ACTIVE
                )
                existing.source = source
                existing.save(update_fields=["status", "source"])
                audit_record(
                    actor=actor or user,
                    action="enrolment.reactivated",
                    target=existing,
                    source=source,
                )
            return existing
        try:
            with transaction.atomic():
                enrolment = Enrolment.objects.create(
                    user=user,
                    course=course,
                    course_key=course.translation_key,
                    source=source,
                )
        except IntegrityError:
            return Enrolment.objects.get(user=user, course_key=course.translation_key)
        audit_record(
            actor=actor or user,
            action="enrolment.created",
            target=enrolment,
            source=source,
            course=course.title,
        )
    return enrolment


def enrolment_free_create(*, user, course: CoursePage) -> Enrolment:
    if not course.is_free:
        raise LearningError(_("This course must be bought before you can start it."))
    return enrolment_create(user=user, course=course, source=Enrolment.Source.FREE)


def enrolment_withdraw(*, enrolment: Enrolment, actor, reason: str) -> Enrolment:
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.save(update_fields=["status"])
    audit_record(
        actor=actor, action="enrolment.withdrawn", target=enrolment, reason=reason
    )
    return enrolment


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    now = timezone.now()
    LessonProgress.objects.get_or_create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        defaults={"lesson": lesson, "first_visited_at": now},
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_activity_at=now, last_lesson_key=lesson.translation_key
    )


def lesson_presence(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """The lesson page says the learner is active in it: their place in the course,
    and the current minute as time on task. When that minute reaches the course's
    minimum time and everything else is done, the course completes now."""
    lesson_visit(enrolment=enrolment, lesson=lesson)
    if not activity_record(enrolment=enrolment, lesson=lesson):
        return
    course = enrolment.course.specific
    if time_on_task(enrolment=enrolment, course=course).met:
        enrolment_check_completion(enrolment=enrolment)


def passed_quiz_ids(*, enrolment: Enrolment, lesson: LessonPage) -> set[str]:
    from .selectors import current_quiz_attempts

    return set(
        current_quiz_attempts(enrolment=enrolment)
        .filter(lesson_key=lesson.translation_key, passed=True)
        .values_list("block_id", flat=True)
    )


def lesson_complete(*, enrolment: Enrolment, lesson: LessonPage) -> LessonProgress:
    """Mark a lesson done. Every quiz in it must have been passed first."""
    quiz_ids = {block.id for block in lesson.quiz_blocks()}
    missing = quiz_ids - passed_quiz_ids(enrolment=enrolment, lesson=lesson)
    if missing:
        raise LearningError(
            _("Pass the quiz in this lesson before you mark the lesson as done.")
        )
    now = timezone.now()
    progress, _created = LessonProgress.objects.get_or_create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        defaults={"lesson": lesson, "first_visited_at": now},
    )
    if progress.completed_at is None:
        progress.completed_at = now
        progress.save(update_fields=["completed_at"])
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=now)
    enrolment_check_completion(enrolment=enrolment)
    return progress


@dataclass
class QuestionResult:
    index: int
    correct: bool
    chosen: list[int]


@dataclass
class QuizResult:
    attempt: QuizAttempt
    questions: list[QuestionResult]
    lesson_done: bool = False  # this pass finished the lesson


def quiz_score(*, quiz_value, answers: dict[int, list[int]]) -> list[QuestionResult]:
    """A question counts as correct when exactly the correct options were chosen."""
    results = []
    for index, question in enumerate(quiz_value["questions"]):
        correct = {
            i for i, option in enumerate(question["options"]) if option["correct"]
        }
        chosen = sorted(set(answers.get(index, [])))
        results.append(
            QuestionResult(index=index, correct=set(chosen) == correct, chosen=chosen)
        )
    return results


def quiz_attempt_submit(
    *,
    enrolment: Enrolment,
    lesson: LessonPage,
    block_id: str,
    answers: dict[int, list[int]],
) -> QuizResult:
    """Score one attempt against the course pass mark and store it (retakes allowed)."""
    block = lesson.quiz_block(block_id)
    if block is None:
        raise LearningError(_("This quiz no longer exists. Reload the lesson."))
    results = quiz_score(quiz_value=block.value, answers=answers)
    correct_count = sum(1 for r in results if r.correct)
    percent = round(100 * correct_count / len(results)) if results else 0
    pass_mark = enrolment.course.specific.pass_mark
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        answers={str(k): v for k, v in answers.items()},
        correct_count=correct_count,
        question_count=len(results),
        score_percent=percent,
        passed=percent >= pass_mark,
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=timezone.now())
    lesson_done = False
    if attempt.passed:
        quiz_ids = {block.id for block in lesson.quiz_blocks()}
        if quiz_ids <= passed_quiz_ids(enrolment=enrolment, lesson=lesson):
            # Passing the lesson's last quiz finishes the lesson (and the course,
            # when it was the last requirement): no second "done" to press.
            lesson_complete(enrolment=enrolment, lesson=lesson)
            lesson_done = True
    return QuizResult(attempt=attempt, questions=results, lesson_done=lesson_done)


def completion_unmet(*, enrolment: Enrolment) -> list[str]:
    """Everything still missing before the course counts as completed."""
    from lms.selectors import course_progress_for

    course = enrolment.course.specific
    progress = course_progress_for(user=enrolment.user, course=course)
    unmet = []
    if progress.total == 0:
        unmet.append(_("The course has no lessons yet."))
    for lesson in progress.lessons:
        if lesson.translation_key not in progress.done_keys:
            unmet.append(_("Lesson not done: %(title)s") % {"title": lesson.title})
        for block in lesson.quiz_blocks():
            if (lesson.translation_key, block.id) not in progress.passed_quizzes:
                unmet.append(
                    _("Quiz not passed: %(title)s") % {"title": block.value["title"]}
                )
    for check in completion_checks:
        unmet.extend(check(enrolment, progress.lessons))
    unmet.extend(time_unmet(enrolment=enrolment, course=course))
    return unmet


def enrolment_check_completion(*, enrolment: Enrolment) -> bool:
    """Record the course as completed once every requirement is met; idempotent.

    Returns True only on the call that recorded the completion.
    """
    if enrolment.completed_at or completion_unmet(enrolment=enrolment):
        return False
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.completed_at:
            return False
        course = locked.course.specific
        locked.completed_at = timezone.now()
        locked.status = Enrolment.Status.COMPLETED
        locked.hours_credited = course.hours
        locked.save(update_fields=["completed_at", "status", "hours_credited"])
        audit_record(
            actor=locked.user,
            action="enrolment.completed",
            target=locked,
            hours=str(locked.hours_credited),
        )
        course_completed.send(sender=Enrolment, enrolment=locked)
    enrolment.refresh_from_db()
    return True
