"""Export the graph: the whole dataset as TriG, N-Quads or JSON-LD, or spreadsheet tables (CSV).

CSV is one table per entity type, each row an entity with its IRI and the external identifiers a
spreadsheet user links with (ISO 3166, UN M49, ISO 4217, Wikidata, ROR, MeSH, ICD-11). Files are UTF-8 with
a byte-order mark, so spreadsheet programs read "Tübingen" right.

>>> from kg.pipeline import seed_store
>>> import tempfile, csv, pathlib
>>> store = seed_store()
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> written = export_csv(store, folder)
>>> sorted(p.name for p in written)[:3]
['conditions.csv', 'countries.csv', 'currencies.csv']
>>> rows = list(csv.DictReader((folder / "organisations.csv").open(encoding="utf-8-sig")))
>>> next(r for r in rows if r["name"] == "Mayo Clinic")["wikidata"]
'Q1130172'
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

from tqdm import tqdm

from kg.errors import UnusableInput

RDF_EXPORT_FORMATS = ("trig", "nquads", "jsonld")
EXPORT_FORMATS = (*RDF_EXPORT_FORMATS, "csv")
WIKIDATA = "http://www.wikidata.org/entity/"

_PREFIXES = """PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_LINKING = "<https://w3id.org/mkg/graph/linking>"
_WD = f'FILTER(STRSTARTS(STR(?wd), "{WIKIDATA}"))'

