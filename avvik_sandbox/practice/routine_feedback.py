"""Immediate feedback and a pre-score (0–3, the rubric's levels) for each step of a
routine case, from what the learner wrote and chose. It reads the same things an
instructor looks for first; the instructor's judgement still decides."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..choices import COLLECTIVE_LEVELS
from .criteria import level
from .routine_models import RoutineCase

SEVERITY_ORDER = {"lav": 0, "middels": 1, "hoy": 2}


@dataclass
class StepFeedback:
    step: str
    score: int
    good: list[str] = field(default_factory=list)
    improve: list[str] = field(default_factory=list)


def _judge(fb: StepFeedback, checks) -> StepFeedback:
    """Each (met, praise, advice) check goes to ``good`` or ``improve``; the level is
    the share met."""
    for met, praise, advice in checks:
        (fb.good if met else fb.improve).append(praise if met else advice)
    fb.score = level(len(fb.good), len(checks))
    return fb


def report(case: RoutineCase) -> StepFeedback:
    fb = StepFeedback(_("The report"), 0)
    checks = [
        (
            len(case.what.split()) >= 8,
            _("You describe what happened in your own words."),
            _(
                "Describe what happened so that someone who was not there understands it: who, what, and what could have happened."
            ),
        ),
        (
            SEVERITY_ORDER[case.potential_severity] >= SEVERITY_ORDER[case.severity],
            _("The potential severity is at least the actual one."),
            _(
                "What could have happened is never less serious than what did happen: check the potential severity."
            ),
        ),
        (
            bool(case.immediate_by_reporter.strip()) or case.reporter_id is None,
            _("You say what you did at once."),
            _(
                "Say what you did at once to make the place safe, even if it was only to warn others."
            ),
        ),
    ]
    return _judge(fb, checks)


def analysis(case: RoutineCase) -> StepFeedback:
    fb = StepFeedback(_("The cause analysis"), 0)
    whys = case.whys or []
    tags = [set(w.get("mto") or []) for w in whys]
    checks = [
        (
            len(whys) >= 3,
            _("You asked “why?” several times."),
            _(
                "Ask “why?” again: two answers rarely reach the cause that lies behind the event."
            ),
        ),
        (
            all(len(w.get("text", "").split()) >= 3 for w in whys),
            _("Every answer is a statement, not a single word."),
            _(
                "Write each answer as a sentence about this case; one word does not show a cause."
            ),
        ),
        (
            bool(tags) and "O" in tags[-1],
            _("The chain ends in the organisation."),
            _(
                "The last why should reach the organisation (O): a routine, training, staffing or a decision – something a leader can change."
            ),
        ),
        (
            len(case.root_cause.split()) >= 4,
            _("You name the root cause."),
            _(
                "Name the root cause in a sentence: it is what your actions must remove."
            ),
        ),
    ]
    return _judge(fb, checks)


def actions(case: RoutineCase, today) -> StepFeedback:
    fb = StepFeedback(_("The actions"), 0)
    items = list(case.actions.all())
    kinds = {a.kind for a in items}
    checks = [
        (
            bool(items) and all(a.owner.strip() and a.deadline for a in items),
            _("Every action has someone responsible and a deadline."),
            _("Give every action a named person and a deadline."),
        ),
        (
            "preventive" in kinds or "corrective" in kinds,
            _("You correct the cause, not only the situation."),
            _(
                "Add a corrective or preventive action: an immediate measure alone lets it happen again."
            ),
        ),
        (
            any(a.level in COLLECTIVE_LEVELS for a in items),
            _(
                "At least one action protects everyone (removes, replaces or shields the hazard)."
            ),
            _(
                "Look higher in the hierarchy of controls: remove, replace or shield the hazard before you rely on routines and protective equipment."
            ),
        ),
        (
            not any(a.done_on is None and a.deadline < today for a in items),
            _("No action is past its deadline."),
            _("An action is past its deadline: follow it up or agree on a new date."),
        ),
    ]
    return _judge(fb, checks)


def closing(case: RoutineCase) -> StepFeedback:
    fb = StepFeedback(_("The follow-up"), 0)
    checks = [
        (
            len(case.evaluation.split()) >= 12,
            _("Your evaluation says how the effect was checked."),
            _(
                "Say how you checked the effect: what you looked at, when, and what you found."
            ),
        ),
        (
            case.verneombud_informed_on is not None,
            _("The safety representative was informed."),
            _(
                "Inform the safety representative (verneombud); the working environment committee (AMU) sees the deviations routinely."
            ),
        ),
    ]
    return _judge(fb, checks)


def feedback_for(case: RoutineCase) -> list[StepFeedback]:
    """Feedback for every step the case has passed (the report only when a learner
    wrote it, not one from the practice company's own workers)."""
    result = [report(case)] if case.reporter_id else []
    if case.status in ("analysis", "actions", "evaluation", "closed"):
        result.append(analysis(case))
    if case.status in ("actions", "evaluation", "closed"):
        result.append(actions(case, case.cohort.today))
    if case.status == "closed":
        result.append(closing(case))
    return result
