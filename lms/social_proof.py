"""“Over N kursdeltakere” on the home page, from real completions.

N is the number of people who have completed at least one course, counted in the
database, cached for a while, and rounded *down* to the editor's step so that the
sentence stays true. Nothing is shown below the first step.
"""

from django.core.cache import cache
from django.utils.formats import number_format

from .models import Enrolment

CACHE_KEY = "social-proof:participants"
CACHE_SECONDS = 15 * 60


def participant_count() -> int:
    count = cache.get(CACHE_KEY)
    if count is None:
        count = (
            Enrolment.objects.filter(completed_at__isnull=False)
            .values("user_id")
            .distinct()
            .count()
        )
        cache.set(CACHE_KEY, count, CACHE_SECONDS)
    return count


def rounded_down(count: int, step: int) -> int:
    step = max(step, 1)
    return count - count % step


def home_page_context(request, page) -> dict:
    """The participant line for the home page (registered in ``apps``)."""
    wording = (page.participants_wording or "").strip()
    if not wording or "{n}" not in wording:
        return {}
    step = page.participants_round_to or 1
    shown = rounded_down(participant_count(), step)
    if shown < step or shown == 0:
        return {}
    return {
        "participants_line": wording.replace(
            "{n}", number_format(shown, force_grouping=True)
        )
    }
