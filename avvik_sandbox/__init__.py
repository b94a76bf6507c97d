"""The deviation sandbox: scenario exercises, immediate feedback and instructor grading.

- ``models``: ``pages`` (``SandboxIndexPage``/``ExercisePage``, Wagtail, translatable:
  scenario facts, answer key, rubric) and ``submissions`` (``Submission``,
  ``CriterionScore``, ``InstructorAssignment``).
- ``forms.WorkspaceForm`` turns the workspace into a draft (fact ids, not numbers);
  ``grading_forms`` holds the rubric form and the grading queue's filters;
  ``static/js/sandbox.js`` autosaves it to ``views.workspace.autosave`` with a
  localStorage fallback. Views: ``workspace`` (the exercise page),
  ``workspace_actions`` (save, advance, submit: one URL each), ``review`` (the
  feedback pages), ``grading`` (queue, rubric page; claim, release, grade).
- ``scoring.evaluate`` gives feedback codes and a per-criterion pre-score, one function
  per rubric criterion (``scoring.analysis``: event, deviations, causes, facts;
  ``scoring.work``: report, actions, follow-up); ``matching`` does the stemming,
  synonyms and compounds; ``feedback`` renders the codes in the reader's language.
- ``services``: the learner's drafts, the case routine and submitting, and the course
  completion check registered in ``apps``; ``grading``: the instructor's assignments,
  claim/release/grade (row locks, audit log, the learner's e-mail via the outbox and
  ``jobs``); ``exceptions``: ``SandboxError`` and its kinds, shown to the user.
- ``practice``: the practice companies (generated deviation log and statistics, the
  routine played through in classes, the statistics exercise for AMU, the risk
  assessment); its own map is in ``practice/__init__.py``.
- ``demo`` + ``demo_content``: seven seeded exercises; ``bench/bench_sandbox_kappa.py``
  measures the pre-score against hand grading.
"""
