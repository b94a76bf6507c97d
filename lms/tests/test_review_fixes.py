"""Regression tests for defects found in the review of learning and certificates."""

import re

import pytest

from lms import services
from tests.foundation_helpers import WRONG_ANSWERS, quiz_post

pytestmark = pytest.mark.django_db


def test_answers_kept_over_an_expired_session_come_back_without_errors(
    client, course, learner
):
    services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    block_id = last.quiz_blocks()[0].id
    response = client.post(last.url, quiz_post(block_id, WRONG_ANSWERS), follow=True)
    [(login_url, _status)] = response.redirect_chain
    response = client.post(
        login_url, {"login": learner.email, "password": "secret-pass-123"}, follow=True
    )
    html = response.content.decode()
    # Both the single-choice and the multiple-choice answer are ticked again...
    assert re.search(rf'value="0"[^>]*id="id_{block_id}-q0_0"[^>]*checked', html)
    assert re.search(rf'value="2"[^>]*id="id_{block_id}-q1_2"[^>]*checked', html)
    # ...and nothing claims they are invalid ("['0'] is not one of the choices").
    assert "error-text" not in html
    assert "aria-invalid" not in html
