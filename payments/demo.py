"""Demo data for `manage.py seed_demo`: codes, the campaign banner, a pass, a company.

Idempotent: what exists is left alone (HMS2026 keeps the end date of the first seeding).
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from courses.models import CoursePage
from lms.audit import audit_record

from .models import (
    CampaignBannerSettings,
    Company,
    CompanyMember,
    CoursePass,
    DiscountCode,
    Order,
    Seat,
    SeatInvitation,
)
from .products import Product
from .services import companies as company_services
from .services.fulfilment import order_fulfil
from .services.orders import order_create

DEMO_COMPANY = {
    "name": "Demo Bygg AS",
    "org_nr": "914778271",
    "billing_email": "faktura@demobygg.example.com",
    "invoice_reference": "PO-2026-117",
}
DEMO_INVITEES = [
    ("ola.nordmann@example.com", "Ola Nordmann"),
    ("kari.nordmann@example.com", "Kari Nordmann"),
]


def _worker_course(courses) -> CoursePage | None:
    worker = courses.get("worker")
    if worker is None:
        worker = (
            CoursePage.objects.filter(audience="worker", locale__language_code="nb")
            .order_by("path")
            .first()
        )
    return worker


def _ukrainian_version(course: CoursePage | None) -> CoursePage | None:
    if course is None:
        return None
    return (
        CoursePage.objects.filter(
            translation_key=course.translation_key, locale__language_code="uk"
        )
        .order_by("id")
        .first()
    )


def seed_codes(courses) -> tuple[DiscountCode, DiscountCode]:
    now = timezone.now()
    hms, _created = DiscountCode.objects.get_or_create(
        code="HMS2026",
        defaults={
            "description": "Kampanje 2026: 25 % på alle kurs",
            "kind": DiscountCode.Kind.PERCENT,
            "percent": 25,
            "scope": DiscountCode.Scope.ALL,
            "valid_from": now,
            "valid_until": now + timedelta(days=60),
            "max_uses_per_user": 1,
        },
    )
    ukraina, _created = DiscountCode.objects.get_or_create(
        code="UKRAINA",
        defaults={
            "description": "Arbeidstakerkurset på ukrainsk – gratis",
            "kind": DiscountCode.Kind.PERCENT,
            "percent": 100,
            "scope": DiscountCode.Scope.COURSES,
            # Only the Ukrainian-language version: the offer is tied to the language
            # of the course, never to anyone's nationality.
            "include_translations": False,
            "max_uses_per_user": 1,
        },
    )
    uk_worker = _ukrainian_version(_worker_course(courses))
    if uk_worker is not None and not ukraina.courses.exists():
        ukraina.courses.add(uk_worker)
    return hms, ukraina


def seed_banner(code: DiscountCode) -> None:
    for site in Site.objects.all():
        banner = CampaignBannerSettings.for_site(site)
        if banner.code_id is None and not banner.headline:
            banner.code = code
            banner.save()


EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("payments", "add_discountcode"),
    ("payments", "change_discountcode"),
    ("payments", "view_discountcode"),
    ("payments", "view_codebatch"),
    ("payments", "change_campaignbannersettings"),
    ("payments", "view_coursepass"),
    ("payments", "change_coursepass"),
]


def seed_editor_permissions() -> None:
    """Editors run campaigns: codes, bulk codes and the home-page banner (not refunds)."""
    group, _created = Group.objects.get_or_create(name="Editors")
    for app_label, codename in EDITOR_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)


def seed_pass() -> CoursePass:
    course_pass, _created = CoursePass.objects.get_or_create(
        name="HMS-pass: alle kurs",
        defaults={
            "description": "Ett sete gir den ansatte alle kursene våre.",
            "price_ore": 399000,
            "vat_rate": 25,
        },
    )
    return course_pass


def _paid_seats(*, company, admin, product: Product, quantity: int) -> Order:
    order = order_create(
        user=admin,
        product=product,
        quantity=quantity,
        company=company,
        language=admin.preferred_language or "nb",
    )
    # Demo orders need no receipt in the console.
    Order.objects.filter(pk=order.pk).update(receipt_sent_at=timezone.now())
    order_fulfil(
        order_id=order.pk,
        gateway=Order.Gateway.DEV,
        amount_ore=order.total_ore,
        payment_reference="demo",
        actor=admin,
    )
    return order


def seed_company(*, users, courses, course_pass) -> Company | None:
    admin = users.get("hr")
    leader = courses.get("leader")
    if admin is None:
        return None
    company = Company.objects.filter(org_nr=DEMO_COMPANY["org_nr"]).first()
    if company is not None:
        CompanyMember.objects.update_or_create(
            company=company, user=admin, defaults={"role": CompanyMember.Role.ADMIN}
        )
        return company
    company = company_services.company_create(user=admin, **DEMO_COMPANY)
    # Invoice orders up to 50 000 kr are issued at once (larger ones wait for staff).
    Company.objects.filter(pk=company.pk).update(invoice_credit_limit_ore=5_000_000)
    if leader is not None and leader.price_ore > 0:
        product = Product(course=leader)
        _paid_seats(company=company, admin=admin, product=product, quantity=5)
        company_services.seat_claim(
            company=company, product=product, user=admin, actor=admin
        )
        # Two seats held for employees who have not accepted yet (no e-mails sent).
        free = Seat.objects.filter(
            company=company, course_key=leader.translation_key, status=Seat.Status.FREE
        ).order_by("id")
        for seat, (email, name) in zip(free, DEMO_INVITEES, strict=False):
            seat.status = Seat.Status.INVITED
            seat.save(update_fields=["status"])
            invitation = SeatInvitation.objects.create(
                company=company, seat=seat, email=email, name=name, invited_by=admin
            )
            audit_record(
                actor=admin,
                action="seat.invited",
                target=seat,
                company=company.pk,
                email=email,
                invitation=invitation.pk,
            )
    _paid_seats(
        company=company,
        admin=admin,
        product=Product(course_pass=course_pass),
        quantity=3,
    )
    if leader is not None and leader.price_ore > 0:
        _seed_employees(company=company, admin=admin, leader=leader)
        _seed_roles(company=company, admin=admin, courses=courses)
    return company


DEMO_EMPLOYEES = [
    # e-mail, name, what they have done with the leader course the company gave them
    ("per.hansen@example.com", "Per Hansen", "valid"),
    ("aisha.ali@example.com", "Aisha Ali", "in_progress"),
    ("jonas.berg@example.com", "Jonas Berg", "not_started"),
]


def _seed_employees(*, company, admin, leader) -> None:
    """Three employees with leader-course seats in different states, so the compliance
    view has something to show (the company sees them because it gave the seats)."""
    from django.contrib.auth.hashers import make_password

    from lms.certificates.demo import complete_for_demo
    from lms.models import User

    product = Product(course=leader)
    _paid_seats(company=company, admin=admin, product=product, quantity=3)
    now = timezone.now()
    for email, name, state in DEMO_EMPLOYEES:
        user, created = User.objects.get_or_create(
            email=email, defaults={"full_name": name, "password": make_password(None)}
        )
        if not created:
            continue
        company_services.seat_claim(
            company=company, product=product, user=user, actor=admin
        )
        if state == "valid":
            complete_for_demo(user=user, course=leader, when=now - timedelta(days=200))
        elif state == "in_progress":
            complete_for_demo(
                user=user, course=leader, when=now - timedelta(days=9), lessons_done=2
            )


def _seed_roles(*, company, admin, courses) -> None:
    """The usual roles (in Norwegian), what the leader and verneombud roles require,
    two departments with Per Hansen managing Lager, and the three employees in roles:
    Per's course is valid, Aisha's is due, Jonas's is two weeks overdue. Aisha is also
    verneombud; that course takes one of the company's all-courses pass seats."""
    from django.utils import translation

    from .models import CompanyRole, MemberRole, TrainingAssignment
    from .services import roles

    with translation.override("nb"):
        roles.roles_defaults_create(company=company, actor=admin)
    by_kind = {r.kind: r for r in CompanyRole.objects.filter(company=company)}
    leader_role = CompanyRole.objects.filter(
        company=company, kind=CompanyRole.Kind.LEADER
    ).last()
    roles.requirement_add(
        role=leader_role,
        course=courses["leader"],
        due_within_days=30,
        renew_every_months=36,
        actor=admin,
    )
    if courses.get("verneombud") is not None:
        roles.requirement_add(
            role=by_kind[CompanyRole.Kind.VERNEOMBUD],
            course=courses["verneombud"],
            due_within_days=60,
            renew_every_months=None,
            actor=admin,
        )
    lager = roles.department_create(company=company, name="Lager", actor=admin)
    verksted = roles.department_create(company=company, name="Verksted", actor=admin)
    members = {
        m.user.email: m
        for m in CompanyMember.objects.filter(company=company).select_related("user")
    }
    placed = [
        ("per.hansen@example.com", lager, [leader_role]),
        ("aisha.ali@example.com", lager, [leader_role]),
        ("jonas.berg@example.com", verksted, [leader_role]),
    ]
    if CompanyRole.Kind.VERNEOMBUD in by_kind:
        placed[1] = (placed[1][0], lager, [leader_role, by_kind["verneombud"]])
    for email, department, held in placed:
        if email in members:
            roles.member_roles_set(
                membership=members[email],
                roles=held,
                department=department,
                actor=admin,
            )
    if "per.hansen@example.com" in members:
        roles.department_managers_set(
            department=lager,
            user_ids=[members["per.hansen@example.com"].user_id],
            actor=admin,
        )
    if "aisha.ali@example.com" in members:
        _seed_forty_hours(members["aisha.ali@example.com"], admin)
    if "jonas.berg@example.com" in members:
        # Jonas got the role 44 days ago: his 30 days ran out two weeks ago.
        jonas = members["jonas.berg@example.com"]
        MemberRole.objects.filter(membership=jonas).update(
            assigned_at=timezone.now() - timedelta(days=44)
        )
        TrainingAssignment.objects.filter(company=company, user=jonas.user).update(
            due_on=timezone.localdate() - timedelta(days=14)
        )


