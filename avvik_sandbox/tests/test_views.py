"""Who may see and change what: learner, other learner, instructors, anonymous."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from avvik_sandbox import services
from avvik_sandbox.factories import GOOD_NB, answer
from avvik_sandbox.models import Submission
from lms.factories import UserFactory

from .. import grading

pytestmark = pytest.mark.django_db


def nb(message: str, **params) -> str:
    """``message`` as a bokmål page shows it (works before and after translation)."""
    with translation.override("nb"):
        text = gettext(message)
    return text % params if params else text


def nb_fact(number: int) -> str:
    with translation.override("nb"):
        return ngettext("fact %(n)s", "facts %(n)s", 1) % {"n": number}


@pytest.fixture
def course_submission(course, exercise, learner):
    from lms import services as lms_services

    lms_services.enrolment_free_create(user=learner, course=course)
    submission = services.submission_get_or_create(
        user=learner, exercise=exercise, course=course
    )
    return services.submission_submit(
        submission=submission, draft=answer(exercise, **GOOD_NB), language="nb"
    )


@pytest.fixture
def course_instructor(course):
    user = UserFactory(email="course-teacher@example.org")
    grading.instructor_assign(instructor=user, course=course)
    return user


@pytest.fixture
def other_instructor(site):
    from courses.factories import course_with_lessons

    other_course, _ = course_with_lessons(site["catalogue"], lessons=1)
    user = UserFactory(email="other-teacher@example.org")
    grading.instructor_assign(instructor=user, course=other_course)
    return user


def _url(name, *args):
    return reverse(f"avvik_sandbox:{name}", args=args)


def test_learner_sees_own_feedback(client, learner, course_submission):
    client.force_login(learner)
    response = client.get(_url("submission", course_submission.pk))
    assert response.status_code == 200
    content = response.content.decode()
    assert nb_fact(4) in content  # feedback refers to the scenario by number
    assert "Fastnøkkel faller fra stillaset" in content


def test_other_learner_gets_not_found(client, course_submission):
    client.force_login(UserFactory(email="someone@example.org"))
    assert client.get(_url("submission", course_submission.pk)).status_code == 404


def test_anonymous_is_sent_to_login(client, course_submission):
    response = client.get(_url("submission", course_submission.pk))
    assert response.status_code == 302 and "login" in response["Location"]
    response = client.get(_url("grading_queue"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_learner_cannot_open_the_grading_queue(client, learner, course_submission):
    client.force_login(learner)
    assert client.get(_url("grading_queue")).status_code == 403
    assert client.get(_url("grading_detail", course_submission.pk)).status_code == 403


def test_instructor_of_the_course_sees_and_grades(
    client, course_instructor, course_submission
):
    client.force_login(course_instructor)
    with CaptureQueriesContext(connection) as queries:
        queue = client.get(_url("grading_queue"))
    assert course_submission.user.full_name in queue.content.decode()
    # The pre-score's percentage is shown; the answers behind it are not even read.
    percent = course_submission.prescore["percent"]
    assert f"{percent} %" in queue.content.decode()
    listing = [
        q["sql"]
        for q in queries.captured_queries
        if "avvik_sandbox_submission" in q["sql"] and "LIMIT" in q["sql"]
    ]
    assert listing and not any('"answer"' in sql for sql in listing)
    detail = client.get(_url("grading_detail", course_submission.pk))
    assert detail.status_code == 200
    assert nb("Suggested: %(s)s", s=3) in detail.content.decode()
    assert client.get(_url("submission", course_submission.pk)).status_code == 200
    client.post(_url("grading_claim", course_submission.pk))
    data = {"decision": "grade", "comment": "Fine."}
    for criterion in course_submission.exercise.specific.criteria:
        data[f"score_{criterion['id']}"] = "3"
    response = client.post(_url("grading_grade", course_submission.pk), data)
    assert response.status_code == 302
    course_submission.refresh_from_db()
    assert course_submission.status == Submission.Status.GRADED
    assert course_submission.passed
    # The history on the grading page says who graded and to what.
    history = client.get(_url("grading_detail", course_submission.pk)).content.decode()
    assert f"{course_instructor}: {nb('graded')} → 100 %" in history


def test_instructor_of_another_course_sees_nothing(
    client, other_instructor, course_submission
):
    client.force_login(other_instructor)
    queue = client.get(_url("grading_queue"), {"status": "all"})
    assert queue.status_code == 200
    assert course_submission.user.full_name not in queue.content.decode()
    assert client.get(_url("grading_detail", course_submission.pk)).status_code == 404
    assert client.get(_url("submission", course_submission.pk)).status_code == 404
    response = client.post(_url("grading_claim", course_submission.pk))
    assert response.status_code == 404
    course_submission.refresh_from_db()
    assert course_submission.claimed_by is None


def test_second_instructor_is_told_who_is_grading(
    client, course, course_instructor, course_submission
):
    second = UserFactory(email="second@example.org")
    grading.instructor_assign(instructor=second, course=course)
    grading.submission_claim(
        submission_id=course_submission.pk, instructor=course_instructor
    )
    client.force_login(second)
    response = client.post(_url("grading_claim", course_submission.pk), follow=True)
    message = nb("%(name)s is already grading this submission.", name=course_instructor)
    assert message in response.content.decode()
    course_submission.refresh_from_db()
    assert course_submission.claimed_by == course_instructor


def test_queue_filters_by_status_and_counts_queries(
    client, course_instructor, course_submission, django_assert_max_num_queries
):
    client.force_login(course_instructor)
    with django_assert_max_num_queries(25):
        response = client.get(_url("grading_queue"), {"status": "graded"})
    assert course_submission.user.full_name not in response.content.decode()
    response = client.get(_url("grading_queue"), {"status": "submitted"})
    assert course_submission.user.full_name in response.content.decode()


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


def test_the_practice_index_lists_exercises_with_status(
    client, sandbox, exercise, learner
):
    client.force_login(learner)
    response = client.get(sandbox.url)
    assert exercise.title in response.content.decode()
    services.submission_get_or_create(user=learner, exercise=exercise)
    assert "status-draft" in client.get(sandbox.url).content.decode()


def test_admin_assigns_instructors_and_instructors_find_the_queue(
    client, course, course_instructor
):
    admin = UserFactory(email="root@example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    response = client.get("/admin/instructor_assignments/")
    assert response.status_code == 200
    assert course_instructor.full_name in response.content.decode()
    response = client.post(
        "/admin/instructor_assignments/new/",
        {"instructor": course_instructor.pk, "course": ""},
    )
    assert response.status_code == 302
    assert course_instructor.sandbox_assignments.filter(course__isnull=True).exists()
    response = client.get("/admin/")
    assert "/sandbox/grading/" in response.content.decode()


def test_editors_can_preview_a_new_exercise(client, sandbox):
    from avvik_sandbox.factories import scaffolding_fields
    from avvik_sandbox.models import ExercisePage

    admin = UserFactory(email="preview@example.org", is_staff=True, is_superuser=True)
    client.force_login(admin)
    page = ExercisePage(**{**scaffolding_fields(), "title": "Utkast", "slug": "utkast"})
    response = page.make_preview_request(original_request=None)
    assert response.status_code == 200
    response.render()
    assert "Utkast" in response.content.decode()
    assert not Submission.objects.exists()


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
    from django.urls import reverse

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


def test_the_wagtail_user_bar_stays_off_the_grading_page(
    client, course_instructor, course_submission
):
    """On a phone the user bar sits over the grading buttons; the grading page is not
    a CMS page, so it has none. The exercise page (a CMS page) keeps it for editors."""
    course_instructor.is_staff = course_instructor.is_superuser = True
    course_instructor.save()
    client.force_login(course_instructor)
    grading = client.get(_url("grading_detail", course_submission.pk)).content.decode()
    assert "wagtail-userbar" not in grading
    exercise = client.get(course_submission.exercise.url).content.decode()
    assert "wagtail-userbar" in exercise and "has-userbar" in exercise


def test_the_rubric_is_not_pre_filled_with_the_pre_score(
    client, course_instructor, course_submission
):
    """One click must not grade a submission 100 %: every level starts unchosen, the
    suggested one is only marked, and saving without choosing is refused."""
    client.force_login(course_instructor)
    client.post(_url("grading_claim", course_submission.pk))
    html = client.get(_url("grading_detail", course_submission.pk)).content.decode()
    criteria = course_submission.exercise.specific.criteria
    assert not re.search(r'<input type="radio" name="score_[^"]*"[^>]*checked', html)
    # One marked level per criterion that has a suggestion, and there are some.
    suggestions = html.count('class="suggestion"')
    assert suggestions and html.count(f"({nb('suggested')})") == suggestions
    assert suggestions <= len(criteria)
    response = client.post(
        _url("grading_grade", course_submission.pk),
        {"decision": "grade", "comment": ""},
    )
    assert response.status_code == 200
    assert nb("Score every criterion. See below.") in response.content.decode()
    course_submission.refresh_from_db()
    assert course_submission.status != Submission.Status.GRADED
