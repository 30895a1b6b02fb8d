"""Extraction: the styles real report pages use, and the traps that must never become market figures.

Every text here is written for this test, in the style of public press releases.
"""

import json
import subprocess
import sys

import pytest

from kg.cli import main
from kg.extract import extract

from tests.conftest import SEED_TEXT


def values(text):
    return [(v.amount, v.scale, v.currency, v.year) for v in extract(text, "t").values]


def cagrs(text):
    return [(c.percent, c.start, c.end) for c in extract(text, "t").cagr]


def test_every_fact_quotes_the_text_at_its_offsets():
    text = SEED_TEXT.read_text(encoding="utf-8")
    card = extract(text, "seed")
    assert card.span_errors(text) == []


def test_seed_matches_the_curated_card(seed_card):
    card = extract(SEED_TEXT.read_text(encoding="utf-8"), seed_card.id)
    key = lambda c: sorted((v.amount, v.scale, v.currency, v.year, v.kind) for v in c.values)  # noqa: E731
    assert key(card) == key(seed_card)
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(16.3, 2024, 2031)]
    assert sorted(p.name for p in card.players) == sorted(p.name for p in seed_card.players)
    assert sorted((d.date, d.actor) for d in card.developments) == sorted((d.date, d.actor) for d in seed_card.developments)
    claims = {(s.name, s.claim) for s in card.segments if s.claim}
    assert claims == {("cancer", "largest_share"), ("neurological disorders", "fastest_growth"), ("physicians", "largest_share")}
    assert [(r.name, r.claim) for r in card.regions if r.claim] == [("North America", "largest_share")]
    assert (card.publisher, card.forecast_period.start, card.forecast_period.end) == ("Coherent Market Insights", 2024, 2031)


# ---------------------------------------------------------------------- currency and number forms

@pytest.mark.parametrize("text, expected", [
    ("The global drone market was valued at USD 7.12 billion in 2024.", (7.12, "billion", "USD", 2024)),
    ("The market size of robotic surgery reached US$ 6,762.2 Mn in 2023.", (6762.2, "million", "USD", 2023)),
    ("The sensor market was worth USD $98,900 million in 2022.", (98900.0, "million", "USD", 2022)),
    ("The global pet food market size was $46.79 billion in 2023.", (46.79, "billion", "USD", 2023)),
    ("Europe's heat pump market was valued at €7.51 billion in 2024.", (7.51, "billion", "EUR", 2024)),
    ("India's edtech market is estimated at INR 2,500 crore in 2024 and INR 30.5 billion in 2025.", (30.5, "billion", "INR", 2025)),
    ("The plastics market stood at USD 1,087.3 billion in 2023.", (1087.3, "billion", "USD", 2023)),
    ("The global payments market will be worth USD 3.1 trillion by 2030.", (3.1, "trillion", "USD", 2030)),
    ("The lidar market was valued at USD 2.4 Bn in 2023.", (2.4, "billion", "USD", 2023)),
])
def test_currency_forms(text, expected):
    assert expected in values(text)


def test_a_figure_stated_twice_is_one_fact_with_its_year_from_either_mention():
    text = ("The global vaccine market is valued at USD 5.2 billion and will reach USD 9.8 billion. "
            "Market Size in 2024: USD 5.2 billion. Market Size by 2030: USD 9.8 billion.")
    assert sorted(values(text)) == [(5.2, "billion", "USD", 2024), (9.8, "billion", "USD", 2030)]


def test_kind_follows_the_role_of_the_year_not_the_verb():
    text = ("Forecast Period 2025-2032. The global enzyme market is projected to be USD 4.1 billion in 2024, "
            "USD 4.4 billion in 2025 and USD 7.9 billion by 2032.")
    kinds = {v.year: v.kind for v in extract(text, "t").values}
    assert kinds == {2024: "actual", 2025: "estimate", 2032: "forecast"}


# ---------------------------------------------------------------------- CAGR phrasings and periods

