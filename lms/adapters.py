from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from lms.site.client_ip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        return client_ip(request) or "unknown"

    def _get_login_attempts_cache_key(self, request, **credentials):
        """Failed logins for an e-mail count per client IP.

        allauth counts them per e-mail alone, so five wrong passwords from anywhere
        lock the owner out for five minutes. Per (IP, e-mail) the owner's own
        network keeps working, and the per-IP limit still slows a guesser down.
        """
        key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{client_ip(request)}:{key}"

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.preferred_language = (translation.get_language() or "nb")[:2]
        if commit:
            user.save()
        return user

    def get_login_redirect_url(self, request):
        """After login, continue in the learner's own language (unless ?next= says where)."""
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", "")
        if language in dict(settings.LANGUAGES):
            url = translate_url(url, language)
        return url
