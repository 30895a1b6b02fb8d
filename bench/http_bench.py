"""HTTP throughput of mkg serve against rdflib-endpoint and raw `oxigraph serve`, on the same data.

Every server gets the same named queries' SPARQL (parameters bound to their examples), in a bounded
sequential request loop on loopback; mkg is also asked through its REST named-query route. Prints
one table: requests/s, p50 and p99 per server and query, and the ratios the targets are about.

    python bench/http_bench.py                      # the shipped (seed) report
    python bench/http_bench.py --cards DIR          # e.g. the synthetic corpus from bench/gen_corpus.py
    python bench/http_bench.py --requests 100 --skip rdflib-endpoint

Needs the `bench` extra (pip install '.[bench]'): oxigraph (server) and rdflib-endpoint.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from kg.ingest import ingest
from kg.pipeline import shipped_cards
from kg.queries import QueryCatalog
from kg.sparql import with_values, without_lateral
from kg.store import OxigraphStore

BIN = Path(sys.executable).parent
RESULTS_JSON = {"Accept": "application/sparql-results+json"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server(command: list[str], ready_url: str, startup_s: float = 600):
    """Run a server process until the block ends; wait (bounded) until ``ready_url`` answers."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode}")
            try:
                if httpx.get(ready_url, timeout=5).status_code < 500:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() - started > startup_s:
                raise RuntimeError(f"{command[0]} did not start within {startup_s} s")
            time.sleep(0.2)
        yield time.monotonic() - started
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class Timing:
    server: str
    query: str
    route: str
    latencies: list[float]
    errors: int
    rows: int | None

    @property
    def rate(self) -> float:
        return len(self.latencies) / sum(self.latencies) if self.latencies else 0.0

    def pct(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def loop(client: httpx.Client, url: str, params: dict, requests: int, budget_s: float,
         headers: dict) -> tuple[list[float], int, int | None]:
    """At most ``requests`` GETs, stopping early after ``budget_s``; an error or timeout counts as one.

    Also returns the row count of the first answer, so that servers answering differently show.
    """
    latencies, errors, rows, deadline = [], 0, None, time.monotonic() + budget_s
    for _ in range(requests):
        if time.monotonic() > deadline:
            break
        start = time.perf_counter()
        try:
            response = client.get(url, params=params, headers=headers)
            response.read()
            ok = response.status_code == 200
        except httpx.HTTPError:
            ok = False
        if ok:
            latencies.append(time.perf_counter() - start)
            if rows is None:
                body = response.json()
                rows = body["count"] if "count" in body else len(body["results"]["bindings"])
        else:
            errors += 1
            if errors >= 3:
                break
    return latencies, errors, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=Path, help="directory of ReportCards (default: the shipped cards)")
    ap.add_argument("--requests", type=int, default=200, help="requests per server and query")
    ap.add_argument("--budget-s", type=float, default=20, help="time cap per server and query")
    ap.add_argument("--timeout-s", type=float, default=30, help="per-request timeout")
    ap.add_argument("--skip", action="append", default=[], choices=["rdflib-endpoint", "oxigraph"])
    args = ap.parse_args(argv)

    catalog = QueryCatalog.load()
    cards = [args.cards] if args.cards else shipped_cards()
    work = Path(tempfile.mkdtemp(prefix="mkg-http-bench-"))
    try:
        store_dir = work / "store"
        store = OxigraphStore(store_dir)
        outcome = ingest(cards, store)
        dump = work / "data.nq"
        dump.write_bytes(store.export("nquads"))
        quads = len(store)
        del store
        print(f"data: {outcome.count('loaded')} reports, {quads} quads ({outcome.count('rejected')} rejected)\n")
        subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(work / "ox"), "--file", str(dump)],
                       check=True, capture_output=True)

        queries = {q.name: (q, {p.name: p.example for p in q.params.values() if p.example}) for q in catalog}
        sparql = {name: with_values(q.sparql, q.bind(params)) for name, (q, params) in queries.items()}
        timings: list[Timing] = []
        with ExitStack() as stack, httpx.Client(timeout=args.timeout_s) as client:
            ports = {name: free_port() for name in ("mkg", "oxigraph", "rdflib-endpoint")}
            targets = {}
            base = f"http://127.0.0.1:{ports['mkg']}"
            started = stack.enter_context(server(
                [str(BIN / "mkg"), "serve", "--store", str(store_dir), "--port", str(ports["mkg"])], f"{base}/healthz"))
            targets["mkg"] = f"{base}/sparql"
            print(f"mkg serve ready in {started:.1f} s")
            if "oxigraph" not in args.skip:
                base_ox = f"http://127.0.0.1:{ports['oxigraph']}"
                started = stack.enter_context(server(
                    [str(BIN / "oxigraph"), "serve-read-only", "--location", str(work / "ox"), "--union-default-graph",
                     "--bind", f"127.0.0.1:{ports['oxigraph']}"], f"{base_ox}/query?query=ASK%7B%7D"))
                targets["oxigraph serve"] = f"{base_ox}/query"
                print(f"oxigraph serve ready in {started:.1f} s")
            if "rdflib-endpoint" not in args.skip:
                base_rdf = f"http://127.0.0.1:{ports['rdflib-endpoint']}"
                started = stack.enter_context(server(
                    [str(BIN / "rdflib-endpoint"), "serve", str(dump), "--host", "127.0.0.1",
                     "--port", str(ports["rdflib-endpoint"])], f"{base_rdf}/?query=ASK%7B%7D"))
                targets["rdflib-endpoint"] = f"{base_rdf}/"  # its CLI serves SPARQL at the root
                print(f"rdflib-endpoint ready in {started:.1f} s")
            print()

            for name, (query, params) in queries.items():
                timings.append(Timing("mkg", name, "named (REST)", *loop(
                    client, f"{base}/api/queries/{name}", params, args.requests, args.budget_s, {})))
                for label, url in targets.items():
                    # LATERAL is Oxigraph's; rdflib gets the plain-join form of the same query.
                    text = without_lateral(sparql[name]) if label == "rdflib-endpoint" else sparql[name]
                    timings.append(Timing(label, name, "SPARQL", *loop(
                        client, url, {"query": text}, args.requests, args.budget_s, RESULTS_JSON)))
        report(timings)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(timings: list[Timing]) -> None:
    header = f"{'query':<26} {'server':<16} {'route':<13} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'n':>5} {'err':>4} {'rows':>5}"
    print(header)
    print("-" * len(header))
    for t in timings:
        print(f"{t.query:<26} {t.server:<16} {t.route:<13} {t.rate:>8.1f} {t.pct(0.5):>8.2f} {t.pct(0.99):>8.2f} "
              f"{len(t.latencies):>5} {t.errors:>4} {'-' if t.rows is None else t.rows:>5}")

    def total_rate(server: str, route: str) -> float:
        rates = [t.rate for t in timings if t.server == server and t.route == route and t.latencies]
        return statistics.geometric_mean(rates) if rates else float("nan")

    mkg_sparql, mkg_named = total_rate("mkg", "SPARQL"), total_rate("mkg", "named (REST)")
    ox_rate, rdf_rate = total_rate("oxigraph serve", "SPARQL"), total_rate("rdflib-endpoint", "SPARQL")
    print("\ngeometric mean req/s over the queries, and the targets:")
    print(f"  mkg SPARQL {mkg_sparql:.1f}, mkg named {mkg_named:.1f}, oxigraph serve {ox_rate:.1f}, rdflib-endpoint {rdf_rate:.1f}")
    print(f"  mkg SPARQL / rdflib-endpoint = {mkg_sparql / rdf_rate:.1f}x (target >= 10x)")
    print(f"  mkg SPARQL / oxigraph serve  = {mkg_sparql / ox_rate:.2f}x (target >= 0.5x)")
    print(f"  mkg named  / oxigraph serve  = {mkg_named / ox_rate:.2f}x (target >= 1x)")
    failed = [t for t in timings if t.errors]
    if failed:
        print("  requests that failed or timed out: " + ", ".join(f"{t.server}/{t.query} ({t.errors})" for t in failed))


if __name__ == "__main__":
    sys.exit(main())
