"""The ``mkg`` command line. Each subcommand parses arguments, calls one ``kg`` function, renders.

Exit codes: 0 OK; 1 validation violations (or warnings with ``--fail-on warning``); 2 usage or
input error (unknown query, bad parameter, unreadable card, malformed SPARQL).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.card import ReportCard, json_schema
from kg.errors import BadParameter, MkgError, QuerySyntaxError, UnknownQuery, UnusableInput
from kg.queries import QueryCatalog
from kg.settings import Settings
from kg.store import QueryResult, Store, open_store

if TYPE_CHECKING:
    from kg.search import SearchIndex

EXIT_OK, EXIT_VIOLATIONS, EXIT_USAGE = 0, 1, 2
EXIT_CODES: dict[type[MkgError], int] = {
    UnknownQuery: EXIT_USAGE,
    BadParameter: EXIT_USAGE,
    QuerySyntaxError: EXIT_USAGE,
    UnusableInput: EXIT_USAGE,
}
TABLE_SHORTENINGS = (("https://w3id.org/mkg/id/report/", "report:"), ("https://w3id.org/mkg/id/", "id:"))


def _cards(paths: list[str]) -> list[Path]:
    from kg.pipeline import shipped_cards

    return [Path(p) for p in paths] if paths else shipped_cards()


def _settings(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the store options given on the command line."""
    given = {key: getattr(args, key, None) for key in ("store", "endpoint", "update_endpoint", "gsp_endpoint")}
    return Settings(**{key: value for key, value in given.items() if value is not None})


def _open_store(args: argparse.Namespace, read_only: bool = False) -> Store:
    return open_store(_settings(args), read_only=read_only)


# ------------------------------------------------------------------ subcommands


def cmd_build(args: argparse.Namespace) -> int:
    from kg.pipeline import build_store, derived_stale, refresh_inferences

    store = _open_store(args)
    if args.if_empty and store.reports():
        if derived_stale(store):  # an earlier run was killed before it rebuilt the inferences
            refresh_inferences(store)
            store.flush()
            print("rebuilt the inferences an interrupted run left stale")
        print(f"store already holds {len(store.reports())} report(s); nothing to build")
        return EXIT_OK
    outcome = build_store(_cards(args.cards), store, reasoning=not args.no_reasoning)
    for report in outcome.reports:
        if not report.conforms:
            print(report.as_table(), file=sys.stderr)
    print(f"loaded {len(outcome.loaded)} report(s), rejected {len(outcome.rejected)}; "
          f"the store holds {len(store)} quads")
    _sync_search_index(store)
    return EXIT_VIOLATIONS if outcome.rejected else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from kg.extract import MAX_TEXT_CHARS, decode_text, extract, extract_file

    if args.file == "-":
        card = extract(decode_text(sys.stdin.buffer.read(4 * MAX_TEXT_CHARS + 1), "standard input"), report_id=args.id)
    else:
        card = extract_file(args.file)
        if args.id:
            card = card.model_copy(update={"id": args.id})
    if args.output:
        card.write(args.output)
        print(f"wrote {args.output}: {len(card.values)} value(s), {len(card.cagr)} CAGR(s), {len(card.players)} player(s), "
              f"{len(card.developments)} development(s)", file=sys.stderr)
    else:
        sys.stdout.write(card.to_json() + "\n")
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from kg.ingest import ingest
    from kg.search import open_index

    store = _open_store(args)
    index = open_index(store)
    started = time.perf_counter()
    # The index follows the ingest report by report (from the quads the workers build, not read back from the
    # store); the sync after it only repairs what something else changed, or a run killed half-way left.
    with index.following_ingest(store) as sink, tqdm(unit="report", disable=None, file=sys.stderr) as bar:
        def progress(done: int, total: int) -> None:  # disable=None above: a bar only on a terminal
            bar.total = total
            bar.update(1)

        summary = ingest(args.paths, store, workers=args.workers, progress=progress, sink=sink, optimize=not args.no_optimize)
    indexed_seconds = time.perf_counter() - started
    for outcome in summary.rejected:
        print(f"REJECTED {outcome.path}\n{outcome.problem}\n", file=sys.stderr)
    print(summary.as_table())
    if summary.seconds["optimize"]:
        print(f"store compacted in {summary.seconds['optimize']:.1f} s (included above; --no-optimize skips it)")
    print(f"search index: {summary.count('loaded')} report(s) indexed during the ingest, "
          f"{indexed_seconds - summary.wall_seconds:.1f} s after its last report")
    _sync_search_index(store, index)
    return EXIT_VIOLATIONS if summary.rejected else EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.build import build
    from kg.validate import validate

    failed = False
    for path in _cards(args.cards):
        card = ReportCard.from_file(path)
        report = validate(build(card), reasoning=not args.no_reasoning, label=str(path))
        print(report.as_table())
        span_errors = _span_errors(card, path)
        for error in span_errors:
            print(f"  [Violation] span does not match the report text: {error}")
        failed |= report.fails(args.fail_on) or bool(span_errors)
    return EXIT_VIOLATIONS if failed else EXIT_OK


