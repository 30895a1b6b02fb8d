"""Binding parameters into SPARQL without splicing raw strings.

Values enter as RDF terms, serialised by pyoxigraph, in a ``VALUES`` block placed first in the
query's top-level group: the engine joins it before anything else (so the bound pattern is the
selective start), FILTERs in the group see it, and a remote SPARQL 1.1 server reads it the same way.
(pyoxigraph's own ``substitutions`` only accept projected variables.)

>>> import pyoxigraph as ox
>>> print(with_values("SELECT ?n WHERE { ?o ?p ?code }", {"code": ox.Literal('I"N')}))
SELECT ?n WHERE { VALUES (?code) { ("I\\"N") }  ?o ?p ?code }
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def with_values(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None) -> str:
    """``sparql`` with each binding fixed by a VALUES block at the start of its first WHERE group."""
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not _NAME.match(name) or not isinstance(term, ox.NamedNode | ox.Literal):
            raise ValueError(f"cannot bind {name!r} to {term!r}")
    match = _first_where(*_keyword_text(sparql))
    if match is None:
        raise ValueError("the query has no WHERE group to bind parameters in")
    names = " ".join(f"?{n}" for n in bindings)
    terms = " ".join(str(t) for t in bindings.values())
    block = f" VALUES ({names}) {{ ({terms}) }} "
    return sparql[: match.end()] + block + sparql[match.end():]


def with_rows(sparql: str, name: str, terms: list[ox.NamedNode | ox.Literal]) -> str:
    """``sparql`` with ``?name`` restricted to ``terms`` (a one-column VALUES block, placed as ``with_values``).

    Where the query holds placeholders ``VALUES ?name { UNDEF }`` (which by themselves restrict nothing), the
    terms fill those instead: a query puts them where a few values should narrow rows it has found already,
    not lead its evaluation (a date's developments narrowed to a few actors: placed first, the engine would
    run the query once per actor).

    >>> print(with_rows("SELECT ?s WHERE { ?s ?p ?o }", "s", [ox.NamedNode("http://e/a"), ox.NamedNode("http://e/b")]))
    SELECT ?s WHERE { VALUES ?s { <http://e/a> <http://e/b> }  ?s ?p ?o }
    >>> print(with_rows("SELECT ?s WHERE { ?s ?p ?o LATERAL { ?o ?q ?r VALUES ?r { UNDEF } } }", "r", [ox.Literal("x")]))
    SELECT ?s WHERE { ?s ?p ?o LATERAL { ?o ?q ?r VALUES ?r { "x" } } }

    Keywords in any case, variables as written (``?R`` is another variable), a text that upper case lengthens:

    >>> print(with_rows("select * where { ?s ?p 'Straße' values ?R { undef } values ?r { undef } }", "r", [ox.Literal("x")]))
    select * where { ?s ?p 'Straße' values ?R { undef } VALUES ?r { "x" } }
    """
    if not _NAME.match(name) or not all(isinstance(t, ox.NamedNode | ox.Literal) for t in terms):
        raise ValueError(f"cannot bind {name!r} to {terms!r}")
    values = " ".join(str(t) for t in terms)
    upper, flags = _keyword_text(sparql)
    placeholder = re.compile(rf"VALUES\s+(?P<var>\?{re.escape(name.upper())})\s*\{{\s*UNDEF\s*\}}", flags)
    spans = [m.span() for m in placeholder.finditer(upper)
             if _starts_word(upper, m.start()) and sparql[m.start("var"):m.end("var")] == f"?{name}"]
    if spans:
        out, last = [], 0
        for start, end in spans:
            out += [sparql[last:start], f"VALUES ?{name} {{ {values} }}"]
            last = end
        return "".join(out) + sparql[last:]
    match = _first_where(upper, flags)
    if match is None:
        raise ValueError("the query has no WHERE group to bind values in")
    return sparql[: match.end()] + f" VALUES ?{name} {{ {values} }} " + sparql[match.end():]


def _keyword_text(sparql: str) -> tuple[str, int]:
    """The query's text to find keywords in, comments blanked, and the regex flags to find them with.

    Keywords are found in the text put in upper case by patterns that begin with them, the word boundary tested
    after (``_starts_word``): a case-blind pattern, or one that begins with \\b, is tried at every character of a
    long query, a hundred times slower, and a grouped page binds rows several times. Should a character change
    length in upper case, the offsets would not hold: the text as it is then, searched case-blind.
    """
    blanked = _without_comments(sparql)
    upper = blanked.upper()
    return (upper, 0) if len(upper) == len(blanked) else (blanked, re.IGNORECASE)


def _first_where(text: str, flags: int) -> re.Match | None:
    return next((m for m in re.finditer(r"WHERE\s*\{", text, flags) if _starts_word(text, m.start())), None)


def _starts_word(text: str, at: int) -> bool:
    """Whether a word begins at ``at`` (what ``\\b`` tests before a keyword)."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


def without_lateral(sparql: str) -> str:
    """``LATERAL { … }`` (an Oxigraph extension, SPARQL SEP-0006) as a plain join ``{ … }``, for other engines.

    The named queries use LATERAL only where the inner block needs nothing but the outer bindings to
    be joined on, so a plain join gives the same solutions, only without the evaluation order hint. A
    LATERAL block that is one OPTIONAL (a left join evaluated per row) becomes that OPTIONAL: as a plain
    group, an OPTIONAL inside it would keep rows the outer ones do not join (or, its FILTER seeing no
    outer variable, none).

    >>> without_lateral('SELECT * WHERE { ?s ?p ?o LATERAL { GRAPH ?g { ?s ?q "LATERAL" } } }')
    'SELECT * WHERE { ?s ?p ?o  { GRAPH ?g { ?s ?q "LATERAL" } } }'
    >>> without_lateral('SELECT * WHERE { ?s ?p ?o LATERAL { OPTIONAL { ?o ?q ?r FILTER (?p) } } }')
    'SELECT * WHERE { ?s ?p ?o   OPTIONAL { ?o ?q ?r FILTER (?p) }  }'
    """
    tokens = tokenize(sparql)
    cut: list[tuple[int, int]] = []  # spans of the text to drop
    for i, token in enumerate(tokens):
        if not token.is_word("LATERAL"):
            continue
        cut.append((token.start, token.start + len(token.text)))
        opened = i + 1
        # The block's closing brace: the next one back at the LATERAL's own depth.
        closed = next((j for j in range(opened + 1, len(tokens))
                       if tokens[j].kind == "close" and tokens[j].depth == token.depth), None)
        if (closed is not None and opened + 2 < closed and tokens[opened].kind == "open"
                and tokens[opened + 1].is_word("OPTIONAL") and tokens[opened + 2].kind == "open"
                and next((j for j in range(opened + 3, closed) if tokens[j].kind == "close"
                          and tokens[j].depth == token.depth + 1), None) == closed - 1):
            cut += [(tokens[opened].start, tokens[opened].start + 1), (tokens[closed].start, tokens[closed].start + 1)]
    out, last = [], 0
    for start, end in sorted(cut):
        out.append(sparql[last:start])
        last = end
    return "".join(out) + sparql[last:]


def _without_comments(sparql: str) -> str:
    # Blank out comments but keep offsets, so a WHERE in a header line is never matched.
    return re.sub(r"#[^\n]*", lambda m: " " * len(m.group()), sparql)


# ---------------------------------------------------------------------- a small SPARQL lexer
# Enough of the SPARQL 1.1 grammar to find what matters to the endpoint without a full parse:
# the query form, FROM / FROM NAMED graphs, SERVICE, LOAD, WITH / USING, and each update
# operation's top-level WHERE. Strings, IRIs and comments are recognised so that words inside
# them never count. The engine's own parser still has the final word on syntax.

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<number>[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z_\u00C0-\uFFFF][\w\-.\u00B7-\uFFFF]*(?::[\w\-.:%\u00B7-\uFFFF]*)?|:[\w\-.:%]*)
  | (?P<open>\{) | (?P<close>\}) | (?P<semicolon>;)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text.upper() in words


def tokenize(text: str) -> list[Token]:
    """Significant tokens with their brace depth (comments and white space dropped)."""
    out, depth = [], 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind in ("ws", "comment"):
            continue
        if kind == "close":
            depth = max(depth - 1, 0)
        out.append(Token(kind, match.group(), match.start(), depth))
        if kind == "open":
            depth += 1
    return out


class SparqlRefused(ValueError):
    """The request is well-formed but not allowed here (it would fetch a URL, or conflicts with the protocol)."""


class QueryTooComplex(SparqlRefused):
    """Nesting or length past a limit: the engine's recursive parser would overflow its stack on it."""


_OPENERS, _CLOSERS = "{([", "})]"


def check_size(text: str, max_depth: int, max_tokens: int) -> None:
    """Refuse, before any parser sees it, a query or update nested deeper or longer than the limits.

    Oxigraph's parser is recursive: about 3,000 nested ``{`` or ``(``, or a chain of some 10,000
    operators, collection items or path steps, overflow the native stack and kill the process.
    Tokens inside ``VALUES`` data blocks are not counted (the parser reads those in a loop).

    Raises:
        QueryTooComplex: naming the limit that was passed.

    >>> check_size("SELECT * WHERE { { ?s ?p ?o } }", max_depth=2, max_tokens=100)
    >>> check_size("SELECT * WHERE { { { ?s ?p ?o } } }", max_depth=2, max_tokens=100)
    Traceback (most recent call last):
    ...
    kg.sparql.QueryTooComplex: the query nests { ( [ deeper than the limit of 2 levels
    """
    depth = counted = 0
    values_block: int | None = None  # the depth of the VALUES data block we are in, if any
    after_values = False
    for match in _TOKEN.finditer(text):
        kind, value = match.lastgroup, match.group()
        if kind in ("ws", "comment"):
            continue
        if value in _OPENERS:
            depth += 1
            if depth > max_depth:
                raise QueryTooComplex(f"the query nests {{ ( [ deeper than the limit of {max_depth} levels")
            if after_values and value == "{":
                values_block, after_values = depth, False
        elif value in _CLOSERS:
            if values_block == depth:
                values_block = None
            depth = max(depth - 1, 0)
        elif kind == "word" and value.upper() == "VALUES":
            after_values = True
        if values_block is None:
            counted += 1
            if counted > max_tokens:
                raise QueryTooComplex(f"the query has more than the limit of {max_tokens} tokens "
                                      "(VALUES data not counted)")


_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def is_absolute_iri(text: str) -> bool:
    """
    >>> is_absolute_iri("http://ex/a"), is_absolute_iri("x"), is_absolute_iri("")
    (True, False, False)
    """
    return bool(_ABSOLUTE_IRI.match(text))


def fetched_iris(text: str) -> list[str]:
    """The IRIs a query or update would fetch: the targets of ``SERVICE`` and ``LOAD`` (SILENT or not).

    >>> fetched_iris("LOAD SILENT <file:///etc/passwd> ; SELECT * { SERVICE <http://x/> {} }")
    ['file:///etc/passwd', 'http://x/']
    """
    tokens = tokenize(text)
    prefixes = _prefixes(tokens)
    found = []
    for i, tok in enumerate(tokens):
        if tok.is_word("SERVICE", "LOAD"):
            target = next((t for t in tokens[i + 1:i + 3] if not t.is_word("SILENT")), None)
            if target is not None and target.kind in ("iri", "word"):
                found.append(_iri_of(target, prefixes))
    return found


@dataclass(frozen=True)
class QueryShape:
    form: str  # SELECT, ASK, CONSTRUCT, DESCRIBE, or "" when unknown
    from_graphs: tuple[str, ...]
    from_named_graphs: tuple[str, ...]
    uses_service: bool

    @property
    def has_dataset(self) -> bool:
        return bool(self.from_graphs or self.from_named_graphs)


def _prefixes(tokens: list[Token]) -> dict[str, str]:
    found = {}
    for i, tok in enumerate(tokens[:-2]):
        if tok.depth == 0 and tok.is_word("PREFIX") and tokens[i + 2].kind == "iri":
            found[tokens[i + 1].text.rstrip(":")] = tokens[i + 2].text[1:-1]
    return found


def _iri_of(tok: Token, prefixes: dict[str, str]) -> str:
    if tok.kind == "iri":
        return tok.text[1:-1]
    prefix, _, local = tok.text.partition(":")
    return prefixes.get(prefix, prefix + ":") + local


@lru_cache(maxsize=1024)  # the endpoint asks twice per request, clients repeat queries: lex each text once
def query_shape(text: str) -> QueryShape:
    """What the endpoint needs to know of a query before running it.

    >>> shape = query_shape("PREFIX g: <http://ex/> SELECT * FROM g:a FROM NAMED <http://ex/b> { SERVICE <http://x/> {} }")
    >>> shape.form, shape.from_graphs, shape.from_named_graphs, shape.uses_service
    ('SELECT', ('http://ex/a',), ('http://ex/b',), True)
    """
    tokens = tokenize(text)
    prefixes = _prefixes(tokens)
    form = next((t.text.upper() for t in tokens if t.depth == 0 and t.is_word("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), "")
    graphs: list[str] = []
    named: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.depth == 0 and tok.is_word("FROM") and i + 1 < len(tokens):
            target, bucket = tokens[i + 1], graphs
            if target.is_word("NAMED") and i + 2 < len(tokens):
                target, bucket = tokens[i + 2], named
            bucket.append(_iri_of(target, prefixes))
    uses_service = any(t.is_word("SERVICE") for t in tokens)
    return QueryShape(form, tuple(graphs), tuple(named), uses_service)


def dataset_options(sparql: str, default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                    base_iri: str | None = None) -> dict:
    """pyoxigraph ``Store.query`` keywords for mkg's dataset rule.

    The default graph is the union of all graphs, unless the query names its own (FROM) or the caller
    gives ``default_graphs`` / ``named_graphs`` (the SPARQL protocol's dataset, which wins).

    >>> dataset_options("SELECT * {}")
    {'base_iri': None, 'use_default_graph_as_union': True}
    """
    options: dict = {"base_iri": base_iri}
    if default_graphs is not None or named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs or []]
        if named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    elif not query_shape(sparql).has_dataset:
        # Only without FROM: pyoxigraph's union flag would otherwise override the query's own dataset.
        options["use_default_graph_as_union"] = True
    return options


def _operations(tokens: list[Token]) -> list[list[Token]]:
    ops, current = [], []
    for tok in tokens:
        if tok.kind == "semicolon" and tok.depth == 0:
            ops.append(current)
            current = []
        else:
            current.append(tok)
    ops.append(current)
    return [op for op in ops if op]


def with_using(text: str, using: list[str], using_named: list[str]) -> str:
    """Apply the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` to every DELETE/INSERT … WHERE.

    Raises:
        SparqlRefused: an operation already has ``USING`` or ``WITH`` (the protocol forbids both).

    >>> with_using("INSERT { ?s a 1 } WHERE { ?s ?p ?o }", ["http://ex/g"], [])
    'INSERT { ?s a 1 } USING <http://ex/g> WHERE { ?s ?p ?o }'
    """
    if not using and not using_named:
        return text
    clause = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named]) + " "
    insertions: list[tuple[int, str]] = []
    for op in _operations(tokenize(text)):
        top = [t for t in op if t.depth == 0]
        if any(t.is_word("WITH", "USING") for t in top):
            raise SparqlRefused("using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH")
        words = [t.text.upper() for t in top if t.kind == "word"]
        if words[:2] in (["INSERT", "DATA"], ["DELETE", "DATA"]) or not words or words[0] not in ("INSERT", "DELETE"):
            continue
        where = next((t for t in top if t.is_word("WHERE")), None)
        if where is None:
            continue
        if words[:2] == ["DELETE", "WHERE"]:
            # DELETE WHERE { P } takes no USING: spell it out as DELETE { P } USING … WHERE { P }.
            body_start = next(t for t in op if t.start > where.start and t.kind == "open").start
            body_end = _matching_brace_end(text, op, body_start)
            pattern = text[body_start:body_end]
            insertions.append((where.start, f"{pattern} {clause}"))
        else:
            insertions.append((where.start, clause))
    for position, snippet in sorted(insertions, reverse=True):
        text = text[:position] + snippet + text[position:]
    return text


def _matching_brace_end(text: str, op: list[Token], open_at: int) -> int:
    opener = next(t for t in op if t.start == open_at)
    closer = next(t for t in op if t.start > open_at and t.kind == "close" and t.depth == opener.depth)
    return closer.start + 1
