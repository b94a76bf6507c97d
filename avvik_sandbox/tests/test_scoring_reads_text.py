"""The pre-score reads what the learner wrote, not only which boxes were ticked.

Each test is a way a learner could earn credit the answer does not deserve (or lose
credit it does), as an instructor would see it.
"""

import copy

import pytest

from avvik_sandbox.factories import GOOD_NB, answer
from avvik_sandbox.scoring import evaluate

pytestmark = pytest.mark.django_db


def _scores(exercise, evaluation):
    codes = {c["id"]: c["code"] for c in exercise.criteria}
    return {codes[cid]: v["score"] for cid, v in evaluation.prescore.items()}


def _spec(**changes):
    spec = copy.deepcopy(GOOD_NB)
    spec.update(changes)
    return spec


def _edit_key(exercise, field, change):
    """The exercise after an editor changed ``field``'s stream (``change(raw_data)``)."""
    from avvik_sandbox.models import ExercisePage

    page = ExercisePage.objects.get(pk=exercise.pk)
    change(getattr(page, field).raw_data)
    page.save_revision().publish()
    return ExercisePage.objects.get(pk=exercise.pk)


def _run(exercise, language="nb", **changes):
    result = evaluate(exercise, answer(exercise, **_spec(**changes)), language)
    return _scores(exercise, result), result


def test_a_keyword_list_earns_no_concept_credit(exercise):
    keywords = "sikringswire, rutine, arbeidsgiver, verktøy, høyden"
    scores, result = _run(
        exercise,
        facts={
            3: ("primary", keywords, "FUA, rutine, krav", "employer", "O"),
            6: (
                "secondary",
                "sparkebrett, nett, fallende gjenstander",
                "",
                "manager",
                "T",
            ),
        },
        whys={3: [("Wire", "M"), ("Rutine", "T"), ("Arbeidsgiver", "O")]},
    )
    primary = next(v for v in result.prescore.values() if v["code"] == "primary")
    assert primary["matched"] == []
    assert scores["primary"] <= 2
    assert "write_sentences" in result.codes()


def test_a_copy_of_the_fact_is_not_the_learners_own_statement(exercise):
    fact_3 = exercise.fact_list[2]["text"]
    _scores_, result = _run(
        exercise, facts={3: ("primary", fact_3, "", "employer", "O")}, whys={}
    )
    primary = next(v for v in result.prescore.values() if v["code"] == "primary")
    assert primary["matched"] == []
    assert "copied_fact" in result.codes()


def test_the_same_concepts_in_sentences_still_count(exercise):
    scores, result = _run(exercise)
    assert scores["primary"] == 3
    assert "write_sentences" not in result.codes()


def test_four_one_word_whys_are_not_a_chain(exercise):
    scores, result = _run(
        exercise,
        whys={3: [("Stress", "M"), ("Wire", "T"), ("Ledelse", "O"), ("Kultur", "O")]},
    )
    assert scores["causes"] <= 1
    assert "why_not_statements" in result.codes()


def test_a_hedged_why_with_two_tags_counts_both(exercise):
    whys = copy.deepcopy(GOOD_NB["whys"])
    # Only M and T elsewhere; the last why is both technology and organisation.
    whys[3] = [
        ("Nøkkelen glapp og var ikke festet", "M"),
        ("Piotr hadde ingen sikringswire", "M"),
        ("Firmaet hadde ikke kjøpt inn sikringswire", "M"),
        ("Det finnes trolig ingen rutine eller utstyr for arbeid i høyden", "T,O"),
    ]
    scores, result = _run(exercise, whys=whys)
    assert scores["causes"] == 3
    assert "mto_missing" not in result.codes()


def test_a_secondary_deviation_is_credited_per_part(exercise):
    # The key's secondary deviation rests on facts 2, 5 and 6: the toe board taken off,
    # no net, and the toe board not put back. The net alone is correct but incomplete.
    scores, result = _run(
        exercise,
        facts={
            3: GOOD_NB["facts"][3],
            5: (
                "secondary",
                "Det var ikke sikkerhetsnett mellom etasjene.",
                "",
                "manager",
                "T",
            ),
        },
    )
    assert scores["secondary"] == 2
    assert "secondary_partly" in result.codes()
    scores, result = _run(exercise)  # both barriers: the toe board and the net
    assert scores["secondary"] == 3
    assert "secondary_partly" not in result.codes()


def test_swapped_primary_and_secondary_is_flagged_and_costs(exercise):
    primary_text, *rest_p = GOOD_NB["facts"][3][1:]
    secondary_text, *rest_s = GOOD_NB["facts"][6][1:]
    scores, result = _run(
        exercise,
        facts={
            3: ("secondary", primary_text, *rest_p),
            6: ("primary", secondary_text, *rest_s),
        },
    )
    assert "deviation_wrong_kind" in result.codes()
    assert scores["primary"] <= 1
    assert scores["secondary"] <= 2
    assert result.percent < 85


