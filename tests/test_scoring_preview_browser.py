"""An instructor writes a new kind of scenario, with a category of its own, and tries
the key on a sample answer before publishing (headless Chromium via Playwright)."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"  # lms.factories.UserFactory


@pytest.fixture
def practice_area(transactional_db):
    from avvik_sandbox.demo import seed_permissions
    from avvik_sandbox.factories import sandbox_tree
    from avvik_sandbox.taxonomy import ensure_default_categories
    from courses.factories import site_tree

    home, _catalogue = site_tree()
    index = sandbox_tree(home)
    ensure_default_categories()
    seed_permissions(index)
    return index


def _nb(message):
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("nb"):
        return gettext(message)


def _admin_login(page, base, email):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")


def _new_category(page, base):
    page.goto(f"{base}/admin/snippets/avvik_sandbox/exercisecategory/add/?locale=nb")
    page.fill("#id_name", "Truck og gående")
    page.fill("#id_code", "truck")
    with page.expect_navigation():
        page.click("button.action-save")


def _draft_exercise(page, base, index):
    page.goto(f"{base}/admin/pages/add/avvik_sandbox/exercisepage/{index.pk}/")
    page.fill("#id_title", "Truck rygger inn i gangsonen")
    page.select_option("#id_category", "truck")
    page.fill("#id_event_facts", "2")
    facts = [
        "Gangsonen på lageret er ikke merket, og det finnes ingen rutine for trafikk mellom truck og gående.",
        "En truck rygger og treffer nesten en plukker i gangen.",
        "Truckføreren har gyldig truckførerbevis.",
    ]
    for i, text in enumerate(facts):
        page.locator("[data-contentpath=facts] button.c-sf-add-button").last.click()
        page.fill(f"textarea[name='facts-{i}-value']", text)
    page.locator("[data-contentpath=deviations] button.c-sf-add-button").last.click()
    page.select_option("select[name='deviations-0-value-kind']", "primary")
    page.fill(
        "input[name='deviations-0-value-title']",
        "Ingen merket gangsone og ingen trafikkrutine",
    )
    page.fill("input[name='deviations-0-value-facts']", "1")
    page.select_option("select[name='deviations-0-value-responsible']", "employer")
    page.locator(
        "[data-contentpath=deviations] [data-contentpath=concepts] "
        "button.c-sf-add-button"
    ).first.click()
    page.fill("input[name='deviations-0-value-concepts-0-value-term']", "gangsone")
    page.fill(
        "textarea[name='deviations-0-value-concepts-0-value-synonyms']",
        "gangvei, merking, skille truck og gående",
    )
    # A distractor: the fields that only mean something for a deviation step aside.
    page.locator("[data-contentpath=deviations] button.c-sf-add-button").last.click()
    page.select_option("select[name='deviations-1-value-kind']", "distractor")
    page.fill("input[name='deviations-1-value-title']", "Føreren hadde truckførerbevis")
    page.fill("input[name='deviations-1-value-facts']", "3")
    assert page.locator("[name='deviations-1-value-requirement']").is_hidden()
    assert page.locator("[name='deviations-0-value-requirement']").is_visible()
    # Saved as a draft: learners do not see it yet.
    with page.expect_navigation():
        page.click("button.action-save")


def test_an_instructor_adds_a_category_and_scores_a_sample_answer_before_publishing(
    live_server, practice_area, desktop_page
):
    from django.contrib.auth.models import Group

    from avvik_sandbox.models import ExerciseCategory, ExercisePage
    from lms.factories import UserFactory

    instructor = UserFactory(email="author@example.org", is_staff=True)
    instructor.groups.add(Group.objects.get(name="Instructors"))
    page, base = desktop_page, live_server.url
    _admin_login(page, base, instructor.email)
    _new_category(page, base)
    assert ExerciseCategory.objects.filter(code="truck").exists()

    _draft_exercise(page, base, practice_area)
    exercise = ExercisePage.objects.get(title="Truck rygger inn i gangsonen")
    assert not exercise.live and exercise.category == "truck"

    page.goto(f"{base}/admin/pages/{exercise.pk}/edit/")
    page.locator("#w-slim-header-buttons .w-dropdown__toggle").click()
    with page.expect_navigation():
        page.get_by_role("link", name=_nb("Score a sample answer")).click()
    assert re.search(r"/admin/sandbox/exercise/\d+/score-preview/", page.url)
    page.check("#id_event_1")  # fact 2, the near miss, is the event
    page.check("#id_f1_kind_1")  # fact 1 is the primary deviation
    page.fill(
        "#id_f1_text",
        "Arbeidsgiver har ikke merket gangsonen og har ingen rutine som skiller truck og gående.",
    )
    page.select_option("#id_f1_responsible", "employer")
    with page.expect_navigation():
        page.get_by_role("button", name=_nb("Score this answer")).click()
    result = page.locator(".score-preview-result")
    assert _nb("Pre-score") in result.locator("h2").inner_text()
    assert "gangsone" in result.inner_text()  # the concept it found
    assert result.locator(".score-preview-feedback li").count() >= 2
    # Scoring a sample saved nothing and published nothing.
    exercise.refresh_from_db()
    assert not exercise.live
    assert not exercise.submissions.exists()
