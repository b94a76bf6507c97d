"""Invoices on paper and in EHF: the KID, the PDF and the Peppol BIS Billing 3.0 XML.

All three read an issued ``Invoice`` with its order lines and the seller's settings;
none writes anything. The services that issue, remind and register payment are in
``payments.services.invoices``.
"""
