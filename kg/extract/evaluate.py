"""Score extracted cards against reference ("gold") cards, per field, the way the real-page sets are scored.

A reference is either a gold JSON file (the schema of ``shared/extract-dev/README.md``) or a ReportCard
(YAML/JSON); both are read into the same plain form (`Reference`). The matching rules:

- values: amount in base units within 0.5 %, currency and year;
- CAGRs: percent within 0.05, end year, and start year when both give one;
- players: normalised names (``kg.names.org_key``) with similarity ≥ 0.85;
- developments: year-month and actor similarity ≥ 0.6;
- segments and regions: name similarity ≥ 0.8; their claims counted on matched pairs; ``regions_by_place``
  also matches two names of one place ("U.S.", "United States");
- drivers, restraints, trends, opportunities: content-word overlap ≥ 0.35;
- a market value extracted from a text whose reference states none is *invented*.

>>> ref = Reference(values=[(1.5e9, "USD", 2024)], players=["Acme Corp."])
>>> got = Reference(values=[(1.5e9, "USD", 2024), (2e9, "USD", 2030)], players=["ACME Corporation", "Beta"])
>>> s = Scores(); s.add(got, ref)
>>> s.fields["values"].f1, s.fields["players"].recall
(0.6666666666666666, 1.0)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from kg.card import SCALE_MULTIPLIER, ReportCard
from kg.names import ascii_fold, name_similarity

FACTOR_FIELDS = ("drivers", "restraints", "trends", "opportunities")
FIELDS = ("values", "cagr", "players", "developments", "segments", "segment_claims", "regions", "region_claims",
          "regions_by_place", *FACTOR_FIELDS, "publisher")
# Reference cards may keep the Indian scales a page writes ("INR 6,420 crore"); cards use the international ones.
_SCALE = {**SCALE_MULTIPLIER, "lakh": 10**5, "crore": 10**7, "lakh crore": 10**12, None: 1}  # Indian scales as written
_CLAIM = {"largest share": "largest_share", "fastest growth": "fastest_growth", "major contributor": "major_contributor"}
_STOP = set("a an the of in and or to for on by with from at as is are be its their this that these those market "
            "markets growing growth increasing rising demand".split())


@dataclass
class Reference:
    """What a card states, in comparable form."""

    values: list[tuple[float, str, int]] = field(default_factory=list)  # (base amount, currency, year)
    cagr: list[tuple[float, int | None, int | None]] = field(default_factory=list)  # (percent, start, end)
    players: list[str] = field(default_factory=list)
    developments: list[tuple[str, str]] = field(default_factory=list)  # (YYYY-MM or YYYY, actor)
    segments: list[tuple[str, str | None]] = field(default_factory=list)  # (name, claim)
    regions: list[tuple[str, str | None]] = field(default_factory=list)
    drivers: list[str] = field(default_factory=list)
    restraints: list[str] = field(default_factory=list)
    trends: list[str] = field(default_factory=list)
    opportunities: list[str] = field(default_factory=list)
    publisher: str | None = None

    @classmethod
    def of_card(cls, card: ReportCard) -> Reference:
        return cls(
            values=[(v.amount * _SCALE[v.scale], v.currency, v.year) for v in card.values],
            cagr=[(c.percent, c.start, c.end) for c in card.cagr],
            players=[p.name for p in card.players],
            developments=[(d.date[:7], d.actor) for d in card.developments],
            segments=[(s.name, s.claim) for s in card.segments],
            regions=[(r.name, r.claim) for r in card.regions],
            **{f: [x.text for x in getattr(card, f)] for f in FACTOR_FIELDS},
            publisher=card.publisher,
        )

    @classmethod
    def of_gold(cls, gold: dict) -> Reference:
        def text(item) -> str:
            return item if isinstance(item, str) else item.get("text") or item.get("summary") or str(item)

        return cls(
            values=[(float(v["amount"]) * _SCALE[v.get("scale")], v.get("currency") or "USD", v.get("year"))
                    for v in gold.get("values", [])],
            cagr=[(float(c["percent"]), c.get("start"), c.get("end")) for c in gold.get("cagr", [])],
            players=[p if isinstance(p, str) else p["name"] for p in gold.get("players", [])],
            developments=[(str(d.get("date") or "")[:7], d.get("actor") or "") for d in gold.get("developments", [])],
            segments=[(s["name"], _CLAIM.get(s.get("claim"), s.get("claim"))) for s in gold.get("segments", [])],
            regions=[(r["name"], _CLAIM.get(r.get("claim"), r.get("claim"))) for r in gold.get("regions", [])],
            **{f: [text(x) for x in gold.get(f, [])] for f in FACTOR_FIELDS},
            publisher=gold.get("publisher"),
        )

    @classmethod
    def load(cls, path: Path) -> Reference:
        if path.name.endswith(".gold.json"):
            return cls.of_gold(json.loads(path.read_text("utf-8")))
        return cls.of_card(ReportCard.from_file(path))


@dataclass
class FieldScore:
    hits: int = 0
    extracted: int = 0
    reference: int = 0

    @property
    def precision(self) -> float:
        return self.hits / self.extracted if self.extracted else (1.0 if not self.reference else 0.0)

    @property
    def recall(self) -> float:
        return self.hits / self.reference if self.reference else (1.0 if not self.extracted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", ascii_fold(text).lower()) if w not in _STOP}


def _text_similarity(a: str, b: str) -> float:
    a, b = " ".join(re.findall(r"[a-z0-9]+", ascii_fold(a).lower())), " ".join(re.findall(r"[a-z0-9]+", ascii_fold(b).lower()))
    a, b = re.sub(r"\b(the|segment|region|market)\b", "", a).split(), re.sub(r"\b(the|segment|region|market)\b", "", b).split()
    return SequenceMatcher(None, " ".join(a), " ".join(b)).ratio()


def _place_identity(name: str) -> str | None:
    """The place a region's name denotes (country code, report region or M49 region), or None."""
    from kg.link.places import Places

    places = Places.load()
    if (country := places.country(name)) is not None:
        return country.alpha2
    if (region := places.report_region(name)) is not None:
        return "region:" + region.name
    m49 = places.m49_region(name)
    return None if m49 is None else "m49:" + m49.code


