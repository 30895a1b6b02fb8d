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
