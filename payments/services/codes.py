"""Discount and licence codes: checking, reserving on an order, rate limits, batches."""

from __future__ import annotations

import csv
import io
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.audit import audit_record
from lms.site.client_ip import client_ip
from lms.site.limits import hit

from ..exceptions import CodeRateLimited, CodeRefused
from ..models import (
    AccountCode,
    CampaignBannerSettings,
    CodeBatch,
    CodeRedemption,
    DiscountCode,
)
from ..models.codes import code_normalise
from ..products import Product

OSLO = ZoneInfo("Europe/Oslo")

# Codes people type from paper: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
UNAMBIGUOUS_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"

# Refusal reasons (stable names tests and templates can rely on).
UNKNOWN = "unknown"
NOT_STARTED = "not_started"
EXPIRED = "expired"
USED_UP = "used_up"
TOO_FEW_USES = "too_few_uses"
ALREADY_USED = "already_used"
NOT_FOR_COURSE = "not_for_course"


def _local(dt) -> str:
    """A moment in Norwegian time, in the active language: "1. januar 2027 00:00"."""
    local = timezone.localtime(dt, OSLO)
    return f"{formats.date_format(local, 'DATE_FORMAT')} {local:%H:%M}"


def code_refusal(
    reason: str, code: DiscountCode | None = None, *, left: int = 0
) -> CodeRefused:
    """The exact message for each refusal, in the active language."""
    if reason == UNKNOWN:
        message = _("We do not know this code. Check the spelling and try again.")
    elif reason == NOT_STARTED:
        message = _("This code is not valid yet. It can be used from %(start)s.") % {
            "start": _local(code.valid_from)
        }
    elif reason == EXPIRED:
        if code is not None and code.valid_until and code.active:
            message = _("This code has expired. It was valid until %(end)s.") % {
                "end": _local(code.valid_until)
            }
        else:
            message = _("This code is no longer valid.")
    elif reason == USED_UP:
        message = _("This code has been used up.")
    elif reason == TOO_FEW_USES:
        message = _(
            "Seats left on this code: %(left)s. Choose fewer seats or buy without the "
            "code."
        ) % {"left": left}
    elif reason == ALREADY_USED:
        message = _("You have already used this code.")
    elif reason == NOT_FOR_COURSE:
        message = _("This code is not valid for this course.")
    else:  # pragma: no cover - a programming error
        raise ValueError(reason)
    return CodeRefused(message, reason=reason)


def code_covers(*, code: DiscountCode, product: Product) -> bool:
    """Whether the code's scope includes the product (a course page or the pass)."""
    if code.scope == DiscountCode.Scope.ALL:
        return True
    if product.is_pass:
        return False
    course = product.course
    if code.scope == DiscountCode.Scope.AUDIENCE:
        return course.audience == code.audience
    chosen = code.courses.all()
    if code.include_translations:
        return chosen.filter(translation_key=course.translation_key).exists()
    return chosen.filter(pk=course.pk).exists()


def code_find(*, code_text: str) -> DiscountCode:
    normalised = code_normalise(code_text)
    code = DiscountCode.objects.filter(code=normalised).first() if normalised else None
    if code is None:
        raise code_refusal(UNKNOWN)
    return code


def code_check_window(*, code: DiscountCode, now=None) -> None:
    """Refusals that do not depend on who buys what: inactive, not started, expired."""
    now = now or timezone.now()
    if not code.active:
        raise code_refusal(EXPIRED, code)
    if code.valid_from and now < code.valid_from:
        raise code_refusal(NOT_STARTED, code)
    if code.valid_until and now >= code.valid_until:
        raise code_refusal(EXPIRED, code)


def code_check(
    *,
    code: DiscountCode,
    user,
    product: Product | None = None,
    exclude_order=None,
    now=None,
    units: int = 1,
) -> DiscountCode:
    """Raise CodeRefused with the exact reason, or return the code.

    Checked in the order a buyer finds most useful: the code's window, whether it fits
    the product, the buyer's own earlier use, then the total limit. The total limit
    counts units (a company's order of 10 seats takes 10 uses), so a single-use licence
    code gives one seat; the limit per user counts orders.
    """
    now = now or timezone.now()
    code_check_window(code=code, now=now)
    if product is not None and not code_covers(code=code, product=product):
        raise code_refusal(NOT_FOR_COURSE, code)
    uses = CodeRedemption.objects.filter(code=code).filter(CodeRedemption.counting(now))
    if exclude_order is not None:
        uses = uses.exclude(order=exclude_order)
    if (
        code.max_uses_per_user is not None
        and user is not None
        and user.is_authenticated
        and uses.filter(user=user).count() >= code.max_uses_per_user
    ):
        raise code_refusal(ALREADY_USED, code)
    if code.max_uses is not None:
        used = uses.aggregate(units=Sum("order__lines__quantity"))["units"] or 0
        if used >= code.max_uses:
            raise code_refusal(USED_UP, code)
        if used + units > code.max_uses:
            raise code_refusal(TOO_FEW_USES, code, left=code.max_uses - used)
    return code


def code_reserve(*, code: DiscountCode, order, discount_ore: int) -> CodeRedemption:
    """Hold one use of ``code`` for ``order`` until the reservation runs out.

    The code row is locked, so two buyers cannot both take its last use.
    """
    from ..selectors import order_product

    with transaction.atomic():
        locked = DiscountCode.objects.select_for_update().get(pk=code.pk)
        code_check(
            code=locked,
            user=order.user,
            product=order_product(order=order),
            exclude_order=order,
            units=order.lines.aggregate(units=Sum("quantity"))["units"] or 1,
        )
        expires_at = timezone.now() + timedelta(
            minutes=settings.PAYMENTS_CODE_RESERVATION_MINUTES
        )
        redemption, _created = CodeRedemption.objects.update_or_create(
            code=locked,
            order=order,
            defaults={
                "user": order.user,
                "status": CodeRedemption.Status.RESERVED,
                "expires_at": expires_at,
                "discount_ore": discount_ore,
            },
        )
    return redemption


