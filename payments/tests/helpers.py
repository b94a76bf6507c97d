"""Small helpers shared by the payments tests."""

from django.core.files.uploadedfile import SimpleUploadedFile

from payments.models import Order
from payments.products import Product
from payments.services import fulfilment
from payments.services import orders as order_services


def translated(course, code):
    """Publish a copy of ``course`` in language ``code`` (parents copied as needed)."""
    from wagtail.models import Locale

    copy = course.copy_for_translation(
        Locale.objects.get(language_code=code), copy_parents=True
    )
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


def order_for(user, course, code_text=""):
    order = order_services.order_create(user=user, product=Product(course=course))
    if code_text:
        order_services.order_code_apply(
            order=order, code_text=code_text, count_attempt=False
        )
        order.refresh_from_db()
    return order


def pay_dev(order):
    return fulfilment.order_fulfil(
        order_id=order.pk, gateway=Order.Gateway.DEV, amount_ore=order.total_ore
    )


def url(name, *args, lang="en"):
    """reverse() in a given language (the active one leaks between test requests)."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override(lang):
        return reverse(name, args=args)


def in_language(msgid, lang="nb"):
    from django.utils import translation

    with translation.override(lang):
        return translation.gettext(msgid)


def seats_bought(company, course, quantity, buyer):
    order = order_services.order_create(
        user=buyer, product=Product(course=course), quantity=quantity, company=company
    )
    pay_dev(order)
    return order


def product_key(course):
    return f"course:{course.translation_key}"


def upload(client, company, course, text, encoding="utf-8"):
    return client.post(
        f"/en/company/{company.pk}/invite/csv/",
        {
            "product": product_key(course),
            "file": SimpleUploadedFile(
                "ansatte.csv", text.encode(encoding), "text/csv"
            ),
        },
    )
