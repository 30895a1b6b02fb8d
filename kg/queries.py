"""Named queries: one ``queries/<name>.rq`` file each, with a YAML header in ``#+`` comment lines.

The header gives ``title``, ``description`` and typed ``params``; the body is plain SPARQL whose
variables of the same names are pre-bound from the parameters (never spliced into the text).
The catalog parses every header and body once, so a broken query file fails at load time.

>>> catalog = QueryCatalog.load()
>>> catalog["players-in-country"].params["country"].type
'iso-country'
>>> catalog["players-in-country"].bind({"country": "in"})["country"].value
'IN'
>>> catalog["players-in-country"].bind({"country": "india"})["country"].value
'IN'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from kg.errors import BadParameter, UnknownQuery, UnusableInput
from kg.paging import (COUNT_BUDGET_S, DEFAULT_LIMIT, PAGE_PARAMS, Page, SelectParts, check_page,
                       fetch_grouped_page, fetch_keyed_page, fetch_page, split_select)
from kg.paths import DATA_DIR, QUERIES_DIR
from kg.sparql import with_values

XSD = "http://www.w3.org/2001/XMLSchema#"


# What each parameter type accepts, exactly as the OpenAPI document publishes it: ASCII digits only, so
# "2_031", "+2031", " 2031" and Arabic-Indic digits, which int() would take, are refused.
PARAM_PATTERNS = {
    "string": r"[\s\S]*\S[\s\S]*",
    "year": "19[0-9]{2}|20[0-9]{2}|2100",
    "integer": "-?[0-9]{1,18}",
    "date": "[0-9]{4}-[0-9]{2}-[0-9]{2}",
}
# The short forms tables show (``mkg query``), accepted wherever an IRI is asked for.
SHORT_IRI_PREFIXES = (("report:", "https://w3id.org/mkg/id/report/"), ("id:", "https://w3id.org/mkg/id/"))


def _matching(type_name: str, raw: str, expected: str) -> str:
    if not re.fullmatch(PARAM_PATTERNS[type_name], raw):
        raise ValueError(f"expected {expected}")
    return raw


def _iri(raw: str) -> ox.NamedNode:
    for short, full in SHORT_IRI_PREFIXES:
        if raw.startswith(short) and not raw.startswith(full):
            raw = full + raw[len(short):]
            break
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw):
        raise ValueError("expected an absolute IRI such as https://w3id.org/mkg/id/…, or its short form id:… / report:…")
    return ox.NamedNode(raw)


def _integer(raw: str) -> ox.Literal:
    return ox.Literal(_matching("integer", raw, "digits 0-9, optionally after a minus sign"),
                      datatype=ox.NamedNode(XSD + "integer"))


def _year(raw: str) -> ox.Literal:
    return ox.Literal(_matching("year", raw, "a year between 1900 and 2100, four digits 0-9"),
                      datatype=ox.NamedNode(XSD + "integer"))


def _date(raw: str) -> ox.Literal:
    return ox.Literal(date.fromisoformat(_matching("date", raw, "a date YYYY-MM-DD")).isoformat(),
                      datatype=ox.NamedNode(XSD + "date"))


@cache
def country_codes() -> dict[str, str]:
    """Country names (case-folded) → ISO 3166-1 alpha-2: the common names of the countries reports name most
    (those with checked Wikidata items in ``kg/data/country-wikidata.yaml``) and the short forms reports write
    ("USA", "UK", "UAE"), from the place data linking uses (``kg.link.places``). Published in the OpenAPI
    document as a pattern, so the list stays short; any ISO code is accepted besides."""
    from kg.link.places import WRITTEN_COUNTRY_NAMES, Places

    places = Places.load()
    listed = yaml.safe_load((DATA_DIR / "country-wikidata.yaml").read_text(encoding="utf-8")) or {}
    names = {places.countries[code].name.casefold(): code for code in listed if code in places.countries}
    names.update({written: code for written, code in WRITTEN_COUNTRY_NAMES.items()
                  if re.fullmatch(r"[a-z]+(?: [a-z]+)*", written) and len(written) > 2})
    return names


def _any_case(name: str) -> str:
    """A regular expression for ``name`` in any case that needs no flags (JSON Schema patterns take none)."""
    special = set(".^$*+?()[]{}|\\/-")
    return "".join(f"[{c.upper()}{c.lower()}]" if c.upper() != c.lower() else "\\" + c if c in special else c
                   for c in name)


# A code, or a name the linking table knows, in any case: published in the OpenAPI document as it is.
PARAM_PATTERNS["iso-country"] = " *([A-Za-z]{2}|" + "|".join(_any_case(n) for n in sorted(country_codes())) + ") *"


def _country(raw: str) -> ox.Literal:
    if not re.fullmatch(PARAM_PATTERNS["iso-country"], raw):
        raise ValueError("expected an ISO 3166-1 alpha-2 code such as IN or de, or a country name such as India "
                         f"(names known: {', '.join(sorted(n.title() for n in country_codes()))})")
    text = raw.strip(" ")
    return ox.Literal(text.upper() if len(text) == 2 else country_codes()[text.casefold()])


def _string(raw: str) -> ox.Literal:
    if not raw.strip():
        raise ValueError("expected a non-empty string")
    return ox.Literal(raw.strip())


PARAM_TYPES = {
    "string": (_string, "text"),
    "iri": (_iri, "an absolute IRI"),
    "integer": (_integer, "a whole number"),
    "year": (_year, "a year (1900–2100)"),
    "date": (_date, "a date YYYY-MM-DD"),
    "iso-country": (_country, "an ISO 3166-1 alpha-2 code or a country name (any case)"),
}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str
    example: str | None = None
    required: bool = False

    def to_term(self, raw: str) -> ox.NamedNode | ox.Literal:
        convert, expected = PARAM_TYPES[self.type]
        try:
            return convert(str(raw))
        except ValueError as err:
            raise BadParameter(self.name, f"{raw!r} is not {expected}: {err}") from err


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    sparql: str
    params: dict[str, Param] = field(default_factory=dict)
    count_sparql: str | None = None  # the header's ``count:``: the same rows counted faster, as ?total
    pages_sparql: str | None = None  # the header's ``pages:``: one key per row, in the rows' order
    groups_sparql: str | None = None  # the header's ``groups:``: the keys the rows come grouped by, in order
    within_sparql: str | None = None  # the header's ``within:``: a group's keys of the next ORDER BY variable
    # The headers ``pages_order_key:`` and ``within_order_key:``: a derived property whose index lists the page keys
    # (with no parameter given) or a group's within keys, report IRIs, in their order (``fetch_keyed_page``,
    # ``fetch_grouped_page``).
    pages_order_key: str | None = None
    within_order_key: str | None = None
    # The header's ``questions:``: how a researcher would ask for these rows in plain English, a
    # parameter written ``{name}`` where the question names its value (``mkg ask`` matches against them).
    questions: tuple[str, ...] = ()

    def bind(self, raw: Mapping[str, Any]) -> dict[str, ox.NamedNode | ox.Literal]:
        """Check and type the raw parameter values.

        Raises:
            BadParameter: an unknown, missing or ill-typed parameter.
        """
        unknown = sorted(set(raw) - set(self.params))
        if unknown:
            raise BadParameter(unknown[0], f"not a parameter of {self.name} (it takes: {', '.join(self.params) or 'none'})")
        bound = {}
        for name, param in self.params.items():
            value = raw.get(name)
            if value is None or value == "":
                if param.required:
                    raise BadParameter(name, f"required ({param.description})")
                continue
            bound[name] = param.to_term(value)
        return bound

    def run(self, store, **raw: Any):
        """Run against a store with raw parameter values; returns the store's QueryResult (every row)."""
        return store.query(self.sparql, self.bind(raw))

    def page(self, store, limit: int | str | None = DEFAULT_LIMIT, offset: int | str | None = 0, *,
             count_budget_s: float = COUNT_BUDGET_S, **raw: Any) -> Page:
        """One page of the rows (``limit`` ≤ 10,000 from ``offset``), whether more follow, and the total when cheap.

        Raises:
            BadParameter: an unknown, missing or ill-typed parameter; limit or offset out of range.

        >>> from kg.store import OxigraphStore
        >>> page = QueryCatalog.load()["report-summary"].page(OxigraphStore(), limit=20)
        >>> page.count, page.has_next, page.total
        (0, False, 0)
        """
        check_page(limit, offset)
        bindings = self.bind(raw)
        if self.pages_sparql:
            return fetch_keyed_page(store, with_values(self.sparql, bindings), with_values(self.pages_sparql, bindings),
                                    limit, offset, order_key=None if bindings else self.pages_order_key)
        count = with_values(self.count_sparql, bindings) if self.count_sparql else None
        if self.groups_sparql:
            within = with_values(self.within_sparql, bindings) if self.within_sparql else None
            return fetch_grouped_page(store, with_values(self.sparql, bindings), with_values(self.groups_sparql, bindings),
                                      limit, offset, count_sparql=count, within_sparql=within,
                                      within_order_key=self.within_order_key)
        return fetch_page(store, with_values(self.sparql, bindings), limit, offset, count_sparql=count,
                          count_budget_s=count_budget_s)


