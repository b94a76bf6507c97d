"""The payments exception hierarchy. Messages are shown to the user as they are."""


class PaymentError(Exception):
    """Something about a payment, code or seat the user should be told."""


class GatewayError(PaymentError):
    """The payment provider could not be reached or refused the request."""


class GatewayUnavailable(GatewayError):
    """No gateway may run here (e.g. the test-mode gateway with DEBUG off)."""


class SignatureError(PaymentError):
    """A webhook whose signature is missing, wrong or too old."""


class AmountMismatch(PaymentError):
    """The provider reports a different amount than the order's total."""


class CodeRefused(PaymentError):
    """A discount code that cannot be used; ``reason`` is a stable machine name."""

    def __init__(self, message: str, *, reason: str):
        super().__init__(message)
        self.reason = reason


class CodeRateLimited(PaymentError):
    """Too many code attempts from this user or address."""


class OrderError(PaymentError):
    """An order that cannot be created, changed or refunded as asked."""


class RetryLater(PaymentError):
    """A webhook event came before what it depends on; Stripe should deliver it again."""


class SeatError(PaymentError):
    """A seat that cannot be bought, given, revoked or redeemed as asked."""


class CompanyError(PaymentError):
    """A company account change that is not allowed."""