def code_release(*, order) -> None:
    """Give back the uses an unpaid order held (code removed, changed or refunded)."""
    CodeRedemption.objects.filter(order=order).exclude(
        status=CodeRedemption.Status.RELEASED
    ).update(status=CodeRedemption.Status.RELEASED)


def code_attempt_register(*, user=None, request=None) -> None:
    """Count one typed code; refuse past the per-user or per-IP limit in the window.

    Counters live in the Django cache (Redis in production, shared by every instance).
    """
    window = settings.PAYMENTS_CODE_ATTEMPT_WINDOW_SECONDS
    limits = []
    if user is not None and getattr(user, "is_authenticated", False):
        limits.append(
            (
                f"payments:code-attempts:user:{user.pk}",
                settings.PAYMENTS_CODE_ATTEMPTS_PER_USER,
            )
        )
    ip = client_ip(request)
    if ip:
        limits.append(
            (f"payments:code-attempts:ip:{ip}", settings.PAYMENTS_CODE_ATTEMPTS_PER_IP)
        )
    counts = [hit(key, window) for key, _limit in limits]
    if any(count > limit for count, (_key, limit) in zip(counts, limits, strict=True)):
        minutes = max(1, window // 60)
        raise CodeRateLimited(
            ngettext(
                "Too many code attempts. Wait %(minutes)s minute and try again.",
                "Too many code attempts. Wait %(minutes)s minutes and try again.",
                minutes,
            )
            % {"minutes": minutes}
        )


def account_code_keep(*, user, code: DiscountCode) -> AccountCode:
    """Keep a code entered at sign-up for the account's next purchase."""
    kept, _created = AccountCode.objects.update_or_create(
        user=user, defaults={"code": code, "entered_at": timezone.now()}
    )
    audit_record(actor=user, action="code.kept_for_account", target=code, user=user.pk)
    return kept


def account_code_forget(*, user) -> None:
    AccountCode.objects.filter(user=user).delete()


def code_generate_string(*, prefix: str = "", length: int = 10) -> str:
    body = "".join(secrets.choice(UNAMBIGUOUS_ALPHABET) for _i in range(length))
    return f"{code_normalise(prefix)}{body}"


def code_batch_generate(
    *,
    name: str,
    count: int,
    actor,
    prefix: str = "",
    length: int = 10,
    template: DiscountCode,
    courses=(),
) -> CodeBatch:
    """Create ``count`` single-use codes like ``template`` (kind, amount, scope, window).

    Uniqueness is checked at generation: candidates that clash with each other or with
    an existing code (vanishingly rare with 25^10 combinations) are drawn again. The
    codes and their course links are written in bulk.
    """
    if count < 1 or count > settings.PAYMENTS_CODE_BATCH_MAX:
        raise ValueError("count out of range")
    candidates: set[str] = set()
    while len(candidates) < count:
        fresh = {
            code_generate_string(prefix=prefix, length=length)
            for _i in range(count - len(candidates))
        } - candidates
        taken = set(
            DiscountCode.objects.filter(code__in=fresh).values_list("code", flat=True)
        )
        candidates |= fresh - taken
    with transaction.atomic():
        batch = CodeBatch.objects.create(
            name=name, prefix=code_normalise(prefix), count=count, created_by=actor
        )
        codes = DiscountCode.objects.bulk_create(
            [
                DiscountCode(
                    code=candidate,
                    description=name,
                    kind=template.kind,
                    percent=template.percent,
                    amount_ore=template.amount_ore,
                    scope=template.scope,
                    include_translations=template.include_translations,
                    audience=template.audience,
                    valid_from=template.valid_from,
                    valid_until=template.valid_until,
                    max_uses=1,
                    max_uses_per_user=1,
                    active=True,
                    batch=batch,
                )
                for candidate in sorted(candidates)
            ],
            batch_size=500,
        )
        courses = list(courses)
        if courses:
            link = DiscountCode.courses.through
            link.objects.bulk_create(
                [
                    link(discountcode_id=code.pk, coursepage_id=course.pk)
                    for code in codes
                    for course in courses
                ],
                batch_size=1000,
            )
        audit_record(
            actor=actor, action="code.batch_generated", target=batch, count=count
        )
    return batch


def code_batch_csv(*, batch: CodeBatch) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["code", "discount", "valid_for", "valid_from", "valid_until"])
    for code in batch.codes.order_by("code"):
        writer.writerow(
            [
                code.code,
                code.label(),
                code.get_scope_display(),
                timezone.localtime(code.valid_from).isoformat()
                if code.valid_from
                else "",
                timezone.localtime(code.valid_until).isoformat()
                if code.valid_until
                else "",
            ]
        )
    return out.getvalue()


# --- The campaign banner (a read, beside the checks it reuses) ---------------------


@dataclass
class Campaign:
    code: DiscountCode
    ends_at: datetime
    headline: str

    @property
    def seconds_left(self) -> int:
        return max(0, int((self.ends_at - timezone.now()).total_seconds()))


def campaign_for_request(*, request) -> Campaign | None:
    """The editors' campaign code, while anyone can still use it and it has an end."""
    banner = CampaignBannerSettings.for_request(request)
    code = banner.code if banner.code_id else None
    if code is None or code.valid_until is None:
        return None
    try:
        # The same checks as at checkout: active, started, not ended, not used up.
        code_check(code=code, user=None)
    except CodeRefused:
        return None
    return Campaign(code=code, ends_at=code.valid_until, headline=banner.headline)
