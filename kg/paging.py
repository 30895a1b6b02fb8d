"""Pages of a SELECT query: ``limit`` rows from ``offset``, whether more follow, and a total when cheap.

The page is cut from the lexed query, never by appending text to it: the query is split at its
tokens (comments and strings never count) into prologue, projection, body and ORDER BY, and the
body is wrapped as a subquery, ``SELECT * WHERE { <query> } ORDER BY <its keys, then every projected
variable> LIMIT <limit + 1> OFFSET <offset>``. The projected variables break every tie, so pages are
deterministic even where the query's own order is not total; the one extra row says whether there
is a next page.

>>> text = "PREFIX ex: <http://ex/>\\nSELECT ?a (COUNT(*) AS ?n) WHERE { ?a ex:p ?b } GROUP BY ?a ORDER BY DESC(?n) # note"
>>> parts = split_select(text)
>>> parts.projected, parts.order
(('a', 'n'), 'DESC(?n)')
>>> print(paged_text(text, limit=2, offset=4).splitlines()[-2:])
['ORDER BY DESC(?n) ?a ?n', 'LIMIT 3 OFFSET 4']
>>> paged_text(text, limit=2, offset=4).splitlines()[1]
'SELECT ?a ?n WHERE {'

"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from kg.errors import BadParameter, UnusableInput
from kg.results import QueryResult
from kg.sparql import tokenize, with_rows

DEFAULT_LIMIT = 100
MAX_LIMIT = 10_000
# A total is counted only while it costs less than this; over it, the page says it was not counted.
# A first page should answer in a few milliseconds (issue 12: p50 <= 20 ms at 10,000 reports), so the
# count may add at most about as much again.
COUNT_BUDGET_S = 0.02
PAGE_PARAMS = ("limit", "offset")
MAX_GROUPS_PER_STEP = 256  # group keys in one VALUES block of a grouped page


def check_page(limit: object, offset: object) -> tuple[int, int]:
    """``limit`` and ``offset`` as integers, checked.

    Raises:
        BadParameter: not ASCII digits, a limit of 0 or over ``MAX_LIMIT``.

    >>> check_page("20", None)
    (20, 0)
    >>> check_page(None, None)
    (100, 0)
    """
    def number(name: str, raw: object, default: int, pattern: str) -> int:
        if raw is None or raw == "":
            return default
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if not (isinstance(raw, str) and re.fullmatch(pattern, raw)):
            raise BadParameter(name, f"{raw!r} is not a whole number ≥ 0 (digits 0-9, as /docs publishes them)")
        return int(raw)

    limit_n = number("limit", limit, DEFAULT_LIMIT, "[1-9][0-9]{0,17}|0")
    offset_n = number("offset", offset, 0, "[0-9]{1,18}")
    if limit_n < 1 or limit_n > MAX_LIMIT:
        raise BadParameter("limit", f"{limit_n} is out of range: a page holds 1 to {MAX_LIMIT:,} rows "
                                    f"(default {DEFAULT_LIMIT}); page on with offset")
    if offset_n < 0:
        raise BadParameter("offset", f"{offset_n} is negative")
    return limit_n, offset_n


@dataclass(frozen=True)
class SelectParts:
    prologue: str           # BASE / PREFIX (and any comments) before SELECT
    body: str               # the whole query from SELECT on
    body_unordered: str     # the same without its top-level ORDER BY (for counting)
    order: str              # the ORDER BY conditions, "" when none
    projected: tuple[str, ...]  # projected variable names, () for SELECT *
    grouped: bool           # top-level GROUP BY or aggregate: no row streams before all are computed


@lru_cache(maxsize=256)
def split_select(sparql: str) -> SelectParts:
    """The parts of a SELECT query that paging needs, found by the lexer.

    Raises:
        UnusableInput: not a SELECT query, or it has a top-level LIMIT or OFFSET of its own.
    """
    tokens = tokenize(sparql)
    form = next((i for i, t in enumerate(tokens) if t.depth == 0 and t.is_word("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    if form is None or not tokens[form].is_word("SELECT"):
        raise UnusableInput("only SELECT queries can be paged")
    start = tokens[form].start
    projected: list[str] = []
    parens = 0
    for i in range(form + 1, len(tokens)):
        tok = tokens[i]
        if tok.kind == "open" or tok.is_word("WHERE", "FROM"):
            break
        if tok.text == "(":
            parens += 1
        elif tok.text == ")":
            parens -= 1
        elif tok.kind == "var" and (parens == 0 or tokens[i - 1].is_word("AS")):
            projected.append(tok.text[1:])
    last_close = max((i for i, t in enumerate(tokens) if t.kind == "close" and t.depth == 0), default=None)
    if last_close is None:
        raise UnusableInput("the query has no WHERE group")
    tail = tokens[last_close + 1:]
    if any(t.is_word("LIMIT", "OFFSET") for t in tail):
        raise UnusableInput("the query has a LIMIT or OFFSET of its own: page it with limit/offset instead")
    order, unordered = "", sparql[start:]
    order_at = next((i for i, t in enumerate(tail) if t.is_word("ORDER")), None)
    if order_at is not None:
        ends = [i for i, t in enumerate(tail) if i > order_at + 1 and t.is_word("VALUES")]
        last = tail[(ends[0] if ends else len(tail)) - 1]
        order_end = last.start + len(last.text)
        order = sparql[tail[order_at + 1].start + len(tail[order_at + 1].text):order_end].strip()
        unordered = sparql[start:tail[order_at].start] + " " + sparql[order_end:]
    aggregates = ("COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT")
    grouped = any(t.is_word("GROUP") for t in tail) or any(
        t.is_word(*aggregates) for t in tokens[form:] if t.depth == 0 and t.start < (tokens[last_close].start))
    return SelectParts(sparql[:start], sparql[start:], unordered, order, tuple(dict.fromkeys(projected)), grouped)


def paged_text(sparql: str, limit: int, offset: int) -> str:
    """The query as a subquery, in a total order, cut to ``limit + 1`` rows from ``offset``."""
    parts = split_select(sparql)
    keys = " ".join(k for k in (parts.order, " ".join(f"?{v}" for v in parts.projected)) if k)
    order = f"ORDER BY {keys}\n" if keys else ""
    columns = " ".join(f"?{v}" for v in parts.projected) or "*"  # the query's column order, not the engine's
    # The subquery without its own ORDER BY: the outer one orders, and Oxigraph would otherwise sort every
    # row before a DISTINCT (sorting 20,000 rows where 500 distinct ones are wanted).
    return f"{parts.prologue}SELECT {columns} WHERE {{\n{parts.body_unordered}\n}}\n{order}LIMIT {limit + 1} OFFSET {offset}"


def unordered_text(sparql: str) -> str:
    """The query without its top-level ORDER BY: the same rows, for counting."""
    parts = split_select(sparql)
    return parts.prologue + parts.body_unordered


def count_text(sparql: str) -> str:
    """A query for how many rows ``sparql`` has, as one ``?total``."""
    parts = split_select(sparql)
    return f"{parts.prologue}SELECT (COUNT(*) AS ?total) WHERE {{\n{parts.body_unordered}\n}}"


@dataclass
class Page:
    """One page of a query's rows.

    ``total`` is the number of rows of the whole query when it was counted (always on the last page,
    where it costs nothing), else None and ``total_note`` says why.
    """

    result: QueryResult
    limit: int
    offset: int
    count: int
    has_next: bool
    total: int | None
    total_note: str = ""

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.has_next else None


def fetch_page(store, sparql: str, limit: int, offset: int, *, count_sparql: str | None = None,
               count_budget_s: float = COUNT_BUDGET_S) -> Page:
    """Run ``sparql`` (parameters already bound) for one page; count the total when cheap.

    ``count_sparql``, when given, is a query declared to count the same rows faster (one ``?total``).

    Raises:
        BadParameter: limit or offset out of range.
        UnusableInput: not a pageable SELECT query.
    """
    limit, offset = check_page(limit, offset)
    data = json.loads(store.query(paged_text(sparql, limit, offset)).serialize("json"))
    bindings = data["results"]["bindings"]
    has_next = len(bindings) > limit
    del bindings[limit:]
    result = QueryResult.from_json(data)
    if not has_next and (bindings or offset == 0):
        return Page(result, limit, offset, len(bindings), False, offset + len(bindings))
    if count_sparql is not None:
        return Page(result, limit, offset, len(bindings), has_next, _count(store, count_sparql))
    if split_select(sparql).grouped:
        return Page(result, limit, offset, len(bindings), has_next, None,
                    "not counted: the query groups every row before its first, so a count costs as much as all rows")
    total = store.count_solutions(unordered_text(sparql), count_budget_s)
    note = "" if total is not None else f"not counted: counting takes longer than {count_budget_s:g} s"
    return Page(result, limit, offset, len(bindings), has_next, total, note)


def fetch_keyed_page(store, sparql: str, pages_sparql: str, limit: int, offset: int, *,
                     order_key: str | None = None) -> Page:
    """A page of a query whose rows are one per row of ``pages_sparql`` (its page keys, in the same order).

    The keys are paged first (an index scan and a sort of keys, not of summaries), then ``sparql`` runs
    for those keys only, so the first page costs what its rows cost, not what every row costs; the
    total is the number of keys. A test holds each such query to the rows of ``fetch_page``.

    ``order_key``, when given, is a property whose index lists the same keys, report IRIs, in their order
    (``kg.store.OxigraphStore.reports_in_key_order``): only the keys up to the page's are read, and the total
    is counted by the engine (one COUNT over an index range: 2 ms for 10,000 keys, where reading them costs 13).

    Raises:
        BadParameter: limit or offset out of range.
    """
    limit, offset = check_page(limit, offset)
    key = split_select(pages_sparql).projected[0]
    in_order = store.reports_in_key_order(order_key, None, offset, limit + 1) if order_key else None
    known = sorted_keys(store, pages_sparql) if in_order is None else None
    if in_order is not None:
        keys, has_next, total = [ox.NamedNode(k) for k in in_order[:limit]], len(in_order) > limit, None
    elif known is not None:  # every key read and sorted here: the total comes with them
        values, kind = known
        keys = [_term(v, kind) for v in values[offset:offset + limit]]
        has_next, total = len(values) > offset + limit, len(values)
    else:
        key_rows = store.query(paged_text(pages_sparql, limit, offset)).rows
        has_next, total = len(key_rows) > limit, None
        keys = [row[key] for row in key_rows[:limit] if key in row]
    if total is None and not has_next and (keys or offset == 0):
        total = offset + len(keys)
    if total is None:
        total = _listed(store, ("count", pages_sparql), lambda: _count(store, count_text(pages_sparql)))
    if keys:
        head, bindings = _step_rows(store, with_rows(sparql, key, keys), MAX_LIMIT)
        data = {"head": head, "results": {"bindings": bindings}}
    else:
        data = {"head": {"vars": list(split_select(sparql).projected)}, "results": {"bindings": []}}
    bindings = data["results"]["bindings"]
    return Page(QueryResult.from_json(data), limit, offset, len(bindings), has_next, total)


def ordered_keys(store, sparql: str, limit: int | None = None, offset: int = 0) -> list:
    """The first column of ``sparql``'s rows, in its ORDER BY, ``limit`` of them from ``offset`` (all when None).

    Where the ORDER BY is the key alone, ascending, and the keys are all IRIs, or all literals of one datatype
    and language that compare as text (strings, language-tagged strings), the rows are read unordered and
    sorted here (``sorted_keys``). Otherwise the engine orders them.
    """
    known = sorted_keys(store, sparql)
    if known is not None:
        values, kind = known
        return [_term(v, kind) for v in (values[offset:] if limit is None else values[offset:offset + limit])]
    key = split_select(sparql).projected[0]
    if limit is None:
        return [row[key] for row in store.query(sparql).rows if key in row]
    return [row[key] for row in store.query(paged_text(sparql, limit - 1, offset)).rows[:limit] if key in row]


def sorted_keys(store, sparql: str) -> tuple[list[str], tuple] | None:
    """Every key of ``sparql``'s first column (unbound ones left out) sorted here, as text, with their kind:
    or None when the engine must order them.

    That is when the ORDER BY is the key alone, ascending, and the keys are all IRIs, or all literals of one
    datatype and language that compare as text (strings, language-tagged strings): SPARQL orders those by
    their text, as Python compares ``str``, and the engine would decode both terms of every comparison, which
    costs many times a sort of the decoded keys. The keys are read as tab-separated results, one line a row,
    which costs a fraction of SPARQL JSON to write and to read: ten thousand report ids in a few milliseconds.

    >>> from kg.store import OxigraphStore
    >>> sorted_keys(OxigraphStore(), 'SELECT ?k WHERE { VALUES ?k { "b" "a\\tc" "a" } } ORDER BY ?k')
    (['a', 'a\\tc', 'b'], ('literal', ''))
    >>> sorted_keys(OxigraphStore(), 'SELECT ?k WHERE { VALUES ?k { 2 1 } } ORDER BY ?k') is None
    True
    """
    parts = split_select(sparql)
    key = parts.projected[0]
    if parts.order.strip() != f"?{key}":
        return None
    text = store.query(parts.prologue + parts.body_unordered).serialize("tsv").decode("utf-8")
    header, _, body = text.partition("\n")
    if "\t" not in header and "\\" not in body:
        # One column, nothing escaped: when every line that is not empty (unbound) is an IRI, or a string,
        # counting the delimiters shows it at once (an IRI holds no <, >; an unescaped string no ").
        body = "\n" + (body if body.endswith("\n") else body + "\n")
        values = [cell[1:-1] for cell in body.split("\n") if cell]
        n = len(values)
        for kind, first, last, delimiters in ((("uri", ""), "<", ">", body.count("<") + body.count(">")),
                                              (("literal", ""), '"', '"', body.count('"'))):
            if n and body.count("\n" + first) == n and body.count(last + "\n") == n and delimiters == 2 * n:
                values.sort()
                return values, kind
    lines = text.split("\n")
    column = lines[0].split("\t").index(f"?{key}")
    cells = [line.split("\t")[column] for line in lines[1:]] if "\t" in lines[0] else lines[1:]
    values, kinds = [], set()
    for cell in cells:
        if not cell:
            continue  # unbound (or the last line's end)
        if cell[0] == "<" and cell[-1] == ">":
            kinds.add(("uri", ""))
            values.append(cell[1:-1])
        elif cell[0] == '"':
            end = cell.rindex('"')
            suffix = cell[end + 1:]
            if suffix and not suffix.startswith("@"):
                return None  # a typed literal other than a string: the engine orders those
            kinds.add(("literal", suffix[1:]))
            text = cell[1:end]
            values.append(_unescape(text) if "\\" in text else text)
        else:
            return None  # a number or boolean written bare, a blank node
        if len(kinds) > 1:
            return None
    values.sort()
    return values, (kinds.pop() if kinds else ("uri", ""))


_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def _within_batches(store, within_sparql: str, group, order_key: str | None):
    """A group's within keys in order, as batches of (keys, their kind: None when they are terms already), none
    empty: from the index of ``order_key`` a batch of ``MAX_GROUPS_PER_STEP`` at a time where the store reads
    it in order, else all at once from ``within_sparql`` (the group's key bound)."""
    if order_key is not None and isinstance(group, ox.NamedNode):
        read = 0
        while (batch := store.reports_in_key_order(order_key, group.value, read, MAX_GROUPS_PER_STEP)) is not None:
            if batch:
                yield batch, ("uri", "")
            if len(batch) < MAX_GROUPS_PER_STEP:
                return
            read += len(batch)
    known = sorted_keys(store, within_sparql)
    keys, kind = known if known is not None else (ordered_keys(store, within_sparql), None)
    if keys:
        yield keys, kind


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m[1][1:], 16)) if len(m[1]) > 1 else _ESCAPED.get(m[1], m[1]), text)


