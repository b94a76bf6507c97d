"""The sandbox's part of a person's export and account deletion.

Deleting an account keeps the submission rows (scores and grades are part of the
course record an employer may have paid for) but blanks what the person wrote: the
report, the deviation texts, the whys, the measures and the case notes.
"""

from lms.personal_data import Section

from .models import Submission

FREE_TEXT = {
    "text",
    "description",
    "effect_check",
    "effect_evaluation",
    "what",
    "where",
    "when",
    "immediate",
    "requirement",
    "comment",
}


def _blank(value):
    """``value`` with every free-text field emptied (choices and ticks stay)."""
    if isinstance(value, dict):
        return {
            key: ("" if key in FREE_TEXT and isinstance(item, str) else _blank(item))
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_blank(item) for item in value]
    return value


def _submissions(user) -> list:
    return [
        {
            "exercise": submission.exercise.title,
            "status": submission.status,
            "submitted": submission.submitted_at,
            "graded": submission.graded_at,
            "score_percent": submission.score_percent,
            "answer": submission.answer or submission.draft,
            "feedback": submission.feedback,
        }
        for submission in Submission.objects.filter(user=user).select_related(
            "exercise"
        )
    ]


def _erase(user, snapshot: dict) -> None:
    for submission in Submission.objects.filter(user=user):
        submission.draft = _blank(submission.draft)
        submission.answer = _blank(submission.answer)
        if isinstance(submission.draft.get("case"), dict):
            submission.draft["case"]["log"] = []
        submission.save(update_fields=["draft", "answer"])


SECTIONS = [Section("deviation_exercises", _submissions, _erase)]
