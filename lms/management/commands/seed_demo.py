"""Create the demo site: pages, courses, users and each app's demo data. Idempotent."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from courses import demo as course_demo
from lms import demo as lms_demo
from lms.site.identity import site_identity_sync


class Command(BaseCommand):
    help = (
        "Seed the demo content and demo logins (idempotent; never run in production)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo creates demo logins with a known password and refuses to "
                "run with DEBUG off. It is for `make run` only."
            )
        courses = course_demo.seed()
        users = lms_demo.seed_users()
        lms_demo.seed_enrolments(users, courses)
        lms_demo.seed_seller()
        lines = []
        # Each app's own demo data, registered in its apps.py (lms.demo).
        for seed in lms_demo.demo_seeders():
            lines.extend(seed(users=users, courses=courses) or [])
        password = settings.DEMO_PASSWORD
        site_identity_sync()
        base = settings.SITE_URL
        self.stdout.write(self.style.SUCCESS(f"Demo ready on {base}/"))
        self.stdout.write(f"Demo logins (password: {password}):")
        for _key, email, name, *_rest in lms_demo.DEMO_USERS:
            self.stdout.write(f"  {email:<26} {name}")
        self.stdout.write(f"  Wagtail admin: {base}/admin/")
        for line in lines:
            self.stdout.write(line)
