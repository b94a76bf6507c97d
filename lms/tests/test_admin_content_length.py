"""The admin pages' scripts get a nonce after the response is built; the length the
browser is told must still be the length it gets, or it cuts the page short."""

import pytest

from lms.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_an_admin_page_is_sent_whole_after_its_scripts_get_a_nonce(client, site):
    editor = UserFactory(email="editor@example.org", is_staff=True, is_superuser=True)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{site['home'].pk}/edit/")
    assert response.status_code == 200
    assert 'nonce="' in response.content.decode()
    assert int(response["Content-Length"]) == len(response.content)
