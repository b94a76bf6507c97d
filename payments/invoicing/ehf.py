"""The invoice as EHF: Peppol BIS Billing 3.0, a UBL 2.1 ``Invoice`` document.

What public buyers in Norway must receive. Parties are identified by organisation
number under scheme 0192 (Enhetsregisteret); VAT is category S at its rate, or E
(exempt: teaching, merverdiavgiftsloven § 3-5) at 0 %. Sending it through an access
point is outside this platform: the XML is offered for download and attached to the
invoice e-mail.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from .amounts import invoice_amounts, kroner

UBL = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CUSTOMIZATION = (
    "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
)
PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
ORG_NR_SCHEME = "0192"
EXEMPTION = "Omsetning av undervisningstjenester er unntatt (mval. § 3-5)"


def _el(parent, tag: str, text=None, **attrs):
    ns = CAC if tag.startswith("cac:") else CBC
    element = ET.SubElement(parent, f"{{{ns}}}{tag.split(':', 1)[1]}", attrs)
    if text is not None:
        element.text = str(text)
    return element


def _amount(parent, tag: str, ore: int):
    return _el(parent, tag, kroner(ore), currencyID="NOK")


def split_address(address: str) -> tuple[str, str, str]:
    """ "Demoveien 1, 0150 Oslo" -> ("Demoveien 1", "0150", "Oslo")."""
    match = re.match(r"^(.*?),?\s*(\d{4})\s+(.+)$", (address or "").strip())
    if match:
        return match.group(1).strip(" ,"), match.group(2), match.group(3).strip()
    return (address or "").strip(), "", ""


def _party(parent, tag, *, name, org_nr, street, postcode, city, vat=False):
    party = _el(_el(parent, tag), "cac:Party")
    _el(party, "cbc:EndpointID", org_nr, schemeID=ORG_NR_SCHEME)
    _el(_el(party, "cac:PartyName"), "cbc:Name", name)
    address = _el(party, "cac:PostalAddress")
    _el(address, "cbc:StreetName", street)
    _el(address, "cbc:CityName", city)
    _el(address, "cbc:PostalZone", postcode)
    _el(_el(address, "cac:Country"), "cbc:IdentificationCode", "NO")
    if vat:
        scheme = _el(party, "cac:PartyTaxScheme")
        _el(scheme, "cbc:CompanyID", f"NO{org_nr}MVA")
        _el(_el(scheme, "cac:TaxScheme"), "cbc:ID", "VAT")
    legal = _el(party, "cac:PartyLegalEntity")
    _el(legal, "cbc:RegistrationName", name)
    _el(legal, "cbc:CompanyID", org_nr, schemeID=ORG_NR_SCHEME)
    if vat:
        _el(legal, "cbc:CompanyLegalForm", "Foretaksregisteret")


def _category(parent, tag: str, rate: int, *, reason: bool = False):
    category = _el(parent, tag)
    _el(category, "cbc:ID", "S" if rate else "E")
    _el(category, "cbc:Percent", rate)
    if reason and not rate:
        _el(category, "cbc:TaxExemptionReason", EXEMPTION)
    _el(_el(category, "cac:TaxScheme"), "cbc:ID", "VAT")


def _seller(root, seller):
    street, postcode, city = split_address(seller.address)
    _party(
        root,
        "cac:AccountingSupplierParty",
        name=seller.seller_name,
        org_nr=seller.org_nr,
        street=street,
        postcode=postcode,
        city=city,
        vat=seller.vat_registered,
    )


def _buyer(root, invoice):
    order = invoice.order
    _party(
        root,
        "cac:AccountingCustomerParty",
        name=order.company_name,
        org_nr=order.org_nr,
        street=invoice.street,
        postcode=invoice.postcode,
        city=invoice.city,
    )


def _payment(root, invoice, seller):
    means = _el(root, "cac:PaymentMeans")
    _el(means, "cbc:PaymentMeansCode", "30")  # credit transfer
    _el(means, "cbc:PaymentID", invoice.kid)
    _el(_el(means, "cac:PayeeFinancialAccount"), "cbc:ID", seller.bank_account)
    _el(
        _el(root, "cac:PaymentTerms"),
        "cbc:Note",
        f"{invoice.terms_days} dager netto. KID {invoice.kid}.",
    )


def _totals(root, amounts):
    tax = _el(root, "cac:TaxTotal")
    _amount(tax, "cbc:TaxAmount", amounts.vat_ore)
    for rate in amounts.rates:
        subtotal = _el(tax, "cac:TaxSubtotal")
        _amount(subtotal, "cbc:TaxableAmount", rate.net_ore)
        _amount(subtotal, "cbc:TaxAmount", rate.vat_ore)
        _category(subtotal, "cac:TaxCategory", rate.rate, reason=True)
    money = _el(root, "cac:LegalMonetaryTotal")
    _amount(money, "cbc:LineExtensionAmount", amounts.net_ore)
    _amount(money, "cbc:TaxExclusiveAmount", amounts.net_ore)
    _amount(money, "cbc:TaxInclusiveAmount", amounts.total_ore)
    _amount(money, "cbc:PayableAmount", amounts.total_ore)


def _lines(root, amounts):
    for line in amounts.lines:
        element = _el(root, "cac:InvoiceLine")
        _el(element, "cbc:ID", line.number)
        _el(element, "cbc:InvoicedQuantity", line.quantity, unitCode="EA")
        _amount(element, "cbc:LineExtensionAmount", line.net_ore)
        item = _el(element, "cac:Item")
        _el(item, "cbc:Name", line.description[:200])
        _category(item, "cac:ClassifiedTaxCategory", line.vat_rate)
        _el(
            _el(element, "cac:Price"),
            "cbc:PriceAmount",
            line.unit_net,
            currencyID="NOK",
        )


def invoice_ehf_xml(*, invoice, seller) -> bytes:
    """The issued invoice as a UBL 2.1 XML document (UTF-8, with declaration)."""
    order = invoice.order
    amounts = invoice_amounts(order)
    root = ET.Element(f"{{{UBL}}}Invoice")
    _el(root, "cbc:CustomizationID", CUSTOMIZATION)
    _el(root, "cbc:ProfileID", PROFILE)
    _el(root, "cbc:ID", invoice.number)
    _el(root, "cbc:IssueDate", invoice.issued_on.isoformat())
    _el(root, "cbc:DueDate", invoice.due_on.isoformat())
    _el(root, "cbc:InvoiceTypeCode", "380")
    _el(root, "cbc:DocumentCurrencyCode", "NOK")
    _el(root, "cbc:BuyerReference", invoice.buyer_reference)
    _el(_el(root, "cac:OrderReference"), "cbc:ID", invoice.purchase_order)
    _seller(root, seller)
    _buyer(root, invoice)
    _payment(root, invoice, seller)
    _totals(root, amounts)
    _lines(root, amounts)
    ET.indent(root)
    # The prefixes are registered at each call: ElementTree keeps one global map,
    # which other libraries in the process may change.
    ET.register_namespace("", UBL)
    ET.register_namespace("cac", CAC)
    ET.register_namespace("cbc", CBC)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
