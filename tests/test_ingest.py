"""`mkg ingest`: many reports, each loaded whole or rejected whole, idempotent, and safe against a crash."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import iri
from kg.build import build
from kg.card import ReportCard
from kg.cli import main
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from gen_corpus import generate  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("corpus")
    invalid = generate(60, out, seed=11)
    return out / "cards", invalid


def report_ids(store_path: Path) -> list[str]:
    store = OxigraphStore(store_path, read_only=True)
    return store.reports()


def graph_sizes(store_path: Path) -> dict[str, int]:
    store = OxigraphStore(store_path, read_only=True)
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    return {r["g"].value: int(r["n"].value) for r in rows}


def _cagr_over_100(card: dict) -> None:
    card["cagr"][0]["percent"] = 161.3


def _value_after_the_forecast(card: dict) -> None:
    card["values"][1]["year"] = 2060


def copy_cards(cards: Path, invalid: list[str], tmp_path: Path, count: int, broken: dict) -> tuple[Path, list[str]]:
    """A copy of ``count`` valid cards, those at the positions ``broken`` names made invalid by its function in a way
    SHACL names; returns the dir and the ids."""
    target = tmp_path / "cards"
    target.mkdir()
    chosen = [p for p in sorted(cards.glob("*.json")) if p.stem not in invalid][:count]
    for i, path in enumerate(chosen):
        data = json.loads(path.read_text())
        if i in broken:
            broken[i](data)
        (target / path.name).write_text(json.dumps(data))
    return target, [p.stem for p in chosen]


def break_two(cards: Path, invalid: list[str], tmp_path: Path) -> tuple[Path, list[str]]:
    """A copy of six valid cards, the first two made invalid in ways SHACL names; returns the dir and the ids."""
    return copy_cards(cards, invalid, tmp_path, 6, {0: _cagr_over_100, 1: _value_after_the_forecast})


def test_invalid_reports_are_rejected_whole_and_named(corpus, tmp_path, capsys):
    cards, ids = break_two(*corpus, tmp_path)
    store_path = tmp_path / "store"
    assert main(["ingest", str(cards), "--store", str(store_path), "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert "REJECTED" in captured.err and ids[0] in captured.err and ids[1] in captured.err
    assert "A CAGR must be a percentage no greater than 100" in captured.err
    assert "Forecast figure for 2060 lies outside the forecast period" in captured.err
    assert "4          0          2          6" in captured.out  # loaded, unchanged, rejected, total
    assert report_ids(store_path) == ids[2:]
    assert not {str(iri.report_graph(i)) for i in ids[:2]} & set(graph_sizes(store_path))


def test_one_invalid_report_in_a_load_batch_is_rejected_alone_with_its_shacl_report(corpus, tmp_path):
    """Through the worker processes, a dozen reports land in one bulk load: the one invalid report among them is
    rejected with its own SHACL report, and only the eleven valid ones are loaded, all in that one load."""
    from kg.ingest import ingest

    target, ids = copy_cards(*corpus, tmp_path, 12, {5: _cagr_over_100})
    store = OxigraphStore(tmp_path / "store")
    loads: list[list[str]] = []
    replace_reports = store.replace_reports
    store.replace_reports = lambda reports: (loads.append([i for i, _ in reports]), replace_reports(reports))[1]
    summary = ingest([target], store, workers=2)
    assert [(o.report_id, o.status) for o in summary.rejected] == [(ids[5], "rejected")]
    problem = summary.rejected[0].problem
    assert "does NOT conform" in problem and "A CAGR must be a percentage no greater than 100" in problem
    assert ids[5] in problem and problem.count("[Violation]") == 1
    assert loads == [ids[:5] + ids[6:]]
    assert store.reports() == sorted(ids[:5] + ids[6:])


def test_the_store_is_compacted_once_after_an_ingest_that_loaded_a_large_share_of_its_reports(corpus, tmp_path, capsys):
    """Bulk loads leave the store in many overlapping files: an ingest that loaded a tenth or more of the store's reports
    compacts it once at its end (``Store.optimize``); one that loaded nothing, a few reports into a larger store, or was
    told not to, leaves it (compaction rewrites the whole store)."""
    from kg.ingest import ingest

    cards, ids = copy_cards(*corpus, tmp_path, 12, {})
    store = OxigraphStore(tmp_path / "store")
    compactions: list[int] = []
    optimize = store.optimize
    store.optimize = lambda: (compactions.append(len(store.reports())), optimize())[1]
    summary = ingest([cards], store, workers=1)
    assert compactions == [12] and summary.seconds["optimize"] > 0
    ingest([cards], store, workers=1)  # every report unchanged
    assert compactions == [12]

    def change(*which: int) -> None:
        for i in which:
            data = json.loads((cards / f"{ids[i]}.json").read_text())
            data["drivers"] = data["drivers"][:1] if len(data["drivers"]) > 1 else [*data["drivers"], "Changed demand"]
            (cards / f"{ids[i]}.json").write_text(json.dumps(data))

    change(0)  # one report in twelve: less than a tenth
    summary = ingest([cards], store, workers=1)
    assert summary.count("loaded") == 1 and compactions == [12] and not summary.seconds["optimize"]
    change(1, 2)  # two in twelve
    assert ingest([cards], store, workers=1).count("loaded") == 2
    assert compactions == [12, 12]
    change(3, 4)
    assert ingest([cards], store, workers=1, optimize=False).count("loaded") == 2
    assert compactions == [12, 12]
    del store
    capsys.readouterr()
    assert main(["ingest", str(cards), "--store", str(tmp_path / "cli"), "--no-optimize"]) == 0
    assert "store compacted" not in capsys.readouterr().out
    assert main(["ingest", str(cards), "--store", str(tmp_path / "cli-compacted")]) == 0
    assert "store compacted in" in capsys.readouterr().out
    assert report_ids(tmp_path / "cli-compacted") == sorted(ids)


def test_reingest_is_idempotent_and_replaces_a_changed_report(corpus, tmp_path, capsys):
    cards, invalid = corpus
    store_path = tmp_path / "store"
    assert main(["ingest", str(cards), "--store", str(store_path)]) == (1 if invalid else 0)
    first = graph_sizes(store_path)
    assert sorted(report_ids(store_path)) == sorted(p.stem for p in cards.glob("*.json") if p.stem not in invalid)
    capsys.readouterr()
    main(["ingest", str(cards), "--store", str(store_path)])
    assert f"{0:>10} {60 - len(invalid):>10} {len(invalid):>10}" in capsys.readouterr().out
    assert graph_sizes(store_path) == first
    # Shared entities keep one IRI across reports: one node for a player named in many reports.
    store = OxigraphStore(store_path, read_only=True)
    mentions = store.query("""SELECT (COUNT(DISTINCT ?g) AS ?n) (COUNT(DISTINCT ?org) AS ?orgs) WHERE {
        GRAPH ?g { ?role <https://w3id.org/mkg/ns#player> ?org ; <https://w3id.org/mkg/ns#nameAsWritten> "Mayo Clinic" } }""").rows
    assert int(mentions[0]["n"].value) > 1 and int(mentions[0]["orgs"].value) == 1
    del store
    changed = cards.parent / "changed"
    changed.mkdir()
    valid = next(p.stem for p in sorted(cards.glob("*.json")) if p.stem not in invalid)
    data = json.loads((cards / f"{valid}.json").read_text())
    data["drivers"] = data["drivers"][:1]
    (changed / f"{valid}.json").write_text(json.dumps(data))
    assert main(["ingest", str(changed), "--store", str(store_path)]) == 0
    after = graph_sizes(store_path)
    assert after[str(iri.report_graph(valid))] < first[str(iri.report_graph(valid))]


def test_an_ingest_killed_midway_leaves_every_report_whole_and_can_be_rerun(tmp_path):
    cards = tmp_path / "corpus"
    invalid = generate(600, cards, seed=5)
    store_path = tmp_path / "store"
    command = [sys.executable, "-m", "kg.cli", "ingest", str(cards / "cards"), "--store", str(store_path), "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    # Kill once some reports are in but well before the end: as soon as a reader sees the first ones
    # (reports are written in large batches, so the kill may land in the middle of writing the next).
    def reports_visible() -> bool:
        try:
            return (store_path / "CURRENT").exists() and bool(report_ids(store_path))
        except (OSError, RuntimeError):  # opened while the writer swapped files: look again
            return False

    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        if reports_visible():
            break
    assert process.poll() is None, "the ingest finished before it could be killed: make the corpus larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    partial = graph_sizes(store_path)
    loaded = [g for g in partial if iri.report_id_of_graph(g)]
    assert 0 < len(loaded) < 600 - len(invalid)
    for graph in loaded:  # each report present is whole: exactly the graph a fresh build gives
        report_id = iri.report_id_of_graph(graph)
        built = build(ReportCard.from_file(cards / "cards" / f"{report_id}.json"))
        assert partial[graph] == len(built.graph(iri.report_graph(report_id))), report_id
    rerun = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert rerun.returncode == (1 if invalid else 0), rerun.stderr[-2000:]
    final = graph_sizes(store_path)
    assert len([g for g in final if iri.report_id_of_graph(g)]) == 600 - len(invalid)
    assert all(final[g] == partial[g] for g in loaded)
    # The search index the killed run was writing is repaired too: it holds every report, nothing left to sync.
    from kg.search import SearchIndex

    index = SearchIndex(Path(f"{store_path}.search"))
    assert index.sync(OxigraphStore(store_path, read_only=True)).changed is False
    assert len(index.indexed_digests()) == 600 - len(invalid) and len(index.lexical) == len(index)


def test_a_card_beside_its_text_is_ingested_once(tmp_path, capsys):
    from kg.paths import CARDS_DIR

    assert main(["ingest", str(CARDS_DIR), "--store", str(tmp_path / "store")]) == 0
    assert "1          0          0          1" in capsys.readouterr().out
