"""ReportCard: a typed record of everything one market report states, each fact with its source span.

The card is the hand-off between extraction (or hand curation) and the graph builder. Types are
checked here; the rules about values (percent 0–100, years inside the forecast period, every fact
has a span) are checked once, by SHACL in ``kg.validate``, so that one run reports every problem.

>>> text = "The widget market was valued at USD 1.5 billion in 2024."
>>> card = ReportCard(id="widgets-demo", market="widget", market_span=Span.of(text, "widget market"),
...     values=[MarketValue(amount=1.5, currency="USD", scale="billion", year=2024, kind="estimate",
...                         span=Span.of(text, "USD 1.5 billion in 2024"))])
>>> card.values[0].span
Span(start=32, end=55, quote='USD 1.5 billion in 2024')
>>> ReportCard.from_json(card.to_json()) == card
True
>>> card.span_errors(text)
[]
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kg.errors import UnusableInput

Scale = Literal["units", "thousand", "million", "billion", "trillion"]
FigureKind = Literal["actual", "estimate", "forecast"]
ClaimKind = Literal["largest_share", "fastest_growth", "major_contributor"]

SCALE_MULTIPLIER: dict[str, int] = {
    "units": 1,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}


class _Model(BaseModel):
    # A mistyped key in a hand-curated card must fail loudly, not vanish.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Model):
    """A half-open character range ``[start, end)`` of the report text and the exact words there."""

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    quote: str = Field(min_length=1)

    @model_validator(mode="after")
    def _length_matches(self) -> Span:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"span {self.start}-{self.end} covers {self.end - self.start} characters "
                f"but its quote has {len(self.quote)}"
            )
        return self

    @classmethod
    def of(cls, text: str, quote: str, occurrence: int = 1) -> Span:
        """The span of the ``occurrence``-th appearance of ``quote`` in ``text``.

        Raises:
            ValueError: the quote does not occur that often.

        >>> Span.of("a b a", "a", occurrence=2)
        Span(start=4, end=5, quote='a')
        """
        start = -1
        for _ in range(occurrence):
            start = text.find(quote, start + 1)
            if start < 0:
                raise ValueError(f"quote not found in text (occurrence {occurrence}): {quote!r}")
        return cls(start=start, end=start + len(quote), quote=quote)


class Fact(_Model):
    """Base of every stated fact. ``span`` is where the text states it; ``also_stated`` are restatements.

    ``span`` may be absent in a draft card so that validation can name the fact among all other
    problems; a card with such a fact never validates.
    """

    span: Span | None = None
    also_stated: list[Span] = []
    confidence: float | None = Field(default=None, ge=0, le=1)

    def spans(self) -> Iterator[Span]:
        if self.span is not None:
            yield self.span
        yield from self.also_stated


class Named(Fact):
    """A thing named by the report (a coverage topic, a dimension, a condition example)."""

    name: str = Field(min_length=1)


class Period(Fact):
    """Whole calendar years, inclusive: ``2024–2031``."""

    start: int
    end: int


class MarketValue(Fact):
    """A market-size figure: ``USD 7.12 billion in 2024``. ``segment``/``region`` unset = whole market."""

    amount: float
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code")
    scale: Scale
    year: int
    kind: FigureKind
    segment: str | None = None
    region: str | None = None

    @property
    def amount_as_written(self) -> str:
        return self.span.quote if self.span else f"{self.currency} {self.amount:g} {self.scale}"


class Cagr(Fact):
    """A compound annual growth rate in percent, over ``start``–``end``."""

    percent: float
    start: int | None = None
    end: int | None = None
    segment: str | None = None
    region: str | None = None


class _Ranked(Fact):
    """A segment or region, with an optional ranking claim and the words that make it."""

    name: str = Field(min_length=1)
    claim: ClaimKind | None = None
    claim_span: Span | None = None
    claim_period: str | None = Field(default=None, description="the claim's time phrase, verbatim")

    def spans(self) -> Iterator[Span]:
        yield from super().spans()
        if self.claim_span is not None:
            yield self.claim_span


class Segment(_Ranked):
    """A segment of one segmentation dimension, such as ``cancer`` by condition."""

    dimension: str = Field(min_length=1)
    examples: list[Named] = []

    def spans(self) -> Iterator[Span]:
        yield from super().spans()
        for example in self.examples:
            yield from example.spans()


class Region(_Ranked):
    """A report region, such as ``North America``."""


class Factor(Fact):
    """A driver, restraint, trend or opportunity, in the report's words."""

    text: str = Field(min_length=1)


class Player(Fact):
    """A key player as the report writes it; ``label`` corrects an obvious misspelling.

    ``country`` is a country the report writes beside the name ("FANUC Corporation (Japan)"), as written,
    with ``country_span``: the report's claim about the organisation, not verified headquarters.
    """

    name: str = Field(min_length=1)
    label: str | None = None
    country: str | None = None
    country_span: Span | None = None

    def spans(self) -> Iterator[Span]:
        yield from super().spans()
        if self.country_span is not None:
            yield self.country_span


