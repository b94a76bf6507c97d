"""factory_boy factories for payments tests."""

import factory
from django.utils import timezone

from .models import (
    Company,
    CompanyMember,
    CoursePass,
    DiscountCode,
    Order,
    OrderLine,
    Seat,
)


def valid_org_nr(n: int) -> str:
    """The n-th valid organisation number starting 9xx (skipping impossible ones)."""
    from stdnum.no import orgnr

    base = 91000000 + n
    while True:
        digits = str(base)
        for check in range(10):  # the one digit python-stdnum accepts, if any
            if orgnr.is_valid(f"{digits}{check}"):
                return f"{digits}{check}"
        base += 1000  # check digit 10: no such number exists


class DiscountCodeFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"CODE{n:04d}")
    description = "Test code"
    kind = DiscountCode.Kind.PERCENT
    percent = 25
    scope = DiscountCode.Scope.ALL
    max_uses_per_user = 1

    class Meta:
        model = DiscountCode

    @factory.post_generation
    def courses(self, create, extracted, **kwargs):
        if create and extracted:
            self.courses.set(extracted)


class CompanyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Firma {n} AS")
    org_nr = factory.Sequence(valid_org_nr)
    billing_email = factory.Sequence(lambda n: f"faktura{n}@firma.example.com")
    invoice_reference = "PO-1"

    class Meta:
        model = Company

    @factory.post_generation
    def admin(self, create, extracted, **kwargs):
        if create and extracted:
            CompanyMember.objects.create(
                company=self, user=extracted, role=CompanyMember.Role.ADMIN
            )


class CoursePassFactory(factory.django.DjangoModelFactory):
    name = "All courses"
    price_ore = 399000
    vat_rate = 25

    class Meta:
        model = CoursePass


def seat_given(*, company: Company, user, course, buyer=None) -> Seat:
    """A used seat of ``course`` that ``company`` gave ``user`` (paid, as after a
    purchase and an accepted invitation), with the membership that acceptance makes.

    What a company may read of a person's record starts from such a seat.
    """
    order = Order.objects.create(
        user=buyer or user,
        company=company,
        status=Order.Status.PAID,
        buyer_email=(buyer or user).email,
        total_ore=course.price_ore or 0,
    )
    line = OrderLine.objects.create(
        order=order,
        course=course,
        course_key=course.translation_key,
        description=course.title,
        quantity=1,
        for_seats=True,
        unit_price_ore=course.price_ore or 0,
        total_ore=course.price_ore or 0,
        vat_rate=0,
        vat_ore=0,
    )
    CompanyMember.objects.get_or_create(company=company, user=user)
    return Seat.objects.create(
        company=company,
        order_line=line,
        course=course,
        course_key=course.translation_key,
        status=Seat.Status.USED,
        holder=user,
        used_at=timezone.now(),
    )


def seats_bought(*, company: Company, course, quantity: int, buyer=None) -> list[Seat]:
    """``quantity`` free seats of ``course`` on a paid company order."""
    buyer = buyer or company.memberships.first().user
    order = Order.objects.create(
        user=buyer,
        company=company,
        status=Order.Status.PAID,
        buyer_email=buyer.email,
        total_ore=(course.price_ore or 0) * quantity,
    )
    line = OrderLine.objects.create(
        order=order,
        course=course,
        course_key=course.translation_key,
        description=course.title,
        quantity=quantity,
        for_seats=True,
        unit_price_ore=course.price_ore or 0,
        total_ore=(course.price_ore or 0) * quantity,
        vat_rate=0,
        vat_ore=0,
    )
    return [
        Seat.objects.create(
            company=company,
            order_line=line,
            course=course,
            course_key=course.translation_key,
        )
        for _ in range(quantity)
    ]
