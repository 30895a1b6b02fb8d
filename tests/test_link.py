"""Linking facts: shared IRIs, identifiers, provenance from the table, unverified ones absent."""

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDFS, SKOS

from kg import iri
from kg.link import LinkingTable, linking_graph
from kg.paths import DATA_DIR
from kg.vocab import MKG

WD = "http://www.wikidata.org/entity/"
SAME_AS = URIRef("https://schema.org/sameAs")


def test_linking_data_is_the_projects_own_file():
    text = (DATA_DIR / "linking.yaml").read_text()
    assert "../shared" not in text and "Q7810035" in text


def test_report_spellings_resolve_to_one_shared_iri():
    table = LinkingTable.load()
    assert table.organisation("M|O|C Caner Care & research Center") == table.organisation(
        "M|O|C Cancer Care & Research Centre")
    assert table.organisation("Medanta Hospital") == iri.organisation("Medanta")
    assert table.region("Turkey") == iri.country("TR")


def test_every_linked_node_cites_the_table_or_the_places_data_not_the_report():
    g = linking_graph()
    for node in set(g.subjects(RDFS.label, None)):
        assert {(node, PROV.wasDerivedFrom, iri.LINKING_SOURCE), (node, PROV.wasDerivedFrom, iri.PLACES_SOURCE)} & set(
            g.triples((node, PROV.wasDerivedFrom, None))), node
    assert not any("/report/" in str(o) for o in g.objects(None, PROV.wasDerivedFrom))


def test_identifiers():
    g = linking_graph()
    india = iri.country("IN")
    assert (india, SAME_AS, URIRef(WD + "Q668")) in g
    assert (india, MKG.iso3166Alpha3, Literal("IND")) in g
    assert (india, MKG.m49Code, Literal("356")) in g
    assert (iri.organisation("Mayo Clinic"), MKG.headquarteredIn, iri.country("US")) in g
    assert (iri.currency("USD"), MKG.iso4217Code, Literal("USD")) in g
    assert (iri.country("TR"), MKG.withinRegion, iri.m49("145")) in g  # M49 puts Türkiye in Asia
    assert (iri.condition("cancer"), SKOS.closeMatch, URIRef("http://id.who.int/icd/entity/1630407678")) in g
    assert (iri.condition("epilepsy"), SKOS.broadMatch, URIRef("http://id.who.int/icd/entity/1397288146")) in g


def test_unverified_identifiers_stay_absent():
    g = linking_graph()
    wikidata = lambda node: [o for o in g.objects(node, None) if str(o).startswith(WD)]  # noqa: E731
    for unverified in (iri.condition("neurological disorder"), iri.organisation("MDView"), iri.organisation("Pearl"),
                       iri.organisation("M|O|C Cancer Care & Research Centre"), iri.region("Asia Pacific"),
                       iri.region("Rest of World"), iri.condition("chronic disease")):
        assert wikidata(unverified) == [], unverified
    assert URIRef(WD + "Q664609") not in set(g.objects())
    assert list(g.triples((None, SKOS.exactMatch, None))) == [(iri.m49("142"), SKOS.exactMatch, URIRef(WD + "Q48"))]
    assert [o for o in g.objects(iri.country("CI"), SAME_AS)] == []  # a country without a checked item gets none
    assert g.value(iri.organisation("World Health Organization"), MKG.headquarteredIn) is None  # no country row


def test_the_linking_graph_itself_conforms_to_the_shapes():
    """Reports are validated against only the classes of the linking entities, so the table is checked here."""
    from pyshacl import validate as shacl_validate

    from kg.reason import ontology
    from kg.validate import shapes

    conforms, _, text = shacl_validate(linking_graph(), shacl_graph=shapes(), ont_graph=ontology(), advanced=True)
    assert conforms, text
