"""The per-notification "sent" markers become outbox records, then go.

Every notification is an outbox job now, and the outbox row's unique key is what makes
it happen once. A marker written before this release keeps its key as a delivered
outbox row, so a reminder or nudge already sent is not sent again.
"""

from django.db import migrations

JOBS = {
    "welcome": "lms.welcome_email",
    "certificate_issued": "lms.certificate_issued_email",
    "reminder60": "lms.refresher_reminder",
    "reminder30": "lms.refresher_reminder",
    "nudge": "lms.nudge",
}


def markers_to_outbox(apps, schema_editor):
    NotificationSent = apps.get_model("lms", "NotificationSent")
    OutboxMessage = apps.get_model("lms", "OutboxMessage")
    taken = set(OutboxMessage.objects.values_list("key", flat=True))
    rows = [
        OutboxMessage(
            job=JOBS.get(marker.kind, "lms." + marker.kind),
            payload={"user_id": marker.user_id, "migrated": True},
            key=marker.key,
            status="sent",
            attempts=1,
            created_at=marker.sent_at,
            next_attempt_at=marker.sent_at,
            done_at=marker.sent_at,
        )
        for marker in NotificationSent.objects.iterator()
        if marker.key not in taken
    ]
    OutboxMessage.objects.bulk_create(rows, batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("lms", "0008_change_history")]

    operations = [
        migrations.RunPython(markers_to_outbox, migrations.RunPython.noop),
        migrations.DeleteModel(name="NotificationSent"),
    ]
