"""Organisation names → one IRI per organisation, across reports; never a silent merge.

A written name resolves, in this order:

1. a decision a person made (``kg/data/link-overrides.yaml``): ``same`` maps a name to the organisation it
   is; ``distinct`` keeps organisations apart that the normal form would merge (Merck KGaA / Merck & Co.);
2. an organisation of the linking table, by the normal form (``kg.names.org_key``) of its name or an alias;
3. an organisation of the linking table by fuzzy match (rapidfuzz ratio of the normal forms ≥
   ``MERGE_THRESHOLD``, same first word), so "Mayo Clinics" is Mayo Clinic;
4. otherwise its own IRI from its normal form: "Siemens AG" and "SIEMENS" meet, "Bayer AG" and
   "Bayer Crop Science" do not. Pairs that are close but not merged are what ``mkg link --review`` lists.

>>> from kg.link.table import LinkingTable
>>> resolver = LinkingTable.load().resolver
>>> resolver.resolve("Fortis Hospitals Group") == resolver.resolve("Fortis Healthcare Ltd.")
True
>>> str(resolver.resolve("SIEMENS")) == str(resolver.resolve("Siemens AG"))
True
>>> resolver.resolve("Bayer AG") == resolver.resolve("Bayer Crop Science")
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz
from rdflib import URIRef

from kg import iri
from kg.names import ascii_fold, clean_org_name, org_key
from kg.paths import DATA_DIR

MERGE_THRESHOLD = 92.0  # rapidfuzz ratio (0–100) of normal forms at or above which a name is a known organisation
REVIEW_THRESHOLD = 80.0  # at or above this (and below merging) a pair is listed for review
OVERRIDES_FILE = DATA_DIR / "link-overrides.yaml"


def _written_form(name: str) -> str:
    """A name as written, compared without case, accents, punctuation or spacing ("MERCK KGAA" = "Merck KGaA")."""
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", ascii_fold(clean_org_name(name)).casefold()).split())


def similarity(a: str, b: str) -> float:
    """Fuzzy similarity (0–100) of two organisation names, compared by their normal forms.

    >>> similarity("Mayo Clinics", "Mayo Clinic") >= MERGE_THRESHOLD
    True
    """
    ka, kb = org_key(a), org_key(b)
    return fuzz.ratio(ka, kb) if ka and kb else 0.0


def contains_other(a: str, b: str) -> bool:
    """One name is the other plus more words ("Bayer" / "Bayer Crop Science"): the same company or a part of it.

    >>> contains_other("Bayer AG", "Bayer Crop Science"), contains_other("Bayer", "Bayern Munich")
    (True, False)
    """
    wa, wb = org_key(a).split(), org_key(b).split()
    short, long_ = sorted((wa, wb), key=len)
    return bool(short) and len(short) < len(long_) and long_[: len(short)] == short


@dataclass(frozen=True)
class Overrides:
    """Decisions a person made: names that are one organisation, and organisations to keep apart."""

    same: dict[str, str] = field(default_factory=dict)  # org_key of a written name → name of the organisation
    distinct: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def load(cls, path: str | Path | None = None) -> Overrides:
        data = yaml.safe_load(Path(path or OVERRIDES_FILE).read_text("utf-8")) or {}
        same = {org_key(row["name"]): row["is"] for row in data.get("same", [])}
        distinct = tuple(tuple(row["names"]) for row in data.get("distinct", []))
        return cls(same, distinct)

    def colliding(self, written: str) -> str | None:
        """The ``distinct`` row's spelling of ``written`` when that row keeps it apart from a name with the same
        normal form ("MERCK KGAA" → "Merck KGaA"); None otherwise."""
        key, form = org_key(written), _written_form(written)
        for group in self.distinct:
            for name in group:
                if _written_form(name) == form and sum(org_key(n) == key for n in group) > 1:
                    return name
        return None

    def decided_apart(self, a: str, b: str) -> bool:
        """A person decided these two names are different organisations (both named in one ``distinct`` row,
        as written or by a normal form that only that row's name has)."""
        for group in self.distinct:
            keys = [org_key(n) for n in group]
            named = [n for n in (a, b) if n in group or (keys.count(org_key(n)) == 1 and org_key(n) in keys)]
            if len(named) == 2 and org_key(a) != org_key(b) or {a, b} <= set(group):
                return True
        return False


@dataclass
class OrganisationResolver:
    """Resolves written organisation names with the linking table's organisations and the overrides."""

    known: dict[str, str]  # org_key of a known name or alias → the organisation's table name
    overrides: Overrides = field(default_factory=Overrides)

    @classmethod
    def load(cls, organisations: list[dict], overrides: Overrides | None = None) -> OrganisationResolver:
        """A resolver for the linking table's ``organisations`` rows (``LinkingTable.resolver`` gives the project's)."""
        known: dict[str, str] = {}
        for row in organisations:
            for name in (row["name"], *row.get("aliases", [])):
                known.setdefault(org_key(name), row["name"])
        return cls(known, overrides or Overrides.load())

    def known_name(self, written: str) -> str | None:
        """The linking table's name of the organisation ``written`` refers to, if the table knows it."""
        if self.overrides.colliding(written):
            return None
        key = org_key(written)
        target = self.overrides.same.get(key)
        if target is not None:
            return self.known.get(org_key(target), None)
        if key in self.known:
            return self.known[key]
        return self._fuzzy_known(key)

    def _fuzzy_known(self, key: str) -> str | None:
        best, best_score = None, 0.0
        for candidate, name in self.known.items():
            if candidate.split()[:1] != key.split()[:1]:
                continue
            score = fuzz.ratio(key, candidate)
            if score > best_score:
                best, best_score = name, score
        return best if best_score >= MERGE_THRESHOLD else None

    def resolve(self, written: str, _seen: frozenset[str] = frozenset()) -> URIRef:
        """The one IRI of the organisation ``written`` names."""
        if (spelling := self.overrides.colliding(written)) is not None:
            return iri.organisation(clean_org_name(spelling))
        target = self.overrides.same.get(org_key(written))
        if target is not None and target != written and target not in _seen:
            return self.resolve(target, _seen | {written})
        if (name := self.known_name(written)) is not None:
            return iri.organisation(name)
        return iri.organisation(org_key(written) or written)
