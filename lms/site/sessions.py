"""Database sessions with a ceiling (``SESSION_ENGINE = "lms.site.sessions"``).

A visitor who is not signed in has no business storing much: a login in progress, a
message or two. An anonymous session that grows past ``ANONYMOUS_MAX_BYTES`` is not
written at all (a scanner cannot grow the table with big rows), and a signed-in one
past ``SIGNED_IN_MAX_BYTES`` is logged, since nothing of ours puts that much there.
"""

import logging

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

logger = logging.getLogger(__name__)

ANONYMOUS_MAX_BYTES = 8 * 1024
SIGNED_IN_MAX_BYTES = 64 * 1024


class SessionStore(DatabaseSessionStore):
    def save(self, must_create=False):
        data = self._get_session(no_load=must_create)
        if SESSION_KEY not in data:
            size = len(self.encode(data))
            if size > ANONYMOUS_MAX_BYTES:
                logger.warning("Anonymous session of %s bytes not stored", size)
                return
        super().save(must_create=must_create)

    def create_model_instance(self, data):
        session = super().create_model_instance(data)  # the one encoding
        if len(session.session_data) > SIGNED_IN_MAX_BYTES:
            logger.error("Session of %s bytes stored", len(session.session_data))
        return session
