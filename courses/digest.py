""" "HMS i små doser": short periodic issues for leaders, written in Wagtail.

An issue is a page under a digest index (one per language, translated with Wagtail's
localisation), made of short sections: news from the HMS field, a good example, a
question to reflect on, links and tools, deadlines to remember. Its ``send_at`` is when
it goes out by e-mail (``payments.services.digest``); the public archive lists the
issues published in the visitor's language at ``/<lang>/digest/``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

DIGEST_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class DigestSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=DIGEST_FEATURES)

    class Meta:
        template = "courses/blocks/digest_section.html"


class DigestStreamBlock(blocks.StreamBlock):
    news = DigestSectionBlock(label=_("News from the HMS field"), icon="doc-full")
    example = DigestSectionBlock(label=_("A good example"), icon="tick")
    reflection = DigestSectionBlock(label=_("Question to reflect on"), icon="help")
    tools = DigestSectionBlock(label=_("Links and tools"), icon="link")
    deadline = DigestSectionBlock(label=_("Deadline to remember"), icon="date")


class DigestIndexPage(Page):
    cache_for_anonymous = True
    intro = RichTextField(_("introduction"), features=DIGEST_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.DigestIssuePage"]

    class Meta:
        verbose_name = _("leaders' digest index")


class DigestIssuePage(Page):
    cache_for_anonymous = True
    intro = models.TextField(_("introduction"), max_length=600)
    body = StreamField(DigestStreamBlock(), verbose_name=_("sections"))
    send_at = models.DateTimeField(
        _("send by e-mail at"),
        null=True,
        blank=True,
        help_text=_("Empty: not sent by e-mail, only in the archive."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("send_at"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.DigestIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("leaders' digest issue")
