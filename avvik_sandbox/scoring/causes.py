"""Causal depth: the learner's 4 × why chains read against the key.

A why counts as a step only when it says something (``statements.is_step``): four one-word
"whys" are labels, not a chain. A why may carry several M/T/O tags. Where the key's
primary deviation has a why-chain (concepts per level, the organisational root last), the
learner's steps are read against its levels in order: depth is how far down the key's
chain they reach, and "organisational" needs the root, not only an O tag.
"""

from __future__ import annotations

from ..matching import Analysed, concept_match
from ..statements import is_step
from .context import Context, chain, tags


def _steps(cx: Context, fact_id: str) -> tuple[list[dict], int]:
    """(the whys that are steps, how many whys were written)."""
    whys = chain(cx.answer, fact_id)
    return [w for w in whys if is_step(w.get("text", ""), cx.language)], len(whys)


def _key_levels(cx: Context, steps: list[dict], levels: list[dict]) -> tuple[int, bool]:
    """(levels of the key's chain reached in order, root reached)."""
    analysed_steps = [Analysed.of(s.get("text", ""), cx.language) for s in steps]
    reached, position = 0, 0
    for analysed in analysed_steps:
        for index in range(position, len(levels)):
            if concept_match(levels[index], analysed):
                reached += 1
                position = index + 1
                break
    root = bool(levels) and any(concept_match(levels[-1], a) for a in analysed_steps)
    return reached, root


def _feedback(cx: Context, fact_id: str, steps: list[dict], written: int) -> None:
    ev, nums = cx.ev, cx.nums
    if not written:
        ev.add("why_missing", "error", nums([fact_id]))
    elif not steps:
        ev.add("why_not_statements", "error", nums([fact_id]))
    elif len(steps) < 4:
        if written > len(steps):
            ev.add("why_not_statements", "warn", nums([fact_id]))
        ev.add("why_short", "warn", nums([fact_id]), count=len(steps))
    elif "O" not in tags(steps[-1]):
        ev.add("why_not_organisational", "warn", nums([fact_id]))
    else:
        ev.add("why_ok", "ok", nums([fact_id]))


def score_causes(cx: Context) -> dict:
    learner_primary = [f for f, e in cx.devs.items() if e.get("kind") == "primary"]
    chains = {}
    for fact_id in learner_primary:
        steps, written = _steps(cx, fact_id)
        _feedback(cx, fact_id, steps, written)
        chains[fact_id] = (steps, written)
    used = {t for steps, _w in chains.values() for s in steps for t in tags(s)}
    used |= {e.get("mto") for e in cx.devs.values() if e.get("mto")}
    longest = max((s for s, _w in chains.values()), key=len, default=[])
    any_written = any(w for _s, w in chains.values())
    missing_tags = [t for t in ("M", "T", "O") if t not in used]
    if longest and missing_tags:
        cx.ev.add("mto_missing", "info", (), missing=missing_tags)
    last_org = any(s and "O" in tags(s[-1]) for s, _w in chains.values())
    if not longest:
        score = 1 if any_written else 0
    else:
        deep = len(longest) >= 4
        score = 1
        if deep or last_org:
            score = 2
        if deep and last_org and not missing_tags:
            score = 3
        score = _against_key(cx, chains, score)
    return {
        "score": score,
        "checks": [
            ("chain_four", len(longest) >= 4),
            ("chain_ends_organisational", bool(longest) and score >= 2 and last_org),
            ("mto_all", bool(longest) and not missing_tags),
        ],
    }


def _against_key(cx: Context, chains: dict, score: int) -> int:
    """Depth counts fully only for the key's primary deviation, and as far as the
    key's why-chain (where the author wrote one) is reached."""
    keyed = [d for d in cx.key_devs if d["kind"] == "primary"]
    analysed = [
        (d, chains[f][0])
        for d in keyed
        for f in d["fact_ids"]
        if chains.get(f, ([],))[0]
    ]
    if not analysed:
        # The event or a secondary deviation analysed as if it were the primary.
        return min(score, 2)
    best = score
    for key, steps in analysed:
        levels = key.get("why_chain") or []
        if not levels:
            continue
        reached, root = _key_levels(cx, steps, levels)
        if not root:
            cx.ev.add_once("why_root_missing", "warn", cx.nums(key["fact_ids"]))
            best = min(best, 2)
        if reached < len(levels) / 2:
            best = min(best, 1 if reached == 0 else 2)
    return best
