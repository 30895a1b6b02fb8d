"""The one result type every store returns, and the SPARQL result and RDF formats it speaks."""

from __future__ import annotations

import io
import json
from typing import BinaryIO, Literal as Kind

import pyoxigraph as ox

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


class QueryResult:
    """The same result type for every store: solutions, a boolean, or triples.

    The engine's result streams straight into the first format asked for (``serialize``), so a large
    result is never held twice; ``rows``/``boolean`` read it back through pyoxigraph's own parser.
    """

    def __init__(self, raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples):
        self.kind: Kind["solutions", "boolean", "triples"] = (
            "boolean" if isinstance(raw, ox.QueryBoolean)
            else "solutions" if isinstance(raw, ox.QuerySolutions) else "triples")
        self._raw = raw
        self._cache: dict[str, bytes] = {}
        self._json: dict | None = None

    @classmethod
    def from_serialized(cls, kind: Kind["solutions", "boolean", "triples"], data: bytes) -> QueryResult:
        """A result that arrived already serialized: SPARQL JSON results, or N-Triples for triples."""
        result = cls.__new__(cls)
        result.kind, result._raw, result._json = kind, None, None
        result._cache = {"ntriples" if kind == "triples" else "json": data}
        return result

    @classmethod
    def from_json(cls, data: dict) -> QueryResult:
        """Solutions already read as SPARQL JSON (``{"head": …, "results": {"bindings": …}}``): kept as they are, and
        written out only if a format is asked for (a page of rows goes to its client without being parsed twice)."""
        result = cls.__new__(cls)
        result.kind, result._raw, result._cache, result._json = "solutions", None, {}, data
        return result

    @property
    def sparql_json(self) -> dict:
        """The solutions (or boolean) as SPARQL JSON, read into Python."""
        if self._json is None:
            self._json = json.loads(self.serialize("json"))
        return self._json

    def serialize(self, fmt: str = "json", output: BinaryIO | None = None) -> bytes:
        """SPARQL 1.1 results (json, xml, csv, tsv), or for triples an RDF format (turtle, ntriples …).

        With ``output``, the bytes are also written there as the engine produces them (a writer that
        raises stops the evaluation: that is how the service enforces its deadline).
        """
        if fmt not in self._cache:
            if fmt == "json" and self._json is not None:
                self._cache[fmt] = json.dumps(self._json).encode()
            elif self._raw is not None:
                self._cache[fmt] = self._stream(self._raw, fmt, output)
                self._raw = None
                return self._cache[fmt]
            else:
                self._cache[fmt] = self._convert(fmt)
        if output is not None:
            output.write(self._cache[fmt])
        return self._cache[fmt]

    def _stream(self, raw, fmt: str, output: BinaryIO | None) -> bytes:
        target = _Tee(output)
        if self.kind == "triples":
            raw.serialize(target, format=RDF_FORMATS[fmt])
        else:
            raw.serialize(target, format=RESULT_FORMATS[fmt])
        return target.getvalue()

    def _convert(self, fmt: str) -> bytes:
        source = self.serialize("ntriples" if self.kind == "triples" else "json")
        if self.kind == "triples":
            return ox.serialize(ox.parse(source, format=ox.RdfFormat.N_TRIPLES), format=RDF_FORMATS[fmt])
        return ox.parse_query_results(source, format=ox.QueryResultsFormat.JSON).serialize(format=RESULT_FORMATS[fmt])

    def _parsed(self):
        return ox.parse_query_results(self.serialize("json"), format=ox.QueryResultsFormat.JSON)

    @property
    def boolean(self) -> bool | None:
        return bool(self._parsed()) if self.kind == "boolean" else None

    @property
    def variables(self) -> list[str]:
        return [v.value for v in self._parsed().variables] if self.kind == "solutions" else []

    @property
    def rows(self) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]]:
        """Solutions as dicts of the bound variables."""
        if self.kind != "solutions":
            return []
        parsed = self._parsed()
        names = [v.value for v in parsed.variables]
        return [{n: s[n] for n in names if s[n] is not None} for s in parsed]

    @property
    def triples(self) -> list[ox.Triple]:
        return list(ox.parse(self.serialize("ntriples"), format=ox.RdfFormat.N_TRIPLES)) if self.kind == "triples" else []


class _Tee(io.BytesIO):
    """Keeps the bytes and forwards them to an optional writer."""

    def __init__(self, forward: BinaryIO | None):
        super().__init__()
        self._forward = forward

    def write(self, data) -> int:
        if self._forward is not None:
            self._forward.write(data)
        return super().write(data)
