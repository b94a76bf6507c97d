"""How well the sandbox pre-score agrees with hand grading (no database needed).

Scores the hand-graded answers (avvik_sandbox/tests/data/: ``graded_answers`` in
bokmål, ``eval_set`` in bokmål, nynorsk, English and Ukrainian, adversarial ones
included) and prints, per rubric criterion, quadratic-weighted Cohen's kappa, exact
agreement and agreement within one level; then how many criterion scores the engine
marked confident and how many of those were off by two levels or more; and pass/fail
agreement of the weighted total. The held-out half gets a table per language too.

    .venv/bin/python bench/bench_sandbox_kappa.py [--details]
"""

import os
import sys
from collections import defaultdict
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
from avvik_sandbox.tests.data import eval_set, graded_answers  # noqa: E402

LEVELS = 4
ORDER = graded_answers.ORDER
EXERCISES = {"scaffolding": SCAFFOLDING, "schoolyard": SCHOOLYARD, "cleaning": CLEANING}


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


_pages = {}


def page_for(key: str, language: str) -> ExercisePage:
    # content_type_id set so Wagtail's Page.__init__ does not look it up: no database.
    if (key, language) not in _pages:
        exercise = EXERCISES[key]
        fields = exercise_fields(exercise, language)
        _pages[key, language] = ExercisePage(
            content_type_id=-1,
            title=fields.pop("title"),
            slug=exercise["slug"],
            category=exercise["category"],
            event_facts=exercise["event_facts"],
            pass_threshold=exercise["pass_threshold"],
            **fields,
        )
    return _pages[key, language]


def graded_items():
    """Every hand-graded answer as (id, exercise, language, split, grades, answer)."""
    for key, items, split in (
        ("scaffolding", graded_answers.SCAFFOLDING, "tune"),
        ("schoolyard", graded_answers.SCHOOLYARD, "tune"),
        # Held out in an earlier round; seen while this round's engine changed, so
        # counted with the tuning half now.
        ("cleaning", graded_answers.CLEANING, "tune"),
    ):
        for entry in items:
            yield entry["id"], key, "nb", split, entry["grades"], entry["answer"]
    for entry in eval_set.TUNE + eval_set.HELD:
        yield (
            entry["id"],
            entry["exercise"],
            entry["language"],
            entry["split"],
            entry["grades"],
            entry["answer"],
        )


def scored(split: str):
    rows = []
    for ident, key, language, item_split, grades, spec in graded_items():
        if item_split != split:
            continue
        page = page_for(key, language)
        result = evaluate(page, answer(page, **spec), language)
        pre = {v["code"]: v for v in result.prescore.values()}
        rows.append(
            {
                "id": ident,
                "language": language,
                "page": page,
                "grades": grades,
                "pre": {c: pre[c]["score"] for c in ORDER},
                "unsure": {c: pre[c].get("unsure") for c in ORDER},
                "percent": result.percent,
                "passes": result.passes(page.pass_threshold),
            }
        )
    return rows


def summary(rows) -> dict:
    """{criterion: kappa} plus the confident share and its errors of 2 levels or more."""
    kappas = {
        c: qwk([r["grades"][c] for r in rows], [r["pre"][c] for r in rows])
        for c in ORDER
    }
    cells = [(r, c) for r in rows for c in ORDER]
    sure = [(r, c) for r, c in cells if not r["unsure"][c]]
    return {
        "kappa": kappas,
        "confident_share": len(sure) / len(cells),
        "critical": sum(1 for r, c in sure if abs(r["grades"][c] - r["pre"][c]) >= 2),
    }


def table(rows) -> None:
    print(
        f"{'criterion':<10} {'QW kappa':>8} {'exact':>6} {'±1':>6} {'confident':>10} {'off by 2+':>9}"
    )
    all_h, all_m = [], []
    sure_total = sure_errors = 0
    for code in ORDER:
        h = [r["grades"][code] for r in rows]
        m = [r["pre"][code] for r in rows]
        all_h += h
        all_m += m
        exact = sum(x == y for x, y in zip(h, m, strict=True)) / len(h)
        near = sum(abs(x - y) <= 1 for x, y in zip(h, m, strict=True)) / len(h)
        sure = [r for r in rows if not r["unsure"][code]]
        errors = sum(1 for r in sure if abs(r["grades"][code] - r["pre"][code]) >= 2)
        sure_total += len(sure)
        sure_errors += errors
        print(
            f"{code:<10} {qwk(h, m):>8.2f} {exact:>6.0%} {near:>6.0%} "
            f"{len(sure) / len(rows):>10.0%} {errors:>9}"
        )
    exact = sum(x == y for x, y in zip(all_h, all_m, strict=True)) / len(all_h)
    print(
        f"{'all':<10} {qwk(all_h, all_m):>8.2f} {exact:>6.0%} {'':>6} "
        f"{sure_total / len(all_h):>10.0%} {sure_errors:>9}"
    )


def report(title: str, split: str, details: bool) -> None:
    rows = scored(split)
    print(f"{title}: {len(rows)} hand-graded answers\n")
    if not rows:
        return
    table(rows)
    pass_agree = 0
    for r in rows:
        weights = {c["code"]: c["weight"] for c in r["page"].criteria}
        hand = sum(weights[c] * r["grades"][c] for c in weights)
        hand_percent = round(100 * hand / (3 * sum(weights.values())))
        r["hand_percent"] = hand_percent
        pass_agree += (hand_percent >= r["page"].pass_threshold) == r["passes"]
    print(f"\npass/fail agreement of the weighted total: {pass_agree}/{len(rows)}")
    by_language = defaultdict(list)
    for r in rows:
        by_language[r["language"]].append(r)
    if split == "held" and len(by_language) > 1:
        for language, subset in sorted(by_language.items()):
            print(f"\n{title}, {language} only: {len(subset)} answers\n")
            table(subset)
    if details:
        print("\nanswer  hand%  pre%  disagreements (hand, pre; * = marked confident)")
        for r in rows:
            diff = {
                c: (r["grades"][c], r["pre"][c], "" if r["unsure"][c] else "*")
                for c in ORDER
                if r["grades"][c] != r["pre"][c]
            }
            print(f"{r['id']:<7} {r['hand_percent']:>5} {r['percent']:>5}  {diff}")
    print()


def main(details: bool) -> None:
    report(
        "Tuning half (the engine was changed while these were scored)", "tune", details
    )
    report("Held-out half (written after the change, scored once)", "held", details)


RESULTS = Path(__file__).resolve().parent / "results.md"
SECTION = "## Sandbox pre-score agreement with hand grading"


def write_results(printed: str) -> None:
    """Put this run's tables into bench/results.md, replacing an earlier section."""
    text = RESULTS.read_text() if RESULTS.exists() else ""
    if SECTION in text:
        text = text[: text.index(SECTION)].rstrip() + "\n"
    RESULTS.write_text(
        f'{text}\n{SECTION}\n\nBy `bench/bench_sandbox_kappa.py`. "confident": the '
        'share of criterion scores the engine marked confident; "off by 2+": how '
        "many of those were two levels or more from the hand grade. The same person "
        "wrote the engine, the keys and the hand grades, so this is an optimistic "
        "upper bound, not an expert's agreement.\n\n```\n"
        f"{printed.strip()}\n```\n"
    )


if __name__ == "__main__":
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        main("--details" in sys.argv)
    print(buffer.getvalue())
    if "--no-write" not in sys.argv:
        write_results(buffer.getvalue())
