"""Evaluate `mkg ask`: top-1 query accuracy, parameter accuracy and refusals, per matching mode.

    python bench/ask_eval.py                 # builds a temporary store: the shipped cards + tests/data/compare
    python bench/ask_eval.py --store PATH    # an existing store holding the same reports
    python bench/ask_eval.py --errors        # also list every miss
    python bench/ask_eval.py --sweep         # accuracy and refusals at other thresholds (how THRESHOLDS was chosen)
    python bench/ask_eval.py --heldout       # also the held-out questions nothing was tuned on

Questions: tests/data/ask/questions.yaml. Scoring: kg/ask/evaluate.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ask.answer import THRESHOLDS  # noqa: E402
from kg.ask.evaluate import evaluate, load_questions  # noqa: E402
from kg.ask.match import MODES  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

QUESTIONS = ROOT / "tests" / "data" / "ask" / "questions.yaml"
HELDOUT = ROOT / "tests" / "data" / "ask" / "heldout.yaml"
REPORTS = [ROOT / "kg" / "cards", ROOT / "tests" / "data" / "compare"]


def build_store(path: Path) -> None:
    from kg.ingest import ingest

    store = OxigraphStore(path)
    summary = ingest(REPORTS, store, workers=1)
    if summary.rejected:
        sys.exit(f"rejected: {[o.path for o in summary.rejected]}")
    del store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--heldout", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store
        if path is None:
            path = Path(tmp) / "store"
            build_store(path)
        store = OxigraphStore(path, read_only=True)
        results = []
        for source in [QUESTIONS] + ([HELDOUT] if args.heldout else []):
            questions = load_questions(source)
            print(f"{len(questions['answerable'])} answerable and {len(questions['unanswerable'])} unanswerable "
                  f"questions ({source.relative_to(ROOT)})\n")
            print(f"{'mode':<8} {'threshold':>9} {'top-1':>6} {'params':>6} {'refused':>8} {'answered wrongly':>17} "
                  f"{'ms/question':>12}")
            for mode in MODES[1:] + MODES[:1]:  # lexical, dense, hybrid
                scores = evaluate(questions, store, mode)
                scores.mode = f"{mode} ({source.stem})"
                results.append(scores)
                total = scores.answerable + scores.unanswerable
                print(f"{mode:<8} {THRESHOLDS[mode]:>9g} {scores.top1_accuracy:>6.3f} {scores.param_accuracy:>6.3f} "
                      f"{scores.refusal_rate:>8.3f} {scores.answered_wrongly:>17d} {1000 * scores.seconds / total:>12.1f}")
            print()
        questions = load_questions(QUESTIONS)
        if args.sweep:
            print("\nthreshold sweep (top-1 / refused / answered wrongly):")
            for mode in MODES:
                cells = []
                for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
                    s = evaluate(questions, store, mode, threshold=t)
                    cells.append(f"{t:g}: {s.top1_accuracy:.2f}/{s.refusal_rate:.2f}/{s.answered_wrongly}")
                print(f"  {mode:<8} " + "  ".join(cells))
        if args.errors:
            for scores in results:
                print(f"\n{scores.mode}: {len(scores.errors)} miss(es)")
                for error in scores.errors:
                    print(f"  {error}")


if __name__ == "__main__":
    main()
