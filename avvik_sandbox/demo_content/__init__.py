"""Seeded exercises. Content is data (bokmål, and for the scaffolding and
school-yard exercises also nynorsk, English and Ukrainian), not user-interface text,
so it is not in the gettext catalogues.

Each exercise: language-neutral structure (fact numbers, kinds, codes) once, and per
language the texts in the same order, so every translation has the same shape and the
same StreamField block ids.
"""

from .outlines import OUTLINES
from .scaffolding import SCAFFOLDING
from .schoolyard import SCHOOLYARD

EXERCISES = [SCAFFOLDING, SCHOOLYARD, *OUTLINES]
