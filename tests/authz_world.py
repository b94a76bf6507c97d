"""The objects and people the authorisation matrix is walked with.

One course with a learner who finished it through a company seat (certificate, order,
sandbox submission), a second course and company that belong to others, and one person
for each role in the matrix.
"""

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Site

from avvik_sandbox import grading
from avvik_sandbox import services as sandbox_services
from avvik_sandbox.factories import GOOD_NB, ExercisePageFactory, answer, sandbox_tree
from avvik_sandbox.practice import amu, plan, risk, routine
from avvik_sandbox.practice.demo import seed_key
from avvik_sandbox.practice.generator import generate_history
from avvik_sandbox.practice.models import PracticeCompany, PracticeDepartment
from avvik_sandbox.practice.risk_models import RiskExercise, RiskHazardKey
from courses.factories import course_with_lessons
from lms.factories import UserFactory
from lms.models import (
    AuditEvent,
    Certificate,
    NewsletterSubscription,
    OutboxMessage,
)
from lms.models.legal import LegalSettings
from lms.tests.certificate_helpers import finish_course
from payments.factories import CompanyFactory, DiscountCodeFactory, seat_given
from payments.models import (
    CodeBatch,
    CompanyMember,
    EvidencePackJob,
    MemberInvitation,
    SeatInvitation,
)
from payments.products import Product
from payments.services import hours, invoices, roles
from payments.tests.helpers import order_for, pay_dev

ROLES = (
    "anon",
    "learner",
    "other",
    "instructor",
    "instr_other",
    "admin",
    "admin_other",
    "editor",
    "super",
    "dept_mgr",
)


@dataclass
class World:
    people: dict
    objects: dict


def _staff(email: str, group: str):
    user = UserFactory(email=email, is_staff=True)
    group_obj, _ = Group.objects.get_or_create(name=group)
    group_obj.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    user.groups.add(group_obj)
    return user


def build(site, capture_on_commit) -> World:
    course, _ = course_with_lessons(site["catalogue"], lessons=2, price_ore=49000)
    other_course, _ = course_with_lessons(site["catalogue"], lessons=1, price_ore=29000)
    people = _people(course, other_course)
    objects = {"course": course, "other_course": other_course}
    objects.update(
        _learning_and_payments(site, people, course, other_course, capture_on_commit)
    )
    objects.update(_practice_world(people))
    learner = people["learner"]
    objects.update(
        audit=AuditEvent.objects.order_by("pk").first(),
        outbox=OutboxMessage.objects.order_by("pk").first(),
        membership=CompanyMember.objects.get(company=objects["company"], user=learner),
        assignment=people["instructor"].sandbox_assignments.first(),
        webhook_event=None,
    )
    return World(people=people, objects=objects)


def _people(course, other_course) -> dict:
    """One person per role; the instructors grade one course each."""
    instructor = _staff("teacher@example.org", "Instructors")
    instr_other = _staff("teacher-other@example.org", "Instructors")
    editor = _staff("editor@example.org", "Editors")
    # Editors prepare the practice companies and the risk-assessment exercises, as
    # the demo's Editors group does.
    editor.groups.get().permissions.add(
        *Permission.objects.filter(
            content_type__app_label="avvik_sandbox",
            codename__regex=r"_(practicecompany|riskexercise)$",
        )
    )
    grading.instructor_assign(instructor=instructor, course=course)
    grading.instructor_assign(instructor=instr_other, course=other_course)
    return {
        "learner": UserFactory(email="learner@example.org", full_name="Lea Lærling"),
        "other": UserFactory(email="other@example.org"),
        "instructor": instructor,
        "instr_other": instr_other,
        "admin": UserFactory(email="hms@firma.example.org"),
        "admin_other": UserFactory(email="hms@annet.example.org"),
        "editor": editor,
        "super": UserFactory(
            email="root@example.org", is_staff=True, is_superuser=True
        ),
        # An employee of Firma AS who manages the learner's department.
        "dept_mgr": UserFactory(email="leder@firma.example.org"),
    }


