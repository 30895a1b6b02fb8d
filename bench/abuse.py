"""Abuse and soak: `mkg serve` on the seed store, under hostile input and a bounded mixed load.

Starts a real server (a subprocess, as users run it), sends each hostile request of issue 11's table
once, then runs a mixed load (named queries, SPARQL, runaways, bad input) from 16 concurrent clients
for 60 s, with a burst of 20 runaway queries in flight in its middle. Prints requests by status,
server restarts, the largest resident memory of the server with its query workers, /healthz and
named-query latency during the burst, how long each runaway took to be stopped, and whether the
store's quads are unchanged.

    python bench/abuse.py                  # 60 s, 16 clients
    python bench/abuse.py --seconds 20     # shorter

All clients share the loopback address, so the per-client admission limit is raised for the run
(MKG_MAX_QUERIES_PER_CLIENT); everything else is the shipped default.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
DIRECT = {"Content-Type": "application/sparql-query"}
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i"
RUNAWAY_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
BLOW_UP = 'SELECT (STRLEN(?x30) AS ?n) WHERE { BIND("0123456789" AS ?x0) ' + " ".join(
    f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(30)) + " }"

# Issue 11's table, rows 1–15 (row 7 and 9 are CLI; row 8 is extraction): what is sent, what must come back.
PROBES: list[tuple[str, str, str, dict, set[int]]] = [
    ("1 nested {", "GET", "/sparql", {"params": {"query": "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000}}, {400}),
    ("1 nested (", "GET", "/sparql", {"params": {"query": "SELECT * WHERE { FILTER(" + "(" * 10000 + "1" + ")" * 10000 + ") }"}}, {400}),
    ("2 runaway ORDER BY", "POST", "/sparql", {"content": RUNAWAY, "headers": DIRECT}, {504, 422}),
    ("2 runaway COUNT", "POST", "/sparql", {"content": RUNAWAY_COUNT, "headers": DIRECT}, {504}),
    ("4 CONCAT doubling", "POST", "/sparql", {"content": BLOW_UP, "headers": DIRECT}, {422}),
    ("5 row cap # comment", "POST", "/sparql", {"content": "SELECT ?c WHERE {?a ?b ?c . ?d a ?f} # c", "headers": DIRECT}, {200}),
    ("6 FROM <x>", "GET", "/sparql", {"params": {"query": "SELECT * FROM <x> WHERE {?s ?p ?o}"}}, {400}),
    ("6 FROM <>", "GET", "/sparql", {"params": {"query": "SELECT * FROM <> WHERE {?s ?p ?o}"}}, {400}),
    ("10 wrong token", "POST", "/update", {"content": "CLEAR ALL", "headers": {"Content-Type": "application/sparql-update", "Authorization": "Bearer x"}}, {401, 403}),
    ("11 HEAD /", "HEAD", "/", {}, {200}),
    ("11 HEAD /healthz", "HEAD", "/healthz", {}, {200}),
    ("12 year=2_031", "GET", "/api/queries/market-size", {"params": {"year": "2_031"}}, {422}),
    ("12 year=+2031", "GET", "/api/queries/market-size", {"params": {"year": "+2031"}}, {422}),
    ("12 year=Arabic-Indic", "GET", "/api/queries/market-size", {"params": {"year": "٢٠٣١"}}, {422}),
    ("14 report-summary", "GET", "/api/queries/report-summary", {}, {200}),
    ("15 /docs", "GET", "/docs", {}, {200}),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children(pid: int) -> list[int]:
    """The child processes (query workers) of ``pid``, whichever of its threads started them."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except FileNotFoundError:
            pass
    return found


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the query workers), in MB."""
    total = 0
    for p in [pid, *children(pid)]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def store_digest(path: Path) -> tuple[int, str]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    lines = sorted(ox.serialize(store, format=ox.RdfFormat.N_QUADS).splitlines())
    return len(lines), hashlib.sha256(b"\n".join(lines)).hexdigest()[:16]


class Server:
    def __init__(self, store: Path, env: dict[str, str]):
        self.store, self.env, self.restarts = store, env, 0
        self.start()

    def start(self) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([str(BIN / "mkg"), "serve", "--store", str(self.store), "--port", str(self.port)],
                                        env=self.env, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise SystemExit("mkg serve did not start")

    def alive_or_restart(self) -> None:
        if self.process.poll() is not None:
            self.restarts += 1
            self.start()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(20)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def probe(base: str, burst_started, results) -> None:
    """Time /healthz and an uncached named query every 50 ms: before the runaway burst, then during it."""
    before: tuple[list[float], list[float]] = ([], [])
    during: tuple[list[float], list[float]] = ([], [])
    markets = ["opinion", "second", "medical", "Opinion", "SECOND", "Medical", "OPINION", "second opinion"]
    asked = 0
    with httpx.Client(base_url=base, timeout=60) as http:
        deadline = None
        while deadline is None or time.monotonic() < deadline:
            if deadline is None and burst_started.is_set():
                deadline = time.monotonic() + 4.0  # the runaways run for the query time limit (5 s)
            series = during if deadline is not None else before
            started = time.monotonic()
            http.get("/healthz")
            series[0].append((time.monotonic() - started) * 1000)
            asked += 1  # different parameters each time (128 pairs): no cached answer
            params = {"year": str(2020 + asked % 16), "market": markets[asked // 16 % len(markets)]}
            started = time.monotonic()
            http.get("/api/queries/market-size", params=params)
            series[1].append((time.monotonic() - started) * 1000)
            time.sleep(0.05)
    results.put(before)
    results.put(during)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--runaways", type=int, default=20)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mkg-abuse-"))
    store = work / "store"
    subprocess.run([str(BIN / "mkg"), "build", "--store", str(store)], check=True, stdout=subprocess.DEVNULL)
    before = store_digest(store)
    timeout_s = 5.0
    env = {**os.environ, "MKG_QUERY_TIMEOUT_S": str(timeout_s), "MKG_MAX_QUERIES_PER_CLIENT": "48",
           "MKG_MAX_QUEUED_QUERIES": "48"}
    server = Server(store, env)
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def note(status: int) -> None:
        with lock:
            statuses[status] += 1

    print(f"store: {before[0]} quads; server pid {server.process.pid}; query time limit {timeout_s:g} s\n")
    print("issue 11 table, each once:")
    with httpx.Client(base_url=server.base, timeout=60) as http:
        for label, method, path, kwargs, expected in PROBES:
            started = time.monotonic()
            response = http.request(method, path, **kwargs)
            note(response.status_code)
            extra = ""
            if label.startswith("5"):
                extra = f" rows={len(response.json()['results']['bindings'])} MKG-Row-Limit={response.headers.get('mkg-row-limit')}"
            if label.startswith("14"):
                extra = f" rows={response.json()['count']}"
            verdict = "ok" if response.status_code in expected else "UNEXPECTED"
            print(f"  {label:<24} {method:<5} → {response.status_code} in {time.monotonic() - started:5.2f} s{extra}  {verdict}")
            server.alive_or_restart()

    stop = threading.Event()
    runaway_s: list[tuple[int, float]] = []
    max_rss = [0.0]

    named = ["/api/queries/growth-rate", "/api/queries/largest-segment", "/api/queries/players-in-country?country=IN",
             "/api/queries/players-in-region?region=Europe", "/api/queries/drivers", "/api/queries/report-summary"]
    sparql = ["ASK {}", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
              "PREFIX mkg: <https://w3id.org/mkg/ns#> SELECT ?p WHERE { ?c a mkg:GrowthRate ; mkg:percent ?p }"]
    bad = [("GET", "/sparql", {"params": {"query": "SELECT * WHERE {"}}),
           ("GET", "/sparql", {"params": {"query": "SELECT * WHERE " + "{" * 500 + "}" * 500}}),
           ("GET", "/api/queries/market-size", {"params": {"year": "20x1"}}),
           ("POST", "/sparql", {"content": b"\xff\xfe", "headers": DIRECT}),
           ("GET", "/sparql", {"params": {"query": "SELECT * FROM <x> {?s ?p ?o}"}})]

    def client(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=server.base, timeout=60) as http:
            while not stop.is_set():
                pick = rng.random()
                try:
                    if pick < 0.45:
                        response = http.get(rng.choice(named) + ("&" if "?" in named[0] else "?") + f"format={rng.choice(['json', 'csv'])}")
                    elif pick < 0.80:
                        response = http.post("/sparql", content=rng.choice(sparql), headers=DIRECT)
                    elif pick < 0.85:
                        response = http.post("/sparql", content=rng.choice([RUNAWAY, RUNAWAY_COUNT, BLOW_UP]), headers=DIRECT)
                    else:
                        method, path, kwargs = rng.choice(bad)
                        response = http.request(method, path, **kwargs)
                    note(response.status_code)
                except httpx.TransportError:
                    note(0)
                time.sleep(rng.uniform(0, 0.05))

    def monitor() -> None:
        while not stop.is_set():
            max_rss[0] = max(max_rss[0], tree_rss_mb(server.process.pid))
            server.alive_or_restart()
            time.sleep(0.2)

    def runaway(i: int) -> None:
        with httpx.Client(base_url=server.base, timeout=60) as http:
            started = time.monotonic()
            response = http.post("/sparql", content=RUNAWAY if i % 2 else RUNAWAY_COUNT, headers=DIRECT)
            note(response.status_code)
            runaway_s.append((response.status_code, time.monotonic() - started))

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    threads.append(threading.Thread(target=monitor))
    # Latency is measured from a process of its own: the load generator's threads share one GIL.
    burst_started, probe_results = multiprocessing.Event(), multiprocessing.Queue()
    prober = multiprocessing.Process(target=probe, args=(server.base, burst_started, probe_results))
    started = time.monotonic()
    for t in threads:
        t.start()
    prober.start()
    time.sleep(args.seconds / 3)
    runaways = [threading.Thread(target=runaway, args=(i,)) for i in range(args.runaways)]
    for t in runaways:
        t.start()
    time.sleep(0.5)  # let them all be in flight before measuring
    burst_started.set()
    health_ms, named_ms = probe_results.get()
    burst_health_ms, burst_named_ms = probe_results.get()
    for t in runaways:
        t.join()
    prober.join()
    time.sleep(1.0)
    workers_after = len(children(server.process.pid))
    time.sleep(max(0.0, args.seconds - (time.monotonic() - started)))
    stop.set()
    for t in threads:
        t.join()
    server.alive_or_restart()
    server.stop()
    after = store_digest(store)

    total = sum(statuses.values())
    print(f"\nmixed load: {args.clients} clients for {args.seconds:g} s, {args.runaways} runaways in a burst; "
          f"{total} requests")
    print("requests by status: " + ", ".join(f"{s or 'no answer'}: {n}" for s, n in sorted(statuses.items())))
    print(f"server restarts: {server.restarts}")
    print(f"max RSS, server + query workers: {max_rss[0]:.0f} MB")
    print(f"/healthz p50 / p99 before the burst (mixed load only): {percentile(health_ms, .5):.1f} / "
          f"{percentile(health_ms, .99):.1f} ms")
    print(f"/healthz p50 / p99 during the runaway burst: {percentile(burst_health_ms, .5):.1f} / "
          f"{percentile(burst_health_ms, .99):.1f} ms ({len(burst_health_ms)} probes)")
    print(f"named query (market-size, uncached) p50 / p99 during the burst: {percentile(burst_named_ms, .5):.1f} / "
          f"{percentile(burst_named_ms, .99):.1f} ms")
    stopped = [s for code, s in runaway_s if code == 504]
    print(f"runaways: " + ", ".join(f"{c}: {n}" for c, n in sorted(Counter(c for c, _ in runaway_s).items())) +
          f"; slowest answer {max(s for _, s in runaway_s):.2f} s (limit {timeout_s:g} s + 1 s)"
          + ("" if not stopped else f"; every 504 within the limit + 1 s: {max(stopped) <= timeout_s + 1}"))
    print(f"query worker processes 1 s after the burst: {workers_after}")
    print(f"store quads unchanged: {before == after} ({after[0]} quads, digest {after[1]})")
    load = os.getloadavg()
    print(f"machine load average at the end (1, 5 min): {load[0]:.1f}, {load[1]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
