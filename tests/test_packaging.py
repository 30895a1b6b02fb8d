"""A built wheel (not only the editable install) carries the ontology, queries, cards and linking data."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True)
    [path] = out.glob("mkg-*.whl")
    return path


def test_wheel_contains_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("ontology/mkg.ttl", "ontology/shapes.ttl", "ontology/context.jsonld",
                     "ontology/reportcard.schema.json", "queries/players-in-country.rq", "kg/data/linking.yaml",
                     "kg/data/report-regions.yaml", "kg/data/m49-regions.yaml", "kg/data/link-overrides.yaml",
                     "kg/link/places.py", "kg/cards/000_67218fe0b33be073.yaml", "kg/cards/000_67218fe0b33be073.txt",
                     "kg/search/model/tokenizer.json", "service/pages/templates/report.html",
                     "service/static/yasgui/yasgui.min.js", "service/static/chart/chart.umd.min.js",
                     "service/static/mkg/site.css", "service/static/swagger-ui/swagger-ui-bundle.js"):
        assert required in names, required


def test_installed_wheel_finds_its_resources_outside_the_source_tree(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    probe = ("import kg.paths, kg.queries, kg.pipeline;"
             "assert str(kg.paths.ONTOLOGY_DIR).startswith(%r), kg.paths.ONTOLOGY_DIR;"
             "print(len(kg.queries.QueryCatalog.load()), len(kg.pipeline.shipped_cards()))" % str(target))
    env_path = f"{target}"
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    count, cards = map(int, done.stdout.split())
    assert count >= 13 and cards == 1
