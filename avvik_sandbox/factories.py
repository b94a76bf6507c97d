"""Factories: the practice area, exercises (the scaffolding key by default), submissions."""

from __future__ import annotations

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from lms.factories import UserFactory

from .demo import exercise_fields
from .demo_content.scaffolding import SCAFFOLDING
from .models import ExercisePage, SandboxIndexPage, Submission


class SandboxIndexPageFactory(wagtail_factories.PageFactory):
    title = "Avviksøving"
    slug = "sandbox"

    class Meta:
        model = SandboxIndexPage


def scaffolding_fields(language: str = "nb") -> dict:
    return {
        "slug": SCAFFOLDING["slug"],
        "category": SCAFFOLDING["category"],
        "minutes": SCAFFOLDING["minutes"],
        "pass_threshold": SCAFFOLDING["pass_threshold"],
        "event_facts": SCAFFOLDING["event_facts"],
        **exercise_fields(SCAFFOLDING, language),
    }


class ExercisePageFactory(wagtail_factories.PageFactory):
    """The canonical scaffolding exercise; pass other fields to change it."""

    class Meta:
        model = ExercisePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from .taxonomy import ensure_default_categories

        ensure_default_categories()
        language = kwargs.pop("language", "nb")
        fields = scaffolding_fields(language)
        fields["slug"] = f"{fields['slug']}-{ExercisePage.objects.count() + 1}"
        if kwargs.get("title") == "Test page":  # wagtail_factories' default
            kwargs.pop("title")
            kwargs.pop("slug", None)
        fields.update(kwargs)
        return super()._create(model_class, *args, **fields)


def translate_exercise(page: ExercisePage, language: str) -> ExercisePage:
    """The scaffolding exercise in ``language`` (parents are translated too)."""
    copy = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True
    )
    for name, value in exercise_fields(SCAFFOLDING, language).items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def sandbox_tree(home) -> SandboxIndexPage:
    return SandboxIndexPageFactory(parent=home)


class SubmissionFactory(factory.django.DjangoModelFactory):
    """A learner's answer to ``exercise`` (required). ``submitted=True`` for one waiting
    for an instructor; ``graded=True`` for one graded as passed at 100 %."""

    user = factory.SubFactory(UserFactory)
    exercise = None
    exercise_key = factory.LazyAttribute(lambda o: o.exercise.translation_key)

    class Meta:
        model = Submission

    class Params:
        submitted = factory.Trait(
            status=Submission.Status.SUBMITTED,
            submitted_at=factory.LazyFunction(timezone.now),
        )
        graded = factory.Trait(
            status=Submission.Status.GRADED,
            submitted_at=factory.LazyFunction(timezone.now),
            graded_at=factory.LazyFunction(timezone.now),
            score_percent=100,
            passed=True,
        )


def answer(
    exercise: ExercisePage,
    *,
    event=(4,),
    facts=None,
    whys=None,
    report=None,
    actions=None,
    case=None,
) -> dict:
    """An answer in the stored format, written with fact numbers instead of ids.

    ``facts``: {number: (kind, text, requirement, responsible, mto)};
    ``whys``: {number: [(text, tag)]}; actions' "deviation" is a fact number.
    """
    ids = exercise.fact_ids_by_number
    return {
        "event": [ids[n] for n in event],
        "facts": {
            ids[n]: dict(
                zip(
                    ("kind", "text", "requirement", "responsible", "mto"),
                    value,
                    strict=True,
                )
            )
            for n, value in (facts or {}).items()
        },
        "whys": {
            ids[n]: [{"text": t, "tag": tag} for t, tag in chain]
            for n, chain in (whys or {}).items()
        },
        "report": report or {},
        "actions": [
            {**a, "deviation": ids.get(a.get("deviation"), "")} for a in actions or []
        ],
        "case": case or {},
    }


GOOD_NB = {
    "event": (4,),
    "facts": {
        3: (
            "primary",
            "Piotr hadde ikke sikringswire på verktøyet, og firmaet har ingen rutine for sikring av verktøy i høyden (faktum 3).",
            "Verktøy skal sikres mot fall ved arbeid i høyden; arbeidsgiver skal skaffe utstyr.",
            "employer",
            "O",
        ),
        6: (
            "secondary",
            "Sparkebrettet ble ikke satt tilbake, og det var ikke sikkerhetsnett mellom etasjene (faktum 5 og 6).",
            "Stillaset skal ha vern mot fallende gjenstander.",
            "manager",
            "T",
        ),
    },
    "whys": {
        3: [
            ("Nøkkelen glapp og var ikke festet", "M"),
            ("Piotr hadde ingen sikringswire", "T"),
            ("Firmaet hadde ikke kjøpt inn sikringswire", "O"),
            ("Det finnes ingen rutine eller risikovurdering for arbeid i høyden", "O"),
        ]
    },
    "report": {
        "type": "nestenulykke",
        "category": "fallende",
        "severity_actual": "lav",
        "severity_potential": "hoy",
        "where": "Stillaset, 4. etasje",
        "when": "Tirsdag formiddag",
        "what": "En fastnøkkel falt gjennom glipen og ned til bakken (faktum 4).",
        "immediate": "Arbeidet ble stanset.",
    },
    "actions": [
        {
            "type": "immediate",
            "description": "Sette sparkebrettet tilbake og sperre av området under stillaset.",
            "deviation": 6,
            "control_level": "collective",
            "responsible": "Formann",
            "deadline": "2026-12-01",
            "effect_check": "Formannen kontrollerer før oppstart.",
        },
        {
            "type": "corrective",
            "description": "Dele ut sikringswire til alt verktøy og kreve at den brukes.",
            "deviation": 3,
            "control_level": "collective",
            "responsible": "Prosjektleder",
            "deadline": "2026-12-05",
            "effect_check": "Stikkprøver hver uke.",
        },
        {
            "type": "preventive",
            "description": "Lage rutine for sikring av verktøy i høyden, gi opplæring og gjøre SJA før arbeid i høyden.",
            "deviation": 3,
            "control_level": "organisational",
            "responsible": "HMS-leder",
            "deadline": "2027-01-15",
            "effect_check": "Gjennomgås i AMU.",
        },
    ],
    "case": {
        "status": "closed",
        "effect_evaluation": "Ingen fallende gjenstander på fire uker; sikringswire brukes.",
        "informed": ["leader", "verneombud", "amu"],
    },
}


def submit_answer(*, exercise: ExercisePage, user, spec=None, course=None):
    """The learner's answer (``GOOD_NB`` unless ``spec``), submitted for feedback."""
    from .services import submission_get_or_create, submission_submit

    submission = submission_get_or_create(user=user, exercise=exercise, course=course)
    return submission_submit(
        submission=submission,
        draft=answer(exercise, **(spec or GOOD_NB)),
        language="nb",
    )


def claim_and_grade(
    submission,
    instructor,
    *,
    level: int = 3,
    comment: str = "Vurdert etter rubrikken.",
    decision="grade",
):
    """The instructor claims the submission and scores every criterion at ``level``
    (confirming it, should that be every suggestion unchanged)."""
    from .grading import submission_claim, submission_grade

    submission_claim(submission_id=submission.pk, instructor=instructor)
    return submission_grade(
        submission_id=submission.pk,
        instructor=instructor,
        scores={c["id"]: (level, "") for c in submission.exercise.specific.criteria},
        comment=comment,
        decision=decision,
        confirmed_unchanged=True,
    )
