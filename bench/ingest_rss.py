"""Peak memory of an ingest alone (issue 12: peak RSS <= 1 GB at 100k).

    python bench/ingest_rss.py --reports 10000

``scale_bench.py`` prints the peak RSS of its whole process, which also runs the search index following the
ingest and a second (baseline) ingest; a process's peak cannot be reset, so this script measures each size in a
fresh process: a generated corpus (bench/gen_corpus.py, not timed) ingested with ``kg.ingest`` into a fresh
embedded store, as ``mkg ingest`` does without the search index that follows it. Printed per size: the peak RSS of
the ingesting process and of the largest of its children (the worker processes and HermiT's JVM; a child's peak
counts what it shared with this process when it was forked), the ingest's reports/s end to end, and its CPU (this
process, its workers and HermiT) per report.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def cpu_seconds() -> float:
    """CPU used so far by this process and its children that have ended (the workers and HermiT, once ingest returns)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(size: int, work: Path) -> tuple[int, float, float, float, float]:
    """Ingest ``size`` generated reports in this process; (reports loaded, own peak MiB, largest child's peak MiB,
    reports/s end to end, CPU ms a report)."""
    sys.path.insert(0, str(BENCH))
    from gen_corpus import generate

    from kg.ingest import ingest
    from kg.store import OxigraphStore

    generate(size, work / "corpus")
    cpu = cpu_seconds()
    # The cards only (as scale_bench.py ingests them): the corpus's texts, in a directory beside the cards, would be
    # drafted again by extraction, a second report for each.
    summary = ingest([work / "corpus" / "cards"], OxigraphStore(work / "store"), workers=None)
    cpu = cpu_seconds() - cpu
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    n = len(summary.outcomes)
    return summary.count("loaded"), own, children, n / summary.wall_seconds, cpu / n * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", default="1000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--work", default=None, help="directory for the temporary corpora and stores")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # the child process's own size
    args = ap.parse_args(argv)
    if args.work:
        Path(args.work).mkdir(parents=True, exist_ok=True)
    if args.one is not None:
        work = Path(tempfile.mkdtemp(dir=args.work))
        try:
            loaded, own, children, rate, cpu = measure(args.one, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"{args.one:>9,} {loaded:>9,} {own:>14,.0f} {children:>20,.0f} {rate:>10.1f} {cpu:>14.1f}", flush=True)
        return 0
    print(f"{'reports':>9} {'loaded':>9} {'peak RSS MiB':>14} {'largest child MiB':>20} {'reports/s':>10} {'CPU ms/report':>14}",
          flush=True)
    for size in (int(s) for s in args.reports.split(",")):
        command = [sys.executable, __file__, "--one", str(size)] + (["--work", args.work] if args.work else [])
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
