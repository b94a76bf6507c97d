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


def test_prescore_agrees_with_hand_grading(capsys):
    _bench().main(details=False)
    out = capsys.readouterr().out
    overall = next(line for line in out.splitlines() if line.startswith("all"))
    assert float(overall.split()[1]) >= 0.8
    assert "22 hand-graded answers" in out
