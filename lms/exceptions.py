"""The lms app's one exception base and its kinds; each message is shown to the user."""


class LearningError(Exception):
    """A learner action that cannot be done; the message is shown to the learner."""


class CertificateError(LearningError):
    """A certificate action that cannot be done; the message is shown to the user."""
