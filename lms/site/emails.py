"""One way to send e-mail: rendered in the recipient's language, HTML plus plain text.

Templates live in ``templates/emails/<name>_subject.txt``, ``<name>.txt`` and
``<name>.html`` (the HTML one extends ``emails/base.html``).
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from lms.models.legal import seller_for_default_site


def email_send(
    *,
    to: list[str] | str,
    template: str,
    context: dict,
    language: str = "",
    attachments: list[tuple[str, bytes, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    recipients = [to] if isinstance(to, str) else list(to)
    language = language or settings.LANGUAGE_CODE
    context = {
        "SITE_URL": settings.SITE_URL,
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "seller": seller_for_default_site(),
        **context,
    }
    with translation.override(language):
        subject = " ".join(
            render_to_string(f"emails/{template}_subject.txt", context).split()
        )
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        headers={"Content-Language": language, **(headers or {})},
    )
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()
