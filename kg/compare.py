"""Publishers side by side on one market: every report's figures, normalised to one currency and year where
the report states enough, CAGRs with their periods, largest/fastest segment claims, and disagreements flagged.

Reports meet on one market IRI (``kg.link.markets.market_key``: "Global Industrial Robots Market" =
"industrial robot"); their geography scope is compared too, and reports of different scopes are shown but
never flagged against each other. The facts come from the named query ``compare-market``; this module only
arranges them:

- **one year**: the comparison year (``year``, or by default the year most reports have a figure for,
  preferring stated figures, then the earliest). A report's figure for that year is the stated one, or the
  one the build derived from its stated start figure and stated CAGR (``mkg:derivationMethod``); a report
  whose figures and CAGR do not reach the year has no cell, and the comparison says so.
- **one currency**: through the euro with the ECB's annual average rates of ``kg/data/exchange-rates.yaml``
  (dated and cited there), the rates of the figure's year; for a year the table does not hold yet, its latest
  year, said in the method. A converted figure is marked derived, with the method and the rates used.
- **disagreements**: two reports of the same scope whose normalised figures differ by more than
  ``tolerance`` (relative to the smaller: ``|a − b| / min(a, b)``, default 0.10 = 10 %), or whose stated
  whole-market CAGRs differ by more than ``cagr_tolerance`` percentage points (default 2.0).

>>> from kg.store import OxigraphStore
>>> compare_market(OxigraphStore(), "widgets")
Traceback (most recent call last):
...
kg.compare.UnknownMarket: no market 'widgets' in the graph (markets: none)
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

import yaml

from kg import iri
from kg.errors import BadParameter, MkgError
from kg.link.markets import market_key
from kg.paths import DATA_DIR
from kg.queries import QueryCatalog

DEFAULT_CURRENCY = "USD"
DEFAULT_TOLERANCE = 0.10  # relative difference of normalised figures above which two reports disagree
DEFAULT_CAGR_TOLERANCE = 2.0  # percentage points between stated whole-market CAGRs
SCALE = {"units": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_MARKETS = """PREFIX mkg: <https://w3id.org/mkg/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?market (MIN(STR(?label)) AS ?name) WHERE { GRAPH <https://w3id.org/mkg/graph/entities> {
  ?market a mkg:Market ; skos:prefLabel ?label } } GROUP BY ?market ORDER BY ?name"""


class UnknownMarket(BadParameter):
    """No market of the graph goes by that name; ``suggestions`` are the closest names."""

    def __init__(self, written: str, suggestions: list[str]):
        MkgError.__init__(self, f"no market {written!r} in the graph (markets: {', '.join(suggestions) or 'none'})")
        self.name = "market"
        self.suggestions = suggestions


@dataclass(frozen=True)
class Rates:
    """Units of each currency per euro, by year, and the table's citation."""

    by_year: dict[int, dict[str, float]]
    source: dict[str, str]

    @classmethod
    @cache
    def load(cls) -> Rates:
        data = yaml.safe_load((DATA_DIR / "exchange-rates.yaml").read_text(encoding="utf-8"))
        return cls({int(y): {c: float(r) for c, r in row.items()} for y, row in data["rates"].items()},
                   {k: str(v) for k, v in data["source"].items()})

    @property
    def currencies(self) -> list[str]:
        return sorted({"EUR", *(c for row in self.by_year.values() for c in row)})

    def convert(self, amount: float, currency: str, target: str, year: int) -> tuple[float, str] | None:
        """``amount`` of ``currency`` in ``target`` at ``year``'s average rates, and how; None without rates."""
        if currency == target:
            return amount, ""
        usable = [y for y in self.by_year if all(c == "EUR" or c in self.by_year[y] for c in (currency, target))]
        if not usable:
            return None
        rate_year = year if year in usable else max(usable)
        row = {**self.by_year[rate_year], "EUR": 1.0}
        converted = amount / row[currency] * row[target]
        which = f"{rate_year} annual average" + ("" if rate_year == year else
                                                 f" (the latest year in the table; none yet for {year})")
        used = " and ".join(f"{row[c]:g} {c}" for c in (currency, target) if c != "EUR")
        how = (f"{currency} → {target} at the ECB {which} rate{'s' if ' and ' in used else ''}: 1 EUR = {used}, "
               f"amount / rate[{currency}] × rate[{target}] ({self.source['title']}, {self.source['url']})")
        return converted, how


@dataclass
class Cell:
    """One fact of one report, with its quote; ``derived`` facts carry their method."""

    kind: str
    fact: str
    quote: str | None
    derived: bool
    method: str | None = None
    year: int | None = None
    amount: float | None = None
    scale: str | None = None
    currency: str | None = None
    units: float | None = None  # the amount in currency units (amount × scale)
    status: str | None = None
    percent: float | None = None
    start_year: int | None = None
    end_year: int | None = None
    segment: str | None = None
    dimension: str | None = None


