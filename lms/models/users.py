"""People: the e-mail-login user (``full_name`` is what certificates print)."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class EmailUserManager(UserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who logs in with their e-mail address.

    ``full_name`` is the name printed on certificates; ``first_name``/``last_name`` stay
    only because the Wagtail admin's user forms ask for them.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    nudges_enabled = models.BooleanField(
        _("remind me when I have not continued a course for a week"), default=True
    )
    # Set when the person deleted their account (lms.personal_data): the row stays,
    # anonymised, for the orders and certificates that point to it.
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = EmailUserManager()

    # Before/after of every change, with who made it (shown in the admin).
    history = HistoricalRecords(
        excluded_fields=["password", "last_login"], m2m_fields=["groups"]
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        # People are listed by name (a company's compliance table, rosters): with
        # this index a page of a large company is read in name order and stops after
        # a page, instead of sorting every member on each request.
        indexes = [
            models.Index(fields=["full_name", "email", "id"], name="user_by_name")
        ]

    def save(self, *args, **kwargs):
        if not self.full_name and (self.first_name or self.last_name):
            self.full_name = f"{self.first_name} {self.last_name}".strip()
        self.email = (self.email or "").lower()
        super().save(*args, **kwargs)

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return (self.full_name.split(" ")[0] if self.full_name else "") or self.email

    def __str__(self):
        return self.get_full_name()
