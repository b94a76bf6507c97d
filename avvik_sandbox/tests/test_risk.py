"""The risk-assessment exercise: the matrix scoring against the editor's key, per
criterion, and the pages a learner uses."""

import pytest
from django.urls import reverse
from django.utils import translation

from avvik_sandbox.practice import risk
from avvik_sandbox.practice.risk_demo import KINDERGARTEN, seed_risk_exercises
from avvik_sandbox.practice.risk_models import RiskExercise
from avvik_sandbox.tests.helpers import make_company
from lms.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def exercise():
    company = make_company(slug="fjordvik-kommune", volume=10)
    seed_risk_exercises({"fjordvik-kommune": company})
    return RiskExercise.objects.get(slug=KINDERGARTEN["slug"])


def row(
    hazard,
    p,
    c,
    measure="",
    level="",
    owner="Styrer",
    deadline="2026-02-01",
    check="Gjennomgang på personalmøtet etter en måned",
):
    return {
        "hazard": hazard,
        "probability": p,
        "consequence": c,
        "measure": measure,
        "level": level,
        "owner": owner,
        "deadline": deadline,
        "check": check,
    }


GOOD = [
    row(
        "Barn som utagerer slår og biter ansatte i garderoben",
        4,
        3,
        "Alltid to voksne på avdelingen og tiltaksplan for barnet",
        "organisational",
    ),
    row(
        "En forelder truer ansatte ved henting om ettermiddagen",
        2,
        4,
        "To ansatte ved henting og rutine for trusler",
        "organisational",
    ),
    row(
        "Ansatt er alene på jobb med barna uten mulighet til å tilkalle hjelp",
        3,
        4,
        "Mobil alarm til alle som jobber alene",
        "collective",
    ),
]


def _levels(evaluation):
    return {c.code: c.level for c in evaluation.criteria}


def test_a_complete_assessment_scores_full_marks(exercise):
    result = risk.evaluate(exercise=exercise, rows=GOOD, language="nb")
    assert _levels(result)["hazards"] == 3 and _levels(result)["placement"] == 3
    assert _levels(result)["measures"] == 3 and _levels(result)["followup"] == 3
    assert not result.missed


def test_placement_outside_the_tolerance_loses_the_placement_criterion(exercise):
    rows = [dict(r) for r in GOOD]
    rows[0]["probability"], rows[0]["consequence"] = 1, 1  # key: 4 × 3, tolerance 1
    rows[1]["consequence"] = 3  # key: 2 × 4, one step off is within tolerance
    levels = _levels(risk.evaluate(exercise=exercise, rows=rows, language="nb"))
    assert levels["hazards"] == 3
    assert levels["placement"] == 2  # two of three placed right


def test_risks_above_the_limit_need_a_collective_measure(exercise):
    only_training = [dict(r, level="ppe") for r in GOOD]
    levels = _levels(
        risk.evaluate(exercise=exercise, rows=only_training, language="nb")
    )
    assert levels["hierarchy"] == 0
    assert (
        _levels(risk.evaluate(exercise=exercise, rows=GOOD, language="nb"))["hierarchy"]
        == 1
    )


def test_one_word_hazards_and_missing_follow_up_earn_little(exercise):
    rows = [
        row("vold", 4, 3),
        row("trusler", 2, 4),
        row("alene", 3, 4, owner="", check=""),
    ]
    result = risk.evaluate(exercise=exercise, rows=rows, language="nb")
    assert _levels(result)["hazards"] == 0 and len(result.missed) == 3
    assert not result.passed


def test_the_matrix_puts_each_hazard_in_its_cell(exercise):
    grid = risk.matrix(exercise=exercise, rows=GOOD)
    assert [r["probability"] for r in grid] == [5, 4, 3, 2, 1]
    cell = grid[1]["cells"][2]  # probability 4, consequence 3
    assert cell["rows"] == [1] and cell["score"] == 12 and not cell["acceptable"]
    assert grid[4]["cells"][0]["acceptable"]  # 1 × 1


def test_the_learner_submits_and_reads_the_feedback(client, exercise):
    learner = UserFactory()
    client.force_login(learner)
    with translation.override("nb"):
        url = reverse("avvik_sandbox:risk_exercise", args=[exercise.slug])
    data = {"form-TOTAL_FORMS": "6", "form-INITIAL_FORMS": "0"}
    for i, r in enumerate(GOOD):
        for key, value in r.items():
            data[f"form-{i}-{key}"] = value
    response = client.post(url, data)
    assert response.status_code == 302
    feedback = client.get(response["Location"])
    assert feedback.context["answer"].passed
    # The learner's matrix shows hazard 1 where they placed it (probability 4, consequence 3).
    row = next(r for r in feedback.context["matrix"] if r["probability"] == 4)
    assert row["cells"][2]["rows"] == [1]
    assert "Barn som utagerer" in feedback.content.decode()
    client.force_login(UserFactory())
    assert client.get(response["Location"]).status_code == 404
    # A hazard without its place in the matrix is refused, and the text is kept.
    response = client.post(url, {**data, "form-0-probability": ""})
    assert response.status_code == 400
    assert "Barn som utagerer" in response.content.decode()
