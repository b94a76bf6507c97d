"""The learner's workspace: the exercise page and its background autosave.

The buttons that save, move the case on and submit post to ``workspace_actions``.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import LessonPage
from lms import pending
from lms.selectors import enrolment_for

from .. import exceptions, selectors, services
from ..choices import CASE_STEPS
from ..forms import WorkspaceForm
from ..models import ExercisePage
from ..practice.models import PracticeCompany

PENDING_KEY = "sandbox_pending"


def _language() -> str:
    return translation.get_language() or "nb"


def context_for(request, exercise: ExercisePage):
    """(course, lesson) when opened from a lesson the learner is enrolled in."""
    raw = request.POST.get("lesson") or request.GET.get("lesson") or ""
    if not raw.isdigit() or not request.user.is_authenticated:
        return None, None
    lesson = LessonPage.objects.live().filter(pk=int(raw)).first()
    if lesson is None:
        return None, None
    course = lesson.course
    if course is None or enrolment_for(user=request.user, course=course) is None:
        return None, None
    return course, lesson


def exercise_url(exercise, lesson) -> str:
    return f"{exercise.url}?lesson={lesson.pk}" if lesson else exercise.url


def known_post_data(request, exercise) -> dict:
    """The posted workspace fields this exercise's form has (nothing else is kept)."""
    names = set(WorkspaceForm(request.POST, exercise=exercise).fields) | {
        "version",
        "action_count",
    }
    return {k: request.POST.getlist(k)[:20] for k in request.POST if k in names}


def _querydict(data: dict):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return query


def exercise_index_context(request, index) -> dict:
    """The exercise list on the sandbox index page (registered in ``apps.py``)."""
    return {
        "exercises": selectors.exercise_list_for(index=index, user=request.user),
        "practice_companies": PracticeCompany.objects.filter(live=True),
    }


def exercise_serve(request, exercise: ExercisePage, preview: bool = False):
    """The exercise page: scenario for everyone, the workspace for logged-in learners.

    GET only; the workspace's save, advance and submit buttons post to URLs of their
    own (``workspace_actions``)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    if not request.user.is_authenticated:
        return TemplateResponse(
            request,
            "avvik_sandbox/exercise_page.html",
            {**exercise.get_context(request), "anonymous": True},
        )
    course, lesson = context_for(request, exercise)
    submission = selectors.submission_for(
        user=request.user, exercise=exercise, course=course
    )
    if submission and not submission.is_editable:
        return redirect("avvik_sandbox:submission", pk=submission.pk)
    kept = pending.take(request, PENDING_KEY)
    form = None
    if kept and kept.get("exercise_key") == str(exercise.translation_key):
        form, submission = _restore_kept(
            request, exercise, course, lesson, submission, kept["data"]
        )
    return workspace_page(request, exercise, course, lesson, submission, form)


def _restore_kept(request, exercise, course, lesson, submission, data):
    """Save the text kept from an expired session; (form, submission)."""
    form = WorkspaceForm(_querydict(data), exercise=exercise)
    if not form.is_valid():
        return form, submission
    submission = submission or services.submission_get_or_create(
        user=request.user, exercise=exercise, course=course, lesson=lesson
    )
    # The version the page had: newer work from another device is not overwritten.
    version = (data.get("version") or [""])[0]
    try:
        services.submission_autosave(
            submission=submission,
            draft=form.to_draft(submission.draft),
            version=int(version) if version.isdigit() else None,
            exercise=exercise,
        )
    except exceptions.SandboxError as error:
        # The form still shows the kept text, so it can be saved on purpose.
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Welcome back. The text you wrote before logging in is kept.")
        )
    return form, submission


def workspace_page(request, exercise, course, lesson, submission, form, status=200):
    """The workspace with ``form`` (or the saved draft when None)."""
    if submission is not None:
        submission.refresh_from_db()
    draft = submission.draft if submission else {}
    if form is None:
        form = WorkspaceForm(
            initial=WorkspaceForm.initial_from_draft(exercise, draft),
            exercise=exercise,
            action_rows=len(draft.get("actions") or []) + 1,
        )
    context = exercise.get_context(request)
    context.update(
        form=form,
        submission=submission,
        course=course,
        lesson=lesson,
        activity_beat_seconds=settings.LESSON_ACTIVITY_BEAT_SECONDS,
        idle_seconds=settings.LESSON_IDLE_SECONDS,
        autosave_url=reverse("avvik_sandbox:autosave", args=[exercise.pk]),
        storage_key=f"sandbox:{exercise.translation_key}:{course.translation_key if course else 'practice'}:{request.user.pk}",
        server_updated=submission.updated_at.isoformat() if submission else "",
        login_url=f"{reverse('account_login')}?next={exercise_url(exercise, lesson)}",
        sandbox_text=_sandbox_text(),
        **_case_context(draft),
    )
    return TemplateResponse(
        request, "avvik_sandbox/exercise_page.html", context, status=status
    )


def _case_context(draft: dict) -> dict:
    """Where the case stands in the routine, for the step list and the advance button."""
    current = (draft.get("case") or {}).get("status") or "registered"
    steps = [code for code, _label in CASE_STEPS]
    return {
        "case_steps": [
            {
                "code": code,
                "label": label,
                "done": steps.index(code) < steps.index(current),
                "current": code == current,
            }
            for code, label in CASE_STEPS
        ],
        "case_status": current,
        "next_case_step": (
            dict(CASE_STEPS)[steps[steps.index(current) + 1]]
            if current != "closed"
            else None
        ),
    }


def _sandbox_text() -> dict:
    """Status messages for sandbox.js, in the page's language."""
    return {
        "saving": _("Saving…"),
        "saved": _("Saved"),
        "login": _("Log in again (opens a new tab)"),
        "loggedOut": _("Not saved – log in again. Your text is kept on this device."),
        "conflict": _("Not saved: the answer was changed on another device."),
        "failed": _("Not saved. Your text is kept on this device."),
        "offline": _(
            "Not saved – you seem to be offline. Your text is kept on this device "
            "and saved when you are back online."
        ),
        "restored": _("Restored text from this device that was not saved yet."),
    }


@require_POST
def autosave(request, exercise_id: int):
    """Background save of the whole workspace form (fetch from sandbox.js)."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {"ok": False, "error": _("You are logged out. Log in again.")}, status=401
        )
    exercise = get_object_or_404(ExercisePage.objects.live(), pk=exercise_id)
    form = WorkspaceForm(request.POST, exercise=exercise)
    if not form.is_valid():
        return JsonResponse(
            {
                "ok": False,
                "error": _("Some fields need fixing."),
                "fields": form.errors,
            },
            status=400,
        )
    course, lesson = context_for(request, exercise)
    submission = services.submission_get_or_create(
        user=request.user, exercise=exercise, course=course, lesson=lesson
    )
    version = request.POST.get("version", "")
    try:
        submission = services.submission_autosave(
            submission=submission,
            draft=form.to_draft(submission.draft),
            version=int(version) if version.isdigit() else None,
            exercise=exercise,
        )
    except exceptions.SandboxError as error:
        submission.refresh_from_db()
        return JsonResponse(
            {"ok": False, "error": str(error), "version": submission.version},
            status=409,
        )
    return JsonResponse(
        {
            "ok": True,
            "version": submission.version,
            "saved_at": timezone.localtime(submission.updated_at).strftime("%H:%M"),
        }
    )
