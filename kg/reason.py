"""OWL reasoning with owlready2 + HermiT: consistency of ontology + data, and the inferences queries need.

HermiT accepts only the OWL 2 datatype map, so literals typed ``xsd:gYear``, ``xsd:gYearMonth`` or
``xsd:date`` (dates of developments and period instants) are left out of what it reads; no axiom of
the ontology constrains them, so leaving them out changes neither verdict nor inferences.
(owlready2's bundled Pellet would accept them but needs a newer Java than this project requires.)
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from functools import cache

from rdflib import XSD, Graph, Literal, URIRef


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


def reason(data: Graph) -> OwlVerdict:
    """Run HermiT over ontology + ``data``: is it consistent, and which locations follow from it?

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
                sync_reasoner(world, infer_property_values=True, debug=0)
        except OwlReadyInconsistentOntologyError as err:
            return OwlVerdict(False, f"the OWL reasoner (HermiT) found ontology + data inconsistent: {err}")
        inferred = Graph()
        located_in = world[str(MKG.locatedIn)]
        organisation = world[str(MKG.Organisation)]
        for org in organisation.instances(world=world) if organisation is not None else []:
            for place in getattr(org, "INDIRECT_" + located_in.python_name):
                inferred.add((URIRef(org.iri), MKG.locatedIn, URIRef(place.iri)))
        world.close()
    return OwlVerdict(True, inferred=inferred)


