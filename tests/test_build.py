"""Build (issue 12, item 1): the builder writes quads directly, and they are exactly the graphs the earlier
rdflib builder made.

``tests/data/quads/<name>.nq`` was written by that builder (commit before the quad builder replaced it)
for the seed card, two hand-written cards, three cards drafted by extraction from our own texts
(``tests/data/extract/seen``; third-party pages stay in ``../shared``) and three generated ones
(``<name>.card.json`` beside each): sorted N-Quads lines, so a difference shows as a plain diff.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.build import build, build_quads
from kg.card import ReportCard

CASES = Path(__file__).parent / "data" / "quads"
NAMES = sorted(p.name.removesuffix(".card.json") for p in CASES.glob("*.card.json"))


def expected_lines(name: str) -> set[str]:
    return set((CASES / f"{name}.nq").read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("name", NAMES)
def test_quads_are_the_graphs_the_rdflib_builder_made(name):
    built = build_quads(ReportCard.from_file(CASES / f"{name}.card.json"))
    lines = ox.serialize(built.quads, format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    assert len(lines) == len(set(lines)), "a quad is stated twice"
    assert set(lines) == expected_lines(name)
    # What ingest loads is written from the statements without making Quads: the same text.
    assert built.nquads() == ox.serialize(built.quads, format=ox.RdfFormat.N_QUADS)


def test_nquads_text_escapes_literals_as_the_store_writes_them():
    from kg.build import nquads_text

    s, p, g = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.NamedNode("https://example.org/g")
    objects = [ox.Literal('a "quote"\n\\ back\tslash é \u0001 \U0001F600'), ox.Literal("x", language="en-GB"),
               ox.Literal("2", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
               ox.NamedNode("https://example.org/o?q=1#f"), ox.Literal("")]
    statements = [(s, p, o, g) for o in objects]
    assert nquads_text(statements) == ox.serialize([ox.Quad(*t) for t in statements], format=ox.RdfFormat.N_QUADS)


@pytest.mark.parametrize("name", NAMES)
def test_the_rdflib_dataset_is_the_same_graph(name):
    dataset = build(ReportCard.from_file(CASES / f"{name}.card.json"))
    expected = Dataset()
    expected.parse(CASES / f"{name}.nq", format="nquads")
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {str(g.identifier) for g in expected.graphs() if len(g)}
    for graph in expected.graphs():
        if len(graph):
            assert isomorphic(dataset.graph(graph.identifier), graph), graph.identifier


def test_an_event_s_actor_written_short_is_the_player_it_names():
    from kg.extract import extract

    text = ("The global wind blade market was valued at USD 2.1 billion in 2024.\n\nKey players: Vestas Wind Systems A/S, "
            "Siemens Energy AG, Siemens Healthineers AG and LM Wind Power.\n\nRecent developments\n"
            "- In March 2024, Vestas opened a blade plant in Poland.\n- In May 2024, Siemens signed a supply deal.\n")
    store = ox.Store()
    store.extend(build_quads(extract(text, "t")).quads)
    rows = store.query("""PREFIX mkg: <https://w3id.org/mkg/ns#>
        SELECT ?written ?player WHERE {
          GRAPH ?g { ?event a mkg:Development ; mkg:actorName ?written ; mkg:actor ?org .
                     OPTIONAL { ?role mkg:player ?org ; mkg:nameAsWritten ?player } } }""")
    assert sorted((r["written"].value, r["player"].value if r["player"] else None) for r in rows) == [
        ("Siemens", None),  # two players begin so: neither is assumed
        ("Vestas", "Vestas Wind Systems A/S")]


def test_a_rate_over_past_years_derives_no_figures_outside_the_forecast_period():
    from kg.extract import extract
    from kg.validate import validate

    text = ("The global widget market is forecast to grow from USD 9.8 billion in 2025 to USD 27.7 billion in 2033, a CAGR of "
            "13.9% from 2025 to 2033 (forecast period 2025-2033).\n\nThe historic picture is steadier. Revenue rose from "
            "USD 6.21 Bn in 2019 to USD 8.77 Bn in 2023, a CAGR of 9.6% over 2019-2024.")
    card = extract(text, "t")
    store = ox.Store()
    store.extend(build_quads(card).quads)
    rows = store.query("""PREFIX mkg: <https://w3id.org/mkg/ns#>
        SELECT ?year WHERE { GRAPH ?g { ?v a mkg:MarketSizeFigure ; mkg:isDerived true ; mkg:year ?year } }""")
    derived = sorted(int(r["year"].value) for r in rows)
    assert derived and all(2025 <= year <= 2033 for year in derived)  # the forecast's years, none of 2019-2024
    assert validate(build(card), reasoning=False, engine="turbo").conforms


def test_an_event_dated_by_quarter_is_its_year_with_the_quarter_beside_it():
    """XML Schema has no quarter type: the date is the year (xsd:gYear), the quarter an integer beside it, and the
    developments query gives both; the report validates."""
    from kg.card import Development
    from kg.paths import CARDS_DIR
    from kg.queries import QueryCatalog
    from kg.store import OxigraphStore
    from kg.validate import validate_built

    card = ReportCard.from_file(CARDS_DIR / "000_67218fe0b33be073.yaml")
    assert Development.model_validate({"date": "2024-Q3", "actor": "A", "summary": "s"}).quarter == 3
    with pytest.raises(ValueError):
        Development(date="2024", quarter=5, actor="A", summary="s")
    event = card.developments[0].model_copy(update={"date": "2024", "quarter": 3})
    built = build_quads(card.model_copy(update={"developments": [event]}))
    assert validate_built(built).conforms
    store = OxigraphStore()
    store.replace_reports([(card.id, built.nquads())])
    rows = QueryCatalog.load()["developments"].run(store).rows
    assert [(r["date"].value, r["date"].datatype.value.rsplit("#")[-1], r["quarter"].value) for r in rows] == [
        ("2024", "gYear", "3")]
