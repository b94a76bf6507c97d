"""Content: the Wagtail page tree editors write (home, catalogue, courses, modules,
lessons, articles) and its blocks. The ground floor: it imports no other app.

- ``models``: the page types; ``blocks``: StreamField blocks (quiz, law, video …).
- ``page_hooks``: how a page hands its serving or context to the app that owns that
  work (lms serves lessons, the sandbox serves exercises), registered from their
  ``apps.py``; page models only read.
- ``selectors``: reads over the page tree; ``views``: what home and catalogue list.
- ``panels``, ``forms``: the editor's side; ``sitemap``: every language's pages.
- ``demo`` + ``demo_content``: the four demo courses.
"""
