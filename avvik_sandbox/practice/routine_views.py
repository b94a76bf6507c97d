"""The routine's pages: choose or join a class, the class's cases, a report, a case and
one URL for each step. A refused step shows its reason and keeps what was typed."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from ..choices import CASE_STEPS
from ..exceptions import RoutineRefused
from . import amu_review, routine, routine_feedback
from .lookup import company_or_404
from .routine_forms import (
    ActionForm,
    AmuReviewForm,
    AnalysisForm,
    ClassForm,
    CloseForm,
    ForwardForm,
    JoinForm,
    ReportForm,
    TakeForm,
)
from .routine_models import PracticeCohort, RoutineAction, RoutineCase


def _cohort(request, cohort_id) -> PracticeCohort:
    cohort = get_object_or_404(
        PracticeCohort.objects.select_related("company"), pk=cohort_id
    )
    if not routine.is_member(cohort=cohort, user=request.user):
        raise Http404
    return cohort


def _case(request, case_id) -> RoutineCase:
    case = get_object_or_404(
        RoutineCase.objects.select_related("cohort__company", "reporter"),
        pk=case_id,
    )
    if not routine.is_member(cohort=case.cohort, user=request.user):
        raise Http404
    return case


@require_safe
@login_required
def routine_home(request, slug):
    company = company_or_404(request, slug)
    cohorts = PracticeCohort.objects.filter(company=company, members=request.user)
    taught = PracticeCohort.objects.filter(company=company, instructor=request.user)
    return render(
        request,
        "avvik_sandbox/practice/routine_home.html",
        {
            "company": company,
            "cohorts": (cohorts | taught).distinct(),
            "join_form": JoinForm(),
            "class_form": ClassForm()
            if request.user.has_perm("avvik_sandbox.add_practicecohort")
            else None,
        },
    )


@require_POST
@login_required
def routine_solo(request, slug):
    cohort = routine.cohort_solo(
        company=company_or_404(request, slug), user=request.user
    )
    return redirect("avvik_sandbox:routine_cohort", cohort.pk)


@require_POST
@login_required
def routine_join(request, slug):
    company = company_or_404(request, slug)
    form = JoinForm(request.POST)
    if form.is_valid():
        try:
            cohort = routine.cohort_join(
                company=company, code=form.cleaned_data["code"], user=request.user
            )
        except RoutineRefused as refusal:
            messages.error(request, str(refusal))
        else:
            return redirect("avvik_sandbox:routine_cohort", cohort.pk)
    return redirect("avvik_sandbox:routine_home", company.slug)


@require_POST
@login_required
def routine_class_create(request, slug):
    company = company_or_404(request, slug)
    if not request.user.has_perm("avvik_sandbox.add_practicecohort"):
        raise Http404
    form = ClassForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the class a name."))
        return redirect("avvik_sandbox:routine_home", company.slug)
    cohort = routine.cohort_create(
        company=company, name=form.cleaned_data["name"], instructor=request.user
    )
    return redirect("avvik_sandbox:routine_cohort", cohort.pk)


@require_safe
@login_required
def cohort_detail(request, cohort_id):
    cohort = _cohort(request, cohort_id)
    cases = cohort.cases.select_related("reporter", "handler")
    overdue = RoutineAction.objects.filter(
        case__cohort=cohort, done_on__isnull=True, deadline__lt=cohort.today
    ).select_related("case")
    return render(
        request,
        "avvik_sandbox/practice/cohort.html",
        {
            "cohort": cohort,
            "company": cohort.company,
            "cases": cases,
            "overdue": overdue,
            "moderator": routine.may_moderate(cohort=cohort, user=request.user),
            "member_count": cohort.members.count(),
        },
    )


@require_POST
@login_required
def cohort_advance(request, cohort_id):
    cohort = _cohort(request, cohort_id)
    try:
        routine.cohort_advance(cohort=cohort, user=request.user)
    except RoutineRefused as refusal:
        messages.error(request, str(refusal))
    return redirect("avvik_sandbox:routine_cohort", cohort.pk)


@login_required
def case_report(request, cohort_id):
    cohort = _cohort(request, cohort_id)
    form = ReportForm(request.POST if request.method == "POST" else None, cohort=cohort)
    if request.method == "POST" and form.is_valid():
        data = {f: form.cleaned_data[f] for f in ReportForm.Meta.fields}
        case = routine.case_report(cohort=cohort, user=request.user, data=data)
        messages.success(
            request,
            _("Your report is registered. The nearest leader takes it from here."),
        )
        return redirect("avvik_sandbox:routine_case", case.pk)
    return render(
        request,
        "avvik_sandbox/practice/report.html",
        {
            "cohort": cohort,
            "company": cohort.company,
            "form": form,
        },
        status=400 if form.is_bound else 200,
    )


def _case_page(request, case, bound=None, status=200):
    bound = bound or {}
    context = {
        "case": case,
        "cohort": case.cohort,
        "company": case.cohort.company,
        "actions": case.actions.all(),
        "feedback": routine_feedback.feedback_for(case),
        "is_handler": case.handler_id == request.user.pk,
        "is_reporter": case.reporter_id == request.user.pk,
        "take_form": bound.get("take") or TakeForm(),
        "analysis_form": bound.get("analysis")
        or AnalysisForm(initial=AnalysisForm.initial_for(case)),
        "action_form": bound.get("action") or ActionForm(),
        "forward_form": bound.get("forward") or ForwardForm(),
        "close_form": bound.get("close") or CloseForm(),
        "steps": CASE_STEPS,
    }
    return render(request, "avvik_sandbox/practice/case.html", context, status=status)


@require_safe
@login_required
def case_detail(request, case_id):
    return _case_page(request, _case(request, case_id))


def _step(request, case_id, name, form_class, perform):
    """Validate the step's form, let the routine decide, show the case again."""
    case = _case(request, case_id)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            perform(case, form)
        except RoutineRefused as refusal:
            messages.error(request, str(refusal))
        else:
            return redirect("avvik_sandbox:routine_case", case.pk)
    case.refresh_from_db()
    return _case_page(request, case, {name: form}, status=400)