def parse_query_file(path: Path) -> NamedQuery:
    """Parse one ``.rq`` file: the ``#+`` header as YAML, the rest checked by the SPARQL parser.

    Raises:
        UnusableInput: the header or the SPARQL body is malformed.
    """
    text = path.read_text(encoding="utf-8")
    header = "\n".join(line[3:] if line.startswith("#+ ") else line[2:]
                       for line in text.splitlines() if line.startswith("#+"))
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError as err:
        raise UnusableInput(f"{path.name}: header is not YAML: {err}") from err
    for key in ("title", "description"):
        if key not in meta:
            raise UnusableInput(f"{path.name}: header lacks {key!r}")
    params = {}
    for name, spec in (meta.get("params") or {}).items():
        if name in (*PAGE_PARAMS, "format"):
            raise UnusableInput(f"{path.name}: {name!r} is reserved (paging and output), not a parameter name")
        if spec.get("type") not in PARAM_TYPES:
            raise UnusableInput(f"{path.name}: parameter {name!r} has unknown type {spec.get('type')!r}")
        params[name] = Param(name=name, type=spec["type"], description=spec.get("description", ""),
                             example=None if spec.get("example") is None else str(spec["example"]),
                             required=bool(spec.get("required", False)))
    questions = _questions(path, meta.get("questions"), params)
    count, pages, groups, within = meta.get("count"), meta.get("pages"), meta.get("groups"), meta.get("within")
    pages_order_key, within_order_key = meta.get("pages_order_key"), meta.get("within_order_key")
    if (pages_order_key and not pages) or (within_order_key and not within):
        raise UnusableInput(f"{path.name}: pages_order_key: needs pages:, within_order_key: needs within:")
    try:
        ox.Store().query(text)  # parse only: an empty store answers at once
        for extra in (count, pages, groups, within):
            if extra is not None:
                ox.Store().query(extra)
        split_select(text)  # every named query can be paged
        if pages is not None and not split_select(pages).projected:
            raise UnusableInput(f"{path.name}: pages: must select its key variable first")
        if groups is not None and not groups_fit(split_select(groups), split_select(text)):
            raise UnusableInput(f"{path.name}: groups: must select its key first and order by it, and the "
                                "query's ORDER BY must begin with the groups' ORDER BY")
        if within is not None and not (groups is not None and within_fits(split_select(within), split_select(groups),
                                                                          split_select(text))):
            raise UnusableInput(f"{path.name}: within: needs groups:, must select its key first and order by it alone, "
                                "ascending, and the query's ORDER BY must go on with that key after the groups' ORDER BY")
    except SyntaxError as err:
        raise UnusableInput(f"{path.name}: SPARQL does not parse: {err}") from err
    return NamedQuery(name=path.stem, title=meta["title"], description=" ".join(str(meta["description"]).split()),
                      sparql=text, params=params, count_sparql=count, pages_sparql=pages, groups_sparql=groups,
                      within_sparql=within, pages_order_key=pages_order_key,
                      within_order_key=within_order_key,
                      questions=questions)


