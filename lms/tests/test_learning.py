"""Enrolment, lessons, quizzes and completion through the services and the lesson page."""

import pytest
from django.urls import reverse

from lms import services
from lms.exceptions import LearningError
from lms.models import Enrolment, LessonProgress
from lms.selectors import course_progress_for

pytestmark = pytest.mark.django_db


def _answers_right():
    return {0: [1], 1: [0, 1]}


def test_free_enrolment_is_idempotent(course, learner):
    first = services.enrolment_free_create(user=learner, course=course)
    second = services.enrolment_free_create(user=learner, course=course)
    assert first.pk == second.pk
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_paid_course_cannot_be_enrolled_for_free(site, learner):
    from courses.factories import course_with_lessons

    paid, _ = course_with_lessons(site["catalogue"], price_ore=149000)
    with pytest.raises(LearningError):
        services.enrolment_free_create(user=learner, course=paid)


def test_lesson_with_quiz_cannot_be_done_before_the_quiz_is_passed(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    with pytest.raises(LearningError):
        services.lesson_complete(enrolment=enrolment, lesson=last)
    block_id = last.quiz_blocks()[0].id
    result = services.quiz_attempt_submit(
        enrolment=enrolment, lesson=last, block_id=block_id, answers={0: [0], 1: [0]}
    )
    assert not result.attempt.passed and result.attempt.score_percent == 0
    result = services.quiz_attempt_submit(
        enrolment=enrolment, lesson=last, block_id=block_id, answers=_answers_right()
    )
    assert result.attempt.passed and result.attempt.score_percent == 100
    services.lesson_complete(enrolment=enrolment, lesson=last)


def test_completion_is_recorded_once_with_hours(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    *first, last = course.lessons
    for lesson in first:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    services.quiz_attempt_submit(
        enrolment=enrolment,
        lesson=last,
        block_id=last.quiz_blocks()[0].id,
        answers=_answers_right(),
    )
    services.lesson_complete(enrolment=enrolment, lesson=last)
    enrolment.refresh_from_db()
    completed_at = enrolment.completed_at
    assert completed_at is not None
    assert str(enrolment.hours_credited) == "1.50"
    # Doing a lesson again changes nothing about the recorded completion.
    services.lesson_complete(enrolment=enrolment, lesson=last)
    enrolment.refresh_from_db()
    assert enrolment.completed_at == completed_at
    assert services.enrolment_check_completion(enrolment=enrolment) is False


def test_next_lesson_is_the_first_unfinished(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    lessons = course.lessons
    services.lesson_complete(enrolment=enrolment, lesson=lessons[0])
    progress = course_progress_for(user=learner, course=course)
    assert progress.next_lesson.pk == lessons[1].pk
    assert progress.percent == 33


def test_lesson_of_a_course_you_are_not_enrolled_in_redirects_to_course(
    client, course, learner
):
    client.force_login(learner)
    response = client.get(course.lessons[0].url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_anonymous_visitor_is_sent_to_login(client, course):
    response = client.get(course.lessons[0].url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_unanswered_quiz_keeps_the_answers_and_says_what_is_missing(
    client, course, learner
):
    client.force_login(learner)
    services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    block_id = last.quiz_blocks()[0].id
    response = client.post(
        reverse("lms:lesson_quiz", args=[last.pk, block_id]),
        {f"{block_id}-q0": "1"},
        HTTP_ACCEPT_LANGUAGE="nb",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Answer this question before you submit." in html or "Svar på" in html
    # The answer that was given is still selected.
    assert f'value="1" id="id_{block_id}-q0_1" checked' in html or (
        f'id="id_{block_id}-q0_1"' in html and "checked" in html
    )
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_dashboard_lists_progress(client, course, learner):
    client.force_login(learner)
    enrolment = services.enrolment_free_create(user=learner, course=course)
    services.lesson_complete(enrolment=enrolment, lesson=course.lessons[0])
    response = client.get(reverse("lms:dashboard"))
    assert response.status_code == 200
    assert course.title in response.content.decode()
    assert 'value="33"' in response.content.decode()


def test_unknown_language_prefix_gives_404(client, site):
    response = client.get("/de/")
    assert response.status_code == 404
