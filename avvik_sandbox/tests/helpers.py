"""What the sandbox's tests share: bokmål text as a page shows it, URLs, and a
generated practice company."""

from datetime import date

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from avvik_sandbox.practice.demo import MUNICIPALITY
from avvik_sandbox.practice.generator import generate_history
from avvik_sandbox.practice.models import PracticeCompany, PracticeDepartment


def nb(message: str, **params) -> str:
    """``message`` as a bokmål page shows it (works before and after translation)."""
    with translation.override("nb"):
        text = gettext(message)
    return text % params if params else text


def nb_fact(number: int) -> str:
    with translation.override("nb"):
        return ngettext("fact %(n)s", "facts %(n)s", 1) % {"n": number}


def _url(name, *args):
    return reverse(f"avvik_sandbox:{name}", args=args)


def make_company(*, slug="fjordvik", volume=1300, seed=7, live=True, spec=MUNICIPALITY):
    company = PracticeCompany.objects.create(
        name=spec["name"],
        slug=slug,
        yearly_volume=volume,
        seed=seed,
        live=live,
        last_year=2025,
        simulated_today=date(2026, 1, 20),
    )
    for order, (name, profile, share, units) in enumerate(spec["departments"]):
        PracticeDepartment.objects.create(
            company=company,
            name=name,
            profile=profile,
            share=share,
            units_text="\n".join(units),
            sort_order=order,
        )
    generate_history(company=company)
    return company
