"""The price a visitor will pay for a course, as the course page shows it.

Checkout applies a code kept on the account by itself, and the campaign's code when the
visitor types it (the buy form comes filled in with it). The page must say the same
price checkout will charge, so it asks the same checks checkout asks: the code's
window, whether it covers the course, the buyer's earlier use and the total limit.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..exceptions import CodeRefused
from ..models import DiscountCode
from ..pricing import line_price
from ..products import Product
from .codes import code_check


@dataclass(frozen=True)
class PriceQuote:
    list_ore: int
    price_ore: int
    vat_rate: int
    code: DiscountCode | None = None
    source: str = ""  # "account" (kept on the account) or "campaign"

    @property
    def discounted(self) -> bool:
        return self.price_ore < self.list_ore

    @property
    def free(self) -> bool:
        return self.price_ore == 0


def course_quote(*, course, user=None, account_code=None, campaign=None) -> PriceQuote:
    """The lowest price the visitor gets without typing anything new: the code on
    their account first (checkout uses it), else the running campaign's code."""
    listed = PriceQuote(
        list_ore=course.price_ore, price_ore=course.price_ore, vat_rate=course.vat_rate
    )
    if course.price_ore <= 0:
        return listed
    product = Product(course=course)
    buyer = user if user is not None and user.is_authenticated else None
    candidates = [
        ("account", account_code.code if account_code else None),
        ("campaign", campaign.code if campaign else None),
    ]
    for source, code in candidates:
        if code is None:
            continue
        try:
            code_check(code=code, user=buyer, product=product)
        except CodeRefused:
            continue
        price = line_price(
            unit_price_ore=course.price_ore,
            quantity=1,
            vat_rate=course.vat_rate,
            percent=code.percent if code.kind == DiscountCode.Kind.PERCENT else None,
            amount_ore=code.amount_ore
            if code.kind == DiscountCode.Kind.AMOUNT
            else None,
        )
        if price.total_ore < course.price_ore:
            return PriceQuote(
                list_ore=course.price_ore,
                price_ore=price.total_ore,
                vat_rate=course.vat_rate,
                code=code,
                source=source,
            )
    return listed
