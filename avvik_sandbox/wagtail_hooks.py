"""Wagtail admin: who grades which course, and a shortcut to the grading queue."""

from django import forms
from django.templatetags.static import static
from django.urls import path, reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import CoursePage
from lms.history_admin import HistoryIndexView
from lms.models import User

from .models import ExerciseCategory, ExercisePage, InstructorAssignment


class InstructorAssignmentForm(WagtailAdminModelForm):
    instructor = forms.ModelChoiceField(
        queryset=User.objects.filter(is_active=True).order_by("email"),
        label=_("Instructor"),
    )
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.filter(locale__language_code="nb").order_by(
            "title"
        ),
        label=_("Course"),
        required=False,
        help_text=_("Leave empty for practice outside any course."),
    )

    class Meta:
        model = InstructorAssignment
        fields = ["instructor", "course"]


class InstructorAssignmentViewSet(ModelViewSet):
    model = InstructorAssignment
    index_view_class = HistoryIndexView
    icon = "group"
    menu_label = _("Instructors")
    menu_order = 260
    add_to_admin_menu = True
    form_fields = ["instructor", "course"]
    list_display = ["instructor", "course"]
    search_fields = ["instructor__email", "instructor__full_name"]

    def get_form_class(self, for_update=False):
        return InstructorAssignmentForm


@hooks.register("register_admin_viewset")
def register_instructor_assignments():
    return InstructorAssignmentViewSet("instructor_assignments")


class GradingMenuItem(MenuItem):
    def is_shown(self, request):
        from .selectors import grading_scope

        return grading_scope(user=request.user).is_instructor


@hooks.register("register_admin_menu_item")
def register_grading_menu_item():
    return GradingMenuItem(
        _("Grading queue"),
        reverse_lazy("avvik_sandbox:grading_queue"),
        icon_name="tasks",
        order=255,
    )


@hooks.register("insert_global_admin_css")
def sandbox_admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("css/sandbox-admin.css")
    )


@hooks.register("insert_editor_js")
def sandbox_editor_js():
    return format_html('<script src="{}"></script>', static("js/sandbox-admin.js"))


@hooks.register("register_admin_viewset")
def register_practice_companies():
    from .practice.admin import PracticeCompanyViewSet

    return PracticeCompanyViewSet("practice_companies")


@hooks.register("register_admin_viewset")
def register_risk_exercises():
    from .practice.admin import RiskExerciseViewSet

    return RiskExerciseViewSet("risk_exercises")


class ExerciseCategoryViewSet(SnippetViewSet):
    """Editors and instructors add a category for a new kind of scenario and translate
    its name like other content."""

    model = ExerciseCategory
    icon = "tag"
    menu_label = _("Exercise categories")
    list_display = ["name", "code", "locale"]
    ordering = ["sort_order", "code"]
    add_to_admin_menu = False


register_snippet(ExerciseCategoryViewSet)


@hooks.register("register_admin_urls")
def register_score_preview_url():
    from .views.score_preview import score_preview

    return [
        path(
            "sandbox/exercise/<int:page_id>/score-preview/",
            score_preview,
            name="sandbox_score_preview",
        )
    ]


class ScorePreviewButton(PageMenuItem):
    label = _("Score a sample answer")
    icon_name = "tick"
    priority = 12
    url_name = "sandbox_score_preview"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def score_preview_button(page, user, view_name, next_url=None):
    if page.specific_class is not None and issubclass(
        page.specific_class, ExercisePage
    ):
        yield ScorePreviewButton(page=page)
