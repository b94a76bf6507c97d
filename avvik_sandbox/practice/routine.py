"""The deviation routine, played through in a practice company.

A case walks registered → processing (the leader took it and secured the situation) →
analysis (4 × why with M/T/O) → actions (corrective and preventive, owner and deadline)
→ evaluation (every action done) → closed (only with an effect evaluation). Each step
is one function; a step out of order, a worker handling their own report or closing
without an evaluation is refused with ``RoutineRefused`` and a reason the learner reads.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from ..exceptions import RoutineRefused
from .completion import recheck_completion
from .models import PracticeCompany
from .routine_models import (
    PracticeCohort,
    PracticeCohortMember,
    RoutineAction,
    RoutineCase,
)

CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"
ADVANCE_DAYS = 7


# --- Cohorts --------------------------------------------------------------------------


def _code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


def cohort_create(*, company: PracticeCompany, name: str, instructor) -> PracticeCohort:
    cohort = PracticeCohort.objects.create(
        company=company,
        name=name,
        instructor=instructor,
        join_code=_code(),
        today=company.simulated_today,
    )
    return cohort


def cohort_solo(*, company: PracticeCompany, user) -> PracticeCohort:
    """The learner's own practice in this company (one, made on first use)."""
    cohort = PracticeCohort.objects.filter(
        company=company, solo=True, members=user
    ).first()
    if cohort is None:
        cohort = PracticeCohort.objects.create(
            company=company,
            name=user.get_full_name() or user.email,
            solo=True,
            join_code=_code(),
            today=company.simulated_today,
        )
        PracticeCohortMember.objects.create(cohort=cohort, user=user)
        seed_incoming(cohort=cohort)
    return cohort


def cohort_join(*, company: PracticeCompany, code: str, user) -> PracticeCohort:
    cohort = PracticeCohort.objects.filter(
        company=company, solo=False, join_code=code.strip().upper()
    ).first()
    if cohort is None:
        raise RoutineRefused(_("No class in this company has that code."))
    PracticeCohortMember.objects.get_or_create(cohort=cohort, user=user)
    return cohort


def cohort_advance(*, cohort: PracticeCohort, user) -> date:
    """Move the practice world's date a week on: deadlines pass, actions fall due."""
    if not may_moderate(cohort=cohort, user=user):
        raise RoutineRefused(_("Only the class's instructor moves the date on."))
    PracticeCohort.objects.filter(pk=cohort.pk).update(
        today=cohort.today + timedelta(days=ADVANCE_DAYS)
    )
    cohort.refresh_from_db(fields=["today"])
    return cohort.today


def may_moderate(*, cohort: PracticeCohort, user) -> bool:
    if cohort.solo:
        return cohort.members.filter(pk=user.pk).exists()
    return user.is_superuser or (cohort.instructor_id == user.pk)


def is_member(*, cohort: PracticeCohort, user) -> bool:
    return (
        may_moderate(cohort=cohort, user=user)
        or PracticeCohortMember.objects.filter(cohort=cohort, user=user).exists()
    )


# --- Cases ----------------------------------------------------------------------------


def _next_number(cohort) -> int:
    return (cohort.cases.aggregate(n=Max("number"))["n"] or 0) + 1


@transaction.atomic
def case_report(*, cohort: PracticeCohort, user, data: dict) -> RoutineCase:
    """The worker's report: what, where, when, category, severity actual and
    potential, what they did at once; anonymous if they choose."""
    cohort = PracticeCohort.objects.select_for_update().get(pk=cohort.pk)
    case = RoutineCase(
        cohort=cohort,
        number=_next_number(cohort),
        reporter=user,
        reported_on=cohort.today,
        **data,
    )
    case.place = _place(case.unit)
    case.full_clean()
    case.save()
    return case


def seed_incoming(*, cohort: PracticeCohort) -> RoutineCase | None:
    """A report from one of the practice company's own workers, for a learner who
    practises the leader's part alone."""
    deviation = (
        cohort.company.deviations.select_related("unit__department", "reporter")
        .filter(anonymous=False, reporter__isnull=False)
        .order_by("-reported_at")
        .first()
    )
    if deviation is None:
        return None
    return RoutineCase.objects.create(
        cohort=cohort,
        number=_next_number(cohort),
        reporter=None,
        reporter_name=deviation.reporter.name,
        unit=deviation.unit,
        place=_place(deviation.unit),
        occurred_on=cohort.today - timedelta(days=1),
        what=deviation.title,
        category=deviation.category,
        severity=deviation.severity,
        potential_severity=deviation.potential_severity,
        reported_on=cohort.today,
    )


def _place(unit) -> str:
    return f"{unit.name} ({unit.department.name})" if unit else ""


