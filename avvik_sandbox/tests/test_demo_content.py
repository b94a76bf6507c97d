"""The seeded exercises' keys recognise how learners actually write, in each language."""

import pytest

from avvik_sandbox.demo_content import SCAFFOLDING, SCHOOLYARD
from avvik_sandbox.matching import match_concepts


def _concept(exercise, language, deviation, term_start):
    concepts = exercise[language]["deviations"][deviation]["concepts"]
    term, synonyms = next(c for c in concepts if c[0].startswith(term_start))
    return {"term": term, "synonyms": synonyms}


@pytest.mark.parametrize(
    ("exercise", "language", "deviation", "term", "text", "expected"),
    [
        # "vaier" is the usual Norwegian spelling of wire.
        (SCAFFOLDING, "nb", 0, "sikringswire", "Han hadde ingen sikringsvaier.", True),
        # The platform's own Ukrainian term for nestenulykke.
        (
            SCHOOLYARD,
            "uk",
            1,
            "майже",
            "Дві ситуації, близькі до нещасного випадку, закрили.",
            True,
        ),
        # A slide on the ice ("ковзанка") is not an ice grip.
        (SCHOOLYARD, "uk", 2, "льодоступи", "Подвір’я було як ковзанка.", False),
    ],
)
def test_seeded_concepts(exercise, language, deviation, term, text, expected):
    concept = _concept(exercise, language, deviation, term)
    matched, _missed = match_concepts([concept], text, language)
    assert bool(matched) is expected


def test_ukrainian_texts_use_the_platforms_term_for_a_near_miss():
    # "майже-нещасний" is not Ukrainian spelling; the report type is called
    # "ситуація, близька до нещасного випадку" everywhere else.
    for exercise in (SCAFFOLDING, SCHOOLYARD):
        assert "майже-нещасн" not in repr(exercise["uk"])
