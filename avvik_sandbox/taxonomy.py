"""The exercise categories: editor-managed, translatable snippets.

A category has a ``code`` that answers and keys store (the same in every language) and
a ``name`` translated like any other content; an author who writes a new kind of
scenario (a truck reversing into a walkway) adds its category here, and it is at once a
choice for the exercise, its answer key and the learner's report.
"""

from django.core.cache import cache
from django.db import DatabaseError, models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

CACHE_KEY = "sandbox:taxonomy:{model}:{language}"

# The categories every installation starts with (the migration seeds the same), as
# (code, {language: name}); editors add and translate more in the admin.
DEFAULT_CATEGORIES = [
    (
        "vold",
        {
            "nb": "Vold og trusler",
            "nn": "Vald og truslar",
            "en": "Violence and threats",
            "uk": "Насильство й погрози",
        },
    ),
    (
        "fall",
        {
            "nb": "Fall, skli og snubling",
            "nn": "Fall, skliing og snubling",
            "en": "Falls, slips and trips",
            "uk": "Падіння, ковзання та спотикання",
        },
    ),
    (
        "fallende",
        {
            "nb": "Fallende gjenstander",
            "nn": "Fallande gjenstandar",
            "en": "Falling objects",
            "uk": "Падіння предметів",
        },
    ),
    (
        "kjemikalier",
        {
            "nb": "Kjemikalier",
            "nn": "Kjemikaliar",
            "en": "Chemicals",
            "uk": "Хімічні речовини",
        },
    ),
    ("brann", {"nb": "Brann", "nn": "Brann", "en": "Fire", "uk": "Пожежа"}),
    (
        "miljo",
        {
            "nb": "Utslipp til miljøet",
            "nn": "Utslepp til miljøet",
            "en": "Environmental spill",
            "uk": "Викид у довкілля",
        },
    ),
    ("stoy", {"nb": "Støy", "nn": "Støy", "en": "Noise", "uk": "Шум"}),
    (
        "ergonomi",
        {"nb": "Ergonomi", "nn": "Ergonomi", "en": "Ergonomics", "uk": "Ергономіка"},
    ),
    (
        "psykososialt",
        {
            "nb": "Psykososialt arbeidsmiljø",
            "nn": "Psykososialt arbeidsmiljø",
            "en": "Psychosocial",
            "uk": "Психосоціальне середовище",
        },
    ),
    (
        "maskiner",
        {
            "nb": "Maskiner og utstyr",
            "nn": "Maskinar og utstyr",
            "en": "Machines and equipment",
            "uk": "Машини й обладнання",
        },
    ),
    (
        "kjoretoy",
        {
            "nb": "Kjøretøy og påkjørsel",
            "nn": "Køyretøy og påkøyrsel",
            "en": "Vehicles and collisions",
            "uk": "Транспорт і наїзди",
        },
    ),
]


class _Named(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ExerciseCategory(_Named):
    code = models.SlugField(
        _("code"),
        max_length=20,
        help_text=_("Stored in answers and keys; the same in every language."),
    )

    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("sort_order"),
    ]

    class Meta(_Named.Meta):
        verbose_name = _("exercise category")
        verbose_name_plural = _("exercise categories")
        constraints = [
            models.UniqueConstraint(
                fields=["code", "locale"], name="one_category_code_per_locale"
            )
        ]


def category_choices() -> list[tuple[str, str]]:
    """[(code, name)] in the active language (the default language's name where a
    category is not translated yet), in the editors' order. Cached per language and
    dropped when a category is saved or deleted."""
    language = translation.get_language() or "nb"
    key = CACHE_KEY.format(model="category", language=language)
    found = cache.get(key)
    if found is None:
        try:
            found = _read_categories(language)
        except DatabaseError:
            # Before the tables exist (a system check or makemigrations on an empty
            # database) there is nothing to choose from yet; nothing is cached.
            return []
        cache.set(key, found, 600)
    return found


def _read_categories(language: str) -> list[tuple[str, str]]:
    default = Locale.get_default().language_code if Locale.objects.exists() else "nb"
    by_code: dict[str, dict[str, str]] = {}
    for code, locale, name in ExerciseCategory.objects.order_by(
        "sort_order", "code"
    ).values_list("code", "locale__language_code", "name"):
        by_code.setdefault(code, {})[locale] = name
    return [
        (code, names.get(language) or names.get(default) or next(iter(names.values())))
        for code, names in by_code.items()
    ]


def taxonomy_changed(**kwargs) -> None:
    from django.conf import settings

    for language, _name in settings.LANGUAGES:
        cache.delete(CACHE_KEY.format(model="category", language=language))


models.signals.post_save.connect(taxonomy_changed, sender=ExerciseCategory)
models.signals.post_delete.connect(taxonomy_changed, sender=ExerciseCategory)


def ensure_default_categories() -> None:
    """Seed the default categories where they are missing (a new database, or tests
    whose tables were emptied after the migrations ran)."""
    import uuid

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    existing = set(
        ExerciseCategory.objects.values_list("code", "locale__language_code")
    )
    created = False
    for order, (code, names) in enumerate(DEFAULT_CATEGORIES):
        key = uuid.uuid4()
        for language, name in names.items():
            if language in locales and (code, language) not in existing:
                ExerciseCategory.objects.create(
                    code=code,
                    name=name,
                    sort_order=order,
                    locale=locales[language],
                    translation_key=key,
                )
                created = True
    if created:
        taxonomy_changed()
