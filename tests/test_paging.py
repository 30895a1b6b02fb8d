"""Paging of every named query (issue 12, item 2): CLI ``--limit/--offset``, REST ``limit``/``offset`` with
``next`` and ``Link: rel="next"``, Python ``NamedQuery.page``.

Pages never overlap, together they are every row in the query's order, the last page has no next link,
and a limit over 10,000 is refused (exit 2, 422).
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kg.cli import main
from kg.paging import MAX_LIMIT, fetch_keyed_page, fetch_page, paged_text, split_select
from kg.queries import QueryCatalog
from kg.settings import Settings
from kg.sparql import with_values
from kg.store import OxigraphStore
from service.app import create_app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from gen_corpus import generate  # noqa: E402

from tests.conftest import SEED_CARD  # noqa: E402

CATALOG = QueryCatalog.load()


def example_params(name: str, required_only: bool = True) -> dict[str, str]:
    return {p.name: p.example for p in CATALOG[name].params.values() if p.example and (p.required or not required_only)}


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory) -> Path:
    """Twelve generated reports and the seed report, ingested through the CLI."""
    out = tmp_path_factory.mktemp("paging")
    generate(12, out / "corpus", seed=3)
    path = out / "store"
    assert main(["ingest", str(out / "corpus" / "cards"), str(SEED_CARD), "--store", str(path)]) in (0, 1)
    return path


@pytest.fixture(scope="module")
def store(corpus_store) -> OxigraphStore:
    return OxigraphStore(corpus_store, read_only=True)


@pytest.fixture(scope="module")
def client(store) -> TestClient:
    return TestClient(create_app(Settings(), store=store))


def sorted_items(row: dict) -> list:
    return sorted(row.items())


def all_rows(store, name: str, params: dict) -> list[dict]:
    return [{k: v.value for k, v in row.items()} for row in CATALOG[name].page(store, MAX_LIMIT, 0, **params).result.rows]


@pytest.mark.parametrize("name", sorted(CATALOG.queries))
def test_pages_of_every_query_are_its_rows_in_order(store, name):
    params = example_params(name)
    everything = all_rows(store, name, params)
    unpaged = [{k: v.value for k, v in row.items()} for row in CATALOG[name].run(store, **params).rows]
    assert sorted(map(sorted_items, everything)) == sorted(map(sorted_items, unpaged)), "paging changes the rows"
    pages, offset = [], 0
    while True:
        page = CATALOG[name].page(store, 3, offset, **params)
        pages.append([{k: v.value for k, v in row.items()} for row in page.result.rows])
        assert page.count == len(pages[-1]) <= 3
        if page.total is not None:
            assert page.total == len(everything)
        if not page.has_next:
            break
        offset = page.next_offset
    assert [row for p in pages for row in p] == everything


def test_cli_pages(corpus_store, store, capsys):
    def page(*extra: str) -> tuple[list[list[str]], str]:
        assert main(["query", "market-size", "--store", str(corpus_store), "-f", "csv", *extra]) == 0
        out = capsys.readouterr()
        return list(csv.reader(io.StringIO(out.out)))[1:], out.err

    everything, _ = page("--limit", str(MAX_LIMIT))
    assert len(everything) > 10
    seen, offset = [], 0
    while True:
        rows, footer = page("--limit", "4", "--offset", str(offset))
        assert not set(map(tuple, rows)) & set(map(tuple, seen)), "pages overlap"
        seen += rows
        if "next: --offset" not in footer:
            break
        offset = int(footer.split("next: --offset ")[1].rstrip(")\n"))
    assert seen == everything
    assert main(["query", "report-summary", "--store", str(corpus_store), "--limit", "5"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(f"(5 rows of {len(store.reports())}; next: --offset 5)")


@pytest.mark.parametrize("limit", ["10001", "0", "-1", "x"])
def test_cli_refuses_limit_out_of_range(corpus_store, capsys, limit):
    assert main(["query", "drivers", "--store", str(corpus_store), "--limit", limit]) == 2
    assert "limit" in capsys.readouterr().err


def test_http_pages_follow_next_links(client):
    full = client.get("/api/queries/market-size", params={"limit": MAX_LIMIT}).json()
    assert full["next"] is None and full["total"] == full["count"] > 10
    url, seen, bodies = "/api/queries/market-size?limit=4", [], []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.text
        body = response.json()
        bodies.append(body)
        assert body["count"] == len(body["rows"]) <= 4
        assert not [r for r in body["rows"] if r in seen], "pages overlap"
        seen += body["rows"]
        if body["next"]:
            assert response.headers["link"] == f'<{body["next"]}>; rel="next"'
        else:
            assert "link" not in response.headers
        url = body["next"]
    assert seen == full["rows"]
    assert len(bodies) == -(-full["count"] // 4)


def test_http_report_summary_page_has_next_and_total(client, store):
    reports = len(store.reports())
    response = client.get("/api/queries/report-summary", params={"limit": 5})
    body = response.json()
    assert body["count"] == 5 and body["total"] == reports and body["next"].endswith("limit=5&offset=5")
    assert response.headers["link"].endswith('offset=5>; rel="next"')
    last = client.get("/api/queries/report-summary", params={"limit": 5, "offset": reports - 2})
    assert last.json()["count"] == 2 and last.json()["next"] is None and "link" not in last.headers


@pytest.mark.parametrize("params", [{"limit": "10001"}, {"limit": "0"}, {"offset": "-3"}, {"limit": "ten"}])
def test_http_refuses_page_out_of_range(client, params):
    response = client.get("/api/queries/drivers", params=params)
    assert response.status_code == 422
    assert next(iter(params)) in response.text


def test_openapi_shows_paging(client):
    operation = client.get("/openapi.json").json()["paths"]["/api/queries/drivers"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"limit", "offset"} <= names
    assert "Link" in operation["responses"]["200"]["headers"]


@pytest.mark.parametrize("name", sorted(q.name for q in CATALOG if q.pages_sparql or q.groups_sparql or q.count_sparql))
def test_fast_pages_and_counts_give_the_query_own_rows(store, name):
    """Item 2: a query paged by its ``pages:`` or ``groups:`` keys (or counted by its ``count:``) answers exactly what the
    query itself answers, page by page, with the same total."""
    query = CATALOG[name]
    for params in (example_params(name), example_params(name, required_only=False)):
        text = with_values(query.sparql, query.bind(params))
        whole = fetch_page(store, text, MAX_LIMIT, 0)
        assert whole.total == len(query.run(store, **params).rows)
        for limit in (1, 4, 5):
            for offset in range(0, whole.total + limit, limit):
                fast, plain = query.page(store, limit, offset, **params), fetch_page(store, text, limit, offset)
                assert fast.result.rows == plain.result.rows, (params, limit, offset)
                assert fast.has_next == plain.has_next
                # Declared counts are always given; otherwise a total is counted only under a time budget.
                assert fast.total == whole.total or (fast.total is None and not (query.pages_sparql or query.count_sparql))


def test_a_trailing_comment_does_not_defeat_the_limit():
    text = "SELECT ?x WHERE { VALUES ?x { 3 1 2 4 } } ORDER BY ?x # LIMIT 100 }"
    page = fetch_page(OxigraphStore(), text, 2, 0)
    assert [r["x"].value for r in page.result.rows] == ["1", "2"] and page.has_next
    assert split_select(text).order == "?x"
    assert "LIMIT 3 OFFSET 0" in paged_text(text, 2, 0).splitlines()[-1]


def test_every_named_query_has_a_stable_order():
    for query in CATALOG:
        assert split_select(query.sparql).order, f"{query.name} has no ORDER BY"


def test_unordered_ties_are_broken_by_the_columns():
    store = OxigraphStore()
    store.update('INSERT DATA { <http://e/a> <http://e/p> "b", "a", "c" . <http://e/b> <http://e/p> "a" }')
    text = "SELECT ?s ?o WHERE { ?s <http://e/p> ?o } ORDER BY ?s"
    rows = [(r["s"].value, r["o"].value) for r in fetch_page(store, text, 10, 0).result.rows]
    assert rows == sorted(rows)


@pytest.mark.parametrize("name", sorted(q.name for q in CATALOG if q.within_sparql and not q.within_order_key))
def test_groups_read_together_give_the_query_own_rows_when_their_keys_overflow_a_step(store, name, monkeypatch):
    """Several groups a step, their within keys bound together: with a step of at most two keys, the steps are
    narrowed to one group and its keys read two at a time, and the pages are still the query's own rows."""
    monkeypatch.setattr("kg.paging.MAX_GROUPS_PER_STEP", 2)
    query = CATALOG[name]
    text = with_values(query.sparql, query.bind(example_params(name)))
    whole = fetch_page(store, text, MAX_LIMIT, 0)
    for limit in (1, 4):
        for offset in range(0, whole.total + limit, limit):
            fast, plain = query.page(store, limit, offset, **example_params(name)), fetch_page(store, text, limit, offset)
            assert fast.result.rows == plain.result.rows, (limit, offset)
            assert fast.has_next == plain.has_next


