"""Step 2 of ask: which named query a question asks for, by its example questions.

Each ``queries/*.rq`` header lists questions it answers, a parameter written ``{name}``. Both the
catalogue's questions and the researcher's become *templates*: every name the question mentions (a
country, a market, a year …, found by ``kg.ask.labels``) and every ``{parameter}`` is replaced by the word
for its slot ("place", "market", "year" …), so "which players are in India?" and "Which key players are
headquartered in {country}?" are compared as "which players are in place" and "which key players are
headquartered in place". Two scorers, each a cosine in [0, 1]; a query's score is that of its best question:

- ``lexical``: TF-IDF over word stems (stop words dropped; IDF over the catalogue's questions);
- ``dense``: the offline sentence model of search (all-MiniLM-L6-v2, ``kg.search.embed``);
- ``hybrid`` (default): their mean, weighted ``DENSE_WEIGHT``.

Then one rule about *what* is asked for: a question that names a kind of row (players or companies,
segments, reports or publishers, drivers, restraints, trends, opportunities, developments: ``ENTITY_WORDS``)
loses ``ENTITY_PENALTY`` for a query none of whose example questions names that kind, so "what market share
does each key player hold?" is not answered with the largest *segment*.

``bench/ask_eval.py`` measures all three on ``tests/data/ask/questions.yaml``.

>>> from kg.queries import QueryCatalog
>>> matcher = QueryMatcher(QueryCatalog.load(), mode="lexical")
>>> matcher.rank("which segment grows fastest")[0].query
'fastest-growing-segment'
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from kg.ask.labels import STOP_WORDS, Mention

MODES = ("hybrid", "lexical", "dense")
DENSE_WEIGHT = 0.7
ENTITY_PENALTY = 0.25
# Nouns naming the kind of row a question asks for, by kind (whole words, singular and plural).
ENTITY_WORDS = {
    "organisation": ("player", "players", "company", "companies", "organisation", "organisations", "organization",
                     "organizations", "vendor", "vendors", "manufacturer", "manufacturers", "firm", "firms",
                     "competitor", "competitors"),
    "segment": ("segment", "segments", "subsegment", "subsegments"),
    "report": ("report", "reports", "publisher", "publishers", "study", "studies"),
    "driver": ("driver", "drivers"),
    "restraint": ("restraint", "restraints", "challenge", "challenges", "barrier", "barriers", "obstacle", "obstacles"),
    "trend": ("trend", "trends"),
    "opportunity": ("opportunity", "opportunities"),
    "development": ("development", "developments", "launch", "launches", "acquisition", "acquisitions", "news",
                    "event", "events"),
}
# The slot a parameter fills, by name first, then by type.
PARAM_SLOTS = {"country": "place", "region": "place", "market": "market", "since": "date", "report_id": "report",
               "fact": "fact"}
TYPE_SLOTS = {"iso-country": "place", "year": "year", "date": "date", "iri": "fact"}
MENTION_SLOTS = {"country": "place", "region": "place", "market": "market", "ambiguous-market": "market",
                 "year": "year", "date": "since date", "segment": "segment", "organisation": "company",
                 "report": "report", "fact": "fact"}
_QUESTION_STOP = STOP_WORDS | {"please", "me", "i", "want", "know", "like", "see"}


def param_slot(name: str, type_name: str) -> str:
    return PARAM_SLOTS.get(name) or TYPE_SLOTS.get(type_name, "value")


def template(question: str, mentions: list[Mention]) -> str:
    """The question with each mention replaced by its slot word, lower case, repeated words once.

    >>> template("Which players are in India?", [Mention("country", "IN", "India", 21, 26)])
    'which players are in place'
    """
    out, at = [], 0
    for m in sorted(mentions, key=lambda m: m.start):
        out += [question[at:m.start], f" {MENTION_SLOTS.get(m.kind, 'value')} "]
        at = m.end
    out.append(question[at:])
    return _tidy("".join(out))


def example_template(example: str, params: dict) -> str:
    """A catalogue question with each ``{parameter}`` replaced by its slot word."""
    def slot(match: re.Match) -> str:
        param = params[match.group(1)]
        word = param_slot(param.name, param.type)
        return f" {'since date' if word == 'date' else word} "
    return _tidy(re.sub(r"\{([^{}]+)\}", slot, example))


def _tidy(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    kept = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return " ".join(kept)


def stem(word: str) -> str:
    """A light English stemmer, enough to meet "grows"/"growing"/"grow", "largest"/"large"."""
    for suffix, repl in (("ies", "y"), ("ing", ""), ("est", ""), ("ers", ""), ("ed", ""), ("es", ""), ("er", ""),
                         ("s", ""), ("e", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + repl
    return word


def terms(text: str) -> list[str]:
    return [stem(w) for w in text.split() if w not in _QUESTION_STOP]


_ENTITY_KIND = {w: kind for kind, words in ENTITY_WORDS.items() for w in words}


def entities(text: str) -> set[str]:
    """The kinds of row a (templated) question names, by their nouns (not verbs: "reported" names no report)."""
    return {_ENTITY_KIND[w] for w in text.split() if w in _ENTITY_KIND}


@dataclass(frozen=True)
class Candidate:
    """A named query's fit: ``score`` (the mode's), each scorer's, and the catalogue question that fit best."""

    query: str
    score: float
    lexical: float
    dense: float | None
    example: str


