"""A store with the seed and our own two reports (tests/link/reports.py), ingested through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.paths import CARDS_DIR
from kg.store import OxigraphStore

from .reports import write_cards


@pytest.fixture(scope="session")
def linked_store_path(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("linked")
    store_path = folder / "store"
    cards = write_cards(folder / "cards")
    assert main(["ingest", str(CARDS_DIR), *map(str, cards), "--store", str(store_path), "--workers", "1"]) == 0
    return store_path


@pytest.fixture(scope="session")
def linked_store(linked_store_path) -> OxigraphStore:
    return OxigraphStore(linked_store_path, read_only=True)
