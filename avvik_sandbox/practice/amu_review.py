"""Bringing a class's cases to AMU: the figures of the period and the learner's
summary, with feedback on what a committee needs to hear."""

from __future__ import annotations

from collections import Counter

from django.utils.translation import gettext as _

from ..matching import Analysed
from .routine_models import AmuReview, PracticeCohort, RoutineAction

OVERDUE_WORDS = [
    "frist",
    "forfalt",
    "forsinket",
    "overdue",
    "deadline",
    "термін",
    "прострочен",
]
DECISION_WORDS = [
    "foreslår",
    "foreslå",
    "vedta",
    "tiltak",
    "anbefaler",
    "propose",
    "decide",
    "measure",
    "пропоную",
    "захід",
    "рішення",
]


def figures(*, cohort: PracticeCohort) -> dict:
    cases = list(cohort.cases.values("status", "category", "severity"))
    overdue = RoutineAction.objects.filter(
        case__cohort=cohort, done_on__isnull=True, deadline__lt=cohort.today
    ).count()
    return {
        "cases": len(cases),
        "open": sum(1 for c in cases if c["status"] != "closed"),
        "closed": sum(1 for c in cases if c["status"] == "closed"),
        "serious": sum(1 for c in cases if c["severity"] != "lav"),
        "overdue_actions": overdue,
        "categories": dict(Counter(c["category"] for c in cases)),
    }


def feedback(review: AmuReview, language: str) -> list[tuple[bool, str]]:
    """(met, text) per thing a committee needs to hear."""
    text = Analysed.of(review.text, language)
    words = review.text.split()
    numbers = any(w.strip(".,;:()%").isdigit() for w in words)
    overdue = review.figures.get("overdue_actions", 0)
    checks = [
        (len(words) >= 25, _("You give AMU a summary in whole sentences, not a list.")),
        (numbers, _("You use the figures: how many cases, how many still open.")),
        (
            overdue == 0 or any(text.has_word(w) for w in OVERDUE_WORDS),
            _("You tell AMU about actions past their deadline."),
        ),
        (
            any(text.has_word(w) for w in DECISION_WORDS),
            _("You propose what AMU should note or decide."),
        ),
    ]
    return checks


def review_create(*, cohort: PracticeCohort, user, text: str) -> AmuReview:
    return AmuReview.objects.create(
        cohort=cohort,
        author=user,
        period_end=cohort.today,
        figures=figures(cohort=cohort),
        text=text.strip(),
    )
