"""Certificates (kursbevis): the wing that states what a learner did, on paper.

- ``services``: issuing once per recorded completion, reissuing, revoking, refreshers,
  the verification URL; the record is a snapshot of what it certifies.
- ``render``: the certificate's one-page PDF in the learner's language and bokmål,
  stored once; ``pdf``: the WeasyPrint and QR rendering both PDFs share.
- ``forty_hours``: hours toward the 40-hour training of verneombud and AMU members
  (FOLM § 3-19) and the dated statement of them.
- ``admin``: the Wagtail admin's certificate list and its reissue/revoke actions.
- ``demo``: certificates for the demo's learners.

Models: ``lms.models.certificates``; views: ``lms.views.certificates``.
"""
