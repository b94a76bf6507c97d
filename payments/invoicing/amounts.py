"""An invoice's amounts in øre, per line and per VAT rate, as both the PDF and the EHF
state them. Prices on the site include VAT; the net of each line is its total minus
the VAT extracted from it (``payments.pricing``), so the lines and the totals always add
up to the øre."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InvoiceLine:
    number: int
    description: str
    quantity: int
    net_ore: int
    vat_rate: int
    vat_ore: int
    total_ore: int

    @property
    def unit_net(self) -> str:
        """The net unit price in kroner with four decimals (EHF allows them)."""
        return f"{self.net_ore / self.quantity / 100:.4f}"


@dataclass
class VatRate:
    rate: int
    net_ore: int
    vat_ore: int


@dataclass
class InvoiceAmounts:
    lines: list[InvoiceLine]
    rates: list[VatRate]

    @property
    def net_ore(self) -> int:
        return sum(line.net_ore for line in self.lines)

    @property
    def vat_ore(self) -> int:
        return sum(line.vat_ore for line in self.lines)

    @property
    def total_ore(self) -> int:
        return self.net_ore + self.vat_ore


def invoice_amounts(order) -> InvoiceAmounts:
    lines = [
        InvoiceLine(
            number=i,
            description=line.description,
            quantity=line.quantity,
            net_ore=line.total_ore - line.vat_ore,
            vat_rate=line.vat_rate,
            vat_ore=line.vat_ore,
            total_ore=line.total_ore,
        )
        for i, line in enumerate(order.lines.order_by("id"), start=1)
    ]
    rates: dict[int, VatRate] = {}
    for line in lines:
        rate = rates.setdefault(line.vat_rate, VatRate(line.vat_rate, 0, 0))
        rate.net_ore += line.net_ore
        rate.vat_ore += line.vat_ore
    return InvoiceAmounts(lines=lines, rates=[rates[r] for r in sorted(rates)])


def kroner(ore: int) -> str:
    """øre → "1234.50" (the decimal point EHF wants)."""
    sign = "-" if ore < 0 else ""
    ore = abs(ore)
    return f"{sign}{ore // 100}.{ore % 100:02d}"
