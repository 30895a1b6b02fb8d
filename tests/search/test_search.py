"""Search (issue 14): the acceptance queries, filters, the index in step with the store, the surfaces."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kg.cli import main
from kg.errors import BadParameter
from kg.ingest import ingest
from kg.card import ReportCard
from kg.search import Filters, SearchIndex
from kg.search.embed import Encoder, ModelUnavailable, model_path
from kg.settings import Settings
from kg.store import OxigraphStore
from service.app import create_app
from kg.pipeline import shipped_cards
from tests.search.conftest import DATA, OWN_CARDS

SEED = "https://w3id.org/mkg/id/report/000_67218fe0b33be073"


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


# ------------------------------------------------------------------ acceptance


def test_cost_of_second_opinions_finds_the_high_cost_restraint_first_with_its_quote(search_store_path, capsys):
    code, out = run_cli(capsys, "search", "cost of second opinions", "--store", str(search_store_path), "--format", "json")
    assert code == 0
    first = json.loads(out)["hits"][0]
    assert (first["type"], first["iri"]) == ("restraint", f"{SEED}/restraint/2")
    assert first["quote"] == "High cost of second opinion services"
    assert "<mark>cost</mark>" in first["highlighted"]


def test_remote_consultations_finds_the_telemedicine_trend_although_the_words_differ(search_store_path, capsys):
    code, out = run_cli(capsys, "search", "remote consultations", "--store", str(search_store_path), "--limit", "3")
    assert code == 0
    assert "trend" in out and "telemedicine consultations" in out
    # The words differ: dense search alone, which shares no words with the quote, ranks it too.
    code, out = run_cli(capsys, "search", "doctor visits over video", "--store", str(search_store_path),
                        "--mode", "dense", "--limit", "5", "--format", "json")
    assert f"{SEED}/trend/1" in [h["iri"] for h in json.loads(out)["hits"]]


def test_paraphrases_find_facts_of_the_own_reports(search_index):
    cases = {
        "batteries of old electric cars": "S11-battery-recycling",
        "hospitals hit by hackers": "S04-health-cyber",
        "people who cannot digest milk": "S02-plant-dairy",
    }
    for query, report in cases.items():
        hits = search_index.search(query, limit=3)
        assert report in [h.report for h in hits], (query, [(h.report, h.text) for h in hits])


# ------------------------------------------------------------------ filters and hits


def test_filters_narrow_by_type_market_publisher_region_and_year(search_index):
    assert {h.type for h in search_index.search("costs", Filters(types=("restraint",)), limit=20)} == {"restraint"}
    hits = search_index.search("costs", Filters(market="hearing"), limit=20)
    assert hits and {h.market for h in hits} == {"Hearing Aids"}
    hits = search_index.search("prices", Filters(publisher="Greenfield"), limit=20)
    assert {h.report for h in hits} <= {"S02-plant-dairy", "S12-sports-nutrition"} and hits
    hits = search_index.search("water", Filters(region="Middle East & Africa"), limit=20)
    assert {h.report for h in hits} == {"S08-desalination"}
    hits = search_index.search("growth", Filters(year=2023), limit=50)
    assert {h.year for h in hits} == {2023}
    assert search_index.search("growth", Filters(report="S05-precision-ag"), limit=50)[0].report == "S05-precision-ag"
    assert search_index.search("growth", Filters(publisher="nobody publishes this")) == []


def test_a_hit_carries_type_report_market_iri_score_and_ranks(search_index):
    # In the top 3, not first: the sentence model puts the player "Brunp Recycling" a little closer to "brine
    # disposal", and full text weighs 0.1 in the fused score (see kg.search.index.FUSION_WEIGHTS).
    hit = next(h for h in search_index.search("brine disposal", limit=3) if h.type == "restraint")
    assert hit.report == "S08-desalination" and hit.market == "Water Desalination"
    assert hit.iri.startswith("https://w3id.org/mkg/id/report/S08-desalination/restraint/")
    assert hit.quote == "brine discharge that harms marine life" and "<mark>brine</mark>" in hit.highlighted
    assert hit.score > 0 and set(hit.ranks) <= {"lexical", "dense"} and hit.publisher == "Aquila Analytics"


def test_unknown_type_and_mode_are_refused_and_a_blank_query_finds_nothing(search_index):
    with pytest.raises(BadParameter):
        Filters(types=("rumour",))
    with pytest.raises(BadParameter):
        search_index.search("x", mode="psychic")
    assert search_index.search("   ") == [] and search_index.search("\x1c") == []


def test_similar_finds_the_closest_facts_of_other_reports(search_index):
    cost = search_index.search("installation costs for fast chargers", Filters(types=("restraint",)), limit=1)[0]
    hits = search_index.similar(cost.iri, limit=3)
    assert hits and all(h.type == "restraint" and h.report != cost.report for h in hits)
    assert all("cost" in h.text.lower() for h in hits[:2]), [h.text for h in hits]  # other markets' cost restraints
    with pytest.raises(BadParameter):
        search_index.similar("https://example.org/not-a-fact")


# ------------------------------------------------------------------ index in step with the store


@pytest.mark.parametrize("indexed_by", ["ingest", "sync"])
def test_the_index_follows_the_store_through_add_replace_and_remove(tmp_path, indexed_by):
    """``ingest``: the index follows ingest through its sink, with no sync; ``sync``: it reads the store after."""
    store = OxigraphStore(tmp_path / "store")
    index = SearchIndex(tmp_path / "store.search")
    card_path = DATA / "S08-desalination.yaml"

    def ingest_and_index(path) -> None:
        if indexed_by == "ingest":
            with index.following_ingest(store) as sink:
                ingest([path], store, workers=1, sink=sink)
        else:
            ingest([path], store, workers=1)
            index.sync(store)

    def found(query: str) -> list[str]:
        return [h.text for h in index.search(query, Filters(types=("restraint",)), limit=5)]

    assert found("brine harming the sea") == []
    ingest_and_index(card_path)
    assert "brine discharge that harms marine life" in found("brine harming the sea")

    card = ReportCard.from_file(card_path)
    changed = card.model_copy(update={"restraints": [card.restraints[0]]})  # the report, replaced without brine
    replaced = tmp_path / "S08-desalination.json"
    changed.write(replaced)
    ingest_and_index(replaced)
    assert "brine discharge that harms marine life" not in found("brine harming the sea")
    assert "the heavy electricity use of reverse osmosis plants" in found("power hungry plants")
    assert index.sync(store).changed is False  # whichever way it was indexed, nothing is left to do

    store.delete_report(card.id)  # not through ingest: only a sync sees it
    index.sync(store)
    assert found("power hungry plants") == []
    assert len(index) == 0

    # Reopened from disk, the index is the same and has nothing to redo.
    ingest_and_index(card_path)
    reopened = SearchIndex(tmp_path / "store.search")
    assert reopened.sync(store).changed is False
    assert [h.iri for h in reopened.search("brine", limit=3)] == [h.iri for h in index.search("brine", limit=3)]


def test_facts_indexed_when_a_run_dies_before_their_full_text_is_committed_are_found_after_reopening(tmp_path):
    """Ingest commits the full text once, at its end; a run killed before that must not leave the old words."""
    from kg.build import build_quads
    from kg.search.facts import draft_from_built

    store = OxigraphStore(tmp_path / "store")
    index = SearchIndex(tmp_path / "store.search")
    card = ReportCard.from_file(DATA / "S08-desalination.yaml")
    ingest([DATA / "S08-desalination.yaml"], store, workers=1)
    index.sync(store)
    restraint = card.restraints[0].model_copy(update={"text": "seawater intake pumps harm plankton"})
    changed = card.model_copy(update={"restraints": [restraint, *card.restraints[1:]]})  # as many facts as before
    changed_path = tmp_path / "S08-desalination.json"
    changed.write(changed_path)
    ingest([changed_path], store, workers=1)
    index.index_drafts(store, [draft_from_built(build_quads(changed))])  # what ingest's sink does; then the run dies
    del index

    reopened = SearchIndex(tmp_path / "store.search")
    assert reopened.sync(store).changed is False
    assert "seawater intake pumps harm plankton" in [h.text for h in reopened.search("plankton", limit=3, mode="lexical")]


def test_the_index_ingest_builds_is_the_one_a_sync_reads_from_the_store(tmp_path):
    """Facts drafted by the ingest workers from the quads they built (two worker processes here) are exactly the
    facts a sync reads back from the store: same reports, same filter fields, same facts, same wordings."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from gen_corpus import generate

    generate(20, tmp_path / "corpus", seed=3)
    store = OxigraphStore(tmp_path / "store")
    by_ingest = SearchIndex(tmp_path / "by-ingest")
    with by_ingest.following_ingest(store) as sink:
        summary = ingest([*shipped_cards(), *OWN_CARDS, tmp_path / "corpus" / "cards"], store, workers=2, sink=sink)
    assert summary.count("loaded") > 30
    by_sync = SearchIndex(tmp_path / "by-sync")
    assert by_sync.sync(store).added == summary.count("loaded")

    def contents(index: SearchIndex) -> tuple[list, list]:
        reports = index.db.execute("SELECT * FROM reports ORDER BY report").fetchall()
        facts = index.db.execute("SELECT f.key, f.report, f.iri, f.type, f.text, f.quote, v.hash FROM facts f "
                                 "LEFT JOIN vectors v ON v.id = f.vector ORDER BY f.key").fetchall()
        return reports, facts

    assert contents(by_ingest) == contents(by_sync)
    assert by_ingest.sync(store).changed is False
    for query in ("cost of second opinions", "battery-powered reefer lorries", "regional centre"):
        assert [h.as_dict() for h in by_ingest.search(query)] == [h.as_dict() for h in by_sync.search(query)]


