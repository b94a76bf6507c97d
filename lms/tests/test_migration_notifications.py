"""Notifications sent before the outbox took them over are not sent again."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("lms", "0008_change_history")]
AFTER = [("lms", "0009_notifications_into_outbox")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture(autouse=True)
def _back_to_the_latest_schema():
    """Leave the test database on the newest migrations for the tests that follow."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_old_sent_markers_become_delivered_outbox_rows():
    old = _migrate(BEFORE)
    User = old.get_model("lms", "User")
    user = User.objects.create(email="gammel@example.org", full_name="Gammel")
    old.get_model("lms", "NotificationSent").objects.create(
        kind="reminder60", key=f"reminder60:17:{user.pk}", user_id=user.pk
    )
    new = _migrate(AFTER)
    row = new.get_model("lms", "OutboxMessage").objects.get(
        key=f"reminder60:17:{user.pk}"
    )
    assert (row.job, row.status) == ("lms.refresher_reminder", "sent")
    # The reminder beat would record for the same certificate is now a duplicate.
    from lms.models import OutboxMessage
    from lms.outbox import outbox_enqueue

    assert (
        outbox_enqueue(
            job="lms.refresher_reminder",
            payload={"certificate_id": 17, "recipient_id": user.pk, "days": 60},
            key=f"reminder60:17:{user.pk}",
        )
        is None
    )
    assert OutboxMessage.objects.filter(status="pending").count() == 0
