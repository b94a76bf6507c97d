"""Turning stored feedback codes into sentences in the reader's language."""

from __future__ import annotations

from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import choices
from .taxonomy import category_choices

MESSAGES = {
    "event_ok": gettext_lazy(
        "Good: you kept the event ({facts}) apart from the deviations. The event is "
        "what happened; a deviation is a broken requirement that caused it or could "
        "have caused it."
    ),
    "event_missing": gettext_lazy(
        "Mark the event: what actually happened is described in {facts}."
    ),
    "event_wrong": gettext_lazy(
        "{facts} is not the event. The event – what happened – is fact {expected}."
    ),
    "event_partly": gettext_lazy(
        "Check {facts} again: the event is only what happened."
    ),
    "event_incomplete": gettext_lazy(
        "The event also includes {facts}: mark everything that happened."
    ),
    "event_described_as_deviation": gettext_lazy(
        "What you call the deviation in {facts} retells the event. The event is what "
        "happened; the deviation is the requirement that was not met."
    ),
    "write_sentences": gettext_lazy(
        "Write the deviation as a sentence: what was not done, and which requirement "
        "it breaks. A list of keywords does not show what you mean."
    ),
    "copied_fact": gettext_lazy(
        "Part of your answer repeats the scenario's wording. Say in your own words "
        "what was wrong; point to the fact by its number."
    ),
    "contributing_accepted": gettext_lazy(
        "{facts}: acceptable as a contributing factor, but not what caused the event."
    ),
    "contributing_not_primary": gettext_lazy(
        "{facts} may have contributed, but it is not the primary deviation. {explanation}"
    ),
    "secondary_partly": gettext_lazy(
        "{facts}: you found part of this deviation. All of it: {title}."
    ),
    "why_not_statements": gettext_lazy(
        "Some of your whys for {facts} are single words. Each why should be a cause "
        "in a few words, and a cause of the step before it."
    ),
    "why_root_missing": gettext_lazy(
        "Your why-chain for {facts} stops before the organisational root cause."
    ),
    "event_as_deviation": gettext_lazy(
        "You marked the event ({facts}) as a deviation. The event is what happened; "
        "the deviation is the broken requirement behind it. Ask: which rule or routine "
        "was not followed?"
    ),
    "deviation_found": gettext_lazy("You found the {kind} in {facts}: {title}."),
    "deviation_wrong_kind": gettext_lazy(
        "{facts}: this is the {expected}, but you classified it as {given}."
    ),
    "deviation_missed": gettext_lazy(
        "You missed a {kind}. Look again at {facts}: {title}. {explanation}"
    ),
    "distractor_chosen": gettext_lazy(
        "{facts} is not a deviation in this scenario. {explanation}"
    ),
    "deviation_unsupported": gettext_lazy(
        "{facts} does not show a broken requirement in this scenario. Mark only facts "
        "where a rule, routine or requirement was not met."
    ),
    "responsible_wrong": gettext_lazy(
        "{facts}: the party responsible is {expected}, you said {given}."
    ),
    "mto_wrong": gettext_lazy("{facts}: this cause is mainly {expected}."),
    "requirement_vague": gettext_lazy(
        "{facts}: say which requirement is broken. Hint: {reference} {requirement}"
    ),
    "why_missing": gettext_lazy(
        "There is no “4 × why” chain for the primary deviation in {facts}."
    ),
    "why_not_organisational": gettext_lazy(
        "The last why for {facts} is not tagged O. Ask once more: what in the "
        "organisation (routines, training, planning) allowed it?"
    ),
    "why_ok": gettext_lazy(
        "Your why-chain for {facts} reaches an organisational cause."
    ),
    "mto_missing": gettext_lazy(
        "Your causes do not cover {missing}. Consider human, technology and "
        "organisation."
    ),
    "report_ok": gettext_lazy("Report type, category and severity are right."),
    "report_missing": gettext_lazy(
        "Fill in the deviation report: type, category and severity."
    ),
    "report_type_wrong": gettext_lazy(
        "The report type should be {expected}. {explanation}"
    ),
    "category_wrong": gettext_lazy("The best category is {expected}."),
    "severity_actual_wrong": gettext_lazy(
        "Actual severity (what did happen) should be {expected}."
    ),
    "severity_potential_wrong": gettext_lazy(
        "Potential severity (what could have happened) should be {expected}."
    ),
    "actions_missing": gettext_lazy("Propose at least one action."),
    "action_types_missing": gettext_lazy("You have no {missing} action."),
    "action_unlinked": gettext_lazy(
        "Action {number} is not linked to a deviation. Every action should answer a "
        "deviation."
    ),
    "action_linked_to_non_deviation": gettext_lazy(
        "Action {number} is linked to {facts}, which is not one of the deviations."
    ),
    "deviation_without_action": gettext_lazy(
        "No action answers the deviation in {facts}."
    ),
    "ppe_before_collective": gettext_lazy(
        "Action {number} relies on personal protective equipment, but you propose no "
        "collective or technical measure for the same deviation. Remove the hazard or "
        "protect everyone first; personal protective equipment comes last."
    ),
    "followup_missing": gettext_lazy("Action {number} lacks: {missing}."),
    "informed_missing": gettext_lazy("Say who is informed: {missing}."),
    "case_not_closed": gettext_lazy(
        "You did not walk the case through to Closed in the routine step."
    ),
}