def test_search_over_http_follows_store_writes(tmp_path):
    store = OxigraphStore()
    client = TestClient(create_app(Settings(), store=store))
    assert client.get("/api/search", params={"q": "vaccine storage"}).json()["count"] == 0
    ingest([DATA / "S01-cold-chain.yaml"], store, workers=1)
    body = client.get("/api/search", params={"q": "vaccine storage", "type": "driver"}).json()
    assert body["hits"][0]["text"] == "stricter rules on vaccine storage temperatures"
    store.delete_report("S01-cold-chain")
    assert client.get("/api/search", params={"q": "vaccine storage"}).json()["count"] == 0


def test_full_text_folds_accents_stems_and_ignores_stop_words(tmp_path):
    from kg.search.lexical import LexicalIndex

    index = LexicalIndex(tmp_path / "lexical")
    index.add([("f1", "r1", "trend", "oat milk in cafés", "oat milk in cafés"),
               ("f2", "r1", "driver", "the rise of the cafe culture", "the rise of the cafe culture")])
    index.commit()
    assert {key for key, _ in index.search("Cafe", limit=5)} == {"f1", "f2"}
    assert [key for key, _ in index.search("the oat", limit=5)] == ["f1"]  # "the" matches nothing
    assert index.search("of the", limit=5) == []
    assert [key for key, _ in index.search("rising", limit=5)] == ["f2"]


