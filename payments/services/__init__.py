"""Writes of payments state. Views, tasks and webhooks call these; nothing else writes.

Split by topic: codes, orders, fulfilment (and refunds), webhooks, companies (and seats).
"""

from .codes import (
    account_code_forget,
    account_code_keep,
    code_attempt_register,
    code_batch_csv,
    code_batch_generate,
    code_check,
    code_check_window,
    code_covers,
    code_find,
    code_release,
    code_reserve,
)
from .companies import (
    company_create,
    company_update,
    seat_claim,
    seat_invitation_accept,
    seat_invitation_reassign,
    seat_invitation_revoke,
    seat_invite,
)
from .fulfilment import Fulfilment, order_fulfil, order_refund, order_refund_recorded
from .invitations_csv import (
    CsvReport,
    invitations_csv_parse,
    seat_invitations_import_csv,
)
from .orders import (
    CodeOutcome,
    order_account_code_apply,
    order_cancel,
    order_code_apply,
    order_code_recheck,
    order_code_remove,
    order_create,
    order_reprice,
)
from .webhooks import webhook_event_process, webhook_receive

__all__ = [
    "CodeOutcome",
    "CsvReport",
    "Fulfilment",
    "account_code_forget",
    "account_code_keep",
    "code_attempt_register",
    "code_batch_csv",
    "code_batch_generate",
    "code_check",
    "code_check_window",
    "code_covers",
    "code_find",
    "code_release",
    "code_reserve",
    "company_create",
    "company_update",
    "invitations_csv_parse",
    "order_account_code_apply",
    "order_cancel",
    "order_code_apply",
    "order_code_recheck",
    "order_code_remove",
    "order_create",
    "order_fulfil",
    "order_refund",
    "order_refund_recorded",
    "order_reprice",
    "seat_claim",
    "seat_invitation_accept",
    "seat_invitation_reassign",
    "seat_invitation_revoke",
    "seat_invitations_import_csv",
    "seat_invite",
    "webhook_event_process",
    "webhook_receive",
]
