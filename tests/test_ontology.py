"""The ontology and its generated artefacts (closed vocabulary, JSON-LD context)."""

import json

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg import vocabgen
from kg.paths import ONTOLOGY_DIR
from kg.vocab import MKG

ONTOLOGY = URIRef("https://w3id.org/mkg/ns")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "mkg.ttl")


def test_generated_files_are_up_to_date():
    for path, text in vocabgen.outputs().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run python -m kg.vocabgen"


def test_closed_vocabulary_equals_ontology_terms(onto):
    terms = set(vocabgen.mkg_terms(onto))
    assert terms == {name for name in MKG.__annotations__}
    with pytest.raises(AttributeError):
        MKG.MarketSizeFigur  # noqa: B018 - a typo must fail at once


def test_ontology_header(onto):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY, OWL.versionIRI) is not None
    assert onto.value(ONTOLOGY, DCTERMS.title) is not None
    assert onto.value(ONTOLOGY, DCTERMS.license) is not None


def test_every_term_has_label_and_definition(onto):
    for name, term in vocabgen.mkg_terms(onto).items():
        assert onto.value(term, RDFS.label), name
        assert onto.value(term, SKOS.definition), name


@pytest.mark.parametrize("cls", ["MarketReport", "Market", "SegmentationDimension", "Segment", "Region", "Country",
                                 "MarketFactor", "Driver", "Restraint", "Trend", "Opportunity", "Organisation",
                                 "KeyPlayerRole", "Development", "MarketSizeFigure", "GrowthRate", "Claim",
                                 "LargestShareClaim", "FastestGrowthClaim", "SourceSpan"])
def test_required_classes_exist(onto, cls):
    assert (MKG[cls], RDF.type, OWL.Class) in onto


def test_alignment_to_prov_skos_schema_time(onto):
    superclasses = {str(o) for o in onto.objects(None, RDFS.subClassOf)}
    assert "http://www.w3.org/ns/prov#Entity" in superclasses
    assert "http://www.w3.org/2004/02/skos/core#Concept" in superclasses
    assert "https://schema.org/Organization" in superclasses
    assert "http://www.w3.org/2006/time#ProperInterval" in superclasses


def test_json_ld_context_expands_vocabulary_terms():
    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text())
    doc = {**context, "@id": "https://example.org/f", "@type": "MarketSizeFigure", "year": 2024,
           "currency": "https://w3id.org/mkg/id/currency/USD"}
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    f = URIRef("https://example.org/f")
    assert (f, RDF.type, MKG.MarketSizeFigure) in g
    assert (f, MKG.currency, URIRef("https://w3id.org/mkg/id/currency/USD")) in g
    assert g.value(f, MKG.year) == Literal(2024)
