"""Editors type prices in kroner; new quiz questions start with two options."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.blocks import QuizBlock
from courses.models import CoursePage

pytestmark = pytest.mark.django_db


def test_a_price_typed_in_kroner_is_stored_in_ore(admin_client, site):
    catalogue = site["catalogue"]
    data = nested_form_data(
        {
            "title": "Nytt kurs",
            "slug": "nytt-kurs",
            "summary": "Om HMS.",
            "learning_outcomes": streamfield([]),
            "topics": streamfield([]),
            "audience": "leader",
            "duration_minutes": 90,
            "price_kr": "1490,50",
            "vat_rate": 25,
            "legal_basis": "AML § 3-5",
            "pass_mark": 80,
            "certificate_validity_months": 0,
            "min_time_percent": 80,
        }
    )
    url = reverse(
        "wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk]
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    course = CoursePage.objects.get(slug="nytt-kurs")
    assert course.price_ore == 149050
    # The edit form shows kroner again, not øre.
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert 'name="price_kr"' in edit.content.decode()
    assert "1490" in edit.content.decode() and "149050" not in edit.content.decode()


def test_a_new_quiz_question_starts_with_two_options():
    question = QuizBlock().get_default()["questions"][0]
    assert len(question["options"]) == 2


def test_an_editor_without_publish_rights_is_told_who_approves(client, site, course):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    def person(email, name):
        return get_user_model().objects.create_user(
            email=email, password="a-long-password-1", full_name=name
        )

    writers = Group.objects.create(name="Skribenter")
    writers.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=writers,
        page=site["catalogue"],
        permission=Permission.objects.get(codename="change_page"),
    )
    moderators = Group.objects.create(name="Redaktører")
    moderators.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=moderators,
            page=site["catalogue"],
            permission=Permission.objects.get(codename=codename),
        )
    writer = person("skribent@example.org", "Siri Skribent")
    writer.groups.add(writers)
    approver = person("red@example.org", "Rolf Redaktør")
    approver.groups.add(moderators)
    client.force_login(writer)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Rolf Redaktør" in html
    assert "ikke publisere den" in html and "Disse kan godkjenne" in html
    # Someone who may publish does not get the message.
    client.force_login(approver)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert page.status_code == 200
    assert "Rolf Redaktør" not in page.content.decode()
