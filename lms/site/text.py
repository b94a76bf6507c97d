"""Free text as people type it, made safe to store and to print.

Names and other one-line fields lose markup (``<script>`` never reaches a certificate),
control and invisible formatting characters (including right-to-left overrides that
can disguise a name) and repeated whitespace. Escaping on output stays as well; this
keeps what is stored and printed on PDFs what a reader expects to see.
"""

import unicodedata

from django import forms
from django.utils.html import strip_tags

# Control, format (bidi overrides, zero-width), private-use and surrogate characters.
_DROPPED = {"Cc", "Cf", "Co", "Cs"}


def plain_line(value: str | None) -> str:
    text = strip_tags(value or "")
    text = "".join(
        " " if ch in "\t\r\n" else ch
        for ch in text
        if ch in "\t\r\n" or unicodedata.category(ch) not in _DROPPED
    )
    return " ".join(text.split())


class PlainTextField(forms.CharField):
    """A one-line text field whose value is cleaned with ``plain_line``."""

    def to_python(self, value):
        return plain_line(super().to_python(value))
