"""The instructor's forms: the rubric for one submission, and the queue's filters."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from . import choices


class GradingForm(forms.Form):
    """One score (0–3) and comment per rubric criterion, plus a general comment."""

    comment = forms.CharField(
        label=_("Comment to the learner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )
    decision = forms.ChoiceField(
        choices=[("grade", _("Grade")), ("return", _("Return for revision"))]
    )
    confirm_unchanged = forms.BooleanField(
        label=_("I have read the answer and agree with every suggested level."),
        required=False,
    )

    def __init__(self, *args, criteria, suggested=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        self.suggested = {
            cid: value.get("score")
            for cid, value in (suggested or {}).items()
            if value.get("score") is not None
        }
        for criterion in criteria:
            cid = criterion["id"]
            self.fields[f"score_{cid}"] = forms.TypedChoiceField(
                label=criterion["title"],
                choices=[(str(v), label) for v, label in choices.LEVELS],
                coerce=int,
                widget=forms.RadioSelect,
                required=False,
                empty_value=None,
            )
            if cid in self.suggested:
                self.fields[f"accept_{cid}"] = forms.BooleanField(
                    label=_("Accept the suggestion (%(level)s)")
                    % {"level": self.suggested[cid]},
                    required=False,
                )
            self.fields[f"comment_{cid}"] = forms.CharField(
                label=_("Comment on: %(title)s") % {"title": criterion["title"]},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                max_length=2000,
            )

    def clean(self):
        data = super().clean()
        for criterion in self.criteria:
            cid = criterion["id"]
            score, accepted = data.get(f"score_{cid}"), data.get(f"accept_{cid}")
            if accepted and score is not None and score != self.suggested[cid]:
                self.add_error(
                    f"score_{cid}",
                    _("You accepted the suggestion and chose another level: pick one."),
                )
            elif accepted:
                data[f"score_{cid}"] = self.suggested[cid]
            elif score is None:
                self.add_error(
                    f"score_{cid}", _("Choose a level or accept the suggestion.")
                )
        return data

    def rows(self, prescore: dict):
        return [
            {
                "criterion": c,
                "score": self[f"score_{c['id']}"],
                "accept": self[f"accept_{c['id']}"]
                if c["id"] in self.suggested
                else None,
                "comment": self[f"comment_{c['id']}"],
                "suggested": (prescore.get(c["id"]) or {}),
            }
            for c in self.criteria
        ]

    def scores(self) -> dict[str, tuple[int, str]]:
        return {
            c["id"]: (
                self.cleaned_data[f"score_{c['id']}"],
                self.cleaned_data.get(f"comment_{c['id']}", ""),
            )
            for c in self.criteria
        }


class QueueFilterForm(forms.Form):
    course = forms.ChoiceField(label=_("Course"), required=False)
    exercise = forms.ChoiceField(label=_("Exercise"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    order = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[
            ("", _("Oldest first")),
            ("unsure", _("Needs a human first")),
        ],
    )

    def __init__(self, *args, courses, exercises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [
            ("", _("All my courses")),
            ("practice", _("Open practice")),
            *[(str(c.translation_key), c.title) for c in courses],
        ]
        self.fields["exercise"].choices = [
            ("", _("All exercises")),
            *[(str(e.translation_key), e.title) for e in exercises],
        ]
        self.fields["status"].choices = [
            ("", _("Waiting (submitted or in grading)")),
            ("submitted", _("Submitted")),
            ("in_grading", _("In grading")),
            ("returned", _("Returned for revision")),
            ("graded", _("Graded")),
            ("all", _("All")),
        ]
