"""Who may see and change what, for every URL of the site.

The test walks the URL resolver: a new URL without a row in
``tests/authorisation_matrix.txt`` fails the coverage test. Each row is one URL pattern and method, requested with real objects (see
``tests/authz_world.py``) as each role. The learner owns the objects (their certificate,
order, submission; they hold a seat of "Firma AS"); "admin" administers Firma AS,
"admin_other" another company; "instructor" teaches the learner's course,
"instr_other" another course; "dept_mgr" is an employee of Firma AS who manages the
learner's department.

Outcomes:  200, 403, 404, 405 … the status;  L  sent to the login page;
           R  redirected elsewhere (an action done, or refused with a message);
           A  the Wagtail admin's "no permission" (back to the admin home).

Set ``MATRIX_PRINT=1`` to print what the site answers now, in this format.
"""

import os
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from lms import two_factor
from payments.services.digest import unsubscribe_token
from tests import authz_walk
from tests.authz_world import ROLES, build

pytestmark = pytest.mark.django_db

# The matrix itself, a row per URL pattern and method: tests/authorisation_matrix.txt.
MATRIX_FILE = Path(__file__).with_name("authorisation_matrix.txt")


def _table() -> dict:
    rows = {}
    for line in MATRIX_FILE.read_text().strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, method, *cells = line.split()
        assert len(cells) == len(ROLES), line
        rows[(key, method)] = dict(zip(ROLES, cells, strict=True))
    return rows


def _values(route, world) -> dict:
    o = world.objects
    values = {
        "course_id": o["course"].pk,
        "lesson_id": o["course"].lessons[0].pk,
        "enrolment_id": o["enrolment"].pk,
        "number": o["certificate"].number,
        "public_id": o["order"].public_id,
        "company_id": o["company"].pk,
        "invitation_id": o["seat_invitation"].pk,
        "token": o["seat_invitation"].token,
        "job_id": o["job"].pk,
        "fmt": "csv",
        "pk": o["submission"].pk,
        "exercise_id": o["exercise"].pk,
        "batch_id": o["batch"].pk,
        "code_id": o["code"].pk,
        "order_id": o["order"].pk,
        "key": "junk-key",
        "uidb36": "1",
        "restriction_id": 1,
        "page_view_restriction_id": 1,
        "page_id": o["course"].pk,
        "document_id": 1,
        "path": "images/none.png",
        "app_label": "payments",
        "model_name": "company",
        "slug": o["practice"].slug,
        "cohort_id": o["cohort"].pk,
        "case_id": o["routine_case"].pk,
        "action_id": o["routine_action"].pk,
        "answer_id": o["amu_answer"].pk,
        "plan_id": o["hms_plan"].pk,
        "role_id": o["role"].pk,
        "requirement_id": o["requirement"].pk,
        "department_id": o["department"].pk,
        "member_id": o["learner_membership"].pk,
        "entry_id": o["hours_entry"].pk,
        "agreement_id": o["agreement"].pk,
        "invoice_id": o["invoice"].pk,
    }
    key = route.key
    if key in ("payments:member_invitation_revoke",):
        values["invitation_id"] = o["member_invitation"].pk
    if key.startswith("payments:join"):
        values["token"] = o["member_invitation"].token
    if key == "avvik_sandbox:practice_review":
        values["kind"] = "risk"
        values["answer_id"] = o["risk_answer"].pk
    if key.startswith("avvik_sandbox:risk_"):
        values["slug"] = o["risk_exercise"].slug
        values["answer_id"] = o["risk_answer"].pk
    if key == "lms:lesson_quiz":
        quiz_lesson = o["course"].lessons[-1]
        values["lesson_id"] = quiz_lesson.pk
        values["block_id"] = quiz_lesson.quiz_blocks()[0].id
    if key.startswith("lms:newsletter_"):
        values["token"] = o["subscription"].token
    if key == "payments:digest_unsubscribe":
        values["token"] = unsubscribe_token("news@example.org")
    admin_objects = {
        "admin/enrolments/": "enrolment",
        "admin/audit/": "audit",
        "admin/outbox/": "outbox",
        "admin/certificates/": "certificate",
        "admin/instructor_assignments/": "assignment",
        "admin/payments/codes/": "code",
        "admin/payments/code-batches/": "batch",
        "admin/payments/orders/": "order",
        "admin/payments/invoices/": "invoice",
        "admin/payments/companies/": "company",
        "admin/payments/company-members/": "membership",
        "admin/payments/seats/": "seat",
        "admin/payments/invitations/": "seat_invitation",
        "admin/change-history/": "company",
        "admin/practice_companies/": "practice",
        "admin/risk_exercises/": "risk_exercise",
    }
    if key == "sandbox_score_preview":
        values["page_id"] = o["exercise"].pk
    for prefix, name in admin_objects.items():
        if route.pattern.startswith(prefix):
            values["pk"] = o[name].pk
    return values


