"""Step 2c of search: nearest facts by meaning, exact (brute-force cosine) over an in-memory view.

Vectors are kept once per distinct fact wording (many reports state "high upfront costs" in the same
words), so the matrix grows with the distinct wordings, not with the facts; a search scores every
wording with one matrix-vector product, spreads the scores to the facts, masks the facts the filters
exclude, and takes the top ``limit``. Exact search needs no tuning and is fast enough at the sizes
``bench/search_eval.py`` measures; an approximate index would replace :meth:`DenseView.search` only.

>>> import numpy as np
>>> view = DenseView(keys=["a", "b", "c"], reports=np.array([0, 0, 1]), types=np.array([0, 1, 0]),
...                  rows=np.array([0, 1, 0]), matrix=np.eye(2, dtype=np.float32))
>>> view.search(np.array([1.0, 0.0], dtype=np.float32), limit=2)
[('a', 1.0), ('c', 1.0)]
>>> view.search(np.array([1.0, 0.0], dtype=np.float32), limit=2, report_mask=np.array([False, True]))
[('c', 1.0)]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class DenseView:
    """Facts (``keys``) with their report and type codes and the row of their wording in ``matrix``."""

    keys: list[str]
    reports: np.ndarray  # int32 report code per fact
    types: np.ndarray  # int8 type code per fact
    rows: np.ndarray  # int32 matrix row per fact
    matrix: np.ndarray  # float32 unit vectors, one per distinct wording

    def search(self, vector: np.ndarray, limit: int, report_mask: np.ndarray | None = None,
               type_mask: np.ndarray | None = None, exclude: np.ndarray | None = None) -> list[tuple[str, float]]:
        """The ``limit`` facts most similar to ``vector`` (cosine), best first, ties by key.

        ``report_mask``/``type_mask`` are booleans indexed by report/type code (True = allowed);
        ``exclude`` is a boolean per fact (True = never return).
        """
        if not self.keys or limit <= 0:
            return []
        scores = (self.matrix @ vector.astype(np.float32))[self.rows]
        allowed = np.ones(len(self.keys), dtype=bool)
        if report_mask is not None:
            allowed &= report_mask[self.reports]
        if type_mask is not None:
            allowed &= type_mask[self.types]
        if exclude is not None:
            allowed &= ~exclude
        candidates = np.flatnonzero(allowed)
        if candidates.size == 0:
            return []
        picked = candidates[scores[candidates].argsort(kind="stable")[::-1][:limit]] if candidates.size <= limit \
            else candidates[np.argpartition(-scores[candidates], limit - 1)[:limit]]
        ranked = sorted(((float(round(scores[i], 6)), self.keys[i]) for i in picked), key=lambda p: (-p[0], p[1]))
        return [(key, score) for score, key in ranked]