def groups_fit(groups: SelectParts, query: SelectParts) -> bool:
    """Whether a ``groups:`` query can page ``query``: it selects its key first and orders by the key
    (``?key``, ``DESC(?key)``, ``DESC(STR(?key))``, …), and the query's ORDER BY begins with that same
    ORDER BY, so each key's rows are contiguous in the query's order and the keys come in that order.

    >>> groups_fit(split_select("SELECT ?d WHERE { ?x <http://e/d> ?d } ORDER BY DESC(STR(?d))"),
    ...            split_select("SELECT ?x ?d WHERE { ?x <http://e/d> ?d } ORDER BY DESC(STR(?d)) ?x"))
    True
    >>> groups_fit(split_select("SELECT ?d WHERE { ?x <http://e/d> ?d } ORDER BY ?d"),
    ...            split_select("SELECT ?x ?d WHERE { ?x <http://e/d> ?d } ORDER BY ?x ?d"))
    False
    """
    key = (groups.projected or ("",))[0]
    order, query_order = " ".join(groups.order.split()), " ".join(query.order.split())
    return bool(key and re.search(rf"\?{key}\b", order)
                and (query_order == order or query_order.startswith(order + " ")))


def within_fits(within: SelectParts, groups: SelectParts, query: SelectParts) -> bool:
    """Whether a ``within:`` query can split the groups of ``query``: it selects its key first and orders by it
    alone, ascending, and the query's ORDER BY is the groups' ORDER BY, then that key, then anything.

    >>> g = split_select("SELECT ?m WHERE { ?r <http://e/m> ?m } ORDER BY ?m")
    >>> within_fits(split_select("SELECT ?r WHERE { ?r <http://e/m> ?m } ORDER BY ?r"), g,
    ...             split_select("SELECT ?r ?m ?x WHERE { ?r <http://e/m> ?m ; <http://e/x> ?x } ORDER BY ?m ?r ?x"))
    True
    >>> within_fits(split_select("SELECT ?r WHERE { ?r <http://e/m> ?m } ORDER BY ?r"), g,
    ...             split_select("SELECT ?r ?m ?x WHERE { ?r <http://e/m> ?m ; <http://e/x> ?x } ORDER BY ?m ?x ?r"))
    False
    """
    key = (within.projected or ("",))[0]
    order, query_order = " ".join(groups.order.split()), " ".join(query.order.split())
    return bool(key and " ".join(within.order.split()) == f"?{key}"
                and re.fullmatch(rf"{re.escape(order)} \?{key}( .*)?", query_order))


