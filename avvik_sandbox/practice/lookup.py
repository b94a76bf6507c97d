"""The practice company named in a URL, if this reader may open it (else 404)."""

from django.shortcuts import get_object_or_404

from .selectors import visible_companies


def company_or_404(request, slug: str):
    return get_object_or_404(visible_companies(user=request.user), slug=slug)
