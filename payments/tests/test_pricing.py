"""VAT extracted per line from VAT-inclusive prices; discounts in whole øre."""

import pytest

from payments.pricing import line_discount, line_price, vat_included


@pytest.mark.parametrize(
    ("total", "rate", "vat"),
    [
        (149000, 25, 29800),  # 1 490 kr incl. 25 %: 298 kr VAT
        (111750, 25, 22350),
        (100, 25, 20),
        (1, 25, 0),  # 0.2 øre rounds down
        (3, 25, 1),  # 0.6 øre rounds up
        (2, 25, 0),  # 0.4 øre
        (149000, 0, 0),  # exempt teaching service
        (0, 25, 0),
    ],
)
def test_vat_is_extracted_from_inclusive_amounts_half_up(total, rate, vat):
    assert vat_included(total, rate) == vat


def test_exactly_half_an_ore_rounds_up():
    # At 25 % the VAT is total/5, which never ends in .5; at 12 % it can:
    # 14 øre incl. 12 % holds 1.5 øre VAT.
    assert vat_included(14, 12) == 2


def test_percent_discount_on_line_gross_rounds_half_up():
    assert line_discount(unit_price_ore=149000, quantity=1, percent=25) == 37250
    # 3 × 333 øre = 999 øre; 25 % = 249.75 -> 250
    assert line_discount(unit_price_ore=333, quantity=3, percent=25) == 250
    assert line_discount(unit_price_ore=149000, quantity=2, percent=100) == 298000


def test_fixed_discount_is_per_unit_and_never_more_than_the_price():
    assert line_discount(unit_price_ore=149000, quantity=3, amount_ore=50000) == 150000
    assert line_discount(unit_price_ore=30000, quantity=2, amount_ore=50000) == 60000


def test_line_price_keeps_total_minus_vat_consistent():
    price = line_price(unit_price_ore=149000, quantity=3, vat_rate=25, percent=25)
    assert price.gross_ore == 447000
    assert price.discount_ore == 111750
    assert price.total_ore == 335250
    assert price.vat_ore == 67050
    assert price.total_ore - price.vat_ore == 268200
