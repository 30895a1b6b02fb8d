"""Step 1 of ask: the graph's own names, and where a question mentions them.

What a question can name is what the store holds: markets (their labels), segments, organisations and
report ids as reports wrote them, regions (report regions with their aliases, UN M49 regions) and
countries (the linking graph's names from pycountry, ISO 3166 codes, and the short forms reports write,
``kg.link.places.WRITTEN_COUNTRY_NAMES``), besides years and dates. Names are read from the store with
SPARQL, so a report just ingested is askable at once; a question is compared word by word after the
linking code's ``name_key`` (folded, lower case, punctuation dropped, no leading "the").

>>> vocabulary = Vocabulary.from_labels({"market": {"medical second opinion": "Medical Second Opinion"},
...                                      "country": {"india": "IN"}})
>>> [(m.kind, m.value, m.text) for m in vocabulary.mentions("Which players are in India since March 2023?")]
[('country', 'IN', 'India'), ('date', '2023-03-01', 'since March 2023')]
>>> [(m.kind, m.value) for m in vocabulary.mentions("How big is the second opinion market in 2031?")]
[('market', 'Medical Second Opinion'), ('year', '2031')]
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from kg.link.markets import market_key
from kg.link.places import WRITTEN_COUNTRY_NAMES, name_key

# Kinds of names, in the order a tie on the same words is resolved (a country before a region of the same
# name, a market before an organisation called like it).
KINDS = ("market", "country", "region", "segment", "organisation", "report")
MAX_WORDS = 8

_PREFIXES = """
PREFIX mkg: <https://w3id.org/mkg/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# One SELECT per kind: ?value is what a parameter takes, ?label a name the value goes by.
LABEL_QUERIES = {
    "market": """SELECT DISTINCT ?value ?label WHERE { GRAPH <https://w3id.org/mkg/graph/entities> {
                   ?market a mkg:Market ; skos:prefLabel ?value ; skos:prefLabel|skos:altLabel ?label } }""",
    "country": """SELECT DISTINCT ?value ?label WHERE { GRAPH <https://w3id.org/mkg/graph/linking> {
                    ?country a mkg:Country ; mkg:iso3166Alpha2 ?value ; rdfs:label|skos:altLabel ?label } }""",
    "region": """SELECT DISTINCT ?value ?label WHERE { GRAPH <https://w3id.org/mkg/graph/linking> {
                   ?region a mkg:Region ; rdfs:label|skos:altLabel ?label } BIND (?label AS ?value) }""",
    "segment": """SELECT DISTINCT ?value ?label WHERE { GRAPH ?g { ?segment a mkg:Segment ; skos:prefLabel ?label } 
                    BIND (STR(?label) AS ?value) }""",
    "organisation": """SELECT DISTINCT ?value ?label WHERE { ?org a mkg:Organisation ; rdfs:label ?value ;
                         rdfs:label|skos:altLabel ?label }""",
    "report": """SELECT DISTINCT ?value ?label WHERE { GRAPH ?g { ?report a mkg:MarketReport ; mkg:reportId ?value } 
                   BIND (?value AS ?label) }""",
}
MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"), start=1)}
_WORD = re.compile(r"[A-Za-z0-9À-ɏ]+(?:['’][A-Za-z]+)?")
_DATE = re.compile(r"\b(?P<since>since|after|from|starting)\s+(?:(?P<month>" + "|".join(MONTHS) +
                   r")\s+)?(?P<year>19\d\d|20\d\d|2100)\b|\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19\d\d|20\d\d|2100)\b")
_IRI = re.compile(r"(?:https?://\S+|\b(?:report|id):[^\s?!,;]+)")
# Words before "market" that name no market: the catalogue's own question words are added at match time.
MARKET_NOUNS = ("market", "markets", "industry", "industries", "sector")


@dataclass(frozen=True)
class Mention:
    """Words of the question (``text`` at ``start``–``end``) naming a ``value`` of a ``kind``."""

    kind: str
    value: str
    text: str
    start: int
    end: int


