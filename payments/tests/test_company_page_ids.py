"""The company page holds seven forms; no two fields share an id, and every label
points at a field that exists (a screen reader reads the right name)."""

import re
from collections import Counter

import pytest
from django.urls import reverse

from payments.factories import seat_given

pytestmark = pytest.mark.django_db


def test_no_id_is_repeated_and_every_label_has_its_field(
    client, company, company_admin, paid_course
):
    seat_given(company=company, user=company_admin, course=paid_course)
    client.force_login(company_admin)
    html = client.get(reverse("payments:company_detail", args=[company.pk])).content
    html = html.decode()
    ids = Counter(re.findall(r'\sid="([^"]+)"', html))
    assert not [i for i, n in ids.items() if n > 1], ids.most_common(5)
    for target in re.findall(r'<label[^>]*\sfor="([^"]+)"', html):
        assert ids[target] == 1, target
    # What is posted keeps its names: the seat purchase still reads "product".
    assert 'name="product"' in html and 'id="buy-product"' in html
