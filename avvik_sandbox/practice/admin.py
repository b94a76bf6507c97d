"""Wagtail admin: editors create practice companies and (re)generate their history."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from .generator import generate_history
from .models import PracticeCompany
from .risk_models import RiskExercise


class GenerateForm(forms.Form):
    seed = forms.IntegerField(
        label=gettext_lazy("Seed"),
        min_value=0,
        max_value=2**31 - 1,
        help_text=gettext_lazy("The same seed always generates the same history."),
    )


class PracticeCompanyViewSet(ModelViewSet):
    model = PracticeCompany
    icon = "site"
    menu_label = gettext_lazy("Practice companies")
    menu_order = 262
    add_to_admin_menu = True
    list_display = ["name", "kind", "live", "yearly_volume", "generated_at"]
    search_fields = ["name"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/generate/", self.generate_view, name="generate")
        ]

    def generate_view(self, request, pk):
        return generate(request, pk, viewset=self)

    def get_list_more_buttons(self, instance):  # the listing's "…" menu
        return [
            ListingButton(
                _("Generate history"),
                url=reverse(self.get_url_name("generate"), args=[instance.pk]),
                icon_name="repeat",
                priority=5,
            )
        ]


def generate(request, pk: int, *, viewset: PracticeCompanyViewSet):
    """Show what will be replaced; on POST, write the history anew from the seed."""
    if not request.user.has_perm("avvik_sandbox.change_practicecompany"):
        raise PermissionDenied
    company = get_object_or_404(PracticeCompany, pk=pk)
    form = GenerateForm(request.POST or None, initial={"seed": company.seed})
    if request.method == "POST" and form.is_valid():
        count = generate_history(company=company, seed=form.cleaned_data["seed"])
        messages.success(
            request,
            _("%(company)s now has %(count)s generated deviations.")
            % {"company": company.name, "count": count},
        )
        return redirect(viewset.get_url_name("edit"), company.pk)
    title = _("Generate history")
    return TemplateResponse(
        request,
        "avvik_sandbox/practice/admin_generate.html",
        {
            "page_title": title,
            "header_title": f"{title}: {company.name}",
            "header_icon": "repeat",
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {
                    "url": reverse(viewset.get_url_name("index")),
                    "label": viewset.menu_label,
                },
                {"url": "", "label": company.name},
            ],
            "company": company,
            "existing": company.deviations.count(),
            "form": form,
        },
    )


class RiskExerciseViewSet(ModelViewSet):
    model = RiskExercise
    icon = "warning"
    menu_label = gettext_lazy("Risk-assessment exercises")
    menu_order = 263
    add_to_admin_menu = True
    list_display = ["title", "company", "matrix_size", "live"]
    search_fields = ["title"]
