"""Who sells the courses and on what terms: editors keep it in Wagtail's site settings.

The seller's name, organisation number, address and e-mail are printed in the footer of
every page, on receipts and on certificates. The privacy notice, the terms of sale and
the contact page are written per language; where an editor has not written a language's
text, the site shows its own built-in text in that language (``lms/legal/*.html``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

LANGUAGE_CODES = ("nb", "nn", "en", "uk")
PAGES = ("privacy", "terms", "contact")


def _text_field(page: str, code: str):
    return RichTextField(
        blank=True,
        verbose_name=f"{page} ({code})",
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
    )


def validate_bank_account(value: str) -> None:
    """A Norwegian bank account number (11 digits, mod-11), checked with python-stdnum."""
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.no import kontonr

    try:
        kontonr.validate(value)
    except StdnumError as error:
        raise ValidationError(
            _("This is not a valid Norwegian bank account number.")
        ) from error


@register_setting(icon="doc-full")
class LegalSettings(BaseSiteSetting):
    seller_name = models.CharField(_("seller's name"), max_length=200, blank=True)
    org_nr = models.CharField(_("organisation number"), max_length=9, blank=True)
    address = models.CharField(_("postal address"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    bank_account = models.CharField(
        _("bank account for invoices"),
        max_length=11,
        blank=True,
        validators=[validate_bank_account],
        help_text=_(
            "Eleven digits. Companies can order on invoice only when this is set."
        ),
    )
    vat_registered = models.BooleanField(
        _("registered for VAT"),
        default=True,
        help_text=_("Printed as 'MVA' after the organisation number on invoices."),
    )

    privacy_nb = _text_field("privacy", "nb")
    privacy_nn = _text_field("privacy", "nn")
    privacy_en = _text_field("privacy", "en")
    privacy_uk = _text_field("privacy", "uk")
    terms_nb = _text_field("terms", "nb")
    terms_nn = _text_field("terms", "nn")
    terms_en = _text_field("terms", "en")
    terms_uk = _text_field("terms", "uk")
    contact_nb = _text_field("contact", "nb")
    contact_nn = _text_field("contact", "nn")
    contact_en = _text_field("contact", "en")
    contact_uk = _text_field("contact", "uk")

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("seller_name"),
                            FieldPanel("org_nr"),
                            FieldPanel("address"),
                            FieldPanel("email"),
                            FieldPanel("phone"),
                            FieldPanel("bank_account"),
                            FieldPanel("vat_registered"),
                        ],
                        heading=_("Seller"),
                    )
                ],
                heading=_("Seller"),
            ),
            *[
                ObjectList(
                    [FieldPanel(f"{page}_{code}") for code in LANGUAGE_CODES],
                    heading={
                        "privacy": _("Privacy notice"),
                        "terms": _("Terms of sale"),
                        "contact": _("Contact"),
                    }[page],
                )
                for page in PAGES
            ],
        ]
    )

    class Meta:
        verbose_name = _("seller and legal pages")

    def text(self, page: str, language: str) -> str:
        return getattr(self, f"{page}_{language[:2]}", "") or ""

    @property
    def seller_line(self) -> str:
        """One line for footers, receipts and certificates."""
        parts = [self.seller_name]
        if self.org_nr:
            parts.append(f"org.nr. {self.org_nr}")
        parts += [self.address, self.email]
        return " · ".join(p for p in parts if p)


def seller_for_default_site() -> "LegalSettings | None":
    """The seller as set for the default site (e-mails and PDFs have no request)."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return LegalSettings.for_site(site) if site else None