def _editors_author_exercises(index) -> None:
    """Editors write exercises under the practice area, as the demo's Editors group
    does; said here so that the result does not hang on whether Wagtail's own default
    permissions for that group are still in the database when the matrix runs."""
    from wagtail.models import GroupPagePermission

    editors = Group.objects.get(name="Editors")
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def _learning_and_payments(site, people, course, other_course, capture_on_commit):
    """The learner finished ``course`` on a company seat and bought the other one."""
    learner, admin = people["learner"], people["admin"]
    index = sandbox_tree(site["home"])
    exercise = ExercisePageFactory(parent=index)
    _editors_author_exercises(index)
    company = CompanyFactory(name="Firma AS", admin=admin)
    other_company = CompanyFactory(name="Annet AS", admin=people["admin_other"])
    seat = seat_given(company=company, user=learner, course=course, buyer=admin)
    with capture_on_commit(execute=True):  # the certificate is made after commit
        enrolment = finish_course(course=course, user=learner)
    order = order_for(learner, other_course)  # bought on their own
    pay_dev(order)
    free_seat = seat_given(company=company, user=admin, course=course, buyer=admin)
    training = _required_training(company, people, course)
    submission = sandbox_services.submission_get_or_create(
        user=learner, exercise=exercise, course=course
    )
    return {
        "exercise": exercise,
        "company": company,
        "other_company": other_company,
        "seat": seat,
        "enrolment": enrolment,
        "certificate": Certificate.objects.get(user=learner),
        "order": order,
        "seat_invitation": SeatInvitation.objects.create(
            company=company,
            seat=free_seat,
            email="new@firma.example.org",
            invited_by=admin,
        ),
        "member_invitation": MemberInvitation.objects.create(
            company=company, email="other@example.org", invited_by=admin
        ),
        "submission": sandbox_services.submission_submit(
            submission=submission, draft=answer(exercise, **GOOD_NB), language="nb"
        ),
        "job": EvidencePackJob.objects.create(
            company_id=company.pk, requested_by=admin
        ),
        "subscription": NewsletterSubscription.objects.create(email="news@example.org"),
        "code": DiscountCodeFactory(code="MATRIX10"),
        "batch": CodeBatch.objects.create(
            name="Batch", count=0, created_by=people["super"]
        ),
        **training,
    }


def _issued_invoice(company, admin, course):
    """An invoice for two seats, issued at once under the company's credit limit."""
    legal = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    legal.seller_name, legal.org_nr = "HMS-kurs AS", "923609016"
    legal.address, legal.bank_account = "Kursveien 2, 0150 Oslo", "12345678903"
    legal.save()
    company.invoice_credit_limit_ore = 10_000_000
    company.save()
    return invoices.invoice_order_create(
        company=company,
        product=Product(course=course),
        quantity=2,
        actor=admin,
        purchase_order="PO-1",
        buyer_reference="HR",
        terms_days=14,
        street="Gata 1",
        postcode="0150",
        city="Oslo",
    )


