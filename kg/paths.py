"""Where the packaged resources live, for editable installs and wheels alike."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ONTOLOGY_DIR = Path(str(files("ontology")))
QUERIES_DIR = Path(str(files("queries")))
CARDS_DIR = Path(str(files("kg.cards")))
DATA_DIR = Path(str(files("kg.data")))
DEFAULT_STORE = Path("data/store")
