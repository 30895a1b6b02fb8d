"""Step 3 of search: fusion of ranked lists, pure functions.

:func:`combine` (what search uses): a weighted sum of each retriever's scores, each divided by the best
score of its own list, ``score(d) = Σ_r w_r · s_r(d) / max_d' s_r(d')`` (a retriever that did not rank
``d`` adds 0). Dividing by the best keeps how close each candidate comes to the best match, which ranks
throw away: a BM25 hit that matches one common word of the query scores a small fraction of one that
matches them all, while its rank can still be 1. Unlike min-max scaling, it needs no guard for a list of
equal scores and does not depend on how deep the list is. This is Fox and Shaw's CombSUM ("Combination of
multiple searches", TREC-2, 1994), weighted, over scores normalised by each list's maximum.

:func:`rrf`: reciprocal-rank fusion (Cormack, Clarke and Büttcher, "Reciprocal rank fusion outperforms
Condorcet and individual rank learning methods", SIGIR 2009): ``score(d) = Σ_r 1 / (k + rank_r(d))`` with
ranks from 1 and ``k = 60`` as in the paper; ``weights`` scale each retriever's terms (weighted RRF).

Ties break by id so the order is deterministic.

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
    """A fused result: its id, fused score and each retriever's rank of it (1-based; absent = not ranked)."""

    id: str
    score: float
    ranks: dict[str, int] = field(default_factory=dict)


def combine(scored: Mapping[str, Sequence[tuple[str, float]]], weights: Mapping[str, float]) -> list[Fused]:
    """Fuse (id, score) lists (best first), keyed by retriever name, by the weighted sum of their scores divided
    by each list's best score; a retriever missing from ``weights`` counts with weight 1.

    >>> hits = combine({"lexical": [("a", 8.0), ("b", 2.0)], "dense": [("b", 0.6), ("c", 0.5)]},
    ...                {"lexical": 0.2, "dense": 0.8})
    >>> [(h.id, round(h.score, 3), h.ranks) for h in hits]
    [('b', 0.85, {'lexical': 2, 'dense': 1}), ('c', 0.667, {'dense': 2}), ('a', 0.2, {'lexical': 1})]
    """
    fused: dict[str, Fused] = {}
    for name, results in scored.items():
        best = max((score for _, score in results), default=0.0)
        weight = weights.get(name, 1.0)
        for rank, (doc, score) in enumerate(results, start=1):
            item = fused.setdefault(doc, Fused(doc, 0.0))
            if name not in item.ranks:
                item.ranks[name] = rank
                item.score += weight * score / best if best > 0 else 0.0
    return sorted(fused.values(), key=lambda f: (-f.score, f.id))


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
