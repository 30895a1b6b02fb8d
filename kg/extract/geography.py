"""Countries and report regions as pages write them, and the regions a report covers or ranks.

Country names come from ISO 3166 (pycountry: official, common and short names) plus the forms reports
use ("U.S.", "the UK", "UAE", "South Korea"). Report regions are the genre's names ("Asia Pacific",
"APAC", "LAMEA", "Middle East & Africa"). A country in parentheses after a company is that company's
headquarters claim, and a dateline ("PUNE, India") or the publisher's city is not a report region.

>>> country_name("U.S."), country_name("South Korea"), country_name("Acme")
('United States', 'South Korea', None)
>>> text = "North America dominated the market with a 38% share, while Asia Pacific is expected to grow the fastest."
>>> [(r.name, r.claim) for r in find_regions(text, sentences(text), lines(text))]
[('North America', 'largest_share'), ('Asia Pacific', 'fastest_growth')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry
import yaml

from kg.card import Region
from kg.names import ascii_fold
from kg.paths import DATA_DIR
from kg.extract.wordlist import Cue, alternation
from kg.extract.claims import claim_of
from kg.extract.page import (DATELINE, OUTLINE_ENTRY, TABLE_CAPTION_BY, Line, Sentence, clean, lines, sections_under, sentences,
                             span, table_rows)

REGIONS = {
    "north america": "North America", "north american": "North America", "europe": "Europe", "european": "Europe",
    "asia pacific": "Asia Pacific", "asia-pacific": "Asia Pacific", "asia–pacific": "Asia Pacific",
    "apac": "Asia Pacific", "asia pacific region": "Asia Pacific", "latin america": "Latin America",
    "latam": "Latin America", "south america": "South America", "central and south america": "Central and South America",
    "middle east and africa": "Middle East and Africa", "middle east & africa": "Middle East and Africa",
    "mea": "Middle East and Africa", "lamea": "LAMEA", "emea": "EMEA", "rest of world": "Rest of World",
    "rest of the world": "Rest of World", "asia": "Asia", "africa": "Africa", "middle east": "Middle East",
    "western europe": "Western Europe", "eastern europe": "Eastern Europe", "oceania": "Oceania",
    "southeast asia": "Southeast Asia", "south asia": "South Asia", "east asia": "East Asia", "gcc": "GCC",
    "asean": "ASEAN", "nordics": "Nordics", "scandinavia": "Scandinavia", "central europe": "Central Europe",
    "nordic countries": "Nordics", "nordic region": "Nordics", "central asia": "Central Asia", "dach": "DACH",
    "benelux": "Benelux", "sub-saharan africa": "Sub-Saharan Africa", "north africa": "North Africa",
    "southern europe": "Southern Europe", "northern europe": "Northern Europe", "central and eastern europe":
    "Central and Eastern Europe", "central & eastern europe": "Central and Eastern Europe",
    "south east asia": "Southeast Asia", "asia-pacific region": "Asia Pacific",
    # UN M49 sub-regions as pages write them, and the other regions reports divide continents into
    "eastern africa": "Eastern Africa", "east africa": "East Africa", "western africa": "Western Africa",
    "west africa": "West Africa", "middle africa": "Middle Africa", "central africa": "Central Africa",
    "southern africa": "Southern Africa", "northern africa": "North Africa", "horn of africa": "Horn of Africa",
    "maghreb": "Maghreb", "levant": "Levant", "caribbean": "Caribbean", "the caribbean": "Caribbean",
    "latin america and the caribbean": "Latin America and the Caribbean",
    "latin america & the caribbean": "Latin America and the Caribbean", "latin america & caribbean":
    "Latin America and the Caribbean", "central america & caribbean": "Central America and Caribbean",
    "central america and the caribbean": "Central America and Caribbean", "northern america": "Northern America",
    "western asia": "Western Asia", "eastern asia": "East Asia", "south-eastern asia": "Southeast Asia",
    "southern asia": "South Asia", "northeast asia": "Northeast Asia", "north asia": "North Asia",
    "greater china": "Greater China", "australasia": "Australasia", "pacific islands": "Pacific Islands",
    "southeast europe": "Southeast Europe", "south-east europe": "Southeast Europe", "south east europe":
    "Southeast Europe", "balkans": "Balkans", "western balkans": "Western Balkans", "baltics": "Baltics",
    "baltic states": "Baltics", "caucasus": "Caucasus", "cee": "Central and Eastern Europe", "mena": "MENA",
    "middle east and north africa": "MENA", "middle east & north africa": "MENA", "the americas": "Americas",
    "americas": "Americas",
}
# States and provinces of the countries reports most often break down (ISO 3166-2), as report regions.
_SUBDIVISION_COUNTRIES = ("US", "IN", "CA", "AU", "CN", "BR", "MX", "JP")
_COMMON_WORDS = frozenset({"delta", "plateau", "rivers", "lakes", "central", "capital", "coast", "islands", "northern",
                           "southern", "eastern", "western", "north", "south", "east", "west", "amazonas", "atlántico"})
# Countries whose first-level units ISO 3166-2 names as English-language pages write them, with those units' kinds
# (not Indonesia's "Jawa Barat" or Saudi Arabia's "Ar Riyāḑ": kg/data/subnational-regions.yaml has their English names)
_FIRST_LEVEL_KINDS = {"ZA": ("Province",), "NG": ("State", "Capital territory"), "NZ": ("Region",), "PL": ("Voivodship",),
                      "MY": ("State", "Federal territory"), "KE": ("County",), "AR": ("Province",), "CO": ("Department",),
                      "PE": ("Region",), "PK": ("Province",), "TR": ("Province",), "BD": ("Division",),
                      "TW": ("Special municipality", "County", "City")}
_EXTRA_COUNTRIES = {
    "u.s.": "United States", "us": "United States", "u.s": "United States", "usa": "United States",
    "u.s.a.": "United States", "u.s.a": "United States", "america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "u.k": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "england": "United Kingdom", "uae": "United Arab Emirates", "korea": "South Korea", "south korea": "South Korea",
    "north korea": "North Korea", "russia": "Russia", "taiwan": "Taiwan", "vietnam": "Vietnam", "việt nam": "Vietnam", "iran": "Iran",
    "the netherlands": "Netherlands", "holland": "Netherlands", "czech republic": "Czechia", "turkey": "Turkey",
    "mainland china": "China", "prc": "China", "ksa": "Saudi Arabia",
}


@cache
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        display = {"Korea, Republic of": "South Korea", "Russian Federation": "Russia", "Viet Nam": "Vietnam",
                   "Türkiye": "Turkey", "Iran, Islamic Republic of": "Iran"}.get(display, display)
        for name in {c.name, display, getattr(c, "official_name", c.name)}:
            if "," not in name:
                names[name.lower()] = display
                names.setdefault(ascii_fold(name).lower(), display)  # "Cote d'Ivoire", "Curacao": written without accents
    names.update(_EXTRA_COUNTRIES)
    return names


@cache
def _subdivision_countries() -> dict[str, str]:
    """States and provinces (ISO 3166-2) of the countries reports most often break down, as written and folded → their
    country's code."""
    codes = {}
    for s in pycountry.subdivisions:
        if s.country_code in _FIRST_LEVEL_KINDS:
            if s.type not in _FIRST_LEVEL_KINDS[s.country_code]:
                continue
        elif s.country_code not in _SUBDIVISION_COUNTRIES or s.type not in ("State", "Province", "Union territory", "Prefecture",
                                                                            "Municipality", "Autonomous region"):
            continue
        if s.type in ("Municipality", "Autonomous region") and s.country_code != "CN":
            continue
        # ISO 3166-2 writes China's in Pinyin with their kind: "Jiangsu Sheng", "Beijing Shi", "Xizang Zizhiqu".
        name = re.sub(r"\s+(?:Sheng|Shi|(?:\w+zu\s+|Uygur\s+)?Zizhiqu)$", "", s.name)
        # (the first country's keeps a name two countries share: India's "Punjab"; a common word names no unit:
        # Nigeria's "Delta" in "the Mekong Delta")
        if len(name) >= 5 and name.lower() not in _countries() and name.lower() not in _COMMON_WORDS:
            codes.setdefault(name, s.country_code)
    return codes


