"""A practice activity done may complete a course that requires it."""

from lms.models import Enrolment
from lms.services import enrolment_check_completion


def recheck_completion(*, user) -> None:
    """Check the learner's courses in progress again (a lesson's practice block may
    have been the last requirement)."""
    for enrolment in Enrolment.objects.filter(user=user, completed_at__isnull=True):
        enrolment_check_completion(enrolment=enrolment)