def _span_errors(card: ReportCard, card_path: Path) -> list[str]:
    """Check quotes against the report text when it sits beside the card (``source``)."""
    if not card.source or not (text_path := card_path.parent / card.source).exists():
        return []
    return card.span_errors(text_path.read_text(encoding="utf-8"))


def cmd_query(args: argparse.Namespace) -> int:
    query = QueryCatalog.load()[args.name]
    params = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep:
            raise BadParameter(item, "expected key=value")
        params[key] = value
    page = query.page(_open_store(args, read_only=True), limit=args.limit, offset=args.offset, **params)
    sys.stdout.write(render(page.result, args.format, footer=_page_footer(page)))
    if args.format != "table" and (page.offset or page.has_next):
        print(_page_footer(page), file=sys.stderr)
    return EXIT_OK


def _page_footer(page) -> str:
    """``(20 rows from 40 of 983; next: --offset 60)``: where the page sits and how to go on."""
    rows = f"{page.count} row{'s' if page.count != 1 else ''}"
    if page.offset == 0 and not page.has_next:
        return f"({rows})"
    where = f" from {page.offset}" if page.offset else ""
    total = f" of {page.total}" if page.total is not None else f" (total {page.total_note})"
    more = f"; next: --offset {page.next_offset}" if page.has_next else ""
    return f"({rows}{where}{total}{more})"


