"""The lesson page and its two actions, each with a URL of its own.

``lesson_serve`` shows a lesson (GET only; registered as the lesson's page server in
``apps.py``); ``lesson_quiz`` checks one quiz's answers and ``lesson_complete`` marks
the lesson done. A quiz sent after the session ran out is kept (``pending``) and
shown again after the learner logs in.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import (
    Http404,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import LessonPage, course_outline

from .. import pending, selectors, services
from ..exceptions import LearningError
from ..forms import QuizForm
from ..site.page_cache import structure_cached
from ..time_on_task import time_on_task
from .quiz_states import PENDING_QUIZ_KEY, quiz_states


def _attach_structure(lesson: LessonPage) -> None:
    """The lesson's course and the course's lessons, the same for every learner, from
    the structure cache (forgotten when anything is published, unpublished or moved)."""
    course = structure_cached(f"lesson-course:{lesson.pk}", lambda: lesson.course)
    lesson.__dict__["course"] = course
    if course is not None:
        course.__dict__["lessons"] = structure_cached(
            f"course-lessons:{course.pk}", lambda: course.lessons
        )


def lesson_serve(request, lesson: LessonPage, preview: bool = False):
    """Show a lesson to an enrolled learner (read-only for staff and previews)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    if not preview:
        _attach_structure(lesson)
    if not request.user.is_authenticated:
        messages.info(request, _("Log in to open the lessons of this course."))
        return redirect_to_login(lesson.url)
    enrolment = (
        None
        if preview
        else selectors.enrolment_for(user=request.user, course=lesson.course)
    )
    if enrolment is None and not (request.user.is_staff or preview):
        messages.info(
            request,
            _("You are not enrolled in this course yet. Enrol to open its lessons."),
        )
        return redirect(lesson.course.url)
    return _lesson_page(request, lesson, enrolment, bound_forms={})


def _lesson_page(request, lesson, enrolment, *, bound_forms, status=200):
    course = lesson.course
    progress = selectors.course_progress_for(
        user=request.user, course=course, enrolment=enrolment, with_attempts=True
    )
    lessons = progress.lessons
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    context = lesson.get_context(request)
    context.update(
        course=course,
        progress=progress,
        outline=structure_cached(
            f"course-outline:{course.pk}", lambda: course_outline(course)
        )
        if enrolment is not None
        else course_outline(course),
        quiz_states=quiz_states(request, lesson, progress.attempts, bound_forms),
        previous_lesson=lessons[position - 1] if position > 0 else None,
        next_lesson=lessons[position + 1] if position + 1 < len(lessons) else None,
        lesson_done=progress.lesson_done(lesson),
        quizzes_passed=all(
            (lesson.translation_key, block.id) in progress.passed_quizzes
            for block in lesson.quiz_blocks()
        ),
        is_staff_preview=enrolment is None,
        activity_beat_seconds=settings.LESSON_ACTIVITY_BEAT_SECONDS,
        idle_seconds=settings.LESSON_IDLE_SECONDS,
    )
    return TemplateResponse(
        request, lesson.get_template(request), context, status=status
    )


