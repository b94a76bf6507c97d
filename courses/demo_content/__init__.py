"""Demo course content for the HMS e-learning platform.

Pure Python data (no Django imports). The seeding code reads COURSES and ARTICLES.
Each course has a ``translations`` dict keyed by language code (nb, nn, en, uk); every
translation of a course has the same lesson slugs, block order and quiz shapes.
"""

from .amu import AMU
from .articles import ARTICLES
from .leader import LEADER
from .verneombud import VERNEOMBUD
from .worker import WORKER

COURSES = [LEADER, VERNEOMBUD, AMU, WORKER]

__all__ = ["COURSES", "ARTICLES", "LEADER", "VERNEOMBUD", "AMU", "WORKER"]