@cache
def _subdivisions() -> dict[str, str]:
    """The same names, lower case as written and folded ("nuevo león", "nuevo leon") → the name."""
    names = {}
    for name in _subdivision_countries():
        names[ascii_fold(name).lower()] = names[name.lower()] = name
    return names


@dataclass(frozen=True)
class _ScopeUnits:
    """A country's own first-level units (ISO 3166-2), read on a page about that country's market only: a Tanzanian page's
    "Dar es Salaam" and "Mwanza", an Ecuadorian page's "Guayas" (a global page naming "Colonia" or "Salto" means no
    Uruguayan department). ``pattern`` finds them as written; ``names`` maps each, folded, to the name."""

    code: str
    pattern: re.Pattern | None
    names: dict[str, str]


@lru_cache(maxsize=64)
def _scope_units(code: str | None) -> _ScopeUnits:
    names: dict[str, str] = {}
    # (first-level units only: England and Scotland, not Manchester's or Edinburgh's council areas; Italy's regions, not
    # Bologna's province)
    for unit in (u for u in pycountry.subdivisions.get(country_code=code) or () if u.parent_code is None) if code else ():
        # "Barcelona [Barcelona]", "A Coruña [La Coruña]": ISO's name and another; "Asturias, Principado de": the name first
        for written in re.findall(r"[^\[\]]+", unit.name):
            written = written.split(",")[0].strip()
            words = written.split()
            if len(written) < 4 or country_name(written) or written.lower() in REGIONS or all(
                    word.lower() in _COMMON_WORDS or re.fullmatch(_COMPASS, word) for word in words):
                continue  # Ghana's "Central", "Northern": compass words; Georgia's "Abkhazia" is no country's name
            names.setdefault(ascii_fold(written).lower(), written)
    pattern = re.compile(r"(?<![\w.])(?:" + alternation(sorted({*names.values(), *(ascii_fold(n) for n in names.values())}))
                         + r")(?![\w$])") if names else None
    return _ScopeUnits(code or "", pattern, names)


def _with_scope_units(sentence: str, matches: list[re.Match], units: _ScopeUnits) -> list[re.Match]:
    """The matches, and the scope country's units the sentence names where no match is (in order)."""
    if units.pattern is None:
        return matches
    more = [m for m in units.pattern.finditer(sentence) if not any(o.start() < m.end() and m.start() < o.end() for o in matches)]
    return sorted([*matches, *more], key=lambda m: m.start()) if more else matches


@cache
def _subnational_table() -> dict[str, dict[str, list[str] | None]]:
    """kg/data/subnational-regions.yaml: country code → {region name: [aliases]}."""
    return yaml.safe_load((DATA_DIR / "subnational-regions.yaml").read_text("utf-8")) or {}


@cache
def _subnational() -> dict[str, str]:
    """Regions inside a country reports name in English: any of their spellings, folded → the region's name."""
    names = {}
    for regions in _subnational_table().values():
        for name, aliases in regions.items():
            for written in (name, *(aliases or [])):
                names[ascii_fold(written).lower()] = name
    return names


_COMPASS = r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North[- ]?[Ee]ast(?:ern)?|North[- ]?[Ww]est(?:ern)?|" \
           r"South[- ]?[Ee]ast(?:ern)?|South[- ]?[Ww]est(?:ern)?)"


def _compass_region(name: str) -> str | None:
    """ "Northern Mexico", "South India", "West and Central India", "Eastern Ontario": a compass part of a country or of
    a region inside one, as written."""
    m = re.fullmatch(rf"{_COMPASS}(?:\s+(?:and|&)\s+{_COMPASS})?\s+(?P<country>.+)", name.strip())
    inside = m and (country_name(m["country"]) or _subdivisions().get(ascii_fold(m["country"]).lower())
                    or _subnational().get(ascii_fold(m["country"]).lower()))
    return clean(name) if inside else None


_KIND_AFTER = re.compile(r"\s+(?:Province|Prefecture|County|Governorate|Department|District|Oblast|Region|City|Division|"
                         r"province|prefecture|county|governorate|region|division)\b(?!\s+(?:of|[A-Z]))")  # ("Dhaka division")
_COMPASS_WORD_BEFORE = re.compile(rf"(?<![\w-]){_COMPASS}\s+$")
_SPAN = re.compile(r"[^\n]+")  # (a match over a span already found, for the code that reads matches)


def _with_compass_words(sentence: str, matches: list[re.Match]) -> list[re.Match]:
    """A region inside a country with the compass word written before it, whole: "Eastern Ontario", not "Ontario"."""
    out = []
    for m in matches:
        word = ascii_fold(m.group().lower())
        if m.start() and (_subdivisions().get(word) or _subnational().get(word)) \
                and (compass := _COMPASS_WORD_BEFORE.search(sentence, max(0, m.start() - 16), m.start())):
            m = _SPAN.match(sentence, compass.start(), m.end())
        out.append(m)
    return out


@cache
def _country_of_region() -> dict[str, str]:
    """A region inside a country, folded → its country's ISO 3166-1 alpha-2 code."""
    codes = {ascii_fold(name).lower(): code for name, code in _subdivision_countries().items()}
    for code, regions in _subnational_table().items():
        for name, aliases in regions.items():
            for written in (name, *(aliases or [])):
                codes[ascii_fold(written).lower()] = code
    return codes


def _country_code(name: str | None) -> str | None:
    country = country_name(name)
    found = pycountry.countries.get(name=country) or pycountry.countries.get(common_name=country) if country else None
    return found.alpha_2 if found else {"South Korea": "KR", "Russia": "RU", "Vietnam": "VN", "Turkey": "TR",
                                        "Iran": "IR", "Taiwan": "TW"}.get(country or "")


def _home_countries(scope: str | None, places: list[str]) -> set[str]:
    """The countries whose regions a page may break its market into: the market's own country ("India" for the India
    tea market), and any country the page names three or more regions of (a Brazilian page naming "São Paulo",
    "Bahia", "Ceará" without a scope). A global page naming "Texas" once has none, nor one naming three Chinese provinces
    where demand clusters."""
    inside = {(code, ascii_fold(place).lower()) for place in places if not country_name(place)
              and (code := _country_of_region().get(ascii_fold(place).lower()))}
    homes = {code for code, n in Counter(code for code, _ in inside).items() if n >= 3} if not scope else set()
    return homes | ({code} if (code := _country_code(scope)) else set())


def is_the_scope(region: str, scope: str | None) -> bool:
    """A country's or region's market has that place as its scope, not as one of its regions ("France" in a France
    report, "Europe" in a Europe report)."""
    if not scope or is_region_inside_a_country(region):
        return False  # "England" in a UK report is one of its regions
    own = country_name(scope) or REGIONS.get(scope.lower())
    return own is not None and (country_name(region) or REGIONS.get(region.lower())) == own


def is_region_inside_a_country(name: str) -> bool:
    """A state, province or statistical region ("Bavaria", "England", "Jiangsu"), not a country or world region (not
    "Mexico", the country, though one of its states is "México")."""
    folded = ascii_fold(name).lower()
    if ascii_fold(country_name(name) or "").lower() == folded:
        return False
    return folded in _subnational() or folded in _subdivisions()


def is_place(name: str) -> bool:
    return name.lower() in REGIONS or country_name(name) is not None or name.lower() in _subdivisions() \
        or ascii_fold(name).lower() in _subnational() or _compass_region(name) is not None


