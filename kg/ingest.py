"""Bulk ingest: many report files → build → validate → load, each report atomically, in parallel.

Worker processes read, build quads and validate them (SHACL on the report's own graph with the linking
table's classes; pyshacl-turbo reads the N-Quads the store will load) and hand the writer those N-Quads; the one writer
bulk-loads the new reports in large atomic batches (``OxigraphStore.replace_reports``) and replaces a
changed one in one transaction. An invalid report is rejected whole with its SHACL report and changes
nothing; a report whose card digest equals the stored one is left as it is (re-ingest is idempotent and
cheap). After a crash each report is fully present or fully absent, and running the ingest again
completes it. Reports stream through: at most a few per worker wait in memory, so memory does not grow
with the corpus.
"""

from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from kg.build import BuiltReport, build_quads
from kg.card import ReportCard
from kg.errors import MkgError, UnusableInput
from kg.store import SpooledNQuads, Store
from kg.validate import validate_and_serialise
from kg.vocab import MKG

CARD_SUFFIXES = (".yaml", ".yml", ".json")
TEXT_SUFFIXES = (".txt",)
# Bytes of N-Quads per bulk load: each load writes new files, so fewer, larger loads cost less (loading 3,000
# reports took 7.8 ms CPU a report in loads of 16 MiB, 6.5 ms in loads of 64 MiB, 6.2 ms in one; later, 5.6 ms in
# loads of 64 MiB, 4.8 ms in loads of 128 MiB, 5.0 in loads of 256 MiB); every report in a load is still whole. A
# batch fills a temporary file (``SpooledNQuads``), not memory. The first load is small and each next one twice the
# last, up to the largest, so that the first reports are in the store soon (and a small ingest is not one load).
FIRST_LOAD_BYTES = 16 * 2**20
# 64 MiB, not 128: the store's bulk loader holds about three times a load in memory (peak RSS at 10k 681 MiB at
# 64 MiB, 793 at 128), and peak memory at 100k is the tighter target (1 GB) than the 0.8 ms CPU a report it saves.
LOAD_BATCH_BYTES = 64 * 2**20  # about 550 reports
# A store is compacted after an ingest that loaded at least this share of its reports. Compaction rewrites the whole
# store (at 100,000 reports 290 s, a quarter of the ingest): worth it after a large load, whose bulk-loaded files
# overlap (a named query's first page took twice as long before it at 10,000 reports), not after a few reports added to
# a large store, which the store's own background compaction absorbs.
COMPACT_AFTER_SHARE = 0.1
# Reports read ahead per worker process: enough to keep it busy while a batch loads (about 150 reports' worth of
# work), with memory still bounded (a few MB of N-Quads per worker).
IN_FLIGHT_PER_WORKER = 64


def report_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to ingest: each file given, and every card or text file under each directory given
    (a text with a card of the same name beside it is left to the card).

    Raises:
        UnusableInput: a path does not exist.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in CARD_SUFFIXES + TEXT_SUFFIXES and p.is_file())
        elif path.exists():
            found.append(path)
        else:
            raise UnusableInput(f"no such file or directory: {path}")
    # A curated card beside its report text (as kg/cards ships them) wins over drafting the text again.
    cards = {(p.parent, p.stem) for p in found if p.suffix in CARD_SUFFIXES}
    return [p for p in found if p.suffix not in TEXT_SUFFIXES or (p.parent, p.stem) not in cards]


def read_report(path: Path) -> ReportCard:
    """A ReportCard from a card file, or drafted by extraction from a report text.

    Raises:
        UnusableInput: unreadable, not a card, or a text that cannot be drafted.
    """
    if path.suffix in TEXT_SUFFIXES:
        from kg.extract import extract_file

        return extract_file(path)
    return ReportCard.from_file(path)


