"""Who besides the learner may read a learner's training record of a course.

``lms`` knows learners, courses and certificates, not companies or instructors. An app
that gives other people a legitimate reason to read a record registers a *grant* here
from its ``AppConfig.ready()``:

- ``payments`` — admins of a company that gave the learner a seat in the course, or to
  which the learner shared it (``payments.company_access``);
- ``avvik_sandbox`` — instructors assigned to the course.

Superusers may read every record (support); every read by someone other than the
learner is written to the audit log by the view that serves it. Editors and other staff
get nothing unless a grant says so.

A *watcher* source names the people told about a record (e.g. company admins are told
when an employee's certificate is about to expire); the same rules apply.
"""

from __future__ import annotations

from collections.abc import Callable

RecordGrant = Callable[..., bool]
WatcherSource = Callable[..., list]

_grants: list[RecordGrant] = []
_watcher_sources: list[WatcherSource] = []


def record_grant_register(grant: RecordGrant) -> None:
    """Add ``grant(viewer=, learner_id=, course_key=) -> bool``; once per function."""
    if grant not in _grants:
        _grants.append(grant)


def record_watchers_register(source: WatcherSource) -> None:
    """Add ``source(learner=, course_key=) -> list[User]``; once per function."""
    if source not in _watcher_sources:
        _watcher_sources.append(source)


def record_readable_by(*, viewer, learner_id: int, course_key) -> bool:
    if not getattr(viewer, "is_authenticated", False) or not viewer.is_active:
        return False
    if viewer.pk == learner_id or viewer.is_superuser:
        return True
    return any(
        grant(viewer=viewer, learner_id=learner_id, course_key=course_key)
        for grant in _grants
    )


def record_watchers(*, learner, course_key) -> list:
    """Everyone besides the learner who is told about this record, each once."""
    people = {}
    for source in _watcher_sources:
        for person in source(learner=learner, course_key=course_key):
            if person.pk != learner.pk:
                people[person.pk] = person
    return list(people.values())
