"""Scale benchmark (issue 12): ingest and every named query's first page at growing corpus sizes.

    python bench/scale_bench.py --reports 1000,10000        # the acceptance run
    python bench/scale_bench.py --reports 100000 --runs 10  # the long one

For each size, a synthetic corpus (bench/gen_corpus.py, not timed) and the shipped seed card are
ingested with ``kg.ingest`` into a fresh embedded store, as ``mkg ingest`` does. Printed:

- ingest: reports/s end to end, per-stage time per report, the CPU the ingest used (this process and its
  workers: on a machine others share, wall time moves with their load, CPU much less), store size on disk,
  peak RSS (the largest process: this one or a worker); the search index following the ingest as ``mkg ingest`` does, and the
  time it adds: the same ingest without it into a store of its own is the baseline (issue 14: <= 20 %);
  ``--ingest-only`` stops there;
- ``bulk_load``: the same quads (the store's own N-Quads dump) bulk-loaded into a fresh on-disk store in
  the same run, and ingest's rate as a fraction of that rate (target >= 0.5);
- every named query's first page (``limit=100``) over HTTP from ``mkg serve`` (read-only, answer cache
  off, so every request is evaluated): p50 and p99 in ms, rows, whether a next page came, the total;
  with no parameters (required ones given their example) and with every example parameter;
- the same first page as one SPARQL query (the query cut to 101 rows in its total order, what the
  service would run without its paging by keys and groups) through ``oxigraph serve`` on the same
  N-Quads (HTTP, union default graph) and through rdflib in memory (up to ``--rdflib-max`` reports;
  loading 10k reports into rdflib takes many minutes), each as the ratio of its p50 to ours (above 1:
  we are faster);
- the cached repeat: the same first page asked twice of a second ``mkg serve`` with its answer cache on
  (as served by default), the second request timed (p50, ms; target <= 2 ms);
- throughput: requests/s of each engine over the same first pages, asked one after another by one client
  (the timed requests above: their number over their summed time), as the geometric mean over the pages
  both engines answered within the budget, and ours as a ratio of theirs (targets: >= 0.5x ``oxigraph
  serve``, >= 10x rdflib);
- ``curl '/api/queries/report-summary?limit=20'``: status, Link header, rows, total, next.

``--keep --work DIR`` keeps a run's corpus, store and N-Quads dump; ``--reuse DIR/mkg-scale-N-…`` then benches
the queries on that store again without generating or ingesting anything (``--no-oxigraph`` leaves out the
comparison server, which reloads the dump each run).
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
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from http_bench import free_port, server  # noqa: E402

from kg.ingest import ingest  # noqa: E402
from kg.paging import paged_text  # noqa: E402
from kg.pipeline import shipped_cards  # noqa: E402
from kg.queries import QueryCatalog  # noqa: E402
from kg.sparql import with_values, without_lateral  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

BIN = Path(sys.executable).parent
FIRST_PAGE = 100


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def cpu_seconds() -> float:
    """CPU used so far by this process and its children that have ended (ingest's workers, once it returns)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def throughput(samples: list[float]) -> float:
    """Requests per second of requests made one after another: their number over their summed time."""
    return len(samples) / sum(samples)


def throughput_line(ours: dict, others: dict[str, dict], targets: dict[str, float]) -> str:
    """Ours against each other engine: the geometric mean of requests/s over the first pages both answered
    within the budget (pages one of them did not answer are left out, and counted)."""
    answered_ours = [key for key, (samples, body) in ours.items() if "error" not in body]
    parts = [f"ours {statistics.geometric_mean([throughput(ours[key][0]) for key in answered_ours]):.1f} over all "
             f"{len(answered_ours)} first pages"]
    for name, other in others.items():
        both = [key for key in answered_ours if other.get(key)]
        if not both:
            parts.append(f"{name}: no first page answered within the budget")
            continue
        mine = statistics.geometric_mean([throughput(ours[key][0]) for key in both])
        theirs = statistics.geometric_mean([throughput(other[key]) for key in both])
        parts.append(f"against {name} over the {len(both)} pages it answered (left out: {len(answered_ours) - len(both)}): "
                     f"ours {mine:.1f}, {name} {theirs:.1f}, ours / {name} = {mine / theirs:.2f}x (target >= {targets[name]:g}x)")
    return "throughput, requests/s one after another (geometric mean): " + "; ".join(parts)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000


def note(text: str) -> None:
    print(f"  … {text}", file=sys.stderr, flush=True)


def variants(catalog: QueryCatalog) -> list[tuple[str, str, dict[str, str]]]:
    """(query, variant, raw parameters): no parameters (required ones their example), then every example."""
    out = []
    for query in catalog:
        required = {p.name: p.example for p in query.params.values() if p.required}
        every = {p.name: p.example for p in query.params.values() if p.example}
        out.append((query.name, "no params", required))
        if every != required:
            out.append((query.name, "with params", every))
    return out


def first_page_text(catalog: QueryCatalog, name: str, params: dict[str, str]) -> str:
    query = catalog[name]
    return paged_text(with_values(query.sparql, query.bind(params)), FIRST_PAGE, 0)


def timed(request, runs: int, budget_s: float) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        request()
        samples.append(time.perf_counter() - start)
        if samples[-1] > budget_s:
            break
    return samples


_RDFLIB_DATASET = None  # loaded once, then shared with each forked query process


def _rdflib_query(text: str, conn) -> None:
    start = time.perf_counter()
    list(_RDFLIB_DATASET.query(text))
    conn.send(time.perf_counter() - start)


def rdflib_timings(dump: Path, texts: dict[tuple[str, str], str], runs: int, budget_s: float):
    """Load the dump into rdflib once; time each query in a forked process killed at the budget (an rdflib
    query cannot be interrupted, and a thread left running would skew every later timing)."""
    import multiprocessing

    from rdflib import Dataset

    global _RDFLIB_DATASET
    clock = time.perf_counter()
    _RDFLIB_DATASET = Dataset(default_union=True)
    _RDFLIB_DATASET.parse(dump, format="nquads")
    load_s = time.perf_counter() - clock
    context = multiprocessing.get_context("fork")
    timings: dict[tuple[str, str], list[float]] = {}
    for key, text in texts.items():
        timings[key] = []
        for _ in range(runs):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_rdflib_query, args=(text, send))
            child.start()
            if receive.poll(budget_s):
                timings[key].append(receive.recv())
                child.join()
            else:
                child.kill()
                child.join()
                break
    _RDFLIB_DATASET = None
    return load_s, timings


