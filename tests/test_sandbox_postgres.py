"""Two instructors claiming the same submission at the same moment (PostgreSQL)."""

import threading

import pytest
from django.db import connection

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL: row locks (select_for_update) are what is tested"
        )


def test_concurrent_claims_leave_exactly_one_grader(site):
    from avvik_sandbox import exceptions, grading, services
    from avvik_sandbox.factories import (
        GOOD_NB,
        ExercisePageFactory,
        answer,
        sandbox_tree,
    )
    from avvik_sandbox.models import Submission
    from lms.factories import UserFactory

    exercise = ExercisePageFactory(parent=sandbox_tree(site["home"]))
    learner = UserFactory(email="learner-pg@example.org")
    submission = services.submission_submit(
        submission=services.submission_get_or_create(user=learner, exercise=exercise),
        draft=answer(exercise, **GOOD_NB),
        language="nb",
    )
    instructors = [UserFactory(email=f"teacher{i}@example.org") for i in range(2)]
    for instructor in instructors:
        grading.instructor_assign(instructor=instructor, course=None)

    for _round in range(5):
        Submission.objects.filter(pk=submission.pk).update(
            claimed_by=None, claimed_at=None, status=Submission.Status.SUBMITTED
        )
        barrier = threading.Barrier(len(instructors))
        outcomes = []

        def claim(instructor, barrier=barrier, outcomes=outcomes):
            from django.db import connections

            try:
                barrier.wait()
                grading.submission_claim(
                    submission_id=submission.pk, instructor=instructor
                )
                outcomes.append(("claimed", instructor.pk))
            except exceptions.ClaimConflict:
                outcomes.append(("conflict", instructor.pk))
            finally:
                connections.close_all()

        threads = [threading.Thread(target=claim, args=(i,)) for i in instructors]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(kind for kind, _pk in outcomes) == ["claimed", "conflict"]
        winner = next(pk for kind, pk in outcomes if kind == "claimed")
        submission.refresh_from_db()
        assert submission.claimed_by_id == winner
        assert submission.status == Submission.Status.IN_GRADING
