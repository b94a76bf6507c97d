from django import template
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

register = template.Library()


@register.simple_tag
def exercise_block_state(value, request, lesson=None):
    """What an exercise block in a lesson shows: exercise, link and learner status."""
    from avvik_sandbox.selectors import exercise_in_language, submission_for

    exercise = value.get("exercise")
    if exercise is None or not exercise.live:
        return None
    exercise = exercise_in_language(
        exercise=exercise.specific, language=translation.get_language() or "nb"
    )
    course = getattr(lesson, "course", None) if lesson else None
    submission = None
    if request is not None and course is not None:
        submission = submission_for(user=request.user, exercise=exercise, course=course)
    url = exercise.url
    if lesson is not None and getattr(lesson, "pk", None):
        url = f"{url}?lesson={lesson.pk}"
    if submission and not submission.is_editable:
        url = reverse("avvik_sandbox:submission", args=[submission.pk])
    return {"exercise": exercise, "submission": submission, "url": url}


@register.simple_tag
def localized_sandbox():
    """The practice index in the current language (else any), for the header."""
    from avvik_sandbox.models import SandboxIndexPage
    from lms.site.page_cache import structure_cached

    def find():
        pages = SandboxIndexPage.objects.live().select_related("locale")
        return pages.filter(locale=Locale.get_active()).first() or pages.first()

    language = translation.get_language() or "nb"
    return structure_cached(f"sandbox-index:{language}", find)


@register.simple_tag(takes_context=True)
def is_sandbox_instructor(context):
    from avvik_sandbox.selectors import grading_scope
    from lms.user_flags import user_flag

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None:
        return False
    return user_flag(
        user, "sandbox_instructor", lambda: grading_scope(user=user).is_instructor
    )


@register.filter
def facts_label(numbers):
    """ "fact 4" / "facts 4, 5" with the plural form the language needs."""
    from ..feedback import facts_text

    if isinstance(numbers, str):
        numbers = [n for n in numbers.replace(",", " ").split() if n]
    return facts_text(numbers)


@register.filter
def choice_label(code, kind):
    """A stored code as its label: {{ "hoy"|choice_label:"SEVERITIES" }} -> "High"."""
    from avvik_sandbox import choices
    from avvik_sandbox.taxonomy import category_choices

    if kind == "CATEGORIES":
        return dict(category_choices()).get(code, code)
    return dict(getattr(choices, kind, [])).get(code, code)


@register.inclusion_tag(
    "avvik_sandbox/includes/dashboard_submissions.html", takes_context=True
)
def dashboard_submissions(context, limit=5):
    """The learner's latest submitted deviation exercises, for the dashboard."""
    from ..selectors import learner_submissions

    user = context["request"].user
    submissions = (
        list(learner_submissions(user=user)[:limit]) if user.is_authenticated else []
    )
    return {"submissions": submissions, "request": context["request"]}


@register.simple_tag
def practice_block_state(value, request):
    """What a practice block in a lesson shows: the company, the link and whether the
    learner has done the activity."""
    from avvik_sandbox.practice.selectors import activity_done, visible_companies

    if request is None:
        return None
    slug, activity = value.get("company"), value.get("activity")
    company = visible_companies(user=request.user).filter(slug=slug or "").first()
    if company is None:
        return None
    if activity == "risk":
        exercise = company.riskexercise_set.filter(live=True).order_by("title").first()
        if exercise is None:
            return None
        url = reverse("avvik_sandbox:risk_exercise", args=[exercise.slug])
    elif activity == "statistics":
        name = "avvik_sandbox:practice_amu"
        if not company.key_points.exists():
            name = "avvik_sandbox:practice_statistics"
        url = reverse(name, args=[company.slug])
    else:
        url = reverse("avvik_sandbox:routine_home", args=[company.slug])
    return {
        "company": company,
        "activity": activity,
        "url": url,
        "done": activity_done(
            user=request.user, company_slug=company.slug, activity=activity
        ),
    }