def ingest_lines(size: int, work: Path, args) -> list[str]:
    store_dir = work / "store"
    store = OxigraphStore(store_dir)
    # The shipped seed card too, so that the named queries' examples have answers at every size.
    paths = [work / "corpus" / "cards", *shipped_cards()]
    index_lines = []
    if args.no_search:
        note(f"{size}: ingesting")
        cpu = cpu_seconds()
        summary = ingest(paths, store, workers=args.workers)
        ingest_cpu = cpu_seconds() - cpu
    else:
        # As `mkg ingest` does: the search index follows the ingest through its sink, then a sync repairs what
        # is left (nothing, here). The same ingest without the index, into a store of its own, is the baseline.
        from kg.search import open_index, timed_sync

        note(f"{size}: ingesting, the search index following")
        index = open_index(store)
        clock, cpu = time.perf_counter(), cpu_seconds()
        with index.following_ingest(store) as sink:
            summary = ingest(paths, store, workers=args.workers, sink=sink)
            ingest_cpu = cpu_seconds() - cpu
        indexed_s = time.perf_counter() - clock
        changes, sync_s = timed_sync(index, store)
        with_index_s, with_index_cpu = indexed_s + sync_s, cpu_seconds() - cpu
        del index
        note(f"{size}: ingesting without the search index (the baseline)")
        cpu = cpu_seconds()
        baseline = ingest(paths, OxigraphStore(work / "baseline-store"), workers=args.workers)
        baseline_cpu = cpu_seconds() - cpu
        shutil.rmtree(work / "baseline-store", ignore_errors=True)
        # Wall time is what the target is about, but on a machine others share it moves with their load; the CPU
        # both runs used (this process and its workers) does not, so it is printed beside it.
        index_lines = [f"search index: ingest with it {with_index_s:.1f} s (its last batch indexed "
                       f"{indexed_s - summary.wall_seconds:.1f} s after the ingest's last report, then a sync of "
                       f"{sync_s:.1f} s: {changes.added} added, {changes.replaced} replaced), without it "
                       f"{baseline.wall_seconds:.1f} s: indexing adds "
                       f"{100 * (with_index_s - baseline.wall_seconds) / baseline.wall_seconds:.1f} % to the ingest time "
                       f"(issue 14 target <= 20 %); CPU {with_index_cpu:.0f} s against {baseline_cpu:.0f} s: "
                       f"{100 * (with_index_cpu - baseline_cpu) / baseline_cpu:+.1f} %"]
    store.flush()
    rss = peak_rss_mb()
    n = len(summary.outcomes)
    rate = n / summary.wall_seconds
    lines = [f"## {size:,} reports: {len(store):,} quads, {summary.count('loaded')} loaded, "
             f"{summary.count('rejected')} rejected",
             f"ingest {rate:.1f} reports/s end to end ({summary.wall_seconds:.1f} s, "
             f"{args.workers or os.cpu_count()} workers); per report ms (summed over workers): "
             + " ".join(f"{k} {v / n * 1000:.1f}" for k, v in summary.seconds.items() if k != "infer")
             + f"; once per run: OWL inferences (HermiT) {summary.seconds.get('infer', 0):.1f} s; CPU (this process and "
             f"its workers) {ingest_cpu:.0f} s = {ingest_cpu / n * 1000:.1f} ms per report", *index_lines]
    dump = work / "data.nq"
    with dump.open("wb") as output:  # streamed: 10 GB at 100,000 reports
        store.export_into(output)
    del store
    lines.append(f"store on disk {dir_size(store_dir) / 2**20:,.0f} MiB; peak RSS {rss:,.0f} MiB (largest process)")

    note(f"{size}: bulk_load of the same quads")
    bulk_dir = work / "bulk"
    clock = time.perf_counter()
    bulk = ox.Store(str(bulk_dir))
    bulk.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    bulk.flush()
    bulk_s = time.perf_counter() - clock
    del bulk
    shutil.rmtree(bulk_dir, ignore_errors=True)
    lines.append(f"bulk_load of the same {dump.stat().st_size / 2**20:,.0f} MiB of N-Quads: {bulk_s:.1f} s = "
                 f"{n / bulk_s:.1f} reports/s; ingest / bulk_load = {rate / (n / bulk_s):.2f} (target >= 0.5)")
    return lines


