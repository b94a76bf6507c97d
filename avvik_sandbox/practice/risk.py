"""Pre-scoring a risk assessment against the editor's key, criterion by criterion.

- hazards: the key's hazards the learner named (in a statement of a few words);
- placement: found hazards placed within the key's tolerance in the matrix;
- measures: found hazards with a measure that answers them;
- hierarchy: every hazard above the acceptance limit has a measure that removes,
  replaces or shields the hazard, not only routines or protective equipment;
- follow-up: every measure has someone responsible, a deadline and an effect check.
Each criterion gives a level 0–3 (the rubric's scale) and a reason the learner reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..choices import COLLECTIVE_LEVELS
from ..matching import Analysed
from .completion import recheck_completion
from .criteria import Criterion, level, percent
from .risk_models import RiskAnswer, RiskExercise, RiskHazardKey

MIN_HAZARD_WORDS = 3
PASS_PERCENT = 67


@dataclass
class RiskEvaluation:
    criteria: list[Criterion]
    matches: dict = field(default_factory=dict)  # key hazard pk -> row index
    missed: list[RiskHazardKey] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Two thirds in all, and most of the key's hazards found."""
        levels = {c.code: c.level for c in self.criteria}
        return self.score_percent >= PASS_PERCENT and levels.get("hazards", 0) >= 2

    @property
    def score_percent(self) -> int:
        return percent(c.level for c in self.criteria)


def _match(key: list[RiskHazardKey], rows: list[dict], language: str) -> dict:
    """Each key hazard → the first row that names it (one row answers one hazard)."""
    analysed = [
        Analysed.of(r.get("hazard", ""), language)
        if len((r.get("hazard") or "").split()) >= MIN_HAZARD_WORDS
        else None
        for r in rows
    ]
    matches, used = {}, set()
    for hazard in key:
        for index, text in enumerate(analysed):
            if index in used or text is None:
                continue
            if any(text.has_phrase(w) for w in hazard.wording_list):
                matches[hazard.pk] = index
                used.add(index)
                break
    return matches


def evaluate(
    *, exercise: RiskExercise, rows: list[dict], language: str
) -> RiskEvaluation:
    key = list(exercise.hazards.all())
    rows = [r for r in rows if (r.get("hazard") or "").strip()]
    matches = _match(key, rows, language)
    found = [h for h in key if h.pk in matches]
    placed = [
        h
        for h in found
        if abs(int(rows[matches[h.pk]]["probability"]) - h.probability) <= h.tolerance
        and abs(int(rows[matches[h.pk]]["consequence"]) - h.consequence) <= h.tolerance
    ]
    answered = [
        h
        for h in found
        if any(
            Analysed.of(rows[matches[h.pk]].get("measure", ""), language).has_phrase(w)
            for w in h.measure_list
        )
    ]
    serious = [
        r
        for r in rows
        if int(r["probability"]) * int(r["consequence"]) > exercise.acceptance_limit
    ]
    shielded = [r for r in serious if r.get("level") in COLLECTIVE_LEVELS]
    followed = [
        r
        for r in rows
        if r.get("measure") and r.get("owner") and r.get("deadline") and r.get("check")
    ]
    criteria = [
        Criterion(
            "hazards",
            _("Hazards found"),
            level(len(found), len(key)),
            _("%(n)s of %(total)s hazards the key looks for.")
            % {"n": len(found), "total": len(key)},
        ),
        Criterion(
            "placement",
            _("Placed in the matrix"),
            level(len(placed), len(found)),
            _("%(n)s of the hazards you found are placed where the key puts them.")
            % {"n": len(placed)},
        ),
        Criterion(
            "measures",
            _("Measures that answer the hazard"),
            level(len(answered), len(found)),
            _("%(n)s of the hazards you found have a measure that answers them.")
            % {"n": len(answered)},
        ),
        Criterion(
            "hierarchy",
            _("Collective measures first"),
            3 if not serious else level(len(shielded), len(serious)),
            _(
                "Risks above the acceptance limit need a measure that removes, replaces or shields the hazard; training and protective equipment come after."
            ),
        ),
        Criterion(
            "followup",
            _("Responsible, deadline and effect check"),
            level(len(followed), len(rows)),
            _(
                "%(n)s of %(total)s measures have someone responsible, a deadline and a way to check the effect."
            )
            % {"n": len(followed), "total": len(rows)},
        ),
    ]
    missed = [h for h in key if h.pk not in matches]
    return RiskEvaluation(criteria=criteria, matches=matches, missed=missed)


def answer_submit(
    *, exercise: RiskExercise, user, language: str, rows: list[dict]
) -> RiskAnswer:
    result = evaluate(exercise=exercise, rows=rows, language=language)
    answer = RiskAnswer.objects.create(
        exercise=exercise,
        user=user,
        language=language,
        rows=rows,
        score_percent=result.score_percent,
        passed=result.passed,
    )
    if answer.passed:
        recheck_completion(user=user)
    return answer


def matrix(*, exercise: RiskExercise, rows: list[dict]) -> list[dict]:
    """The learner's matrix, consequence across and probability down (highest first):
    per cell the risk number, whether it is acceptable, and the row numbers in it."""
    grid = []
    for probability in reversed(exercise.scale):
        cells = []
        for consequence in exercise.scale:
            score = probability * consequence
            cells.append(
                {
                    "consequence": consequence,
                    "score": score,
                    "acceptable": score <= exercise.acceptance_limit,
                    "rows": [
                        i + 1
                        for i, r in enumerate(rows)
                        if int(r["probability"]) == probability
                        and int(r["consequence"]) == consequence
                    ],
                }
            )
        grid.append({"probability": probability, "cells": cells})
    return grid
