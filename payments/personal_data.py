"""What payments holds about a person, for their export and their account deletion.

Orders stay as they are: they are accounting records (bokføringsloven § 13), with the
buyer's name and e-mail as documentation of the sale. Company memberships and shared
records end; the company's admins are told who left (``payments.member_left``).
"""

from django.db.models import Q

from lms.outbox import outbox_enqueue
from lms.personal_data import Section

from .models import (
    CompanyMember,
    MemberInvitation,
    Order,
    RecordShare,
    SeatInvitation,
)


def _orders(user) -> list:
    rows = []
    for order in Order.objects.filter(user=user).prefetch_related("lines"):
        rows.append(
            {
                "number": str(order),
                "status": order.status,
                "created": order.created_at,
                "paid": order.paid_at,
                "total_ore": order.total_ore,
                "vat_ore": order.vat_ore,
                "buyer_email": order.buyer_email,
                "buyer_name": order.buyer_name,
                "company_name": order.company_name,
                "lines": [
                    {
                        "description": line.description,
                        "quantity": line.quantity,
                        "total_ore": line.total_ore,
                    }
                    for line in order.lines.all()
                ],
            }
        )
    return rows


def _companies(user) -> dict:
    return {
        "memberships": list(
            CompanyMember.objects.filter(user=user).values(
                "company__name", "role", "created_at"
            )
        ),
        "shared_records": list(
            RecordShare.objects.filter(user=user).values(
                "company__name", "course_key", "created_at"
            )
        ),
        "invitations": list(
            MemberInvitation.objects.filter(email__iexact=user.email).values(
                "company__name", "role", "status", "created_at"
            )
        )
        + list(
            SeatInvitation.objects.filter(
                Q(email__iexact=user.email) | Q(accepted_by=user)
            ).values("company__name", "status", "created_at")
        ),
    }


def _erase(user, snapshot: dict) -> None:
    memberships = list(
        CompanyMember.objects.filter(user=user).select_related("company")
    )
    for membership in memberships:
        outbox_enqueue(
            job="payments.member_left",
            payload={
                "company_id": membership.company_id,
                "name": snapshot["full_name"],
                "email": snapshot["email"],
            },
            key=f"member-left:{membership.company_id}:{snapshot['id']}",
        )
    CompanyMember.objects.filter(user=user).delete()
    RecordShare.objects.filter(user=user).delete()
    MemberInvitation.objects.filter(
        email__iexact=user.email, status=MemberInvitation.Status.PENDING
    ).delete()
    # A seat offered but not taken goes back to the company (revoked, as an admin
    # would); the e-mail address on it goes.
    SeatInvitation.objects.filter(
        email__iexact=user.email, status=SeatInvitation.Status.PENDING
    ).update(status=SeatInvitation.Status.REVOKED, email="", name="")


SECTIONS = [
    Section("orders", _orders),
    Section("companies", _companies, _erase),
]
