"""Concept matching for free-text answers in bokmål/nynorsk, English and Ukrainian.

Stemming alone misses synonyms and Norwegian compounds ("sikringswiren" is one word), so a
key concept is a term plus synonyms, and a concept word also matches when its stem sits
inside a longer word of the answer ("sparkebrett" in "sparkebrettet", "wire" in
"sikringswiren"). Ukrainian is lemmatised with simplemma (offline data) and compared by
prefix, because Snowball has no Ukrainian stemmer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"[\w'’-]+", re.UNICODE)
MIN_SUBSTRING = 4
SNOWBALL = {"nb": "norwegian", "nn": "norwegian", "en": "english"}


@lru_cache(maxsize=8)
def _snowball(language: str):
    return snowballstemmer.stemmer(SNOWBALL.get(language, "norwegian"))


@lru_cache(maxsize=20000)
def _ukrainian_stem(word: str) -> str:
    import simplemma

    lemma = simplemma.lemmatize(word, lang="uk")
    # Prefix of the lemma: inflected forms the lemmatiser does not know still share it.
    return lemma[: max(4, len(lemma) - 2)] if len(lemma) > 4 else lemma


def stem(word: str, language: str) -> str:
    word = word.lower().strip("'’-")
    if language == "uk":
        return _ukrainian_stem(word)
    return _snowball(language).stemWord(word)


def words(text: str) -> list[str]:
    return [
        w.lower().strip("'’-") for w in WORD_RE.findall(text or "") if w.strip("'’-")
    ]


@dataclass
class Analysed:
    language: str
    raw: list[str]
    stems: list[str]

    @classmethod
    def of(cls, text: str, language: str) -> Analysed:
        raw = words(text)
        # Also the parts of hyphenated words: Norwegian inflects abbreviations with a
        # hyphen ("SJA-en", "ROS-analyse"), and a short key word is matched exactly.
        raw += [part for w in raw if "-" in w for part in w.split("-") if part]
        return cls(language=language, raw=raw, stems=[stem(w, language) for w in raw])

    def has_word(self, word: str) -> bool:
        """Does one word of the key (already lower-case) occur in this text?"""
        key_stem = stem(word, self.language)
        if len(key_stem) < 3:
            return word in self.raw
        for raw, answer_stem in zip(self.raw, self.stems, strict=True):
            if answer_stem == key_stem or raw == word:
                return True
            if self.language == "uk":
                # A longer form of the key word ("посипання" → "посипаний"), or one the
                # lemmatiser cut a little shorter ("посипку"); not any word that merely
                # shares its first letters ("роботи" is not "роботодавець").
                if min(len(answer_stem), len(key_stem)) >= 4 and (
                    answer_stem.startswith(key_stem)
                    or (
                        key_stem.startswith(answer_stem)
                        and len(key_stem) - len(answer_stem) <= 2
                    )
                ):
                    return True
                continue
            # Compounds: the key word's stem inside a longer answer word.
            if len(key_stem) >= MIN_SUBSTRING and key_stem in raw:
                return True
        return False

    def has_phrase(self, phrase: str) -> bool:
        parts = words(phrase)
        return bool(parts) and all(self.has_word(p) for p in parts)


def concept_phrases(concept: dict) -> list[str]:
    phrases = [concept.get("term", "")]
    phrases += [s for s in re.split(r"[,;\n]", concept.get("synonyms") or "")]
    return [p.strip() for p in phrases if p and p.strip()]


def concept_match(concept: dict, text: Analysed) -> str | None:
    """The first phrase of ``concept`` found in ``text``, else None."""
    for phrase in concept_phrases(concept):
        if text.has_phrase(phrase):
            return phrase
    return None


def match_concepts(concepts: list[dict], text: str, language: str):
    """(matched [(term, phrase)], missed [term]) for ``concepts`` in ``text``."""
    analysed = Analysed.of(text, language)
    matched, missed = [], []
    for concept in concepts:
        phrase = concept_match(concept, analysed)
        if phrase:
            matched.append((concept["term"], phrase))
        else:
            missed.append(concept["term"])
    return matched, missed


FACT_CITATION_RE = re.compile(
    r"(?:fakt\w*|fact\w*|факт\w*|punkt\w*|пункт\w*|nr\.?|#)\s*(\d{1,2})",
    re.IGNORECASE | re.UNICODE,
)


def cited_fact_numbers(text: str) -> set[int]:
    return {int(n) for n in FACT_CITATION_RE.findall(text or "")}
