"""The company compliance view: who holds a valid certificate for which course.

A company sees a member's record of a course only where ``company_access`` allows it (a
seat it gave, or a course the member shared with it); every other cell reads "not
enrolled", whatever the person did elsewhere.

- ``status``: the status of one cell (valid, expiring, in progress …) and the filters.
- ``records``: the columns (courses), and what the company may see of one page of
  people (enrolments, lessons done, current certificates).
- ``table``: the company-wide counts and one page of people, read in a fixed number of
  queries per page; ``table_rows`` walks everyone in chunks.
- ``exports``: CSV and Excel, streamed chunk by chunk in constant memory.
- ``evidence``: the evidence pack (every certificate PDF and a summary sheet), built
  by an outbox job that reports its progress on an ``EvidencePackJob`` row.
"""
