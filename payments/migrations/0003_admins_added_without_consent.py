"""Admins added by another admin without their consent become pending invitations.

Until now a company admin could make any account an admin of their company, which let
that company read the person's training records. Such memberships (recorded in the
audit log as "company.admin_added") are turned into invitations the person must
accept; memberships the person created themselves (registering the company, accepting
a seat) stay as they are.
"""

import secrets

from django.db import migrations


def forward(apps, schema_editor):
    AuditEvent = apps.get_model("lms", "AuditEvent")
    CompanyMember = apps.get_model("payments", "CompanyMember")
    MemberInvitation = apps.get_model("payments", "MemberInvitation")
    Seat = apps.get_model("payments", "Seat")
    for event in AuditEvent.objects.filter(
        action="company.admin_added", object_type="payments.company"
    ).order_by("created_at"):
        user_id = (event.data or {}).get("user")
        company_id = event.object_id
        if not user_id or user_id == event.actor_id:
            continue
        if AuditEvent.objects.filter(
            action="company.created",
            object_type="payments.company",
            object_id=company_id,
            actor_id=user_id,
        ).exists():
            continue
        member = (
            CompanyMember.objects.filter(
                company_id=company_id, user_id=user_id, role="admin"
            )
            .select_related("user")
            .first()
        )
        if member is None:
            continue
        if not MemberInvitation.objects.filter(
            company_id=company_id, email=member.user.email, status="pending"
        ).exists():
            MemberInvitation.objects.create(
                company_id=company_id,
                email=member.user.email,
                role="admin",
                token=secrets.token_urlsafe(24),
                invited_by_id=event.actor_id,
                language=member.user.preferred_language or "nb",
            )
        if Seat.objects.filter(company_id=company_id, holder_id=user_id).exists():
            # They joined as an employee by accepting a seat: that much they agreed to.
            member.role = "employee"
            member.save(update_fields=["role"])
        else:
            member.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("payments", "0002_company_membership_by_consent"),
        ("lms", "0003_certificates"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
