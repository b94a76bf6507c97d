"""The site shell: what every page and e-mail stands on, whatever the app.

- ``middleware``, ``csp``: security headers, the Content-Security-Policy, the unknown
  language prefix and the admin's language;
- ``page_cache``: anonymous public pages from the cache, and the structure cache;
- ``generations``: cache entries retired all at once by a new token;
- ``routing``: Wagtail's routes and the request's site from the structure cache;
- ``sessions``: database sessions with a ceiling;
- ``health``: ``/healthz`` and ``/readyz``;
- ``emails``: the one way an e-mail is rendered and sent (called from outbox jobs);
- ``identity``, ``context_processors``: the site's name and the seller on every page;
- ``client_ip``, ``limits``: the client's address and rate limits;
- ``converters``, ``text``, ``spreadsheets``: URL converters, text helpers, CSV/XLSX;
- ``downloads``: a private attachment (invoices, agreements).
"""
