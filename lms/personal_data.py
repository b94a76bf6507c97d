"""A person's own data: everything we hold about them (export) and deleting the account.

Deleting anonymises rather than removes, because two kinds of record must outlive the
account:

* orders and their lines are accounting records (bokføringsloven § 13: five years);
  they keep the buyer's e-mail as the sale's documentation;
* issued certificates stay verifiable by number (course, hours, dates), but show
  "issued to a deleted account" instead of the name; the stored PDF with the name is
  removed, its SHA-256 kept, so a copy the person printed can still be checked.

Name, e-mail, login, two-factor devices, newsletter subscription and the free text of
sandbox answers go. ``lms`` knows learners and certificates; the apps that hold more
(orders and companies, sandbox submissions) register a *section* here from their
``AppConfig.ready()``: what to export and how to erase.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from .models import (
    AuditEvent,
    Certificate,
    Enrolment,
    NewsletterSubscription,
    QuizAttempt,
)


@dataclass(frozen=True)
class Section:
    name: str
    export: Callable  # export(user) -> JSON-able
    erase: Callable | None = None  # erase(user, snapshot) inside the transaction


_sections: list[Section] = []


def personal_data_register(section: Section) -> None:
    if all(s.name != section.name for s in _sections):
        _sections.append(section)


def _profile(user) -> dict:
    return {
        "email": user.email,
        "full_name": user.full_name,
        "preferred_language": user.preferred_language,
        "joined": user.date_joined,
        "last_login": user.last_login,
        "reminders_enabled": user.nudges_enabled,
    }


def _learning(user) -> list:
    rows = []
    for enrolment in Enrolment.objects.filter(user=user).select_related("course"):
        rows.append(
            {
                "course": enrolment.course.title if enrolment.course else "",
                "enrolled": enrolment.enrolled_at,
                "completed": enrolment.completed_at,
                "lessons_done": list(
                    enrolment.lesson_progress.filter(
                        completed_at__isnull=False
                    ).values_list("lesson__title", flat=True)
                ),
            }
        )
    return rows


def _quiz_attempts(user) -> list:
    return list(
        QuizAttempt.objects.filter(enrolment__user=user).values(
            "lesson_key", "block_id", "answers", "score_percent", "passed", "created_at"
        )
    )


def _certificates(user) -> list:
    return list(
        Certificate.objects.filter(user=user).values(
            "number",
            "course_title",
            "holder_name",
            "hours",
            "completed_at",
            "issued_at",
            "valid_until",
            "revoked_at",
        )
    )


def _newsletter(user) -> list:
    return list(
        NewsletterSubscription.objects.filter(email=user.email).values(
            "email", "language", "created_at", "confirmed_at", "unsubscribed_at"
        )
    )


def _security_log(user) -> list:
    return list(
        AuditEvent.objects.filter(actor=user)
        .order_by("created_at")
        .values("action", "created_at")
    )


CORE = [
    Section("profile", _profile),
    Section("courses", _learning),
    Section("quiz_answers", _quiz_attempts),
    Section("certificates", _certificates),
    Section("newsletter", _newsletter),
    Section("actions_you_took", _security_log),
]


def personal_data_export(*, user) -> dict:
    data = {"exported_at": timezone.now()}
    for section in [*CORE, *_sections]:
        data[section.name] = section.export(user)
    return data


def personal_data_zip(*, user) -> bytes:
    """The export as JSON plus the person's certificate PDFs, in one ZIP."""
    from lms.certificates.render import certificate_filename, certificate_pdf_bytes

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "personal-data.json",
            json.dumps(
                personal_data_export(user=user),
                cls=DjangoJSONEncoder,
                ensure_ascii=False,
                indent=2,
            ),
        )
        for certificate in Certificate.objects.filter(user=user):
            archive.writestr(
                f"certificates/{certificate_filename(certificate=certificate)}",
                certificate_pdf_bytes(certificate=certificate),
            )
    return buffer.getvalue()


def account_delete(*, user) -> None:
    """Anonymise ``user`` for good (see the module docstring for what stays)."""
    from .audit import audit_record

    snapshot = {"email": user.email, "full_name": user.full_name, "id": user.pk}
    with transaction.atomic():
        for section in _sections:
            if section.erase is not None:
                section.erase(user, snapshot)
        NewsletterSubscription.objects.filter(email=user.email).delete()
        EmailAddress.objects.filter(user=user).delete()
        _erase_two_factor(user)
        # Certificates are otherwise immutable; erasing the name is the one change
        # the law asks for, so it bypasses Certificate.save() on purpose.
        certificates = Certificate.objects.filter(user=user)
        for certificate in certificates:
            if certificate.pdf:
                certificate.pdf.delete(save=False)
        certificates.update(holder_name="", pdf="")
        # Earlier versions of the account in the change history hold the name and
        # e-mail too; only the anonymised version is kept.
        user.history.all().delete()
        user.email = f"deleted-{user.pk}@deleted.invalid"
        user.full_name = ""
        user.first_name = user.last_name = ""
        user.is_active = False
        user.is_staff = user.is_superuser = False
        user.deleted_at = timezone.now()
        user.set_unusable_password()
        user.save()
        user.groups.clear()
        # A new (unusable) password changes the session hash: every session of the
        # account ends with it.
        audit_record(actor=None, action="account.deleted", target=user)


def _erase_two_factor(user) -> None:
    from allauth.mfa.models import Authenticator

    Authenticator.objects.filter(user=user).delete()
