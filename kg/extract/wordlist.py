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
        self._re = re.compile(_first_letters_first(pattern.lower()))
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



def _first_letters_first(pattern: str) -> str:
    r"""The pattern with a word boundary that begins a branch before a letter written as a look-behind after the
    letter (``\bx`` as ``x(?<!\wx)``, the same test). A pattern whose every branch begins with a letter lets the
    engine skip to where those letters are; one leading ``\b`` made it try every branch at every position, three
    times slower on the factor cues. (A group of words after ``\b``, "``\b(?:ab|cd)``", stays: there the boundary
    is the cheaper first test.)

    >>> _first_letters_first(r"\btrends?\b|\bshift\b|\b(?:by|to)\b|x\bz")
    't(?<!\\wt)rends?\\b|s(?<!\\ws)hift\\b|\\b(?:by|to)\\b|x\\bz'
    """
    return "|".join(re.sub(r"^\\b([a-z])(?![?*+{])", r"\1(?<!\\w\1)", branch) for branch in _top_level_branches(pattern))


def _top_level_branches(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (not in a group, a class or after a backslash)."""
    branches, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 2] in ("]", "^") and pattern[i + 1:i + 3] != "^]" else 1  # "[]…]", "[^…]"
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


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


# A percentage's sign as pages write it: "61%", "61 percent", "61 per cent", a Pakistani paper's "55pc"
PERCENT_SIGN = r"(?:%|per\s?cent\b|pc\b)"


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