@cache
def _every_subdivision() -> frozenset[str]:
    return frozenset(ascii_fold(s.name).lower() for s in pycountry.subdivisions)


def names_a_place(name: str) -> bool:
    """Whether a capitalised name is a place of any kind, to tell it from a company's: wider than ``is_place`` (every
    ISO 3166-2 subdivision, "Gauteng"; a bare compass point, "the Northeast")."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return is_place(bare) or ascii_fold(bare).lower() in _every_subdivision() \
        or re.fullmatch(rf"{_COMPASS}|Mid-?west|Midlands", bare, re.IGNORECASE) is not None


# What a page calls a country's or region's market by: "the Australian childcare software market", "French district
# heating". (pycountry has no demonyms; these are the ones market pages write.)
DEMONYMS = {
    "australian": "Australia", "brazilian": "Brazil", "french": "France", "german": "Germany",
    "indian": "India", "japanese": "Japan", "chinese": "China", "spanish": "Spain", "british": "United Kingdom",
    "dutch": "Netherlands", "swedish": "Sweden", "polish": "Poland", "italian": "Italy", "mexican": "Mexico",
    "canadian": "Canada", "korean": "South Korea", "south korean": "South Korea", "vietnamese": "Vietnam",
    "indonesian": "Indonesia", "thai": "Thailand", "turkish": "Turkey", "saudi": "Saudi Arabia", "egyptian": "Egypt",
    "nigerian": "Nigeria", "south african": "South Africa", "argentine": "Argentina", "argentinian": "Argentina",
    "chilean": "Chile", "peruvian": "Peru", "colombian": "Colombia", "filipino": "Philippines", "philippine": "Philippines",
    "malaysian": "Malaysia", "singaporean": "Singapore", "swiss": "Switzerland", "austrian": "Austria",
    "belgian": "Belgium", "danish": "Denmark", "norwegian": "Norway", "finnish": "Finland", "irish": "Ireland",
    "portuguese": "Portugal", "greek": "Greece", "czech": "Czechia", "hungarian": "Hungary", "romanian": "Romania",
    "israeli": "Israel", "emirati": "United Arab Emirates", "kenyan": "Kenya", "moroccan": "Morocco",
    "pakistani": "Pakistan", "bangladeshi": "Bangladesh", "new zealand": "New Zealand", "taiwanese": "Taiwan",
    "european": "Europe", "asian": "Asia", "african": "Africa", "latin american": "Latin America",
    "north american": "North America", "middle eastern": "Middle East", "nordic": "Nordics",
}
DEMONYM_RE = re.compile(r"\b(?P<demonym>" + alternation([w.title() for w in DEMONYMS] + list(DEMONYMS)) + r")\b")


@lru_cache(maxsize=8192)  # (asked of every candidate word of a page, often the same words)
def country_name(text: str | None) -> str | None:
    """The country a report's words name ("U.S." → "United States"), or None."""
    if not text:
        return None
    key = re.sub(r"\s+", " ", text.strip(" .,;:()")).lower()
    key = re.sub(r"^the ", "", key) if key not in _countries() else key
    return _countries().get(key) or _countries().get(key.rstrip(".")) or (_countries().get(text.strip(" ,;:()").lower()))


@cache
def place_re() -> re.Pattern:
    names = [n for n in {*REGIONS, *_countries(), *_subdivisions()} if len(n) > 2]
    # Regions inside countries in their written case only ("Bavaria", not "java" the language's lower case).
    inner = sorted({w for regions in _subnational_written() for w in regions}, key=len, reverse=True)
    countries = [n for n in _countries() if len(n) > 3]
    # "US" and "UK" only in capitals ("us" is a pronoun). Longest names win: "(?![\w])" makes the trie backtrack.
    # Ordered: a region inside a country before the names it starts with ("Delhi NCR" before "Delhi"), and a country
    # before a region its name starts with ("Papua New Guinea" before Indonesia's "Papua").
    prefixed = [c for c in countries if any(c.lower().startswith(w.lower() + " ") for w in inner)]
    return re.compile(r"(?<![\w.])(?:" + _COMPASS + r"\s+(?i:" + alternation(countries) + r")|"
                      + (r"(?i:" + alternation(prefixed) + r")|" if prefixed else "") + alternation(inner)
                      + r"|(?i:" + alternation(names) + r")|US|UK)(?![\w$])")  # ("US$9.7 Billion": a currency, not a place)


def _subnational_written() -> list[list[str]]:
    """Each country's regions in every spelling the table gives, as written."""
    return [[w for name, aliases in regions.items() for w in (name, *(aliases or []))]
            for regions in _subnational_table().values()]


# ("Asia Pacific generated USD 2.31 billion in 2024; North America ranks second.": a region's amount, its rank; written in
# lower case for the cue below, matched without case in ``_AS_A_MARKET``)
_GENERATED_OR_RANKED = (r"\bgenerat\w*\s+(?:about\s+|around\s+|nearly\s+)?(?:[a-z]{3}\s?|us\$\s?|[$€£¥₹]\s?)[\d.,]+|"
                        r"\branks?\s+(?:first|second|third|fourth)\b")
_REGIONAL = Cue(r"geograph|region|regional|countr|market in|markets? of|key markets?|account|dominat|lead|largest|fastest|cagr|highest|"
                       r"grow|share|contribut|covered|analy[sz]ed|across|demand|adoption|consum|expand|invest|"
                r"roll(?:s|ed|ing)? out|deploy|spend|concentrat|strongest|coverage|\bfollow(?:ed)?\b|market\b[^.]{0,60}\b(?:billion|million|bn|mn)\b|"
                # ("The Middle East & Africa held 5.3%.": a share with no word for it)
                r"\b(?:held|holds|captured|commanded|represent(?:ed|s))\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|over\s+)?\d{1,2}(?:\.\d+)?\s?%|"
                + _GENERATED_OR_RANKED)
_REGION_BEFORE = re.compile(r"(?:^|[^\w])(?:" + alternation(list(REGIONS)) + r")\s*$", re.IGNORECASE)
_REGIONAL_HEADING = re.compile(r"\b(?:regional|regions?|geograph\w*|countr\w+)\b", re.IGNORECASE)
# "Acme (Germany)", "Acme, Germany, expanded", "PUNE, India": a company's home or a dateline, not a report region.
_HOME = re.compile(r"(?:\(\s*$|[A-Z][\w.&]*,\s*$)")


_SHARE = re.compile(r"\s*(?:alone\s+)?(?:held|holds|accounted for|accounts for|captured|commanded|represented|represents|had|"
                    r"generated|contributed|made up|concentrates|concentrated)\s+(?:a\s+|an\s+|the\s+)?(?:(?:major|dominant|revenue|market)\s+)*"
                    r"(?:share\s+(?:of\s+)?(?:for\s+)?)?(?:over|more than|about|around|nearly|approximately|roughly|almost)?\s*"
                    r"(?P<pct>\d{1,2}(?:\.\d+)?)\s?%")


# Words that make a place named once a market the report looks at.
_AS_A_MARKET = re.compile(r"\bmarkets?\b|demand|sales|revenue|adoption|\bshare\b|consum|growth|\bgrow|expan|leading|largest|"
                          r"fastest|dominat|account|contribut|penetrat|uptake|spend|buyers|customers|\bregion|" + _GENERATED_OR_RANKED,
                          re.IGNORECASE)
_LONGEST_SENTENCE = 3000
_TRADE_PARTNER = re.compile(r"\b(?:imported|sourced|exported|shipped|beans|imports?|exports?|origins?)\s+(?:\w+\s+){0,2}"
                            r"(?:from|to|in)\s+(?:the\s+)?$|\b(?:founded|established|incorporated|headquartered|listed|registered|born)\s+in\s+"
                            r"(?:the\s+)?$|\b(?:hubs?|factor(?:y|ies)|plants?|offices?|operations|facilit(?:y|ies)|sites?|"
                            r"warehouses?|headquarters|campus)\s+(?:in|near|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+,\s+)?$",
                            re.IGNORECASE)