@pytest.mark.parametrize("text, expected", [
    ("The market will grow at a compound annual growth rate (CAGR) of 12.3% from 2024 to 2030.", (12.3, 2024, 2030)),
    ("Between 2023 and 2030, the global market (CAGR) remains at 9.5%.", (9.5, 2023, 2030)),
    ("The market is expected to grow at a CAGR of almost 18% during 2024-2029.", (18.0, 2024, 2029)),
    ("The market is set to expand at 7.7 percent CAGR over 2025–2034.", (7.7, 2025, 2034)),
    ("Forecast Period: 2024-2031. The market grows at a CAGR of 6.2%.", (6.2, 2024, 2031)),
])
def test_cagr_phrasings(text, expected):
    assert expected in cagrs(text)


def test_forecast_period_only_in_a_heading_or_table():
    text = ("Report Coverage Details\nBase Year 2023\nForecast Period 2024 to 2032\n\n"
            "The global turbine market was valued at USD 12.5 billion in 2023 and grows at a CAGR of 5.1%.")
    card = extract(text, "t")
    assert (card.forecast_period.start, card.forecast_period.end) == (2024, 2032)
    assert cagrs(text) == [(5.1, 2024, 2032)]
    assert card.values[0].kind == "actual"


def test_through_a_year_with_no_start_year():
    text = "The global yeast market is valued at USD 4.0 billion in 2024 and is set to grow at a CAGR of 8.2% through 2030."
    assert cagrs(text) == [(8.2, None, 2030)]


def test_segment_and_region_cagrs_besides_the_market():
    text = ("The global solar market will grow at a CAGR of 11.2% from 2024 to 2030. "
            "Asia Pacific is expected to register a CAGR of 14.5% from 2024 to 2030. "
            "The residential segment is projected to grow at a CAGR of 12.8% from 2024 to 2030.")
    found = {(c.percent, c.region, c.segment) for c in extract(text, "t").cagr}
    assert found == {(11.2, None, None), (14.5, "Asia Pacific", None), (12.8, None, "residential")}


def test_conflicting_publishers_keep_each_figure():
    text = ("According to Grand View Research, the global insulin market was valued at USD 24.5 billion in 2023. "
            "Another estimate by Precedence Research puts the insulin market at USD 26.1 billion in 2023.")
    assert sorted(values(text)) == [(24.5, "billion", "USD", 2023), (26.1, "billion", "USD", 2023)]


def test_run_on_page_text_and_duplicated_sentences():
    text = ("Published: March 2024PublishedThe global fintech market was valued at USD 226.7 billion in 2023. "
            "The global fintech market was valued at USD 226.7 billion in 2023.")
    assert values(text) == [(226.7, "billion", "USD", 2023)]


# ---------------------------------------------------------------------- dates, players, developments

@pytest.mark.parametrize("sentence, date", [
    ("In October 2023, Medtronic launched a new insulin pump.", "2023-10"),
    ("In January, 2023, Siemens Healthineers acquired a start-up.", "2023-01"),
    ("In Q3 2023, Philips introduced a portable ultrasound system.", "2023"),
    ("On 03/15/2023, Abbott announced a partnership with a university.", "2023-03-15"),
    ("For example, in March 2023, Stryker launched a surgical robot in Europe.", "2023-03"),
])
def test_development_dates(sentence, date):
    devs = extract("Recent developments\n\n" + sentence, "t").developments
    assert [(d.date) for d in devs] == [date]


def test_development_actor_in_a_by_phrase():
    devs = extract("In June 2024, the Zenith glucose monitor was approved by the FDA.", "t").developments
    assert [(d.date, d.actor) for d in devs] == [("2024-06", "FDA")]


def test_players_in_running_prose():
    card = extract("Key players like Medtronic, Abbott Laboratories and Dexcom, Inc. compete on price. "
                   "The market is dominated by Roche.", "t")
    assert sorted(p.name for p in card.players) == ["Abbott Laboratories", "Dexcom, Inc.", "Medtronic", "Roche"]


