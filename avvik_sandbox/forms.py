"""The learner's workspace form, built from the exercise's facts (grading: ``grading_forms``)."""

from __future__ import annotations

import re

from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from . import choices
from .scoring.context import tags
from .taxonomy import category_choices

MAX_WHYS = 5
MAX_ACTIONS = 20
TEXT = {"rows": 3}


CHOOSE = _("Choose…")


SHORT_MTO = [("M", "M"), ("T", "T"), ("O", "O")]


def _blank(choice_list, label=CHOOSE):
    return [("", label), *choice_list]


_STEP_OF_FIELD = [
    (re.compile(r"^event$"), 1),
    (re.compile(r"^f\d+_(kind|text|requirement|responsible|mto)$"), 2),
    (re.compile(r"^f\d+_why"), 3),
    (re.compile(r"^report_"), 4),
    (re.compile(r"^a\d+_"), 5),
    (re.compile(r"^case_"), 6),
]


def _page_step(name: str) -> int:
    """The workspace step (1–6) a field is shown in; hidden fields come last."""
    return next((step for pattern, step in _STEP_OF_FIELD if pattern.match(name)), 7)


def _categories():
    """The editors' categories, read when the form is built (Django calls this)."""
    return _blank(category_choices())


class WorkspaceForm(forms.Form):
    """Every field of the workspace; field names use fact numbers, the draft fact ids.

    Bound with ``strict=False`` it only cleans (autosave, save, routine); with
    ``strict=True`` it also checks that the answer is complete enough to submit.
    """

    report_type = forms.ChoiceField(
        label=_("Report type"),
        choices=choices.REPORT_TYPES,
        required=False,
        widget=forms.RadioSelect,
    )
    report_category = forms.ChoiceField(
        label=_("Category"), choices=_categories, required=False
    )
    report_severity_actual = forms.ChoiceField(
        label=_("Actual severity (what did happen)"),
        choices=choices.SEVERITIES,
        required=False,
        widget=forms.RadioSelect,
    )
    report_severity_potential = forms.ChoiceField(
        label=_("Potential severity (what could have happened)"),
        choices=choices.SEVERITIES,
        required=False,
        widget=forms.RadioSelect,
    )
    report_where = forms.CharField(label=_("Where"), required=False, max_length=300)
    report_when = forms.CharField(label=_("When"), required=False, max_length=300)
    report_what = forms.CharField(
        label=_("What happened (refer to fact numbers)"),
        required=False,
        widget=forms.Textarea(attrs=TEXT),
        max_length=4000,
    )
    report_immediate = forms.CharField(
        label=_("Immediate measures taken"),
        required=False,
        widget=forms.Textarea(attrs=TEXT),
        max_length=4000,
    )
    case_effect_evaluation = forms.CharField(
        label=_("Effect evaluation: how was it checked that the actions work?"),
        required=False,
        widget=forms.Textarea(attrs=TEXT),
        max_length=4000,
    )
    case_informed = forms.MultipleChoiceField(
        label=_("Who is informed?"),
        choices=choices.INFORMED_PARTIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    action_count = forms.IntegerField(
        widget=forms.HiddenInput, required=False, min_value=0, max_value=MAX_ACTIONS
    )

    def __init__(self, *args, exercise, strict=False, action_rows=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.exercise = exercise
        self.strict = strict
        facts = exercise.fact_list
        fact_choices = [(str(f["number"]), f["text"]) for f in facts]
        self.fields["event"] = forms.MultipleChoiceField(
            label=_("Which fact describes the event – what happened?"),
            choices=fact_choices,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        for fact in facts:
            n = fact["number"]
            self.fields[f"f{n}_kind"] = forms.ChoiceField(
                label=_("Is fact %(n)s a deviation?") % {"n": n},
                choices=choices.LEARNER_FACT_KINDS,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"f{n}_text"] = forms.CharField(
                label=_("What is the deviation, in your words?"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                max_length=2000,
            )
            self.fields[f"f{n}_requirement"] = forms.CharField(
                label=_("Requirement broken (law, regulation or routine)"),
                required=False,
                max_length=500,
            )
            self.fields[f"f{n}_responsible"] = forms.ChoiceField(
                label=_("Responsible party"),
                choices=_blank(choices.RESPONSIBLE_PARTIES),
                required=False,
            )
            self.fields[f"f{n}_mto"] = forms.ChoiceField(
                label=_("M/T/O"), choices=_blank(choices.MTO_TAGS), required=False
            )
            for i in range(1, MAX_WHYS + 1):
                self.fields[f"f{n}_why{i}"] = forms.CharField(
                    label=_("Why %(i)s") % {"i": i},
                    required=False,
                    max_length=1000,
                    widget=forms.Textarea(attrs={"rows": 2}),
                )
                # A cause can be both technical and organisational: several tags.
                self.fields[f"f{n}_why{i}_tag"] = forms.MultipleChoiceField(
                    label=_("M/T/O of why %(i)s") % {"i": i},
                    choices=SHORT_MTO,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                )
        if self.is_bound:
            try:
                rows = int(self.data.get("action_count") or 0)
            except ValueError:
                rows = 0
        else:
            rows = action_rows or 0
        self.action_rows = max(1, min(rows, MAX_ACTIONS))
        deviation_choices = _blank(
            [
                (str(f["number"]), f"{f['number']}. {Truncator(f['text']).words(7)}")
                for f in facts
            ],
        )
        for i in range(1, self.action_rows + 1):
            self._add_action_fields(i, deviation_choices)
        self.deviation_choices = deviation_choices
        # Fields in the order of the page's steps, so the error summary's first link
        # goes to the first thing to fix on the page, not to step 4.
        self.order_fields(sorted(self.fields, key=_page_step))

    def _add_action_fields(self, i, deviation_choices):
        self.fields[f"a{i}_type"] = forms.ChoiceField(
            label=_("Type"), choices=_blank(choices.ACTION_TYPES), required=False
        )
        self.fields[f"a{i}_description"] = forms.CharField(
            label=_("Action"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
            max_length=2000,
        )
        self.fields[f"a{i}_deviation"] = forms.ChoiceField(
            label=_("Linked deviation (fact)"),
            choices=deviation_choices,
            required=False,
        )
        self.fields[f"a{i}_control_level"] = forms.ChoiceField(
            label=_("Control level"),
            choices=_blank(choices.CONTROL_LEVELS),
            required=False,
        )
        self.fields[f"a{i}_responsible"] = forms.CharField(
            label=_("Responsible role"), required=False, max_length=200
        )
        self.fields[f"a{i}_deadline"] = forms.DateField(
            label=_("Deadline"),
            required=False,
            widget=forms.DateInput(attrs={"type": "date"}),
        )
        self.fields[f"a{i}_effect_check"] = forms.CharField(
            label=_("How will the effect be checked?"), required=False, max_length=1000
        )

    # --- structure for templates ---------------------------------------------------

    def fact_rows(self):
        rows = []
        for fact in self.exercise.fact_list:
            n = fact["number"]
            rows.append(
                {
                    "fact": fact,
                    "kind": self[f"f{n}_kind"],
                    "text": self[f"f{n}_text"],
                    "requirement": self[f"f{n}_requirement"],
                    "responsible": self[f"f{n}_responsible"],
                    "mto": self[f"f{n}_mto"],
                    "kind_value": self._value(f"f{n}_kind"),
                    "whys": [
                        (self[f"f{n}_why{i}"], self[f"f{n}_why{i}_tag"])
                        for i in range(1, MAX_WHYS + 1)
                    ],
                }
            )
        return rows

    def action_fields(self):
        return [
            {
                "number": i,
                **{
                    name: self[f"a{i}_{name}"]
                    for name in (
                        "type",
                        "description",
                        "deviation",
                        "control_level",
                        "responsible",
                        "deadline",
                        "effect_check",
                    )
                },
            }
            for i in range(1, self.action_rows + 1)
        ]

    def _value(self, name):
        return self[name].value() or ""

    # --- draft <-> form ---------------------------------------------------------------

    @classmethod
    def initial_from_draft(cls, exercise, draft: dict) -> dict:
        numbers = exercise.fact_numbers_by_id
        initial = {
            "event": [str(numbers[f]) for f in draft.get("event", []) if f in numbers]
        }
        for fact_id, entry in (draft.get("facts") or {}).items():
            if fact_id not in numbers:
                continue
            n = numbers[fact_id]
            for name in ("kind", "text", "requirement", "responsible", "mto"):
                initial[f"f{n}_{name}"] = entry.get(name, "")
        for fact_id, chain in (draft.get("whys") or {}).items():
            if fact_id not in numbers:
                continue
            n = numbers[fact_id]
            for i, why in enumerate(chain[:MAX_WHYS], start=1):
                initial[f"f{n}_why{i}"] = why.get("text", "")
                initial[f"f{n}_why{i}_tag"] = sorted(tags(why))
        report = draft.get("report") or {}
        for name in (
            "type",
            "category",
            "severity_actual",
            "severity_potential",
            "where",
            "when",
            "what",
            "immediate",
        ):
            initial[f"report_{name}"] = report.get(name, "")
        actions = draft.get("actions") or []
        for i, action in enumerate(actions, start=1):
            for name in (
                "type",
                "description",
                "control_level",
                "responsible",
                "deadline",
                "effect_check",
            ):
                initial[f"a{i}_{name}"] = action.get(name, "")
            target = action.get("deviation")
            initial[f"a{i}_deviation"] = (
                str(numbers[target]) if target in numbers else ""
            )
        case = draft.get("case") or {}
        initial["case_effect_evaluation"] = case.get("effect_evaluation", "")
        initial["case_informed"] = case.get("informed", [])
        initial["action_count"] = len(actions) + 1
        return initial

    def to_draft(self, previous: dict | None = None) -> dict:
        """The cleaned form as a draft (ids, not numbers); keeps the case log."""
        data = self.cleaned_data
        ids = self.exercise.fact_ids_by_number
        facts, whys = {}, {}
        for n, fact_id in ids.items():
            entry = {
                name: data.get(f"f{n}_{name}") or ""
                for name in ("kind", "text", "requirement", "responsible", "mto")
            }
            if any(entry.values()):
                facts[fact_id] = entry
            chain = []
            for i in range(1, MAX_WHYS + 1):
                text = (data.get(f"f{n}_why{i}") or "").strip()
                tag = ",".join(
                    t for t in "MTO" if t in (data.get(f"f{n}_why{i}_tag") or [])
                )
                if text or tag:
                    chain.append({"text": text, "tag": tag})
            if chain:
                whys[fact_id] = chain
        actions = []
        for i in range(1, self.action_rows + 1):
            deadline = data.get(f"a{i}_deadline")
            deviation = data.get(f"a{i}_deviation") or ""
            action = {
                "type": data.get(f"a{i}_type") or "",
                "description": (data.get(f"a{i}_description") or "").strip(),
                "deviation": ids.get(int(deviation)) if deviation else "",
                "control_level": data.get(f"a{i}_control_level") or "",
                "responsible": (data.get(f"a{i}_responsible") or "").strip(),
                "deadline": deadline.isoformat() if deadline else "",
                "effect_check": (data.get(f"a{i}_effect_check") or "").strip(),
            }
            if any(action.values()):
                actions.append(action)
        previous_case = (previous or {}).get("case") or {}
        return {
            "event": [ids[int(n)] for n in data.get("event", []) if int(n) in ids],
            "facts": facts,
            "whys": whys,
            "report": {
                name: (data.get(f"report_{name}") or "").strip()
                for name in (
                    "type",
                    "category",
                    "severity_actual",
                    "severity_potential",
                    "where",
                    "when",
                    "what",
                    "immediate",
                )
            },
            "actions": actions,
            "case": {
                "status": previous_case.get("status", "registered"),
                "log": previous_case.get("log", []),
                "effect_evaluation": (data.get("case_effect_evaluation") or "").strip(),
                "informed": list(data.get("case_informed") or []),
            },
        }

    def clean(self):
        cleaned = super().clean()
        if not self.strict:
            return cleaned
        if not cleaned.get("event"):
            self.add_error("event", _("Mark the fact that describes the event."))
        numbers = [f["number"] for f in self.exercise.fact_list]
        if not any(cleaned.get(f"f{n}_kind") for n in numbers):
            self.add_error(None, _("Mark at least one deviation in step 2."))
        for name in ("report_type", "report_category"):
            if not cleaned.get(name):
                self.add_error(name, _("Choose one."))
        for name in ("report_severity_actual", "report_severity_potential"):
            if not cleaned.get(name):
                self.add_error(name, _("Choose a severity."))
        if not any(
            (cleaned.get(f"a{i}_description") or "").strip()
            for i in range(1, self.action_rows + 1)
        ):
            self.add_error("a1_description", _("Describe at least one action."))
        return cleaned
