"""The Stripe webhook endpoint: /payments/stripe/webhook/ (outside the language prefix)."""

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .. import services
from ..exceptions import SignatureError
from ..models import WebhookEvent


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        stored = services.webhook_receive(
            payload=request.body,
            signature=request.META.get("HTTP_STRIPE_SIGNATURE", ""),
        )
    except SignatureError:
        # Nothing is stored or changed for a request we cannot trust.
        return HttpResponseBadRequest("Invalid signature.")
    handled = stored.outcome in (
        WebhookEvent.Outcome.HANDLED,
        WebhookEvent.Outcome.IGNORED,
    )
    # A failed event answers 500 so that Stripe delivers it again later.
    return JsonResponse(
        {"id": stored.event_id, "outcome": stored.outcome},
        status=200 if handled else 500,
    )
