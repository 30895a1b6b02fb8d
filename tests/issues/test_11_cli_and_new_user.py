"""Issue 11, rows 7 and 9 (the command line), and what a new user ran into."""

from __future__ import annotations

import gc
import re
import traceback
import subprocess
import sys
from pathlib import Path

import pytest

import kg.pipeline
from kg.cli import main
from kg.ingest import ingest
from kg.paths import CARDS_DIR
from kg.queries import QueryCatalog
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]


def _region_rows(store_path: Path, capsys) -> str:
    capsys.readouterr()
    assert main(["query", "players-in-region", "-p", "region=Europe", "--store", str(store_path)]) == 0
    return capsys.readouterr().out


def _inferred_locations(store_path: Path) -> int:
    """The inferences the reasoner writes (an organisation located in each region containing its country).

    players-in-region no longer shows their absence: since linking, it also reads region membership
    from the shared place graphs, so the inferred graph itself is what this test looks at."""
    store = OxigraphStore(store_path)
    try:
        return len(store.query("SELECT ?o WHERE { ?o <https://w3id.org/mkg/ns#locatedIn> ?p }").rows)
    finally:
        del store
        gc.collect()


def test_row_7_inferences_left_stale_by_a_killed_ingest_are_rebuilt_by_the_next_run(tmp_path, monkeypatch, capsys):
    store_path = tmp_path / "store"

    def killed(*_graphs):
        raise KeyboardInterrupt  # as if the ingest were killed after the reports, before the inferences

    with monkeypatch.context() as patch:
        patch.setattr(kg.pipeline, "reason_shared", killed)
        with pytest.raises(KeyboardInterrupt):
            ingest([CARDS_DIR], OxigraphStore(store_path))
    gc.collect()
    assert _inferred_locations(store_path) == 0

    assert main(["ingest", str(CARDS_DIR), "--store", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"\s0\s+1\s+0\s+1\s", out), out  # nothing loaded, one unchanged …
    assert _inferred_locations(store_path) > 0  # … and yet the inferences are back
    assert "(0 rows)" not in _region_rows(store_path, capsys)


def test_row_7_build_if_empty_also_rebuilds_stale_inferences(tmp_path, monkeypatch, capsys):
    store_path = tmp_path / "store"
    with monkeypatch.context() as patch:
        patch.setattr(kg.pipeline, "reason_shared", lambda *_graphs: (_ for _ in ()).throw(KeyboardInterrupt))
        with pytest.raises(KeyboardInterrupt) as killed:
            main(["build", "--store", str(store_path), "--no-reasoning"])
    traceback.clear_frames(killed.tb)  # a killed process holds no store open; this test process would
    del killed
    gc.collect()
    assert main(["build", "--if-empty", "--store", str(store_path)]) == 0, capsys.readouterr().err
    assert "rebuilt" in capsys.readouterr().out
    assert _inferred_locations(store_path) > 0
    assert "(0 rows)" not in _region_rows(store_path, capsys)


@pytest.mark.parametrize("command", ["build", "ingest", "serve"])
def test_row_9_a_store_in_use_is_one_line_and_exit_2(store_path, tmp_path, command):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
                               "print('held', flush=True); sys.stdin.read()", str(tmp_path / "held")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        args = {"build": [], "ingest": [str(CARDS_DIR)], "serve": ["--update-token", "t", "--port", "1"]}[command]
        run = subprocess.run([sys.executable, "-m", "kg.cli", command, *args, "--store", str(tmp_path / "held")],
                             capture_output=True, text=True, timeout=120)
    finally:
        holder.communicate("")
    assert run.returncode == 2, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "in use by another process" in run.stderr


def test_row_9_serve_without_a_token_reads_a_store_another_process_writes(store_path, tmp_path):
    import shutil

    from tests.service.test_serve_cli import _serve

    copy = tmp_path / "store"
    shutil.copytree(store_path, copy)
    writer = OxigraphStore(copy)  # holds the lock, as an ingest would
    process, base = _serve(copy)
    try:
        import httpx

        assert httpx.get(f"{base}/api/queries/growth-rate").json()["count"] >= 1
    finally:
        process.terminate()
        process.wait(10)
        del writer


@pytest.mark.parametrize("value", ["IN", "in", "India", "INDIA", " india "])
def test_country_codes_and_names_in_any_case(value):
    assert QueryCatalog.load()["players-in-country"].bind({"country": value})["country"].value == "IN"


def test_the_openapi_document_says_country_names_and_case_are_accepted(seed_client):
    schema = seed_client.get("/openapi.json").json()
    country = next(p for p in schema["paths"]["/api/queries/players-in-country"]["get"]["parameters"]
                   if p["name"] == "country")
    assert "India" in country["description"] and "case" in country["description"]
    answer = seed_client.get("/api/queries/players-in-country", params={"country": "india"}).json()
    assert answer["params"] == {"country": "india"} and answer["count"] >= 1


def test_source_of_takes_the_short_form_the_tables_show(seed_client, capsys, store_path):
    assert main(["query", "growth-rate", "--store", str(store_path), "-f", "json"]) == 0
    fact = next(b["fact"]["value"] for b in __import__("json").loads(capsys.readouterr().out)["results"]["bindings"]
                if "fact" in b)
    short = fact.replace("https://w3id.org/mkg/id/report/", "report:")
    full = seed_client.get("/api/queries/source-of", params={"fact": fact}).json()
    by_short = seed_client.get("/api/queries/source-of", params={"fact": short}).json()
    assert by_short["count"] == full["count"] >= 1 and by_short["rows"] == full["rows"]


def test_make_serve_installs_only_the_runtime(tmp_path):
    dry = subprocess.run(["make", "-n", "serve", f"VENV={tmp_path}/venv"], cwd=ROOT, capture_output=True, text=True)
    assert dry.returncode == 0, dry.stderr
    installs = [line for line in dry.stdout.splitlines() if "pip install" in line and "-e" in line]
    assert installs and not any("[test" in line or "bench]" in line for line in installs), dry.stdout


def test_the_readme_says_how_to_change_the_port():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make serve PORT=" in readme and "mkg serve --port" in readme