def cached_repeats(work: Path, args, cases) -> dict[tuple[str, str], list[float]]:
    """Each first page asked of ``mkg serve`` with its answer cache on (the default): the first request fills
    the cache, the repeats are timed."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    os.environ.pop("MKG_CACHE_ENTRIES", None)  # the default cache
    note("named queries over HTTP again, answer cache on: the repeats")
    out = {}
    with server([str(BIN / "mkg"), "serve", "--store", str(work / "store"), "--port", str(port)], f"{base}/healthz"), \
            httpx.Client(timeout=args.budget_s + 5) as client:
        for name, variant, params in cases:
            def request():
                client.get(f"{base}/api/queries/{name}", params={**params, "limit": FIRST_PAGE}).raise_for_status()
            try:
                request()
            except httpx.HTTPError:
                continue
            out[(name, variant)] = timed(request, args.runs, args.budget_s)
    return out


def oxigraph_timings(work: Path, args, texts: dict[tuple[str, str], str]) -> dict[tuple[str, str], list[float] | None]:
    """The same first pages as one SPARQL query each, through ``oxigraph serve`` on the store's N-Quads dump."""
    note("oxigraph serve")
    theirs: dict[tuple[str, str], list[float] | None] = {}
    subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(work / "ox"), "--file", str(work / "data.nq")],
                   check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with server([str(BIN / "oxigraph"), "serve-read-only", "--location", str(work / "ox"),
                 "--union-default-graph", "--bind", f"127.0.0.1:{port}"], f"{base}/query?query=ASK%7B%7D"), \
            httpx.Client(timeout=args.budget_s) as client:
        for key, text in texts.items():
            def remote():
                client.post(f"{base}/query", data={"query": text},
                            headers={"Accept": "application/sparql-results+json"}).raise_for_status()
            try:
                remote()
                theirs[key] = timed(remote, args.runs, args.budget_s)
            except httpx.HTTPError:
                theirs[key] = None
    shutil.rmtree(work / "ox", ignore_errors=True)
    return theirs


