"""Extraction scored on real report pages (``../shared/extract-dev``) and on our own texts in the real styles.

The floors are what the rules reach today, a little below, so a change that loses recall on real text
fails here; ``bench/extract_eval.py`` prints the whole table. The unseen split of our own texts is
scored by the bench only, never tuned against.
"""

import os
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import pytest

from kg.card import ReportCard
from kg.extract import extract, report_id_for
from kg.extract.evaluate import Reference, Scores, reference_pairs

from tests.conftest import SEED_TEXT

ROOT = Path(__file__).resolve().parent.parent
REAL_DEV = ROOT.parent / "shared" / "extract-dev"
OWN_SEEN = ROOT / "tests" / "data" / "extract" / "seen"


def _extract_and_check(pair: tuple[Path, Path]) -> tuple[Path, Path, ReportCard, list[str], str | None]:
    """One text's card, the card's span errors, and why ingest would reject it (None when it conforms): validated as
    ``mkg ingest`` validates it (screening shapes first, the full shapes when they flag something)."""
    from kg.build import build_quads
    from kg.validate import validate_and_serialise

    text_path, ref_path = pair
    text = text_path.read_text("utf-8")
    card = extract(text, report_id_for(text, text_path.stem))
    report, _ = validate_and_serialise(build_quads(card), label=text_path.name)
    rejected = None if report.conforms else str([r.message for r in report.violations][:2])
    return text_path, ref_path, card, card.span_errors(text), rejected


@cache
def extracted(folder: Path) -> list[tuple[Path, Path, ReportCard, list[str], str | None]]:
    """Each text of a folder with its reference, its card, the card's span errors and its ingest verdict: made once for
    every test of this module, in a process per core (the seen set holds over 1,500 pages: two minutes on one core)."""
    pairs = reference_pairs(folder)
    with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        return list(pool.map(_extract_and_check, pairs, chunksize=16))


def score(folder: Path) -> Scores:
    scores = Scores()
    for text_path, ref_path, card, span_errors, _ in extracted(folder):
        assert span_errors == [], text_path.name
        scores.add(Reference.of_card(card), Reference.load(ref_path), text_path.stem)
    return scores


# developments: "Instructure (the company behind Canvas) went public in 2015" is read as the dated company event it is;
# that card does not count it (12 of 13 right, F1 0.92)
FLOORS = {"values": 0.95, "cagr": 0.95, "players": 0.95, "developments": 0.92, "segments": 0.89, "regions": 0.97,
          "drivers": 0.65, "restraints": 0.72, "trends": 0.64}
