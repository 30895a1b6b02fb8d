"""Step 3 of search: reciprocal-rank fusion of ranked lists, a pure function.

RRF (Cormack, Clarke and Büttcher, "Reciprocal rank fusion outperforms Condorcet and individual rank
learning methods", SIGIR 2009): ``score(d) = Σ_r 1 / (k + rank_r(d))`` with ranks from 1 and
``k = 60`` as in the paper. Scores of different retrievers (BM25, cosine) are never compared, only
ranks, so neither needs calibrating. Ties break by id so the order is deterministic. ``weights``
scale each retriever's terms (weighted RRF); unweighted by default.

>>> hits = rrf({"lexical": ["a", "b", "c"], "dense": ["c", "a"]})
>>> [(h.id, h.ranks) for h in hits]
[('a', {'lexical': 1, 'dense': 2}), ('c', {'lexical': 3, 'dense': 1}), ('b', {'lexical': 2})]
>>> round(hits[0].score, 5)
0.03252
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

RRF_K = 60  # Cormack et al. 2009
MODES = ("hybrid", "lexical", "dense")  # fused, or either retriever alone


@dataclass
class Fused:
    """A fused result: its id, RRF score and each retriever's rank of it (1-based; absent = not ranked)."""

    id: str
    score: float
    ranks: dict[str, int] = field(default_factory=dict)


def rrf(rankings: Mapping[str, Sequence[str]], k: int = RRF_K,
        weights: Mapping[str, float] | None = None) -> list[Fused]:
    """Fuse ranked id lists (best first), keyed by retriever name, into one list, best first.

    >>> [h.id for h in rrf({"lexical": ["a", "b"], "dense": ["b", "c"]}, k=10, weights={"lexical": 0.3})]
    ['b', 'c', 'a']
    """
    fused: dict[str, Fused] = {}
    for name, ids in rankings.items():
        weight = (weights or {}).get(name, 1.0)
        for rank, doc in enumerate(ids, start=1):
            item = fused.setdefault(doc, Fused(doc, 0.0))
            if name not in item.ranks:
                item.ranks[name] = rank
                item.score += weight / (k + rank)
    return sorted(fused.values(), key=lambda f: (-f.score, f.id))
