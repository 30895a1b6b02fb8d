"""Binding parameters into SPARQL without splicing raw strings.

Values enter as RDF terms, serialised by pyoxigraph, in a ``VALUES`` block placed first in the
query's top-level group: the engine joins it before anything else (so the bound pattern is the
selective start), FILTERs in the group see it, and a remote SPARQL 1.1 server reads it the same way.
(pyoxigraph's own ``substitutions`` only accept projected variables.)

>>> import pyoxigraph as ox
>>> print(with_values("SELECT ?n WHERE { ?o ?p ?code }", {"code": ox.Literal('I"N')}))
SELECT ?n WHERE { VALUES (?code) { ("I\\"N") }  ?o ?p ?code }
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def with_values(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None) -> str:
    """``sparql`` with each binding fixed by a VALUES block at the start of its first WHERE group."""
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not _NAME.match(name) or not isinstance(term, ox.NamedNode | ox.Literal):
            raise ValueError(f"cannot bind {name!r} to {term!r}")
    match = _WHERE.search(_without_comments(sparql))
    if match is None:
        raise ValueError("the query has no WHERE group to bind parameters in")
    names = " ".join(f"?{n}" for n in bindings)
    terms = " ".join(str(t) for t in bindings.values())
    block = f" VALUES ({names}) {{ ({terms}) }} "
    return sparql[: match.end()] + block + sparql[match.end():]


def _without_comments(sparql: str) -> str:
    # Blank out comments but keep offsets, so a WHERE in a header line is never matched.
    return re.sub(r"#[^\n]*", lambda m: " " * len(m.group()), sparql)