class Development(Fact):
    """A dated event: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; an event dated by quarter ("in Q3 2024") has its year as
    ``date`` and the quarter beside it (a date ``"2024-Q3"`` is read so)."""

    date: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    quarter: int | None = Field(None, ge=1, le=4, description="the quarter of the year, when the report dates the event by quarter")
    actor: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    involves: list[str] = []

    @model_validator(mode="before")
    @classmethod
    def _quarter_of_the_year(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(when := data.get("date"), str) and len(when) == 7 and when[4:6] == "-Q":
            return {**data, "date": when[:4], "quarter": int(when[6])} if when[6] in "1234" else data
        return data


class Statistic(Fact):
    """A number quoted from another source that is not a market figure (``60% of deaths in 2021``)."""

    text: str = Field(min_length=1)
    percent: float | None = None
    year: int | None = None
    source: str | None = None


class SourceIssue(_Model):
    """A defect of the source text kept visible: ``concerns`` names the card field, e.g. ``players[0]``."""

    kind: Literal["typo", "inconsistent-period", "inconsistent-status", "other"]
    note: str
    concerns: str
    span: Span


class ReportCard(_Model):
    """Everything one report states. Keys follow the shared card format so tools can compare cards."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", description="stable report id, used in IRIs")
    source: str | None = Field(default=None, description="file name of the report text")
    market: str = Field(min_length=1)
    market_span: Span | None = None
    publisher: str | None = None
    publisher_span: Span | None = None
    report_date: date | None = None
    report_date_span: Span | None = None
    geography_scope: str | None = None
    geography_scope_span: Span | None = None
    historical_period: Period | None = None
    forecast_period: Period | None = None
    units: Named | None = None
    coverage: list[Named] = []
    dimensions: list[Named] = []
    values: list[MarketValue] = []
    cagr: list[Cagr] = []
    segments: list[Segment] = []
    regions: list[Region] = []
    drivers: list[Factor] = []
    restraints: list[Factor] = []
    trends: list[Factor] = []
    opportunities: list[Factor] = []
    players: list[Player] = []
    developments: list[Development] = []
    statistics: list[Statistic] = []
    source_issues: list[SourceIssue] = []

    # ------------------------------------------------------------------ spans

    def iter_spans(self) -> Iterator[tuple[str, Span]]:
        """Every span in the card with the path of the field that holds it."""
        for key in ("market_span", "publisher_span", "report_date_span", "geography_scope_span"):
            span = getattr(self, key)
            if span is not None:
                yield key, span
        for key in type(self).model_fields:
            value = getattr(self, key)
            items = value if isinstance(value, list) else [value]
            for index, item in enumerate(items):
                if isinstance(item, Fact):
                    for span in item.spans():
                        yield f"{key}[{index}]" if isinstance(value, list) else key, span
                elif isinstance(item, SourceIssue):
                    yield f"{key}[{index}]", item.span

    def span_errors(self, text: str) -> list[str]:
        """Spans whose quote differs from ``text[start:end]``; empty when the card matches its text."""
        return [
            f"{path}: text[{s.start}:{s.end}] is {text[s.start:s.end]!r}, quote is {s.quote!r}"
            for path, s in self.iter_spans()
            if text[s.start : s.end] != s.quote
        ]

    # ------------------------------------------------------------------ files

    def to_json(self) -> str:
        return self.model_dump_json(indent=2, exclude_defaults=True)

    def digest(self) -> str:
        """SHA-256 of the card's content and the mkg version: equal digests build equal graphs."""
        from kg import __version__

        return "sha256:" + hashlib.sha256(f"{__version__}\n{self.model_dump_json()}".encode()).hexdigest()

    def to_yaml(self) -> str:
        data = self.model_dump(mode="json", exclude_defaults=True)
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)

    @classmethod
    def from_json(cls, text: str) -> ReportCard:
        return cls.model_validate_json(text)

    @classmethod
    def from_data(cls, data: Any, origin: str = "card") -> ReportCard:
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise UnusableInput(f"{origin} is not a valid ReportCard:\n{err}") from err

    @classmethod
    def from_file(cls, path: str | Path) -> ReportCard:
        """Read a card from ``.json``, ``.yaml`` or ``.yml``.

        Raises:
            UnusableInput: the file is missing, unparsable or not a ReportCard.
        """
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
            data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
        except (OSError, ValueError, yaml.YAMLError) as err:
            raise UnusableInput(f"cannot read card {path}: {err}") from err
        return cls.from_data(data, origin=str(path))

    def write(self, path: str | Path) -> None:
        path = Path(path)
        path.write_text(self.to_json() if path.suffix == ".json" else self.to_yaml(), encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """The ReportCard JSON Schema (also shipped as ``ontology/reportcard.schema.json``)."""
    return ReportCard.model_json_schema()
