"""What every criterion's scoring reads: the exercise's key, the answer, and the
feedback collected so far."""

from __future__ import annotations

from dataclasses import dataclass, field

LEARNER_KINDS = ("primary", "secondary")


@dataclass
class Evaluation:
    feedback: list[dict] = field(default_factory=list)
    prescore: dict = field(default_factory=dict)  # {criterion_id: {...}}
    percent: int | None = None

    def add(self, code: str, level: str, facts=(), **params):
        self.feedback.append(
            {"code": code, "level": level, "facts": sorted(facts), "params": params}
        )

    def codes(self) -> list[str]:
        return [item["code"] for item in self.feedback]


def text(*parts) -> str:
    return "\n".join(p for p in parts if p)


def learner_deviations(answer: dict) -> dict[str, dict]:
    return {
        fact_id: entry
        for fact_id, entry in (answer.get("facts") or {}).items()
        if (entry or {}).get("kind") in LEARNER_KINDS
    }


def matched_labels(matched) -> list[str]:
    """ "term ← the synonym found" for the instructor (just "term" if found as such)."""
    return [
        f"{term} ← {phrase}" if term != phrase else term for term, phrase in matched
    ]


def chain(answer: dict, fact_id: str) -> list[dict]:
    return [w for w in (answer.get("whys") or {}).get(fact_id, []) if w.get("text")]


@dataclass
class Context:
    """One answer against one exercise's key, read once for all criteria."""

    exercise: object
    answer: dict
    language: str
    ev: Evaluation = field(default_factory=Evaluation)

    def __post_init__(self):
        exercise = self.exercise
        self.number_of = exercise.fact_numbers_by_id
        self.key_event = set(exercise.fact_ids(exercise.event_facts))
        self.devs = learner_deviations(self.answer)
        self.marked_event = set(self.answer.get("event") or [])
        self.key_devs = exercise.key_deviations
        self.real_fact_ids = {
            f
            for d in self.key_devs
            if d["kind"] in LEARNER_KINDS
            for f in d["fact_ids"]
        }
        self.report = self.answer.get("report") or {}

    def nums(self, ids) -> set:
        return {self.number_of[i] for i in ids if i in self.number_of}
