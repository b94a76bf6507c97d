"""Scoring of the analysis: the event, the deviations, the causes and the facts.

Each ``score_*`` adds its feedback to ``cx.ev`` and returns the criterion's result:
``{"score": 0–3, "checks": [(code, ok)], ...}``.
"""

from __future__ import annotations

from ..legal import same_reference
from ..matching import Analysed, cited_fact_numbers, match_concepts
from ..statements import retells
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
    else:
        if marked - key_event:
            ev.add("event_partly", "warn", cx.nums(marked - key_event))
        if key_event - marked:
            ev.add("event_incomplete", "warn", cx.nums(key_event - marked))
    blamed = _event_blamed(cx)
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
    if blamed and not confused:
        ev.add("event_described_as_deviation", "error", cx.nums(blamed))
        score = min(score, 1)
    return {
        "score": score,
        "checks": [
            ("event_marked", marked == key_event),
            ("event_not_deviation", not confused and not blamed),
        ],
    }


def _event_blamed(cx: Context) -> set:
    """Primary deviations whose text only retells the event ("the spanner slipped and
    fell"): the tick sits on another fact, but what the learner calls the deviation is
    what happened, in whatever words, and names no broken requirement of the key."""
    event_texts = [cx.fact_texts[n - 1] for n in cx.nums(cx.key_event)]
    concepts = [
        c
        for d in cx.key_devs
        if d["kind"] in ("primary", "secondary")
        for c in d["concepts"]
    ]
    # A concept word the event itself uses ("ice") does not make it a deviation.
    in_event = Analysed.of(text(*event_texts), cx.language)
    blamed = set()
    for fact_id, entry in cx.devs.items():
        if entry.get("kind") != "primary" or fact_id in cx.key_event:
            continue
        written = text(entry.get("text"), entry.get("requirement"))
        if not written.strip() or retells(written, event_texts, cx.language) < 0.5:
            continue
        matched, _missed = match_concepts(concepts, written, cx.language)
        if not [m for m in matched if not in_event.has_phrase(m[1])]:
            blamed.add(fact_id)
    cx.blamed = blamed
    return blamed


def _own_words(cx: Context, entries: list[dict], hits: list) -> tuple[str, str]:
    """(what concepts are matched in: the learner's own statements; how the deviation
    itself is written: "own", "copied" from a fact, or "none", labels or nothing).
    The requirement field is a label ("Vern mot fallende gjenstander", "FUA kap. 17")
    and counts as it is once the deviation itself is written as a statement."""
    described, report = cx.own_report(text(*[e.get("text") for e in entries]))
    labels = text(*[e.get("requirement") for e in entries])
    whys = cx.own(text(*[w.get("text") for f in hits for w in chain(cx.answer, f)]))
    pool = text(described, labels if described else cx.own(labels), whys)
    if report["statements"]:
        return pool, "own"
    return pool, "copied" if report["copied"] else "none"


def _found(cx: Context, key: dict, hits: list) -> dict:
    """Feedback and the result for a key deviation the learner marked (``hits``)."""
    ev, nums = cx.ev, cx.nums
    entries = [cx.devs[f] for f in hits]
    pool = text(
        *[text(e.get("text"), e.get("requirement")) for e in entries],
        *[w.get("text") for f in hits for w in chain(cx.answer, f)],
    )
    own_words, described = _own_words(cx, entries, hits)
    matched, missed = match_concepts(key["concepts"], own_words, cx.language)
    kind_ok = any(e.get("kind") == key["kind"] for e in entries)
    given_resp = {e.get("responsible") for e in entries if e.get("responsible")}
    resp_ok = not key["responsible_all"] or bool(key["responsible_all"] & given_resp)
    given_mto = {e.get("mto") for e in entries if e.get("mto")}
    mto_ok = not key["mto_all"] or bool(key["mto_all"] & given_mto)
    cited = set()
    for entry in entries:
        cited |= cited_fact_numbers(text(entry.get("text"), entry.get("requirement")))
    parts = set(key["fact_numbers"]) & (cited | cx.nums(hits))
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
        "parts": len(parts) / len(key["fact_numbers"]) if key["fact_numbers"] else 1.0,
        "described": described,
        "cited": bool(cited),
        "matched": matched,
        "missed": missed,
        "reference_named": bool(key["legal_reference"])
        and same_reference(key["legal_reference"], pool),
    }


def _distractor(cx: Context, key: dict, hits: list) -> dict:
    """A distractor the learner marked. One the key accepts as a contributing factor
    costs nothing as a secondary deviation, but is wrong as the primary."""
    as_primary = [f for f in hits if cx.devs[f].get("kind") == "primary"]
    counted = hits
    if hits and key["contributing"]:
        counted = []
        if as_primary:
            cx.ev.add(
                "contributing_not_primary",
                "warn",
                cx.nums(as_primary),
                deviation=key["number"],
            )
        else:
            cx.ev.add("contributing_accepted", "info", cx.nums(hits))
    elif hits:
        cx.ev.add("distractor_chosen", "error", cx.nums(hits), deviation=key["number"])
    return {"key": key, "hits": counted, "as_primary": as_primary}