CHECK_LABELS = {
    "event_marked": gettext_lazy("event marked correctly"),
    "event_not_deviation": gettext_lazy("event not called a deviation"),
    "primary_found": gettext_lazy("primary deviation found"),
    "primary_classified": gettext_lazy("classified as primary"),
    "responsible": gettext_lazy("responsible party right"),
    "secondary_found": gettext_lazy("all secondary deviations found"),
    "secondary_classified": gettext_lazy("classified as secondary"),
    "secondary_whole": gettext_lazy("every part of each secondary deviation named"),
    "no_distractor": gettext_lazy("no distractor chosen"),
    "chain_four": gettext_lazy("a chain of at least 4 whys"),
    "chain_ends_organisational": gettext_lazy("chain ends in an O cause"),
    "mto_all": gettext_lazy("M, T and O all used"),
    "claims_on_facts": gettext_lazy("every marked deviation is a real one"),
    "facts_cited": gettext_lazy("fact numbers cited in the text"),
    "claims_point_at_facts": gettext_lazy(
        "each deviation's text points at the facts that show it"
    ),
    "report_type": gettext_lazy("report type"),
    "category": gettext_lazy("category"),
    "severity_actual": gettext_lazy("actual severity"),
    "severity_potential": gettext_lazy("potential severity"),
    "all_action_types": gettext_lazy("immediate, corrective and preventive actions"),
    "actions_linked": gettext_lazy("every action linked, every deviation answered"),
    "collective_before_ppe": gettext_lazy("collective before PPE"),
    "reference_concepts": gettext_lazy("key ideas of the reference actions"),
    "actions_have_owner_deadline_check": gettext_lazy(
        "every action has responsible, deadline and effect check"
    ),
    "effect_evaluation": gettext_lazy("effect evaluated before closing"),
    "verneombud_informed": gettext_lazy("nearest leader and verneombud informed"),
}

# Why a suggested level needs a human (scoring/confidence.py).
UNSURE_REASONS = {
    "partial": gettext_lazy("a partial level: the evidence is mixed"),
    "signals_disagree": gettext_lazy("the ticks and the text disagree"),
    "key_has_no_concepts": gettext_lazy("the key has no concepts to read the text by"),
    "chain_not_checked": gettext_lazy(
        "the chain's content could not be checked against a key"
    ),
    "thin_effect_checks": gettext_lazy("some effect checks are a word or two"),
    "short_answer": gettext_lazy("the answer is too short to judge by its words"),
}

FIELD_LABELS = {
    "responsible": gettext_lazy("responsible"),
    "deadline": gettext_lazy("deadline"),
    "effect_check": gettext_lazy("how the effect is checked"),
}


def _label(choice_list, code) -> str:
    return str(dict(choice_list).get(code, code or "–"))