# "… with France, Italy and Spain supplying the majority of bottles", "with China among the main buyers".
# What a country's page says of the other countries it names: they are outside its market ("exports to them are not counted",
# "visitors from Saudi Arabia, Kuwait and the UAE", "costs high compared with Vietnam and Thailand")
_BEYOND_THE_MARKET = re.compile(r"\bnot\s+(?:part\s+of|counted|included|in\s+(?:the|our))\b|\bexclud\w*|\btracked\s+separately\b|"
                                r"\bcross(?:es|ing)?[- ]border\b|\bcompared\s+(?:with|to)\b|"
                                r"\bvisitors?\s+from\b|\btourists?\s+from\b|\bcross(?:es|ing)\s+(?:informally\s+)?into\b|"
                                # ("the remainder is imported, chiefly frozen whole birds from Brazil"; "higher than in
                                # Tanzania", "roughly half that of Singapore but ahead of Thailand")
                                r"\bimport(?:ed|s)?\b[^.;]{0,60}?\bfrom\b|\b(?:higher|lower|more|less|ahead|behind|below|above)\s+"
                                r"(?:than|of)\b|\bthat\s+of\b", re.IGNORECASE)
_TRADE_PARTNER_AFTER = re.compile(r"^\s+(?:supplying|supply|supplied|shipping|among\s+the\s+(?:main|largest|biggest|top|key)\s+"
                                  r"(?:buyers|importers|suppliers|exporters|destinations|sources))\b", re.IGNORECASE)


# "the South", "The Northeast is expected …", "the South-West, which includes Lagos", "North-Central zone": a compass
# part of the country a page is about (not "South Africa", "the South East Asian market": no capitalised word after it)
_COMPASS_PART_OF_A_COUNTRY = re.compile(
    r"(?:(?<=\bthe )|(?<=\bThe )|(?<=^)|(?<=, )|(?<=\band ))"
    r"(?:(?:North|South)(?:[- ]?(?:[Ee]ast|[Ww]est|[Cc]entral|South|North))?|East|West|Midwest|Central|Cent(?:er|re)-West)"
    r"(?![\w-])(?!\s+[A-Z])")


_TWO_COMPASS_PARTS = re.compile(rf"{_COMPASS}\s+(?:and|&)\s+{_COMPASS}\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def _with_compass_parts(sentence: str, matches: list[re.Match]) -> list[re.Match]:
    """A sentence's places with the compass parts of a country it names, in order; "West and Central India" whole."""
    places = []
    for m in matches:
        if (whole := _compass_pair_ending_at(sentence, m)) is not None:
            m = whole
        places.append(m)
    # "London and the South East": the compass part ends a compound region, no region of its own
    compound_ends = {c.end() for m in places if (c := _AND_THE_COMPASS.match(sentence, m.end()))}
    parts = [p for p in _COMPASS_PART_OF_A_COUNTRY.finditer(sentence)
             if not any(m.start() <= p.start() < m.end() for m in places) and p.end() not in compound_ends]
    return sorted([*places, *parts], key=lambda m: m.start())


def _compass_pair_ending_at(sentence: str, place: re.Match) -> re.Match | None:
    """ "West and Central India" for the match "Central India": two compass parts of one country, named as one region."""
    if not _compass_region(place.group()):
        return None
    opening = re.search(rf"{_COMPASS}\s+(?:and|&)\s+$", sentence[max(0, place.start() - 30):place.start()])
    if opening is None:
        return None
    whole = _TWO_COMPASS_PARTS.match(sentence, place.start() - len(opening.group()))
    return whole if whole and whole.end() == place.end() else None


# What parts a region from a place inside it that only locates it: "Kanto region, which includes ", "Kanto area around ".
_ASIDE = re.compile(r"\s*(?:region|area|zone|belt|metropolitan area)?\s*(?:,\s*(?:which|that)\s+(?:includes?|covers?|contains?|"
                    r"spans?|comprises?|is home to)|\s+(?:around|including|centred on|centered on))\s+(?:the\s+)?")


def _group_end(sent: str, matches: list[re.Match], i: int) -> int:
    """The last place of the coordination starting at ``matches[i]`` ("Germany, France, and the UK")."""
    j = i
    # "In Europe, Germany accounted for …": a place set off by a leading preposition frames the next, it is not listed
    framed = re.search(r"(?:^|[.;:]\s*|\n)\W*(?:In|Within|Across|Among|For)\s+(?:the\s+)?$", sent[:matches[i].start()])
    while j + 1 < len(matches) and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?",
                                                 sent[matches[j].end():matches[j + 1].start()]):
        if framed and j == i and sent[matches[j].end():matches[j + 1].start()].strip() == ",":
            break
        j += 1
    return j


def place_named(name: str) -> str | None:
    """The region or country a name is, as the card writes it ("APAC" → "Asia Pacific"), or the place as written when it
    is one inside a country ("London"); None when it is no place."""
    return REGIONS.get(name.lower()) or country_name(name) or (name if is_place(name) else None)


def with_figure_places(text: str, regions: list[Region], figures: list) -> list[Region]:
    """A region or country a table's figure or CAGR is about ("By Region (USD Mn)" over "Latin America | 2,950.3 | …") is
    one the report treats as a market too, quoted where the figure's row names it."""
    def key(name: str) -> str:
        return (place_named(name) or name).lower()

    known = {key(r.name) for r in regions}
    out = list(regions)
    for figure in figures:
        name = getattr(figure, "region", None)
        if not name or figure.span is None or key(name) in known \
                or re.search(r"^(?:world|global|worldwide|others?)\b|\btotal$", name, re.IGNORECASE):
            continue  # ("Rest of World", "Middle East total": what the rows leave out or add up, no region of its own)
        # a table's row only: a sentence's places are read with their clauses above ("the France-based research firm …")
        window_start = text.rfind("\n", 0, figure.span.start) + 1
        if not re.search(r"\||\t| {3}", text[window_start:figure.span.start]):
            continue
        named = [*re.finditer(re.escape(name), text[window_start:figure.span.start], re.IGNORECASE)]
        if named:  # (only as written: a name the figure's words do not hold has no quote)
            start, end = window_start + named[-1].start(), window_start + named[-1].end()
            out.append(Region(name=text[start:end], span=span(text, start, end), confidence=0.5))
            known.add(key(name))
    return out


_LEADING_IN_PARENTHESIS = re.compile(r"\s*(?:led\s+by|chiefly|mainly|mostly|notably|especially|particularly|primarily|"
                                     r"largely|above\s+all|driven\s+by|headed\s+by)\s", re.IGNORECASE)


def _names_only_places(title: str) -> bool:
    """A title that is a place or a list of places: "U.S.", "Middle East & Africa", "France, Italy and Spain"."""
    title = title.strip().rstrip(":")
    return bool(place_re().fullmatch(title)) or all(place_re().fullmatch(part)
                                                     for part in re.split(r",\s*|\s+(?:and|&)\s+", title))


def _canonical_place(m: re.Match, units: _ScopeUnits | None = None) -> str | None:
    """The name of the place a match of ``place_re`` (or of a compass part of a country) names, None when it names none."""
    word = m.group().lower()
    if units is not None and m.re is units.pattern:
        return units.names.get(ascii_fold(word))
    return REGIONS.get(word) or country_name(m.group()) or _subdivisions().get(ascii_fold(word)) \
        or _subnational().get(ascii_fold(word)) or _compass_region(m.group()) \
        or (m.group() if m.re is _COMPASS_PART_OF_A_COUNTRY else None)


