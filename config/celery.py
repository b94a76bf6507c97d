import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("hms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _load_pdf_renderer(**_kwargs):
    """Certificates are rendered by the worker: load WeasyPrint's fonts and CSS when
    the process starts, not while the first learner's certificate waits."""
    import logging

    from lms.certificates.render import warm_up

    try:
        warm_up()
    except Exception:  # a missing font must not keep the worker from starting
        logging.getLogger(__name__).exception("PDF warm-up failed")
