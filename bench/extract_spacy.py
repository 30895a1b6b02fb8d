"""Measure whether spaCy's sentence splitter pays for extraction: the same rules over spaCy's sentences.

    pip install spacy && python bench/extract_spacy.py [DIR …]

spaCy's English pipelines with an ORG recogniser (en_core_web_*) are published on GitHub, not on the
package registry, so only the registry package's rule-based ``sentencizer`` can be compared. Prints F1 per
field with our splitter (``kg.extract.page.sentences``) and with spaCy's, and the time each takes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import kg.extract as extraction
from kg.extract import extract, report_id_for
from kg.extract.evaluate import Reference, Scores, reference_pairs
from kg.extract.page import Sentence, sentence_between

ROOT = Path(__file__).resolve().parent.parent


def spacy_sentences():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def split(text: str) -> list[Sentence]:
        found = (sentence_between(text, sent.start_char, sent.end_char) for sent in nlp(text).sents)
        return [sentence for sentence in found if sentence is not None]

    return split


def run(folders: list[Path], splitter) -> tuple[Scores, float, float]:
    original = extraction.sentences
    extraction.sentences = splitter
    scores, seconds, split_seconds = Scores(), 0.0, 0.0
    try:
        for folder in folders:
            for text_path, ref_path in reference_pairs(folder):
                text = text_path.read_text("utf-8")
                clock = time.process_time()
                splitter(text)
                split_seconds += time.process_time() - clock
                clock = time.process_time()
                card = extract(text, report_id_for(text, text_path.stem))
                seconds += time.process_time() - clock
                scores.add(Reference.of_card(card), Reference.load(ref_path), text_path.stem)
    finally:
        extraction.sentences = original
    return scores, seconds, split_seconds


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT.parent / "shared" / "extract-dev", ROOT / "tests" / "data" / "extract" / "seen"]
    folders = [f for f in folders if f.is_dir()]
    ours = run(folders, extraction.sentences)
    theirs = run(folders, spacy_sentences())
    print(f"{'field':<16}{'our splitter':>14}{'spaCy sentencizer':>20}")
    for field in ("values", "cagr", "players", "developments", "segments", "regions", "drivers", "trends"):
        print(f"{field:<16}{ours[0].fields[field].f1:>14.3f}{theirs[0].fields[field].f1:>20.3f}")
    print(f"{'split CPU s':<16}{ours[2]:>14.3f}{theirs[2]:>20.3f}")
    print(f"{'extract CPU s':<16}{ours[1]:>14.3f}{theirs[1]:>20.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
