"""Learner-facing views: lessons, enrolment, continue, dashboard, profile."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from courses.models import CoursePage, LessonPage, course_outline
from courses.selectors import course_in_language

from .. import pending, selectors, services
from ..forms import ProfileForm, QuizForm
from ..time_on_task import time_on_task

PENDING_QUIZ_KEY = "pending_quiz"


def _quiz_states(request, lesson, enrolment, bound_forms):
    """What each quiz block shows: the form (kept answers) and the last result."""
    latest = {}
    if enrolment:
        for attempt in (
            selectors.current_quiz_attempts(enrolment=enrolment)
            .filter(lesson_key=lesson.translation_key)
            .order_by("-created_at", "-id")
        ):
            latest.setdefault(attempt.block_id, attempt)
    kept = pending.take(request, PENDING_QUIZ_KEY) if not bound_forms else None
    states = {}
    for block in lesson.quiz_blocks():
        attempt = latest.get(block.id)
        form = bound_forms.get(block.id)
        if form is None:
            if (
                kept
                and kept.get("block_id") == block.id
                and kept.get("lesson_key") == str(lesson.translation_key)
            ):
                # The stash holds lists; a plain dict would hand a radio button
                # ['0'] instead of '0', which is then refused as an invalid choice.
                data = MultiValueDict(kept["data"])
                form = QuizForm(block.value, data=data, prefix=block.id)
                form.is_valid()
            elif attempt:
                initial = {
                    f"q{k}": (
                        v
                        if block.value["questions"][int(k)]["kind"] == "multiple"
                        else v[0]
                    )
                    for k, v in attempt.answers.items()
                    if int(k) < len(block.value["questions"]) and v
                }
                initial = {
                    k: ([str(x) for x in v] if isinstance(v, list) else str(v))
                    for k, v in initial.items()
                }
                form = QuizForm(block.value, initial=initial, prefix=block.id)
            else:
                form = QuizForm(block.value, prefix=block.id)
        results = None
        if attempt and block.id not in bound_forms:
            results = services.quiz_score(
                quiz_value=block.value,
                answers={int(k): v for k, v in attempt.answers.items()},
            )
        questions = []
        for index, question in enumerate(block.value["questions"]):
            result = results[index] if results else None
            questions.append(
                {
                    "index": index,
                    "question": question,
                    "field": form[f"q{index}"],
                    "result": result,
                    "feedback": [
                        question["options"][i]["feedback"]
                        for i in (result.chosen if result else [])
                        if i < len(question["options"])
                        and question["options"][i]["feedback"]
                    ],
                    # Every ticked option was right but some right ones are missing:
                    # without saying so, "Not quite" next to "Correct" feedback confuses.
                    "missing_some": bool(
                        result
                        and not result.correct
                        and result.chosen
                        and all(
                            i < len(question["options"])
                            and question["options"][i]["correct"]
                            for i in result.chosen
                        )
                    ),
                }
            )
        states[block.id] = {
            "form": form,
            "attempt": attempt if block.id not in bound_forms else None,
            "questions": questions,
        }
    return states


def _quiz_post(request, lesson: LessonPage) -> dict:
    """The posted quiz answers, only the fields that quiz has (for ``pending.stash``)."""
    block_id = request.POST.get("block_id", "")
    block = next((b for b in lesson.quiz_blocks() if b.id == block_id), None)
    if block is None:
        return {}
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


def course_page_context(request, course: CoursePage) -> dict:
    """The learner's progress on the course page (registered in ``apps.py``)."""
    return {"progress": selectors.course_progress_for(user=request.user, course=course)}


