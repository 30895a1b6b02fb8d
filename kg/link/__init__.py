"""Linking: places and currencies from maintained data, organisations resolved across reports, the linking graph.

Steps, one module each: ``places`` (countries, M49 and report regions, currencies), ``organisations``
(written names → one IRI; overrides; fuzzy matching), ``table`` (the linking table and its graph),
``review`` (ambiguous candidates for a person to decide).
"""

from kg.link.organisations import OrganisationResolver, Overrides
from kg.link.places import Places
from kg.link.table import LinkingTable, linking_graph

__all__ = ["LinkingTable", "OrganisationResolver", "Overrides", "Places", "linking_graph"]
