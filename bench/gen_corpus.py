"""A synthetic corpus of market reports: press-release style texts and their ReportCards, with spans.

    python bench/gen_corpus.py 1000 --out /tmp/corpus [--seed 7]

writes ``OUT/cards/<id>.json`` (the card, every fact with its span in the text) and
``OUT/texts/<id>.txt`` (the report text). Deterministic from the seed. Markets, segments with
largest-share and fastest-growth claims, regions, drivers and the rest vary; 3–12 key players come
from one shared pool, so organisations recur across reports. The pool holds the organisations the
project's linking table knows (with headquarters countries, so country and region queries have
answers at every size) and fictional ones (which have no headquarters: mkg invents no links). Values
and CAGRs agree; about 2 % of the reports are deliberately invalid (a CAGR over 100 %, a forecast
figure outside the forecast period, a negative market value), and must be rejected on ingest.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from kg.card import Cagr, Development, Factor, MarketValue, Period, Player, Region, ReportCard, Segment, Span

DOMAINS = ["Robotics", "Pathology", "Packaging", "Payments", "Batteries", "Semiconductors", "Telehealth", "Analytics",
           "Biosimilars", "Insulation", "Drones", "Wearables", "Cybersecurity", "Fertilisers", "Coatings", "Sensors",
           "Genomics", "Logistics", "Solar Inverters", "Water Treatment"]
QUALIFIERS = ["Industrial", "Digital", "Smart", "Medical", "Automotive", "Cloud", "Portable", "Advanced", "Green",
              "Consumer", "Precision", "Connected", "Modular", "Specialty", "Next-Generation"]
DIMENSIONS = {
    "Type": ["Hardware", "Software", "Services", "Consumables", "Platforms"],
    "Application": ["Healthcare", "Manufacturing", "Retail", "Energy", "Agriculture", "Transportation"],
    "End User": ["Hospitals", "Enterprises", "Small Businesses", "Governments", "Households", "Research Institutes"],
}
REGIONS = ["North America", "Europe", "Asia Pacific", "Latin America", "Middle East & Africa"]
PUBLISHERS = ["Northwind Research", "Blue Harbor Analytics", "Meridian Market Insights", "Crestline Reports"]
LINKED_PLAYERS = ["Mayo Clinic", "Cleveland Clinic", "Johns Hopkins Hospital", "Apollo Hospitals", "Fortis Healthcare",
                  "Medanta", "University Hospital Tübingen"]
FICTIONAL_PLAYERS = [f"{a} {b}" for a in ("Arcadia", "Borealis", "Cobalt", "Delphi", "Ember", "Fjord", "Granite",
                                          "Helix", "Ion", "Juniper", "Kestrel", "Lumen", "Mistral", "Nimbus", "Onyx",
                                          "Pylon", "Quartz", "Raven", "Sable", "Tundra")
                     for b in ("Systems", "Technologies", "Holdings", "Labs", "Industries")]
DRIVERS = ["rising demand for automation", "stricter regulation on quality", "falling component costs",
           "growing investment in research", "an ageing population", "the spread of high-speed connectivity"]
RESTRAINTS = ["high upfront costs", "a shortage of skilled staff", "data privacy concerns", "supply chain disruption"]
TRENDS = ["the shift to subscription models", "the use of artificial intelligence", "consolidation among vendors"]
OPPORTUNITIES = ["expansion in emerging economies", "partnerships with public agencies", "new uses in home care"]
EVENTS = ["launched a new product line", "opened a regional centre", "acquired a smaller rival",
          "announced a partnership with a university", "received regulatory approval for its platform"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Writer:
    """Accumulates the report text and hands out spans of what it just wrote."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def fact(self, text: str) -> Span:
        start = self.length
        self.write(text)
        return Span(start=start, end=start + len(text), quote=text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _amount(rng: random.Random) -> tuple[float, str]:
    scale = rng.choice(["million", "billion"])
    return (round(rng.uniform(120, 950), 1) if scale == "million" else round(rng.uniform(1.1, 48), 2)), scale


def report(index: int, rng: random.Random) -> tuple[ReportCard, str]:
    """One synthetic report: its card and its text."""
    w = Writer()
    report_id = f"syn-{index:06d}"
    market = f"{rng.choice(QUALIFIERS)} {rng.choice(DOMAINS)}"
    publisher = rng.choice(PUBLISHERS)
    base = rng.choice([2023, 2024, 2025])
    end = base + rng.choice([5, 6, 7, 8])
    percent = round(rng.uniform(2.5, 24.0), 1)
    amount, scale = _amount(rng)
    final = round(amount * (1 + percent / 100) ** (end - base), 2)
    invalid = rng.random() < 0.02

    w.write(f"{publisher} | Report {report_id}\n\nThe global ")
    market_span = w.fact(f"{market} market")
    w.write(" is estimated at ")
    first = w.fact(f"USD {amount} {scale} in {base}")
    w.write(" and is projected to reach ")
    end_year = end + 9 if invalid and index % 3 == 1 else end
    second = w.fact(f"USD {final} {scale} by {end_year}")
    w.write(", growing at a ")
    stated = percent + 150 if invalid and index % 3 == 0 else percent
    cagr_span = w.fact(f"CAGR of {stated}% from {base} to {end}")
    w.write(". Source: ")
    publisher_span = w.fact(publisher)
    w.write(".\nForecast period: ")
    period_span = w.fact(f"{base}-{end}")
    w.write("\n\n")
    values = [MarketValue(amount=-amount if invalid and index % 3 == 2 else amount, currency="USD", scale=scale,
                          year=base, kind="estimate", span=first),
              MarketValue(amount=final, currency="USD", scale=scale, year=end_year, kind="forecast", span=second)]

    segments = []
    for dimension in rng.sample(sorted(DIMENSIONS), 2):
        names = rng.sample(DIMENSIONS[dimension], 3)
        w.write(f"By {dimension.lower()}, the market covers ")
        spans = [w.fact(name) if i == 0 else (w.write(", "), w.fact(name))[1] for i, name in enumerate(names)]
        w.write(". ")
        largest, fastest = rng.sample(range(3), 2)
        largest_claim = w.fact(f"The {names[largest].lower()} segment held the largest share")
        w.write(", while ")
        fastest_claim = w.fact(f"{names[fastest].lower()} is expected to grow fastest")
        w.write(".\n")
        for i, name in enumerate(names):
            claim = "largest_share" if i == largest else "fastest_growth" if i == fastest else None
            segments.append(Segment(name=name, dimension=dimension, span=spans[i], claim=claim,
                                    claim_span={"largest_share": largest_claim, "fastest_growth": fastest_claim}.get(claim)))

    regions = []
    chosen = rng.sample(REGIONS, rng.randint(2, 4))
    w.write("Regions covered: ")
    for i, name in enumerate(chosen):
        if i:
            w.write(", ")
        regions.append(Region(name=name, span=w.fact(name)))
    w.write(". ")
    regions[0] = regions[0].model_copy(update={"claim": "largest_share",
                                               "claim_span": w.fact(f"{chosen[0]} dominated the market")})
    w.write(".\n\n")

    def factors(kind: str, pool: list[str]) -> list[Factor]:
        out = []
        for text in rng.sample(pool, 2):
            w.write(f"A key {kind} is ")
            out.append(Factor(text=text, span=w.fact(text)))
            w.write(". ")
        return out

    drivers, restraints = factors("driver", DRIVERS), factors("restraint", RESTRAINTS)
    trends, opportunities = factors("trend", TRENDS), factors("opportunity", OPPORTUNITIES)

    pool = rng.sample(LINKED_PLAYERS, rng.randint(1, 3)) + rng.sample(FICTIONAL_PLAYERS, rng.randint(2, 9))
    w.write("\n\nKey players: ")
    players = []
    for i, name in enumerate(pool):
        if i:
            w.write(", ")
        players.append(Player(name=name, span=w.fact(name)))
    w.write(".\n\nRecent developments:\n")
    developments = []
    for actor in rng.sample(pool, 2):
        year, month = rng.randint(base - 2, base), rng.randint(1, 12)
        sentence = f"In {MONTHS[month - 1]} {year}, {actor} {rng.choice(EVENTS)}."
        developments.append(Development(date=f"{year}-{month:02d}", actor=actor, summary=sentence, span=w.fact(sentence)))
        w.write("\n")

    card = ReportCard(
        id=report_id, source=f"{report_id}.txt", market=market, market_span=market_span,
        publisher=publisher, publisher_span=publisher_span, geography_scope="global",
        forecast_period=Period(start=base, end=end, span=period_span),
        values=values, cagr=[Cagr(percent=stated, start=base, end=end, span=cagr_span)],
        segments=segments, regions=regions, drivers=drivers, restraints=restraints, trends=trends,
        opportunities=opportunities, players=players, developments=developments,
    )
    return card, w.text


def generate(count: int, out: Path, seed: int = 7) -> list[str]:
    """Write ``count`` reports under ``out``; returns the ids of the deliberately invalid ones."""
    rng = random.Random(seed)
    (out / "cards").mkdir(parents=True, exist_ok=True)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    invalid = []
    for index in range(count):
        card, text = report(index, rng)
        assert not card.span_errors(text), card.span_errors(text)
        (out / "texts" / f"{card.id}.txt").write_text(text, encoding="utf-8")
        (out / "cards" / f"{card.id}.json").write_text(card.to_json(), encoding="utf-8")
        if card.cagr[0].percent > 100 or card.values[0].amount < 0 or card.values[1].year > card.forecast_period.end:
            invalid.append(card.id)
    return invalid


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("--out", type=Path, default=Path("data/corpus"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    invalid = generate(args.count, args.out, args.seed)
    print(f"wrote {args.count} reports to {args.out} ({len(invalid)} deliberately invalid: {', '.join(invalid[:10])}"
          f"{' …' if len(invalid) > 10 else ''})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
