"""Scoring of the analysis: the event, the deviations, the causes and the facts.

Each ``score_*`` adds its feedback to ``cx.ev`` and returns the criterion's result:
``{"score": 0–3, "checks": [(code, ok)], ...}``.
"""

from __future__ import annotations

from ..matching import cited_fact_numbers, match_concepts
from .context import Context, chain, matched_labels, text


def score_event(cx: Context) -> dict:
    ev, key_event, marked = cx.ev, cx.key_event, cx.marked_event
    confused = (key_event & set(cx.devs)) - cx.real_fact_ids
    if confused:
        ev.add("event_as_deviation", "error", cx.nums(confused))
    if key_event and marked == key_event and not confused:
        ev.add("event_ok", "ok", cx.nums(key_event))
    elif not marked:
        ev.add("event_missing", "warn", cx.nums(key_event))
    elif not marked & key_event:
        ev.add(
            "event_wrong",
            "error",
            cx.nums(marked),
            expected=sorted(cx.nums(key_event)),
        )
    elif marked != key_event:
        ev.add("event_partly", "warn", cx.nums(marked ^ key_event))
    if confused:
        score = 1
    elif not marked:
        score = 0
    elif marked == key_event:
        score = 3
    elif marked & key_event:
        score = 2
    else:
        score = 1
    return {
        "score": score,
        "checks": [
            ("event_marked", marked == key_event),
            ("event_not_deviation", not confused),
        ],
    }


def _found(cx: Context, key: dict, hits: list) -> dict:
    """Feedback and the result for a key deviation the learner marked (``hits``)."""
    ev, nums = cx.ev, cx.nums
    entries = [cx.devs[f] for f in hits]
    pool = text(
        *[text(e.get("text"), e.get("requirement")) for e in entries],
        *[w.get("text") for f in hits for w in chain(cx.answer, f)],
    )
    matched, missed = match_concepts(key["concepts"], pool, cx.language)
    kind_ok = any(e.get("kind") == key["kind"] for e in entries)
    given_resp = {e.get("responsible") for e in entries if e.get("responsible")}
    resp_ok = not key["responsible"] or key["responsible"] in given_resp
    given_mto = {e.get("mto") for e in entries if e.get("mto")}
    mto_ok = not key["mto"] or key["mto"] in given_mto
    ref = (key["legal_reference"] or "").lower().replace(" ", "")
    ev.add(
        "deviation_found",
        "ok" if kind_ok else "warn",
        nums(hits),
        kind=key["kind"],
        deviation=key["number"],
    )
    if not kind_ok:
        ev.add(
            "deviation_wrong_kind",
            "warn",
            nums(hits),
            expected=key["kind"],
            given=entries[0].get("kind"),
        )
    if not resp_ok:
        ev.add(
            "responsible_wrong",
            "warn",
            nums(hits),
            expected=key["responsible"],
            given=sorted(given_resp),
        )
    if not mto_ok:
        ev.add("mto_wrong", "info", nums(hits), expected=key["mto"])
    if key["concepts"] and not matched:
        ev.add("requirement_vague", "warn", nums(hits), deviation=key["number"])
    return {
        "key": key,
        "hits": hits,
        "kind_ok": kind_ok,
        "resp_ok": resp_ok,
        "coverage": len(matched) / len(key["concepts"]) if key["concepts"] else 1.0,
        "matched": matched,
        "missed": missed,
        "reference_named": bool(ref) and ref in pool.lower().replace(" ", ""),
    }


def deviation_results(cx: Context) -> tuple[list[dict], list]:
    """(one result per key deviation, facts marked that the key does not support)."""
    results = []
    for key in cx.key_devs:
        hits = [f for f in key["fact_ids"] if f in cx.devs]
        if key["kind"] == "distractor":
            if hits:
                cx.ev.add(
                    "distractor_chosen",
                    "error",
                    cx.nums(hits),
                    deviation=key["number"],
                )
            results.append({"key": key, "hits": hits})
        elif not hits:
            cx.ev.add(
                "deviation_missed",
                "error" if key["kind"] == "primary" else "warn",
                key["fact_numbers"],
                kind=key["kind"],
                deviation=key["number"],
            )
            results.append({"key": key, "hits": []})
        else:
            results.append(_found(cx, key, hits))
    distractors = {
        f for d in cx.key_devs if d["kind"] == "distractor" for f in d["fact_ids"]
    }
    known = cx.real_fact_ids | cx.key_event | distractors
    unsupported = [f for f in cx.devs if f not in known]
    if unsupported:
        cx.ev.add("deviation_unsupported", "warn", cx.nums(unsupported))
    return results, unsupported


