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

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef


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
    return _hermit(_reasoner_input(data), infer=infer)


def _hermit(ntriples: bytes, *, infer: bool) -> OwlVerdict:
    """HermiT over N-Triples (the ontology included)."""
    from owlready2 import OwlReadyInconsistentOntologyError, World, sync_reasoner

    with _REASONER_LOCK:
        world = World()
        onto = world.get_ontology("https://w3id.org/mkg/check/").load(fileobj=io.BytesIO(ntriples), format="ntriples")
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




# The N-Triples lines HermiT cannot read end with one of these (see the module docstring).
_NOT_OWL2_LINE_ENDINGS = tuple(f"^^<{datatype}> .".encode() for datatype in NOT_IN_OWL2_DATATYPE_MAP)
_ORGANISATION_TYPE = f" <{RDF.type}> <{MKG.Organisation}> .".encode()


@cache
def _ontology_lines() -> list[bytes]:
    return ontology().serialize(format="nt", encoding="utf-8").splitlines()


@cache
def _annotation_predicates() -> frozenset[bytes]:
    """The annotation properties (the ontology's and RDFS's), as N-Triples terms. An annotation has no meaning in
    OWL 2 DL: it changes neither consistency nor any inference, so HermiT is not given them (a third of the
    shared graphs' lines: every report's spellings of markets, segments and organisations as skos:altLabel)."""
    declared = set(ontology().subjects(RDF.type, OWL.AnnotationProperty)) | {RDFS.label, RDFS.comment, RDFS.seeAlso,
                                                                              RDFS.isDefinedBy}
    return frozenset(f"<{p}>".encode() for p in declared)


def _owl2_lines(ntriples: bytes) -> list[bytes]:
    """The lines HermiT is given: none with a datatype outside the OWL 2 datatype map, and no annotation."""
    annotations = _annotation_predicates()
    return [line for line in ntriples.splitlines() if line.strip() and not line.rstrip().endswith(_NOT_OWL2_LINE_ENDINGS)
            and line.split(b" ", 2)[1] not in annotations]


def shared_graphs_digest(*ntriples: bytes) -> str:
    """A digest of what ``reason_shared`` reads for these graphs (N-Triples) and the ontology: equal digests,
    equal verdicts."""
    lines = sorted({line.strip() for text in ntriples for line in _owl2_lines(text)} | set(_ontology_lines()))
    return "sha256:" + hashlib.sha256(b"\n".join(lines)).hexdigest()


def reason_shared(linking: bytes, entities: bytes) -> OwlVerdict:
    """``reason`` over the linking and entities graphs (N-Triples, as the store dumps them, so that no rdflib
    graph is built), in two cheaper HermiT runs: consistency of everything shared, then the locations over
    the linking graph and what the entities graph says of organisations.

    Locations follow only from statements about organisations and places (headquarters, regions), and
    the entities graph states places only as labelled regions, so the second run gets the same
    ``mkg:locatedIn`` triples without the thousands of market and segment entities that made one run
    with property values four times slower (tests/test_reason.py compares the two).
    """
    ontology_lines, linking_lines, entity_lines = _ontology_lines(), _owl2_lines(linking), _owl2_lines(entities)
    verdict = _hermit(b"\n".join(ontology_lines + linking_lines + entity_lines) + b"\n", infer=False)
    if not verdict.consistent:
        return verdict
    organisations = {line.split(b" ", 1)[0] for line in entity_lines if line.rstrip().endswith(_ORGANISATION_TYPE)}
    about_organisations = [line for line in entity_lines if line.split(b" ", 1)[0] in organisations]
    return _hermit(b"\n".join(ontology_lines + linking_lines + about_organisations) + b"\n", infer=True)
