"""How sure the pre-score is of each criterion, from the evidence behind it.

A suggestion is marked confident only when the signals agree and leave little room:
the ticks and the text say the same, the key's concepts are clearly there (or clearly
absent), the answer is long enough to judge, and a partial level (where graders differ
most) is never confident for a text criterion. Everything else is "needs a human": the
grading page marks it and the queue can put those answers first.

Each rule returns ``None`` when confident, otherwise the code of the reason (shown to
the instructor, see ``feedback.UNSURE_REASONS``).
"""

from __future__ import annotations

from ..matching import words
from ..statements import is_statement
from .context import Context, chain

# Fewer of the learner's own words than this across the analysis, and the text
# criteria are left to a human (unless nothing was written at all).
SHORT_ANSWER_WORDS = 25


def _written_words(cx: Context) -> int:
    parts = [
        e.get("text", "") + " " + e.get("requirement", "") for e in cx.devs.values()
    ]
    parts += [w.get("text", "") for f in cx.devs for w in chain(cx.answer, f)]
    return sum(len(words(p)) for p in parts)


def _event(cx, result, found):
    if result["score"] == 3:
        return None
    if result["score"] == 0 and not cx.marked_event:
        return None
    checks = dict(result["checks"])
    if result["score"] == 1 and not checks["event_not_deviation"]:
        return None  # the event itself called the deviation: clear either way
    return "partial"


def _primary(cx, result, found):
    primaries = [r for r in found if r["key"]["kind"] == "primary"]
    if result["score"] == 0:
        return None if not any(r["hits"] for r in primaries) else "signals_disagree"
    if any(not r["key"]["concepts"] for r in primaries):
        return "key_has_no_concepts"
    if result["score"] == 3 and all(
        r["hits"] and r.get("coverage", 0) >= 0.66 for r in primaries
    ):
        return None
    return "partial"


def _secondary(cx, result, found):
    secondaries = [r for r in found if r["key"]["kind"] == "secondary"]
    marked = [e for e in cx.devs.values() if e.get("kind") == "secondary"]
    if result["score"] == 0 and not marked:
        return None
    if result["score"] == 3 and all(r.get("kind_ok") for r in secondaries):
        return None
    return "partial"


def _causes(cx, result, found):
    if result["score"] == 0:
        return None
    primary_whys = [
        w
        for f, e in cx.devs.items()
        if e.get("kind") == "primary"
        for w in chain(cx.answer, f)
    ]
    if result["score"] == 1 and "why_not_statements" in cx.ev.codes():
        return None  # single words: clearly no chain
    if result["score"] == 3:
        keyed = any(d.get("why_chain") for d in cx.key_devs if d["kind"] == "primary")
        if keyed and "why_root_missing" not in cx.ev.codes():
            return None
        if not keyed and all(
            is_statement(w.get("text", ""), cx.language) for w in primary_whys
        ):
            return None
        return "chain_not_checked"
    return "partial"


def _facts(cx, result, found):
    if result["score"] == 0 or (result["score"] == 3 and result.get("cited")):
        return None
    return "partial"


def _report(cx, result, found):
    return None  # chosen from lists: nothing to interpret


def _actions(cx, result, found):
    if result["score"] == 0:
        return None
    matched = len(result.get("matched", []))
    total = matched + len(result.get("missed", []))
    if result["score"] == 3 and total and matched / total >= 0.5:
        return None
    return "partial"


def _followup(cx, result, found):
    if result["score"] == 0:
        return None
    actions = [a for a in cx.answer.get("actions") or [] if a.get("description")]
    thin = any(len(words(a.get("effect_check", ""))) < 3 for a in actions)
    if result["score"] == 3 and not thin:
        return None
    return "thin_effect_checks" if thin else "partial"


RULES = {
    "event": _event,
    "primary": _primary,
    "secondary": _secondary,
    "causes": _causes,
    "facts": _facts,
    "report": _report,
    "actions": _actions,
    "followup": _followup,
}
TEXT_CRITERIA = {"primary", "secondary", "causes", "actions"}


def assess(cx: Context, results: dict, found: list[dict]) -> dict[str, str | None]:
    """{criterion code: None when confident, else the reason a human should look}."""
    short = _written_words(cx) < SHORT_ANSWER_WORDS
    verdicts = {}
    for code, result in results.items():
        reason = RULES[code](cx, result, found)
        if reason is None and short and code in TEXT_CRITERIA and result["score"]:
            reason = "short_answer"
        verdicts[code] = reason
    return verdicts
