"""Fulfil orders whose Stripe payment we never heard of (e.g. a long outage).

manage.py stripe_reconcile --since 3d
"""

import re
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from payments.services.webhooks import orders_reconcile

UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def _period(text: str) -> timedelta:
    match = re.fullmatch(r"(\d+)([dhm])", text.strip())
    if not match:
        raise CommandError("--since takes a number and a unit: 3d, 12h or 90m.")
    return timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


class Command(BaseCommand):
    help = "Ask Stripe for paid Checkout Sessions and fulfil any order we missed."

    def add_arguments(self, parser):
        parser.add_argument("--since", default="3d", help="How far back: 3d, 12h, 90m")

    def handle(self, *args, since, **options):
        start = timezone.now() - _period(since)
        orders = orders_reconcile(since=start)
        for order in orders:
            self.stdout.write(f"Fulfilled {order.number} ({order.total_ore} øre)")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(orders)} missed order(s) fulfilled since {start:%Y-%m-%d %H:%M}"
            )
        )
