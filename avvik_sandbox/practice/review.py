"""Instructors review pre-scored practice answers (the statistics exercise and the risk
assessment): a level per criterion, the pass decision and a comment, audited."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from lms.audit import audit_record

from . import amu, plan, risk
from .amu_models import StatisticsAnswer
from .completion import recheck_completion
from .criteria import percent
from .plan_models import HmsPlan
from .risk_models import RiskAnswer

KINDS = {"statistics": StatisticsAnswer, "risk": RiskAnswer, "plan": HmsPlan}


def criteria_for(answer) -> list[tuple[str, str, int]]:
    """(code, label, suggested level) for each criterion of the answer's pre-score."""
    if isinstance(answer, StatisticsAnswer):
        evaluation = amu.answer_evaluation(answer)
        found = {p.pk for p in evaluation.found}
        return [
            (f"point{p.pk}", p.point, 3 if p.pk in found else 0)
            for p in answer.company.key_points.all()
        ]
    if isinstance(answer, HmsPlan):
        criteria = plan.evaluate(
            company=answer.company,
            goals=answer.goals,
            tasks=answer.tasks,
            review=answer.year_end_review,
            language=answer.language,
        )
        return [(c.code, c.label, c.level) for c in criteria]
    evaluation = risk.evaluate(
        exercise=answer.exercise, rows=answer.rows, language=answer.language
    )
    return [(c.code, c.label, c.level) for c in evaluation.criteria]


@transaction.atomic
def review_save(
    *, answer, instructor, levels: dict[str, int], passed: bool, comment: str
):
    model = type(answer)
    answer = model.objects.select_for_update().get(pk=answer.pk)
    previous = {"percent": answer.review_percent, "passed": answer.review_passed}
    answer.review_levels = levels
    answer.review_percent = percent(levels.values())
    answer.review_passed = passed
    answer.review_comment = comment.strip()
    answer.reviewed_by = instructor
    answer.reviewed_at = timezone.now()
    answer.save()
    audit_record(
        actor=instructor,
        action="practice.rereviewed"
        if previous["passed"] is not None
        else "practice.reviewed",
        target=answer,
        percent=answer.review_percent,
        passed=passed,
        previous=previous,
    )
    user = answer.user
    transaction.on_commit(lambda: recheck_completion(user=user))
    return answer
