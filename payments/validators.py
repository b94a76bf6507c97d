"""Validators for Norwegian organisation numbers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORG_NR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def org_nr_normalise(value: str) -> str:
    """Drop spaces, dots and an "NO"/"MVA" decoration: "NO 914 778 271 MVA" -> "914778271"."""
    value = (value or "").upper().replace("MVA", "").replace("NO", "", 1)
    return re.sub(r"[\s.\-]", "", value)


def org_nr_is_valid(value: str) -> bool:
    """Nine digits whose last is the mod-11 check digit (weights 3 2 7 6 5 4 3 2).

    A remainder giving check digit 10 means the number cannot exist.
    """
    digits = org_nr_normalise(value)
    if not re.fullmatch(r"\d{9}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], ORG_NR_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[8])


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
