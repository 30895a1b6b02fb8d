"""The recipe: card → build → validate → store, plus the shared graphs every report links into.

>>> from kg.store import OxigraphStore
>>> store = OxigraphStore()
>>> outcome = build_store(shipped_cards(), store, reasoning=False)
>>> outcome.loaded, outcome.rejected
(['000_67218fe0b33be073'], [])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from rdflib import PROV, XSD, Graph, Literal

from kg import iri
from kg.build import build
from kg.card import ReportCard
from kg.link import linking_graph
from kg.paths import CARDS_DIR
from kg.reason import ontology, reason_shared, shared_graphs_digest
from kg.store import OxigraphStore
from kg.validate import ValidationReport, validate
from kg.vocab import MKG


def shipped_cards() -> list[Path]:
    """The report cards that ship with mkg (hand-curated)."""
    return sorted(CARDS_DIR.glob("*.yaml"))


@dataclass
class BuildOutcome:
    loaded: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    reports: list[ValidationReport] = field(default_factory=list)


def load_shared_graphs(store: OxigraphStore) -> None:
    """(Re)load the ontology and the linking table into their own named graphs."""
    store.replace_graph(iri.ONTOLOGY_GRAPH, ontology())
    store.replace_graph(iri.LINKING_GRAPH, linking_graph())


def mark_derived_stale(store: OxigraphStore) -> None:
    """Note, before reports are written, that the derived graphs must be rebuilt (``refresh_inferences``
    clears the note), so that a run killed in between leaves the note for the next run to act on."""
    note = Graph()
    note.add((iri.INFERRED_GRAPH, PROV.invalidatedAtTime, Literal(datetime.now(timezone.utc))))
    store.replace_graph(iri.STALE_GRAPH, note)


def derived_stale(store: OxigraphStore) -> bool:
    """True when derived graphs may be out of date (a write began and their rebuild did not finish), or were
    never made (a store written before the counts graph existed)."""
    return store.contains_graph(str(iri.STALE_GRAPH)) or not store.contains_graph(str(iri.COUNTS_GRAPH))


def refresh_counts(store: OxigraphStore) -> None:
    """Count, over every report, what named queries list with a count (``mkg:namingReportCount``: the reports
    naming each organisation of the linking table), into the counts graph, in one update. The graph states when
    it was counted, so it exists even when there is nothing to count."""
    store.update(f"""PREFIX mkg: <{MKG}>
DROP SILENT GRAPH <{iri.COUNTS_GRAPH}> ;
INSERT DATA {{ GRAPH <{iri.COUNTS_GRAPH}> {{ <{iri.COUNTS_GRAPH}> <{PROV.generatedAtTime}> "{datetime.now(timezone.utc).isoformat()}"^^<{XSD.dateTime}> }} }} ;
INSERT {{ GRAPH <{iri.COUNTS_GRAPH}> {{ ?organisation mkg:namingReportCount ?reports }} }} WHERE {{
  SELECT ?organisation (COUNT(*) AS ?reports) WHERE {{
    GRAPH <{iri.LINKING_GRAPH}> {{ ?organisation a mkg:Organisation }}
    GRAPH ?g {{ ?report mkg:namesOrganisation ?organisation }}
  }} GROUP BY ?organisation
}}""")


def refresh_inferences(store: OxigraphStore) -> int:
    """Recompute the OWL inferences queries need (organisation → regions) over the shared graphs and the counts
    over all reports (``refresh_counts``), and clear the stale note.

    Only shared entities take part in reasoning, so its cost does not grow with the number of reports (the counts
    read one index range per linked organisation); and HermiT
    runs only when they changed since it last ran on this store (a digest of its input is kept beside
    the store), so an ingest that adds no new entity does not pay for it again.
    """
    linking, entities = store.graph_ntriples(iri.LINKING_GRAPH), store.graph_ntriples(iri.ENTITIES_GRAPH)
    digest = shared_graphs_digest(linking, entities)
    cache = _reasoned_digest_file(store)
    # The counts last, just before the stale note goes: a store without them counts as stale (``derived_stale``),
    # so a run killed before they are written leaves the next run to rebuild everything.
    if cache is not None and cache.exists() and cache.read_text() == digest and store.contains_graph(str(iri.INFERRED_GRAPH)):
        refresh_counts(store)
        store.update(f"DROP SILENT GRAPH <{iri.STALE_GRAPH}>")
        return len(store.graph(iri.INFERRED_GRAPH))
    verdict = reason_shared(linking, entities)
    store.replace_graph(iri.INFERRED_GRAPH, verdict.inferred or Graph())
    refresh_counts(store)
    store.update(f"DROP SILENT GRAPH <{iri.STALE_GRAPH}>")
    if cache is not None:
        cache.write_text(digest)
    return len(verdict.inferred or ())


def _reasoned_digest_file(store) -> Path | None:
    """Where the digest of the shared graphs HermiT last reasoned over is kept: beside an embedded store on
    disk (like its search index); None for a store in memory or a remote one (HermiT always runs)."""
    path = getattr(store, "path", None)
    return None if path is None else Path(f"{path}.reasoned")


def seed_store() -> OxigraphStore:
    """An in-memory store with the shared graphs and the shipped cards, loaded without validation or reasoning:
    for examples and quick looks (``build_store`` is the checked way).

    >>> len(seed_store().reports())
    1
    """
    store = OxigraphStore()
    load_shared_graphs(store)
    for path in shipped_cards():
        card = ReportCard.from_file(path)
        store.replace_report(card.id, build(card))
    refresh_counts(store)
    return store


def build_store(card_paths: Iterable[Path], store: OxigraphStore, reasoning: bool = True) -> BuildOutcome:
    """Build, validate and load each card; an invalid report is rejected whole and changes nothing.

    Raises:
        UnusableInput: a card file cannot be read.
    """
    outcome = BuildOutcome()
    load_shared_graphs(store)
    mark_derived_stale(store)
    for path in card_paths:
        card = ReportCard.from_file(path)
        dataset = build(card)
        report = validate(dataset, reasoning=reasoning, label=card.id)
        outcome.reports.append(report)
        if report.conforms:
            store.replace_report(card.id, dataset)
            outcome.loaded.append(card.id)
        else:
            outcome.rejected.append(card.id)
    refresh_inferences(store)
    store.flush()
    return outcome