def _kind(code) -> str:
    return {
        "primary": _("primary deviation"),
        "secondary": _("secondary deviation"),
        "distractor": _("distractor"),
    }.get(code, code or "–")


def facts_text(numbers) -> str:
    numbers = list(numbers)
    if not numbers:
        return ""
    joined = ", ".join(str(n) for n in numbers)
    return ngettext("fact %(n)s", "facts %(n)s", len(numbers)) % {"n": joined}


def _join(items) -> str:
    return ", ".join(str(i) for i in items)


def render_item(item: dict, exercise=None) -> str:
    """One feedback sentence; key texts come from ``exercise`` (the reader's language)."""
    params = dict(item.get("params") or {})
    code = item["code"]
    params["facts"] = facts_text(item.get("facts") or [])
    key_devs = exercise.key_deviations if exercise is not None else []
    number = params.get("deviation")
    if number and number <= len(key_devs):
        deviation = key_devs[number - 1]
        params["title"] = deviation["title"]
        params["explanation"] = deviation["explanation"]
        params["requirement"] = deviation["requirement"]
        params["reference"] = deviation["legal_reference"]
    if code == "report_type_wrong" and exercise is not None and exercise.report_key:
        params["explanation"] = exercise.report_key.get("explanation", "")
    if code in ("deviation_found", "deviation_missed"):
        params["kind"] = _kind(params.get("kind"))
    if code == "deviation_wrong_kind":
        params["expected"] = _kind(params.get("expected"))
        params["given"] = _kind(params.get("given"))
    if code == "responsible_wrong":
        params["expected"] = _label(choices.RESPONSIBLE_PARTIES, params.get("expected"))
        params["given"] = (
            _join(
                _label(choices.RESPONSIBLE_PARTIES, g) for g in params.get("given", [])
            )
            or "–"
        )
    if code == "mto_wrong":
        params["expected"] = _label(choices.MTO_TAGS, params.get("expected"))
    if code == "mto_missing":
        params["missing"] = _join(
            _label(choices.MTO_TAGS, t) for t in params.get("missing", [])
        )
    if code == "event_wrong":
        params["expected"] = _join(params.get("expected", []))
    if code == "report_type_wrong":
        params["expected"] = _label(choices.REPORT_TYPES, params.get("expected"))
    if code == "category_wrong":
        params["expected"] = _label(category_choices(), params.get("expected"))
    if code in ("severity_actual_wrong", "severity_potential_wrong"):
        params["expected"] = _label(choices.SEVERITIES, params.get("expected"))
    if code == "action_types_missing":
        params["missing"] = _join(
            _label(choices.ACTION_TYPES, t) for t in params.get("missing", [])
        )
    if code == "followup_missing":
        params["missing"] = _join(FIELD_LABELS[f] for f in params.get("missing", []))
    if code == "informed_missing":
        params["missing"] = _join(
            _label(choices.INFORMED_PARTIES, p) for p in params.get("missing", [])
        )
    if code == "why_short":
        count = int(params.get("count") or 0)
        return ngettext(
            "The why-chain for %(facts)s has %(count)s step. Keep asking why until "
            "you reach the organisation (at least 4 steps).",
            "The why-chain for %(facts)s has %(count)s steps. Keep asking why until "
            "you reach the organisation (at least 4 steps).",
            count,
        ) % {"facts": params["facts"], "count": count}
    template = MESSAGES.get(code)
    if template is None:
        return code
    text = str(format_lazy(template, **{k: v or "" for k, v in params.items()}))
    return " ".join(text.split())


LEVEL_ORDER = {"error": 0, "warn": 1, "info": 2, "ok": 3}


def render_feedback(items: list[dict], exercise=None) -> list[dict]:
    """[{"level", "text", "facts"}] with problems first."""
    rendered = [
        {
            "level": i["level"],
            "text": render_item(i, exercise),
            "facts": i.get("facts") or [],
        }
        for i in items
    ]
    return sorted(rendered, key=lambda r: LEVEL_ORDER.get(r["level"], 9))


def render_checks(checks) -> list[dict]:
    return [
        {"label": str(CHECK_LABELS.get(code, code)), "ok": ok} for code, ok in checks
    ]
