"""Scoring of the learner's work on the case: the report, the actions and the
follow-up. Same shape as ``analysis``."""

from __future__ import annotations

from ..choices import COLLECTIVE_LEVELS
from ..matching import match_concepts
from ..statements import phrases
from .context import Context, matched_labels, text

ACTION_TYPES = ("immediate", "corrective", "preventive")


def score_report(cx: Context) -> dict:
    rk, report = cx.exercise.report_key, cx.report
    if not (rk and any(report.get(k) for k in ("type", "category", "severity_actual"))):
        if rk:
            cx.ev.add("report_missing", "error", ())
        return {"score": 0, "checks": []}
    type_ok = report.get("type") in {rk["report_type"], *rk["accepted_types"]}
    category_ok = report.get("category") in {rk["category"], *rk["accepted_categories"]}
    actual_ok = report.get("severity_actual") in {
        rk["severity_actual"],
        *rk["accepted_actual"],
    }
    potential_ok = report.get("severity_potential") in {
        rk["severity_potential"],
        *rk["accepted_potential"],
    }
    score = int(type_ok) + int(category_ok) + int(actual_ok and potential_ok)
    for code, ok, expected in (
        ("report_type_wrong", type_ok, rk["report_type"]),
        ("category_wrong", category_ok, rk["category"]),
        ("severity_actual_wrong", actual_ok, rk["severity_actual"]),
        ("severity_potential_wrong", potential_ok, rk["severity_potential"]),
    ):
        if not ok:
            cx.ev.add(code, "warn", (), expected=expected)
    if score == 3:
        cx.ev.add("report_ok", "ok", ())
    return {
        "score": score,
        "checks": [
            ("report_type", type_ok),
            ("category", category_ok),
            ("severity_actual", actual_ok),
            ("severity_potential", potential_ok),
        ],
    }


def written_actions(answer: dict) -> list[dict]:
    return [
        a for a in answer.get("actions") or [] if (a.get("description") or "").strip()
    ]


def _actions_linked(cx: Context, actions: list, found: list[dict]) -> bool:
    """Every action names a real deviation and every deviation found has an action."""
    linked = True
    for number, action in enumerate(actions, start=1):
        target = action.get("deviation")
        if not target:
            linked = False
            cx.ev.add("action_unlinked", "warn", (), number=number)
        elif target not in cx.real_fact_ids:
            linked = False
            cx.ev.add(
                "action_linked_to_non_deviation",
                "warn",
                cx.nums([target]),
                number=number,
            )
    for r in found:
        if r["hits"] and not any(
            a.get("deviation") in r["key"]["fact_ids"] for a in actions
        ):
            linked = False
            cx.ev.add("deviation_without_action", "warn", cx.nums(r["hits"]))
    return linked


def _ppe_first(cx: Context, actions: list) -> list[int]:
    """Numbers of the PPE actions with no collective action for the same deviation."""
    numbers = []
    for number, action in enumerate(actions, start=1):
        if action.get("control_level") != "ppe":
            continue
        if not any(
            b.get("control_level") in COLLECTIVE_LEVELS
            and (
                not action.get("deviation")
                or b.get("deviation") == action.get("deviation")
            )
            for b in actions
        ):
            numbers.append(number)
            target = action.get("deviation")
            cx.ev.add(
                "ppe_before_collective",
                "error",
                cx.nums([target] if target else []),
                number=number,
            )
    return numbers


def score_actions(cx: Context, actions: list, found: list[dict]) -> dict:
    if not actions:
        cx.ev.add("actions_missing", "error", ())
        return {"score": 0, "matched": [], "missed": [], "checks": []}
    types = {a.get("type") for a in actions}
    missing_types = [t for t in ACTION_TYPES if t not in types]
    if missing_types:
        cx.ev.add("action_types_missing", "warn", (), missing=missing_types)
    linked = _actions_linked(cx, actions, found)
    ppe_first = _ppe_first(cx, actions)
    concepts = [c for ref in cx.exercise.key_actions for c in ref["concepts"]]
    pool = text(*[text(a.get("description"), a.get("effect_check")) for a in actions])
    # A list of labels ("rutine, opplæring, SJA") is not an action.
    matched, missed = match_concepts(concepts, phrases(pool), cx.language)
    coverage = len(matched) / len(concepts) if concepts else 1.0
    all_types = not missing_types
    good_level = not ppe_first and coverage >= 0.4
    count = int(all_types) + int(linked) + int(good_level)
    return {
        "score": 1 + int(count >= 2) + int(count == 3),
        "matched": matched_labels(matched),
        "missed": missed,
        "checks": [
            ("all_action_types", all_types),
            ("actions_linked", linked),
            ("collective_before_ppe", not ppe_first),
            ("reference_concepts", coverage >= 0.4),
        ],
    }


def score_followup(cx: Context, actions: list) -> dict:
    case = cx.answer.get("case") or {}
    informed = set(case.get("informed") or [])
    for number, action in enumerate(actions, start=1):
        missing = [
            name
            for name in ("responsible", "deadline", "effect_check")
            if not (action.get(name) or "").strip()
        ]
        if missing:
            cx.ev.add("followup_missing", "warn", (), number=number, missing=missing)
    missing_informed = [p for p in ("leader", "verneombud") if p not in informed]
    if missing_informed:
        cx.ev.add("informed_missing", "warn", (), missing=missing_informed)
    if case.get("status") != "closed":
        cx.ev.add("case_not_closed", "info", ())
    elements = [
        bool((a.get(name) or "").strip())
        for a in actions
        for name in ("responsible", "deadline", "effect_check")
    ]
    evaluated = bool((case.get("effect_evaluation") or "").strip())
    checks = [
        ("actions_have_owner_deadline_check", bool(elements) and all(elements)),
        ("effect_evaluation", evaluated),
        ("verneombud_informed", not missing_informed),
    ]
    # Partial credit per element: the share of owners, deadlines and effect checks
    # written, the evaluation, and the share of the people who must be informed.
    share = (
        (sum(elements) / len(elements) if elements else 0)
        + int(evaluated)
        + (2 - len(missing_informed)) / 2
    )
    return {"score": min(3, int(share + 0.5)), "checks": checks}
