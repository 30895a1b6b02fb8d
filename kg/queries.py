"""Named queries: one ``queries/<name>.rq`` file each, with a YAML header in ``#+`` comment lines.

The header gives ``title``, ``description`` and typed ``params``; the body is plain SPARQL whose
variables of the same names are pre-bound from the parameters (never spliced into the text).
The catalog parses every header and body once, so a broken query file fails at load time.

>>> catalog = QueryCatalog.load()
>>> catalog["players-in-country"].params["country"].type
'iso-country'
>>> catalog["players-in-country"].bind({"country": "in"})["country"].value
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
from kg.paths import QUERIES_DIR

XSD = "http://www.w3.org/2001/XMLSchema#"


def _iri(raw: str) -> ox.NamedNode:
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw):
        raise ValueError("expected an absolute IRI such as https://w3id.org/mkg/id/…")
    return ox.NamedNode(raw)


def _integer(raw: str) -> ox.Literal:
    return ox.Literal(str(int(raw)), datatype=ox.NamedNode(XSD + "integer"))


def _year(raw: str) -> ox.Literal:
    year = int(raw)
    if not 1900 <= year <= 2100:
        raise ValueError("expected a year between 1900 and 2100")
    return _integer(raw)


def _date(raw: str) -> ox.Literal:
    return ox.Literal(date.fromisoformat(raw).isoformat(), datatype=ox.NamedNode(XSD + "date"))


def _country(raw: str) -> ox.Literal:
    if not re.fullmatch(r"[A-Za-z]{2}", raw):
        raise ValueError("expected an ISO 3166-1 alpha-2 country code such as IN or DE")
    return ox.Literal(raw.upper())


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
    "iso-country": (_country, "an ISO 3166-1 alpha-2 code"),
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
        """Run against a store with raw parameter values; returns the store's QueryResult."""
        return store.query(self.sparql, self.bind(raw))


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
        if spec.get("type") not in PARAM_TYPES:
            raise UnusableInput(f"{path.name}: parameter {name!r} has unknown type {spec.get('type')!r}")
        params[name] = Param(name=name, type=spec["type"], description=spec.get("description", ""),
                             example=None if spec.get("example") is None else str(spec["example"]),
                             required=bool(spec.get("required", False)))
    try:
        ox.Store().query(text)  # parse only: an empty store answers at once
    except SyntaxError as err:
        raise UnusableInput(f"{path.name}: SPARQL does not parse: {err}") from err
    return NamedQuery(name=path.stem, title=meta["title"], description=" ".join(str(meta["description"]).split()),
                      sparql=text, params=params)


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
