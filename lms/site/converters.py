"""URL converters shared by every app.

``<id:…>`` is ``<int:…>`` that only matches what a database key can hold: a number beyond
a 64-bit integer (``/learn/99999999999999999999999/continue/``) is not a page, so it
answers 404 instead of reaching the database and failing there with a 500.
"""

from django.urls import register_converter

MAX_ID = 2**63 - 1


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError("out of range")
        return number

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(IdConverter, "id")
