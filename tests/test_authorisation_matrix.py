"""Who may see and change what, for every URL of the site.

The test walks the URL resolver: a new URL without a row below fails the coverage
test. Each row is one URL pattern and method, requested with real objects (see
``tests/authz_world.py``) as each role. The learner owns the objects (their certificate,
order, submission; they hold a seat of "Firma AS"); "admin" administers Firma AS,
"admin_other" another company; "instructor" teaches the learner's course,
"instr_other" another course.

Outcomes:  200, 403, 404, 405 … the status;  L  sent to the login page;
           R  redirected elsewhere (an action done, or refused with a message);
           A  the Wagtail admin's "no permission" (back to the admin home).

Set ``MATRIX_PRINT=1`` to print what the site answers now, in this format.
"""

import os
from http.cookies import SimpleCookie

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from lms import two_factor
from tests import authz_walk
from tests.authz_world import ROLES, build

pytestmark = pytest.mark.django_db

# fmt: off
MATRIX = """
# route                                            method anon learner other instructor instr_other admin admin_other editor super
healthz                                            GET    200  200     200   200        200         200   200         200    200
healthz                                            POST   405  405     405   405        405         405   405         405    405
robots                                             GET    200  200     200   200        200         200   200         200    200
robots                                             POST   405  405     405   405        405         405   405         405    405
sitemap                                            GET    200  200     200   200        200         200   200         200    200
sitemap                                            POST   405  405     405   405        405         405   405         405    405
readyz                                             GET    200  200     200   200        200         200   200         200    200
readyz                                             POST   405  405     405   405        405         405   405         405    405
admin/login/                                       GET    L    L       L     L          L           L     L           L      L
admin/login/                                       POST   L    L       L     L          L           L     L           L      L
^admin/password_reset/                             GET    R    R       R     R          R           R     R           R      R
^admin/password_reset/                             POST   R    R       R     R          R           R     R           R      R
lms_change_history                                 GET    L    L       L     A          A           L     L           A      200
lms_change_history                                 POST   L    L       L     405        405         L     L           405    405
payments_admin:code_batch_generate                 GET    L    L       L     A          A           L     L           A      200
payments_admin:code_batch_generate                 POST   L    L       L     A          A           L     L           A      200
payments_admin:code_batch                          GET    L    L       L     A          A           L     L           A      200
payments_admin:code_batch                          POST   L    L       L     A          A           L     L           A      200
payments_admin:code_batch_csv                      GET    L    L       L     A          A           L     L           A      200
payments_admin:code_batch_csv                      POST   L    L       L     A          A           L     L           A      200
payments_admin:code_usage                          GET    L    L       L     A          A           L     L           A      200
payments_admin:code_usage                          POST   L    L       L     A          A           L     L           A      200
payments_admin:order_refund                        GET    L    L       L     A          A           L     L           A      200
payments_admin:order_refund                        POST   L    L       L     A          A           L     L           A      200
enrolments:index                                   GET    L    L       L     A          A           L     L           A      200
enrolments:index                                   POST   L    L       L     A          A           L     L           A      405
enrolments:index_results                           GET    L    L       L     A          A           L     L           A      200
enrolments:index_results                           POST   L    L       L     A          A           L     L           A      405
enrolments:add                                     GET    L    L       L     A          A           L     L           A      200
enrolments:add                                     POST   L    L       L     A          A           L     L           A      200
enrolments:edit                                    GET    L    L       L     A          A           L     L           A      A
enrolments:edit                                    POST   L    L       L     A          A           L     L           A      A
enrolments:delete                                  GET    L    L       L     A          A           L     L           A      A
enrolments:delete                                  POST   L    L       L     A          A           L     L           A      A
enrolments:history                                 GET    L    L       L     A          A           L     L           A      200
enrolments:history                                 POST   L    L       L     A          A           L     L           A      405
enrolments:history_results                         GET    L    L       L     A          A           L     L           A      200
enrolments:history_results                         POST   L    L       L     A          A           L     L           A      405
enrolments:usage                                   GET    L    L       L     A          A           L     L           A      A
enrolments:usage                                   POST   L    L       L     A          A           L     L           A      A
enrolments:inspect                                 GET    L    L       L     A          A           L     L           A      200
enrolments:inspect                                 POST   L    L       L     A          A           L     L           A      405
enrolments:copy                                    GET    L    L       L     A          A           L     L           A      200
enrolments:copy                                    POST   L    L       L     A          A           L     L           A      200
audit:index                                        GET    L    L       L     A          A           L     L           A      200
audit:index                                        POST   L    L       L     A          A           L     L           A      405
audit:index_results                                GET    L    L       L     A          A           L     L           A      200
audit:index_results                                POST   L    L       L     A          A           L     L           A      405
audit:add                                          GET    L    L       L     A          A           L     L           A      A
audit:add                                          POST   L    L       L     A          A           L     L           A      A
audit:edit                                         GET    L    L       L     A          A           L     L           A      A
audit:edit                                         POST   L    L       L     A          A           L     L           A      A
audit:delete                                       GET    L    L       L     A          A           L     L           A      A
audit:delete                                       POST   L    L       L     A          A           L     L           A      A
audit:history                                      GET    L    L       L     A          A           L     L           A      A
audit:history                                      POST   L    L       L     A          A           L     L           A      A
audit:history_results                              GET    L    L       L     A          A           L     L           A      A
audit:history_results                              POST   L    L       L     A          A           L     L           A      A
audit:usage                                        GET    L    L       L     A          A           L     L           A      A
audit:usage                                        POST   L    L       L     A          A           L     L           A      A
audit:inspect                                      GET    L    L       L     A          A           L     L           A      200
audit:inspect                                      POST   L    L       L     A          A           L     L           A      405
audit:copy                                         GET    L    L       L     A          A           L     L           A      A
audit:copy                                         POST   L    L       L     A          A           L     L           A      A
outbox:index                                       GET    L    L       L     A          A           L     L           A      200
outbox:index                                       POST   L    L       L     A          A           L     L           A      405
outbox:index_results                               GET    L    L       L     A          A           L     L           A      200
outbox:index_results                               POST   L    L       L     A          A           L     L           A      405
outbox:add                                         GET    L    L       L     A          A           L     L           A      A
outbox:add                                         POST   L    L       L     A          A           L     L           A      A
outbox:edit                                        GET    L    L       L     A          A           L     L           A      A
outbox:edit                                        POST   L    L       L     A          A           L     L           A      A
outbox:delete                                      GET    L    L       L     A          A           L     L           A      A
outbox:delete                                      POST   L    L       L     A          A           L     L           A      A
outbox:history                                     GET    L    L       L     A          A           L     L           A      A
outbox:history                                     POST   L    L       L     A          A           L     L           A      A
outbox:history_results                             GET    L    L       L     A          A           L     L           A      A
outbox:history_results                             POST   L    L       L     A          A           L     L           A      A
outbox:usage                                       GET    L    L       L     A          A           L     L           A      A
outbox:usage                                       POST   L    L       L     A          A           L     L           A      A
outbox:inspect                                     GET    L    L       L     A          A           L     L           A      200
outbox:inspect                                     POST   L    L       L     A          A           L     L           A      405
outbox:copy                                        GET    L    L       L     A          A           L     L           A      A
outbox:copy                                        POST   L    L       L     A          A           L     L           A      A
certificates:index                                 GET    L    L       L     A          A           L     L           A      200
certificates:index                                 POST   L    L       L     A          A           L     L           A      405
certificates:index_results                         GET    L    L       L     A          A           L     L           A      200
certificates:index_results                         POST   L    L       L     A          A           L     L           A      405
certificates:add                                   GET    L    L       L     A          A           L     L           A      A
certificates:add                                   POST   L    L       L     A          A           L     L           A      A
certificates:edit                                  GET    L    L       L     A          A           L     L           A      A
certificates:edit                                  POST   L    L       L     A          A           L     L           A      A
certificates:delete                                GET    L    L       L     A          A           L     L           A      A
certificates:delete                                POST   L    L       L     A          A           L     L           A      A
certificates:history                               GET    L    L       L     A          A           L     L           A      A
certificates:history                               POST   L    L       L     A          A           L     L           A      A
certificates:history_results                       GET    L    L       L     A          A           L     L           A      A
certificates:history_results                       POST   L    L       L     A          A           L     L           A      A
certificates:usage                                 GET    L    L       L     A          A           L     L           A      A
certificates:usage                                 POST   L    L       L     A          A           L     L           A      A
certificates:inspect                               GET    L    L       L     A          A           L     L           A      200
certificates:inspect                               POST   L    L       L     A          A           L     L           A      405
certificates:copy                                  GET    L    L       L     A          A           L     L           A      A
certificates:copy                                  POST   L    L       L     A          A           L     L           A      A
certificates:revoke                                GET    L    L       L     A          A           L     L           A      200
certificates:revoke                                POST   L    L       L     A          A           L     L           A      200
instructor_assignments:index                       GET    L    L       L     A          A           L     L           A      200
instructor_assignments:index                       POST   L    L       L     A          A           L     L           A      405
instructor_assignments:index_results               GET    L    L       L     A          A           L     L           A      200
instructor_assignments:index_results               POST   L    L       L     A          A           L     L           A      405
instructor_assignments:add                         GET    L    L       L     A          A           L     L           A      200
instructor_assignments:add                         POST   L    L       L     A          A           L     L           A      200
instructor_assignments:edit                        GET    L    L       L     A          A           L     L           A      200
instructor_assignments:edit                        POST   L    L       L     A          A           L     L           A      200
instructor_assignments:delete                      GET    L    L       L     A          A           L     L           A      200
instructor_assignments:delete                      POST   L    L       L     A          A           L     L           A      R
instructor_assignments:history                     GET    L    L       L     A          A           L     L           A      200
instructor_assignments:history                     POST   L    L       L     A          A           L     L           A      405
instructor_assignments:history_results             GET    L    L       L     A          A           L     L           A      200
instructor_assignments:history_results             POST   L    L       L     A          A           L     L           A      405
instructor_assignments:usage                       GET    L    L       L     A          A           L     L           A      200
instructor_assignments:usage                       POST   L    L       L     A          A           L     L           A      405
instructor_assignments:copy                        GET    L    L       L     A          A           L     L           A      200
instructor_assignments:copy                        POST   L    L       L     A          A           L     L           A      200
payments_codes:index                               GET    L    L       L     A          A           L     L           A      200
payments_codes:index                               POST   L    L       L     A          A           L     L           A      405
payments_codes:index_results                       GET    L    L       L     A          A           L     L           A      200
payments_codes:index_results                       POST   L    L       L     A          A           L     L           A      405
payments_codes:add                                 GET    L    L       L     A          A           L     L           A      200
payments_codes:add                                 POST   L    L       L     A          A           L     L           A      200
payments_codes:edit                                GET    L    L       L     A          A           L     L           A      200
payments_codes:edit                                POST   L    L       L     A          A           L     L           A      200
payments_codes:delete                              GET    L    L       L     A          A           L     L           A      200
payments_codes:delete                              POST   L    L       L     A          A           L     L           A      R
payments_codes:history                             GET    L    L       L     A          A           L     L           A      200
payments_codes:history                             POST   L    L       L     A          A           L     L           A      405
payments_codes:history_results                     GET    L    L       L     A          A           L     L           A      200
payments_codes:history_results                     POST   L    L       L     A          A           L     L           A      405
payments_codes:usage                               GET    L    L       L     A          A           L     L           A      200
payments_codes:usage                               POST   L    L       L     A          A           L     L           A      405
payments_codes:inspect                             GET    L    L       L     A          A           L     L           A      200
payments_codes:inspect                             POST   L    L       L     A          A           L     L           A      405
payments_code_batches:index                        GET    L    L       L     A          A           L     L           A      200
payments_code_batches:index                        POST   L    L       L     A          A           L     L           A      405
payments_code_batches:index_results                GET    L    L       L     A          A           L     L           A      200
payments_code_batches:index_results                POST   L    L       L     A          A           L     L           A      405
payments_code_batches:add                          GET    L    L       L     A          A           L     L           A      A
payments_code_batches:add                          POST   L    L       L     A          A           L     L           A      A
payments_code_batches:edit                         GET    L    L       L     A          A           L     L           A      A
payments_code_batches:edit                         POST   L    L       L     A          A           L     L           A      A
payments_code_batches:delete                       GET    L    L       L     A          A           L     L           A      A
payments_code_batches:delete                       POST   L    L       L     A          A           L     L           A      A
payments_code_batches:history                      GET    L    L       L     A          A           L     L           A      A
payments_code_batches:history                      POST   L    L       L     A          A           L     L           A      A
payments_code_batches:history_results              GET    L    L       L     A          A           L     L           A      A
payments_code_batches:history_results              POST   L    L       L     A          A           L     L           A      A
payments_code_batches:usage                        GET    L    L       L     A          A           L     L           A      A
payments_code_batches:usage                        POST   L    L       L     A          A           L     L           A      A
payments_orders:index                              GET    L    L       L     A          A           L     L           A      200
payments_orders:index                              POST   L    L       L     A          A           L     L           A      405
payments_orders:index_results                      GET    L    L       L     A          A           L     L           A      200
payments_orders:index_results                      POST   L    L       L     A          A           L     L           A      405
payments_orders:add                                GET    L    L       L     A          A           L     L           A      A
payments_orders:add                                POST   L    L       L     A          A           L     L           A      A
payments_orders:edit                               GET    L    L       L     A          A           L     L           A      A
payments_orders:edit                               POST   L    L       L     A          A           L     L           A      A
payments_orders:delete                             GET    L    L       L     A          A           L     L           A      A
payments_orders:delete                             POST   L    L       L     A          A           L     L           A      A
payments_orders:history                            GET    L    L       L     A          A           L     L           A      A
payments_orders:history                            POST   L    L       L     A          A           L     L           A      A
payments_orders:history_results                    GET    L    L       L     A          A           L     L           A      A
payments_orders:history_results                    POST   L    L       L     A          A           L     L           A      A
payments_orders:usage                              GET    L    L       L     A          A           L     L           A      A
payments_orders:usage                              POST   L    L       L     A          A           L     L           A      A
payments_orders:inspect                            GET    L    L       L     A          A           L     L           A      200
payments_orders:inspect                            POST   L    L       L     A          A           L     L           A      405
payments_companies:index                           GET    L    L       L     A          A           L     L           A      200
payments_companies:index                           POST   L    L       L     A          A           L     L           A      405
payments_companies:index_results                   GET    L    L       L     A          A           L     L           A      200
payments_companies:index_results                   POST   L    L       L     A          A           L     L           A      405
payments_companies:add                             GET    L    L       L     A          A           L     L           A      200
payments_companies:add                             POST   L    L       L     A          A           L     L           A      200
payments_companies:edit                            GET    L    L       L     A          A           L     L           A      200
payments_companies:edit                            POST   L    L       L     A          A           L     L           A      200
payments_companies:delete                          GET    L    L       L     A          A           L     L           A      200
payments_companies:delete                          POST   L    L       L     A          A           L     L           A      R
payments_companies:history                         GET    L    L       L     A          A           L     L           A      200
payments_companies:history                         POST   L    L       L     A          A           L     L           A      405
payments_companies:history_results                 GET    L    L       L     A          A           L     L           A      200
payments_companies:history_results                 POST   L    L       L     A          A           L     L           A      405
payments_companies:usage                           GET    L    L       L     A          A           L     L           A      200
payments_companies:usage                           POST   L    L       L     A          A           L     L           A      405
payments_companies:inspect                         GET    L    L       L     A          A           L     L           A      200
payments_companies:inspect                         POST   L    L       L     A          A           L     L           A      405
payments_company_members:index                     GET    L    L       L     A          A           L     L           A      200
payments_company_members:index                     POST   L    L       L     A          A           L     L           A      405
payments_company_members:index_results             GET    L    L       L     A          A           L     L           A      200
payments_company_members:index_results             POST   L    L       L     A          A           L     L           A      405
payments_company_members:add                       GET    L    L       L     A          A           L     L           A      200
payments_company_members:add                       POST   L    L       L     A          A           L     L           A      200
payments_company_members:edit                      GET    L    L       L     A          A           L     L           A      200
payments_company_members:edit                      POST   L    L       L     A          A           L     L           A      200
payments_company_members:delete                    GET    L    L       L     A          A           L     L           A      200
payments_company_members:delete                    POST   L    L       L     A          A           L     L           A      R
payments_company_members:history                   GET    L    L       L     A          A           L     L           A      200
payments_company_members:history                   POST   L    L       L     A          A           L     L           A      405
payments_company_members:history_results           GET    L    L       L     A          A           L     L           A      200
payments_company_members:history_results           POST   L    L       L     A          A           L     L           A      405
payments_company_members:usage                     GET    L    L       L     A          A           L     L           A      200
payments_company_members:usage                     POST   L    L       L     A          A           L     L           A      405
payments_seats:index                               GET    L    L       L     A          A           L     L           A      200
payments_seats:index                               POST   L    L       L     A          A           L     L           A      405
payments_seats:index_results                       GET    L    L       L     A          A           L     L           A      200
payments_seats:index_results                       POST   L    L       L     A          A           L     L           A      405
payments_seats:add                                 GET    L    L       L     A          A           L     L           A      A
payments_seats:add                                 POST   L    L       L     A          A           L     L           A      A
payments_seats:edit                                GET    L    L       L     A          A           L     L           A      A
payments_seats:edit                                POST   L    L       L     A          A           L     L           A      A
payments_seats:delete                              GET    L    L       L     A          A           L     L           A      A
payments_seats:delete                              POST   L    L       L     A          A           L     L           A      A
payments_seats:history                             GET    L    L       L     A          A           L     L           A      A
payments_seats:history                             POST   L    L       L     A          A           L     L           A      A
payments_seats:history_results                     GET    L    L       L     A          A           L     L           A      A
payments_seats:history_results                     POST   L    L       L     A          A           L     L           A      A
payments_seats:usage                               GET    L    L       L     A          A           L     L           A      A
payments_seats:usage                               POST   L    L       L     A          A           L     L           A      A
payments_seats:inspect                             GET    L    L       L     A          A           L     L           A      200
payments_seats:inspect                             POST   L    L       L     A          A           L     L           A      405
payments_invitations:index                         GET    L    L       L     A          A           L     L           A      200
payments_invitations:index                         POST   L    L       L     A          A           L     L           A      405
payments_invitations:index_results                 GET    L    L       L     A          A           L     L           A      200
payments_invitations:index_results                 POST   L    L       L     A          A           L     L           A      405
payments_invitations:add                           GET    L    L       L     A          A           L     L           A      A
payments_invitations:add                           POST   L    L       L     A          A           L     L           A      A
payments_invitations:edit                          GET    L    L       L     A          A           L     L           A      A
payments_invitations:edit                          POST   L    L       L     A          A           L     L           A      A
payments_invitations:delete                        GET    L    L       L     A          A           L     L           A      A
payments_invitations:delete                        POST   L    L       L     A          A           L     L           A      A
payments_invitations:history                       GET    L    L       L     A          A           L     L           A      A
payments_invitations:history                       POST   L    L       L     A          A           L     L           A      A
payments_invitations:history_results               GET    L    L       L     A          A           L     L           A      A
payments_invitations:history_results               POST   L    L       L     A          A           L     L           A      A
payments_invitations:usage                         GET    L    L       L     A          A           L     L           A      A
payments_invitations:usage                         POST   L    L       L     A          A           L     L           A      A
payments_invitations:inspect                       GET    L    L       L     A          A           L     L           A      200
payments_invitations:inspect                       POST   L    L       L     A          A           L     L           A      405
payments_passes:index                              GET    L    L       L     A          A           L     L           A      200
payments_passes:index                              POST   L    L       L     A          A           L     L           A      405
payments_passes:index_results                      GET    L    L       L     A          A           L     L           A      200
payments_passes:index_results                      POST   L    L       L     A          A           L     L           A      405
payments_passes:add                                GET    L    L       L     A          A           L     L           A      200
payments_passes:add                                POST   L    L       L     A          A           L     L           A      200
payments_passes:edit                               GET    L    L       L     A          A           L     L           A      R
payments_passes:edit                               POST   L    L       L     A          A           L     L           A      R
payments_passes:delete                             GET    L    L       L     R          R           L     L           R      R
payments_passes:delete                             POST   L    L       L     R          R           L     L           R      R
payments_passes:history                            GET    L    L       L     R          R           L     L           R      R
payments_passes:history                            POST   L    L       L     R          R           L     L           R      R
payments_passes:history_results                    GET    L    L       L     R          R           L     L           R      R
payments_passes:history_results                    POST   L    L       L     R          R           L     L           R      R
payments_passes:usage                              GET    L    L       L     R          R           L     L           R      R
payments_passes:usage                              POST   L    L       L     R          R           L     L           R      R
payments_webhook_events:index                      GET    L    L       L     A          A           L     L           A      200
payments_webhook_events:index                      POST   L    L       L     A          A           L     L           A      405
payments_webhook_events:index_results              GET    L    L       L     A          A           L     L           A      200
payments_webhook_events:index_results              POST   L    L       L     A          A           L     L           A      405
payments_webhook_events:add                        GET    L    L       L     A          A           L     L           A      A
payments_webhook_events:add                        POST   L    L       L     A          A           L     L           A      A
payments_webhook_events:edit                       GET    L    L       L     A          A           L     L           A      A
payments_webhook_events:edit                       POST   L    L       L     A          A           L     L           A      A
payments_webhook_events:delete                     GET    L    L       L     R          R           L     L           R      R
payments_webhook_events:delete                     POST   L    L       L     R          R           L     L           R      R
payments_webhook_events:history                    GET    L    L       L     R          R           L     L           R      R
payments_webhook_events:history                    POST   L    L       L     R          R           L     L           R      R
payments_webhook_events:history_results            GET    L    L       L     R          R           L     L           R      R
payments_webhook_events:history_results            POST   L    L       L     R          R           L     L           R      R
payments_webhook_events:usage                      GET    L    L       L     R          R           L     L           R      R
payments_webhook_events:usage                      POST   L    L       L     R          R           L     L           R      R
payments_webhook_events:inspect                    GET    L    L       L     R          R           L     L           R      R
payments_webhook_events:inspect                    POST   L    L       L     R          R           L     L           R      R
wagtailadmin_login                                 GET    L    L       L     L          L           L     L           L      L
wagtailadmin_login                                 POST   L    L       L     L          L           L     L           L      L
wagtaildocs_serve                                  GET    404  404     404   404        404         404   404         404    404
wagtaildocs_serve                                  POST   404  404     404   404        404         404   404         404    404
wagtaildocs_authenticate_with_password             GET    R    R       R     R          R           R     R           R      R
wagtaildocs_authenticate_with_password             POST   R    R       R     R          R           R     R           R      R
django-admin/                                      GET    A    A       A     A          A           A     A           A      A
django-admin/                                      POST   405  405     405   405        405         405   405         405    405
payments_webhook:stripe                            GET    405  405     405   405        405         405   405         405    405
payments_webhook:stripe                            POST   400  400     400   400        400         400   400         400    400
account_login                                      GET    200  R       R     R          R           R     R           R      R
account_login                                      POST   200  R       R     R          R           R     R           R      R
account_logout                                     GET    R    200     200   200        200         200   200         200    200
account_logout                                     POST   R    R       R     R          R           R     R           R      R
account_inactive                                   GET    200  200     200   200        200         200   200         200    200
account_inactive                                   POST   405  405     405   405        405         405   405         405    405
account_signup                                     GET    200  R       R     R          R           R     R           R      R
account_signup                                     POST   200  R       R     R          R           R     R           R      R
account_reauthenticate                             GET    L    200     200   200        200         200   200         200    200
account_reauthenticate                             POST   L    200     200   200        200         200   200         200    200
account_email                                      GET    L    200     200   200        200         200   200         200    200
account_email                                      POST   L    R       R     R          R           R     R           R      R
account_email_verification_sent                    GET    200  200     200   200        200         200   200         200    200
account_email_verification_sent                    POST   405  405     405   405        405         405   405         405    405
account_change_password                            GET    L    200     200   200        200         200   200         200    200
account_change_password                            POST   L    200     200   200        200         200   200         200    200
account_set_password                               GET    L    R       R     R          R           R     R           R      R
account_set_password                               POST   L    R       R     R          R           R     R           R      R
account_reset_password                             GET    200  200     200   200        200         200   200         200    200
account_reset_password                             POST   200  200     200   200        200         200   200         200    200
account_confirm_login_code                         GET    L    R       R     R          R           R     R           R      R
account_confirm_login_code                         POST   L    R       R     R          R           R     R           R      R
account_confirm_email                              GET    200  200     200   200        200         200   200         200    200
account_confirm_email                              POST   404  404     404   404        404         404   404         404    404
account_reset_password_from_key_done               GET    200  200     200   200        200         200   200         200    200
account_reset_password_from_key_done               POST   405  405     405   405        405         405   405         405    405
account_reset_password_from_key                    GET    200  200     200   200        200         200   200         200    200
account_reset_password_from_key                    POST   200  200     200   200        200         200   200         200    200
account_reset_password_done                        GET    200  200     200   200        200         200   200         200    200
account_reset_password_done                        POST   405  405     405   405        405         405   405         405    405
mfa_index                                          GET    L    200     200   200        200         200   200         200    200
mfa_index                                          POST   L    405     405   405        405         405   405         405    405
mfa_authenticate                                   GET    L    R       R     R          R           R     R           R      R
mfa_authenticate                                   POST   L    R       R     R          R           R     R           R      R
mfa_reauthenticate                                 GET    L    R       R     200        200         R     R           200    200
mfa_reauthenticate                                 POST   L    R       R     200        200         R     R           200    200
mfa_activate_totp                                  GET    L    R       R     R          R           R     R           R      R
mfa_activate_totp                                  POST   L    R       R     R          R           R     R           R      R
mfa_deactivate_totp                                GET    L    404     404   R          R           404   404         R      R
mfa_deactivate_totp                                POST   L    404     404   R          R           404   404         R      R
mfa_view_recovery_codes                            GET    L    404     404   404        404         404   404         404    404
mfa_view_recovery_codes                            POST   L    405     405   405        405         405   405         405    405
mfa_generate_recovery_codes                        GET    L    R       R     R          R           R     R           R      R
mfa_generate_recovery_codes                        POST   L    R       R     R          R           R     R           R      R
mfa_download_recovery_codes                        GET    L    404     404   404        404         404   404         404    404
mfa_download_recovery_codes                        POST   L    404     404   404        404         404   404         404    404
lms:dashboard                                      GET    L    200     200   200        200         200   200         200    200
lms:dashboard                                      POST   405  405     405   405        405         405   405         405    405
lms:privacy                                        GET    200  200     200   200        200         200   200         200    200
lms:privacy                                        POST   405  405     405   405        405         405   405         405    405
lms:terms                                          GET    200  200     200   200        200         200   200         200    200
lms:terms                                          POST   405  405     405   405        405         405   405         405    405
lms:contact                                        GET    200  200     200   200        200         200   200         200    200
lms:contact                                        POST   405  405     405   405        405         405   405         405    405
lms:profile                                        GET    L    200     200   200        200         200   200         200    200
lms:profile                                        POST   L    200     200   200        200         200   200         200    200
lms:my_data                                        GET    L    200     200   200        200         200   200         200    200
lms:my_data                                        POST   405  405     405   405        405         405   405         405    405
lms:my_data_export                                 GET    405  405     405   405        405         405   405         405    405
lms:my_data_export                                 POST   L    200     200   200        200         200   200         200    200
lms:account_delete                                 GET    405  405     405   405        405         405   405         405    405
lms:account_delete                                 POST   L    400     400   400        400         400   400         400    400
lms:enrol                                          GET    405  405     405   405        405         405   405         405    405
lms:enrol                                          POST   L    R       R     R          R           R     R           R      R
lms:continue                                       GET    L    R       R     R          R           R     R           R      R
lms:continue                                       POST   405  405     405   405        405         405   405         405    405
lms:lesson_visit                                   GET    405  405     405   405        405         405   405         405    405
lms:lesson_visit                                   POST   L    200     404   404        404         404   404         404    404
lms:lesson_complete                                GET    405  405     405   405        405         405   405         405    405
lms:lesson_complete                                POST   L    R       R     R          R           R     R           R      R
lms:lesson_quiz                                    GET    405  405     405   405        405         405   405         405    405
lms:lesson_quiz                                    POST   L    200     R     R          R           R     R           R      R
lms:verify_lookup                                  GET    200  200     200   200        200         200   200         200    200
lms:verify_lookup                                  POST   405  405     405   405        405         405   405         405    405
lms:certificate_verify                             GET    200  200     200   200        200         200   200         200    200
lms:certificate_verify                             POST   405  405     405   405        405         405   405         405    405
lms:certificate_list                               GET    L    200     200   200        200         200   200         200    200
lms:certificate_list                               POST   405  405     405   405        405         405   405         405    405
lms:hours_statement                                GET    L    200     200   200        200         200   200         200    200
lms:hours_statement                                POST   405  405     405   405        405         405   405         405    405
lms:certificate_download                           GET    L    200     404   200        404         200   404         404    200
lms:certificate_download                           POST   405  405     405   405        405         405   405         405    405
lms:refresher_start                                GET    405  405     405   405        405         405   405         405    405
lms:refresher_start                                POST   L    R       404   404        404         404   404         404    404
lms:newsletter_subscribe                           GET    405  405     405   405        405         405   405         405    405
lms:newsletter_subscribe                           POST   400  400     400   400        400         400   400         400    400
lms:newsletter_confirm                             GET    200  200     200   200        200         200   200         200    200
lms:newsletter_confirm                             POST   200  200     200   200        200         200   200         200    200
lms:newsletter_unsubscribe                         GET    200  200     200   200        200         200   200         200    200
lms:newsletter_unsubscribe                         POST   200  200     200   200        200         200   200         200    200
payments:buy_course                                GET    405  405     405   405        405         405   405         405    405
payments:buy_course                                POST   L    R       R     R          R           R     R           R      R
payments:dev_gateway                               GET    L    503     404   404        404         404   404         404    404
payments:dev_gateway                               POST   405  405     405   405        405         405   405         405    405
payments:dev_gateway_pay                           GET    405  405     405   405        405         405   405         405    405
payments:dev_gateway_pay                           POST   L    503     404   404        404         404   404         404    404
payments:order_list                                GET    L    200     200   200        200         200   200         200    200
payments:order_list                                POST   405  405     405   405        405         405   405         405    405
payments:order_detail                              GET    L    200     404   404        404         404   404         404    404
payments:order_detail                              POST   405  405     405   405        405         405   405         405    405
payments:order_code                                GET    405  405     405   405        405         405   405         405    405
payments:order_code                                POST   L    R       404   404        404         404   404         404    404
payments:order_code_remove                         GET    405  405     405   405        405         405   405         405    405
payments:order_code_remove                         POST   L    R       404   404        404         404   404         404    404
payments:order_pay                                 GET    405  405     405   405        405         405   405         405    405
payments:order_pay                                 POST   L    R       404   404        404         404   404         404    404
payments:order_cancel                              GET    405  405     405   405        405         405   405         405    405
payments:order_cancel                              POST   L    R       404   404        404         404   404         404    404
payments:checkout_success                          GET    L    R       404   404        404         404   404         404    404
payments:checkout_success                          POST   405  405     405   405        405         405   405         405    405
payments:order_done                                GET    L    R       404   404        404         404   404         404    404
payments:order_done                                POST   405  405     405   405        405         405   405         405    405
payments:company_home                              GET    L    200     200   200        200         R     R           200    200
payments:company_home                              POST   L    200     200   200        200         200   200         200    200
payments:company_detail                            GET    L    404     404   404        404         200   404         404    404
payments:company_detail                            POST   405  405     405   405        405         405   405         405    405
payments:company_buy                               GET    405  405     405   405        405         405   405         405    405
payments:company_buy                               POST   L    404     404   404        404         400   404         404    404
payments:company_edit                              GET    405  405     405   405        405         405   405         405    405
payments:company_edit                              POST   L    404     404   404        404         400   404         404    404
payments:company_invite                            GET    405  405     405   405        405         405   405         405    405
payments:company_invite                            POST   L    404     404   404        404         400   404         404    404
payments:company_invite_csv                        GET    405  405     405   405        405         405   405         405    405
payments:company_invite_csv                        POST   L    404     404   404        404         400   404         404    404
payments:company_assign                            GET    405  405     405   405        405         405   405         405    405
payments:company_assign                            POST   L    404     404   404        404         400   404         404    404
payments:invitation_revoke                         GET    405  405     405   405        405         405   405         405    405
payments:invitation_revoke                         POST   L    404     404   404        404         R     404         404    404
payments:invitation_reassign                       GET    405  405     405   405        405         405   405         405    405
payments:invitation_reassign                       POST   L    404     404   404        404         R     404         404    404
payments:invitation                                GET    200  200     200   200        200         200   200         200    200
payments:invitation                                POST   200  R       R     R          R           R     R           R      R
payments:member_invite                             GET    405  405     405   405        405         405   405         405    405
payments:member_invite                             POST   L    404     404   404        404         400   404         404    404
payments:member_invitation_revoke                  GET    405  405     405   405        405         405   405         405    405
payments:member_invitation_revoke                  POST   L    404     404   404        404         R     404         404    404
payments:join                                      GET    200  200     200   200        200         200   200         200    200
payments:join                                      POST   405  405     405   405        405         405   405         405    405
payments:join_accept                               GET    405  405     405   405        405         405   405         405    405
payments:join_accept                               POST   L    R       R     R          R           R     R           R      R
payments:join_decline                              GET    405  405     405   405        405         405   405         405    405
payments:join_decline                              POST   L    R       R     R          R           R     R           R      R
payments:my_companies                              GET    L    200     200   200        200         200   200         200    200
payments:my_companies                              POST   405  405     405   405        405         405   405         405    405
payments:record_share                              GET    405  405     405   405        405         405   405         405    405
payments:record_share                              POST   L    R       404   404        404         R     404         404    404
payments:record_unshare                            GET    405  405     405   405        405         405   405         405    405
payments:record_unshare                            POST   L    R       404   404        404         R     404         404    404
payments:company_leave                             GET    405  405     405   405        405         405   405         405    405
payments:company_leave                             POST   L    R       404   404        404         R     404         404    404
payments:compliance                                GET    L    403     403   403        403         200   200         403    200
payments:compliance                                POST   405  405     405   405        405         405   405         405    405
payments:compliance_export                         GET    L    403     403   403        403         200   200         403    200
payments:compliance_export                         POST   405  405     405   405        405         405   405         405    405
payments:evidence_pack_start                       GET    405  405     405   405        405         405   405         405    405
payments:evidence_pack_start                       POST   L    403     403   403        403         R     R           403    R
payments:evidence_pack                             GET    L    404     404   404        404         200   404         404    200
payments:evidence_pack                             POST   405  405     405   405        405         405   405         405    405
payments:evidence_pack_download                    GET    L    404     404   404        404         404   404         404    404
payments:evidence_pack_download                    POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:grading_queue                        GET    L    403     403   200        200         403   403         403    200
avvik_sandbox:grading_queue                        POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:grading_detail                       GET    L    403     403   200        404         403   403         403    200
avvik_sandbox:grading_detail                       POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:grading_claim                        GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:grading_claim                        POST   L    403     403   R          404         403   403         403    R
avvik_sandbox:grading_release                      GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:grading_release                      POST   L    403     403   R          404         403   403         403    R
avvik_sandbox:grading_grade                        GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:grading_grade                        POST   L    403     403   200        404         403   403         403    200
avvik_sandbox:submission                           GET    L    200     404   200        404         404   404         404    200
avvik_sandbox:submission                           POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:mine                                 GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:mine                                 POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:autosave                             GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:autosave                             POST   401  200     200   200        200         200   200         200    200
avvik_sandbox:workspace_save                       GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:workspace_save                       POST   L    R       R     R          R           R     R           R      R
avvik_sandbox:workspace_advance                    GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:workspace_advance                    POST   L    R       R     R          R           R     R           R      R
avvik_sandbox:workspace_submit                     GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:workspace_submit                     POST   L    200     200   200        200         200   200         200    200
practice_companies:index                           GET    L    L       L     A          A           L     L           200    200
practice_companies:index                           POST   L    L       L     A          A           L     L           405    405
practice_companies:index_results                   GET    L    L       L     A          A           L     L           200    200
practice_companies:index_results                   POST   L    L       L     A          A           L     L           405    405
practice_companies:add                             GET    L    L       L     A          A           L     L           200    200
practice_companies:add                             POST   L    L       L     A          A           L     L           200    200
practice_companies:edit                            GET    L    L       L     A          A           L     L           200    200
practice_companies:edit                            POST   L    L       L     A          A           L     L           200    200
practice_companies:delete                          GET    L    L       L     A          A           L     L           200    200
practice_companies:delete                          POST   L    L       L     A          A           L     L           R      R
practice_companies:history                         GET    L    L       L     A          A           L     L           200    200
practice_companies:history                         POST   L    L       L     A          A           L     L           405    405
practice_companies:history_results                 GET    L    L       L     A          A           L     L           200    200
practice_companies:history_results                 POST   L    L       L     A          A           L     L           405    405
practice_companies:usage                           GET    L    L       L     A          A           L     L           200    200
practice_companies:usage                           POST   L    L       L     A          A           L     L           405    405
practice_companies:copy                            GET    L    L       L     A          A           L     L           200    200
practice_companies:copy                            POST   L    L       L     A          A           L     L           200    200
practice_companies:generate                        GET    L    L       L     A          A           L     L           200    200
practice_companies:generate                        POST   L    L       L     A          A           L     L           200    200
avvik_sandbox:practice_company                     GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:practice_company                     POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:practice_statistics                  GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:practice_statistics                  POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:practice_export                      GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:practice_export                      POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_home                         GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:routine_home                         POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_solo                         GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_solo                         POST   L    R       R     R          R           R     R           R      R
avvik_sandbox:routine_join                         GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_join                         POST   L    R       R     R          R           R     R           R      R
avvik_sandbox:routine_class_create                 GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_class_create                 POST   L    404     404   R          404         404   404         404    R
avvik_sandbox:routine_cohort                       GET    L    200     404   200        404         200   404         404    200
avvik_sandbox:routine_cohort                       POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_advance                      GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_advance                      POST   L    R       404   R          404         R     404         404    R
avvik_sandbox:routine_report                       GET    L    200     404   200        404         200   404         404    200
avvik_sandbox:routine_report                       POST   L    400     404   400        404         400   404         404    400
avvik_sandbox:routine_case                         GET    L    200     404   200        404         200   404         404    200
avvik_sandbox:routine_case                         POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_take                         GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_take                         POST   L    400     404   400        404         400   404         404    400
avvik_sandbox:routine_analyse                      GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_analyse                      POST   L    400     404   400        404         400   404         404    400
avvik_sandbox:routine_action_add                   GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_action_add                   POST   L    400     404   400        404         400   404         404    400
avvik_sandbox:routine_action_done                  GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_action_done                  POST   L    R       404   R          404         R     404         404    R
avvik_sandbox:routine_forward                      GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_forward                      POST   L    400     404   400        404         400   404         404    400
avvik_sandbox:routine_inform                       GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_inform                       POST   L    R       404   R          404         R     404         404    R
avvik_sandbox:routine_close                        GET    405  405     405   405        405         405   405         405    405
avvik_sandbox:routine_close                        POST   L    400     404   400        404         400   404         404    400
avvik_sandbox:practice_amu                         GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:practice_amu                         POST   L    400     400   400        400         400   400         400    400
avvik_sandbox:practice_amu_answer                  GET    L    200     404   404        404         404   404         404    404
avvik_sandbox:practice_amu_answer                  POST   405  405     405   405        405         405   405         405    405
risk_exercises:index                               GET    L    L       L     A          A           L     L           200    200
risk_exercises:index                               POST   L    L       L     A          A           L     L           405    405
risk_exercises:index_results                       GET    L    L       L     A          A           L     L           200    200
risk_exercises:index_results                       POST   L    L       L     A          A           L     L           405    405
risk_exercises:add                                 GET    L    L       L     A          A           L     L           200    200
risk_exercises:add                                 POST   L    L       L     A          A           L     L           200    200
risk_exercises:edit                                GET    L    L       L     A          A           L     L           200    200
risk_exercises:edit                                POST   L    L       L     A          A           L     L           200    200
risk_exercises:delete                              GET    L    L       L     A          A           L     L           200    200
risk_exercises:delete                              POST   L    L       L     A          A           L     L           R      R
risk_exercises:history                             GET    L    L       L     A          A           L     L           200    200
risk_exercises:history                             POST   L    L       L     A          A           L     L           405    405
risk_exercises:history_results                     GET    L    L       L     A          A           L     L           200    200
risk_exercises:history_results                     POST   L    L       L     A          A           L     L           405    405
risk_exercises:usage                               GET    L    L       L     A          A           L     L           200    200
risk_exercises:usage                               POST   L    L       L     A          A           L     L           405    405
risk_exercises:copy                                GET    L    L       L     A          A           L     L           200    200
risk_exercises:copy                                POST   L    L       L     A          A           L     L           200    200
avvik_sandbox:risk_exercise                        GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:risk_exercise                        POST   L    400     400   400        400         400   400         400    400
avvik_sandbox:risk_answer                          GET    L    200     404   404        404         404   404         404    404
avvik_sandbox:risk_answer                          POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:practice_queue                       GET    L    403     403   403        403         403   403         403    200
avvik_sandbox:practice_queue                       POST   405  405     405   405        405         405   405         405    405
avvik_sandbox:practice_review                      GET    L    403     403   403        403         403   403         403    200
avvik_sandbox:practice_review                      POST   L    403     403   403        403         403   403         403    400
avvik_sandbox:routine_amu                          GET    L    200     404   200        404         200   404         404    200
avvik_sandbox:routine_amu                          POST   L    400     404   400        404         400   404         404    400
avvik_sandbox:plan_exercise                        GET    L    200     200   200        200         200   200         200    200
avvik_sandbox:plan_exercise                        POST   L    400     400   400        400         400   400         400    400
avvik_sandbox:plan_answer                          GET    L    200     404   404        404         404   404         404    404
avvik_sandbox:plan_answer                          POST   405  405     405   405        405         405   405         405    405
wagtailcore_authenticate_with_password             GET    404  404     404   404        404         404   404         404    404
wagtailcore_authenticate_with_password             POST   404  404     404   404        404         404   404         404    404
wagtailcore_login                                  GET    200  200     200   200        200         200   200         200    200
wagtailcore_login                                  POST   200  200     200   200        200         200   200         200    200
wagtail_serve                                      GET    200  200     200   200        200         200   200         200    200
wagtail_serve                                      POST   200  200     200   200        200         200   200         200    200
^media/(?P<path>(?:images|original_images)/[^/]+)$ GET    404  404     404   404        404         404   404         404    404
^media/(?P<path>(?:images|original_images)/[^/]+)$ POST   404  404     404   404        404         404   404         404    404
"""
# fmt: on


