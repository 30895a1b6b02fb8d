"""Search evaluation: recall@5, MRR@10 and latency for lexical only, dense only and fused (issue 14).

    python bench/search_eval.py                       # quality: tests/data/search/queries.yaml
    python bench/search_eval.py --sweep               # and the fusion weights, chosen by leaving each query out
    python bench/search_eval.py --scale 10000         # speed: ingest + index N synthetic reports, search over HTTP

Quality: the corpus is the seed report, tests/data/search/S*.yaml, 30 synthetic reports (gen_corpus, seed 7)
and, when ../shared/extract-dev exists, its 30 real excerpts (drafted by extraction). Each query's relevant
facts are the facts matching its judgements (REPORT|TYPE|WORDS). recall@5 is capped recall,
|relevant ∩ top 5| / min(|relevant|, 5), averaged over queries; MRR@10 is the mean of 1/rank of the first
relevant fact in the top 10 (0 if none). Latency is per search, in process (encoding the query included).

Sweep: each query's lexical and dense lists (100 deep) are fused with every lexical weight of a grid
(``kg.search.fuse.combine``, and weighted RRF over a grid of weights and k); leave-one-out: for each query,
the weight best on the other queries (recall@5, then MRR@10) is applied to it, which estimates how well
choosing the weight on this set does on a query it was not chosen on.

Scale: ``--scale N`` writes N synthetic reports (bench/gen_corpus.py), ingests them with ``mkg ingest``'s
Python API into a fresh store, the index following, then serves the store
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
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from kg.ingest import ingest  # noqa: E402
from kg.pipeline import shipped_cards  # noqa: E402
from kg.search import SearchIndex  # noqa: E402
from kg.search.fuse import combine, rrf  # noqa: E402
from kg.search.index import DEPTH, FUSION_WEIGHTS  # noqa: E402
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


def scores(ranked: list[str], relevant: set[str]) -> tuple[float, float]:
    """(recall@5, reciprocal rank of the first relevant in the top 10) of one ranked list."""
    recall = len(relevant & set(ranked[:5])) / min(len(relevant), 5) if relevant else 0.0
    first = next((i for i, iri in enumerate(ranked[:10], start=1) if iri in relevant), None)
    return recall, 1 / first if first else 0.0


def sweep(index: SearchIndex, queries: list[dict]) -> None:
    """Fusion weights over a grid, and the leave-one-out estimate of choosing them on this set (see the docstring)."""
    judged = []
    for q in queries:
        lists = {mode: [(h.iri, h.score) for h in index.search(q["q"], limit=DEPTH, mode=mode)] for mode in ("lexical", "dense")}
        judged.append((lists, relevant_keys(index, q["relevant"])))
    families = {
        "combine": {(w,): (lambda lists, w=w: [f.id for f in combine(lists, {"lexical": w, "dense": 1 - w})])
                    for w in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)},
        "rrf": {(w, k): (lambda lists, w=w, k=k: [f.id for f in rrf({n: [i for i, _ in r] for n, r in lists.items()},
                                                                   k=k, weights={"lexical": w, "dense": 1.0})])
                for w in (0.1, 0.2, 0.3, 0.5, 1.0) for k in (1, 10, 60)},
    }
    print(f"\nsweep ({len(judged)} queries; now: combine, lexical weight {FUSION_WEIGHTS['lexical']})")
    for family, grid in families.items():
        per_query = {params: [scores(fuse(lists), relevant) for lists, relevant in judged] for params, fuse in grid.items()}
        for params, results in per_query.items():
            print(f"{family:<8} {'lexical weight' if family == 'combine' else 'lexical weight, k'} "
                  f"{', '.join(map(str, params)):<10} recall@5 {statistics.mean(r for r, _ in results):.3f} "
                  f"MRR@10 {statistics.mean(m for _, m in results):.3f}")
        held_out, chosen = [], []
        for i in range(len(judged)):
            def on_the_others(params):
                others = [r for j, r in enumerate(per_query[params]) if j != i]
                return statistics.mean(r for r, _ in others), statistics.mean(m for _, m in others)
            best = max(grid, key=on_the_others)
            chosen.append(best)
            held_out.append(per_query[best][i])
        counts = ", ".join(f"{', '.join(map(str, p))} ({n} times)" for p, n in Counter(chosen).most_common())
        print(f"{family:<8} leave-one-out: recall@5 {statistics.mean(r for r, _ in held_out):.3f} "
              f"MRR@10 {statistics.mean(m for _, m in held_out):.3f}; chosen: {counts}")


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
            recall, rr = scores([h.iri for h in hits], relevant)
            recalls.append(recall)
            reciprocal.append(rr)
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
    if args.sweep:
        sweep(index, queries)
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
        index = SearchIndex(Path(f"{store_path}.search"))
        started = time.perf_counter()
        with index.following_ingest(store) as sink:  # as `mkg ingest` does (bench/scale_bench.py has the baseline)
            summary = ingest([work / "corpus" / "cards", *shipped_cards(), *sorted(DATA.glob("S*.yaml"))], store,
                             workers=args.workers, sink=sink)
        index.sync(store)
        seconds = time.perf_counter() - started - summary.wall_seconds
        print(f"{summary.count('loaded')} reports ingested in {summary.wall_seconds:.1f} s, indexed as they were loaded: "
              f"{len(index)} facts, {index.db.execute('SELECT COUNT(*) FROM vectors').fetchone()[0]} distinct wordings, "
              f"done {seconds:.1f} s after the ingest")
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
    ap.add_argument("--sweep", action="store_true", help="fusion weights over a grid, chosen by leaving each query out")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the queries each mode misses")
    args = ap.parse_args(argv)
    scale(args) if args.scale else quality(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
