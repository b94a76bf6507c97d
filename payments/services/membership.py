"""Company membership by consent: invite, accept or decline, withdraw, leave, share.

Nobody becomes a member of a company, nor shows it any record, except by their own act.
An admin's invitation answers the same whether or not the address has an account here,
so the form cannot be used to find out who is registered. Every step is audited.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.models import Enrolment
from lms.outbox import outbox_enqueue

from ..exceptions import CompanyError
from ..models import Company, CompanyMember, MemberInvitation, RecordShare
from .invitations import _email_checked as email_checked
from .roles import member_roles_add

# An admin can invite a colleague or two; nobody needs to invite hundreds of addresses
# a day through this form (employees come in through seat invitations).
MEMBER_INVITATIONS_PER_DAY = 20
# One address gets at most this many membership invitations a day from all companies,
# and one person sends at most this many for all the companies they administer.
MEMBER_INVITATIONS_PER_RECIPIENT_PER_DAY = 3
MEMBER_INVITATIONS_PER_SENDER_PER_DAY = 50
# A roles file invites a company's new employees in one go: its own, larger cap (the
# same as seat invitations from a file), per company and per sender.
MEMBER_INVITATIONS_FROM_FILE_PER_DAY = 1000


def _recipient_and_sender_cap(*, email: str, actor, since, sender_cap: int) -> None:
    recent = MemberInvitation.objects.filter(created_at__gte=since)
    if recent.filter(email__iexact=email).count() >= (
        MEMBER_INVITATIONS_PER_RECIPIENT_PER_DAY
    ):
        raise CompanyError(
            _("%(email)s has been sent several invitations today. Try again tomorrow.")
            % {"email": email}
        )
    if actor is not None and recent.filter(invited_by=actor).count() >= sender_cap:
        raise CompanyError(
            _("You have sent %(count)s invitations today. Try again tomorrow.")
            % {"count": sender_cap}
        )


def _invitation_caps(*, company, email: str, actor, from_file: bool) -> None:
    """Refuse when the company, the address or the sender has had enough today; a
    roles file has its own, larger caps."""
    since = timezone.now() - timedelta(days=1)
    company_cap = (
        MEMBER_INVITATIONS_FROM_FILE_PER_DAY
        if from_file
        else MEMBER_INVITATIONS_PER_DAY
    )
    sent = MemberInvitation.objects.filter(company=company, created_at__gte=since)
    if sent.count() >= company_cap:
        raise CompanyError(
            _(
                "This company has sent %(count)s membership invitations today. "
                "Try again tomorrow."
            )
            % {"count": company_cap}
        )
    _recipient_and_sender_cap(
        email=email,
        actor=actor,
        since=since,
        sender_cap=(
            MEMBER_INVITATIONS_FROM_FILE_PER_DAY
            if from_file
            else MEMBER_INVITATIONS_PER_SENDER_PER_DAY
        ),
    )


def _email_checked(email: str) -> str:
    try:
        return email_checked(email)
    except ValidationError as error:
        raise CompanyError(_("Enter a valid e-mail address.")) from error


def member_invite(
    *,
    company: Company,
    email: str,
    role: str,
    actor,
    language: str = "nb",
    from_file: bool = False,
) -> MemberInvitation:
    """Invite ``email`` to join ``company`` in ``role``; they join only by accepting.

    The invitation is e-mailed after the transaction commits. Whether the address has
    an account here is never revealed to the inviting admin.
    """
    email = _email_checked(email)
    if role not in CompanyMember.Role.values:
        raise CompanyError(_("Choose a role."))
    with transaction.atomic():
        company = Company.objects.select_for_update().get(pk=company.pk)
        if CompanyMember.objects.filter(
            company=company, user__email__iexact=email, role=role
        ).exists():
            raise CompanyError(
                _("%(email)s is already a member in this role.") % {"email": email}
            )
        if MemberInvitation.objects.filter(
            company=company, email__iexact=email, status=MemberInvitation.Status.PENDING
        ).exists():
            raise CompanyError(
                _("%(email)s already has an invitation waiting.") % {"email": email}
            )
        _invitation_caps(company=company, email=email, actor=actor, from_file=from_file)
        invitation = MemberInvitation(
            company=company,
            email=email,
            role=role,
            language=language,
            invited_by=actor,
        )
        invitation.full_clean()
        invitation.save()
        audit_record(
            actor=actor,
            action="company.member_invited",
            target=company,
            email=email,
            role=role,
            invitation=invitation.pk,
        )
        outbox_enqueue(
            job="payments.member_invitation",
            payload={"invitation_id": invitation.pk},
            key=f"member-invitation:{invitation.pk}",
        )
    return invitation


def member_invitation_revoke(*, invitation: MemberInvitation, actor) -> None:
    """Withdraw an invitation nobody has answered yet."""
    with transaction.atomic():
        updated = MemberInvitation.objects.filter(
            pk=invitation.pk, status=MemberInvitation.Status.PENDING
        ).update(status=MemberInvitation.Status.REVOKED, answered_at=timezone.now())
        if not updated:
            raise CompanyError(_("This invitation has already been answered."))
        audit_record(
            actor=actor,
            action="company.member_invitation_revoked",
            target=invitation.company,
            email=invitation.email,
            invitation=invitation.pk,
        )


def _pending_locked(token: str) -> MemberInvitation:
    invitation = (
        MemberInvitation.objects.select_for_update()
        .select_related("company")
        .filter(token=token)
        .first()
    )
    if invitation is None or invitation.status != MemberInvitation.Status.PENDING:
        raise CompanyError(_("This invitation is no longer open."))
    return invitation


def member_invitation_accept(*, token: str, user) -> CompanyMember:
    """The invited person joins. An admin invitation makes an employee an admin; an
    employee invitation never lowers an admin."""
    with transaction.atomic():
        invitation = _pending_locked(token)
        member, created = CompanyMember.objects.get_or_create(
            company=invitation.company, user=user, defaults={"role": invitation.role}
        )
        if not created and invitation.role == CompanyMember.Role.ADMIN:
            member.role = CompanyMember.Role.ADMIN
            member.save(update_fields=["role"])
        invitation.status = MemberInvitation.Status.ACCEPTED
        invitation.answered_by = user
        invitation.answered_at = timezone.now()
        invitation.save(update_fields=["status", "answered_by", "answered_at"])
        _pending_roles_give(invitation, member)
        audit_record(
            actor=user,
            action="company.member_joined",
            target=invitation.company,
            user=user.pk,
            role=member.role,
            invitation=invitation.pk,
        )
    return member


def _pending_roles_give(invitation: MemberInvitation, member: CompanyMember) -> None:
    """Roles the admin attached to the invitation (a roles file) are given now that
    the person has said yes, and their required training with them."""
    pending = list(invitation.pending_roles.select_related("role", "department"))
    if not pending:
        return
    member_roles_add(
        membership=member,
        roles=[p.role for p in pending],
        department=next((p.department for p in pending if p.department), None),
        actor=invitation.invited_by,
    )


def member_invitation_decline(*, token: str, user) -> None:
    with transaction.atomic():
        invitation = _pending_locked(token)
        invitation.status = MemberInvitation.Status.DECLINED
        invitation.answered_by = user
        invitation.answered_at = timezone.now()
        invitation.save(update_fields=["status", "answered_by", "answered_at"])
        audit_record(
            actor=user,
            action="company.member_declined",
            target=invitation.company,
            invitation=invitation.pk,
        )


def company_leave(*, company: Company, user) -> None:
    """The person leaves; the company no longer sees any of their records.

    Seats they hold stay theirs (they were given). The last admin cannot leave, or the
    company would have nobody to run it.
    """
    with transaction.atomic():
        company = Company.objects.select_for_update().get(pk=company.pk)
        member = CompanyMember.objects.filter(company=company, user=user).first()
        if member is None:
            raise CompanyError(_("You are not a member of this company."))
        if (
            member.role == CompanyMember.Role.ADMIN
            and not CompanyMember.objects.filter(
                company=company, role=CompanyMember.Role.ADMIN
            )
            .exclude(pk=member.pk)
            .exists()
        ):
            raise CompanyError(
                _("You are the company's only admin. Invite another admin first.")
            )
        member.delete()
        RecordShare.objects.filter(company=company, user=user).delete()
        audit_record(actor=user, action="company.member_left", target=company)


def record_share(*, company: Company, user, course_key) -> RecordShare:
    """Let ``company`` see ``user``'s record of one course they took."""
    if not CompanyMember.objects.filter(company=company, user=user).exists():
        raise CompanyError(_("You are not a member of this company."))
    if not Enrolment.objects.filter(user=user, course_key=course_key).exists():
        raise CompanyError(_("You have no record of this course to share."))
    share, created = RecordShare.objects.get_or_create(
        company=company, user=user, course_key=course_key
    )
    if created:
        audit_record(
            actor=user,
            action="company.record_shared",
            target=company,
            course_key=str(course_key),
        )
    return share


def record_unshare(*, company: Company, user, course_key) -> None:
    deleted, _rows = RecordShare.objects.filter(
        company=company, user=user, course_key=course_key
    ).delete()
    if deleted:
        audit_record(
            actor=user,
            action="company.record_unshared",
            target=company,
            course_key=str(course_key),
        )
