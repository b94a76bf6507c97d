"""Demo users for `manage.py seed_demo` (never created anywhere else)."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction

from .models import Enrolment, User
from .services import enrolment_create

# Apps that add their own demo data register ``seed(users=..., courses=...) -> lines``
# from their AppConfig.ready(); seed_demo runs them by ``order`` after the courses and
# users exist.
_seeders: list[tuple[int, object]] = []


def demo_seeder_register(seed, *, order: int) -> None:
    """Add an app's demo seeder; ``seed`` returns lines to print (or None)."""
    _seeders.append((order, seed))


def demo_seeders() -> list:
    return [seed for _order, seed in sorted(_seeders, key=lambda pair: pair[0])]


DEMO_USERS = [
    # key, e-mail, full name, staff, superuser, groups, language
    ("learner", "learner@example.com", "Olena Kovalenko", False, False, [], "nb"),
    (
        "instructor",
        "instructor@example.com",
        "Ingrid Instruktør",
        True,
        False,
        ["Instructors"],
        "nb",
    ),
    ("hr", "hr@example.com", "Hanne HMS-leder", False, False, [], "nb"),
    ("editor", "editor@example.com", "Erik Redaktør", True, False, ["Editors"], "nb"),
    ("admin", "admin@example.com", "Ada Administrator", True, True, [], "nb"),
]


@transaction.atomic
def seed_users() -> dict[str, User]:
    users = {}
    for key, email, name, staff, superuser, groups, language in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(
                email=email,
                full_name=name,
                is_staff=staff,
                is_superuser=superuser,
                preferred_language=language,
            )
            user.set_password(settings.DEMO_PASSWORD)
            user.save()
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        for group_name in groups:
            group, _created = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)
        users[key] = user
    return users


def seed_enrolments(users, courses) -> None:
    learner = users["learner"]
    if not Enrolment.objects.filter(user=learner).exists():
        enrolment_create(
            user=learner, course=courses["worker"], source=Enrolment.Source.STAFF
        )
        enrolment_create(
            user=learner, course=courses["leader"], source=Enrolment.Source.STAFF
        )


def seed_seller() -> None:
    """A made-up seller for the footer, receipts and certificates (editors change it
    under Settings → Seller and legal pages)."""
    from .models.legal import seller_for_default_site

    legal = seller_for_default_site()
    if legal is not None and not legal.seller_name:
        legal.seller_name = "HMS-kurs Demo AS"
        legal.org_nr = "923609016"
        legal.address = "Demoveien 1, 0150 Oslo"
        legal.email = "kurs@example.com"
        legal.bank_account = "12345678903"  # made up, with a valid check digit
        legal.save()
