"""How a content page hands its serving or context to the app that owns that work.

Page models are the ground floor: they import no views, selectors or services, and
never write. An app that serves a page type (lms serves lessons, the sandbox serves
exercises) or adds to its context (lms: a learner's progress on the course page)
registers a function here from its ``AppConfig.ready()``; the page asks this registry.
This keeps imports pointing one way (courses ← lms ← avvik_sandbox, payments) while
the behaviour stays where it belongs. Who registers what is named in each app's map.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

PageServer = Callable[..., object]
ContextProvider = Callable[..., dict]

_servers: dict[type, PageServer] = {}
_context_providers: dict[type, list[ContextProvider]] = defaultdict(list)


def page_server_register(page_model: type, server: PageServer) -> None:
    """``server(request, page, preview=False) -> HttpResponse`` serves ``page_model``."""
    _servers[page_model] = server


def page_context_register(page_model: type, provider: ContextProvider) -> None:
    """``provider(request, page) -> dict`` adds to ``page_model``'s template context."""
    if provider not in _context_providers[page_model]:
        _context_providers[page_model].append(provider)


def page_server(page) -> PageServer | None:
    return _servers.get(type(page))


def page_context(request, page) -> dict:
    context: dict = {}
    for provider in _context_providers.get(type(page), ()):
        context.update(provider(request, page))
    return context


class HookedPageMixin:
    """Serve and build context through the registry (falls back to Wagtail's own)."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_context(request, self))
        return context

    def serve(self, request, *args, **kwargs):
        server = page_server(self)
        if server is None:
            return super().serve(request, *args, **kwargs)
        return server(request, self)


# Choices for blocks that point at things another app owns (the practice companies of
# the sandbox): ``provider() -> [(value, label)]``, asked when an editor opens the form.
_choice_providers: dict[str, Callable[[], list]] = {}


def block_choices_register(name: str, provider: Callable[[], list]) -> None:
    _choice_providers[name] = provider


def block_choices(name: str) -> list:
    provider = _choice_providers.get(name)
    return list(provider()) if provider else []
