"""Countries, UN M49 regions, the genre's report regions and ISO 4217 currencies, from maintained data.

- ISO 3166-1 (names, alpha-2, alpha-3, numeric) and ISO 4217 come from ``pycountry`` (the Debian iso-codes
  data, no dependencies, ~0.1 s to import);
- the UN M49 sub-region of every country, EU membership and the regular expressions that recognise country
  names as people write them come from ``country_converter``'s classification table, read directly: its
  pandas-based converter does not start under pandas 3, and importing it costs 2 s of pandas import;
- M49 region codes (``kg/data/m49-regions.yaml``), report regions (``kg/data/report-regions.yaml``) and the
  checked Wikidata items of countries (``kg/data/country-wikidata.yaml``) are the project's own small files,
  because neither package carries them.

>>> places = Places.load()
>>> [places.country(name).alpha2 for name in ("the UK", "U.S.", "South Korea", "UAE", "Türkiye", "Japan")]
['GB', 'US', 'KR', 'AE', 'TR', 'JP']
>>> places.country("Atlantis") is None
True
>>> "JP" in places.report_region("APAC").members and "JP" not in places.report_region("Europe").members
True
>>> places.currency("usd").name
'US Dollar'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
import importlib.util
from pathlib import Path

import pycountry
import yaml

from kg.names import ascii_fold
from kg.paths import DATA_DIR

# Ways reports write countries that neither package lists as a name (compared after ``name_key``).
WRITTEN_COUNTRY_NAMES = {
    "us": "US", "usa": "US", "u s": "US", "u s a": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "u k": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "uae": "AE", "u a e": "AE", "emirates": "AE",
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "north korea": "KP",
    "turkey": "TR", "turkiye": "TR", "holland": "NL", "the netherlands": "NL", "czech republic": "CZ",
    "russia": "RU", "vietnam": "VN", "taiwan": "TW", "iran": "IR", "hong kong": "HK", "mainland china": "CN",
    "prc": "CN", "ksa": "SA", "kingdom of saudi arabia": "SA",
}


def name_key(text: str) -> str:
    """How place names are compared: folded, lower case, words only, without a leading "the".

    >>> name_key("the U.S.")
    'u s'
    """
    words = re.sub(r"[^a-z0-9]+", " ", ascii_fold(text).lower()).split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: str
    name: str
    official_name: str | None
    m49_within: str | None  # the M49 sub-region or intermediate region code
    wikidata: str | None
    eu: bool = False


@dataclass(frozen=True)
class M49Region:
    code: str
    name: str
    within: tuple[str, ...] = ()
    wikidata: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ReportRegion:
    """A region as reports define it: its member countries and the M49 region it matches, if one does."""

    name: str
    aliases: tuple[str, ...]
    members: frozenset[str]
    close_match: str | None = None
    wikidata: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Currency:
    code: str
    numeric: str
    name: str


@dataclass
class Places:
    countries: dict[str, Country]
    m49: dict[str, M49Region]
    report_regions: dict[str, ReportRegion]
    currencies: dict[str, Currency]
    _country_names: dict[str, str] = field(default_factory=dict, repr=False)
    _country_patterns: list[tuple[str, str]] = field(default_factory=list, repr=False)  # compiled on first use
    _region_names: dict[str, str] = field(default_factory=dict, repr=False)
    _m49_names: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls) -> Places:
        """The project's places (built once per process)."""
        return _places()

    # -------------------------------------------------------------- look-ups by name as written

    def country(self, written: str) -> Country | None:
        """The country a report means by ``written`` ("the UK", "U.S.", "JP", "Japan"), or None."""
        text = written.strip()
        if re.fullmatch(r"[A-Z]{2}|[A-Z]{3}", text):
            code = "GB" if text == "UK" else text
            hit = self.countries.get(code) or next((c for c in self.countries.values() if c.alpha3 == code), None)
            if hit is not None:
                return hit
        key = name_key(text)
        if (code := self._country_names.get(key)) is not None:
            return self.countries[code]
        if not key or len(key) > 60:
            return None
        found = {code for pattern, code in _compiled(tuple(self._country_patterns)) if pattern.search(key)}
        return self.countries[found.pop()] if len(found) == 1 else None

    def report_region(self, written: str) -> ReportRegion | None:
        name = self._region_names.get(name_key(written))
        return self.report_regions[name] if name else None

    def m49_region(self, written: str) -> M49Region | None:
        code = self._m49_names.get(name_key(written))
        return self.m49[code] if code else None

    def currency(self, code: str) -> Currency | None:
        return self.currencies.get(code.upper())

    def m49_ancestors(self, code: str) -> set[str]:
        """Every M49 region containing ``code`` (transitively)."""
        return _ancestors(self.m49, code)


