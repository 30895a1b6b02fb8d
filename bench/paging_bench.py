"""Paging benchmark: every named query's first page (limit 100) over HTTP, with and without its parameters.

    python bench/gen_corpus.py 1000 --out /tmp/c1k && mkg ingest /tmp/c1k/cards kg/cards/*.yaml --store /tmp/s1k
    python bench/paging_bench.py --store /tmp/s1k [--store /tmp/s10k] [--runs 20]

For each store: `mkg serve` on it (read-only, on a free port, answer cache off: ``MKG_CACHE_ENTRIES=0``),
then for every named query ``--runs`` requests of ``/api/queries/NAME?limit=100``, each evaluated: p50
and p99 in ms, the rows answered, whether a next page and a total came back; once with no parameters
(required ones given their example) and once with every example parameter. Then the acceptance request
``/api/queries/report-summary?limit=20`` as curl shows it. Corpus generation and ingest are not timed
here (``bench/scale_bench.py`` times ingest).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from http_bench import free_port, server  # noqa: E402

from kg.queries import QueryCatalog  # noqa: E402

BIN = Path(sys.executable).parent


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000


def bench_store(store: Path, runs: int, budget_s: float) -> list[str]:
    catalog = QueryCatalog.load()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    lines = [f"## {store}"]
    # The answer cache would make every repeat a lookup: off, so every timed request is evaluated.
    os.environ.update({"MKG_CACHE_ENTRIES": "0", "MKG_QUERY_TIMEOUT_S": str(budget_s)})
    with server([str(BIN / "mkg"), "serve", "--store", str(store), "--port", str(port)], f"{base}/healthz"), \
            httpx.Client(timeout=budget_s + 5) as client:
        count = client.get(f"{base}/api/queries/report-summary", params={"limit": 1}).json()["total"]
        lines[0] += f" ({count} reports)"
        lines.append(f"{'named query, first page (limit 100), ms':<40} {'variant':<14} {'p50':>8} {'p99':>8} "
                     f"{'rows':>5} {'next':>5} {'total':>7}")
        for query in catalog:
            required = {p.name: p.example for p in query.params.values() if p.required}
            every = {p.name: p.example for p in query.params.values() if p.example}
            variants = [("no params", required)] + ([("with params", every)] if every != required else [])
            for label, params in variants:
                samples, body = [], None
                for _ in range(runs):
                    request = {**params, "limit": 100}
                    start = time.perf_counter()
                    response = client.get(f"{base}/api/queries/{query.name}", params=request)
                    samples.append(time.perf_counter() - start)
                    if response.status_code != 200:
                        body = {"error": response.status_code}
                        break
                    body = response.json()
                    if samples[-1] > budget_s:
                        break
                p50, p99 = percentiles(samples)
                if "error" in body:
                    lines.append(f"{query.name:<40} {label:<14} {'HTTP ' + str(body['error']):>17}")
                    continue
                total = "-" if body.get("total") is None else str(body["total"])
                lines.append(f"{query.name:<40} {label:<14} {p50:8.1f} {p99:8.1f} {body['count']:5d} "
                             f"{'yes' if body.get('next') else 'no':>5} {total:>7}")
        response = client.get(f"{base}/api/queries/report-summary", params={"limit": 20})
        body = response.json()
        lines.append(f"$ curl -si '{base}/api/queries/report-summary?limit=20'")
        lines.append(f"HTTP {response.status_code}; Link: {response.headers.get('link')}")
        lines.append(f"count {body['count']}, total {body['total']}, next {body['next']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", action="append", required=True, type=Path, help="an ingested store (repeatable)")
    ap.add_argument("--runs", type=int, default=20, help="timed requests per query and variant")
    ap.add_argument("--budget-s", type=float, default=30.0, help="cap on one request")
    args = ap.parse_args(argv)
    for store in args.store:
        for line in bench_store(store, args.runs, args.budget_s):
            print(line, flush=True)
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
