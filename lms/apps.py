from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from lms.site.identity import site_identity_sync

        from . import jobs, receivers  # noqa: F401 (jobs register themselves)

        # Certificates issued on completion, the welcome e-mail after confirmation.
        receivers.connect()
        # The Sites row (allauth's e-mails say "Hello from <name>") follows SITE_URL.
        post_migrate.connect(site_identity_sync, sender=self, dispatch_uid="lms.site")
        # The anonymous page cache forgets every page when content changes.
        from django.db.models.signals import post_delete as deleted
        from django.db.models.signals import post_save as saved
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from lms.site.page_cache import page_cache_clear, page_cache_clear_on_change

        from .models import LegalSettings

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(page_cache_clear, dispatch_uid=f"page-cache:{signal}")
        deleted.connect(page_cache_clear, sender=Page, dispatch_uid="page-cache:del")
        # A site's host or root page decides which page a path leads to.
        from wagtail.models import Site

        saved.connect(page_cache_clear, sender=Site, dispatch_uid="page-cache:site")
        deleted.connect(page_cache_clear, sender=Site, dispatch_uid="page-cache:site-d")
        saved.connect(
            page_cache_clear_on_change, sender=LegalSettings, dispatch_uid="pc:legal"
        )
        # Lessons are served, and the course page shows progress, by lms.
        from courses.models import CoursePage, LessonPage
        from courses.page_hooks import page_context_register, page_server_register

        from .views.learning import course_page_context
        from .views.lesson import lesson_serve

        page_server_register(LessonPage, lesson_serve)
        page_context_register(CoursePage, course_page_context)
        # The home page's "over N participants", from real completions.
        from courses.models import HomePage

        from .social_proof import home_page_context

        page_context_register(HomePage, home_page_context)
        # The demo's certificates, after the other apps' demo data (seed_demo).
        from .demo import demo_seeder_register

        demo_seeder_register(_seed_certificates_demo, order=90)


def _seed_certificates_demo(**kwargs):
    from .certificates.demo import seed

    return seed(**kwargs)
