from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "payments"
    verbose_name = _("Payments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Who besides the learner reads a training record: company admins, by the
        # rules in company_access (a seat the company gave, or a course shared).
        from lms.access import record_grant_register, record_watchers_register

        # Prices and campaigns on the cached public pages.
        from . import (
            jobs,  # noqa: F401 (outbox jobs register themselves)
            page_cache,
        )
        from .company_access import company_may_read_record, record_watchers

        page_cache.connect()
        # The compliance table's company-wide figures, dropped when a record changes.
        from .compliance import figures

        figures.connect()
        # The menu's per-user links, cached, dropped when a membership or order changes.
        from . import user_flags

        user_flags.connect()
        record_grant_register(company_may_read_record)
        record_watchers_register(record_watchers)
        # Orders and company memberships in a person's export and account deletion.
        from lms.personal_data import personal_data_register

        from .personal_data import SECTIONS

        for section in SECTIONS:
            personal_data_register(section)
        # Demo data for `make run`: a company, codes and orders (seed_demo).
        from lms.demo import demo_seeder_register

        demo_seeder_register(_seed_demo, order=10)


def _seed_demo(**kwargs):
    from .demo import seed

    return seed(**kwargs)
