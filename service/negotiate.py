"""Content negotiation: an Accept header (with q-values) or a ``format=`` short name → one format.

Results of SELECT/ASK and graphs of CONSTRUCT/DESCRIBE have separate candidate lists, so a mixed
Accept header (as rdflib's SPARQLStore sends) picks the right one for each query form.

>>> choose_format("application/sparql-results+xml, application/rdf+xml;q=0.9", "rdf").name
'rdfxml'
>>> choose_format("text/html", "results") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["results", "rdf"]


@dataclass(frozen=True)
class Format:
    name: str  # the short name, also the key kg.store.QueryResult.serialize takes
    media_type: str
    kind: Kind
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml", "trig", "triples", "quads"))
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


# Server preference order: the first of each kind is the default.
FORMATS = (
    Format("json", "application/sparql-results+json", "results", ("application/json",)),
    Format("xml", "application/sparql-results+xml", "results", ("application/xml", "text/xml")),
    Format("csv", "text/csv", "results"),
    Format("tsv", "text/tab-separated-values", "results"),
    Format("turtle", "text/turtle", "rdf", ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", "rdf", ("text/plain",)),
    Format("jsonld", "application/ld+json", "rdf", ("application/json",)),
    Format("rdfxml", "application/rdf+xml", "rdf", ("application/xml", "text/xml")),
    Format("nquads", "application/n-quads", "rdf"),
    Format("trig", "application/trig", "rdf"),
)
SHORT_NAMES = {
    "json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
    "turtle": "turtle", "ttl": "turtle", "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples",
    "jsonld": "jsonld", "json-ld": "jsonld", "rdfxml": "rdfxml", "rdf": "rdfxml", "rdf/xml": "rdfxml",
    "nquads": "nquads", "nq": "nquads", "trig": "trig",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values, in header order; malformed q-values count as 0."""
    ranges = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges or [("*/*", 1.0)]


def _quality(fmt: Format, ranges: list[tuple[str, float]]) -> float:
    """q of the most specific range matching the format (RFC 9110: specific beats type/* beats */*)."""
    best_specificity, best_q = -1, 0.0
    for media, q in ranges:
        if media in (fmt.media_type, *fmt.aliases):
            specificity = 2
        elif media.endswith("/*") and fmt.media_type.startswith(media[:-1]):
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, best_q = specificity, q
    return best_q


def choose_format(accept: str | None, kind: Kind, format_param: str | None = None) -> Format | None:
    """The format to answer in, or None when nothing acceptable is on offer (HTTP 406)."""
    candidates = [f for f in FORMATS if f.kind == kind]
    if format_param is not None:
        name = SHORT_NAMES.get(format_param.strip().lower())
        return next((f for f in candidates if f.name == name), None)
    ranges = parse_accept(accept)
    scored = [(_quality(f, ranges), -i, f) for i, f in enumerate(candidates)]
    q, _, best = max(scored, key=lambda s: (s[0], s[1]))
    return best if q > 0 else None


def prefers_html(accept: str | None) -> bool:
    """A browser navigating to the endpoint: text/html is asked for and preferred to RDF."""
    ranges = dict(parse_accept(accept))
    return ranges.get("text/html", 0) > 0 and ranges.get("text/html", 0) >= max(
        (q for m, q in ranges.items() if m != "text/html" and m != "*/*"), default=0)
