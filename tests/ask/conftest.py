"""A store with the seed and our two beehive-monitoring press releases (tests/data/compare/), ingested as texts
through the CLI: the store the ask evaluation (tests/data/ask/) and the compare tests ask of."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kg.cli import main
from kg.paths import CARDS_DIR
from kg.settings import Settings
from kg.store import OxigraphStore
from service.app import create_app

DATA = Path(__file__).resolve().parents[1] / "data"
COMPARE_REPORTS = DATA / "compare"


@pytest.fixture(scope="session")
def ask_store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ask") / "store"
    assert main(["ingest", str(CARDS_DIR), str(COMPARE_REPORTS), "--store", str(path), "--workers", "1"]) == 0
    return path


@pytest.fixture(scope="session")
def ask_store(ask_store_path) -> OxigraphStore:
    return OxigraphStore(ask_store_path, read_only=True)


@pytest.fixture(scope="session")
def ask_client(ask_store) -> TestClient:
    return TestClient(create_app(Settings(), store=ask_store))
