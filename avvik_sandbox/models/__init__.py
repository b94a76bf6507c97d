"""Deviation exercises (Wagtail pages) and learner state (plain models).

- ``pages``: ``SandboxIndexPage`` and ``ExercisePage`` (the scenario, its facts and
  answer key, the rubric). An exercise exists once per language (wagtail-localize).
- ``submissions``: ``Submission``, ``CriterionScore``, ``InstructorAssignment``.

The practice company's models live in ``avvik_sandbox.practice``.
"""

# The practice world's models live in their own package; importing them here registers
# them with the app.
from ..practice.amu_models import StatisticsAnswer, StatisticsKeyPoint  # noqa: E402, F401
from ..practice.models import (  # noqa: E402, F401
    PracticeAction,
    PracticeCompany,
    PracticeDepartment,
    PracticeDeviation,
    PracticePerson,
    PracticeUnit,
)
from ..practice.plan_models import HmsPlan  # noqa: E402, F401
from ..practice.risk_models import RiskAnswer, RiskExercise, RiskHazardKey  # noqa: E402, F401
from ..practice.routine_models import (  # noqa: E402, F401
    AmuReview,
    PracticeCohort,
    PracticeCohortMember,
    RoutineAction,
    RoutineCase,
)
from ..taxonomy import ExerciseCategory  # noqa: E402, F401
from .pages import RESERVED_SLUGS, ExercisePage, SandboxIndexPage
from .submissions import CriterionScore, InstructorAssignment, Submission

__all__ = [
    "RESERVED_SLUGS",
    "CriterionScore",
    "ExercisePage",
    "InstructorAssignment",
    "SandboxIndexPage",
    "Submission",
]
