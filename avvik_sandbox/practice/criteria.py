"""One criterion of a pre-score: a level on the rubric's 0–3 scale and the reason the
learner reads."""

from dataclasses import dataclass


@dataclass
class Criterion:
    code: str
    label: str
    level: int
    detail: str
