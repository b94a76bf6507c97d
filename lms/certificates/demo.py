"""Demo certificates for `manage.py seed_demo` (never run in production). Idempotent.

The demo learner gets the leader course completed long enough ago that its certificate
expires in about six weeks (so the refresher and the reminders have something to show)
and the verneombud course completed, for the 40-hour summary. ``complete_for_demo``
also serves the payments demo, whose company employees have different statuses.
"""

from __future__ import annotations

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from lms.certificates.render import certificate_pdf_store
from lms.certificates.services import certificate_issue
from lms.models import ActiveMinute, Certificate, Enrolment, LessonProgress, QuizAttempt
from lms.services import enrolment_create


def _correct_answers(block) -> dict:
    return {
        str(i): [j for j, option in enumerate(q["options"]) if option["correct"]]
        for i, q in enumerate(block.value["questions"])
    }


def complete_for_demo(*, user, course, when, lessons_done=None) -> Enrolment:
    """Record the course as done at ``when`` (demo only: skips the learner's clicks)."""
    enrolment = enrolment_create(
        user=user, course=course, source=Enrolment.Source.STAFF
    )
    lessons = course.specific.lessons
    if lessons_done is not None:
        lessons = lessons[:lessons_done]
    for lesson in lessons:
        LessonProgress.objects.update_or_create(
            enrolment=enrolment,
            lesson_key=lesson.translation_key,
            defaults={"lesson": lesson, "first_visited_at": when, "completed_at": when},
        )
        for block in lesson.quiz_blocks():
            answers = _correct_answers(block)
            QuizAttempt.objects.get_or_create(
                enrolment=enrolment,
                lesson_key=lesson.translation_key,
                block_id=block.id,
                passed=True,
                defaults={
                    "lesson": lesson,
                    "answers": answers,
                    "correct_count": len(answers),
                    "question_count": len(answers),
                    "score_percent": 100,
                    "created_at": when,
                },
            )
    updates = {"last_activity_at": when}
    updates["active_seconds"] = _demo_minutes(enrolment, lessons, when) * 60
    if lessons_done is None:
        updates.update(
            completed_at=when,
            status=Enrolment.Status.COMPLETED,
            hours_credited=course.specific.hours,
        )
    Enrolment.objects.filter(pk=enrolment.pk).update(**updates)
    enrolment.refresh_from_db()
    if lessons_done is None:
        certificate = certificate_issue(enrolment=enrolment, issued_at=when)
        certificate_pdf_store(certificate=certificate)
    return enrolment


def _demo_minutes(enrolment, lessons, when) -> int:
    """Active minutes for the demo's lessons (each lesson's estimate, a little over),
    recorded as the minutes before ``when`` so the sums can be traced like real ones."""
    if ActiveMinute.objects.filter(enrolment=enrolment).exists():
        return ActiveMinute.objects.filter(enrolment=enrolment).count()
    rows, per_lesson = [], {}
    minute = when.replace(second=0, microsecond=0)
    for lesson in reversed(lessons):
        spent = lesson.minutes + 2
        per_lesson[lesson.translation_key] = spent
        for _i in range(spent):
            minute -= timedelta(minutes=1)
            rows.append(
                ActiveMinute(
                    enrolment=enrolment,
                    minute=minute,
                    lesson_key=lesson.translation_key,
                )
            )
    ActiveMinute.objects.bulk_create(rows)
    for key, spent in per_lesson.items():
        LessonProgress.objects.filter(enrolment=enrolment, lesson_key=key).update(
            active_seconds=spent * 60
        )
    return len(rows)


def _has_certificate(user, course) -> bool:
    return Certificate.objects.filter(
        user=user, course_key=course.translation_key
    ).exists()


def seed(*, users, courses) -> list[str]:
    learner = users.get("learner")
    leader = courses.get("leader")
    verneombud = courses.get("verneombud")
    now = timezone.now()
    lines = []
    if learner and leader and not _has_certificate(learner, leader):
        months = leader.specific.certificate_validity_months or 36
        when = now - relativedelta(months=months) + timedelta(days=45)
        complete_for_demo(user=learner, course=leader, when=when)
    if learner and verneombud and not _has_certificate(learner, verneombud):
        complete_for_demo(
            user=learner, course=verneombud, when=now - timedelta(days=120)
        )
    certificate = (
        Certificate.objects.filter(user=learner).order_by("-issued_at").first()
        if learner
        else None
    )
    if certificate:
        lines.append(
            f"  Certificates: learner@example.com holds {certificate.number} "
            f"(check it on /nb/verify/{certificate.number}/); compliance view for "
            "hr@example.com on /nb/company/compliance/"
        )
    return lines
