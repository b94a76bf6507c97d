"""Signal receivers: what follows a completion or a confirmed address (via the outbox)."""

from .outbox import outbox_enqueue


def on_course_completed(sender, enrolment, **kwargs):
    # The completion and the job to issue its certificate commit together.
    outbox_enqueue(
        job="lms.certificate_issue",
        payload={"enrolment_id": enrolment.pk},
        key=f"certificate:{enrolment.pk}:{enrolment.completed_at.isoformat()}",
    )


def on_email_confirmed(sender, request=None, email_address=None, **kwargs):
    if email_address is None or not email_address.user_id:
        return
    outbox_enqueue(
        job="lms.welcome_email",
        payload={"user_id": email_address.user_id},
        key=f"welcome:{email_address.user_id}",
    )


def on_lesson_unpublished(sender, instance, **kwargs):
    """A learner who had done every other lesson has now finished the course: nothing
    is left for them to press, so the unpublishing records their completion."""
    course = instance.course
    if course is not None:
        outbox_enqueue(
            job="lms.course_completions_recheck",
            payload={"course_key": str(course.translation_key)},
        )


def connect():
    from allauth.account.signals import email_confirmed
    from wagtail.signals import page_unpublished

    from courses.models import LessonPage

    from .services import course_completed

    course_completed.connect(on_course_completed, dispatch_uid="lms.certificate_issue")
    email_confirmed.connect(on_email_confirmed, dispatch_uid="lms.welcome_email")
    page_unpublished.connect(
        on_lesson_unpublished, sender=LessonPage, dispatch_uid="lms.lesson_unpublished"
    )
