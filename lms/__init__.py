"""Learning: learners, enrolments, lessons and quizzes, time on task, certificates, and
the site shell every app stands on. Imports point one way: courses ← lms ← (sandbox,
payments); lms knows nothing of companies, orders or instructors.

Learning
- ``models``: learner state by wing (users, learning, certificates, audit, legal,
  newsletter, outbox); every model keeps the ``lms`` app label.
- ``services``: enrolment, lesson visits and completion, quiz attempts, the completion
  check (other apps add theirs to ``completion_checks`` from their ``apps.py``);
  ``selectors``: progress, the next lesson, the dashboard; ``time_on_task``: active
  minutes and the minimum-time rule.
- ``views``: ``lesson`` (the lesson page, its quiz and "done" actions, one URL each;
  ``quiz_states`` builds what each quiz shows), ``learning`` (enrol, continue,
  dashboard, profile), ``certificates``, ``personal_data``, ``newsletter``, ``site``
  (legal pages, error pages, the admin's login).
- ``access``: who besides the learner may read a record; other apps register grants.
- ``pending``: work typed by a learner whose login expired, kept until they are back.

Certificates: ``certificates/`` (its own map): issuing, the PDF, the 40-hour ledger.

Audit and personal data
- ``audit``: the audit log's one writer; ``history_admin``: field-level change history.
- ``personal_data``: a person's export, and deleting (anonymising) an account.

Delivery
- ``outbox``: the one way to send an e-mail or run a job exactly once, recorded in the
  transaction of the change; ``jobs`` (registered in ``apps.py``) and ``notifications``
  are what lms sends; ``tasks``: Celery's delivery, sweep and daily beat runs;
  ``receivers``: what a completion or a confirmed address sets off.

Accounts: ``adapters`` (allauth), ``two_factor`` (required for staff), ``forms``,
``allauth_strings`` (allauth's words in our catalogues), ``user_flags`` (menu flags).

Site shell: ``site/`` (its own map): middleware, CSP, the page cache, sessions, health
checks, the e-mail sender. Also ``newsletter``, ``social_proof`` (the home page's
participant count), ``wagtail_hooks`` (admin for learner state), ``demo`` (demo users,
and the registry each app adds its demo seeder to from its ``apps.py``).
"""
