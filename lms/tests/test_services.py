"""Learner services beyond the happy path: retakes, languages, withdrawal, staff."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses.factories import course_with_lessons
from lms import services
from lms.exceptions import LearningError
from lms.factories import UserFactory
from lms.models import AuditEvent, Enrolment, LessonProgress, QuizAttempt
from lms.selectors import course_progress_for, dashboard_progress, hours_completed
from tests.foundation_helpers import (
    RIGHT_ANSWERS,
    WRONG_ANSWERS,
    quiz_post,
    quiz_url,
    translate_course,
)

pytestmark = pytest.mark.django_db


def _quiz(lesson):
    return lesson.quiz_blocks()[0].id


def _finish(enrolment, lessons):
    for lesson in lessons:
        for block in lesson.quiz_blocks():
            services.quiz_attempt_submit(
                enrolment=enrolment,
                lesson=lesson,
                block_id=block.id,
                answers=RIGHT_ANSWERS,
            )
        services.lesson_complete(enrolment=enrolment, lesson=lesson)


# --- Retakes ---------------------------------------------------------------------


def test_every_retake_is_stored_and_scored_against_the_course_pass_mark(site, learner):
    course, lessons = course_with_lessons(site["catalogue"], lessons=1, pass_mark=50)
    enrolment = services.enrolment_free_create(user=learner, course=course)
    lesson = lessons[0]
    half = {0: RIGHT_ANSWERS[0], 1: WRONG_ANSWERS[1]}
    first = services.quiz_attempt_submit(
        enrolment=enrolment,
        lesson=lesson,
        block_id=_quiz(lesson),
        answers=WRONG_ANSWERS,
    )
    second = services.quiz_attempt_submit(
        enrolment=enrolment, lesson=lesson, block_id=_quiz(lesson), answers=half
    )
    assert (first.attempt.score_percent, first.attempt.passed) == (0, False)
    # 50 % reaches this course's pass mark of 50 % (the default would be 80 %).
    assert (second.attempt.score_percent, second.attempt.passed) == (50, True)
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 2
    assert [q.correct for q in second.questions] == [True, False]


def test_a_failed_retake_after_a_pass_does_not_take_the_pass_away(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    for answers in (RIGHT_ANSWERS, WRONG_ANSWERS):
        services.quiz_attempt_submit(
            enrolment=enrolment, lesson=last, block_id=_quiz(last), answers=answers
        )
    services.lesson_complete(enrolment=enrolment, lesson=last)
    assert LessonProgress.objects.get(lesson_key=last.translation_key).completed_at


def test_multiple_choice_needs_exactly_the_correct_options(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    result = services.quiz_attempt_submit(
        enrolment=enrolment,
        lesson=last,
        block_id=_quiz(last),
        answers={0: [1], 1: [0, 1, 2]},  # one extra (wrong) option ticked
    )
    assert [q.correct for q in result.questions] == [True, False]
    assert result.attempt.score_percent == 50 and not result.attempt.passed


def test_an_unknown_quiz_block_is_refused(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    with pytest.raises(LearningError):
        services.quiz_attempt_submit(
            enrolment=enrolment,
            lesson=course.lessons[-1],
            block_id="no-such-block",
            answers=RIGHT_ANSWERS,
        )


def test_the_lesson_page_shows_the_latest_attempt_after_a_retake(
    client, course, learner
):
    client.force_login(learner)
    services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    block_id = _quiz(last)
    client.post(quiz_url(last, block_id), quiz_post(block_id, WRONG_ANSWERS))
    client.post(quiz_url(last, block_id), quiz_post(block_id, RIGHT_ANSWERS))
    html = client.get(last.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "is-passed" in html and "is-failed" not in html
    assert QuizAttempt.objects.count() == 2


# --- One course in several languages ---------------------------------------------


def test_progress_in_one_language_counts_for_every_translation(course, learner):
    uk_course, uk_lessons = translate_course(course, "uk")
    assert uk_course.translation_key == course.translation_key
    enrolment = services.enrolment_free_create(user=learner, course=course)
    # Enrolling again through the Ukrainian page is the same enrolment.
    assert services.enrolment_free_create(user=learner, course=uk_course) == enrolment
    services.lesson_complete(enrolment=enrolment, lesson=uk_lessons[0])
    nb_progress = course_progress_for(user=learner, course=course)
    uk_progress = course_progress_for(user=learner, course=uk_course)
    assert nb_progress.done == uk_progress.done == 1
    assert nb_progress.next_lesson.pk == course.lessons[1].pk
    assert uk_progress.next_lesson.pk == uk_lessons[1].pk


def test_a_course_finished_across_languages_completes_once(course, learner):
    uk_course, uk_lessons = translate_course(course, "uk")
    nb_lessons = course.lessons
    received = []

    def on_completed(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    services.course_completed.connect(on_completed)
    try:
        enrolment = services.enrolment_free_create(user=learner, course=uk_course)
        _finish(enrolment, [nb_lessons[0], uk_lessons[1]])
        # The quiz block keeps its id in the translation, so a pass in Ukrainian
        # counts for the bokmål lesson too.
        assert _quiz(uk_lessons[2]) == _quiz(nb_lessons[2])
        _finish(enrolment, [uk_lessons[2]])
        _finish(enrolment, [nb_lessons[2]])  # again, in bokmål
    finally:
        services.course_completed.disconnect(on_completed)
    enrolment.refresh_from_db()
    assert received == [enrolment.pk]
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert str(enrolment.hours_credited) == "1.50"
    assert hours_completed(user=learner) == enrolment.hours_credited
    assert AuditEvent.objects.filter(action="enrolment.completed").count() == 1


def test_the_dashboard_shows_a_course_in_the_visitors_language(course, learner):
    uk_course, uk_lessons = translate_course(course, "uk")
    enrolment = services.enrolment_free_create(user=learner, course=course)
    services.lesson_complete(enrolment=enrolment, lesson=course.lessons[0])
    [item] = dashboard_progress(user=learner, language_code="uk")
    assert item.course.pk == uk_course.pk
    assert [lesson.pk for lesson in item.lessons] == [p.pk for p in uk_lessons]
    assert item.done == 1 and item.next_lesson.pk == uk_lessons[1].pk
    [item] = dashboard_progress(user=learner, language_code="nn")  # no nn version
    assert item.course.pk == course.pk


def test_continue_goes_to_the_next_lesson_in_the_current_language(
    client, course, learner
):
    uk_course, uk_lessons = translate_course(course, "uk")
    enrolment = services.enrolment_free_create(user=learner, course=course)
    services.lesson_complete(enrolment=enrolment, lesson=course.lessons[0])
    client.force_login(learner)
    with translation.override("uk"):
        continue_url = reverse("lms:continue", args=[course.pk])
    response = client.get(continue_url)
    assert response.status_code == 302
    assert response["Location"] == uk_lessons[1].url


# --- Withdrawn enrolments ----------------------------------------------------------


def test_a_withdrawn_learner_loses_access_and_keeps_progress_on_return(
    client, course, learner
):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    services.lesson_complete(enrolment=enrolment, lesson=course.lessons[0])
    services.enrolment_withdraw(enrolment=enrolment, actor=None, reason="refund")
    assert course_progress_for(user=learner, course=course).enrolment is None
    assert dashboard_progress(user=learner, language_code="nb") == []
    client.force_login(learner)
    response = client.get(course.lessons[1].url)
    assert response.status_code == 302 and response["Location"] == course.url

    again = services.enrolment_free_create(user=learner, course=course)
    assert again.pk == enrolment.pk and again.status == Enrolment.Status.ACTIVE
    assert course_progress_for(user=learner, course=course).done == 1
    assert list(
        AuditEvent.objects.filter(object_id=str(enrolment.pk))
        .order_by("id")
        .values_list("action", flat=True)
    ) == ["enrolment.created", "enrolment.withdrawn", "enrolment.reactivated"]


def test_a_completed_then_withdrawn_enrolment_comes_back_completed(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    _finish(enrolment, course.lessons)
    enrolment.refresh_from_db()
    services.enrolment_withdraw(enrolment=enrolment, actor=None, reason="test")
    again = services.enrolment_create(
        user=learner, course=course, source=Enrolment.Source.STAFF
    )
    assert again.status == Enrolment.Status.COMPLETED
    assert again.completed_at == enrolment.completed_at


# --- Staff ------------------------------------------------------------------------


def test_staff_can_preview_lessons_without_saving_answers(client, course):
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    last = course.lessons[-1]
    response = client.get(last.url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.context["is_staff_preview"] is True
    html = response.content.decode()
    assert 'name="action" value="complete"' not in html
    response = client.post(
        quiz_url(last, _quiz(last)), quiz_post(_quiz(last), RIGHT_ANSWERS)
    )
    assert response.status_code == 302
    assert not Enrolment.objects.exists() and not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.exists()


def test_staff_can_enrol_a_learner_in_a_paid_course(site, learner):
    paid, _lessons = course_with_lessons(site["catalogue"], price_ore=149000)
    staff = UserFactory(is_staff=True)
    enrolment = services.enrolment_create(
        user=learner, course=paid, source=Enrolment.Source.STAFF, actor=staff
    )
    assert enrolment.source == Enrolment.Source.STAFF
    event = AuditEvent.objects.get(action="enrolment.created")
    assert event.actor == staff
    assert course_progress_for(user=learner, course=paid).enrolment == enrolment
