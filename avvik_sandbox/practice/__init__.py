"""The practice company: fictional organisations whose deviation log learners read.

- ``choices``: categories, people's roles and department profiles of the practice world.
- ``models``: ``PracticeCompany`` (edited in the Wagtail admin, with departments and
  their units), its people, deviations and actions. Deviations walk the same case
  routine as the scenario exercises (``avvik_sandbox.choices.CASE_STEPS``).
- ``generator``: a seeded, repeatable two-year history whose shares follow a
  municipality's yearly HMS report (``generate_history``).
- ``selectors``: the statistics a leader reads, counted in SQL with a fixed number of
  queries whatever the history's size; ``charts`` lays them out as SVG bars.
- ``exports``: the filtered deviation log as CSV and Excel.
- ``views`` (``/<lang>/sandbox/company/<slug>/``…) and ``admin`` (the Wagtail
  viewset and its "generate history" action, registered in ``wagtail_hooks``).
- ``demo``: a municipality and a private company for ``make run``.
"""
