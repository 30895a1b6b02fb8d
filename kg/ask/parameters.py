"""Step 3 of ask: a named query's parameters, filled from what the question names.

A parameter takes only a mention of its slot (``kg.ask.match.param_slot``): ``country`` (ISO code) a
country; ``region`` a region (the region queries look it up by label); ``market`` a market (its label, or its IRI where the parameter
is an IRI); a year, a date, a report id or a fact IRI. Values are never made up: a required parameter
the question does not name is *missing*, two names for one parameter are *ambiguous*, and a place or an
organisation the query cannot use is *unused* — each a reason to refuse rather than answer something else.
The values go to the catalogue as raw strings, so ``NamedQuery.bind`` types and checks them as for any
other caller (no text is spliced into SPARQL).

>>> from kg.queries import QueryCatalog
>>> from kg.ask.labels import Mention
>>> fill(QueryCatalog.load()["players-in-country"], [Mention("country", "IN", "India", 0, 5)]).params
{'country': 'IN'}
>>> fill(QueryCatalog.load()["players-in-country"], []).missing
['country']
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg import iri
from kg.ask.labels import Mention
from kg.ask.match import param_slot
from kg.link.markets import market_key

# Which mention kinds each slot takes; the first kind is the exact fit.
SLOT_KINDS = {"place": ("country", "region"), "market": ("market", "ambiguous-market"), "year": ("year",),
              "date": ("date",), "report": ("report",), "fact": ("fact",)}
# A mention of these kinds that the chosen query cannot use restricts the question in a way the answer
# would ignore: refuse rather than answer for every place or organisation.
RESTRICTING = ("country", "region", "organisation")


@dataclass
class Filling:
    """The raw parameter values for one named query, and what stands in the way of running it."""

    params: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # how the question named each value
    missing: list[str] = field(default_factory=list)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    unused: list[Mention] = field(default_factory=list)
    exact: int = 0  # parameters filled by a mention of their exact kind

    @property
    def blocking_unused(self) -> list[Mention]:
        return [m for m in self.unused if m.kind in RESTRICTING]

    @property
    def runnable(self) -> bool:
        return not (self.missing or self.ambiguous or self.blocking_unused)


def _kinds(param) -> tuple[str, ...]:
    if param.type == "iso-country":
        return ("country",)
    if param.name == "region":  # the region queries look regions up by label: a country is not one
        return ("region",)
    return SLOT_KINDS.get(param_slot(param.name, param.type), ())


def _raw_value(param, mention: Mention) -> str:
    if mention.kind == "market" and param.type == "iri":
        return str(iri.market(market_key(mention.value)))
    return mention.value


def fill(query, mentions: list[Mention]) -> Filling:
    """Fill ``query``'s parameters from ``mentions`` (see the module docstring)."""
    filling = Filling()
    used: set[int] = set()
    for param in query.params.values():
        fits = [i for i, m in enumerate(mentions) if i not in used and m.kind in _kinds(param)]
        if param.type == "year":  # one year parameter, one year: which of several is meant is for the asker
            fits = fits[:1] if len(fits) == 1 else fits
        values = sorted({_raw_value(param, mentions[i]) for i in fits})
        if any(mentions[i].kind == "ambiguous-market" for i in fits):
            filling.ambiguous[param.name] = sorted(v for i in fits for v in mentions[i].value.split(" | "))
            used.update(fits)
            continue
        if len(values) > 1:
            filling.ambiguous[param.name] = values
            used.update(fits)
            continue
        if not values:
            if param.required:
                filling.missing.append(param.name)
            continue
        filling.params[param.name] = values[0]
        filling.labels[param.name] = mentions[fits[0]].text
        filling.exact += 1
        used.update(fits)
    filling.unused = [m for i, m in enumerate(mentions) if i not in used]
    return filling
