"""The learner's workspace through its pages: autosave, save, advance the case, submit,
and nothing typed lost to an expired session, another tab or another device."""

import pytest
from django.urls import reverse
from django.utils import translation

from avvik_sandbox import services
from avvik_sandbox.factories import GOOD_NB, answer
from avvik_sandbox.models import Submission

from .helpers import _url, nb

pytestmark = pytest.mark.django_db


def post_workspace(client, exercise, data, **kwargs):
    """Press one of the workspace's buttons: save, advance or submit."""
    data = dict(data)
    action = data.pop("action", "save")
    return client.post(_url(f"workspace_{action}", exercise.pk), data, **kwargs)


def _workspace_data(exercise, **extra):
    data = {"action_count": "1", "version": ""}
    data.update(extra)
    return data


def test_autosave_endpoint(client, exercise, learner):
    url = _url("autosave", exercise.pk)
    response = client.post(url, _workspace_data(exercise, report_where="Taket"))
    assert response.status_code == 401
    assert response.json()["error"] == nb("You are logged out. Log in again.")
    client.force_login(learner)
    response = client.post(url, _workspace_data(exercise, report_where="Taket"))
    assert response.status_code == 200 and response.json()["version"] == 1
    submission = Submission.objects.get(user=learner)
    assert submission.draft["report"]["where"] == "Taket"
    stale = client.post(
        url, _workspace_data(exercise, report_where="Gammel", version="0")
    )
    assert stale.status_code == 409
    submission.refresh_from_db()
    assert submission.draft["report"]["where"] == "Taket"


