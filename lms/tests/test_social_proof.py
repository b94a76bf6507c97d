"""“Over N kursdeltakere” on the home page: the number comes from real completions,
rounded down to the editor's step so that it stays true, and nothing below it."""

import pytest
from django.core.cache import cache
from django.utils import translation

from lms import social_proof
from lms.factories import EnrolmentFactory, UserFactory
from lms.models import Enrolment
from lms.services import enrolment_free_create

pytestmark = pytest.mark.django_db


def _complete(course, users):
    for user in users:
        EnrolmentFactory(user=user, course=course, completed=True)


def _home(client, site, wording, step):
    home = site["home"]
    home.participants_wording = wording
    home.participants_round_to = step
    home.save_revision().publish()
    cache.clear()
    with translation.override("nb"):
        return client.get(home.url).content.decode()


def test_the_count_is_people_who_completed_rounded_down(client, site, course):
    finishers = UserFactory.create_batch(23)
    _complete(course, finishers)
    enrolment_free_create(user=UserFactory(), course=course)  # started, not completed
    assert (
        social_proof.participant_count()
        == 23
        == (
            Enrolment.objects.filter(completed_at__isnull=False)
            .values("user")
            .distinct()
            .count()
        )
    )
    page = _home(client, site, "Over {n} kursdeltakere", 10)
    assert "Over 20 kursdeltakere" in page  # 23 rounded down, never up
    assert "Over 30" not in page


def test_nothing_is_shown_below_the_first_step_or_without_the_number(
    client, site, course
):
    _complete(course, UserFactory.create_batch(7))
    assert "kursdeltakere" not in _home(client, site, "Over {n} kursdeltakere", 10)
    assert "Mange kursdeltakere" not in _home(client, site, "Mange kursdeltakere", 1)
    assert "Over 7 kursdeltakere" in _home(client, site, "Over {n} kursdeltakere", 1)
