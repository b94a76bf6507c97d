"""The scaffolding key scored against the kinds of answers learners give."""

import copy

import pytest
from django.utils import translation

from avvik_sandbox.factories import GOOD_NB, answer
from avvik_sandbox.feedback import render_feedback
from avvik_sandbox.matching import Analysed, match_concepts
from avvik_sandbox.scoring import evaluate

pytestmark = pytest.mark.django_db


def _scores(exercise, evaluation):
    codes = {c["id"]: c["code"] for c in exercise.criteria}
    return {codes[cid]: v["score"] for cid, v in evaluation.prescore.items()}


def _texts(exercise, evaluation, language="en"):
    with translation.override(language):
        return [i["text"] for i in render_feedback(evaluation.feedback, exercise)]


def _good(**changes):
    spec = copy.deepcopy(GOOD_NB)
    spec.update(changes)
    return spec


def test_a_right_answer_gets_full_marks_and_praise(exercise):
    result = evaluate(exercise, answer(exercise, **GOOD_NB), "nb")
    scores = _scores(exercise, result)
    assert scores == {
        "event": 3,
        "primary": 3,
        "secondary": 3,
        "causes": 3,
        "facts": 3,
        "report": 3,
        "actions": 3,
        "followup": 3,
    }
    assert result.percent == 100 >= exercise.pass_threshold
    codes = result.codes()
    assert "event_ok" in codes and "report_ok" in codes
    assert not [i for i in result.feedback if i["level"] == "error"]
    primary = next(v for v in result.prescore.values() if v["code"] == "primary")
    assert "sikringswire" in primary["matched"]


def test_calling_the_falling_spanner_the_deviation(exercise):
    spec = _good(
        event=(),
        facts={4: ("primary", "Nøkkelen falt ned fra stillaset.", "", "worker", "M")},
        whys={4: [("Han mistet den", "M")]},
    )
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    scores = _scores(exercise, result)
    assert scores["event"] == 1
    assert scores["primary"] == 0
    assert scores["secondary"] == 0
    texts = _texts(exercise, result)
    confused = next(t for t in texts if "marked the event" in t)
    assert "fact 4" in confused
    missed = next(t for t in texts if "missed a primary deviation" in t)
    assert "fact 3" in missed and "sikringswire" in missed
    assert result.percent < exercise.pass_threshold


def test_picking_a_distractor_is_explained_and_costs_points(exercise):
    spec = _good()
    spec["facts"] = {
        **spec["facts"],
        8: ("secondary", "Stillaset var ikke i orden.", "", "contractor", "T"),
    }
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    assert _scores(exercise, result)["secondary"] == 2
    assert _scores(exercise, result)["facts"] == 2
    text = next(t for t in _texts(exercise, result) if "is not a deviation" in t)
    assert "fact 8" in text and "godkjent" in text


def test_missing_the_secondary_deviation(exercise):
    spec = _good()
    spec["facts"] = {3: spec["facts"][3]}
    spec["actions"] = [a for a in spec["actions"] if a["deviation"] == 3]
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    scores = _scores(exercise, result)
    assert scores["secondary"] == 0
    assert scores["primary"] == 3
    text = next(t for t in _texts(exercise, result) if "missed a secondary" in t)
    assert "facts 2, 5, 6" in text


def test_synonyms_and_inflected_compounds_are_recognised(exercise):
    spec = _good()
    spec["facts"] = {
        3: (
            "primary",
            "Han manglet verktøyline – sikringswiren var aldri delt ut.",
            "Arbeidsgiveren har ikke laget noen prosedyre.",
            "employer",
            "O",
        ),
        6: ("secondary", "Sparkebrettet lå på planken.", "", "manager", "T"),
    }
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    primary = next(v for v in result.prescore.values() if v["code"] == "primary")
    assert primary["score"] == 3
    assert any(m.startswith("sikringswire") for m in primary["matched"])
    assert any(m.startswith("rutine") for m in primary["matched"])
    matched, _ = match_concepts(
        [{"term": "sparkebrett", "synonyms": "fotlist"}], "Sparkebrettet lå der", "nb"
    )
    assert matched == [("sparkebrett", "sparkebrett")]


def test_vague_text_gets_a_lower_primary_score_than_the_concepts(exercise):
    spec = _good()
    spec["facts"] = {
        3: ("primary", "Det var dumt gjort.", "", "worker", "M"),
        6: spec["facts"][6],
    }
    spec["whys"] = {3: [("Han var uheldig", "M")]}
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    assert _scores(exercise, result)["primary"] == 1
    assert "requirement_vague" in result.codes()
    assert "responsible_wrong" in result.codes()