@dataclass(frozen=True)
class ReportSink:
    """Something kept in step with what ingest writes (the search index), fed from the quads the workers build
    rather than read back from the store.

    ``derive`` runs in the worker process on each valid report's quads (so it must be a module-level function:
    it is sent to the worker); ``loaded`` runs in the ingesting process right after each batch of reports is in
    the store, with each report's (id, card digest, what ``derive`` returned).
    """

    derive: Callable[[BuiltReport], Any]
    loaded: Callable[[list[tuple[str, str, Any]]], None]


@dataclass
class Prepared:
    """One report after the worker's stages: statements to load, or why it was rejected."""

    path: str
    report_id: str | None = None
    digest: str | None = None
    nquads: bytes | None = None
    derived: Any = None  # what a ReportSink's derive made of the report's quads
    problem: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)


def prepare(path: Path, derive: Callable[[BuiltReport], Any] | None = None) -> Prepared:
    """Read, build and validate one report, and ``derive`` from its quads if given (runs in a worker process)."""
    prepared, clock = Prepared(str(path)), time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        prepared.seconds[stage] = now - clock
        clock = now

    try:
        card = read_report(path)
        prepared.report_id, prepared.digest = card.id, card.digest()
        lap("read")
        built = build_quads(card)
        lap("build")
        report, nquads = validate_and_serialise(built, label=str(path))  # what SHACL reads, and the store loads
        lap("validate")
        if report.conforms:
            prepared.nquads = nquads
            if derive is not None:
                prepared.derived = derive(built)
                lap("derive")
        else:
            prepared.problem = report.as_table()
    except (MkgError, ValueError) as err:  # ValueError: a drafted card the model refuses (pydantic)
        prepared.problem = f"{path}: {err}"
    return prepared


@dataclass
class Outcome:
    path: str
    report_id: str | None
    status: str  # loaded, unchanged, rejected
    problem: str | None = None


@dataclass
class IngestSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: Counter = field(default_factory=Counter)  # per stage, summed over reports
    wall_seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def rejected(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "rejected"]

    def as_table(self) -> str:
        n = len(self.outcomes)
        rate = n / self.wall_seconds if self.wall_seconds else 0.0
        lines = [f"{'loaded':>10} {'unchanged':>10} {'rejected':>10} {'total':>10} {'reports/s':>10}",
                 f"{self.count('loaded'):>10} {self.count('unchanged'):>10} {self.count('rejected'):>10} {n:>10} {rate:>10.1f}"]
        return "\n".join(lines)


def stored_digests(store: Store) -> dict[str, str]:
    rows = store.query(f"SELECT ?id ?digest WHERE {{ GRAPH ?g {{ ?r <{MKG.reportId}> ?id ; <{MKG.cardDigest}> ?digest }} }}").rows
    return {r["id"].value: r["digest"].value for r in rows}


