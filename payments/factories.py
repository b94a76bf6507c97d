"""factory_boy factories for payments tests."""

import factory

from .models import Company, CompanyMember, CoursePass, DiscountCode
from .validators import ORG_NR_WEIGHTS


def valid_org_nr(n: int) -> str:
    """The n-th valid organisation number starting 9xx (skipping impossible ones)."""
    base = 91000000 + n
    while True:
        digits = str(base)
        total = sum(int(d) * w for d, w in zip(digits, ORG_NR_WEIGHTS, strict=True))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check != 10:
            return f"{digits}{check}"
        base += 1000


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