def test_players_in_a_list_under_a_heading():
    card = extract("Key Companies Profiled\n\n• Acme Robotics\n• Borealis Systems GmbH\n• Cobalt Labs\n\nRecent news", "t")
    assert [p.name for p in card.players] == ["Acme Robotics", "Borealis Systems GmbH", "Cobalt Labs"]


def test_companies_only_as_actors_of_developments_are_players():
    card = extract("In May 2024, Helix Genomics launched a sequencing kit. In July 2024, Nimbus Health opened a lab.", "t")
    assert sorted(p.name for p in card.players) == ["Helix Genomics", "Nimbus Health"]


def test_segments_in_prose_with_share_statements():
    card = extract("By application, the market is segmented into diagnostics, therapeutics and research. "
                   "The diagnostics segment commanded a 53.5% share in 2023, while research is expected to grow fastest.", "t")
    segments = {s.name: (s.dimension, s.claim) for s in card.segments}
    assert segments["diagnostics"] == ("Application", "largest_share")
    assert segments["research"] == ("Application", "fastest_growth")
    assert "therapeutics" in segments


# ---------------------------------------------------------------------- traps: never values or CAGRs

@pytest.mark.parametrize("text", [
    "The global XYZ market is expected to reach USD XX million by 2030, growing at a CAGR of XX%.",
    "Assuming the market is approximately $500 billion in 2024, a 5% share would be large.",
    "The market is expected to grow by US$165 billion between 2024 and 2028.",
    "The market size could range from €1.5 billion to €2.5 billion in 2024; let's assume €2 billion for the market.",
    "About 76 million patients in 2023 used the market's telehealth services.",
    "In 2023, Acme raised $120 million in a Series C funding round to expand in the market.",
    "The company will invest USD 2 billion in 2025 to expand its market presence.",
    "Buy the market report now for $ 4000 (single user licence).",
    "Acme reported revenue of USD 3.4 billion in fiscal 2023, strengthening its market position.",
    "The market processed transactions worth USD 9 trillion in 2023.",
    "In 2023, Stripe was valued at USD 50 billion.",
    "Apple reached a market capitalization of USD 3 trillion in 2023.",
])
def test_traps_are_not_market_values(text):
    assert values(text) == []


def test_single_year_growth_is_not_a_cagr():
    text = "The market grew 8.5% in 2023 compared with 2022, and revenue rose 12% year-over-year."
    assert cagrs(text) == []


def test_product_names_and_headquarters_are_not_players_or_regions():
    card = extract("Payment apps such as PhonePe and Paytm are popular in India. "
                   "Key players include Razorpay (Bengaluru, India) and Stripe. "
                   "Geographies covered: North America, Europe.", "t")
    assert sorted(p.name for p in card.players) == ["Razorpay", "Stripe"]
    assert sorted(r.name for r in card.regions) == ["Europe", "North America"]


# ---------------------------------------------------------------------- the command line

