"""Payments: orders, Stripe Checkout, discount and licence codes, companies, seats and
the company's compliance view. The module map is in ``payments/README.md``.

What payments adds to the other apps is registered in ``apps.py``: record grants and
watchers (``lms.access``: a company reads a record only by a seat it gave or a course
the person shared), personal-data sections, the page cache's price and campaign
expiry, the menu flags, the outbox jobs (``jobs``) and the demo seeder.
"""
