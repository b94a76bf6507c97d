"""The audit log's one writer: who did what to which object, and when.

Payment, seat, grade, role and certificate changes each call ``audit_record`` in the
same transaction as the change, so the record cannot be lost or made up afterwards.
Admins read it in the Wagtail admin (``wagtail_hooks``); field-level history of
companies and seats is django-simple-history's (``history_admin``).
"""

from .models import AuditEvent


def audit_record(
    *, actor, action: str, target=None, object_type: str = "", object_id="", **data
) -> AuditEvent:
    if target is not None:
        object_type = object_type or target._meta.label_lower
        object_id = object_id or target.pk
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        data=data,
    )
