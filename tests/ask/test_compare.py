"""Issue 16: publishers compared on one market (``mkg compare``, ``GET /api/markets/{id}/compare``).

The two press releases of tests/data/compare/ (fictitious publishers, our own text) are ingested as texts:
Northwind states USD 0.82 billion for 2024 and an 11.4 % CAGR for 2024–2032; Bluefield states EUR 1.21
billion for 2023 and an 11.1 % CAGR for 2023–2030. Their 2024 figures in USD disagree; their CAGRs do not.
"""

from __future__ import annotations

import pytest

from kg.cli import main
from kg.compare import DEFAULT_TOLERANCE, Rates, compare_market

MARKET = "smart-beehive-monitoring"


def _by_publisher(body: dict) -> dict[str, dict]:
    return {column["publisher"]: column for column in body["columns"]}


def test_cli_puts_the_publishers_side_by_side_with_one_disagreement(ask_store_path, capsys):
    assert main(["compare", "Smart Beehive Monitoring", "--store", str(ask_store_path)]) == 0
    out = capsys.readouterr().out
    assert "Bluefield Insights" in out and "Northwind Market Analytics" in out
    assert "disagreements (1):" in out
    assert "! 2024 market size: Bluefield Insights USD 1.45 billion vs Northwind Market Analytics USD 0.82 billion" in out
    assert "“CAGR of 11.4% during the forecast period 2024-2032”" in out  # each cell's quote is listed
    assert "ECB 2024 annual average rate" in out


def test_http_compares_normalised_figures_and_flags_only_the_value(ask_client):
    response = ask_client.get(f"/api/markets/{MARKET}/compare")
    assert response.status_code == 200
    body = response.json()
    columns = _by_publisher(body)
    assert set(columns) == {"Bluefield Insights", "Northwind Market Analytics"}
    assert body["currency"] == "USD" and body["year"] == 2024 and body["tolerance"] == DEFAULT_TOLERANCE
    northwind, bluefield = columns["Northwind Market Analytics"]["normalised"], columns["Bluefield Insights"]["normalised"]
    # Northwind states its 2024 figure in USD: nothing derived.
    assert not northwind["derived"] and northwind["quote"] == "USD 0.82 billion in 2024"
    # Bluefield's 2024 figure is its own 2023 figure grown by its own CAGR, then converted at the cited rate.
    derived_eur = next(c for c in columns["Bluefield Insights"]["values"] if c["year"] == 2024)
    assert derived_eur["derived"] and derived_eur["currency"] == "EUR"
    assert bluefield["value"] == pytest.approx(derived_eur["units"] * Rates.load().by_year[2024]["USD"], abs=0.01)
    assert bluefield["derived"] and "ECB 2024 annual average" in bluefield["method"]
    assert set(bluefield["source_quotes"]) == {"EUR 1.21 billion in 2023", "CAGR of 11.1% from 2023 to 2030"}
    assert body["rates_source"]["url"].startswith("https://")
    [flag] = body["disagreements"]
    assert flag["kind"] == "value" and flag["difference"] > DEFAULT_TOLERANCE
    # CAGRs with their periods and the segment claims, each with its quote.
    cagrs = {(c["percent"], c["start_year"], c["end_year"]) for col in columns.values() for c in col["cagrs"] if not c["derived"]}
    assert cagrs == {(11.4, 2024, 2032), (11.1, 2023, 2030)}
    assert all(cell["quote"] for col in columns.values() for cell in col["largest"] + col["fastest"] + col["cagrs"]
               if not cell["derived"])
    assert {c["segment"] for c in columns["Bluefield Insights"]["fastest"]} == {"software"}


@pytest.mark.parametrize("params, kinds", [({"tolerance": "5"}, []), ({"cagr_tolerance": "0.1"}, ["cagr", "value"]),
                                           ({"currency": "EUR"}, ["value"]), ({"year": "2040"}, [])])
def test_tolerances_currency_and_year_are_parameters(ask_client, params, kinds):
    body = ask_client.get(f"/api/markets/{MARKET}/compare", params=params).json()
    assert sorted(d["kind"] for d in body["disagreements"]) == kinds
    if "year" in params:
        assert len(body["notes"]) == 2 and all("no figure for 2040" in n for n in body["notes"])


@pytest.mark.parametrize("path, params, status", [
    ("/api/markets/beehives/compare", {}, 404),
    (f"/api/markets/{MARKET}/compare", {"currency": "XYZ"}, 422),
    (f"/api/markets/{MARKET}/compare", {"tolerance": "-1"}, 422),
    (f"/api/markets/{MARKET}/compare", {"year": "20x4"}, 422),
    ("/api/markets/Not%20An%20Id/compare", {}, 422),
])
def test_bad_requests_say_what_is_wrong(ask_client, path, params, status):
    response = ask_client.get(path, params=params)
    assert response.status_code == status and response.json()["detail"]


def test_an_unknown_market_names_the_closest(ask_client, ask_store_path, capsys):
    assert "Smart Beehive Monitoring" in ask_client.get("/api/markets/beehive/compare").json()["detail"]
    assert main(["compare", "bee hives", "--store", str(ask_store_path)]) == 2
    assert "no market 'bee hives'" in capsys.readouterr().err


def test_a_market_with_one_report_has_nothing_to_disagree_with(ask_store):
    comparison = compare_market(ask_store, "Global Medical Second Opinion Market")
    assert [c.publisher for c in comparison.columns] == ["Coherent Market Insights"]
    assert comparison.disagreements == [] and comparison.columns[0].normalised.value == 7.12e9


def test_the_named_query_returns_every_report_of_the_market(ask_client):
    body = ask_client.get("/api/queries/compare-market", params={"market": f"id:market/{MARKET}"}).json()
    assert {row["publisher"] for row in body["rows"]} == {"Bluefield Insights", "Northwind Market Analytics"}


def test_asking_to_compare_runs_the_compare_query(ask_store):
    from kg.ask import ask

    answer = ask("Which publishers disagree on the smart beehive monitoring market?", ask_store)
    assert answer.answered and answer.query == "compare-market"
    assert answer.params == {"market": f"https://w3id.org/mkg/id/market/{MARKET}"}
