"""Pre-scoring the statistics exercise against the company's key.

A key point counts when one of its wordings occurs inside a conclusion the learner
wrote as a statement (at least a short sentence, conclusion and measure together); a
bare list of keywords earns nothing. The score is the share of key points found; an
answer passes with two thirds of them and every required one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..matching import Analysed
from .amu_models import StatisticsAnswer, StatisticsKeyPoint
from .completion import recheck_completion

MIN_STATEMENT_WORDS = 6
PASS_SHARE = 2 / 3


@dataclass
class Evaluation:
    found: list[StatisticsKeyPoint]
    missed: list[StatisticsKeyPoint]
    lists_only: bool  # words were there, but not in a statement
    score_percent: int
    passed: bool


def _is_statement(text: str) -> bool:
    """A clause, not a keyword list: enough words, and not mostly commas."""
    words = text.split()
    return len(words) >= MIN_STATEMENT_WORDS and text.count(",") < len(words) / 2


def evaluate(
    *, key: list[StatisticsKeyPoint], conclusions: list[dict], language: str
) -> Evaluation:
    texts = [
        f"{c.get('conclusion', '')} {c.get('measure', '')}".strip() for c in conclusions
    ]
    statements = [Analysed.of(t, language) for t in texts if _is_statement(t)]
    loose = Analysed.of(" ".join(t for t in texts if not _is_statement(t)), language)
    found, missed, lists_only = [], [], False
    for point in key:
        if any(s.has_phrase(w) for s in statements for w in point.wording_list):
            found.append(point)
        else:
            missed.append(point)
            lists_only = lists_only or any(
                loose.has_phrase(w) for w in point.wording_list
            )
    share = len(found) / len(key) if key else 0
    passed = (
        bool(key) and share >= PASS_SHARE and all(p in found for p in key if p.required)
    )
    return Evaluation(found, missed, lists_only, round(100 * share), passed)


def answer_submit(
    *, company, user, year: int, language: str, conclusions: list[dict]
) -> StatisticsAnswer:
    key = list(company.key_points.all())
    result = evaluate(key=key, conclusions=conclusions, language=language)
    answer = StatisticsAnswer.objects.create(
        company=company,
        user=user,
        year=year,
        language=language,
        conclusions=conclusions,
        found=[p.pk for p in result.found],
        score_percent=result.score_percent,
        passed=result.passed,
    )
    if answer.passed:
        recheck_completion(user=user)
    return answer


def answer_evaluation(answer: StatisticsAnswer) -> Evaluation:
    """The evaluation again, against the key as it is now (the stored score is kept)."""
    return evaluate(
        key=list(answer.company.key_points.all()),
        conclusions=answer.conclusions,
        language=answer.language,
    )