def _questions(path: Path, raw: Any, params: Mapping[str, Param]) -> tuple[str, ...]:
    """The header's example questions, checked: a list of non-empty strings whose ``{placeholders}`` are
    parameters of the query.

    Raises:
        UnusableInput: not a list of strings, or a placeholder names no parameter.
    """
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(q, str) and q.strip() for q in raw):
        raise UnusableInput(f"{path.name}: questions: must be a list of non-empty strings")
    for question in raw:
        for name in re.findall(r"\{([^{}]*)\}", question):
            if name not in params:
                raise UnusableInput(f"{path.name}: question {question!r} names {{{name}}}, which is not a parameter")
    return tuple(" ".join(q.split()) for q in raw)


@dataclass(frozen=True)
class QueryCatalog:
    queries: dict[str, NamedQuery]

    @classmethod
    def from_directory(cls, directory: Path) -> QueryCatalog:
        return cls({q.name: q for q in map(parse_query_file, sorted(directory.glob("*.rq")))})

    @classmethod
    def load(cls) -> QueryCatalog:
        """The project's catalog (``queries/``), parsed once."""
        return _default_catalog()

    def __getitem__(self, name: str) -> NamedQuery:
        try:
            return self.queries[name]
        except KeyError:
            raise UnknownQuery(name, sorted(self.queries)) from None

    def __iter__(self) -> Iterator[NamedQuery]:
        return iter(self.queries.values())

    def __len__(self) -> int:
        return len(self.queries)


@cache
def _default_catalog() -> QueryCatalog:
    return QueryCatalog.from_directory(QUERIES_DIR)