def test_an_index_written_with_another_analyser_is_rebuilt_from_the_facts(tmp_path, search_store):
    index = SearchIndex(tmp_path / "store.search")
    index.sync(search_store)
    expected = [h.iri for h in index.search("brine", limit=3)]
    del index
    (tmp_path / "store.search" / "lexical.version").write_text("mkg.lexical.v0")  # as an older mkg left it
    reopened = SearchIndex(tmp_path / "store.search")
    assert reopened.sync(search_store).changed is False
    assert [h.iri for h in reopened.search("brine", limit=3)] == expected


# ------------------------------------------------------------------ surfaces


def test_http_search_and_similar_are_in_the_openapi_and_answer(search_store):
    client = TestClient(create_app(Settings(), store=search_store))
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/search" in paths and "/api/similar" in paths
    body = client.get("/api/search", params={"q": "cost of second opinions", "limit": 2}).json()
    assert body["count"] == 2 and body["hits"][0]["iri"] == f"{SEED}/restraint/2"
    assert client.get("/api/search", params={"q": "x", "type": "rumour"}).status_code == 422
    assert client.get("/api/search", params={"q": ""}).status_code == 422
    assert client.get("/api/search", params={"q": "\x1c"}).json()["count"] == 0
    driver = client.get("/api/search", params={"q": "subsidies for electric cars", "type": "driver", "limit": 1}).json()
    similar = client.get("/api/similar", params={"iri": driver["hits"][0]["iri"], "limit": 3}).json()
    assert similar["count"] == 3 and all(h["type"] == "driver" for h in similar["hits"])
    assert client.get("/api/similar", params={"iri": "https://example.org/x"}).status_code == 404


def test_cli_table_and_filters(search_store_path, capsys):
    code, out = run_cli(capsys, "search", "expensive", "--store", str(search_store_path), "--type", "restraint",
                        "--market", "Pet Food", "--limit", "2")
    assert code == 0 and "Premium Pet Food" in out and "(2 hits)" in out
    with pytest.raises(SystemExit) as refused:  # argparse: not one of the types
        main(["search", "x", "--store", str(search_store_path), "--type", "rumour"])
    assert refused.value.code == 2


# ------------------------------------------------------------------ the model, offline


def test_the_model_loads_and_encodes_with_the_network_cut(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    encoder = Encoder(model_path())
    vectors = encoder.encode(["remote consultations", "telemedicine visits", "fertilizer prices"])
    assert vectors.shape == (3, 384)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_a_model_file_that_is_not_the_pinned_one_is_refused(tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not a model")
    with pytest.raises(ModelUnavailable):
        Encoder(fake)
