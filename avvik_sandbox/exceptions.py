"""The sandbox's one exception base and its kinds; each message is shown to the user."""


class SandboxError(Exception):
    """Something the user asked for that cannot be done; the message is shown."""


class DraftConflict(SandboxError):
    """The draft was saved elsewhere (another tab or device) since this copy loaded."""


class ClaimConflict(SandboxError):
    """Another instructor is grading this submission."""


class RoutineRefused(SandboxError):
    """A step the practice routine does not allow now; ``str()`` says why, in the
    reader's language."""


class NeedsConfirmation(SandboxError):
    """Every level equals the pre-score's suggestion: the instructor confirms that this
    is their judgement before the grade is saved."""
