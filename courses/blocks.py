"""StreamField blocks for lessons and articles.

Each block renders through its own template under courses/templates/courses/blocks/.
The quiz block carries its answer key (correct flags and per-option feedback); the key
never reaches the learner's browser before they answer: the lesson template renders the
questions only, and scoring happens on the server (lms.services.quiz_attempt_submit).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "hr"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "courses/blocks/heading.html"
        form_classname = "title"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe the image for screen-reader users."),
        max_length=250,
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    """A self-hosted or linked video with a transcript (WCAG 1.2 needs an alternative)."""

    url = blocks.URLBlock(label=_("Video file URL"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    captions_url = blocks.URLBlock(label=_("Captions (WebVTT) URL"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), features=RICH_FEATURES, required=False
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class LawCalloutBlock(blocks.StructBlock):
    reference = blocks.CharBlock(
        label=_("Legal reference"), max_length=120, help_text=_("For example AML § 3-5")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("What it says, in plain language"))

    class Meta:
        icon = "doc-full"
        label = _("Law or regulation")
        template = "courses/blocks/law.html"


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer option"), max_length=400)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback for this option"), required=False)

    class Meta:
        icon = "radio-empty"
        label = _("Option")


class QuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    kind = blocks.ChoiceBlock(
        label=_("Question type"),
        choices=[
            ("single", _("Single choice")),
            ("multiple", _("Multiple choice")),
        ],
        default="single",
    )
    # A new question starts with the two options every question needs.
    options = blocks.ListBlock(
        OptionBlock(),
        label=_("Options"),
        min_num=2,
        default=[
            {"text": "", "correct": False, "feedback": ""},
            {"text": "", "correct": False, "feedback": ""},
        ],
    )
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "help"
        label = _("Question")


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Quiz")
        template = "courses/blocks/quiz.html"


class ExerciseBlock(blocks.StructBlock):
    """A deviation exercise from the sandbox placed in a lesson (see avvik_sandbox)."""

    exercise = blocks.PageChooserBlock(
        label=_("Exercise"), page_type="avvik_sandbox.ExercisePage"
    )
    required = blocks.BooleanBlock(
        label=_("Required for course completion"),
        required=False,
        default=True,
        help_text=_("The course is completed only after an instructor passes it."),
    )

    class Meta:
        icon = "warning"
        label = _("Deviation exercise")
        template = "avvik_sandbox/blocks/exercise_block.html"


def practice_company_choices() -> list:
    """The sandbox's practice companies (registered by avvik_sandbox)."""
    from .page_hooks import block_choices

    return block_choices("practice_companies")


class PracticeBlock(blocks.StructBlock):
    """An activity in one of the sandbox's practice companies placed in a lesson."""

    company = blocks.ChoiceBlock(
        choices=practice_company_choices, label=_("Practice company")
    )
    activity = blocks.ChoiceBlock(
        choices=[
            ("statistics", _("Read the statistics: conclusions for AMU")),
            ("routine", _("The deviation routine: handle a case to closing")),
            ("risk", _("Risk assessment: map, place in the matrix, plan measures")),
        ],
        label=_("Activity"),
    )
    required = blocks.BooleanBlock(
        label=_("Required for course completion"),
        required=False,
        default=False,
        help_text=_(
            "Statistics and risk assessment: passed against the key. Routine: a "
            "case handled as the leader and closed with an effect evaluation."
        ),
    )

    class Meta:
        icon = "site"
        label = _("Practice company")
        template = "avvik_sandbox/blocks/practice_block.html"


class ArticleStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_FEATURES,
        label=_("Text"),
        template="courses/blocks/paragraph.html",
    )
    image = ImageBlock()
    video = VideoBlock()
    law = LawCalloutBlock()


class LessonStreamBlock(ArticleStreamBlock):
    quiz = QuizBlock()
    exercise = ExerciseBlock()
    practice = PracticeBlock()
