"""Validators for Norwegian organisation numbers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.no import orgnr


def org_nr_normalise(value: str) -> str:
    """Drop spaces, dots and an "NO"/"MVA" decoration: "NO 914 778 271 MVA" -> "914778271"."""
    value = (value or "").upper().replace("MVA", "").replace("NO", "", 1)
    return re.sub(r"[\s.\-]", "", value)


def org_nr_is_valid(value: str) -> bool:
    """Nine digits whose last is the mod-11 check digit (weights 3 2 7 6 5 4 3 2),
    as python-stdnum's ``no.orgnr`` checks it (a check digit of 10 cannot exist)."""
    digits = org_nr_normalise(value)
    return bool(re.fullmatch(r"\d{9}", digits)) and orgnr.is_valid(digits)


def validate_org_nr(value: str) -> None:
    digits = org_nr_normalise(value)
    if not re.fullmatch(r"\d{9}", digits):
        raise ValidationError(
            _("An organisation number has nine digits."), code="org_nr_length"
        )
    if not org_nr_is_valid(digits):
        raise ValidationError(
            _("This is not a valid organisation number (the check digit is wrong)."),
            code="org_nr_check_digit",
        )
