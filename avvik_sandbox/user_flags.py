"""The menu's "Grading" flag is cached per user (lms.user_flags); an instructor
assignment that changes drops that instructor's flags at once."""

from django.db.models.signals import post_delete, post_save

from lms.user_flags import user_flags_clear

from .models import InstructorAssignment


def _clear(sender, instance, **kwargs):
    user_flags_clear(instance.instructor_id)


def connect() -> None:
    post_save.connect(_clear, sender=InstructorAssignment, dispatch_uid="flags-ia")
    post_delete.connect(_clear, sender=InstructorAssignment, dispatch_uid="flags-ia-d")