def lesson_serve(request, lesson: LessonPage, preview: bool = False):
    """Serve a lesson to an enrolled learner; handle its quiz and "done" actions.

    Staff, and editors previewing a draft in Wagtail, see the lesson read-only.
    """
    course = lesson.course
    if not request.user.is_authenticated:
        if request.method == "POST" and request.POST.get("action") == "quiz":
            # The session expired while answering: keep the answers for after login.
            kept = pending.stash(request, PENDING_QUIZ_KEY, _quiz_post(request, lesson))
            messages.warning(
                request,
                _("Your session has expired. Log in again – your answers are kept.")
                if kept
                else _("Your session has expired. Log in again to answer the quiz."),
            )
        else:
            messages.info(request, _("Log in to open the lessons of this course."))
        return redirect_to_login(lesson.url)
    enrolment = (
        None if preview else selectors.enrolment_for(user=request.user, course=course)
    )
    if enrolment is None and not (request.user.is_staff or preview):
        messages.info(
            request,
            _("You are not enrolled in this course yet. Enrol to open its lessons."),
        )
        return redirect(course.url)

    bound_forms = {}
    if request.method == "POST":
        if enrolment is None:
            messages.error(request, _("Staff preview: answers are not saved."))
            return redirect(lesson.url)
        services.lesson_visit(enrolment=enrolment, lesson=lesson)
        action = request.POST.get("action")
        if action == "complete":
            try:
                services.lesson_complete(enrolment=enrolment, lesson=lesson)
            except services.LearningError as error:
                messages.error(request, str(error))
                return redirect(lesson.url)
            enrolment.refresh_from_db()
            progress = selectors.course_progress_for(user=request.user, course=course)
            if enrolment.completed_at:
                messages.success(
                    request, _("Congratulations! You have completed the course.")
                )
                return redirect(course.url)
            next_lesson = progress.next_lesson
            messages.success(request, _("Lesson marked as done."))
            return redirect(next_lesson.url if next_lesson else course.url)
        if action == "quiz":
            block_id = request.POST.get("block_id", "")
            block = lesson.quiz_block(block_id)
            if block is None:
                messages.error(
                    request, _("This quiz no longer exists. Reload the lesson.")
                )
                return redirect(lesson.url)
            form = QuizForm(block.value, data=request.POST, prefix=block_id)
            if form.is_valid():
                was_completed = enrolment.completed_at is not None
                result = services.quiz_attempt_submit(
                    enrolment=enrolment,
                    lesson=lesson,
                    block_id=block_id,
                    answers=form.answers(),
                )
                if result.attempt.passed:
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
                        % {"score": result.attempt.score_percent},
                    )
                    enrolment.refresh_from_db()
                    if enrolment.completed_at and not was_completed:
                        messages.success(
                            request,
                            _("Congratulations! You have completed the course."),
                        )
                else:
                    messages.error(
                        request,
                        _(
                            "You got %(score)s %%; the pass mark is %(mark)s %%. "
                            "Read the feedback and try again."
                        )
                        % {
                            "score": result.attempt.score_percent,
                            "mark": course.pass_mark,
                        },
                    )
                return HttpResponseRedirect(f"{lesson.url}#quiz-{block_id}")
            messages.error(request, _("Some questions are not answered. See below."))
            bound_forms[block_id] = form
        else:
            return redirect(lesson.url)

    progress = selectors.course_progress_for(
        user=request.user, course=course, enrolment=enrolment
    )
    lessons = progress.lessons
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    context = lesson.get_context(request)
    context.update(
        course=course,
        progress=progress,
        outline=course_outline(course),
        quiz_states=_quiz_states(request, lesson, enrolment, bound_forms),
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
    return TemplateResponse(request, lesson.get_template(request), context)


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


@require_POST
@login_required
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.enrolment_free_create(user=request.user, course=course)
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect(course.url)
    messages.success(request, _("You are enrolled. Good luck with the course!"))
    progress = selectors.course_progress_for(user=request.user, course=course)
    target = progress.next_lesson
    return redirect(target.url if target else course.url)


@require_safe
@login_required
def course_continue(request, course_id):
    """ "Continue where you left off": the next unfinished lesson, in this language."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    course = course_in_language(
        course=course, language_code=translation.get_language() or "nb"
    )
    progress = selectors.course_progress_for(user=request.user, course=course)
    if progress.enrolment is None:
        return redirect(course.url)
    target = progress.next_lesson
    return redirect(target.url if target else course.url)


@require_safe
@login_required
def dashboard(request):
    language = translation.get_language() or "nb"
    items = selectors.dashboard_progress(user=request.user, language_code=language)
    return render(
        request,
        "lms/dashboard.html",
        {
            "in_progress": [p for p in items if not p.is_completed],
            "completed": [p for p in items if p.is_completed],
            "hours_completed": selectors.hours_completed(user=request.user),
        },
    )


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        services.audit_record(actor=user, action="profile.updated", target=user)
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        response = redirect(
            translate_url(reverse("lms:profile"), user.preferred_language)
        )
        response.set_cookie("django_language", user.preferred_language, samesite="Lax")
        return response
    return render(request, "lms/profile.html", {"form": form})
