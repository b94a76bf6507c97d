"""Learner state, split by wing; every model keeps the ``lms`` app label.

- ``users``: the e-mail-login ``User``.
- ``learning``: ``Enrolment``, ``LessonProgress``, ``ActiveMinute`` (time on
  task), ``QuizAttempt``.
- ``certificates``: ``Certificate``, ``RefresherStart``. (The company's evidence pack
  job keeps this app's label but lives with companies, in ``payments.models``.)
- ``audit``: ``AuditEvent``.
- ``legal``: ``LegalSettings``, the seller and the legal pages (Wagtail site settings).
- ``newsletter``: ``NewsletterSubscription`` (double opt-in).
- ``outbox``: ``OutboxMessage``, every e-mail and background job, written in the same
  transaction as the change that causes it (see ``lms.outbox``).
"""

from .audit import AuditEvent
from .certificates import (
    Certificate,
    CertificateQuerySet,
    RefresherStart,
)
from .learning import ActiveMinute, Enrolment, LessonProgress, QuizAttempt
from .legal import LegalSettings
from .newsletter import NewsletterSubscription
from .outbox import OutboxMessage
from .users import EmailUserManager, User

__all__ = [
    "ActiveMinute",
    "AuditEvent",
    "Certificate",
    "CertificateQuerySet",
    "EmailUserManager",
    "LegalSettings",
    "Enrolment",
    "LessonProgress",
    "NewsletterSubscription",
    "OutboxMessage",
    "QuizAttempt",
    "RefresherStart",
    "User",
]
