"""Instructors review pre-scored practice answers: their levels and decision are what
count (for the course too), the learner reads them, and every review is audited."""

import pytest
from django.urls import reverse
from django.utils import translation

from avvik_sandbox.practice import risk
from avvik_sandbox.practice.risk_demo import KINDERGARTEN, seed_risk_exercises
from avvik_sandbox.practice.risk_models import RiskExercise
from avvik_sandbox.practice.selectors import activity_done
from avvik_sandbox.tests.helpers import make_company
from avvik_sandbox.tests.test_risk import GOOD
from lms.factories import UserFactory
from lms.models import AuditEvent

from .. import grading

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _bokmal():
    with translation.override("nb"):
        yield


@pytest.fixture
def answer():
    company = make_company(slug="fjordvik-kommune", volume=10)
    seed_risk_exercises({company.slug: company})
    exercise = RiskExercise.objects.get(slug=KINDERGARTEN["slug"])
    return risk.answer_submit(
        exercise=exercise, user=UserFactory(), language="nb", rows=GOOD
    )


@pytest.fixture
def instructor():
    user = UserFactory(is_staff=True)
    grading.instructor_assign(instructor=user, course=None)
    return user


def _levels(value):
    return {
        f"level_{code}": value
        for code in ("hazards", "placement", "measures", "hierarchy", "followup")
    }


def test_the_instructors_decision_counts_and_the_learner_reads_it(
    client, answer, instructor
):
    assert answer.passed and activity_done(
        user=answer.user, company_slug="fjordvik-kommune", activity="risk"
    )
    client.force_login(instructor)
    url = reverse("avvik_sandbox:practice_review", args=["risk", answer.pk])
    page = client.get(url).content.decode()
    assert "Barn som utagerer" in page
    response = client.post(
        url, {**_levels(1), "passed": "no", "comment": "Tiltakene er for svake."}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.review_percent == 33 and answer.review_passed is False
    assert not activity_done(
        user=answer.user, company_slug="fjordvik-kommune", activity="risk"
    )
    event = AuditEvent.objects.get(action="practice.reviewed")
    assert event.actor == instructor and event.data["passed"] is False
    client.force_login(answer.user)
    learner_page = client.get(
        reverse("avvik_sandbox:risk_answer", args=[answer.exercise.slug, answer.pk])
    ).content.decode()
    assert "Tiltakene er for svake." in learner_page
    # A second review replaces the first; both stay in the audit log.
    client.force_login(instructor)
    client.post(url, {**_levels(3), "passed": "yes"})
    assert AuditEvent.objects.filter(action="practice.rereviewed").count() == 1
    assert activity_done(
        user=answer.user, company_slug="fjordvik-kommune", activity="risk"
    )


def test_a_review_needs_every_level_and_keeps_the_comment(client, answer, instructor):
    client.force_login(instructor)
    url = reverse("avvik_sandbox:practice_review", args=["risk", answer.pk])
    response = client.post(url, {"passed": "yes", "comment": "Halvferdig kommentar"})
    assert response.status_code == 400
    assert "Halvferdig kommentar" in response.content.decode()
    answer.refresh_from_db()
    assert answer.reviewed_at is None


def test_only_instructors_of_the_practice_area_review(client, answer, course):
    client.force_login(answer.user)
    assert client.get(reverse("avvik_sandbox:practice_queue")).status_code == 403
    # An instructor of one course does not read other people's practice answers.
    course_teacher = UserFactory(is_staff=True)
    grading.instructor_assign(instructor=course_teacher, course=course)
    client.force_login(course_teacher)
    assert client.get(reverse("avvik_sandbox:practice_queue")).status_code == 403
    url = reverse("avvik_sandbox:practice_review", args=["risk", answer.pk])
    assert client.post(url, {**_levels(3), "passed": "yes"}).status_code == 403


def test_the_queue_lists_every_kind_waiting(client, answer, instructor):
    from avvik_sandbox.practice import plan

    made = plan.plan_submit(
        company=answer.exercise.company,
        user=UserFactory(full_name="Plan Planleggersen"),
        language="nb",
        goals=[{"goal": "Færre avvik", "indicator": "Under 10"}],
        tasks=[],
        review="",
    )
    client.force_login(instructor)
    page = client.get(reverse("avvik_sandbox:practice_queue")).content.decode()
    assert reverse("avvik_sandbox:practice_review", args=["risk", answer.pk]) in page
    assert reverse("avvik_sandbox:practice_review", args=["plan", made.pk]) in page
