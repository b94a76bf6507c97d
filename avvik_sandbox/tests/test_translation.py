"""Exercises are translated with wagtail-localize: texts are segments, the key's
structure (fact numbers, kinds, codes) is copied unchanged."""

import pytest
from wagtail_localize.segments.extract import extract_segments

from avvik_sandbox.factories import translate_exercise

pytestmark = pytest.mark.django_db


def test_translators_get_texts_but_not_fact_numbers_or_codes(exercise):
    segments = extract_segments(exercise)
    strings = {s.string.data for s in segments if hasattr(s, "string")}
    assert exercise.fact_list[3]["text"] in strings
    assert exercise.key_deviations[0]["title"] in strings
    assert "sikringswire" in strings  # concepts are translated per language
    assert "2, 5, 6" not in strings and "primary" not in strings
    paths = {s.path for s in segments}
    assert not any(path.endswith(".facts") for path in paths)


def test_a_translation_keeps_ids_and_the_key(exercise):
    english = translate_exercise(exercise, "en")
    assert english.translation_key == exercise.translation_key
    assert [f["id"] for f in english.fact_list] == [f["id"] for f in exercise.fact_list]
    assert [c["id"] for c in english.criteria] == [c["id"] for c in exercise.criteria]
    assert english.event_facts == exercise.event_facts
    assert english.key_deviations[1]["fact_numbers"] == [2, 5, 6]
    assert english.key_deviations[1]["title"].startswith("Poor protection")
