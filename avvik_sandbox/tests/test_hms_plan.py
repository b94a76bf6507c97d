"""The yearly HMS plan closes the cycle: measurable goals drawn from the figures,
tasks with owner and deadline, a year-end review – pre-scored per criterion."""

import pytest
from django.urls import reverse
from django.utils import translation

from avvik_sandbox.practice import plan
from avvik_sandbox.practice.demo import seed_key
from avvik_sandbox.tests.helpers import make_company
from lms.factories import UserFactory

pytestmark = pytest.mark.django_db

GOALS = [
    {
        "goal": "Færre tilfeller av vold og trusler mot ansatte i barnehagene",
        "indicator": "Høyst 250 meldte avvik om vold og trusler i 2026, mot 300 i 2025",
    },
    {
        "goal": "Alle enheter melder avvik",
        "indicator": "100 % av enhetene har meldt minst ett avvik innen juni",
    },
]
TASKS = [
    {
        "task": "Felles risikovurdering for vold og trusler",
        "owner": "Oppvekstsjef",
        "deadline": "2026-03-01",
    },
    {
        "task": "Opplæring i avviksmelding for enheter som melder lite",
        "owner": "HMS-rådgiver",
        "deadline": "2026-04-01",
    },
    {
        "task": "Gjennomgang av tiltak i AMU",
        "owner": "AMU-leder",
        "deadline": "2026-09-15",
    },
]
REVIEW = (
    "Opplæringen virket: alle enheter meldte avvik innen sommeren. Målet om færre "
    "voldsepisoder nådde vi ikke, fordi to nye brukere kom til. Neste år vil vi "
    "styrke bemanningen ved henting og følge opp tiltaksplanene tettere."
)


@pytest.fixture
def company():
    company = make_company(volume=60)
    seed_key(company)
    return company


def _levels(criteria):
    return {c.code: c.level for c in criteria}


def test_a_good_plan_meets_every_criterion(company):
    levels = _levels(
        plan.evaluate(
            company=company, goals=GOALS, tasks=TASKS, review=REVIEW, language="nb"
        )
    )
    assert levels == {"goals": 3, "evidence": 3, "tasks": 3, "review": 3}


def test_vague_goals_and_tasks_without_owners_score_low(company):
    goals = [
        {"goal": "Bedre HMS", "indicator": "Bli flinkere"},
        {"goal": "Trivsel", "indicator": ""},
    ]
    tasks = [{"task": "Ha fokus på HMS", "owner": "", "deadline": ""}]
    levels = _levels(
        plan.evaluate(
            company=company, goals=goals, tasks=tasks, review="Bra år.", language="nb"
        )
    )
    assert levels["goals"] == 0 and levels["evidence"] == 0 and levels["tasks"] == 0
    assert levels["review"] == 1


def test_the_learner_submits_a_plan_and_reads_the_feedback(client, company):
    learner = UserFactory()
    client.force_login(learner)
    with translation.override("nb"):
        url = reverse("avvik_sandbox:plan_exercise", args=[company.slug])
    data = {"review": REVIEW}
    for n, g in enumerate(GOALS, start=1):
        data[f"goal{n}"], data[f"indicator{n}"] = g["goal"], g["indicator"]
    for n, t in enumerate(TASKS, start=1):
        data[f"task{n}"], data[f"owner{n}"], data[f"deadline{n}"] = (
            t["task"],
            t["owner"],
            t["deadline"],
        )
    response = client.post(url, data)
    assert response.status_code == 302
    made = company.hms_plans.get()
    assert made.passed and made.score_percent == 100 and made.year == 2026
    assert "Felles risikovurdering" in client.get(response["Location"]).content.decode()
    client.force_login(UserFactory())
    assert client.get(response["Location"]).status_code == 404
    # Without the first goal the form is refused and keeps what was typed.
    response = client.post(url, {**data, "goal1": ""})
    assert (
        response.status_code == 400
        and "Opplæring i avviksmelding" in response.content.decode()
    )