def _prepared(files: list[Path], workers: int, derive: Callable[[BuiltReport], Any] | None = None) -> Iterator[Prepared]:
    """Each file prepared, in order. Only a bounded window is submitted ahead (``Executor.map`` would
    submit every file at once and hold every result the writer has not taken yet)."""
    if workers <= 1 or len(files) < 8:
        yield from map(partial(prepare, derive=derive), files)
        return
    with ProcessPoolExecutor(workers) as pool:
        window: deque[Future] = deque()
        for path in files:
            window.append(pool.submit(prepare, path, derive))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def ingest(paths: Iterable[str | Path], store: Store, *, workers: int | None = None,
           progress: Callable[[int, int], None] | None = None, sink: ReportSink | None = None,
           optimize: bool = True) -> IngestSummary:
    """Ingest report files into ``store``; see the module docstring for the guarantees.

    Args:
        workers: processes that read, build and validate (default: the machine's cores).
        progress: called with (done, total) after each report.
        sink: told of each batch of reports loaded (added or replaced), once it is in the store.
        optimize: compact the store once the reports are in, when the reports loaded are at least
            ``COMPACT_AFTER_SHARE`` of those it then holds (``Store.optimize``): queries read a compacted store about
            twice as fast.

    Raises:
        UnusableInput: a path does not exist.
    """
    from kg.pipeline import derived_stale, load_shared_graphs, mark_derived_stale, refresh_inferences

    started = time.perf_counter()
    files = report_files(paths)
    summary = IngestSummary()
    load_shared_graphs(store)
    known = stored_digests(store)
    seen: dict[str, str] = {}
    pending: list[Prepared] = []  # their N-Quads in ``spool``
    spool, batch_bytes = SpooledNQuads(), FIRST_LOAD_BYTES

    stale = derived_stale(store)  # a run killed after writing reports, before rebuilding what derives from them

    # A batch loads in a thread of its own while the workers' next reports are collected (the store works
    # outside the interpreter lock); one batch at a time, in order, each still one atomic bulk load.
    loader = ThreadPoolExecutor(1, thread_name_prefix="mkg-load")
    loading: Future | None = None

    def load(batch: list[Prepared], nquads: SpooledNQuads) -> list[Prepared]:
        clock = time.perf_counter()
        try:
            store.replace_reports(nquads)
        finally:
            nquads.close()
        summary.seconds["load"] += time.perf_counter() - clock
        return batch

    def finish_loading() -> None:
        nonlocal loading
        if loading is not None:
            batch = loading.result()
            if sink is not None:  # told once the batch is in the store
                clock = time.perf_counter()
                sink.loaded([(p.report_id, p.digest, p.derived) for p in batch])
                summary.seconds["sink"] += time.perf_counter() - clock
            summary.outcomes.extend(Outcome(p.path, p.report_id, "loaded") for p in batch)
            loading = None

    def flush_pending() -> None:
        nonlocal stale, spool, batch_bytes, loading
        if not stale:
            mark_derived_stale(store)
            stale = True
        finish_loading()  # at most one batch loading and one filling: memory stays bounded
        loading = loader.submit(load, list(pending), spool)
        pending.clear()
        spool, batch_bytes = SpooledNQuads(), min(2 * batch_bytes, LOAD_BATCH_BYTES)

    for done, prepared in enumerate(_prepared(files, workers or os.cpu_count() or 1, sink and sink.derive), start=1):
        summary.seconds.update(prepared.seconds)
        if prepared.problem is None and prepared.report_id in seen:
            prepared.problem = f"{prepared.path}: report id {prepared.report_id} is also used by {seen[prepared.report_id]}"
        if prepared.problem is not None:
            summary.outcomes.append(Outcome(prepared.path, prepared.report_id, "rejected", prepared.problem))
        elif known.get(prepared.report_id) == prepared.digest:
            summary.outcomes.append(Outcome(prepared.path, prepared.report_id, "unchanged"))
        else:
            spool.append(prepared.report_id, prepared.nquads)
            prepared.nquads = None  # in the spool now
            pending.append(prepared)
            if spool.size >= batch_bytes:
                flush_pending()
        if prepared.report_id and prepared.problem is None:
            seen[prepared.report_id] = prepared.path
        if progress:
            progress(done, len(files))
    if pending:
        flush_pending()
    finish_loading()
    spool.close()

    def compact() -> None:
        clock = time.perf_counter()
        store.optimize()
        summary.seconds["optimize"] += time.perf_counter() - clock

    # The store compacts (one core) while HermiT reasons (a JVM of its own, about one and a half cores): at 10,000
    # reports the two took 11 s and 6 s one after the other. Writing the derived graphs meanwhile is safe: the
    # store takes writes while it compacts.
    loaded = [o.report_id for o in summary.outcomes if o.status == "loaded"]
    held = len(known) + sum(1 for report_id in loaded if report_id not in known)
    compacting = loader.submit(compact) if optimize and loaded and len(loaded) >= COMPACT_AFTER_SHARE * held else None
    if stale:
        clock = time.perf_counter()
        refresh_inferences(store)
        summary.seconds["infer"] += time.perf_counter() - clock
    if compacting is not None:
        compacting.result()
    loader.shutdown()
    store.flush()
    summary.wall_seconds = time.perf_counter() - started
    return summary
