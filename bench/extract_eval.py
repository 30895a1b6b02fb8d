"""Score `mkg extract` per field against reference cards on every text set, and the extraction rate.

    python bench/extract_eval.py                      # the real dev set, our own seen/unseen texts, the generator
    python bench/extract_eval.py DIR [DIR…] [-v]      # only these folders (X.txt beside X.gold.json / X.yaml)

The real dev set is ``../shared/extract-dev`` (skipped with the reason when absent); our own texts are
``tests/data/extract/seen`` and ``unseen``; the generator corpus is made by ``bench/gen_corpus.py`` into a
temporary folder. Scoring rules: ``kg.extract.evaluate``. Each text is extracted in this process, one
after another on one core; a text that raises is counted as a crash and gets an empty card.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.extract import extract, report_id_for
from kg.extract.evaluate import FIELDS, Reference, Scores, reference_pairs

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = {
    "real dev (shared/extract-dev)": ROOT.parent / "shared" / "extract-dev",
    "own texts, seen": ROOT / "tests" / "data" / "extract" / "seen",
    "own texts, unseen": ROOT / "tests" / "data" / "extract" / "unseen",
}


def score_folder(folder: Path, verbose: bool = False) -> tuple[Scores, int, int, float]:
    scores, crashes, seconds = Scores(), 0, 0.0
    pairs = reference_pairs(folder)
    for text_path, ref_path in pairs:
        text = text_path.read_text("utf-8", errors="replace")
        clock = time.process_time()  # CPU time of this one process: one core's rate, whatever else the machine runs
        try:
            got = Reference.of_card(extract(text, report_id_for(text, text_path.stem), source=text_path.name))
        except Exception as err:  # noqa: BLE001 - a crash is what this counts
            crashes += 1
            print(f"CRASH {text_path.name}: {type(err).__name__}: {err}", file=sys.stderr)
            got = Reference()
        seconds += time.process_time() - clock
        scores.add(got, Reference.load(ref_path), text_path.stem)
    if verbose:
        print("\n".join(scores.misses))
    return scores, len(pairs), crashes, seconds


def generator_folder(tmp: Path, count: int = 200) -> Path:
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), str(count), "--out", str(tmp)],
                   check=True, capture_output=True)
    folder = tmp / "pairs"
    folder.mkdir()
    for card in (tmp / "cards").glob("*.json"):
        (folder / card.name).write_bytes(card.read_bytes())
        (folder / (card.stem + ".txt")).write_bytes((tmp / "texts" / (card.stem + ".txt")).read_bytes())
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras per text")
    ap.add_argument("--no-generator", action="store_true", help="skip the generator corpus")
    args = ap.parse_args(argv)
    sets = {str(f): f for f in args.folders} or dict(DEFAULT_SETS)
    # Tables load and patterns compile on first use (about 200 ms, once a process; a pattern is compiled when a
    # page first reaches the rule that uses it): ten pages of our own, not scored, take most of that before the
    # clock runs, so the rate is what each further report costs.
    for warm_up in sorted((ROOT / "tests" / "data" / "extract" / "seen").glob("*.txt"))[:10]:
        extract(warm_up.read_text("utf-8"), "warm-up")
    with tempfile.TemporaryDirectory() as tmp:
        if not args.folders and not args.no_generator:
            sets["generator (bench/gen_corpus.py, 200)"] = generator_folder(Path(tmp))
        results = {}
        for name, folder in sets.items():
            if not folder.is_dir():
                print(f"skip {name}: {folder} is missing", file=sys.stderr)
                continue
            results[name] = score_folder(folder, args.verbose)
    if not results:
        return 1
    names = list(results)
    print(f"{'F1 by field':<16}" + "".join(f"{n[:26]:>28}" for n in names))
    for f in FIELDS:
        print(f"{f:<16}" + "".join(
            f"{results[n][0].fields[f].f1:>14.3f} (P{results[n][0].fields[f].precision:.2f} R{results[n][0].fields[f].recall:.2f})"
            for n in names))
    print(f"{'invented values':<16}" + "".join(f"{results[n][0].invented_values:>28}" for n in names))
    print(f"{'texts / crashes':<16}" + "".join(f"{f'{results[n][1]} / {results[n][2]}':>28}" for n in names))
    print(f"{'reports/s (CPU)':<16}" + "".join(f"{results[n][1] / results[n][3] if results[n][3] else 0:>28.0f}" for n in names))
    if len(names) == 1:
        print()
        print(results[names[0]][0].table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
