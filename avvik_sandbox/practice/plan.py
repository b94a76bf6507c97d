"""Pre-scoring a yearly HMS plan, criterion by criterion (levels 0–3):

- measurable goals: each goal has an indicator with a number (a count, a share, a
  date) to check it against;
- goals from the evidence: at least one goal is about what the statistics or the
  risk assessment show (the company's largest category, its key points);
- tasks: several, each with someone responsible and a deadline;
- year-end review: a few sentences on what worked and what did not.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from ..matching import Analysed
from . import choices
from .amu_models import StatisticsKeyPoint
from .criteria import Criterion, level, percent
from .plan_models import HmsPlan
from .selectors import Filters, statistics

NUMBER_RE = re.compile(r"\d")
REVIEW_WORDS = [
    "virket",
    "fungerte",
    "nådde",
    "ikke",
    "neste",
    "worked",
    "reached",
    "next",
    "спрацювал",
    "досягл",
    "наступн",
]
PASS_PERCENT = 67


def _evidence_phrases(company) -> list[str]:
    """Words that show a goal answers the figures: the largest category (its code and
    the first word of its name) and the wordings of the company's statistics key."""
    stats = statistics(company=company, filters=Filters(year=company.last_year))
    phrases = []
    if stats.by_category:
        code = stats.by_category[0][0]
        label = dict(choices.CATEGORIES)[code]
        phrases += [str(label).split()[0].lower(), code]
    for point in StatisticsKeyPoint.objects.filter(company=company):
        phrases += point.wording_list
    return phrases


def evaluate(
    *, company, goals: list[dict], tasks: list[dict], review: str, language: str
):
    goals = [g for g in goals if (g.get("goal") or "").strip()]
    tasks = [t for t in tasks if (t.get("task") or "").strip()]
    measurable = [g for g in goals if NUMBER_RE.search(g.get("indicator") or "")]
    phrases = _evidence_phrases(company)
    grounded = any(
        Analysed.of(f"{g['goal']} {g.get('indicator', '')}", language).has_phrase(p)
        for g in goals
        for p in phrases
    )
    complete = [
        t for t in tasks if (t.get("owner") or "").strip() and t.get("deadline")
    ]
    review_text = Analysed.of(review, language)
    review_ok = len(review.split()) >= 25 and any(
        review_text.has_word(w) for w in REVIEW_WORDS
    )
    return [
        Criterion(
            "goals",
            _("Measurable goals"),
            level(len(measurable), max(len(goals), 2)),
            _(
                "%(n)s of your goals have an indicator with a number to check it against."
            )
            % {"n": len(measurable)},
        ),
        Criterion(
            "evidence",
            _("Goals drawn from the figures"),
            3 if grounded else 0,
            _(
                "A good plan answers what the statistics and the risk assessment show – for example the largest category."
            ),
        ),
        Criterion(
            "tasks",
            _("Tasks with owner and deadline"),
            level(len(complete), max(len(tasks), 3)),
            _(
                "%(n)s tasks have someone responsible and a deadline (three or more are expected)."
            )
            % {"n": len(complete)},
        ),
        Criterion(
            "review",
            _("Year-end review"),
            3 if review_ok else (1 if review.strip() else 0),
            _(
                "Say in a few sentences what worked, what did not, and what you change next year."
            ),
        ),
    ]


def plan_submit(*, company, user, language: str, goals, tasks, review: str) -> HmsPlan:
    criteria = evaluate(
        company=company, goals=goals, tasks=tasks, review=review, language=language
    )
    score = percent(c.level for c in criteria)
    return HmsPlan.objects.create(
        company=company,
        user=user,
        year=company.last_year + 1,
        language=language,
        goals=goals,
        tasks=tasks,
        year_end_review=review.strip(),
        score_percent=score,
        passed=score >= PASS_PERCENT and criteria[1].level > 0,
    )
