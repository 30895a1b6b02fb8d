"""What a person should decide: organisations in the store that may be one, but were not merged.

Entity resolution merges only by normal form, by the linking table or by a decision in the override file;
everything closer than ``REVIEW_THRESHOLD`` that stayed apart, and every name that is another name plus more
words ("Bayer" / "Bayer Crop Science"), is listed here (``mkg link --review``) so that nothing is merged, or
left apart, silently. A pair the override file already decides is not listed again.

>>> from kg.pipeline import seed_store
>>> store = seed_store()
>>> [r.label for r in resolutions(store) if r.iri.endswith("/fortis-healthcare")]
['Fortis Healthcare']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from kg.link.organisations import REVIEW_THRESHOLD, Overrides, contains_other
from kg.names import org_key

_ORGANISATIONS = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?org ?label ?written WHERE {
  GRAPH ?g { ?org a mkg:Organisation }
  ?org rdfs:label ?label .
  OPTIONAL { GRAPH <https://w3id.org/mkg/graph/entities> { ?org skos:altLabel ?written } }
}"""


@dataclass(frozen=True)
class Resolution:
    """One organisation and every way reports wrote it."""

    iri: str
    label: str
    written: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """Two organisations that may be one: a person decides (``kg/data/link-overrides.yaml``)."""

    a: Resolution
    b: Resolution
    score: float
    reason: str


def resolutions(store) -> list[Resolution]:
    """The organisations in the store with their written forms, sorted by IRI."""
    labels: dict[str, set[str]] = defaultdict(set)
    written: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_ORGANISATIONS).rows:
        org = row["org"].value
        labels[org].add(row["label"].value)
        if row.get("written") is not None:
            written[org].add(row["written"].value)
    return [Resolution(org, sorted(labels[org])[0], tuple(sorted(written[org]))) for org in sorted(labels)]


def review(store, overrides: Overrides | None = None) -> list[Candidate]:
    """Ambiguous pairs of organisations, closest first.

    A pair is listed when the normal forms of any two of their names are at least ``REVIEW_THRESHOLD``
    alike (rapidfuzz ratio), or one extends the other by words, and the override file does not decide it.
    """
    overrides = overrides or Overrides.load()
    found = resolutions(store)
    names = [(i, name) for i, r in enumerate(found) for name in {r.label, *r.written}]
    keys = [org_key(name) for _, name in names]
    best: dict[tuple[int, int], Candidate] = {}
    for x, (i, name) in enumerate(names):
        hits = process.extract(keys[x], keys, scorer=fuzz.ratio, score_cutoff=REVIEW_THRESHOLD, limit=None)
        pairs = [(keys[y], score, y) for _, score, y in hits]
        first_word = keys[x].split()[:1]
        pairs += [(keys[y], 0.0, y) for y in range(len(names))
                  if keys[y].split()[:1] == first_word and contains_other(name, names[y][1])]
        for _, score, y in pairs:
            j, other = names[y]
            if i == j or overrides.decided_apart(name, other):
                continue
            pair = (min(i, j), max(i, j))
            reason = f"similar names ({score:.0f}/100)" if score else "one name is the other plus more words"
            candidate = Candidate(found[pair[0]], found[pair[1]], round(score, 1), f"{name!r} / {other!r}: {reason}")
            if pair not in best or candidate.score > best[pair].score:
                best[pair] = candidate
    return sorted(best.values(), key=lambda c: (-c.score, c.a.iri, c.b.iri))


def as_table(candidates: list[Candidate], merged: list[Resolution]) -> str:
    """The review as text: the merges made (several written forms, one IRI), then the open questions."""
    lines = ["resolved (one organisation, several written forms):"]
    lines += [f"  {r.iri}  ←  {' | '.join(r.written)}" for r in merged if len(r.written) > 1] or ["  (none)"]
    lines.append(f"ambiguous ({len(candidates)}): decide in kg/data/link-overrides.yaml (same: / distinct:)")
    lines += [f"  {c.a.iri}  ?  {c.b.iri}   {c.reason}" for c in candidates] or ["  (none)"]
    return "\n".join(lines)
