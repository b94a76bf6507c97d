"""Learner-facing views: enrolment, continue, dashboard, profile (lessons: lesson.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from courses.models import CoursePage
from courses.selectors import course_in_language

from .. import selectors, services
from ..audit import audit_record
from ..exceptions import LearningError
from ..forms import ProfileForm


def course_page_context(request, course: CoursePage) -> dict:
    """The learner's progress on the course page (registered in ``apps.py``)."""
    return {"progress": selectors.course_progress_for(user=request.user, course=course)}


@require_POST
@login_required
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.enrolment_free_create(user=request.user, course=course)
    except LearningError as error:
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
            "dashboard_items": items,
            "in_progress": [p for p in items if not p.is_completed],
            "completed": [p for p in items if p.is_completed],
            "hours_completed": selectors.hours_completed(
                user=request.user, items=items
            ),
        },
    )


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        audit_record(actor=user, action="profile.updated", target=user)
        translation.activate(user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        response = redirect(
            translate_url(reverse("lms:profile"), user.preferred_language)
        )
        response.set_cookie("django_language", user.preferred_language, samesite="Lax")
        return response
    return render(request, "lms/profile.html", {"form": form})
