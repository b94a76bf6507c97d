"""Browser journeys for the deviation sandbox (headless Chromium via Playwright)."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"  # lms.factories.UserFactory


@pytest.fixture
def sandbox_site(transactional_db):
    from avvik_sandbox.demo import seed_permissions
    from avvik_sandbox.factories import ExercisePageFactory, sandbox_tree
    from courses.factories import site_tree

    home, _catalogue = site_tree()
    index = sandbox_tree(home)
    seed_permissions(index)
    exercise = ExercisePageFactory(parent=index)
    return {"index": index, "exercise": exercise}


def _login(page, base, email):
    page.goto(f"{base}/nb/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("form.stack-form button[type=submit]").click()


def _wait_saved(page):
    page.wait_for_selector("[data-save-status][data-state=saved]")


def test_autosave_survives_reload_offline_and_another_device(
    live_server, sandbox_site, phone_page, browser_instance
):
    from avvik_sandbox.models import Submission
    from lms.factories import UserFactory

    learner = UserFactory(email="phone@example.org")
    exercise = sandbox_site["exercise"]
    url = f"{live_server.url}{exercise.url}"
    _login(phone_page, live_server.url, learner.email)
    phone_page.goto(url)
    phone_page.fill("#id_report_what", "Nøkkelen falt fire etasjer (faktum 4).")
    phone_page.check("#id_f3_kind_1")  # primary deviation
    phone_page.fill("#id_f3_text", "Ingen sikringswire")
    _wait_saved(phone_page)
    assert (
        Submission.objects.get(user=learner)
        .draft["report"]["what"]
        .startswith("Nøkkelen")
    )

    phone_page.reload()
    assert phone_page.input_value("#id_report_what").startswith("Nøkkelen falt")
    assert phone_page.is_checked("#id_f3_kind_1")
    assert phone_page.is_visible("#id_f3_text")

    # Offline: the text stays on the device and is sent when the network is back.
    phone_page.context.set_offline(True)
    phone_page.fill("#id_report_where", "Stillaset, 4. etasje")
    status = phone_page.locator("[data-save-status]")
    phone_page.wait_for_selector("[data-save-status][data-state=error]")
    assert status.get_attribute("role") == "status"
    phone_page.context.set_offline(False)
    phone_page.evaluate("window.dispatchEvent(new Event('online'))")
    _wait_saved(phone_page)

    # Another device sees the server draft.
    other = browser_instance.new_context(viewport={"width": 1280, "height": 900})
    desktop = other.new_page()
    _login(desktop, live_server.url, learner.email)
    desktop.goto(url)
    assert desktop.input_value("#id_report_where") == "Stillaset, 4. etasje"
    assert desktop.input_value("#id_f3_text") == "Ingen sikringswire"
    other.close()


def test_logged_out_text_is_kept_on_the_device(live_server, sandbox_site, phone_page):
    from lms.factories import UserFactory

    learner = UserFactory(email="expired@example.org")
    exercise = sandbox_site["exercise"]
    _login(phone_page, live_server.url, learner.email)
    phone_page.goto(f"{live_server.url}{exercise.url}")
    phone_page.context.clear_cookies()  # the session expires
    phone_page.fill("#id_report_immediate", "Området ble sperret av.")
    phone_page.wait_for_selector("[data-save-status][data-state=error]")
    assert phone_page.locator("[data-save-status] a").count() == 1  # log in link
    _login(phone_page, live_server.url, learner.email)
    phone_page.goto(f"{live_server.url}{exercise.url}")
    assert phone_page.input_value("#id_report_immediate") == "Området ble sperret av."
    _wait_saved(phone_page)


def _author_in_the_admin(page, live_server, editor, index) -> None:
    """The editor writes the scenario, its facts and its key in the Wagtail admin."""
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=login]", editor.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    page.goto(
        f"{live_server.url}/admin/pages/add/avvik_sandbox/exercisepage/{index.pk}/"
    )
    page.fill("#id_title", "Oljesøl i trappen")
    page.select_option("#id_category", "fall")
    page.fill("#id_event_facts", "2")
    facts = [
        "Trappen ved lageret er glatt av oljesøl hver morgen, og ingen har ansvar for å vaske den.",
        "Ola sklir i trappen og vrikker ankelen.",
        "Ola hadde på seg vernesko.",
    ]
    for i, text in enumerate(facts):
        page.locator("[data-contentpath=facts] button.c-sf-add-button").last.click()
        page.fill(f"textarea[name='facts-{i}-value']", text)
    for i, (kind, numbers, title) in enumerate(
        [
            ("primary", "1", "Ingen rutine for å fjerne oljesøl i trappen"),
            ("distractor", "3", "Verneskoene var i orden"),
        ]
    ):
        page.locator(
            "[data-contentpath=deviations] button.c-sf-add-button"
        ).last.click()
        page.select_option(f"select[name='deviations-{i}-value-kind']", kind)
        page.fill(f"input[name='deviations-{i}-value-title']", title)
        page.fill(f"input[name='deviations-{i}-value-facts']", numbers)
    page.select_option("select[name='deviations-0-value-responsible']", "employer")
    page.locator(
        "[data-contentpath=deviations] [data-contentpath=concepts] "
        "button.c-sf-add-button"
    ).first.click()
    page.fill("input[name='deviations-0-value-concepts-0-value-term']", "oljesøl")
    page.fill(
        "textarea[name='deviations-0-value-concepts-0-value-synonyms']", "olje, søl"
    )
    page.click("button.w-dropdown__toggle >> nth=-1")
    page.click("button[name=action-publish]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/"))


def _answer_on_a_phone(phone, live_server, learner, exercise) -> None:
    """The learner marks the event, analyses the deviation, reports and submits."""
    _login(phone, live_server.url, learner.email)
    phone.goto(f"{live_server.url}{exercise.url}")
    phone.check("#id_event_1")  # fact 2 is the event
    phone.check("#id_f1_kind_1")
    phone.fill("#id_f1_text", "Oljesølet blir ikke vasket bort før arbeidsdagen.")
    phone.select_option("#id_f1_responsible", "employer")
    phone.select_option("#id_f1_mto", "O")
    for i, (text, tag) in enumerate(
        [
            ("Ola sklei på olje", "M"),
            ("Trappen var ikke vasket", "T"),
            ("Ingen har ansvar for vasking", "O"),
            ("Lageret har ingen rutine for renhold", "O"),
        ],
        start=1,
    ):
        phone.fill(f"#id_f1_why{i}", text)
        phone.check(f"#id_f1_why{i}_tag_{'MTO'.index(tag)}")
    phone.check("#id_report_type_0")  # hendelse
    phone.select_option("#id_report_category", "fall")
    phone.check("#id_report_severity_actual_1")
    phone.check("#id_report_severity_potential_2")
    phone.select_option("#id_a1_type", "immediate")
    phone.select_option("#id_a1_control_level", "eliminate")
    phone.fill("#id_a1_description", "Vaske bort oljen og finne lekkasjen.")
    phone.select_option("#id_a1_deviation", "1")
    phone.click("[data-add-action]")
    phone.select_option("#id_a2_type", "preventive")
    phone.fill("#id_a2_description", "Rutine for renhold av trappen hver morgen.")
    phone.select_option("#id_a2_deviation", "1")
    phone.select_option("#id_a2_control_level", "organisational")
    phone.click("button[formaction$='/submit/']")


def test_editor_creates_an_exercise_and_a_learner_completes_it(
    live_server, sandbox_site, desktop_page, phone_page
):
    from django.contrib.auth.models import Group

    from avvik_sandbox.models import ExercisePage, Submission
    from lms.factories import UserFactory

    editor = UserFactory(email="editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    learner = UserFactory(email="learner2@example.org")
    index = sandbox_site["index"]

    _author_in_the_admin(desktop_page, live_server, editor, index)
    exercise = ExercisePage.objects.get(title="Oljesøl i trappen")
    assert exercise.live and len(exercise.facts) == 3
    assert exercise.key_deviations[0]["fact_numbers"] == [1]
    assert len(exercise.criteria) == 8  # the rubric template by default

    # The learner does it on a phone.
    _answer_on_a_phone(phone_page, live_server, learner, exercise)
    phone = phone_page
    phone.wait_for_url(re.compile(r"/sandbox/submissions/\d+/"))
    submission = Submission.objects.get(user=learner)
    assert submission.status == Submission.Status.SUBMITTED
    assert len(submission.answer["actions"]) == 2
    codes = {item["code"] for item in submission.feedback}
    assert {"event_ok", "deviation_found", "why_ok"} <= codes
    assert "distractor_chosen" not in codes
    assert phone.locator(".feedback-list li").count() >= 3
    assert submission.prescore["percent"] > 0


def test_submitting_while_a_save_is_on_its_way_waits_for_it(
    live_server, sandbox_site, phone_page
):
    from avvik_sandbox.models import Submission
    from lms.factories import UserFactory

    learner = UserFactory(email="quick@example.org")
    exercise = sandbox_site["exercise"]
    _login(phone_page, live_server.url, learner.email)
    phone_page.goto(f"{live_server.url}{exercise.url}")
    phone_page.check("#id_event_3")  # fact 4 is the event
    phone_page.check("#id_f3_kind_1")  # fact 3: primary deviation
    phone_page.check("#id_report_type_1")
    phone_page.select_option("#id_report_category", "fallende")
    phone_page.check("#id_report_severity_actual_0")
    phone_page.check("#id_report_severity_potential_2")
    phone_page.fill("#id_a1_description", "Dele ut sikringswire.")
    _wait_saved(phone_page)

    # The next save reaches the server, but its answer is slow to come back ...
    held = []
    phone_page.route(
        "**/autosave/**", lambda route: held.append((route, route.fetch()))
    )
    phone_page.fill("#id_report_where", "Stillaset, 4. etasje")
    while not held:
        phone_page.wait_for_timeout(50)
    # ... and the learner presses Submit meanwhile.
    phone_page.click("button[formaction$='/submit/']")
    phone_page.wait_for_timeout(300)
    route, response = held[0]
    route.fulfill(response=response)
    phone_page.wait_for_url(re.compile(r"/sandbox/submissions/\d+/"))
    submission = Submission.objects.get(user=learner)
    assert submission.status == Submission.Status.SUBMITTED
    assert submission.answer["report"]["where"] == "Stillaset, 4. etasje"
