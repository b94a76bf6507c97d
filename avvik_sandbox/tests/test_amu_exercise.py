"""The statistics exercise: conclusions for AMU pre-scored against the editor's key.
Statements earn credit, keyword lists do not, and a required point decides the pass."""

import pytest
from django.urls import reverse
from django.utils import translation

from avvik_sandbox.practice import amu
from avvik_sandbox.practice.demo import seed_key
from avvik_sandbox.tests.helpers import make_company
from lms.factories import UserFactory

pytestmark = pytest.mark.django_db

CULTURE = {
    "conclusion": "Vi har mange meldinger, og det tyder på en god meldekultur i de store avdelingene.",
    "measure": "Fortsett å gi tilbakemelding til dem som melder, så terskelen holdes lav.",
}
QUIET = {
    "conclusion": "Noen enheter melder nesten ingen avvik, for eksempel Solsikken barnehage.",
    "measure": "Lederen følger opp med enhetene som melder få avvik for å avdekke underrapportering.",
}
VIOLENCE = {
    "conclusion": "Vold og trusler mot ansatte er over halvparten av alle avvikene.",
    "measure": "Vi lager en felles risikovurdering for vold og trusler i helse og oppvekst.",
}


@pytest.fixture
def company():
    company = make_company(volume=30)
    seed_key(company)
    return company


def _score(company, conclusions, language="nb"):
    return amu.evaluate(
        key=list(company.key_points.all()), conclusions=conclusions, language=language
    )


def test_three_good_conclusions_find_the_whole_key(company):
    result = _score(company, [CULTURE, QUIET, VIOLENCE])
    assert result.score_percent == 100 and result.passed and not result.missed


def test_a_keyword_list_earns_nothing(company):
    result = _score(
        company,
        [
            {
                "conclusion": "meldekultur, underrapportering",
                "measure": "vold, risikovurdering",
            },
            {"conclusion": "", "measure": ""},
            {"conclusion": "", "measure": ""},
        ],
    )
    assert result.score_percent == 0 and not result.passed
    assert result.lists_only  # the learner is told to write sentences


def test_without_the_required_point_the_answer_is_not_passed(company):
    result = _score(
        company,
        [
            CULTURE,
            QUIET,
            {
                "conclusion": "Det er flest avvik i september hvert år.",
                "measure": "Vi ser nærmere på bemanningen om høsten.",
            },
        ],
    )
    assert result.score_percent == 67  # two of three, above the pass share
    assert not result.passed
    assert [p.required for p in result.missed] == [True]


def test_an_answer_in_english_is_read_too(company):
    result = _score(
        company,
        [
            {
                "conclusion": "The many reports point to a healthy reporting culture in care and schools.",
                "measure": "Keep thanking those who report.",
            },
            {
                "conclusion": "Several units send few reports or none at all, which may be under-reporting.",
                "measure": "Talk to their leaders.",
            },
            {
                "conclusion": "Violence and threats is the largest category by far this year.",
                "measure": "Make a shared risk assessment for violence in all kindergartens.",
            },
        ],
        language="en",
    )
    assert result.score_percent == 100


def test_the_learner_submits_and_reads_feedback_only_on_their_own_answer(
    client, company
):
    learner, other = UserFactory(), UserFactory()
    client.force_login(learner)
    with translation.override("nb"):
        url = reverse("avvik_sandbox:practice_amu", args=[company.slug])
    data = {}
    for n, item in enumerate(
        [
            CULTURE,
            QUIET,
            {
                "conclusion": "Flest avvik kommer i september.",
                "measure": "Se på høsten.",
            },
        ],
        start=1,
    ):
        data[f"conclusion{n}"], data[f"measure{n}"] = (
            item["conclusion"],
            item["measure"],
        )
    response = client.post(url, data)
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "67 %" in page
    assert (
        "Hvilken kategori er størst" in page
    )  # the hint for the missed, required point
    client.force_login(other)
    assert client.get(response["Location"]).status_code == 404
    # An empty form keeps the page, marks the fields and keeps what was typed.
    response = client.post(url, {"conclusion1": "Halvferdig tanke om meldekultur"})
    assert (
        response.status_code == 400
        and "Halvferdig tanke om meldekultur" in response.content.decode()
    )


def test_a_company_without_a_key_has_no_exercise(client):
    bare = make_company(slug="uten-nokkel", volume=10)
    client.force_login(UserFactory())
    assert (
        client.get(reverse("avvik_sandbox:practice_amu", args=[bare.slug])).status_code
        == 404
    )
