"""The sandbox's Wagtail pages: the index and the deviation exercise with its key."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from courses.page_hooks import HookedPageMixin

from ..blocks import (
    CriterionBlock,
    DeviationKeyBlock,
    FactBlock,
    ReferenceActionBlock,
    ReportKeyBlock,
    default_rubric,
    fact_numbers_validator,
    parse_numbers,
)
from ..taxonomy import category_choices

# The cached readings of the key that a renumbering makes stale.
KEY_READINGS = (
    "key_deviations",
    "fact_list",
    "fact_ids_by_number",
    "fact_numbers_by_id",
    "key_actions",
)

# Django routes under /<lang>/sandbox/ that an exercise slug must not shadow.
RESERVED_SLUGS = {
    "grading",
    "submissions",
    "autosave",
    "mine",
    "company",
    "risk",
    "routine",
    "work",
}


def _get(value, name, default):
    """A block field added after pages were saved reads its default on older ones."""
    try:
        return value[name] if value[name] is not None else default
    except KeyError:
        return default


class SandboxIndexPage(HookedPageMixin, Page):
    """The practice area: lists the exercises a learner can do on their own."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["avvik_sandbox.ExercisePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("deviation practice index")


class ExercisePage(HookedPageMixin, Page):
    """A scenario, its answer key and rubric. Editors author it without code."""

    sector = models.CharField(_("sector"), max_length=100, blank=True)
    category = models.CharField(_("category"), max_length=20, choices=category_choices)
    minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=30)
    intro = models.TextField(
        _("task for the learner"),
        blank=True,
        help_text=_("Shown above the scenario."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("image description (alt text)"), max_length=250, blank=True
    )
    facts = StreamField(
        [("fact", FactBlock())],
        verbose_name=_("scenario facts"),
        help_text=_(
            "One sentence a learner can point at per fact. They are numbered 1, 2, 3 "
            "in this order."
        ),
    )
    event_facts = models.CharField(
        _("facts that describe the event"),
        max_length=60,
        validators=[fact_numbers_validator],
        help_text=_("What happened (not the deviation), e.g. 3"),
    )
    deviations = StreamField(
        [("deviation", DeviationKeyBlock())],
        verbose_name=_("deviations (answer key)"),
        blank=True,
    )
    report = StreamField(
        [("report", ReportKeyBlock())],
        verbose_name=_("expected report"),
        blank=True,
        max_num=1,
    )
    reference_actions = StreamField(
        [("action", ReferenceActionBlock())],
        verbose_name=_("reference actions"),
        blank=True,
    )
    debrief = models.TextField(
        _("debrief"),
        blank=True,
        help_text=_("A short model answer shown to the learner after submitting."),
    )
    rubric = StreamField(
        [("criterion", CriterionBlock())],
        verbose_name=_("rubric"),
        default=default_rubric,
    )
    # The fact and deviation block ids in the order of the last save: the key refers to
    # facts and deviations by number, and these let a save after a reordering move the
    # numbers along with the blocks instead of silently pointing at others.
    key_anchors = models.JSONField(default=dict, blank=True, editable=False)
    pass_threshold = models.PositiveSmallIntegerField(
        _("pass threshold (%)"),
        default=60,
        help_text=_("Weighted rubric score needed to pass."),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sector"), FieldPanel("category")]),
                FieldPanel("minutes"),
                FieldPanel("intro"),
                FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")]),
            ],
            heading=_("About the exercise"),
        ),
        FieldPanel("facts"),
        MultiFieldPanel(
            [
                FieldPanel("event_facts"),
                FieldPanel("deviations"),
                FieldPanel("report"),
                FieldPanel("reference_actions"),
                FieldPanel("debrief"),
            ],
            heading=_("Answer key"),
        ),
        MultiFieldPanel(
            [FieldPanel("rubric"), FieldPanel("pass_threshold")],
            heading=_("Rubric"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("event_facts"),
        SynchronizedField("image"),
        SynchronizedField("pass_threshold"),
        SynchronizedField("minutes"),
    ]
    parent_page_types = ["avvik_sandbox.SandboxIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("deviation exercise")

    # --- reading the key -------------------------------------------------------------

    @cached_property
    def fact_list(self) -> list[dict]:
        """[{"id", "number", "text"}] in scenario order."""
        return [
            {"id": block.id, "number": i, "text": str(block.value)}
            for i, block in enumerate(self.facts, start=1)
        ]

    @cached_property
    def fact_ids_by_number(self) -> dict[int, str]:
        return {f["number"]: f["id"] for f in self.fact_list}

    @cached_property
    def fact_numbers_by_id(self) -> dict[str, int]:
        return {f["id"]: f["number"] for f in self.fact_list}

    def fact_ids(self, numbers) -> list[str]:
        return [
            self.fact_ids_by_number[n]
            for n in parse_numbers(numbers)
            if n in self.fact_ids_by_number
        ]

    @cached_property
    def key_deviations(self) -> list[dict]:
        result = []
        for number, block in enumerate(self.deviations, start=1):
            value = block.value
            result.append(
                {
                    "number": number,
                    "kind": value["kind"],
                    "title": value["title"],
                    "fact_numbers": parse_numbers(value["facts"]),
                    "fact_ids": self.fact_ids(value["facts"]),
                    "requirement": value["requirement"],
                    "legal_reference": value["legal_reference"],
                    "responsible": value["responsible"],
                    "responsible_all": {
                        value["responsible"],
                        *_get(value, "also_responsible", []),
                    }
                    - {""},
                    "mto": value["mto"],
                    "mto_all": {value["mto"], *_get(value, "also_mto", [])} - {""},
                    "contributing": bool(_get(value, "contributing", False)),
                    "concepts": [dict(c) for c in value["concepts"]],
                    "why_chain": [dict(c) for c in _get(value, "why_chain", [])],
                    "explanation": value["explanation"],
                }
            )
        return result

    @cached_property
    def report_key(self) -> dict | None:
        for block in self.report:
            return dict(block.value)
        return None

    @cached_property
    def key_actions(self) -> list[dict]:
        return [
            {
                "action_type": b.value["action_type"],
                "description": b.value["description"],
                "control_level": b.value["control_level"],
                "deviation": b.value["deviation"],
                "concepts": [dict(c) for c in b.value["concepts"]],
            }
            for b in self.reference_actions
        ]

    @cached_property
    def criteria(self) -> list[dict]:
        return [
            {"id": b.id, **{k: b.value[k] for k in b.value.keys()}} for b in self.rubric
        ]

    def save(self, *args, **kwargs):
        self.key_follow_moves()
        return super().save(*args, **kwargs)

    def key_follow_moves(self) -> None:
        """Renumber the key after facts or deviations were moved (see key_anchors)."""
        anchors = self.key_anchors or {}
        fact_ids = [b.id for b in self.facts]
        old_facts = anchors.get("facts") or []
        if old_facts and old_facts != fact_ids:
            position = {fid: n for n, fid in enumerate(fact_ids, start=1)}

            def renumber(numbers):
                new = [
                    position.get(old_facts[n - 1], n) if 0 < n <= len(old_facts) else n
                    for n in parse_numbers(numbers)
                ]
                return ", ".join(str(n) for n in new)

            self.event_facts = renumber(self.event_facts)
            for block in self.deviations:
                block.value["facts"] = renumber(block.value["facts"])
        deviation_ids = [b.id for b in self.deviations]
        old_devs = anchors.get("deviations") or []
        if old_devs and old_devs != deviation_ids:
            position = {did: n for n, did in enumerate(deviation_ids, start=1)}
            for block in self.reference_actions:
                n = block.value["deviation"]
                if n and 0 < n <= len(old_devs):
                    block.value["deviation"] = position.get(old_devs[n - 1], n)
        self.key_anchors = {"facts": fact_ids, "deviations": deviation_ids}
        for name in KEY_READINGS:  # read again from the renumbered key
            self.__dict__.pop(name, None)

    def clean(self):
        super().clean()
        self.key_follow_moves()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("This address is reserved. Choose another slug.")}
            )
        count = len(self.facts)
        errors = []
        referenced = parse_numbers(self.event_facts)
        for block in self.deviations:
            referenced += parse_numbers(block.value["facts"])
        if any(n < 1 or n > count for n in referenced):
            errors.append(
                _("The answer key refers to a fact number that does not exist.")
            )
        if self.deviations and not any(
            b.value["kind"] == "primary" for b in self.deviations
        ):
            errors.append(_("The answer key needs at least one primary deviation."))
        for block in self.reference_actions:
            number = block.value["deviation"]
            if number and number > len(self.deviations):
                errors.append(
                    _("A reference action points to a deviation that does not exist.")
                )
        if errors:
            raise ValidationError(errors)

    def serve_preview(self, request, mode_name):
        # Editors preview the scenario as a learner sees it; nothing is saved.
        from django.template.response import TemplateResponse

        context = self.get_context(request)
        context.update(anonymous=True, is_preview=True)
        return TemplateResponse(request, "avvik_sandbox/exercise_page.html", context)
