"""Score extracted cards against reference cards, per field: precision, recall, F1, and invented values.

    python bench/extract_eval.py CARD_DIR TEXT_DIR

Each reference card in CARD_DIR (``.yaml``/``.json``) is matched with ``TEXT_DIR/<card source or id>.txt``,
extracted with `kg.extract`, and compared:
values on (amount, scale, currency, year); CAGRs on (percent, start, end); players by normalised
name (the reference's corrected label also counts); developments by (date, normalised actor);
segments and regions by normalised name, their claims by (name, claim); drivers, restraints, trends
and opportunities by fuzzy text match (token overlap ≥ 0.5). An *invented value* is an extracted
market value or CAGR that matches nothing in the reference. Also prints the extraction rate.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from kg.card import ReportCard
from kg.extract import extract

FUZZY = ("drivers", "restraints", "trends", "opportunities")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\b(inc|ltd|llc|corp|corporation|co|plc|ag|se|sa|gmbh|limited|group|holdings|the)\b\.?", " ", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def tokens(text: str) -> set[str]:
    return set(norm(text).split())


def keys(card: ReportCard, field: str) -> list:
    if field == "values":
        return [(round(v.amount, 4), v.scale, v.currency, v.year) for v in card.values]
    if field == "cagr":
        return [(round(c.percent, 2), c.start, c.end) for c in card.cagr]
    if field == "players":
        return [{norm(p.name)} | ({norm(p.label)} if p.label else set()) for p in card.players]
    if field == "developments":
        return [(d.date, norm(d.actor)) for d in card.developments]
    if field in ("segments", "regions"):
        return [norm(s.name) for s in getattr(card, field)]
    if field in ("segment_claims", "region_claims"):
        items = card.segments if field == "segment_claims" else card.regions
        return [(norm(s.name), s.claim) for s in items if s.claim]
    return [f.text for f in getattr(card, field)]


def match(field: str, extracted: list, reference: list) -> int:
    """Greedy one-to-one matches."""
    unused = list(reference)
    hits = 0
    for item in extracted:
        for ref in unused:
            if field == "players":
                ok = bool(item & ref)
            elif field in FUZZY:
                a, b = tokens(item), tokens(ref)
                ok = bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5
            else:
                ok = item == ref
            if ok:
                unused.remove(ref)
                hits += 1
                break
    return hits


FIELDS = ("values", "cagr", "players", "developments", "segments", "segment_claims", "regions", "region_claims", *FUZZY)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("card_dir", type=Path)
    ap.add_argument("text_dir", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses and extras per report")
    args = ap.parse_args(argv)
    totals = defaultdict(lambda: [0, 0, 0])  # hits, extracted, reference
    invented, reports, seconds = 0, 0, 0.0
    for card_path in sorted(p for p in args.card_dir.iterdir() if p.suffix in (".yaml", ".yml", ".json")):
        reference = ReportCard.from_file(card_path)
        text_path = args.text_dir / (reference.source or f"{reference.id}.txt")
        if not text_path.exists():
            print(f"skip {card_path.name}: no text {text_path}", file=sys.stderr)
            continue
        text = text_path.read_text(encoding="utf-8")
        clock = time.perf_counter()
        extracted = extract(text, reference.id, source=text_path.name)
        seconds += time.perf_counter() - clock
        reports += 1
        for field in FIELDS:
            got, want = keys(extracted, field), keys(reference, field)
            hits = match(field, got, want)
            totals[field][0] += hits
            totals[field][1] += len(got)
            totals[field][2] += len(want)
            if field in ("values", "cagr"):
                invented += len(got) - hits
            if args.verbose and (hits < len(got) or hits < len(want)):
                print(f"{reference.id} {field}: extracted {got} reference {want}")
    print(f"{'field':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'hits':>5} {'extracted':>9} {'reference':>9}")
    for field in FIELDS:
        hits, got, want = totals[field]
        precision = hits / got if got else (1.0 if not want else 0.0)
        recall = hits / want if want else (1.0 if not got else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{field:<16} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {hits:>5} {got:>9} {want:>9}")
    print(f"invented values (market values and CAGRs matching no reference): {invented}")
    print(f"{reports} report(s) extracted in {seconds:.2f} s ({reports / seconds if seconds else 0:.0f} reports/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
