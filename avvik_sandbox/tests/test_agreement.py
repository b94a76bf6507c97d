"""Guard the pre-score's agreement with the hand-graded set (bench/bench_sandbox_kappa.py)."""

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_sandbox_kappa.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_sandbox_kappa", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quadratic_weighted_kappa():
    qwk = _bench().qwk
    assert qwk([0, 1, 2, 3], [0, 1, 2, 3]) == pytest.approx(1.0)
    assert qwk([0, 1, 2, 3], [3, 2, 1, 0]) == pytest.approx(-1.0)


@pytest.mark.django_db  # the category names the report key reads
def test_prescore_agrees_with_hand_grading_on_the_tuning_half():
    """A guard against regressions on the answers the engine was tuned on; the
    held-out half is measured by the benchmark only (make bench)."""
    bench = _bench()
    rows = bench.scored("tune")
    assert len(rows) >= 40
    result = bench.summary(rows)
    assert min(result["kappa"].values()) >= 0.8
    assert result["confident_share"] >= 0.5
    assert result["critical"] == 0