def test_key_listings_kept_for_a_store_version_follow_its_writes(tmp_path):
    """Group keys, a step's within keys and a keyed query's count are kept per store version: the pages read after
    a write are the query's own rows on the new data, and the count grows with it."""
    from kg.build import build_quads
    from kg.card import ReportCard

    generate(6, tmp_path / "corpus", seed=11)
    built = [build_quads(ReportCard.from_file(p)) for p in sorted((tmp_path / "corpus" / "cards").glob("*.json"))]
    store = OxigraphStore(tmp_path / "store")
    store.replace_reports([(b.report_id, b.nquads()) for b in built[:-1]])

    def pages() -> dict:
        out = {}
        for name in ("drivers", "market-size", "report-summary"):
            query = CATALOG[name]
            page = query.page(store, limit=MAX_LIMIT)
            assert page.result.rows == fetch_page(store, with_values(query.sparql, {}), MAX_LIMIT, 0).result.rows, name
            out[name] = page
        return out

    before = pages()
    assert pages()["drivers"].result.rows == before["drivers"].result.rows  # the kept listings, read again
    store.replace_reports([(built[-1].report_id, built[-1].nquads())])
    after = pages()
    assert after["report-summary"].total == before["report-summary"].total + 1
    assert len(after["drivers"].result.rows) > len(before["drivers"].result.rows)