def query_lines(size: int, work: Path, args, catalog: QueryCatalog) -> list[str]:
    cases = variants(catalog)
    ours: dict[tuple[str, str], tuple[list[float], dict]] = {}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    os.environ.update({"MKG_CACHE_ENTRIES": "0", "MKG_QUERY_TIMEOUT_S": str(args.budget_s)})
    note(f"{size}: named queries over HTTP (mkg serve, answer cache off)")
    curl = []
    with server([str(BIN / "mkg"), "serve", "--store", str(work / "store"), "--port", str(port)], f"{base}/healthz"), \
            httpx.Client(timeout=args.budget_s + 5) as client:
        for name, variant, params in cases:
            body: dict = {}

            def request():
                nonlocal body
                response = client.get(f"{base}/api/queries/{name}", params={**params, "limit": FIRST_PAGE})
                body = response.json() if response.status_code == 200 else {"error": response.status_code}

            for _ in range(2):  # warm-up: the first request of a query reads its index pages from disk
                request()
            ours[(name, variant)] = (timed(request, args.runs, args.budget_s), body)
        response = client.get(f"{base}/api/queries/report-summary", params={"limit": 20})
        body = response.json()
        curl = [f"$ curl -si '{base}/api/queries/report-summary?limit=20'",
                f"HTTP {response.status_code}; Link: {response.headers.get('link')}",
                f"rows {body['count']} (report ids {body['rows'][0]['reportId']} … {body['rows'][-1]['reportId']}), "
                f"total {body['total']}, next {body['next']}"]

    cached = cached_repeats(work, args, cases)
    texts = {(name, variant): first_page_text(catalog, name, params) for name, variant, params in cases}
    theirs: dict[tuple[str, str], list[float] | None] = {} if args.no_oxigraph else oxigraph_timings(work, args, texts)

    rdflib: dict[tuple[str, str], list[float]] = {}
    lines = []
    if size <= args.rdflib_max:
        note(f"{size}: rdflib in memory")
        load_s, rdflib = rdflib_timings(work / "data.nq", {k: without_lateral(t) for k, t in texts.items()},
                                        min(args.runs, 5), args.budget_s)
        lines.append(f"rdflib in-memory load {load_s:.1f} s")
    else:
        lines.append(f"rdflib in memory: not loaded above {args.rdflib_max:,} reports (--rdflib-max)")

    lines.append(f"{'first page (limit 100), ms':<27} {'variant':<11} {'p50':>7} {'p99':>7} {'rows':>4} {'next':>4} "
                 f"{'total':>7} {'cached':>6} | {'oxigraph p50':>12} {'ratio':>6} | {'rdflib p50':>10} {'ratio':>6}")
    our_p50s = []
    for name, variant, _ in cases:
        samples, body = ours[(name, variant)]
        if "error" in body:
            lines.append(f"{name:<27} {variant:<11} {'HTTP ' + str(body['error']):>15}")
            continue
        p50, p99 = percentiles(samples)
        our_p50s.append(p50)
        total = "-" if body.get("total") is None else f"{body['total']:,}"
        repeat = cached.get((name, variant))
        row = (f"{name:<27} {variant:<11} {p50:7.1f} {p99:7.1f} {body['count']:4d} {'yes' if body.get('next') else 'no':>4} "
               f"{total:>7} {percentiles(repeat)[0] if repeat else float('nan'):6.1f} |")
        other = theirs.get((name, variant))
        row += (f" {percentiles(other)[0]:12.1f} {percentiles(other)[0] / p50:6.2f} |" if other
                else f" {'not run' if args.no_oxigraph else 'failed':>12} {'':>6} |")
        if size <= args.rdflib_max:
            got = rdflib.get((name, variant))
            row += (f" {percentiles(got)[0]:10.1f} {percentiles(got)[0] / p50:6.1f}" if got
                    else f" {'>%gs' % args.budget_s:>10} {'':>6}")
        lines.append(row)
    others = {name: timings for name, timings in (("oxigraph serve", theirs), ("rdflib", rdflib))
              if name == "oxigraph serve" and not args.no_oxigraph or name == "rdflib" and size <= args.rdflib_max}
    all_p99 = [percentiles(ours[(n, v)][0])[1] for n, v, _ in cases if "error" not in ours[(n, v)][1]]
    repeats = [percentiles(t)[0] for t in cached.values() if t]
    lines.append(f"ours: worst p50 {max(our_p50s):.1f} ms, median p50 {statistics.median(our_p50s):.1f} ms, "
                 f"worst p99 {max(all_p99):.1f} ms (targets at 10k: p50 <= 20 ms, p99 <= 100 ms); "
                 f"cached repeat worst p50 {max(repeats, default=float('nan')):.1f} ms (target <= 2 ms); "
                 "ratio = their p50 / ours")
    lines.append(throughput_line(ours, others, {"oxigraph serve": 0.5, "rdflib": 10}))
    return lines + curl


