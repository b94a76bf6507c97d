from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AvvikSandboxConfig(AppConfig):
    name = "avvik_sandbox"
    verbose_name = _("Deviation sandbox")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lms.access import record_grant_register
        from lms.services import completion_checks

        from . import jobs  # noqa: F401 (outbox jobs register themselves)
        from .selectors import instructor_may_read_record
        from .services import exercise_completion_unmet

        record_grant_register(instructor_may_read_record)
        # The menu's "Grading" link, cached per user, dropped when assignments change.
        from . import user_flags

        user_flags.connect()
        # Instructors grade learners' work: two-factor login, like other staff.
        from lms.two_factor import staff_role_register

        from .selectors import user_is_instructor

        staff_role_register(user_is_instructor)
        # Submissions in a person's export; their text blanked on account deletion.
        from lms.personal_data import personal_data_register

        from .personal_data import SECTIONS

        for section in SECTIONS:
            personal_data_register(section)
        # Demo data for `make run`: exercises, submissions, practice companies.
        from lms.demo import demo_seeder_register

        demo_seeder_register(_seed_demo, order=20)
        # The sandbox serves its exercise pages and lists exercises on its index.
        from courses.page_hooks import page_context_register, page_server_register

        from .models import ExercisePage, SandboxIndexPage
        from .views.workspace import exercise_index_context, exercise_serve

        page_server_register(ExercisePage, exercise_serve)
        page_context_register(SandboxIndexPage, exercise_index_context)
        if exercise_completion_unmet not in completion_checks:
            completion_checks.append(exercise_completion_unmet)
        # Practice companies: chosen in a lesson's practice block, required like exercises.
        from courses.page_hooks import block_choices_register

        from .practice import selectors as practice_selectors

        block_choices_register("practice_companies", practice_selectors.company_choices)
        if practice_selectors.completion_unmet not in completion_checks:
            completion_checks.append(practice_selectors.completion_unmet)


def _seed_demo(**kwargs):
    from .demo import seed

    return seed(**kwargs)
