"""What every criterion's scoring reads: the exercise's key, the answer, and the
feedback collected so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..statements import fact_words, read

LEARNER_KINDS = ("primary", "secondary")


@dataclass
class Evaluation:
    feedback: list[dict] = field(default_factory=list)
    prescore: dict = field(default_factory=dict)  # {criterion_id: {...}}
    percent: int | None = None
    # Codes of the criteria whose suggested level is under the rubric's minimum to pass.
    below_minimum: list[str] = field(default_factory=list)

    def add(self, code: str, level: str, facts=(), **params):
        self.feedback.append(
            {"code": code, "level": level, "facts": sorted(facts), "params": params}
        )

    def add_once(self, code: str, level: str, facts=(), **params):
        if code not in self.codes():
            self.add(code, level, facts, **params)

    @property
    def unsure(self) -> int:
        """How many criteria's suggestions need a human."""
        return sum(1 for v in self.prescore.values() if v.get("unsure"))

    def passes(self, threshold: int) -> bool:
        return (
            self.percent is not None
            and self.percent >= threshold
            and not self.below_minimum
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


def tags(why: dict) -> set[str]:
    """A why's M/T/O tags: one ("O") or several ("T,O", ["T", "O"])."""
    value = why.get("tags") or why.get("tag") or ""
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return {t for t in value if t in ("M", "T", "O")}


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
        self.fact_texts = [f["text"] for f in exercise.fact_list]
        self.fact_words = fact_words(self.fact_texts)
        self.blamed: set = set()  # primaries that retell the event (score_event)

    def own(self, text: str) -> str:
        """The learner's own statements in ``text`` (no keyword lists, no copied facts);
        says once why the rest did not count."""
        return self.own_report(text)[0]

    def own_report(self, text: str) -> tuple[str, dict]:
        """``own`` and the counts behind it (``statements.read``), read once."""
        kept, report = read(text, self.language, self.fact_words)
        if report["fragments"] and not report["statements"]:
            self.ev.add_once("write_sentences", "warn")
        if report["copied"]:
            self.ev.add_once("copied_fact", "warn")
        return kept, report

    def nums(self, ids) -> set:
        return {self.number_of[i] for i in ids if i in self.number_of}
