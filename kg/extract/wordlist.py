"""Regex alternations of many words, built as a character trie so that matching stays fast.

A flat alternation of hundreds of names is tried name by name at every position of a text; the trie
form shares prefixes, so each position costs a few character tests.

>>> import re
>>> pattern = re.compile(alternation(["Asia", "Asia Pacific", "Austria"]))
>>> [m.group() for m in pattern.finditer("Asia Pacific and Austria")]
['Asia Pacific', 'Austria']
"""

from __future__ import annotations

import re


class Cue:
    """A case-insensitive cue pattern, matched on lower-cased text.

    ``re.IGNORECASE`` turns off the engine's scan for a pattern's possible first characters, which made
    the cue tests (tried on every sentence) about five times slower. Offsets are the text's own: the rare
    text whose lower case has another length ("İ") is matched with ``re.IGNORECASE`` instead.

    >>> Cue("driven by|CAGR").search("Growth is Driven By demand").group()
    'driven by'
    """

    def __init__(self, pattern: str):
        self._re = re.compile(pattern.lower())
        self._folding = re.compile(pattern, re.IGNORECASE)
        self.pattern = pattern

    def _lowered(self, text: str) -> tuple[re.Pattern, str]:
        lowered = _lower_case(text)
        return (self._re, lowered) if len(lowered) == len(text) else (self._folding, text)

    def search(self, text: str, *bounds: int) -> re.Match | None:
        pattern, subject = self._lowered(text)
        return pattern.search(subject, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match | None:
        pattern, subject = self._lowered(text)
        return pattern.match(subject, *bounds)

    def finditer(self, text: str) -> list[re.Match]:
        pattern, subject = self._lowered(text)
        return list(pattern.finditer(subject))



# The text last lower-cased and its lower case (cues are tried in turn on one text); one tuple, rebound whole, so a
# thread never reads one text with another's lower case.
_last: tuple[str | None, str] = (None, "")


def _lower_case(text: str) -> str:
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    lowered = text.lower()
    _last = (text, lowered)
    return lowered


def alternation(words: list[str]) -> str:
    """One regex alternation matching any of ``words``, longest first where they share a prefix."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return pattern(trie)