def _seed_forty_hours(membership, admin) -> None:
    """Aisha, verneombud, has 16 hours from a course elsewhere (with its course
    certificate as the document) on the 40-hour page."""
    from django.core.files.base import ContentFile

    from lms.certificates.pdf import pdf_from_html

    from .services import hours

    when = timezone.localdate() - timedelta(days=60)
    document = ContentFile(
        pdf_from_html(
            "<h1>Kursbevis</h1><p>Aisha Ali har gjennomført Grunnkurs for "
            f"verneombud, del 1 (16 timer), {when:%d.%m.%Y}.</p><p>BHT Nord</p>"
        ),
        name="kursbevis-grunnkurs-del-1.pdf",
    )
    hours.external_hours_add(
        membership=membership,
        title="Grunnkurs for verneombud, del 1",
        provider="BHT Nord",
        hours="16",
        completed_on=when,
        document=document,
        actor=admin,
    )


@transaction.atomic
def seed(*, users, courses) -> list[str]:
    hms, ukraina = seed_codes(courses)
    seed_banner(hms)
    seed_editor_permissions()
    course_pass = seed_pass()
    company = seed_company(users=users, courses=courses, course_pass=course_pass)
    end = timezone.localtime(hms.valid_until).strftime("%d.%m.%Y %H:%M")
    lines = [
        f"  Discount codes: HMS2026 (25 % off every course, until {end}),"
        f" UKRAINA (the Ukrainian worker course free"
        f"{'' if ukraina.courses.exists() else ' – no Ukrainian worker course yet'})",
    ]
    if company is not None:
        seats = Seat.objects.filter(company=company).exclude(status=Seat.Status.VOID)
        lines.append(
            f"  Company: {company.name} (org.nr {company.org_nr_display}), admin "
            f"hr@example.com, {seats.count()} seats "
            f"({seats.filter(status=Seat.Status.USED).count()} used, "
            f"{seats.filter(status=Seat.Status.INVITED).count()} invited)"
        )
        lines.append(
            f"  Required training by role: /nb/company/{company.pk}/training/ "
            f"(roles on /nb/company/{company.pk}/roles/, the 40-hour training on "
            f"/nb/company/{company.pk}/hours/)"
        )
    lines.append(
        "  Payments: test mode (no Stripe keys) – the development gateway completes"
        " orders without money"
    )
    return lines