def score_primary(primaries: list[dict]) -> dict:
    scores, matched, missed = [], [], []
    for r in primaries:
        if not r["hits"]:
            scores.append(0)
            missed += [c["term"] for c in r["key"]["concepts"]]
            continue
        matched += matched_labels(r["matched"])
        missed += r["missed"]
        content = r["coverage"] >= 0.5 or r["reference_named"]
        score = 1
        if r["kind_ok"] and (content or r["resp_ok"]):
            score = 2
        if r["kind_ok"] and content and r["resp_ok"]:
            score = 3
        scores.append(score)
    return {
        "score": round(sum(scores) / len(scores)) if primaries else 0,
        "matched": matched,
        "missed": missed,
        "checks": [
            ("primary_found", all(r["hits"] for r in primaries)),
            ("primary_classified", all(r.get("kind_ok") for r in primaries)),
            ("responsible", all(r.get("resp_ok") for r in primaries)),
        ],
    }


def _secondary_part(r: dict) -> float:
    """How much of one secondary deviation the learner found, 0–1: found and
    classified as secondary counts whole; found but called primary, half (the
    feedback says why)."""
    if not r["hits"]:
        return 0.0
    return 1.0 if r["kind_ok"] else 0.5


def score_secondary(cx: Context, secondaries: list[dict], distractor_hits: int) -> dict:
    if secondaries:
        found = sum(_secondary_part(r) for r in secondaries) / len(secondaries)
        score = 3 if found >= 0.95 else 2 if found >= 0.5 else 1 if found else 0
    else:
        score = 3 if cx.devs else 0
    return {
        "score": max(0, score - distractor_hits),
        "checks": [
            ("secondary_found", all(r["hits"] for r in secondaries)),
            (
                "secondary_classified",
                all(r.get("kind_ok", True) for r in secondaries),
            ),
            ("no_distractor", not distractor_hits),
        ],
    }


def score_causes(cx: Context) -> dict:
    ev, nums = cx.ev, cx.nums
    learner_primary = [f for f, e in cx.devs.items() if e.get("kind") == "primary"]
    chains = {f: chain(cx.answer, f) for f in learner_primary}
    tags = {w.get("tag") for c in chains.values() for w in c if w.get("tag")}
    tags |= {e.get("mto") for e in cx.devs.values() if e.get("mto")}
    longest = max(chains.values(), key=len, default=[])
    for f, whys in chains.items():
        if not whys:
            ev.add("why_missing", "error", nums([f]))
        elif len(whys) < 4:
            ev.add("why_short", "warn", nums([f]), count=len(whys))
        elif whys[-1].get("tag") != "O":
            ev.add("why_not_organisational", "warn", nums([f]))
        else:
            ev.add("why_ok", "ok", nums([f]))
    missing_tags = [t for t in ("M", "T", "O") if t not in tags]
    if longest and missing_tags:
        ev.add("mto_missing", "info", (), missing=missing_tags)
    last_org = any(c and c[-1].get("tag") == "O" for c in chains.values())
    if not longest:
        score = 0
    else:
        deep = len(longest) >= 4
        score = 1
        if deep or last_org:
            score = 2
        if deep and last_org and not missing_tags:
            score = 3
        # Depth only counts fully when it is the primary deviation that is analysed,
        # not the event or a secondary one marked as primary.
        primary_ids = {
            f for d in cx.key_devs if d["kind"] == "primary" for f in d["fact_ids"]
        }
        if not any(chains.get(f) for f in primary_ids):
            score = min(score, 2)
    return {
        "score": score,
        "checks": [
            ("chain_four", len(longest) >= 4),
            ("chain_ends_organisational", bool(longest) and score >= 2 and last_org),
            ("mto_all", bool(longest) and not missing_tags),
        ],
    }


def score_facts(cx: Context) -> dict:
    devs = cx.devs
    texts = [text(e.get("text"), e.get("requirement")) for e in devs.values()]
    texts += [
        w.get("text", "") for c in (cx.answer.get("whys") or {}).values() for w in c
    ]
    texts += [cx.report.get("what", ""), cx.report.get("immediate", "")]
    cited = set()
    for t in texts:
        cited |= cited_fact_numbers(t)
    cited &= set(cx.exercise.fact_ids_by_number)
    if devs:
        supported = sum(1 for f in devs if f in cx.real_fact_ids)
        precision = supported / len(devs)
        score = (
            3 if precision == 1 else 2 if precision >= 0.66 else 1 if supported else 0
        )
    else:
        precision, score = 0.0, 0
    return {
        "score": score,
        "checks": [
            ("claims_on_facts", bool(devs) and precision == 1),
            ("facts_cited", bool(cited)),
        ],
        "cited": sorted(cited),
    }
