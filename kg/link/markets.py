"""Markets and segments as reports write them → one shared concept each.

"Global Medical Second Opinion Market" and "medical second opinion" are one market; within a market,
"Hospitals" and "hospital segment" are one segment concept.

>>> market_key("The Global Medical Second Opinion Market") == market_key("medical second opinion")
True
>>> segment_key("Hospitals segment"), segment_key("hospital")
('hospital', 'hospital')
"""

from __future__ import annotations

import re

from kg.names import ascii_fold

_FILLER = {"the", "global", "worldwide", "world", "market", "markets", "industry", "segment", "segments", "sector"}


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _key(text: str) -> str:
    folded = ascii_fold(text).lower().replace("&", " and ")
    words = [w for w in re.sub(r"[^a-z0-9]+", " ", folded).split() if w not in _FILLER]
    return " ".join(_singular(w) for w in words) or " ".join(folded.split())


def market_key(name: str) -> str:
    """The comparison form of a market name: folded, without "global"/"market", last words singular."""
    return _key(name)


def segment_key(name: str) -> str:
    """The comparison form of a segment name within its market."""
    return _key(name)