@dataclass
class Normalised:
    """A report's figure for the comparison year in the comparison currency; derived whenever converted."""

    value: float  # in currency units
    currency: str
    year: int
    derived: bool
    method: str
    from_fact: str
    quote: str | None
    source_quotes: list[str] = field(default_factory=list)  # for a derived figure: the stated facts' quotes


@dataclass
class Column:
    """Everything one report states about the market."""

    report: str
    report_id: str
    publisher: str | None
    published: str | None
    scope: str | None
    values: list[Cell] = field(default_factory=list)
    cagrs: list[Cell] = field(default_factory=list)
    largest: list[Cell] = field(default_factory=list)
    fastest: list[Cell] = field(default_factory=list)
    normalised: Normalised | None = None


@dataclass
class Disagreement:
    kind: str  # "value" or "cagr"
    reports: tuple[str, str]
    publishers: tuple[str | None, str | None]
    values: tuple[float, float]
    difference: float  # relative (value) or percentage points (cagr)
    tolerance: float
    facts: tuple[str, str]
    message: str


@dataclass
class Comparison:
    market: str
    name: str
    currency: str
    year: int | None
    tolerance: float
    cagr_tolerance: float
    rates_source: dict[str, str]
    columns: list[Column]
    disagreements: list[Disagreement]
    notes: list[str]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def markets(store) -> dict[str, str]:
    """Market IRI → name, for every market of the graph."""
    return {row["market"].value: row["name"].value for row in store.query(_MARKETS).rows}


