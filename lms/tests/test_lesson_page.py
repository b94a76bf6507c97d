"""What the lesson page tells a learner about their quiz answers."""

import pytest
from django.utils import translation

from lms import services
from tests.foundation_helpers import RIGHT_ANSWERS, WRONG_ANSWERS, quiz_post, quiz_url

pytestmark = pytest.mark.django_db

MISSING_SOME = "What you ticked is right, but more answers are right too."


def nb(msgid: str) -> str:
    with translation.override("nb"):
        return translation.gettext(msgid)


@pytest.fixture
def quiz_lesson(client, course, learner):
    services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    last = course.lessons[-1]
    return last, last.quiz_blocks()[0].id


def answered(client, lesson, block_id, answers) -> str:
    client.post(quiz_url(lesson, block_id), quiz_post(block_id, answers))
    return client.get(lesson.url).content.decode()


def test_some_but_not_all_right_options_says_so(client, quiz_lesson):
    lesson, block_id = quiz_lesson
    html = answered(client, lesson, block_id, {0: [1], 1: [0]})  # one of two right
    assert html.count(nb(MISSING_SOME)) == 1
    assert html.count(nb("Not quite.")) == 1


def test_a_wrong_option_ticked_gets_no_such_hint(client, quiz_lesson):
    lesson, block_id = quiz_lesson
    html = answered(client, lesson, block_id, {0: [1], 1: [0, 2]})
    assert nb(MISSING_SOME) not in html
    html = answered(client, lesson, block_id, WRONG_ANSWERS)
    assert nb(MISSING_SOME) not in html


def test_all_right_shows_the_explanation_and_finishes_the_lesson(client, quiz_lesson):
    lesson, block_id = quiz_lesson
    html = answered(client, lesson, block_id, RIGHT_ANSWERS)
    assert "The missing sanding routine is the deviation." in html  # explanation
    assert nb("Not quite.") not in html
    # Passing the lesson's only quiz finished it: no second "done" to press.
    assert 'name="action" value="complete"' not in html
    assert nb("You have finished this lesson.") in html


def test_the_answer_key_is_not_in_the_page_before_answering(client, quiz_lesson):
    lesson, _block_id = quiz_lesson
    html = client.get(lesson.url).content.decode()
    assert "The unsanded ice" in html  # the options are there …
    for secret in ("That is the event.", "The missing sanding routine"):
        assert secret not in html  # … but not the feedback or the explanation
