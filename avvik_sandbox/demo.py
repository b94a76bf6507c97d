"""Demo data for `manage.py seed_demo`: the practice area, seven exercises, instructor
assignments and a few submissions waiting in the demo instructor's queue. Idempotent.
"""

from __future__ import annotations

import uuid

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page

from courses.models import HomePage, LessonPage

from .demo_content import EXERCISES
from .demo_content.rubric import CODES, INDEX, LEVELS, TITLES, WEIGHTS
from .models import ExercisePage, SandboxIndexPage, Submission
from .taxonomy import ensure_default_categories

NAMESPACE = uuid.UUID("0c9a7c1e-7a43-4d0e-9a3e-5d5f3c2b8a10")
LANGUAGES = ["nb", "nn", "en", "uk"]


def _id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def _concepts(key, *where, concepts):
    return [
        {
            "type": "item",
            "value": {"term": term, "synonyms": synonyms},
            "id": _id(key, *where, i),
        }
        for i, (term, synonyms) in enumerate(concepts)
    ]


def exercise_fields(exercise: dict, language: str) -> dict:
    """Page field values for one language; block ids are the same in every language."""
    key = exercise["key"]
    text = exercise[language]
    deviations = []
    for i, (structure, words) in enumerate(
        zip(exercise["deviations"], text["deviations"], strict=True)
    ):
        deviations.append(
            {
                "type": "deviation",
                "id": _id(key, "deviation", i),
                "value": {
                    "kind": structure["kind"],
                    "title": words["title"],
                    "facts": structure["facts"],
                    "requirement": words["requirement"],
                    "legal_reference": words["legal_reference"],
                    "responsible": structure["responsible"],
                    "mto": structure["mto"],
                    "concepts": _concepts(key, "d", i, concepts=words["concepts"]),
                    "why_chain": _concepts(
                        key, "w", i, concepts=words.get("why_chain", [])
                    ),
                    "explanation": words["explanation"],
                },
            }
        )
    actions = []
    for i, (structure, (description, concepts)) in enumerate(
        zip(exercise["actions"], text["actions"], strict=True)
    ):
        actions.append(
            {
                "type": "action",
                "id": _id(key, "action", i),
                "value": {
                    **structure,
                    "description": description,
                    "concepts": _concepts(key, "a", i, concepts=concepts),
                },
            }
        )
    levels = LEVELS.get(language, LEVELS["en"])
    rubric = [
        {
            "type": "criterion",
            "id": _id(key, "rubric", i),
            "value": {
                "code": code,
                "title": TITLES.get(language, TITLES["en"])[i],
                "weight": WEIGHTS[i],
                "level_0": levels[0],
                "level_1": levels[1],
                "level_2": levels[2],
                "level_3": levels[3],
            },
        }
        for i, code in enumerate(CODES)
    ]
    return {
        "title": text["title"],
        "sector": text["sector"],
        "intro": text["intro"],
        "facts": [
            {"type": "fact", "value": fact, "id": _id(key, "fact", i)}
            for i, fact in enumerate(text["facts"])
        ],
        "deviations": deviations,
        "report": [
            {
                "type": "report",
                "id": _id(key, "report"),
                "value": {
                    **exercise["report"],
                    "explanation": text.get("report_explanation", ""),
                },
            }
        ],
        "reference_actions": actions,
        "debrief": text["debrief"],
        "rubric": rubric,
    }


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _translate(page, code, **fields):
    existing = page.get_translations().filter(locale__language_code=code).first()
    if existing:
        return existing.specific
    copy = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return _publish(copy)


def seed_index() -> dict[str, SandboxIndexPage]:
    nb_home = HomePage.objects.filter(locale__language_code="nb").first()
    index = SandboxIndexPage.objects.child_of(nb_home).first()
    if index is None:
        title, intro = INDEX["nb"]
        index = SandboxIndexPage(title=title, slug="sandbox", intro=intro)
        nb_home.add_child(instance=index)
        _publish(index)
    result = {"nb": index}
    for code in LANGUAGES[1:]:
        if not nb_home.get_translations().filter(locale__language_code=code).exists():
            continue
        title, intro = INDEX[code]
        result[code] = _translate(index, code, title=title, intro=intro, slug="sandbox")
    return result