def render(result: QueryResult, fmt: str, footer: str | None = None) -> str:
    if fmt == "json":
        return json.dumps(json.loads(result.serialize("json")), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return result.serialize("csv").decode("utf-8")
    if result.kind == "boolean":
        return f"{result.boolean}\n"
    columns = [v for v in result.variables if any(v in row for row in result.rows)]
    cells = [[_cell(row.get(v)) for v in columns] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(footer or f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(term, limit: int = 70) -> str:
    if term is None:
        return ""
    text = term.value
    for prefix, short in TABLE_SHORTENINGS:
        if text.startswith(prefix):
            text = short + text[len(prefix):]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_queries(args: argparse.Namespace) -> int:
    for query in QueryCatalog.load():
        params = ", ".join(f"{p.name}{'' if p.required else '?'}: {p.type}" for p in query.params.values())
        asked = f"\n    e.g. “{query.questions[0]}” (mkg ask)" if query.questions else ""
        print(f"{query.name}({params})\n    {query.title}. {query.description}{asked}\n")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2))
    return EXIT_OK


def _sync_search_index(store: Store, index: SearchIndex | None = None) -> None:
    """Bring the search index beside the store in step with it (only the reports that changed)."""
    from kg.search import open_index, timed_sync

    changes, seconds = timed_sync(index or open_index(store), store)
    print(f"search index sync: {changes.added} added, {changes.replaced} replaced, {changes.removed} removed, "
          f"{changes.facts} facts in {seconds:.1f} s")


def cmd_search(args: argparse.Namespace) -> int:
    from kg.search import Filters, open_index

    store = _open_store(args, read_only=True)
    index = open_index(store)
    index.sync(store)
    filters = Filters(types=tuple(args.type or ()), market=args.market, report=args.report,
                      publisher=args.publisher, region=args.region, year=args.year)
    hits = index.search(args.query, filters, limit=args.limit, mode=args.mode)
    if args.format == "json":
        print(json.dumps({"query": args.query, "mode": args.mode, "count": len(hits),
                          "hits": [h.as_dict() for h in hits]}, indent=2, ensure_ascii=False))
        return EXIT_OK
    for rank, hit in enumerate(hits, start=1):
        quote = hit.highlighted.replace("<mark>", "[").replace("</mark>", "]")
        print(f"{rank:>2}. {hit.type:<12} {hit.market} — {hit.text}\n    “{quote}”\n"
              f"    {_cell_text(hit.iri)}  score {hit.score:g}  ranks {hit.ranks}")
    print(f"({len(hits)} hit{'s' if len(hits) != 1 else ''})")
    return EXIT_OK


def _cell_text(text: str) -> str:
    for prefix, short in TABLE_SHORTENINGS:
        if text.startswith(prefix):
            return short + text[len(prefix):]
    return text


def cmd_ask(args: argparse.Namespace) -> int:
    from kg.ask import ask

    answer = ask(args.question, _open_store(args, read_only=True), mode=args.mode, limit=args.limit)
    if args.format == "json":
        print(json.dumps(answer.as_dict(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render_answer(answer))
    return EXIT_OK if answer.answered else EXIT_VIOLATIONS


def render_answer(answer) -> str:
    """An answer (or a refusal) as text: the query, its parameters, the SPARQL run, each row with its quote."""
    lines = [f"question: {answer.question}"]
    if not answer.answered:
        lines.append(f"no answer: {answer.reason}")
        if answer.query:
            lines.append(f"closest query: {answer.query} ({answer.title})")
        lines += ["try instead:"] + [f"  {s.kind} {s.value}" + (f" — {s.detail}" if s.detail else "")
                                     for s in answer.suggestions]
        return "\n".join(lines) + "\n"
    params = ", ".join(f"{k}={v}" for k, v in answer.params.items()) or "none"
    lines += [f"query:    {answer.query} — {answer.title} (score {answer.score:g}, {answer.mode}; "
              f"matched “{answer.matched_question}”)", f"params:   {params}"]
    lines += [f"note:     {note}" for note in answer.notes]
    lines += ["sparql:"] + ["  " + line for line in answer.sparql.strip().splitlines()]
    lines.append(f"rows ({len(answer.rows)}{', more follow: mkg query ' + answer.query if answer.more_rows else ''}):")
    for i, row in enumerate(answer.rows, start=1):
        cells = [f"{k}: {_cell_text(v)}" for k, v in row.items() if k != "quote"]
        lines.append(f"{i:>3}. " + " · ".join(cells))
        if row.get("quote"):
            lines.append(f"     “{row['quote']}”")
    return "\n".join(lines) + "\n"


def cmd_compare(args: argparse.Namespace) -> int:
    from kg.compare import compare_market

    comparison = compare_market(_open_store(args, read_only=True), args.market, currency=args.currency, year=args.year,
                                tolerance=args.tolerance, cagr_tolerance=args.cagr_tolerance)
    if args.format == "json":
        print(json.dumps(comparison.as_dict(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render_comparison(comparison))
    return EXIT_OK


def render_comparison(comparison) -> str:
    """Publishers as columns, one line per kind of fact; each cell's quote as a numbered note below."""
    from kg.compare import SCALE

    quotes: list[str] = []

    def cite(text: str, quote: str | None, fact: str) -> str:
        shown = quote if quote is None or quote.startswith("derived from") else f"“{quote}”"
        quotes.append(f"{shown or '(no quote)'}  {_cell_text(fact)}")
        return f"{text} [{len(quotes)}]"

    def money(cell) -> str:
        return f"{cell.currency} {cell.amount:g} {cell.scale} ({cell.year})"

    columns = comparison.columns
    table: list[tuple[str, list[str]]] = [
        ("publisher", [c.publisher or "(not stated)" for c in columns]),
        ("report", [c.report_id for c in columns]),
        ("published", [c.published or "" for c in columns]),
        ("scope", [c.scope or "" for c in columns]),
    ]
    year_label = f"{comparison.year} in {comparison.currency}" if comparison.year else "one year"
    cells = []
    largest = max((abs(c.normalised.value) for c in columns if c.normalised), default=0)
    units = next((s for s in ("trillion", "billion", "million") if largest >= SCALE[s]), "units")  # one unit a row
    for c in columns:
        n = c.normalised
        if n is None:
            cells.append("—")
            continue
        text = f"{n.value / SCALE[units]:.2f} {units}" + (" (derived)" if n.derived else " (stated)")
        quote = n.quote or ("derived from “" + "”, “".join(n.source_quotes) + "”" if n.source_quotes else None)
        cells.append(cite(text, quote, n.from_fact))
    table.append((year_label, cells))
    table.append(("figures stated", [", ".join(cite(money(v), v.quote, v.fact) for v in c.values if not v.derived)
                                     for c in columns]))
    table.append(("CAGR stated", [", ".join(cite(f"{g.percent:g} % {g.start_year or '?'}–{g.end_year or '?'}", g.quote, g.fact)
                                            for g in c.cagrs if not g.derived) for c in columns]))
    table.append(("largest segment", [", ".join(cite(f"{x.segment} ({x.dimension})", x.quote, x.fact) for x in c.largest)
                                      for c in columns]))
    table.append(("fastest segment", [", ".join(cite(f"{x.segment} ({x.dimension})", x.quote, x.fact) for x in c.fastest)
                                      for c in columns]))
    head = (f"market: {comparison.name} ({_cell_text(comparison.market)}): {len(columns)} report(s); figures normalised "
            f"to {comparison.currency}, {comparison.year}; disagreement above {comparison.tolerance:.0%} (figures) or "
            f"{comparison.cagr_tolerance:g} points (CAGR)")
    width = max(len(label) for label, _ in table)
    col_widths = [max(len(row[i]) for _, row in table) for i in range(len(columns))]
    lines = [head, ""]
    lines += [f"{label.ljust(width)}  " + "  ".join(v.ljust(w) for v, w in zip(row, col_widths)).rstrip() for label, row in table]
    lines.append("")
    lines.append(f"disagreements ({len(comparison.disagreements)}):")
    lines += [f"  ! {d.message}" for d in comparison.disagreements] or ["  none"]
    lines += [f"note: {note}" for note in comparison.notes]
    lines.append("derivations:")
    lines += [f"  {c.publisher or c.report_id}: {c.normalised.method}" for c in columns if c.normalised and c.normalised.derived]
    lines.append("quotes:")
    lines += [f"  [{i}] {q}" for i, q in enumerate(quotes, start=1)]
    return "\n".join(lines) + "\n"


def cmd_link(args: argparse.Namespace) -> int:
    from kg.link.review import as_table, resolutions, review

    store = _open_store(args, read_only=True)
    merged = resolutions(store)
    if args.review:
        print(as_table(review(store), merged))
    else:
        print("\n".join(f"{r.iri}\t{r.label}\t{' | '.join(r.written)}" for r in merged))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export_csv, export_rdf

    store = _open_store(args, read_only=True)
    if args.format == "csv":
        written = export_csv(store, args.output or Path("export"))
        print(f"wrote {len(written)} tables to {written[0].parent}: {', '.join(p.name for p in written)}")
    elif args.output:
        args.output.write_bytes(export_rdf(store, args.format))
        print(f"wrote {args.output} ({len(store)} quads)", file=sys.stderr)
    else:
        sys.stdout.buffer.write(export_rdf(store, args.format))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from service.app import create_app
    from service.ops import configure_access_log

    configure_access_log()
    settings = _settings(args)
    if args.update_token:
        settings = settings.model_copy(update={"update_token": args.update_token})
    uvicorn.run(create_app(settings), host=args.host, port=args.port, access_log=False)
    return EXIT_OK


# ------------------------------------------------------------------ wiring


def parser() -> argparse.ArgumentParser:
    defaults = Settings()
    top = argparse.ArgumentParser(prog="mkg", description="Market Report Knowledge Graph")
    sub = top.add_subparsers(dest="command", required=True)

    def command(name: str, handler, help_text: str, store: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        if store:
            where = p.add_argument_group("store", "the embedded store (default), or a remote SPARQL 1.1 engine")
            where.add_argument("--store", type=Path, help=f"embedded store directory (default {defaults.store}; env MKG_STORE)")
            where.add_argument("--endpoint", help="SPARQL query endpoint of a remote store (env MKG_ENDPOINT)")
            where.add_argument("--update-endpoint", help="its SPARQL Update endpoint (env MKG_UPDATE_ENDPOINT)")
            where.add_argument("--gsp-endpoint", help="its Graph Store Protocol endpoint (env MKG_GSP_ENDPOINT)")
        return p

    p = command("build", cmd_build, "Build report cards into the store (default: the shipped cards)")
    p.add_argument("cards", nargs="*", help="ReportCard files (.yaml/.json)")
    p.add_argument("--if-empty", action="store_true", help="do nothing if the store already holds reports")
    p.add_argument("--no-reasoning", action="store_true", help="skip the per-report OWL consistency check")

    p = command("extract", cmd_extract, "Draft a ReportCard from a report text (deterministic, offline)", store=False)
    p.add_argument("file", help="the report text (.txt), or - for standard input")
    p.add_argument("-o", "--output", type=Path, help="write the card here (.json, .yaml or .yml); default: JSON on stdout")
    p.add_argument("--id", help="the report id (default: the file's stem, or a digest of the text)")

    p = command("ingest", cmd_ingest, "Build, validate and load many reports (cards or texts); exit 1 if any is rejected")
    p.add_argument("paths", nargs="+", help="ReportCard files (.yaml/.json), report texts (.txt), or directories of them")
    p.add_argument("--workers", type=int, help="processes that build and validate (default: all cores)")
    p.add_argument("--no-optimize", action="store_true",
                   help="do not compact the store after loading (queries then read it about half as fast)")

    p = command("validate", cmd_validate, "Validate report cards (SHACL + OWL); exit 1 on violations", store=False)
    p.add_argument("cards", nargs="*", help="ReportCard files (.yaml/.json); default: the shipped cards")
    p.add_argument("--fail-on", choices=["violation", "warning"], default="violation")
    p.add_argument("--no-reasoning", action="store_true", help="skip the OWL consistency check")

    p = command("query", cmd_query, "Run a named query")
    p.add_argument("name")
    p.add_argument("--param", "-p", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--format", "-f", choices=["table", "json", "csv"], default="table",
                   help="table, SPARQL 1.1 JSON results, or CSV")
    p.add_argument("--limit", default=None, metavar="N", help="rows per page, 1 to 10,000 (default 100)")
    p.add_argument("--offset", default=None, metavar="K", help="rows to skip (default 0); the footer names the next page's")

    command("queries", cmd_queries, "List the named queries with their parameters", store=False)
    command("schema", cmd_schema, "Print the ReportCard JSON Schema", store=False)

    from kg.search.facts import TYPES
    from kg.search.fuse import MODES

    p = command("search", cmd_search, "Search every fact by meaning and words; each hit with its source quote")
    p.add_argument("query", help='what to look for, in your own words ("cost of second opinions")')
    p.add_argument("--type", "-t", action="append", choices=TYPES, help="only facts of this type (repeatable)")
    p.add_argument("--market", help="only reports of this market (part of its name, or its IRI)")
    p.add_argument("--report", help="only this report (id or IRI)")
    p.add_argument("--publisher", help="only reports of this publisher (part of its name)")
    p.add_argument("--region", help="only reports covering this region (\"Europe\", \"APAC\")")
    p.add_argument("--year", type=int, help="only reports of this year")
    p.add_argument("--limit", "-n", type=int, default=10, help="how many hits (default 10)")
    p.add_argument("--mode", choices=MODES, default="hybrid", help="hybrid (default), lexical or dense only")
    p.add_argument("--format", "-f", choices=["table", "json"], default="table")

    from kg.ask import MODES as ASK_MODES

    p = command("ask", cmd_ask, "Ask in plain English: one named query answers (with its SPARQL, rows and quotes), "
                                "or the answer says why not; exit 1 when it refuses")
    p.add_argument("question", help='a question in plain English ("which players are in India?")')
    p.add_argument("--mode", choices=ASK_MODES, default="hybrid", help="how questions are matched to the named "
                   "queries: hybrid (default), lexical or dense (the offline sentence model)")
    p.add_argument("--limit", "-n", type=int, default=20, help="rows to show (default 20)")
    p.add_argument("--format", "-f", choices=["text", "json"], default="text")

    from kg.compare import DEFAULT_CAGR_TOLERANCE, DEFAULT_CURRENCY, DEFAULT_TOLERANCE

    p = command("compare", cmd_compare, "Every publisher's figures for one market side by side, normalised to one "
                                        "currency and year, with disagreements flagged; each cell with its quote")
    p.add_argument("market", help='the market as any report names it ("industrial robots"), its slug or IRI')
    p.add_argument("--currency", default=DEFAULT_CURRENCY, help=f"normalise to this currency (default {DEFAULT_CURRENCY})")
    p.add_argument("--year", type=int, help="compare figures for this year (default: the year most reports have one for)")
    p.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                   help=f"flag figures differing by more than this share of the smaller (default {DEFAULT_TOLERANCE})")
    p.add_argument("--cagr-tolerance", type=float, default=DEFAULT_CAGR_TOLERANCE,
                   help=f"flag stated CAGRs more than this many points apart (default {DEFAULT_CAGR_TOLERANCE})")
    p.add_argument("--format", "-f", choices=["text", "json"], default="text")

    p = command("link", cmd_link, "Organisations as resolved across reports (IRI, name, written forms)")
    p.add_argument("--review", action="store_true",
                   help="list what a person should decide: similar organisations left apart (kg/data/link-overrides.yaml)")

    p = command("export", cmd_export, "Export the store: TriG, N-Quads, JSON-LD, or CSV tables (one per entity type)")
    p.add_argument("--format", "-f", choices=["trig", "nquads", "jsonld", "csv"], default="trig")
    p.add_argument("--output", "-o", type=Path, help="file (RDF; default standard output) or folder (CSV; default ./export)")

    p = command("serve", cmd_serve, "Serve the store over HTTP (SPARQL endpoint, named queries)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--update-token", help="bearer token that enables SPARQL Update (env MKG_UPDATE_TOKEN); "
                                          "without one the service is read-only")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.handler(args)
    except MkgError as err:
        print(f"mkg: {err}", file=sys.stderr)
        return EXIT_CODES.get(type(err), EXIT_USAGE)


if __name__ == "__main__":
    sys.exit(main())