def _required_training(company, people, course) -> dict:
    """A role requiring the course, held by the learner, in a department that the
    employee "dept_mgr" manages."""
    admin = people["admin"]
    role = roles.role_create(
        company=company, name="Verneombud", kind="verneombud", actor=admin
    )
    requirement = roles.requirement_add(
        role=role,
        course=course,
        due_within_days=30,
        renew_every_months=None,
        actor=admin,
    )
    department = roles.department_create(company=company, name="Lager", actor=admin)
    CompanyMember.objects.create(company=company, user=people["dept_mgr"])
    roles.department_managers_set(
        department=department, user_ids=[people["dept_mgr"].pk], actor=admin
    )
    learner_membership = CompanyMember.objects.get(
        company=company, user=people["learner"]
    )
    roles.member_roles_set(
        membership=learner_membership,
        roles=[role],
        department=department,
        actor=admin,
    )
    entry = hours.external_hours_add(
        membership=learner_membership,
        title="Grunnkurs",
        provider="BHT",
        hours="8",
        completed_on=date(2026, 1, 15),
        document=SimpleUploadedFile("bevis.pdf", b"%PDF-1.4 test", "application/pdf"),
        actor=admin,
    )
    agreement = hours.agreement_propose(
        membership=learner_membership,
        capacity="verneombud",
        hours="20",
        programme="Kurs her",
        reasons="Lav risiko",
        actor=admin,
    )
    invoice = _issued_invoice(company, admin, course)
    return {
        "invoice": invoice,
        "role": role,
        "requirement": requirement,
        "department": department,
        "learner_membership": learner_membership,
        "hours_entry": entry,
        "agreement": agreement,
    }


def _practice_world(people) -> dict:
    """A practice company with answers to each exercise, and a class's routine case."""
    learner = people["learner"]
    practice = PracticeCompany.objects.create(
        name="Øvingskommune", slug="ovingskommune", live=True, yearly_volume=10
    )
    PracticeDepartment.objects.create(
        company=practice, name="Oppvekst", profile="school"
    )
    generate_history(company=practice)
    seed_key(practice)
    risk_exercise = RiskExercise.objects.create(
        title="Risiko", slug="risiko", company=practice, intro="Situasjonen", live=True
    )
    RiskHazardKey.objects.create(
        exercise=risk_exercise, hazard="Vold", wordings="vold", measure_wordings="alarm"
    )
    return {
        "practice": practice,
        "risk_exercise": risk_exercise,
        "hms_plan": plan.plan_submit(
            company=practice,
            user=learner,
            language="nb",
            goals=[{"goal": "Færre avvik", "indicator": "Under 10"}],
            tasks=[],
            review="",
        ),
        "risk_answer": risk.answer_submit(
            exercise=risk_exercise,
            user=learner,
            language="nb",
            rows=[{"hazard": "Vold mot ansatte", "probability": 3, "consequence": 3}],
        ),
        "amu_answer": amu.answer_submit(
            company=practice,
            user=learner,
            year=practice.last_year,
            language="nb",
            conclusions=[{"conclusion": "Mange meldinger", "measure": "Ros dem"}],
        ),
        **_routine_case(people, practice),
    }


def _routine_case(people, practice) -> dict:
    """A class taught by the instructor: the learner reported a case, the company
    admin (also a member) leads it and has planned an action."""
    learner, admin, instructor = (
        people["learner"],
        people["admin"],
        people["instructor"],
    )
    instructor.user_permissions.add(
        Permission.objects.get(codename="add_practicecohort")
    )
    cohort = routine.cohort_create(
        company=practice, name="Klasse", instructor=instructor
    )
    for member in (learner, admin):
        routine.cohort_join(company=practice, code=cohort.join_code, user=member)
    case = routine.case_report(
        cohort=cohort,
        user=learner,
        data={
            "unit": practice.departments.get().units.first(),
            "occurred_on": cohort.today,
            "what": "Glatt ved inngangen",
            "category": "fall",
            "severity": "lav",
            "potential_severity": "middels",
        },
    )
    routine.case_take(case=case, user=admin, immediate_measure="Strødd")
    routine.case_analyse(
        case=case,
        user=admin,
        root_cause="Ingen strørutine",
        whys=[{"text": "Glatt", "mto": ["T"]}, {"text": "Ikke strødd", "mto": ["O"]}],
    )
    action = routine.action_add(
        case=case,
        user=admin,
        data={
            "kind": "preventive",
            "level": "organisational",
            "description": "Strørutine",
            "owner": "Drift",
            "deadline": cohort.today,
        },
    )
    return {"cohort": cohort, "routine_case": case, "routine_action": action}