@pytest.mark.parametrize("order", ["?name DESC(?amount) ?note", "DESC(?name) ?amount", "?amount ?item", "?mixed ?name", "?when ?name"])
def test_a_keyed_page_is_in_the_order_the_engine_gives(order):
    """The rows of a page's keys are sorted as SPARQL orders them, whether here or by the engine: unbound first,
    numbers by value across their types, text by code point, a column of IRIs and literals left to the engine."""
    store = OxigraphStore()
    store.update("""PREFIX ex: <http://example.org/>
        INSERT DATA { GRAPH ex:g {
          ex:r1 ex:item ex:a, ex:b, ex:c, ex:d .  ex:r2 ex:item ex:e, ex:f .
          ex:a ex:name "beta" ; ex:amount 10 ; ex:mixed ex:x ; ex:when "2024-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .
          ex:b ex:name "Beta" ; ex:amount 9.5 ; ex:note "n" ; ex:mixed "text" ; ex:when "2023-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .
          ex:c ex:name "alpha" ; ex:amount 1.0e1 ; ex:mixed 3 .
          ex:d ex:name "Émile" ; ex:amount 100 ; ex:when "2025-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .
          ex:e ex:amount 2 .
          ex:f ex:name "beta" ; ex:amount 10 ; ex:note "m" } }""")
    columns = " ".join(dict.fromkeys(["?report", "?item", *re.findall(r"\?\w+", order)]))
    sparql = (f"PREFIX ex: <http://example.org/>\nSELECT {columns} WHERE {{ "
              "?report ex:item ?item . OPTIONAL { ?item ex:name ?name } OPTIONAL { ?item ex:amount ?amount } "
              "OPTIONAL { ?item ex:note ?note } OPTIONAL { ?item ex:mixed ?mixed } OPTIONAL { ?item ex:when ?when } } "
              f"ORDER BY ?report {order}")
    keys = "PREFIX ex: <http://example.org/>\nSELECT DISTINCT ?report WHERE { ?report ex:item ?item } ORDER BY ?report"
    page = fetch_keyed_page(store, sparql, keys, limit=10, offset=0)
    engine = store.query(paged_text(sparql, MAX_LIMIT, 0)).rows
    assert [row.get("item") for row in page.result.rows] == [row.get("item") for row in engine]