def seed_exercise(exercise: dict, indexes) -> ExercisePage:
    ensure_default_categories()
    page = (
        ExercisePage.objects.child_of(indexes["nb"])
        .filter(slug=exercise["slug"])
        .first()
    )
    if page is None:
        page = ExercisePage(
            slug=exercise["slug"],
            category=exercise["category"],
            minutes=exercise["minutes"],
            pass_threshold=exercise["pass_threshold"],
            event_facts=exercise["event_facts"],
            **exercise_fields(exercise, "nb"),
        )
        indexes["nb"].add_child(instance=page)
        _publish(page)
    for code in ("nn", "en", "uk"):
        if code in exercise and code in indexes:
            _translate(
                page, code, slug=exercise["slug"], **exercise_fields(exercise, code)
            )
    return page


def seed_permissions(index: SandboxIndexPage) -> None:
    """Instructors (and editors) author exercises in the admin under the practice area."""
    for name in ("Instructors", "Editors"):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )
        # Editors prepare practice companies; both start classes in them.
        codenames = [
            "add_practicecohort",
            *(f"{a}_exercisecategory" for a in ("add", "change")),
        ]
        if name == "Editors":
            codenames += [
                f"{a}_{model}"
                for a in ("add", "change", "delete")
                for model in ("practicecompany", "riskexercise")
            ]
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="avvik_sandbox", codename__in=codenames
            )
        )
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=Page.objects.get(pk=index.pk),
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def _append_to_lesson(course, *, block_id: str, block_type: str, value_for, hint: str):
    """Add a block at the end of the course's lesson whose slug contains ``hint`` (else
    its last lesson), in every language; ``value_for(version)`` gives the block value."""
    if course is None:
        return
    lessons = LessonPage.objects.descendant_of(course).order_by("path").specific()
    lesson = next((p for p in lessons if hint in p.slug), None) or lessons.last()
    if lesson is None:
        return
    for version in lesson.get_translations(inclusive=True).specific():
        if any(b.id == block_id for b in version.body):
            continue
        raw = list(version.body.raw_data)
        raw.append({"type": block_type, "id": block_id, "value": value_for(version)})
        version.body = raw
        _publish(version)


def place_in_lesson(exercise: ExercisePage, course) -> None:
    """Put the scaffolding exercise in the worker course's lesson on deviations, as
    optional practice, so the demo course can still be completed without an instructor."""

    def value_for(version):
        translated = (
            ExercisePage.objects.filter(
                translation_key=exercise.translation_key, locale=version.locale
            ).first()
            or exercise
        )
        return {"exercise": translated.pk, "required": False}

    _append_to_lesson(
        course,
        block_id=_id("lesson-block", exercise.translation_key),
        block_type="exercise",
        value_for=value_for,
        hint="avvik",
    )


def place_practice(courses: dict, company) -> None:
    """The leader course reads the practice municipality's statistics; the verneombud
    and AMU courses play its deviation routine and its risk assessment (optional in
    the demo)."""
    for key, activity in (
        ("leader", "statistics"),
        ("verneombud", "routine"),
        ("verneombud", "risk"),
        ("amu", "routine"),
        ("amu", "risk"),
    ):
        _append_to_lesson(
            courses.get(key),
            block_id=_id("practice-block", key, activity),
            block_type="practice",
            value_for=lambda _version, a=activity: {
                "company": company.slug,
                "activity": a,
                "required": False,
            },
            hint="avvik",
        )