def _read_yaml(name: str):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where libyaml is there: 10x faster
    return yaml.load((DATA_DIR / name).read_text("utf-8"), Loader=loader)


def _coco_rows() -> list[dict[str, str]]:
    """country_converter's classification table, found without importing the package (which imports pandas: 2 s)."""
    spec = importlib.util.find_spec("country_converter")
    table = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with table.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@cache
def _places() -> Places:
    m49 = {row["code"]: M49Region(row["code"], row["name"], tuple(row.get("within", [])), row.get("wikidata"),
                                  row.get("note"))
           for row in _read_yaml("m49-regions.yaml")}
    m49_by_name = {name_key(r.name): r.code for r in m49.values()}
    wikidata = _read_yaml("country-wikidata.yaml")
    coco = {row["ISO3"]: row for row in _coco_rows()}

    countries: dict[str, Country] = {}
    names: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    for entry in pycountry.countries:
        row = coco.get(entry.alpha_3, {})
        sub_region = m49_by_name.get(name_key(row.get("UNregion", "")))
        country = Country(entry.alpha_2, entry.alpha_3, entry.numeric, getattr(entry, "common_name", None) or entry.name,
                          getattr(entry, "official_name", None), sub_region, wikidata.get(entry.alpha_2),
                          eu=bool(row.get("EU27", "").strip() and row.get("EU27") != "nan"))
        countries[entry.alpha_2] = country
        for name in (entry.name, getattr(entry, "common_name", None), getattr(entry, "official_name", None),
                     row.get("name_short"), row.get("name_official")):
            if name:
                names.setdefault(name_key(name), entry.alpha_2)
        if row.get("regex"):
            patterns.append((row["regex"], entry.alpha_2))
    for written, code in WRITTEN_COUNTRY_NAMES.items():
        names[written] = code

    regions: dict[str, ReportRegion] = {}
    region_names: dict[str, str] = {}
    for row in _read_yaml("report-regions.yaml"):
        members = {c.alpha2 for c in countries.values()
                   if c.m49_within and ({c.m49_within} | _ancestors(m49, c.m49_within)) & set(row.get("m49", []))}
        if row.get("members_from") == "EU27":
            members |= {c.alpha2 for c in countries.values() if c.eu}
        members = (members | set(row.get("add", []))) - set(row.get("remove", []))
        region = ReportRegion(row["name"], tuple(row.get("aliases", [])), frozenset(members),
                              row.get("close_match"), row.get("wikidata"), row.get("note"))
        regions[region.name] = region
        for name in (region.name, *region.aliases):
            region_names[name_key(name)] = region.name

    currencies = {c.alpha_3: Currency(c.alpha_3, c.numeric, c.name) for c in pycountry.currencies}
    return Places(countries, m49, regions, currencies, names, patterns, region_names, m49_by_name)


@cache
def _compiled(patterns: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern, str]]:
    return [(re.compile(pattern, re.IGNORECASE), code) for pattern, code in patterns]


def _ancestors(m49: dict[str, M49Region], code: str) -> set[str]:
    seen: set[str] = set()
    todo = list(m49[code].within) if code in m49 else []
    while todo:
        parent = todo.pop()
        if parent not in seen:
            seen.add(parent)
            todo += m49[parent].within
    return seen
