"""Issue 16: ask in plain English (``mkg ask``, ``GET /api/ask``), through the CLI, HTTP and Python faces."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ask import ask
from kg.ask.evaluate import evaluate, load_questions
from kg.cli import main
from kg.errors import BadParameter, UnusableInput
from kg.queries import QueryCatalog, parse_query_file

from .conftest import DATA


def test_the_fastest_segment_question_answers_with_its_quote_and_sparql(ask_store_path, capsys):
    assert main(["ask", "which segment grows fastest?", "--store", str(ask_store_path)]) == 0
    out = capsys.readouterr().out
    assert "query:    fastest-growing-segment" in out
    assert "segment: neurological disorders" in out
    assert "“The neurological disorders segment is projected to witness the highest CAGR" in out
    assert "SELECT ?report ?marketName ?dimension ?segment" in out  # the SPARQL run is shown


def test_a_question_no_query_answers_is_refused_with_suggestions(ask_store_path, capsys):
    assert main(["ask", "who won the 2022 World Cup?", "--store", str(ask_store_path)]) == 1
    out = capsys.readouterr().out
    assert "no answer: no named query fits this question" in out
    assert "try instead:" in out and "  query " in out


def test_http_answer_names_the_query_the_parameters_the_sparql_and_quotes(ask_client):
    body = ask_client.get("/api/ask", params={"q": "which players are in India?"}).json()
    assert body["answered"] and body["query"] == "players-in-country" and body["params"] == {"country": "IN"}
    assert "VALUES (?country) { (\"IN\") }" in body["sparql"]
    assert body["rows"] and all(row["quote"] for row in body["rows"])
    direct = ask_client.get("/api/queries/players-in-country", params={"country": "IN"}).json()
    assert body["rows"] == [{k: str(v) for k, v in row.items()} for row in direct["rows"]][:len(body["rows"])]


def test_http_refusal_is_an_answer_with_reason_and_suggestions(ask_client):
    body = ask_client.get("/api/ask", params={"q": "What drives the quantum computing market?"}).json()
    assert not body["answered"] and body["rows"] == [] and body["sparql"] is None
    assert "no market called 'quantum computing'" in body["reason"]
    assert body["suggestions"] and body["suggestions"][0]["kind"] == "market"


@pytest.mark.parametrize("params", [{"q": ""}, {"q": "   "}, {"q": "x" * 501}, {"q": "a\x00b"},
                                    {"q": "which players?", "mode": "guess"}, {"q": "which players?", "limit": "0"}, {}])
def test_bad_requests_are_422_with_a_message(ask_client, params):
    response = ask_client.get("/api/ask", params=params)
    assert response.status_code == 422 and response.json()["detail"]


def test_ask_is_in_the_openapi_document_with_its_response_model(ask_client):
    spec = ask_client.get("/openapi.json").json()
    schema = spec["paths"]["/api/ask"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["$ref"].endswith("/AskResponse")
    assert {"query", "params", "sparql", "rows", "suggestions"} <= set(spec["components"]["schemas"]["AskResponse"]["properties"])


def test_words_of_the_question_never_reach_the_sparql(ask_store):
    answer = ask('what drives the market"} UNION { ?s ?p ?o } #', ask_store)
    assert answer.answered and answer.query == "drivers" and answer.params == {}
    assert "?s ?p ?o" not in answer.sparql


def test_an_ambiguous_place_is_refused_naming_both(ask_store):
    answer = ask("Which key players are in Japan or Germany?", ask_store)
    assert not answer.answered and "several" in answer.reason
    assert {s.value for s in answer.suggestions} == {"JP", "DE"}


def test_a_country_where_a_region_is_needed_suggests_the_regions_containing_it(ask_store):
    answer = ask("which reports cover India?", ask_store)
    assert not answer.answered and "'India' is a country" in answer.reason
    assert "Asia Pacific" in {s.value for s in answer.suggestions}


def test_a_place_the_query_cannot_filter_by_is_refused(ask_store):
    answer = ask("Which segment is largest in Europe?", ask_store)
    assert not answer.answered and "cannot filter by region" in answer.reason


def test_an_empty_question_is_a_bad_parameter(ask_store):
    with pytest.raises(BadParameter):
        ask("  ", ask_store)


@pytest.mark.parametrize("source", ["questions.yaml", "heldout.yaml"])
def test_evaluation_sets_are_large_enough_and_cover_every_query(source):
    questions = load_questions(DATA / "ask" / source)
    if source == "questions.yaml":
        assert len(questions["answerable"]) + len(questions["unanswerable"]) >= 60
        covered = {item["query"] for item in questions["answerable"]}
        assert covered == {q.name for q in QueryCatalog.load()}
        assert all(sum(i["query"] == name for i in questions["answerable"]) >= 3 for name in covered)
    examples = {e.lower() for q in QueryCatalog.load() for e in q.questions}
    assert not {i["q"].lower() for i in questions["answerable"]} & examples  # no catalogue question copied


def test_hybrid_matching_meets_the_acceptance_floors(ask_store):
    scores = evaluate(load_questions(DATA / "ask" / "questions.yaml"), ask_store, mode="hybrid")
    assert scores.top1_accuracy >= 0.90, scores.errors
    assert scores.param_accuracy >= 0.90, scores.errors
    assert scores.refusal_rate >= 0.90, scores.errors
    assert scores.answered_wrongly == 0, scores.errors


def test_held_out_questions_answer_nothing_wrongly(ask_store):
    scores = evaluate(load_questions(DATA / "ask" / "heldout.yaml"), ask_store, mode="hybrid")
    assert scores.answered_wrongly == 0, scores.errors
    assert scores.top1_accuracy >= 0.80, scores.errors


def test_every_named_query_lists_example_questions():
    for query in QueryCatalog.load():
        assert len(query.questions) >= 4, query.name


def test_a_question_placeholder_must_be_a_parameter(tmp_path: Path):
    path = tmp_path / "bad.rq"
    path.write_text('#+ title: t\n#+ description: d\n#+ questions:\n#+   - "Which players are in {place}?"\n'
                    "SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(UnusableInput, match="not a parameter"):
        parse_query_file(path)
