from celery import shared_task


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def submission_notify(self, submission_id: int, decision: str):
    """Tell the learner their exercise was graded or returned (safe to retry)."""
    from .services import submission_notify_learner

    try:
        submission_notify_learner(submission_id=submission_id, decision=decision)
    except OSError as error:  # SMTP trouble: try again later
        raise self.retry(exc=error) from error
