"""How well the sandbox pre-score agrees with hand grading (no database needed).

Scores the 22 hand-graded answers in avvik_sandbox/tests/data/graded_answers.py and
prints, per rubric criterion, quadratic-weighted Cohen's kappa, exact agreement and
agreement within one point, plus pass/fail agreement of the weighted total.

    .venv/bin/python bench/bench_sandbox_kappa.py [--details]
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from avvik_sandbox.demo import exercise_fields  # noqa: E402
from avvik_sandbox.demo_content import SCAFFOLDING, SCHOOLYARD  # noqa: E402
from avvik_sandbox.demo_content.outlines import CLEANING  # noqa: E402
from avvik_sandbox.factories import answer  # noqa: E402
from avvik_sandbox.models import ExercisePage  # noqa: E402
from avvik_sandbox.scoring import evaluate  # noqa: E402
from avvik_sandbox.tests.data import graded_answers  # noqa: E402

LEVELS = 4


def qwk(a: list[int], b: list[int]) -> float:
    """Quadratic-weighted Cohen's kappa for ratings 0..3."""
    n = len(a)
    observed = [[0.0] * LEVELS for _ in range(LEVELS)]
    for x, y in zip(a, b, strict=True):
        observed[x][y] += 1
    hist_a = [sum(row) for row in observed]
    hist_b = [sum(observed[i][j] for i in range(LEVELS)) for j in range(LEVELS)]
    num = den = 0.0
    for i in range(LEVELS):
        for j in range(LEVELS):
            weight = (i - j) ** 2 / (LEVELS - 1) ** 2
            num += weight * observed[i][j]
            den += weight * hist_a[i] * hist_b[j] / n
    return 1.0 - num / den if den else 1.0


def page_for(exercise: dict) -> ExercisePage:
    # content_type_id set so Wagtail's Page.__init__ does not look it up: no database.
    return ExercisePage(
        content_type_id=-1,
        title=exercise["nb"]["title"],
        slug=exercise["slug"],
        category=exercise["category"],
        event_facts=exercise["event_facts"],
        pass_threshold=exercise["pass_threshold"],
        **{k: v for k, v in exercise_fields(exercise, "nb").items() if k != "title"},
    )


def report(title: str, sets, details: bool) -> float:
    """Print the agreement table for ``sets``; return the overall kappa."""
    human = {c: [] for c in graded_answers.ORDER}
    machine = {c: [] for c in graded_answers.ORDER}
    pass_agree = total = 0
    rows = []
    for page, items in sets:
        weights = {c["code"]: c["weight"] for c in page.criteria}
        for item in items:
            result = evaluate(page, answer(page, **item["answer"]), "nb")
            pre = {v["code"]: v["score"] for v in result.prescore.values()}
            for code in graded_answers.ORDER:
                human[code].append(item["grades"][code])
                machine[code].append(pre[code])
            hand = sum(weights[c] * item["grades"][c] for c in weights)
            hand_percent = round(100 * hand / (3 * sum(weights.values())))
            passed_h = hand_percent >= page.pass_threshold
            passed_m = result.percent >= page.pass_threshold
            pass_agree += passed_h == passed_m
            total += 1
            diff = {
                c: (item["grades"][c], pre[c])
                for c in graded_answers.ORDER
                if item["grades"][c] != pre[c]
            }
            rows.append((item["id"], hand_percent, result.percent, diff))
    print(f"{title}: {total} hand-graded answers\n")
    print(f"{'criterion':<10} {'QW kappa':>8} {'exact':>6} {'±1':>6}")
    all_h, all_m = [], []
    for code in graded_answers.ORDER:
        h, m = human[code], machine[code]
        all_h += h
        all_m += m
        exact = sum(x == y for x, y in zip(h, m, strict=True)) / len(h)
        near = sum(abs(x - y) <= 1 for x, y in zip(h, m, strict=True)) / len(h)
        print(f"{code:<10} {qwk(h, m):>8.2f} {exact:>6.0%} {near:>6.0%}")
    exact = sum(x == y for x, y in zip(all_h, all_m, strict=True)) / len(all_h)
    overall = qwk(all_h, all_m)
    print(f"{'all':<10} {overall:>8.2f} {exact:>6.0%}")
    print(f"\npass/fail agreement of the weighted total: {pass_agree}/{total}")
    if details:
        print("\nanswer  hand%  pre%  disagreements (hand, pre)")
        for ident, hand, pre, diff in rows:
            print(f"{ident:<7} {hand:>5} {pre:>5}  {diff}")
    print()
    return overall


def main(details: bool) -> None:
    report(
        "Scaffolding + icy school yard (the engine was developed against these)",
        [
            (page_for(SCAFFOLDING), graded_answers.SCAFFOLDING),
            (page_for(SCHOOLYARD), graded_answers.SCHOOLYARD),
        ],
        details,
    )
    report(
        "Held out: cleaning chemicals (scored once, not tuned)",
        [(page_for(CLEANING), graded_answers.CLEANING)],
        details,
    )


if __name__ == "__main__":
    main("--details" in sys.argv)
