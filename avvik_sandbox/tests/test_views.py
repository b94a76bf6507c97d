"""Who may see and change what: learner, other learner, instructors, anonymous."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from avvik_sandbox import services
from avvik_sandbox.factories import GOOD_NB, answer
from avvik_sandbox.models import Submission
from lms.factories import UserFactory

from .. import grading
from .helpers import _url, nb, nb_fact

pytestmark = pytest.mark.django_db


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
    # Every level is the suggestion (a perfect answer): the instructor is asked to
    # confirm that this is their judgement, and nothing is saved until they do.
    response = client.post(_url("grading_grade", course_submission.pk), data)
    assert response.status_code == 200
    assert (
        nb("I have read the answer and agree with every suggested level.")
        in response.content.decode()
    )
    course_submission.refresh_from_db()
    assert course_submission.status != Submission.Status.GRADED
    response = client.post(
        _url("grading_grade", course_submission.pk), {**data, "confirm_unchanged": "on"}
    )
    assert response.status_code == 302
    course_submission.refresh_from_db()
    assert course_submission.status == Submission.Status.GRADED
    assert course_submission.passed
    # The history on the grading page says who graded, to what, and how.
    history = client.get(_url("grading_detail", course_submission.pk)).content.decode()
    assert f"{course_instructor}: {nb('graded')} → 100 %" in history
    assert nb("every suggestion accepted unchanged, confirmed") in history


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
    suggestions = len(re.findall(r'class="suggestion[ "]', html))
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
