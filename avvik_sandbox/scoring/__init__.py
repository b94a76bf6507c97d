"""Immediate feedback and the automatic pre-score of a submitted answer.

Everything here is a pure function of the exercise's key and the answer, so it is easy to
test and to re-run. Feedback is stored as codes with parameters and rendered at display
time (``feedback.py``), so each reader sees it in their own language.

- ``context``: the answer read once (``Context``) and the feedback list (``Evaluation``);
- ``analysis``: the event, the primary and secondary deviations, the causes, the facts;
- ``work``: the report, the actions and the follow-up;
- here: ``evaluate`` runs them in the order the learner works, one rubric code each.

The answer (``Submission.answer``) looks like::

    {"event": [fact_id], "facts": {fact_id: {"kind", "text", "requirement",
     "responsible", "mto"}}, "whys": {fact_id: [{"text", "tag"}]},
     "report": {"type", "category", "severity_actual", "severity_potential", "where",
     "when", "what", "immediate"},
     "actions": [{"type", "description", "responsible", "deadline", "control_level",
     "deviation": fact_id, "effect_check"}],
     "case": {"status", "effect_evaluation", "informed": [..], "log": [..]}}
"""

from __future__ import annotations

from .analysis import (
    deviation_results,
    score_event,
    score_facts,
    score_primary,
    score_secondary,
)
from .causes import score_causes
from .confidence import assess
from .context import Context, Evaluation
from .work import score_actions, score_followup, score_report, written_actions


def evaluate(exercise, answer: dict, language: str) -> Evaluation:
    """Feedback items and a per-criterion pre-score for ``answer``."""
    cx = Context(exercise=exercise, answer=answer, language=language)
    results = {"event": score_event(cx)}
    found, unsupported = deviation_results(cx)
    primaries = [r for r in found if r["key"]["kind"] == "primary"]
    secondaries = [r for r in found if r["key"]["kind"] == "secondary"]
    distractors = [r for r in found if r["key"]["kind"] == "distractor"]
    distractor_hits = sum(1 for r in distractors if r["hits"]) + len(unsupported)
    wrong_primaries = sum(1 for r in distractors if r.get("as_primary"))
    results["primary"] = score_primary(cx, primaries, wrong_primaries)
    results["secondary"] = score_secondary(cx, secondaries, distractor_hits)
    results["causes"] = score_causes(cx)
    results["facts"] = score_facts(cx)
    results["report"] = score_report(cx)
    actions = written_actions(answer)
    results["actions"] = score_actions(cx, actions, primaries + secondaries)
    results["followup"] = score_followup(cx, actions)
    _prescore(cx.ev, exercise.criteria, results, assess(cx, results, found))
    return cx.ev


def _prescore(ev: Evaluation, criteria, results: dict, verdicts: dict) -> None:
    suggested = {}
    for criterion in criteria:
        result = results.get(criterion["code"])
        if result is None:
            ev.prescore[criterion["id"]] = {"code": criterion["code"], "score": None}
            continue
        ev.prescore[criterion["id"]] = {
            "code": criterion["code"],
            "score": result["score"],
            "matched": result.get("matched", []),
            "missed": result.get("missed", []),
            "checks": [[code, bool(ok)] for code, ok in result.get("checks", [])],
            # None: the signals agree; else why a human should look (confidence.py).
            "unsure": verdicts.get(criterion["code"]),
        }
        suggested[criterion["id"]] = result["score"]
        minimum = criterion.get("pass_minimum")
        if minimum is not None and result["score"] < minimum:
            ev.below_minimum.append(criterion["code"])
    # Criteria only the instructor judges are left out of the suggested percentage.
    ev.percent = weighted_percent(criteria, suggested) if suggested else None


def rubric_passes(criteria: list[dict], scores: dict[str, int], threshold: int) -> bool:
    """The weighted total reaches the threshold and no criterion is under its own
    minimum to pass."""
    if weighted_percent(criteria, scores) < threshold:
        return False
    return all(
        criterion.get("pass_minimum") is None
        or scores.get(criterion["id"], 0) >= criterion["pass_minimum"]
        for criterion in criteria
        if criterion["id"] in scores
    )


def weighted_percent(criteria: list[dict], scores: dict[str, int]) -> int:
    """The rubric result in %: sum(weight × score) / sum(weight × 3)."""
    total = weight_sum = 0
    for criterion in criteria:
        if criterion["id"] in scores:
            total += criterion["weight"] * scores[criterion["id"]]
            weight_sum += criterion["weight"] * 3
    return round(100 * total / weight_sum) if weight_sum else 0


__all__ = ["Evaluation", "evaluate", "rubric_passes", "weighted_percent"]
