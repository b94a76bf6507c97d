"""Sending "HMS i små doser", the leaders' digest, once per person and issue.

Who gets it: everyone holding a leader role in a company (from the roles data), and
everyone with a confirmed newsletter sign-up, minus anyone who unsubscribed from the
digest. Each gets the issue in their language (bokmål when it has no such version).

How: the hourly beat run records one outbox row per address and issue, keyed by both,
for issues whose ``send_at`` has come (and at most ``CATCH_UP`` ago, so switching the
feature on never mails a back catalogue). The row's job checks the unsubscribe list and
records a ``DigestDelivery`` (unique per issue and address) in the same transaction as
it sends, so nobody gets an issue twice and nobody gets one after saying no.

A leader's copy adds their companies' own deadlines: required training overdue or due
soon, certificates expiring, and the yearly review of the HMS system; as counts, never
names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.digest import DigestIssuePage
from lms.models import Certificate, NewsletterSubscription
from lms.outbox import outbox_enqueue

from ..company_access import visible_course_keys
from ..compliance.records import latest_visible
from ..compliance.status import EXPIRING_WITHIN
from ..compliance.training import TrainingStatus, open_states
from ..models import (
    Company,
    CompanyMember,
    CompanyRole,
    DigestDelivery,
    DigestOptOut,
)

CATCH_UP = timedelta(days=7)
SALT = "payments.digest.unsubscribe"
REVIEW_NOTICE = timedelta(days=30)


@dataclass
class Recipient:
    email: str
    language: str
    companies: list[Company] = field(default_factory=list)


def unsubscribe_token(email: str) -> str:
    return signing.dumps(email.lower(), salt=SALT)


def email_from_token(token: str) -> str | None:
    try:
        return signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None


def digest_unsubscribe(*, email: str) -> None:
    DigestOptOut.objects.get_or_create(email=email.lower())


def digest_recipients(*, email: str | None = None) -> dict[str, Recipient]:
    """{address: recipient}, leaders first (their copy carries company deadlines).

    With ``email``, only that address is looked up: what each outbox job needs when
    it is about to send, without reading every leader and subscriber again.
    """
    leaders = CompanyMember.objects.filter(
        hms_roles__role__kind=CompanyRole.Kind.LEADER, user__is_active=True
    )
    subscriptions = NewsletterSubscription.objects.filter(
        confirmed_at__isnull=False, unsubscribed_at__isnull=True
    )
    opted_out = DigestOptOut.objects.all()
    if email is not None:
        leaders = leaders.filter(user__email__iexact=email)
        subscriptions = subscriptions.filter(email__iexact=email)
        opted_out = opted_out.filter(email__iexact=email)
    refused = set(opted_out.values_list("email", flat=True))
    people: dict[str, Recipient] = {}
    for member in leaders.select_related("user", "company").distinct():
        address = member.user.email.lower()
        if address in refused:
            continue
        person = people.setdefault(
            address,
            Recipient(address, member.user.preferred_language or "nb"),
        )
        if member.company not in person.companies:
            person.companies.append(member.company)
    for subscription in subscriptions:
        address = subscription.email.lower()
        if address not in refused:
            people.setdefault(
                address, Recipient(address, subscription.language or "nb")
            )
    return people


def issues_due(now=None) -> list:
    """Translation keys of live issues whose time to be sent has come."""
    now = now or timezone.now()
    return list(
        DigestIssuePage.objects.live()
        .filter(send_at__lte=now, send_at__gte=now - CATCH_UP)
        .values_list("translation_key", flat=True)
        .distinct()
    )


def digest_send_due(*, now=None) -> int:
    """Record the e-mails of every issue due (hourly beat); returns how many are new."""
    keys = issues_due(now)
    if not keys:
        return 0
    recorded = 0
    people = digest_recipients()
    for key in keys:
        for email in people:
            with transaction.atomic():
                recorded += bool(
                    outbox_enqueue(
                        job="payments.digest",
                        payload={"translation_key": str(key), "email": email},
                        key=f"digest:{key}:{email}",
                    )
                )
    return recorded


def issue_in_language(translation_key, language: str):
    issues = DigestIssuePage.objects.live().filter(translation_key=translation_key)
    by_language = {i.locale.language_code: i for i in issues.select_related("locale")}
    return (
        by_language.get(language)
        or by_language.get("nb")
        or next(iter(by_language.values()), None)
    )


def delivery_claim(*, translation_key, issue, email: str) -> bool:
    """Record the delivery; False if this address already has the issue, or has
    unsubscribed since the e-mail was recorded."""
    if DigestOptOut.objects.filter(email=email.lower()).exists():
        return False
    try:
        with transaction.atomic():
            DigestDelivery.objects.create(
                translation_key=translation_key, issue=issue, email=email.lower()
            )
    except IntegrityError:
        return False
    return True


@dataclass
class CompanyDeadlines:
    company: Company
    overdue: int = 0
    due_soon: int = 0
    expiring: int = 0
    review_due: object = None

    @property
    def any(self) -> bool:
        return bool(self.overdue or self.due_soon or self.expiring or self.review_due)


def company_deadlines(company: Company, *, today=None) -> CompanyDeadlines:
    today = today or timezone.localdate()
    deadlines = CompanyDeadlines(company)
    members = CompanyMember.objects.filter(company=company).values("user_id")
    for state in open_states(company=company, user_ids=members, today=today):
        if state.status == TrainingStatus.OVERDUE:
            deadlines.overdue += 1
        elif state.due_on <= today + timedelta(days=30):
            deadlines.due_soon += 1
    user_ids = list(members.values_list("user_id", flat=True))
    expiring = Certificate.objects.current().filter(
        user_id__in=user_ids,
        revoked_at__isnull=True,
        valid_until__gte=today,
        valid_until__lte=today + EXPIRING_WITHIN,
    )
    visible = visible_course_keys(company=company, user_ids=user_ids)
    deadlines.expiring = len(latest_visible(expiring, visible))
    if company.hms_review_on:
        next_review = company.hms_review_on + timedelta(days=365)
        if next_review <= today + REVIEW_NOTICE:
            deadlines.review_due = next_review
    return deadlines
