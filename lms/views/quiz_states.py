"""What each quiz block on a lesson page shows: its form and the last result."""

from django.utils.datastructures import MultiValueDict

from .. import pending, services
from ..forms import QuizForm

PENDING_QUIZ_KEY = "pending_quiz"


def quiz_states(request, lesson, attempts, bound_forms: dict) -> dict:
    """Per quiz block: the form (with kept or last answers), the attempt, the questions.

    ``attempts``: the current round's attempts in the course, newest first (None for a
    staff preview)."""
    latest = _latest_attempts(lesson, attempts or [])
    kept = pending.take(request, PENDING_QUIZ_KEY) if not bound_forms else None
    states = {}
    for block in lesson.quiz_blocks():
        attempt = latest.get(block.id)
        form = bound_forms.get(block.id) or _form(block, lesson, attempt, kept)
        results = None
        if attempt and block.id not in bound_forms:
            results = services.quiz_score(
                quiz_value=block.value,
                answers={int(k): v for k, v in attempt.answers.items()},
            )
        states[block.id] = {
            "form": form,
            "attempt": attempt if block.id not in bound_forms else None,
            "questions": [
                _question(index, question, form, results[index] if results else None)
                for index, question in enumerate(block.value["questions"])
            ],
        }
    return states


def _latest_attempts(lesson, attempts) -> dict:
    latest = {}
    for attempt in attempts:
        if attempt.lesson_key == lesson.translation_key:
            latest.setdefault(attempt.block_id, attempt)
    return latest


def _form(block, lesson, attempt, kept) -> QuizForm:
    """Answers kept from an expired session, else the last attempt's, else empty."""
    if (
        kept
        and kept.get("block_id") == block.id
        and kept.get("lesson_key") == str(lesson.translation_key)
    ):
        # The stash holds lists; a plain dict would hand a radio button
        # ['0'] instead of '0', which is then refused as an invalid choice.
        form = QuizForm(block.value, data=MultiValueDict(kept["data"]), prefix=block.id)
        form.is_valid()
        return form
    if attempt:
        questions = block.value["questions"]
        initial = {
            f"q{k}": (
                [str(x) for x in v]
                if questions[int(k)]["kind"] == "multiple"
                else str(v[0])
            )
            for k, v in attempt.answers.items()
            if int(k) < len(questions) and v
        }
        return QuizForm(block.value, initial=initial, prefix=block.id)
    return QuizForm(block.value, prefix=block.id)


def _question(index, question, form, result) -> dict:
    options = question["options"]
    chosen = result.chosen if result else []
    return {
        "index": index,
        "question": question,
        "field": form[f"q{index}"],
        "result": result,
        "feedback": [
            options[i]["feedback"]
            for i in chosen
            if i < len(options) and options[i]["feedback"]
        ],
        # Every ticked option was right but some right ones are missing:
        # without saying so, "Not quite" next to "Correct" feedback confuses.
        "missing_some": bool(
            result
            and not result.correct
            and chosen
            and all(i < len(options) and options[i]["correct"] for i in chosen)
        ),
    }
