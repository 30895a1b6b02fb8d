"""Two small reports of our own, written the way the genre writes players, countries and regions.

They set ``Player.country`` and ``country_span`` as extraction would for "Company (Country)", name
organisations differently from each other and from the seed ("SIEMENS" / "Siemens AG", "Fortis Healthcare
Ltd." / the seed's "Fortis Hospitals Group", "Bayer AG" / "Bayer Crop Science"), and cover report regions.
"""

from __future__ import annotations

from pathlib import Path

from kg.card import MarketValue, Player, Region, ReportCard, Segment, Span

ROBOTS = (
    "The global industrial robots market was valued at USD 16.2 billion in 2024. "
    "North America, Europe, APAC and Middle East and Africa are covered. "
    "Key players include FANUC Corporation (Japan), Rockwell Automation, Inc. (U.S.), ABB Ltd. (Switzerland), "
    "Siemens AG (Germany), Samsung Electronics Co., Ltd. (South Korea), Emirates Global Aluminium (UAE), "
    "Bayer AG, Merck & Co., Inc., STATE POWER INVESTMENT CORP. LTD., Fortis Healthcare Ltd. and "
    "Atlantis Robotics (Atlantis). By end use, the Automotive segment led."
)
HEALTH = (
    "The Industrial Robot Market was worth USD 3.1 billion in 2023. "
    "The report covers Latin America, GCC, MEA and Rest of World. "
    "Leading companies are SIEMENS, Bayer Crop Science, Merck, State Power Investment Corporation, "
    "Fortis Hospitals Group, Naspers Limited (South Africa), Saudi Aramco (Saudi Arabia), "
    "BAE Systems plc (the UK) and Embraer S.A. (Brazil). By end use, automotive held the largest share."
)
ROBOTS_PLAYERS = [("FANUC Corporation", "Japan"), ("Rockwell Automation, Inc.", "U.S."), ("ABB Ltd.", "Switzerland"),
                  ("Siemens AG", "Germany"), ("Samsung Electronics Co., Ltd.", "South Korea"),
                  ("Emirates Global Aluminium", "UAE"), ("Bayer AG", None), ("Merck & Co., Inc.", None),
                  ("STATE POWER INVESTMENT CORP. LTD.", None), ("Fortis Healthcare Ltd.", None),
                  ("Atlantis Robotics", "Atlantis")]
HEALTH_PLAYERS = [("SIEMENS", None), ("Bayer Crop Science", None), ("Merck", None),
                  ("State Power Investment Corporation", None), ("Fortis Hospitals Group", None),
                  ("Naspers Limited", "South Africa"), ("Saudi Aramco", "Saudi Arabia"), ("BAE Systems plc", "the UK"),
                  ("Embraer S.A.", "Brazil")]


def _players(text: str, written: list[tuple[str, str | None]]) -> list[Player]:
    players = []
    for name, country in written:
        span = Span.of(text, name)
        country_span = Span.of(text, f"{name} ({country})") if country else None
        if country_span is not None:  # the country's own words, inside the brackets
            start = country_span.start + len(name) + 2
            country_span = Span(start=start, end=start + len(country), quote=country)
        players.append(Player(name=name, span=span, country=country, country_span=country_span))
    return players


def robots_card() -> ReportCard:
    text = ROBOTS
    return ReportCard(
        id="own-robots-2024", market="industrial robots", market_span=Span.of(text, "industrial robots"),
        values=[MarketValue(amount=16.2, currency="USD", scale="billion", year=2024, kind="estimate",
                            span=Span.of(text, "USD 16.2 billion in 2024"))],
        regions=[Region(name=n, span=Span.of(text, n)) for n in ("North America", "Europe", "APAC",
                                                                  "Middle East and Africa")],
        segments=[Segment(name="Automotive", dimension="end use", span=Span.of(text, "Automotive"))],
        players=_players(text, ROBOTS_PLAYERS),
    )


def health_card() -> ReportCard:
    text = HEALTH
    return ReportCard(
        id="own-robots-2023", market="Industrial Robot Market", market_span=Span.of(text, "Industrial Robot Market"),
        values=[MarketValue(amount=3.1, currency="USD", scale="billion", year=2023, kind="estimate",
                            span=Span.of(text, "USD 3.1 billion in 2023"))],
        regions=[Region(name=n, span=Span.of(text, n)) for n in ("Latin America", "GCC", "MEA", "Rest of World")],
        segments=[Segment(name="automotive", dimension="End Use", span=Span.of(text, "automotive"))],
        players=_players(text, HEALTH_PLAYERS),
    )


def write_cards(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for card, text in ((robots_card(), ROBOTS), (health_card(), HEALTH)):
        assert card.span_errors(text) == []
        path = folder / f"{card.id}.json"
        card.write(path)
        paths.append(path)
    return paths
