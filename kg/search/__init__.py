"""Semantic search over every fact of the store: full text (Tantivy BM25) and sentence embeddings
(all-MiniLM-L6-v2, ONNX, offline), their scores fused, each hit with its source quote.

One module per step: ``facts`` (what is searchable, read from a report graph's triples), ``lexical`` and ``dense``
(the two retrievers), ``embed`` (the sentence model), ``fuse`` (score and reciprocal-rank fusion) and ``index``
(the index kept in step with the store, and the search itself). The names below load on first use, so
importing ``kg.search.facts`` (the CLI's and the OpenAPI's list of types) does not load NumPy or Tantivy.
"""

from __future__ import annotations

import importlib

_FROM_INDEX = ("Filters", "Hit", "SearchIndex", "SyncSummary", "index_location", "open_index", "timed_sync")
__all__ = ["TYPES", "MODES", *_FROM_INDEX]


def __getattr__(name: str):
    if name in _FROM_INDEX:
        return getattr(importlib.import_module("kg.search.index"), name)
    if name == "TYPES":
        return importlib.import_module("kg.search.facts").TYPES
    if name == "MODES":
        return importlib.import_module("kg.search.fuse").MODES
    raise AttributeError(name)