@dataclass
class Vocabulary:
    """Normalised name → (kind, value) for every kind, as the store names things."""

    names: dict[str, dict[str, str]]
    market_keys: dict[str, str] = field(default_factory=dict)  # market_key → market label

    @classmethod
    def from_labels(cls, labels: dict[str, dict[str, str]]) -> Vocabulary:
        """From ``{kind: {name: value}}`` (for tests and for :meth:`from_store`)."""
        names: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
        for kind, pairs in labels.items():
            for label, value in pairs.items():
                key = name_key(label)
                if key:
                    names[kind].setdefault(key, value)
        for written, code in WRITTEN_COUNTRY_NAMES.items():
            if labels.get("country"):
                names["country"].setdefault(written, code)
        markets = {market_key(label): value for label, value in labels.get("market", {}).items()}
        return cls(names, markets)

    @classmethod
    def from_store(cls, store) -> Vocabulary:
        """The names the store holds now (cached per store and store version)."""
        key = (id(store), getattr(store, "version", None))
        with _CACHE_LOCK:
            cached = _CACHE.get(key)
        if cached is not None:
            return cached
        labels: dict[str, dict[str, str]] = {}
        for kind, body in LABEL_QUERIES.items():
            labels[kind] = {row["label"].value: row["value"].value for row in store.query(_PREFIXES + body).rows}
        labels["country"].update({code: code for code in set(labels["country"].values())})
        vocabulary = cls.from_labels(labels)
        with _CACHE_LOCK:
            _CACHE.clear()  # one store at a time is the common case; keep memory flat
            _CACHE[key] = vocabulary
        return vocabulary

    def values(self, kind: str) -> list[str]:
        """Every distinct value of a kind, sorted (for suggestions)."""
        return sorted(set(self.names.get(kind, {}).values()))

    def labels(self, kind: str) -> dict[str, str]:
        return self.names.get(kind, {})

    # -------------------------------------------------------------- finding mentions

    def mentions(self, question: str) -> list[Mention]:
        """The names, dates, years and IRIs the question mentions, longest first, never overlapping; in order."""
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        def add(mention: Mention) -> None:
            found.append(mention)
            taken.append((mention.start, mention.end))

        for match in _IRI.finditer(question):
            add(Mention("fact", match.group(0).rstrip(".?"), match.group(0).rstrip(".?"), match.start(), match.end()))
        for match in _DATE.finditer(question):
            if not free(match.start(), match.end()):
                continue
            if match.group("iso"):
                value = match.group("iso")
            else:
                month = MONTHS.get((match.group("month") or "").lower(), 1)
                value = f"{match.group('year')}-{month:02d}-01"
            add(Mention("date", value, match.group(0), match.start(), match.end()))
        words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(question)]
        for size in range(min(MAX_WORDS, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                start, end = words[i][1], words[i + size - 1][2]
                if not free(start, end):
                    continue
                text = question[start:end]
                key = name_key(text)
                for kind in KINDS:
                    value = self.names[kind].get(key)
                    if value is None or not _plausible(kind, text, question):
                        continue
                    add(Mention(kind, value, text, start, end))
                    break
        self._partial_markets(question, free, add)
        for match in _YEAR.finditer(question):
            if free(match.start(), match.end()):
                add(Mention("year", match.group(1), match.group(1), match.start(), match.end()))
        return sorted(found, key=lambda m: m.start)

    def _partial_markets(self, question: str, free, add) -> None:
        """Words just before "market" that are part of one market's name ("the second opinion market")."""
        for match in re.finditer(r"((?:[\w’'-]+\s+){1,6})(?:" + "|".join(MARKET_NOUNS) + r")\b", question, re.IGNORECASE):
            words = list(re.finditer(r"[\w’'-]+", match.group(1)))
            for first in range(len(words)):  # the longest run ending at "market" first
                start, end = match.start(1) + words[first].start(), match.start(1) + words[-1].end()
                key = market_key(question[start:end])
                if not free(start, end) or not key or key in STOP_WORDS:
                    continue
                hits = sorted({label for mkey, label in self.market_keys.items() if re.search(rf"\b{re.escape(key)}\b", mkey)})
                if len(hits) == 1:
                    add(Mention("market", hits[0], question[start:end], start, end))
                    break
                if len(hits) > 1:  # several markets share these words: the question must say which
                    add(Mention("ambiguous-market", " | ".join(hits), question[start:end], start, end))
                    break


def _plausible(kind: str, text: str, question: str) -> bool:
    """Short names only when written as codes are ("US", "UAE", "APAC"), never "us" or "in"; no stop word alone."""
    if kind in ("country", "region") and len(text) <= 3:
        return text.isupper() and not question.isupper()
    return name_key(text) not in STOP_WORDS


STOP_WORDS = frozenset("""
a an and are as at be by can could do does for from had has have how i in is it its me of on or our show
tell that the their them there these this those to us was we were what when where which who whom why will
with would you your list give all any each per most more much many about into over than then so up
""".split())

_CACHE: dict[tuple, Vocabulary] = {}
_CACHE_LOCK = threading.Lock()
