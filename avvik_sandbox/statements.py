"""What in a learner's text counts as a statement, and what only looks like one.

A key concept earns credit only inside a statement: a clause with a verb that says
something about the scenario. A bare list of keywords ("sikringswire, rutine,
arbeidsgiver") and a sentence copied from the scenario's facts are not statements of the
learner's own, so the concepts in them are not counted.

There is no part-of-speech tagger for all four languages offline, so a clause counts as a
statement when it has four words or more, or two with a verb: a word from a short list
of auxiliaries, modals and verbs that deviation texts use, a negation (a deviation is
most often "X was not done"), or an ending the language marks its verbs with.
"""

from __future__ import annotations

import re

from .matching import stem, words

CLAUSE_SPLIT_RE = re.compile(r"[.;:!?\n•·–—]+|,(?=\s)|\s-\s")
MIN_WORDS = 2
LONG_CLAUSE = 4
# A sentence is a copy when nearly all its words come from one fact and it carries most
# of that fact: a short restatement in the learner's own sentence ("the toe board was
# not put back") still counts as theirs; a pasted fact does not.
COPY_SHARE = 0.8
COPY_COVER = 0.6
SENTENCE_SPLIT_RE = re.compile(r"[.;!?\n]+")
CITATION_WORDS = {"faktum", "fakta", "fact", "facts", "факт", "факти", "punkt", "nr"}

VERBS = {
    "nb": set(
        """
        aldri ble blei blir bruker brukte burde bør delt er faller falt fantes fikk
        finnes fins fjernet fulgt fulgte får fått følger fører førte gikk gis gitt
        gjennomført gjorde gjort gjør glapp glemt går hadde har ikke ingen intet kan
        kjent kom kommer kontrollert kunne laget ligger lot lå mangel mangelfull
        mangelfullt manglende mangler manglet mistet må måtte satt sikres sikret
        sjekket skal skjedde skulle sto står sørger sørget tatt tillot tok trenger
        utdelt uten utført var vet vil ville visste
        """.split()
    ),
    "nn": set(
        """
        aldri blir brukar brukte burde bør delt er fall fanst fekk fell finst fjerna
        fylgt får fått følgde følgjer fører førte gjekk gjer gjorde gjort glapp gløymt
        går hadde har ikkje ingen inkje kan kjem kjent kom kontrollert kunne laga let
        ligg låg mangel mangla manglande manglar miste må måtte sett sikra sjekka skal
        skjedde skulle stod står sørgjer teke tok treng utan utdelt utført var vart
        veit vert vil ville visste
        """.split()
    ),
    "en": set(
        """
        absence are aren't be been can could did didn't do does doesn't falls fell
        gets given got had hadn't has hasn't have insufficient is isn't knew know lack
        lacked lacks left made may might missing must need needs never no nobody none
        not shall should slipped there's took was wasn't were weren't will without
        would
        """.split()
    ),
    "uk": set(
        """
        без брак бракувало бракує був буде була були було використовував впав впала
        впало відсутня відсутні відсутній відсутність дав дали жодних жодного жодної
        забезпечив знав знали мав мала мали мають має можна мусить не нема немає ні
        повинен повинна повинні потрібно слід треба є
        """.split()
    ),
}
VERB_ENDINGS = {
    "nb": ("ert", "dde", "tte", "res", "tes", "ses"),
    "nn": ("ert", "dde", "tte", "ast"),
    "en": ("ed", "n't"),
    "uk": ("ла", "ли", "ло", "ав", "ив", "ться", "ється", "ують", "ють", "ать"),
}


def clauses(text: str) -> list[str]:
    return [c.strip() for c in CLAUSE_SPLIT_RE.split(text or "") if c.strip()]


def _verb_language(language: str) -> str:
    return language if language in VERBS else "nb"


def has_verb(clause_words: list[str], language: str) -> bool:
    lang = _verb_language(language)
    lexicon = VERBS[lang]
    if lang in ("nb", "nn"):  # learners mix the two written forms
        lexicon = VERBS["nb"] | VERBS["nn"]
    endings = VERB_ENDINGS[lang]
    return any(
        w in lexicon or (len(w) > 4 and w.endswith(endings)) for w in clause_words
    )


def is_statement(clause: str, language: str) -> bool:
    """Two words with a verb ("Mangler datablad"), or four words or more: a keyword list
    is short items separated by commas; "Uforlikelige produkter lagret sammen" says
    something even when its participle is not in the list."""
    clause_words = words(clause)
    if len(clause_words) >= LONG_CLAUSE:
        return True
    return len(clause_words) >= MIN_WORDS and has_verb(clause_words, language)


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if not w.isdigit() and w not in CITATION_WORDS}


def _copied(line: str, fact_word_sets: list[set[str]]) -> bool:
    line_words = _content_words(line)
    if len(line_words) < 4 or not fact_word_sets:
        return False
    for fact in fact_word_sets:
        shared = len(line_words & fact)
        if shared / len(line_words) >= COPY_SHARE and shared / len(fact) >= COPY_COVER:
            return True
    return False


def fact_words(facts) -> list[set[str]]:
    """The scenario's facts as word sets, made once per answer and handed to ``read``."""
    return [w for w in (_content_words(f) for f in facts) if w]


def read(text: str, language: str, fact_word_sets=()) -> tuple[str, dict]:
    """(the learner's own statements in ``text``, joined: what concepts are matched
    in; counts of statements, bare fragments and lines copied from a fact)."""
    kept, report = [], {"statements": 0, "fragments": 0, "copied": 0}
    for line in SENTENCE_SPLIT_RE.split(text or ""):
        if _copied(line, fact_word_sets):
            report["copied"] += 1
            continue
        for clause in clauses(line):
            if is_statement(clause, language):
                report["statements"] += 1
                kept.append(clause)
            else:
                report["fragments"] += 1
    return "\n".join(kept), report


def is_step(clause: str, language: str) -> bool:
    """A why is a step in a chain when it says something: two words or more ("Lene
    skled", "Ingen strøing"). One word ("Stress") is a label, not a cause."""
    return len(words(clause)) >= 2


def phrases(text: str) -> str:
    """What an action's concepts are matched in, line by line (one action a line): a
    line that is a list of single words ("rutine, opplæring, SJA") is labels, not an
    action; otherwise its parts of two words or more, or the one word it is ("Strø")."""
    kept = []
    for line in (text or "").splitlines():
        parts = clauses(line)
        if len(parts) == 1:
            kept += parts
        else:
            kept += [c for c in parts if len(words(c)) >= 2]
    return "\n".join(kept)


def stems(text: str, language: str) -> set[str]:
    return {
        stem(w, language)
        for w in words(text)
        if not w.isdigit() and w not in CITATION_WORDS and len(w) > 2
    }


def retells(text: str, event_texts: list[str], language: str) -> float:
    """Share of the text's word stems found in the event's facts: 1.0 is the event
    told again, whatever the word forms."""
    own = stems(text, language)
    if not own:
        return 0.0
    event = (
        set().union(*(stems(t, language) for t in event_texts))
        if event_texts
        else set()
    )
    return len(own & event) / len(own)
