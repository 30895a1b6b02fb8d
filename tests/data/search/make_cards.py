"""Writes the small reports of the search evaluation: ``S??-*.txt`` and their cards ``S??-*.yaml``.

    python tests/data/search/make_cards.py

Twelve short press-release texts on markets unlike the seed's, written for the search evaluation
(their drivers, restraints and trends are what ``queries.yaml`` asks for in other words); each card
points every fact at its words in the text. The output is committed; this script documents how it
was made and regenerates it after an edit.
"""

from __future__ import annotations

from pathlib import Path

from kg.card import Cagr, Development, Factor, MarketValue, Period, Player, Region, ReportCard, Segment, Span

HERE = Path(__file__).parent

REPORTS = [
    dict(id="S01-cold-chain", market="Cold Chain Logistics", publisher="Harbourline Research", date="2025-03-04",
         base=2024, end=2032, amount=281.4, scale="billion", cagr=10.2, regions=["North America", "Europe", "Asia Pacific"],
         segments=[("Temperature", ["chilled", "frozen", "deep-frozen"], 1, 0)],
         drivers=["growing trade in perishable food", "stricter rules on vaccine storage temperatures",
                  "expansion of online grocery delivery"],
         restraints=["high energy costs of refrigerated warehouses", "fragmented infrastructure in rural areas"],
         trends=["real-time temperature monitoring with IoT sensors", "adoption of electric refrigerated trucks"],
         opportunities=["pharmaceutical shipments of biologics", "new warehouses in Southeast Asia"],
         players=["Lineage Logistics", "Americold Realty Trust", "Nichirei Logistics", "DHL Supply Chain"],
         developments=[("2024-03", "Americold Realty Trust", "Americold Realty Trust opened an automated cold store in Dubai"),
                       ("2023-08", "Lineage Logistics", "Lineage Logistics acquired a frozen food distributor in Poland")]),
    dict(id="S02-plant-dairy", market="Plant-Based Dairy Alternatives", publisher="Greenfield Insights", date="2024-06-18",
         base=2023, end=2030, amount=24.6, scale="billion", cagr=11.8, regions=["Europe", "North America"],
         segments=[("Source", ["almond", "oat", "soy"], 0, 1)],
         drivers=["rising prevalence of lactose intolerance", "consumer concern over animal welfare",
                  "a growing vegan population"],
         restraints=["higher retail prices than cow's milk", "taste and texture gaps compared with dairy"],
         trends=["oat milk gaining shelf space in coffee chains", "clean-label products with short ingredient lists"],
         opportunities=["fortified drinks for children", "partnerships with restaurant chains"],
         players=["Oatly Group", "Danone", "Califia Farms", "Ripple Foods"],
         developments=[("2024-05", "Oatly Group", "Oatly Group launched a barista edition in Brazil"),
                       ("2023-01", "Danone", "Danone expanded its Alpro plant in Belgium")]),
    dict(id="S03-ev-charging", market="Electric Vehicle Charging Infrastructure", publisher="Voltmark Analytics",
         date="2025-01-22", base=2024, end=2031, amount=36.9, scale="billion", cagr=24.1,
         regions=["Europe", "Asia Pacific", "North America"],
         segments=[("Charger Type", ["AC level 2", "DC fast"], 0, 1), ("Application", ["residential", "commercial"], 1, 0)],
         drivers=["government subsidies for zero-emission vehicles", "falling battery prices", "corporate fleet electrification"],
         restraints=["high installation costs for fast chargers", "limited grid capacity in dense cities"],
         trends=["bidirectional vehicle-to-grid charging", "ultra-fast 350 kW chargers along highways"],
         opportunities=["charging hubs at retail parking lots", "solar-powered charging stations"],
         players=["ChargePoint", "ABB E-mobility", "Tesla", "EVgo"],
         developments=[("2024-02", "ChargePoint", "ChargePoint partnered with a European utility to deploy 5,000 chargers"),
                       ("2023-06", "ABB E-mobility", "ABB E-mobility opened a charger factory in Italy")]),
    dict(id="S04-health-cyber", market="Healthcare Cybersecurity", publisher="Sentinel Market Research", date="2024-09-30",
         base=2023, end=2030, amount=18.3, scale="billion", cagr=18.5, regions=["North America", "Europe"],
         segments=[("Solution", ["identity and access management", "network security", "cloud security"], 0, 2)],
         drivers=["a surge in ransomware attacks on hospitals", "regulatory penalties for patient data breaches",
                  "the growth of connected medical devices"],
         restraints=["a shortage of skilled security professionals", "tight IT budgets at small clinics"],
         trends=["zero-trust network architectures", "machine learning for threat detection"],
         opportunities=["managed security services for rural hospitals", "securing telehealth platforms"],
         players=["Palo Alto Networks", "Cisco Systems", "Fortinet", "Imprivata"],
         developments=[("2024-04", "Imprivata", "Imprivata introduced passwordless login for clinical workstations"),
                       ("2023-11", "Fortinet", "Fortinet signed a security agreement with a hospital network in Texas")]),
    dict(id="S05-precision-ag", market="Precision Agriculture", publisher="Agritrend Partners", date="2025-02-10",
         base=2024, end=2030, amount=10.7, scale="billion", cagr=12.9,
         regions=["North America", "Latin America", "Europe"],
         segments=[("Technology", ["guidance systems", "remote sensing", "variable rate technology"], 0, 1)],
         drivers=["the need to raise crop yields for a growing population",
                  "rising fertilizer prices that reward efficient input use", "low-cost satellite imagery"],
         restraints=["the high upfront cost of guidance systems for small farms", "poor rural internet connectivity"],
         trends=["drones for crop spraying", "variable-rate application of seeds and fertilizer"],
         opportunities=["farm management software subscriptions", "carbon credit programs that reward soil monitoring"],
         players=["Deere & Company", "Trimble", "AGCO", "Topcon"],
         developments=[("2024-09", "Deere & Company", "Deere & Company acquired a startup that builds computer vision for weeding"),
                       ("2023-03", "Trimble", "Trimble formed a joint venture with AGCO for mixed-fleet guidance")]),
    dict(id="S06-hearing-aids", market="Hearing Aids", publisher="Auris Market Intelligence", date="2024-04-02",
         base=2023, end=2030, amount=8.9, scale="billion", cagr=6.4, regions=["Europe", "North America", "Asia Pacific"],
         segments=[("Product", ["behind-the-ear", "in-the-ear", "receiver-in-canal"], 0, 2)],
         drivers=["an ageing population with age-related hearing loss",
                  "over-the-counter sales approved by regulators", "smaller devices with rechargeable batteries"],
         restraints=["the social stigma of wearing hearing aids", "limited insurance reimbursement for devices"],
         trends=["Bluetooth streaming from smartphones", "self-fitting through a smartphone app"],
         opportunities=["untreated hearing loss in emerging markets", "integration with fitness tracking"],
         players=["Sonova", "Demant", "WS Audiology", "GN Store Nord"],
         developments=[("2024-08", "Sonova", "Sonova launched an AI-powered hearing aid that separates speech from noise"),
                       ("2023-10", "GN Store Nord", "GN Store Nord began selling an over-the-counter model in US pharmacies")]),
    dict(id="S07-drone-delivery", market="Drone Package Delivery", publisher="Skyward Research", date="2025-05-15",
         base=2024, end=2032, amount=1.6, scale="billion", cagr=41.0, regions=["North America", "Asia Pacific"],
         segments=[("Payload", ["under 2 kg", "2 to 5 kg", "over 5 kg"], 0, 1)],
         drivers=["demand for faster last-mile delivery", "cheaper drone hardware",
                  "relaxed rules for flights beyond the pilot's line of sight"],
         restraints=["strict airspace regulations", "short battery life and small payloads"],
         trends=["delivery of medical supplies to remote clinics", "autonomous docking and charging stations"],
         opportunities=["food delivery in suburbs", "inspection flights for power lines and wind turbines"],
         players=["Zipline", "Wing Aviation", "DJI", "Skydio"],
         developments=[("2024-06", "Zipline", "Zipline started home deliveries for a hospital group in Texas"),
                       ("2023-09", "Wing Aviation", "Wing Aviation expanded its service to a second city in Australia")]),
    dict(id="S08-desalination", market="Water Desalination", publisher="Aquila Analytics", date="2023-11-07",
         base=2022, end=2030, amount=17.2, scale="billion", cagr=8.7, regions=["Middle East & Africa", "Asia Pacific", "Europe"],
         segments=[("Technology", ["reverse osmosis", "multi-stage flash", "electrodialysis"], 0, 2)],
         drivers=["water scarcity in arid regions", "population growth in coastal cities", "industrial demand for process water"],
         restraints=["the heavy electricity use of reverse osmosis plants", "brine discharge that harms marine life"],
         trends=["plants powered by solar and wind energy", "graphene-based membranes"],
         opportunities=["small modular units for islands", "public-private partnerships in the Gulf states"],
         players=["Veolia", "IDE Technologies", "Acciona", "Doosan Enerbility"],
         developments=[("2023-05", "Acciona", "Acciona won a contract to build a seawater plant in Saudi Arabia"),
                       ("2022-12", "Veolia", "Veolia commissioned a solar-powered desalination plant in Oman")]),
    dict(id="S09-language-learning", market="Online Language Learning", publisher="Edumetrics Group", date="2024-02-26",
         base=2023, end=2030, amount=15.8, scale="billion", cagr=16.2, regions=["Asia Pacific", "Europe", "Latin America"],
         segments=[("Language", ["English", "Mandarin", "Spanish"], 0, 1)],
         drivers=["a globalised workforce that needs a second language", "cheap smartphones and mobile data",
                  "gamified lessons that keep learners engaged"],
         restraints=["low completion rates of self-paced courses", "competition from free videos and apps"],
         trends=["chatbot conversation partners for speaking practice", "marketplaces for live tutoring"],
         opportunities=["corporate training contracts", "exam preparation for English tests in Asia"],
         players=["Duolingo", "Babbel", "Rosetta Stone", "Preply"],
         developments=[("2023-09", "Duolingo", "Duolingo added maths and music courses to its app"),
                       ("2024-01", "Preply", "Preply raised a funding round to expand in Latin America")]),
    dict(id="S10-pet-food", market="Premium Pet Food", publisher="Harbourline Research", date="2024-07-09",
         base=2023, end=2031, amount=32.5, scale="billion", cagr=7.1, regions=["North America", "Europe", "Asia Pacific"],
         segments=[("Animal", ["dogs", "cats", "small mammals"], 0, 1)],
         drivers=["owners treating pets as family members", "demand for natural ingredients",
                  "more households adopting pets during the pandemic"],
         restraints=["volatile prices of meat and grain", "product recalls over contamination"],
         trends=["fresh meals delivered by subscription", "insect protein in pet food"],
         opportunities=["treats for joint and dental health", "online sales in emerging markets"],
         players=["Mars Petcare", "Nestlé Purina", "Hill's Pet Nutrition", "The Farmer's Dog"],
         developments=[("2024-03", "Nestlé Purina", "Nestlé Purina opened a factory in Italy for wet cat food"),
                       ("2023-06", "Mars Petcare", "Mars Petcare bought a maker of freeze-dried raw food")]),
    dict(id="S11-battery-recycling", market="Lithium-Ion Battery Recycling", publisher="Voltmark Analytics",
         date="2025-04-01", base=2024, end=2033, amount=7.4, scale="billion", cagr=20.6,
         regions=["Asia Pacific", "Europe", "North America"],
         segments=[("Process", ["hydrometallurgy", "pyrometallurgy", "direct recycling"], 0, 2)],
         drivers=["a wave of end-of-life electric vehicle batteries", "supply risk for cobalt and lithium",
                  "extended producer responsibility laws"],
         restraints=["costly collection and transport of hazardous batteries", "many cell chemistries that complicate processing"],
         trends=["recovery of battery-grade materials with chemical leaching", "closed-loop supply deals with carmakers"],
         opportunities=["second-life energy storage from used car batteries", "recycling plants near gigafactories"],
         players=["Redwood Materials", "Li-Cycle", "Umicore", "Brunp Recycling"],
         developments=[("2024-10", "Redwood Materials", "Redwood Materials began producing cathode material in Nevada"),
                       ("2023-04", "Umicore", "Umicore signed a recycling agreement with a European carmaker")]),
    dict(id="S12-sports-nutrition", market="Sports Nutrition", publisher="Greenfield Insights", date="2023-08-21",
         base=2022, end=2029, amount=44.1, scale="billion", cagr=8.9, regions=["North America", "Europe", "Latin America"],
         segments=[("Product", ["protein powders", "ready-to-drink shakes", "energy bars"], 0, 1)],
         drivers=["a fitness culture among young adults", "protein snacking beyond athletes",
                  "influencer marketing on social media"],
         restraints=["worries about banned substances and inaccurate labels", "high prices of premium protein powders"],
         trends=["plant protein blends", "personalised nutrition based on wearable data"],
         opportunities=["products for women and older adults", "shakes sold in convenience stores"],
         players=["Glanbia", "Abbott", "PepsiCo", "MusclePharm"],
         developments=[("2023-02", "Glanbia", "Glanbia bought a plant-based protein brand in the United Kingdom"),
                       ("2022-11", "PepsiCo", "PepsiCo launched a protein water under its Gatorade brand")]),
]


