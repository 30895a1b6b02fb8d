"""Search fixtures: a store with the seed and the search evaluation's own reports, and its index."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.pipeline import shipped_cards
from kg.search import SearchIndex
from kg.store import OxigraphStore

DATA = Path(__file__).resolve().parents[1] / "data" / "search"
OWN_CARDS = sorted(DATA.glob("S*.yaml"))


@pytest.fixture(scope="session")
def search_store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("search") / "store"
    store = OxigraphStore(path)
    summary = ingest([*shipped_cards(), *OWN_CARDS], store, workers=1)
    assert not summary.rejected, [o.problem for o in summary.rejected]
    del store
    return path


@pytest.fixture(scope="session")
def search_store(search_store_path) -> OxigraphStore:
    return OxigraphStore(search_store_path, read_only=True)


@pytest.fixture(scope="session")
def search_index(search_store) -> SearchIndex:
    index = SearchIndex()
    index.sync(search_store)
    return index