def _without_bracketed_aliases(text: str, matches: list[re.Match], units: _ScopeUnits | None = None) -> list[re.Match]:
    """The matches without a place's other name in brackets right after it ("South Jeolla Province (Jeollanam-do)",
    "Bavaria (Bayern)"): one place, whose clause goes on after the brackets."""
    kept: list[re.Match] = []
    for m in matches:
        if kept and re.fullmatch(r"(?:\s+[A-Za-z]+)?\s*\(\s*", text[kept[-1].end():m.start()]) \
                and re.match(r"\s*\)", text[m.end():]) and _canonical_place(m, units) == _canonical_place(kept[-1], units) is not None:
            continue
        kept.append(m)
    return kept


def find_regions(text: str, sents: list[Sentence], page_lines: list[Line],
                 events: list[tuple[int, int]] = (), scope: str | None = None) -> list[Region]:
    """Report regions and countries the text treats as markets, with the claim its clause makes. ``events``: the
    spans of dated company events, where a place is where a company did something ("opened a plant in Brazil");
    ``scope``: the market's own place, if any ("India" for the India ready-to-drink tea market)."""
    regions: dict[str, Region] = {}
    shares: dict[str, tuple[float, Sentence]] = {}
    regional_sections = sections_under(page_lines, _REGIONAL_HEADING, subheading=_names_only_places)
    places = [list(place_re().finditer(sent.text)) if len(sent.text) <= _LONGEST_SENTENCE else [] for sent in sents]
    homes = _home_countries(scope, [m.group() for matches in places for m in matches])
    # a page on a group of countries ("North America", "ASEAN"): its regional sections break them into their provinces
    regional_page = bool(scope) and not homes and scope.lower() not in ("global", "worldwide")
    scope_country = country_name(scope)
    units = _scope_units(_country_code(scope_country) if scope_country else None)
    if units.pattern is not None:
        places = [_with_scope_units(sent.text, matches, units) for sent, matches in zip(sents, places)]
    if homes:  # "The South accounted for the largest share": on a country's page, a compass part of it is a region
        places = [_with_compass_parts(sent.text, matches) for sent, matches in zip(sents, places)]
    places = [_without_bracketed_aliases(sent.text, _with_compass_words(sent.text, matches), units) for sent, matches in zip(sents, places)]
    for sent, matches in zip(sents, places):
        if len(sent.text) > _LONGEST_SENTENCE:
            continue  # a run of page text with no full stop, not prose (its tables are read by _named_regions)
        if not matches or re.search(r"\b(?:GLOBE NEWSWIRE|PRNewswire|Business Wire)\b", sent.text[:120], re.IGNORECASE) \
                or _COUNTRY_COVERAGE.match(sent.text) or _POSTAL_ADDRESS.search(sent.text) or _CONTACT_LINE.search(sent.text) \
                or _OUT_OF_SCOPE.search(sent.text):
            continue  # "Country Scope | U.S.; Canada; …": the countries a report's data covers, not markets it discusses
        dateline = DATELINE.match(sent.text)
        if dateline:  # "PUNE, MAHARASHTRA, INDIA, March 11, 2025 /EINPresswire.com/ --": where a release was filed
            matches = [m for m in matches if m.start() >= dateline.end()]
        # Under "Regional Analysis" every place named is one the report looks at.
        in_regional_section = any(start <= sent.start < end for start, end in regional_sections)
        if len(matches) < 3 and not in_regional_section and not _REGIONAL.search(sent.text):
            continue
        first_of_group: dict[int, int] = {}
        i = 0
        while i < len(matches):
            last = _group_end(sent.text, matches, i)
            first_of_group.update({k: i for k in range(i, last + 1)})
            i = last + 1
        for i, m in enumerate(matches):
            before, after = sent.text[:m.start()], sent.text[m.end():]
            if _AND_THE_COMPASS.match(after):
                continue  # "London and the South East": one region, read whole by _named_regions
            if i and _ASIDE.fullmatch(sent.text, matches[i - 1].end(), m.start()):
                continue  # "the Kanto area around Tokyo": a place that locates the region before it
            group_before = sent.text[:matches[first_of_group[i]].start()]
            opening = before.rfind("(")
            # "Europe (Germany, UK, France)": the countries a covered region is broken into.
            in_region_parenthesis = opening >= 0 and ")" not in before[opening:] and \
                bool(_REGION_BEFORE.search(before[max(0, opening - 40):opening]))
            if not in_region_parenthesis and _HOME.search(before) and (after.startswith(")") or re.match(r",\s+(?:has|have|had|[a-z]+ed)\b", after)
                                         or (before.rstrip().endswith("(") and not re.search(r"region|geograph", before, re.I))):
                continue
            if in_region_parenthesis and not claim_of(sent.text[m.end():m.end() + 80].split(",")[0]) \
                    and not _LEADING_IN_PARENTHESIS.match(before, opening + 1):
                # "Europe (Germany, UK, France)": the breakdown a coverage list names, not a market it sizes (but "Latin
                # America (led by Brazil)", "(notably Saudi Arabia and South Africa)": the countries the region's demand is)
                continue
            if re.match(r"[-$]", after):  # "France-based", "US$"
                continue
            if re.match(r"\s*\)", after) and not in_region_parenthesis \
                    and not re.search(r"\b(?:region|geograph)", before[-80:], re.IGNORECASE):
                continue
            if re.match(r"^\s*\d{1,2},\s+\d{4}", after) or re.search(r"^[A-Z ]+,\s*$", before):
                continue  # "Dublin, March 16, 2021", "PUNE, India"
            word = m.group().lower()
            if m.group() == word:
                continue  # "niger seed oil": a place's name is written with its capital
            canonical = _canonical_place(m, units)
            if not canonical:
                continue
            # "European medicines", "North American clients": an adjective, no place ("the European market" is Europe's)
            demonym_market = word in DEMONYMS and re.match(r"\s+(?:[a-z-]+\s+){0,2}markets?\b", after)
            if word in DEMONYMS and not demonym_market:
                continue
            # A unit inside a country named with its kind, as the page writes it ("South Jeolla Province", "Hualien County",
            # "the Kanto region"), not a country's or world region's ("Mexico City" is no part of Mexico's name)
            kind = _KIND_AFTER.match(after) if not REGIONS.get(word) and not country_name(m.group()) \
                and (is_region_inside_a_country(m.group()) or _compass_region(m.group()) or m.re is units.pattern) else None
            # Inside a name ("Kao USA Inc.", "U.S. Department of Energy", "North American Pet Health Association").
            following = re.match(r"\s+([A-Z][\w.&-]*)", after)
            if following and following.group(1) not in ("Market", "Region", "Markets") and not is_place(following.group(1)) \
                    and kind is None:
                continue
            name = canonical if demonym_market else clean(m.group() + (kind.group() if kind else ""))
            # The clause this place is the subject of: up to the next place or a contrast.
            # The clause this place (or the list it is in) is the subject of: up to the next place or a contrast.
            last = _group_end(sent.text, matches, i)
            following = last + 1
            while following < len(matches) and _ASIDE.fullmatch(sent.text, matches[following - 1].end(), matches[following].start()):
                following += 1  # "The Kanto region, which includes Tokyo, accounted for …": Kanto's clause goes on past Tokyo
            stop = matches[following].start() if following < len(matches) else len(sent.text)
            clause = re.split(r"\b(?:while|whereas|but|yet|however)\b|;|\|", sent.text[matches[last].end():stop])[0]
            cells = [c for c in re.split(r"\|", group_before) if c.strip()]  # "Largest Market | Europe"
            lead = re.split(r"\b(?:while|whereas|but|yet|however)\b|;|,", cells[-1] if cells else "")[-1]
            claim = claim_of(clause, majority=first_of_group[i] == i == last) if len(clause) < 200 else None
            if claim == "largest_share" and claim_of(clause, majority=False) is None and (
                    canonical not in REGIONS.values() and not _country_of_region().get(ascii_fold(word))
                    or re.search(r"\bof\s+(?:the\s+)?(?:regional|region['’]s|[A-Z]\w+(?:an|ese|ish|ic|ch)\b)", clause)):
                # a country's half of global sales, or Flanders' 71% "of Belgian sales": a large part, not the first region
                claim = "major_contributor"
            share = _SHARE.match(clause)
            if share and last == i:
                shares.setdefault(canonical, (float(share["pct"]), sent))
            if first_of_group[i] > 0 and re.fullmatch(r"\s+[-–—]\s*", sent.text[matches[first_of_group[i] - 1].end():
                                                                               matches[first_of_group[i]].start()]):
                continue  # "The Seoul Capital Area - Seoul, Gyeonggi and Incheon - accounts for …": the parts of a region
            if (claim is None and _TRADE_PARTNER.search(group_before)) or _TRADE_PARTNER_AFTER.match(sent.text[matches[last].end():]):
                continue  # "beans imported from Ethiopia, Colombia and Kenya": where goods come from, not a market
            if claim is None and scope_country and country_name(m.group()) not in (None, scope_country) \
                    and _BEYOND_THE_MARKET.search(sent.text):
                continue  # "Exports to Kyrgyzstan and Tajikistan are not part of the domestic market": a country's page
            if re.search(r"\b(?:led|driven|supported|followed)\s+by\s+(?:the\s+)?$|\bsuch as\s+$", group_before):
                claim = "major_contributor" if re.search(r"\bled by\s+(?:the\s+)?$", group_before) else None
            elif claim is None and re.search(r"(?:largest|fastest|dominant|leading)[\w\s-]{0,25}(?:region|market|country)\s*"
                                             r"(?:is|was|will be|:|\|)?\s*(?:the\s+)?$", lead, re.IGNORECASE):
                claim = claim_of(lead)
            country = canonical not in REGIONS.values()
            listed = len(matches) >= 2 and re.search(r",|\band\b", sent.text[matches[0].end():matches[-1].start()])
            scope = re.match(r"\s+(?:(?!(?:is|was|were|are|has|had|held|holds|accounted|dominated|led|will|remains|"
                             r"market|alone)\b)[a-z][\w-]*\s+){1,4}(?:market|industry|sector)\b", after)
            # "India's market", "the market in Germany", "The UK kombucha market … EUR 298 million" on a European page
            regional_market = bool(re.search(r"\bmarkets?\s+in\s+(?:the\s+)?$", before)
                                   or re.match(r"['’]s?\s+(?:[\w-]+\s+){0,3}market\b", after) or scope) and \
                bool(re.search(r"\d\s?%|\bCAGR\b|[$€£¥₹]|\b(?:billion|million)\b", sent.text))
            if share and last == i:
                regional_market = True  # "Bavaria accounts for about 29% of revenue": a share of the market is a market's
            if claim is None and not regional_market and ((country and not listed and not in_regional_section
                                   and not re.search(r"countr|region|geograph|nation", sent.text, re.IGNORECASE)) or scope):
                continue  # a country named in passing, or the market's own scope ("the U.S. pet insurance market")
            inside = None if country_name(m.group()) else units.code if m.re is units.pattern \
                else _country_of_region().get(ascii_fold(word))
            if claim is None and inside and inside not in homes and not (in_regional_section and regional_page):
                # "Texas", "Bengaluru" on a global or European page: a place inside one of the countries the page covers,
                # named for where demand or plants are (even under "Regional Insights": "In China, demand clusters in
                # Guangdong and Zhejiang"), not a market of its own
                continue
            at = sent.start + m.start()
            if claim is None and any(start <= at < end for start, end in events):
                continue  # "In May 2024, Novozymes opened a plant in Brazil": where a company acted
            # ("The Middle East & Africa held 5.3%.": a share of the market is a market's, with or without the word)
            if claim is None and not listed and not in_regional_section and not (share and last == i) and not _AS_A_MARKET.search(
                    sent.text[max(0, m.start() - 60):m.end() + 60]):
                continue  # "plants in Asia", "a supplier from the US": a place named in passing, not as a market
            existing = regions.get(canonical)
            if existing is None:
                regions[canonical] = Region(name=name, span=span(text, sent.start + m.start(), sent.start + m.end()),
                                       confidence=0.7, claim=claim,
                                       claim_span=span(text, sent.start, sent.end) if claim else None)
            elif claim and (existing.claim is None or (existing.claim == "major_contributor" and claim != existing.claim)):
                regions[canonical] = existing.model_copy(update={"claim": claim, "claim_span": span(text, sent.start, sent.end)})
    for region in _named_regions(text):
        key = next((k for k in regions if k.lower() == region.name.lower() or regions[k].name.lower() == region.name.lower()),
                   region.name)
        if key not in regions or (region.claim and regions[key].claim in (None, "major_contributor")):
            regions[key] = region if key not in regions else regions[key].model_copy(
                update={"claim": region.claim, "claim_span": region.claim_span})
    # "Paraná" read inside "Alto Paraná": a place whose every mention is part of a longer region's name is that region's
    for key in [k for k, r in regions.items() if _only_inside_longer(text, r.name, [o.name for o in regions.values()])]:
        del regions[key]
    # A page that divides the world into "Asia Pacific" names "Asia" only in passing ("a following in Asia").
    if "Asia" in regions and regions["Asia"].claim is None and any(
            k in regions for k in ("Asia Pacific", "Asia-Pacific", "APAC", "Asia-Pacific (APAC)")):
        del regions["Asia"]
    # "Ñuble & Biobío", a breakdown's one region: its parts, named in it, are not regions of their own.
    joined = [re.split(r"\s+(?:&|and)\s+", r.name) for r in regions.values() if re.search(r"\s(?:&|and)\s", r.name)]
    for key in [k for k, r in regions.items() if r.claim is None and any(r.name in parts for parts in joined)]:
        del regions[key]
    # No region called largest, but one holds the largest stated share: "Asia Pacific held 52.3% of global revenue".
    if shares and not any(r.claim == "largest_share" for r in regions.values()):
        name, (percent, sent) = max(shares.items(), key=lambda item: item[1][0])
        if percent >= 30 and name in regions and regions[name].claim in (None, "major_contributor"):
            regions[name] = regions[name].model_copy(update={"claim": "largest_share",
                                                             "claim_span": span(text, sent.start, sent.end)})
    # "U.S." as written: an abbreviation keeps the full stop that the sentence's end took ("… led by the U.S.")
    out = [region.model_copy(update={"name": region.name + "."}) if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", region.name) else region
           for region in regions.values()]
    # "the United States", "the Netherlands": the place's name without the article the sentence gave it
    return [region.model_copy(update={"name": region.name[4:], "span": span(text, region.span.start + 4, region.span.end)})
            if region.name.startswith("the ") and region.name[4:5].isupper() and region.span is not None
            and region.span.quote.startswith("the ") else region for region in out]


