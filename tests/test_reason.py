"""OWL inference with owlready2 + HermiT: organisations are located in every region containing their country."""

from kg import iri
from kg.link import linking_graph
from kg.reason import reason
from kg.vocab import MKG


def test_locations_follow_headquarters_through_m49_and_report_regions():
    verdict = reason(linking_graph())
    assert verdict.consistent
    located = {(s, o) for s, _, o in verdict.inferred.triples((None, MKG.locatedIn, None))}
    fortis = iri.organisation("Fortis Healthcare")
    assert {(fortis, iri.country("IN")), (fortis, iri.m49("034")), (fortis, iri.m49("142")),
            (fortis, iri.region("Asia Pacific"))} <= located
    assert (iri.organisation("Mayo Clinic"), iri.region("North America")) in located
    assert (iri.organisation("University Hospital Tübingen"), iri.region("Europe")) in located
    assert (iri.organisation("Mayo Clinic"), iri.region("Europe")) not in located
    # The regulator in Ankara: UN M49 places Türkiye in Asia, so not in Europe.
    agency = iri.organisation("Turkish Medicines and Medical Devices Agency")
    assert (agency, iri.m49("142")) in located and (agency, iri.region("Europe")) not in located


def _shared_graphs_of_some_reports():
    """The linking graph and the entities graph that the test cards (tests/data/quads) and the seed write."""
    from pathlib import Path

    from rdflib import Graph

    from kg.build import build
    from kg.card import ReportCard

    entities = Graph()
    for path in sorted((Path(__file__).parent / "data" / "quads").glob("*.card.json")):
        for triple in build(ReportCard.from_file(path)).graph(iri.ENTITIES_GRAPH):
            entities.add(triple)
    return linking_graph(), entities


def test_two_cheaper_runs_find_what_one_run_over_everything_finds():
    """Issue 12: consistency over all shared graphs, locations over organisations and places only."""
    from rdflib import Graph, Literal
    from rdflib.namespace import OWL, RDF

    from kg.reason import reason_shared

    linking, entities = _shared_graphs_of_some_reports()
    union = Graph()
    for graph in (linking, entities):
        for triple in graph:
            union.add(triple)
    nt = lambda graph: graph.serialize(format="nt", encoding="utf-8")  # noqa: E731
    one, two = reason(union), reason_shared(nt(linking), nt(entities))
    assert one.consistent and two.consistent
    assert set(one.inferred) == set(two.inferred) and len(two.inferred) > 0
    # A contradiction that only the entities graph holds is still found.
    market = next(entities.subjects(RDF.type, MKG.Market))
    entities.add((market, RDF.type, OWL.Nothing))
    entities.add((market, MKG.reportId, Literal("x")))
    assert not reason_shared(nt(linking), nt(entities)).consistent


def test_hermit_runs_again_only_when_the_shared_graphs_changed(tmp_path, monkeypatch):
    import kg.pipeline
    from kg.pipeline import build_store, refresh_inferences, shipped_cards
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    build_store(shipped_cards(), store, reasoning=False)
    inferred = store.graph(iri.INFERRED_GRAPH)
    assert len(inferred) > 0

    def must_not_run(*args):
        raise AssertionError("HermiT ran although the shared graphs are unchanged")

    real = kg.pipeline.reason_shared
    monkeypatch.setattr(kg.pipeline, "reason_shared", must_not_run)
    assert refresh_inferences(store) == len(inferred)
    assert set(store.graph(iri.INFERRED_GRAPH)) == set(inferred)
    store.update(f'INSERT DATA {{ GRAPH <{iri.ENTITIES_GRAPH}> {{ <{iri.organisation("New Org")}> a <{MKG.Organisation}> }} }}')
    calls = []
    monkeypatch.setattr(kg.pipeline, "reason_shared", lambda *a: calls.append(a) or real(*a))
    refresh_inferences(store)
    assert len(calls) == 1
