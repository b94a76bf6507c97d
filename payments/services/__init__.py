"""Writes of payments state. Views, tasks and webhooks call these; nothing else writes.

Split by topic, and a call names the module it lives in (``orders.order_create``):

- ``codes``: discount and licence codes, their batches, attempts and reservations;
- ``quotes``: the price a code would give, before an order exists;
- ``orders``: creating, repricing and cancelling an order, applying a code;
- ``fulfilment``: a paid order's enrolments or seats, and refunds;
- ``webhooks``: Stripe events received, processed once, and reconciled;
- ``companies``: a company, its seats and the invitations to them;
- ``invitations_csv``: inviting many people from one CSV file;
- ``membership``: company members, admins and the employee's consent to share records.
"""
