"""Reads of payments state for views, templates, e-mails and the admin."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils import timezone

from courses.models import CoursePage

from .company_access import is_company_admin
from .models import (
    AccountCode,
    CodeRedemption,
    Company,
    CompanyMember,
    CoursePass,
    DiscountCode,
    MemberInvitation,
    Order,
    Seat,
    SeatInvitation,
)
from .products import Product, product_for_line


def order_product(*, order: Order) -> Product:
    return product_for_line(order.lines.select_related("course", "course_pass").first())


def orders_for_user(*, user):
    return (
        Order.objects.filter(user=user)
        .exclude(status=Order.Status.CANCELLED)
        .select_related("company", "code")
        .prefetch_related("lines")
        .order_by("-created_at", "-id")
    )


def order_for_user(*, user, public_id) -> Order | None:
    """An order the user may see: their own, or their company's (as its admin)."""
    order = (
        Order.objects.select_related("company", "code", "user")
        .prefetch_related("lines")
        .filter(public_id=public_id)
        .first()
    )
    if order is None:
        return None
    if order.user_id == user.pk:
        return order
    if order.company_id and is_company_admin(user=user, company=order.company):
        return order
    return None


def open_order_for(*, user, course: CoursePage) -> Order | None:
    return (
        Order.objects.filter(
            user=user,
            company__isnull=True,
            status=Order.Status.OPEN,
            lines__course_key=course.translation_key,
        )
        .order_by("-created_at")
        .first()
    )


def account_code_for(*, user) -> AccountCode | None:
    if not user.is_authenticated:
        return None
    return AccountCode.objects.select_related("code").filter(user=user).first()


def vat_breakdown(*, order: Order, lines=None) -> list[dict]:
    """Net, VAT and total per VAT rate, as receipts show them."""
    rates: dict[int, dict] = defaultdict(lambda: {"net": 0, "vat": 0, "total": 0})
    for line in order.lines.all() if lines is None else lines:
        row = rates[line.vat_rate]
        row["net"] += line.net_ore
        row["vat"] += line.vat_ore
        row["total"] += line.total_ore
    return [{"rate": rate, **values} for rate, values in sorted(rates.items())]


# --- Companies -----------------------------------------------------------------------


@dataclass
class SeatSummary:
    product: Product
    total: int
    used: int
    invited: int
    free: int


def seat_summaries(*, company: Company) -> list[SeatSummary]:
    """Seats per product (course across languages, or pass): total, used, invited, free."""
    rows = (
        Seat.objects.filter(company=company)
        .exclude(status=Seat.Status.VOID)
        .values("course_key", "course_pass")
        .annotate(
            total=Count("id"),
            used=Count("id", filter=Q(status=Seat.Status.USED)),
            invited=Count("id", filter=Q(status=Seat.Status.INVITED)),
            free=Count("id", filter=Q(status=Seat.Status.FREE)),
        )
        .order_by("course_pass", "course_key")
    )
    language = _language()
    passes = {p.pk: p for p in CoursePass.objects.filter(seats__company=company)}
    keys = [r["course_key"] for r in rows if r["course_key"]]
    courses: dict = {}
    for page in (
        CoursePage.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("id")
    ):
        if page.translation_key not in courses or page.locale.language_code == language:
            courses[page.translation_key] = page
    summaries = []
    for row in rows:
        if row["course_pass"]:
            product = Product(course_pass=passes[row["course_pass"]])
        else:
            product = Product(course=courses[row["course_key"]])
        summaries.append(
            SeatSummary(
                product=product,
                total=row["total"],
                used=row["used"],
                invited=row["invited"],
                free=row["free"],
            )
        )
    return summaries


def _language() -> str:
    from django.utils import translation

    return (translation.get_language() or "nb")[:2]


def company_seats(*, company: Company):
    return (
        Seat.objects.filter(company=company)
        .exclude(status=Seat.Status.VOID)
        .select_related("holder", "course", "course_pass")
        .prefetch_related(
            "invitations",
        )
        .order_by("course_pass_id", "course_key", "id")
    )


def pending_invitations(*, company: Company):
    return (
        SeatInvitation.objects.filter(
            company=company, status=SeatInvitation.Status.PENDING
        )
        .select_related("seat__course", "seat__course_pass")
        .order_by("-created_at")
    )


def company_members(*, company: Company):
    return (
        CompanyMember.objects.filter(company=company)
        .select_related("user")
        .order_by("role", "user__email")
    )


def company_orders(*, company: Company):
    return (
        Order.objects.filter(company=company)
        .exclude(status=Order.Status.CANCELLED)
        .prefetch_related("lines")
        .order_by("-created_at")
    )


def company_products(*, language_code: str) -> list[Product]:
    """What a company can buy seats of: paid courses in this language, and passes."""
    courses = (
        CoursePage.objects.live()
        .filter(locale__language_code=language_code, price_ore__gt=0)
        .order_by("path")
    )
    if not courses:
        courses = CoursePage.objects.live().filter(price_ore__gt=0).order_by("path")
    seen = set()
    products = []
    for course in courses:
        if course.translation_key in seen:
            continue
        seen.add(course.translation_key)
        products.append(Product(course=course))
    products += [Product(course_pass=p) for p in CoursePass.objects.filter(active=True)]
    return products


def invitation_by_token(*, token: str) -> SeatInvitation | None:
    return (
        SeatInvitation.objects.select_related(
            "company", "seat__course", "seat__course_pass"
        )
        .filter(token=token)
        .first()
    )


# --- Campaign banner and code reports ----------------------------------------------------


@dataclass
class CodeUsage:
    code: DiscountCode
    redeemed: int
    reserved: int
    released: int
    discount_ore: int
    revenue_ore: int
    redemptions: list


def code_usage(*, code: DiscountCode) -> CodeUsage:
    """How a code has been used: counts by state, the discount given and the revenue."""
    now = timezone.now()
    redemptions = code.redemptions.select_related("user", "order").order_by(
        "-created_at"
    )
    counts = redemptions.aggregate(
        redeemed=Count("id", filter=Q(status=CodeRedemption.Status.REDEEMED)),
        reserved=Count(
            "id",
            filter=Q(status=CodeRedemption.Status.RESERVED, expires_at__gt=now),
        ),
        released=Count("id", filter=Q(status=CodeRedemption.Status.RELEASED)),
    )
    paid = Order.objects.filter(code=code, status=Order.Status.PAID).aggregate(
        discount=Sum("discount_ore"), revenue=Sum("total_ore")
    )
    return CodeUsage(
        code=code,
        redeemed=counts["redeemed"],
        reserved=counts["reserved"],
        released=counts["released"],
        discount_ore=paid["discount"] or 0,
        revenue_ore=paid["revenue"] or 0,
        redemptions=list(redemptions[:500]),
    )


# --- Membership by consent ---------------------------------------------------------------


def pending_member_invitations(*, company: Company):
    return MemberInvitation.objects.filter(
        company=company, status=MemberInvitation.Status.PENDING
    ).select_related("invited_by")


def member_invitation_by_token(*, token: str) -> MemberInvitation | None:
    return (
        MemberInvitation.objects.select_related("company", "invited_by")
        .filter(token=token)
        .first()
    )


def memberships_of(*, user):
    return (
        CompanyMember.objects.filter(user=user)
        .select_related("company")
        .order_by("company__name")
    )
