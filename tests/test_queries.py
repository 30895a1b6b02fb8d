"""The named-query catalog and `mkg query` / `mkg queries`: typed parameters, formats, errors."""

import csv
import io
import json

import pytest

from kg.cli import main
from kg.errors import BadParameter, UnknownQuery, UnusableInput
from kg.queries import QueryCatalog, parse_query_file

REQUIRED = {"players-in-country", "players-in-region", "largest-segment", "fastest-growing-segment", "market-size",
            "growth-rate", "drivers", "restraints", "trends", "opportunities", "developments", "report-summary",
            "source-of"}


def test_catalog_has_the_required_queries_with_headers():
    catalog = QueryCatalog.load()
    assert REQUIRED <= {q.name for q in catalog}
    for query in catalog:
        assert query.title and query.description
        for param in query.params.values():
            assert param.description and param.example is not None


def test_parameters_are_typed_and_checked():
    catalog = QueryCatalog.load()
    with pytest.raises(BadParameter, match="required"):
        catalog["players-in-country"].bind({})
    with pytest.raises(BadParameter, match="alpha-2"):
        catalog["players-in-country"].bind({"country": 'IN" } ?s ?p ?o {'})
    with pytest.raises(BadParameter, match="not a parameter"):
        catalog["drivers"].bind({"colour": "red"})
    with pytest.raises(BadParameter, match="year"):
        catalog["market-size"].bind({"year": "3000"})
    with pytest.raises(BadParameter, match="absolute IRI"):
        catalog["source-of"].bind({"fact": "not an iri"})
    with pytest.raises(UnknownQuery):
        catalog["nope"]


def test_string_parameters_cannot_inject_sparql(store):
    query = QueryCatalog.load()["players-in-region"]
    result = query.run(store, region='North America" ) } } SELECT * WHERE { ?s ?p ?o . FILTER("x"="x')
    assert result.rows == []


def test_broken_query_file_fails_at_load(tmp_path):
    (tmp_path / "bad.rq").write_text("#+ title: t\n#+ description: d\nSELECT ?x WHERE { ?x }\n")
    with pytest.raises(UnusableInput, match="does not parse"):
        parse_query_file(tmp_path / "bad.rq")
    (tmp_path / "nohead.rq").write_text("SELECT * WHERE { ?s ?p ?o }\n")
    with pytest.raises(UnusableInput, match="title"):
        parse_query_file(tmp_path / "nohead.rq")


def test_cli_lists_queries(capsys):
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    assert "players-in-country(country: iso-country)" in out
    assert "developments(since?: date, market?: string)" in out


@pytest.mark.parametrize("argv, message", [
    (["query", "no-such-query"], "unknown query 'no-such-query'"),
    (["query", "players-in-country"], "parameter 'country': required"),
    (["query", "market-size", "--param", "year=soon"], "parameter 'year'"),
    (["query", "drivers", "--param", "market"], "expected key=value"),
])
def test_cli_usage_errors_exit_2_with_one_line(argv, message, capsys, store_path):
    assert main([*argv, "--store", str(store_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_cli_formats(capsys, store_path):
    assert main(["query", "drivers", "--store", str(store_path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert "summary" in doc["head"]["vars"] and len(doc["results"]["bindings"]) == 6
    assert main(["query", "drivers", "--store", str(store_path), "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == 6 and table[0]["summary"]
    assert main(["query", "players-in-country", "-p", "country=IN", "--store", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert "Apollo Hospitals" in out and out.rstrip().endswith("(4 rows)")


def test_cli_query_without_store_is_a_clear_error(tmp_path, capsys):
    assert main(["query", "drivers", "--store", str(tmp_path / "none")]) == 2
    assert "run `mkg build" in capsys.readouterr().err
