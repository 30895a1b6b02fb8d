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
