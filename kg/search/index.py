"""The search index: every searchable fact of the store, lexical + dense, kept in step with the store.

Layout (``path`` = the store directory + ``.search``, or in memory): ``facts.sqlite`` holds the facts,
the reports they belong to (with the card digest each was indexed from) and one vector per distinct
wording; ``lexical/`` is the Tantivy index. :meth:`SearchIndex.sync` compares the store's report
digests with the indexed ones and re-indexes exactly the reports added, replaced or removed, so after a
sync the index holds what the store holds — whatever wrote to the store (ingest, build, SPARQL Update).

Ingest does not leave the index to a sync afterwards: :meth:`SearchIndex.following_ingest` gives it a sink
(``kg.ingest.ReportSink``) through which each report's facts, drafted by the ingest worker from the quads it
built, are indexed in a thread of their own as soon as the report is in the store, while the workers go on
with the next reports. A sync then finds nothing left to do, unless something else wrote to the store.

>>> from kg.pipeline import build_store, shipped_cards
>>> from kg.store import OxigraphStore
>>> store = OxigraphStore(); _ = build_store(shipped_cards(), store, reasoning=False)
>>> index = SearchIndex()
>>> index.sync(store)
SyncSummary(added=1, replaced=0, removed=0, facts=35)
>>> hit = index.search("cost of second opinions", limit=1)[0]
>>> hit.type, hit.highlighted
('restraint', 'High <mark>cost</mark> of <mark>second</mark> <mark>opinion</mark> services')
"""

from __future__ import annotations

import hashlib
import json
import queue
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kg import iri
from kg.errors import BadParameter
from kg.search import facts as facts_module
from kg.search.dense import DenseView
from kg.search.embed import MODEL_ID, Encoder
from kg.search.facts import TYPES, ReportDraft, ReportFacts
from kg.search.fuse import MODES, combine
from kg.search.lexical import SCHEMA_VERSION, LexicalIndex
from kg.store import Store

if TYPE_CHECKING:
    from kg.ingest import ReportSink

INDEX_VERSION = f"mkg.search.v4/{SCHEMA_VERSION}/{MODEL_ID}"
DEPTH = 100  # candidates each retriever hands to fusion
# Fusion (kg.search.fuse.combine): 0.1 × lexical + 0.9 × dense, each score divided by its list's best. Chosen
# with `bench/search_eval.py --sweep` over tests/data/search/queries.yaml (researchers' paraphrases): 0.1 is best
# there (recall@5 0.881 against dense alone 0.864) and from 0.25 up recall falls below dense alone, because on
# paraphrases BM25's best hits often share only one word with the query (a player "Cobalt Systems" for "shortage
# of cobalt"): lexical scores should only tip the balance between facts the sentence model finds about as close.
# The gain is one query of 59 ("priced above the conventional alternative"); left out, it is not found by the
# weight the other 58 choose, so the leave-one-out estimate equals dense alone. Weighted reciprocal-rank fusion
# measured the same way scores lower (leave-one-out recall@5 0.856): a rank keeps no trace of how weak BM25's
# best match is.
FUSION_WEIGHTS = {"lexical": 0.1, "dense": 0.9}
SYNC_BATCH = 2000  # reports read from the store, encoded and written per step while syncing
# Batches of ingested reports waiting for the indexing thread: it may fall behind the ingest for a while
# (encoding is its slow step), but never by more than this, so memory stays bounded whatever the corpus size.
INGEST_QUEUE_BATCHES = 32
# A meta key set while facts are committed whose full-text documents are not yet (ingest commits Tantivy once, at
# the end): found on opening, after a crash, it has the full text rebuilt from the facts table.
FULL_TEXT_BEHIND = "full-text-behind"
# Figures and growth rates are numbers: full text finds them ("USD 7.12 billion", "16.3%"), a sentence model
# adds nothing, and each is worded differently, so embedding them would cost most of the indexing time.
LEXICAL_ONLY_TYPES = frozenset({"value", "growth-rate"})
STOP_WORDS = frozenset("a an and are as at be by for from in into is it of on or the to with".split())

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS reports (report TEXT PRIMARY KEY, digest TEXT, market TEXT, market_iri TEXT,
                                    publisher TEXT, year INTEGER, regions TEXT);
CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, report TEXT, iri TEXT, type TEXT, text TEXT, quote TEXT,
                                  vector INTEGER);
CREATE INDEX IF NOT EXISTS facts_report ON facts(report);
CREATE INDEX IF NOT EXISTS facts_iri ON facts(iri);
CREATE TABLE IF NOT EXISTS vectors (id INTEGER PRIMARY KEY, hash TEXT UNIQUE, vector BLOB);
"""


class UnknownFact(BadParameter):
    """No indexed fact has this IRI (or it has no words to compare)."""

    def __init__(self, expected: str):
        super().__init__("iri", expected)


@dataclass(frozen=True)
class Filters:
    """What a search may return. Each given field must match; matching ignores case.

    ``types``: fact types (see ``kg.search.facts.TYPES``); ``market``: part of the market's name, or its
    IRI; ``report``: a report id or IRI; ``publisher``: part of the publisher's name; ``region``: a
    region the report covers (name or abbreviation, "Europe", "APAC"); ``year``: the report's year.
    """

    types: tuple[str, ...] = ()
    market: str | None = None
    report: str | None = None
    publisher: str | None = None
    region: str | None = None
    year: int | None = None

    def __post_init__(self) -> None:
        unknown = [t for t in self.types if t not in TYPES]
        if unknown:
            raise BadParameter("type", f"one of {', '.join(TYPES)} (got {', '.join(unknown)})")

    @property
    def narrows_reports(self) -> bool:
        return any(v is not None for v in (self.market, self.report, self.publisher, self.region, self.year))


@dataclass
class Hit:
    """One answer: the fact, where it comes from, and why it ranks here (``ranks`` per retriever)."""

    iri: str
    type: str
    text: str
    quote: str
    highlighted: str
    report: str
    report_iri: str
    market: str
    publisher: str | None
    year: int | None
    score: float
    ranks: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class SyncSummary:
    added: int = 0
    replaced: int = 0
    removed: int = 0
    facts: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)


@dataclass(frozen=True)
class Snapshot:
    view: DenseView
    reports: dict[str, tuple]  # report id → (digest, market, market IRI, publisher, year, regions JSON)
    codes: dict[str, int]  # report id → its code in view.reports


def _wording(fact) -> str:
    return hashlib.sha1(fact.content.encode()).hexdigest()


def index_path(store_path: Path) -> Path:
    """Where the index of the embedded store at ``store_path`` lives: beside it, ``<store>.search``."""
    return Path(f"{Path(store_path)}.search")


def highlight(quote: str, query: str) -> str:
    """``quote`` with the words that share a stem with a query word wrapped in ``<mark>``.

    >>> highlight("High cost of second opinion services", "costs of opinions")
    'High <mark>cost</mark> of second <mark>opinion</mark> services'
    """
    terms = [t for t in re.findall(r"\w+", query.lower()) if t not in STOP_WORDS and len(t) > 1]

    def matches(word: str) -> bool:
        w = word.lower()
        for t in terms:
            common = len(w) if w == t else next((i for i, (a, b) in enumerate(zip(w, t)) if a != b), min(len(w), len(t)))
            if w == t or (common >= 4 and common >= min(len(w), len(t)) - 2):
                return True
        return False

    return re.sub(r"\w+", lambda m: f"<mark>{m.group(0)}</mark>" if matches(m.group(0)) else m.group(0), quote)


class SearchIndex:
    """Search over the facts of one store. Thread-safe; ``path=None`` keeps everything in memory."""

    def __init__(self, path: Path | None = None, encoder: Encoder | None = None):
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
        self._encoder = encoder
        self._lock = threading.RLock()
        self.db = sqlite3.connect(":memory:" if self.path is None else str(self.path / "facts.sqlite"),
                                  check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL" if self.path is not None else "PRAGMA journal_mode=MEMORY")
        self.db.executescript(DDL)
        self.lexical = LexicalIndex(None if self.path is None else self.path / "lexical")
        self._view: Snapshot | None = None
        self.synced_version: str | None = None
        self._check_consistency()

    # ------------------------------------------------------------------ state

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = Encoder.load()
        return self._encoder

    def _check_consistency(self) -> None:
        """Start again if the index was made by another version; rebuild the lexical part if a crash
        left it out of step with the facts (the facts table is the record)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if row is None or row[0] != INDEX_VERSION:
            self.db.executescript("DELETE FROM facts; DELETE FROM reports; DELETE FROM vectors;")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
            self.lexical.clear()
            self.lexical.commit()
        count = self.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
        behind = self.db.execute("SELECT 1 FROM meta WHERE key = ?", (FULL_TEXT_BEHIND,)).fetchone() is not None
        if behind or len(self.lexical) != count:
            self.lexical.clear()
            self.lexical.add(self.db.execute("SELECT key, report, type, text, quote FROM facts"))
            self.lexical.commit()
            self.db.execute("DELETE FROM meta WHERE key = ?", (FULL_TEXT_BEHIND,))

    def indexed_digests(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT report, digest FROM reports"))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]

    # ------------------------------------------------------------------ writes

    def sync(self, store: Store) -> SyncSummary:
        """Bring the index in step with ``store``: index added and replaced reports, drop removed ones."""
        with self._lock:
            stored = facts_module.report_digests(store)
            indexed = self.indexed_digests()
            removed = [r for r in indexed if r not in stored]
            changed = sorted(r for r, digest in stored.items() if indexed.get(r) != digest)
            summary = SyncSummary(added=sum(1 for r in changed if r not in indexed),
                                  replaced=sum(1 for r in changed if r in indexed), removed=len(removed))
            if summary.changed:
                with self._transaction():
                    for report in removed + changed:
                        self._forget(report)
                    for batch in facts_module.report_fact_batches(store, changed, SYNC_BATCH):
                        summary.facts += self._add(batch)
                    self.lexical.commit()
            self.synced_version = getattr(store, "version", None)
            return summary

    @contextmanager
    def following_ingest(self, store: Store) -> Iterator[ReportSink]:
        """A sink for ``kg.ingest.ingest(…, sink=…)`` that indexes each batch of reports as soon as it is in
        ``store``; leaving the ``with`` block waits until every batch is indexed (and raises what indexing
        raised). The facts come from the quads the ingest workers built (``facts.draft_from_built``), the
        names of shared entities from ``store``: the same facts a sync would read back from the store.

        >>> from kg.ingest import ingest
        >>> from kg.pipeline import shipped_cards
        >>> from kg.store import OxigraphStore
        >>> store, index = OxigraphStore(), SearchIndex()
        >>> with index.following_ingest(store) as sink:
        ...     _ = ingest(shipped_cards(), store, workers=1, sink=sink)
        >>> len(index), index.sync(store).changed
        (35, False)
        """
        from kg.ingest import ReportSink  # here: kg.ingest loads the SHACL engine, which searching never needs

        follower = _IngestFollower(self, store)
        try:
            yield ReportSink(derive=facts_module.draft_from_built, loaded=follower.put)
        finally:
            follower.close()

    def index_drafts(self, store: Store, drafts: list[ReportDraft]) -> int:
        """Index (add, or replace) the reports of ``drafts``, the names of shared entities from ``store``;
        the number of facts indexed. The facts are committed in one transaction; their full text is searchable
        after :meth:`commit_full_text` (a crash before it has the full text rebuilt when the index next opens)."""
        reports = facts_module.resolve_drafts(store, drafts)
        with self._lock, self._transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, '1')", (FULL_TEXT_BEHIND,))
            for report in reports:
                self._forget(report.report)
            return self._add(reports)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One SQLite transaction over the facts; on failure the full text is reopened as last committed and
        checked against the facts, and the error raised."""
        self.db.execute("BEGIN")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            self.lexical = LexicalIndex(None if self.path is None else self.path / "lexical")
            self._check_consistency()
            raise
        finally:
            self._view = None

    def _forget(self, report: str) -> None:
        self.db.execute("DELETE FROM facts WHERE report = ?", (report,))
        self.db.execute("DELETE FROM reports WHERE report = ?", (report,))
        self.lexical.delete_report(report)

    def commit_full_text(self) -> None:
        """Make the full text of the facts :meth:`index_drafts` indexed searchable."""
        with self._lock:
            self.lexical.commit()
            self.db.execute("DELETE FROM meta WHERE key = ?", (FULL_TEXT_BEHIND,))

    def _add(self, reports: list[ReportFacts]) -> int:
        rows = [f for r in reports for f in r.facts]
        wordings = {_wording(f): f.content for f in rows if f.type not in LEXICAL_ONLY_TYPES}
        known = self._vector_ids(list(wordings))
        missing = [h for h in wordings if h not in known]
        if missing:
            vectors = self.encoder.encode([wordings[h] for h in missing])
            self.db.executemany("INSERT INTO vectors (hash, vector) VALUES (?, ?)",
                                [(h, v.astype(np.float16).tobytes()) for h, v in zip(missing, vectors)])
            known.update(self._vector_ids(missing))
        self.db.executemany("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(r.report, r.digest, r.market, r.market_iri, r.publisher, r.year, json.dumps(r.regions))
                             for r in reports])
        self.db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(f.key, f.report, f.iri, f.type, f.text, f.quote,
                              None if f.type in LEXICAL_ONLY_TYPES else known[_wording(f)]) for f in rows])
        self.lexical.add((f.key, f.report, f.type, f.text, f.quote) for f in rows)
        return len(rows)

    def _vector_ids(self, hashes: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"SELECT hash, id FROM vectors WHERE hash IN ({marks})", chunk))
        return found

    # ------------------------------------------------------------------ reads

    def _snapshot(self) -> Snapshot:
        """The in-memory view searches read (rebuilt after a sync changed something), taken whole so a
        sync in another thread never mixes two states into one search."""
        with self._lock:
            if self._view is None:
                report_rows = {r[0]: r[1:] for r in self.db.execute(
                    "SELECT report, digest, market, market_iri, publisher, year, regions FROM reports ORDER BY report")}
                codes = {r: i for i, r in enumerate(report_rows)}
                type_codes = {t: i for i, t in enumerate(TYPES)}
                keys, reports, types, vector_ids = [], [], [], []
                for key, report, kind, vector in self.db.execute(
                        "SELECT key, report, type, vector FROM facts WHERE vector IS NOT NULL"):
                    keys.append(key)
                    reports.append(codes[report])
                    types.append(type_codes[kind])
                    vector_ids.append(vector)
                used = sorted(set(vector_ids))
                position = {v: i for i, v in enumerate(used)}
                matrix = np.zeros((len(used), 384), dtype=np.float32)
                for start in range(0, len(used), 500):
                    chunk = used[start:start + 500]
                    marks = ",".join("?" * len(chunk))
                    for vid, blob in self.db.execute(f"SELECT id, vector FROM vectors WHERE id IN ({marks})", chunk):
                        matrix[position[vid]] = np.frombuffer(blob, dtype=np.float16)
                view = DenseView(keys=keys, reports=np.array(reports, dtype=np.int32),
                                 types=np.array(types, dtype=np.int8),
                                 rows=np.array([position[v] for v in vector_ids], dtype=np.int32), matrix=matrix)
                self._view = Snapshot(view, report_rows, codes)
            return self._view

    @staticmethod
    def _allowed_reports(snap: Snapshot, filters: Filters) -> set[str] | None:
        if not filters.narrows_reports:
            return None

        def fits(report: str, row: tuple) -> bool:
            _digest, market, market_iri, publisher, year, regions = row
            if filters.report is not None and filters.report not in (report, str(iri.report(report))):
                return False
            if filters.market is not None and not (filters.market == market_iri or filters.market.lower() in market.lower()):
                return False
            if filters.publisher is not None and filters.publisher.lower() not in (publisher or "").lower():
                return False
            if filters.region is not None and filters.region.lower() not in (r.lower() for r in json.loads(regions)):
                return False
            return filters.year is None or filters.year == year

        return {r for r, row in snap.reports.items() if fits(r, row)}

    @staticmethod
    def _masks(snap: Snapshot, filters: Filters, allowed: set[str] | None) -> tuple[np.ndarray | None, np.ndarray | None]:
        report_mask = None
        if allowed is not None:
            report_mask = np.zeros(len(snap.codes), dtype=bool)
            report_mask[[snap.codes[r] for r in allowed]] = True
        type_mask = None
        if filters.types:
            type_mask = np.array([t in filters.types for t in TYPES], dtype=bool)
        return report_mask, type_mask

    def search(self, query: str, filters: Filters = Filters(), limit: int = 10, mode: str = "hybrid") -> list[Hit]:
        """The facts that best answer ``query``, best first.

        ``mode``: ``hybrid`` (lexical and dense scores fused, see ``FUSION_WEIGHTS``), ``lexical`` (BM25) or
        ``dense`` (cosine). ``score`` is the fused score (at most 1), the BM25 score or the cosine, by mode.

        Raises:
            BadParameter: an unknown mode or fact type, a limit below 1.
        """
        if mode not in MODES:
            raise BadParameter("mode", f"one of {', '.join(MODES)}")
        if limit < 1:
            raise BadParameter("limit", "a positive integer")
        if not query.strip():  # nothing asked (blank, or only control characters): nothing found
            return []
        snap = self._snapshot()
        allowed = self._allowed_reports(snap, filters)
        if allowed is not None and not allowed:
            return []
        depth = max(DEPTH, limit)
        rankings: dict[str, list[tuple[str, float]]] = {}
        if mode in ("hybrid", "lexical"):
            rankings["lexical"] = self.lexical.search(query, depth, reports=allowed,
                                                      types=set(filters.types) if filters.types else None)
        if mode in ("hybrid", "dense"):
            report_mask, type_mask = self._masks(snap, filters, allowed)
            vector = self.encoder.encode([query])[0]
            rankings["dense"] = snap.view.search(vector, depth, report_mask=report_mask, type_mask=type_mask)
        if mode == "hybrid":
            fused = combine(rankings, FUSION_WEIGHTS)[:limit]
            chosen = [(f.id, f.score, f.ranks) for f in fused]
        else:
            (name, ranked), = rankings.items()
            chosen = [(key, score, {name: rank}) for rank, (key, score) in enumerate(ranked[:limit], start=1)]
        return self._hits(chosen, query)

    def similar(self, fact_iri: str, filters: Filters = Filters(), limit: int = 10,
                other_reports: bool = True) -> list[Hit]:
        """Facts most like the fact ``fact_iri`` by meaning (cosine), by default of its own type and from
        other reports: "the drivers of other markets most like this one".

        Raises:
            BadParameter: no indexed fact has this IRI.
        """
        snap = self._snapshot()
        row = self.db.execute("SELECT key, report, type, vector, text FROM facts WHERE iri = ? OR key = ? LIMIT 1",
                              (fact_iri, fact_iri)).fetchone()
        if row is None:
            raise UnknownFact("the IRI of an indexed fact (a hit's iri)")
        key, report, kind, vector_id, text = row
        if vector_id is None:
            raise UnknownFact(f"a fact with words to compare ({', '.join(sorted(LEXICAL_ONLY_TYPES))} are numbers)")
        blob = self.db.execute("SELECT vector FROM vectors WHERE id = ?", (vector_id,)).fetchone()[0]
        vector = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
        if not filters.types:
            filters = Filters(types=(kind,), market=filters.market, report=filters.report,
                              publisher=filters.publisher, region=filters.region, year=filters.year)
        allowed = self._allowed_reports(snap, filters)
        report_mask, type_mask = self._masks(snap, filters, allowed)
        exclude = snap.view.reports == snap.codes[report] if other_reports else \
            np.array([k == key for k in snap.view.keys], dtype=bool)
        ranked = snap.view.search(vector, limit, report_mask=report_mask, type_mask=type_mask, exclude=exclude)
        return self._hits([(k, s, {"dense": i}) for i, (k, s) in enumerate(ranked, start=1)], text)

    def _hits(self, chosen: list[tuple[str, float, dict[str, int]]], query: str) -> list[Hit]:
        if not chosen:
            return []
        marks = ",".join("?" * len(chosen))
        rows = {r[0]: r for r in self.db.execute(
            f"SELECT f.key, f.iri, f.type, f.text, f.quote, f.report, r.market, r.publisher, r.year "
            f"FROM facts f JOIN reports r ON r.report = f.report WHERE f.key IN ({marks})", [c[0] for c in chosen])}
        hits = []
        for key, score, ranks in chosen:
            if key not in rows:
                continue
            _key, fact_iri, kind, text, quote, report, market, publisher, year = rows[key]
            hits.append(Hit(iri=fact_iri, type=kind, text=text, quote=quote, highlighted=highlight(quote, query),
                            report=report, report_iri=str(iri.report(report)), market=market,
                            publisher=publisher, year=year, score=round(score, 6), ranks=ranks))
        return hits


class _IngestFollower:
    """The far end of :meth:`SearchIndex.following_ingest`: a thread that indexes the batches ingest hands over.
    Encoding (ONNX Runtime) and the store's name lookups release the GIL, so the thread uses the CPU the ingest
    leaves idle while its process waits for workers or the store. The Tantivy writes are committed once, at the
    end (each commit writes a segment); a crash before that leaves the facts table ahead, which opening the index
    repairs (``FULL_TEXT_BEHIND``), and the reports' digests tell a later sync what is missing."""

    def __init__(self, index: SearchIndex, store: Store):
        self.index, self.store = index, store
        self.queue: queue.Queue[list[ReportDraft] | None] = queue.Queue(INGEST_QUEUE_BATCHES)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="search-index-ingest", daemon=True)
        self.thread.start()

    def put(self, loaded: list[tuple[str, str, ReportDraft | None]]) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put([draft for _id, _digest, draft in loaded if draft is not None])

    def _run(self) -> None:
        while (drafts := self.queue.get()) is not None:
            if self.error is None and drafts:
                try:
                    self.index.index_drafts(self.store, drafts)
                except BaseException as err:  # kept for the ingest's thread, which raises it
                    self.error = err

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        self.index.commit_full_text()


def timed_sync(index: SearchIndex, store: Store) -> tuple[SyncSummary, float]:
    """``index.sync(store)`` and the seconds it took."""
    started = time.perf_counter()
    summary = index.sync(store)
    return summary, time.perf_counter() - started


def index_location(store: Store) -> Path | None:
    """Where the index of ``store`` lives: ``<store>.search`` beside an embedded store on disk; for a remote
    engine, ``data/search/<digest of its endpoint>``; None (in memory) for an in-memory store."""
    endpoint = getattr(store, "endpoint", None)
    if endpoint:
        return Path("data/search") / hashlib.sha256(str(endpoint).encode()).hexdigest()[:16]
    path = getattr(store, "path", None)
    return index_path(Path(path)) if path is not None else None


def open_index(store: Store) -> SearchIndex:
    """The index of ``store`` (see :func:`index_location`), not yet synced."""
    return SearchIndex(index_location(store))


__all__ = ["Filters", "Hit", "SearchIndex", "SyncSummary", "highlight", "index_location", "index_path", "open_index",
           "timed_sync"]