def _term(value: str, kind: tuple[str, str]) -> ox.NamedNode | ox.Literal:
    if kind[0] == "uri":
        return ox.NamedNode(value)
    return ox.Literal(value, language=kind[1]) if kind[1] else ox.Literal(value)




def fetch_grouped_page(store, sparql: str, groups_sparql: str, limit: int, offset: int, *,
                       count_sparql: str | None = None, within_sparql: str | None = None,
                       within_order_key: str | None = None) -> Page:
    """A page of a query whose rows come in groups: ``groups_sparql`` lists the group keys in order (its
    first column, a variable of ``sparql`` too, ordered by itself or an expression of it such as
    ``DESC(STR(?date))``), and ``sparql``'s ORDER BY begins with that same ORDER BY, so each group's rows are
    contiguous in the query's order (``kg.queries.groups_fit`` checks the header).

    ``within_sparql``, when given, splits each group further: run with the group's key bound, it lists the
    keys of its first column (a variable of ``sparql`` that comes next in its ORDER BY, ascending) that the
    group's rows have, and the query then runs for a few of those at a time: a group of thousands of rows
    (an organisation every third report names) costs what its first page of rows costs (the keys go where the
    query places them, ``kg.sparql.with_rows``). ``within_order_key``, when given, is a property whose
    index lists a group's within keys, report IRIs, in their order (``<group key> <property> key``,
    ``kg.store.OxigraphStore.reports_in_key_order``): they are then read a batch at a time, not all at once.

    The groups (or the keys within them) are read a few at a time (one, then as many as the rows still
    wanted need at the rows per key seen so far; without ``within_order_key``, several whole groups a step,
    ``_rows_of_groups_together``), and ``sparql`` runs for those only,
    until the page is full and one row more is known: the first page costs what its groups cost, not
    what every row costs. Rows are the rows of ``fetch_page``, in the same order (a test holds each such
    query to it); the total is given on the last page, or by ``count_sparql``, and otherwise not counted.

    Raises:
        BadParameter: limit or offset out of range.
    """
    limit, offset = check_page(limit, offset)
    key = split_select(groups_sparql).projected[0]
    inner = split_select(within_sparql).projected[0] if within_sparql else None
    wanted = offset + limit + 1  # rows up to one past the page
    if inner is not None and within_order_key is None:
        seen, kept, head = _rows_of_groups_together(store, sparql, groups_sparql, within_sparql, key, inner, wanted, offset)
        return _grouped_page(store, sparql, limit, offset, seen, kept, head, count_sparql)
    seen, kept, head = 0, [], None
    # The groups are taken from their batches (``_group_batches``) a few at a time. A unit of work is a
    # group, or a key within the group being read (its keys kept as text until a step binds them).
    groups: list = []
    units: list = []
    unit_group, unit_kind = None, None
    batches = iter(())  # the current group's within keys, a batch at a time
    group_batches = _group_batches(store, groups_sparql)
    next_group, done, chunk = 0, 0, 1
    while seen < wanted:
        if done == len(units):
            if (batch := next(batches, None)) is not None:
                keys, unit_kind = batch
                units += keys
                continue
            if next_group == len(groups):
                if (batch := next(group_batches, None)) is None:
                    break
                groups += batch
            if inner is None:
                units += groups[next_group:]
                next_group = len(groups)
            else:  # the next group's keys, once the last group's are all read
                unit_group = groups[next_group]
                next_group += 1
                batches = _within_batches(store, with_rows(within_sparql, key, [unit_group]), unit_group,
                                          within_order_key)
                continue
        step = units[done:done + chunk]
        if inner is not None:  # one group a step, a few of its keys
            text = with_rows(with_rows(sparql, key, [unit_group]), inner,
                             [_term(k, unit_kind) for k in step] if unit_kind else step)
        else:
            text = with_rows(sparql, key, step)
        done += len(step)
        step_head, bindings = _step_rows(store, text, wanted - seen)
        head = head or step_head
        kept += bindings[max(0, offset - seen):]
        seen += len(bindings)
        chunk = _next_chunk(wanted, seen, done, chunk)
    return _grouped_page(store, sparql, limit, offset, seen, kept, head, count_sparql)


