"""Legal references in the forms people write them.

"aml. § 2-1", "arbeidsmiljøloven § 2-1", "Arbeidsmiljølova §2-1" and "AML 2-1" are the
same provision. A reference is read as (law, provision): the law through a table of names
and abbreviations in bokmål, nynorsk and English, the provision as "§ 2-1", "2-1" or a
chapter ("kap. 17").
"""

from __future__ import annotations

import re

LAW_NAMES = {
    "aml": (
        "aml",
        "arbeidsmiljøloven",
        "arbeidsmiljølova",
        "arbeidsmiljølov",
        "working environment act",
        "закон про робоче середовище",
    ),
    "ikf": (
        "ikf",
        "internkontrollforskriften",
        "internkontrollforskrifta",
        "internal control regulations",
    ),
    "fua": (
        "fua",
        "forskrift om utførelse av arbeid",
        "forskrift om utføring av arbeid",
        "utførelsesforskriften",
        "regulations on the performance of work",
    ),
    "ofa": (
        "forskrift om organisering, ledelse og medvirkning",
        "forskrift om organisering, leiing og medverknad",
        "organisering, ledelse og medvirkning",
    ),
    "abf": (
        "arbeidsplassforskriften",
        "arbeidsplassforskrifta",
        "workplace regulations",
    ),
}
_LAW_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        sorted(
            (re.escape(name) for names in LAW_NAMES.values() for name in names),
            key=len,
            reverse=True,
        )
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
_PROVISION_RE = re.compile(
    r"(?:§+\s*(?P<section>\d+\s*-\s*\d+[a-z]?|\d+[a-z]?))"
    r"|(?:\b(?:kap(?:ittel)?|ch(?:apter)?|розділ)\.?\s*(?P<chapter>\d+[a-z]?))"
    r"|(?:^\s*\.?\s*(?P<bare>\d+\s*-\s*\d+[a-z]?))",
    re.IGNORECASE,
)
_NAME_TO_LAW = {name: law for law, names in LAW_NAMES.items() for name in names}


def references(text: str) -> set[tuple[str, str]]:
    """{(law, provision)} in ``text``: ("aml", "§2-1"), ("fua", "kap17")."""
    found = set()
    matches = list(_LAW_RE.finditer(text or ""))
    for i, match in enumerate(matches):
        law = _NAME_TO_LAW[match.group(0).lower()]
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        tail = text[match.end() : end]
        for provision in _PROVISION_RE.finditer(tail):
            if provision.group("chapter"):
                found.add((law, "kap" + provision.group("chapter").lower()))
            else:
                section = provision.group("section") or provision.group("bare")
                found.add((law, "§" + re.sub(r"\s+", "", section).lower()))
        if not any(ref[0] == law for ref in found):
            found.add((law, ""))
    return found


def same_reference(key: str, written: str) -> bool:
    """Does ``written`` name a provision of ``key`` (or, if the key names only a law or
    a chapter, that law)?"""
    wanted = references(key)
    given = references(written)
    for law, provision in wanted:
        if provision and (law, provision) in given:
            return True
        if not provision and any(g[0] == law for g in given):
            return True
    return False
