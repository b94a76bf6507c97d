"""The Stripe webhook endpoint: /payments/stripe/webhook/ (outside the language prefix)."""

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.services import webhooks

from ..exceptions import SignatureError


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        stored = webhooks.webhook_receive(
            payload=request.body,
            signature=request.META.get("HTTP_STRIPE_SIGNATURE", ""),
        )
    except SignatureError:
        # Nothing is stored or changed for a request we cannot trust.
        return HttpResponseBadRequest("Invalid signature.")
    # Stored is enough for Stripe: it is handled from our own copy (the outbox
    # retries a failure). The outcome so far is reported for logs and tests.
    stored.refresh_from_db()
    return JsonResponse({"id": stored.event_id, "outcome": stored.outcome})
