"""Shared fixtures: the seed card and text, and a store built from the shipped cards (once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.card import ReportCard
from kg.paths import CARDS_DIR
from kg.pipeline import build_store, shipped_cards
from kg.store import OxigraphStore

SEED_ID = "000_67218fe0b33be073"
SEED_CARD = CARDS_DIR / f"{SEED_ID}.yaml"
SEED_TEXT = CARDS_DIR / f"{SEED_ID}.txt"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def seed_card() -> ReportCard:
    return ReportCard.from_file(SEED_CARD)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "store"
    store = OxigraphStore(path)
    outcome = build_store(shipped_cards(), store)
    assert outcome.rejected == [], [r.as_table() for r in outcome.reports]
    del store  # release the on-disk lock so the CLI can open it
    return path


@pytest.fixture(scope="session")
def store(store_path) -> OxigraphStore:
    return OxigraphStore(store_path, read_only=True)


def rows(result) -> list[dict[str, str]]:
    """Query rows as plain strings, for readable assertions."""
    return [{k: v.value for k, v in row.items()} for row in result.rows]
