"""Editorial content: home, catalogue, courses, modules, lessons, knowledge articles.

Learner state lives in ``lms``; these pages only describe what is taught and sold.
"""

import secrets
from decimal import ROUND_HALF_UP, Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import RICH_FEATURES, ArticleStreamBlock, LessonStreamBlock
from .forms import CoursePageForm
from .page_hooks import HookedPageMixin, page_server
from .panels import PublishRightsPanel

AUDIENCE_CHOICES = [
    ("leader", _("Leaders")),
    ("verneombud", _("Safety representatives")),
    ("amu", _("Working environment committee (AMU)")),
    ("worker", _("Workers")),
]
VAT_CHOICES = [
    (0, _("0 % (exempt teaching service)")),
    (25, _("25 %")),
]


class HomePage(HookedPageMixin, Page):
    # Anonymous visitors get this page from the full-page cache (lms.site.page_cache).
    cache_for_anonymous = True
    hero_title = models.CharField(_("hero title"), max_length=200)
    intro = RichTextField(_("introduction"), features=RICH_FEATURES, blank=True)
    participants_wording = models.CharField(
        _("participant count"),
        max_length=120,
        blank=True,
        help_text=_(
            "Shown under the introduction, e.g. “Over {n} kursdeltakere”. {n} is the "
            "number of people who have completed a course, rounded down. Leave empty "
            "to show nothing."
        ),
    )
    participants_round_to = models.PositiveIntegerField(
        _("round down to"),
        choices=[
            (1, "1"),
            (10, "10"),
            (50, "50"),
            (100, "100"),
            (500, "500"),
            (1000, "1000"),
        ],
        default=100,
        help_text=_("Nothing is shown until the count reaches this number."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("participants_wording"), FieldPanel("participants_round_to")],
            heading=_("Participant count"),
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "courses.CatalogPage",
        "courses.ArticleIndexPage",
        "avvik_sandbox.SandboxIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find the page for a URL in one query by its URL path; Wagtail's own routing
        walks the tree a level at a time (two queries a level: a lesson cost eight).
        Anything this does not find goes the usual way, so behaviour is unchanged."""
        if path_components:
            page = (
                Page.objects.filter(
                    path__startswith=self.path,
                    depth=self.depth + len(path_components),
                    url_path=self.url_path + "/".join(path_components) + "/",
                )
                .specific()
                .first()
            )
            if page is not None:
                return page.route(request, [])
        return super().route(request, path_components)


class CatalogPage(HookedPageMixin, Page):
    # Anonymous visitors get this page from the full-page cache (lms.site.page_cache).
    cache_for_anonymous = True
    intro = RichTextField(_("introduction"), features=RICH_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")


class CoursePage(HookedPageMixin, Page):
    # Anonymous visitors get this page from the full-page cache (lms.site.page_cache).
    cache_for_anonymous = True
    summary = models.TextField(_("summary"))
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Learning outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
    )
    topics = StreamField(
        [("topic", blocks.CharBlock(label=_("Topic"), max_length=200))],
        verbose_name=_("topics covered"),
        help_text=_("Printed on the course certificate."),
        blank=True,
    )
    audience = models.CharField(_("audience"), max_length=20, choices=AUDIENCE_CHOICES)
    duration_minutes = models.PositiveIntegerField(
        _("duration in minutes"), validators=[MinValueValidator(1)]
    )
    price_ore = models.PositiveIntegerField(
        _("price in øre (incl. VAT)"),
        default=0,
        help_text=_("149000 = 1 490 kr. 0 makes the course free."),
    )
    vat_rate = models.PositiveSmallIntegerField(
        _("VAT rate"), choices=VAT_CHOICES, default=25
    )
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=200,
        blank=True,
        help_text=_("For example AML § 3-5"),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        default=0,
        help_text=_("0 means the certificate does not expire."),
    )
    min_time_percent = models.PositiveSmallIntegerField(
        _("minimum time on task (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "Share of the duration a learner must spend active in the lessons before "
            "the course counts as completed. 80 on a 120-minute course means 96 "
            "minutes. 0 turns the rule off."
        ),
    )

    content_panels = [PublishRightsPanel(), *Page.content_panels] + [
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("topics"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audience"), FieldPanel("duration_minutes")]),
                FieldRowPanel([FieldPanel("price_kr"), FieldPanel("vat_rate")]),
                FieldPanel("legal_basis"),
                FieldRowPanel(
                    [FieldPanel("pass_mark"), FieldPanel("certificate_validity_months")]
                ),
                FieldPanel("min_time_percent"),
            ],
            heading=_("Course facts"),
        ),
    ]
    base_form_class = CoursePageForm
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("audience"),
    ]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.ModulePage", "courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    @property
    def is_free(self):
        return self.price_ore == 0

    @property
    def hours(self) -> Decimal:
        return (Decimal(self.duration_minutes) / Decimal(60)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )

    @property
    def required_active_seconds(self) -> int:
        """Active time a learner must spend before completion (the editor's rule)."""
        return self.duration_minutes * 60 * self.min_time_percent // 100

    @cached_property
    def lessons(self):
        """Live lessons in reading order (tree order, so modules keep their order)."""
        return list(
            # LessonPage has no subclasses, so .specific() would only cost a query.
            LessonPage.objects.live().descendant_of(self).order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(self)
        return context


class ModulePage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module is only a heading in the course outline.
        from django.shortcuts import redirect

        return redirect(self.get_parent().url)


class LessonPage(HookedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=15)
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"))

    content_panels = [PublishRightsPanel(), *Page.content_panels] + [
        FieldPanel("intro"),
        FieldPanel("minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def course(self):
        return CoursePage.objects.ancestor_of(self).live().first() or (
            CoursePage.objects.ancestor_of(self).first()
        )

    def quiz_blocks(self):
        return [block for block in self.body if block.block_type == "quiz"]

    def quiz_block(self, block_id: str):
        """The quiz block with this id, or None (e.g. an editor removed it)."""
        return next((b for b in self.quiz_blocks() if b.id == block_id), None)

    def serve_preview(self, request, mode_name):
        # Editors preview the lesson as a learner would see it, without enrolment.
        server = page_server(self)
        if server is None:
            return super().serve_preview(request, mode_name)
        return server(request, self, preview=True)


def course_outline(course: CoursePage):
    """The course's modules and lessons for navigation: [(module|None, [lessons])].

    Reuses ``course.lessons`` (already loaded for the progress bar), so the outline
    costs one query for the modules whatever the size of the course.
    """
    modules = list(ModulePage.objects.live().descendant_of(course))
    pages = sorted([*modules, *course.lessons], key=lambda page: page.path)
    outline: list[tuple[ModulePage | None, list[LessonPage]]] = []
    for page in pages:
        if isinstance(page, ModulePage):
            outline.append((page, []))
        elif outline and outline[-1][0] is not None and page.depth > course.depth + 1:
            outline[-1][1].append(page)
        elif outline and outline[-1][0] is None:
            outline[-1][1].append(page)
        else:
            outline.append((None, [page]))
    return outline


class ArticleIndexPage(Page):
    # Anonymous visitors get this page from the full-page cache (lms.site.page_cache).
    cache_for_anonymous = True
    intro = RichTextField(_("introduction"), features=RICH_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.ArticlePage"]

    class Meta:
        verbose_name = _("article index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = (
            ArticlePage.objects.live().child_of(self).order_by("-first_published_at")
        )
        return context


class ArticlePage(Page):
    # Anonymous visitors get this page from the full-page cache (lms.site.page_cache).
    cache_for_anonymous = True
    intro = models.TextField(_("introduction"))
    body = StreamField(ArticleStreamBlock(), verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")


def _new_token():
    """Kept for migration 0001 (the newsletter, since moved to lms, used it)."""
    return secrets.token_urlsafe(32)


# "HMS i små doser", the leaders' digest: its own module, registered here.
from .digest import DigestIndexPage, DigestIssuePage  # noqa: E402, F401
