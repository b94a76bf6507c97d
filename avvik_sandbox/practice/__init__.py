"""The practice company: fictional organisations whose deviation work learners practise.

- ``choices``: categories, people's roles and department profiles of the practice world.
- ``models``: ``PracticeCompany`` (edited in the Wagtail admin, with departments and
  their units), its people, deviations and actions. Deviations walk the same case
  routine as the scenario exercises (``avvik_sandbox.choices.CASE_STEPS``).
- ``generator``: a seeded, repeatable two-year history whose shares follow a
  municipality's yearly HMS report (``generate_history``); ``content`` holds its words.
- ``selectors``: the statistics a leader reads, counted in SQL with a fixed number of
  queries whatever the history's size; ``charts`` lays them out as SVG bars;
  ``exports`` writes the filtered log as CSV and Excel. Also what a lesson's practice
  block asks (``activity_done``, ``completion_unmet``, registered in ``apps``).
- The routine played through: ``routine_models`` (classes/cohorts with their own date,
  cases, actions), ``routine`` (one function per step; refusals as ``RoutineRefused``),
  ``routine_feedback`` (feedback and a suggested level per step), ``routine_forms`` and
  ``routine_views``.
- The statistics exercise for leaders: ``amu_models`` (the editor's key on the company,
  learners' answers), ``amu`` (pre-score: statements only, required points), ``amu_views``.
- The risk assessment: ``risk_models`` (exercise, matrix, key), ``risk`` (pre-score per
  criterion, the learner's matrix), ``risk_views``; ``risk_demo`` seeds two exercises.
- ``completion``: a practice activity done re-checks the learner's courses.
- ``views`` (``/<lang>/sandbox/company/<slug>/``…), ``admin`` (the Wagtail viewsets and
  the "generate history" action, registered in ``wagtail_hooks``) and ``demo``.
"""