_BY_REGION_LIST = re.compile(r"\b[Bb]y\s+(?:[Rr]egions?|[Gg]eography|[Cc]ountr(?:y|ies)|[Pp]rovinces?|[Ss]tates?)\s*"
                             r"(?:\(\s*(?P<items>[^()\n]{3,300}?)\)|:\s*(?P<items2>[^\n;|]{3,300}))")
_REGION_BY_ITS_NAME = re.compile(r"(?<![\w-])(?P<name>Greater\s+[A-Z][\w'’-]+|(?:(?!The\b)[A-Z][\w'’-]+\s+){1,2}(?:Belt|Delta|Coast|Valley|"
                                 r"Basin|Corridor|Peninsula|Highlands|Plains|Metropolitan Area|Capital Region))(?![\w-])")
# The kinds of a country's parts that follow their names ("Marmara region", "São Paulo state")
PLACE_KINDS = "region|province|state|zone|voivodeship|prefecture|governorate|county|emirate"
_PLACE_KIND = rf"(?:{PLACE_KINDS})"
# ("The Marmara region", "Amman Governorate": the kind as the page writes it, in either case, is kept)
_REGION_BY_ITS_KIND = re.compile(rf"(?<![\w-])(?:[Tt]he[ \t]+)?(?P<name>(?:[A-Z][\w'’-]+[ \t]+){{0,2}}[A-Z][\w'’-]+)[ \t]+"
                                 rf"(?P<kind>(?i:{PLACE_KINDS}|department|district|municipality))\b(?!\s+of\b)")