def _enrolled_lesson(request, lesson_id):
    """The live lesson and the learner's enrolment, or a response that says why not."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    _attach_structure(lesson)
    enrolment = selectors.enrolment_for(user=request.user, course=lesson.course)
    if enrolment is None:
        if request.user.is_staff:
            messages.error(request, _("Staff preview: answers are not saved."))
        else:
            messages.info(
                request,
                _(
                    "You are not enrolled in this course yet. Enrol to open its lessons."
                ),
            )
        return lesson, None
    services.lesson_visit(enrolment=enrolment, lesson=lesson)
    return lesson, enrolment


def _quiz_post(request, lesson: LessonPage, block) -> dict:
    """The posted quiz answers, only the fields that quiz has (for ``pending.stash``)."""
    names = {f"{block.id}-q{i}" for i in range(len(block.value["questions"]))}
    data = {
        name: [v for v in request.POST.getlist(name) if v.isdigit() and len(v) < 4]
        for name in names
        if name in request.POST
    }
    return {
        "lesson_key": str(lesson.translation_key),
        "block_id": block.id,
        "data": data,
    }


@require_POST
def lesson_quiz(request, lesson_id, block_id: str):
    """Check one quiz's answers; wrong or missing answers come back as typed."""
    if not request.user.is_authenticated:
        # The session expired while answering: keep the answers for after login.
        lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
        block = lesson.quiz_block(block_id)
        kept = block is not None and pending.stash(
            request, PENDING_QUIZ_KEY, _quiz_post(request, lesson, block)
        )
        messages.warning(
            request,
            _("Your session has expired. Log in again – your answers are kept.")
            if kept
            else _("Your session has expired. Log in again to answer the quiz."),
        )
        return redirect_to_login(lesson.url)
    lesson, enrolment = _enrolled_lesson(request, lesson_id)
    if enrolment is None:
        return redirect(lesson.url if request.user.is_staff else lesson.course.url)
    block = lesson.quiz_block(block_id)
    if block is None:
        messages.error(request, _("This quiz no longer exists. Reload the lesson."))
        return redirect(lesson.url)
    form = QuizForm(block.value, data=request.POST, prefix=block_id)
    if not form.is_valid():
        messages.error(request, _("Some questions are not answered. See below."))
        return _lesson_page(request, lesson, enrolment, bound_forms={block_id: form})
    was_completed = enrolment.completed_at is not None
    result = services.quiz_attempt_submit(
        enrolment=enrolment, lesson=lesson, block_id=block_id, answers=form.answers()
    )
    _quiz_messages(request, lesson, enrolment, result, was_completed)
    return HttpResponseRedirect(f"{lesson.url}#quiz-{block_id}")


def _quiz_messages(request, lesson, enrolment, result, was_completed) -> None:
    score = result.attempt.score_percent
    if not result.attempt.passed:
        messages.error(
            request,
            _(
                "You got %(score)s %%; the pass mark is %(mark)s %%. "
                "Read the feedback and try again."
            )
            % {"score": score, "mark": lesson.course.pass_mark},
        )
        return
    messages.success(
        request,
        (
            _(
                "You passed with %(score)s %%. The lesson is done – "
                "go on to the next one when you are ready."
            )
            if result.lesson_done
            else _("You passed with %(score)s %%.")
        )
        % {"score": score},
    )
    enrolment.refresh_from_db()
    if enrolment.completed_at and not was_completed:
        messages.success(request, _("Congratulations! You have completed the course."))


@require_POST
def lesson_complete(request, lesson_id):
    """Mark the lesson done and go on to the next one (or back to the course)."""
    if not request.user.is_authenticated:
        lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
        messages.info(request, _("Log in to open the lessons of this course."))
        return redirect_to_login(lesson.url)
    lesson, enrolment = _enrolled_lesson(request, lesson_id)
    if enrolment is None:
        return redirect(lesson.url if request.user.is_staff else lesson.course.url)
    course = lesson.course
    try:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    enrolment.refresh_from_db()
    if enrolment.completed_at:
        messages.success(request, _("Congratulations! You have completed the course."))
        return redirect(course.url)
    progress = selectors.course_progress_for(user=request.user, course=course)
    next_lesson = progress.next_lesson
    messages.success(request, _("Lesson marked as done."))
    return redirect(next_lesson.url if next_lesson else course.url)


@require_POST
@login_required
def lesson_visit(request, lesson_id):
    """The lesson page reports that the learner is in it (a GET writes nothing):
    on opening, then every half minute while visible and in use (lesson.js). It
    records their place in the course and the minute as time on task, and answers
    with the time line the page shows."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course = lesson.course
    enrolment = selectors.enrolment_for(user=request.user, course=course)
    if enrolment is None:
        raise Http404
    services.lesson_presence(enrolment=enrolment, lesson=lesson)
    spent = time_on_task(enrolment=enrolment, course=course)
    return JsonResponse(
        {
            "summary": spent.summary(),
            "percent": spent.percent,
            "met": spent.met,
            "completed": enrolment.completed_at is not None,
        }
    )