# Our seen texts now hold every batch up to 240-249 (news articles, interviews, newsletters and statistics releases
# whose segments are named only in prose: segments 0.59-0.64 on their first scores); regions are what the rules read
# worst on them (their gold cards also disagree on whether a coverage list's countries, or the countries a reason names,
# are regions; see tests/data/extract/README.md). Values: 310-319 (non-USD statistics releases, fiscal-year newsletters,
# Portuguese-convention tables; 0.61 on arrival) joined them. Then 390-409 (first scores: values 0.70, players 0.77,
# segments 0.68; an infographic, a brokerage note and an interview among them): players and segments a little lower.
# Then 410-449 (first scores: values 0.83, CAGR 0.82, segments 0.75, regions 0.75; a statistics-office release, a
# Nordic and a Polish brief, an Italian newsletter with continental tables among them): values, segments, regions lower.
# Then 530-569 (first scores: values 0.77, players 0.82, segments 0.71, regions 0.75; PDF summaries with broken lines,
# slides, a webinar transcript, segment names with lists in parentheses among them): developments, segments, trends lower.
# Then 570-609 (first scores: values 0.80, CAGR 0.83, players 0.88, segments 0.77, restraints 0.34; short news briefs, a
# broker's note, a German brief, an interview among them): restraints lower. Then 610-649 (first scores: values 0.94,
# CAGR 0.89, players 0.91, segments 0.79): no floor moved; restraints, which they state plainly, rose to 0.48. Then 650-689
# (first scores: players 0.87, segments 0.75; news quoting reports, interviews, newsletters, pages segmented into nested
# sub-segments): players and segments lower. Then 690-729 (first scores: values 0.73, players 0.88, segments 0.79; country
# pages in local conventions, table-heavy pages, a LinkedIn post): values and restraints lower. Then 730-769 (first
# scores: values 0.90, CAGR 0.89, players 0.88, segments 0.76, trends 0.40; trade news, interviews and newsletters whose
# trends the gold cards paraphrase): trends lower. Then 770-809 (first scores: values 0.78, players 0.85, developments
# 0.87, segments 0.68; statistics releases, sector notes and pages translated from Japanese, Portuguese and Italian,
# PDF text with broken lines, slides): values and developments lower. Then 810-849 (first scores: players 0.86, segments
# 0.74, trends 0.31; news articles whose trends and players sit in analysis prose): trends lower. Then 930-969 and
# 970-1009 (first scores: values 0.91 and 0.84, CAGR 0.94 and 0.90, segments 0.67 and 0.71; country pages in local
# currencies and fiscal years, sub-national regions written as abbreviations, transcripts, a forum post, a translated
# page): CAGR and segments lower. Then 1010-1169 (first scores: values 0.89-0.95, players 0.85-0.93, segments 0.63-0.82;
# news on national markets named by what is sold, unusual pages, segments discussed only in prose): no floor moved. Then
# 1170-1329 (first scores: values 0.83-0.91, players 0.84-0.90, segments 0.73-0.78; national business papers of twenty
# countries, regional markets, excerpts, big houses' landing pages): trends lower (0.46; their trends are paraphrased
# from news prose), the rest held by the rules added for them. Then 1330-1449 (first scores: values 0.85-0.90,
# segments 0.53-0.74; continental and Asian conventions, unusual pages, pages with no value, segmentation tables):
# values, CAGRs and developments 0.01 lower, segments 0.02, trends 0.01. Then 2530-2609 (short excerpts like the real
# dev set's; first scores: segments 0.62-0.80, trends 0.21 and 0.04: their trends are a section's prose, paraphrased):
# trends 0.01 lower (0.449 with them).
OWN_FLOORS = {"values": 0.92, "cagr": 0.93, "players": 0.91, "developments": 0.92, "segments": 0.77, "regions": 0.83,
              "drivers": 0.41, "restraints": 0.47, "trends": 0.44}


@pytest.fixture(scope="module")
def real_dev_scores():
    if not REAL_DEV.is_dir():
        pytest.skip(f"the real dev set is not here ({REAL_DEV} is missing; CI has ../shared)")
    return score(REAL_DEV)


@pytest.mark.parametrize("field", FLOORS)
def test_real_pages_reach_the_floor(real_dev_scores, field):
    assert real_dev_scores.fields[field].f1 >= FLOORS[field], "\n".join(m for m in real_dev_scores.misses if f" {field}:" in m)


def test_real_pages_get_no_invented_market_values(real_dev_scores):
    assert real_dev_scores.invented_values == 0


@pytest.fixture(scope="module")
def own_seen_scores():
    return score(OWN_SEEN)


@pytest.mark.parametrize("field", OWN_FLOORS)
def test_own_texts_reach_the_floor(own_seen_scores, field):
    scores = own_seen_scores
    assert scores.fields[field].f1 >= OWN_FLOORS[field], "\n".join(m for m in scores.misses if f" {field}:" in m)


def test_the_seed_is_extracted_whole(seed_card: ReportCard):
    scores = Scores()
    scores.add(Reference.of_card(extract(SEED_TEXT.read_text("utf-8"), seed_card.id)), Reference.of_card(seed_card))
    for field in ("values", "cagr", "players", "developments"):
        assert scores.fields[field].f1 == 1.0, field


def test_every_extracted_page_validates_so_ingest_accepts_it():
    """A draft card that fails SHACL is rejected whole at ingest: extraction must give cards that conform (each card is
    validated as ingest validates it, in ``extracted``)."""
    folders = [f for f in (REAL_DEV, OWN_SEEN) if f.is_dir()]
    rejected = [f"{text_path.name}: {why}" for folder in folders for text_path, _, _, _, why in extracted(folder) if why]
    assert not rejected, "\n".join(rejected)
