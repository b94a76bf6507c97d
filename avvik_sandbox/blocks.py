"""StreamField blocks for an exercise's scenario, answer key and rubric.

Facts are numbered by their position; the answer key refers to them by number, which
editors see in the admin. Learner answers store the facts' block ids instead, so a draft
survives a translation (same ids in every language) and a later reordering.
"""

from django.core.validators import RegexValidator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from . import choices
from .taxonomy import category_choices

FACT_NUMBERS_HELP = _("Fact numbers as listed under Scenario facts, e.g. 4 or 4, 5")


class FactNumbersBlock(blocks.RegexBlock):
    """ "4, 5": not a CharBlock, so wagtail-localize copies it instead of translating."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", FACT_NUMBERS_HELP)
        super().__init__(
            regex=r"^\s*\d+(\s*,\s*\d+)*\s*$",
            error_messages={"invalid": _("Use numbers separated by commas.")},
            **kwargs,
        )


fact_numbers_validator = RegexValidator(
    r"^\s*(\d+(\s*,\s*\d+)*)?\s*$", _("Use numbers separated by commas.")
)


def parse_numbers(value) -> list[int]:
    if isinstance(value, list | tuple):
        return [int(v) for v in value]
    return [int(part) for part in str(value or "").replace(" ", "").split(",") if part]


class FactBlock(blocks.TextBlock):
    class Meta:
        icon = "list-ol"
        label = _("Fact")
        rows = 2


class ConceptBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Key concept"), max_length=120)
    synonyms = blocks.TextBlock(
        label=_("Synonyms and other ways to say it"),
        required=False,
        rows=2,
        help_text=_(
            "Comma-separated. Inflected forms and compounds are matched "
            "automatically (wire matches sikringswiren)."
        ),
    )

    class Meta:
        icon = "tag"
        label = _("Concept")


class DeviationKeyBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=choices.DEVIATION_KINDS, default="primary"
    )
    title = blocks.CharBlock(label=_("Deviation in short"), max_length=250)
    facts = FactNumbersBlock(label=_("Scenario facts it rests on"))
    requirement = blocks.TextBlock(
        label=_("Requirement broken"), required=False, rows=2
    )
    legal_reference = blocks.CharBlock(
        label=_("Legal reference"), required=False, max_length=120
    )
    responsible = blocks.ChoiceBlock(
        label=_("Responsible party"),
        choices=choices.RESPONSIBLE_PARTIES,
        required=False,
    )
    also_responsible = blocks.MultipleChoiceBlock(
        label=_("Also responsible"),
        choices=choices.RESPONSIBLE_PARTIES,
        required=False,
        help_text=_("When several parties share the responsibility, each is accepted."),
    )
    mto = blocks.ChoiceBlock(label=_("M/T/O"), choices=choices.MTO_TAGS, required=False)
    also_mto = blocks.MultipleChoiceBlock(
        label=_("Also accepted M/T/O"), choices=choices.MTO_TAGS, required=False
    )
    contributing = blocks.BooleanBlock(
        label=_("Acceptable as a contributing factor, not as the primary"),
        required=False,
        help_text=_(
            "Distractors only: a learner who calls this a secondary deviation is not "
            "marked down; calling it the primary deviation is."
        ),
    )
    concepts = blocks.ListBlock(
        ConceptBlock(), label=_("Key concepts"), default=[], collapsed=True
    )
    why_chain = blocks.ListBlock(
        ConceptBlock(),
        label=_("Why-chain key"),
        default=[],
        collapsed=True,
        help_text=_(
            "Primary deviations: one concept per level, from the nearest cause to the "
            "organisational root (the last one). A learner's whys are read against "
            "these levels in order."
        ),
    )
    explanation = blocks.TextBlock(
        label=_("Explanation for the learner"),
        required=False,
        rows=3,
        help_text=_(
            "Shown after submitting when the learner missed this deviation or, for a "
            "distractor, chose it."
        ),
    )

    class Meta:
        icon = "warning"
        label = _("Deviation")


class ReportKeyBlock(blocks.StructBlock):
    report_type = blocks.ChoiceBlock(
        label=_("Expected report type"), choices=choices.REPORT_TYPES
    )
    accepted_types = blocks.MultipleChoiceBlock(
        label=_("Also acceptable report types"),
        choices=choices.REPORT_TYPES,
        required=False,
    )
    category = blocks.ChoiceBlock(
        label=_("Expected category"), choices=category_choices
    )
    accepted_categories = blocks.MultipleChoiceBlock(
        label=_("Also acceptable categories"),
        choices=category_choices,
        required=False,
    )
    severity_actual = blocks.ChoiceBlock(
        label=_("Actual severity"), choices=choices.SEVERITIES
    )
    accepted_actual = blocks.MultipleChoiceBlock(
        label=_("Also acceptable actual severities"),
        choices=choices.SEVERITIES,
        required=False,
    )
    severity_potential = blocks.ChoiceBlock(
        label=_("Potential severity"), choices=choices.SEVERITIES
    )
    accepted_potential = blocks.MultipleChoiceBlock(
        label=_("Also acceptable potential severities"),
        choices=choices.SEVERITIES,
        required=False,
    )
    explanation = blocks.TextBlock(
        label=_("Why (shown to the learner)"), required=False, rows=3
    )

    class Meta:
        icon = "doc-full"
        label = _("Expected report")


class ReferenceActionBlock(blocks.StructBlock):
    action_type = blocks.ChoiceBlock(label=_("Type"), choices=choices.ACTION_TYPES)
    description = blocks.TextBlock(label=_("Action"), rows=2)
    control_level = blocks.ChoiceBlock(
        label=_("Control level"), choices=choices.CONTROL_LEVELS
    )
    deviation = blocks.IntegerBlock(
        label=_("Deviation number"),
        required=False,
        min_value=1,
        help_text=_("Which deviation above it answers (1 = the first)."),
    )
    concepts = blocks.ListBlock(
        ConceptBlock(), label=_("Key concepts"), default=[], collapsed=True
    )

    class Meta:
        icon = "tick"
        label = _("Reference action")


class CriterionBlock(blocks.StructBlock):
    code = blocks.ChoiceBlock(
        label=_("Automatic pre-score"),
        choices=choices.CRITERION_CODES,
        default="manual",
    )
    title = blocks.CharBlock(label=_("Criterion"), max_length=200)
    weight = blocks.IntegerBlock(label=_("Weight"), min_value=1, default=10)
    level_0 = blocks.CharBlock(label=_("0 points"), required=False, max_length=300)
    level_1 = blocks.CharBlock(label=_("1 point"), required=False, max_length=300)
    level_2 = blocks.CharBlock(label=_("2 points"), required=False, max_length=300)
    level_3 = blocks.CharBlock(label=_("3 points"), required=False, max_length=300)
    pass_minimum = blocks.IntegerBlock(
        label=_("Minimum to pass"),
        required=False,
        min_value=0,
        max_value=3,
        help_text=_(
            "An answer below this level on this criterion is not passed, whatever its "
            "total (e.g. 2 on causal depth: no real root cause, no pass)."
        ),
    )

    class Meta:
        icon = "list-ul"
        label = _("Rubric criterion")


# DOMAIN.md's template: (code, weight, title, descriptor for 3 points).
RUBRIC_TEMPLATE = [
    (
        "event",
        10,
        _("Event kept apart from deviation"),
        _("The event is named as what happened, not as the deviation."),
    ),
    (
        "primary",
        20,
        _("Primary deviation, the requirement broken, the responsible party"),
        _(
            "The primary deviation is found, with the requirement and who is responsible."
        ),
    ),
    (
        "secondary",
        10,
        _("Secondary deviations found, distractors avoided"),
        _("All secondary deviations are found and no distractor is chosen."),
    ),
    (
        "causes",
        15,
        _("Causal depth: reaches the organisational level; M, T and O considered"),
        _("At least four whys, ending in an organisational cause; M, T and O used."),
    ),
    (
        "facts",
        5,
        _("Claims supported by scenario facts"),
        _("Every claim points to a fact in the scenario."),
    ),
    (
        "report",
        10,
        _("Report type, category, severity (actual and potential)"),
        _("Type, category and both severities are right."),
    ),
    (
        "actions",
        20,
        _("Immediate, corrective and preventive actions linked to deviations"),
        _("All three kinds, each linked to a deviation, collective before PPE."),
    ),
    (
        "followup",
        10,
        _("Follow-up: responsible, deadline, effect check, verneombud/AMU informed"),
        _(
            "Every action has an owner, a deadline and an effect check; the right people are informed."
        ),
    ),
]


def default_rubric() -> list[dict]:
    """The rubric a new exercise starts with, in the editor's language."""
    return [
        {
            "type": "criterion",
            "value": {
                "code": code,
                "title": str(title),
                "weight": weight,
                "level_0": gettext("Missing"),
                "level_1": gettext("Superficial or at the wrong level"),
                "level_2": gettext("Correct but incomplete"),
                "level_3": str(full),
            },
        }
        for code, weight, title, full in RUBRIC_TEMPLATE
    ]