def test_workspace_keeps_typed_text_when_the_submit_is_incomplete(
    client, exercise, learner
):
    client.force_login(learner)
    data = _workspace_data(
        exercise,
        action="submit",
        f3_kind="primary",
        f3_text="Ingen sikringswire",
        report_what="Nøkkelen falt",
    )
    response = post_workspace(client, exercise, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ingen sikringswire" in content and "Nøkkelen falt" in content
    assert nb("Mark the fact that describes the event.") in content
    submission = Submission.objects.get(user=learner)
    assert submission.status == Submission.Status.DRAFT
    assert submission.draft["report"]["what"] == "Nøkkelen falt"
    # The saved draft comes back on the next visit (reload or another device).
    again = client.get(exercise.url)
    assert "Nøkkelen falt" in again.content.decode()


def _signed_in_then_expired(client, learner, page_url):
    from django.conf import settings

    client.force_login(learner)
    client.get(page_url)
    client.cookies.pop(settings.SESSION_COOKIE_NAME)  # expired, not logged out


def test_expired_session_keeps_the_text_for_after_login(client, exercise, learner):
    _signed_in_then_expired(client, learner, exercise.url)
    data = _workspace_data(exercise, action="save", report_what="Skrevet før utlogging")
    response = post_workspace(client, exercise, data)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(learner)
    response = client.get(exercise.url)
    assert "Skrevet før utlogging" in response.content.decode()
    assert Submission.objects.get(user=learner).draft["report"]["what"]


def test_full_submit_through_the_page(client, exercise, learner):
    client.force_login(learner)
    data = _workspace_data(
        exercise,
        action="submit",
        event=["4"],
        f4_kind="primary",
        report_type="nestenulykke",
        report_category="fallende",
        report_severity_actual="lav",
        report_severity_potential="hoy",
        a1_type="immediate",
        a1_description="Bruke hjelm",
        a1_control_level="ppe",
        a1_deviation="4",
    )
    response = post_workspace(client, exercise, data, follow=True)
    content = response.content.decode()
    submission = Submission.objects.get(user=learner)
    assert submission.status == Submission.Status.SUBMITTED
    from avvik_sandbox.feedback import render_item

    with translation.override("nb"):
        expected = render_item(
            next(i for i in submission.feedback if i["code"] == "event_as_deviation")
        )
    assert expected.split(".")[0] in content
    # Submitted answers are read-only: the exercise page leads to the feedback.
    again = client.get(exercise.url)
    assert again.status_code == 302
    assert again["Location"] == _url("submission", submission.pk)


def test_advancing_the_case_to_closed_without_evaluation_is_refused(
    client, exercise, learner
):
    client.force_login(learner)
    submission = services.submission_get_or_create(user=learner, exercise=exercise)
    draft = answer(exercise, **GOOD_NB)
    draft["case"] = {"status": "evaluation", "effect_evaluation": "", "informed": []}
    services.submission_autosave(submission=submission, draft=draft, version=None)
    response = post_workspace(
        client, exercise, _workspace_data(exercise, action="advance"), follow=True
    )
    refused = nb(
        "A case cannot be closed without an effect evaluation. Describe how you "
        "checked that the actions worked."
    )
    assert refused in response.content.decode()
    submission.refresh_from_db()
    assert submission.draft["case"]["status"] == "evaluation"


def test_the_page_after_a_first_incomplete_submit_carries_the_saved_version(
    client, exercise, learner
):
    # The first post creates the submission; the page it shows must carry its version,
    # or the next save is refused as if another device had changed the answer.
    client.force_login(learner)
    data = _workspace_data(exercise, action="submit", report_what="Første utkast")
    response = post_workspace(client, exercise, data)
    assert response.status_code == 200
    submission = Submission.objects.get(user=learner)
    assert f'name="version" value="{submission.version}"' in response.content.decode()
    again = client.post(
        _url("autosave", exercise.pk),
        _workspace_data(
            exercise, report_what="Andre utkast", version=str(submission.version)
        ),
    )
    assert again.status_code == 200


def test_text_kept_over_a_login_does_not_overwrite_newer_work_from_another_device(
    client, exercise, learner
):
    submission = services.submission_get_or_create(user=learner, exercise=exercise)
    services.submission_autosave(
        submission=submission, draft=answer(exercise, event=(4,)), version=None
    )
    # The session expired on the laptop; the learner presses Save on version 1 ...
    _signed_in_then_expired(client, learner, exercise.url)
    data = _workspace_data(
        exercise, action="save", report_what="Fra den bærbare", version="1"
    )
    post_workspace(client, exercise, data)
    # ... and goes on working on the phone before logging in on the laptop again.
    newer = answer(exercise, event=(4,))
    newer["report"] = {"what": "Fra telefonen"}
    services.submission_autosave(submission=submission, draft=newer, version=1)
    client.force_login(learner)
    response = client.get(exercise.url)
    submission.refresh_from_db()
    assert submission.draft["report"]["what"] == "Fra telefonen"
    content = response.content.decode()
    assert "Fra den bærbare" in content  # still shown, so it can be saved on purpose
    assert (
        nb(
            "This answer was changed in another window or on another device. "
            "Reload the page to get the latest version."
        )
        in content
    )


def test_submitting_from_a_stale_tab_does_not_replace_newer_work(
    client, exercise, learner
):
    client.force_login(learner)
    submission = services.submission_get_or_create(user=learner, exercise=exercise)
    newer = answer(exercise, **GOOD_NB)
    services.submission_autosave(submission=submission, draft=newer, version=None)
    services.submission_autosave(submission=submission, draft=newer, version=1)
    # A tab still at version 1 submits an older, shorter answer.
    data = _workspace_data(
        exercise,
        action="submit",
        version="1",
        event=["4"],
        f3_kind="primary",
        report_type="nestenulykke",
        report_category="fallende",
        report_severity_actual="lav",
        report_severity_potential="hoy",
        a1_description="Gammel tekst",
    )
    response = post_workspace(client, exercise, data)
    submission.refresh_from_db()
    assert submission.status == Submission.Status.DRAFT
    assert submission.draft == services.case_settle(draft=newer)
    assert response.status_code == 200 and "Gammel tekst" in response.content.decode()


def test_work_on_a_course_exercise_counts_as_time_in_its_lesson(
    client, learner, course, exercise
):

    from lms import services as lms_services

    enrolment = lms_services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    lesson = course.lessons[0]
    html = client.get(f"{exercise.url}?lesson={lesson.pk}").content.decode()
    visit = reverse("lms:lesson_visit", args=[lesson.pk])
    assert f'data-lesson-visit="{visit}"' in html
    client.post(visit)
    enrolment.refresh_from_db()
    assert enrolment.active_seconds == 60
    # Open practice (no lesson) reports nothing.
    assert "data-lesson-visit" not in client.get(exercise.url).content.decode()
