"""The deviation routine played through: the steps in order, the refusals a learner
meets (closing without an effect evaluation, handling one's own report, a step out of
order) and classes that see their own cases and nobody else's."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from avvik_sandbox.exceptions import RoutineRefused
from avvik_sandbox.practice import routine
from avvik_sandbox.tests.helpers import make_company
from lms.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _bokmal():
    with translation.override("nb"):
        yield


@pytest.fixture
def company():
    return make_company(volume=20)


@pytest.fixture
def instructor():
    user = UserFactory(email="teacher@example.org")
    user.user_permissions.add(Permission.objects.get(codename="add_practicecohort"))
    return user


def _report(company, cohort, user, **extra):
    data = {
        "unit": company.departments.first().units.first(),
        "occurred_on": cohort.today - timedelta(days=1),
        "what": "Ein kollega skled på glatt gårdsplass ved inngangen og slo hoften.",
        "category": "fall",
        "severity": "middels",
        "potential_severity": "hoy",
        "immediate_by_reporter": "Hjalp kollegaen inn og strødde ved døren.",
        "anonymous": False,
        **extra,
    }
    return routine.case_report(cohort=cohort, user=user, data=data)


def _play_to_evaluation(case, leader):
    routine.case_take(case=case, user=leader, immediate_measure="Sperret av og strødd.")
    routine.case_analyse(
        case=case,
        user=leader,
        root_cause="Ingen fast strørutine for vaktmester i helgene.",
        whys=[
            {"text": "Gårdsplassen var glatt og ikke strødd", "mto": ["T"]},
            {"text": "Vaktmesteren var ikke på jobb i helgen", "mto": ["O"]},
            {"text": "Ingen rutine sier hvem som strør i helgene", "mto": ["O"]},
        ],
    )
    action = routine.action_add(
        case=case,
        user=leader,
        data={
            "kind": "preventive",
            "level": "organisational",
            "description": "Fast strørutine med ansvarlig i helgene",
            "owner": "Driftsleder",
            "deadline": case.cohort.today + timedelta(days=14),
        },
    )
    routine.action_done(action=action, user=leader)
    case.refresh_from_db()
    return case


def test_a_case_walks_every_step_and_closes_only_with_an_effect_evaluation(
    company, instructor
):
    cohort = routine.cohort_create(
        company=company, name="Klasse A", instructor=instructor
    )
    worker, leader = UserFactory(), UserFactory()
    for user in (worker, leader):
        routine.cohort_join(company=company, code=cohort.join_code.lower(), user=user)
    case = _report(company, cohort, worker)
    assert case.status == "registered" and case.number == 1
    case = _play_to_evaluation(case, leader)
    assert case.status == "evaluation"
    with pytest.raises(RoutineRefused, match="effektevaluering|effect evaluation"):
        routine.case_close(case=case, user=leader, evaluation="  ")
    with pytest.raises(RoutineRefused):  # a medium case needs the verneombud informed
        routine.case_close(
            case=case,
            user=leader,
            evaluation="Sjekket strøingen tre helger på rad, alt i orden.",
        )
    routine.case_inform_verneombud(case=case, user=leader)
    case = routine.case_close(
        case=case,
        user=leader,
        evaluation="Sjekket strøingen tre helger på rad, alt i orden.",
    )
    assert case.status == "closed" and case.closed_on == cohort.today


def test_the_worker_cannot_handle_their_own_report(company):
    learner = UserFactory()
    cohort = routine.cohort_solo(company=company, user=learner)
    own = _report(company, cohort, learner)
    with pytest.raises(RoutineRefused, match="selv|yourself"):
        routine.case_take(case=own, user=learner, immediate_measure="Strødd.")
    # Alone, the learner leads on the report from one of the company's own workers.
    incoming = cohort.cases.exclude(pk=own.pk).get()
    assert incoming.reporter is None and incoming.reporter_name
    assert (
        routine.case_take(
            case=incoming, user=learner, immediate_measure="Snakket med den ansatte."
        ).status
        == "processing"
    )


def test_a_step_out_of_order_is_refused(company, instructor):
    cohort = routine.cohort_create(
        company=company, name="Klasse B", instructor=instructor
    )
    worker, leader, other = UserFactory(), UserFactory(), UserFactory()
    case = _report(company, cohort, worker)
    with pytest.raises(RoutineRefused):  # no analysis before someone took the case
        routine.case_analyse(
            case=case, user=leader, whys=[{"text": "a b c"}] * 2, root_cause="x y z w"
        )
    routine.case_take(case=case, user=leader, immediate_measure="Sperret av.")
    with pytest.raises(RoutineRefused):  # actions come after the analysis
        routine.action_add(case=case, user=leader, data={})
    with pytest.raises(RoutineRefused):  # and only the leader who took it handles it
        routine.case_analyse(
            case=case, user=other, whys=[{"text": "a b c"}] * 2, root_cause="x y z w"
        )
    with pytest.raises(RoutineRefused):
        routine.case_close(
            case=case, user=leader, evaluation="Alt er sjekket og fungerer godt nå."
        )


def test_deadlines_pass_in_simulated_time(company):
    learner = UserFactory()
    cohort = routine.cohort_solo(company=company, user=learner)
    case = cohort.cases.get()
    routine.case_take(case=case, user=learner, immediate_measure="Sperret av.")
    routine.case_analyse(
        case=case,
        user=learner,
        root_cause="Ingen rutine for dette i enheten.",
        whys=[
            {"text": "Det var glatt ute", "mto": ["T"]},
            {"text": "Ingen strødde i dag", "mto": ["O"]},
        ],
    )
    routine.action_add(
        case=case,
        user=learner,
        data={
            "kind": "corrective",
            "level": "collective",
            "description": "Varmekabler i trappen",
            "owner": "Eiendom",
            "deadline": cohort.today + timedelta(days=5),
        },
    )
    with pytest.raises(RoutineRefused):
        routine.action_add(
            case=case,
            user=learner,
            data={
                "kind": "corrective",
                "level": "ppe",
                "description": "Brodder",
                "owner": "Leder",
                "deadline": cohort.today - timedelta(days=1),
            },
        )
    routine.cohort_advance(cohort=cohort, user=learner)
    client_page = _client(learner).get(
        reverse("avvik_sandbox:routine_cohort", args=[cohort.pk])
    )
    assert (
        "Varmekabler i trappen" in client_page.content.decode()
    )  # overdue, shown to the leader
    assert len(client_page.context["overdue"]) == 1


def _client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def test_a_class_sees_its_own_cases_and_not_another_class(company, instructor):
    first = routine.cohort_create(
        company=company, name="Klasse 1", instructor=instructor
    )
    second = routine.cohort_create(
        company=company, name="Klasse 2", instructor=instructor
    )
    anna, bo, cecilie = UserFactory(), UserFactory(), UserFactory()
    routine.cohort_join(company=company, code=first.join_code, user=anna)
    routine.cohort_join(company=company, code=first.join_code, user=bo)
    routine.cohort_join(company=company, code=second.join_code, user=cecilie)
    annas = _report(
        company,
        first,
        anna,
        what="Anna melder: Stige uten fot på lageret, nesten falt ned.",
    )
    bos = _report(
        company,
        first,
        bo,
        what="Bo melder: Ledning over gangen i kontoret, snublet nesten.",
        anonymous=True,
    )
    page = (
        _client(bo)
        .get(reverse("avvik_sandbox:routine_cohort", args=[first.pk]))
        .content.decode()
    )
    assert "Anna melder" in page and "Bo melder" in page
    # Anonymous: the class sees the report, not who sent it.
    assert (
        bo.get_full_name()
        not in _client(anna)
        .get(reverse("avvik_sandbox:routine_case", args=[bos.pk]))
        .content.decode()
    )
    outsider = _client(cecilie)
    assert (
        "Anna melder"
        not in outsider.get(
            reverse("avvik_sandbox:routine_cohort", args=[second.pk])
        ).content.decode()
    )
    assert (
        outsider.get(
            reverse("avvik_sandbox:routine_cohort", args=[first.pk])
        ).status_code
        == 404
    )
    assert (
        outsider.get(reverse("avvik_sandbox:routine_case", args=[annas.pk])).status_code
        == 404
    )
    assert (
        outsider.post(
            reverse("avvik_sandbox:routine_take", args=[annas.pk]),
            {"immediate_measure": "x"},
        ).status_code
        == 404
    )
    # The instructor moderates both and moves the date; members cannot.
    assert (
        _client(instructor)
        .get(reverse("avvik_sandbox:routine_case", args=[annas.pk]))
        .status_code
        == 200
    )
    _client(bo).post(reverse("avvik_sandbox:routine_advance", args=[first.pk]))
    first.refresh_from_db()
    assert first.today == company.simulated_today
    _client(instructor).post(reverse("avvik_sandbox:routine_advance", args=[first.pk]))
    first.refresh_from_db()
    assert first.today == company.simulated_today + timedelta(days=7)


def test_a_refused_step_keeps_what_was_typed_and_says_why(company):
    learner = UserFactory()
    cohort = routine.cohort_solo(company=company, user=learner)
    case = cohort.cases.get()
    client = _client(learner)
    client.post(
        reverse("avvik_sandbox:routine_take", args=[case.pk]),
        {"immediate_measure": "Sperret av."},
    )
    # Two whys given, the root cause forgotten: refused by the form, text kept.
    response = client.post(
        reverse("avvik_sandbox:routine_analyse", args=[case.pk]),
        {
            "why1": "Det var glatt ved inngangen",
            "mto1": ["T"],
            "why2": "Ingen hadde strødd",
            "root_cause": "",
        },
    )
    assert response.status_code == 400
    assert "Det var glatt ved inngangen" in response.content.decode()
    # The report form keeps the text and marks the date that lies in the future.
    response = client.post(
        reverse("avvik_sandbox:routine_report", args=[cohort.pk]),
        {
            "unit": company.departments.first().units.first().pk,
            "occurred_on": "2030-01-01",
            "what": "Beskrivelse som skal bli stående",
            "category": "fall",
            "severity": "lav",
            "potential_severity": "lav",
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert (
        "Beskrivelse som skal bli stående" in body
        and "etter dagens dato i øvingsverdenen" in body
    )


def test_the_report_form_is_in_ukrainian_for_a_ukrainian_worker(company):
    learner = UserFactory()
    cohort = routine.cohort_solo(company=company, user=learner)
    with translation.override("uk"):
        url = reverse("avvik_sandbox:routine_report", args=[cohort.pk])
    body = _client(learner).get(url).content.decode()
    assert url.startswith("/uk/")
    assert "Повідомити про відхилення" in body


def test_the_period_is_brought_to_amu_with_its_figures_and_feedback(company):
    learner = UserFactory()
    cohort = routine.cohort_solo(company=company, user=learner)
    case = cohort.cases.get()
    routine.case_take(case=case, user=learner, immediate_measure="Sperret av.")
    routine.case_analyse(
        case=case,
        user=learner,
        root_cause="Ingen rutine for dette i enheten.",
        whys=[
            {"text": "Det var glatt ute", "mto": ["T"]},
            {"text": "Ingen strødde i dag", "mto": ["O"]},
        ],
    )
    routine.action_add(
        case=case,
        user=learner,
        data={
            "kind": "corrective",
            "level": "collective",
            "description": "Varmekabler i trappen",
            "owner": "Eiendom",
            "deadline": cohort.today,
        },
    )
    routine.cohort_advance(cohort=cohort, user=learner)
    client = _client(learner)
    url = reverse("avvik_sandbox:routine_amu", args=[cohort.pk])
    short = client.post(url, {"text": ""})
    assert short.status_code == 400
    text = (
        "I perioden kom det inn 1 sak, og den er fortsatt åpen. Ett tiltak har passert "
        "fristen: varmekabler i trappen er ikke lagt. Jeg foreslår at AMU ber eiendom "
        "om en ny dato og at vi følger opp saken i neste møte sammen med verneombudet."
    )
    assert client.post(url, {"text": text}).status_code == 302
    review = cohort.amu_reviews.get()
    assert review.figures["cases"] == 1 and review.figures["open"] == 1
    assert review.figures["overdue_actions"] == 1
    page = client.get(url)
    checks = page.context["reviews"][0][1]
    assert all(met for met, _text in checks), checks
    outsider = _client(UserFactory())
    assert outsider.get(url).status_code == 404
