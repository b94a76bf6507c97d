from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.preferred_language = (translation.get_language() or "nb")[:2]
        if commit:
            user.save()
        return user

    def get_login_redirect_url(self, request):
        return super().get_login_redirect_url(request)