def _grouped_page(store, sparql: str, limit: int, offset: int, seen: int, kept: list, head: dict | None,
                  count_sparql: str | None) -> Page:
    """The page of a grouped query from the rows read: ``seen`` rows from the first, ``kept`` those from ``offset``."""
    has_next = seen > offset + limit
    del kept[limit:]
    head = head or {"vars": list(split_select(sparql).projected)}
    result = QueryResult.from_json({"head": head, "results": {"bindings": kept}})
    if not has_next and (kept or offset == 0):
        return Page(result, limit, offset, len(kept), False, seen)
    if count_sparql is not None:
        return Page(result, limit, offset, len(kept), has_next, _count(store, count_sparql))
    # Counting would evaluate every group, which is what paging by groups avoids: no count is tried.
    return Page(result, limit, offset, len(kept), has_next, None,
                "not counted: the rows are read a few groups at a time, and counting them would read every group")


def _rows_of_groups_together(store, sparql: str, groups_sparql: str, within_sparql: str, key: str, inner: str,
                             wanted: int, offset: int) -> tuple[int, list, dict | None]:
    """The rows of a grouped query up to ``wanted``, read several groups a step: their within keys listed in one
    query (the groups' keys bound together), then ``sparql`` run once with the groups and their keys bound.

    Binding a set of groups and the union of their within keys gives exactly those groups' rows: a row
    ``(group, key)`` exists only where the key is one of its own group's within keys. The steps grow with the rows
    per group seen so far, as one group a step would have paid a round trip per group (a first page of 100
    rows over small groups read a dozen groups, two queries each). A step whose keys would overflow one VALUES
    block is narrowed to its first group, whose keys are then read a block at a time."""
    seen, kept, head = 0, [], None
    groups: list = []
    group_batches = _group_batches(store, groups_sparql)
    next_group, groups_done, keys_bound, chunk = 0, 0, 0, 1
    while seen < wanted:
        if next_group == len(groups):
            if (batch := next(group_batches, None)) is None:
                break
            groups += batch
        step = groups[next_group:next_group + chunk]
        keys = _within_keys(store, with_rows(within_sparql, key, step))
        # Narrowed to its first group when its keys overflow one VALUES block, or when they are more than twice
        # what the rows still wanted need at the rows per key seen so far: groups differ in size, and a step
        # binds all its groups' keys (67 reports' rows computed and sorted for the 47 rows a page still needed).
        keys_needed = _units_needed(wanted, seen, keys_bound)
        if len(step) > 1 and (len(keys) > MAX_GROUPS_PER_STEP or keys_needed is not None and len(keys) > 2 * keys_needed):
            step = step[:1]
            keys = _within_keys(store, with_rows(within_sparql, key, step))
        next_group += len(step)
        groups_done += len(step)
        read = 0
        while read < len(keys) and seen < wanted:
            # A step of several groups binds all their keys (a part of their union would not be a prefix of the
            # rows' order). One group's keys go a part at a time, as many as the rows still wanted need at the
            # rows per key seen so far, or 8 and then doubling before any: a market of hundreds of reports binds
            # the few its first page needs, not all of them.
            needed = _units_needed(wanted, seen, keys_bound)
            part = len(keys) if len(step) > 1 else needed if needed is not None else max(8, read)
            bound = keys[read:read + max(1, min(MAX_GROUPS_PER_STEP, part))]
            read += len(bound)
            keys_bound += len(bound)
            step_head, bindings = _step_rows(store, with_rows(with_rows(sparql, key, step), inner, bound), wanted - seen)
            head = head or step_head
            kept += bindings[max(0, offset - seen):]
            seen += len(bindings)
        chunk = _next_chunk(wanted, seen, groups_done, chunk)
    return seen, kept, head