def _same_place(a, b) -> bool:
    """Similar names, or two names of one place ("U.S." and "United States", "UAE" and "United Arab Emirates").
    Our own gold cards sometimes write a place by its full name where the text abbreviates it, while the card
    and the real pages' gold keep the text's spelling: ``regions_by_place`` scores regions this way, beside the
    strict ``regions``.

    >>> _same_place(("U.S.", None), ("United States", None)), _same_place(("UAE", None), ("Saudi Arabia", None))
    (True, False)
    """
    if _text_similarity(a[0], b[0]) >= 0.8:
        return True
    same = _place_identity(a[0])
    return same is not None and same == _place_identity(b[0])


def _value_match(a, b) -> bool:
    return a[1] == b[1] and a[2] == b[2] and abs(a[0] - b[0]) <= 0.005 * max(abs(b[0]), 1e-9)


def _cagr_match(a, b) -> bool:
    return (abs(a[0] - b[0]) <= 0.05 and a[2] == b[2]
            and (a[1] is None or b[1] is None or a[1] == b[1]))


def _development_match(a, b) -> bool:
    return a[0] == b[0] and name_similarity(a[1], b[1]) >= 0.6


def _factor_match(a: str, b: str) -> bool:
    got, want = _words(a), _words(b)
    return bool(got and want) and len(got & want) / min(len(got), len(want)) >= 0.35


MATCHERS: dict[str, Callable] = {
    "values": _value_match,
    "cagr": _cagr_match,
    "players": lambda a, b: name_similarity(a, b) >= 0.85,
    "developments": _development_match,
    "segments": lambda a, b: _text_similarity(a[0], b[0]) >= 0.8,
    "regions": lambda a, b: _text_similarity(a[0], b[0]) >= 0.8,
    **{f: _factor_match for f in FACTOR_FIELDS},
}


def match_pairs(field_name: str, extracted: list, reference: list) -> list[tuple]:
    """Greedy one-to-one matches (each reference item used once)."""
    return match_pairs_with(MATCHERS[field_name], extracted, reference)


def match_pairs_with(same: Callable, extracted: list, reference: list) -> list[tuple]:
    unused, pairs = list(reference), []
    for item in extracted:
        ref = next((r for r in unused if same(item, r)), None)
        if ref is not None:
            unused.remove(ref)
            pairs.append((item, ref))
    return pairs


@dataclass
class Scores:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    invented_values: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, got: Reference, want: Reference, name: str = "") -> None:
        for f in MATCHERS:
            pairs = match_pairs(f, getattr(got, f), getattr(want, f))
            score = self.fields[f]
            score.hits += len(pairs)
            score.extracted += len(getattr(got, f))
            score.reference += len(getattr(want, f))
            if len(pairs) < max(len(getattr(got, f)), len(getattr(want, f))):
                matched_got = [p[0] for p in pairs]
                matched_want = [p[1] for p in pairs]
                extra = [x for x in getattr(got, f) if x not in matched_got]
                missed = [x for x in getattr(want, f) if x not in matched_want]
                self.misses.append(f"{name} {f}: missed {missed} extra {extra}")
            if f in ("segments", "regions"):
                claims = self.fields[f[:-1] + "_claims"]
                claims.extracted += sum(1 for x in getattr(got, f) if x[1])
                claims.reference += sum(1 for x in getattr(want, f) if x[1])
                claims.hits += sum(1 for a, b in pairs if a[1] and a[1] == b[1])
        by_place = self.fields["regions_by_place"]
        by_place.hits += len(match_pairs_with(_same_place, got.regions, want.regions))
        by_place.extracted += len(got.regions)
        by_place.reference += len(want.regions)
        if not want.values:
            self.invented_values += len(got.values)
        pub = self.fields["publisher"]
        pub.extracted += got.publisher is not None
        pub.reference += want.publisher is not None
        pub.hits += bool(got.publisher and want.publisher and _text_similarity(got.publisher, want.publisher) >= 0.8)

    def table(self) -> str:
        lines = [f"{'field':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'hits':>5} {'extracted':>9} {'reference':>9}"]
        for f, s in self.fields.items():
            lines.append(f"{f:<16} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.hits:>5} {s.extracted:>9} {s.reference:>9}")
        lines.append(f"invented market values (on texts stating none): {self.invented_values}")
        return "\n".join(lines)


def reference_pairs(directory: Path) -> list[tuple[Path, Path]]:
    """(text, reference) pairs in a folder: ``X.txt`` with ``X.gold.json``, ``X.yaml`` or ``X.json``."""
    pairs = []
    for text in sorted(directory.glob("*.txt")):
        stem = text.name[:-4]
        ref = next((p for p in (directory / f"{stem}.gold.json", directory / f"{stem}.yaml", directory / f"{stem}.json")
                    if p.exists()), None)
        if ref is not None:
            pairs.append((text, ref))
    return pairs
