"""`mkg export`: the dataset as TriG, N-Quads or JSON-LD, and as spreadsheet tables with ISO and Wikidata columns."""

import csv
import io

import pytest
from rdflib import Dataset

from kg.cli import main
from kg.export import export_csv


def read_table(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet programs need to read UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_tables_with_iso_and_wikidata_columns(tmp_path, store_path, capsys):
    out = tmp_path / "tables"
    assert main(["export", "--format", "csv", "--output", str(out), "--store", str(store_path)]) == 0
    assert {p.name for p in out.iterdir()} >= {"organisations.csv", "countries.csv", "regions.csv", "currencies.csv",
                                               "markets.csv", "reports.csv", "conditions.csv", "segments.csv"}
    organisations = {r["name"]: r for r in read_table(out / "organisations.csv")}
    assert organisations["Fortis Healthcare"]["wikidata"] == "Q7810035"
    assert organisations["Fortis Healthcare"]["hq_country_iso2"] == "IN"
    assert organisations["Fortis Healthcare"]["hq_country_iso3"] == "IND"
    assert "Fortis Hospitals Group" in organisations["Fortis Healthcare"]["written_as"]
    assert organisations["University Hospital Tübingen"]["hq_country_iso2"] == "DE"
    assert organisations["Pearl"]["wikidata"] == ""  # none verified, none invented
    countries = {r["iso3166_alpha2"]: r for r in read_table(out / "countries.csv")}
    assert len(countries) >= 249
    assert countries["JP"] | {} == countries["JP"] and countries["JP"]["iso3166_alpha3"] == "JPN"
    assert (countries["JP"]["iso3166_numeric"], countries["JP"]["m49_sub_region"], countries["JP"]["wikidata"]) == (
        "392", "030 Eastern Asia", "Q17")
    regions = {r["name"]: r for r in read_table(out / "regions.csv") if r["kind"] == "report region"}
    assert "JP" in regions["Asia Pacific"]["member_countries"].split() and regions["Asia Pacific"]["aliases"]
    assert regions["North America"]["close_match_m49"] == "003"
    assert {r["iso4217_code"] for r in read_table(out / "currencies.csv")} >= {"USD", "EUR", "JPY", "INR"}


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_rdf_exports_parse_back_whole(tmp_path, store_path, store, fmt):
    out = tmp_path / f"dump.{fmt}"
    assert main(["export", "--format", fmt, "--output", str(out), "--store", str(store_path)]) == 0
    parsed = Dataset().parse(out, format={"jsonld": "json-ld"}.get(fmt, fmt))
    assert sum(1 for _ in parsed.quads()) == len(store)


def test_a_progress_bar_on_a_terminal(tmp_path, store, capsys):
    export_csv(store, tmp_path / "a", show_progress=True)
    assert "8/8" in capsys.readouterr().err
    export_csv(store, tmp_path / "b", show_progress=False)
    assert capsys.readouterr().err == ""


def test_unknown_format_is_a_usage_error(tmp_path, store_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "xlsx", "--store", str(store_path)])
    assert exit_info.value.code == 2