def _table() -> dict:
    rows = {}
    for line in MATRIX.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, method, *cells = line.split()
        assert len(cells) == len(ROLES), line
        rows[(key, method)] = dict(zip(ROLES, cells, strict=True))
    return rows


def _values(route, world) -> dict:
    o = world.objects
    values = {
        "course_id": o["course"].pk,
        "lesson_id": o["course"].lessons[0].pk,
        "enrolment_id": o["enrolment"].pk,
        "number": o["certificate"].number,
        "public_id": o["order"].public_id,
        "company_id": o["company"].pk,
        "invitation_id": o["seat_invitation"].pk,
        "token": o["seat_invitation"].token,
        "job_id": o["job"].pk,
        "fmt": "csv",
        "pk": o["submission"].pk,
        "exercise_id": o["exercise"].pk,
        "batch_id": o["batch"].pk,
        "code_id": o["code"].pk,
        "order_id": o["order"].pk,
        "key": "junk-key",
        "uidb36": "1",
        "restriction_id": 1,
        "page_view_restriction_id": 1,
        "page_id": o["course"].pk,
        "document_id": 1,
        "path": "images/none.png",
        "app_label": "payments",
        "model_name": "company",
        "slug": o["practice"].slug,
        "cohort_id": o["cohort"].pk,
        "case_id": o["routine_case"].pk,
        "action_id": o["routine_action"].pk,
        "answer_id": o["amu_answer"].pk,
        "plan_id": o["hms_plan"].pk,
    }
    key = route.key
    if key in ("payments:member_invitation_revoke",):
        values["invitation_id"] = o["member_invitation"].pk
    if key.startswith("payments:join"):
        values["token"] = o["member_invitation"].token
    if key == "avvik_sandbox:practice_review":
        values["kind"] = "risk"
        values["answer_id"] = o["risk_answer"].pk
    if key.startswith("avvik_sandbox:risk_"):
        values["slug"] = o["risk_exercise"].slug
        values["answer_id"] = o["risk_answer"].pk
    if key == "lms:lesson_quiz":
        quiz_lesson = o["course"].lessons[-1]
        values["lesson_id"] = quiz_lesson.pk
        values["block_id"] = quiz_lesson.quiz_blocks()[0].id
    if key.startswith("lms:newsletter_"):
        values["token"] = o["subscription"].token
    admin_objects = {
        "admin/enrolments/": "enrolment",
        "admin/audit/": "audit",
        "admin/outbox/": "outbox",
        "admin/certificates/": "certificate",
        "admin/instructor_assignments/": "assignment",
        "admin/payments/codes/": "code",
        "admin/payments/code-batches/": "batch",
        "admin/payments/orders/": "order",
        "admin/payments/companies/": "company",
        "admin/payments/company-members/": "membership",
        "admin/payments/seats/": "seat",
        "admin/payments/invitations/": "seat_invitation",
        "admin/change-history/": "company",
        "admin/practice_companies/": "practice",
        "admin/risk_exercises/": "risk_exercise",
    }
    for prefix, name in admin_objects.items():
        if route.pattern.startswith(prefix):
            values["pk"] = o[name].pk
    return values


