from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
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
