"""Schemathesis against a live server: no 5xx, responses and statuses as the OpenAPI document says."""

import subprocess
import sys
from pathlib import Path

import pytest

from kg.settings import Settings
from service.app import create_app
from tests.live import serving

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.mark.skipif(not SCHEMATHESIS.exists(), reason="schemathesis is not installed (pip install '.[test]')")
def test_openapi_document_holds_under_fuzzing(store):
    with serving(create_app(Settings(), store=store)) as base:
        # schemathesis.toml at the project root says which checks apply to the SPARQL operations.
        run = subprocess.run([str(SCHEMATHESIS), "run", f"{base}/openapi.json", "--max-examples", "25",
                              "--seed", "1", "--no-color"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    summary = run.stdout[-3000:]
    assert run.returncode == 0, summary
    assert " passed" in summary and "failures" not in summary.split("SUMMARY")[-1], summary
