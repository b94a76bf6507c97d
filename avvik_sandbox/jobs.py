"""The sandbox's outbox jobs (registered when the app is ready)."""

from lms.outbox import outbox_job


@outbox_job("sandbox.submission_notify")
def submission_notify_job(*, submission_id: int, decision: str) -> None:
    """Tell the learner their exercise was graded or returned (once per grading)."""
    from .grading import submission_notify_learner

    submission_notify_learner(submission_id=submission_id, decision=decision)
