"""Full-text libraries for kg/search/lexical.py: Tantivy vs bm25s on the facts of a store.

    python bench/search_libs.py --store /tmp/store      # a store made by mkg ingest (pip install '.[bench]')

Prints, for each library: the time to index every fact, p50/p99 of a top-100 search (the evaluation's
queries), and the time to replace one report's facts (what an ingest of a changed report costs the index).
bm25s has no delete: replacing a report means indexing the whole corpus again. bm25s runs without a
stemmer here (PyStemmer is not a dependency); Tantivy uses its ``en_stem`` analyser, as mkg does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.search.facts import report_facts  # noqa: E402
from kg.search.lexical import LexicalIndex  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn) -> tuple[object, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True, type=Path)
    args = ap.parse_args(argv)
    reports = report_facts(OxigraphStore(args.store, read_only=True))
    rows = [(f.key, f.report, f.type, f.text, f.quote) for r in reports for f in r.facts]
    queries = [q["q"] for q in yaml.safe_load((ROOT / "tests/data/search/queries.yaml").read_text())]
    changed = reports[len(reports) // 2]
    print(f"{len(rows)} facts of {len(reports)} reports; {len(queries)} queries; replacing {len(changed.facts)} facts")
    print(f"{'library':<10} {'index s':>8} {'p50 ms':>8} {'p99 ms':>8} {'replace 1 report ms':>20}")

    def tantivy_build() -> LexicalIndex:
        index = LexicalIndex()
        index.add(rows)
        index.commit()
        return index

    index, build = timed(tantivy_build)
    latencies = [timed(lambda q=q: index.search(q, 100))[1] * 1000 for q in queries for _ in range(3)]

    def tantivy_replace() -> None:
        index.delete_report(changed.report)
        index.add((f.key, f.report, f.type, f.text, f.quote) for f in changed.facts)
        index.commit()

    _, replace = timed(tantivy_replace)
    print(f"{'tantivy':<10} {build:>8.2f} {percentile(latencies, .5):>8.2f} {percentile(latencies, .99):>8.2f} "
          f"{replace * 1000:>20.1f}")

    import bm25s

    texts = [f"{text} {quote}" if quote != text else text for _k, _r, _t, text, quote in rows]

    def bm25s_build():
        retriever = bm25s.BM25()
        retriever.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)
        return retriever

    retriever, build = timed(bm25s_build)

    def bm25s_search(query: str):
        return retriever.retrieve(bm25s.tokenize([query], stopwords="en", show_progress=False),
                                  k=min(100, len(texts)), show_progress=False)

    latencies = [timed(lambda q=q: bm25s_search(q))[1] * 1000 for q in queries for _ in range(3)]
    _, replace = timed(bm25s_build)  # no delete in bm25s: the whole corpus again
    print(f"{'bm25s':<10} {build:>8.2f} {percentile(latencies, .5):>8.2f} {percentile(latencies, .99):>8.2f} "
          f"{replace * 1000:>20.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