def _lock(case: RoutineCase) -> RoutineCase:
    return (
        RoutineCase.objects.select_for_update().select_related("cohort").get(pk=case.pk)
    )


def _expect(case: RoutineCase, *steps: str) -> None:
    if case.status not in steps:
        raise RoutineRefused(
            _("This step is not open now: the case is at “%(step)s”.")
            % {"step": case.get_status_display()}
        )


def _handler(case: RoutineCase, user) -> None:
    if case.handler_id != user.pk:
        raise RoutineRefused(_("Only the leader who took the case handles it."))


@transaction.atomic
def case_take(*, case: RoutineCase, user, immediate_measure: str) -> RoutineCase:
    case = _lock(case)
    _expect(case, "registered")
    if case.reporter_id == user.pk:
        raise RoutineRefused(
            _(
                "You reported this deviation yourself. The nearest leader handles it, "
                "not the person who reported it – let another member of the class take it."
            )
        )
    if not immediate_measure.strip():
        raise RoutineRefused(_("Say what was done at once to make the situation safe."))
    case.handler = user
    case.immediate_measure = immediate_measure.strip()
    case.status = "processing"
    case.save(update_fields=["handler", "immediate_measure", "status"])
    return case


@transaction.atomic
def case_analyse(
    *, case: RoutineCase, user, whys: list[dict], root_cause: str
) -> RoutineCase:
    case = _lock(case)
    _expect(case, "processing", "analysis")
    _handler(case, user)
    steps = [w for w in whys if w.get("text", "").strip()]
    if len(steps) < 2 or not root_cause.strip():
        raise RoutineRefused(
            _(
                "Ask “why?” at least twice and name the root cause before you plan actions."
            )
        )
    case.whys = steps
    case.root_cause = root_cause.strip()
    case.status = "analysis"
    case.save(update_fields=["whys", "root_cause", "status"])
    return case


@transaction.atomic
def action_add(*, case: RoutineCase, user, data: dict) -> RoutineAction:
    case = _lock(case)
    _expect(case, "analysis", "actions")
    _handler(case, user)
    if data.get("deadline") and data["deadline"] < case.cohort.today:
        raise RoutineRefused(
            _("The deadline has already passed in the practice world.")
        )
    action = RoutineAction(case=case, **data)
    action.full_clean()
    action.save()
    if case.status != "actions":
        case.status = "actions"
        case.save(update_fields=["status"])
    return action


@transaction.atomic
def action_done(*, action: RoutineAction, user) -> RoutineCase:
    case = _lock(action.case)
    _expect(case, "actions")
    _handler(case, user)
    RoutineAction.objects.filter(pk=action.pk, done_on__isnull=True).update(
        done_on=case.cohort.today
    )
    if not case.actions.filter(done_on__isnull=True).exists():
        case.status = "evaluation"
        case.save(update_fields=["status"])
    return case


@transaction.atomic
def case_forward(*, case: RoutineCase, user, to: str, reason: str) -> RoutineCase:
    case = _lock(case)
    _expect(case, "processing", "analysis", "actions")
    _handler(case, user)
    if not to.strip() or not reason.strip():
        raise RoutineRefused(
            _(
                "Say who takes it further along the line and why it is beyond your authority."
            )
        )
    case.forwarded_to, case.forward_reason = to.strip(), reason.strip()
    case.save(update_fields=["forwarded_to", "forward_reason"])
    return case


@transaction.atomic
def case_inform_verneombud(*, case: RoutineCase, user) -> RoutineCase:
    case = _lock(case)
    _expect(case, "processing", "analysis", "actions", "evaluation")
    _handler(case, user)
    if case.verneombud_informed_on is None:
        case.verneombud_informed_on = case.cohort.today
        case.save(update_fields=["verneombud_informed_on"])
    return case


@transaction.atomic
def case_close(*, case: RoutineCase, user, evaluation: str) -> RoutineCase:
    case = _lock(case)
    _handler(case, user)
    if case.status != "evaluation":
        if case.status == "actions":
            raise RoutineRefused(
                _(
                    "Actions are still open. Close the case when they are done and you have checked their effect."
                )
            )
        _expect(case, "evaluation")
    if len(evaluation.strip()) < 20:
        raise RoutineRefused(
            _(
                "A case is closed only with an effect evaluation: write how you checked "
                "that the actions worked (for example a follow-up inspection or a talk "
                "with the people affected)."
            )
        )
    if case.severity != "lav" and case.verneombud_informed_on is None:
        raise RoutineRefused(
            _(
                "Inform the safety representative (verneombud) before you close a case of this severity."
            )
        )
    case.evaluation = evaluation.strip()
    case.status = "closed"
    case.closed_on = case.cohort.today
    case.save(update_fields=["evaluation", "status", "closed_on"])
    transaction.on_commit(lambda: recheck_completion(user=user))
    return case
