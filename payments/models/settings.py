"""Site settings editors change in Wagtail: the campaign shown on the home page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="tag")
class CampaignBannerSettings(BaseSiteSetting):
    code = models.ForeignKey(
        "payments.DiscountCode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("campaign code"),
        help_text=_(
            "The home page counts down to the end of this code. Choose a code with an "
            "end date; the banner disappears when the code ends or is deactivated."
        ),
    )
    headline = models.CharField(
        _("headline"),
        max_length=120,
        blank=True,
        help_text=_("Optional. Empty: a text made from the code's discount."),
    )

    panels = [FieldPanel("code"), FieldPanel("headline")]

    class Meta:
        verbose_name = _("campaign banner")