def _path(route, world) -> str:
    if route.key == "wagtail_serve":
        return world.objects["course"].url
    return authz_walk.build_path(route, _values(route, world))


class _As:
    """One signed-in client per role; every request is rolled back afterwards."""

    def __init__(self, world):
        self.clients = {}
        for role in ROLES:
            client = Client(raise_request_exception=False)
            if role in world.people:
                user = world.people[role]
                client.force_login(user)
                if two_factor.needs_two_factor(user):
                    # Staff signed in with their second factor, as they must.
                    TOTP.activate(user, generate_totp_secret())
                    session = client.session
                    session[two_factor.SESSION_KEY] = 1
                    session.save()
            self.clients[role] = (client, client.cookies.output(header=""))

    def request(self, role, method, path, data=None):
        client, cookies = self.clients[role]
        cache.clear()
        with transaction.atomic():
            response = getattr(client, method.lower())(path, data or {})
            transaction.set_rollback(True)
        # A logout or a rotated session must not carry over to the next request.
        client.cookies = SimpleCookie()
        client.cookies.load(cookies)
        return response


def _routes():
    return [r for r in authz_walk.walk() if authz_walk.ours(r)]


def test_every_url_has_a_row():
    keys = {key for key, _method in _table()}
    missing = sorted({r.key for r in _routes()} - keys)
    assert not missing, f"URLs with no row in the matrix: {missing}"


@pytest.fixture
def world(site, django_capture_on_commit_callbacks, settings):
    settings.STAFF_MFA_REQUIRED = True
    return build(site, django_capture_on_commit_callbacks)


def test_the_matrix(world):
    table = _table()
    printing = os.environ.get("MATRIX_PRINT")
    wrong, lines = [], []
    as_ = _As(world)
    for route in _routes():
        path = _path(route, world)
        for method in ("GET", "POST"):
            expected = table.get((route.key, method))
            if expected is None and not printing:
                continue
            got = {}
            for role in ROLES:
                got[role] = authz_walk.classify(as_.request(role, method, path))
            if printing:
                lines.append(
                    f"{route.key:44} {method:6} " + " ".join(got[r] for r in ROLES)
                )
                continue
            for role in ROLES:
                if expected[role] != got[role]:
                    wrong.append(
                        f"{method} {path} as {role}: expected {expected[role]}, "
                        f"got {got[role]}"
                    )
    if printing:
        print("\n".join(lines))
    assert not wrong, "\n".join(wrong)


def test_out_of_range_ids_and_junk_next_never_give_a_server_error(world):
    """Every pattern with an id beyond the integer range, and every URL with a
    hostile ``next``, answers below 500 and never sends the visitor off the site."""
    as_ = _As(world)
    junk = {"GET": ("//evil.example", "x"), "POST": ("https://evil.example/", "x")}
    wrong = []
    for route in _routes():
        paths = [_path(route, world)]
        ids = [n for n, kind in route.converters if kind == "IdConverter"]
        if ids:
            values = {**_values(route, world), **dict.fromkeys(ids, "9" * 23)}
            paths.append(authz_walk.build_path(route, values))
        for target in paths:
            for role in ("anon", "learner", "super"):
                for method, nexts in junk.items():
                    for next_url in nexts:
                        response = as_.request(role, method, target, {"next": next_url})
                        status = response.status_code
                        location = response.get("Location", "").split("?")[0]
                        if (
                            route.key.startswith("payments:dev_gateway")
                            and status == 503
                        ):
                            continue  # test payments are off without DEBUG: by design
                        if status >= 500 or "evil.example" in location:
                            wrong.append(
                                f"{method} {target} next={next_url} as {role}: "
                                f"{status} {location}"
                            )
    assert not wrong, "\n".join(wrong)
