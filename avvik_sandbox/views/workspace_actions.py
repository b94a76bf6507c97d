"""The workspace's three buttons, each with a URL of its own: save, advance, submit.

Each one saves what was typed first, so nothing written is lost when the step
itself is refused. A post sent after the session ran out is kept (``pending``)
and restored on the exercise page after the learner logs in again.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms import pending

from .. import exceptions, selectors, services
from ..forms import WorkspaceForm
from ..models import ExercisePage
from .workspace import (
    PENDING_KEY,
    context_for,
    exercise_url,
    known_post_data,
    workspace_page,
)


@dataclass
class _Posted:
    """A workspace post that passed the lenient form: where it belongs, what it says."""

    exercise: ExercisePage
    course: object
    lesson: object
    submission: object
    draft: dict
    version: int | None

    @property
    def url(self) -> str:
        return exercise_url(self.exercise, self.lesson)

    def save(self) -> None:
        services.submission_autosave(
            submission=self.submission,
            draft=self.draft,
            version=self.version,
            exercise=self.exercise,
        )


def _expired(request, exercise):
    """Session expired while working: keep the text for after the login."""
    kept = pending.stash(
        request,
        PENDING_KEY,
        {
            "exercise_key": str(exercise.translation_key),
            "data": known_post_data(request, exercise),
        },
    )
    messages.warning(
        request,
        _("Your session has expired. Log in again – your text is kept.")
        if kept
        else _(
            "Your session has expired. Log in again; the text you sent "
            "could not be kept, only what was saved before."
        ),
    )
    lesson = request.POST.get("lesson", "")
    target = exercise.url + (f"?lesson={lesson}" if lesson.isdigit() else "")
    return redirect_to_login(target)


def _receive(request, exercise_id):
    """(_Posted, None) for a post to go on with, or (None, response) to answer now."""
    exercise = get_object_or_404(ExercisePage.objects.live(), pk=exercise_id)
    if not request.user.is_authenticated:
        return None, _expired(request, exercise)
    course, lesson = context_for(request, exercise)
    submission = selectors.submission_for(
        user=request.user, exercise=exercise, course=course
    )
    if submission and not submission.is_editable:
        return None, redirect("avvik_sandbox:submission", pk=submission.pk)
    lenient = WorkspaceForm(request.POST, exercise=exercise)
    if not lenient.is_valid():
        messages.error(request, _("Some fields need fixing. See below."))
        page = workspace_page(request, exercise, course, lesson, submission, lenient)
        return None, page
    submission = submission or services.submission_get_or_create(
        user=request.user, exercise=exercise, course=course, lesson=lesson
    )
    version = request.POST.get("version", "")
    posted = _Posted(
        exercise=exercise,
        course=course,
        lesson=lesson,
        submission=submission,
        draft=lenient.to_draft(submission.draft),
        version=int(version) if version.isdigit() else None,
    )
    return posted, None


def _refused(request, posted: _Posted, error: Exception, form=None):
    """A save the service refused: a conflict shows the form again, else the answer."""
    messages.error(request, str(error))
    if isinstance(error, exceptions.DraftConflict):
        form = form or WorkspaceForm(request.POST, exercise=posted.exercise)
        return workspace_page(
            request,
            posted.exercise,
            posted.course,
            posted.lesson,
            posted.submission,
            form,
        )
    return redirect("avvik_sandbox:submission", pk=posted.submission.pk)


@require_POST
def workspace_save(request, exercise_id: int):
    """Save the draft; "Add another action" saves too and returns to the actions."""
    posted, response = _receive(request, exercise_id)
    if response is not None:
        return response
    try:
        posted.save()
    except exceptions.SandboxError as error:
        return _refused(request, posted, error)
    messages.success(request, _("Saved."))
    anchor = "#step-actions" if request.GET.get("to") == "actions" else ""
    return HttpResponseRedirect(f"{posted.url}{anchor}")


@require_POST
def workspace_advance(request, exercise_id: int):
    """Move the case on one step in the routine (the text is saved either way)."""
    posted, response = _receive(request, exercise_id)
    if response is not None:
        return response
    try:
        try:
            posted.draft = services.case_advance(draft=posted.draft)
        except exceptions.SandboxError as error:
            posted.save()
            messages.error(request, str(error))
        else:
            posted.save()
            messages.success(request, _("The case has moved on in the routine."))
    except exceptions.SandboxError as error:
        return _refused(request, posted, error)
    return HttpResponseRedirect(f"{posted.url}#step-routine")


@require_POST
def workspace_submit(request, exercise_id: int):
    """Submit for feedback; with parts missing, save and show what is missing."""
    posted, response = _receive(request, exercise_id)
    if response is not None:
        return response
    strict = WorkspaceForm(request.POST, exercise=posted.exercise, strict=True)
    try:
        if not strict.is_valid():
            posted.save()
            messages.error(
                request,
                _("Your answer is saved, but some parts are missing. See below."),
            )
            return workspace_page(
                request,
                posted.exercise,
                posted.course,
                posted.lesson,
                posted.submission,
                strict,
            )
        submission = services.submission_submit(
            submission=posted.submission,
            draft=posted.draft,
            language=posted.exercise.locale.language_code,
            exercise=posted.exercise,
            version=posted.version,
        )
    except exceptions.SandboxError as error:
        return _refused(request, posted, error, form=strict)
    messages.success(
        request, _("Submitted. Read the feedback below; an instructor will grade it.")
    )
    return redirect("avvik_sandbox:submission", pk=submission.pk)