def resolve_market(store, written: str) -> tuple[str, str]:
    """The market IRI and name a name, slug, short form (``id:market/…``) or IRI means.

    Raises:
        UnknownMarket: no market of the graph; with the closest names.
    """
    from rapidfuzz import fuzz, process

    known = markets(store)
    text = written.strip()
    for prefix in ("id:market/", iri.ID + "market/"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    candidates = [str(iri.market(text)), str(iri.market(market_key(text)))]
    for candidate in candidates:
        if candidate in known:
            return candidate, known[candidate]
    names = sorted(known.values())
    close = [hit[0] for hit in process.extract(written, names, scorer=fuzz.WRatio, limit=3) if hit[1] >= 50]
    raise UnknownMarket(written, close or names[:3])


def _number(row: dict, key: str) -> float | None:
    return float(row[key]) if key in row else None


def _cells(rows: list[dict]) -> list[Column]:
    columns: dict[str, Column] = {}
    seen: set[str] = set()
    for row in rows:
        if row["fact"] in seen:
            continue
        seen.add(row["fact"])
        column = columns.setdefault(row["report"], Column(row["report"], row["reportId"], row.get("publisher"),
                                                          row.get("published"), row.get("scope")))
        cell = Cell(kind=row["kind"], fact=row["fact"], quote=row.get("quote"), derived=row.get("derived") == "true",
                    method=row.get("method"), year=int(row["year"]) if "year" in row else None,
                    amount=_number(row, "amount"), scale=row.get("scale"), currency=row.get("currency"),
                    units=_number(row, "normalisedAmount"), status=row.get("status"), percent=_number(row, "percent"),
                    start_year=int(row["startYear"]) if "startYear" in row else None,
                    end_year=int(row["endYear"]) if "endYear" in row else None,
                    segment=row.get("segment"), dimension=row.get("dimension"))
        {"value": column.values, "cagr": column.cagrs, "largest segment": column.largest,
         "fastest segment": column.fastest}[cell.kind].append(cell)
    return list(columns.values())


def _figure_for(column: Column, year: int) -> Cell | None:
    """The report's figure for ``year``: the stated one first, else the derived one."""
    cells = sorted((c for c in column.values if c.year == year), key=lambda c: (c.derived, c.fact))
    return cells[0] if cells else None


def _default_year(columns: list[Column]) -> int | None:
    reach, stated = Counter(), Counter()
    for column in columns:
        for year in {c.year for c in column.values}:
            reach[year] += 1
        for year in {c.year for c in column.values if not c.derived}:
            stated[year] += 1
    if not reach:
        return None
    return min(reach, key=lambda y: (-reach[y], -stated[y], y))


def _check(currency: str, year: int | None, tolerance: float, cagr_tolerance: float, rates: Rates) -> None:
    if currency not in rates.currencies:
        raise BadParameter("currency", f"{currency!r} is not in the exchange-rate table; one of {', '.join(rates.currencies)}")
    if year is not None and not 1900 <= year <= 2100:
        raise BadParameter("year", "a year between 1900 and 2100")
    if not 0 <= tolerance <= 10:
        raise BadParameter("tolerance", "a relative difference between 0 and 10 (0.10 = 10 %)")
    if not 0 <= cagr_tolerance <= 100:
        raise BadParameter("cagr_tolerance", "percentage points between 0 and 100")


def compare_market(store, market: str, *, currency: str = DEFAULT_CURRENCY, year: int | None = None,
                   tolerance: float = DEFAULT_TOLERANCE, cagr_tolerance: float = DEFAULT_CAGR_TOLERANCE,
                   catalog: QueryCatalog | None = None) -> Comparison:
    """Every report on ``market`` side by side (see the module docstring).

    Args:
        store: any ``kg.store`` store.
        market: a market's name as any report writes it, its slug, ``id:market/…`` or its IRI.
        currency: ISO 4217 code of the comparison currency (one of the exchange-rate table's, or EUR).
        year: the comparison year (default: the year most reports have a figure for).
        tolerance: relative difference of normalised figures above which reports disagree.
        cagr_tolerance: percentage points between stated CAGRs above which reports disagree.

    Raises:
        UnknownMarket: no such market in the graph (a ``BadParameter``).
        BadParameter: a currency without rates, a year, tolerance out of range.
    """
    rates = Rates.load()
    currency = currency.strip().upper()
    _check(currency, year, tolerance, cagr_tolerance, rates)
    market_iri, name = resolve_market(store, market)
    catalog = catalog or QueryCatalog.load()
    result = catalog["compare-market"].run(store, market=market_iri)
    data = json.loads(result.serialize("json"))
    columns = _cells([{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]])
    notes: list[str] = []
    year = year if year is not None else _default_year(columns)
    for column in columns:
        cell = _figure_for(column, year) if year is not None else None
        if cell is None:
            if year is not None:
                notes.append(f"{column.publisher or column.report_id}: no figure for {year}, stated or derivable "
                             "from its own figures and CAGR")
            continue
        converted = rates.convert(cell.units, cell.currency, currency, year)
        if converted is None:
            notes.append(f"{column.publisher or column.report_id}: no exchange rate for {cell.currency} → {currency}")
            continue
        value, how = converted
        steps = [f"{'derived' if cell.derived else 'stated'} {cell.currency} {cell.amount:g} {cell.scale} for {year}"
                 + (f" ({cell.method})" if cell.derived else "")]
        if how:
            steps.append(how)
        sources = [] if not cell.derived else \
            sorted({row["quote"].value for row in catalog["source-of"].run(store, fact=cell.fact).rows})
        column.normalised = Normalised(round(value, 2), currency, year, cell.derived or bool(how), "; ".join(steps),
                                       cell.fact, cell.quote, sources)
    disagreements = _disagreements(columns, tolerance, cagr_tolerance, notes)
    return Comparison(market_iri, name, currency, year, tolerance, cagr_tolerance, rates.source, columns,
                      disagreements, notes)


def _same_scope(a: Column, b: Column) -> bool:
    return a.scope is None or b.scope is None or a.scope.strip().lower() == b.scope.strip().lower()


def _disagreements(columns: list[Column], tolerance: float, cagr_tolerance: float, notes: list[str]) -> list[Disagreement]:
    found = []
    for i, a in enumerate(columns):
        for b in columns[i + 1:]:
            who = (a.publisher, b.publisher)
            if not _same_scope(a, b):
                notes.append(f"{a.publisher or a.report_id} ({a.scope}) and {b.publisher or b.report_id} ({b.scope}) "
                             "cover different geographies: not compared")
                continue
            if a.normalised and b.normalised:
                x, y = a.normalised.value, b.normalised.value
                low = min(x, y)
                difference = abs(x - y) / low if low > 0 else None  # SHACL keeps stated amounts positive
                if difference is not None and difference > tolerance:
                    found.append(Disagreement(
                        "value", (a.report, b.report), who, (x, y), round(difference, 4), tolerance,
                        (a.normalised.from_fact, b.normalised.from_fact),
                        f"{a.normalised.year} market size: {a.publisher or a.report_id} {_money(x, a.normalised.currency, max(x, y))} "
                        f"vs {b.publisher or b.report_id} {_money(y, b.normalised.currency, max(x, y))}, "
                        f"{difference:.0%} apart (tolerance {tolerance:.0%})"))
            for ca in (c for c in a.cagrs if not c.derived):
                for cb in (c for c in b.cagrs if not c.derived):
                    gap = abs(ca.percent - cb.percent)
                    if gap > cagr_tolerance:
                        found.append(Disagreement(
                            "cagr", (a.report, b.report), who, (ca.percent, cb.percent), round(gap, 4), cagr_tolerance,
                            (ca.fact, cb.fact),
                            f"CAGR: {a.publisher or a.report_id} {ca.percent:g} % ({ca.start_year}–{ca.end_year}) vs "
                            f"{b.publisher or b.report_id} {cb.percent:g} % ({cb.start_year}–{cb.end_year}), "
                            f"{gap:.2f} points apart (tolerance {cagr_tolerance:g})"))
    return found


def _money(units: float, currency: str, scale_of: float) -> str:
    """``units`` in the scale that suits ``scale_of`` (both figures of a pair in one scale)."""
    for scale in ("trillion", "billion", "million", "thousand"):
        if abs(scale_of) >= SCALE[scale]:
            return f"{currency} {Decimal(units / SCALE[scale]).quantize(Decimal('0.01'))} {scale}"
    return f"{currency} {units:,.2f}"
