from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from lms.site.text import PlainTextField, plain_line

from .models import User


class SignupExtraForm(forms.Form):
    """Extra sign-up fields on top of allauth's e-mail and password."""

    full_name = PlainTextField(
        label=_("Full name"),
        max_length=200,
        help_text=_("As it should appear on your course certificate."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils.translation import get_language

        self.fields["preferred_language"].initial = (get_language() or "nb")[:2]

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"].strip()
        user.preferred_language = self.cleaned_data.get("preferred_language") or "nb"
        user.save(update_fields=["full_name", "preferred_language"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "preferred_language", "nudges_enabled"]
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name"})}

    def clean_full_name(self):
        name = plain_line(self.cleaned_data["full_name"])
        if not name:
            raise forms.ValidationError(_("Enter your full name."))
        return name


class QuizForm(forms.Form):
    """One field per question; every question must be answered."""

    def __init__(self, quiz_value, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index, question in enumerate(quiz_value["questions"]):
            choices = [(str(i), o["text"]) for i, o in enumerate(question["options"])]
            error = {"required": _("Answer this question before you submit.")}
            if question["kind"] == "multiple":
                field = forms.MultipleChoiceField(
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    label=question["text"],
                    help_text=_("Choose all that apply."),
                    error_messages=error,
                )
            else:
                field = forms.ChoiceField(
                    choices=choices,
                    widget=forms.RadioSelect,
                    label=question["text"],
                    error_messages=error,
                )
            self.fields[f"q{index}"] = field

    def answers(self) -> dict[int, list[int]]:
        result = {}
        for name, value in self.cleaned_data.items():
            values = value if isinstance(value, list) else [value]
            result[int(name[1:])] = [int(v) for v in values]
        return result


class NewsletterForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class AccountDeleteForm(forms.Form):
    """Deleting an account asks for the password and a tick, so it is never a slip."""

    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account is deleted for good."),
        error_messages={"required": _("Tick the box to confirm.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
