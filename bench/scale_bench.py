"""Scale benchmark: ingest and named-query cost at growing corpus sizes, printed as one table.

    python bench/scale_bench.py --sizes 1000,10000           # the acceptance run
    python bench/scale_bench.py --sizes 100000 --runs 10      # the long one

For each size: a synthetic corpus (bench/gen_corpus.py, not timed) is ingested end to end with
`kg.ingest` into a fresh embedded store (rate overall and per stage, store size on disk, peak
memory), then every named query runs ``--runs`` times uncached (p50/p99) on the embedded store, on
`oxigraph serve` over the same data (HTTP, union default graph) and on rdflib's in-memory engine
(loaded only up to ``--rdflib-max`` reports: it needs minutes at 10k; each query capped at
``--budget-s``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate  # noqa: E402
from http_bench import free_port, server  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.pipeline import shipped_cards  # noqa: E402
from kg.queries import QueryCatalog  # noqa: E402
from kg.sparql import with_values, without_lateral  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

BIN = Path(sys.executable).parent


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000


def time_runs(run, runs: int, budget_s: float) -> list[float] | None:
    """Up to ``runs`` timings of ``run``; None when one run exceeds the budget."""
    samples, deadline = [], time.monotonic() + budget_s * 3
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
        if samples[-1] > budget_s or time.monotonic() > deadline:
            break
    return samples


_RDFLIB_DATASET = None  # loaded once, then shared with each forked query process


def _rdflib_query(text: str, conn) -> None:
    start = time.perf_counter()
    list(_RDFLIB_DATASET.query(text))
    conn.send(time.perf_counter() - start)


def rdflib_timings(dump: Path, texts: dict[str, str], runs: int, budget_s: float) -> tuple[float, dict[str, list[float]]]:
    """Load the dump into rdflib once; time each query in a forked process that is killed at the budget
    (an rdflib query cannot be interrupted, and a thread left running would skew every later timing)."""
    import multiprocessing

    from rdflib import Dataset

    global _RDFLIB_DATASET
    clock = time.perf_counter()
    _RDFLIB_DATASET = Dataset(default_union=True)
    _RDFLIB_DATASET.parse(dump, format="nquads")
    load_s = time.perf_counter() - clock
    context = multiprocessing.get_context("fork")
    timings: dict[str, list[float]] = {}
    for name, text in texts.items():
        timings[name] = []
        for _ in range(runs):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_rdflib_query, args=(text, send))
            child.start()
            if receive.poll(budget_s):
                timings[name].append(receive.recv())
                child.join()
            else:
                child.kill()
                child.join()
                break
    _RDFLIB_DATASET = None
    return load_s, timings


def note(text: str) -> None:
    print(f"  … {text}", file=sys.stderr, flush=True)


def bench_size(size: int, args, catalog: QueryCatalog) -> list[str]:
    work = Path(tempfile.mkdtemp(prefix=f"mkg-scale-{size}-"))
    lines = []
    try:
        generate(size, work / "corpus", seed=args.seed)
        store_dir = work / "store"
        store = OxigraphStore(store_dir)
        note(f"{size}: ingesting")
        # The shipped seed card too, so that the named queries' examples have answers at every size.
        summary = ingest([work / "corpus" / "cards", *shipped_cards()], store, workers=args.workers)
        store.flush()
        quads = len(store)
        rate = len(summary.outcomes) / summary.wall_seconds
        stages = " ".join(f"{k} {v / len(summary.outcomes) * 1000:.1f}" for k, v in summary.seconds.items())
        lines.append(f"## {size} reports: {quads:,} quads, {summary.count('loaded')} loaded, "
                     f"{summary.count('rejected')} rejected")
        lines.append(f"ingest {rate:.1f} reports/s end to end ({summary.wall_seconds:.1f} s, {args.workers or os.cpu_count()} workers); "
                     f"per report ms (CPU, summed over workers): {stages}")
        lines.append(f"store on disk {dir_size(store_dir) / 2**20:.0f} MiB; peak RSS {peak_rss_mb():.0f} MiB")

        queries = {q.name: (q, q.bind({p.name: p.example for p in q.params.values() if p.example})) for q in catalog}
        results: dict[str, dict[str, str]] = {name: {} for name in queries}
        note(f"{size}: named queries on the embedded store")
        for name, (query, bindings) in queries.items():
            samples = time_runs(lambda: store.query(query.sparql, bindings).serialize("json"), args.runs, args.budget_s)
            p50, p99 = percentiles(samples)
            results[name]["embedded"] = f"{p50:17.1f} {p99:8.1f}"

        note(f"{size}: oxigraph serve")
        dump = work / "data.nq"
        dump.write_bytes(store.export("nquads"))
        del store
        subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(work / "ox"), "--file", str(dump)],
                       check=True, capture_output=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with server([str(BIN / "oxigraph"), "serve-read-only", "--location", str(work / "ox"),
                     "--union-default-graph", "--bind", f"127.0.0.1:{port}"], f"{base}/query?query=ASK%7B%7D"), \
                httpx.Client(timeout=args.budget_s) as client:
            for name, (query, bindings) in queries.items():
                text = with_values(query.sparql, bindings)

                def remote():
                    client.post(f"{base}/query", data={"query": text},
                                headers={"Accept": "application/sparql-results+json"}).raise_for_status()
                try:
                    p50, p99 = percentiles(time_runs(remote, args.runs, args.budget_s))
                    results[name]["oxigraph serve"] = f"{p50:17.1f} {p99:8.1f}"
                except httpx.HTTPError:
                    results[name]["oxigraph serve"] = f"{'timeout':>17} {'':>8}"

        if size <= args.rdflib_max:
            note(f"{size}: rdflib")
            texts = {name: without_lateral(with_values(query.sparql, bindings))  # LATERAL is Oxigraph's
                     for name, (query, bindings) in queries.items()}
            load_s, timings = rdflib_timings(dump, texts, min(args.runs, 5), args.budget_s)
            lines.append(f"rdflib in-memory load {load_s:.1f} s")
            for name, samples in timings.items():
                results[name]["rdflib"] = (f"{percentiles(samples)[0]:17.1f} {percentiles(samples)[1]:8.1f}"
                                           if samples else f"{'>%ds' % args.budget_s:>17} {'':>8}")
        else:
            lines.append(f"rdflib in-memory: not loaded above {args.rdflib_max} reports (--rdflib-max)")

        engines = ["embedded", "oxigraph serve", "rdflib"]
        lines.append(f"{'named query (ms)':<26}" + "".join(f" {e + ' p50':>17} {'p99':>8}" for e in engines))
        for name, row in results.items():
            missing = f"{'-':>17} {'':>8}"
            lines.append(f"{name:<26}" + "".join(f" {row.get(e, missing)}" for e in engines))
        embedded_p50 = [float(r["embedded"].split()[0]) for r in results.values()]
        lines.append(f"embedded: worst p50 {max(embedded_p50):.1f} ms, median p50 {statistics.median(embedded_p50):.1f} ms "
                     f"(target p50 <= 20 ms at 10k)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--runs", type=int, default=30, help="timed runs per query and engine")
    ap.add_argument("--budget-s", type=float, default=30.0, help="cap on one query run")
    ap.add_argument("--rdflib-max", type=int, default=1000, help="largest size also loaded into rdflib")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    catalog = QueryCatalog.load()
    for size in (int(s) for s in args.sizes.split(",")):
        for line in bench_size(size, args, catalog):
            print(line, flush=True)
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