def _path(route, world) -> str:
    if route.key == "wagtail_serve":
        return world.objects["course"].url
    return authz_walk.build_path(route, _values(route, world))


class _As:
    """One signed-in client per role; every request is rolled back afterwards."""

    def __init__(self, world):
        self.clients = {}
        for role in ROLES:
            client = Client(raise_request_exception=False)
            if role in world.people:
                user = world.people[role]
                client.force_login(user)
                if two_factor.needs_two_factor(user):
                    # Staff signed in with their second factor, as they must.
                    TOTP.activate(user, generate_totp_secret())
                    session = client.session
                    session[two_factor.SESSION_KEY] = 1
                    session.save()
            self.clients[role] = (client, client.cookies.output(header=""))

    def request(self, role, method, path, data=None):
        client, cookies = self.clients[role]
        cache.clear()
        with transaction.atomic():
            response = getattr(client, method.lower())(path, data or {})
            transaction.set_rollback(True)
        # A logout or a rotated session must not carry over to the next request.
        client.cookies = SimpleCookie()
        client.cookies.load(cookies)
        return response


def _routes():
    return [r for r in authz_walk.walk() if authz_walk.ours(r)]


def test_every_url_has_a_row():
    keys = {key for key, _method in _table()}
    missing = sorted({r.key for r in _routes()} - keys)
    assert not missing, f"URLs with no row in the matrix: {missing}"


