"""Step 4 of ask: answer with a named query, or refuse and say why.

``ask(question, store)`` finds what the question names (``labels``), ranks the catalogue's named queries
by their example questions (``match``), fills the best one's parameters (``parameters``) and runs it
through the catalogue, so the SPARQL is the query file's with the values bound as a VALUES block. It
refuses — and suggests the closest queries or values — when no query scores ``threshold`` or more, when
the question names a market the graph does not hold, when a parameter is missing or ambiguous, or when it
names a place or organisation the best query cannot filter by. It never writes a query of its own.

>>> from kg.store import OxigraphStore
>>> answer = ask("who won the 2022 World Cup?", OxigraphStore(), mode="lexical")
>>> answer.answered, answer.reason.split(":")[0]
(False, 'no named query fits this question')
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

from kg.ask.labels import MARKET_NOUNS, STOP_WORDS, Mention, Vocabulary
from kg.ask.match import MODES, Candidate, QueryMatcher, template
from kg.ask.parameters import Filling, fill
from kg.errors import BadParameter
from kg.paging import check_page
from kg.link.markets import market_key
from kg.queries import QueryCatalog
from kg.sparql import with_values

# A question must score at least this to be answered (per mode: the scorers' scales differ). Chosen on
# tests/data/ask/questions.yaml with bench/ask_eval.py, which prints the rates at each.
THRESHOLDS = {"hybrid": 0.5, "lexical": 0.4, "dense": 0.55}
# Queries whose score is within this of the best are tied; one whose parameters the question fills wins
# ("players in Japan" fits the country and the region query alike, by its words; Japan is a country).
TIE = 0.08
DEFAULT_ROWS = 20
MAX_QUESTION_CHARS = 500
SUGGESTIONS = 3


@dataclass(frozen=True)
class Suggestion:
    """A query to ask instead (``kind`` "query": its name, title and a question it answers) or a value."""

    kind: str
    value: str
    detail: str = ""
    score: float | None = None


@dataclass
class Answer:
    """What ``ask`` did: the query and parameters it chose, the SPARQL run and its rows; or why it refused."""

    question: str
    answered: bool
    mode: str
    query: str | None = None
    title: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    sparql: str | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    more_rows: bool = False
    score: float | None = None
    matched_question: str | None = None
    reason: str | None = None
    mentions: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)

    @property
    def quotes(self) -> list[str]:
        return [row["quote"] for row in self.rows if row.get("quote")]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_MATCHERS: dict[tuple[int, str], QueryMatcher] = {}
_LOCK = threading.Lock()


def matcher_for(catalog: QueryCatalog, mode: str) -> QueryMatcher:
    """The catalogue's matcher for a mode, built once per process (the sentence model loads once)."""
    with _LOCK:
        key = (id(catalog), mode)
        if key not in _MATCHERS:
            _MATCHERS[key] = QueryMatcher(catalog, mode)
        return _MATCHERS[key]


def _matcher(catalog: QueryCatalog, mode: str, notes: list[str]) -> QueryMatcher:
    """The mode's matcher; lexical, said in ``notes``, when the sentence model cannot be loaded."""
    from kg.search.embed import ModelUnavailable

    try:
        return matcher_for(catalog, mode)
    except ModelUnavailable as err:
        notes.append(f"matched lexically: the sentence model is unavailable ({err})")
        return matcher_for(catalog, "lexical")


def check_question(question: Any) -> str:
    """The question, stripped.

    Raises:
        BadParameter: empty, longer than 500 characters, or not text.
    """
    if not isinstance(question, str) or not question.strip():
        raise BadParameter("q", "ask a question in words, e.g. \"which players are in India?\"")
    if len(question) > MAX_QUESTION_CHARS:
        raise BadParameter("q", f"at most {MAX_QUESTION_CHARS} characters")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in question):
        raise BadParameter("q", "control characters are not allowed")
    return " ".join(question.split())


