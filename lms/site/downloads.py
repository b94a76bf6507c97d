"""A file handed to one signed-in person: an attachment that no cache keeps."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header


def private_download(content: bytes, *, content_type: str, filename: str):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response