class QueryMatcher:
    """Ranks the catalogue's named queries for a question template. Built once per catalogue and mode."""

    def __init__(self, catalog, mode: str = "hybrid"):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        self.mode = mode
        self.examples: list[tuple[str, str, str]] = []  # (query, question as written, template)
        for query in catalog:
            for example in query.questions:
                self.examples.append((query.name, example, example_template(example, query.params)))
        docs = [Counter(terms(t)) for _, _, t in self.examples]
        frequency = Counter(term for doc in docs for term in doc)
        self.idf = {t: math.log((1 + len(docs)) / (1 + n)) + 1 for t, n in frequency.items()}
        self.vectors = [self._tfidf(doc) for doc in docs]
        self.vocabulary = {w for _, example, _ in self.examples for w in re.findall(r"[a-z]+", example.lower())}
        self.entities: dict[str, set[str]] = {}
        for name, _, text in self.examples:
            self.entities.setdefault(name, set()).update(entities(text))
        self._dense = None
        if mode != "lexical":
            from kg.search.embed import Encoder

            self.encoder = Encoder.load()
            self._dense = self.encoder.encode([t for _, _, t in self.examples])

    def _tfidf(self, doc: Counter) -> dict[str, float]:
        vector = {t: (1 + math.log(n)) * self.idf.get(t, math.log(1 + len(self.examples)) + 1) for t, n in doc.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {t: v / norm for t, v in vector.items()}

    def rank(self, question_template: str) -> list[Candidate]:
        """Every named query with questions, best first (ties by name)."""
        query_vector = self._tfidf(Counter(terms(question_template)))
        lexical = [sum(w * vector.get(t, 0.0) for t, w in query_vector.items()) for vector in self.vectors]
        dense = None
        if self._dense is not None:
            dense = [max(0.0, float(s)) for s in self._dense @ self.encoder.encode([question_template])[0]]
        asked = entities(question_template)
        best: dict[str, Candidate] = {}
        for i, (name, example, _) in enumerate(self.examples):
            d = dense[i] if dense is not None else None
            score = {"lexical": lexical[i], "dense": d,
                     "hybrid": (1 - DENSE_WEIGHT) * lexical[i] + DENSE_WEIGHT * (d or 0.0)}[self.mode]
            score -= ENTITY_PENALTY * len(asked - self.entities[name])
            candidate = Candidate(name, round(score, 4), round(lexical[i], 4), None if d is None else round(d, 4), example)
            if name not in best or candidate.score > best[name].score:
                best[name] = candidate
        return sorted(best.values(), key=lambda c: (-c.score, c.query))