def bench_size(size: int, args, catalog: QueryCatalog) -> list[str]:
    if args.reuse:
        # A kept run's store: nothing is generated or ingested, nothing is deleted.
        work = Path(args.reuse)
        if not (work / "store").is_dir() or not (work / "data.nq").is_file():
            raise SystemExit(f"--reuse {work}: no store/ and data.nq there (a run kept with --keep has both)")
        lines = [f"## {size:,} reports: the store kept in {work}"]
        print(lines[0], flush=True)
        rest = query_lines(size, work, args, catalog)
        for line in rest:
            print(line, flush=True)
        return lines + rest
    if args.work:
        Path(args.work).mkdir(parents=True, exist_ok=True)  # --work names a folder to put the run in; make it
    work = Path(tempfile.mkdtemp(prefix=f"mkg-scale-{size}-", dir=args.work))
    try:
        # In a process of its own, so that this one's peak memory is the ingest's, not the generator's.
        subprocess.run([sys.executable, str(Path(__file__).parent / "gen_corpus.py"), str(size), "--out",
                        str(work / "corpus"), "--seed", str(args.seed)], check=True, capture_output=True)
        lines = ingest_lines(size, work, args)
        for line in lines:
            print(line, flush=True)
        if args.ingest_only:
            return lines
        rest = query_lines(size, work, args, catalog)
        for line in rest:
            print(line, flush=True)
        return lines + rest
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", "--sizes", dest="sizes", default="1000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--runs", type=int, default=30, help="timed requests per query, variant and engine")
    ap.add_argument("--budget-s", type=float, default=30.0, help="cap on one request")
    ap.add_argument("--rdflib-max", type=int, default=1000, help="largest size also loaded into rdflib")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-search", action="store_true", help="ingest without the search index (and no baseline ingest)")
    ap.add_argument("--ingest-only", action="store_true", help="stop after the ingest lines (no query benchmarks)")
    ap.add_argument("--work", default=None, help="directory for the temporary corpora and stores")
    ap.add_argument("--keep", action="store_true", help="keep the corpus, store and dump")
    ap.add_argument("--reuse", default=None, metavar="DIR",
                    help="bench the queries on the store a --keep run left in DIR (one size; no corpus, no ingest)")
    ap.add_argument("--no-oxigraph", action="store_true", help="leave out the oxigraph serve comparison")
    args = ap.parse_args(argv)
    catalog = QueryCatalog.load()
    if args.reuse and "," in args.sizes:
        ap.error("--reuse benches one store: give its size alone in --reports")
    for size in (int(s) for s in args.sizes.split(",")):
        bench_size(size, args, catalog)
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