def _step_rows(store, text: str, rows_wanted: int) -> tuple[dict, list]:
    """One step's rows, at most ``rows_wanted`` (and one more) of them in the query's order, and the results' head.

    A step's rows are few (its keys were chosen for the rows wanted), and where its ORDER BY is plain variables, each
    column of one kind that Python compares as SPARQL does, they are read unordered and sorted here: the engine
    decodes both terms of every comparison from the store, which cost half of a step (6 of 12 ms for 49 rows)."""
    parts = split_select(text)
    keys = _plain_order(parts.order, parts.projected)
    if keys is not None:
        data = json.loads(store.query(unordered_text(text)).serialize("json"))
        rows = data["results"]["bindings"]
        if _sort_as_sparql(rows, keys):
            return data["head"], rows[:rows_wanted + 1]
    data = json.loads(store.query(paged_text(text, rows_wanted, 0)).serialize("json"))
    return data["head"], data["results"]["bindings"]


def _plain_order(order: str, projected: tuple[str, ...]) -> list[tuple[str, bool]] | None:
    """The total order ``paged_text`` gives, as (variable, descending) pairs, when every condition is a variable,
    ``ASC(?v)`` or ``DESC(?v)``; None when one is an expression (``DESC(STR(?date))``)."""
    keys = []
    for condition in re.findall(r"\S+\([^()]*\)|\S+", order):
        plain = re.fullmatch(r"(?:(?P<dir>ASC|DESC)\(\s*)?\?(?P<var>\w+)(?(dir)\s*\))", condition, re.IGNORECASE)
        if plain is None:
            return None
        keys.append((plain["var"], (plain["dir"] or "").upper() == "DESC"))
    return keys + [(v, False) for v in projected]


