"""The sandbox's views, by who uses them.

- ``workspace``: the learner works an exercise (the page's ``serve``, save and submit,
  autosave);
- ``review``: an answer read back: the learner's feedback pages, the instructor's
  grading queue and rubric.
"""