# ("Alto Paraná — the largest crushing department, with about 36% of value": a bullet's place, then what it is)
_RANKED_PLACE = re.compile(rf"(?<![\w-])(?:[Tt]he[ \t]+)?(?P<name>(?:[A-Z][\w'’-]+[ \t]+){{0,2}}[A-Z][\w'’-]+)"
                           rf"(?:[ \t]+(?:is|was|remains|will\s+be)\s+(?:[a-z]+\s+){{0,3}}|[ \t]+[—–][ \t]+)(?:the\s+)?"
                           rf"(?:fastest[- ]growing|largest|biggest|leading)\s+(?:[a-z-]+\s+)?(?:{_PLACE_KIND}|department)\b")
_REGION_CELLS = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?:By[ \t]+)?(?:(?:Nation|Country|Province|State)/)?(?:Regions?|Geograph(?:y|ies)|"
                           r"Provinces?|States?|Countr(?:y|ies)|Nations?|Counties|Governorates|Emirates)(?:[ \t]+covered)?[ \t]*:[ \t]*"
                           r"(?P<cells>[^\n|]+(?:\|[^\n|]+)+)$", re.MULTILINE | re.IGNORECASE)
_PLACES_CHAPTER = re.compile(r"^[ \t]*(?:Chapter\s+)?(?P<num>\d{1,2})\.?[ \t]+[^\n]*\b(?:Country|Countries|Regional|Region|"
                             r"Geograph\w*)\b[^\n]*$", re.MULTILINE | re.IGNORECASE)
# "Baner Road, Pune - 411045, Maharashtra, India", "Telangana 500081, India": a contact block's address, no market.
_POSTAL_ADDRESS = re.compile(r"\b[A-Z][A-Za-z]+[ \t]+(?:-[ \t]*)?\d{5,6}(?:-\d{4})?(?=,|[ \t]*(?:\||$))", re.MULTILINE)
# "Regional office: Abdali Boulevard, Amman, Jordan · info@…": a contact line's places are where the publisher sits
_CONTACT_LINE = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:regional|head|registered|main)\s+office\s*:|\b(?:tel|phone)\s*[:.]\s*\+?\d",
                           re.IGNORECASE)
# "…; these countries are outside the scope of this report", "Mexico is not covered in this report": places the sentence
# itself says the report leaves out (not "…, except for the hotels, which are not included in this study")
_OUT_OF_SCOPE = re.compile(r"(?<!\bwhich )(?<!\bthat )\b(?:is|are)\s+(?:(?:outside|beyond)\s+(?:the\s+)?scope\b|not\s+(?:covered|included)\s+"
                           r"(?:in|by)\s+(?:the|this|our)\s+(?:[a-z-]+\s+)?(?:report|study|analysis|research|figures|estimates|sizing)\b)",
                           re.IGNORECASE)
_COUNTRY_COVERAGE = re.compile(r"^\W*countr(?:y|ies)\s+(?:scope|covered|coverage)\s*[|:]", re.IGNORECASE)
# "London and the South East", "Flanders and the North": a place and a compass part named as one region.
_COMPASS_PART = r"(?:(?:North|South)(?:[ -]?(?:East|West))?|East|West|Midlands)"
_AND_THE_COMPASS = re.compile(rf"\s+and\s+the\s+{_COMPASS_PART}\b")
_COMPOUND_REGION = re.compile(rf"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+the\s+{_COMPASS_PART})\b")


# The first column of a table of places: "Region | 2025 | CAGR", "Country | Market value 2024 | Share".
PLACE_COLUMN = re.compile(r"(?:sub-?)?regions?|countr(?:y|ies)|states?|provinces?|prefectures?|geograph(?:y|ies)|"
                          r"cit(?:y|ies)|territor(?:y|ies)|emirates?|markets? \(region\)", re.IGNORECASE)
# "Largest Region: Seoul Capital Area", "Fastest-Growing Market | Jeolla".
_REGION_LABEL = re.compile(r"^\W*(?P<label>(?:largest|biggest|dominant|leading|fastest[- ]growing|fastest)\s+(?:regional\s+)?"
                           r"(?:region|market|country|geography|province|state|emirate|prefecture|city|zone|governorate|department))(?:\s*[:|]|\t|[ ]{3,})\s*(?P<name>[A-Z][\w'’.&-]*(?:[ -](?:[A-Z&][\w'’.&-]*|of|and|the))"
                           r"{0,5})\s*(?:\||\(|,|$)", re.IGNORECASE | re.MULTILINE)