def test_cli_extract_writes_a_card_that_validates(tmp_path):
    out = tmp_path / "seed.json"
    assert main(["extract", str(SEED_TEXT), "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert {"market", "values", "cagr", "segments", "regions", "players", "developments"} <= set(data)
    assert main(["validate", "--no-reasoning", str(out)]) == 0


def test_cli_extract_reads_stdin_and_rejects_empty_input():
    run = subprocess.run([sys.executable, "-m", "kg.cli", "extract", "-"], input="The global kelp market was valued at "
                         "USD 1.2 billion in 2023.", capture_output=True, text=True)
    assert run.returncode == 0 and json.loads(run.stdout)["values"][0]["amount"] == 1.2
    empty = subprocess.run([sys.executable, "-m", "kg.cli", "extract", "-"], input="  ", capture_output=True, text=True)
    assert empty.returncode == 2 and "empty" in empty.stderr


def test_ingest_accepts_report_texts(tmp_path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "seed.txt").write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["ingest", str(texts), "--store", str(tmp_path / "store")]) == 0
    assert "1          0          0          1" in capsys.readouterr().out


def test_snapshot_table_style_with_title_period_and_region_claims():
    text = ("Widget Market Size & Share Analysis - Growth Trends & Forecasts (2025 - 2030)\n\n"
            "Market Size (2025) USD 3.2 Billion\nMarket Size (2030) USD 7.9 Billion\nCAGR (2025 - 2030) 19.6%\n"
            "Fastest Growing Market Asia Pacific\nLargest Market North America\n\n"
            "The market grew 9% in 2024 compared with the previous year.")
    card = extract(text, "t")
    assert sorted((v.amount, v.year, v.kind) for v in card.values) == [(3.2, 2025, "estimate"), (7.9, 2030, "forecast")]
    assert cagrs(text) == [(19.6, 2025, 2030)]
    assert {(r.name, r.claim) for r in card.regions} == {("Asia Pacific", "fastest_growth"), ("North America", "largest_share")}


def test_a_text_without_market_figures_gets_none():
    text = ("Edge AI chips: what to watch. Vendors such as Nvidia and Qualcomm ship new parts every year. "
            "The market is growing quickly, though analysts disagree on its size. In March 2025, Hailo launched an accelerator.")
    card = extract(text, "t")
    assert card.values == [] and card.cagr == []
    assert sorted(p.name for p in card.players) == ["Hailo", "Nvidia", "Qualcomm"]


def test_segment_and_region_figures_keep_their_subject():
    text = ("The global dental market was valued at USD 30 billion in 2023. The hospital segment accounted for "
            "USD 12.5 billion in 2023, and North America generated USD 11.2 billion in 2023.")
    found = [(v.amount, v.segment, v.region) for v in extract(text, "t").values]
    assert found == [(30.0, None, None), (12.5, "hospital", None), (11.2, None, "North America")]


def test_segments_listed_in_running_prose_and_led_with_share_amid_boilerplate():
    text = ("Applications include imaging, monitoring and surgery. The imaging segment led with a 41% share in 2023. "
            "Subscribe to our newsletter. Request a free sample. Copyright 2024 All rights reserved.")
    card = extract(text, "t")
    assert [(s.name, s.claim) for s in card.segments] == [("imaging", "largest_share"), ("monitoring", None), ("surgery", None)]
    assert card.values == [] and card.drivers == [] and card.trends == []


def test_a_cagr_without_years_takes_the_period_of_the_figures_it_links():
    text = ("The global market size was valued at USD 11.51 billion in 2023 and is projected to grow from "
            "USD 12.63 billion in 2024 to USD 25.47 billion by 2032, exhibiting a CAGR of 9.2% during the forecast period.")
    assert cagrs(text) == [(9.2, 2024, 2032)]
    assert [v.kind for v in extract(text, "t").values] == ["actual", "estimate", "forecast"]


def test_currency_written_after_the_amount():
    text = "The global robotics market was worth 1.5 billion USD in 2023 and will hit 3.2 billion US dollars by 2030."
    assert values(text) == [(1.5, "billion", "USD", 2023), (3.2, "billion", "USD", 2030)]


def test_a_company_segment_figure_is_not_a_market_value():
    assert values("Siemens Healthineers' imaging segment generated revenue of USD 5 billion in 2023, a market leader.") == []
    assert values("North America's market was valued at USD 3 billion in 2023.") == [(3.0, "billion", "USD", 2023)]


@pytest.mark.parametrize("sentence, expected", [
    ("Prominent companies in the market include Abbott, Roche, and Siemens Healthineers.", ["Abbott", "Roche", "Siemens Healthineers"]),
    ("The major players in the industry are IBM, Microsoft, and Google.", ["Google", "IBM", "Microsoft"]),
])
def test_more_player_phrasings(sentence, expected):
    assert sorted(p.name for p in extract(sentence, "t").players) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Medtronic launched the MiniMed 780G system in the U.S. in April 2023.", [("2023-04", "Medtronic")]),
    ("June 2023: Siemens Healthineers introduced a photon-counting CT scanner.", [("2023-06", "Siemens Healthineers")]),
    ("In September 2022, the company announced a new plant in Texas.", []),
])
def test_more_development_phrasings(sentence, expected):
    assert [(d.date, d.actor) for d in extract(sentence, "t").developments] == expected
