"""Immediate feedback and the automatic pre-score of a submitted answer.

Everything here is a pure function of the exercise's key and the answer, so it is easy to
test and to re-run. Feedback is stored as codes with parameters and rendered at display
time (``feedback.py``), so each reader sees it in their own language.

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

from dataclasses import dataclass, field

from .choices import COLLECTIVE_LEVELS
from .matching import cited_fact_numbers, match_concepts

LEARNER_KINDS = ("primary", "secondary")


@dataclass
class Evaluation:
    feedback: list[dict] = field(default_factory=list)
    prescore: dict = field(default_factory=dict)  # {criterion_id: {...}}
    percent: int | None = None

    def add(self, code: str, level: str, facts=(), **params):
        self.feedback.append(
            {"code": code, "level": level, "facts": sorted(facts), "params": params}
        )

    def codes(self) -> list[str]:
        return [item["code"] for item in self.feedback]


def _text(*parts) -> str:
    return "\n".join(p for p in parts if p)


def learner_deviations(answer: dict) -> dict[str, dict]:
    return {
        fact_id: entry
        for fact_id, entry in (answer.get("facts") or {}).items()
        if (entry or {}).get("kind") in LEARNER_KINDS
    }


def _matched_labels(matched) -> list[str]:
    """ "term ← the synonym found" for the instructor (just "term" if found as such)."""
    return [
        f"{term} ← {phrase}" if term != phrase else term for term, phrase in matched
    ]


def _chain(answer: dict, fact_id: str) -> list[dict]:
    return [w for w in (answer.get("whys") or {}).get(fact_id, []) if w.get("text")]


def evaluate(exercise, answer: dict, language: str) -> Evaluation:
    """Feedback items and a per-criterion pre-score for ``answer``."""
    ev = Evaluation()
    number_of = exercise.fact_numbers_by_id
    key_event = set(exercise.fact_ids(exercise.event_facts))
    devs = learner_deviations(answer)
    marked_event = set(answer.get("event") or [])
    key_devs = exercise.key_deviations
    real = [d for d in key_devs if d["kind"] in LEARNER_KINDS]
    real_fact_ids = {f for d in real for f in d["fact_ids"]}

    def nums(ids):
        return {number_of[i] for i in ids if i in number_of}

    # --- 1 event ----------------------------------------------------------------------
    confused = (key_event & set(devs)) - real_fact_ids
    if confused:
        ev.add("event_as_deviation", "error", nums(confused))
    if key_event and marked_event == key_event and not confused:
        ev.add("event_ok", "ok", nums(key_event))
    elif not marked_event:
        ev.add("event_missing", "warn", nums(key_event))
    elif not marked_event & key_event:
        ev.add(
            "event_wrong", "error", nums(marked_event), expected=sorted(nums(key_event))
        )
    elif marked_event != key_event:
        ev.add("event_partly", "warn", nums(marked_event ^ key_event))
    if confused:
        event_score = 1
    elif not marked_event:
        event_score = 0
    elif marked_event == key_event:
        event_score = 3
    elif marked_event & key_event:
        event_score = 2
    else:
        event_score = 1

    # --- 2, 3 deviations -------------------------------------------------------------
    dev_results = []
    for key in key_devs:
        hits = [f for f in key["fact_ids"] if f in devs]
        if key["kind"] == "distractor":
            if hits:
                ev.add(
                    "distractor_chosen",
                    "error",
                    nums(hits),
                    deviation=key["number"],
                )
            dev_results.append({"key": key, "hits": hits})
            continue
        if not hits:
            ev.add(
                "deviation_missed",
                "error" if key["kind"] == "primary" else "warn",
                key["fact_numbers"],
                kind=key["kind"],
                deviation=key["number"],
            )
            dev_results.append({"key": key, "hits": []})
            continue
        entries = [devs[f] for f in hits]
        pool = _text(
            *[_text(e.get("text"), e.get("requirement")) for e in entries],
            *[w.get("text") for f in hits for w in _chain(answer, f)],
        )
        matched, missed = match_concepts(key["concepts"], pool, language)
        kind_ok = any(e.get("kind") == key["kind"] for e in entries)
        given_resp = {e.get("responsible") for e in entries if e.get("responsible")}
        resp_ok = not key["responsible"] or key["responsible"] in given_resp
        given_mto = {e.get("mto") for e in entries if e.get("mto")}
        mto_ok = not key["mto"] or key["mto"] in given_mto
        ref = (key["legal_reference"] or "").lower().replace(" ", "")
        reference_named = bool(ref) and ref in pool.lower().replace(" ", "")
        coverage = len(matched) / len(key["concepts"]) if key["concepts"] else 1.0
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
            ev.add(
                "requirement_vague",
                "warn",
                nums(hits),
                deviation=key["number"],
            )
        dev_results.append(
            {
                "key": key,
                "hits": hits,
                "kind_ok": kind_ok,
                "resp_ok": resp_ok,
                "coverage": coverage,
                "matched": matched,
                "missed": missed,
                "reference_named": reference_named,
            }
        )
    known = (
        real_fact_ids
        | key_event
        | {f for d in key_devs if d["kind"] == "distractor" for f in d["fact_ids"]}
    )
    unsupported = [f for f in devs if f not in known]
    if unsupported:
        ev.add("deviation_unsupported", "warn", nums(unsupported))

    primaries = [r for r in dev_results if r["key"]["kind"] == "primary"]
    primary_scores, primary_matched, primary_missed = [], [], []
    for r in primaries:
        if not r["hits"]:
            primary_scores.append(0)
            primary_missed += [c["term"] for c in r["key"]["concepts"]]
            continue
        primary_matched += _matched_labels(r["matched"])
        primary_missed += r["missed"]
        content = r["coverage"] >= 0.5 or r["reference_named"]
        score = 1
        if r["kind_ok"] and (content or r["resp_ok"]):
            score = 2
        if r["kind_ok"] and content and r["resp_ok"]:
            score = 3
        primary_scores.append(score)
    primary_score = round(sum(primary_scores) / len(primary_scores)) if primaries else 0

    secondaries = [r for r in dev_results if r["key"]["kind"] == "secondary"]
    distractor_hits = sum(
        1 for r in dev_results if r["key"]["kind"] == "distractor" and r["hits"]
    ) + len(unsupported)
    if secondaries:
        found = sum(1 for r in secondaries if r["hits"]) / len(secondaries)
        secondary_score = 3 if found == 1 else 2 if found >= 0.5 else 1 if found else 0
    else:
        secondary_score = 3 if devs else 0
    secondary_score = max(0, secondary_score - distractor_hits)

    # --- 4 causes ----------------------------------------------------------------------
    learner_primary = [f for f, e in devs.items() if e.get("kind") == "primary"]
    chains = {f: _chain(answer, f) for f in learner_primary}
    tags = {w.get("tag") for c in chains.values() for w in c if w.get("tag")}
    tags |= {e.get("mto") for e in devs.values() if e.get("mto")}
    longest = max(chains.values(), key=len, default=[])
    for f, chain in chains.items():
        if not chain:
            ev.add("why_missing", "error", nums([f]))
        elif len(chain) < 4:
            ev.add("why_short", "warn", nums([f]), count=len(chain))
        elif chain[-1].get("tag") != "O":
            ev.add("why_not_organisational", "warn", nums([f]))
        else:
            ev.add("why_ok", "ok", nums([f]))
    missing_tags = [t for t in ("M", "T", "O") if t not in tags]
    if longest and missing_tags:
        ev.add("mto_missing", "info", (), missing=missing_tags)
    if not longest:
        causes_score = 0
    else:
        deep = len(longest) >= 4
        last_org = any(c and c[-1].get("tag") == "O" for c in chains.values())
        causes_score = 1
        if deep or last_org:
            causes_score = 2
        if deep and last_org and not missing_tags:
            causes_score = 3
        # Depth only counts fully when it is the primary deviation that is analysed,
        # not the event or a secondary one marked as primary.
        primary_ids = {
            f for d in key_devs if d["kind"] == "primary" for f in d["fact_ids"]
        }
        if not any(chains.get(f) for f in primary_ids):
            causes_score = min(causes_score, 2)

    # --- 5 facts -----------------------------------------------------------------------
    texts = [_text(e.get("text"), e.get("requirement")) for e in devs.values()]
    texts += [w.get("text", "") for c in (answer.get("whys") or {}).values() for w in c]
    report = answer.get("report") or {}
    texts += [report.get("what", ""), report.get("immediate", "")]
    cited = set()
    for t in texts:
        cited |= cited_fact_numbers(t)
    cited &= set(exercise.fact_ids_by_number)
    if devs:
        supported = sum(1 for f in devs if f in real_fact_ids)
        precision = supported / len(devs)
        facts_score = (
            3 if precision == 1 else 2 if precision >= 0.66 else 1 if supported else 0
        )
    else:
        precision, facts_score = 0.0, 0

    # --- 6 report ----------------------------------------------------------------------
    rk = exercise.report_key
    report_score = 0
    report_checks = []
    if rk and any(report.get(k) for k in ("type", "category", "severity_actual")):
        type_ok = report.get("type") in {rk["report_type"], *rk["accepted_types"]}
        category_ok = report.get("category") in {
            rk["category"],
            *rk["accepted_categories"],
        }
        actual_ok = report.get("severity_actual") in {
            rk["severity_actual"],
            *rk["accepted_actual"],
        }
        potential_ok = report.get("severity_potential") in {
            rk["severity_potential"],
            *rk["accepted_potential"],
        }
        report_score = int(type_ok) + int(category_ok) + int(actual_ok and potential_ok)
        report_checks = [
            ("report_type", type_ok),
            ("category", category_ok),
            ("severity_actual", actual_ok),
            ("severity_potential", potential_ok),
        ]
        for code, ok, expected in (
            ("report_type_wrong", type_ok, rk["report_type"]),
            ("category_wrong", category_ok, rk["category"]),
            ("severity_actual_wrong", actual_ok, rk["severity_actual"]),
            ("severity_potential_wrong", potential_ok, rk["severity_potential"]),
        ):
            if not ok:
                ev.add(code, "warn", (), expected=expected)
        if report_score == 3:
            ev.add("report_ok", "ok", ())
    elif rk:
        ev.add("report_missing", "error", ())

    # --- 7 actions ---------------------------------------------------------------------
    actions = [
        a for a in answer.get("actions") or [] if (a.get("description") or "").strip()
    ]
    actions_score = 0
    action_matched, action_missed = [], []
    action_checks = []
    if not actions:
        ev.add("actions_missing", "error", ())
    else:
        types = {a.get("type") for a in actions}
        missing_types = [
            t for t in ("immediate", "corrective", "preventive") if t not in types
        ]
        if missing_types:
            ev.add("action_types_missing", "warn", (), missing=missing_types)
        linked_ok = True
        for number, a in enumerate(actions, start=1):
            target = a.get("deviation")
            if not target:
                linked_ok = False
                ev.add("action_unlinked", "warn", (), number=number)
            elif target not in real_fact_ids:
                linked_ok = False
                ev.add(
                    "action_linked_to_non_deviation",
                    "warn",
                    nums([target]),
                    number=number,
                )
        for r in primaries + secondaries:
            if r["hits"] and not any(
                a.get("deviation") in r["key"]["fact_ids"] for a in actions
            ):
                linked_ok = False
                ev.add("deviation_without_action", "warn", nums(r["hits"]))
        ppe_first = []
        for number, a in enumerate(actions, start=1):
            if a.get("control_level") != "ppe":
                continue
            same = [
                b
                for b in actions
                if b.get("control_level") in COLLECTIVE_LEVELS
                and (not a.get("deviation") or b.get("deviation") == a.get("deviation"))
            ]
            if not same:
                ppe_first.append(number)
                ev.add(
                    "ppe_before_collective",
                    "error",
                    nums([a.get("deviation")] if a.get("deviation") else []),
                    number=number,
                )
        ref_concepts = [c for ref in exercise.key_actions for c in ref["concepts"]]
        pool = _text(
            *[_text(a.get("description"), a.get("effect_check")) for a in actions]
        )
        matched, missed = match_concepts(ref_concepts, pool, language)
        action_matched = _matched_labels(matched)
        action_missed = missed
        coverage = len(matched) / len(ref_concepts) if ref_concepts else 1.0
        all_types = not missing_types
        good_level = not ppe_first and coverage >= 0.4
        action_checks = [
            ("all_action_types", all_types),
            ("actions_linked", linked_ok),
            ("collective_before_ppe", not ppe_first),
            ("reference_concepts", coverage >= 0.4),
        ]
        count = int(all_types) + int(linked_ok) + int(good_level)
        actions_score = 1 + int(count >= 2) + int(count == 3)

    # --- 8 follow-up -------------------------------------------------------------------
    case = answer.get("case") or {}
    informed = set(case.get("informed") or [])
    complete = [
        a
        for a in actions
        if (a.get("responsible") or "").strip()
        and a.get("deadline")
        and (a.get("effect_check") or "").strip()
    ]
    for number, a in enumerate(actions, start=1):
        missing = [
            name
            for name in ("responsible", "deadline", "effect_check")
            if not (a.get(name) or "").strip()
        ]
        if missing:
            ev.add("followup_missing", "warn", (), number=number, missing=missing)
    effect_evaluation = bool((case.get("effect_evaluation") or "").strip())
    missing_informed = [p for p in ("leader", "verneombud") if p not in informed]
    if missing_informed:
        ev.add("informed_missing", "warn", (), missing=missing_informed)
    if case.get("status") != "closed":
        ev.add("case_not_closed", "info", ())
    followup_checks = [
        (
            "actions_have_owner_deadline_check",
            bool(actions) and len(complete) == len(actions),
        ),
        ("effect_evaluation", effect_evaluation),
        ("verneombud_informed", not missing_informed),
    ]
    followup_score = sum(int(ok) for _code, ok in followup_checks)
    if actions and 0 < len(complete) < len(actions) and followup_score < 3:
        followup_score = max(followup_score, 1)

    # --- per criterion -----------------------------------------------------------------
    by_code = {
        "event": {
            "score": event_score,
            "checks": [
                ("event_marked", marked_event == key_event),
                ("event_not_deviation", not confused),
            ],
        },
        "primary": {
            "score": primary_score,
            "matched": primary_matched,
            "missed": primary_missed,
            "checks": [
                ("primary_found", all(r["hits"] for r in primaries)),
                ("primary_classified", all(r.get("kind_ok") for r in primaries)),
                ("responsible", all(r.get("resp_ok") for r in primaries)),
            ],
        },
        "secondary": {
            "score": secondary_score,
            "checks": [
                ("secondary_found", all(r["hits"] for r in secondaries)),
                ("no_distractor", not distractor_hits),
            ],
        },
        "causes": {
            "score": causes_score,
            "checks": [
                ("chain_four", len(longest) >= 4),
                (
                    "chain_ends_organisational",
                    bool(longest)
                    and causes_score >= 2
                    and any(c and c[-1].get("tag") == "O" for c in chains.values()),
                ),
                ("mto_all", bool(longest) and not missing_tags),
            ],
        },
        "facts": {
            "score": facts_score,
            "checks": [
                ("claims_on_facts", bool(devs) and precision == 1),
                ("facts_cited", bool(cited)),
            ],
            "cited": sorted(cited),
        },
        "report": {"score": report_score, "checks": report_checks},
        "actions": {
            "score": actions_score,
            "matched": action_matched,
            "missed": action_missed,
            "checks": action_checks,
        },
        "followup": {"score": followup_score, "checks": followup_checks},
    }
    suggested = {}
    for criterion in exercise.criteria:
        result = by_code.get(criterion["code"])
        if result is None:
            ev.prescore[criterion["id"]] = {"code": criterion["code"], "score": None}
            continue
        ev.prescore[criterion["id"]] = {
            "code": criterion["code"],
            "score": result["score"],
            "matched": result.get("matched", []),
            "missed": result.get("missed", []),
            "checks": [[code, bool(ok)] for code, ok in result.get("checks", [])],
        }
        suggested[criterion["id"]] = result["score"]
    # Criteria only the instructor judges are left out of the suggested percentage.
    ev.percent = weighted_percent(exercise.criteria, suggested) if suggested else None
    return ev


def weighted_percent(criteria: list[dict], scores: dict[str, int]) -> int:
    """The rubric result in %: sum(weight × score) / sum(weight × 3)."""
    total = weight_sum = 0
    for criterion in criteria:
        if criterion["id"] in scores:
            total += criterion["weight"] * scores[criterion["id"]]
            weight_sum += criterion["weight"] * 3
    return round(100 * total / weight_sum) if weight_sum else 0
