"""Certificate pages: public verification, the learner's certificates, downloads.

Who sees what:
- the verification page is public (no login) and shows only status, name, course and
  dates — no e-mail, no reason for a revocation, no other certificates;
- a certificate's PDF is for its holder and whoever ``lms.access`` lets read that
  record (a company that gave the seat or was shown it, the course's instructors,
  superusers); anyone else gets a 404, so numbers cannot be probed through the download
  URL, and every read by someone other than the holder is audited;
- the list, the hours statement and the refresher action are the learner's own.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST, require_safe

from lms.certificates import forty_hours
from lms.certificates import render as certificate_render
from lms.certificates import services as certificates

from ..access import record_readable_by
from ..audit import audit_record
from ..exceptions import LearningError
from ..models import Certificate, Enrolment


@require_GET
def certificate_verify(request, number: str):
    canonical = certificates.certificate_number_normalise(raw=number)
    if canonical != number:
        return redirect("lms:certificate_verify", number=canonical)
    certificate = (
        Certificate.objects.filter(number=number)
        .only(
            "number",
            "holder_name",
            "course_title",
            "completed_at",
            "issued_at",
            "valid_until",
            "revoked_at",
        )
        .first()
    )
    response = render(
        request,
        "lms/verify.html",
        {"certificate": certificate, "number": number},
        status=200 if certificate else 404,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_GET
def certificate_verify_lookup(request):
    raw = request.GET.get("number", "").strip()
    if not raw:
        return render(request, "lms/verify.html", {"certificate": None, "number": ""})
    number = certificates.certificate_number_normalise(raw=raw)
    if not number.replace("-", "").isalnum():
        return render(
            request, "lms/verify.html", {"certificate": None, "number": raw}, status=404
        )
    return redirect("lms:certificate_verify", number=number)


def _can_download(user, certificate: Certificate) -> bool:
    return record_readable_by(
        viewer=user, learner_id=certificate.user_id, course_key=certificate.course_key
    )


@require_safe
@login_required
def certificate_download(request, number: str):
    certificate = get_object_or_404(
        Certificate.objects.select_related("user"), number=number
    )
    if not _can_download(request.user, certificate):
        raise Http404
    if request.user.pk != certificate.user_id:
        audit_record(
            actor=request.user,
            action="certificate.read_by_other",
            target=certificate,
            holder=certificate.user_id,
        )
    content = certificate_render.certificate_pdf_bytes(certificate=certificate)
    response = HttpResponse(content, content_type="application/pdf")
    disposition = "attachment" if request.GET.get("download") else "inline"
    filename = certificate_render.certificate_filename(certificate=certificate)
    response["Content-Disposition"] = content_disposition_header(
        disposition == "attachment", filename
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
@login_required
def certificate_list(request):
    items = list(
        Certificate.objects.filter(user=request.user)
        .select_related("enrolment")
        .order_by("course_title", "-issued_at", "-id")
    )
    current = [c for c in items if c.superseded_by_id is None]
    history = [c for c in items if c.superseded_by_id is not None]
    language = translation.get_language() or "nb"
    return render(
        request,
        "lms/certificate_list.html",
        {
            "current": current,
            "history": history,
            "track": forty_hours.track_hours_for(user=request.user, language=language),
            "today": timezone.localdate(),
        },
    )


@require_safe
@login_required
def hours_statement(request):
    language = translation.get_language() or request.user.preferred_language
    content = forty_hours.track_hours_statement_pdf(
        user=request.user, language=language
    )
    response = HttpResponse(content, content_type="application/pdf")
    stamp = timezone.localdate().isoformat()
    title = slugify(_("Statement of training hours"), allow_unicode=True)
    name = "-".join(filter(None, [title, stamp]))
    response["Content-Disposition"] = content_disposition_header(True, f"{name}.pdf")
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
def refresher_start(request, enrolment_id: int):
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, user=request.user)
    try:
        certificates.refresher_start(enrolment=enrolment, actor=request.user)
    except LearningError as error:
        messages.error(request, str(error))
        return redirect("lms:dashboard")
    messages.success(
        request,
        _(
            "The refresher has started. Go through the lessons again; when you "
            "finish, you get a new certificate."
        ),
    )
    return redirect("lms:continue", course_id=enrolment.course_id)
