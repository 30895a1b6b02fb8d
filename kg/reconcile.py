"""Reconciliation: match another dataset's rows (a company list, a spreadsheet) to the graph's entities.

The engine behind the W3C Reconciliation Service API (``service/reconcile.py``). Entities are
organisations, markets, segments (market-wide segment concepts), regions and countries; an entity id is its
IRI relative to ``https://w3id.org/mkg/id/`` (``org/fortis-healthcare``).

Scoring (clients should rely on the ``features``, which say how a score came about):

- ``name``: the best rapidfuzz ratio (0–1) between the query and any of the entity's labels, compared by
  ``kg.names.org_key`` for organisations and by folded words otherwise;
- ``country``: for a country condition, 1 when the entity is in that country (verified headquarters or the
  country a report states beside it), 0 when it is known to be elsewhere, 0.5 when no country is known;
- ``score`` = 100 × name, or 100 × (0.8 × name + 0.2 × country) with a country condition;
- ``match`` is true only when the score is at least ``MATCH_SCORE`` and ``MATCH_MARGIN`` above the runner-up.

Candidates sort by (-score, id).

>>> from kg.pipeline import seed_store
>>> store = seed_store()
>>> index = ReconciliationIndex.from_store(store)
>>> best = index.match("Fortis Healthcare", type_id="Organisation", properties={"country": "India"})[0]
>>> best.entity.id, best.score, best.match
('org/fortis-healthcare', 100.0, True)
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg import iri
from kg.link.markets import market_key
from kg.link.places import Places, name_key
from kg.names import org_key

MATCH_SCORE = 85.0
MATCH_MARGIN = 10.0
MIN_NAME = 0.5  # candidates whose best name similarity is below this are not listed
WIKIDATA = "http://www.wikidata.org/entity/"

TYPES = {  # reconciliation type id → (mkg class, name)
    "Organisation": ("https://w3id.org/mkg/ns#Organisation", "Organisation"),
    "Market": ("https://w3id.org/mkg/ns#Market", "Market"),
    "Segment": ("https://w3id.org/mkg/ns#SegmentConcept", "Market segment"),
    "Region": ("https://w3id.org/mkg/ns#Region", "Region (report region or UN M49 region)"),
    "Country": ("https://w3id.org/mkg/ns#Country", "Country (ISO 3166-1)"),
}
PROPERTIES = {  # property id → (name, description)
    "country": ("Country", "ISO 3166-1 alpha-2 code of the organisation's country (verified headquarters, "
                           "else as a report states it)"),
    "countryBasis": ("Country basis", "Where the country comes from: headquarters (linking data) or stated in a report"),
    "wikidata": ("Wikidata ID", "The Wikidata item (Q-number) the entity is linked to"),
    "markets": ("Markets", "The markets a player is named in"),
    "iso3166Alpha2": ("ISO 3166-1 alpha-2", "A country's two-letter code"),
    "m49": ("UN M49 code", "A region's or country's UN M49 code"),
    "altLabels": ("Names as written", "Every way reports write the entity's name"),
}

_ENTITIES = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?class ?label ?pref WHERE {
  VALUES ?class { mkg:Organisation mkg:Market mkg:SegmentConcept mkg:Region mkg:Country }
  GRAPH ?g { ?entity a ?class }
  { ?entity rdfs:label ?label BIND(1 AS ?pref) } UNION { ?entity skos:prefLabel ?label BIND(1 AS ?pref) }
  UNION { ?entity skos:altLabel ?label BIND(0 AS ?pref) }
}"""
_FACTS = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?entity ?key ?value WHERE {
  { GRAPH <https://w3id.org/mkg/graph/linking> { ?entity mkg:headquarteredIn/mkg:iso3166Alpha2 ?value } BIND("hq" AS ?key) }
  UNION { GRAPH ?g { ?role mkg:player ?entity ; mkg:statedCountry/mkg:iso3166Alpha2 ?value } BIND("stated" AS ?key) }
  UNION { ?entity schema:sameAs|skos:exactMatch|skos:closeMatch ?value FILTER(STRSTARTS(STR(?value), "http://www.wikidata.org/entity/"))
          BIND("wikidata" AS ?key) }
  UNION { GRAPH ?g { ?role mkg:player ?entity ; mkg:inMarket ?market } ?market skos:prefLabel ?value BIND("market" AS ?key) }
  UNION { GRAPH <https://w3id.org/mkg/graph/linking> { ?entity mkg:iso3166Alpha2 ?value } BIND("alpha2" AS ?key) }
  UNION { GRAPH <https://w3id.org/mkg/graph/linking> { ?entity mkg:m49Code ?value } BIND("m49" AS ?key) }
}"""


@dataclass
class Entity:
    id: str
    iri: str
    types: list[str]
    name: str
    labels: list[str]
    hq_countries: set[str] = field(default_factory=set)
    stated_countries: set[str] = field(default_factory=set)
    wikidata: set[str] = field(default_factory=set)
    markets: set[str] = field(default_factory=set)
    alpha2: str | None = None
    m49: str | None = None

    @property
    def countries(self) -> set[str]:
        return self.hq_countries | self.stated_countries or ({self.alpha2} if self.alpha2 else set())

    @property
    def description(self) -> str:
        parts = [TYPES[self.types[0]][1]]
        if self.countries:
            parts.append(", ".join(sorted(self.countries)))
        if self.markets:
            parts.append("named in: " + "; ".join(sorted(self.markets)))
        return " — ".join(parts)

    def values(self, prop: str) -> list[str]:
        """The entity's values of a data-extension property."""
        return sorted({
            "country": self.countries,
            "countryBasis": ({"headquarters (linking data)"} if self.hq_countries else set())
                            | ({"stated in a report"} if self.stated_countries else set()),
            "wikidata": {q.removeprefix(WIKIDATA) for q in self.wikidata},
            "markets": self.markets,
            "iso3166Alpha2": {self.alpha2} if self.alpha2 else set(),
            "m49": {self.m49} if self.m49 else set(),
            "altLabels": set(self.labels),
        }.get(prop, set()))


@dataclass(frozen=True)
class Feature:
    id: str
    name: str
    value: float


@dataclass(frozen=True)
class Candidate:
    entity: Entity
    score: float
    features: tuple[Feature, ...]
    match: bool = False


def _compare_form(text: str, type_id: str) -> str:
    """How names of an entity type are compared: organisations by ``org_key``, markets and segments without
    "global"/"market" and plurals, places by folded words."""
    if type_id == "Organisation":
        return org_key(text)
    if type_id in ("Market", "Segment"):
        return market_key(text)
    return name_key(text)


class ReconciliationIndex:
    """The entities of a store, held in memory for matching, suggesting and extending."""

    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities

    @classmethod
    def from_store(cls, store) -> ReconciliationIndex:
        """Read the entities of ``store`` (two SPARQL queries)."""
        type_of = {cls_iri: type_id for type_id, (cls_iri, _) in TYPES.items()}
        names: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        types: dict[str, set[str]] = defaultdict(set)
        for row in store.query(_ENTITIES).rows:
            entity = row["entity"].value
            if not entity.startswith(iri.ID):
                continue
            types[entity].add(type_of[row["class"].value])
            names[entity][int(row["pref"].value)].add(row["label"].value)
        entities: dict[str, Entity] = {}
        for entity, kinds in types.items():
            preferred, alternative = sorted(names[entity][1]), sorted(names[entity][0])
            labels = list(dict.fromkeys(preferred + alternative))
            if not labels:
                continue
            ordered = sorted(kinds, key=list(TYPES).index)
            if "Country" in ordered and "Region" in ordered:
                ordered.remove("Region")
            short = entity[len(iri.ID):]
            entities[short] = Entity(short, entity, ordered, labels[0], labels)
        by_iri = {e.iri: e for e in entities.values()}
        for row in store.query(_FACTS).rows:
            entity = by_iri.get(row["entity"].value)
            if entity is None:
                continue
            key, value = row["key"].value, row["value"].value
            if key == "hq":
                entity.hq_countries.add(value)
            elif key == "stated":
                entity.stated_countries.add(value)
            elif key == "wikidata":
                entity.wikidata.add(value)
            elif key == "market":
                entity.markets.add(value)
            elif key == "alpha2":
                entity.alpha2 = value
            elif key == "m49":
                entity.m49 = value
        return cls(entities)

    # -------------------------------------------------------------- the verbs

    def match(self, query: str, *, type_id: str | None = None, properties: dict[str, str] | None = None,
              limit: int = 5) -> list[Candidate]:
        """Candidates for ``query``, best first (see the module docstring for the scoring)."""
        properties = properties or {}
        country = _country_code(properties.get("country"))
        query_country = _country_code(query)  # "the UK", "U.S.": a country however written
        wanted_wikidata = (properties.get("wikidata") or "").strip().removeprefix(WIKIDATA) or None
        scored: list[Candidate] = []
        for entity in self.entities.values():
            if type_id and type_id not in entity.types:
                continue
            kind = entity.types[0]
            form = _compare_form(query, kind)
            name = max((fuzz.ratio(form, _compare_form(label, kind)) / 100 for label in entity.labels), default=0.0)
            if kind == "Country" and query_country is not None:
                name = 1.0 if entity.alpha2 == query_country else min(name, 0.5)
            if name < MIN_NAME:
                continue
            features = [Feature("name", "Name similarity", round(name, 4))]
            score = name
            if country is not None:
                in_country = 1.0 if country in entity.countries else (0.0 if entity.countries else 0.5)
                features.append(Feature("country", "In the given country", in_country))
                score = 0.8 * name + 0.2 * in_country
            if wanted_wikidata is not None:
                same = 1.0 if wanted_wikidata in entity.values("wikidata") else 0.0
                features.append(Feature("wikidata", "Same Wikidata item", same))
                score = 0.5 * score + 0.5 * same
            scored.append(Candidate(entity, round(100 * score, 2), tuple(features)))
        scored.sort(key=lambda c: (-c.score, c.entity.id))
        scored = scored[:limit]
        if scored:
            runner_up = scored[1].score if len(scored) > 1 else 0.0
            best = scored[0]
            if best.score >= MATCH_SCORE and best.score - runner_up >= MATCH_MARGIN:
                scored[0] = Candidate(best.entity, best.score, best.features, True)
        return scored

    def suggest(self, prefix: str, *, type_id: str | None = None, limit: int = 10) -> list[Entity]:
        """Entities with a label word starting with ``prefix`` (case and accents ignored), then by similarity."""
        wanted = name_key(prefix)
        if not wanted:
            return []
        hits: list[tuple[int, float, str, Entity]] = []
        for entity in self.entities.values():
            if type_id and type_id not in entity.types:
                continue
            keys = [name_key(label) for label in entity.labels]
            starts = any(k.startswith(wanted) or f" {wanted}" in f" {k}" for k in keys)
            similar = max(fuzz.partial_ratio(wanted, k) for k in keys) / 100
            if starts or similar >= 0.9:
                hits.append((0 if starts else 1, -similar, entity.id, entity))
        return [hit[-1] for hit in sorted(hits)[:limit]]

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id.removeprefix(iri.ID))


def _country_code(written: str | None) -> str | None:
    """An ISO alpha-2 code from a code or a country name as written ("India", "IN", "the UK")."""
    if not written:
        return None
    written = str(written).strip()
    if re.fullmatch(r"[A-Za-z]{2}", written):
        written = written.upper()
    country = Places.load().country(written)
    return country.alpha2 if country else None