def ask(question: str, store, catalog: QueryCatalog | None = None, *, mode: str = "hybrid",
        threshold: float | None = None, limit: int = DEFAULT_ROWS) -> Answer:
    """Answer ``question`` with one named query of ``catalog`` over ``store``, or refuse with suggestions.

    Args:
        question: plain English, at most 500 characters.
        store: any ``kg.store`` store.
        catalog: the named queries (default: the project's).
        mode: ``hybrid`` (default), ``lexical`` or ``dense`` matching.
        threshold: the lowest score answered (default: ``THRESHOLDS[mode]``).
        limit: rows returned (the answer says whether more follow).

    Raises:
        BadParameter: an empty or overlong question, an unknown mode, a limit out of range.
    """
    question = check_question(question)
    limit, _ = check_page(limit, 0)
    if mode not in MODES:
        raise BadParameter("mode", f"one of {', '.join(MODES)}")
    catalog = catalog or QueryCatalog.load()
    threshold = THRESHOLDS[mode] if threshold is None else threshold
    vocabulary = Vocabulary.from_store(store)
    mentions = vocabulary.mentions(question)
    notes: list[str] = []
    matcher = _matcher(catalog, mode, notes)
    if matcher.mode != mode:
        mode, threshold = matcher.mode, THRESHOLDS[matcher.mode]
    ranked = matcher.rank(template(question, mentions))
    answer = Answer(question=question, answered=False, mode=mode, notes=notes,
                    mentions=[{"kind": m.kind, "text": m.text, "value": m.value} for m in mentions],
                    candidates=[{"query": c.query, "score": c.score, "lexical": c.lexical, "dense": c.dense,
                                 "example": c.example} for c in ranked[:SUGGESTIONS]])
    best, filling = _choose(catalog, ranked, mentions)
    if best is None or best.score < threshold:
        answer.reason = (f"no named query fits this question: the closest, {ranked[0].query if ranked else '—'}, "
                         f"scores {ranked[0].score if ranked else 0:g}, below the {threshold:g} needed")
        if leftover := _leftover(question, mentions, matcher.vocabulary):
            answer.reason += f"; and the graph holds nothing called {leftover!r}"
        answer.suggestions = _query_suggestions(catalog, ranked)
        return answer
    query = catalog[best.query]
    answer.query, answer.title, answer.score, answer.matched_question = query.name, query.title, best.score, best.example
    if (unknown := _unknown_market(question, mentions, matcher.vocabulary)) is not None:
        answer.reason = f"the graph holds no market called {unknown!r}"
        answer.suggestions = _value_suggestions(unknown, vocabulary.values("market"), "market")
        return answer
    if (refusal := _blocked(query, filling, vocabulary, question, matcher.vocabulary, catalog, ranked, mentions,
                            store)) is not None:
        answer.reason, answer.suggestions = refusal
        return answer
    answer.params = dict(filling.params)
    answer.notes += [f"not used by {query.name}: {m.kind} {m.text!r}" for m in filling.unused]
    bindings = query.bind(filling.params)
    # The query file's SPARQL with the values bound, as run (its ``#+`` header lines are comments; left out here).
    answer.sparql = "\n".join(line for line in with_values(query.sparql, bindings).splitlines()
                               if not line.startswith("#+")).strip() + "\n"
    page = query.page(store, limit=limit, **filling.params)
    data = page.result.sparql_json
    answer.columns = data["head"]["vars"]
    answer.rows = [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    answer.more_rows = page.has_next
    answer.answered = True
    return answer


def _choose(catalog, ranked: list[Candidate], mentions: list[Mention]) -> tuple[Candidate | None, Filling]:
    """The best candidate; among those tied with it, the one whose parameters the question fills best."""
    if not ranked:
        return None, Filling()
    tied = [c for c in ranked if ranked[0].score - c.score <= TIE]
    scored = []
    for c in tied:
        filling = fill(catalog[c.query], mentions)
        scored.append((not filling.runnable, -(filling.exact + len(filling.ambiguous)), -c.score, c.query, c, filling))
    scored.sort(key=lambda t: t[:4])
    return scored[0][4], scored[0][5]


def _query_suggestions(catalog, ranked: list[Candidate]) -> list[Suggestion]:
    return [Suggestion("query", c.query, f"{catalog[c.query].title} — e.g. “{c.example}”", c.score)
            for c in ranked[:SUGGESTIONS]]


def _value_suggestions(text: str, values: list[str], kind: str) -> list[Suggestion]:
    """The values of a kind closest to ``text`` (rapidfuzz WRatio), or the first few when nothing is close."""
    from rapidfuzz import fuzz, process

    if not values:
        return []
    hits = process.extract(text, values, scorer=fuzz.WRatio, limit=SUGGESTIONS) if text else []
    chosen = [h[0] for h in hits if h[1] >= 50] or values[:SUGGESTIONS]
    return [Suggestion(kind, v) for v in chosen]


def _leftover(question: str, mentions: list[Mention], known_words: set[str]) -> str:
    """Runs of capitalised words after the first word that no mention wholly covers and that are not all the
    catalogue's own words: what the asker probably meant as a name ("Atlantis", "World Cup")."""
    groups: list[list[tuple[str, bool]]] = [[]]
    for match in list(re.finditer(r"[\w’'-]+", question))[1:]:
        word = match.group(0)
        if not word[:1].isupper() or word.lower() in STOP_WORDS:
            groups.append([])
            continue
        named = any(m.start <= match.start() < m.end for m in mentions) or word.lower() in known_words
        groups[-1].append((word, named))
    return " ".join(" ".join(w for w, _ in g) for g in groups if g and not all(named for _, named in g))


def _unknown_market(question: str, mentions: list[Mention], known_words: set[str]) -> str | None:
    """Words just before "market" that name no market of the graph ("the quantum widget market")."""
    for match in re.finditer(r"((?:[\w’'-]+\s+){1,4})(?:" + "|".join(MARKET_NOUNS) + r")\b", question, re.IGNORECASE):
        if any(m.start < match.end() and m.end > match.start() for m in mentions if m.kind.endswith("market")):
            continue
        run = []
        for word in reversed(match.group(1).split()):
            if word.lower() in STOP_WORDS or word.lower() in known_words:
                break
            run.insert(0, word)
        if run and market_key(" ".join(run)) not in ("", *STOP_WORDS) and \
                any(w.lower() not in known_words for w in market_key(" ".join(run)).split()):
            return " ".join(run)
    return None


def _blocked(query, filling: Filling, vocabulary: Vocabulary, question: str, known_words: set[str], catalog,
             ranked: list[Candidate], mentions: list[Mention], store) -> tuple[str, list[Suggestion]] | None:
    """Why the chosen query cannot run as asked, with what to ask instead; None when it can."""
    if filling.ambiguous:
        name, values = next(iter(filling.ambiguous.items()))
        written = {m.value: m.text for m in mentions}
        return (f"{query.name} takes one {name}, and the question names several: "
                f"{', '.join(written.get(v, v) for v in values)}; ask for one",
                [Suggestion(name, v, written.get(v, "")) for v in values])
    if filling.missing:
        name = filling.missing[0]
        param = query.params[name]
        kind = "country" if param.type == "iso-country" else "region" if name == "region" else \
            "market" if name in ("market",) else "report" if name == "report_id" else name
        sibling = next((m for m in filling.unused if {m.kind, kind} == {"country", "region"}), None)
        if sibling is not None:  # "reports covering India": India is a country, the query takes a region
            return (f"{query.name} takes a {kind}, and {sibling.text!r} is a {sibling.kind}",
                    _regions_of(store, sibling.value) if sibling.kind == "country" else
                    _query_suggestions(catalog, [c for c in ranked if "region" in catalog[c.query].params]))
        leftover = _leftover(question, mentions, known_words)
        values = vocabulary.values(kind)
        if kind == "country":
            values = sorted({v.title() for v in vocabulary.labels("country") if len(v) > 3})
        runnable = [c for c in ranked[:SUGGESTIONS + 2] if c.query != query.name and fill(catalog[c.query], mentions).runnable]
        suggestions = (_value_suggestions(leftover, values, kind) if leftover else
                       [Suggestion(name, param.example or "", param.description)])
        return (f"{query.name} needs a {name} ({param.description}), and the question names none the graph knows"
                + (f" (no {kind} called {leftover!r})" if leftover else ""),
                suggestions + _query_suggestions(catalog, runnable))
    blocking = filling.blocking_unused
    if blocking:
        mention = blocking[0]
        takers = [c for c in ranked if fill(catalog[c.query], [mention]).runnable and catalog[c.query].params]
        return (f"the closest query, {query.name}, cannot filter by {mention.kind}, and the question names "
                f"{mention.text!r}: its answer would ignore that",
                _query_suggestions(catalog, takers) or _query_suggestions(catalog, ranked))
    return None


_REGIONS_OF = """PREFIX mkg: <https://w3id.org/mkg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?label WHERE { GRAPH <https://w3id.org/mkg/graph/linking> {
  ?country mkg:iso3166Alpha2 ?code ; mkg:withinRegion+ ?region . ?region a mkg:Region ; rdfs:label ?label } }
ORDER BY ?label"""


def _regions_of(store, code: str) -> list[Suggestion]:
    """The regions of the graph a country lies in (the code bound as a parameter, never spliced)."""
    import pyoxigraph as ox

    rows = store.query(_REGIONS_OF, {"code": ox.Literal(code)}).rows
    return [Suggestion("region", row["label"].value, f"contains {code}") for row in rows]
