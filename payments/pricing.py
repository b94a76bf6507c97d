"""Prices in integer øre: discounts per line and VAT extracted from VAT-inclusive prices.

Rounding, documented once:

* Prices are VAT-inclusive (as the course pages say), so VAT is *extracted*, never added:
  ``vat = total × rate / (100 + rate)``, rounded half up to whole øre, **per line**. The
  order's VAT is the sum of its lines' VAT; the net amount is total minus VAT. Rounding
  per line (not per unit) keeps each line exactly consistent with its own total.
* A percent discount is taken from the line's gross amount (quantity × unit price) and
  rounded half up to whole øre; the buyer never pays more than the listed price.
* A fixed-amount discount is per unit and never more than the unit price.

Everything is integer arithmetic; no floats touch money.
"""

from __future__ import annotations

from dataclasses import dataclass


def div_round_half_up(numerator: int, denominator: int) -> int:
    quotient, remainder = divmod(numerator, denominator)
    return quotient + (1 if 2 * remainder >= denominator else 0)


def vat_included(total_ore: int, rate: int) -> int:
    """The VAT contained in a VAT-inclusive amount: 149 000 øre at 25 % -> 29 800."""
    if rate <= 0 or total_ore <= 0:
        return 0
    return div_round_half_up(total_ore * rate, 100 + rate)


@dataclass(frozen=True)
class LinePrice:
    unit_price_ore: int
    quantity: int
    vat_rate: int
    discount_ore: int

    @property
    def gross_ore(self) -> int:
        return self.unit_price_ore * self.quantity

    @property
    def total_ore(self) -> int:
        return self.gross_ore - self.discount_ore

    @property
    def vat_ore(self) -> int:
        return vat_included(self.total_ore, self.vat_rate)


def line_discount(
    *,
    unit_price_ore: int,
    quantity: int,
    percent: int | None = None,
    amount_ore: int | None = None,
) -> int:
    gross = unit_price_ore * quantity
    if percent:
        return min(gross, div_round_half_up(gross * percent, 100))
    if amount_ore:
        return min(unit_price_ore, amount_ore) * quantity
    return 0


def line_price(
    *,
    unit_price_ore: int,
    quantity: int,
    vat_rate: int,
    percent: int | None = None,
    amount_ore: int | None = None,
) -> LinePrice:
    return LinePrice(
        unit_price_ore=unit_price_ore,
        quantity=quantity,
        vat_rate=vat_rate,
        discount_ore=line_discount(
            unit_price_ore=unit_price_ore,
            quantity=quantity,
            percent=percent,
            amount_ore=amount_ore,
        ),
    )
