"""Does an ingest write the same quads as a given commit's? (issue 12: a faster ingest must not change the store.)

    python bench/same_quads.py --base main --reports 200

A generated corpus (bench/gen_corpus.py) is ingested (``kg.ingest``, 2 workers) into a fresh store twice: by the
working tree's ``kg`` and by the base commit's (``git archive`` into a temporary directory, run in a process of its
own). Each store's N-Quads dump is compared line for line, sorted, with what differs from run to run made equal:
the counts graph's time stamp, and the labels of the ontology graph's blank nodes (the reports have none). Prints
the quads and a digest of each dump, and exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLANK = re.compile(r"_:[0-9A-Za-z]+")


def dump(cards: Path, out: Path) -> None:
    """Ingest ``cards`` into a fresh store with the ``kg`` this process imports, and write its canonical dump."""
    from kg.ingest import ingest
    from kg.store import OxigraphStore

    work = Path(tempfile.mkdtemp())
    try:
        store = OxigraphStore(work / "store")
        ingest([cards], store, workers=2)
        lines = sorted(BLANK.sub("_:b", line) for line in store.export("nquads").decode("utf-8").splitlines()
                       if "generatedAtTime" not in line)
        out.write_text("\n".join(lines) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="the commit to compare with")
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # a child process: CARDS OUT
    args = ap.parse_args(argv)
    if args.one:
        dump(Path(args.one[0]), Path(args.one[1]))
        return 0
    sys.path.insert(0, str(ROOT / "bench"))
    from gen_corpus import generate

    work = Path(tempfile.mkdtemp())
    try:
        generate(args.reports, work / "corpus")
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        digests = {}
        for name, tree in (("base " + args.base, base), ("working tree", ROOT)):
            out = work / f"{tree.name}.nq"
            subprocess.run([sys.executable, str(ROOT / "bench" / "same_quads.py"), "--one", str(work / "corpus" / "cards"),
                            str(out)], check=True, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)})
            text = out.read_bytes()
            digests[name] = hashlib.sha256(text).hexdigest()
            print(f"{name:>24}: {len(text.splitlines()):,} quads, sha256 {digests[name][:16]}")
        same = len(set(digests.values())) == 1
        print(f"{args.reports} reports: the dumps are {'identical' if same else 'DIFFERENT'}")
        return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