def _answer(page: ExercisePage, *, event, facts, whys, report, actions, case):
    ids = page.fact_ids_by_number
    return {
        "event": [ids[n] for n in event],
        "facts": {
            ids[n]: {
                "kind": kind,
                "text": text,
                "requirement": requirement,
                "responsible": responsible,
                "mto": mto,
            }
            for n, (kind, text, requirement, responsible, mto) in facts.items()
        },
        "whys": {
            ids[n]: [{"text": t, "tag": tag} for t, tag in chain]
            for n, chain in whys.items()
        },
        "report": report,
        "actions": [
            {**a, "deviation": ids.get(a.get("deviation"), "")} for a in actions
        ],
        "case": case,
    }


def demo_answers(pages: dict[str, ExercisePage]) -> list[tuple[str, dict]]:
    scaffolding, schoolyard, homecare = (
        pages["scaffolding"],
        pages["schoolyard"],
        pages["homecare"],
    )
    return [
        (
            "scaffolding",
            _answer(
                scaffolding,
                event=[4],
                facts={
                    3: (
                        "primary",
                        "Verktøyet var ikke sikret, Piotr hadde ingen sikringswire (faktum 3).",
                        "Verktøy skal sikres ved arbeid i høyden",
                        "employer",
                        "O",
                    ),
                    6: (
                        "secondary",
                        "Sparkebrettet ble ikke satt tilbake.",
                        "Vern mot fallende gjenstander",
                        "worker",
                        "M",
                    ),
                },
                whys={
                    3: [
                        ("Nøkkelen var ikke festet", "M"),
                        ("Det fantes ingen sikringswire", "T"),
                        ("Firmaet har ikke kjøpt inn utstyret", "O"),
                    ]
                },
                report={
                    "type": "nestenulykke",
                    "category": "fallende",
                    "severity_actual": "lav",
                    "severity_potential": "hoy",
                    "where": "Stillas, 4. etasje",
                    "when": "Tirsdag formiddag",
                    "what": "Fastnøkkel falt fra stillaset (faktum 4).",
                    "immediate": "Arbeidet stanset.",
                },
                actions=[
                    {
                        "type": "immediate",
                        "description": "Sette sparkebrettet tilbake og sperre av under stillaset",
                        "deviation": 6,
                        "control_level": "collective",
                        "responsible": "Formann",
                        "deadline": "2026-12-01",
                        "effect_check": "Formann sjekker",
                    },
                    {
                        "type": "corrective",
                        "description": "Kjøpe inn sikringswire til alle",
                        "deviation": 3,
                        "control_level": "collective",
                        "responsible": "Prosjektleder",
                        "deadline": "2026-12-10",
                        "effect_check": "",
                    },
                ],
                case={
                    "status": "actions",
                    "effect_evaluation": "",
                    "informed": ["leader"],
                    "log": [],
                },
            ),
        ),
        (
            "schoolyard",
            _answer(
                schoolyard,
                event=[3],
                facts={
                    4: (
                        "primary",
                        "Ingen strør før SFO åpner kl. 07.15 – vaktmesteren begynner 08.00 (faktum 4).",
                        "Arbeidsplassforskriften § 2-24: trygge gangarealer",
                        "employer",
                        "O",
                    ),
                    5: (
                        "secondary",
                        "To nestenulykker ble lukket uten tiltak.",
                        "Internkontrollforskriften § 5 nr. 7",
                        "manager",
                        "O",
                    ),
                    7: ("secondary", "Lene burde hatt bedre sko.", "", "worker", "M"),
                },
                whys={
                    4: [
                        ("Lene skled på is", "M"),
                        ("Skolegården var ikke strødd", "T"),
                        ("Vaktmesteren begynner først kl. 08", "O"),
                        ("Ingen har fått ansvar for strøing før åpning", "O"),
                    ]
                },
                report={
                    "type": "hendelse",
                    "category": "fall",
                    "severity_actual": "middels",
                    "severity_potential": "hoy",
                    "where": "Skolegården",
                    "when": "Kl. 07.20",
                    "what": "Lene falt på isen og brakk håndleddet (faktum 3).",
                    "immediate": "Strødd, Lene fulgt til legevakten.",
                },
                actions=[
                    {
                        "type": "immediate",
                        "description": "Strø skolegården med en gang",
                        "deviation": 4,
                        "control_level": "collective",
                        "responsible": "Vaktmester",
                        "deadline": "2026-12-01",
                        "effect_check": "Rektor sjekker neste morgen",
                    },
                    {
                        "type": "corrective",
                        "description": "Vaktmester møter 06.45 ved glatt føre",
                        "deviation": 4,
                        "control_level": "organisational",
                        "responsible": "Rektor",
                        "deadline": "2026-12-05",
                        "effect_check": "Følges opp i AMU",
                    },
                    {
                        "type": "preventive",
                        "description": "Kjøpe brodder til alle",
                        "deviation": 5,
                        "control_level": "ppe",
                        "responsible": "SFO-leder",
                        "deadline": "2026-12-15",
                        "effect_check": "Telle brodder",
                    },
                ],
                case={
                    "status": "closed",
                    "effect_evaluation": "Ingen fall på tre uker med is.",
                    "informed": ["leader", "verneombud"],
                    "log": [],
                },
            ),
        ),
        (
            "homecare",
            _answer(
                homecare,
                event=[5],
                facts={
                    5: (
                        "primary",
                        "Brukeren grep Amina og truet henne.",
                        "Vold er forbudt",
                        "colleague",
                        "M",
                    ),
                    4: ("secondary", "Alarmen var ikke ladet.", "", "manager", "T"),
                },
                whys={5: [("Brukeren ble sint", "M")]},
                report={
                    "type": "hendelse",
                    "category": "vold",
                    "severity_actual": "middels",
                    "severity_potential": "hoy",
                    "where": "Storgata 12",
                    "when": "Kveld",
                    "what": "Amina ble truet.",
                    "immediate": "Amina gikk ut.",
                },
                actions=[
                    {
                        "type": "corrective",
                        "description": "Amina skal bruke alarmen riktig",
                        "deviation": 4,
                        "control_level": "ppe",
                        "responsible": "Amina",
                        "deadline": "",
                        "effect_check": "",
                    },
                ],
                case={
                    "status": "registered",
                    "effect_evaluation": "",
                    "informed": [],
                    "log": [],
                },
            ),
        ),
    ]