def test_ppe_before_collective_and_unlinked_actions(exercise):
    spec = _good(
        actions=[
            {
                "type": "immediate",
                "description": "Alle skal bruke hjelm.",
                "deviation": 6,
                "control_level": "ppe",
                "responsible": "Formann",
                "deadline": "2026-12-01",
                "effect_check": "Sjekk",
            },
            {
                "type": "corrective",
                "description": "Snakke med Piotr.",
                "deviation": None,
                "control_level": "organisational",
            },
        ]
    )
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    codes = result.codes()
    assert "ppe_before_collective" in codes
    assert "action_unlinked" in codes
    assert "deviation_without_action" in codes
    assert _scores(exercise, result)["actions"] == 1
    texts = _texts(exercise, result)
    assert any("Action 1 relies on personal protective equipment" in t for t in texts)


def test_short_why_chain_and_missing_follow_up(exercise):
    spec = _good(
        whys={3: [("Han var uforsiktig", "M")]},
        case={"status": "evaluation", "effect_evaluation": "", "informed": []},
    )
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    scores = _scores(exercise, result)
    assert scores["causes"] == 1
    assert scores["followup"] == 1
    assert {"why_short", "informed_missing", "case_not_closed"} <= set(result.codes())


def test_wrong_report_type_and_severity(exercise):
    spec = _good(
        report={
            "type": "hendelse",
            "category": "fallende",
            "severity_actual": "hoy",
            "severity_potential": "hoy",
        }
    )
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    assert _scores(exercise, result)["report"] == 1
    texts = _texts(exercise, result)
    assert any("Near miss" in t and "faktum 7" in t for t in texts)


def test_feedback_is_rendered_in_the_readers_language(exercise):
    result = evaluate(exercise, answer(exercise, **_good(event=())), "nb")
    english = _texts(exercise, result, "en")
    assert any("Mark the event" in t for t in english)


def test_english_and_ukrainian_answers_match_their_keys(exercise):
    from avvik_sandbox.factories import translate_exercise

    english = translate_exercise(exercise, "en")
    text = "No tool lanyards were issued and there is no procedure for securing tools."
    result = evaluate(
        english,
        answer(
            english,
            facts={3: ("primary", text, "", "employer", "O")},
        ),
        "en",
    )
    primary = next(v for v in result.prescore.values() if v["code"] == "primary")
    assert primary["score"] == 3, primary
    ukrainian = translate_exercise(exercise, "uk")
    text = "Працівникам не видали страхувальних тросів, і немає процедури кріплення інструментів."
    result = evaluate(
        ukrainian,
        answer(ukrainian, facts={3: ("primary", text, "", "employer", "O")}),
        "uk",
    )
    primary = next(v for v in result.prescore.values() if v["code"] == "primary")
    assert primary["score"] == 3, primary


@pytest.mark.parametrize(
    ("text", "phrase", "language", "expected"),
    [
        ("Han manglet sikringswiren", "sikringswire", "nb", True),
        ("sparkebrettet var borte", "sparkebrett", "nb", True),
        ("verktøyet var ikke sikret", "sikre verktøy", "nb", True),
        ("sikkerhetsnettet manglet", "nett", "nb", True),
        ("Han hadde hjelm", "sikringswire", "nb", False),
        # Abbreviations are inflected with a hyphen in Norwegian.
        ("Det ble ikke gjort noen SJA-er før jobben", "SJA", "nb", True),
        ("SJA-en manglet", "SJA", "nb", True),
        ("Ingen ROS-analyse av vinterdriften", "ROS", "nb", True),
        ("The toe boards were missing", "toe board", "en", True),
        ("немає захисних сіток", "захисна сітка", "uk", True),
        ("двірник посипав подвір’я", "посипання", "uk", True),
        ("ключ упав під час роботи", "роботодавець", "uk", False),
        ("процес був повільний", "процедура", "uk", False),
        ("він відчув страх", "страхувальний трос", "uk", False),
    ],
)
def test_concept_matching(text, phrase, language, expected):
    assert Analysed.of(text, language).has_phrase(phrase) is expected


def test_a_deep_chain_on_the_event_is_not_full_causal_depth(exercise):
    chain = [
        ("Nøkkelen glapp", "M"),
        ("Den var ikke festet", "T"),
        ("Ingen wire", "T"),
        ("Ingen rutine", "O"),
    ]
    spec = _good(
        event=(),
        facts={4: ("primary", "Nøkkelen falt", "", "worker", "M")},
        whys={4: chain},
    )
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    assert _scores(exercise, result)["causes"] == 2
    on_primary = _good(whys={3: chain})
    result = evaluate(exercise, answer(exercise, **on_primary), "nb")
    assert _scores(exercise, result)["causes"] == 3


def test_a_secondary_deviation_called_primary_is_not_full_marks(exercise):
    """Found but misclassified: the feedback says so and the suggestion drops a level
    (it used to read 3 of 3)."""
    spec = _good()
    kind, *rest = spec["facts"][6]
    spec["facts"][6] = ("primary", *rest)
    result = evaluate(exercise, answer(exercise, **spec), "nb")
    assert _scores(exercise, result)["secondary"] == 2
    assert "deviation_wrong_kind" in result.codes()
    secondary = next(v for v in result.prescore.values() if v["code"] == "secondary")
    assert ["secondary_classified", False] in secondary["checks"]
    assert ["secondary_found", True] in secondary["checks"]