# (nor the words of a report's title: "… By Region: Opportunity and Forecast, FY2021-FY2031")
_NOT_A_REGION_ROW = re.compile(r".*\btotal\b.*|global|world|overall|others?|more|etc\.?|all regions|[A-Z]{1,2}|xx.*|\W*"
                               r"|opportunit(?:y|ies)|forecasts?|analysis|outlook|trends?|size|share|growth", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``, looked for within a window so that a page without full stops
    costs no more per name."""
    low, high = max(0, start - 300), min(len(text), end + 300)
    first = max(text.rfind(". ", low, start), text.rfind("\n", low, start), low - 1) + 1
    ends = [e for e in (text.find(". ", end, high), text.find("\n", end, high)) if e >= 0]
    return text[first:min(ends) if ends else high]


def _only_inside_longer(text: str, name: str, names: list[str]) -> bool:
    """Whether every mention of ``name`` in the text lies inside a mention of a longer name of ``names``."""
    def mentions(of: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(of)}(?![\w-])", text)]
    # (not "India's" or "Queensland's Bundaberg": a possessive names the place itself)
    longer = [n for n in names if n != name and len(n) > len(name) and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", n)]
    if not longer:
        return False
    covering = [m for n in longer for m in mentions(n)]
    own = mentions(name)
    return bool(own) and all(any(a <= start and end <= b for a, b in covering) for start, end in own)


def _named_regions(text: str) -> list[Region]:
    """Regions a page names by its structure, whether or not our place lists know them: the rows of a table whose
    first column holds places, and labels that name the largest or fastest-growing region."""
    out: dict[str, Region] = {}

    def found(name: str, at: int, length: int, confidence: float) -> None:
        out.setdefault(name.lower(), Region(name=name, span=span(text, at, at + length), confidence=confidence))

    rows = table_rows(text)
    for i, (_, header) in enumerate(rows):
        # "Table A - Sales value by state, 2024" over "New South Wales | 31.4%": a caption naming places as its rows
        caption = TABLE_CAPTION_BY.search(header[0]) if len(header) == 1 and len(header[0]) <= 120 else None
        if not (len(header) >= 2 and PLACE_COLUMN.fullmatch(header[0]) or caption and PLACE_COLUMN.fullmatch(caption["dim"])):
            continue
        if not caption and re.search(r"[,;]", header[1]):
            continue  # "Regions | North America; Europe; …": a scope table's row, whose next row ("Key Companies | …") is no place
        for row_start, row in rows[i + 1:i + 30]:
            if len(row) != (2 if caption else len(header)) or caption and not re.fullmatch(r"\s*\d[\d.,]*\s*%\s*", row[1]):
                break
            name = clean(row[0]).rstrip("*")
            if _NOT_A_REGION_ROW.fullmatch(name) or not name[:1].isupper() or len(name.split()) > 5:
                continue
            found(name, text.index(row[0], row_start), len(row[0]), 0.6)
    # "… and by Region (O'Higgins, Maule, Valparaíso)", "By Region: North, South": the page's own regional breakdown
    for listed in _BY_REGION_LIST.finditer(text):
        group = "items" if listed["items"] else "items2"
        offset = listed.start(group)
        # ("North America (United States, Canada) · Europe (Germany, France) · Middle East and Africa": the regions, each with
        # its countries as a note; an "and" inside a region's own name keeps it whole)
        items = listed[group]
        blanked = re.sub(r"\([^()]*\)", lambda note: " " * len(note.group()), items)  # (a note's commas part nothing)
        for item in re.finditer(r"[^,;·]+", blanked):
            written = item.group().strip()
            parts = [written] if written.lower() in REGIONS else re.split(r"\s+and\s+", written)
            for part in parts:
                name = clean(part)
                if not name or not name[0].isupper() or len(name.split()) > 4 or _NOT_A_REGION_ROW.fullmatch(name) \
                        or re.search(r"\d|\b(?:USD|EUR|million|billion|units|volume|value|revenue)\b", name, re.IGNORECASE):
                    continue
                at = text.find(name, offset + item.start())
                if at >= 0:  # (not a name whose spacing cleaning changed: "North  America" is quoted as written or not at all)
                    found(name, at, len(name), 0.6)
    # "Region: Nairobi Metro & Central | Rift Valley | Western & Nyanza": the breakdown as a label line of cells, a region each
    for listed in _REGION_CELLS.finditer(text):
        for cell in re.finditer(r"[^|]+", listed["cells"]):
            name = clean(re.sub(r"\s*\([^()]*\)?", "", cell.group()))  # (without the countries in brackets)
            if name and name[0].isupper() and len(name.split()) <= 6 and not _NOT_A_REGION_ROW.fullmatch(name) \
                    and not re.search(r"\d", name):
                found(name, listed.start("cells") + cell.start() + cell.group().index(name), len(name), 0.6)
    # A table of contents' country chapter: "Chapter 8. Country Estimates & Trend Analysis" over "8.2 China", "8.3 Japan"
    for chapter in _PLACES_CHAPTER.finditer(text):
        for entry in OUTLINE_ENTRY.finditer(text, chapter.end()):
            if not entry["num"].startswith(chapter["num"] + "."):
                break
            if entry["num"].count(".") > 1:
                continue  # "9.1.2 Canada" under "9.1 North America": the region's breakdown, not a region of the report
            name = clean(entry["title"])
            if (is_place(name) or REGIONS.get(name.lower())) and not _NOT_A_REGION_ROW.fullmatch(name):
                found(name, entry.start("title"), len(name), 0.6)
    # "the Corn Belt", "the Mekong Delta", "Greater Cairo": a name that says it is a region, in a sentence about the market
    for named in _REGION_BY_ITS_NAME.finditer(text):
        name = named["name"]
        sentence = _sentence_around(text, named.start(), named.end())
        # only where the sentence ranks it or gives its share: "the Corn Belt accounted for the largest share"
        if (claim_of(sentence) or re.search(r"\d\s?%", sentence)) and _AS_A_MARKET.search(sentence) \
                and not _TRADE_PARTNER_AFTER.match(text[named.end():]):
            found(name, named.start("name"), len(name), 0.5)
    # "The Marmara region accounted for the largest share", "The Northern Cape is the fastest-growing province": a name
    # the page itself calls a region, where the sentence ranks it or gives its share (only names our place lists do not
    # know: those the sentences above read)
    lower_case_words = None
    for named in (*_REGION_BY_ITS_KIND.finditer(text), *_RANKED_PLACE.finditer(text)):
        name = named["name"]
        if lower_case_words is None:
            lower_case_words = set(re.findall(r"\b[a-z][\w'’-]*\b", text))
        # (a bullet's "Alto Paraná — the largest … department": a subdivision only the wide lists know, which no sentence reads)
        dashed = re.search(r"\s[—–]\s", named.group()) is not None
        proper_kind = named.re is _REGION_BY_ITS_KIND and named["kind"][0].isupper()  # "The Capital Governorate"
        if not proper_kind and all(word.lower() in lower_case_words for word in name.split()) or name.lower() in out \
                or is_place(name) \
                or _NOT_A_REGION_ROW.fullmatch(name) or re.match(r"(?:The|This|That|Each|Every|Its|Their|Our|Which|But|And|Or|Mainland|Leading|Largest|Fastest|Dominant|Biggest|Key|Major|Top|Main|"
                            r"Dominating|Most|Emerging|Growing|Other|Home)\b", name) or re.search(r"['’]s?$", name) \
                or any(is_place(word) for word in name.split()) and not dashed:
            continue  # "Each region", "Southern states" (words the page also writes in lower case)
        sentence = _sentence_around(text, named.start(), named.end())
        if claim_of(sentence) or re.search(r"\d\s?(?:%|per\s?cent\b)", sentence):
            if named.re is _REGION_BY_ITS_KIND:
                name = text[named.start("name"):named.end("kind")]
            found(name, named.start("name"), len(name), 0.5)
            if dashed and (claim := claim_of(named.group())) and out[name.lower()].claim is None:
                out[name.lower()] = out[name.lower()].model_copy(update={
                    "claim": claim, "claim_span": span(text, named.start("name"), named.end())})
    for compound in _COMPOUND_REGION.finditer(text):
        place = compound["name"].split(" and ")[0]
        if not is_place(place):
            continue
        clause = re.split(r"[.;\n]", text[compound.end():compound.end() + 200])[0]
        claim = claim_of(clause[:150])
        name = compound["name"]
        existing = out.get(name.lower())
        if existing is None or (claim and existing.claim is None):
            out[name.lower()] = Region(name=name, span=span(text, compound.start(), compound.end()), confidence=0.6,
                                       claim=claim, claim_span=span(text, compound.start(), compound.end() + len(clause))
                                       if claim else None)
    for label in _REGION_LABEL.finditer(text):
        name = clean(label["name"])
        if not name or _NOT_A_REGION_ROW.fullmatch(name):
            continue
        claim = claim_of(label["label"])
        out[name.lower()] = Region(name=name, span=span(text, label.start("name"), label.start("name") + len(name)),
                                   confidence=0.7, claim=claim,
                                   claim_span=span(text, label.start(), label.end("name")) if claim else None)
    return [_with_stated_claim(text, region) for region in out.values()]


def _with_stated_claim(text: str, region: Region) -> Region:
    """A region known by the page's structure takes the claim the first sentence naming it as a subject makes
    ("By region, O'Higgins led with a 28.9% share"; "Maule is forecast to be the fastest-growing region")."""
    if region.claim:
        return region
    for m in re.finditer(rf"(?<![\w-]){re.escape(region.name)}(?![\w-])", text):
        clause = re.split(r"\b(?:while|whereas|but)\b|[;\n]|\.(?!\d)", text[m.end():m.end() + 160])[0]
        if re.match(r"\s*(?:\(|,|and\b|&)", clause):
            continue  # a list of names, not this region's own clause
        claim = claim_of(clause) if re.match(rf"\s+(?:{_PLACE_KIND}\s+)?"
                                             r"(?:led|leads|held|holds|is|was|accounted|accounts|generated|"
                                             r"dominated|dominates|remains|represented|will|posted|grows)\b", clause, re.IGNORECASE) else None
        if claim:
            return region.model_copy(update={"claim": claim, "claim_span": span(text, m.start(), m.end() + len(clause))})
    return region