@require_POST
@login_required
def case_take(request, case_id):
    return _step(
        request,
        case_id,
        "take",
        TakeForm,
        lambda case, form: routine.case_take(
            case=case,
            user=request.user,
            immediate_measure=form.cleaned_data["immediate_measure"],
        ),
    )


@require_POST
@login_required
def case_analyse(request, case_id):
    return _step(
        request,
        case_id,
        "analysis",
        AnalysisForm,
        lambda case, form: routine.case_analyse(
            case=case,
            user=request.user,
            whys=form.whys(),
            root_cause=form.cleaned_data["root_cause"],
        ),
    )


@require_POST
@login_required
def case_action_add(request, case_id):
    return _step(
        request,
        case_id,
        "action",
        ActionForm,
        lambda case, form: routine.action_add(
            case=case, user=request.user, data=form.cleaned_data
        ),
    )


@require_POST
@login_required
def case_forward(request, case_id):
    return _step(
        request,
        case_id,
        "forward",
        ForwardForm,
        lambda case, form: routine.case_forward(
            case=case,
            user=request.user,
            to=form.cleaned_data["to"],
            reason=form.cleaned_data["reason"],
        ),
    )


@require_POST
@login_required
def case_close(request, case_id):
    return _step(
        request,
        case_id,
        "close",
        CloseForm,
        lambda case, form: routine.case_close(
            case=case, user=request.user, evaluation=form.cleaned_data["evaluation"]
        ),
    )


@require_POST
@login_required
def case_inform(request, case_id):
    case = _case(request, case_id)
    try:
        routine.case_inform_verneombud(case=case, user=request.user)
    except RoutineRefused as refusal:
        messages.error(request, str(refusal))
    return redirect("avvik_sandbox:routine_case", case.pk)


@require_POST
@login_required
def action_done(request, case_id, action_id):
    case = _case(request, case_id)
    action = get_object_or_404(RoutineAction, pk=action_id, case=case)
    try:
        routine.action_done(action=action, user=request.user)
    except RoutineRefused as refusal:
        messages.error(request, str(refusal))
    return redirect("avvik_sandbox:routine_case", case.pk)


@login_required
def cohort_amu(request, cohort_id):
    cohort = _cohort(request, cohort_id)
    form = AmuReviewForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        amu_review.review_create(
            cohort=cohort, user=request.user, text=form.cleaned_data["text"]
        )
        messages.success(
            request, _("Your summary for AMU is saved. Read the feedback below.")
        )
        return redirect("avvik_sandbox:routine_amu", cohort.pk)
    language = translation.get_language() or "nb"
    reviews = [
        (r, amu_review.feedback(r, language))
        for r in cohort.amu_reviews.select_related("author")[:10]
    ]
    return render(
        request,
        "avvik_sandbox/practice/amu_review.html",
        {
            "cohort": cohort,
            "company": cohort.company,
            "figures": amu_review.figures(cohort=cohort),
            "form": form,
            "reviews": reviews,
        },
        status=400 if form.is_bound else 200,
    )
