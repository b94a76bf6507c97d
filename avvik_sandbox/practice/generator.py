"""A two-year deviation history for a practice company, the same for the same seed.

The shares follow a municipality's yearly HMS report: about 1,300 deviations a year and
a few per cent more the year before; roughly two in three of low severity, three in ten
medium and one in twenty high; violence and threats the largest category, reported
mostly in health/care and schools; a peak in September and a dip in July. Each
department's kind of work (its profile) decides its mix of categories, and its share
decides how much it reports. Some units report almost nothing: a leader reading the
statistics should notice them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from . import content
from .models import (
    PracticeAction,
    PracticeCompany,
    PracticeDeviation,
    PracticePerson,
    PracticeUnit,
)

# The year before reports about 5 % more (1,386 against 1,317 in the source report).
PREVIOUS_YEAR_FACTOR = 1386 / 1317
MONTH_WEIGHTS = [9, 8, 9, 7.5, 9, 7, 4, 8, 12, 10, 10, 6.5]  # per cent, Jan … Dec
SEVERITY_WEIGHTS = {"lav": 65.2, "middels": 30.1, "hoy": 4.7}
POTENTIAL = {
    "lav": {"lav": 60, "middels": 30, "hoy": 10},
    "middels": {"middels": 70, "hoy": 30},
    "hoy": {"hoy": 100},
}
# Median days from report to closing, by severity.
CLOSE_MEDIAN_DAYS = {"lav": 9, "middels": 20, "hoy": 40}
PROFILE_CATEGORIES = {
    "care": dict(
        vold=58,
        fall=6,
        belastning=11,
        psykososialt=6,
        materiell=4,
        stikk=8,
        kjemikalier=1,
        brann=2,
        kjoretoy=0,
        annet=4,
    ),
    "school": dict(
        vold=50,
        fall=13,
        belastning=4,
        psykososialt=12,
        materiell=8,
        stikk=2,
        kjemikalier=1,
        brann=2,
        kjoretoy=1,
        annet=7,
    ),
    "technical": dict(
        vold=2,
        fall=18,
        belastning=18,
        psykososialt=5,
        materiell=20,
        stikk=10,
        kjemikalier=10,
        brann=4,
        kjoretoy=8,
        annet=5,
    ),
    "culture": dict(
        vold=15,
        fall=20,
        belastning=10,
        psykososialt=15,
        materiell=20,
        stikk=3,
        kjemikalier=5,
        brann=5,
        kjoretoy=0,
        annet=7,
    ),
    "office": dict(
        vold=10,
        fall=10,
        belastning=10,
        psykososialt=40,
        materiell=15,
        stikk=1,
        kjemikalier=1,
        brann=3,
        kjoretoy=0,
        annet=10,
    ),
    "warehouse": dict(
        vold=1,
        fall=15,
        belastning=22,
        psykososialt=6,
        materiell=18,
        stikk=8,
        kjemikalier=4,
        brann=3,
        kjoretoy=18,
        annet=5,
    ),
    "workshop": dict(
        vold=1,
        fall=10,
        belastning=14,
        psykososialt=5,
        materiell=15,
        stikk=20,
        kjemikalier=15,
        brann=8,
        kjoretoy=6,
        annet=6,
    ),
}
# A unit's weight within its department: now and then one that hardly reports.
UNIT_WEIGHTS = [0.03, 1, 1, 1, 1.5, 2]


@dataclass
class _Unit:
    unit: PracticeUnit
    weight: float
    leader: PracticePerson
    workers: list[PracticePerson]


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(content.FIRST_NAMES)} {rng.choice(content.LAST_NAMES)}"


def _people(company, rng) -> dict:
    """Units and people: per unit a leader and a few workers; per department a
    safety representative; AMU members, an HMS adviser and the top leader."""
    person = PracticePerson.objects.create
    units_by_department = {}
    for department in company.departments.all():
        PracticeUnit.objects.filter(department=department).exclude(
            name__in=department.unit_names
        ).delete()
        entries = []
        for name in department.unit_names:
            unit, _ = PracticeUnit.objects.get_or_create(
                department=department, name=name
            )
            leader = person(
                company=company,
                name=_name(rng),
                role="leader",
                department=department,
                unit=unit,
            )
            workers = [
                person(
                    company=company,
                    name=_name(rng),
                    role="worker",
                    department=department,
                    unit=unit,
                )
                for _ in range(rng.randint(3, 6))
            ]
            entries.append(_Unit(unit, rng.choice(UNIT_WEIGHTS), leader, workers))
        entries[0].weight = max(entries[0].weight, 1)  # nobody's department is empty
        units_by_department[department] = entries
        person(
            company=company, name=_name(rng), role="verneombud", department=department
        )
    for _ in range(2):
        person(company=company, name=_name(rng), role="amu")
    person(company=company, name=_name(rng), role="hms_adviser")
    person(company=company, name=_name(rng), role="top_leader")
    return units_by_department


def _month_counts(rng, volume: int) -> list[int]:
    """How many deviations each month gets: the report's shape with a little seeded
    variation, September kept the peak, rounded so the year adds up exactly."""
    weights = [w * rng.uniform(0.93, 1.07) for w in MONTH_WEIGHTS]
    weights[8] = max(weights[8], 1.1 * max(weights[:8] + weights[9:]))
    total = sum(weights)
    shares = [volume * w / total for w in weights]
    counts = [int(share) for share in shares]
    by_remainder = sorted(range(12), key=lambda m: shares[m] - counts[m], reverse=True)
    for month in by_remainder[: volume - sum(counts)]:
        counts[month] += 1
    return counts


def _moment(rng, year: int, month: int) -> datetime:
    first = date(year, month, 1)
    days = ((first.replace(day=28) + timedelta(days=4)).replace(day=1) - first).days
    day = first + timedelta(days=rng.randrange(days))
    clock = time(
        rng.choices(range(24), weights=[1] * 6 + [4] * 16 + [2] * 2)[0],
        rng.randrange(60),
    )
    return timezone.make_aware(datetime.combine(day, clock))


def _status(rng, severity: str, reported: datetime, now: datetime):
    """Closed after a lognormal delay around the severity's median; a deviation whose
    closing lies after the practice world's today is still open, at a step that fits
    how far along it is. A few old ones were never closed."""
    days = max(1, round(rng.lognormvariate(0, 0.8) * CLOSE_MEDIAN_DAYS[severity]))
    closed = reported + timedelta(days=days, hours=rng.randrange(1, 8))
    stuck = rng.random() < 0.03
    if closed <= now and not stuck:
        return "closed", closed, days
    elapsed = (now - reported) / max(closed - reported, timedelta(hours=1))
    if stuck:
        elapsed = 0.7
    for limit, step in (
        (0.1, "registered"),
        (0.3, "processing"),
        (0.5, "analysis"),
        (0.85, "actions"),
    ):
        if elapsed < limit:
            return step, None, None
    return "evaluation", None, None


def _actions(rng, deviation, unit: _Unit, now_day: date) -> list[PracticeAction]:
    reported = timezone.localtime(deviation.reported_at).date()
    actions = [
        PracticeAction(
            deviation=deviation,
            company_id=deviation.company_id,
            kind="immediate",
            description=content.IMMEDIATE[deviation.category],
            owner=unit.leader,
            deadline=reported,
            done_on=reported,
        )
    ]
    if deviation.severity == "lav" and rng.random() < 0.6:
        return actions
    deadline = reported + timedelta(days=rng.randint(14, 60))
    closed = deviation.closed_at and timezone.localtime(deviation.closed_at).date()
    if closed:
        done_on = min(closed, deadline + timedelta(days=rng.randint(-10, 10)))
    elif deviation.status == "evaluation" or (
        deadline < now_day and rng.random() < 0.5
    ):
        done_on = min(now_day, deadline)
    else:
        done_on = None  # still open: overdue once the deadline has passed
    actions.append(
        PracticeAction(
            deviation=deviation,
            company_id=deviation.company_id,
            kind="corrective",
            description=rng.choice(content.CORRECTIVE[deviation.category]),
            owner=unit.leader,
            deadline=deadline,
            done_on=done_on,
        )
    )
    return actions


@transaction.atomic
def generate_history(*, company: PracticeCompany, seed: int | None = None) -> int:
    """Throw away the company's people and log and write them anew from ``seed`` (the
    company's own when not given). Returns the number of deviations written."""
    company = PracticeCompany.objects.select_for_update().get(pk=company.pk)
    if seed is not None:
        company.seed = seed
    rng = random.Random(company.seed)
    PracticeDeviation.objects.filter(company=company).delete()
    PracticePerson.objects.filter(company=company).delete()
    units = _people(company, rng)
    departments = list(units)
    shares = [max(d.share, 1) for d in departments]
    now = timezone.make_aware(datetime.combine(company.simulated_today, time(8)))
    first, last = company.years
    volumes = {
        first: round(company.yearly_volume * PREVIOUS_YEAR_FACTOR),
        last: company.yearly_volume,
    }
    deviations = []
    for year, volume in volumes.items():
        months = [
            m + 1 for m, n in enumerate(_month_counts(rng, volume)) for _ in range(n)
        ]
        for month in months:
            department = rng.choices(departments, weights=shares)[0]
            entries = units[department]
            unit = rng.choices(entries, weights=[u.weight for u in entries])[0]
            category = _pick(rng, PROFILE_CATEGORIES[department.profile])
            severity = _pick(rng, SEVERITY_WEIGHTS)
            # Counted by the day it was reported, as the yearly report counts.
            reported = _moment(rng, year, month)
            occurred = reported - timedelta(
                minutes=rng.choice([20, 90, 240, 1200, 2900])
            )
            status, closed, days = _status(rng, severity, reported, now)
            anonymous = rng.random() < 0.04
            reporter = rng.choice(unit.workers)
            deviations.append(
                PracticeDeviation(
                    company=company,
                    department=department,
                    unit=unit.unit,
                    category=category,
                    severity=severity,
                    potential_severity=_pick(rng, POTENTIAL[severity]),
                    title=rng.choice(content.titles(category, department.profile)),
                    occurred_at=occurred,
                    reported_at=reported,
                    status=status,
                    anonymous=anonymous,
                    reporter=None if anonymous else reporter,
                    handler=unit.leader,
                    forwarded=severity == "hoy" and rng.random() < 0.4,
                    closed_at=closed,
                    days_to_close=days,
                )
            )
    deviations.sort(key=lambda d: d.reported_at)
    for number, deviation in enumerate(deviations, start=1):
        deviation.number = number
    PracticeDeviation.objects.bulk_create(deviations, batch_size=500)
    by_unit = {u.unit.pk: u for entries in units.values() for u in entries}
    actions = []
    for deviation in deviations:
        actions += _actions(rng, deviation, by_unit[deviation.unit_id], now.date())
    PracticeAction.objects.bulk_create(actions, batch_size=1000)
    company.generated_at = timezone.now()
    company.save(update_fields=["seed", "generated_at"])
    return len(deviations)
