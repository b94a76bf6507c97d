"""A refresher means taking the quizzes again: earlier passes do not renew a certificate."""

import pytest

from lms import services
from lms.certificates.services import refresher_start
from lms.exceptions import LearningError
from lms.selectors import course_progress_for

pytestmark = pytest.mark.django_db

RIGHT = {0: [1], 1: [0, 1]}


def _finish(enrolment, course):
    *first, last = course.lessons
    for lesson in first:
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    services.quiz_attempt_submit(
        enrolment=enrolment,
        lesson=last,
        block_id=last.quiz_blocks()[0].id,
        answers=RIGHT,
    )
    services.lesson_complete(enrolment=enrolment, lesson=last)
    enrolment.refresh_from_db()


def test_after_a_refresher_the_quiz_must_be_passed_again(course, learner, client):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    _finish(enrolment, course)
    assert enrolment.completed_at is not None

    refresher_start(enrolment=enrolment, actor=learner)
    enrolment.refresh_from_db()
    last = course.lessons[-1]
    assert course_progress_for(user=learner, course=course).passed_quizzes == set()
    with pytest.raises(LearningError):
        services.lesson_complete(enrolment=enrolment, lesson=last)

    # The lesson page no longer shows the old pass as the current result.
    client.force_login(learner)
    html = client.get(last.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "quiz-result is-passed" not in html

    _finish(enrolment, course)
    assert enrolment.completed_at is not None