_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {f"{_XSD}{t}" for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                                   "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                   "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
# dates and years written without a time zone compare as their text
_DATES = {f"{_XSD}{t}" for t in ("date", "gYear", "gYearMonth")}


def _sort_as_sparql(rows: list[dict], keys: list[tuple[str, bool]]) -> bool:
    """Sort SPARQL JSON ``rows`` in place as ORDER BY ``keys`` orders them, and say so; leave them and say False when a
    column that decides the order holds terms of more than one kind (IRIs and literals, numbers and strings, two
    languages …) or a kind whose SPARQL order Python does not share. Unbound comes first, as in SPARQL (last when
    descending).

    The conditions are read in turn only until the rows differ in them: the rest cannot change the order (a page of
    reports in id order is ordered by its ids; the other columns, which break ties, are never decoded).
    """
    sort_keys = []
    for var, descending in keys:
        if len(rows) < 2 or sort_keys and len(set(zip(*(values for values, _ in sort_keys)))) == len(rows):
            break  # the conditions read so far tell every row from every other
        values = _sort_values(rows, var)
        if values is None:
            return False
        sort_keys.append((values, descending))
    order = list(range(len(rows)))
    for values, descending in reversed(sort_keys):  # stable sorts, the last condition first
        order.sort(key=values.__getitem__, reverse=descending)
    rows[:] = [rows[i] for i in order]
    return True


def _sort_values(rows: list[dict], var: str) -> list[tuple] | None:
    """Each row's ``var`` as a Python value that sorts as SPARQL orders it, or None when the column's terms are of more
    than one kind or of a kind Python does not order as SPARQL does."""
    kinds, values = set(), []
    for row in rows:
        term = row.get(var)
        if term is None:
            values.append((0, 0))
            continue
        datatype, value = term.get("datatype"), term["value"]
        if term["type"] == "uri":
            kinds.add("uri")
        elif term["type"] != "literal":
            return None  # a blank node
        elif "xml:lang" in term:
            kinds.add("lang:" + term["xml:lang"].lower())
        elif datatype is None or datatype == f"{_XSD}string":
            kinds.add("string")
        elif datatype in _NUMERIC:
            kinds.add("number")
            try:
                value = float(value) if datatype in (f"{_XSD}double", f"{_XSD}float") else Decimal(value)
            except (ValueError, ArithmeticError):
                return None
        elif datatype == f"{_XSD}boolean":
            kinds.add("boolean")
            value = value in ("true", "1")
        elif datatype in _DATES and re.fullmatch(r"-?\d{4}(?:-\d{2}){0,2}", value):
            kinds.add(datatype)
        else:
            return None
        if len(kinds) > 1:
            return None
        values.append((1, value))
    return values


def _next_chunk(wanted: int, seen: int, units_done: int, chunk: int) -> int:
    """Enough units (groups, or keys) for the rows still wanted, at the rows per unit seen so far (twice as many
    when none had rows yet), within bounds that keep one step's VALUES block small."""
    needed = _units_needed(wanted, seen, units_done)
    return max(1, min(MAX_GROUPS_PER_STEP, needed if needed is not None else chunk * 2))


def _units_needed(wanted: int, seen: int, units_read: int) -> int | None:
    """How many units (groups, or keys) the rows still wanted need at the rows per unit read so far, a fifth more
    for the units that give fewer; None before any row is seen."""
    if not seen or not units_read:
        return None
    return int((wanted - seen) / (seen / units_read) * 1.2) + 1


def _group_batches(store, groups_sparql: str):
    """The group keys in order, ``MAX_GROUPS_PER_STEP`` at a time: listing them costs about the same for one or for
    hundreds (the engine sorts them all), so they are listed a batch at a time, each batch only once it is needed."""
    listed_to = 0
    while True:
        batch = _listed(store, ("groups", groups_sparql, listed_to),
                        lambda: ordered_keys(store, groups_sparql, MAX_GROUPS_PER_STEP + 1, listed_to))
        if batch[:MAX_GROUPS_PER_STEP]:
            yield batch[:MAX_GROUPS_PER_STEP]
        if len(batch) <= MAX_GROUPS_PER_STEP:
            return
        listed_to += MAX_GROUPS_PER_STEP


def _within_keys(store, within_sparql: str) -> list:
    """The within keys a step's groups have, in order, as terms."""
    def listing() -> list:
        known = sorted_keys(store, within_sparql)
        return [_term(v, known[1]) for v in known[0]] if known is not None else ordered_keys(store, within_sparql)
    return _listed(store, ("within", within_sparql), listing)


def _count(store, sparql: str) -> int:
    """The ``?total`` a count query gives (0 when it gives no row)."""
    counted = store.query(sparql).rows
    return int(counted[0]["total"].value) if counted else 0


# Key listings (a grouped query's group keys, a step's within keys, a keyed query's count) kept per store version
# (``Store.version``, which every write through the store changes): they are the same for every page until the
# store changes, and listing a query's groups sorts all of them (3 ms for the 300 markets of 10,000 reports, where
# a page's rows cost about 15). The last ``_LISTED_MAX`` listings are kept; a store without a version keeps none.
_LISTED: OrderedDict = OrderedDict()
_LISTED_MAX = 512
_LISTED_LOCK = threading.Lock()  # the service reads pages from several threads


def _listed(store, what: tuple, compute):
    version = getattr(store, "version", None)
    if version is None:
        return compute()
    key = (version, what)
    with _LISTED_LOCK:
        if key in _LISTED:
            _LISTED.move_to_end(key)
            return _LISTED[key]
    value = compute()
    with _LISTED_LOCK:
        _LISTED[key] = value
        while len(_LISTED) > _LISTED_MAX:
            _LISTED.popitem(last=False)
    return value
