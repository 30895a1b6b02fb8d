"""Search evaluation: recall@5, MRR@10 and latency for lexical only, dense only and fused (issue 14).

    python bench/search_eval.py                       # quality: tests/data/search/queries.yaml
    python bench/search_eval.py --scale 10000         # speed: ingest + index N synthetic reports, search over HTTP

Quality: the corpus is the seed report, tests/data/search/S*.yaml, 30 synthetic reports (gen_corpus, seed 7)
and, when ../shared/extract-dev exists, its 30 real excerpts (drafted by extraction). Each query's relevant
facts are the facts matching its judgements (REPORT|TYPE|WORDS). recall@5 is capped recall,
|relevant ∩ top 5| / min(|relevant|, 5), averaged over queries; MRR@10 is the mean of 1/rank of the first
relevant fact in the top 10 (0 if none). Latency is per search, in process (encoding the query included).

Scale: ``--scale N`` writes N synthetic reports (bench/gen_corpus.py), ingests them with ``mkg ingest``'s
Python API into a fresh store, times the ingest and the index sync separately, then serves the store
(``mkg serve``) and times every evaluation query over HTTP in each mode (``--rounds`` times).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kg.ingest import ingest  # noqa: E402
from kg.pipeline import shipped_cards  # noqa: E402
from kg.search import SearchIndex  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

DATA = ROOT / "tests" / "data" / "search"
EXTRACT_DEV = ROOT.parent / "shared" / "extract-dev"
MODES = ("lexical", "dense", "hybrid")


def load_queries(with_extract_dev: bool) -> list[dict]:
    queries = yaml.safe_load((DATA / "queries.yaml").read_text(encoding="utf-8"))
    return [q for q in queries if with_extract_dev or q.get("needs") != "extract-dev"]


def relevant_keys(index: SearchIndex, judgements: list[str]) -> set[str]:
    keys = set()
    for judgement in judgements:
        report, kind, words = judgement.split("|", 2)
        rows = index.db.execute("SELECT iri FROM facts WHERE report LIKE ? AND type = ? AND lower(text) LIKE ?",
                                (f"{report}%", kind, f"%{words.lower()}%")).fetchall()
        if not rows:  # extraction no longer yields that fact: the query counts as missed, not as unjudged
            print(f"judgement {judgement!r} matches no fact in the index: its query scores 0", file=sys.stderr)
        keys.update(r[0] for r in rows)
    return keys


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def evaluate(index: SearchIndex, queries: list[dict], rounds: int = 3) -> dict[str, dict[str, float]]:
    table = {}
    judged = [(q["q"], relevant_keys(index, q["relevant"])) for q in queries]
    for mode in MODES:
        recalls, reciprocal, latencies, misses = [], [], [], []
        for query, relevant in judged:
            for _ in range(rounds):
                started = time.perf_counter()
                hits = index.search(query, limit=10, mode=mode)
                latencies.append(1000 * (time.perf_counter() - started))
            ranked = [h.iri for h in hits]
            recalls.append(len(relevant & set(ranked[:5])) / min(len(relevant), 5) if relevant else 0.0)
            first = next((i for i, iri in enumerate(ranked, start=1) if iri in relevant), None)
            reciprocal.append(1 / first if first else 0.0)
            if recalls[-1] < 1:
                misses.append(query)
        table[mode] = {"recall@5": statistics.mean(recalls), "MRR@10": statistics.mean(reciprocal),
                       "p50 ms": percentile(latencies, 0.5), "p99 ms": percentile(latencies, 0.99), "misses": misses}
    return table


def print_table(table: dict[str, dict], title: str) -> None:
    print(title)
    print(f"{'mode':<10} {'recall@5':>9} {'MRR@10':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for mode, row in table.items():
        print(f"{mode:<10} {row['recall@5']:>9.3f} {row['MRR@10']:>8.3f} {row['p50 ms']:>8.1f} {row['p99 ms']:>8.1f}")


def quality(args) -> None:
    from gen_corpus import generate

    with_extract_dev = EXTRACT_DEV.is_dir() and not args.no_extract_dev
    work = Path(tempfile.mkdtemp(prefix="mkg-search-eval-"))
    generate(30, work / "synthetic", seed=7)
    paths = [*shipped_cards(), *sorted(DATA.glob("S*.yaml")), work / "synthetic" / "cards"]
    if with_extract_dev:
        paths += sorted(EXTRACT_DEV.glob("*.txt"))
    store = OxigraphStore(work / "store")
    summary = ingest(paths, store, workers=args.workers)
    index = SearchIndex(work / "store.search")
    started = time.perf_counter()
    changes = index.sync(store)
    seconds = time.perf_counter() - started
    queries = load_queries(with_extract_dev)
    print(f"corpus: {summary.count('loaded')} reports ({summary.count('rejected')} rejected), {changes.facts} facts; "
          f"ingest {summary.wall_seconds:.1f} s, index {seconds:.1f} s; {len(queries)} queries"
          f"{'' if with_extract_dev else ' (without the extract-dev excerpts)'}")
    table = evaluate(index, queries, rounds=args.rounds)
    print_table(table, "")
    if args.verbose:
        for mode, row in table.items():
            print(f"{mode} misses: {row['misses']}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scale(args) -> None:
    import httpx
    from gen_corpus import generate

    work = Path(args.work or tempfile.mkdtemp(prefix="mkg-search-scale-"))
    store_path = work / "store"
    if not store_path.exists():
        generate(args.scale, work / "corpus", seed=7)
        store = OxigraphStore(store_path)
        summary = ingest([work / "corpus" / "cards", *shipped_cards(), *sorted(DATA.glob("S*.yaml"))], store,
                         workers=args.workers)
        index = SearchIndex(Path(f"{store_path}.search"))
        started = time.perf_counter()
        changes = index.sync(store)
        seconds = time.perf_counter() - started
        print(f"{summary.count('loaded')} reports ingested in {summary.wall_seconds:.1f} s; index: {changes.facts} facts, "
              f"{index.db.execute('SELECT COUNT(*) FROM vectors').fetchone()[0]} distinct wordings, {seconds:.1f} s "
              f"= {100 * seconds / summary.wall_seconds:.1f} % of the ingest time")
        del store, index
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_path), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        queries = [q["q"] for q in load_queries(with_extract_dev=False)]
        with httpx.Client(base_url=base, timeout=30) as client:
            client.get("/api/search", params={"q": "warm up"})  # opens the index and loads the model
            print(f"\nover HTTP, {len(queries)} queries x {args.rounds} rounds, limit 10, at {args.scale} synthetic reports")
            print(f"{'mode':<10} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
            for mode in MODES:
                latencies = []
                for _ in range(args.rounds):
                    for query in queries:
                        started = time.perf_counter()
                        response = client.get("/api/search", params={"q": query, "mode": mode, "limit": 10})
                        latencies.append(1000 * (time.perf_counter() - started))
                        response.raise_for_status()
                print(f"{mode:<10} {percentile(latencies, 0.5):>8.1f} {percentile(latencies, 0.99):>8.1f} "
                      f"{max(latencies):>8.1f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, help="time ingest, indexing and HTTP search at this many synthetic reports")
    ap.add_argument("--work", help="--scale: working directory (reused if it already holds the store)")
    ap.add_argument("--rounds", type=int, default=3, help="times each query is run (latency)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-extract-dev", action="store_true", help="leave out ../shared/extract-dev even if present")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the queries each mode misses")
    args = ap.parse_args(argv)
    scale(args) if args.scale else quality(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
