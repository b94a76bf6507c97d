"""Reminders of required training: the daily run before and after each due date, and
the manager's "remind" and "remind all overdue".

Every reminder is an outbox row keyed by what it is about, so each is e-mailed once:
the daily run's by assignment, due date and stage (7 days before; 1 and 14 days
after); the manager's by person and day, so pressing "remind" twice, or "remind all
overdue" after reminding someone by hand, sends one e-mail a day at most. The
e-mail is written in the employee's language and only when it is sent, so a course
completed in between cancels it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.outbox import outbox_enqueue

from ..compliance.training import TrainingStatus, open_states, people_in_scope
from ..exceptions import CompanyError
from ..models import Company, CompanyMember, TrainingAssignment

BEFORE_DAYS = 7
AFTER_DAYS = (1, 14)
# A reminder missed by more than this (beat down for weeks, or an assignment already
# long overdue when this feature arrived) is not sent late: the manager's overview
# shows it, and "remind" is the manager's choice.
GIVE_UP_AFTER_DAYS = 30
# "Remind all overdue" e-mails at most this many people per press.
REMIND_ALL_CAP = 200


def reminder_stage(due_on, today) -> int | None:
    """The reminder due today for this due date, by days after it (negative: before),
    or None. A day missed is made up by the next run; only the latest stage is sent."""
    late = (today - due_on).days
    if late > max(AFTER_DAYS) + GIVE_UP_AFTER_DAYS:
        return None
    for after in sorted(AFTER_DAYS, reverse=True):
        if late >= after:
            return after
    if -BEFORE_DAYS <= late <= 0:
        return -BEFORE_DAYS
    return None


def training_reminders_send(*, today=None) -> int:
    """Record the reminders due today; returns how many are new. Run daily by beat."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=BEFORE_DAYS)
    company_ids = (
        TrainingAssignment.objects.filter(due_on__lte=horizon)
        .values_list("company_id", flat=True)
        .distinct()
    )
    recorded = 0
    for company in Company.objects.filter(pk__in=list(company_ids)):
        members = CompanyMember.objects.filter(company=company, user__is_active=True)
        for state in open_states(
            company=company, user_ids=members.values("user_id"), today=today
        ):
            stage = reminder_stage(state.due_on, today)
            if stage is None:
                continue
            assignment = state.assignment
            with transaction.atomic():
                recorded += bool(
                    outbox_enqueue(
                        job="payments.training_reminder",
                        payload={
                            "assignment_id": assignment.pk,
                            "due_on": state.due_on.isoformat(),
                            "stage": stage,
                        },
                        key=f"training:{assignment.pk}:{state.due_on}:{stage}",
                    )
                )
    return recorded


def _remind(company, user_id: int, today) -> bool:
    return bool(
        outbox_enqueue(
            job="payments.training_remind",
            payload={"company_id": company.pk, "user_id": user_id},
            key=f"training-remind:{company.pk}:{user_id}:{today}",
        )
    )


def training_remind(*, company, membership: CompanyMember, actor) -> None:
    """The manager reminds one person of what is due or overdue."""
    today = timezone.localdate()
    if not open_states(company=company, user_ids=[membership.user_id], today=today):
        raise CompanyError(_("Nothing is due for this person."))
    with transaction.atomic():
        if not _remind(company, membership.user_id, today):
            raise CompanyError(_("This person has already been reminded today."))
        audit_record(
            actor=actor,
            action="training.reminded",
            target=company,
            user=membership.user_id,
        )


@dataclass
class RemindAll:
    sent: int = 0
    already: int = 0
    left: int = 0


def training_remind_overdue(*, company, actor, department_ids=None) -> RemindAll:
    """Remind everyone overdue (in the manager's departments), up to the cap."""
    today = timezone.localdate()
    people = people_in_scope(company=company, department_ids=department_ids).filter(
        user__is_active=True
    )
    overdue = sorted(
        {
            s.assignment.user_id
            for s in open_states(
                company=company, user_ids=people.values("user_id"), today=today
            )
            if s.status == TrainingStatus.OVERDUE
        }
    )
    result = RemindAll()
    with transaction.atomic():
        for user_id in overdue:
            if result.sent >= REMIND_ALL_CAP:
                result.left += 1
            elif _remind(company, user_id, today):
                result.sent += 1
            else:
                result.already += 1
        audit_record(
            actor=actor,
            action="training.reminded_overdue",
            target=company,
            sent=result.sent,
            left=result.left,
        )
    return result