def test_an_acceptable_contributing_factor_is_not_punished_as_secondary(exercise):
    # Fact 9 (the worker's training) becomes "acceptable as a contributing factor".
    exercise = _edit_key(
        exercise, "deviations", lambda raw: raw[3]["value"].update(contributing=True)
    )
    facts = copy.deepcopy(GOOD_NB["facts"])
    facts[9] = (
        "secondary",
        "Piotr burde ha fått repetert stillaskurset.",
        "",
        "employer",
        "O",
    )
    scores, result = _run(exercise, facts=facts)
    assert scores["secondary"] == 3
    assert "contributing_accepted" in result.codes()
    facts[9] = ("primary", facts[9][1], "", "employer", "O")
    scores, result = _run(exercise, facts=facts)
    assert "contributing_not_primary" in result.codes()
    assert scores["primary"] <= 2


def test_a_reordered_key_keeps_what_the_author_meant(exercise):
    # The editor moves the first fact to the end: every number shifts by one. The key's
    # deviations must still point at the same facts, not at their old numbers.
    before = {d["title"]: set(d["fact_ids"]) for d in exercise.key_deviations}
    stored = answer(exercise, **GOOD_NB)  # answers keep fact ids, not numbers
    stream = [dict(b) for b in exercise.facts.raw_data]
    exercise.facts = stream[1:] + stream[:1]
    exercise.full_clean()
    exercise.save_revision().publish()
    exercise.refresh_from_db()
    after = {d["title"]: set(d["fact_ids"]) for d in exercise.key_deviations}
    assert after == before
    assert exercise.event_facts == "3"  # the spanner falling, fact 4 before the move
    scores = _scores(exercise, evaluate(exercise, stored, "nb"))
    assert set(scores.values()) == {3}


def test_several_responsible_parties_and_tags_in_the_key(exercise):
    exercise = _edit_key(
        exercise,
        "deviations",
        lambda raw: raw[0]["value"].update(also_responsible=["worker"], also_mto=["T"]),
    )
    facts = copy.deepcopy(GOOD_NB["facts"])
    facts[3] = (*facts[3][:3], "worker", "T")
    scores, result = _run(exercise, facts=facts)
    assert "responsible_wrong" not in result.codes()
    assert "mto_wrong" not in result.codes()
    assert scores["primary"] == 3


@pytest.mark.parametrize(
    "written",
    ["aml. § 2-1", "arbeidsmiljøloven § 2-1", "AML 2-1", "Arbeidsmiljølova §2-1"],
)
def test_legal_references_match_in_their_common_forms(written):
    from avvik_sandbox.legal import same_reference

    assert same_reference("Arbeidsmiljøloven § 2-1", written)
    assert not same_reference("Arbeidsmiljøloven § 2-3", written)


def test_follow_up_gives_partial_credit_per_element(exercise):
    actions = copy.deepcopy(GOOD_NB["actions"])
    for action in actions:
        action["effect_check"] = ""
    case = {"status": "closed", "effect_evaluation": "", "informed": ["leader"]}
    scores, _result = _run(exercise, actions=actions, case=case)
    # Owner and deadline on every action but no effect check (6 of 9), no evaluation,
    # half of those to inform: 0.67 + 0 + 0.5 of 3.
    assert scores["followup"] == 1
    actions[0]["effect_check"] = "Formannen sjekker."
    case["informed"] = ["leader", "verneombud"]
    scores, _result = _run(exercise, actions=actions, case=case)
    assert scores["followup"] == 2


def test_a_criterion_pass_minimum_returns_a_fine_total_without_a_root_cause(exercise):
    def causes_minimum(raw):
        next(b for b in raw if b["value"]["code"] == "causes")["value"][
            "pass_minimum"
        ] = 2

    exercise = _edit_key(exercise, "rubric", causes_minimum)
    scores, result = _run(exercise, whys={3: [("Han var uheldig med nøkkelen", "M")]})
    assert result.percent >= exercise.pass_threshold
    assert scores["causes"] < 2
    assert result.below_minimum == ["causes"]
    assert not result.passes(exercise.pass_threshold)


def test_ppe_feedback_names_the_scenarios_own_reference_not_a_fixed_one(exercise):
    from django.utils import translation

    from avvik_sandbox.feedback import render_feedback

    actions = [
        {
            "type": "corrective",
            "description": "Bruke hjelm under stillaset.",
            "deviation": 3,
            "control_level": "ppe",
            "responsible": "Formann",
            "deadline": "2026-12-01",
            "effect_check": "Sjekk",
        }
    ]
    _scores_, result = _run(exercise, actions=actions)
    with translation.override("en"):
        texts = " ".join(i["text"] for i in render_feedback(result.feedback, exercise))
    assert "17-6" not in texts
    assert "personal protective equipment" in texts


def test_leaving_facts_out_of_the_event_is_not_told_the_event_is_only_what_happened(
    exercise,
):
    from django.utils import translation

    from avvik_sandbox.feedback import render_feedback

    exercise.event_facts = "4, 7"
    exercise.save_revision().publish()
    exercise.refresh_from_db()
    _scores_, result = _run(exercise, event=(4,))
    with translation.override("en"):
        texts = " ".join(i["text"] for i in render_feedback(result.feedback, exercise))
    assert "only what happened" not in texts
    assert "fact 7" in texts