def deviation_results(cx: Context) -> tuple[list[dict], list]:
    """(one result per key deviation, facts marked that the key does not support)."""
    results = []
    for key in cx.key_devs:
        hits = [f for f in key["fact_ids"] if f in cx.devs]
        if key["kind"] == "distractor":
            results.append(_distractor(cx, key, hits))
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


def score_primary(cx: Context, primaries: list[dict], wrong_primaries: int = 0) -> dict:
    """``wrong_primaries``: distractors the learner called primary (each costs a level:
    the analysis then starts from the wrong place)."""
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
        # Ticked right but not said: a pasted fact is correct but not the learner's
        # own analysis (2 at most); labels say nothing of what was wrong (1).
        score = min(score, {"own": 3, "copied": 2}.get(r["described"], 1))
        if set(r["hits"]) & cx.blamed:
            score = min(score, 1)  # what it calls the deviation is the event
        scores.append(score)
    score = round(sum(scores) / len(scores)) if primaries else 0
    return {
        "score": max(0, score - wrong_primaries) if score else 0,
        "matched": matched,
        "missed": missed,
        "checks": [
            ("primary_found", all(r["hits"] for r in primaries)),
            ("primary_classified", all(r.get("kind_ok") for r in primaries)),
            ("responsible", all(r.get("resp_ok") for r in primaries)),
        ],
    }


def _whole(r: dict) -> bool:
    """Every part of a secondary deviation named: its facts marked or cited, or its
    key concepts in the learner's own statements."""
    return max(r["parts"], r["coverage"]) >= 0.95


def _secondary_level(r: dict) -> float:
    """0–3 for one secondary deviation. One that spans several facts or barriers is
    whole only when every part is named (the facts marked or cited, or the key's
    concepts in the learner's own statements); one part is correct but incomplete.
    Found but called primary costs half (the feedback says why)."""
    if not r["hits"]:
        return 0.0
    level = 3.0 if _whole(r) else 2.0
    level = min(level, {"own": 3.0, "copied": 2.0}.get(r["described"], 1.0))
    return level if r["kind_ok"] else level / 2


def score_secondary(cx: Context, secondaries: list[dict], distractor_hits: int) -> dict:
    if secondaries:
        mean = sum(_secondary_level(r) for r in secondaries) / len(secondaries)
        score = int(mean + 0.5)
        partly = [r for r in secondaries if r["hits"] and not _whole(r)]
        for r in partly:
            cx.ev.add(
                "secondary_partly",
                "warn",
                cx.nums(r["hits"]),
                deviation=r["key"]["number"],
            )
    else:
        score = 3 if cx.devs else 0
    return {
        "score": max(0, score - distractor_hits),
        "checks": [
            ("secondary_found", all(r["hits"] for r in secondaries)),
            (
                "secondary_whole",
                all(r["hits"] and _secondary_level(r) >= 3 for r in secondaries),
            ),
            (
                "secondary_classified",
                all(r.get("kind_ok", True) for r in secondaries),
            ),
            ("no_distractor", not distractor_hits),
        ],
    }


def _pointed(cx: Context, fact_id: str, entry: dict) -> bool:
    """Does the learner's own text point at facts that support this claim: a fact
    number of the key's deviation, or the deviation's content in their own words?"""
    key = next(
        (
            d
            for d in cx.key_devs
            if fact_id in d["fact_ids"] and d["kind"] in ("primary", "secondary")
        ),
        None,
    )
    if key is None:
        return False
    written = text(entry.get("text"), entry.get("requirement"))
    if cited_fact_numbers(written) & set(key["fact_numbers"]):
        return True
    matched, _missed = match_concepts(
        key["concepts"], cx.own(entry.get("text") or ""), cx.language
    )
    return bool(matched)


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
    pointed = {f for f, e in devs.items() if _pointed(cx, f, e)}
    if devs:
        supported = sum(1 for f in devs if f in cx.real_fact_ids)
        precision = supported / len(devs)
        score = (
            3 if precision == 1 else 2 if precision >= 0.66 else 1 if supported else 0
        )
        if score == 3 and len(pointed) < len(devs):
            score = 2  # real deviations, but the text does not say which facts show it
    else:
        precision, score = 0.0, 0
    return {
        "score": score,
        "checks": [
            ("claims_on_facts", bool(devs) and precision == 1),
            ("facts_cited", bool(cited)),
            ("claims_point_at_facts", bool(devs) and len(pointed) == len(devs)),
        ],
        "cited": sorted(cited),
    }