@transaction.atomic
def seed(*, users, courses) -> list[str]:
    from lms.models import Enrolment

    from .grading import instructor_assign
    from .practice.demo import seed_practice_companies
    from .services import submission_get_or_create, submission_submit

    indexes = seed_index()
    pages = {
        exercise["key"]: seed_exercise(exercise, indexes) for exercise in EXERCISES
    }
    seed_permissions(indexes["nb"])
    practice = seed_practice_companies()
    worker = courses.get("worker")
    place_in_lesson(pages["scaffolding"], worker)
    place_practice(courses, practice[0])

    instructor = users.get("instructor")
    if instructor:
        instructor_assign(instructor=instructor, course=None)
        for course in courses.values():
            instructor_assign(instructor=instructor, course=course)

    learner = users.get("learner")
    waiting = 0
    if learner and not Submission.objects.filter(user=learner).exists():
        in_worker = (
            worker
            and Enrolment.objects.filter(
                user=learner, course_key=worker.translation_key
            ).exists()
        )
        for key, answer in demo_answers(pages):
            course = worker if key == "scaffolding" and in_worker else None
            submission = submission_get_or_create(
                user=learner, exercise=pages[key], course=course
            )
            submission_submit(
                submission=submission, draft=answer, language="nb", exercise=pages[key]
            )
            waiting += 1
    else:
        waiting = Submission.objects.filter(
            status__in=[Submission.Status.SUBMITTED, Submission.Status.IN_GRADING]
        ).count()
    return [
        f"  Deviation practice: /nb/sandbox/ ({len(pages)} exercises); "
        f"grading queue /nb/sandbox/grading/ ({waiting} waiting for instructor@example.com)",
        "  Practice companies: "
        + ", ".join(f"/nb/sandbox/company/{c.slug}/statistics/" for c in practice),
    ]
