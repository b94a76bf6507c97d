"""One criterion of a pre-score: a level on the rubric's 0–3 scale and the reason the
learner reads; and the two sums every practice pre-score and review makes of them."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class Criterion:
    code: str
    label: str
    level: int
    detail: str


def level(part: int, whole: int) -> int:
    """``part`` of ``whole`` on the 0–3 scale (0 when there is nothing to count)."""
    return round(3 * part / whole) if whole else 0


def percent(levels: Iterable[int]) -> int:
    """Levels 0–3 as a share of the full marks, in per cent."""
    levels = list(levels)
    return round(100 * sum(levels) / (3 * len(levels))) if levels else 0