class Writer:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text += text

    def fact(self, text: str) -> Span:
        start = len(self.text)
        self.text += text
        return Span(start=start, end=len(self.text), quote=text)


def _listing(w: Writer, items: list[str]) -> list[Span]:
    spans = []
    for i, item in enumerate(items):
        w.write("" if i == 0 else " and " if i == len(items) - 1 else ", ")
        spans.append(w.fact(item))
    return spans


def make(spec: dict) -> tuple[ReportCard, str]:
    w = Writer()
    base, end, amount, scale, percent = spec["base"], spec["end"], spec["amount"], spec["scale"], spec["cagr"]
    final = round(amount * (1 + percent / 100) ** (end - base), 1)
    w.write(f"{spec['publisher']} | {spec['date']}\n\nThe global ")
    market_span = w.fact(f"{spec['market']} market")
    w.write(" was valued at ")
    first = w.fact(f"USD {amount} {scale} in {base}")
    w.write(" and is expected to reach ")
    second = w.fact(f"USD {final} {scale} by {end}")
    w.write(", growing at a ")
    cagr_span = w.fact(f"CAGR of {percent}% from {base} to {end}")
    w.write(", according to ")
    publisher_span = w.fact(spec["publisher"])
    w.write(". Forecast period: ")
    period_span = w.fact(f"{base}-{end}")
    w.write(".\n\n")
    segments = []
    for dimension, names, largest, fastest in spec["segments"]:
        w.write(f"By {dimension.lower()}, the report covers ")
        spans = _listing(w, names)
        w.write(". ")
        largest_span = w.fact(f"The {names[largest]} segment held the largest share")
        w.write(", and ")
        fastest_span = w.fact(f"the {names[fastest]} segment is expected to grow fastest")
        w.write(".\n")
        for i, name in enumerate(names):
            claim = "largest_share" if i == largest else "fastest_growth" if i == fastest else None
            segments.append(Segment(name=name, dimension=dimension, span=spans[i], claim=claim,
                                    claim_span={"largest_share": largest_span, "fastest_growth": fastest_span}.get(claim)))
    w.write("Regions covered: ")
    region_spans = _listing(w, spec["regions"])
    w.write(". ")
    lead = w.fact(f"{spec['regions'][0]} accounted for the largest share")
    w.write(".\n\n")
    regions = [Region(name=name, span=span) for name, span in zip(spec["regions"], region_spans)]
    regions[0] = regions[0].model_copy(update={"claim": "largest_share", "claim_span": lead})

    def factors(opening: str, items: list[str]) -> list[Factor]:
        w.write(opening)
        spans = _listing(w, items)
        w.write(".\n")
        return [Factor(text=item, span=span) for item, span in zip(items, spans)]

    drivers = factors("Growth is driven by ", spec["drivers"])
    restraints = factors("Growth is held back by ", spec["restraints"])
    trends = factors("Trends to watch include ", spec["trends"])
    opportunities = factors("Opportunities lie in ", spec["opportunities"])
    w.write("\nKey players: ")
    players = [Player(name=n, span=s) for n, s in zip(spec["players"], _listing(w, spec["players"]))]
    w.write(".\n\nRecent developments:\n")
    developments = []
    for date, actor, sentence in spec["developments"]:
        developments.append(Development(date=date, actor=actor, summary=sentence, span=w.fact(sentence)))
        w.write(".\n")
    card = ReportCard(
        id=spec["id"], source=f"{spec['id']}.txt", market=spec["market"], market_span=market_span,
        publisher=spec["publisher"], publisher_span=publisher_span, report_date=spec["date"], geography_scope="global",
        forecast_period=Period(start=base, end=end, span=period_span),
        values=[MarketValue(amount=amount, currency="USD", scale=scale, year=base, kind="estimate", span=first),
                MarketValue(amount=final, currency="USD", scale=scale, year=end, kind="forecast", span=second)],
        cagr=[Cagr(percent=percent, start=base, end=end, span=cagr_span)],
        segments=segments, regions=regions, drivers=drivers, restraints=restraints, trends=trends,
        opportunities=opportunities, players=players, developments=developments)
    return card, w.text


def main() -> None:
    for spec in REPORTS:
        card, text = make(spec)
        assert not card.span_errors(text), card.span_errors(text)
        (HERE / f"{card.id}.txt").write_text(text, encoding="utf-8")
        card.write(HERE / f"{card.id}.yaml")
    print(f"wrote {len(REPORTS)} reports to {HERE}")


if __name__ == "__main__":
    main()
