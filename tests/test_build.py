"""Build (issue 12, item 1): the builder writes quads directly, and they are exactly the graphs the earlier
rdflib builder made.

``tests/data/quads/<name>.nq`` was written by that builder (commit before the quad builder replaced it)
for the seed card, two hand-written cards, three cards drafted from real pages of
``../shared/extract-dev`` and three generated ones (``<name>.card.json`` beside each): sorted N-Quads
lines, so a difference shows as a plain diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.build import build
from kg.card import ReportCard

CASES = Path(__file__).parent / "data" / "quads"
NAMES = sorted(p.name.removesuffix(".card.json") for p in CASES.glob("*.card.json"))


@pytest.mark.parametrize("name", NAMES)
def test_the_rdflib_dataset_is_the_same_graph(name):
    dataset = build(ReportCard.from_file(CASES / f"{name}.card.json"))
    expected = Dataset()
    expected.parse(CASES / f"{name}.nq", format="nquads")
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {str(g.identifier) for g in expected.graphs() if len(g)}
    for graph in expected.graphs():
        if len(graph):
            assert isomorphic(dataset.graph(graph.identifier), graph), graph.identifier
