"""The evidence pack: every employee's current certificate PDFs and a summary sheet
(what the Labour Inspection Authority asks to see), built in the background by the
outbox job ``payments.evidence_pack``, which reports its progress on the job row."""

from __future__ import annotations

import logging
import secrets
import tempfile
import zipfile
from datetime import timedelta

from django.core.files import File
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.models import Certificate
from lms.outbox import outbox_enqueue
from payments.models import EvidencePackJob

from ..models import Company
from .exports import compliance_csv, compliance_xlsx, export_filename
from .hours import agreement_pdf, signed_agreements
from .table import table_rows

logger = logging.getLogger(__name__)


def evidence_pack_request(*, company, user, language: str) -> EvidencePackJob:
    """Start building the evidence pack in the background (one at a time per company)."""
    running = EvidencePackJob.objects.filter(
        company_id=company.pk,
        status__in=[EvidencePackJob.Status.PENDING, EvidencePackJob.Status.RUNNING],
        created_at__gte=timezone.now() - timedelta(hours=1),
    ).first()
    if running:
        return running
    job = EvidencePackJob.objects.create(
        company_id=company.pk, requested_by=user, language=language
    )
    audit_record(actor=user, action="compliance.evidence_pack_requested", target=job)
    outbox_enqueue(
        job="payments.evidence_pack",
        payload={"job_id": job.pk},
        key=f"evidence-pack:{job.pk}",
    )
    return job


def _progress(job_id: int, done: int, total: int) -> None:
    EvidencePackJob.objects.filter(pk=job_id).update(done=done, total=total)


def _write_pack(archive: zipfile.ZipFile, *, job_id: int, company, language) -> int:
    """Write the summary sheets and every certificate; returns how many certificates."""
    from lms.certificates.render import certificate_pdf_bytes

    rows = list(table_rows(company=company, language=language))
    with_certificates = [row for row in rows if row.certificate]
    total = len(with_certificates)
    # The table loads certificates lean; those still to be rendered need every
    # printed field, fetched here in one query instead of field by field.
    unrendered = {
        c.pk: c
        for c in Certificate.objects.filter(
            pk__in=[
                r.certificate.pk for r in with_certificates if not r.certificate.pdf
            ]
        )
    }
    _progress(job_id, 0, total)
    step = max(1, total // 50)
    summary = slugify(_("summary"), allow_unicode=True)
    folder = slugify(_("certificates"), allow_unicode=True)
    archive.writestr(f"{summary}.xlsx", compliance_xlsx(rows, title=company.name))
    archive.writestr(f"{summary}.csv", compliance_csv(rows))
    _write_agreements(archive, company=company, language=language)
    for index, row in enumerate(with_certificates, start=1):
        name = slugify(row.employee.get_full_name()) or row.employee.pk
        certificate = unrendered.get(row.certificate.pk, row.certificate)
        archive.writestr(
            f"{folder}/{name}-{row.certificate.number}.pdf",
            certificate_pdf_bytes(certificate=certificate),
        )
        if index % step == 0 or index == total:
            _progress(job_id, index, total)
    return total


def _write_agreements(archive: zipfile.ZipFile, *, company, language) -> None:
    """Every agreement on a shorter programme in force, as signed (FOLM § 3-19)."""
    folder = slugify(_("agreements on a shorter programme"), allow_unicode=True)
    for agreement in signed_agreements(company=company):
        name = slugify(agreement.user.get_full_name() or agreement.user.email)
        archive.writestr(
            f"{folder}/{name}-{agreement.pk}.pdf",
            agreement_pdf(agreement=agreement, language=language),
        )


def evidence_pack_build(*, job_id: int) -> EvidencePackJob:
    """Write the ZIP to a temporary file and store it.

    Idempotent: a finished job is returned as is; a job interrupted half-way starts
    again from the beginning (PDFs already rendered are reused).
    """
    job = EvidencePackJob.objects.get(pk=job_id)
    if job.status == EvidencePackJob.Status.DONE and job.file:
        return job
    company = Company.objects.get(pk=job.company_id)
    EvidencePackJob.objects.filter(pk=job.pk).update(
        status=EvidencePackJob.Status.RUNNING, error=""
    )
    try:
        with tempfile.TemporaryFile() as output:
            with translation.override(job.language):
                with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
                    total = _write_pack(
                        archive, job_id=job.pk, company=company, language=job.language
                    )
            output.seek(0)
            job.refresh_from_db()
            # Every employee's certificates in one file: a random folder keeps its
            # address unguessable even where media is served without a login.
            name = export_filename(company=company, extension="zip")
            job.file.save(f"{secrets.token_hex(16)}/{name}", File(output), save=False)
        job.status = EvidencePackJob.Status.DONE
        job.done = job.total = total
        job.finished_at = timezone.now()
        job.save(update_fields=["file", "status", "done", "total", "finished_at"])
    except Exception as error:
        logger.exception("Evidence pack %s failed", job_id)
        EvidencePackJob.objects.filter(pk=job_id).update(
            status=EvidencePackJob.Status.FAILED,
            error=str(error)[:2000],
            finished_at=timezone.now(),
        )
        raise
    return job