@pytest.fixture
def world(site, django_capture_on_commit_callbacks, settings):
    settings.STAFF_MFA_REQUIRED = True
    return build(site, django_capture_on_commit_callbacks)


def test_the_matrix(world):
    table = _table()
    printing = os.environ.get("MATRIX_PRINT")
    wrong, lines = [], []
    as_ = _As(world)
    for route in _routes():
        path = _path(route, world)
        for method in ("GET", "POST"):
            expected = table.get((route.key, method))
            if expected is None and not printing:
                continue
            got = {}
            for role in ROLES:
                got[role] = authz_walk.classify(as_.request(role, method, path))
            if printing:
                lines.append(
                    f"{route.key:44} {method:6} " + " ".join(got[r] for r in ROLES)
                )
                continue
            for role in ROLES:
                if expected[role] != got[role]:
                    wrong.append(
                        f"{method} {path} as {role}: expected {expected[role]}, "
                        f"got {got[role]}"
                    )
    if printing:
        print("\n".join(lines))
    assert not wrong, "\n".join(wrong)


def test_out_of_range_ids_and_junk_next_never_give_a_server_error(world):
    """Every pattern with an id beyond the integer range, and every URL with a
    hostile ``next``, answers below 500 and never sends the visitor off the site."""
    as_ = _As(world)
    junk = {"GET": ("//evil.example", "x"), "POST": ("https://evil.example/", "x")}
    wrong = []
    for route in _routes():
        paths = [_path(route, world)]
        ids = [n for n, kind in route.converters if kind == "IdConverter"]
        if ids:
            values = {**_values(route, world), **dict.fromkeys(ids, "9" * 23)}
            paths.append(authz_walk.build_path(route, values))
        for target in paths:
            for role in ("anon", "learner", "super"):
                for method, nexts in junk.items():
                    for next_url in nexts:
                        response = as_.request(role, method, target, {"next": next_url})
                        status = response.status_code
                        location = response.get("Location", "").split("?")[0]
                        if (
                            route.key.startswith("payments:dev_gateway")
                            and status == 503
                        ):
                            continue  # test payments are off without DEBUG: by design
                        if status >= 500 or "evil.example" in location:
                            wrong.append(
                                f"{method} {target} next={next_url} as {role}: "
                                f"{status} {location}"
                            )
    assert not wrong, "\n".join(wrong)