# table → (columns, SELECT returning them). Multi-valued columns are joined with " | ".
TABLES: dict[str, tuple[tuple[str, ...], str]] = {
    "organisations": (
        ("iri", "name", "written_as", "hq_country_iso2", "hq_country_iso3", "stated_country_iso2", "wikidata", "ror",
         "website", "markets"),
        f"""SELECT ?iri (SAMPLE(?label) AS ?name) (GROUP_CONCAT(DISTINCT ?written; separator=" | ") AS ?written_as)
          (SAMPLE(?hq2) AS ?hq_country_iso2) (SAMPLE(?hq3) AS ?hq_country_iso3)
          (GROUP_CONCAT(DISTINCT ?stated; separator=" | ") AS ?stated_country_iso2)
          (SAMPLE(?qid) AS ?wikidata) (SAMPLE(?rorId) AS ?ror) (SAMPLE(?url) AS ?website)
          (GROUP_CONCAT(DISTINCT ?marketName; separator=" | ") AS ?markets)
        WHERE {{
          GRAPH ?g {{ ?iri a mkg:Organisation }} ?iri rdfs:label ?label .
          OPTIONAL {{ ?iri skos:altLabel ?written }}
          OPTIONAL {{ GRAPH {_LINKING} {{ ?iri mkg:headquarteredIn ?c . ?c mkg:iso3166Alpha2 ?hq2 ; mkg:iso3166Alpha3 ?hq3 }} }}
          OPTIONAL {{ GRAPH ?r {{ ?role mkg:player ?iri ; mkg:statedCountry ?sc }} ?sc mkg:iso3166Alpha2 ?stated }}
          OPTIONAL {{ ?iri schema:sameAs ?wd {_WD} BIND(STRAFTER(STR(?wd), "{WIKIDATA}") AS ?qid) }}
          OPTIONAL {{ ?iri mkg:rorId ?rorId }}
          OPTIONAL {{ ?iri schema:url ?url }}
          OPTIONAL {{ GRAPH ?p {{ ?play mkg:player ?iri ; mkg:inMarket ?m }} ?m skos:prefLabel ?marketName }}
        }} GROUP BY ?iri ORDER BY ?iri"""),
    "countries": (
        ("iri", "name", "iso3166_alpha2", "iso3166_alpha3", "iso3166_numeric", "m49_sub_region", "m49_region",
         "wikidata"),
        f"""SELECT ?iri ?name ?iso3166_alpha2 ?iso3166_alpha3 ?iso3166_numeric
          (SAMPLE(?sub) AS ?m49_sub_region) (SAMPLE(?top) AS ?m49_region) (SAMPLE(?qid) AS ?wikidata)
        WHERE {{ GRAPH {_LINKING} {{
          ?iri a mkg:Country ; rdfs:label ?name ; mkg:iso3166Alpha2 ?iso3166_alpha2 ; mkg:iso3166Alpha3 ?iso3166_alpha3 ;
               mkg:iso3166Numeric ?iso3166_numeric .
          OPTIONAL {{ ?iri mkg:withinRegion ?s . ?s mkg:m49Code ?subCode ; rdfs:label ?subName
                      BIND(CONCAT(?subCode, " ", ?subName) AS ?sub)
                      OPTIONAL {{ ?s mkg:withinRegion+ ?t . ?t mkg:withinRegion <https://w3id.org/mkg/id/m49/001> ;
                                 mkg:m49Code ?topCode ; rdfs:label ?topName BIND(CONCAT(?topCode, " ", ?topName) AS ?top) }} }}
          OPTIONAL {{ ?iri schema:sameAs ?wd {_WD} BIND(STRAFTER(STR(?wd), "{WIKIDATA}") AS ?qid) }}
        }} }} GROUP BY ?iri ?name ?iso3166_alpha2 ?iso3166_alpha3 ?iso3166_numeric ORDER BY ?iso3166_alpha2"""),
    "regions": (
        ("iri", "name", "kind", "aliases", "m49", "close_match_m49", "wikidata", "member_countries"),
        f"""SELECT ?iri ?name ?kind (GROUP_CONCAT(DISTINCT ?alias; separator=" | ") AS ?aliases) (SAMPLE(?code) AS ?m49)
          (SAMPLE(?close) AS ?close_match_m49) (SAMPLE(?qid) AS ?wikidata)
          (GROUP_CONCAT(DISTINCT ?member; separator=" ") AS ?member_countries)
        WHERE {{ GRAPH {_LINKING} {{
          ?iri a mkg:Region ; rdfs:label ?name . FILTER NOT EXISTS {{ ?iri a mkg:Country }}
          BIND(IF(STRSTARTS(STR(?iri), "https://w3id.org/mkg/id/m49/"), "UN M49 region", "report region") AS ?kind)
          OPTIONAL {{ ?iri skos:altLabel ?alias }}
          OPTIONAL {{ ?iri mkg:m49Code ?code }}
          OPTIONAL {{ ?iri skos:closeMatch ?cm . ?cm mkg:m49Code ?close }}
          OPTIONAL {{ ?iri skos:exactMatch|skos:closeMatch ?wd {_WD} BIND(STRAFTER(STR(?wd), "{WIKIDATA}") AS ?qid) }}
          OPTIONAL {{ ?country mkg:withinRegion ?iri ; mkg:iso3166Alpha2 ?member }}
        }} }} GROUP BY ?iri ?name ?kind ORDER BY ?kind ?name"""),
    "currencies": (
        ("iri", "name", "iso4217_code", "iso4217_numeric"),
        f"""SELECT ?iri ?name ?iso4217_code ?iso4217_numeric WHERE {{ GRAPH {_LINKING} {{
          ?iri a mkg:Currency ; rdfs:label ?name ; mkg:iso4217Code ?iso4217_code ; mkg:iso4217Numeric ?iso4217_numeric }} }}
        ORDER BY ?iso4217_code"""),
    "conditions": (
        ("iri", "name", "wikidata", "mesh", "icd11_codes"),
        f"""SELECT ?iri ?name (SAMPLE(?qid) AS ?wikidata) (SAMPLE(?meshId) AS ?mesh)
          (GROUP_CONCAT(DISTINCT ?icd; separator=" | ") AS ?icd11_codes)
        WHERE {{ GRAPH {_LINKING} {{ ?iri a mkg:Condition ; rdfs:label ?name .
          OPTIONAL {{ ?iri skos:closeMatch ?wd {_WD} BIND(STRAFTER(STR(?wd), "{WIKIDATA}") AS ?qid) }}
          OPTIONAL {{ ?iri mkg:meshId ?meshId }} OPTIONAL {{ ?iri mkg:icd11Code ?icd }} }} }}
        GROUP BY ?iri ?name ORDER BY ?name"""),
    "markets": (
        ("iri", "name", "written_as", "reports"),
        """SELECT ?iri (SAMPLE(?label) AS ?name) (GROUP_CONCAT(DISTINCT ?written; separator=" | ") AS ?written_as)
          (COUNT(DISTINCT ?report) AS ?reports)
        WHERE { GRAPH <https://w3id.org/mkg/graph/entities> { ?iri a mkg:Market ; skos:prefLabel ?label
                  OPTIONAL { ?iri skos:altLabel ?written } }
                OPTIONAL { GRAPH ?g { ?report a mkg:MarketReport ; mkg:market ?iri } } }
        GROUP BY ?iri ORDER BY ?iri"""),
    "segments": (
        ("iri", "market", "written_as"),
        """SELECT ?iri ?market (GROUP_CONCAT(DISTINCT ?written; separator=" | ") AS ?written_as)
        WHERE { GRAPH <https://w3id.org/mkg/graph/entities> { ?iri a mkg:SegmentConcept ; mkg:inMarket ?market ;
                  skos:altLabel ?written } }
        GROUP BY ?iri ?market ORDER BY ?iri"""),
    "reports": (
        ("iri", "report_id", "market", "publisher", "date_published", "regions_covered"),
        """SELECT ?iri ?report_id ?market (SAMPLE(?publisherName) AS ?publisher) (SAMPLE(?date) AS ?date_published)
          (GROUP_CONCAT(DISTINCT ?regionName; separator=" | ") AS ?regions_covered)
        WHERE { GRAPH ?g { ?iri a mkg:MarketReport ; mkg:reportId ?report_id ; mkg:marketName ?market .
                  OPTIONAL { ?iri schema:datePublished ?date } }
                OPTIONAL { GRAPH ?g { ?iri schema:publisher ?pub } ?pub rdfs:label ?publisherName }
                OPTIONAL { GRAPH ?g { ?iri mkg:coversRegion ?region } ?region rdfs:label ?regionName } }
        GROUP BY ?iri ?report_id ?market ORDER BY ?report_id"""),
}


def export_rdf(store, fmt: str) -> bytes:
    """The whole store (every named graph) as TriG, N-Quads or JSON-LD.

    Raises:
        UnusableInput: an unknown format.
    """
    if fmt not in RDF_EXPORT_FORMATS:
        raise UnusableInput(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return store.export(fmt)


def export_csv(store, folder: str | Path, progress: Callable[[str], None] | None = None,
               show_progress: bool | None = None) -> list[Path]:
    """One CSV table per entity type in ``folder``; returns the files written.

    Args:
        progress: called with each table's name before it is written.
        show_progress: a progress bar on stderr (default: when stderr is a terminal).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    bar = tqdm(TABLES.items(), desc="export", unit="table", file=sys.stderr,
               disable=not (sys.stderr.isatty() if show_progress is None else show_progress))
    for name, (columns, select) in bar:
        bar.set_postfix_str(name)
        if progress:
            progress(name)
        path = folder / f"{name}.csv"
        rows = store.query(_PREFIXES + select).rows
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([_cell(row.get(column)) for column in columns])
        written.append(path)
    return written


def _cell(term) -> str:
    return "" if term is None else term.value
