"""OWL reasoning with owlready2 + HermiT: consistency of ontology + data, and the inferences queries need.

HermiT accepts only the OWL 2 datatype map, so literals typed ``xsd:gYear``, ``xsd:gYearMonth`` or
``xsd:date`` (dates of developments and period instants) are left out of what it reads; no axiom of
the ontology constrains them, so leaving them out changes neither verdict nor inferences.
(owlready2's bundled Pellet would accept them but needs a newer Java than this project requires.)
"""

from __future__ import annotations

import hashlib
import io
import threading
from dataclasses import dataclass
from functools import cache

from rdflib import RDF, XSD, Graph, Literal, URIRef


from kg.paths import ONTOLOGY_DIR
from kg.vocab import MKG

NOT_IN_OWL2_DATATYPE_MAP = {XSD.gYear, XSD.gYearMonth, XSD.date, XSD.gMonth, XSD.gDay, XSD.time, XSD.duration}
_REASONER_LOCK = threading.Lock()  # owlready2 worlds and the HermiT subprocess are not thread-safe


@cache
def ontology() -> Graph:
    """The mkg ontology graph (parsed once)."""
    return Graph().parse(ONTOLOGY_DIR / "mkg.ttl")


@dataclass(frozen=True)
class OwlVerdict:
    consistent: bool
    explanation: str = ""
    inferred: Graph | None = None


def _reasoner_input(data: Graph) -> bytes:
    graph = Graph()
    for triple in ontology():
        graph.add(triple)
    for s, p, o in data:
        if isinstance(o, Literal) and o.datatype in NOT_IN_OWL2_DATATYPE_MAP:
            continue
        graph.add((s, p, o))
    return graph.serialize(format="nt", encoding="utf-8")


def reason(data: Graph, *, infer: bool = True) -> OwlVerdict:
    """Run HermiT over ontology + ``data``: is it consistent, and (``infer``) which locations follow from it?

    The inferred graph holds ``mkg:locatedIn`` for every organisation: its headquarters country
    and every region containing that country (property chain + transitive ``mkg:withinRegion``).

    >>> from kg.link import linking_graph
    >>> from kg import iri
    >>> verdict = reason(linking_graph())
    >>> verdict.consistent
    True
    >>> (iri.organisation("Apollo Hospitals"), MKG.locatedIn, iri.region("Asia Pacific")) in verdict.inferred
    True
    """
    from owlready2 import OwlReadyInconsistentOntologyError, World, sync_reasoner

    with _REASONER_LOCK:
        world = World()
        onto = world.get_ontology("https://w3id.org/mkg/check/").load(
            fileobj=io.BytesIO(_reasoner_input(data)), format="ntriples"
        )
        try:
            with onto:
                sync_reasoner(world, infer_property_values=infer, debug=0)
        except OwlReadyInconsistentOntologyError as err:
            return OwlVerdict(False, f"the OWL reasoner (HermiT) found ontology + data inconsistent: {err}")
        inferred = Graph()
        if not infer:
            world.close()
            return OwlVerdict(True, inferred=inferred)
        located_in = world[str(MKG.locatedIn)]
        organisation = world[str(MKG.Organisation)]
        for org in organisation.instances(world=world) if organisation is not None else []:
            for place in getattr(org, "INDIRECT_" + located_in.python_name):
                inferred.add((URIRef(org.iri), MKG.locatedIn, URIRef(place.iri)))
        world.close()
    return OwlVerdict(True, inferred=inferred)




def shared_graphs_digest(graphs: list[Graph]) -> str:
    """A digest of what ``reason`` would read for these graphs (with the ontology): equal digests, equal verdicts."""
    lines = sorted(_reasoner_input(_union(graphs)).decode("utf-8").splitlines())
    return "sha256:" + hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _union(graphs: list[Graph]) -> Graph:
    union = Graph()
    for graph in graphs:
        for triple in graph:
            union.add(triple)
    return union


def reason_shared(linking: Graph, entities: Graph) -> OwlVerdict:
    """``reason(linking + entities)``, in two cheaper HermiT runs: consistency of everything shared, then the
    locations over the linking graph and what the entities graph says of organisations.

    Locations follow only from statements about organisations and places (headquarters, regions), and
    the entities graph states places only as labelled regions, so the second run gets the same
    ``mkg:locatedIn`` triples without the thousands of market and segment entities that made one run
    with property values four times slower (tests/test_reason.py compares the two).
    """
    everything = _union([linking, entities])
    verdict = reason(everything, infer=False)
    if not verdict.consistent:
        return verdict
    organisations = set(entities.subjects(RDF.type, MKG.Organisation))
    about_organisations = Graph()
    for triple in linking:
        about_organisations.add(triple)
    for triple in entities:
        if triple[0] in organisations:
            about_organisations.add(triple)
    return reason(about_organisations)
