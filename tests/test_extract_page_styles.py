"""Extraction on the shapes real report pages take: lists in prose, bullets, coverage tables, claims in clauses.

Every text here is written for this test in the styles of public report pages (no third-party text).
"""

import re

import pytest

from kg.extract import extract


def names(text):
    return [p.name for p in extract(text, "t").players]


def names_of(card):
    return {p.name for p in card.players}


def test_thirty_upper_case_names_with_spaces_before_commas():
    companies = [f"ALPHA{i} CORP." for i in range(1, 16)] + [f"BETA{i} S.P.A." for i in range(1, 16)]
    text = "The major players in the widget market are " + " , ".join(companies) + " ."
    assert names(text) == companies


def test_providers_with_countries_and_etc():
    card = extract("The market has providers such as Acme Robotics (USA), Borealis Systems (USA), Cobalt Labs (Israel), "
                   "etc. Demand grows.", "t")
    assert [(p.name, p.country) for p in card.players] == [
        ("Acme Robotics", "USA"), ("Borealis Systems", "USA"), ("Cobalt Labs", "Israel")]
    assert card.regions == []  # a company's home is not a report region


def test_a_mix_of_giants_and_companies_named_in_analysis():
    text = ("The competitive landscape is a mix of global giants like Deere & Company, CNH Industrial N.V. and "
            "Kubota Corporation. Capacity expansions at POSCO and Nippon Steel Corporation target electrical steel.")
    assert names(text) == ["Deere & Company", "CNH Industrial N.V.", "Kubota Corporation", "POSCO", "Nippon Steel Corporation"]


def test_one_company_once_and_initials_kept():
    text = ("Key players include ABB Ltd, A. O. Smith Corporation and Daikin Industries, Ltd. In March 2024, ABB "
            "launched a drive. A. O. Smith Corporation expanded its plant.")
    assert names(text) == ["ABB Ltd", "A. O. Smith Corporation", "Daikin Industries, Ltd."]


def test_developments_as_bullets_two_in_one_sentence_and_a_country_beside_the_actor():
    text = ("Recent Developments\n"
            "• In January 2024, Vanderlande Industries B.V., Netherlands, expanded its Veghel plant.\n"
            "• Jun 2024 - Symbotic Inc. introduced a new storage structure.\n"
            "In July 2024, ABB expanded its partnership with an operator, and in September 2024 Daikin Industries, "
            "Ltd. acquired an air-handler maker. On 12 May 2024, Hitachi Rail Ltd signed a contract.")
    card = extract(text, "t")
    assert [(d.date, d.actor) for d in card.developments] == [
        ("2024-09", "Daikin Industries, Ltd."), ("2024-07", "ABB"), ("2024-06", "Symbotic Inc."),
        ("2024-05-12", "Hitachi Rail Ltd"), ("2024-01", "Vanderlande Industries B.V.")]
    vanderlande = next(p for p in card.players if p.name.startswith("Vanderlande"))
    assert (vanderlande.country, vanderlande.country_span.quote) == ("Netherlands", "Netherlands")


def test_segments_from_a_coverage_line_a_label_list_and_clauses():
    text = ("Segments Covered: By Product (Sensors, Actuators), By End User (Hospitals, Clinics and Others)\n\n"
            "By Location: Onshore, Offshore\n\n"
            "By type, the market is segmented into hardware, software and services. Hardware held the largest share "
            "in 2024, while the software segment is expected to grow the fastest.")
    found = {(s.name, s.claim) for s in extract(text, "t").segments}
    assert found == {("Sensors", None), ("Actuators", None), ("Hospitals", None), ("Clinics", None), ("Onshore", None),
                     ("Offshore", None), ("hardware", "largest_share"), ("software", "fastest_growth"), ("services", None)}


def test_a_clause_fragment_is_never_a_segment_and_claims_stay_with_their_subject():
    text = ("By deployment, the market is segmented into cloud and on-premise. The cloud segment accounted for 61% "
            "of revenue, while the hybrid deployments are niche, whereas the on-premise segment is growing fastest.")
    found = {(s.name, s.claim) for s in extract(text, "t").segments}
    # (61% of revenue is more than half: the largest share)
    assert ("on-premise", "fastest_growth") in found and ("cloud", "largest_share") in found
    assert not any(name.startswith(("while", "whereas")) for name, _ in found)


def test_regions_in_prose_with_their_claims():
    text = ("North America dominated the market with a 38% share in 2024. Asia Pacific is expected to grow fastest, "
            "led by China and India. In Europe, Germany, France, and the UK are major contributors.")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert found == {("North America", "largest_share"), ("Asia Pacific", "fastest_growth"), ("China", "major_contributor"),
                     # "In Europe, …" frames the countries that contribute; Europe itself gets no claim
                     ("India", "major_contributor"), ("Europe", None), ("Germany", "major_contributor"),
                     ("France", "major_contributor"), ("UK", "major_contributor")}


def test_the_market_is_not_named_after_the_publisher():
    card = extract("According to Meridian Market Insights, the global Industrial Robotics Market was valued at USD "
                   "16.8 billion in 2024.", "t")
    assert (card.market, card.publisher) == ("Industrial Robotics", "Meridian Market Insights")


def test_figures_only_in_a_snapshot_table_with_placeholders_beside_them():
    text = ("Home > Reports > Sports Nutrition\nGet the full report\n"
            "| Market Size 2024 | USD 48.7 Billion |\n| Market Size 2032 | USD 89.1 Billion |\n"
            "| CAGR (2025-2032) | 8.2% |\n| Latin America share | XX% |\n| Segment value | USD XX million |")
    card = extract(text, "t")
    assert [(v.amount, v.year) for v in card.values] == [(48.7, 2024), (89.1, 2032)]
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(8.2, 2025, 2032)]


def test_a_flattened_year_table_keeps_each_row_subject():
    text = ("Widget Market Regional Revenue (USD Billion)\n"
            "Region 2022 2023 2024 North America 10.5 11.2 12.1 Europe 8.1 8.4 8.9 Asia Pacific 6.3 7.0 7.8")
    values = {(v.region, v.year, v.amount) for v in extract(text, "t").values}
    assert ("Europe", 2023, 8.4) in values and ("Asia Pacific", 2024, 7.8) in values and len(values) == 9


def test_a_country_after_a_legal_form_and_before_and_stays_with_its_company():
    card = extract("Key players include FANUC Corporation (Japan), Rockwell Automation, Inc. (U.S.) and ABB Ltd "
                   "(Switzerland).", "t")
    assert [(p.name, p.country) for p in card.players] == [
        ("FANUC Corporation", "Japan"), ("Rockwell Automation, Inc.", "U.S."), ("ABB Ltd", "Switzerland")]


def segments(text):
    return [(s.dimension, s.name, s.claim) for s in extract(text, "t").segments]


HEAD = "The global widget market was valued at USD 2.1 billion in 2024.\n\n"


def test_segments_as_bullets_with_their_notes_under_a_by_line():
    text = HEAD + "By component:\n• Hardware: 45% share in 2024\n• Software: fastest growing\n• Services\n"
    assert segments(text) == [("Component", "Hardware", None), ("Component", "Software", "fastest_growth"),
                              ("Component", "Services", None)]


def test_segments_as_headings_over_their_paragraphs():
    text = HEAD + ("Hardware Segment\nThe hardware segment held the largest share in 2024.\n\n"
                   "Software Segment\nSoftware is expected to grow fastest.\n")
    assert segments(text) == [("Unspecified", "Hardware", "largest_share"), ("Unspecified", "Software", "fastest_growth")]


def test_a_nested_outline_of_dimensions_and_segments():
    text = HEAD + "Market Segmentation\n• By Product\n  ◦ CPAP devices\n  ◦ Masks\n• By End User\n  ◦ Hospitals\n  ◦ Home care\n"
    assert segments(text) == [("Product", "CPAP devices", None), ("Product", "Masks", None),
                              ("End User", "Hospitals", None), ("End User", "Home care", None)]


def test_segment_types_the_report_covers_in_prose():
    text = HEAD + "Product types covered in the report include hardware, software and services. Hardware dominated with a 45% share."
    assert segments(text) == [("Unspecified", "hardware", "largest_share"), ("Unspecified", "software", None),
                              ("Unspecified", "services", None)]


def test_a_regional_market_by_its_regions_inside_the_country():
    text = ("The Germany e-bike market was valued at EUR 7.1 billion in 2024. Bavaria held the largest share, while "
            "North Rhine-Westphalia is the fastest-growing region. Northern Germany trails.")
    regions = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert {("Bavaria", "largest_share"), ("North Rhine-Westphalia", "fastest_growth")} <= regions


def test_money_in_any_iso_currency():
    card = extract("The Korean market was valued at KRW 5.2 trillion in 2024 and will reach ₩8.1 trillion by 2030; "
                   "the Indonesian market stood at Rp 14.5 trillion in 2024.", "t")
    assert [(v.amount, v.currency, v.scale, v.year) for v in card.values] == [
        (5.2, "KRW", "trillion", 2024), (14.5, "IDR", "trillion", 2024), (8.1, "KRW", "trillion", 2030)]


def values(text):
    return [(v.amount, v.currency, v.year, v.region) for v in extract(text, "t").values]


def test_a_snapshot_row_keeps_its_market_values_beside_licence_prices():
    text = ("Report Snapshot\nMetric | Details | Market Value 2024 | EUR 2.18 Bn | Market Value 2031 | EUR 3.02 Bn | "
            "Corporate licence | EUR 4,900\n")
    assert values(text) == [(2.18, "EUR", 2024, None), (3.02, "EUR", 2031, None)]


def test_what_buyers_spend_is_the_market_but_a_budget_is_not():
    assert values("Canadians spent CAD 2.7 billion on board games in 2024, and the figure should reach CAD 3.9 "
                  "billion by 2030.") == [(2.7, "CAD", 2024, None), (3.9, "CAD", 2030, None)]
    assert values("The government spent CAD 2.7 billion on the games market programme in 2024.") == []


def test_the_year_after_a_converted_amount_that_year_and_a_parenthesised_list():
    assert values("The Thai durian market reached THB 41.5 billion (about USD 1.2 billion) in 2024.")[0] == \
        (41.5, "THB", 2024, None)
    assert values("Exports led the market in 2023, and the domestic market was worth THB 9.4 billion that year.") == \
        [(9.4, "THB", 2023, None)]
    assert values("Spain (EUR 1.2 billion), Italy (EUR 0.9 billion) and Portugal (EUR 0.3 billion) were the largest "
                  "national markets in 2024.") == [(1.2, "EUR", 2024, "Spain"), (0.9, "EUR", 2024, "Italy"),
                                                   (0.3, "EUR", 2024, "Portugal")]


def test_segmented_by_a_dimension_into_items_and_sub_segments_in_parentheses():
    text = HEAD + ("The market is segmented by component into pumps, valves and drives, and sensors. Pumps held the largest "
                   "share, 44.0% of revenue in 2024.\n\nBy Product Type:\n- Dry Systems (hoppers, conveyors, silos)\n"
                   "- Wet Systems (tanks, mixers)\n")
    found = segments(text)
    assert ("Component", "pumps", "largest_share") in found and ("Component", "valves and drives", None) in found
    assert {("Product Type", name, None) for name in ("Dry Systems", "hoppers", "silos", "Wet Systems", "mixers")} <= set(found)


def test_segment_headings_under_a_by_heading_with_their_paragraphs():
    text = HEAD + ("By Technology\n\nThermal drying\nThermal drying accounted for the largest share in 2024.\n\n"
                   "Solar drying\nSolar drying is used on small farms.\n\nBy Application\nFruit leads demand.\n")
    found = segments(text)
    assert ("Technology", "Thermal drying", "largest_share") in found and ("Technology", "Solar drying", None) in found


def test_a_share_of_the_market_names_its_segment():
    text = HEAD + "Hard cider made up about 61% of the market last year, by far the largest share."
    assert ("Unspecified", "Hard cider", "largest_share") in segments(text)


def developments(text):
    return [(d.date, d.actor) for d in extract(text, "t").developments]


def test_a_companys_name_may_start_with_the_and_an_announced_plan_shares_the_date():
    text = ("Demand for kayaks grows.\nIn May 2025, The Paddle Works Company opened a plant in Perth, and Lakeside Boats "
            "said it would add a second shift.")
    assert set(developments(text)) == {("2025-05", "The Paddle Works Company"), ("2025-05", "Lakeside Boats")}


def test_the_same_year_is_a_year_and_a_year_dash_line_is_dated():
    text = ("Recent developments\n- In June 2024, Acme Corp. won a tender, and in the same year Beta Ltd. opened a lab.\n"
            "- 2023 – Gamma Foods completed its new dairy.\n")
    assert set(developments(text)) == {("2024-06", "Acme Corp."), ("2024", "Beta Ltd."), ("2023", "Gamma Foods")}


def test_a_segment_sentence_is_no_development():
    assert developments("White wine accounted for 41% of market value in 2024, the largest share.") == []


def test_players_under_a_label_heading_and_in_a_table_cell():
    assert names("Key Players:\n• Acme Corp.\n• Zürcher Robotics\n• Beta Systems Inc.\n") == [
        "Acme Corp.", "Zürcher Robotics", "Beta Systems Inc."]
    assert names("Metric | Details | Base Year | 2024 | Key Companies | Acme SAS; Borel Frères; Castel Group | "
                 "Licence | EUR 3,000\n") == ["Acme SAS", "Borel Frères", "Castel Group"]


def test_indian_scales_become_the_cards_international_scale_and_company_income_is_no_value():
    card = extract("The India drip irrigation market was valued at INR 4,850 crore in 2024 and is set to reach "
                   "Rs 1.1 lakh crore by 2034.", "t")
    assert [(v.amount, v.scale, v.currency, v.year, v.span.quote) for v in card.values] == [
        (48.5, "billion", "INR", 2024, "INR 4,850 crore in 2024"), (1.1, "trillion", "INR", 2034, "Rs 1.1 lakh crore by 2034")]
    assert values("In the drip irrigation market, Jain Irrigation reported total income of INR 5,600 crore in 2024.") == []


def test_a_years_figure_stated_before_the_amount_and_a_place_as_the_subject():
    assert values("Europe accounted for the largest share, 41.0%, in 2024, with the U.S. market alone worth "
                  "USD 2.2 billion.") == [(2.2, "USD", 2024, "United States")]
    assert values("The kayak market will reach USD 3.1 billion by 2031, a CAGR of 6.1% over 2025-2031, with the 2025 "
                  "market estimated at USD 2.2 billion.") == [(2.2, "USD", 2025, None), (3.1, "USD", 2031, None)]
    assert values("Canada alone accounted for CAD 1.9 billion in 2024.") == [(1.9, "CAD", 2024, "Canada")]


def test_deal_prices_and_auction_prices_are_no_market_values():
    assert values("In the watch market, in March 2025 Acme Corp. bought a rival for USD 750 million.") == []
    assert values("In the watch market, prices fell 3% in 2024, and a rare piece sold for CHF 4.1 million at auction.") == []


def test_a_segments_cagr_without_a_period_is_over_the_headline_period():
    card = extract("The kayak market reached USD 2.0 billion in 2024 and is set to grow at a CAGR of 6.0% during "
                   "2025-2032. Sit-on-top kayaks held the largest share, while inflatable kayaks are forecast to grow at "
                   "the fastest CAGR of 9.1%.", "t")
    assert sorted((c.percent, c.start, c.end) for c in card.cagr) == [(6.0, 2025, 2032), (9.1, 2025, 2032)]


def test_lower_case_brands_and_announced_plans_are_dated_developments():
    text = ("Recent developments\n• In May 2024, abc-biotech said it would build a plant in Ghent.\n"
            "• In 2023, vaxcorp Holding AG opened a lab, while Plenty Feeds Inc. closed one.\n")
    assert ("2024-05", "abc-biotech") in developments(text) and ("2023", "vaxcorp Holding AG") in developments(text)
    assert not any(actor.startswith("while") for _, actor in developments(text))


def test_a_country_markets_own_country_is_its_scope_not_a_region():
    card = extract("France Organic Cider Market Report\n\nThe France organic cider market was valued at EUR 0.4 billion "
                   "in 2024. France is the largest producer; Normandy held the largest share, while Brittany is the "
                   "fastest-growing region.", "t")
    assert card.geography_scope == "France" and card.geography_scope_span.quote == "France"
    assert [r.name for r in card.regions] == ["Normandy", "Brittany"]


def test_a_subsidy_in_another_clause_does_not_hide_the_markets_figure_and_fiscal_years_lead():
    assert values("In FY2025, the market is estimated at Rs 9,100 crore, as more farms applied for drip subsidies.") == [
        (91.0, "INR", 2025, None)]
    assert values("In 2024 the state allocated INR 2,000 crore in subsidies to the irrigation market.") == []


def test_a_year_table_with_a_currency_sign_and_estimate_marks():
    text = ("The matcha market stood at ¥90.0 billion in 2024.\n\nMatcha Market (¥ billion)\n"
            "Year | 2024 | 2026e | 2030f\nMarket value | 90.0 | 101.2 | 122.4\nGrowth (%) | 4.1 | 5.9 | 5.0\n")
    assert values(text) == [(90.0, "JPY", 2024, None), (101.2, "JPY", 2026, None), (122.4, "JPY", 2030, None)]


def test_parts_of_the_years_total_and_a_segments_sales():
    assert values("Of the 2024 total, sea freight accounted for USD 3.1 billion and air freight for USD 1.2 billion.") == [
        (3.1, "USD", 2024, None), (1.2, "USD", 2024, None)]
    assert values("Online sales reached EUR 310 million in 2024.") == [(310.0, "EUR", 2024, None)]
    assert values("Acme Corp., whose total revenue reached USD 6.1 billion in 2024, expanded.") == []


def test_a_table_cell_marked_as_an_estimate_keeps_its_year():
    assert values("Market Size 2024 | USD 1.50 Bn | Market Size 2025 (E) | USD 1.61 Bn | CAGR (2025-2032) | 6.1%") == [
        (1.5, "USD", 2024, None), (1.61, "USD", 2025, None)]


def test_a_company_table_gives_names_and_home_countries():
    text = ("Competitive landscape\n\nCompany | Headquarters | Main segments\nAcme Inverters Co., Ltd. | China | String\n"
            "Borel Power GmbH | Germany | Central\n\nOutlook\nDemand grows.")
    assert [(p.name, p.country) for p in extract(text, "t").players] == [
        ("Acme Inverters Co., Ltd.", "China"), ("Borel Power GmbH", "Germany")]


def test_a_name_ends_at_its_legal_form_and_a_brand_in_parentheses_is_a_note():
    assert names("The major players are Havells India Ltd. , V-Guard Industries Ltd. and S. K. Electro Systems Pvt. Ltd. "
                 "Waaree Energies reported strong sales.") == [
        "Havells India Ltd.", "V-Guard Industries Ltd.", "S. K. Electro Systems Pvt. Ltd."]
    assert names("Companies profiled:\n• Hochland SE (Simply V)\n• Happy Cheeze GmbH\n\nRecent moves\n• In 2024, X did.") == [
        "Hochland SE", "Happy Cheeze GmbH"]


def test_a_camel_case_brand_is_not_a_sentence_break():
    assert "LinkedIn Corporation" in names("Key companies include Coursera Inc., LinkedIn Corporation and Adobe Inc.")


def test_developments_said_in_a_month_a_which_clause_a_descriptor_and_a_while_clause():
    text = ("Acme AG said in June 2024 that it would open a lab in Lyon. Borel, which moved its hosting to Riyadh in "
            "August 2024, said demand is strong. In October 2024, Pune-based start-up Cobalt Labs raised INR 9 crore. "
            "In April 2024 Delta Corp opened an office while Epsilon Systems launched a sensor in July 2024.")
    assert {("2024-06", "Acme AG"), ("2024-08", "Borel"), ("2024-10", "Cobalt Labs"), ("2024-04", "Delta Corp"),
            ("2024-07", "Epsilon Systems")} <= set(developments(text))


def test_segment_names_that_are_no_segments():
    text = HEAD + ("Labels clash with the very consumers the category targets. Align Technology held the largest share. "
                   "What segment held the largest share? The Kanto region segment led. By solution, the study tracks "
                   "asset discovery, intrusion detection and secure remote access.\nKey players include Align Technology.")
    found = {name for _, name, _ in segments(text)}
    assert found == {"asset discovery", "intrusion detection", "secure remote access"}


def test_prefectures_are_regions_and_trade_partners_are_not():
    card = extract("The Japan tea market was valued at JPY 420 billion in 2024. The Kanto region held the largest share, "
                   "and Kanagawa, Saitama and Chiba prefectures add strong demand. Shops rotate leaves imported from "
                   "Kenya, India and Sri Lanka.", "t")
    names_ = {r.name for r in card.regions}
    assert {"Kanto region", "Kanagawa", "Saitama", "Chiba"} <= names_ and not names_ & {"Kenya", "India", "Sri Lanka"}


def test_a_list_glued_to_the_sentence_before_and_to_the_heading_after():
    text = ("Foam makers process it into insulation.DowNova, Acme SE, Beta Kasei Corporation, Gamma Holdings B.V., "
            "Delta AG and Epsilon S.A.Polyvinyl Chloride, Polypropylene, Polyethylene")
    assert names(text) == ["DowNova", "Acme SE", "Beta Kasei Corporation", "Gamma Holdings B.V.", "Delta AG", "Epsilon S.A."]


def test_pty_limited_does_not_end_a_sentence():
    text = ("For instance, In August, 2023, Acme Corporation and its subsidiaries, Acme Australia Pty. Limited and "
            "Acme USA Inc., acquired the Sandy brands.")
    assert developments(text) == [("2023-08", "Acme Corporation")]


def test_size_bands_are_segments_and_pronouns_are_not():
    text = HEAD + ("By power rating, the 21-100 kW class held the largest share in 2024, while it is growing fastest in "
                   "Asia. Coverage: End User Vertical (IT and Telecom, BFSI, Manufacturing).")
    found = segments(text)
    assert ("Power Rating", "21-100 kW", "largest_share") in found
    assert "IT and Telecom" in {name for _, name, _ in found} and "it" not in {name for _, name, _ in found}


def test_tables_whose_market_row_or_column_names_its_unit():
    across = ("The Austria hemp market grew quickly.\n\nIndicator | 2024 | 2025E | 2030F\n"
              "Market size, EUR million | 86.2 | 92.5 | 131.0\nFlower share, % | 71.4 | 68.9 | 60.2\n")
    assert [(v.amount, v.currency, v.scale, v.year) for v in extract(across, "t").values] == [
        (86.2, "EUR", "million", 2024), (92.5, "EUR", "million", 2025), (131.0, "EUR", "million", 2030)]
    down = ("Lens Market, 2023-2030 (RMB billion)\nYear          Market Size          YoY Change\n"
            "2023          19.3                 9.7%\n2025E         23.6                 10.3%\n")
    assert [(v.amount, v.currency, v.year) for v in extract(down, "t").values] == [(19.3, "CNY", 2023), (23.6, "CNY", 2025)]


def test_a_year_earlier_the_same_year_in_the_sentence_before_and_an_equivalent():
    assert values("Sales of the widget market totalled A$48.6 million in 2024, up from an estimated A$41.4 million a "
                  "year earlier.") == [(41.4, "AUD", 2023, None), (48.6, "AUD", 2024, None)]
    assert values("The widget market generated A$46.2 million in 2024. Victoria's market was worth A$15.8 million in "
                  "the same year.")[-1] == (15.8, "AUD", 2024, "Victoria")
    assert (1.3, "USD", 2024, None) in values("The widget market generated VND 32.5 trillion in revenue in 2024, "
                                             "equivalent to about US$1.3 billion.")
    assert values("The widget market is worth USD 8.7 billion in 2025, so the category added more than USD 700 "
                  "million in a year.") == [(8.7, "USD", 2025, None)]


def test_a_dateline_before_the_leading_year_and_upper_case_legal_names():
    assert values("BERLIN, May 6, 2025 /EINPresswire/ -- In 2024, the German hemp market reached a valuation of "
                  "€86.2 million, up 39% on 2023.") == [(86.2, "EUR", 2024, None)]
    assert names("Key companies operating in the market include:\n• CANOPY GROWTH CORPORATION\n• DEMECAN GMBH\n"
                 "• Bausch + Lomb Corporation\n") == ["CANOPY GROWTH CORPORATION", "DEMECAN GMBH", "Bausch + Lomb Corporation"]


def test_one_company_written_again_longer_or_shorter_and_an_and_inside_a_name():
    text = ("Key players in the market include Honeywell, Claroty Ltd. and Dragos, Inc. Major players are HONEYWELL "
            "INTERNATIONAL INC. , SIEMENS AG , ABB LTD . The competitive landscape features champions: PT Paragon Technology and Innovation, PT Martina Berto "
            "Tbk and Wardah Beauty.\nProfiled companies:\n• Rain Bird Australia Pty Ltd\n• Kao Corporation\n• Kao USA Inc.\n"
            "\nRain Bird and Toro Co. lead sales.")
    found = names(text)
    assert "HONEYWELL INTERNATIONAL INC." not in found and "Honeywell" in found
    assert {"PT Paragon Technology and Innovation", "PT Martina Berto Tbk", "Kao Corporation", "Kao USA Inc.",
            "Rain Bird Australia Pty Ltd"} <= set(found) and "Rain Bird" not in found


def test_segments_ahead_of_covered_lists_lower_case_dimensions_and_labelled_bullets():
    text = HEAD + ("By usage, daily disposable lenses accounted for 47.8% of sales, ahead of bi-weekly, monthly and annual "
                   "lenses. By distribution channel, optical stores, clinics and online platforms are covered; "
                   "e-commerce is the fastest-growing channel. The firm slices the market by orbit (LEO, MEO and GEO), "
                   "and by band (Ku-band, Ka-band).\n• Vehicle type: electric scooters accounted for 81.4% of revenue.\n"
                   "Sales come from entities (firms, sole traders and partnerships) that build.")
    found = {name: (dim, claim) for dim, name, claim in segments(text)}
    assert {"bi-weekly", "monthly", "annual lenses", "optical stores", "clinics", "LEO", "MEO", "GEO", "Ku-band",
            "Ka-band", "electric scooters"} <= set(found)
    assert found["LEO"][0] == "Orbit" and found["electric scooters"][0] == "Vehicle Type"
    assert "sole traders" not in found


def test_chinas_provinces_and_englands_nations():
    card = extract("The China tea market was valued at CNY 9.1 billion in 2024. East China, led by Shanghai, Jiangsu and "
                   "Zhejiang, held the largest share, and Sichuan is the fastest-growing province.", "t")
    assert {"Shanghai", "Jiangsu", "Zhejiang", "Sichuan"} <= {r.name for r in card.regions}
    card = extract("The UK tea market was valued at GBP 1.1 billion in 2024. England accounts for the largest share, "
                   "while Scotland is the fastest-growing nation.", "t")
    assert {("England", "largest_share"), ("Scotland", "fastest_growth")} <= {(r.name, r.claim) for r in card.regions}


def test_what_a_company_reports_is_no_market_value():
    assert values("In the cyber insurance market, Beazley reported cyber gross written premiums of USD 1.2 billion for "
                  "2024.") == []
    assert values("The market recorded growth, and the cyber insurance market was valued at USD 16.3 billion in 2024.") == [
        (16.3, "USD", 2024, None)]


def test_column_tables_of_one_years_market_figures_and_year_tables_with_a_cagr_column():
    spaced = ("The enzyme market grew.\n\nRevenue by region\nRegion              2024 revenue (USD bn)     CAGR 2025-2033\n"
              "Europe              2.60                      5.4%\nNorth America       2.31                      5.9%\n")
    assert values(spaced) == [(2.6, "USD", 2024, "Europe"), (2.31, "USD", 2024, "North America")]
    local = ("Country snapshot\nCountry        Market value 2024        Share of volume\n"
             "India          INR 12,400 crore         46%\nJapan          JPY 58 billion           8%\n")
    assert values(local) == [(124.0, "INR", 2024, "India"), (58.0, "JPY", 2024, "Japan")]
    across = ("Crane rental revenue by country (USD million)\nCountry | 2024 | 2025E | 2030F | CAGR 2025-2030\n"
              "Saudi Arabia | 712 | 781 | 1,207 | 9.1%\nQatar | 96 | 88 | 145 | 10.5%\n")
    assert [(a, y) for a, _, y, _ in values(across)] == [(712.0, 2024), (96.0, 2024), (781.0, 2025), (88.0, 2025),
                                                          (1207.0, 2030), (145.0, 2030)]


def test_a_year_ending_a_list_of_amounts_and_revenue_that_hit():
    assert values("The United States accounted for USD 18.3 billion, Canada for 2.6 billion CAD and Mexico for "
                  "MXN 27.5 billion in 2024.") == [(18.3, "USD", 2024, "United States"), (2.6, "CAD", 2024, "Canada"),
                                                   (27.5, "MXN", 2024, "Mexico")]
    assert values("Rental revenue from tower cranes across the Gulf hit USD 1.43 billion in 2024.") == [
        (1.43, "USD", 2024, None)]


def test_a_cagr_column_in_a_table_spaced_with_runs_of_spaces():
    text = ("Revenue by region\nRegion              2024 revenue (USD bn)     CAGR 2025-2033\n"
            "Europe              2.60                      5.4%\nAsia Pacific        2.05                      8.1%\n")
    assert sorted((c.percent, c.start, c.end, c.region) for c in extract(text, "t").cagr) == [
        (5.4, 2025, 2033, "Europe"), (8.1, 2025, 2033, "Asia Pacific")]


def test_thousands_in_size_bands_month_abbreviations_and_mexican_legal_forms():
    text = HEAD + "By lawn size:\n• Up to 1,000 m²: largest share\n• 1,000-3,000 m²\n• Above 3,000 m²\n"
    assert {name for _, name, _ in segments(text)} == {"Up to 1,000 m²", "1,000-3,000 m²", "Above 3,000 m²"}
    assert developments("On Oct. 14, 2024, Flowers Foods, Inc. added a gluten-free line.") == [("2024-10-14", "Flowers Foods, Inc.")]
    assert names("Companies profiled in the report:\nGRUPO BIMBO, S.A.B. DE C.V.\nARYZTA AG\nJ&J SNACK FOODS CORP.\n"
                 "\nThe market is dominated by Grupo Bimbo and Rich Bakeries.") == [
        "GRUPO BIMBO, S.A.B. DE C.V.", "ARYZTA AG", "J&J SNACK FOODS CORP.", "Rich Bakeries"]


def test_segment_headings_under_segment_analysis_and_abbreviations():
    text = HEAD + ("Segmented by Chemistry (LFP, NMC, Lead-Acid)\n\nSegment analysis\n\nLithium Iron Phosphate (LFP)\n"
                   "LFP cells held about 78% of revenue in 2024, the largest share of any chemistry.\n\nLead-Acid\n"
                   "Lead-acid batteries survive only in off-grid huts.\n\nCapacity\nThe 5-10 kWh band sells most.\n")
    found = {name: (dim, claim) for dim, name, claim in segments(text)}
    assert found["Lithium Iron Phosphate (LFP)"] == ("Chemistry", "largest_share")
    assert "Lead-Acid" in found and "LFP" not in found and "LFP cells" not in found and "Capacity" not in found


# ---------------------------------------------------------------- shapes met in batch 120-129 (own texts)

def _values(text):
    return {(v.amount, v.currency, v.scale, v.year, v.segment, v.region) for v in extract(text, "t").values}


def test_a_table_whose_caption_gives_its_unit_after_a_comma():
    text = ("The global widget market grew quickly.\n"
            "Regional revenue, USD million: Region 2024 2032 North America 412.6 3,604.0 Europe 640.9 3,480.2 "
            "Total 1,053.5 7,084.2\n")
    found = _values(text)
    assert (412.6, "USD", "million", 2024, None, "North America") in found
    assert (3480.2, "USD", "million", 2032, None, "Europe") in found


def test_a_places_possessive_is_its_market_not_a_company():
    text = "The widget market is growing. China's widget revenue reached USD 611.5 million in 2024, two-thirds of Asia."
    assert (611.5, "USD", "million", 2024, None, "China") in _values(text)
    assert _values("The widget market is growing. Acme's widget revenue reached USD 611.5 million in 2024.") == set()


def test_amounts_beside_one_dated_amount_take_its_year_with_their_segment():
    text = ("By type, water-soluble fertilizers earned USD 1.02 billion in 2024, against USD 640 million for "
            "controlled-release fertilizers and USD 455 million for micronutrient fertilizers, in the fertilizer market.")
    found = _values(text)
    assert (640.0, "USD", "million", 2024, "controlled-release fertilizers", None) in found
    assert (455.0, "USD", "million", 2024, "micronutrient fertilizers", None) in found


def test_an_amount_without_a_named_segment_or_in_a_forward_looking_sentence_stays_undated():
    # "will reach" looks ahead: the second amount is not 2024's
    text = "The widget market was worth USD 3.0 billion in 2024 and will reach USD 5.0 billion, analysts say."
    assert {v[0] for v in _values(text)} == {3.0}


def test_a_conversion_in_parentheses_is_the_same_years_figure():
    text = "Widget Market Size (2025): KRW 612.4 billion (USD 452.0 million)\n"
    found = {(v[0], v[1], v[3]) for v in _values(text)}
    assert found == {(612.4, "KRW", 2025), (452.0, "USD", 2025)}


def test_a_table_of_places_with_rows_flattened_by_double_bars_and_its_caption():
    text = ("Regional revenue snapshot (KRW billion, 2025 | CAGR 2026-2033)\n"
            "Region | 2025 | CAGR || Seoul Capital Area | 231.7 | 16.1% || Jeolla | 61.8 | 21.3% || Gangwon | 30.2 | XX%\n")
    card = extract(text, "t")
    assert {(v.amount, v.year, v.region) for v in card.values} >= {(231.7, 2025, "Seoul Capital Area"), (61.8, 2025, "Jeolla")}
    assert {(c.percent, c.start, c.end, c.region) for c in card.cagr} == {
        (16.1, 2026, 2033, "Seoul Capital Area"), (21.3, 2026, 2033, "Jeolla")}
    assert {r.name for r in card.regions} >= {"Seoul Capital Area", "Jeolla", "Gangwon"}
    assert card.segments == []  # places, not segments


def test_this_year_is_the_year_of_the_byline():
    text = ("By Marieke Hoogland | 14 April 2026 | 6 min read\n\n"
            "The cargo-bike market was worth €486 million in 2025, and sales should rise to about €548 million this year.")
    card = extract(text, "t")
    assert str(card.report_date) == "2026-04-14"
    assert {(v.amount, v.year) for v in card.values} == {(486.0, 2025), (548.0, 2026)}


def test_a_companys_own_turnover_is_no_market_value():
    text = ("The cargo-bike market was worth €486 million in 2025. Urban Arrow says its own turnover rose to €93 million "
            "last year, though that figure includes sales beyond the Benelux.")
    assert {v[0] for v in _values(text)} == {486.0}


def test_an_abbreviated_scale_with_its_full_stop_before_the_year():
    card = extract("The research house sizes the water purifier market at Rs. 11,240 Cr. in 2025, the first year.", "t")
    # crore is carried on the international scale the card uses; the quote keeps it as written
    assert [(v.amount, v.currency, v.scale, v.year, v.span.quote) for v in card.values] == [
        (112.4, "INR", "billion", 2025, "Rs. 11,240 Cr. in 2025")]


def test_developments_whose_actor_comes_before_the_date():
    text = ("Specialists are adapting. Virgin Wines rolled out a chat tool in Q4 2024, and The Wine Society opened a "
            "second fulfilment centre on 3 February 2025. At the top end, Berry Bros. & Rudd agreed in March 2025 to "
            "acquire a broker. Elsewhere, Sama opened a centre in Kampala in September 2024, and iMerit launched a "
            "marketplace on 18 November 2024. Innodata said it signed a multi-year contract in the first quarter of 2025. "
            "On 7 January 2025, at CES in Las Vegas, Luminar Technologies demonstrated a lidar. On 17/09/2025 Omnia "
            "Holdings Limited commissioned a plant.\n"
            "- 2026.02 - SK E&S Co., Ltd. began dispensing liquid hydrogen.\n"
            "Korea Gas Corporation (KOGAS) supplies hydrogen. On 4 June 2025, KOGAS signed a supply agreement.\n")
    found = {(d.date, d.actor) for d in extract(text, "t").developments}
    assert found >= {("2025-02-03", "The Wine Society"), ("2025-03", "Berry Bros. & Rudd"), ("2024-09", "Sama"),
                     ("2024-11-18", "iMerit"), ("2025", "Innodata"), ("2025-01-07", "Luminar Technologies"),
                     ("2025-09-17", "Omnia Holdings Limited"), ("2026-02", "SK E&S Co., Ltd."),
                     ("2025-06-04", "Korea Gas Corporation (KOGAS)")}


def test_a_segment_share_led_by_a_by_phrase_is_no_development():
    text = "By service model, SaaS led with 53.5% revenue share in 2024, while PaaS is projected to advance fastest."
    assert extract(text, "t").developments == []


def test_regions_a_page_labels_and_trade_partners_it_does_not():
    text = ("Largest Region: Seoul Capital Area\nFastest-Growing Region: Jeolla\n\n"
            "Most wine is imported, with France, Italy and Spain supplying the majority of bottles. Brazilian exports "
            "earned USD 10 billion, with China and Saudi Arabia among the main buyers.")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert found == {("Seoul Capital Area", "largest_share"), ("Jeolla", "fastest_growth")}


def test_the_parts_of_a_region_in_a_dash_aside_are_not_regions():
    text = ("Regional Analysis\n\nThe Seoul Capital Area - Seoul, Gyeonggi and Incheon - accounts for the largest share "
            "of revenue. Jeolla is the fastest-growing region.")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert ("Seoul", "largest_share") not in found and ("Jeolla", "fastest_growth") in found


def test_segments_from_by_groups_in_one_row_and_units_as_names():
    text = ("Segments Covered | By Technology: Mechanical, Solid-State; By Wavelength: 905 nm, 1550 nm; "
            "By Range: Short & Mid Range, Long Range\n")
    found = {(s.dimension, s.name) for s in extract(text, "t").segments}
    assert found == {("Technology", "Mechanical"), ("Technology", "Solid-State"), ("Wavelength", "905 nm"),
                     ("Wavelength", "1550 nm"), ("Range", "Short & Mid Range"), ("Range", "Long Range")}


def test_headings_over_paragraphs_that_speak_of_them_under_segment_highlights():
    text = ("Segment highlights\n\nReverse osmosis (RO)\nRO purifiers accounted for 58.3% of revenue in 2024.\n\n"
            "Ultraviolet (UV) and ultrafiltration (UF)\nUV and UF models serve cities with soft water.\n\n"
            "Gravity-based purifiers\nNon-electric gravity units remain the entry point.\n")
    assert {s.name for s in extract(text, "t").segments} == {
        "Reverse osmosis (RO)", "Ultraviolet (UV) and ultrafiltration (UF)", "Gravity-based purifiers"}


# ---------------------------------------------------------------- shapes met in batch 130-149 (own texts)

def test_fiscal_years_and_last_years_total():
    text = ("By Aiko Tanaka | 12 May 2025\n\nThe firm estimates that the Japanese CGM market stood at ¥148.5 billion in "
            "fiscal 2024 and will expand at a compound annual rate of 11.6% to reach JPY 286 billion by fiscal 2030. "
            "Real-time CGM systems accounted for ¥101.2 billion of last year's total, the report says.")
    card = extract(text, "t")
    assert {(v.amount, v.year) for v in card.values} == {(148.5, 2024), (286.0, 2030), (101.2, 2024)}
    assert [(c.percent, c.end) for c in card.cagr] == [(11.6, 2030)]


def test_what_buyers_spend_on_a_product_and_a_years_sales_are_the_market():
    text = ("Spending on workwear and uniform textiles in the UK reached GBP 1.46 billion in 2024, according to "
            "figures from Thamesbridge Analytics.")
    assert {(v.amount, v.year) for v in extract(text, "t").values} == {(1.46, 2024)}


def test_places_listed_beside_a_dated_country_figure():
    text = ("Country-level figures show how concentrated the market is: Saudi Arabia generated US$ 4,120.5 Mn in 2024, "
            "the UAE US$ 2,960.3 Mn and Kuwait US$ 880.6 Mn, while Qatar, Oman and Bahrain accounted for the remainder.")
    assert {(v.amount, v.year, v.region) for v in extract(text, "t").values} == {
        (4120.5, 2024, "Saudi Arabia"), (2960.3, 2024, "UAE"), (880.6, 2024, "Kuwait")}


def test_one_figure_in_prose_and_snapshot_is_one_value():
    text = ("In 2024, the global battery mining equipment market was worth US$ 1.87 billion.\n\n"
            "Market Snapshot\nMarket Size in 2024 | US$ 1,874.5 Mn\n")
    values = extract(text, "t").values
    assert [(v.amount, v.scale, v.year) for v in values] == [(1874.5, "million", 2024)]
    assert [s.quote[-16:] for s in values[0].also_stated] == ["US$ 1.87 billion"]


def test_loans_as_the_markets_own_segment_are_no_funding():
    text = ("By loan type, the market is segmented into personal loans and MSME loans. Personal loans accounted for "
            "41.2% of the market in 2024, roughly INR 1,32,000 crore, making them the largest category. "
            "Acme secured a loan of USD 50 million in 2024 for the market.")
    assert {(v.amount, v.scale, v.year) for v in extract(text, "t").values} == {(1.32, "trillion", 2024)}


def test_players_the_study_profiles_in_bullets_and_a_table_of_contents():
    text = ("The study profiles the following companies:\n• DJI\n• XAG Co., Ltd.\n• Rantizo\n• DroneDeploy\n\n"
            "The two Chinese manufacturers lead.\n\n11 COMPANY PROFILES\n11.1 BASF SE\n11.2 Roquette Freres\n"
            "12 APPENDIX\n12.1 Discussion Guide\nTable 10 BASF SE: Company Snapshot\n")
    assert names(text) == ["DJI", "XAG Co., Ltd.", "Rantizo", "DroneDeploy", "BASF SE", "Roquette Freres"]


def test_a_leader_and_the_suppliers_that_follow_it():
    text = ("STMicroelectronics remained the largest supplier of SiC MOSFETs in 2023, the analysts estimate, followed by "
            "Infineon Technologies AG, Wolfspeed and ROHM Co., Ltd. Prices fell.")
    assert set(names(text)) == {"Infineon Technologies AG", "Wolfspeed", "ROHM Co., Ltd.", "STMicroelectronics"}


def test_upper_case_legal_forms_brand_notes_and_an_and_inside_a_name():
    text = ("The study profiles HEIDELBERG MATERIALS AG, HOLCIM (DEUTSCHLAND) GMBH, DYCKERHOFF GMBH, "
            "SCHWENK ZEMENT GMBH & CO. KG and OPTERRA GMBH. The key companies include Mars, Incorporated (US), "
            "Colgate-Palmolive Company (Hill's Pet Nutrition) (US), Zoomlion Heavy Industry Science and Technology "
            "Co., Ltd., and Unicharm Corporation (Japan).")
    assert set(names(text)) == {"HEIDELBERG MATERIALS AG", "HOLCIM (DEUTSCHLAND) GMBH", "DYCKERHOFF GMBH",
                                "SCHWENK ZEMENT GMBH & CO. KG", "OPTERRA GMBH", "Mars, Incorporated",
                                "Colgate-Palmolive Company", "Zoomlion Heavy Industry Science and Technology Co., Ltd.",
                                "Unicharm Corporation"}


def test_a_coverage_breakdown_names_no_regions_but_its_regions_and_labels_do():
    text = ("Regional Analysis: North America (U.S., Canada, Mexico), Europe (Germany, UK, France), Asia Pacific "
            "(China, Japan, India)\n\nLargest Province | Ontario\nFastest Growing Province | British Columbia\n")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert found == {("North America", None), ("Europe", None), ("Asia Pacific", None),
                     ("Ontario", "largest_share"), ("British Columbia", "fastest_growth")}


def test_segments_by_several_dimensions_in_one_sentence():
    text = ("Meridian Quill segments the market by drone type into multi-rotor, fixed-wing and hybrid VTOL, by component "
            "into hardware, software and services, and by application into crop spraying and crop monitoring.")
    found = {(s.dimension, s.name) for s in extract(text, "t").segments}
    assert found == {("Drone Type", "multi-rotor"), ("Drone Type", "fixed-wing"), ("Drone Type", "hybrid VTOL"),
                     ("Component", "hardware"), ("Component", "software"), ("Component", "services"),
                     ("Application", "crop spraying"), ("Application", "crop monitoring")}


def test_segments_from_a_numbered_table_of_contents_on_lines_or_run_together():
    lined = ("5. MARKET SEGMENTATION\n5.1 By Coverage Type\n5.1.1 First-Party Coverage\n5.1.2 Third-Party Liability Coverage\n"
             "5.2 By End-User Industry\n5.2.1 BFSI\n5.2.2 Healthcare\n5.2.3 Other End-User Industries\n5.3 By Province\n"
             "5.3.1 Ontario\n6 COMPETITIVE LANDSCAPE\n")
    run_together = "5 Market Segmentation 5.1 By Type 5.1.1 Water-Soluble Fertilizers 5.1.2 Liquid Fertilizers 5.2 By Crop Type 5.2.1 Field Crops 6 Market Analysis by Country 6.1 Kenya"
    assert {(s.dimension, s.name) for s in extract(lined, "t").segments} == {
        ("Coverage Type", "First-Party Coverage"), ("Coverage Type", "Third-Party Liability Coverage"),
        ("End-User Industry", "BFSI"), ("End-User Industry", "Healthcare")}
    assert {(s.dimension, s.name) for s in extract(run_together, "t").segments} == {
        ("Type", "Water-Soluble Fertilizers"), ("Type", "Liquid Fertilizers"), ("Crop Type", "Field Crops")}


def test_a_regional_market_is_no_segment():
    text = ("By region, the Java pet food market held the largest share in 2024, while the Bali segment grows fastest. "
            "By end user, hospitals still held the largest share.")
    names_found = {s.name for s in extract(text, "t").segments}
    assert "Java pet food market" not in names_found and "hospitals" in names_found


def test_country_scope_rows_compound_regions_and_asia_in_passing():
    text = ("Country Scope | U.S.; Canada; Mexico; Germany; UK; France\n\n"
            "Asia Pacific accounted for the largest share of the market in 2024, and brands have a following in Asia. "
            "London and the South East generate the largest share of orders, while Scotland is the fastest-growing "
            "region.")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert found == {("Asia Pacific", "largest_share"), ("London and the South East", "largest_share"),
                     ("Scotland", "fastest_growth")}


# ---------------------------------------------------------------- shapes met in batch 150-169 (own texts)

def test_related_reports_figures_are_another_markets():
    text = ("The global smart meters market was valued at USD 24.1 billion in 2024.\n\nRelated Reports\n"
            "Smart Grid Sensors Market - expected to reach USD 3.4 billion by 2030\n"
            "Ready-to-Drink Tea Market - projected CAGR of 6.7% from 2025 to 2030\n"
            "Europe Smart Meters Market - USD 6.2 billion in 2024\n")
    card = extract(text, "t")
    assert {(v.amount, v.region) for v in card.values} == {(24.1, None), (6.2, "Europe")}
    assert card.cagr == []


def test_bullets_under_the_reports_highlights_are_about_the_market():
    text = ("Key highlights of the report\n\n- In 2024, passenger handling generated A$1.12 billion, ramp handling "
            "A$0.94 billion and cargo handling A$0.46 billion.\n")
    assert {(v.amount, v.currency, v.year) for v in extract(text, "t").values} == {
        (1.12, "AUD", 2024), (0.94, "AUD", 2024), (0.46, "AUD", 2024)}


def test_from_to_over_the_sentences_own_period_and_the_end_of_the_period():
    text = ("That implies a CAGR of 21.8% in lira terms between 2024 and 2029; in dollar terms the market is forecast "
            "to grow from $225 million to $318 million. The market will grow at a CAGR of 5.2% between 2025 and 2031, "
            "reaching ¥211.9 billion at the end of the period.")
    assert {(v.amount, v.year) for v in extract(text, "t").values} == {(225.0, 2024), (318.0, 2029), (211.9, 2031)}


def test_a_headline_threshold_in_local_dollars_restates_the_precise_figure():
    text = ("Canada's veterinary diagnostics market set to top $1 billion by 2030, report says\n\n"
            "The firm estimates that the Canadian veterinary diagnostics market generated C$612.4 million in 2023 and "
            "forecasts it will reach C$1.03 billion by 2030.")
    values = extract(text, "t").values
    assert [(v.amount, v.currency, v.year) for v in values] == [(612.4, "CAD", 2023), (1.03, "CAD", 2030)]
    assert [s.quote for s in values[1].also_stated] == ["$1 billion by 2030"]


def test_exports_are_no_market_value():
    text = ("The Vietnam frozen seafood market reached VND 61.7 trillion in 2024. Frozen shrimp exports to the "
            "United States earned US$3.9 billion in 2024.")
    assert {(v.amount, v.currency) for v in extract(text, "t").values} == {(61.7, "VND")}


def test_a_pages_own_regional_breakdown_names_its_regions_and_their_claims():
    text = ("The Chile Agricultural Biologicals Market is Segmented by Function (Biocontrol, Biostimulants), and by "
            "Region (O'Higgins, Maule, Valparaíso, Ñuble & Biobío).\n\n"
            "• By region, O'Higgins led with a 28.9% share in 2024; Maule is forecast to be the fastest-growing region.\n")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert found == {("O'Higgins", "largest_share"), ("Maule", "fastest_growth"), ("Valparaíso", None),
                     ("Ñuble & Biobío", None)}


def test_central_european_legal_forms_and_profile_contents_in_a_table_of_contents():
    text = ("Some of the major players include STRYKER CORPORATION, LINET SPOL. S R.O., Iskraemeco d.d. and "
            "BEDMED SURGICAL (PTY) LTD.\n\n12 Company Profiles\n"
            "12.1 ROBERT BOSCH GMBH (Business Overview, Products Offered, Recent Developments, SWOT Analysis)\n"
            "12.2 SHIMANO INC. (Business Overview, Products Offered)\n12.3 NORDIC CELLWORKS OY\n13 Appendix\n")
    assert set(names(text)) == {"STRYKER CORPORATION", "LINET SPOL. S R.O.", "Iskraemeco d.d.", "BEDMED SURGICAL (PTY) LTD.",
                                "ROBERT BOSCH GMBH", "SHIMANO INC.", "NORDIC CELLWORKS OY"}


def test_developments_a_based_descriptor_a_second_subject_and_the_research_house():
    text = ("Tokyo-based Sakura Bridge Analytics published the study this week.\n\n"
            "In March 2024, Aarhus-based Vestas started serial production of 115-metre blades. In June 2024, Siemens "
            "Gamesa delivered its first recyclable blades and LM Wind Power opened a service hub in Esbjerg. "
            "TPI Composites, whose net sales reached US$1.33 billion in 2024, supplies blades. In April 2024, the "
            "Ministry of Health, Labour and Welfare approved a sensor. Sakura Bridge also warned that costs could rise "
            "in 2025.")
    card = extract(text, "t")
    assert card.publisher == "Sakura Bridge Analytics"
    found = {(d.date, d.actor) for d in card.developments}
    assert found >= {("2024-03", "Vestas"), ("2024-06", "Siemens Gamesa"), ("2024-06", "LM Wind Power")}
    assert not {actor for _, actor in found} & {"Welfare", "TPI Composites", "Sakura Bridge", "Aarhus-based Vestas"}


def test_regions_and_dates_are_no_segments_and_by_x_comma_into():
    text = ("The report is segmented by Region (Gauteng, KwaZulu-Natal, Western Cape). By region, Gauteng held the "
            "largest share in 2024.\n\nOn November 18, 2024 the segment was launched. By product type, the market is divided "
            "into behind-the-ear and receiver-in-canal devices; by patient type, into adults and pediatrics.")
    card = extract(text, "t")
    found = {s.name for s in card.segments}
    assert "Gauteng" not in found and "November 18, 2024" not in found
    assert {"adults", "pediatrics"} <= found


def test_developments_after_a_which_clause_with_a_middot_and_no_share_or_people_as_actors():
    text = ("AST SpaceMobile, which wants to connect ordinary smartphones straight to satellites, raised USD 460 million "
            "in a share offering in January 2025. Li-Cycle, which restructured its Rochester hub project during 2024, "
            "agreed in January 2025 to supply black mass.\n- September 2024 · sonnen GmbH connected its first virtual "
            "power plant.\n\nScanners led revenue in 2024. BFSI led the market in 2024. Brazilians bought 212 million "
            "units in 2024.")
    found = {(d.date, d.actor) for d in extract(text, "t").developments}
    assert found >= {("2025-01", "AST SpaceMobile"), ("2025-01", "Li-Cycle"), ("2024-09", "sonnen GmbH")}
    assert not {actor for _, actor in found} & {"Scanners", "BFSI", "Brazilians"}


def test_a_region_named_as_one_when_the_sentence_ranks_it():
    text = ("The Corn Belt accounted for the largest share of treated acres in 2024, while the Mississippi Delta is "
            "the fastest-growing area. Several start-ups in Silicon Valley build the software.")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert found == {("Corn Belt", "largest_share"), ("Mississippi Delta", "fastest_growth")}


def test_developments_in_a_table_with_two_subjects_a_home_country_and_dotted_dates():
    text = ("Date | Company | Development\nMay 2024 | Acme Robotics Inc. | Launched a gripper\n"
            "June 2024 | Beta Labs GmbH | Opened a plant\n\n"
            "Gamma Robotics (US) launched a new gripper in March 2024. Delta Labs and Epsilon AG formed a joint venture "
            "in 2023. On 12.03.2024, Zeta Systems GmbH signed a contract with a railway.")
    found = {(d.date, d.actor) for d in extract(text, "t").developments}
    assert found == {("2024-05", "Acme Robotics Inc."), ("2024-06", "Beta Labs GmbH"), ("2024-03", "Gamma Robotics"),
                     ("2023", "Delta Labs"), ("2024-03-12", "Zeta Systems GmbH")}


def test_developments_with_labels_iso_dates_and_possessive_actors():
    text = ("• 2024-03-15: Acme Robotics launched the X200 gripper.\n"
            "Product launch: Beta Labs introduced the B7 sensor in April 2024.\n"
            "Gamma Systems' launch of the G1 in May 2024 set a benchmark.\n"
            "June 2024 – Partnership: Delta AG partnered with a university.\n")
    assert {(d.date, d.actor) for d in extract(text, "t").developments} == {
        ("2024-03-15", "Acme Robotics"), ("2024-04", "Beta Labs"), ("2024-05", "Gamma Systems"), ("2024-06", "Delta AG")}


def test_a_framing_region_does_not_share_the_claim_and_a_market_in_a_country_with_a_rate_is_a_region():
    assert {(r.name, r.claim) for r in extract(
        "In Europe, Germany accounted for the largest share of the regional market.", "t").regions} == {
        ("Europe", None), ("Germany", "largest_share")}
    assert {r.name for r in extract(
        "The market in Germany is expected to grow at a CAGR of 5.1% through 2030.", "t").regions} == {"Germany"}


def test_a_table_of_contents_country_chapter_and_plants_abroad():
    text = ("Chapter 8. Country Estimates & Trend Analysis\n8.1 Asia Pacific Payroll Software Market Share, by Country, 2024\n"
            "8.2 China\n8.3 Japan\n8.4 Rest of Asia Pacific\n\nChapter 9. Competitive Landscape\n9.1 Acme Corp.\n\n"
            "Fig. 14 China Held the Largest Share of the Asia Pacific Payroll Software Market in 2024\n\n"
            "TPI Composites supplies European turbine makers from its plant in Izmir, Türkiye, and Aeris Energy ships "
            "blades from its factory in Ceará, Brazil, to the market.")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert ("China", "largest_share") in found and ("Japan", None) in found
    assert not {name for name, _ in found} & {"Türkiye", "Brazil", "Rest of Asia Pacific"}


def test_developments_after_a_ticker_a_company_header_a_lead_phrase_and_a_nationality():
    text = ("Acme Robotics (NYSE: ACM) announced in May 2024 that it had acquired Beta Labs.\n\n"
            "Gamma Systems Inc. (US) – In March 2024, the company launched the X200.\n\n"
            "September 2023: In a strategic move, Delta Robotik GmbH acquired a start-up.\n\n"
            "In July 2024, Japanese conglomerate Hitachi, Ltd. agreed to buy Epsilon Labs.")
    assert {(d.date, d.actor) for d in extract(text, "t").developments} == {
        ("2024-05", "Acme Robotics"), ("2024-03", "Gamma Systems Inc."), ("2023-09", "Delta Robotik GmbH"),
        ("2024-07", "Hitachi, Ltd.")}


def test_where_a_company_was_founded_is_no_region():
    assert extract("The company, founded in Sweden in 1998, serves customers in over 40 countries.", "t").regions == []


def test_numbered_developments_in_one_line_one_subject_two_objects_and_the_end_of_a_year():
    text = ("Key developments: 1) Acme Robotics launched the X200 (March 2024); 2) Beta Labs acquired Gamma AG (June 2024).\n\n"
            "Delta Systems launched the D1 in Q3 2024 and the D2 in Q1 2025. At the end of 2023, Epsilon AG opened a plant. "
            "Cumulative installed storage passed 5,900 MWh at the end of 2024.")
    assert {(d.date, d.actor) for d in extract(text, "t").developments} == {
        ("2024-03", "Acme Robotics"), ("2024-06", "Beta Labs"), ("2024", "Delta Systems"), ("2025", "Delta Systems"),
        ("2023", "Epsilon AG")}


def test_a_countrys_market_with_its_rate_is_a_region():
    assert [r.name for r in extract("Canada's market is expected to grow at a CAGR of 6.1% through 2030.", "t").regions] == [
        "Canada"]


def test_segments_among_end_users_outlook_headings_a_segment_that_includes_and_shares_of_the_market():
    text = ("Among end users, hospitals captured the largest share (52%), whereas ambulatory surgical centers are set to "
            "expand at the fastest CAGR.\n\nType Outlook (Revenue, USD Million, 2020-2032)\n- Robotic Arms\n- Grippers\n\n"
            "The software segment includes analytics, planning and monitoring.\n\n"
            "Cobots held 48.2% of the market in 2024, followed by gantries at 27.5%. Among key players, Acme Corp. held "
            "the largest share.")
    found = {(s.name, s.claim) for s in extract(text, "t").segments}
    assert found == {("hospitals", "largest_share"), ("ambulatory surgical centers", "fastest_growth"),
                     ("Robotic Arms", None), ("Grippers", None), ("software", None), ("analytics", None), ("planning", None),
                     ("monitoring", None), ("Cobots", None), ("gantries", None)}


def test_players_holding_a_share_together_and_the_largest_of_many():
    assert names("Acme, Beta and Gamma together control about 60% of the market.") == ["Acme", "Beta", "Gamma"]
    assert names("The market is fragmented, with more than 200 small vendors; the five largest are Acme, Beta, Gamma, "
                 "Delta and Epsilon.") == ["Acme", "Beta", "Gamma", "Delta", "Epsilon"]
    assert names("Hardware and Software together account for 70% of revenue.") == []
    assert names("North America and Europe together account for 60% of the market.") == []


def test_revenue_the_market_recorded_is_the_markets_and_a_company_reporting_is_not():
    assert [(v.amount, v.year) for v in extract("The widget market recorded revenue of €1.2 billion (2024).", "t").values] == [
        (1.2, 2024)]
    assert extract("The widget market grew fast. Beazley reported cyber gross written premiums of USD 1.2 billion for "
                   "2024.", "t").values == []


def test_a_region_with_the_highest_cagr_and_a_key_market():
    text = ("North America held the largest revenue share of 38% in 2024. Asia Pacific is projected to witness the "
            "highest CAGR. Europe will remain a key market.")
    assert {(r.name, r.claim) for r in extract(text, "t").regions} == {
        ("North America", "largest_share"), ("Asia Pacific", "fastest_growth"), ("Europe", "major_contributor")}


def test_nominal_and_passive_events_and_a_lower_case_brand_with_its_country():
    text = ("Key players include Swissport International AG (Switzerland), dnata (UAE) and Menzies Aviation (UK).\n\n"
            "- August 2024 - dnata opened a new cargo terminal at Sydney Airport.\n\n"
            "The acquisition of Beta Labs by Acme Robotics in May 2024 strengthened its portfolio. Gamma Systems was "
            "acquired by Delta Holdings in June 2024.")
    card = extract(text, "t")
    assert "dnata" in [p.name for p in card.players]
    assert {(d.date, d.actor) for d in card.developments} == {
        ("2024-08", "dnata"), ("2024-05", "Acme Robotics"), ("2024-06", "Delta Holdings")}


def test_a_government_or_a_health_department_is_an_actor_but_no_player():
    text = ("In October 2023, the government introduced a grant for heat pumps. In June 2024, the provincial health "
            "department ordered 400 beds.")
    card = extract(text, "t")
    assert {(d.date, d.actor) for d in card.developments} == {
        ("2023-10", "government"), ("2024-06", "provincial health department")}
    assert card.players == []


def test_events_written_as_nouns_a_descriptor_before_the_name_and_common_words_that_are_no_actors():
    text = ("Recent activity includes Kestrel Motion's opening of a service hub in Leeds in April 2025, the USD 80 million "
            "acquisition of a Lyon-based sensor maker by Orvale Systems in September 2024, the March 2024 expansion of "
            "Brightpath's clinic network and the launch by Quillon in October 2024 of a cordless model.\n\n"
            "- November 2024: Munich-based fintech Tallor GmbH raised EUR 45 million in a Series B round.\n\n"
            "Separately, start-up Dune Grid raised USD 20 million in January 2025.\n\n"
            "Surgeons performed 1.2 million procedures in 2024, and surgeons in smaller hospitals now train on simulators.\n\n"
            "- Online: 54.0% share in 2024, supported by marketplace promotions\n\n"
            "In July 2024, i-SENS, Inc. launched a meter in Mexico.")
    assert {(d.date, d.actor) for d in extract(text, "t").developments} == {
        ("2025-04", "Kestrel Motion"), ("2024-09", "Orvale Systems"), ("2024-03", "Brightpath"), ("2024-10", "Quillon"),
        ("2024-11", "Tallor GmbH"), ("2025-01", "Dune Grid"), ("2024-07", "i-SENS, Inc.")}


def test_compass_parts_of_the_pages_country_and_a_place_that_only_locates_a_region():
    text = ("The U.S. heat meter market was valued at USD 1.2 billion in 2024, according to Kestrel Data.\n\n"
            "The South accounted for the largest share of the U.S. market in 2024, while the Northeast is expected to grow "
            "the fastest. The market is analysed across the Northeast, Midwest, South, and West.")
    card = extract(text, "t")
    assert card.geography_scope == "U.S."
    assert {(r.name, r.claim) for r in card.regions} >= {("South", "largest_share"), ("Northeast", "fastest_growth")}
    india = ("India's ready-to-drink tea market grew 14% in 2024. South India held the largest share, while West and "
             "Central India is expected to see the fastest growth.")
    claims = {r.name: r.claim for r in extract(india, "t").regions}
    assert claims.get("West and Central India") == "fastest_growth" and "Central India" not in claims


def test_a_region_inside_another_country_named_in_passing_on_a_global_page_is_no_region():
    text = ("The global drone software market was valued at USD 3.1 billion in 2024 and is expected to reach USD 7.9 "
            "billion by 2030. North America held the largest share, while Asia Pacific will grow the fastest.\n\n"
            "The company, with offices in New York, London and Bengaluru, serves customers across regions.\n\n"
            "Japan's market is led by the Kanto area around Tokyo, which accounted for the largest share of sales.")
    names = {r.name for r in extract(text, "t").regions}
    assert {"North America", "Asia Pacific"} <= names
    assert not names & {"New York", "London", "Bengaluru", "Tokyo"}


def test_a_company_named_industry_is_no_market_and_a_possessive_place_is_the_scope():
    text = ("Japan's dental implant market is on course for steady growth, a report says. Sekisui House, Ltd. and "
            "Daiwa House Industry Co., Ltd. together hold more than a third of the housing segment.")
    card = extract(text, "t")
    assert (card.market, card.geography_scope) == ("dental implant", "Japan")


def test_developments_said_reported_in_a_markdown_table_with_day_month_dates_and_names_with_the():
    text = ("Leaders include IWG plc, WeWork Inc., The Executive Centre and Awfis Space Solutions Ltd.\n\n"
            "- The Executive Centre raised USD 75 million in a Series C round in May 2025.\n"
            "- 05-11-2024: Mindspace, which is headquartered in Tel Aviv, opened its first Munich location.\n\n"
            "In January 2025, Nel ASA said it would slow output. On 3 April 2025, thyssenkrupp nucera AG & Co. KGaA won "
            "a contract. Plug Power Inc. reported that it raised USD 280 million during Q1 2025.\n\n"
            "In a development flagged in the report, Riot Games announced in February 2025 that it would open a program.\n\n"
            "| Date | Company | Development |\n|---|---|---|\n| Jul 2025 | Bachem Holding AG | Opened a new building |\n")
    assert {(d.date, d.actor) for d in extract(text, "t").developments} == {
        ("2025-05", "The Executive Centre"), ("2024", "Mindspace"), ("2025-01", "Nel ASA"),
        ("2025-04-03", "thyssenkrupp nucera AG & Co. KGaA"), ("2025", "Plug Power Inc."), ("2025-02", "Riot Games"),
        ("2025-07", "Bachem Holding AG")}


def test_segments_in_labelled_lines_a_lower_case_coverage_line_a_numbered_outline_and_a_by_line_over_bullets():
    text = ("Market segmentation\nProduct: Rowing Machines (air, magnetic), Strength Equipment, Accessories\n"
            "Distribution channel: Online, Specialty Stores\n\n"
            "Segments covered: product (foam, latex), end use (residential, hospitality).\n\n"
            "SEGMENTATION OUTLINE\n1. By Molecule Type\n   1.1 Aptamers\n   1.2 Antisense Oligonucleotides\n"
            "2. By Application\n   2.1 Therapeutics\n   2.2 Diagnostics\n\n"
            "By end-use industry, the report covers:\n- Power Generation\n- Pulp & Paper\n\n"
            "Table 14: Hainan Rowing Market, 2020-2030 (USD Million)")
    found = {(s.name, s.dimension) for s in extract(text, "t").segments}
    assert found >= {("Rowing Machines", "Product"), ("Strength Equipment", "Product"), ("Online", "Distribution Channel"),
                     ("foam", "Product"), ("hospitality", "End Use"), ("Aptamers", "Molecule Type"),
                     ("Diagnostics", "Application"), ("Pulp & Paper", "End-Use Industry")}
    assert not {name for name, _ in found} & {"air", "magnetic", "Hainan Rowing Market"}


def test_values_that_year_a_conversion_at_the_exchange_rate_siblings_and_transaction_value():
    cases = {
        "The Europe BNPL market, measured by gross transaction value, is expected to expand from EUR 142.7 billion in "
        "2025 to EUR 318.9 billion by 2031.": {(142.7, "EUR", 2025), (318.9, "EUR", 2031)},
        "The can market was worth ₦412.6 billion in 2024, roughly $268 million at the official exchange rate, and will "
        "reach ₦1.02 trillion by 2030.": {(412.6, "NGN", 2024), (268.0, "USD", 2024), (1.02, "NGN", 2030)},
        "The pet insurance market grew. The United Kingdom remained the largest national market, with premiums of "
        "€2.36 billion in 2024, followed by Germany at €1.02 billion.": {(2.36, "EUR", 2024), (1.02, "EUR", 2024)},
        "The membranes market was USD 5.1 billion in 2024.\n\nAsia Pacific held the largest share of global revenue, "
        "41.6%, in 2024. China alone generated an estimated USD 1.08 billion that year.\n\nBy membrane type, reverse "
        "osmosis accounted for the largest revenue share, 38.4%, in 2024, equal to roughly USD 1.97 billion.":
            {(5.1, "USD", 2024), (1.08, "USD", 2024), (1.97, "USD", 2024)},
        "The heat pump market was EUR 14.8 billion in 2024.\n\nWe expect a recovery. Revenue is estimated to reach "
        "EUR 15.9 billion in 2025 and is forecast to climb to EUR 30.2 billion by 2032.":
            {(14.8, "EUR", 2024), (15.9, "EUR", 2025), (30.2, "EUR", 2032)},
    }
    for text, expected in cases.items():
        assert {(v.amount, v.currency, v.year) for v in extract(text, "t").values} == expected, text


def test_segments_covered_rows_analysis_by_headings_capitalised_names_with_verb_words_and_trimmed_examples():
    text = ("Analysis by Packaging:\n- PET Bottles\n- Glass Bottles\n\n"
            "Flavours Covered | Lemon, Peach, Mint\nRegions Covered | North India, South India\n\n"
            "Segmentation covered in the report:\nBy Policy Type: Lifetime Cover, Time-Limited Cover, Accident Only\n"
            "By Animal: Dogs, Cats\n\n"
            "By feedstock, woody biomass such as forestry residues accounted for the largest share of the segment.")
    found = {(s.name, s.dimension) for s in extract(text, "t").segments}
    assert found >= {("PET Bottles", "Packaging"), ("Lemon", "Flavour"), ("Lifetime Cover", "Policy Type"),
                     ("Time-Limited Cover", "Policy Type")}
    names = {name for name, _ in found}
    assert "woody biomass" in names and not names & {"North India", "woody biomass such as forestry residues"}


def test_segments_under_a_contents_chapter_named_by_market_and_bullets_with_notes():
    text = ("Segmentation (Table of Contents excerpt)\n5 Biologics CDMO Market, By Product Type\n5.1 Monoclonal Antibodies\n"
            "5.2 Vaccines\n6 Biologics CDMO Market, By Service\n6.1 Process Development\n6.2 Fill-Finish\n\n"
            "By deployment mode:\n- Cloud (63% of revenue in 2025)\n- On-premises\nBy vertical:\n- BFSI (largest vertical)\n"
            "- Healthcare\n\nBy Application:\n• Residential – the largest application, accounting for over 70% of revenue\n"
            "• Commercial – offices, hotels and retail\n\nIrrigation Type Insights\n"
            "Drip irrigation led in 2024 because it suits high-value crops.\n\nRegional Insights\n"
            "North America led the market in 2024.")
    segments = {s.name: s for s in extract(text, "t").segments}
    assert {"Monoclonal Antibodies", "Fill-Finish", "Cloud", "On-premises", "BFSI", "Residential", "Commercial"} <= set(segments)
    assert segments["Fill-Finish"].dimension == "Service" and segments["BFSI"].claim == "largest_share"
    assert not set(segments) & {"Regional Insights", "Irrigation Type Insights", "the largest application"}


def test_a_month_without_its_year_in_a_dated_article_a_quarter_column_and_events_listed_with_semicolons():
    text = ("Bluefen Research | March 18, 2025\n\nThe non-alcoholic beer market grew. In February, Carlsberg paid €180m for "
            "Vrijdag Brouwerij, and AB InBev said in March that it would convert one of its breweries.\n\n"
            "Recent developments include the February 2025 acquisition of KeyRidge by Okta, Inc. for USD 310 million; "
            "SailPoint Technologies Holdings, Inc. launching a module in March 2025; and more.\n\n"
            "Quarter | Company | Development\nQ2 2025 | Siemens Mobility GmbH | Awarded a contract\n")
    card = extract(text, "t")
    assert {(d.date, d.actor) for d in card.developments} == {
        ("2025-02", "Carlsberg"), ("2025-03", "AB InBev"), ("2025-02", "Okta, Inc."),
        ("2025-03", "SailPoint Technologies Holdings, Inc."), ("2025", "Siemens Mobility GmbH")}
    assert "Development" not in {p.name for p in card.players}


def test_cagr_columns_in_percent_a_headline_rate_and_a_dash_before_an_answer():
    text = ("Clear Aligners Market to Hit USD 36.6 Billion by 2034, Growing at 17.6% CAGR\n\n"
            "The clear aligners market was valued at USD 7.29 billion in 2024. The market is forecast to expand at a CAGR "
            "of 17.6% between 2025 and 2034.\n\nRevenue by Region (USD Million)\nRegion | 2024 | 2032 | CAGR 2025-2032 (%)\n"
            "Europe | 2,215.2 | 5,070.6 | 10.8\nNorth America | 383.4 | 1,050.3 | 13.3\n\n"
            "FAQ\nWhat CAGR is expected? – 9.6% between 2025 and 2032.")
    rates = {(c.percent, c.start, c.end, c.region) for c in extract(text, "t").cagr}
    assert {(17.6, 2025, 2034, None), (10.8, 2025, 2032, "Europe"), (13.3, 2025, 2032, "North America"),
            (9.6, 2025, 2032, None)} <= rates
    assert not {r for r in rates if r[0] < 0 or r[:3] == (17.6, 2024, 2034)}


def test_players_in_cells_after_a_label_profile_lines_with_a_verb_and_seats_after_a_dash():
    text = ("COMPETITIVE LANDSCAPE\nKEY PLAYERS PROFILED: AGILENT TECHNOLOGIES, INC. | NITTO DENKO AVECIA INC. | "
            "LONZA GROUP AG | CORDEN PHARMA\n\nCompany profiles in the report:\nPeloton Interactive Inc. - offers connected "
            "bikes.\nTonal Systems Inc. - offers wall-mounted trainers.\n\nKey companies and headquarters:\n"
            "- Align Technology, Inc. - Tempe, Arizona, U.S.\n- 3M Company - St. Paul, Minnesota, U.S.\n")
    assert [p.name for p in extract(text, "t").players] == [
        "AGILENT TECHNOLOGIES, INC.", "NITTO DENKO AVECIA INC.", "LONZA GROUP AG", "CORDEN PHARMA",
        "Peloton Interactive Inc.", "Tonal Systems Inc.", "Align Technology, Inc.", "3M Company"]


def test_a_companys_own_superlative_is_no_ranking_of_a_region():
    text = ("The flexible workspace market grew in 2024.\n\n- March 14, 2025: IWG plc signed 48 new management agreements in "
            "the United States and Japan, its largest quarterly intake to date.")
    assert not [r for r in extract(text, "t").regions if r.claim == "largest_share"]


def test_developments_with_a_legal_form_after_a_comma_clauses_opened_by_while_a_colon_or_the_same_month():
    text = ("- Cargill, Incorporated agreed in January 2025 to take a stake in an insect-protein producer.\n\n"
            "Among the recent developments, Airwallex closed a USD 300 million round in December 2024, while Convera "
            "partnered with a Japanese bank in October 2024. Mastercard Incorporated on 18 November 2024 launched a "
            "payment link.\n\nApril 2024 - Wärtsilä Corporation - secured an order to retrofit scrubbers.\n\n"
            "Recent moves include Keurig Dr Pepper's agreement in August 2025 to buy a majority stake in a brand.\n\n"
            "- September 2024: HIPRA opened a research centre; the same month, Hester Biosciences Limited signed a deal.\n\n"
            "Investors have followed the players: court-booking app Playtomic raised €56 million in February 2025.")
    assert {(d.date, d.actor) for d in extract(text, "t").developments} == {
        ("2025-01", "Cargill, Incorporated"), ("2024-12", "Airwallex"), ("2024-10", "Convera"),
        ("2024-11-18", "Mastercard Incorporated"), ("2024-04", "Wärtsilä Corporation"), ("2025-08", "Keurig Dr Pepper"),
        ("2024-09", "HIPRA"), ("2024-09", "Hester Biosciences Limited"), ("2025-02", "Playtomic")}


def test_segments_in_groups_parted_by_semicolons_and_chapters_by_a_lower_case_by():
    text = ("Segmentation covered: Product Type (Iced Coffee, Cold Brew); Packaging (Cans, PET Bottles); Region (North "
            "America, Europe)\n\n4. Europe Electric Cargo Bike Market, by Bike Type\n   4.1 Two-wheel (longtail)\n"
            "   4.2 Three-wheel\n5. Market, by Motor Position\n   5.1 Mid-drive\n   5.2 Hub-drive\n")
    found = {(s.name, s.dimension) for s in extract(text, "t").segments}
    assert found >= {("Cold Brew", "Product Type"), ("PET Bottles", "Packaging"), ("Two-wheel (longtail)", "Bike Type"),
                     ("Three-wheel", "Bike Type"), ("Hub-drive", "Motor Position")}
    assert not {name for name, _ in found} & {"Packaging", "Region", "North America"}


def test_players_named_in_prose_by_what_they_are_and_a_subordinate_clause_before_an_actor():
    text = ("The OTC hearing aid market grew in 2024. When Apple received FDA authorization in September 2024 for a "
            "hearing feature, earbuds became hearing aids. Copenhagen-based Demant and its Swiss rival Sonova are watching "
            "reimbursement. Online marketplace Chrono24 said it grew. Seattle-headquartered Starbucks Corporation "
            "continues to anchor demand.\n\nThe France-based research firm Yole Développement forecasts growth. "
            "By Cooling Technique (Room-based Cooling, Row-based Cooling), the market is split; most halls still use "
            "room-level cooling.")
    card = extract(text, "t")
    assert [(d.date, d.actor) for d in card.developments] == [("2024-09", "Apple")]
    names = {p.name for p in card.players}
    assert {"Apple", "Demant", "Sonova", "Chrono24", "Starbucks Corporation"} <= names
    assert not names & {"When Apple", "Yole Développement", "Cooling", "Seattle-headquartered Starbucks Corporation"}


def test_values_of_related_research_lines_unit_metrics_and_an_amount_after_a_dated_one():
    text = ("Marine Scrubber Market Report 2025-2033\n\nThe marine scrubber market was valued at USD 3.2 billion in 2024.\n\n"
            "Market at a glance: At a CAGR of 5.6% from 2025 to 2033, scrubber revenue is forecast to rise from USD 3.2 "
            "billion in 2024 to USD 5.2 billion.\n\n• Average spend per retrofit (2024): USD 1.18 million\n\n"
            "Related research: Ballast Water Treatment Systems Market (USD 4.1 billion by 2030) | LNG Bunkering Market\n\n"
            "Brightwave Media Research sizes worldwide scrubber service spend at $0.9 billion in 2024.")
    assert {(v.amount, v.year) for v in extract(text, "t").values} == {(3.2, 2024), (5.2, 2033), (0.9, 2024)}


def test_a_table_of_fiscal_years_under_a_unit_caption_and_a_faq_answer_naming_players():
    text = ("The domestic advanced wound care market will attain 152.7 billion yen by FY2030.\n\n"
            "Transition of Domestic Advanced Wound Care Market Size\n(Unit: million yen)\n"
            "FY2021 | FY2022 | FY2024 (est.) | FY2030 (fcst.)\n105,240 | 109,930 | 118,600 | 152,700\n\n"
            "Q. Who are the key players?\nA. Bridgestone Corporation, Michelin, Continental AG and Marangoni S.p.A. are "
            "among the leading players.")
    card = extract(text, "t")
    assert {(v.amount, v.scale, v.currency, v.year) for v in card.values} == {
        (105240.0, "million", "JPY", 2021), (109930.0, "million", "JPY", 2022), (118600.0, "million", "JPY", 2024),
        (152.7, "billion", "JPY", 2030)}
    assert "Bridgestone Corporation" in {p.name for p in card.players}


def test_annual_growth_at_a_rate_a_comparison_rate_and_a_name_ending_in_ly():
    text = ("The board games market will grow. Greywater puts annual growth over 2025-2031 at 8.8%, faster than the wider "
            "toys and games category, which it expects to expand at about 3% a year.\n\n"
            "- Preply announced on February 3, 2025 that it would open a hub in Barcelona.")
    card = extract(text, "t")
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(8.8, 2025, 2031)]
    assert [(d.date, d.actor) for d in card.developments] == [("2025-02-03", "Preply")]


def test_a_flattened_year_table_with_a_cagr_column_after_the_years():
    text = ("The tire retreading market was valued at USD 10.27 billion in 2024.\n\n"
            "Tire Retreading Market Revenue, by Region, 2024 and 2034 (USD Billion)\n"
            "Region 2024 2034 CAGR (2025-2034) North America 3.41 4.62 3.1% Europe 2.98 3.86 2.6%\n")
    assert {(v.amount, v.year, v.region) for v in extract(text, "t").values} == {
        (10.27, 2024, None), (3.41, 2024, "North America"), (4.62, 2034, "North America"), (2.98, 2024, "Europe"),
        (3.86, 2034, "Europe")}


def test_spending_on_the_product_and_rates_written_as_annual_increases():
    text = ("Spending on electronic discovery reached $16.4 billion worldwide in 2024, according to a report. Software is "
            "growing much faster, at a projected 13.5% a year through 2030. The market will reach $28.4 billion in 2030, "
            "an average annual increase of 3.8 per cent between 2024 and 2030.")
    card = extract(text, "t")
    assert {(v.amount, v.year) for v in card.values} == {(16.4, 2024), (28.4, 2030)}
    assert {(c.percent, c.start, c.end) for c in card.cagr} == {(13.5, None, 2030), (3.8, 2024, 2030)}


def test_a_note_in_parentheses_after_a_subject_a_seat_of_two_words_and_two_subjects_each_acting():
    text = ("Company profiles:\nAlliance Laundry Systems LLC - Headquarters: Ripon, Wisconsin, U.S. | Brands: Speed Queen\n\n"
            "• Swisslog Healthcare (a KUKA company) signed a contract with a health system on 14 November 2024, while "
            "ScriptPro unveiled a robotic system the same month.\n"
            "• August 2024: Fort Worth, Texas-based Omnicell introduced a cloud-native dispensing service.\n"
            "- GoodWe and Sungrow each unveiled a hybrid platform at Intersolar Europe in June 2024.")
    card = extract(text, "t")
    assert {(d.date, d.actor) for d in card.developments} == {
        ("2024-11-14", "Swisslog Healthcare"), ("2024-11", "ScriptPro"), ("2024-08", "Omnicell"), ("2024-06", "GoodWe"),
        ("2024-06", "Sungrow")}
    assert "Alliance Laundry Systems LLC" in {p.name for p in card.players}


def test_players_named_as_the_largest_of_a_kind_and_after_groups_or_platforms_such_as():
    text = ("The cyber insurance market grew. Chubb, AXA XL, AIG and Beazley are the largest carriers. Large groups such as "
            "Diageo, Pernod Ricard and Brown-Forman have bought labels. Larger platforms such as Greystar and Yugo target "
            "students.")
    assert [p.name for p in extract(text, "t").players] == [
        "Diageo", "Pernod Ricard", "Brown-Forman", "Greystar", "Yugo", "Chubb", "AXA XL", "AIG", "Beazley"]


def test_a_lead_in_naming_the_moves_and_a_companys_issue_as_a_noun():
    text = ("Among the recent moves listed in the report, Xior Student Housing agreed in January 2025 to sell four "
            "properties. Beazley's cyber catastrophe bond issue in January 2024 showed that capital markets take risk.")
    assert {(d.date, d.actor) for d in extract(text, "t").developments} == {
        ("2025-01", "Xior Student Housing"), ("2024-01", "Beazley")}


def test_a_breakup_heading_over_bullets_and_a_company_reporting_its_full_year_revenue():
    text = ("The residential solar inverter market was valued at USD 12.6 billion in 2024. For reference, Enphase reported "
            "full-year 2024 revenue of USD 1.33 billion.\n\nBreakup by End User:\n• Hospital Pharmacies\n• Retail Pharmacies\n")
    card = extract(text, "t")
    assert {(v.amount, v.year) for v in card.values} == {(12.6, 2024)}
    assert {(s.name, s.dimension) for s in card.segments} >= {("Hospital Pharmacies", "End User"), ("Retail Pharmacies", "End User")}


def factors(text):
    card = extract(text, "t")
    return {kind: [f.text for f in getattr(card, kind)] for kind in ("drivers", "restraints", "trends", "opportunities")}


def test_question_headings_over_paragraphs_say_the_kind_of_what_follows_until_the_next_section():
    text = ("What is driving demand\n\n"
            "Yards face a persistent shortage of farriers in rural counties, which leaves owners waiting for weeks.\n\n"
            "What holds the market back?\n\n"
            "Most insurers still exclude hoof care from their policies.\n\n"
            "Segment highlights\n\n"
            "Mobile services remain the core of the business for small yards.\n")
    out = factors(text)
    # "shortage" alone would read as a restraint: under a drivers heading it is what drives demand
    assert out["drivers"] == ["Yards face a persistent shortage of farriers in rural counties, which leaves owners waiting for weeks"]
    assert out["restraints"] == ["Most insurers still exclude hoof care from their policies"]
    assert "Mobile services remain the core of the business for small yards" not in sum(out.values(), [])


def test_an_announced_list_of_risks_and_a_contrast_under_a_heading():
    text = ("Key drivers\n"
            "Retailers are adding chilled shelf space for ready meals.\n"
            "However, high energy costs weigh on the margins of small producers.\n\n"
            "The study flags three risks.\n"
            "Shoppers trade down to private labels when budgets tighten.\n")
    out = factors(text)
    assert out["drivers"] == ["Retailers are adding chilled shelf space for ready meals"]
    assert out["restraints"] == ["However, high energy costs weigh on the margins of small producers",
                                 "Shoppers trade down to private labels when budgets tighten"]


def test_trends_as_the_subject_of_a_sentence_among_the_trends_and_what_companies_are_doing():
    text = ("Oat-based creamers, nitro cold brew on tap and recyclable aluminium cans remain the most visible trends. "
            "Among the trends highlighted in the study are the move of roasting to smaller sites and direct trade with growers. "
            "Grain-free recipes and halal-certified treats are gaining popularity. "
            "Leading brands are shifting toward compostable capsules. "
            "Major strategies adopted by top players include new product launches and acquisitions.")
    assert factors(text)["trends"] == [
        "Oat-based creamers", "nitro cold brew on tap", "recyclable aluminium cans",
        "the move of roasting to smaller sites", "direct trade with growers",
        "Grain-free recipes", "halal-certified treats",
        "Leading brands are shifting toward compostable capsules",
        "new product launches"]  # "acquisitions", one word, is too short to stand alone


def test_continental_amounts_a_forecast_clause_after_and_by_and_rivals_a_company_competes_with():
    card = extract("The domestic market for packaged vinegar reached EUR 1.842,6 million in 2024. "
                   "For this year we expect about €2.1 billion, and by 2031 we see it growing further. "
                   "Acetum S.p.A. still leads in balsamic vinegar, where it competes with Ponti, Mazzetti and De Nigris.", "t")
    assert [(v.amount, v.scale, v.year) for v in card.values] == [(1842.6, "million", 2024)]  # 2.1 has no year of its own
    assert [p.name for p in card.players] == ["Ponti", "Mazzetti", "De Nigris", "Acetum S.p.A."]


def test_a_table_of_shares_by_dimension_and_an_and_inside_parentheses():
    text = ("Table 4: Share by segment, 2024\n"
            "Segment | Share of value\n"
            "Process: Chloride process | 58.4%\n"
            "Process: Sulfate process | 41.6%\n"
            "Grade: Anatase | 14.0%\n"
            "Grade: Rutile | 86.0%\n"
            "Grade: Others | 0.5%\n\n"
            "By product type, the market covers flour, ready-to-cook products (noodles, dosa and idli mixes) and health drinks.\n")
    segments = {(s.dimension, s.name, s.claim) for s in extract(text, "t").segments}
    assert segments == {("Process", "Chloride process", "largest_share"), ("Process", "Sulfate process", None),
                        ("Grade", "Rutile", "largest_share"), ("Grade", "Anatase", None),
                        ("Product", "flour", None), ("Product", "ready-to-cook products", None),
                        ("Product", "health drinks", None)}


def test_a_market_facing_obstacles_announces_restraints_and_what_holds_it_back_restrains():
    out = factors("Still, the market faces obstacles. Embarrassment keeps buyers in rural areas away from branded pads. "
                  "Limited reimbursement in emerging economies also holds back the category.")
    assert out["restraints"] == ["Embarrassment keeps buyers in rural areas away from branded pads",
                                 "Limited reimbursement in emerging economies also holds back the category"]


def test_what_a_growth_is_attributed_to_what_firms_increasingly_do_and_a_product_that_is_ai_driven():
    out = factors("Kestrel attributes the rapid growth to the spread of home offices and cheaper fibre links. "
                  "Builders increasingly use prefabricated timber frames to cut site time. "
                  "The system includes AI-driven features and improved haptic feedback.")
    assert out["drivers"] == ["the spread of home offices", "cheaper fibre links"]
    assert out["trends"] == ["Builders increasingly use prefabricated timber frames to cut site time"]


def test_a_ranking_with_each_items_share_after_followed_by_and_a_subject_with_an_apposition():
    text = ("By grade, premium dark roast remained the first segment with 48,2 % of value in 2024, followed by "
            "\"house blend\" (arabica and robusta) with 30,1 %, single origin with 12,5 % and decaf with 9,2 %. "
            "Decaf, the smallest category, grew fastest in 2024.")
    assert {(s.name, s.claim) for s in extract(text, "t").segments} == {
        ("premium dark roast", "largest_share"), ("house blend", None), ("single origin", None), ("decaf", "fastest_growth")}


def test_segments_named_by_a_share_in_words_and_a_contrasting_clause_of_the_same_kind():
    text = ("Mobile cranes account for the largest slice of rental revenue, but crawler cranes are forecast to expand "
            "fastest, at 6.4% a year. Rackets generate more than half of equipment revenue.")
    assert {(s.name, s.claim) for s in extract(text, "t").segments} == {
        ("Mobile cranes", "largest_share"), ("crawler cranes", "fastest_growth"), ("Rackets", "largest_share")}


def test_players_after_a_described_group_and_including():
    text = "The brands with the biggest padel ranges, including Bullpadel, Adidas, Head, Babolat and Nox, have all expanded production."
    assert names(text) == ["Bullpadel", "Adidas", "Head", "Babolat", "Nox"]


def test_a_place_split_off_a_list_of_causes_is_no_cause():
    out = factors("Demand is driven by data residency rules in Germany and Saudi Arabia, and by edge computing zones.")
    assert out["drivers"] == ["data residency rules in Germany", "edge computing zones"]


def test_companies_as_the_subjects_of_what_leaders_do_but_not_places_people_or_technologies():
    text = ("Orvane and Kelstrom dominate the smelting of circuit-board scrap in Europe, while Tamura Holdings and "
            "Feyd lead in Japan. Brightloop Services and Caspar Recycling Inc. are the largest collectors in the United "
            "States. Gauteng and the Northeast lead the country's demand. AMR still dominates in installed units, and "
            "two-wheelers are common. Two-wheelers dominate city cores. Ilse Marten leads the metals practice at "
            "Halvard Insights.")
    assert names(text) == ["Orvane", "Kelstrom", "Tamura Holdings", "Feyd", "Brightloop Services", "Caspar Recycling Inc."]


def test_developments_dated_in_parentheses_after_the_actor_and_in_a_table_flattened_to_words():
    text = ("Recent Developments\n"
            "• Halvorsen Tyre Corporation (November 2024): Opened a tread rubber plant in Monterrey, Mexico.\n"
            "• Carvaldi (12 September 2024): Launched a casing-traceability service for fleets.\n"
            "• Rubbertec Integrated Systems (2023): a profile, no event.\n\n"
            "Date Company Development\n"
            "Jan 2025 Olmo Zaden Opened a breeding station near Naivasha, Kenya\n"
            "2024-07-15 Akari Seed Corporation Acquired Brazilian lettuce breeder Sementes Horizonte\n"
            "Mar 2024 Advanced Enzyme Technologies Limited Announced a plant in Haelen\n")
    card = extract(text, "t")
    assert [(d.date, d.actor) for d in card.developments] == [
        ("2025-01", "Olmo Zaden"), ("2024-11", "Halvorsen Tyre Corporation"), ("2024-09-12", "Carvaldi"),
        ("2024-07-15", "Akari Seed Corporation"), ("2024-03", "Advanced Enzyme Technologies Limited")]


def test_tables_parted_by_double_bars_units_in_row_labels_and_year_columns_and_short_cagr_periods():
    text = ("UK Widget Services Market Snapshot\n\n"
            "Metric || 2024 || 2025 || 2030 || CAGR 2025-2030\n"
            "UK widget services market (GBP m) || 1,162 || 1,208 || 1,482 || 4.2%\n"
            "Home widgets (GBP m) || 74 || 83 || 149 || 12.4%\n"
            "Widget users (thousand) || 31.9 || 32.7 || 36.4 || 2.2%\n\n"
            "Regional Analysis\n"
            "Region | 2024 (USD Bn) | 2034 (USD Bn) | CAGR 2025-2034\n"
            "North America | 2.94 | 5.41 | 6.3%\n"
            "Europe | 2.05 | 3.62 | 5.9%\n\n"
            "Table 1 - retail value (R$ billion)\n"
            "Ano | 2023 | 2024 | 2025e | 2030p | CAGR 25-30\n"
            "Total | 8,87 | 9,84 | 10,71 | 15,92 | 8,3%\n"
            "Sugar-free / zero | 2,56 | 3,00 | 3,43 | 6,18 | 12,5%\n")
    card = extract(text, "t")
    values = {(v.amount, v.currency, v.scale, v.year, v.segment, v.region) for v in card.values}
    assert {(1208.0, "GBP", "million", 2025, None, None), (74.0, "GBP", "million", 2024, "Home widgets", None),
            (2.94, "USD", "billion", 2024, None, "North America"), (3.62, "USD", "billion", 2034, None, "Europe"),
            (3.43, "BRL", "billion", 2025, "Sugar-free / zero", None)} <= values
    assert not any(v.amount in (31.9, 32.7, 36.4) for v in card.values)  # a count of users is no market value
    cagrs = {(c.percent, c.start, c.end, c.segment, c.region) for c in card.cagr}
    assert {(4.2, 2025, 2030, None, None), (12.4, 2025, 2030, "Home widgets", None), (6.3, 2025, 2034, None, "North America"),
            (12.5, 2025, 2030, "Sugar-free / zero", None)} <= cagrs
    assert not any(c.percent == 2.2 for c in card.cagr)


def test_provider_profile_rows_brands_at_home_an_owners_arm_and_a_news_table_with_date_cells():
    text = ("Home care providers include Amedex, Kinfolk at Home, Visiting Aunts, Right at Home and Calder's UK "
            "digital care arm.\n\n"
            "PROVIDER PROFILES\n"
            "- Farrow Medical Care | Bad Homburg, Germany | satellite units\n"
            "- Dialyra (Renova) | Malmö, Sweden | renal care services\n"
            "- Vantiq | Deerfield, U.S. | kidney care spin-off\n\n"
            "Posted by newsdesk | Health, Uncategorized | 0 comments\n\n"
            "INDUSTRY NEWS\n"
            "Jan 2024 | Dialyra won a ten-year contract to run four satellite units.\n"
            "Sep 2024 | Quarro Dialysis Technologies raised GBP 42 million to scale production.\n"
            "Published: September 2025 | Historical Data: 2019-2024 | Format: PDF\n")
    card = extract(text, "t")
    assert {p.name for p in card.players} == {"Amedex", "Kinfolk at Home", "Visiting Aunts", "Right at Home", "Calder",
                                              "Farrow Medical Care", "Dialyra", "Vantiq"}
    assert [(d.date, d.actor) for d in card.developments] == [("2024-09", "Quarro Dialysis Technologies"), ("2024-01", "Dialyra")]


def test_segments_with_notes_in_parentheses_a_dominant_one_and_a_subject_with_a_which_clause():
    card = extract("By packaging: cans (dominant, over 85% of volume) and PET bottles.\n"
                   "By channel: supermarkets, convenience stores, traditional retail (corner shops, kiosks) and e-commerce.\n\n"
                   "Long day care centres, which make up roughly three-quarters of revenue, will remain the largest service "
                   "type. By mode of delivery, offline coaching still commands close to 70% of revenue.", "t")
    assert [(s.name, s.dimension, s.claim) for s in card.segments] == [
        ("cans", "Packaging", "largest_share"), ("PET bottles", "Packaging", None), ("supermarkets", "Channel", None),
        ("convenience stores", "Channel", None), ("traditional retail", "Channel", None), ("e-commerce", "Channel", None),
        ("Long day care centres", "Unspecified", "largest_share"), ("offline coaching", "Mode Of Delivery", "largest_share")]


def test_one_of_the_drivers_is_a_trend_list_of_single_words_and_what_drives_growth_outranks_a_company_move():
    card = extract("Key trends shaping the packaging market include sustainability, digital printing, and the growth. "
                   "One of the primary drivers of this market is the steady rise in online grocery orders. "
                   "Research initiatives and collaborations between companies for the development of tests are factors "
                   "anticipated to drive the growth of the segment.", "t")
    assert [f.text for f in card.trends] == ["sustainability", "digital printing"]
    assert [f.text for f in card.drivers] == [
        "the steady rise in online grocery orders",
        "Research initiatives and collaborations between companies for the development of tests are factors "
        "anticipated to drive the growth of the segment"]


def test_company_moves_with_a_long_subject_and_the_strategies_of_top_players_as_trends():
    card = extract("However, the leading companies functioning in the global widget market are taking strategic steps to "
                   "re-establish demand. Major strategies adopted by top players to enhance their product portfolios, "
                   "increase their market share, and expand their presence in the market include new product launches "
                   "and deals such as acquisitions and partnerships.", "t")
    assert [f.text for f in card.trends] == [
        "However, the leading companies functioning in the global widget market are taking strategic steps to re-establish demand",
        "new product launches", "deals such as acquisitions"]  # "partnerships", one word, is too short to stand alone


def test_challenges_the_market_faces_or_is_challenged_by_are_listed_and_the_report_saying_so_is_none():
    card = extract("However, the market is also facing challenges related to regulatory issues, safety concerns, and the "
                   "need for skilled operators. However, growth would be challenged by trouble in choosing a logistics "
                   "partner and various legal issues. Demand is driven by border surveillance and disaster response,\" the "
                   "report states.", "t")
    assert [f.text for f in card.restraints] == [
        "regulatory issues", "safety concerns", "the need for skilled operators",
        "trouble in choosing a logistics partner", "various legal issues"]
    assert [f.text for f in card.drivers] == ["border surveillance", "disaster response"]


def test_causes_that_open_a_sentence_end_where_its_main_clause_begins():
    card = extract("Due to the continuously evolving hair trends, consumers are seeking numerous styling products, this has "
                   "encouraged leading companies to introduce novel products. "
                   "Trends: AI-assisted authentication, trade-in programmes run by department stores, and live-commerce "
                   "selling sessions are changing how inventory moves.", "t")
    assert [f.text for f in card.drivers] == ["the continuously evolving hair trends"]
    assert [f.text for f in card.trends] == [
        "AI-assisted authentication", "trade-in programmes run by department stores",
        "live-commerce selling sessions are changing how inventory moves"]


def test_names_to_watch_and_a_list_whose_sentence_ends_inside_a_label_line():
    assert names("Names to watch: Yankee Wick (Newbold Brands), Bath & Body Lab, Diptyk, Glasshouse Fragrances, Ikea. "
                 "Bath & Body Lab reportedly sold over 100M candles last year.") == [
        "Yankee Wick", "Bath & Body Lab", "Diptyk", "Glasshouse Fragrances", "Ikea"]
    # a full stop inside a name followed by more of the name is no sentence's end
    assert names("Key players include Chr. Hansen Holding A/S and Novonesis Group") == ["Chr. Hansen Holding A/S", "Novonesis Group"]


def test_annual_rates_compounding_without_at_after_a_from_to_figure_and_an_annual_compound_rate():
    def rates(text):
        return [(c.percent, c.start, c.end) for c in extract(text, "t").cagr]
    assert rates("Our base case has widget revenue compounding at 27.5% a year between 2025 and 2030.") == [(27.5, 2025, 2030)]
    assert rates("The market will grow about 23.4% a year through 2030.") == [(23.4, None, 2030)]
    assert rates("In dollar terms the market is forecast to grow from $225 million in 2024 to $318 million in 2029, "
                 "or 7.2% a year.") == [(7.2, 2024, 2029)]
    assert rates("The market will reach USD 4.9 billion by 2031 – an annual compound rate of 9.2%.") == [(9.2, None, 2031)]


def test_figures_a_house_puts_sales_at_and_revenue_no_company_owns_rising_from_one_year_to_another():
    def values(text):
        return [(v.amount, v.year) for v in extract(text, "t").values]
    assert values("New research from Bluefen Research puts worldwide sales of alcohol-free cider at $24.6bn in 2024 and "
                  "expects the category to reach $41.9bn by 2030.") == [(24.6, 2024), (41.9, 2030)]
    assert values("Global crane rental revenue will rise from $52.4bn in 2023 to more than $78bn by 2031, according to a "
                  "forecast released on Tuesday.") == [(52.4, 2023), (78.0, 2031)]
    assert values("Liebwerk revenue will rise from $5.2bn in 2023 to $6bn by 2026, the company said.") == []


def test_causes_after_but_the_cause_of_a_decline_and_one_factor_once():
    card = extract("The global widget industry is predicted to witness a slight fall in growth, owing to the occurrence of "
                   "the COVID-19 pandemic. But, owing to the COVID-19 pandemic, the global industry is now anticipated "
                   "to witness declining growth and exhibit a CAGR of 4.3% during the forecast period.", "t")
    assert [f.text for f in card.restraints] == ["the occurrence of the COVID-19 pandemic"]
    assert card.drivers == []


def test_a_heading_giving_the_reasons_a_market_grows_heads_its_drivers():
    card = extract("Five reasons heat pump sales are surging:\n\n"
                   "  • Rising gas prices across Europe\n"
                   "  • Subsidies for replacing oil boilers\n"
                   "  • Cheaper inverter compressors\n\n"
                   "Outlook\nThe market will keep growing.", "t")
    assert [f.text for f in card.drivers] == [
        "Rising gas prices across Europe", "Subsidies for replacing oil boilers", "Cheaper inverter compressors"]


def test_the_highest_revenue_share_names_a_segment_but_a_company_market_share_does_not():
    def segments(text):
        return [(s.name, s.claim) for s in extract(text, "t").segments]
    assert segments("The business to consumer (B2C) held the highest Social Commerce Market revenue share in 2024.") == [
        ("business to consumer (B2C)", "largest_share")]
    assert segments("Acme Corp held the highest market share in 2024.") == []


def test_a_by_line_whose_report_splits_the_market_or_we_track_lists_its_segments():
    names = [s[1] for s in segments(
        HEAD + "By data type, the report splits the market into image and video, text, audio and speech, and 3D point "
               "cloud and sensor data; image and video annotation remained the largest category with 41% of revenue.")]
    assert names == ["image and video", "text", "audio and speech", "3D point cloud and sensor data"]
    assert [s[1] for s in segments(HEAD + "By device, we track smartphones, smart TVs, PCs, consoles and in-car systems.")] == [
        "smartphones", "smart TVs", "PCs", "consoles", "in-car systems"]


def test_a_list_after_into_ends_where_the_next_dimension_starts():
    assert segments(HEAD + "By delivery mode, it is segmented into cloud-based and web-based, and by end user into "
                           "providers, payers and patients.") == [
        ("End User", "providers", None), ("End User", "payers", None), ("End User", "patients", None),
        ("Delivery Mode", "cloud-based", None), ("Delivery Mode", "web-based", None)]


def test_more_than_half_of_the_market_is_the_largest_share_of_one_segment_or_region_only():
    assert ("Coverage", "first-party policies", "largest_share") in segments(
        HEAD + "By coverage, first-party policies account for about 62% of premiums, with third-party liability making up "
               "the remainder.")
    assert segments(HEAD + "By production type, transit-mixed concrete accounts for the bulk of deliveries.") == [
        ("Production", "transit-mixed concrete", "largest_share")]

    def regions(text):
        return [(r.name, r.claim) for r in extract(HEAD + text, "t").regions]
    assert regions("Asia Pacific accounts for more than half of global demand. Europe and North America follow.")[0] == (
        "Asia Pacific", "largest_share")
    # several places together, or a country's share of global sales, rank no region first
    assert ("Spain", "largest_share") not in regions("Spain, Italy and Brazil together make up over half of global revenue.")
    assert regions("North America is the largest region. The United States accounts for 58% of global revenue.") == [
        ("North America", "largest_share"), ("The United States", "major_contributor")]


def test_companies_as_subjects_of_how_they_compete():
    def players(text):
        return [p.name for p in extract(HEAD + text, "t").players]
    assert players("Kidsoft and Kindyhub compete in the mid-market.") == ["Kidsoft", "Kindyhub"]
    assert players("Among the European companies, MEIKO and Winterhalter have won a lot of hotel business.") == [
        "MEIKO", "Winterhalter"]
    assert players("Nakanishi Manufacturing is very strong in large conveyor systems.") == ["Nakanishi Manufacturing"]
    # a common noun the page also writes in lower case, a place: not companies
    assert players("Hospitals compete for nurses that other hospitals train. Europe is strong in wind.") == []


def test_a_development_line_opening_with_year_dash_month():
    card = extract(HEAD + "Recent developments\n2025-05 – Plug Power Inc. signed a supply agreement for 600 fuel cell units.\n"
                          "2025-02 – Hyster-Yale Materials Handling began series production of a Class II truck.\n", "t")
    assert [(d.date, d.actor) for d in card.developments] == [
        ("2025-05", "Plug Power Inc."), ("2025-02", "Hyster-Yale Materials Handling")]


def test_a_table_of_one_dimensions_shares_and_the_segments_that_make_up_the_rest():
    text = HEAD + ("By End Use | Share 2024 (%)\nRetail & e-commerce distribution | 46.3\nFood & beverage | 21.9\n\n"
                   "Customer category | 2023 | 2024 | Share 2024, %\nMulti-dwelling buildings | 28 640 | 29 470 | 56,3\n"
                   "Industry | 4 080 | 4 330 | 8,3\n")
    found = segments(text)
    assert ("End Use", "Retail & e-commerce distribution", "largest_share") in found
    assert ("End Use", "Food & beverage", None) in found
    assert ("Customer Category", "Multi-dwelling buildings", "largest_share") in found
    assert [s[1:] for s in segments(HEAD + "Long day care centres account for 74% of software spend. Family day care and "
                                           "preschools make up the rest.")] == [
        ("Long day care centres", "largest_share"), ("Family day care", None), ("preschools", None)]
    # "the rest" with no segment named before it in its paragraph is not a list of segments
    assert segments(HEAD + "Cities and towns make up the rest.") == []


def test_a_year_before_revenue_and_a_house_that_values_spending():
    def values(text):
        return [(v.amount, v.year) for v in extract(text, "t").values]
    assert values("Pipette tips market\n\nAccording to the latest analysis, 2024 revenue reached USD 1.52 billion; the "
                  "same study estimates USD 1.63 billion for 2025.") == [(1.52, 2024), (1.63, 2025)]
    assert values("UK private dentistry market\n\nThe consultancy values UK private dental spending at £4.3bn in 2023, "
                  "up from £3.7bn in 2021.") == [(3.7, 2021), (4.3, 2023)]


def test_the_market_leader_and_the_companies_that_follow_it():
    def players(text):
        return [p.name for p in extract(HEAD + text, "t").players]
    assert players("Straumann Group remained the market leader in 2024, the report says, followed by Nobel Biocare, "
                   "Dentsply Sirona and Osstem Implant, while clinics keep buying locally.") == [
        "Straumann Group", "Nobel Biocare", "Dentsply Sirona", "Osstem Implant"]
    assert players("Globoplay leads. Amazon Prime Video, Disney+ and Max follow at a distance.") == [
        "Globoplay", "Amazon Prime Video", "Disney+", "Max"]
    assert players("Tern and Douze Cycles are growing in the commercial niche.") == ["Tern", "Douze Cycles"]
    # what follows a region or a product that leads is not a company
    assert players("Europe remained the market leader, followed by North America and Asia Pacific.") == []


def test_lengths_and_temperatures_as_size_bands_and_a_list_line_under_a_by_heading():
    found = segments(HEAD + 'The "Europe Wind Turbine Blades Market by Blade Length (Up to 50 m, 51–75 m, 76–100 m, Above 100 m)" '
                            "report uses 2024 as its base year.\n\nBy Water Depth\nShallow water (below 30 m), transitional "
                            "water and deep water (above 60 m).\n")
    assert [s[1] for s in found] == ["Up to 50 m", "51–75 m", "76–100 m", "Above 100 m",
                                     "Shallow water", "transitional water", "deep water"]


def test_a_wider_markets_figure_is_not_this_markets():
    def values(text):
        return [(v.amount, v.currency, v.year) for v in extract(text, "t").values]
    text = ("India ayurvedic skincare market\n\nThe India ayurvedic skincare market was valued at INR 9,850 crore in 2024. "
            "For comparison, the wider India beauty and personal care market is estimated at ₹ 1.7 lakh crore in 2024. "
            "The ayurvedic skincare market, part of the wider beauty market, will reach INR 21,400 crore by 2031.")
    assert values(text) == [(98.5, "INR", 2024), (214.0, "INR", 2031)]


def test_continental_scale_words_decimal_commas_and_spaced_thousands():
    def values(text):
        return [(v.amount, v.currency, v.scale, v.year) for v in extract(text, "t").values]
    assert values("Commercial vehicle leasing market\n\nThe German commercial vehicle leasing market reached EUR 14,6 Mrd. "
                  "in 2024 and will reach EUR 19,2 Mrd. by 2031.") == [(14.6, "EUR", "billion", 2024), (19.2, "EUR", "billion", 2031)]
    assert values("Frozen vegetables market\n\nThe Polish frozen vegetables market was worth PLN 6,8 mld in 2024.") == [
        (6.8, "PLN", "billion", 2024)]
    assert values("Generic drugs market\n\nThe generic drugs market reached R$ 42,1 bi in 2024 and will reach R$ 66,0 "
                  "bilhões in 2030.") == [(42.1, "BRL", "billion", 2024), (66.0, "BRL", "billion", 2030)]
    assert values("Aircraft seating market\n\nThe aircraft seating market was worth 6,9 Md€ in 2024.") == [
        (6.9, "EUR", "billion", 2024)]
    assert values("District heating market\n\nThe district heating market amounted to SEK 52 340 million in 2024.") == [
        (52340.0, "SEK", "million", 2024)]
    cagr = extract("Generic drugs market\n\nThe generic drugs market reached R$ 42,1 bi in 2024. The market will grow "
                   "9,4% a.a. between 2025 and 2030.", "t").cagr
    assert [(c.percent, c.start, c.end) for c in cagr] == [(9.4, 2025, 2030)]


def test_a_paragraphs_last_sentence_leads_in_the_list_of_players_below_it():
    text = HEAD + ("The market is moderately consolidated, and the leader reported revenue of ₹2,437 crore across all "
                   "categories in FY25, not only purifiers. Key players profiled in the report:\n"
                   "• KENT RO SYSTEMS LTD.\n• BLUE STAR LIMITED\n• LG ELECTRONICS INDIA PVT. LTD.\n\nRecent developments\n")
    assert [p.name for p in extract(text, "t").players] == [
        "KENT RO SYSTEMS LTD.", "BLUE STAR LIMITED", "LG ELECTRONICS INDIA PVT. LTD."]


def test_a_legal_name_whose_words_look_like_a_verb_or_a_plural():
    text = HEAD + ("The key companies in the market include Teladoc Health, Inc., Included Health, Inc., "
                   "The Estée Lauder Companies Inc. and Talkspace, Inc.")
    assert {p.name for p in extract(text, "t").players} == {
        "Teladoc Health, Inc.", "Included Health, Inc.", "The Estée Lauder Companies Inc.", "Talkspace, Inc."}


def test_companies_places_and_job_titles_joined_in_a_clause_are_no_segments():
    text = HEAD + ("Key players include Vestas Wind Systems A/S and Siemens Gamesa. By blade length, Vestas and Siemens "
                   "Gamesa held the largest share of the segment. By state, Bavaria and Saxony held the largest share. "
                   "By role, the Associate Director accounted for 40% of revenue.")
    assert [s[1] for s in segments(text)] == []


def test_two_digit_fiscal_years_are_read_and_quoted_as_written():
    text = ("Australian childcare management software market\n\nWe size the Australian childcare management software market "
            "at A$412 million in FY24. For FY25 our estimate is A$458m, and our base case takes it to A$790 million by "
            "FY30, a compound annual growth rate of 11.5% across FY25–FY30.")
    card = extract(text, "t")
    assert [(v.amount, v.year, v.kind) for v in card.values] == [
        (412.0, 2024, "actual"), (458.0, 2025, "estimate"), (790.0, 2030, "forecast")]
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(11.5, 2025, 2030)]
    assert card.values[0].span.quote == "A$412 million in FY24"
    assert all(text[s.start:s.end] == s.quote for _, s in card.iter_spans())


def test_a_news_page_names_its_market_by_what_is_bought():
    def market(text):
        return extract(text, "t").market
    assert market("Chip sales to double, report says\n\nThe market for silicon carbide (SiC) power devices reached "
                  "$3.2 billion in 2024.") == "silicon carbide (SiC) power devices"
    assert market("Padel gear sales on track to double\n\nSpending on padel equipment reached €2.1 billion in 2024.") == \
        "padel equipment"
    assert market("Beer report\n\nNew research puts worldwide sales of non-alcoholic beer at $24.6bn in 2024.") == \
        "non-alcoholic beer"
    assert market("Cranes\n\nGlobal crane rental revenue will rise from $52.4bn in 2023 to $78bn by 2031.") == "crane rental"
    # words that size a market are not its name
    assert market("Solar water heater market report\n\nThe Northeast is a smaller market. The solar water heater "
                  "market grew 7% in 2024.") == "Solar water heater"


def test_a_year_table_parted_by_double_bars_with_a_bare_cagr_column_and_marked_years():
    text = ("Wafer cleaning equipment market\n\nThe wafer cleaning equipment market was worth USD 7.48 billion in 2024.\n\n"
            "Table 2: Market by Equipment Type, 2025e-2030f (USD Million)\nEquipment Type || 2025e || 2030f || CAGR\n"
            "Single-Wafer Spray Systems || 5,210 || 8,390 || 10.0%\nScrubbers || 460 || 720 || 9.4%\n")
    card = extract(text, "t")
    assert [(v.amount, v.year, v.kind, v.segment) for v in card.values if v.segment] == [
        (5210.0, 2025, "estimate", "Single-Wafer Spray Systems"), (460.0, 2025, "estimate", "Scrubbers"),
        (8390.0, 2030, "forecast", "Single-Wafer Spray Systems"), (720.0, 2030, "forecast", "Scrubbers")]
    assert [(c.percent, c.start, c.end, c.segment) for c in card.cagr] == [
        (10.0, 2025, 2030, "Single-Wafer Spray Systems"), (9.4, 2025, 2030, "Scrubbers")]


def test_a_company_ranked_by_its_share_and_those_that_follow_it_and_an_owner_in_parentheses():
    text = HEAD + ("Who's winning: Jonas reckons Infineon Technologies AG holds close to 29% of the market, followed by "
                   "Renesas Electronics, NXP Semiconductors and Texas Instruments.")
    assert [p.name for p in extract(text, "t").players] == [
        "Infineon Technologies AG", "Renesas Electronics", "NXP Semiconductors", "Texas Instruments"]
    assert segments(text) == []
    text = HEAD + ("Key players:\n• ABF Freight System, Inc. (ArcBest) - Fort Smith, Arkansas\n• Saudi Basic Industries "
                   "Corporation (SABIC)\n\nRecent developments\n• Aug 2024 - ArcBest rolled out a linehaul planning tool.\n")
    card = extract(text, "t")
    assert [p.name for p in card.players] == ["ABF Freight System, Inc.", "Saudi Basic Industries Corporation (SABIC)"]
    assert [(d.date, d.actor) for d in card.developments] == [("2024-08", "ArcBest")]


def test_a_space_grouping_thousands_before_m_euro():
    card = extract("District heating market\n\nThe French district heating market reached 3 840 M€ in 2024. We expect "
                   "turnover of 5,2 Md€ in 2030.", "t")
    assert [(v.amount, v.currency, v.scale, v.year) for v in card.values] == [
        (3840.0, "EUR", "million", 2024), (5.2, "EUR", "billion", 2030)]


def test_captioned_tables_of_shares_and_sales_split_between_segments():
    text = HEAD + ("Table A - Sales value by state, 2024 (share of national total)\nNew South Wales | 31.4%\n"
                   "Queensland | 20.1%\n\nTable B - Sales value by product type, 2024\nStandard board | 54%\n"
                   "Fire-rated board | 14%\n\nBy end use, sales were split between detached housing (46%), "
                   "multi-residential (21%) and alterations & additions (15%).\n")
    card = extract(text, "t")
    assert [r.name for r in card.regions] == ["New South Wales", "Queensland"]
    assert [(s.dimension, s.name, s.claim) for s in card.segments] == [
        ("Product Type", "Standard board", "largest_share"), ("Product Type", "Fire-rated board", None),
        ("End Use", "detached housing", None), ("End Use", "multi-residential", None),
        ("End Use", "alterations & additions", None)]


def test_trends_to_watch_labels_questions_answers_and_items_with_their_clauses():
    def trends(text):
        return [f.text for f in extract(HEAD + text, "t").trends]
    assert trends("Technology trends identified in the study include amorphous-metal cores that cut no-load losses, "
                  "digital monitoring sensors that turn transformers into data points, and ester fluids.") == [
        "amorphous-metal cores", "digital monitoring sensors", "ester fluids"]
    assert trends("Trends to Watch: multi-storey warehouses in land-scarce cities, rooftop solar on large parks.") == [
        "multi-storey warehouses in land-scarce cities", "rooftop solar on large parks"]
    assert trends("What members are watching\n1. Recycled gypsum take-back schemes on large sites.\n"
                  "2. Lighter boards that reduce installer injuries.\n") == [
        "Recycled gypsum take-back schemes on large sites", "Lighter boards that reduce installer injuries"]
    assert trends("4. Tendencies\n- Recovery of waste heat from data centres\n- Digital metering at substations\n") == [
        "Recovery of waste heat from data centres", "Digital metering at substations"]
    assert trends("Q: What trends are shaping the LTL industry?\nA: Dimensional pricing, electric yard tractors at "
                  "terminals, and route optimisation.\n") == [
        "Dimensional pricing", "electric yard tractors at terminals", "route optimisation"]


def test_companies_that_round_out_the_field():
    assert [p.name for p in extract(HEAD + "Pegasystems, Zoho, Oracle and Google (through AppSheet) round out the field.",
                                    "t").players] == ["Pegasystems", "Zoho", "Oracle", "Google"]


def test_rankings_and_by_phrases_are_no_segments_but_32_bit_is():
    text = HEAD + ("The top four suppliers accounted for roughly 85% of revenue. Cooling is the most dynamic segment. "
                   "32-bit devices now account for more than 85% of revenue.")
    assert [(s.name, s.claim) for s in extract(text, "t").segments] == [("32-bit devices", "largest_share")]


def test_a_player_named_short_is_named_by_its_legal_name_where_the_page_writes_it():
    text = HEAD + ("Croda International Plc, through its Incotec business, is the benchmark for film coats. The analysis "
                   "notes that Croda has been the most active acquirer, and Croda dominates pellet technology.")
    assert [p.name for p in extract(text, "t").players] == ["Croda International Plc"]


def test_a_company_whose_which_clause_holds_one_dated_event_and_its_main_clause_another():
    text = HEAD + ("Recent developments\n- Ormazabal, which in June 2024 opened a second plant in the Basque Country, in "
                   "September 2024 won its first large order for ester-filled units from a Dutch DSO.\n")
    assert [(d.date, d.actor) for d in extract(text, "t").developments] == [("2024-09", "Ormazabal"), ("2024-06", "Ormazabal")]


def test_a_market_named_by_its_peoples_demonym_has_that_place_as_its_scope():
    def scope(text):
        card = extract(text, "t")
        return card.geography_scope, card.geography_scope_span.quote if card.geography_scope_span else None
    assert scope("The French district heating market reached EUR 3.8 billion in 2024.") == ("France", "French")
    assert scope("We size the Australian childcare software market at A$412 million in 2024.") == ("Australia", "Australian")
    assert scope("The global widget market was USD 2 billion in 2024.") == ("global", "global")


def test_the_year_a_when_clause_recalls():
    card = extract("District heating market\n\nSales revenue from district heating deliveries in Sweden amounted to SEK "
                   "52 340 million in 2024, an increase of 3,1 per cent compared with 2023, when revenue was SEK 50 765 "
                   "million.", "t")
    assert [(v.amount, v.year) for v in card.values] == [(50765.0, 2023), (52340.0, 2024)]


def test_a_list_of_names_under_a_heading_whose_names_hold_section_words():
    # "INSIGHTS CARE", "LABCORP DRUG DEVELOPMENT", "Transportation Insight": names, not the next section's heading
    text = HEAD + ("Top Companies in This Market:\nORBITAL PV INC. , LABCORP DRUG DEVELOPMENT , SYNEOS HEALTH , "
                   "INSIGHTS CARE , APCER LIFE SCIENCES\n\nLeading Vendors\nCass Information Systems (U.S.)\n"
                   "Transportation Insight (U.S.)\n\nMarket Segmentation:\nBy service: case intake and signal detection.\n")
    assert names(text) == ["ORBITAL PV INC.", "LABCORP DRUG DEVELOPMENT", "SYNEOS HEALTH", "INSIGHTS CARE",
                           "APCER LIFE SCIENCES", "Cass Information Systems", "Transportation Insight"]


def test_a_numbered_producer_landscape_of_names_with_country_codes_and_capacities():
    text = HEAD + ("4. Producer landscape (nameplate capacity, kt/yr, end-2024)\nNordsil Chemie AG (DE) | 110\n"
                   "Kestrel Silica Corporation (US) | 95\nDnipro Silica (UA) | 6\nTop-3 share of global capacity: ~66%.\n")
    assert names(text) == ["Nordsil Chemie AG", "Kestrel Silica Corporation", "Dnipro Silica"]


def test_the_study_profiles_after_a_colon():
    text = HEAD + "The study profiles: Altrad Group, Layher SAS, Kiloutou, Loxam and Duarib."
    assert names(text) == ["Altrad Group", "Layher SAS", "Kiloutou", "Loxam", "Duarib"]


def test_a_company_written_short_after_its_legal_name_is_one_player():
    text = HEAD + ("Key players\n• Axis Communications AB - network and thermal cameras\n• Senstar Corporation - fence "
                   "sensors\n\nAxis and Teledyne FLIR compete mainly on thermal camera performance, while Senstar and "
                   "Southwest Microwave lead in dedicated sensor hardware.")
    assert names(text) == ["Axis Communications AB", "Senstar Corporation", "Teledyne FLIR", "Southwest Microwave"]


def test_a_french_study_s_tcam_and_a_figure_excluding_vat():
    card = extract("Our estimate: the French formwork rental market reached 1 122 M€ excluding VAT in 2024. The central "
                   "scenario foresees a moderate average annual growth (TCAM) of +3,1 % over 2025-2029.", "t")
    assert [(v.amount, v.currency, v.year) for v in card.values] == [(1122.0, "EUR", 2024)]
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(3.1, 2025, 2029)]


def test_what_a_company_says_of_its_own_revenue_is_no_market_value():
    card = extract(HEAD + "Lindqvist Safety, which said its services revenue rose 14% to USD 610 million in 2024, remains "
                   "one of the largest service providers.\n\nSources\n- Kestrel Research, \"Widgets: Global Market Outlook "
                   "2025-2032\"\n- Lindqvist annual report 2024 (group revenue SEK 3.8 billion)\n", "t")
    assert [(v.amount, v.currency) for v in card.values] == [(2.1, "USD")]


def test_page_sections_calls_to_action_and_faq_questions_are_no_segments():
    text = HEAD + ("Download Sample Report PDF (Including Full TOC, Table & Figures) @ https://example.com/sample\n\n"
                   "By Vertical\n\nEnergy\nEnergy sites remain the largest vertical.\n\nTransportation\nAirports are "
                   "expected to grow fastest among verticals.\n\nMarket Trends\n\nBuyers increasingly ask for sensor fusion.\n\n"
                   "Opportunities\n\nData centers represent an untapped opportunity.\n\n"
                   "Q. Which end-user segment is growing fastest?\nA. Quick-service restaurants.\n")
    assert [s.name for s in extract(text, "t").segments] == ["Energy", "Transportation"]


def test_a_price_row_in_a_year_table_is_no_segment_and_its_rate_no_market_growth():
    text = ("Indicator | 2024 | 2025e | 2030f | CAGR 2025-2030\nMarket value (USD million) | 1,688 | 1,771 | 2,392 | 6.2%\n"
            "Average selling price (USD/kg) | 4.51 | 4.56 | 5.00 | 1.9%\n")
    card = extract(text, "t")
    assert [(c.percent, c.segment) for c in card.cagr] == [(6.2, None)]
    assert card.segments == []


def test_a_study_that_splits_the_market_with_no_by_before_it():
    text = HEAD + ("The study splits the market into AI-based proctoring, live online proctoring and recorded "
                   "(review-based) proctoring.")
    assert [s.name for s in extract(text, "t").segments] == [
        "AI-based proctoring", "live online proctoring", "recorded (review-based) proctoring"]


def test_segments_as_subjects_with_notes_lists_and_outlets():
    def segments(text):
        return [(s.name, s.claim) for s in extract(HEAD + text, "t").segments]
    assert segments("Large enterprises accounted for a market share of about 68% in 2024.") == [
        ("Large enterprises", "largest_share")]
    assert segments("By application, arc furnace steel dominated with a revenue share of nearly 78%, while non-steel "
                    "applications such as silicon metal and ferroalloys are expected to record the fastest CAGR.") == [
        ("arc furnace steel", "largest_share"), ("non-steel applications", "fastest_growth")]
    assert segments("Residential renovation is now the largest outlet. Industrial maintenance (nuclear, chemicals, "
                    "energy) is the fastest-growing outlet.") == [
        ("Residential renovation", "largest_share"), ("Industrial maintenance", "fastest_growth")]
    assert segments("Semiconductor manufacturing absorbs more than 40% of sales.") == [("Semiconductor manufacturing", None)]
    assert segments("• State: Mato Grosso accounted for 27.5% of demand in 2024; the MATOPIBA frontier (Maranhao, "
                    "Tocantins, Piaui and Bahia) is the fastest-growing region.") == []


def test_companies_as_subjects_of_roles_targets_sales_and_the_mix():
    assert names(HEAD + "Umicore and Boliden dominate smelting in Europe, and Dowa Holdings plays a similar role in Japan.") == [
        "Umicore", "Boliden", "Dowa Holdings"]
    assert names(HEAD + "Zipline has expanded in Texas, while Flytrex and Manna Aero are targeting dense suburbs.") == [
        "Flytrex", "Manna Aero"]
    assert names(HEAD + "Grocery e-commerce is the largest channel; Tesco, Waitrose and Ocado sell more wine online than "
                 "all the specialists put together.") == ["Tesco", "Waitrose", "Ocado"]
    assert names(HEAD + "Storytel, BookBeat, Kobo and Podimo are all in the mix.") == ["Storytel", "BookBeat", "Kobo", "Podimo"]


def test_among_the_producers_named_in_the_study():
    assert names(HEAD + "Among producers named in the study are Airex Energy, Carbofex, Pyreg GmbH and Biochar Now. In "
                 "June 2025, Airex Energy commissioned a second line.") == [
        "Airex Energy", "Carbofex", "Pyreg GmbH", "Biochar Now"]


def test_regions_by_their_share_their_place_in_line_and_their_own_market_s_figure():
    def regions(text):
        return [(r.name, r.claim) for r in extract(text, "t").regions]
    assert regions("The German widget market reached EUR 1 billion in 2024.\n\nBavaria accounts for about 29 % of "
                   "revenue.") == [("Bavaria", None)]
    assert regions("The French formwork rental market reached 1 122 M€ in 2024.\n\nIle-de-France concentrates about "
                   "29 % of rental revenue. Auvergne-Rhone-Alpes and Occitanie follow. Hauts-de-France should post the "
                   "strongest growth to 2029.") == [("Ile-de-France", None), ("Auvergne-Rhone-Alpes", None),
                                                     ("Occitanie", None), ("Hauts-de-France", "fastest_growth")]
    assert regions("The European kombucha market reached EUR 1.1 billion in 2024.\n\n- The UK kombucha market is "
                   "projected to touch EUR 298 million by 2032.") == [("UK", None)]
    assert regions("The Latin American pump market reached USD 1.1 billion in 2024. Chile held the largest share, "
                   "followed by Peru. Mexico and Argentina complete the coverage.") == [
        ("Chile", "largest_share"), ("Peru", None), ("Mexico", None), ("Argentina", None)]


def test_the_market_leader_ahead_of_the_companies_it_leads():
    text = HEAD + ("Harrowgate Trailers, which reported sales of EUR 2.4 billion for the 2023/24 financial year, leads the "
                   "market, ahead of Krone, Kogel, Wielton and Schwarzmuller. Demand leads the market ahead of supply.")
    assert names(text) == ["Harrowgate Trailers", "Krone", "Kogel", "Wielton", "Schwarzmuller"]


def test_profile_bullets_with_the_company_then_the_date_then_the_event():
    text = HEAD + ("Company news\n- Nordwell Chemie AG - February 2025: started a second fermentation line in Slovakia.\n"
                   "- Ostara - Aug 2024: launched millet cookies in 11 states.\n")
    assert [(d.date, d.actor) for d in extract(text, "t").developments] == [
        ("2025-02", "Nordwell Chemie AG"), ("2024-08", "Ostara")]


def test_a_company_whose_clause_comes_before_its_dated_event():
    text = HEAD + ("Kencana, whose Wardah and Lumi brands fill Indonesian drugstore shelves, opened a second factory in "
                   "Cikarang in March 2025.")
    assert [(d.date, d.actor) for d in extract(text, "t").developments] == [("2025-03", "Kencana")]


def _figures(text):
    """Each value as (amount, currency, scale, year, its place or segment)."""
    return sorted((v.amount, v.currency, v.scale, v.year, v.region or v.segment) for v in extract(text, "t").values)


def test_sales_a_house_says_will_total_and_income_it_puts_at_a_figure():
    assert _figures("According to Harbourline, global duty-free sales will total USD 74.8 billion in 2025, up from "
                   "USD 69.2 billion in 2024.") == [(69.2, "USD", "billion", 2024, None), (74.8, "USD", "billion", 2025, None)]
    assert _figures("Fenwick puts the gross rental income earned by UK build-to-rent homes at £6.8bn in 2025.") == [
        (6.8, "GBP", "billion", 2025, "United Kingdom")]


def test_a_loan_market_figure_is_the_market_and_a_loan_is_not():
    card = extract("India's gold loan market stood at ₹7.1 lakh crore in FY2025 and should reach ₹14.9 lakh crore "
                   "by FY2030.", "t")
    assert sorted((v.amount, v.currency, v.scale, v.year) for v in card.values) == [
        (7.1, "INR", "trillion", 2025), (14.9, "INR", "trillion", 2030)]
    assert _figures("The widget market grew 5% in 2024. Acme took a USD 2.1 billion loan in 2024.") == []


def test_the_year_after_a_figure_may_carry_its_kind_and_a_cause_is_a_clause_of_its_own():
    text = ("The global widget market contracted to USD 4.82 billion in 2024 (2023: USD 5.07 billion), a decline of "
            "4.9 % as buyers postponed investments. It should reach USD 5.85 billion in 2030f. Widget revenue is "
            "estimated at USD 4.95 billion for 2025e, a CAGR of 3.4% for 2025-2030.")
    assert [(v.amount, v.year, v.kind) for v in sorted(extract(text, "t").values, key=lambda v: v.year)] == [
        (5.07, 2023, "actual"), (4.82, 2024, "actual"), (4.95, 2025, "estimate"), (5.85, 2030, "forecast")]


def test_a_year_table_under_a_breakdown_caption_passes_a_placeholder_row_and_notes_in_names():
    text = ("Table 1. Widget revenue by region, USD billion (nominal)\n"
            "Region | 2024 | 2030f | CAGR 2025-30\n"
            "North America | 3.51 | 4.31 | 3.8%\n"
            "Latin America | XX | XX | XX%\n"
            "Europe (incl. North Sea) | 1.21 | 1.49 | 3.7%\n"
            "Growth (%) | 4.9 | 5.7 | 5.2\n"
            "World | 9.43 | 12.76 | 5.3%\n")
    assert _figures(text) == [(1.21, "USD", "billion", 2024, "Europe"), (1.49, "USD", "billion", 2030, "Europe"),
                             (3.51, "USD", "billion", 2024, "North America"), (4.31, "USD", "billion", 2030, "North America")]


def test_a_continental_table_with_decimal_commas_and_thousands_grouped_by_space_or_dot():
    text = ("Table 1: Widgets, market volume by country (Mio. EUR)\n"
            "Land | 2024 | 2030f | CAGR\n"
            "Germany | 1.624,3 | 1.887,4 | 2,7 %\n"
            "Italy | 812,6 | 1.005,5 | 3,7 %\n\n"
            "Table 2. Widget sales revenue by customer, SEK million, excl. VAT\n"
            "Customer | 2023 | 2024 | Share 2024, %\n"
            "Households | 28 640 | 29 470 | 56,3\n")
    assert _figures(text) == [(812.6, "EUR", "million", 2024, "Italy"), (1005.5, "EUR", "million", 2030, "Italy"),
                             (1624.3, "EUR", "million", 2024, "Germany"), (1887.4, "EUR", "million", 2030, "Germany"),
                             (28640.0, "SEK", "million", 2023, "Households"), (29470.0, "SEK", "million", 2024, "Households")]


def test_a_market_is_not_named_by_the_words_that_rank_it():
    card = extract("Injection moulding machines in Europe\n\nThe European market for injection moulding machines "
                   "contracted in 2024. Germany remains the largest single market.", "t")
    assert card.market == "injection moulding machines"
    assert card.geography_scope == "Europe"  # the place its people are named by, before "market for"



@pytest.mark.parametrize(("text", "market"), [
    ("The German plug-in solar (balcony PV) market reached EUR 412.6 million in 2024.", "plug-in solar (balcony PV)"),
    ("The global market for AI-based fraud detection in banking is worth USD 14.2 billion in 2025.",
     "AI-based fraud detection"),
    ("Global sales of matcha were worth about $4.3 billion in 2025.", "matcha"),
])
def test_a_market_named_with_a_gloss_an_acronym_or_by_what_is_bought(text, market):
    assert extract(text, "t").market == market

def test_companies_a_report_tracks_profiles_or_names_in_prose():
    assert names("Companies tracked in the report include Vireo Networks, Calder Radio and Mistral Wireless.") == [
        "Vireo Networks", "Calder Radio", "Mistral Wireless"]
    assert names("The report profiles operators and brand owners such as Gebr. Heinemann, Lotte Duty Free, Harbour "
                 "Retail etc.") == ["Gebr. Heinemann", "Lotte Duty Free", "Harbour Retail"]
    assert names("The research names Grainger plc, the largest landlord, alongside Get Living, Moda Living and Fizzy "
                 "Living as the main operators.") == ["Grainger plc", "Get Living", "Moda Living", "Fizzy Living"]


def test_groups_of_names_each_under_its_label():
    text = ("Competitive landscape\nThe report profiles 8 lenders:\n"
            "Public sector banks - State Bank of India, Canara Bank, Bank of Baroda;\n"
            "NBFCs - Muthoot Finance Ltd, Manappuram Finance Ltd, IIFL Finance;\n"
            "Private banks - HDFC Bank, Axis Bank\n\nDrivers\nDemand grows.")
    assert names(text) == ["State Bank of India", "Canara Bank", "Bank of Baroda", "Muthoot Finance Ltd",
                           "Manappuram Finance Ltd", "IIFL Finance", "HDFC Bank", "Axis Bank"]
    assert names("Key players covered\nWaytous – Beijing, China\nEACON Mining – Beijing, China\n") == ["Waytous", "EACON Mining"]


def _events(text):
    return [(d.date, d.actor) for d in extract(text, "t").developments]


def test_an_entrant_named_by_what_it_does_and_a_company_that_said_it_did_something():
    text = ("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
            "Among newer entrants, holographic specialist Lumora raised $100 million in March 2025, and in April 2025 it "
            "signed a supply agreement with a carmaker. Vantec, which posted 2024 sales of $3.87 billion, said in "
            "February 2025 that it had booked its first order.")
    assert sorted(_events(text)) == [("2025-02", "Vantec"), ("2025-03", "Lumora"), ("2025-04", "Lumora")]


def test_a_volume_a_company_sold_is_not_an_event():
    text = ("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
            "Fizzco said earlier this month that it had sold 12.7 billion cans worldwide in 2025. In March 2025, "
            "Fizzco sold its bottling unit to Brewmark.")
    assert _events(text) == [("2025-03", "Fizzco")]


def test_the_segments_a_sentence_names_after_its_first():
    card = extract("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                   "- By end-use industry, electronics led with a 24.8% share in 2025; automotive, food & packaging and "
                   "pharmaceuticals are the other segments covered.\n"
                   "Iron ore is the largest commodity segment; copper, coal and gold follow.\n", "t")
    names = {s.name for s in card.segments}
    assert {"automotive", "food & packaging", "pharmaceuticals", "copper", "coal", "gold"} <= names
    assert next(s for s in card.segments if s.name == "automotive").dimension == "End-Use Industry"


def test_a_list_that_follows_no_segment_is_not_segments():
    card = extract("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                   "Acme leads the market; Borealis, Cobalt and Delphi follow.\n", "t")
    assert not {"Borealis", "Cobalt", "Delphi"} & {s.name for s in card.segments}


def _rates(text):
    return sorted((c.percent, c.start, c.end, c.region or c.segment) for c in extract(text, "t").cagr)


def test_the_rates_of_other_regions_in_a_sentence_that_gives_one_its_cagr():
    text = ("The Ostland widget market was valued at USD 2.1 billion in 2024 and is forecast to grow at a CAGR of 5.0% "
            "from 2025 to 2033.\n\n"
            "Asia Pacific is projected to be the fastest-growing region, at a CAGR of 6.2% from 2025 to 2033, followed by "
            "Latin America at 5.6%. Europe is the fastest-growing country group with a CAGR of 7.0% through 2033, while "
            "North America holds the largest share at 42% and Japan is expected to grow at 4.1%.")
    rates = _rates(text)
    assert (5.6, 2025, 2033, "Latin America") in rates and (4.1, 2025, 2033, "Japan") in rates
    assert not any(r[0] == 42 for r in rates)  # a share, not a rate


def test_a_rate_over_the_same_period_a_past_rate_and_a_period_with_a_two_digit_end():
    text = ("The global widget market is forecast to reach USD 3.1 billion by 2032, expanding at a compound annual growth "
            "rate of 20.8% during 2025-2032. In real terms the market should grow by 6.9% a year over the same period. "
            "Between 2019 and 2021 the market contracted at a CAGR of 3.1%.\n\n"
            "Europe is the fastest-growing region, at 11.2% a year.\n\n"
            "Gadgets: we see USD 6.4bn by 2031, call it a 13.1% CAGR for 2024-31. That works out to roughly 7.9% a year "
            "for the tools business.")
    rates = _rates(text)
    assert (6.9, 2025, 2032, None) in rates and (-3.1, 2019, 2021, None) in rates
    assert (11.2, 2025, 2032, "Europe") in rates  # the forecast's period, not the past one
    assert (13.1, 2024, 2031, None) in rates and any(r[0] == 7.9 for r in rates)
    pegged = _rates("The India widget market was valued at USD 8.2 billion in 2024. The report pegs the compound "
                    "annual growth rate for 2025-30 at 13.7%.")
    assert (13.7, 2025, 2030, None) in pegged


def test_names_under_group_labels_of_a_competitive_landscape_and_an_upper_case_and():
    text = ("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
            "Slide 9 - Competitive landscape\nSystem suppliers:\n- Acme Cables (US)\n- Borealis Networks (France)\n"
            "Marine installation & maintenance:\n- Orca Marine (France)\n- Gull Subsea (UK)\n\n"
            "Leading players profiled in the report: ZETA CHEMICALS S.A. , KAPPA OYJ , AND OMEGA SE.\n")
    assert sorted(names(text)) == sorted(["Acme Cables", "Borealis Networks", "Orca Marine", "Gull Subsea",
                                          "ZETA CHEMICALS S.A.", "KAPPA OYJ", "OMEGA SE"])


def test_a_player_first_named_short_in_the_title_keeps_its_legal_name():
    text = ("Widget Market to Hit USD 52.3 Billion by 2033 | Top Players: Sandor, Kestrel\n\n"
            "Top Key Players:\nSandor Group AG (Switzerland), Kestrel Inc. (US), Lumen Co., Ltd. (Japan), Nordal AG (Germany)\n")
    assert "Sandor Group AG" in names(text)


def test_the_rest_of_the_world_row_of_a_cagr_table_and_what_homeowners_spent():
    text = ("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
            "Region | 2024 (USD Mn) | 2032 (USD Mn) | CAGR 2025-2032\n"
            "North America | 1,098.2 | 3,512.0 | 15.9%\n"
            "Rest of the World | 216.5 | 788.0 | 17.6%\n\n"
            "Ostland widget market. Ostlandian homeowners spent about USD 612 million on widgets in 2024, and the market "
            "is expected to reach USD 1.04 billion by 2030.")
    card = extract(text, "t")
    assert (17.6, "Rest of World") in {(c.percent, c.region) for c in card.cagr}
    assert (612e6, 2024) in {(v.amount * {"million": 1e6, "billion": 1e9}.get(v.scale, 1), v.year) for v in card.values}


def _segments_beside(before: str, after: str) -> set[str]:
    """The segment names of a page whose three segments are stated plainly, with ``before`` and ``after`` around them
    (they must stay found, whatever the page around them holds)."""
    text = (f"{before}The global widget market was valued at USD 2.1 billion in 2024. By type, the market is segmented "
            f"into rotary widgets, linear widgets and smart widgets.\n\n{after}")
    names = {s.name for s in extract(text, "t").segments}
    assert {"rotary widgets", "linear widgets", "smart widgets"} <= names
    return names


def test_a_company_with_its_country_its_seat_and_a_byline_are_not_segments():
    names = _segments_beside("By Helen Ashworth, Senior Correspondent | 22 September 2025\n\n",
                             "Key companies profiled in the report include Avida Widgets (Emerald, Queensland), Lotus "
                             "Widgets (Campbellfield, Victoria), Kestrel Widgets Ltd and Zone Widgets.\n\n"
                             "Terminal equipment:\n- Ciena (US)\n- Infinera (US)\n")
    assert not names & {"Senior Correspondent", "Emerald", "Campbellfield", "Ciena (US)", "Infinera (US)"}


def test_a_figure_the_page_says_is_not_the_market_size_and_a_restated_figure_of_a_country_market():
    text = ("Turkey Digital Wallet Market to Reach TRY 1.87 Trillion by 2032\n\n"
            "The Turkey digital wallet market was valued at TRY 412.6 billion in 2024 and is forecast to reach "
            "TRY 1,874.3 billion by 2032.\n\n"
            "The value of payments carried through wallets, which BPA puts at TRY 3.1 trillion for 2024, is a "
            "throughput measure and not the market size.")
    found = {(v.amount, v.scale, v.year) for v in extract(text, "t").values}
    assert (3.1, "trillion", 2024) not in found
    assert [y for *_, y in found].count(2032) == 1  # "1.87 Trillion" restates "1,874.3 billion"


def test_players_after_a_colon_a_whos_active_line_and_a_leader_followed_by_others():
    assert names("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                 "On the ingredients side, the hydrocolloid majors: Kelcor, Gelymar, Ceamsa and Shemberg.") \
        == ["Kelcor", "Gelymar", "Ceamsa", "Shemberg"]
    assert names("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                 "Who's active: Alliance Imaging, InHealth Group, Vanguard Healthcare Solutions and Hexarad.") \
        == ["Alliance Imaging", "InHealth Group", "Vanguard Healthcare Solutions", "Hexarad"]
    assert names("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                 "The pure-play leader is Apotea AB, followed by Kronans Apotek, Apoteket AB and Apohem in Sweden.") \
        == ["Apotea AB", "Kronans Apotek", "Apoteket AB", "Apohem"]
    # a company's brands are not the market's players
    assert "Regus" not in names("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                                "Key players\nIWG plc (brands: Regus, Spaces, HQ)\nWeWork Inc.\n")


def test_a_region_the_page_calls_one_that_no_place_list_knows():
    text = ("The Ostland digital wallet market was valued at USD 2.1 billion in 2024.\n\n"
            "The Marmara region accounted for the largest share of revenue, about 41% in 2024. Each region grows, and "
            "Busan-Ulsan-Gyeongnam is projected to be the fastest-growing region with a CAGR of 24.1% through 2032.")
    regions = {r.name: r.claim for r in extract(text, "t").regions}
    # (its kind kept as written, as for the units our place lists know: "the Kanto region")
    assert regions.get("Marmara region") == "largest_share" and regions.get("Busan-Ulsan-Gyeongnam") == "fastest_growth"
    assert "Each" not in regions


def test_losses_a_catch_all_row_a_rounded_headline_and_a_table_under_its_own_caption():
    text = ("U.S. widget market headed past $58 billion by 2032, analysts say\n\n"
            "The U.S. widget market was a $36.8 billion business in 2024 and is projected to surpass $58.6 billion by "
            "2032. Fraud losses across card payments exceeded USD 485 billion in 2024, and criminals stole £1.2 billion "
            "from British consumers in 2025.\n\n"
            "Indicator || 2024 || 2025e || 2030f\n"
            "Market size, USD million || 36,800 || 39,100 || 52,000\n\n"
            "Source: our analysis.\n\n"
            "Regional Breakdown (IDR trillion)\n\n"
            "Region || 2025e || 2030f\n"
            "Java || 15.1 || 35.6\n"
            "Others || 1.6 || 4.3\n")
    found = {(v.amount, v.currency, v.scale, v.year) for v in extract(text, "t").values}
    assert not {(485.0, "USD", "billion", 2024), (1.2, "GBP", "billion", 2025), (58.0, "USD", "billion", 2032)} & found
    assert (15.1, "IDR", "trillion", 2025) in found and (15.1, "USD", "million", 2025) not in found
    assert not any(amount in (1.6, 4.3) for amount, *_ in found)  # the "Others" row


def test_events_told_in_an_aside_and_no_event_by_a_pronoun_or_a_title():
    text = ("Widget Market to Hit USD 29.61 Billion by 2032\n"
            " date 2025-03-11 Widget Market to Hit USD 29.61 Billion by 2032, Driven by AI Servers\n\n"
            "The global widget market was valued at USD 2.1 billion in 2024.\n\n"
            "Allseas, whose Pioneering Spirit removed a 24,000-tonne topside in August 2024, and Heerema Marine "
            "Contractors, which signed a framework agreement with EnQuest in November 2024, expect more work.\n\n"
            "\"Widgets are winning,\" said Priya Anand, research director at Calverley. She warned that housing starts "
            "fell to around 130,000 in 2024.")
    assert sorted(_events(text)) == [("2024-08", "Allseas"), ("2024-11", "Heerema Marine Contractors")]


def test_a_profile_bullet_with_the_name_a_colon_and_a_numeric_date_and_a_month_and_year_with_a_dot():
    text = ("The global widget market was valued at USD 2.1 billion in 2024.\n\nKey Developments:\n"
            "- Coloplast - March 2025: launched a new pouch in Europe.\n"
            "- ConvaTec: 11/2024 - opened a manufacturing facility in Haina.\n"
            "09.2024 – Kreisel launched a low-clinker tile adhesive range.\n")
    assert sorted(_events(text)) == [("2024-09", "Kreisel"), ("2024-11", "ConvaTec"), ("2025-03", "Coloplast")]


def test_a_legal_name_the_rest_of_a_region_a_label_a_metric_and_a_chapter_are_not_segments():
    names = _segments_beside("", "Regional Scope | North America (U.S., Canada), Asia Pacific (China, Japan, Rest of Asia "
                                 "Pacific)\n\nSegments Covered: By Type (Rotary, Linear), By Company (Marley Ltd, Hardie "
                                 "Plc)\n\nIndicator || 2024 || 2025e || 2030f\nMarket size, USD million || 1,150 || 1,470 || "
                                 "3,770\nOrders, million || 212 || 268 || 655\n\nTable of contents: Value Chain; "
                                 "Comprehensive Mapping of the Competitive Landscape\n\nHoshizora Institute | Head office: "
                                 "Chiyoda-ku, Tokyo\n")
    assert not {n for n in names if re.match(r"(?i)rest of|marley|orders|value chain|comprehensive|head office", n)}


def test_a_company_named_for_its_founders_a_labelled_profile_and_no_chapter_as_players():
    found = names("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                  "The market is led by bioMérieux SA, Becton, Dickinson and Company, Thermo Fisher Scientific Inc. "
                  "and Siemens Healthineers AG.\n\n"
                  "Key players\nCompany Profile Snapshot: Acushnet Holdings Corp.\n\n"
                  "Key companies profiled\nChapter 4 Breakdown Data by Type and Application\nArctic Wolf Networks\n")
    assert "Becton, Dickinson and Company" in found and "Becton" not in found
    assert "Acushnet Holdings Corp." in found
    assert not any(name.startswith("Chapter") for name in found)


def test_a_country_worth_a_figure_beside_subsidence_lakes_and_sales_that_were_worth_one():
    text = ("The global widget market was valued at USD 7.84 billion in 2024.\n\n"
            "China alone was worth USD 3.1 billion in 2024, reflecting large arrays on subsidence lakes left by coal "
            "mining, while India is set to surpass USD 1.4 billion by 2030.\n\n"
            "In the United Kingdom, widget sales were worth £212 million in 2024. The state paid a subsidy of "
            "USD 0.9 billion in 2024.")
    found = {(v.amount, v.currency, v.year) for v in extract(text, "t").values}
    assert {(3.1, "USD", 2024), (1.4, "USD", 2030), (212.0, "GBP", 2024)} <= found
    assert (0.9, "USD", 2024) not in found


def test_a_house_that_puts_a_years_revenue_at_a_figure():
    text = ("The European superyacht market generated €9.42 billion in revenue in 2024. Quaymoor puts 2025 revenue at "
            "around €10.0 billion and expects the market to climb to €13.8 billion by 2030.")
    assert (10.0, 2025) in {(v.amount, v.year) for v in extract(text, "t").values}


def test_the_words_of_a_report_title_after_by_region_are_no_regions():
    text = ('The India widget market was valued at INR 14,820 crore in FY2025, according to "India Widget Market - By '
            'Type, By Region: Opportunity and Forecast, FY2021-FY2031".\n\nNorth India is the largest regional market.')
    regions = {r.name for r in extract(text, "t").regions}
    assert not regions & {"Opportunity", "Forecast"}


def test_label_lines_under_a_segmentation_heading_and_a_numbered_by_line():
    names = _segments_beside("", "Market Segmentation:\nProduct: Mill-Finished; Anodized; Powder-Coated\n"
                                 "Country: Saudi Arabia; Qatar\n\n"
                                 "The widget market covered in this report is segmented -\n\n"
                                 "1) By Capacity: Less Than 10 kVA, 10-100 kVA, Above 500 kVA\n"
                                 "2) By Application: Data Centers, Telecommunications, Healthcare\n")
    assert {"Mill-Finished", "Anodized", "Powder-Coated", "Less Than 10 kVA", "Above 500 kVA", "Data Centers",
            "Healthcare"} <= names
    assert not names & {"Saudi Arabia", "Qatar"}


def test_players_that_follow_a_leader_that_an_analysis_singles_out_and_no_places_a_report_covers():
    found = names("The European widget market was valued at EUR 2.1 billion in 2024.\n\n"
                  "Exolon Group is the volume leader; Brett Martin, Arla Plast AB, Danpal and Plazit Polygal follow.\n\n"
                  "The analysis singles out Feadship, Lürssen and Oceanco for the largest yachts. The report also covers "
                  "North America, Latin America and the Middle East & Africa.")
    assert {"Brett Martin", "Arla Plast AB", "Danpal", "Plazit Polygal", "Feadship", "Lürssen", "Oceanco"} <= set(found)
    assert not {"North America", "Latin America"} & set(found)


def test_a_statistics_table_with_a_year_in_each_row():
    text = ("Widget insurance statistics, 2020-2024\n\nTable 1\n"
            "Year | GWP (₦ billion) | Change on previous year | Claims paid (₦ billion)\n"
            "2022 | 101.4 | 27.1% | 20.2\n2023 | 135.6 | 33.7% | 28.9\n2024 | 187.4 | 38.2% | 41.2\n"
            "Source: returns from licensed underwriters.\n\n"
            "Year | Average premium (₦ thousand) | Policies (million)\n2024 | 12.6 | 14.9\n")
    found = {(v.amount, v.currency, v.scale, v.year) for v in extract(text, "t").values}
    assert {(101.4, "NGN", "billion", 2022), (135.6, "NGN", "billion", 2023), (187.4, "NGN", "billion", 2024)} <= found
    assert not any(amount in (20.2, 28.9, 41.2, 12.6) for amount, *_ in found)


def test_a_polish_table_of_places_in_million_zloty_with_spaces_between_thousands():
    text = ("The Polish widget market reached PLN 6,84 bn in 2024.\n\n"
            "Voivodeship | 2024, PLN m | 2030f, PLN m | CAGR 2025–2030\n"
            "Mazowieckie | 1 245 | 1 741 | 5,6%\n"
            "Śląskie | 838 | 869 | 4,7%\n"
            "Małopolskie | 585 | 871 | 6,9%\n"
            "Other 11 voivodeships | 2 914 | 4 078 | 5,8%\n")
    found = {(v.amount, v.currency, v.year, v.region or v.segment) for v in extract(text, "t").values}
    assert {(1245.0, "PLN", 2024, "Mazowieckie"), (869.0, "PLN", 2030, "Śląskie"), (871.0, "PLN", 2030, "Małopolskie")} <= found
    assert not any(amount in (2914.0, 4078.0) for amount, *_ in found)


# ---------------------------------------------------------------- shapes met in batch 490-529 (own texts)

def test_a_figure_whose_unit_is_a_currency_code_and_then_its_scale():
    assert _figures("Ostland Widgets Market Size was estimated at 19.84 (USD Billion) in 2024. The market is expected "
                    "to be valued at 33.7 USD Billion in 2034.") == [
        (19.84, "USD", "billion", 2024, None), (33.7, "USD", "billion", 2034, None)]
    # (the years of a heading and its unit are no figure)
    assert _figures("The widget market was valued at USD 2.1 billion in 2024.\n"
                    "5. Widget Market, by Type, 2019-2033 (USD Million)  6. Widget Market, by Region") == [
        (2.1, "USD", "billion", 2024, None)]


def test_a_point_groups_thousands_before_a_continental_scale():
    assert _figures("The Spanish widget market reached a turnover of 4.862,3 M€ in 2024. For 2025 the observatory "
                    "estimates turnover of 5.060 M€.") == [(4862.3, "EUR", "million", 2024, None),
                                                           (5060.0, "EUR", "million", 2025, None)]
    assert _figures("The German widget market was worth EUR 1.926 Mio. in 2024.") == [(1926.0, "EUR", "million", 2024, None)]
    # an English "1.250 million" stays one and a quarter million
    assert _figures("The widget market was valued at USD 1.250 million in 2024.") == [(1.25, "USD", "million", 2024, None)]


def test_what_a_company_invoiced_is_its_own_figure():
    assert _figures("The Spanish widget market billed 4.862,3 M€ in 2024. Acme Catering alone invoiced 1.012 M€ "
                    "in 2024.") == [(4862.3, "EUR", "million", 2024, None)]


def test_a_year_table_whose_value_row_names_its_unit_the_continental_way():
    text = ("The Spanish widget market grew 4,2% in 2024.\n\n"
            "Table 1. Evolution of the widget market in Spain\n"
            "Year | 2022 | 2023 | 2024 | 2025e | 2030p\n"
            "Value (M€) | 2.612,8 | 2.731,5 | 2.846,3 | 2.951,0 | 3.420,6\n"
            "Volume (thousand t) | 236,4 | 233,9 | 234,7 | 235,2 | 238,8\n")
    assert [(amount, year) for amount, _, _, year, _ in _figures(text)] == [
        (2612.8, 2022), (2731.5, 2023), (2846.3, 2024), (2951.0, 2025), (3420.6, 2030)]


def test_a_country_table_in_euro_millions_with_decimal_commas():
    text = ("The European widget market was worth €1.42 billion in 2024.\n\n"
            "Country | 2024 (€ mln) | Share 2024 | CAGR 2025-2030\n"
            "United Kingdom | 312,5 | 22,0% | 7,1%\n"
            "France | 198,8 | 14,0% | 8,0%\n"
            "Total | 1.420,0 | 100% | 8,4%\n")
    assert {(312.5, "EUR", "million", 2024, "United Kingdom"), (198.8, "EUR", "million", 2024, "France")} <= set(_figures(text))


def test_a_clause_that_begins_with_its_verb_keeps_the_place_before_it():
    text = ("The global widget market was valued at USD 2.71 billion in 2024.\n\n"
            "The U.S. widget market size was exhibited at USD 0.78 billion in 2024 and is projected to be worth around "
            "USD 4.12 billion by 2034, growing at a CAGR of 18.1% from 2025 to 2034.\n\n"
            "The firm estimates that the market reached ¥148.6 billion (about US$990 million) in 2024 and will grow at "
            "a compound annual growth rate of 5.2% between 2025 and 2031.")
    found = _figures(text)
    assert (4.12, "USD", "billion", 2034, "United States") in found
    assert (5.2, 2025, 2031, None) in _rates(text)  # (not the place of "US$990 million", which no clause leads with)


def test_the_lines_under_a_related_reports_heading_are_other_markets():
    text = ("The global counter-drone market stood at USD 2.71 billion in 2024.\n\n"
            "Browse More Insights of Quintara Research:\n"
            "• The global anti-jamming market size is expected to grow from USD 4.9 billion in 2024 to USD 9.3 billion by 2034.\n"
            "• The global military radar market size is projected to reach USD 23.8 billion by 2034.\n")
    assert _figures(text) == [(2.71, "USD", "billion", 2024, None)]


def test_a_place_figure_whose_year_comes_before_it_and_a_rate_clause_after():
    text = ("The Latin America widget market was valued at USD 612.4 million in 2024.\n\n"
            "Brazil held the lion's share of the regional market in 2024, accounting for 46.2% of revenue, or roughly "
            "USD 282.9 million, and is projected to expand at a CAGR of 6.1% through 2032.\n\n"
            "Europe is still the dominant region, accounting for USD 7.28 billion, or 52.4% of global premiums, in 2024.")
    assert {(282.9, "USD", "million", 2024, "Brazil"), (7.28, "USD", "billion", 2024, "Europe")} <= set(_figures(text))


def test_a_rate_over_the_forecast_period_of_fiscal_years_and_one_from_a_start_year():
    text = ("The Indian widget market stood at INR 9,850 crore in FY2024 and is poised to hit INR 16,400 crore by FY2032, "
            "registering a CAGR of 6.6% over the forecast period.\n"
            "Base Year: FY2024 | Forecast Period: FY2025-FY2032 | Units: INR crore\n")
    assert (6.6, 2025, 2032, None) in _rates(text)
    text = ("In words: the widget market generated USD 1.15 billion in 2024 and should pass USD 3.6 billion by 2035, an "
            "average annual expansion of 11.2% from 2025.")
    assert _rates(text) == [(11.2, 2025, 2035, None)]


def test_a_correction_notice_states_no_figure_of_its_own():
    text = ('In the news release, "Widget Films Market to Reach USD 11.4 Billion by 2032 at 8.9% CAGR," issued 12-May-2025, '
            'the forecast value should read "USD 9.42 billion" rather than "USD 11.4 billion", and the CAGR should read '
            '"6.2%" rather than "8.9%". The complete, corrected release follows:\n\n'
            "The global widget films market was valued at USD 6.1 billion in 2024 and is projected to reach USD 9.42 "
            "billion by 2032, at a CAGR of 6.2% from 2025 to 2032.")
    assert _figures(text) == [(6.1, "USD", "billion", 2024, None), (9.42, "USD", "billion", 2032, None)]
    assert _rates(text) == [(6.2, 2025, 2032, None)]


def test_a_region_named_after_another_in_its_sentence_has_that_ones_year():
    text = ("Germany was the largest country market in 2024 with a 26.8% share, equal to about EUR 1.33 billion, followed "
            "by France (EUR 0.71 billion). Poland is the fastest-growing country, with a CAGR of 6.3% through 2032.")
    assert (0.71, "EUR", "billion", 2024, "France") in _figures(text)


def test_a_list_under_a_lead_in_whose_first_bullet_carries_a_note():
    text = ("Competitive Landscape\n"
            "The market is moderately concentrated; the top five insurers hold roughly XX% of premiums. Leading companies:\n"
            "• Quálitas Controladora, S.A.B. de C.V. - headquartered in Mexico City; the clear market leader in auto\n"
            "• GNP Seguros\n• AXA Seguros\n• HDI Seguros\n")
    assert names(text) == ["Quálitas Controladora, S.A.B. de C.V.", "GNP Seguros", "AXA Seguros", "HDI Seguros"]


def test_names_that_stand_out_in_a_field_and_names_among_suppliers():
    text = ("In the white-pig ham segment, Campofrío (through its brand Navidul), ElPozo Alimentación, Incarlopsa and "
            "Argal stand out.\n\n"
            "- Jiangsu Yoke Technology, ADEKA and Daihachi Chemical are among the Asian suppliers the report profiles.")
    assert names(text) == ["Campofrío", "ElPozo Alimentación", "Incarlopsa", "Argal", "Jiangsu Yoke Technology", "ADEKA",
                           "Daihachi Chemical"]


def test_vendors_named_in_the_study_and_a_name_ending_in_products():
    text = ("Vendors named in the study: Gutermann, Itron, FIDO Tech and Mueller Water Products (Echologics). Xylem and "
            "Gutermann are described as the broadest portfolios.\n\n"
            "Segments covered in the report: By Service Type (Domestic Freight, Warehousing); By End User (Retail, Pharma)")
    assert names(text) == ["Gutermann", "Itron", "FIDO Tech", "Mueller Water Products"]


def test_a_house_that_names_companies_as_the_leading_vendors():
    text = ("On the supplier side, Fjordmere names AKVA Group, Billund Aquakultur, AquaMaof and Innovasea as the leading "
            "system vendors.\n\n"
            "The research names Grainger plc, the largest listed BTR landlord, alongside Legal & General and Moda "
            "Living as the main operators.")
    assert names(text) == ["AKVA Group", "Billund Aquakultur", "AquaMaof", "Innovasea", "Grainger plc", "Legal & General",
                           "Moda Living"]  # (not "BTR landlord": "listed" there is no verb)


def test_labels_parted_by_a_dash_or_a_double_bar():
    assert names("Companies mentioned — Bramblecrest, Alexander Rose, Maze Ltd, B&Q, Homebase\n") == [
        "Bramblecrest", "Alexander Rose", "Maze Ltd", "B&Q", "Homebase"]
    assert names("Report Attribute || Details\n"
                 "Key Companies Profiled || Allianz Trade; Atradius N.V.; Credendo; Export Development Canada\n") == [
        "Allianz Trade", "Atradius N.V.", "Credendo", "Export Development Canada"]


def test_numeric_dates_day_first_on_a_page_that_writes_so():
    # one date that can only be day first tells the page's way; so do decimal commas, when no date can tell
    assert _events("The Spanish widget market grew 4,1 % in 2024.\n\n"
                   "03/02/2025 – Ausolan completed the acquisition of a school-catering company.\n"
                   "12/11/2024 – Sodexo Iberia won a hospital contract.") == [
        ("2025-02-03", "Ausolan"), ("2024-11-12", "Sodexo Iberia")]
    assert _events("03/02/2025 – Ausolan completed the acquisition of a school-catering company.\n"
                   "17/09/2024 – Sodexo Iberia won a hospital contract.") == [
        ("2025-02-03", "Ausolan"), ("2024-09-17", "Sodexo Iberia")]
    assert _events("03/02/2025 – Ausolan completed the acquisition of a school-catering company.\n"
                   "09/17/2024 – Sodexo Iberia won a hospital contract.") == [
        ("2025-03-02", "Ausolan"), ("2024-09-17", "Sodexo Iberia")]


def test_one_subject_with_a_second_verb_and_date_and_a_name_with_an_accent():
    assert _events("Abbott completed enrollment in its TMVR pivotal trial in November 2024 and received FDA breakthrough "
                   "device designation for a tricuspid system in February 2025.") == [
        ("2025-02", "Abbott"), ("2024-11", "Abbott")]
    assert _events("On 14 March 2025, Campofrío opened a new slicing plant in Burgos.") == [("2025-03-14", "Campofrío")]


def test_groups_inside_a_titles_parentheses_and_examples_in_a_sentences_subject():
    text = ("Widget POS Software Market (By Component: Software, Services; By Application: Front-of-House, Back-of-House) – "
            "Global Industry Analysis, Size, Share, Growth, Trends, Regional Outlook, and Forecast 2025-2032\n\n"
            "Services (implementation, menu engineering, training) will grow at a faster rate as groups outsource work.")
    found = {(s.dimension, s.name) for s in extract(text, "t").segments}
    assert found == {("Component", "Software"), ("Component", "Services"), ("Application", "Front-of-House"),
                     ("Application", "Back-of-House")}


def test_a_paragraphs_run_in_heading_names_its_dimension_and_a_ranking_is_no_segment_name():
    text = ("The UK widget market was worth £1.42bn in 2024.\n\n"
            "Product. Dining sets remained the single biggest product category at 29.8% of value.\n\n"
            "Distribution channel. Garden centres held the largest share of sales in 2024 (31.5%).")
    assert set(segments(text)) == {("Product", "Dining sets", "largest_share"),
                                   ("Distribution Channel", "Garden centres", "largest_share")}


def test_a_region_inside_a_country_with_its_compass_word():
    text = ("The Indonesia widget market was valued at USD 2.1 billion in 2024.\n\n"
            "Central Sulawesi held the largest share of capacity in 2024, while North Maluku and Southeast Sulawesi follow. "
            "Northern Ontario is not covered.")
    found = {(r.name, r.claim) for r in extract(text, "t").regions}
    assert ("Central Sulawesi", "largest_share") in found and "Sulawesi" not in {name for name, _ in found}


def test_a_rounder_statement_of_a_figure_in_the_same_scale_is_a_restatement():
    text = ("India Widget Market to Reach ₹2.23 Lakh Crore by 2031\n\n"
            "India's widget market was valued at ₹1,21,350 crore in 2024 and is projected to reach ₹2,23,200 crore by 2031.")
    assert [(v.amount, v.year, len(v.also_stated)) for v in extract(text, "t").values] == [(1.2135, 2024, 0), (2.232, 2031, 1)]


def test_a_breakdowns_line_labelled_with_its_place():
    text = ("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
            "Country breakdown\n"
            "United States - Valued at USD 331.6 million in 2025 in our base case. Retrofits dominate.\n")
    assert (331.6, "USD", "million", 2025, "United States") in _figures(text)


def test_a_companys_round_announced_in_a_month():
    assert _events("Watershed's USD 100 million round, announced in Feb 2024, is still the largest single raise in the "
                   "category.") == [("2024-02", "Watershed")]


def test_a_timeline_line_whose_verb_is_in_the_present():
    assert _events("Timeline\n12.03.2025 - Salmon Evolution stocks module 2\n2024 - Revenue grows 5% in the segment\n") == [
        ("2025-03-12", "Salmon Evolution")]


def test_rand_written_with_its_letter_before_a_scale_and_not_a_statistic():
    assert _figures("The South Africa widget market generated R41.2 billion in 2024 and should reach R63.5 bn by 2030. "
                    "The fit of the model, R2 = 0.91 in 2024, is good.") == [
        (41.2, "ZAR", "billion", 2024, None), (63.5, "ZAR", "billion", 2030, None)]


def test_zloty_after_the_amount_and_an_approximate_conversion_in_parentheses():
    text = ("The Polish widget market reached 12,4 mld zł (ok. 2,9 mld EUR) in 2024 and will reach 19,1 mld zł by 2030. "
            "Online sales generated 4 310 mln zł in 2024.")
    found = _figures(text)
    assert (12.4, "PLN", "billion", 2024, None) in found and (19.1, "PLN", "billion", 2030, None) in found
    assert (4310.0, "PLN", "million", 2024, None) in found or (4310.0, "PLN", "million", 2024, "Online sales") in found


def test_a_table_row_whose_name_has_a_parenthesis_inside_and_a_row_a_template_left_blank():
    text = ("The global widget market is projected to grow at a CAGR of 7.1% from 2025 to 2033.\n\n"
            "Exhibit 2.1: Widget Market, by Type, 2025 vs 2033 (USD Million)\n"
            "Type    2025    2033    CAGR (2025–2033)\n"
            "Rotary Widgets    812.4    1,402.3    7.1%\n"
            "Dual-Axis (Gimbal) Widgets    301.7    611.0    9.2%\n"
            "Linear Widgets    95.5    XX.X    X.X%\n")
    found = _figures(text)
    assert (301.7, "USD", "million", 2025, "Dual-Axis (Gimbal) Widgets") in found
    assert (611.0, "USD", "million", 2033, "Dual-Axis (Gimbal) Widgets") in found
    assert (95.5, "USD", "million", 2025, "Linear Widgets") in found


def test_a_coverage_tables_revenue_row_and_a_figure_rounded_in_the_other_scale():
    text = ("The global widget market size is estimated at USD 512.6 million in 2025 and is projected to reach USD 874.4 "
            "million by 2032.\n\nReport Coverage        Details\nRevenue in 2024        USD 488.0 million\n"
            "Revenue Forecast in 2032        USD 874.4 million\n\n"
            "FAQ\nQ: How big will it be? A: The widget market is expected to reach about USD 0.87 billion by 2032.")
    values = extract(text, "t").values
    assert [(v.amount, v.year) for v in values] == [(488.0, 2024), (512.6, 2025), (874.4, 2032)]
    assert len(values[-1].also_stated) == 2  # the table's row and the FAQ's rounded figure


def test_a_figure_whose_sentence_leads_with_one_of_the_pages_segments():
    text = ("Global Widget Market\nBy Product Type: Rotary Widgets/Spinners, Linear Widgets, Gimbal Widgets & Mounts\n\n"
            "The global widget market was valued at USD 40.2 billion in 2024.\n\n"
            "Rotary widgets remained the backbone of the category, generating USD 21.5 billion in 2024, or 53.5% of "
            "global revenue.\n\nGimbal widgets and mounts generated USD 2.2 billion in 2024 and are expected to grow at a "
            "CAGR of 9.8% from 2025 to 2033.")
    found = _figures(text)
    assert (21.5, "USD", "billion", 2024, "Rotary Widgets/Spinners") in found
    assert (2.2, "USD", "billion", 2024, "Gimbal Widgets & Mounts") in found
    assert (40.2, "USD", "billion", 2024, None) in found


def test_a_place_then_what_it_is_and_revenue_that_rose_from_a_figure():
    text = ("The global widget market was valued at USD 40.2 billion in 2024. Japan, a mature market worth USD 3.1 "
            "billion in 2024, is shifting to slimmer widgets.\n\nThe historic picture is steadier. Revenue rose from "
            "USD 30.4 Bn in 2019 to USD 34.9 Bn in 2021.")
    found = _figures(text)
    assert (3.1, "USD", "billion", 2024, "Japan") in found
    assert {(30.4, 2019), (34.9, 2021)} <= {(amount, year) for amount, _, _, year, _ in found}


def test_a_figure_whose_year_is_wrapped_to_the_next_line():
    text = ("SAN DIEGO, Sept. 9, 2025 /Wire/ -- The global widget market, valued at USD 8.02 billion in\n"
            "2024, is expected to reach USD 12.9 billion by 2033, expanding at a CAGR of 5.4% from\n"
            "2025 to 2033.\n")
    assert [(v.amount, v.year) for v in extract(text, "t").values] == [(8.02, 2024), (12.9, 2033)]


def test_a_statistics_table_with_spaces_grouping_thousands_and_a_past_rate_that_starts_no_forecast():
    text = ("Statistical Bulletin 04/2025\nRelease date: 16 May 2025\n\n"
            "The widget market reached EUR 1,301.4 million in 2024. Between 2019 and 2024 the market grew at an average "
            "annual rate (CAGR) of 3.2%. It is forecast to reach EUR 1.5 billion by 2030, a CAGR of 2.4% over 2025-2030.\n\n"
            "Table 1 - Widget market, 2019-2024 (EUR million)\nYear | 2019 | 2020 | 2021 | 2022 | 2023 | 2024p\n"
            "Market value | 1 111.2 | 981.5 | 1 139.8 | 1 201.2 | 1 246.9 | 1 301.4\n")
    values = extract(text, "t").values
    assert [(v.amount, v.year, v.kind) for v in values if v.year < 2024] == [
        (1111.2, 2019, "actual"), (981.5, 2020, "actual"), (1139.8, 2021, "actual"), (1201.2, 2022, "actual"),
        (1246.9, 2023, "actual")]


def test_a_companys_own_revenue_a_plant_expansion_and_another_markets_headline_are_not_values():
    text = ("Poland Widget Market Report 2025\n\nThe Polish widget market reached PLN 12.4 billion in 2024.\n\n"
            "Acme remains the leader; its Polish revenue of PLN 5.1 billion in 2024 is reported separately.\n"
            "- Q1 2025 - Borealis completed a USD 180 million expansion of its widget plant in 2025.\n\n"
            "Most read\n1. Gadget Insurance Market to Hit USD 34.2 Billion by 2032, Says Verity Lane\n")
    assert _figures(text) == [(12.4, "PLN", "billion", 2024, None)]


def test_names_parted_by_middle_dots_under_a_slides_heading():
    text = ("[Slide 8 of 11]\nCompetitive landscape\n"
            "Acme Glass (LumaPane) · Borealis, Inc. · Cobalt Films Ltd. · Dunmore Optics · Elkstone® Coatings · Fernway\n"
            "Top 3 = ~40% of revenue\n")
    assert names(text) == ["Acme Glass", "Borealis, Inc.", "Cobalt Films Ltd.", "Dunmore Optics", "Elkstone® Coatings",
                           "Fernway"]


def test_a_whos_who_heading_over_upper_case_names():
    text = ("Who's who\nACME CASH , BOREALIS AB , COBALT SECURE , DUNMORE GUARD , ELKSTONE LOGISTICS\n"
            "Speaker notes: top three hold roughly half of global revenue.\n")
    assert names(text) == ["ACME CASH", "BOREALIS AB", "COBALT SECURE", "DUNMORE GUARD", "ELKSTONE LOGISTICS"]


def test_a_list_wrapped_after_its_commas_and_lists_led_in_by_an_analysts_words():
    assert names("Leading suppliers include Acme Space, Borealis Orbital Inc.,\nCobalt Imaging, Dunmore Geo,\n"
                 "Elkstone Geodata and Fernway Satellite Services.\n") == [
        "Acme Space", "Borealis Orbital Inc.", "Cobalt Imaging", "Dunmore Geo", "Elkstone Geodata",
        "Fernway Satellite Services"]
    assert names("It's fragmented. The larger names are Acme, Inc., Borealis Anodes, Cobalt Corrosion Control and "
                 "Dunmore Ltd. Then hundreds of installers.") == ["Acme, Inc.", "Borealis Anodes", "Cobalt Corrosion Control",
                                                                   "Dunmore Ltd."]
    assert names("Beyond the two leaders, the peer set covers Acme Test, Inc., Borealis ATE Inc., Cobalt Probe "
                 "Technology and Dunmore Systems. We also follow others.") == [
        "Acme Test, Inc.", "Borealis ATE Inc.", "Cobalt Probe Technology", "Dunmore Systems"]
    assert names("Companies profiled include Acme Labels, Borealis RFID, Cobalt Systems, Dunmore Tags, Identix etc. "
                 "The report also tracks deals.") == ["Acme Labels", "Borealis RFID", "Cobalt Systems", "Dunmore Tags",
                                                      "Identix"]


def test_tiers_of_names_parted_by_semicolons_and_a_heading_after_them():
    text = ("Who is who\n\nTier 1 (global packaging and coding groups): Acme Corporation; Borealis Inc.; Cobalt plc\n"
            "Tier 2 (specialist authentication providers): Dunmore Security Group; Elkstone, Inc.; Fernway SA\n\n"
            "Recent activity\n- In March 2025, Acme Corporation bought a start-up.\n")
    assert names(text) == ["Acme Corporation", "Borealis Inc.", "Cobalt plc", "Dunmore Security Group", "Elkstone, Inc.",
                           "Fernway SA"]


def test_bullets_of_names_with_their_seats_and_one_that_belongs_to_another_company():
    text = ("Key companies\n* Acme Inc. (St. Petersburg, Florida) - plants in Chihuahua\n"
            "* Borealis Medical (Foxborough, Massachusetts)\n* Cobalt-Medisize, a Dunmore company (Hudson, Wisconsin)\n"
            "* Elkstone Systems (Maple Grove, Minnesota)\n")
    assert names(text) == ["Acme Inc.", "Borealis Medical", "Cobalt-Medisize", "Elkstone Systems"]


def test_a_rate_does_not_take_the_year_of_another_subjects_figure_in_another_clause():
    assert _rates("Karnataka is the largest single state at INR 33,400 crore in 2024, while Kerala is expected to post a "
                  "14.2% CAGR as highway access improves.") == [(14.2, None, None, "Kerala")]


def test_rates_under_a_caption_that_names_them_and_their_period():
    text = ("The global widget market will grow at a CAGR of 7.4% from 2025 to 2033.\n\n"
            "Exhibit 3.3: Regional CAGR, 2025–2033\nNorth America    6.6%\nEurope    6.9%\nAsia Pacific    9.9%\n\n"
            "North America accounted for 39.8% of revenue in 2024.\n")
    assert _rates(text) == [(6.6, 2025, 2033, "North America"), (6.9, 2025, 2033, "Europe"), (7.4, 2025, 2033, None),
                            (9.9, 2025, 2033, "Asia Pacific")]


def test_a_market_that_compounded_at_a_rate():
    assert _rates("Looking back, the widget market compounded at 9.7% over 2019-24, but after the 2021 peak it shrank at "
                  "a -16.5% CAGR over 2021-23.") == [(-16.5, 2021, 2023, None), (9.7, 2019, 2024, None)]


def test_a_slides_headline_figures_a_houses_projection_of_spending_and_a_years_low():
    slide = ("The headline\nGlobal widget services revenue 2024: USD 23.7 bn\n2025E: USD 24.4 bn\n2030F: USD 28.7 bn\n"
             "CAGR 2025–2030: 3.3%\n")
    assert [(v.amount, v.year) for v in extract(slide, "t").values] == [(23.7, 2024), (24.4, 2025), (28.7, 2030)]
    news = ("The UK widget market was worth £14.6bn in 2019, well clear of the 2020 low of £10.9bn.\n\n"
            "Ashenfield expects spending to reach £19.2bn by 2030.")
    assert {(v.amount, v.year) for v in extract(news, "t").values} == {(14.6, 2019), (10.9, 2020), (19.2, 2030)}


def _segments(text):
    return [(s.dimension, s.name, s.claim) for s in extract(text, "t").segments]


def test_a_list_of_segments_then_a_clause_naming_the_largest():
    assert _segments("By capacity, the widget market is segmented into up to 5 kg, 5-10 kg and above 10 kg, with the "
                     "5-10 kg class the largest.") == [
        ("Capacity", "up to 5 kg", None), ("Capacity", "5-10 kg", "largest_share"), ("Capacity", "above 10 kg", None)]


def test_contact_lines_units_and_rankings_are_not_segments():
    text = ("By deployment, the widget market is segmented into cloud and on-premises.\n\n"
            "Priya Nair, Head of Product Marketing\nanalyst@widgethouse.example · Widget House AB\n\n"
            "Segment | INR Crore | Million Sq. m\nShipments (million units) | 12 | 14\n"
            "By provider, the top three hold half of the market.")
    assert {name for _, name, _ in _segments(text)} == {"cloud", "on-premises"}


def test_a_one_word_company_whose_name_ends_like_an_adjective_and_a_company_taken_over_by_nobody_named():
    text = ("Leading suppliers are Acme Geo, Borespective and Cobalt Orbit.\n\nRecent developments\n"
            "• Borespective raised JPY 11 billion in June 2024 and began commercial service in December 2024.\n"
            "• 2023 - Dunmore was acquired by a Saudi-backed investor group.\n"
            "• In May 2024, Elkstone Robotics was acquired by Fernway Holdings.\n"
            "Cumulative installed capacity reached 4 GW in 2024.")
    assert sorted(_events(text)) == [("2023", "Dunmore"), ("2024-05", "Fernway Holdings"), ("2024-06", "Borespective"),
                                     ("2024-12", "Borespective")]


def test_a_second_company_that_said_on_a_date_what_it_had_done_and_a_timeline_lines_second_event():
    assert _events("Other dated moves: on 15 April 2025, Acme Industries signed a licence; Borealis-Alfa said on "
                   "September 30, 2025 that it had certified a new model.") == [
        ("2025-09-30", "Borealis-Alfa"), ("2025-04-15", "Acme Industries")]
    assert sorted(_events("Recent deals\nOct 2024 · Acme Cash opens a processing centre in Pune; Borealis Systems wins "
                          "a mandate\nDunmore opened a plant in May 2024; demand rose.")) == [
        ("2024-05", "Dunmore"), ("2024-10", "Acme Cash"), ("2024-10", "Borealis Systems")]


def test_a_founders_name_with_its_country_a_name_with_an_accented_capital_and_a_documents_own_parts():
    text = "Key players include Becton, Dickinson and Company (US), Ypsomed AG (Switzerland) and Össur hf. (Iceland)."
    assert sorted(names(text)) == ["Becton, Dickinson and Company", "Ypsomed AG", "Össur hf."]
    assert names("Companies profiled\nAcme Corp\nBorealis Inc.\nCobalt Ltd.\nList of Figures\nAppendix\n") == [
        "Acme Corp", "Borealis Inc.", "Cobalt Ltd."]


def test_a_factsheets_rate_tables_named_in_their_captions():
    text = ("Global widget market value 2025E: USD 8,020 million; CAGR 2025-2031: 8.6%.\n\n"
            "Table 3 | Share of 2025E value and CAGR 2025-31 by segment\nDimension | Segment | Share 2025E | CAGR\n"
            "Material | Glass | 71% | 7.2%\nType | Dual-chamber | 16% | 11.0%\nApplication | Other | 13% | n/a\n\n"
            "Geography\nRegion || Share of 2024A sales || CAGR 25-30E\nEurope (EU4 + UK) || 14% || 16.4%\n\n"
            "Regional Analysis (2023 share | CAGR 2024-2032):\nAsia Pacific | 27.9% | 12.4%\nLatin America | 3.3% | XX%\n")
    assert _rates(text) == [(7.2, 2025, 2031, "Glass"), (8.6, 2025, 2031, None), (11.0, 2025, 2031, "Dual-chamber"),
                            (12.4, 2024, 2032, "Asia Pacific"), (16.4, 2025, 2030, "Europe")]


def test_a_rate_whose_subject_is_ranked_or_named_again_in_an_answer():
    text = ("The global widget market will grow at a CAGR of 15.8% over 2025-2030. Oral widgets are the fastest-growing "
            "route of administration, at a CAGR of 34.2% over 2025-2030.\n\nQ: Which route grows fastest? A: Oral widgets, "
            "at 34.2% CAGR.")
    assert _rates(text) == [(15.8, 2025, 2030, None), (34.2, 2025, 2030, "Oral widgets")]


def test_a_rate_over_the_forecast_period_a_places_rate_carried_through_its_clauses_and_the_markets_own_place():
    text = ("The global widget market size was valued at USD 3.61 billion in 2024 and is expected to reach USD 16.85 billion "
            "by 2034, expanding at a CAGR of 16.7% from 2025 to 2034.\n"
            "- Europe is expected to grow at the fastest CAGR of 18.9% during the forecast period.\n"
            "- The U.S. widget market size was USD 0.52 billion in 2024 and is projected to hit around USD 2.38 billion by "
            "2034, growing at a CAGR of 16.4%.")
    assert _rates(text) == [(16.4, 2024, 2034, "United States"), (16.7, 2025, 2034, None), (18.9, 2025, 2034, "Europe")]
    korea = ("The South Korea widget market was valued at KRW 2.1 trillion in 2025 and is projected to reach KRW 6.4 trillion "
             "by 2033, growing at a compound annual growth rate of 17.7%. CAGR (2026-2033): 17.7%.")
    assert _rates(korea) == [(17.7, 2026, 2033, None)]


def test_a_brokers_table_of_actual_and_estimated_years_with_a_number_inside_a_row_name():
    text = ("Our base case has the global widget market reaching USD 148.6 billion in 2030E, a CAGR of 15.8% over 2025-2030E.\n\n"
            "Table 1: Global widget market model by indication (USD bn)\n"
            "Indication || 2024A || 2025E || 2027E || 2030E || CAGR 25-30E\n"
            "Type 2 widgets || 30.1 || 36.2 || 43.5 || 55.9 || 9.1%\n"
            "Other indications || 1.3 || 1.6 || 3.4 || 7.4 || n.m.\n"
            "Total || 52.8 || 71.4 || 98.9 || 148.6 || 15.8%\n")
    values = extract(text, "t").values
    assert {(v.amount, v.year, v.kind) for v in values if v.segment is None} == {
        (52.8, 2024, "actual"), (71.4, 2025, "estimate"), (98.9, 2027, "forecast"), (148.6, 2030, "forecast")}
    assert {(v.amount, v.year) for v in values if v.segment == "Type 2 widgets"} == {(30.1, 2024), (36.2, 2025), (43.5, 2027),
                                                                                    (55.9, 2030)}


def test_the_new_taiwan_dollar():
    assert _figures("The Taiwan widget gas market reached NT$52.8 billion in 2024 and should reach NT$91.4 billion in "
                    "2030.") == [(52.8, "TWD", "billion", 2024, None), (91.4, "TWD", "billion", 2030, None)]


def test_a_top_companies_articles_numbered_entries_each_with_a_note():
    text = ("Top 6 Companies in the Widget Market\n\nThe widget market is served by a mix of old brands and new ones.\n\n"
            "1. Acme Widgets International (France) – regulators and fins.\n2. Borealis Aquatics – premium fins.\n"
            "3. Cobalt Sub S.p.A. (Italy) – masks and snorkels.\n4. Dunmore Ltd. – wrist-mounted computers.\n\n"
            "Segments\n1. Hardware – sensors and gauges.\n2. Software – analytics.\n3. Services – repair.\n")
    assert names(text) == ["Acme Widgets International", "Borealis Aquatics", "Cobalt Sub S.p.A.", "Dunmore Ltd."]


def test_lists_led_in_by_what_an_analyst_tracks_and_by_the_largest_between_dashes():
    assert names("The institute named Acme Webtoon, Borealis Entertainment, Ridi Corp. and KToon as the main domestic "
                 "platforms.") == ["Acme Webtoon", "Borealis Entertainment", "Ridi Corp.", "KToon"]
    assert names("Vendors we track: IBM (Maximo), Fiix (Rockwell Automation), UpKeep and Accruent.") == [
        "IBM", "Fiix", "UpKeep", "Accruent"]
    assert names("The market is consolidated. The five largest suppliers – 3M, tesa SE (a Beiersdorf company), Nitto Denko "
                 "and Lohmann – hold 45 percent.") == ["3M", "tesa SE", "Nitto Denko", "Lohmann"]
    assert names("Gas suppliers active in Taiwan include Acme Far Eastern, Linde LienHwa and SK Specialty etc.") == [
        "Acme Far Eastern", "Linde LienHwa", "SK Specialty"]


def test_a_table_of_shares_whose_rows_name_their_dimension_and_its_total_row():
    text = ("Table 3 | Share of 2025E value by segment\nDimension | Segment | Share 2025E | CAGR\n"
            "Material | Glass | 71% | 7.2%\nMaterial | Plastic (COC/COP) | 29% | 11.5%\nType | Single-chamber | 84% | 8.1%\n"
            "Type | Dual-chamber | 16% | 11.0%\nApplication | Other | 13% | n/a\n\n"
            "Table 4 | Sales by gas type\nGas type | 2024 | Share\nSilanes | 7.9 | 15.0%\nDopants | 9.0 | 17.1%\n"
            "Total | 52.8 | 100.0%\n\nThe first three manufacturers hold the largest share.")
    found = _segments(text)
    assert ("Material", "Glass", "largest_share") in found and ("Type", "Single-chamber", "largest_share") in found
    assert ("Material", "Plastic (COC/COP)", None) in found
    assert not {name for _, name, _ in found} & {"Material", "Type", "Total", "Other", "first three manufacturers"}


def test_figures_beside_a_comparison_with_an_earlier_assumption_and_an_analysts_spending_estimate():
    text = ("The global widget protection market grew from USD 4.3 billion in 2023 to USD 4.9 billion in 2024. For 2025 itself "
            "we estimate spending of approximately USD 5.6 billion. On that path the market is projected to surpass USD 12 "
            "billion by 2031, roughly a year earlier than our previous edition assumed.")
    assert [(amount, year) for amount, _, _, year, _ in _figures(text)] == [(4.3, 2023), (4.9, 2024), (5.6, 2025), (12.0, 2031)]
    # still not a market figure: a hypothesis, and what a government spends
    assert _figures("Assuming a 5% price cut, the widget market could reach USD 9.1 billion in 2030.") == []


def test_a_forecast_after_a_semicolon_whose_year_leads_its_clause():
    text = ("The European widget market reached EUR 1.842,5 Mio. in 2024. For 2025, Kesselwerk expects sales of EUR 1.921,7 "
            "Mio.; by 2030 the market should grow to EUR 2,41 Mrd., a CAGR of 4,6 % between 2025 and 2030.")
    assert [(amount, scale, year) for amount, _, scale, year, _ in _figures(text)] == [
        (2.41, "billion", 2030), (1842.5, "million", 2024), (1921.7, "million", 2025)]


def test_a_transactional_channel_is_not_a_transaction():
    text = ("Japan's widget streaming market, defined as revenue from subscription, transactional and ad-supported "
            "distribution, grew from ¥178.5 billion in 2023 to ¥206.2 billion in 2024.")
    assert [(amount, year) for amount, _, _, year, _ in _figures(text)] == [(178.5, 2023), (206.2, 2024)]


def test_rate_columns_titled_without_a_percent_sign_two_rate_columns_and_a_title_over_names_and_figures():
    text = ("The global widget market generated USD 1,482.6 million in 2024.\n\n"
            "Exhibit 2.1: Share by Type, 2024 (%) and CAGR 2025-2030 (%)\nType | Share 2024 | CAGR 2025-2030\n"
            "Amino Widgets | 31.4 | 6.2\nVinyl Widgets | 22.7 | 5\n\n"
            "By Destination | Share | CAGR 2025-2030\nDomestic | 88.9 | 4.4\nInternational | 11.1 | 6.1\n\n"
            "Regional Market Value, 2024 (USD Billion) | CAGR 2025-2032\nEurope | 1.24 | 4.3%\nAsia Pacific | 1.19 | 7.3%\n\n"
            "Disease area | 2020 | 2024 | CAGR 2020-2024 | CAGR 2024-2030E\nGlaucoma | 6.9 | 7.3 | 1.4% | 5.7%\n")
    rates = {(c.segment or c.region, c.percent, c.start, c.end) for c in extract(text, "t").cagr}
    assert rates >= {("Amino Widgets", 6.2, 2025, 2030), ("Vinyl Widgets", 5.0, 2025, 2030), ("Domestic", 4.4, 2025, 2030),
                     ("International", 6.1, 2025, 2030), ("Europe", 4.3, 2025, 2032), ("Asia Pacific", 7.3, 2025, 2032),
                     ("Glaucoma", 1.4, 2020, 2024), ("Glaucoma", 5.7, 2024, 2030)}
    # a share column's bare numbers are not rates
    assert not {rate for rate in rates if rate[1] in (31.4, 88.9, 1.24)}


def test_rates_over_the_same_horizon_worked_out_from_the_figures_before_and_with_a_short_period_before_the_word():
    assert _rates("Under our baseline the widget market grows at a compound annual rate of 13.8% over 2025-2032. Training "
                  "modules retain the largest share, whereas simulations exhibit the highest growth (a 17.2% CAGR over the "
                  "same horizon).") == [(13.8, 2025, 2032, None), (17.2, 2025, 2032, None)]
    assert _rates("Ferncrest puts the U.S. widget seed market at $612 million in 2025 and expects it to reach about $1.04 "
                  "billion by 2032. That works out to a compound annual growth rate of 7.9%.") == [(7.9, 2025, 2032, None)]
    assert _rates("We now see the widget market at US$8.6bn in 2026 and US$11.2bn by 2030. That implies a 2025-30 CAGR of "
                  "7.2%.") == [(7.2, 2025, 2030, None)]


def test_a_long_lead_in_that_ends_introducing_the_bullets_under_it():
    text = ("Competitive Landscape\n\nThe report profiles independent orchestrators, widget service providers with orchestration "
            "layers and gateway specialists, including:\n• Spreedwell (United States)\n• CellPoint Widgets (Denmark)\n"
            "• BR-DGE (United Kingdom)\n• Checkout.com (United Kingdom)\n\nDemand grows.")
    assert names(text) == ["Spreedwell", "CellPoint Widgets", "BR-DGE", "Checkout.com"]


def test_a_name_whose_and_joins_its_own_words_before_the_lists_last_and():
    assert sorted(names("Leading players in the widget market are BASF SE, UPL Limited, Chambal Fertilisers and Chemicals "
                        "Limited and ICL Group Ltd.")) == [
        "BASF SE", "Chambal Fertilisers and Chemicals Limited", "ICL Group Ltd.", "UPL Limited"]


def test_competitors_named_after_a_phrase_that_sets_the_scene():
    assert names("The widget market splits between edge platforms and specialists. On the edge side, Akamai Widgets, "
                 "Cloudfort and Fastwell compete with the native services of the hyperscalers.") == [
        "Akamai Widgets", "Cloudfort", "Fastwell"]


def test_a_share_caption_with_a_capitalised_dimension_over_rows_without_percent_signs():
    text = ("The global widget agents market generated USD 1,482.6 million in 2024.\n\n"
            "Exhibit 2.2: Share by Application, 2024 (%)\nRubber & Plastics || 34.8\nAdhesives & Sealants || 21.1\n"
            "Fiber Treatment || 14.6\nOthers || 9.8\n\nDemand grows.")
    assert _segments(text) == [("Application", "Rubber & Plastics", "largest_share"), ("Application", "Adhesives & Sealants", None),
                               ("Application", "Fiber Treatment", None)]


def test_a_dimension_heading_over_a_list_then_what_it_says_of_one():
    text = ("The global widget film market was valued at USD 6.1 billion in 2024.\n\nSegmentation Analysis\n\nBy Material\n"
            "LLDPE, LDPE, PVC and others. LLDPE held about 78% of revenue in 2024 thanks to its cling.\n\nBy End Use\n"
            "Food & beverage, consumer goods and pharmaceuticals. Food & beverage remained the largest end use in 2024.\n")
    assert _segments(text) == [("Material", "LLDPE", "largest_share"), ("Material", "LDPE", None), ("Material", "PVC", None),
                               ("End Use", "Food & beverage", "largest_share"), ("End Use", "consumer goods", None),
                               ("End Use", "pharmaceuticals", None)]


def test_insights_headings_name_the_dimension_of_the_paragraph_under_them():
    text = ("The global widget management market was valued at USD 6.12 billion in 2024.\n\nOrganization Size Insights\n\n"
            "Large enterprises held the majority share in 2024. Small and medium-sized enterprises (SMEs) are expected to grow "
            "faster, aided by usage-based pricing.\n\nIndustry Vertical Insights\n\nBFSI accounted for the largest share in 2024. "
            "Healthcare is anticipated to witness the fastest growth. The domestic widget market is expected to grow faster.\n\n"
            "Widget Market Analysis by Hallmark Research\n\nThe Japanese widget market held the largest share.")
    assert _segments(text) == [("Organization Size", "Large enterprises", "largest_share"),
                               ("Organization Size", "Small and medium-sized enterprises (SMEs)", "fastest_growth"),
                               ("Industry Vertical", "BFSI", "largest_share"), ("Industry Vertical", "Healthcare", "fastest_growth")]


def test_a_table_whose_cells_write_their_currency_and_scale_under_year_columns():
    text = ("North America Widget Platforms Market Outlook, 2025-2032\n\n"
            "Region || 2024 || 2025 || 2032 || CAGR (2025-2032)\nUnited States || USD 4.62 Bn || USD 4.88 Bn || USD 7.21 Bn || 5.7%\n"
            "Canada || USD XX Mn || USD XX Mn || USD XX Mn || XX%\nMexico || USD 0.27 Bn || USD 0.30 Bn || USD 0.58 Bn || 9.9%\n")
    assert _figures(text) == [(0.27, "USD", "billion", 2024, "Mexico"), (0.3, "USD", "billion", 2025, "Mexico"),
                              (0.58, "USD", "billion", 2032, "Mexico"), (4.62, "USD", "billion", 2024, "United States"),
                              (4.88, "USD", "billion", 2025, "United States"), (7.21, "USD", "billion", 2032, "United States")]


def test_a_continental_scale_after_the_currency_in_a_tables_caption():
    text = ("The global widget bearings market reached EUR 4,82 bn in 2024.\n\nMarket by bearing type (EUR Mio.)\n"
            "Segment | 2024 | 2030f | CAGR 2025–2030\nMain shaft bearings | 2.050 | 3.320 | 8,3 %\nYaw bearings | 760 | 1.050 | 5,4 %\n"
            "Total | 4.820 | 7.350 | 7,4 %\n")
    assert [(a, y, s) for a, _, scale, y, s in _figures(text) if scale == "million"] == [
        (760.0, 2024, "Yaw bearings"), (1050.0, 2030, "Yaw bearings"), (2050.0, 2024, "Main shaft bearings"),
        (3320.0, 2030, "Main shaft bearings"), (7350.0, 2030, None)]  # (the total row's 2024 figure is the 4,82 bn stated)


def test_a_syndicated_template_of_segments_analyzed_and_of_countries_described_before_their_verb():
    text = ("The global market for Widget Admixtures was estimated at US$23.6 Billion in the year 2025 and is projected to reach "
            "US$34.9 Billion by 2032, growing at a CAGR of 5.7% over the analysis period 2025-2032.\n\n"
            "Water Reducers (including superplasticizers), one of the segments analyzed in the report, is expected to record a "
            "6.4% CAGR and reach US$16.2 Billion by the end of the analysis period. Growth in the Accelerators segment is "
            "estimated at 4.9% CAGR over the analysis period.\n\n"
            "The Widget Admixtures market in the U.S. is estimated at US$4.1 Billion in the year 2025. China, the world's second "
            "largest economy, is forecast to reach a projected market size of US$9.7 Billion by the year 2032 trailing a CAGR of "
            "7.8% over the analysis period 2025-2032.")
    card = extract(text, "t")
    assert sorted((v.amount, v.year, v.segment or v.region) for v in card.values) == [
        (4.1, 2025, "United States"), (9.7, 2032, "China"), (16.2, 2032, "Water Reducers"), (23.6, 2025, None), (34.9, 2032, None)]
    assert sorted((c.percent, c.segment or c.region) for c in card.cagr) == [
        (4.9, "Accelerators"), (5.7, None), (6.4, "Water Reducers"), (7.8, "China")]


def test_a_list_that_goes_on_after_among_others_and_names_gaining_share_after_a_semicolon():
    assert names("Vendors profiled include companies such as Icertis, DocuSign, Inc., and Ironclad, among others, alongside "
                 "Agiloft, Conga and LinkSquares. Ironclad has pushed into the mid-market.") == [
        "DocuSign, Inc.", "Ironclad", "Agiloft", "Conga", "LinkSquares", "Icertis"]
    assert names("Companies such as Siemens, Schneider Electric, and Hewlett Packard Enterprise, among others, dominate large "
                 "deployments, with Dell Technologies, Advantech and Nokia also active.") == [
        "Siemens", "Schneider Electric", "Hewlett Packard Enterprise", "Dell Technologies", "Advantech", "Nokia"]
    assert names("Companies such as JLG Industries, Inc. and Skyjack, among others, account for most deliveries; Haulotte "
                 "Group, Sinoboom and LGMG are expanding their share.") == [
        "JLG Industries, Inc.", "Skyjack", "Haulotte Group", "Sinoboom", "LGMG"]


def test_founders_names_with_their_abbreviation():
    assert names("Key companies profiled in the report include Becton, Dickinson and Company (BD), Beckman Coulter, Inc. "
                 "and Sysmex Corporation.") == ["Becton, Dickinson and Company (BD)", "Beckman Coulter, Inc.", "Sysmex Corporation"]


def test_founders_names_in_capitals_and_again_with_their_abbreviation_are_one_company():
    text = ("Key players include 10X GENOMICS, INC. , BECTON, DICKINSON AND COMPANY , ILLUMINA, INC. , QIAGEN N.V. .\n\n"
            "Company: Becton, Dickinson and Company (BD) | Headquarters: Franklin Lakes, New Jersey, US\n")
    assert [n for n in names(text) if "ECTON" in n] == ["BECTON, DICKINSON AND COMPANY"]


def test_an_abbreviated_country_at_a_sentences_end_keeps_its_full_stop():
    regions = extract("The global widget market was valued at USD 1.2 billion in 2024. North America held the largest share, "
                      "led by the U.S. market. Europe grows.", "t").regions
    assert [(r.name, r.claim) for r in regions] == [("North America", "largest_share"), ("U.S.", "major_contributor"),
                                                   ("Europe", None)]


def test_rates_given_respectively_and_fiscal_year_columns_marked_result_estimate_forecast():
    assert _rates("The global widget excipients market is forecast to grow at a CAGR of 5.6% over 2024-2030. Among the other "
                  "noteworthy geographic markets are Japan and Canada, each forecast to grow at 3.4% and 4.9% respectively over "
                  "the 2024-2030 period.") == [(3.4, 2024, 2030, "Japan"), (4.9, 2024, 2030, "Canada"), (5.6, 2024, 2030, None)]
    text = ("The domestic widget market is expected to reach ¥341.8 billion in FY2024.\n\n"
            "Table 1: Widget market in Japan by resin type (Unit: million yen)\n"
            "Resin type | FY2023 (result) | FY2024 (estimate) | FY2030 (forecast) | CAGR FY2024-2030\n"
            "PTFE | 118,400 | 121,900 | 146,000 | 3.1%\nTotal | 328,600 | 341,800 | 452,600 | 4.8%\n")
    assert [(a, y) for a, _, _, y, s in _figures(text) if s == "PTFE"] == [(118400.0, 2023), (121900.0, 2024), (146000.0, 2030)]


def test_table_rows_named_with_a_slash_or_a_range_and_a_table_in_crore():
    text = ("The global widget market was valued at USD 3.2 billion in 2024.\n\n"
            "Widget Market, By Payload, 2024–2033 (USD Million)\nPayload | 2024 | 2033 | CAGR (2025–2033)\n"
            "Up to 5 kg | 702.5 | 3,735.6 | 20.3%\n5–10 kg | 781.9 | 5,146.7 | 23.0%\nCloud/SaaS | 375.6 | 2,587.7 | 23.6%\n")
    assert [(a, y, s) for a, _, _, y, s in _figures(text) if s] == [
        (375.6, 2024, "Cloud/SaaS"), (702.5, 2024, "Up to 5 kg"), (781.9, 2024, "5–10 kg"), (2587.7, 2033, "Cloud/SaaS"),
        (3735.6, 2033, "Up to 5 kg"), (5146.7, 2033, "5–10 kg")]
    text = ("The India widget market reached ₹4,862 crore in 2024.\n\nIndia Widget Market, by Product (₹ crore)\n"
            "Product | 2024 | 2031 | CAGR 2025-2031\nBats | 1,654 | 3,154 | 9.8%\n")
    assert [(a, c, scale, y, s) for a, c, scale, y, s in _figures(text) if s] == [
        (16.54, "INR", "billion", 2024, "Bats"), (31.54, "INR", "billion", 2031, "Bats")]


def test_a_region_inside_the_country_leads_its_figure_and_not_the_next_subjects():
    assert _figures("The UK widget nursery market was worth £7.9bn in 2024. London is the largest regional market, at £1.6bn "
                    "in 2024, followed by the South East at £1.3bn, where higher fees offset lower occupancy.") == [
        (1.6, "GBP", "billion", 2024, "London"), (7.9, "GBP", "billion", 2024, None)]


def test_the_euro_sign_after_a_continental_scale_and_government_funding_as_a_measure():
    assert _figures("The German widget management market is growing. Nordrhein-Westfalen is the largest regional market with "
                    "a volume of 1,86 Mrd. € in 2024, followed by Bayern (1,41 Mrd. €) and Berlin (0,69 Mrd. €).") == [
        (0.69, "EUR", "billion", 2024, "Berlin"), (1.41, "EUR", "billion", 2024, "Bayern"),
        (1.86, "EUR", "billion", 2024, "Nordrhein-Westfalen")]
    assert _figures("The widget nursery market is growing. Thorncastle estimates the market, measured as fee and "
                    "government-funding income of group-based providers, at £7.9bn in 2024.") == [(7.9, "GBP", "billion", 2024, None)]
    assert _figures("The widget start-up raised funding of £7.9bn in 2024 for the market.") == []


def test_the_pages_own_publisher_in_its_boilerplate_is_no_player():
    text = ("Press release from: Ferienwerk Marktforschung GmbH\n\nKey players in the widget rental market include Novasol A/S, "
            "Interhome AG and Belvilla B.V.\n\nAbout Ferienwerk\nFerienwerk Marktforschung GmbH is an independent market research "
            "institute in Hamburg.\n\nContact: Dana Whitlock, Fenwold & Partners Inc., 12 Harbor View\n"
            "© 2025 Mainufer Analytik GmbH. All rights reserved.\n")
    assert names(text) == ["Novasol A/S", "Interhome AG", "Belvilla B.V."]
    # (a company whose name holds "Contact" stays: "Phoenix Contact , BESEN International Group")
    assert names("Key players include TE CONNECTIVITY , PHOENIX CONTACT , BESEN INTERNATIONAL GROUP , APTIV PLC .") == [
        "TE CONNECTIVITY", "PHOENIX CONTACT", "BESEN INTERNATIONAL GROUP", "APTIV PLC"]


def test_a_data_sheet_of_tables_each_under_its_own_header():
    text = ("Widget Membranes Market - Key Figures\n\n"
            "Metric | 2024 | 2025e | 2032f | CAGR 2025-2032\n"
            "Global market value (USD Mn) | 39,321.2 | 41,332.7 | 63,791.3 | 6.4%\n"
            "Installed area (million m²) | 4,612 | 4,870 | 7,055 | 5.4%\n\n"
            "By Type (USD Mn) | 2024 | 2025e | 2032f | CAGR 2025-2032\n"
            "Sheet-Based Membranes (Modified Bitumen, PVC, TPO, EPDM) | 20,610.5 | 21,540.8 | 31,127.6 | 5.9%\n"
            "Cementitious Membranes | 6,320.7 | 6,671.5 | 10,031.5 | 6.0%\n")
    figures = _figures(text)
    # the next table's header is no row of this one ("By Type" is no segment with a figure of 2024)
    assert not any(amount == 2024 for amount, *_ in figures)
    assert (20610.5, "USD", "million", 2024, "Sheet-Based Membranes (Modified Bitumen, PVC, TPO, EPDM)") in figures
    assert (39321.2, "USD", "million", 2024, None) in figures
    # the market's own row gives the market's rate; a volume row's rate is no segment's
    assert _rates(text) == [(5.9, 2025, 2032, "Sheet-Based Membranes (Modified Bitumen, PVC, TPO, EPDM)"),
                            (6.0, 2025, 2032, "Cementitious Membranes"), (6.4, 2025, 2032, None)]


def test_an_email_briefing_with_the_market_row_named_by_the_market_and_rates_after_dot_leaders():
    text = ("1) THE NUMBERS\n\nMetric | 2023 | 2024 | 2025e | 2030f\n"
            "Global water-based widget inks, US$ bn | 9.84 | 10.21 | 10.63 | 13.37\n\n"
            "Value CAGR 2025-30: 4.7% | Volume CAGR 2025-30: 3.5%\n\n"
            "2) WHERE THE GROWTH IS (value CAGR 2025-30)\n\n"
            "Flexible packaging .......... 6.1%\nCorrugated & folding carton . 4.4%\nPublication & commercial .... -2.1%\n")
    assert [(a, y) for a, _, _, y, _ in _figures(text)] == [(9.84, 2023), (10.21, 2024), (10.63, 2025), (13.37, 2030)]
    assert _rates(text) == [(-2.1, 2025, 2030, "Publication & commercial"), (3.5, 2025, 2030, None),
                            (4.4, 2025, 2030, "Corrugated & folding carton"), (4.7, 2025, 2030, None),
                            (6.1, 2025, 2030, "Flexible packaging")]


def test_kenyan_shillings_and_a_rate_labelled_by_its_period():
    text = ("KEY NUMBERS\n- Market size 2024 (our estimate): KES 38.6 billion\n- 2030 projection: KES 71.2 billion\n"
            "- Growth 2024-2030: 10.7% a year (CAGR)\n\n"
            "Kenya's off-grid widget market keeps growing; retail sales reached KSh 38.6 billion in 2024.")
    assert [(a, c, y) for a, c, _, y, _ in _figures(text)] == [(38.6, "KES", 2024), (71.2, "KES", 2030)]
    assert _rates(text) == [(10.7, 2024, 2030, None)]


def test_a_rate_over_the_same_period_or_the_forecast_period_takes_the_headline_period():
    assert _rates("Sales of sugar-free widgets reached $4.12bn in 2024 and will climb to $6.85bn by 2031, with the category "
                  "growing at a compound annual rate of 7.5% between 2025 and 2031. Chocolate is the fastest-growing type, "
                  "with Ravenholt forecasting a 10.2% annual rate for the segment over the same period.") == [
        (7.5, 2025, 2031, None), (10.2, 2025, 2031, None)]
    # the headline's stated period, not one the base year implies ("Base year: 2025" would start it in 2026)
    assert _rates("The global widget market is estimated at USD 21.46 billion in 2025 and is projected to grow at a CAGR "
                  "of 5.4% from 2025 to 2032. Latin America is expected to record a CAGR of 6.9% over the forecast period.\n\n"
                  "Base year: 2025 | Pages: 186") == [(5.4, 2025, 2032, None), (6.9, 2025, 2032, "Latin America")]
    # a forecast period written with a colon is the page's stated one
    assert _rates("The widget market will grow at a CAGR of 6.1% during the forecast period.\n\n"
                  "Base year: 2024 | Forecast: 2025-2033") == [(6.1, 2025, 2033, None)]


def test_an_upper_case_list_keeps_a_legal_form_after_its_own_spaced_comma():
    assert names("Major companies profiled in the report: SMITH+NEPHEW PLC , DEROYAL INDUSTRIES , INC. , GENADYNE , "
                 "FLSMIDTH & CO. A/S , TALLEY GROUP LTD .") == [
        "SMITH+NEPHEW PLC", "DEROYAL INDUSTRIES , INC.", "GENADYNE", "FLSMIDTH & CO. A/S", "TALLEY GROUP LTD"]


def test_profile_lines_keep_the_and_of_a_name_and_a_lower_case_brand():
    assert names("Companies profiled:\n- Nel ASA - Norway - alkaline and PEM electrolysers\n"
                 "- thyssenkrupp nucera AG & Co. KGaA - Dortmund, Germany - alkaline electrolysers\n"
                 "- Air Products and Chemicals, Inc. - U.S. - industrial gases\n"
                 "- Casale SA - Switzerland - ammonia technology licensor\n") == [
        "Nel ASA", "thyssenkrupp nucera AG & Co. KGaA", "Air Products and Chemicals, Inc.", "Casale SA"]


def test_a_table_of_contents_names_its_profiled_companies_without_their_pages():
    text = ("TABLE OF CONTENTS\n10 COMPETITIVE LANDSCAPE 140\n10.4 COMPANY EVALUATION MATRIX: KEY PLAYERS, 2024 146\n"
            "10.5 COMPETITIVE SCENARIO 152\n10.5.1 PRODUCT LAUNCHES (JANUARY 2022 - JUNE 2025) 152\n"
            "11 COMPANY PROFILES 162\n11.1 KEY PLAYERS 162\n11.1.1 PERMOBIL AB 162\n11.1.2 SUNRISE MEDICAL 168\n"
            "11.1.3 OTTOBOCK SE & CO. KGAA 182\n11.1.4 WHILL, INC. 203\n12 APPENDIX 230\n\n"
            "Recent moves include a seating acquisition in January 2025 and Sunrise Medical's European launch of a "
            "folding chair in April 2025.")
    assert names(text) == ["PERMOBIL AB", "SUNRISE MEDICAL", "OTTOBOCK SE & CO. KGAA", "WHILL, INC."]


def test_segments_as_lines_with_a_note_or_as_one_row_of_cells_under_a_by_heading():
    text = ("Segment Overview\n\nBy Product\n"
            "Pant-Style Widgets - 71.2% share in 2025; the default format for toddlers.\n"
            "Tape-Style Widgets - preferred for newborns in hospitals.\n"
            "Cloth Widgets - the fastest-growing product type at a CAGR of 18.5%, from a small base.\n\n"
            "By Size\nNewborn | Small | Medium\n\n")
    assert sorted(segments(text)) == [
        ("Product", "Cloth Widgets", "fastest_growth"), ("Product", "Pant-Style Widgets", "largest_share"),
        ("Product", "Tape-Style Widgets", None),
        ("Size", "Medium", None), ("Size", "Newborn", None), ("Size", "Small", None)]


def test_segment_headings_with_their_kinds_in_brackets_under_a_segment_analysis_heading():
    text = ("Segment Analysis - By Method\n\n"
            "Heat Sterilization (Moist Heat, Dry Heat)\n"
            "Heat methods remain dominant, accounting for over half of all cycles run in hospitals.\n\n"
            "Radiation Sterilization (Gamma, Electron Beam)\n"
            "X-ray capacity additions are the main trend in radiation sterilization.\n")
    segments = {(s.dimension, s.name) for s in extract(text, "t").segments}
    assert {("Method", "Heat Sterilization"), ("Method", "Radiation Sterilization"),
            ("Heat Sterilization", "Moist Heat"), ("Heat Sterilization", "Dry Heat"),
            ("Radiation Sterilization", "Gamma"), ("Radiation Sterilization", "Electron Beam")} <= segments


def test_a_claim_finds_its_listed_segment_written_in_the_singular():
    text = ("By display size, the widget market covers Below 32 Inches, 32-52 Inches and Above 52 Inches. "
            "The 32-52 inch class held the largest share in 2025.")
    assert ("Display Size", "32-52 Inches", "largest_share") in sorted(segments(text))
    assert not any(name == "32-52 inch" for _, name, _ in sorted(segments(text)))


def test_the_regions_of_a_regional_table_are_regions_of_the_report():
    text = ("The global widget membranes market is growing.\n\n"
            "By Region (USD Mn) | 2025e | 2032f | CAGR 2025-2032\nNorth America | 9,840.2 | 14,031.8 | 5.2%\n"
            "Latin America | 2,950.3 | 4,524.8 | 6.3%\nRest of World | 2,185.9 | 3,510.1 | 7.0%\n")
    regions = [(r.name, r.span.quote) for r in extract(text, "t").regions]
    assert ("North America", "North America") in regions and ("Latin America", "Latin America") in regions
    # the rest of the world is a row of the report's own regional breakdown, as readers of the table count it
    assert ("Rest of World", "Rest of World") in regions
    # a place in a sentence is read with its clause: a research firm's seat is no region of the market
    assert extract("The France-based research firm Yole forecasts that widget revenues, estimated at US$9.6 billion in "
                   "2020, could reach US$20.9 billion by 2026.", "t").regions == []


def test_a_table_captioned_by_a_scale_initial_and_a_figure_said_again_rounded():
    text = ("The global green widget market is growing.\n\nRegional Revenue Outlook (US$ B)\n"
            "Region || 2025 || 2035 || CAGR 2025-2035\nNorth America || 0.14 || 4.1 || 40.2%\nEurope || 0.38 || 10.9 || 39.9%\n\n"
            "Market Snapshot\nMarket size (2024) | US$ 0.62 B\n\n"
            "Q. How big is the widget market?\nA. About US$ 0.6 billion in 2024.")
    assert _figures(text) == [(0.14, "USD", "billion", 2025, "North America"), (0.38, "USD", "billion", 2025, "Europe"),
                             (0.62, "USD", "billion", 2024, None),
                             (4.1, "USD", "billion", 2035, "North America"), (10.9, "USD", "billion", 2035, "Europe")]
    # two sources that differ are two figures, not one rounded
    assert len(_figures("Thornhallow puts the widget market at USD 1.42 billion in 2024; Medivane puts the widget "
                        "market at USD 1.4 billion in 2024.")) == 2


def test_a_bare_dollar_on_a_page_about_a_market_in_canada_is_the_canadian_dollar():
    card = extract("Spending on dental widgets in Canada rose 6.4% to $20.9 billion in 2024, the fastest increase in a "
                   "decade.", "t")
    assert card.geography_scope == "Canada"
    assert [(v.amount, v.currency, v.year) for v in card.values] == [(20.9, "CAD", 2024)]


def test_statistics_tables_with_a_sign_against_its_scale_dashes_and_decimal_commas():
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "The UK widget coatings market shrank in 2024.\n\nYear | Sales (£bn) | Value change\n2024 | 3.41 | -1.8%\n"
        "2025f | 3.46 | +1.5%\n")] == [(3.41, "GBP", 2024), (3.46, "GBP", 2025)]
    assert _figures("The widget services market is growing.\n\nExhibit 3: Outsourced widget spending by service line, USD bn\n"
                    "Service line | 2024 | 2025E | 2030E | CAGR 2024-30E\nClinical development | 48.3 | – | 73.3 | 7.2%\n") == [
        (48.3, "USD", "billion", 2024, "Clinical development"), (73.3, "USD", "billion", 2030, "Clinical development")]
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "The Brazilian widget market keeps growing.\n\nTable 1 – Revenue of the widget sector (R$ billion)\n"
        "Year | Revenue | Annual change\n2024 | 77,2 | 9,1%\n2025* | 82,9 | 7,4%\n")] == [(77.2, "BRL", 2024), (82.9, "BRL", 2025)]


def test_the_year_a_figure_in_brackets_is_compared_with():
    assert [(a, y) for a, _, _, y, _ in _figures(
        "Italian sales of widget concentrate reached € 4.120 mln in 2024, +6,4% on 2023 (€ 3.874 mln).")] == [
        (3874.0, 2023), (4120.0, 2024)]


def test_a_section_title_names_no_market_and_a_labelled_list_ends_the_players():
    assert extract("RFP No. 17 - Section 2: Background and Market Context\n\nThe Canadian market for electric widget buses "
                   "was worth CAD 412 million in 2024.", "t").market != "Background and"
    text = ("Top Key Players:\nFour Sigmatic, Om Widget Superfood, Nature's Way\n"
            "By Type: Lion's Mane / Reishi / Cordyceps / Others\nBy Form: Capsules & Tablets, Powder, Gummies\n")
    assert names(text) == ["Four Sigmatic", "Om Widget Superfood", "Nature's Way"]
    assert sorted(segments(text)) == [("Form", "Capsules & Tablets", None), ("Form", "Gummies", None),
                                      ("Form", "Powder", None), ("Type", "Cordyceps", None),
                                      ("Type", "Lion's Mane", None), ("Type", "Reishi", None)]


def test_a_pdf_list_wrapped_inside_a_bracket_or_before_a_legal_form_and_more_kinds_of_actors():
    text = ("Other lessors profiled in the full report include Avolon, CDB Aviation, DAE Capital (Dubai Aerospace\n"
            "Enterprise), Jackson Square Aviation, Aircastle\nLimited, Macquarie AirFinance and Nordic Aviation Capital.")
    card = extract(text, "t")
    assert [p.name for p in card.players] == ["Avolon", "CDB Aviation", "DAE Capital", "Jackson Square Aviation",
                                              "Aircastle Limited", "Macquarie AirFinance", "Nordic Aviation Capital"]
    assert card.players[4].span.quote == "Aircastle\nLimited"  # quoted as the page writes it
    assert names("Companies profiled (22 in total) include Stratasys Ltd., 3D Systems Corporation and Formlabs.") == [
        "Stratasys Ltd.", "3D Systems Corporation", "Formlabs"]


def test_a_figure_in_an_aside_keeps_its_factors_and_a_capital_expenditure_figure_is_no_market_value():
    assert [f.text for f in extract(
        "The widget screening market is growing.\n\nRestraints include the high capital cost of CT lanes (often above\n"
        "USD 1 million per lane), privacy objections to body scanners, and\nlengthy certification cycles.", "t").restraints] == [
        "the high capital cost of CT lanes", "privacy objections to body scanners", "lengthy certification cycles"]
    assert _figures("A further measure is the value of widgets delivered into lessor portfolios, which Bramwell puts at "
                    "USD 61 billion in 2024, but this is a capital-expenditure figure and is not part of the market size "
                    "above.") == []


def test_what_a_market_does_or_a_schedule_row_is_no_event_and_a_scope_row_lists_no_companies_as_regions():
    card = extract("The widget cherry market.\n\nIn January 2025, demand concentrated in the weeks before the Lunar New "
                   "Year.\n\nShipments rose in 2024 as new orchards came into production.\n\n"
                   "Anticipated Contract Award | September 2025\n\n"
                   "In January 2025, A Dubai-based vertical farm ordered nutrient dosing systems.\n\n"
                   "In April 2024, A. O. Smith Corporation acquired a widget maker.", "t")
    assert [(d.date, d.actor) for d in card.developments] == [("2024-04", "A. O. Smith Corporation")]
    text = "Report Scope\nRegions | North America; Europe; Asia Pacific\nKey Companies | STERIS, Olympus, Getinge\n"
    assert [r.name for r in extract(text, "t").regions] == ["North America", "Europe", "Asia Pacific"]


def test_names_one_a_cell_in_a_row_of_pipes_or_of_a_pdfs_columns_and_a_note_after_a_stray_comma():
    text = ("Top operators to watch\n"
            "Intrepid Travel | G Adventures | REI Adventures | Butterfield & Robinson Inc . | Mars, Incorporated\n\n"
            "Companies covered in the full report:\n"
            "InPost S.A.   Quadient S.A. (Parcel Pending)   Cleveron AS   Bell and Howell, LLC\n"
            "Luxer One   Pitney Bowes Inc.   Packeta Group   Parcelport GmbH\n"
            "*Listed in no particular order\n")
    assert names(text) == ["Intrepid Travel", "G Adventures", "REI Adventures", "Butterfield & Robinson Inc",
                           "Mars, Incorporated", "InPost S.A.", "Quadient S.A.", "Cleveron AS", "Bell and Howell, LLC",
                           "Luxer One", "Pitney Bowes Inc.", "Packeta Group", "Parcelport GmbH"]
    # a table's header is no row of names
    assert names("Leading producers\nCompany   Capacity   Main bases\n\nKey players\nService | Operator | Model\n") == []
    assert names("Key players operating in the market include:\n• Bayer AG , (Germany)\n• ETC BioMedical Systems Group "
                 "(U.S.)\n• Biocodex (France)\n") == ["Bayer AG", "ETC BioMedical Systems Group", "Biocodex"]


def test_a_pdfs_o_bullets_and_a_kind_of_product_that_accounted_for_an_amount():
    card = extract("The global widget polyols market is valued at USD 5.2 billion in 2024.\n\nKey findings:\n\n"
                   "o Polyether polyols accounted for USD 3.41 billion in 2024, the larger\n  of the two types.\n", "t")
    assert [(v.amount, v.segment) for v in card.values] == [(5.2, None), (3.41, "Polyether polyols")]


def test_a_dimension_a_dash_and_its_segments_and_claims_in_the_sentences_after_a_named_segment():
    text = ("The global widget methanol market is growing.\n\n"
            "By Feedstock — Natural gas (about 62% of global capacity) | Coal | Biomass & municipal waste. Coal is cheap.\n"
            "By End-Use — Construction (formaldehyde resins for panels), automotive, electronics.\n\n"
            "Remarketing and value recovery, where refurbished equipment is resold, is the largest service line, the "
            "report found. Data sanitization is growing fastest as privacy rules push companies. Pharmaceuticals is "
            "small but grows fastest among end uses.")
    assert segments(text) == [  # (the majority in its note ranks natural gas first)
        ("Feedstock", "Natural gas", "largest_share"), ("Feedstock", "Coal", None),
        ("Feedstock", "Biomass & municipal waste", None),
        ("End-Use", "Construction", None), ("End-Use", "automotive", None), ("End-Use", "electronics", None),
        ("Unspecified", "Remarketing and value recovery", "largest_share"),
        ("Unspecified", "Data sanitization", "fastest_growth")]  # (and no segment "but")


def test_rows_of_one_figure_each_under_a_caption_that_names_their_year():
    text = ("The global widget machine market reached USD 88.2 billion in 2024.\n\n"
            "Widget Machine Market Revenue by Machine Type, 2024 (USD Billion)\n"
            "Milling Machines & Machining Centers    33.1\nLathes & Turning Centers    27.4\nOthers    5.0\n\n"
            "By the numbers (Ferncastle Research, U.S. widget services, 2024)\n"
            "Remarketing & value recovery    $2.31B    36%\nData sanitization & destruction    $1.87B    29%\n")
    assert _figures(text) == [(1.87, "USD", "billion", 2024, "Data sanitization & destruction"),
                              (2.31, "USD", "billion", 2024, "Remarketing & value recovery"),
                              (27.4, "USD", "billion", 2024, "Lathes & Turning Centers"),
                              (33.1, "USD", "billion", 2024, "Milling Machines & Machining Centers"),
                              (88.2, "USD", "billion", 2024, None)]


def test_news_events_dated_last_march_or_last_month_and_told_with_asides_or_as_the_company():
    card = extract("March 18, 2025\n\nThe widget storage market grows.\n\n"
                   "Last September, Next2Sun commissioned a 19 MW park. Verdant Robotics signed a deal in Spain last month, "
                   "and this month Brazos Circuit Recovery opened a facility.\n\n"
                   "Surgery Partners, Inc. , based in Brentwood, Tennessee, completed an acquisition in January 2025.\n\n"
                   "The London Clinic, a charitable hospital in Marylebone, said in May 2024 that it would invest £40m.\n\n"
                   "Shakti Pumps (India) Ltd, headquartered in Pithampur, is among the leaders; in January 2024 the company "
                   "commissioned a plant.\n\n"
                   "Speaking at a trade fair last November, Ferreira argued that the category is \"still under-distributed\".", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024-01", "Shakti Pumps (India) Ltd"), ("2024-05", "The London Clinic"), ("2024-09", "Next2Sun"),
        ("2025-01", "Surgery Partners, Inc."), ("2025-02", "Verdant Robotics"), ("2025-03", "Brazos Circuit Recovery")]


def test_first_level_units_of_more_countries_are_regions_not_segments():
    def regions(text):
        return [r.name for r in extract(text, "t").regions]
    assert regions("The South Africa widget market grew in 2024. Gauteng accounted for the largest share, followed by "
                   "Western Cape and KwaZulu-Natal.") == ["Gauteng", "Western Cape", "KwaZulu-Natal"]
    assert regions("The New Zealand widget market grew. Auckland is the largest market, while Bay of Plenty and "
                   "Canterbury are growing fastest.") == ["Auckland", "Bay of Plenty", "Canterbury"]
    assert "Punjab" in regions("The India widget market grew. Punjab, Haryana and Gujarat are major contributors.")
    assert "Delta" not in regions("The Vietnam widget market grew. The Mekong Delta and the Southeast lead demand.")


def test_a_titles_forecast_after_a_comma_dates_a_cagr_by_the_end_of_the_forecast_period():
    card = extract("# source: own text | Widget Infrastructure Market - Report Summary | Amberleigh Insights\n"
                   "Amberleigh Insights > IT > Report Summary\n"
                   "Widget Infrastructure Market: Global Industry Analysis and Forecast, 2025-2032\n"
                   "Report Code: AMI-DC-3317 | Published: July 2025 | 186 Pages\n\n"
                   "The widget infrastructure market stood at USD 12.4 billion in 2024 and is estimated at USD 14.3 billion "
                   "in 2025. The house expects revenues to climb "
                   "to USD 38.9 billion by the end of the forecast period, expanding at a CAGR of 15.4%.", "t")
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(15.4, 2025, 2032)]


def test_companies_that_have_all_done_a_thing_or_also_run_one():
    assert names("Walmart, Target and Kroger have all expanded their ad businesses over the past two years. Instacart, "
                 "Best Buy and CVS Health also run sizeable networks. Hospitals and clinics have all adopted the devices.") == [
        "Walmart", "Target", "Kroger", "Instacart", "Best Buy", "CVS Health"]


def test_a_news_page_dated_day_first_sizes_what_its_cards_load_and_rounds_its_headline():
    card = extract("MERCADO ABERTO | Business\n\nWidget cards to pass R$ 250 billion by 2030, says Serraverde\n\n"
                   "By Mariana Couto\nPublished 17/06/2025 06:00\n\n"
                   "Serraverde estimates that the value of credits loaded onto widget benefit cards in Brazil reached "
                   "R$ 168.4 billion in 2024, up from R$ 118.6 billion in 2019. The firm expects R$ 179.5 billion this year "
                   "and projects that the market will reach R$ 250.7 billion by 2030. The value of exports reached "
                   "R$ 2.1 billion in 2024.", "t")
    assert str(card.report_date) == "2025-06-17"
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [
        (118.6, "BRL", 2019), (168.4, "BRL", 2024), (179.5, "BRL", 2025), (250.7, "BRL", 2030)]


def test_a_sites_menu_names_no_players():
    assert names("THE FINANCIAL COURIER\nMarkets | Companies | Economy | Industry | Opinion | Personal Finance\n\n"
                 "TOP | Economy | Companies | Markets | Technology | Tokyo\nMonday, July 7, 2025\n\nBUSINESS / RETAIL\n\n"
                 "The widget market grew 4% in 2024.") == []


def test_a_ranking_stated_first_or_after_an_aside_names_its_segment():
    assert segments("The widget market grew in 2024. The fastest-growing category is cargo bikes, whose leased value is "
                    "projected to grow at a CAGR of 16.2%. Non-alcoholic widgets, launched by several brewers since 2022, "
                    "are the fastest-growing product category. Bulk syrup still represents the largest product segment. "
                    "Value-added widgets — butter, sugar and candy — are expected to grow fastest. Within the off-trade, "
                    "e-commerce and delivery apps are the fastest-growing channel. Mainstream lagers remain the largest "
                    "price tier.") == [
        ("Unspecified", "cargo bikes", "fastest_growth"), ("Unspecified", "Non-alcoholic widgets", "fastest_growth"),
        ("Unspecified", "Bulk syrup", "largest_share"), ("Unspecified", "Value-added widgets", "fastest_growth"),
        ("Unspecified", "e-commerce and delivery apps", "fastest_growth"), ("Unspecified", "Mainstream lagers", "largest_share")]


def test_events_dated_by_a_season_or_in_a_newsletters_quoted_lines():
    card = extract("The widget market grew in 2024.\n\nDEAL WATCH\n"
                   "> Q4 2024 | Motive Technologies, Inc. added AI alerts to its bundle at no extra cost.\n"
                   "> February 2025 | Samsara Inc. launched a lower-priced plan aimed at owner-operators.\n"
                   "▶ Autumn 2024 – British American Tobacco p.l.c. opened a flagship store in Warsaw.\n"
                   "• Pulmuone Co., Ltd. rolled out a fish-sauce-free range in US club stores in summer 2024.\n", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024", "British American Tobacco p.l.c."), ("2024", "Motive Technologies, Inc."), ("2024", "Pulmuone Co., Ltd."),
        ("2025-02", "Samsara Inc.")]


def test_a_date_that_ends_a_clause_dates_that_clauses_event():
    card = extract("The widget market grew in 2024.\n\nSolheim: Hipra launched a new vaccine in spring 2024, Lely added a sensor "
                   "to its robots in Q1 2025, and in June 2025 ImmuCell signed a distribution agreement in Canada. In May "
                   "2024, Kerry Group plc acquired a start-up, Advanced Enzyme Technologies Ltd. commissioned a plant in "
                   "August 2024, DSM-Firmenich AG launched a phytase in 2024. In April 2024 Nozomi Networks opened an "
                   "office while TXOne Networks launched an appliance in July 2024.\n\n"
                   "By service type, B2C deliveries accounted for 63.8% of revenue in 2024, driven by online retail.", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024", "DSM-Firmenich AG"), ("2024", "Hipra"), ("2024-04", "Nozomi Networks"), ("2024-05", "Kerry Group plc"),
        ("2024-07", "TXOne Networks"), ("2024-08", "Advanced Enzyme Technologies Ltd."), ("2025", "Lely"),
        ("2025-06", "ImmuCell")]


def test_dimension_lines_under_a_segmentation_heading_need_no_by():
    assert segments("The widget market grew in 2024.\n\nSegmentation snapshot\n"
                    "Component: Solutions (68% of 2024 revenue) | Services (fastest-growing)\n"
                    "Enterprise size - Large Enterprises, SMEs (fastest growing)\n"
                    "Vertical - BFSI (largest), Healthcare\n"
                    "Edition: 4th | Released: November 2024 | Format: PDF\n") == [
        ("Component", "Solutions", "largest_share"), ("Component", "Services", "fastest_growth"),
        ("Enterprise Size", "Large Enterprises", None), ("Enterprise Size", "SMEs", "fastest_growth"),
        ("Vertical", "BFSI", "largest_share"), ("Vertical", "Healthcare", None)]


def test_revenue_a_house_expects_to_recover_and_a_news_pages_market_research_firm():
    card = extract("Widget news\n\nLindholt Marktforschung, a Cologne-based market research firm, has put a number on it. "
                   "Lindholt puts the German widget leasing market, measured by the purchase value of newly leased widgets, "
                   "at €4.6 billion in 2024. According to the firm, revenue from temperature-controlled widget services in "
                   "Germany reached €9.8 billion in 2023. Lindholt expects retail value to recover to €5.1 billion in 2025. "
                   "Germans spent €1.2 billion on widgets in 2022, about USD 1.3 billion, says the firm.", "t")
    assert card.market != "based"
    assert sorted((v.amount, v.currency, v.year, v.segment) for v in card.values) == [
        (1.2, "EUR", 2022, None), (4.6, "EUR", 2024, None), (5.1, "EUR", 2025, None), (9.8, "EUR", 2023, None)]


def test_a_segment_after_any_bullet_or_named_with_led_is_read():
    assert segments("The widget market grew in 2024.\n\n→ Sit-on-top kayaks held the largest share, about 44% of revenue.\n"
                    "🔸 Person-to-person (P2P) transfers are still the largest revenue line, at roughly 41% in 2024.\n\n"
                    "By provider type, fintech-led wallets held the largest share.") == [
        ("Unspecified", "Sit-on-top kayaks", "largest_share"),
        ("Unspecified", "Person-to-person (P2P) transfers", "largest_share"),
        ("Provider", "fintech-led wallets", "largest_share")]


def test_a_fiscal_year_written_split_is_named_by_its_end_and_falling_sales_are_the_markets():
    card = extract("Widget brief\n\n- Domestic widget market value: EGP 171.3 billion in FY2024/25 (preliminary), up from EGP 148.6 "
                   "billion in FY2023/24.\n\nUK retail sales of widgets fell to £2.14 billion in 2024, down 7.4%.\n\n"
                   "The global widget management services market, which Trevanna defines as the fees, transaction charges "
                   "and service revenues earned by agencies, is worth USD 41.6 billion in 2025.", "t")
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [
        (2.14, "GBP", 2024), (41.6, "USD", 2025), (148.6, "EGP", 2024), (171.3, "EGP", 2025)]


def test_sentences_about_the_competition_lead_in_no_list_and_local_legal_forms_make_names():
    assert names("The widget market grew.\n\n- The competitive set stays tight. We reiterate Overweight on the two leaders.\n\n"
                 "Our view in brief\nFor most of 2021-23 supply was tight.\n\n"
                 "The Mediterranean region grows fastest, with a USD-based CAGR of 5.9% between 2025 and 2032.\n\n"
                 "Listed groups dominate. Bumrungrad Hospital PCL, Bangkok Chain Hospital PCL and Suez Cement Company "
                 "S.A.E. lead.") == ["Bumrungrad Hospital PCL", "Bangkok Chain Hospital PCL", "Suez Cement Company S.A.E."]


def test_a_pages_label_in_capitals_is_no_event():
    card = extract("STATISTICAL RELEASE | Published 12 March 2025 | Next release: March 2026\n\nPRESS RELEASE | 22 April 2025\n\n"
                   "The widget market grew. Acme Corp launched a widget in May 2024.", "t")
    assert [(d.date, d.actor) for d in card.developments] == [("2024-05", "Acme Corp")]


def test_a_snapshot_row_projected_and_revenue_reached_by_a_country_market_are_the_markets_own():
    card = extract("Widget Market Report\n\nMarket Snapshot\nMetric\tValue\nMarket Size (2024)\tUSD 2.38 Billion\n"
                   "Projected Market Size (2033)\tUSD 5.87 Billion\n\n"
                   "Brazil's online widget marketplaces reached revenue of R$ 4.6 billion in 2024, a study said.\n\n"
                   "According to the firm's outlook, Indonesian widget revenue will reach Rp 38.5 trillion in 2025.\n\n"
                   "Norrack generated revenue of about €214 million last year.", "t")
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [
        (2.38, "USD", 2024), (4.6, "BRL", 2024), (5.87, "USD", 2033), (38.5, "IDR", 2025)]


def test_a_site_menu_names_no_market():
    card = extract("GRØNT BORD  ·  a blog\nHome  Recipes  Industry notes  About me\n\nPosted 27 January 2025\n\n"
                   "Øresund estimates the Danish plant-based foods market at DKK 1.9 billion in 2024.", "t")
    assert card.market == "plant-based foods"


def test_cells_with_country_notes_long_legal_names_and_lists_placed_among_the_players():
    assert names("The widget market grew in 2024.\n\nCompanies profiled: Solmax (Canada) | TenCate Geosynthetics (Netherlands) | "
                 "NAUE GmbH & Co. KG (Germany)\n\nKey players include Tata AIG General Insurance Company Limited, Ping An "
                 "Property & Casualty Insurance Company of China, Ltd., ADM do Brasil Ltda. and battleface Inc.") == [
        "Solmax", "TenCate Geosynthetics", "NAUE GmbH & Co. KG", "Tata AIG General Insurance Company Limited",
        "Ping An Property & Casualty Insurance Company of China, Ltd.", "ADM do Brasil Ltda.", "battleface Inc."]
    assert names("The widget market grew in 2024.\n\nThe report lists Sunrun, Tesla, Freedom Solar Power and ION Solar among "
                 "the larger players. Freedom Solar opened a branch in San Antonio in April 2025.") == [
        "Sunrun", "Tesla", "Freedom Solar Power", "ION Solar"]
    assert names("The widget market grew in 2024.\n\nThe report lists the larger property managers: Propr Stays, Atlantic "
                 "Keys and NOX Rentals.") == ["Propr Stays", "Atlantic Keys", "NOX Rentals"]


def test_a_name_ends_before_the_words_a_sentence_goes_on_with():
    assert names("The widget market grew in 2024.\n\nThe analysis singles out Azimut-Benetti Group, Sanlorenzo S.p.A. and "
                 "Ferretti Group for series production. In January 2025, Ferretti Group opened a refit hub in La Spezia.") \
        == ["Azimut-Benetti Group", "Sanlorenzo S.p.A.", "Ferretti Group"]


def test_a_reported_deed_and_a_start_up_after_its_city_are_events_and_links_to_other_articles_are_not():
    assert developments("The widget market grew in 2024.\n\n"
                        "In March 2025, Bolt Retail said it had added 200 DC fast chargers. In April 2025, Dora Retail said "
                        "it expected growth.\n\n• Copenhagen start-up Them Plant Foods raised DKK 45 million in October 2024.\n\n"
                        "More from Market data: Garden Route occupancy July 2024 · Joburg serviced apartments are back") == [
        ("2025-03", "Bolt Retail"), ("2024-10", "Them Plant Foods")]


@pytest.mark.parametrize("text, inside", [
    ("The Norwegian salmon feed market was worth NOK 30 billion in 2024. Nordland and Vestland hold the largest share, "
     "while Troms og Finnmark grows fastest.", {"Nordland", "Vestland", "Troms og Finnmark"}),
    ("The Chilean battery storage market was worth USD 1 billion in 2024. Antofagasta Region holds the largest share and "
     "Biobío grows fastest.", {"Antofagasta Region", "Biobío"}),
    ("The Vietnam cold-chain market was worth VND 10 trillion in 2024. Binh Duong and Long An account for the largest "
     "share of capacity.", {"Binh Duong", "Long An"}),
    ("The Thailand EV charging market was worth THB 5 billion in 2024. Chonburi and Rayong hold the largest share.",
     {"Chonburi", "Rayong"}),
])
def test_regions_inside_norway_chile_vietnam_and_thailand_are_read(text, inside):
    assert inside <= {r.name for r in extract(text, "t").regions}


def test_a_short_form_and_its_full_name_are_one_segment_and_an_and_clause_has_its_own_subject():
    found = segments("The widget market grew in 2024.\n\nBy Product\n- Absorbable\n- Non-absorbable\n\n"
                     "By product, absorbable sutures held the largest share in 2024. By application, general surgery held "
                     "41.7% of revenue, and cardiac surgery is the fastest-growing application.")
    assert ("Product", "Absorbable", "largest_share") in found and ("Product", "Non-absorbable", None) in found
    assert not any(name.lower() == "absorbable sutures" for _, name, _ in found)
    assert ("Application", "cardiac surgery", "fastest_growth") in found
    assert not any(claim == "fastest_growth" for _, name, claim in found if name == "general surgery")


def test_news_figures_bought_by_a_people_dated_by_the_byline_and_taxes_are_not_the_market():
    card = extract("By Jan Kowalski | Warsaw | 14 May 2025\n\n"
                   "Poles spent PLN 2.65 billion on washing their cars last year, and the consultancy puts this year's total "
                   "at PLN 2.87 billion.\n\nItalians spent €1.74 billion on coffee capsules and pods last year. Lagunare "
                   "estimates that sales will rise to €1.82 billion this year.\n\n"
                   "Egyptians spent EGP 310 billion at pharmacies last year, as drug prices were repeatedly raised. The "
                   "consultancy expects pharmacy sales to reach about EGP 375 billion this year.\n\n"
                   "Kenyan households spent Sh68 billion on cooking gas last year. The regulator collected Sh2.4 billion in "
                   "levies.\n\nSpain's student accommodation sector brought in €1.21 billion in rental revenue last year.", "t")
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [
        (1.21, "EUR", 2024), (1.74, "EUR", 2024), (1.82, "EUR", 2025), (2.65, "PLN", 2024), (2.87, "PLN", 2025),
        (68.0, "KES", 2024), (310.0, "EGP", 2024), (375.0, "EGP", 2025)]


def test_a_rate_with_no_period_is_over_the_two_figures_it_compounds_and_a_houses_city_is_no_figures_place():
    card = extract("Kenya's cooking gas sales to hit Sh120 billion by 2030\n\nBy Wanjiru Kamau | July 10th, 2025\n\n"
                   "Kenyan households spent Sh68 billion on cooking gas last year, and spending is projected to reach Sh75 "
                   "billion this year and Sh120 billion by 2030. The study expects the cooking gas market to expand at about "
                   "9.9 per cent annually over the period.\n\nThe Nairobi consultancy estimates the market at Sh75 billion in "
                   "2025.", "t")
    assert card.geography_scope == "Kenya"
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(9.9, 2025, 2030)]
    assert all(v.region is None for v in card.values)


def test_a_countrys_industry_names_the_market_and_a_headline_near_a_round_figure_restates_it():
    card = extract("Venue sales seen near 4 trillion won by 2029\n\nPosted : 2025-06-04\n\nSales of South Korea's screen golf "
                   "industry rose to 3.1 trillion won last year. The Seoul-based research house projects that the industry "
                   "will grow to 3.9 trillion won in 2029. Busan, the second-largest city market, grew fastest.", "t")
    assert card.market == "screen golf" and card.geography_scope == "South Korea"
    assert sorted((v.amount, v.year, v.region) for v in card.values) == [(3.1, 2024, None), (3.9, 2029, None)]


def test_players_in_a_faq_answer_after_leaders_and_rivals_and_a_listicles_events():
    assert names("The widget market grew in 2024.\n\nQuestion: Who are the key companies?\nAnswer: AeroFarms, Gotham Greens, "
                 "Fresh Origins and Koppert Cress B.V.\nBuy Now\n\n3. Who are the key vendors?\n\nBuy Now (Single User "
                 "License: USD 3,950)") == ["AeroFarms", "Gotham Greens", "Fresh Origins", "Koppert Cress B.V."]
    assert names("The student housing market grew in 2024.\n\nThe market leaders are Resa and Livensa Living, the two largest "
                 "operators by beds. Rivals such as Xior Student Housing NV, Nido Living and Yugo have expanded quickly.\n\n"
                 "Key marketers include Rubis Energy Kenya, Vivo Energy Kenya and Hashi Energy.") == [
        "Resa", "Livensa Living", "Xior Student Housing NV", "Nido Living", "Yugo", "Rubis Energy Kenya",
        "Vivo Energy Kenya", "Hashi Energy"]
    assert developments("The widget market grew in 2024.\n\n4. HP Inc. (HyperX) (US) - HyperX Cloud headsets remain "
                        "best-sellers; HP launched the Cloud Alpha Wireless 2 in September 2024.\n5. Razer Inc. (Singapore) - "
                        "BlackShark and Kraken lines; opened a flagship audio lab in Singapore in March 2025.\n\nLatest "
                        "development (Jun 2024): Luigi Lavazza S.p.A. opened a capsule plant in Turin.") == [
        ("2025-03", "Razer Inc."), ("2024-09", "HP"), ("2024-06", "Luigi Lavazza S.p.A.")]


def test_leaders_named_in_an_aside_and_the_companies_ranked_with_them_are_players():
    assert set(names("The widget market grew in 2024.\n\nPalo Alto Networks, the market leader with roughly a fifth of sales, is "
                 "followed by Fortinet and Cisco Systems, according to the report.\n\nRoche, the market leader with roughly "
                 "a fifth of oncology sales, Merck & Co. and AstraZeneca together hold close to half the market. Bristol "
                 "Myers Squibb, Novartis and Pfizer follow, while local companies grow.\n\nSpanish, Japanese and Korean "
                 "follow.")) == {"Palo Alto Networks", "Fortinet", "Cisco Systems", "Roche", "Merck & Co.", "AstraZeneca",
                                 "Bristol Myers Squibb", "Novartis", "Pfizer"}


def test_dates_with_two_digit_years_weekdays_under_a_byline_and_a_founders_name():
    assert developments("The widget market grew in 2024.\n\nMarch '24 – Cardolite Corporation launched a phenalkamine.\n"
                        "- Q4-24: Beta Ltd acquired Gamma.\n- 03/2024: Becton, Dickinson and Company received FDA clearance "
                        "for a tube.") == [("2024", "Beta Ltd"),  # (its fourth quarter: after March)
                                            ("2024-03", "Cardolite Corporation"), ("2024-03", "Becton, Dickinson and Company")]
    assert developments("SHIPPING | 15 January 2025\n\nThe car-carrier market grew in 2024.\n\nHoegh Autoliners said on "
                        "Wednesday it would take delivery of two vessels.\n\nHAMBURG, 9 May 2025 - Jungheinrich said on "
                        "Thursday it had agreed to acquire Norrack.") == [("2025-05-09", "Jungheinrich"),
                                                                           ("2025-01-15", "Hoegh Autoliners")]


def test_a_channel_segment_is_named_without_the_word_channels():
    assert ("Channel", "Online", "fastest_growth") in segments(
        "The widget market grew in 2024.\n\nBy channel, supermarkets held the largest share, while Online channels are "
        "growing fastest.")


def test_a_releases_dateline_a_year_after_what_was_bought_and_a_forecast_years_mark_in_brackets():
    card = extract("Bubble tea market at a glance\n\nMARKET SIZE\n2024: USD 2.9 Bn\nUSD 4.6 Bn (2030F)\n\n"
                   "MONTERREY, N.L. – June 24, 2025 – Craft beer sales in Mexico are set to climb from an estimated MXN 10.8 "
                   "billion in 2025, the firm said.\n\nBritons spent £5.9bn on gym and fitness club memberships and related "
                   "in-club services in 2024.\n\nThe retail health insurance market collected gross written premium of "
                   "₹71,800 crore in FY25. Airlines collected an estimated USD 148 billion in ancillary revenue in 2024.", "t")
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [
        (2.9, "USD", 2024), (4.6, "USD", 2030), (5.9, "GBP", 2024), (10.8, "MXN", 2025), (718.0, "INR", 2025)]  # ₹71,800 crore: ₹718 billion


def test_a_list_parted_by_semicolons_and_german_names_with_a_suspended_compound():
    assert names("The halal food market grew in 2024.\n\nKey Companies\nPT Indofood Sukses Makmur Tbk (Indonesia); PT Mayora "
                 "Indah Tbk (Indonesia); Nestlé Malaysia Berhad (Malaysia); Ramly Food Processing Sdn. Bhd. (Malaysia); "
                 "Betagro PCL (Thailand); San Miguel Food and Beverage, Inc. (Philippines)\n\nKey players include ÖkoFEN "
                 "Forschungs- und EntwicklungsgesmbH, Röhren- und Pumpenwerk BAUER GmbH and Viessmann Group.") == [
        "PT Indofood Sukses Makmur Tbk", "PT Mayora Indah Tbk", "Nestlé Malaysia Berhad", "Ramly Food Processing Sdn. Bhd.",
        "Betagro PCL", "San Miguel Food and Beverage, Inc.", "Röhren- und Pumpenwerk BAUER GmbH", "Viessmann Group",
        "ÖkoFEN Forschungs- und EntwicklungsgesmbH"]


def test_the_bangladeshi_taka_written_tk_before_crores():
    text = ("The Bangladesh widget market stood at Tk 4,860 crore in FY2023-24 and is projected to reach Tk 9,150 crore by "
            "2031. A Tk 2 discount is not money of the market.")
    assert [(a, c, y) for a, c, _, y, _ in _figures(text)] == [(48.6, "BDT", 2024), (91.5, "BDT", 2031)]


def test_a_releases_dateline_and_the_houses_address_name_no_region():
    card = extract("PUNE, MAHARASHTRA, INDIA, March 11, 2025 /EINPresswire.com/ -- The global widget market was valued at USD "
                   "2.1 billion in 2024. North America held the largest share, and Asia Pacific is the fastest-growing region, "
                   "led by China, Japan and South Korea.\n\nContact Us:\nOffice No. 412, Baner Road, Pune - 411045, Maharashtra, "
                   "India\nUnit 9B, Cyber Towers, HITEC City, Hyderabad, Telangana 500081, India", "t")
    assert [(r.name, r.claim) for r in card.regions] == [
        ("North America", "largest_share"), ("Asia Pacific", "fastest_growth"), ("China", "major_contributor"),
        ("Japan", "major_contributor"), ("South Korea", "major_contributor")]


def test_a_news_articles_byline_after_its_navigation_dates_its_relative_dates_and_a_due_date_is_no_event():
    navigation = "\n".join(f"Markets | Shipping | Tourism | Energy | Real Estate | Opinion | ePaper {i}" for i in range(10))
    card = extract(f"Widget ferry market heads for €2bn\n{navigation}\n\nBy Eleni Marangou\n19 June 2025, 08:40 · Updated 10:15\n\n"
                   "Ticket sales of widget ferries reached €1.42bn last year. Several operators are already moving. In March, "
                   "Seajets took delivery of two catamarans. Earlier this month, Attica Group signed a letter of intent with a "
                   "shipyard for two hybrid newbuilds for delivery in 2028. Minoan Lines added a third daily sailing between "
                   "Piraeus and Heraklion in October last year.", "t")
    assert str(card.report_date) == "2025-06-19"
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024-10", "Minoan Lines"), ("2025-03", "Seajets"), ("2025-06", "Attica Group")]


def test_companies_an_article_names_in_prose_the_rivals_and_the_firm_an_executive_speaks_for():
    card = extract("Greek ferry ticket sales reached €1.42bn last year, Pelagos Analytics said. Operators add fast capacity, and "
                   "fast ferries take share.\n\n\"Seajets has added more capacity than the rest of us combined,\" said Nikos "
                   "Petrakis, commercial director at Golden Star Ferries. \"The market is crowded,\" said Marcus Feld, a "
                   "managing director at Pelagos. Minoan Lines dominates the Heraklion route, while Fast Ferries, Zante "
                   "Ferries and Aegean Speed Lines compete on regional lines.", "t")
    assert sorted(p.name for p in card.players) == [
        "Aegean Speed Lines", "Fast Ferries", "Golden Star Ferries", "Minoan Lines", "Zante Ferries"]


def test_segments_a_news_article_names_in_prose_with_asides_possessives_and_make_up():
    card = extract("The container leasing market was worth $11.2bn last year.\n\nFrozen pulp, sold in packs to juice bars, açaí "
                   "shops and households, still makes up around 60% of sales. Standard dry containers account for about 72% of "
                   "lessors' fleet value. Refrigerated containers, or reefers, are the fastest-growing type. Lift passes make up "
                   "over half of field revenue.", "t")
    assert [(s.name, s.claim) for s in card.segments] == [
        ("Frozen pulp", "largest_share"), ("Standard dry containers", "largest_share"),
        ("Refrigerated containers", "fastest_growth"), ("Lift passes", "largest_share")]


def test_the_peruvian_sol_a_house_estimating_sales_and_a_places_trade_that_generated_them():
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "The Lima consultancy estimates domestic widget sales at S/ 1,050 million (2024) at retail prices. By 2030, sales "
        "are forecast at S/ 1,520 million.")] == [(1050.0, "PEN", 2024), (1520.0, "PEN", 2030)]
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "Brazil's widget pulp business generated sales of R$ 7.9 billion in 2024. Brazil's largest bank generated revenue of "
        "R$ 9.1 billion in 2024.")] == [(7.9, "BRL", 2024)]


def test_national_news_currencies_the_naira_peso_and_dirham_before_the_number_and_pesos_after_it():
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "Nigeria's packaged widget market was worth N1.12 trillion in 2024 and is projected to reach N2.4trn by 2030. The "
        "Philippine widget market reached P162.4 billion in 2024. The UAE widget market will reach Dh19.7 billion by 2030.")] == [
        (1.12, "NGN", 2024), (2.4, "NGN", 2030), (19.7, "AED", 2030), (162.4, "PHP", 2024)]
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "Mexico's widget market generated sales of 78.5 billion pesos (US $4.2 billion) in 2024, and will reach 120 billion "
        "pesos in 2030.")] == [(4.2, "USD", 2024), (78.5, "MXN", 2024), (120.0, "MXN", 2030)]


def test_a_peoples_spending_is_their_countrys_market_and_its_dollar():
    card = extract("Published November 3, 2025\n\nCanadians spent about $2.1-billion on winter widgets, including "
                   "installation, last year, according to a report released Monday. The firm expects spending to reach "
                   "$2.9-billion by 2030.", "t")
    assert card.geography_scope == "Canada"
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [(2.1, "CAD", 2024), (2.9, "CAD", 2030)]


def test_segments_in_news_prose_with_per_cent_and_asides_of_though_and_dashes():
    card = extract("The packaged widget market was worth N1.12 trillion last year.\n\nSachet water accounts for about 61 percent "
                   "of volumes but only 44 percent of value. Bottled water – mainly 50cl, 75cl and 1.5-litre packs – is the "
                   "fastest-growing category. Retort pouches, though still a small slice of sales, are the fastest-growing "
                   "pack format.", "t")
    assert [(s.name, s.claim) for s in card.segments] == [
        ("Sachet water", "largest_share"), ("Bottled water", "fastest_growth"), ("Retort pouches", "fastest_growth")]


def test_a_heading_run_into_its_paragraph_and_years_joined_by_a_tilde():
    card = extract("Widget Blade Market Outlook 2025~2034\n\nGlobal widget blade market size was USD 5.9 billion at 2024, and "
                   "it will reach USD 8.8 Bn in 2034, showing the CAGR of 4.1 % for the forecast period (2025~2034). The "
                   "sensor cleaning market is expected to be USD 1.2 billion by 2030.\n\nProduct InsightsTops led the market "
                   "with a 44.0% revenue share in 2024.", "t")
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(4.1, 2025, 2034)]
    assert [(s.name, s.claim) for s in card.segments] == [("Tops", "largest_share")]


def test_a_segment_ranked_as_a_model_and_a_however_aside():
    card = extract("The UAE online widget market will reach Dh19.7 billion by 2030.\n\nQuick commerce – deliveries promised in "
                   "under 30 minutes from dark stores – makes up about 45 per cent of orders and is the fastest-growing model. "
                   "Scheduled and next-day delivery, however, still accounts for the larger share of value.", "t")
    assert [(s.name, s.claim) for s in card.segments] == [
        ("Quick commerce", "fastest_growth"), ("Scheduled and next-day delivery", "largest_share")]


def test_rivals_an_article_ranks_in_prose_and_a_bullet_list_with_a_brand_in_lower_case():
    card = extract("Australians will spend about $2.6 billion on home widgets this year.\n\nSungrow, BYD, Alpha ESS and Sigenergy "
                   "together supplied more than half of the systems installed. Enphase Energy, SolarEdge and GoodWe make up "
                   "much of the rest. \"Everyone is cutting prices,\" said Arvind Kulkarni, chief executive, cooling products "
                   "at Blue Star. France's Touax SCA dominates leasing in Europe.\n\nThe key players listed are:\n"
                   "• Carrefour (Majid Al Futtaim Retail)\n• noon (noon Minutes)\n• Careem (Careem Quik)\n• Union Coop\n", "t")
    assert sorted(p.name for p in card.players) == sorted([
        "Sungrow", "BYD", "Alpha ESS", "Sigenergy", "Enphase Energy", "SolarEdge", "GoodWe", "Blue Star", "Touax SCA",
        "Carrefour", "noon", "Careem", "Union Coop"])


def test_the_regions_national_news_names_in_nigeria_the_philippines_and_canada():
    card = extract("Nigeria's packaged widget market was worth N1.12 trillion in 2024.\n\nLagos and Abuja account for most of the "
                   "spending. Port Harcourt and the wider South-South come next, while Kano is the fastest-growing market in "
                   "the North.", "t")
    assert {"Abuja", "Port Harcourt", "South-South", "Kano"} <= {r.name for r in card.regions}
    assert next(r.claim for r in card.regions if r.name == "Kano") == "fastest_growth"
    card = extract("The Philippine widget market reached P162.4 billion in 2024.\n\nMetro Manila and Calabarzon account for "
                   "nearly half of consumption, and Mindanao is the fastest-growing area.", "t")
    assert [(r.name, r.claim) for r in card.regions] == [
        ("Metro Manila", None), ("Calabarzon", None), ("Mindanao", "fastest_growth")]


def test_national_papers_baht_cedi_lira_and_a_pakistani_pages_rupees():
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "Thai widget sales were worth Bt266 billion in 2024. Ghana's widget processing market reached GH¢11.8 billion in "
        "2024. Türkiye's widget market reached TL 142 billion in 2024.")] == [
        (11.8, "GHS", 2024), (142.0, "TRY", 2024), (266.0, "THB", 2024)]
    card = extract("Motorcycle market seen at Rs734bn by FY30\n\nPakistan's motorcycle market is projected to grow to Rs734 "
                   "billion by 2030 from Rs468bn in 2025.", "t")
    assert card.geography_scope == "Pakistan"
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [(468.0, "PKR", 2025), (734.0, "PKR", 2030)]


def test_a_news_storys_first_paragraph_gives_the_scope_its_headline_leaves_out():
    card = extract("Construction steel market to VND246 trillion by 2029: report\n\nHÀ NỘI — Việt Nam's construction steel "
                   "market is forecast to grow by an average 6 per cent a year to VND246 trillion by 2029. Cape Town-based "
                   "Protea estimates that gross written premiums on steel policies reached R58.6bn in 2024.", "t")
    assert card.geography_scope == "Việt Nam"
    assert (58.6, "ZAR", 2024) in [(v.amount, v.currency, v.year) for v in card.values]


def test_news_dates_a_day_without_its_year_a_subject_before_its_date_and_korean_dates():
    card = extract("By Jo Smith | 11 February 2025\n\nThe Kenyan widget market was worth KSh 21 billion last year. Kakuzi last "
                   "month opened a KSh 600 million packhouse in Muranga. On March 25, Toyota unveiled a mild-hybrid pickup at "
                   "the motor show.\n\nRecent Developments\n- 2025.02  Valeo SA presented a heated flat blade.\n"
                   "- 2024. 7. 15  DENSO Corporation announced the consolidation of wiper production in Thailand.\n", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024-03-25", "Toyota"), ("2024-07-15", "DENSO Corporation"), ("2025-01", "Kakuzi"), ("2025-02", "Valeo SA")]


def test_segments_a_list_of_tables_breaks_out_and_those_that_complete_the_segmentation():
    card = extract("The global widget market was worth USD 80.1 billion in 2024.\n\nGLOBAL MARKET PERSPECTIVE\n"
                   "- Table: World Recent Past, Current & Future Analysis for Wings, Empennage and Nacelles & Pylons by "
                   "Geographic Region\n- Table: World Recent Past, Current & Future Analysis for Composites, Aluminum Alloys "
                   "and Steel Alloys by Material\n", "t")
    assert [(s.dimension, s.name) for s in card.segments] == [
        ("Unspecified", "Wings"), ("Unspecified", "Empennage"), ("Unspecified", "Nacelles & Pylons"),
        ("Material", "Composites"), ("Material", "Aluminum Alloys"), ("Material", "Steel Alloys")]
    card = extract("The pea widget market was worth USD 2.1 billion in 2025.\n\nMeat substitutes made up the largest "
                   "application in 2025. Beverages, bakery and confectionery, and performance nutrition complete the "
                   "application segmentation.", "t")
    assert [s.name for s in card.segments] == [
        "Meat substitutes", "Beverages", "bakery and confectionery", "performance nutrition"]


def test_the_leader_a_news_article_ranks_first_and_those_that_follow_it():
    card = extract("Pakistan's motorcycle market was worth Rs412bn in 2024.\n\nAtlas Honda Ltd leads the market with about 55pc "
                   "share by units, followed by United Auto Industries, Road Prince and Pak Suzuki Motor Company. HiteJinro Co., "
                   "maker of Chamisul and Jinro, remains the market leader in soju. Việt Ý Steel and Vina Kyoei compete on "
                   "price in the south.", "t")
    assert {"Atlas Honda Ltd", "United Auto Industries", "Road Prince", "Pak Suzuki Motor Company", "HiteJinro Co.",
            "Việt Ý Steel", "Vina Kyoei"} <= {p.name for p in card.players}


def test_more_national_papers_currencies_shekel_riyal_birr_leu_dirham_and_sri_lankan_rupees():
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "Israel's widget leasing market reached NIS 9.8 billion in 2024. Qatar's widget market reached QR2.9bn in 2024. "
        "Ethiopia's widget oil market reached Birr 148 billion in 2024. Romania's widget market reached lei 27.5 billion in "
        "2024. Sales of Moroccan widget oil totalled MAD 1.72 billion in 2024.")] == [
        (1.72, "MAD", 2024), (2.9, "QAR", 2024), (9.8, "ILS", 2024), (27.5, "RON", 2024), (148.0, "ETB", 2024)]
    card = extract("Milk powder imports to ease\n\nSri Lanka's milk powder market was worth Rs. 162 billion in 2024 and "
                   "will reach Rs. 230 billion by 2030. SINGAPORE parents spent S$1.48 billion on tuition centres in 2024.", "t")
    assert card.geography_scope == "Sri Lanka"
    assert sorted((v.amount, v.currency) for v in card.values) == [(1.48, "SGD"), (162.0, "LKR"), (230.0, "LKR")]


def test_a_figure_in_a_sentence_that_opens_with_its_region():
    assert _figures("The global widget market was valued at USD 7.4 billion in 2024.\n\nIn North America, revenue stood at "
                    "USD 2.84 billion in 2024. In Europe, the market reached EUR 1.1 billion in 2024.") == [
        (1.1, "EUR", "billion", 2024, "Europe"), (2.84, "USD", "billion", 2024, "North America"),
        (7.4, "USD", "billion", 2024, None)]


def test_a_countrys_part_of_the_regional_total_the_sentence_before_stated():
    assert _figures("The global widget sauces market was valued at USD 14.6 billion in 2024.\n\nIn North America, revenue stood "
                    "at USD 4.71 billion in 2024. The U.S. accounted for USD 3.95 billion of the regional total, making it the "
                    "largest single country market.") == [
        (3.95, "USD", "billion", 2024, "United States"), (4.71, "USD", "billion", 2024, "North America"),
        (14.6, "USD", "billion", 2024, None)]


def test_trade_news_companies_a_descriptor_before_a_second_subject_and_a_quarter_of_the_bylines_year():
    card = extract("Effluent News\n\n21 August 2025 | By Ana Ruiz\n\nSuppliers are busy. Quellwater Systems won a contract for a "
                   "brine plant in Nevada in May. Dravik Process commissioned an evaporator train for a refinery in the second "
                   "quarter, and Danish start-up Saltloop raised $16 million in January. Orvane Filtration, Meller Membranes and "
                   "Tarsk Water are also active in the segment, according to the report. Halden Pumps delivered net sales of "
                   "$612 million in the fourth quarter.", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2025", "Dravik Process"), ("2025-01", "Saltloop"), ("2025-05", "Quellwater Systems")]
    assert {"Orvane Filtration", "Meller Membranes", "Tarsk Water", "Saltloop"} <= {p.name for p in card.players}
    assert "Danish" not in {p.name for p in card.players}


def test_figures_a_journalist_writes_as_a_change_a_spending_or_a_base_year():
    assert _figures("Trade Weekly\n\nBy Jo Hale | 6 May 2025\n\nGlobal sales of freeze-dried widgets grew 11% last year to "
                    "$2.14 billion, a market study says. Growers worldwide spent US$19.7 billion on widget sprays in 2024, up "
                    "from US$16.1 billion in 2020. Spending was USD 1.24 billion in 2023. The firm sized the widget market at "
                    "USD 8.4 billion in its 2022 base year. Closed-cell widgets were the dominant type, generating USD 1.6 "
                    "billion in 2024.") == [
        (1.24, "USD", "billion", 2023, None), (1.6, "USD", "billion", 2024, "Closed-cell widgets"),
        (2.14, "USD", "billion", 2024, None), (8.4, "USD", "billion", 2022, None), (16.1, "USD", "billion", 2020, None),
        (19.7, "USD", "billion", 2024, None)]


def test_segment_claims_with_asides_a_range_and_users():
    card = extract("The global widget market was valued at USD 7.1 billion in 2024.\n\nThermal systems, built around "
                   "concentrators, evaporators and crystallisers, still represent the largest share of installed value. But "
                   "membrane-based designs, which put reverse osmosis in front of a smaller evaporator, are growing fastest. "
                   "Power generation, mostly wastewater from coal plants, was the largest end-use in 2024. Semiconductor "
                   "manufacturing and mining are the fastest-growing users. The 2–8°C band remains the largest temperature "
                   "range.", "t")
    assert [(s.name, s.claim) for s in card.segments] == [
        ("Thermal systems", "largest_share"), ("membrane-based designs", "fastest_growth"),
        ("Power generation", "largest_share"), ("Semiconductor manufacturing and mining", "fastest_growth"),
        ("2–8°C", "largest_share")]


def test_trade_news_companies_in_analysis_sentences_and_a_list_parted_by_semicolons():
    card = extract("The global widget market will be worth about $3.7 billion this year, according to Veinmoor Analytics.\n\n"
                   "Among the independents, Orvik Security, Dalsnap and Upreach keep pushing the technology. Crowdline and "
                   "Microhard are pushing hard from the endpoint side, and Checkstone, Fortane and Tenwick all have credible "
                   "offerings. Below that you have the big service houses: Meltau Engines, Hansa Technik and Delto TechOps. "
                   "Mills it profiles include Arvari, Iskor and Vicosa. What is pushing the switch? Regulation is pushing "
                   "the same way.\n\n"
                   "Companies profiled in the Veinmoor report: Sandtek AB; Epirox AB; Normet Group Oy; Aramine SAS; Ferrodrive\n",
                   "t")
    names = [p.name for p in card.players]
    assert {"Orvik Security", "Dalsnap", "Upreach", "Crowdline", "Microhard", "Checkstone", "Fortane", "Tenwick",
            "Meltau Engines", "Hansa Technik", "Delto TechOps", "Arvari", "Iskor", "Vicosa", "Sandtek AB", "Epirox AB",
            "Normet Group Oy", "Aramine SAS", "Ferrodrive"} <= set(names)
    assert not {"What", "Regulation"} & set(names)


def test_a_place_or_an_aside_is_no_segment():
    card = extract("The global widget market was valued at USD 7.1 billion in 2024.\n\nThe Western states account for the "
                   "largest share of installations. Sandtek and Epirox between them hold the largest share of the market. "
                   "Hydraulic widgets hold the largest share of revenue.", "t")
    assert [(s.name, s.claim) for s in card.segments] == [("Hydraulic widgets", "largest_share")]


def test_a_regional_breakdown_each_region_with_its_countries_parted_by_middle_dots():
    card = extract("The global widget market was valued at USD 7.1 billion in 2024.\n\nBreakup by Region:\nNorth America (United "
                   "States, Canada) · Europe (Germany, France, Italy) · Asia Pacific (China, Japan, India) · Middle East and "
                   "Africa\n", "t")
    assert [r.name for r in card.regions] == ["North America", "Europe", "Asia Pacific", "Middle East and Africa"]


def test_continental_publishers_an_industrys_turnover_and_spanish_and_dutch_scale_words():
    card = extract("NOTA CONGIUNTURALE 3/2025 – English version\nBologna, 12 June 2025\n\nAfter two record years, the Italian widget "
                   "machinery industry closed 2024 with a turnover of € 9.410 mln, down 1,6% compared with the € 9.563 mln of "
                   "2023. Centro Studi WIDGO estimates a turnover of € 9,7 mld for 2025, reaching € 10,9 mld in 2028.", "t")
    assert (card.market, card.geography_scope) == ("widget machinery", "Italy")
    assert sorted((v.amount, v.scale, v.year) for v in card.values) == [
        (9.7, "billion", 2025), (10.9, "billion", 2028), (9410.0, "million", 2024), (9563.0, "million", 2023)]
    assert _figures("The Mexican market for widget parts was valued at MXN 312.400 millones in 2024 and will reach MXN "
                    "448.000 millones (about USD 24,5 mil millones) by 2031. The Dutch widget market reached EUR 7,4 miljard "
                    "in 2024.") == [(7.4, "EUR", "billion", 2024, None), (24.5, "USD", "billion", 2031, None),
                                    (312400.0, "MXN", "million", 2024, None), (448000.0, "MXN", "million", 2031, None)]


def test_growth_rates_written_per_annum_as_a_label_line_or_as_an_annual_average():
    def rates(text):
        return sorted((c.percent, c.start, c.end) for c in extract(text, "t").cagr)
    assert rates("The German widget market reached EUR 12,7 Mrd. in 2024.\n\nFor the period to 2030 we expect nominal growth "
                 "of 4,8 % p.a., taking the market to EUR 16,8 Mrd. in 2030.") == [(4.8, None, 2030)]
    assert rates("The Dutch widget market reached EUR 7,4 miljard in 2024.\n\nGrowth 2024-2028:       2,6% per year\n") == [
        (2.6, 2024, 2028)]
    assert rates("The widget market reached EUR 12,7 Mrd. in 2024.\n\n• Average annual growth 2024e–2030p: 4,8 % (nominal)\n") \
        == [(4.8, 2024, 2030)]
    assert rates("Korea's widget market is forecast to expand from KRW 3.2 trillion in 2024 to KRW 14.8 trillion in 2030, "
                 "according to Hanbit. That is an annual average growth of 29.1 percent.") == [(29.1, 2024, 2030)]


def test_a_list_of_figures_under_a_line_naming_its_dimension_and_year():
    assert _figures("The French market for widget care services reached 12,4 Md€ in 2024.\n\nBy service, in 2024:\n"
                    "- Help with daily living (aide à domicile): 7 950 M€, by far the largest segment\n"
                    "- Meal delivery: 480 M€\n\nBy region, in 2024:\n- Île-de-France: EUR 2,180 million\n"
                    "- Occitanie: EUR 470 million\n") == [
        (12.4, "EUR", "billion", 2024, None), (470.0, "EUR", "million", 2024, "Occitanie"),
        (480.0, "EUR", "million", 2024, "Meal delivery"), (2180.0, "EUR", "million", 2024, "Île-de-France"),
        (7950.0, "EUR", "million", 2024, "Help with daily living")]


def test_players_an_interview_lists_after_you_have_and_names_to_know_and_nordic_legal_forms():
    names = {p.name for p in extract(
        "The global widget market reached USD 2.1 billion in 2024.\n\nHO: Then you have the independent miners and grinders: "
        "Cimbra Minerals, Exolith Minerals LLC and Milbright, Inc.\n\nNames to know: Massen Health, Atria Care and Kaiso "
        "Permanente among providers.\n\nLand-based producers include First Widget hf., Landeldi hf. and Nordfisk ehf.\n",
        "t").players}
    assert {"Cimbra Minerals", "Exolith Minerals LLC", "Milbright, Inc.", "Massen Health", "Atria Care", "Kaiso Permanente",
            "First Widget hf.", "Landeldi hf.", "Nordfisk ehf."} <= names


def test_segment_tables_with_a_dimension_before_each_row_and_groups_of_items_parted_by_bars():
    card = extract("The global widget trunking market was valued at USD 8.8 billion in 2024.\n\n"
                   "Segment | Share 2024 | CAGR 2025-2032\nConductor – Copper | 64.1% | 5.9%\nConductor – Aluminium | 35.9% | 7.8%\n"
                   "End user – Industrial | 30.6% | 5.6%\nEnd user – Data centers | 14.9% | 11.4%\nEnd user – Residential | 6.3% | 4.4%\n\n"
                   "Segmentation\tBy Glass Type: E-glass | ECR-glass | AR-glass | Others; By Product Form: Direct Roving | Chopped "
                   "Strands\n", "t")
    assert sorted((s.dimension, s.name, s.claim or "") for s in card.segments) == sorted([
        ("Conductor", "Copper", "largest_share"), ("Conductor", "Aluminium", "fastest_growth"),
        ("End User", "Industrial", "largest_share"), ("End User", "Data centers", "fastest_growth"),
        ("End User", "Residential", ""), ("Glass Type", "E-glass", ""), ("Glass Type", "ECR-glass", ""),
        ("Glass Type", "AR-glass", ""), ("Product Form", "Direct Roving", ""), ("Product Form", "Chopped Strands", "")])
    assert ("Data centers", 11.4) in {(c.segment, c.percent) for c in card.cagr}


def test_a_pages_own_lines_name_no_actor():
    card = extract("Press Release | Food & Beverages | 23 October 2025\n\nRecorded live 22 May 2025 · Hosted with Widget Digest\n\n"
                   "The European widget casings market was valued at EUR 1.2 billion in 2024.", "t")
    assert not {d.actor for d in card.developments} & {"Press", "Hosted", "Recorded"}


def test_segments_as_a_tables_rows_under_by_headings_a_note_after_a_tab():
    card = extract("The global widget paper market was valued at USD 4.3 billion in 2024.\n\nSEGMENTATION\n\nBy Technology\n"
                   "Direct thermal\tlargest share; used for receipts and labels\nThermal transfer\trequires ribbon\n\n"
                   "By Coating\nTop-coated\nNon-top-coated\n\nREGIONAL ANALYSIS\nNorth America leads the market.\n", "t")
    assert [(s.dimension, s.name, s.claim) for s in card.segments] == [
        ("Technology", "Direct thermal", "largest_share"), ("Technology", "Thermal transfer", None),
        ("Coating", "Top-coated", None), ("Coating", "Non-top-coated", None)]


def test_the_east_asian_unit_of_a_hundred_million_in_a_sentence_and_in_a_tables_caption():
    assert _figures("According to Jinghua Consulting, China's prepared widget market reached 6,020 (100 million yuan) in 2024, "
                    "compared with 2,445 (100 million yuan) in 2019.") == [
        (244.5, "CNY", "billion", 2019, None), (602.0, "CNY", "billion", 2024, None)]
    values = _figures("The domestic packaged widget market in FY2023 was 4,286 (100 million yen).\n\n"
                      "Market size trend (manufacturers' shipment value basis; unit: 100 million yen)\n"
                      "FY2021 | FY2022 | FY2023 | FY2025 (forecast)\n4,015 | 4,198 | 4,286 | 4,520\n")
    assert [(a, c, y) for a, c, _, y, _ in values] == [(401.5, "JPY", 2021), (419.8, "JPY", 2022), (428.6, "JPY", 2023),
                                                         (452.0, "JPY", 2025)]


def test_a_statistics_table_by_year_its_unit_in_the_caption_or_its_column_in_hundreds_of_millions():
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "Vietnam's widget export market grew in 2024.\n\nTable 1. Export value of widgets, 2019-2021\n"
        "(Đơn vị: nghìn tỷ đồng / Unit: VND trillion, current prices)\nYear | Export value | Change over previous year (%)\n"
        "2019 | 247.1 | --\n2020 | 286.9 | 16.1\n2021 | 340.6 | 18.7\n")] == [
        (247.1, "VND", 2019), (286.9, "VND", 2020), (340.6, "VND", 2021)]
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "The Taiwan widget tools market recovered.\n\nYear | Production value (NT$100 million) | YoY change (%)\n"
        "2020 | 1,185 | -6.2\n2021 | 1,413 | 19.2\n")] == [(118.5, "TWD", 2020), (141.3, "TWD", 2021)]


def test_a_past_rate_neither_gives_the_forecast_rate_its_period_nor_starts_the_forecast():
    card = extract("Prepared widgets in China\n\nChina's prepared widget market reached RMB 602 billion in 2024, compared with RMB 244.5 billion in 2019, a "
                   "compound annual growth rate of 19.7% over 2019-2024. We estimate the market at RMB 688.0 billion in 2025. "
                   "By 2030 the market size will reach RMB 1.205 trillion, with a CAGR of 11.9% in the forecast period.", "t")
    assert sorted((c.percent, c.start or 0, c.end) for c in card.cagr) == [(11.9, 0, 2030), (19.7, 2019, 2024)]
    assert [(v.year, v.kind) for v in card.values] == [(2019, "actual"), (2024, "actual"), (2025, "estimate"),
                                                       (2030, "forecast")]


def test_an_faqs_answer_takes_the_year_its_question_asks_and_sales_that_peaked():
    assert _figures("Widget packaging\n\nThe global widget packaging market was valued at USD 21.8 billion in 2024.\n\nFAQ\n"
                    "Q2. What will the market be worth in 2033?\nA. USD 45.2 billion. The forecast assumes more outsourcing.\n\n"
                    "Global sales peaked at USD 27.9 billion in 2020, when retailers rationed supplies.\n") == [
        (21.8, "USD", "billion", 2024, None), (27.9, "USD", "billion", 2020, None), (45.2, "USD", "billion", 2033, None)]


def test_a_tables_years_with_their_kinds_in_parentheses():
    card = extract("Korea widget rental\n\nThe Korean widget rental market reached KRW 11.8 trillion in 2023.\n\n< Table 1 > Home "
                   "widget rental market size (unit: KRW trillion)\nYear\t2019\t2023\t2024(E)\t2027(F)\t2030(F)\n"
                   "Market size\t8.2\t11.8\t12.6\t15.3\t18.4\nSource: HICE estimates\n", "t")
    assert [(v.amount, v.year, v.kind) for v in card.values] == [
        (8.2, 2019, "actual"), (11.8, 2023, "actual"), (12.6, 2024, "estimate"), (15.3, 2027, "forecast"),
        (18.4, 2030, "forecast")]


def test_a_snapshot_cards_ranked_segments_and_the_rest_of_their_dimension():
    segments = _segments("Widget Tag Market – Snapshot\nMarket size (2024): USD 212.5 million\n"
                         "Largest product segment: Passive widget tags (ISO 9999) – 58% share\n"
                         "Fastest-growing product segment: Solar widget tags – CAGR 11.2%\n"
                         "Other products: Widget readers; Widget registries\n"
                         "Largest animal type: Cattle – 61% share\nFastest-growing animal type: Goats\n"
                         "Other animal types: Sheep; Camels\nLargest region: Europe – 38% share\n"
                         "Other services: Consulting; Training\nLeading players: Tagwell AG, Ruminex Inc.\n"
                         "Leading service type: on-farm tagging, 41.2% of 2024 revenue\n")
    assert segments == [("Product", "Passive widget tags (ISO 9999)", "largest_share"),
                        ("Product", "Solar widget tags", "fastest_growth"), ("Product", "Widget readers", None),
                        ("Product", "Widget registries", None), ("Animal Type", "Cattle", "largest_share"),
                        ("Animal Type", "Goats", "fastest_growth"), ("Animal Type", "Sheep", None),
                        ("Animal Type", "Camels", None), ("Service Type", "on-farm tagging", "largest_share")]


def test_a_statistics_table_of_years_with_continental_figures_and_a_column_in_hundreds_of_millions():
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "Widget berries 2024\n\nFinnish processors sold widget berries in 2024.\n\n"
        "Table 1. Harvest and processors' sales, 2019–2021\nYear\tHarvest, tonnes\tSales, EUR million\tExported, %\n"
        "2019\t14 210\t142,7\t71\n2020\t9 860\t1 128,3\t68\n2021\t12 540\t151,9\t70\n")] == [
        (142.7, "EUR", 2019), (151.9, "EUR", 2021), (1128.3, "EUR", 2020)]
    assert [(a, c, y) for a, c, _, y, _ in _figures(
        "China's widget resort market grew again.\n\nYear | Market size (100 million yuan) | YoY growth\n"
        "2019 | 268.4 | --\n2020 | 199.2 | -25.8%\n")] == [(19.92, "CNY", 2020), (26.84, "CNY", 2019)]


def test_a_projection_after_a_label_a_figure_a_house_put_at_and_a_table_row_named_in_any_alphabet():
    assert _figures("Widget berries 2024\n\nOutlook (Metsälä projection, not official statistics): sales are projected at "
                    "EUR 194 million in 2025 and EUR 238 million in 2030.") == [
        (194.0, "EUR", "million", 2025, None), (238.0, "EUR", "million", 2030, None)]
    assert _figures("The institute put domestic widget apparel sales at 5.84 trillion won in 2023.") == [
        (5.84, "KRW", "trillion", 2023, None)]
    assert (214.0, "KWD", "million", 2024, "Cafés & coffee shops") in _figures(
        "Kuwait widget service market\n\nMarket size by service type (KWD million)\nService type | 2024 | 2030 | CAGR 2025-2030\n"
        "Quick service widgets | 612 | 968 | 8.2%\nCafés & coffee shops | 214 | 372 | 9.4%\nTotal | 1,486 | 2,262 | 7.6%\n")


def test_players_a_newsletter_calls_also_active():
    players = [p.name for p in extract("Widget grills\n\nThe widget grill market grew 4% in 2024.\n\n"
                                       "Also active this season: Char-Widget (W.C. Widget Co.), Napoleonic, Big Green Widget Inc., "
                                       "Kamado Jim and Broil Queen.\n", "t").players]
    assert players == ["Char-Widget", "Napoleonic", "Big Green Widget Inc.", "Kamado Jim", "Broil Queen"]


def test_a_slides_timeline_lines_a_contents_entrys_event_and_a_date_with_slashes():
    developments = sorted((d.date, d.actor) for d in extract(
        "Widget sleepers – outlook deck\n\nRecent moves\nMar 2025 – Vossloh Widget AG: new sleeper plant, Poland, 600k units/yr\n"
        "Nov 2024 – Rail.Two GmbH: sleeper supply contract for a Saudi freight line\n\nContents\n 8.3 Recent Developments\n"
        "   8.3.1 Vantive – opening of a widget solutions plant in Vietnam (November 2024)\n\n"
        "- 2024/07/01: Koshidaka Widgets opened its first outlet dedicated to single-person booths.\n", "t").developments)
    assert developments == [("2024-07-01", "Koshidaka Widgets"), ("2024-11", "Rail.Two GmbH"), ("2024-11", "Vantive"),
                            ("2025-03", "Vossloh Widget AG")]


def test_a_release_written_in_title_case_states_its_figures():
    assert _figures("Widget Cup Market\n\nThe Global Widget Cup Market Size Was Valued At USD 1,148.6 Mn In 2023 And Is "
                    "Projected To Reach USD 2,217.4 Mn By 2032, Growing At A CAGR Of 7.6% From 2024 To 2032.") == [
        (1148.6, "USD", "million", 2023, None), (2217.4, "USD", "million", 2032, None)]


def test_players_parted_by_middle_dots_under_a_heading_and_in_cells_with_a_legal_form_first():
    players = [p.name for p in extract(
        "Widget heat pumps in Poland\n\nThe market was worth PLN 4.3 billion in 2024.\n\nWHO'S WHO\n"
        "Widgetmann Technika Grzewcza Sp. z o.o. · Vaillant Widget Sp. z o.o. · Panasonic · Galwidget Sp. z o.o. Sp.k. · "
        "Kospel S.A. · Widgetsubishi Electric · Stiebel Widget Polska Sp. z o.o. · Bosch Widget Sp. z o.o. · "
        "Hewawidget Sp. z o.o. Sp.k.\n\nPlayers covered (11 profiles incl.)\n"
        "PT Astra Widget Motor | PT Widget Indonesia Motor Manufacturing | Polytron | PT United Widgets Centre | Yadea\n",
        "t").players]
    assert players == ["Widgetmann Technika Grzewcza Sp. z o.o.", "Vaillant Widget Sp. z o.o.", "Panasonic",
                       "Galwidget Sp. z o.o.", "Kospel S.A.", "Widgetsubishi Electric", "Stiebel Widget Polska Sp. z o.o.",
                       "Bosch Widget Sp. z o.o.", "Hewawidget Sp. z o.o.", "PT Astra Widget Motor",
                       "PT Widget Indonesia Motor Manufacturing", "Polytron", "PT United Widgets Centre", "Yadea"]


def test_a_news_storys_events_after_an_apposition_and_dated_this_year_or_last_year():
    developments = sorted((d.date, d.actor) for d in extract(
        "LONDON, 12 September 2025 -- The UK widget gin market was worth GBP 1.2 billion in 2024, a report says.\n\n"
        "Widgetbus, the Italian operator, ordered 120 coaches worth €48m in September 2024. A small Cotswolds distiller, "
        "Fernwidget Spirits, closed a £14m funding round in January to expand. Halewidget Spirits, owner of Whitley Widget, "
        "said earlier this year that it had sold two brands. And Sipwidget raised its distillery's capacity last year. "
        "BioWidget, whose revenue was DKK 18.5 billion last year, said in June 2025 that it had signed an offtake deal. "
        "Competition intensified this year.\n", "t").developments)
    assert developments == [("2024", "Sipwidget"), ("2024-09", "Widgetbus"), ("2025", "Halewidget Spirits"),
                            ("2025-01", "Fernwidget Spirits"), ("2025-06", "BioWidget")]


def test_players_a_prose_list_coordinates_with_a_legal_name():
    players = [p.name for p in extract(
        "The South Africa widget storage market was valued at ZAR 11.8 billion in 2024.\n\nOn the utility side, developers "
        "build capacity with battery systems from BYD, Sungrow Widget Supply Co., Ltd., Huawei, Tesla and Hitachi Widget. "
        "In C&I and residential, local pack makers Freedom Widget (Pty) Ltd, Revov (Pty) Ltd and Blue Widget Energy (Pty) "
        "Ltd compete with imported brands.\n", "t").players]
    assert players == ["Sungrow Widget Supply Co., Ltd.", "BYD", "Huawei", "Tesla", "Hitachi Widget", "Freedom Widget (Pty) Ltd",
                       "Revov (Pty) Ltd", "Blue Widget Energy (Pty) Ltd"]


def test_a_news_storys_segment_claims_after_an_aside_and_against_the_rest_of_their_kind():
    segments = [(s.name, s.claim) for s in extract(
        "The UK widget gin market was valued at GBP 1.2 billion in 2024.\n\nClassic London dry widget, by contrast, held up "
        "and accounts for about 58 per cent of sales by value. Online sales, including distillers' own web shops and "
        "subscription clubs, are set to grow fastest of any channel.\n", "t").segments]
    assert segments == [("Classic London dry widget", "largest_share"), ("Online sales", "fastest_growth")]


def test_a_regulators_decision_is_the_event_of_the_company_whose_product_it_concerns():
    developments = sorted((d.date, d.actor) for d in extract(
        "The widget therapy market was valued at USD 12.1 billion in 2024.\n\nRecent Developments\n"
        "• November 2024: The EMA's CHMP adopted a positive opinion for Swedish Widget Biovitrum AB's once-weekly product.\n"
        "• May 2024: Health Canada approved Widgetfizer's gene therapy for adults.\n"
        "• In Q1 2025 Health Canada approved Sandwidget Group AG's denosumab biosimilars.\n", "t").developments)
    assert developments == [("2024-05", "Widgetfizer"), ("2024-11", "Swedish Widget Biovitrum AB"), ("2025", "Sandwidget Group AG")]


def test_a_year_table_row_named_with_digits_after_a_hyphen_a_lower_case_start_or_no_figure_in_its_first_year():
    assert _figures("Table 1: Widget Drugs Market Revenue, By Drug Class, 2023-2024 (USD Million)\nDrug Class | 2023 | 2024\n"
                    "PDE-5 Inhibitors | 985.2 | 948.6\nsGC Stimulators | 548.0 | 576.4\nActivin Widget Inhibitors | – | 555.2\n"
                    "Total | 7,113.5 | 7,864.2\n") == [
        (548.0, "USD", "million", 2023, "sGC Stimulators"), (555.2, "USD", "million", 2024, "Activin Widget Inhibitors"),
        (576.4, "USD", "million", 2024, "sGC Stimulators"), (948.6, "USD", "million", 2024, "PDE-5 Inhibitors"),
        (985.2, "USD", "million", 2023, "PDE-5 Inhibitors"), (7113.5, "USD", "million", 2023, None),
        (7864.2, "USD", "million", 2024, None)]


def test_a_regional_sections_lines_with_their_place_as_the_label():
    assert _figures("The global widget market was valued at USD 5.1 billion in 2024.\n\nRegional Insights\n\n"
                    "North America: North America generated USD 452.2 million in 2024. The United States dominated demand.\n"
                    "Europe - Europe was worth EUR 148.9 million in 2024.\n"
                    "Asia Pacific — USD 1.48 billion in 2024. China accounted for over half of regional demand.\n") == [
        (1.48, "USD", "billion", 2024, "Asia Pacific"), (5.1, "USD", "billion", 2024, None),
        (148.9, "EUR", "million", 2024, "Europe"), (452.2, "USD", "million", 2024, "North America")]


def test_players_in_a_tabbed_label_cell_nordic_and_luxembourg_forms_and_a_list_cut_by_the_page_end():
    players = sorted(p.name for p in extract(
        "The widget insulation market was valued at USD 1.2 billion in 2024.\n\nKey companies\tOwens Widget; Aman Widget S.à r.l.; "
        "Knauf Widget\n\nPaxwidget AB, Dignitana AB (maker of DigniCap), Penguin Widget Caps, Arctic Widget Caps and Amma "
        "(Cooler Heads) lead the field.\n\nCompany\tHeadquarters\nRavensholt Research GmbH · Impressum · Datenschutz · AGB\n\n"
        "List of Key Companies Profiled:\nAnova Widget (U.S.), Inkbird Tech. Co., Ltd. (China), Vacmaster (U.S.), Grea", "t").players)
    assert players == sorted(["Owens Widget", "Aman Widget S.à r.l.", "Knauf Widget", "Paxwidget AB", "Dignitana AB",
                              "Penguin Widget Caps", "Arctic Widget Caps", "Amma", "Anova Widget", "Inkbird Tech. Co., Ltd.",
                              "Vacmaster"])


def test_a_deployment_mode_is_named_without_the_word_deployment_and_a_segment_keeps_the_markets_own_noun():
    card = extract("The widget packaging market was valued at USD 1.2 billion in 2024.\n\nBy deployment, public cloud deployment "
                   "accounted for 61% of revenue, while on-premises deployment is expected to grow fastest. By format, flexible "
                   "packaging held the largest share.\n", "t")
    assert [(s.name, s.claim, s.span.quote) for s in card.segments] == [
        ("public cloud", "largest_share", "public cloud"), ("on-premises", "fastest_growth", "on-premises"),
        ("flexible packaging", "largest_share", "flexible packaging")]


def test_a_trade_titles_name_is_no_market_and_a_byline_after_its_author_dates_the_page():
    card = extract("Widget Industry Week\nMenu  Search  Log in  Subscribe\nRigid Widgets | Flexible | Labels | Machinery | People\n"
                   "This site uses cookies. Continue browsing to accept or read our cookie notice. " + "Navigation text. " * 30 +
                   "\n\nWIDGET INDUSTRY WEEK\nWidget can makers ride energy drinks as market heads for $78.9bn\n\n"
                   "Tom Aldridge | 14 October 2025 | 7 min read\n\nThe global aluminium widget can market will be worth $57.6 "
                   "billion this year and is on course to reach $78.9 billion by 2030, according to a new study.\n", "t")
    assert (card.market, card.report_date.isoformat()) == ("aluminium widget can", "2025-10-14")
    assert [(v.amount, v.year) for v in card.values] == [(57.6, 2025), (78.9, 2030)]


def test_a_news_sentence_that_compares_back_states_the_markets_earlier_figures_but_not_a_companys():
    card = extract("LONDON, 12 March 2025 -- The global widget can market will be worth $57.6 billion this year and is on course "
                   "to reach $78.9 billion by 2030, according to a new study.\n\nThat compares with $54.3 billion in 2024 and just "
                   "$41.7 billion in 2019.\n\nAcme Corp reported revenue of $2.1 billion in 2024. That compares with $1.8 billion "
                   "in 2023.\n", "t")
    assert sorted((v.amount, v.year) for v in card.values) == [(41.7, 2019), (54.3, 2024), (57.6, 2025), (78.9, 2030)]


def test_a_byline_date_the_pages_head_cuts_in_two_a_dashed_byline_and_a_dotted_date_date_the_page():
    navigation = "Widgets  |  Semiconductors  |  Cloud  |  AI  |  Deals  |  Opinion  Subscribe  Sign in\n" * 7
    cut = navigation[:590 - len("x\n")] + "\n14 August 2025, 07:45 KST  |  Updated 14 August 2025, 11:10 KST\n\n" \
        "The global widget memory market was worth $16.8bn last year, Acme Analytics estimates.\n"
    assert (extract("x\n" + cut, "t").report_date.isoformat(), extract("x\n" + cut, "t").values[0].year) == ("2025-08-14", 2024)
    dashed = extract("Widget news\n\nBy Olivia Brandt — February 18, 2025\n\nIFS agreed last month to acquire a widget start-up.\n", "t")
    assert (dashed.report_date.isoformat(), [(d.date, d.actor) for d in dashed.developments]) == ("2025-02-18", [("2025-01", "IFS")])
    dotted = extract("Widget news\n\n2025.07.04  |  Staff writer Kenta Morimoto  |  Tokyo\n\nThe widget market grew.\n", "t")
    assert dotted.report_date.isoformat() == "2025-07-04"


def test_a_list_of_names_run_onto_one_line_with_the_paragraph_after_it_ends_at_the_names():
    card = extract("The global widget hostel market was valued at USD 6.7 billion in 2024.\n\nCompanies mentioned\n"
                   "Generator Widgets; a&o Widgets; MEININGER Widgets; St Christopher's Inns; Zostel; Widgetworld Group plc. "
                   "Widgetworld Group plc, whose net revenue was about EUR 93 million last year, remains the key booking channel.\n\n"
                   "Key vendors: Schneider Widget SE, H. B. Widget Company, Hitachi Widget Ltd. and Wärtsilä. In January 2025, "
                   "Hitachi Widget Ltd. commissioned a solar-battery microgrid.\n\n"
                   "The Indian widget sector is dominated by Suzlon Widget Limited, Envision Widget, Inox Widget Limited and "
                   "Adani Widget. Suzlon reported revenue of Rs 65,290 Mn.\n", "t")
    assert [p.name for p in card.players][:9] == [
        "Generator Widgets", "MEININGER Widgets", "St Christopher's Inns", "Zostel", "Widgetworld Group plc",
        "Schneider Widget SE", "H. B. Widget Company", "Hitachi Widget Ltd.", "Wärtsilä"]
    assert not any(p.name.startswith(("The Indian", "In January")) for p in card.players)


def test_bullets_a_crawler_ran_onto_one_line_part_a_labelled_list_as_commas_do():
    card = extract("The global widget collection market was valued at USD 4.1 billion in 2024.\n\nBy end user: • Healthcare • "
                   "Financial Services • Telecom & Utilities • Government • Retail\n\nKey players: • Acme Widget Inc. • "
                   "Beta Widget GmbH • Gamma Widget Ltd.\n", "t")
    assert [s.name for s in card.segments] == ["Healthcare", "Financial Services", "Telecom & Utilities", "Government", "Retail"]
    assert [p.name for p in card.players] == ["Acme Widget Inc.", "Beta Widget GmbH", "Gamma Widget Ltd."]


def test_what_the_market_sells_or_collects_as_the_sentences_subject_states_its_figures():
    card = extract("Dental widget premiums on track for $131.5 billion\n\nAugust 5, 2025\n\nPremiums for dental widget coverage in the "
                   "United States came to $92.7 billion last year and are projected to reach $131.5 billion in 2032, according to an "
                   "analysis released Monday by Linwood Widget Analytics. For 2025, the firm pegs premium volume at $97.1 billion.\n\n"
                   "Acme Widget Corp. said its revenue came to $4.2 billion in 2024.\n", "t")
    # (2025, the page's own year with no forecast period stated, is an estimate, as a first forecast year is)
    assert [(v.amount, v.year, v.kind) for v in card.values] == [(92.7, 2024, "actual"), (97.1, 2025, "estimate"),
                                                                 (131.5, 2032, "forecast")]


def test_a_company_ranked_first_then_the_companies_followed_by_it_but_not_common_nouns_so_ranked():
    card = extract("The global widget cruise market was valued at EUR 7.1 billion in 2024.\n\nCompetitive landscape: Viking Widget "
                   "Cruises leads on berths, followed by AmaWidgets, Avalon Widgets, CroisiWidget, Riviera Widget and nicko "
                   "widgets.\n\nBy type, hardware held the largest share. Hardware leads the market, followed by Software and "
                   "Services.\n", "t")
    assert [p.name for p in card.players] == ["Viking Widget Cruises", "AmaWidgets", "Avalon Widgets", "CroisiWidget",
                                              "Riviera Widget"]


def test_a_dimension_then_what_the_report_does_with_it_and_a_list_that_a_semicolons_clause_ends():
    card = extract("The North America widget foods market was valued at USD 4.9 billion in 2024.\n\nThe analysis looks at the market "
                   "through two lenses. By product form it compares powders, liquids, pills and capsules, and bars; powders produced "
                   "52.4% of 2024 revenue. Based on location, the market is divided into onshore and offshore; offshore held the "
                   "largest share.\n", "t")
    assert [(s.dimension, s.name, s.claim) for s in card.segments] == [
        ("Product Form", "powders", None), ("Product Form", "liquids", None), ("Product Form", "pills and capsules", None),
        ("Product Form", "bars", None), ("Location", "onshore", None), ("Location", "offshore", "largest_share")]


def test_earlier_this_year_dates_its_own_clause_and_the_clauses_subject_before_it_is_the_actor():
    card = extract("Widget news\n\nAugust 5, 2025\n\nOn the Medicaid side, DentaWidget won a contract in March to administer "
                   "widgets, while Amerwidget earlier this year bought a Midwest widget administrator.\n\nWidget sales this year "
                   "rose, while in May Acme Widget Corp. opened a plant.\n", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2025", "Amerwidget"), ("2025-03", "DentaWidget"), ("2025-05", "Acme Widget Corp.")]
    assert card.developments[-1].summary == "Amerwidget earlier this year bought a Midwest widget administrator."


def test_compound_yearly_growth_is_a_cagr_and_a_scene_setting_among_is_no_actor():
    card = extract("Widget news\n\nFebruary 18, 2025\n\nThe global widget market was valued at USD 4.2 billion in 2024. The forecast "
                   "runs from 2025 to 2031 and assumes compound yearly growth of 12.9% across that span.\n\nAmong the specialists, "
                   "Vienna-based Revo Widgets is the most advanced; in February it signed a listing with a German discounter.\n", "t")
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(12.9, 2025, 2031)]
    assert "Among" not in [d.actor for d in card.developments] + [p.name for p in card.players]


def test_companies_that_compete_at_fight_over_or_are_named_the_most_active_are_players_but_not_a_segment_or_materials():
    card = extract("The US widget vacuum market was worth $3.6 billion in 2024.\n\nSamsung and LG Widgets compete at the top end, "
                   "while Hoover, Black+Widget and Eureka fight over the sub-$200 price points.\n\nDelta Widget remains the largest "
                   "carrier, the report said, with MetWidget and Cigna Widgets competing most aggressively for large accounts. "
                   "Munich Widget and Sompo are named as the most active reinsurers.\n\nOncology continues to dominate. Copper is "
                   "still common, while HDPE and PEX are gaining share in several states.\n", "t")
    assert [p.name for p in card.players] == ["Samsung", "LG Widgets", "Hoover", "Black+Widget", "Eureka", "MetWidget",
                                              "Cigna Widgets", "Munich Widget", "Sompo"]


def test_the_following_month_and_a_year_later_date_an_event_after_the_date_before_it():
    card = extract("Widget news\n\n- In October 2024, Mondi Widgets plc began producing widgets in Poland, and ProAmpac Widgets, Inc. "
                   "opened a widget lab in Ohio the following month.\n- In December 2024, Acme Widget Corp. launched a widget; a "
                   "year later it opened a plant.\n", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024-10", "Mondi Widgets plc"), ("2024-11", "ProAmpac Widgets, Inc."), ("2024-12", "Acme Widget Corp."),
        ("2025", "Acme Widget Corp.")]


def test_an_iso_date_ending_a_sentence_dates_the_page_but_not_a_version_number():
    # (an ISO date is the page's before any other date in its head, a full stop after it or not)
    page = "Widget news\nUpdated March 3, 2024\nPublished 2025-07-04.\n\nThe widget market grew.\n"
    assert extract(page, "t").report_date.isoformat() == "2025-07-04"
    assert extract("Widget news\nFirmware v1.2025.07.04 notes\n\nThe widget market grew.\n", "t").report_date is None


def test_a_name_with_an_abbreviation_in_brackets_or_an_upper_case_title_is_read_whole():
    card = extract("Key companies in the UK widget market include Newell Widgets Inc. (US), The White Widget Company (U.K.) "
                   "Limited, Jo Widget Limited and DR. VRANJES WIDGETS S.R.L. (Italy). Demand rose.\n", "t")
    assert [p.name for p in card.players] == ["Newell Widgets Inc.", "The White Widget Company (U.K.) Limited",
                                              "Jo Widget Limited", "DR. VRANJES WIDGETS S.R.L."]


def test_a_crawled_heading_run_into_its_paragraph_and_the_types_that_account_for_the_remaining_share_are_segments():
    card = extract("Global Widget Market\n\nBy type, amylase widgets dominated the market with a revenue share of 38.9% in 2024. "
                   "Lipase widgets are expected to be the fastest-growing type. Xylanases, glucose oxidases and proteases together "
                   "accounted for the remaining share.\n\nForm Insights\nDental ChewsDental chews account for 34% of the widget "
                   "market in 2024, the largest share.\n", "t")
    assert [(s.name, s.claim) for s in card.segments] == [
        ("amylase widgets", "largest_share"), ("Lipase widgets", "fastest_growth"), ("Xylanases", None),
        ("glucose oxidases", None), ("proteases", None), ("Dental Chews", "largest_share")]


def test_countries_a_region_is_led_by_in_brackets_are_regions_but_not_a_coverage_breakdown():
    card = extract("Global Widget Market\n\nAsia Pacific held the largest share in 2024. Latin America (chiefly Brazil) and "
                   "the Middle East & Africa (notably Saudi Arabia and South Africa) are smaller but benefit from new projects.\n\n"
                   "Regions covered: North America (U.S., Canada), Europe (Germany, France).\n", "t")
    assert [r.name for r in card.regions] == ["Asia Pacific", "Latin America", "Brazil", "Middle East & Africa", "Saudi Arabia",
                                              "South Africa", "North America", "Europe"]


def test_a_year_that_is_its_clause_subject_dates_the_figure_after_it():
    card = extract("Widget news\n\nJune 3, 2025\n\nThe widget market is expected to reach €7.4 billion by 2031, growing at a "
                   "CAGR of 4.9% over 2025-2031, with 2025 itself tracking at around €5.6 billion.\n", "t")
    assert sorted((v.amount, v.year) for v in card.values) == [(5.6, 2025), (7.4, 2031)]


def test_a_company_described_between_its_name_and_said_in_a_month_is_the_actor_of_the_plan():
    card = extract("Widget news\n\nJune 3, 2025\n\nThe widget market grew.\n\nIn February, Edrington Widgets opened a hub near "
                   "Glasgow, while Chivas Widgets, the widget arm of Pernod Ricard, said in April that it would expand capacity.\n", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [("2025-02", "Edrington Widgets"), ("2025-04", "Chivas Widgets")]


def test_segmented_as_and_a_split_named_in_prose_list_their_segments_but_not_examples_after_such_as():
    def segments(sentence):
        return [(s.name, s.dimension) for s in extract(f"Global Widget Market\n\n{sentence}\n", "t").segments]
    assert [name for name, _ in segments("On the basis of widget type , market is segmented as steel widgets , brass widgets "
                                         "and others .")] == ["steel widgets", "brass widgets"]
    assert segments("The report splits distribution into off-trade, on-trade and travel retail.") == [
        ("off-trade", "Distribution"), ("on-trade", "Distribution"), ("travel retail", "Distribution")]
    assert segments("Most useful is the split by robot type: demolition robots, layout robots, and drilling robots.") == [
        ("demolition robots", "Robot Type"), ("layout robots", "Robot Type"), ("drilling robots", "Robot Type")]
    assert segments("The widget market is segmented on the basis of various parameters such as widget type, sealant type, "
                    "applicatio") == []


def test_a_named_company_which_generated_sales_and_a_broader_us_industry_give_no_market_value():
    card = extract("Global Widget Market\n\nThe global widget market was valued at USD 1.2 billion in 2024.\n\nKey players include "
                   "3M Company and Dow Inc. 3M, which generated total sales of about 24.6 billion USD in 2024, is mostly active "
                   "through its film business. Note that the broader U.S. restaurant industry is expected to exceed US$ 1.1 "
                   "trillion in sales in 2025.\n\nThe U.S. widget market, which generated sales of USD 0.5 billion in 2024, "
                   "leads.\n", "t")
    assert sorted((v.amount, v.scale) for v in card.values) == [(0.5, "billion"), (1.2, "billion")]


@pytest.mark.parametrize("byline", [
    "By Lucía Ferrán Ortega | Barcelona | 9 October 2025, 07:45 CET | Updated 10:20",
    "Words: Kenji Morisaki | Tokyo | 9 October 2025 | Issue 118",
    "By Arvind Raghunathan, Mercantile Post Bureau | Kolkata | Updated: Oct 9, 2025, 06:10 IST",
    "Thandeka Mokoena  |  Johannesburg  |  9 October 2025  |  5 min read"])
def test_a_byline_with_a_place_or_a_role_after_long_navigation_dates_the_page_and_its_month_only_events(byline):
    navigation = "Home | Companies | Markets | Economy | Opinion | Tech | Newsletters | Subscribe | Sign in\n" * 8
    card = extract(f"Widget Review\n{navigation}\n{byline}\n\nThe Spanish widget market grew 7%. Orbea Widgets opened a new "
                   "assembly line in March.\n", "t")
    assert card.report_date.isoformat() == "2025-10-09"
    assert [(d.date, d.actor) for d in card.developments] == [("2025-03", "Orbea Widgets")]


def test_sales_of_what_the_market_sells_after_a_year_or_projected_with_will_are_its_values_and_name_it():
    card = extract("Widget news\n\nJune 3, 2025\n\nIn 2024, global sales of amusement widgets came to USD 6.84 billion, according "
                   "to a new study, and the firm expects USD 7.21 billion in 2025.\n\nSales of e-widgets in Spain will grow at a "
                   "compound annual rate of 7.8% between 2025 and 2031, reaching €1.87 billion at the end of the period.\n", "t")
    assert card.market == "amusement widgets"
    assert sorted((v.amount, v.year) for v in card.values) == [(1.87, 2031), (6.84, 2024), (7.21, 2025)]


def test_companies_featured_under_a_heading_are_players_and_a_contents_entry_is_no_segment_dimension():
    card = extract("India Widget Market\n\nCompanies featured in the report:\n- Fresenius Widget Care India Pvt. Ltd.\n"
                   "- B. Braun Widget (India) Pvt. Ltd.\n- Apollo Widget Clinics\n- Eskag Sanjeevani\n\nKey Topics Covered:\n"
                   "1. Research Methodology\n2. Market Dynamics (Drivers, Restraints, Opportunities)\n3. Competitive Landscape\n", "t")
    assert [p.name for p in card.players] == ["Fresenius Widget Care India Pvt. Ltd.", "B. Braun Widget (India) Pvt. Ltd.",
                                              "Apollo Widget Clinics", "Eskag Sanjeevani"]
    assert card.segments == []


def test_label_lines_under_a_report_coverage_heading_are_dimensions_but_not_its_years_regions_or_companies():
    card = extract("Global Widget Market\n\nThe global widget market was valued at USD 1.2 billion in 2024.\n\nReport Coverage\n"
                   "Base Year: 2024\nForecast Period: 2025-2032\nGrid Type: On-Grid, Off-Grid, Bad-Grid\nApplication: Macro Cell "
                   "Sites, Small Cells\nRegions: North America, Europe, Asia Pacific\nCompanies: Acme Widgets Inc., Beta "
                   "Widgets AG, Gamma Corp.\n", "t")
    assert [(s.name, s.dimension) for s in card.segments] == [
        ("On-Grid", "Grid Type"), ("Off-Grid", "Grid Type"), ("Bad-Grid", "Grid Type"), ("Macro Cell Sites", "Application"),
        ("Small Cells", "Application")]


def test_new_entrants_and_contractors_such_as_named_companies_are_players():
    card = extract("Global Widget Market\n\nNew entrants such as SpaceWidget, through its Starwidget business, and Eutelsat "
                   "Widgets are taking a growing share. Prime contractors such as Lockheed Widget and Airwidget dominate payload "
                   "work, while global innovators in peptide APIs such as GLP-1 analogues look for partners.\n", "t")
    assert [p.name for p in card.players] == ["SpaceWidget", "Eutelsat Widgets", "Lockheed Widget", "Airwidget"]


def test_a_snapshot_row_with_a_dot_leader_is_one_sentence_and_its_value_is_read():
    card = extract("Europe Widget Market\n\nThe Europe widget market is growing.\n\nAt a glance\nMarket value 2024 ............ EUR "
                   "1,180 million\nMarket value 2025 (est.) ..... EUR 1,243.5 million\nForecast value 2032 .......... EUR 1,860 "
                   "million\n", "t")
    assert [(v.amount, v.year) for v in card.values] == [(1180.0, 2024), (1243.5, 2025), (1860.0, 2032)]


def test_a_company_described_between_commas_that_leads_and_companies_that_compete_closely_are_players():
    card = extract("Brazil Widget Market\n\nAllergan Widgets, an AbbVie company, leads in toxins, while Galderma Widgets Ltda. and "
                   "Merz Widgets compete closely in fillers. Oncology, the largest segment, leads in revenue.\n", "t")
    assert [p.name for p in card.players] == ["Allergan Widgets", "Galderma Widgets Ltda.", "Merz Widgets"]


def test_a_pdf_table_in_columns_keeps_a_row_named_with_commas_and_a_unit_header_under_a_dated_caption():
    card = extract("UK Widget Market Report\n\nThe UK widget market was worth £412.7 million in 2024 and will reach £487.9m in "
                   "2030.\n\nTable 3: Market by product type, £ million\nProduct type                          2024      2030      "
                   "CAGR 2025-30\nSaddles                               167.4     192.0     2.3%\nPads, Girths & Accessories   "
                   "         70.1      85.2     3.3%\nTotal                                 412.7     487.9\n\nTable 5: Spending "
                   "by region, 2024\nRegion                 £m       Share\nSouth East             96.3     23.3%\nNorth of "
                   "England       62.8     15.2%\n\nTable 6: Market by band (CHF thousand)\nBand      2024      2030\nLow   "
                   "    18,894    22,692\nHigh      21,085    29,909\n", "t")
    assert sorted((v.amount, v.year, v.segment or v.region) for v in card.values if v.segment or v.region) == [
        (62.8, 2024, "North of England"), (70.1, 2024, "Pads, Girths & Accessories"), (85.2, 2030, "Pads, Girths & Accessories"),
        (96.3, 2024, "South East"), (167.4, 2024, "Saddles"), (192.0, 2030, "Saddles"), (18894.0, 2024, "Low"),
        (21085.0, 2024, "High"), (22692.0, 2030, "Low"), (29909.0, 2030, "High")]
    assert {v.region for v in card.values if v.amount in (96.3, 62.8)} == {"South East", "North of England"}
    assert {v.scale for v in card.values if v.segment in ("Low", "High")} == {"thousand"}


def test_a_company_whose_sales_are_given_across_a_line_wrap_is_no_market_value():
    card = extract("Swiss Widget Market\n\nThe Swiss widget market was CHF 58.4 million in 2024. Mammut Widgets, whose group "
                   "sales were about\nCHF 250 million in 2024, is the market leader with an estimated 24% share.\n", "t")
    assert [(v.amount, v.year) for v in card.values] == [(58.4, 2024)]


def test_a_rate_in_brackets_wrapped_before_its_cagr_and_a_decline_a_year_are_read():
    card = extract("Global Widget Market\n\nThe global widget market will grow at a CAGR of 3.3% from 2025 to 2031. Asia Pacific "
                   "is the fastest-growing region (5.7%\nCAGR, 2025-2031), led by Australia.\n\nOnline sales are growing fastest, "
                   "at 2.6% a year to 2030, while department stores are expected to decline at -1.9% per year. Tape sales will "
                   "decline at 2.2% a year, and wholesale contracts grow at 4.4% a year to 2030.\n", "t")
    assert sorted((c.percent, c.region) for c in card.cagr) == [(-2.2, None), (-1.9, None), (2.6, None), (3.3, None),
                                                                 (4.4, None), (5.7, "Asia Pacific")]


def test_segments_divided_on_a_list_that_stay_niche_or_make_up_the_rest_after_a_semicolon_or_while():
    card = extract("Global Widget Market\n\nBy technology, slow pyrolysis had the biggest share of 61,7% in 2024. Fast "
                   "pyrolysis and microwave pyrolysis stay niche.\n\nBy application, the market is divided on industrial fuel, "
                   "refinery feedstock and marine fuel blending.\n\nCataract surgery represents 81.4% of demand by application; "
                   "glaucoma surgery and vitreoretinal surgery account for the rest.\n\nBy end-use industry, consumer "
                   "electronics held the largest share at 31.8% in 2024; cosmetics is projected to expand fastest, at 14.6% per "
                   "year, while wine and spirits, and furniture make up the balance.\n", "t")
    names = [s.name for s in card.segments]
    for name in ("Fast pyrolysis", "microwave pyrolysis", "industrial fuel", "refinery feedstock", "marine fuel blending",
                 "glaucoma surgery", "vitreoretinal surgery", "wine and spirits", "furniture"):
        assert name in names
    assert not any("%" in name for name in names)


def test_a_list_under_other_participants_include_and_a_semicolon_list_wrapped_over_lines_are_players():
    card = extract("Widget Market\n\nOther participants include:\nDaiya Widgets Inc. (Canada) · Kapiti Widget Creamery Ltd (New "
                   "Zealand) · Harvest Bay Widget Co. Pty Ltd\n\nCompanies covered in the full report include: Seiban Widget "
                   "Co., Ltd.; Ikeda Kaban Kobo;\nHagino Kobo; Ogawa Randoseru.\n\nRecent moves cited by vendors include:\n- "
                   "In January, Optiwidget completed a migration.\n", "t")
    assert [p.name for p in card.players] == ["Daiya Widgets Inc.", "Kapiti Widget Creamery Ltd", "Harvest Bay Widget Co. Pty Ltd",
                                              "Seiban Widget Co., Ltd.", "Ikeda Kaban Kobo", "Hagino Kobo", "Ogawa Randoseru"]


def test_numeric_dates_follow_the_order_of_the_pages_dates_in_words_and_the_company_is_its_defined_term():
    british = extract("Widget Market\n\nPublished 2 June 2025\n\n- 05/02/2025: Shreeji Widgets Pvt. Ltd. commissioned a panel "
                      "factory.\n", "t")
    american = extract("Widget Market\n\nPublished June 2, 2025\n\n- 05/02/2025: Shreeji Widgets Inc. commissioned a panel "
                       "factory.\n", "t")
    assert [d.date for d in british.developments] == ["2025-02-05"]
    assert [d.date for d in american.developments] == ["2025-05-02"]
    release = extract('Widget Market\n\nTORONTO, Aug. 7, 2025 — Vistawidget Technologies Ltd. ("Vistawidget" or the "Company"), '
                      "a provider of projectors, today announced its results.\n\n- On June 9, 2025, the Company completed the "
                      "acquisition of Nordlyd Audio AS.\n", "t")
    assert [(d.date, d.actor) for d in release.developments] == [("2025-06-09", "Vistawidget")]


def test_a_raised_production_is_an_event_and_a_verb_beginning_with_a_legal_form_is_no_actor():
    card = extract("Widget Market\n\nRegarding recent movements, in September 2024 Onisi Widgets Co., Ltd. increased alpha "
                   "widget production at its Miyagi factory by about 30 percent. In 2024, hospitals increased their share.\n", "t")
    assert [(d.date, d.actor) for d in card.developments] == [("2024-09", "Onisi Widgets Co., Ltd.")]


def test_an_faq_answer_after_yes_a_subject_after_according_to_and_one_with_its_abbreviation_are_segments():
    card = extract("Widget Market\n\nQ5. Are digital widgets replacing analog models?\nYes. Digital devices accounted for over 90% "
                   "of 2024 revenue.\n\nMental health and employee assistance programmes (EAP) are the biggest service category, "
                   "at 34.7% of 2024 spend.\n\nAccording to the same study, single-person phone booths accounted for 52% of the "
                   "market in 2024. According to Widgetprime, the sector is valued at 1,261.75 Billion in 2024.\n", "t")
    assert [(s.name, s.claim) for s in card.segments] == [
        ("Digital devices", "largest_share"), ("Mental health and employee assistance programmes (EAP)", "largest_share"),
        ("single-person phone booths", "largest_share")]


def test_africas_sub_regions_and_the_caribbean_are_regions_not_segments():
    card = extract("Africa Widget Market\n\nThe Africa widget market was valued at USD 1.2 billion in 2024. Eastern Africa held the "
                   "largest share at 34%, while West Africa is the fastest-growing sub-region. Latin America & the Caribbean "
                   "and the Balkans are small.\n", "t")
    assert [(r.name, r.claim) for r in card.regions][:2] == [("Eastern Africa", "largest_share"), ("West Africa", "fastest_growth")]
    assert card.segments == []


def test_players_named_as_the_likes_of_among_the_challengers_with_a_brand_after_their_legal_form_or_a_plural_possessive():
    card = extract("Widget Market\n\nOn the digital side, the likes of Intellect, ThoughtFull and Naluri are fighting for HR budgets. "
                   "Vandermolen identifies Framery Oy as the leader, with Silen (Estonia), Hushoffice (Poland) and Orangebox (UK) "
                   "among the principal challengers. Key players include Noumi Limited (MILKLAB), Lands' End, Inc. and "
                   "Backcountry Access, Inc. Airbag packs come from Mammut Widgets. Proprietary formats — led by IMAX Corporation "
                   "and Dolby Laboratories' Dolby Cinema — held the largest share.\n\nAbout Skovlund Widgets A/S\nSkovlund Widgets A/S is a Danish maker "
                   "of pods.\n", "t")
    names = [p.name for p in card.players]
    for name in ("Intellect", "ThoughtFull", "Naluri", "Silen", "Hushoffice", "Orangebox", "Noumi Limited", "Lands' End, Inc.",
                 "Backcountry Access, Inc.", "Dolby Laboratories"):
        assert name in names
    assert not any(name.startswith("About ") or "(" in name or "Dolby Cinema" in name for name in names)


def test_segments_after_by_without_a_comma_as_per_a_dash_in_prose_and_under_segment_by_headings():
    card = extract("Widget Market\n\nBy venue type the market covers football stadiums, indoor arenas and school sports "
                   "facilities.\n\nAs per fracture site, it is covering lower extremity, upper extremity and spine.\n\nThe "
                   "report segments the market by deployment (cloud and on-premise) and by industry vertical — utilities, "
                   "telecommunications and healthcare.\n\nSegment by Livestock:\nPoultry\nSwine\n", "t")
    assert sorted((s.name, s.dimension) for s in card.segments) == sorted([
        ("football stadiums", "Venue"), ("indoor arenas", "Venue"), ("school sports facilities", "Venue"),
        ("lower extremity", "Fracture Site"), ("upper extremity", "Fracture Site"), ("spine", "Fracture Site"),
        ("cloud", "Deployment"), ("on-premise", "Deployment"), ("utilities", "Industry Vertical"),
        ("telecommunications", "Industry Vertical"), ("healthcare", "Industry Vertical"), ("Poultry", "Livestock"),
        ("Swine", "Livestock")])


def test_crawled_player_lines_parted_by_bullets_bars_or_misread_middle_dots_and_no_label_with_its_note():
    bullets = " • ".join(f"Widgetco{n} Closures" for n in range(12))
    card = extract(f"Widget Market\n\nKey Widget Companies:\n{bullets}\nRecent Developments\n\nCompetitive LandscapeThe market is "
                   "fragmented. Leading companies include SUNBELT WIDGETS UK • Speedy Widget Plc • Loxam Widgets UK\nAmong "
                   "these, Speedy Widget Plc is the largest.\n\nLeading companies profiled include: Pentire Widgets Ltd | "
                   "Monday Widgetry | Gnista Widgets\n\nDSM-WIDGET AG Â· NOVOWIDGET Â· ADISSEO WIDGETS\n\nChannel • "
                   "Electronics mass retailers: largest • E-commerce: fastest-growing\n", "t")
    names = [p.name for p in card.players]
    for name in [f"Widgetco{n} Closures" for n in range(12)] + [
            "SUNBELT WIDGETS UK", "Speedy Widget Plc", "Loxam Widgets UK", "Pentire Widgets Ltd", "Monday Widgetry",
            "Gnista Widgets", "DSM-WIDGET AG", "NOVOWIDGET", "ADISSEO WIDGETS"]:
        assert name in names
    assert "E-commerce" not in names


def test_dimension_titles_and_lists_of_dimensions_are_no_segments_and_square_brackets_hold_sub_segments():
    card = extract("Widget Market\n\nSegment Analysis\n\nDeployment\nPublic cloud targets accounted for 48.9% of revenue in "
                   "2024.\n\nIndustry Vertical\nBFSI dominated with 38.7% share.\n\nReport Scope\nSegments covered | Source, "
                   "form, application, region\nSegments Covered: By Product (Active Widgets [Suture-based, Clip-based], "
                   "Passive Widgets, Others); By Access Site (Femoral, Radial)\nDominant region\tNorth America\n", "t")
    names = [s.name for s in card.segments]
    assert not {"Deployment", "Industry Vertical", "Source", "form", "application"} & set(names)
    assert [n for n in names if n in ("Active Widgets", "Suture-based", "Clip-based", "Passive Widgets", "Femoral", "Radial")] \
        == ["Active Widgets", "Suture-based", "Clip-based", "Passive Widgets", "Femoral", "Radial"]
    assert "Dominant" not in [r.name for r in card.regions]


def test_companies_that_compete_as_providers_a_legal_names_product_and_no_cross_reference_are_players():
    card = extract("Widget Market\n\nKey companies profiled | See Competitive Landscape\n\nIllumina Widgets retains the largest "
                   "base, while Guardant Widgets and Natera compete as test-service providers. Key players include Epic "
                   "Widgets Corporation's MyChart, Acme Widgets Inc. and Beta Widgets plc.\n", "t")
    names = [p.name for p in card.players]
    assert {"Guardant Widgets", "Natera", "Epic Widgets Corporation"} <= set(names)
    assert not any(name.startswith("See") or "MyChart" in name for name in names)


def test_the_largest_untapped_opportunity_or_biggest_challenge_is_no_largest_share():
    card = extract("Widget Market\n\nNorth America held the largest share in 2024. Emerging Asian markets - particularly India, "
                   "Indonesia and Vietnam - are viewed as the largest untapped opportunity. Brazil is the biggest challenge "
                   "for suppliers.\n", "t")
    assert [(r.name, r.claim) for r in card.regions if r.claim] == [("North America", "largest_share")]


def test_a_rates_segment_is_the_subject_ranked_before_the_words_kind_segment():
    card = extract("Widget Market\n\nBy livestock, poultry accounted for the largest share in 2024. Aquaculture is the "
                   "fastest-growing livestock segment, expected to post a CAGR of 8.0% between 2024 and 2030.\n", "t")
    assert [(c.percent, c.segment) for c in card.cagr] == [(8.0, "Aquaculture")]
    assert [s.name for s in card.segments] == ["poultry", "Aquaculture"]


def test_a_house_estimating_sales_with_a_dotted_place_and_last_year_gives_values_of_their_kind_by_the_pages_date():
    card = extract("5 things to know about the U.S. fresh widget market\n\nBy Jordan Pike  |  July 22, 2025  |  5 min read\n\n"
                   "Tallowbrook estimates U.S. fresh widget sales at $3.9 billion last year and expects them to reach $4.6 "
                   "billion in 2025. By 2030, the firm projects the category will be worth $9.8 billion.\n", "t")
    assert [(v.amount, v.year, v.kind) for v in card.values] == [
        (3.9, 2024, "actual"), (4.6, 2025, "estimate"), (9.8, 2030, "forecast")]


def test_a_places_or_segments_part_after_a_semicolon_a_recorded_amount_or_a_share_equal_to_an_amount_are_values():
    values = _values("Widget Market\n\nThe ASEAN widget market was valued at USD 22.4 billion in 2025.\n\nThailand recorded "
                     "THB 98.6 billion in 2025 and is a major contributor thanks to its automotive base. Latin America is the "
                     "fastest-growing region; Chile recorded $212.4 million in 2024 on the strength of cherry exports. North "
                     "America dominated with 41% of 2024 revenue; the U.S. alone accounted for USD 12.9 billion that year.\n\n"
                     "Asia Pacific held 52.0% of revenue in 2025, equal to roughly US$ 4.65 Bn, with China as the largest "
                     "producer. By Type: Electric widgets dominated with 55.6% of revenue in 2024, equal to USD 1,896.3 million. "
                     "Among applications, cardiac widgets are the biggest single revenue pool, worth an estimated USD 0.81 "
                     "billion in 2024.\n\nAcme Widgets recorded revenue of USD 3.1 billion in 2024.\n")
    assert {(amount, currency, year) for amount, currency, _, year, *_ in values} == {
        (22.4, "USD", 2025), (98.6, "THB", 2025), (212.4, "USD", 2024), (12.9, "USD", 2024), (4.65, "USD", 2025),
        (1896.3, "USD", 2024), (0.81, "USD", 2024)}


def test_a_rate_after_a_places_past_figure_runs_to_the_pages_forecast_end_not_to_the_figures_year():
    card = extract("GCC Widget Market\n\nThe GCC widget market generated USD 2.38 billion in 2024 and is expected to reach "
                   "USD 3.90 billion by 2031. It is projected to expand at a CAGR of 7.3%, with forecasts running through "
                   "2031.\n\n* Saudi Arabia generated SAR 4.06 billion in 2024 and is forecast to be the fastest-growing "
                   "country with a CAGR of 8.6% through 2031.\n* The United Arab Emirates generated AED 2.54 billion in 2024 and is expected to grow "
                   "at 6.9% a year, driven by Dubai's office pipeline.\n", "t")
    assert [(c.percent, c.end) for c in card.cagr if c.percent == 6.9] == [(6.9, 2031)]


def test_clause_fragments_a_companys_division_and_a_decorated_heading_are_no_segments():
    card = extract("Widget Market\n\nSegment Analysis\n\n▍By Specialty\nClinical chemistry held the largest share in 2024.\n\n"
                   "Food processing is the fastest-growing end use: demand in meat packing and beverage plants lifts the "
                   "segment from R$ 1.2 billion in 2025 to R$ 1.9 billion in 2030, a CAGR of 9.6%. Molded pulp, a distinct "
                   "category in this edition, is smaller. Acme Corporation's Fabric and Home Care segment alone booked sales "
                   "of ¥344.5 billion in fiscal 2024. By type, widget-as-a-service held the largest share, while Vitamin A "
                   "widgets are the fastest-growing type.\n", "t")
    names = [s.name for s in card.segments]
    assert "Clinical chemistry" in names
    assert not [n for n in names if n.endswith(" the") or "▍" in n or "'s " in n or n in ("distinct", "smallest")]


def test_provinces_named_under_regional_insights_are_regions_of_a_regional_page_not_of_a_global_one():
    section = ("Regional Insights\n\nAsia Pacific held the largest share in 2024. In China, demand clusters in Guangdong, "
               "Zhejiang and Jiangsu, where most furniture exporters operate.\n\nNorth America is the second-largest "
               "region; in Canada, Ontario and Quebec lead installations.\n")
    global_page = extract("Global Widget Market\n\nThe global widget market was valued at USD 9.2 billion in 2024.\n\n"
                          + section, "t")
    assert not {"Guangdong", "Zhejiang", "Jiangsu", "Ontario", "Quebec"} & {r.name for r in global_page.regions}
    regional_page = extract("North America Widget Market\n\nThe North America widget market was valued at USD 2.1 billion "
                            "in 2024.\n\nRegional Insights\n\nThe United States held the largest share in 2024. In Canada, "
                            "Ontario and Quebec lead installations.\n", "t")
    assert {"Ontario", "Quebec"} <= {r.name for r in regional_page.regions}


def test_place_subheadings_keep_a_regional_section_open_and_a_hyphenated_led_or_faster_than_any_other_rank_rightly():
    card = extract("Global Widget Market\n\nThe global widget market was valued at USD 9.2 billion in 2024.\n\nRegional "
                   "Insights\n\nNorth America\nNorth America held 36.2% of global revenue in 2024.\n\nU.S.\nThe U.S. widget "
                   "market was valued at 4.37 billion USD in 2024.\n\nCanada\nCanada is projected to register a CAGR of 5.4% "
                   "from 2025 to 2034.\n\nJapan, South Korea and Australia\nJapan is a mature, quality-led market. South "
                   "Korea shows strong e-commerce sales.\n\nMiddle East & Africa\nIn the GCC, new headquarters projects are "
                   "lifting demand.\n\nBy end user, hospitals are still the main end user, but home care settings will "
                   "expand faster than any other channel.\n", "t")
    regions = {r.name: r.claim for r in card.regions}
    assert {"U.S.", "Canada", "Japan", "South Korea", "Middle East & Africa"} <= set(regions)
    assert regions["Japan"] is None
    assert ("home care settings", "fastest_growth") in [(s.name, s.claim) for s in card.segments]


def test_actors_written_in_lower_case_with_a_digit_or_with_the_and_after_a_linking_word_have_their_events():
    card = extract("Widget Market\n\nRecent Developments\n- In May 2025, SK enmove Co., Ltd. began supplying immersion fluid "
                   "to a colocation site.\n- In December 2024, Vertiv Co. acquired a Korean CDU service partner; separately, "
                   "Schneider Electric SE agreed in August 2025 to buy a stake in a local cold-plate maker.\n- In June 2024, o9 "
                   "Solutions opened a development center in Bengaluru.\n- In July 2024, The Estée Lauder Companies Inc. formed "
                   "a travel retail partnership.\n", "t")
    assert {(d.date, d.actor) for d in card.developments} == {
        ("2025-05", "SK enmove Co., Ltd."), ("2024-12", "Vertiv Co."), ("2025-08", "Schneider Electric SE"),
        ("2024-06", "o9 Solutions"), ("2024-07", "The Estée Lauder Companies Inc.")}


def test_related_reports_after_arrows_or_with_bracketed_names_and_a_stated_rate_row_give_no_figures_of_the_page():
    card = extract("Widget Market\n\nThe global widget market was valued at USD 16.5 billion in 2024 and is projected to reach "
                   "USD 31.0 billion by 2033, a CAGR of 7.3%.\n\nReport Attributes\nReport Attribute | Details\nGrowth rate | "
                   "CAGR of 7.3% from 2025 to 2033\nBase year for estimation | 2024\nCompanies profiled | 14\n\nYou may also be "
                   "interested in\n→ Natural Gadgets Market: valued at USD 27.4 billion in 2024\n→ Gizmo Fibers Market: USD "
                   "9,740 million by 2030\n\nRelated Reports\n◦ Quantitative PCR (qPCR) Market — USD 5.42 billion in 2024\n◦ "
                   "Liquid Gadget Market — expected to hit USD 12.7 billion by 2032\n", "t")
    assert [(v.amount, v.year) for v in card.values] == [(16.5, 2024), (31.0, 2033)]
    assert [c.percent for c in card.cagr] == [7.3]


def test_a_company_named_like_a_demonym_and_a_day_or_month_of_this_or_last_year_date_an_articles_events():
    card = extract("Widget makers regroup\n\nBy Jo Bloggs | Published 18 August 2025\n\nLast March, Dainese launched an "
                   "airbag widget. On April 9 this year, Henkel opened a new widget plant in Chonburi. In March last year, "
                   "Carlsberg launched a widget beer. In May, Japanese launched nothing.\n", "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024-03", "Carlsberg"), ("2025-03", "Dainese"), ("2025-04-09", "Henkel")]


def test_the_other_types_covered_a_subject_with_its_figure_between_commas_and_two_other_channels_are_segments():
    card = extract("Widget Market\n\nMarket Highlights\n\n- Waxes & polishes formed the largest product category with a 27.9% "
                   "share in FY2024.\n- Ceramic coatings & paint protection, valued at INR 610 crore in FY2024, is the "
                   "fastest-growing product type.\n- The other product types covered are car wash shampoos, interior care, "
                   "glass care, and tyre & wheel care.\n- By distribution channel, online / e-commerce is the fastest-growing "
                   "channel; OEM dealership workshops and detailing studios are the other channels analysed.\n\nReport Scope\n"
                   "Companies profiled | 14\n", "t")
    segments = {s.name: s.claim for s in card.segments}
    assert segments["Waxes & polishes"] == "largest_share"
    assert segments["Ceramic coatings & paint protection"] == "fastest_growth"
    assert {"car wash shampoos", "interior care", "glass care", "tyre & wheel care", "OEM dealership workshops",
            "detailing studios"} <= set(segments)
    assert not [name for name in segments if "profiled" in name]


def test_a_contact_block_an_address_line_a_tab_row_a_contents_list_and_a_run_in_lead_in_name_no_players():
    card = extract("Widget Market\n\nDESCRIPTION | TABLE OF CONTENTS | COMPANIES MENTIONED | RELATED REPORTS\n\nTop Players "
                   "Like BASF SE, Bayer AG, Syngenta Group and FMC Corporation are profiled.\n\nCompanies Featured\n- Acme "
                   "Widgets Inc.\n- Hippocratic AI\n\nKey Topics Covered:\n\n1. Introduction\n2. Research Methodology\n\n"
                   "Contact Us:\nSunmarrow Research Pvt. Ltd.\nHarbourlight Analytics Ltd., Unit 7, Grand Canal Quay, Dublin 2, "
                   "D02 XY47, Ireland\n", "t")
    names = [p.name for p in card.players]
    assert {"BASF SE", "Bayer AG", "Syngenta Group", "FMC Corporation", "Acme Widgets Inc.", "Hippocratic AI"} <= set(names)
    assert not {"RELATED REPORTS", "Introduction", "Sunmarrow Research Pvt. Ltd.", "Unit 7", "Grand Canal Quay", "Dublin 2",
                "D02 XY47"} & set(names)
    assert not [n for n in names if n.startswith("Top Players")]


def test_year_tables_under_a_run_together_unit_a_revenue_row_in_portuguese_or_fiscal_years_with_marks():
    assert {(v.amount, v.currency, v.scale, v.year) for v in extract(
        "Widget Market\n\nMarket size – widget market (equipment + services), USD bn\n2024          2025e         2030f\n"
        "9.40          9.95          13.3\n", "t").values} == {(9.4, "USD", "billion", 2024), (9.95, "USD", "billion", 2025),
                                                               (13.3, "USD", "billion", 2030)}
    assert {(v.amount, v.currency, v.year) for v in extract(
        "Widget Market\n\nBrazilian widget market, net revenue (R$ bi)\nAno | 2023 | 2024 | 2025e\nReceita | 48,6 | 61,3 | "
        "72,0\n", "t").values} == {(48.6, "BRL", 2023), (61.3, "BRL", 2024), (72.0, "BRL", 2025)}
    assert {(v.amount, v.scale, v.year) for v in extract(
        "Widget Market\n\nExhibit 1: Market value, INR '000 crore\nFY20   FY24   FY25E   FY30F\n118    246    273     463\n",
        "t").values} == {(1.18, "trillion", 2020), (2.46, "trillion", 2024), (2.73, "trillion", 2025), (4.63, "trillion", 2030)}
    assert {(v.amount, v.currency, v.year) for v in extract(
        "Widget Market\n\nHISTORY AND FORECAST (US$bn)\nWidget market | 2019 | 2020 | 2025E\nTotal | 4.1 | 5.1 | 7.9\n\n"
        "Table 1: Widget GTV, Malaysia\nYear | GTV (RM bil) | Active users (mil)\n2021 | 72.4 | 17.2\n2022 | 98.1 | 19.0\n",
        "t").values} == {(4.1, "USD", 2019), (5.1, "USD", 2020), (7.9, "USD", 2025), (72.4, "MYR", 2021), (98.1, "MYR", 2022)}


def test_tables_under_m_euro_mln_millions_of_dollars_captions_with_spaced_or_dotted_thousands_and_a_countrys_dollar():
    assert {(v.amount, v.year, v.region) for v in extract(
        "Europe Widget Market\n\nTable 1 - Market by country (M€)\nCountry | 2025e | 2030p\nGermany | 1 338,0 | 1 651,2\n"
        "France | 983,1 | 1 207,6\nTotal | 6 710,0 | 8 360,0\n", "t").values} == {
        (1338.0, 2025, "Germany"), (1651.2, 2030, "Germany"), (983.1, 2025, "France"), (1207.6, 2030, "France"),
        (6710.0, 2025, None), (8360.0, 2030, None)}
    assert {(v.amount, v.segment) for v in extract(
        "Italy Widget Market\n\nTab. 1 – Domestic sales by product, 2024 (€ mln)\nProduct                        2024        "
        "quota\nPassata                        1.455       35,3%\nTotale                         4.120      100,0%\n", "t").values} \
        == {(1455.0, "Passata"), (4120.0, None)}
    canada = extract("Canada Widget Services Spending\n\nSpending on widget services in Canada rose 6.4% to $20.9 billion "
                     "in 2024.\n\nTable 1\nWidget services spending, Canada ($ millions)\nSource | 2023 | 2024p\nTotal | 19,640 "
                     "| 20,897\n", "t")
    assert {v.currency for v in canada.values} == {"CAD"} and (19640.0, 2023) in {(v.amount, v.year) for v in canada.values}
    assert {(v.amount, v.segment) for v in extract(
        "Widget Servers\n\nQuorncastle's segment forecasts, in billions of dollars:\n\nAccelerator type      2024     2030\n"
        "GPU-based             112.4    398.1\nTotal                 131.6    512.0\n", "t").values} == {
        (112.4, "GPU-based"), (398.1, "GPU-based"), (131.6, None), (512.0, None)}


def test_swedish_and_turkish_scales_and_tables_captioned_after_a_comma_with_tab_parted_spaced_thousands():
    card = extract("Widget Market\n\nThe Turkish widget market reached TRY 68,4 milyar in 2024, compared with TRY 41,2 milyar "
                   "in 2023.\n\nTable 1. Widget market in Poland by segment, PLN mln (retail prices incl. VAT)\nSegment\t2023\t"
                   "2024\nPrescription widgets\t14 120\t15 060\nTotal\t51 000\t54 000\n\nTable 2. Widget value by crop, MXN "
                   "millones\nCrop                      2023        2024\nTomato                  37.100      39.720\n", "t")
    assert {(v.amount, v.currency, v.year) for v in card.values} == {
        (68.4, "TRY", 2024), (41.2, "TRY", 2023), (14120.0, "PLN", 2023), (15060.0, "PLN", 2024), (51000.0, "PLN", 2023),
        (54000.0, "PLN", 2024), (37100.0, "MXN", 2023), (39720.0, "MXN", 2024)}


def test_a_table_in_hundred_million_yuan_written_after_the_currency():
    card = extract("China Widget Market\n\nFigure 2: China widget market size, 2022-2025E (Unit: RMB 100 million; %)\n\n"
                   "Year          2022    2023    2025E\nMarket size    620     810     1,205\n", "t")
    assert {(v.amount, v.currency, v.scale, v.year) for v in card.values} == {
        (62.0, "CNY", "billion", 2022), (81.0, "CNY", "billion", 2023), (120.5, "CNY", "billion", 2025)}


def test_a_tables_second_header_line_and_footnote_marks_after_row_names_leave_its_rows_read():
    card = extract("Widget Market\n\nTable 1: Widget market size by application, 2023-2030 (USD million)\n\n"
                   "Application                          2023     2024    2030F    CAGR      Share\n"
                   "                                                                 25-30F    2030F\n"
                   "AI accelerators a)                   14.2     24.9    598.6     70.3%     54.2%\n"
                   "RF modules                            8.4     12.6     96.4     40.0%      8.7%\n"
                   "Total                                38.5     61.2  1,105.3     62.9%    100.0%\n"
                   "a) Packages above 80 x 80 mm.\n", "t")
    assert {(v.amount, v.year, v.segment) for v in card.values} == {
        (14.2, 2023, "AI accelerators"), (24.9, 2024, "AI accelerators"), (598.6, 2030, "AI accelerators"),
        (8.4, 2023, "RF modules"), (12.6, 2024, "RF modules"), (96.4, 2030, "RF modules"),
        (38.5, 2023, None), (61.2, 2024, None), (1105.3, 2030, None)}


def test_a_segment_table_whose_rows_leave_the_dimension_cell_blank_under_the_first():
    card = extract("Widget Market\n\nSegment Overview\n\nDimension\tSegment\t2024 share\tCAGR 2025-2032\n"
                   "By Product\tGadgets (incl. minis)\t52.3%\t7.4%\n\tSprockets\t21.8%\t8.6%\n\tCogs\t14.6%\t7.1%\n"
                   "By Application\tDental clinics\t36.1%\t7.0%\n\tFood preservation\t17.9%\t6.8%\n"
                   "\tPharmaceuticals\t8.1%\t7.7%\n", "t")
    assert {(s.dimension, s.name, s.claim) for s in card.segments} == {
        ("Product", "Gadgets (incl. minis)", "largest_share"), ("Product", "Sprockets", None), ("Product", "Cogs", None),
        ("Application", "Dental clinics", "largest_share"), ("Application", "Food preservation", None),
        ("Application", "Pharmaceuticals", None)}


def test_subdivisions_ranked_in_bullets_and_a_space_aligned_label_are_regions_and_a_name_inside_another_is_not_one():
    card = extract("Paraguay Widget Market\n\nThe Paraguay widget market was worth USD 1.4 billion in 2024.\n\n"
                   "Regional analysis\n- Alto Paraná — the largest crushing department, with about 36% of value.\n"
                   "- San Pedro — the fastest-growing department, rising 11.5% a year.\n\n"
                   "Snapshot\nLargest governorate        Al Wusta\n", "t")
    regions = {(r.name, r.claim) for r in card.regions}
    assert {("Alto Paraná", "largest_share"), ("San Pedro", "fastest_growth"), ("Al Wusta", "largest_share")} <= regions
    assert "Paraná" not in {name for name, _ in regions}


def test_a_year_written_before_its_month_dates_the_event_to_the_month():
    card = extract("Asia Pacific Widget Market\n\nThe key players are including Acme Foods Co., Ltd. and Beta Corp. "
                   "In 2024 March, Acme Foods Co., Ltd. is announced to build new widget factory in Shanghai. "
                   "In 2024 November, Beta Corp. was launched high protein widget series.\n", "t")
    assert {(d.date, d.actor) for d in card.developments} == {("2024-03", "Acme Foods Co., Ltd."), ("2024-11", "Beta Corp.")}


def test_a_players_label_inside_a_paragraph_and_a_seat_after_the_legal_form():
    card = extract("Widget Market\n\nThe market combines distributors and integrators. Companies profiled: Aldo Solar; Portal "
                   "Solar; Sices Solar; and Elgin S.A. Elgin reported revenue of R$ 2 billion.\n\nInternational brands include "
                   "Shoei Co., Ltd. and Arai Helmet Ltd. of Japan, HJC Corp. of South Korea and LS2 Helmets.\n", "t")
    assert {"Aldo Solar", "Portal Solar", "Sices Solar", "Elgin S.A.", "Arai Helmet Ltd.", "HJC Corp."} <= names_of(card)
    assert not any(" of " in name for name in names_of(card))


def test_bullets_that_break_segments_into_sub_segments_after_a_dash_under_a_prose_lead_in():
    card = extract("Widget Market\n\nSegmentation highlights\n\nBy equipment type, the market is divided into cardio equipment "
                   "and strength equipment, each with several sub-categories:\n"
                   "  ▪ Cardio Equipment - Treadmills; Stationary Bikes (Upright Bikes, Recumbent Bikes); Rowing Machines\n"
                   "  ▪ Strength Equipment - Free Weights; Racks, Rigs & Benches\n\n"
                   "By end user:\n  ▪ Residential\n  ▪ Commercial - Health Clubs & Gyms; Hotels & Resorts\n"
                   "  ▪ Aquaculture - small base, supported by salmon and tilapia vaccination\n\n"
                   "About Tarrington Market Insights\nTarrington provides research across consumer goods, sports and healthcare.\n", "t")
    segments = {(s.dimension, s.name) for s in card.segments}
    assert {("Equipment Type", name) for name in ("Cardio Equipment", "Treadmills", "Stationary Bikes", "Rowing Machines",
                                                   "Strength Equipment", "Free Weights", "Racks, Rigs & Benches")} <= segments
    assert {("End User", "Commercial"), ("End User", "Health Clubs & Gyms"), ("End User", "Hotels & Resorts")} <= segments
    names = {name for _, name in segments}
    assert {"Upright Bikes", "Recumbent Bikes"} <= names
    assert not names & {"each with several sub-categories", "small base", "supported by salmon", "sports", "Sports"}


def test_by_clauses_after_any_bullet_glyph_and_the_higher_growth_of_two():
    card = extract("Widget Market\n\nSegmentation insights\n\n● By component, hardware accounted for 74.0% of revenue in 2024; "
                   "services (professional and managed) are projected to record the higher growth rate.\n"
                   "● By organization size, large enterprises represented about 77% of spending, but SMEs are set to post the "
                   "fastest CAGR.\n", "t")
    assert {(s.dimension, s.name, s.claim) for s in card.segments} == {
        ("Component", "hardware", "largest_share"), ("Component", "services (professional and managed)", "fastest_growth"),
        ("Organization Size", "large enterprises", "largest_share"), ("Organization Size", "SMEs", "fastest_growth")}


def test_lower_case_names_with_a_hyphen_and_an_event_in_the_same_week():
    card = extract("Widget Market\n\nKey players include u-blox AG, imes-icore GmbH, Ciena Corporation and Nokia Corporation."
                   "\n\nOn 3 March 2025, Ciena Corporation unveiled a coherent module, and in the same week Nokia Corporation "
                   "signed a supply deal with a cloud provider.\n\n• 12 February 2025: u-blox AG announced a partnership.\n", "t")
    assert {"u-blox AG", "imes-icore GmbH"} <= names_of(card)
    assert {(d.date, d.actor) for d in card.developments} >= {
        ("2025-03", "Nokia Corporation"), ("2025-02-12", "u-blox AG")}


def test_a_subject_with_a_long_aside_that_took_a_share_of_the_total_is_a_segment_not_a_dimension():
    card = extract("Widget Market\n\nWhere the spend goes\n\nSolutions (the widget hubs, matching engines and stewardship tools) "
                   "took about 63% of the 2024 total. Services are the faster-growing half of the market.\n\n"
                   "Refrigerated fleets account for nearly 22% of total logistics vehicles in developed economies.\n", "t")
    segments = {(s.name, s.claim) for s in card.segments}
    assert ("Solutions", "largest_share") in segments and ("Services", "fastest_growth") in segments
    assert not {name for name, _ in segments} & {"widget hubs", "the widget hubs", "matching engines", "Refrigerated fleets"}


def test_a_dimensions_list_the_report_covers_a_channel_called_a_market_and_a_list_ended_by_a_present_tense_clause():
    card = extract("Widget Market\n\nBy end use, the report covers Oil & Gas, Food & Beverages, Textiles & Paper, and Mining & "
                   "Explosives.\n\nBy distribution channel: traditional market, modern trade (supermarket, convenience store), "
                   "food service and e-commerce.\n\nBy capacity, the market covers plants below 100 tph, 100-240 tph, 240-400 tph "
                   "and above 400 tph; the 100-240 tph class generates the largest revenue.\n", "t")
    segments = {(s.dimension, s.name) for s in card.segments}
    assert {("End Use", "Oil & Gas"), ("End Use", "Mining & Explosives"), ("Distribution Channel", "traditional market"),
            ("Capacity", "240-400 tph"), ("Capacity", "above 400 tph")} <= segments
    assert not names_of(card) and not any("generates" in name for _, name in segments)


def test_bare_dimension_headings_over_bullets_a_heading_with_its_unit_and_a_report_that_analyses():
    card = extract("Widget Market\n\nSegmentation Analysis\n\nDesign\nAirflow control\n\nBy design:\n- Bench-top\n"
                   "- Floor-mounted\n\nBy airflow control:\n- Constant air volume\n- Variable air volume\n\nEnd user\n- Pharmaceutical companies: largest end-user segment, about 41% of 2024 revenue\n"
                   "- Academic & research institutes: second largest\n- Food testing labs: fastest-growing end user\n\n"
                   "By Component (2024 share):\n• UV Lamps – 41.6%\n• Reactor Chambers – 22.3%\n• Quartz Sleeves – 9.5%\n\n"
                   "By end-use industry, the report analyses:\n* Water & wastewater (largest end use, 27.5% of revenue)\n"
                   "* Oil & gas\n* Building services / HVAC (fastest-growing end use)\n", "t")
    segments = {(s.dimension, s.name, s.claim) for s in card.segments}
    assert {("End User", "Pharmaceutical companies", "largest_share"), ("End User", "Food testing labs", "fastest_growth"),
            ("Component", "Reactor Chambers", None), ("Component", "Quartz Sleeves", None),
            ("End-Use Industry", "Oil & gas", None),
            ("End-Use Industry", "Building services / HVAC", "fastest_growth")} <= segments
    assert not {"Design", "Airflow control"} & {name for _, name, _ in segments}  # headings over the dimensions' lists


def test_a_dimension_without_its_comma_before_the_market_splits_into():
    card = extract("Widget Market\n\nBy product category the market splits into prescription widgets, non-prescription widgets "
                   "(OTC), beauty & personal care, and vitamins & supplements.\n", "t")
    assert {(s.dimension, s.name) for s in card.segments} == {
        ("Product Category", "prescription widgets"), ("Product Category", "non-prescription widgets (OTC)"),
        ("Product Category", "beauty & personal care"), ("Product Category", "vitamins & supplements")}


def test_a_place_is_named_without_the_article_the_sentence_gives_it():
    text = "Widget Market\n\nDemand is led by the United States, while the Netherlands is the fastest-growing market in Europe.\n"
    card = extract(text, "t")
    assert {"United States", "Netherlands"} <= {r.name for r in card.regions} and card.span_errors(text) == []


def test_a_band_named_by_its_range_is_a_segment_not_a_count():
    card = extract("Widget Market\n\nBy herd size, the market is segmented into below 100 cows, 100 to 1,000 cows, and above "
                   "1,000 cows.\n\nBy age, the 5–8 years age group held the largest share. The report covers 5 types of "
                   "widgets.\n", "t")
    names = {s.name for s in card.segments}
    assert {"below 100 cows", "100 to 1,000 cows", "above 1,000 cows", "5–8 years"} <= names
    assert not any(name.startswith("5 types") for name in names)


def test_a_segmentation_block_of_tabs_label_lines_and_prose_between_them():
    text = ("Gizmo Alloys Market\n\nSegmentation\nAlloy Type\nSilver-based\nCopper-based\nNickel-based\nOthers\n"
            "Silver-based alloys held the largest share at 37.9% of revenue in 2024, owing to their use in contacts.\n"
            "Form: Wire & rod | Paste | Preforms & rings | Powder\n"
            "Paste and preforms are gaining share in automated lines.\n"
            "End-Use Industry: Automotive • HVAC&R • Aerospace & defense • Others\n"
            "Source: Gizmo Insights survey, trade interviews\n\nKey Market Players\nAcme Alloys Inc.\n")
    card = extract(text, "t")
    segments = {(s.dimension, s.name, s.claim) for s in card.segments}
    assert {("Alloy Type", "Silver-based", "largest_share"), ("Alloy Type", "Copper-based", None),
            ("Alloy Type", "Nickel-based", None), ("Form", "Wire & rod", None), ("Form", "Preforms & rings", None),
            ("Form", "Powder", None), ("End-Use Industry", "Automotive", None),
            ("End-Use Industry", "Aerospace & defense", None)} <= segments
    names = {name for _, name, _ in segments}
    assert not {"Others", "Gizmo Insights survey", "trade interviews", "Acme Alloys Inc."} & names
    assert card.span_errors(text) == []


def test_a_title_list_and_the_same_segments_written_with_based():
    card = extract("Gizmo Alloys Market by Alloy Type (Silver, Copper, Nickel), 2025-2032\n\nBy Alloy Type\n"
                   "• Silver-based\n• Copper-based\n• Nickel-based\n", "t")
    assert {s.name for s in card.segments} == {"Silver-based", "Copper-based", "Nickel-based"}


def test_a_dimension_with_two_names_over_bullets():
    card = extract("Gizmo Transmitters Market\n\nApplication / End use\n· Oil & gas  (largest, 27.5% share in 2023)\n"
                   "· Water & wastewater  (fastest-growing)\n· Food & beverage\n", "t")
    assert {(s.dimension, s.name, s.claim) for s in card.segments} == {
        ("Application / End Use", "Oil & gas", "largest_share"),
        ("Application / End Use", "Water & wastewater", "fastest_growth"), ("Application / End Use", "Food & beverage", None)}


def test_an_annual_average_rate_and_a_segments_rate_given_to_it():
    card = extract("Gizmo Farm Market\n\nThe gizmo farm market of Korea was 2.84 trillion won in 2023, and it will expand to "
                   "6.32 trillion won by 2030, growing at an annual average rate of 12.1 percent from 2023 to 2030. The "
                   "vertical farm (plant factory) segment is the smallest, but it is projected to grow the fastest at 19.8 "
                   "percent annually through 2030.\n", "t")
    rates = {(c.percent, c.start, c.end, c.segment) for c in card.cagr}
    assert (12.1, 2023, 2030, None) in rates
    assert {c.segment for c in card.cagr if c.percent == 19.8} == {"vertical farm"}


def test_this_year_opening_the_sentence_of_the_one_amount():
    card = extract("Gizmo market to double\nPosted : 2024-11-18 16:42\n\nThe gizmo market of Korea was 2.84 trillion won in "
                   "2023. For this year, the institute estimated the market size at 3.17 trillion won.\n", "t")
    assert (3.17, "KRW", 2024) in {(v.amount, v.currency, v.year) for v in card.values}


def test_exports_a_companies_turnover_table_and_a_captions_note():
    text = ("Gizmo Contract Manufacturing Market, France\n\n"
            "Table 1 – Turnover of gizmo contract manufacturers in France (M€, excl. VAT)\n"
            "   Year           2022      2023      2024\n"
            "   Turnover       2 288     2 467     2 610\n\n"
            "French gizmo brands realised exports of approximately 22 Md€ in 2024; this figure is not the market.\n\n"
            "Table 2. Turnover of main operators, 2024 (M€, total company, all product lines)\n"
            "Acme Gizmo | 1.020,5\nBeta Gizmo | 1.684,0\n")
    values = {(v.amount, v.currency, v.year, v.segment) for v in extract(text, "t").values}
    assert {(2288.0, "EUR", 2022, None), (2467.0, "EUR", 2023, None), (2610.0, "EUR", 2024, None)} <= values
    assert not {v for v in values if v[0] in (22.0, 1020.5, 1684.0)}


def test_units_inside_a_country_keep_the_kind_they_are_written_with():
    text = ("Gizmo Market, Korea\n\nThe gizmo market of Korea was 2.84 trillion won in 2023.\n\nRegional gap\n\n"
            "South Jeolla Province (Jeollanam-do) recorded the largest share with 21.3 percent of total area. North "
            "Gyeongsang Province and South Gyeongsang Province followed. By region, the Kanto region of Japan is not "
            "covered. Hualien County and Taitung County in eastern Taiwan are not covered either.\n\n"
            "New origins such as Uganda and Papua New Guinea matter for the regional supply.\n")
    card = extract(text, "t")
    regions = {r.name: r.claim for r in card.regions}
    assert regions.get("South Jeolla Province") == "largest_share"
    assert {"North Gyeongsang Province", "South Gyeongsang Province"} <= set(regions)
    assert "Jeollanam-do" not in regions and "Guinea" not in regions and "Papua" not in regions
    assert card.span_errors(text) == []


def test_parts_of_the_market_with_their_figures():
    text = ("Gizmo Market\n\nThe global gizmo market was valued at USD 19.6 billion in 2024 and is expected to reach USD 28.6 "
            "billion by 2032.\n\nBy livestock type, the market is segmented into dairy cattle, beef cattle and swine. Dairy "
            "cattle generated USD 3.42 billion in 2024, the largest slice. The custom gizmos segment, valued at USD 4.39 "
            "billion in 2024, is projected to grow fastest. By application, the market is segmented into packaging, "
            "textiles and laminates. Packaging accounted for 61.7% of 2024 revenue, or roughly USD 3.66 billion.\n\n"
            "Germany leads Europe. Brandenburg alone is expected to reach USD 205 million by 2030, helped by new corridors. "
            "Note that imports of finished gizmos, about USD 2.1 billion in 2024, are a trade figure rather than a market "
            "size.\n")
    values = {(v.amount, v.year): (v.segment, v.region) for v in extract(text, "t").values}
    assert values[(3.42, 2024)] == ("dairy cattle", None)
    assert values[(4.39, 2024)] == ("custom gizmos", None)
    assert values[(3.66, 2024)] == ("packaging", None)
    assert values[(205.0, 2030)] == (None, "Brandenburg")
    assert (2.1, 2024) not in values


def test_figures_wrapped_across_lines_key_facts_boxes_and_statistics_tiles():
    text = ("Gizmo Monitoring Market\n\nDUBLIN, Ireland, Sept. 9, 2025 /AgriWire/ -- The global gizmo monitoring\n"
            "systems market was valued at USD 186.4\nmillion in 2024 and is expected to reach USD\n209.7 million in 2025.\n\n"
            "Key Facts\nMarket Size 2025\nUSD 448.3 Million\nForecast Value 2033\nUSD 871.5 Million\n\n"
            "$1.19B | 2026 Estimate\n$1.84B | 2032 Projection\n\n"
            "North America dominated with a 54.2% share in 2024 (the U.S. alone represented USD 1.61 billion of sales that "
            "year). One of the leading brands disclosed roughly USD 61 million in 2024 sales.\n")
    card = extract(text, "t")
    values = {(v.amount, v.currency, v.year): v.region for v in card.values}
    assert {(186.4, "USD", 2024), (209.7, "USD", 2025), (448.3, "USD", 2025), (871.5, "USD", 2033), (1.19, "USD", 2026),
            (1.84, "USD", 2032)} <= set(values)
    assert values[(1.61, "USD", 2024)] == "United States"
    assert (61.0, "USD", 2024) not in values
    assert card.span_errors(text) == []


def test_a_page_that_writes_decimal_commas_groups_thousands_with_points():
    text = ("Canned Gizmo Market, Spain\n\nThe Spanish market of canned gizmos reached in 2024 a value of 1.846 million euros, "
            "an increase of 4,1% on 2023. In volume, consumption was stable (-0,6%).\n\n"
            "In the year 2024 Czech buyers spent in the total retail value of 9,84 mld. Kč, which is by 6,3 % less than in "
            "2023, when the market reached 10,50 mld. Kč. For 2025 the members expect a level of CZK 10,2 bn and until 2028 "
            "the growth to 11,6 mld. Kč. In pesos, the billing was equivalent to $ 2,07 billones in 2024.\n")
    values = {(v.amount, v.currency, v.scale, v.year) for v in extract(text, "t").values}
    assert {(1846.0, "EUR", "million", 2024), (9.84, "CZK", "billion", 2024), (10.5, "CZK", "billion", 2023),
            (10.2, "CZK", "billion", 2025), (11.6, "CZK", "billion", 2028)} <= values
    assert (2.07, "trillion", 2024) in {(amount, scale, year) for amount, _, scale, year in values}  # the long scale's


def test_pages_translated_from_spanish_portuguese_polish_and_czech():
    text = ("Canned Gizmo Market, Spain\n\nThe Spanish market of canned gizmos reached 1.846 million euros in 2024, an "
            "increase of 4,1% on 2023 (-0,6% in volume).\n\n"
            "Concerning the container, it is divided in metal cans, glass jars and flexible pouches.\n\n"
            "Among the leading producers the report names Acme Gizmos Sp. z o.o. (Gdańsk), Beta Kosmetyki Naturalne Sp. z o.o. "
            "(Kraków), Gamma Conservas S.L. (Bermeo) and Delta Revestimentos Ltda. (Kraków).\n\n"
            "Prague and the Central Bohemian Region together make 31 % of the retail value, followed by the South Moravian "
            "Region (14 %).\n\nSECTOR NEWS\n"
            "– In March of 2024, Epsilon Rianxeira S.A.U. (Boiro, A Coruña) inaugurated a new line in its plant of Boiro.\n"
            "– In the first semester of 2025, Grupo Zeta (Carballo) launched a range of gizmos with 30% less salt.\n")
    card = extract(text, "t")
    assert {(s.dimension, s.name) for s in card.segments} >= {
        ("Container", "metal cans"), ("Container", "glass jars"), ("Container", "flexible pouches")}
    assert {"Acme Gizmos Sp. z o.o.", "Beta Kosmetyki Naturalne Sp. z o.o.", "Gamma Conservas S.L.",
            "Delta Revestimentos Ltda."} <= names_of(card)
    assert {(d.date, d.actor) for d in card.developments} >= {("2024-03", "Epsilon Rianxeira S.A.U."), ("2025", "Grupo Zeta")}
    assert {"Central Bohemian Region", "South Moravian Region"} <= {r.name for r in card.regions}
    assert card.span_errors(text) == []


def test_a_rules_or_a_fairs_date_is_no_companys_event():
    text = ("Gizmo Shore Power Market\n\nRecent developments:\n"
            "• March 2025: Acme Gizmo won an order for cable-management systems in Rotterdam.\n"
            "• FuelEU Maritime entered into force on 1 January 2025, pushing ports to invest.\n"
            "• Regulation (EU) 2023/607 extended the transition periods in March 2023.\n"
            "• In October 2024, EPA's Clean Ports Program awarded grants to 55 ports.\n"
            "• Events: TOC Europe takes place in Rotterdam on 12 June 2025.\n")
    assert [(d.date, d.actor) for d in extract(text, "t").developments] == [("2025-03", "Acme Gizmo")]


def test_the_year_before_what_reaches_the_figure_and_a_comparisons_year():
    text = ("Natural Gizmo Market, Poland\n\nThe market of natural gizmos in Poland reached in 2024 the value of PLN 3,12 mld, "
            "what means growth of 11,4% comparing to 2023. Analysts estimate that in 2025 the sales will achieve PLN 3,46 mld "
            "and that in 2029 the market will be worth PLN 5,1 mld (CAGR 10,2%).\n")
    values = {(v.amount, v.year) for v in extract(text, "t").values}
    assert {(3.12, 2024), (3.46, 2025), (5.1, 2029)} <= values


def test_turkish_and_indonesian_legal_forms_end_a_name():
    # (Turkish names: "A.Ş.", "Ltd. Şti.", "San. ve Tic."; capitals beyond A-Z: "İleri"; an Indonesian state company's
    # "(Persero)")
    card = extract("The Türkiye composites market was valued at USD 1.2 billion in 2024.\n\n"
                   "Key players operating in the market include DowAksa İleri Kompozit Malzemeler Sanayi Ltd. Şti., "
                   "Fibrotek Cam Elyaf Takviyeli Plastik San. ve Tic. A.Ş., PT Len Industri (Persero), "
                   "Kordsa Teknik Tekstil A.Ş. and Superlit Boru Sanayi A.Ş.\n", "t")
    assert [p.name for p in card.players] == [
        "DowAksa İleri Kompozit Malzemeler Sanayi Ltd. Şti.", "Fibrotek Cam Elyaf Takviyeli Plastik San. ve Tic. A.Ş.",
        "PT Len Industri (Persero)", "Kordsa Teknik Tekstil A.Ş.", "Superlit Boru Sanayi A.Ş."]


def test_shillings_are_the_scope_countrys():
    text = ("Tanzania beer market\n\nDar es Salaam. Tanzania's beer market, worth TZS 2.46 trillion in 2024, is on course "
            "to reach Sh3.69 trillion by 2030, a new industry study shows.\n")
    assert {(v.amount, v.currency, v.year) for v in extract(text, "t").values} == {(2.46, "TZS", 2024), (3.69, "TZS", 2030)}
    kenya = "Kenya avocado market\n\nKenya's avocado market is on course to reach Sh36.9 billion by 2030, a study shows.\n"
    assert [v.currency for v in extract(kenya, "t").values] == ["KES"]


def test_a_figure_whose_sentence_goes_on_about_household_budgets():
    text = ("UK electric toothbrush market\n\nThe UK electric toothbrush market is set to register a CAGR of 7.0% over "
            "2025-2031. Retail sales reached £389.0 million in 2024, the firm said, meaning the category added more than "
            "£23 million in value in a single year despite pressure on household budgets.\n")
    assert [(v.amount, v.year) for v in extract(text, "t").values] == [(389.0, 2024)]


def test_a_regions_share_then_its_amount():
    text = ("Industrial CT inspection market\n\nThe global industrial CT inspection market was valued at USD 812 million "
            "in 2024.\n\nRegional analysis\nNorth America held a 34.8% share, worth USD 302.2 million in 2024, thanks to "
            "aerospace primes and a dense network of metrology service labs. Europe follows.\n")
    values = {(v.amount, v.region, v.kind) for v in extract(text, "t").values}
    assert values == {(812.0, None, "actual"), (302.2, "North America", "actual")}


def test_units_a_country_page_names_with_their_kind():
    text = ("Jordan solar PV market\n\nThe Jordan solar PV market was valued at USD 458 million in 2025.\n\n"
            "Regional outlook\nAmman Governorate represented 36.4% of market revenue in 2024, the largest share. "
            "Mafraq Governorate is projected to record the fastest growth, at a 14.8% CAGR. The Capital Governorate of "
            "a neighbour is not covered.\n")
    regions = {r.name: r.claim for r in extract(text, "t").regions}
    assert regions.get("Amman Governorate") == "largest_share" and regions.get("Mafraq Governorate") == "fastest_growth"
    bahrain = ("Bahrain digital payments market\n\nThe Bahrain digital payments market was worth USD 310 million in 2024. "
               "The Capital Governorate accounted for about 44 per cent of revenue.\n")
    assert "Capital Governorate" in {r.name for r in extract(bahrain, "t").regions}


def test_other_countries_a_country_page_sets_outside_its_market():
    text = ("Uzbekistan pharmaceuticals market\n\nThe Uzbekistan pharmaceuticals market was valued at USD 1.9 billion "
            "in 2024. Exports of Uzbek generics to Kyrgyzstan, Tajikistan and Afghanistan are tracked separately and are "
            "not part of the domestic market figures. Costs remain high compared with Vietnam and Thailand, which "
            "compete for the same regional market.\n")
    assert not {"Kyrgyzstan", "Tajikistan", "Afghanistan", "Vietnam", "Thailand"} & {r.name for r in extract(text, "t").regions}


def test_a_regions_adjective_is_no_region_but_its_market_is():
    text = ("Uzbekistan pharmaceuticals market\n\nThe Uzbekistan pharmaceuticals market was valued at USD 1.9 billion "
            "in 2024. \"Uzbekistan is no longer just an import market for Russian, Indian and European medicines,\" said "
            "the lead analyst.\n")
    assert "European" not in {r.name for r in extract(text, "t").regions}
    global_page = ("Coronary stents market\n\nThe global coronary stents market was valued at USD 9.1 billion in 2024. "
                   "The European market held the largest share of revenue in 2024.\n")
    assert {r.name: r.claim for r in extract(global_page, "t").regions} == {"Europe": "largest_share"}


def test_a_country_pages_own_first_level_units():
    # (ISO 3166-2's first-level units of the page's own country: Tanzania's regions, not on a global page)
    text = ("Tanzania beer market\n\nTanzania's beer market was worth TZS 2.46 trillion in 2024.\n\n"
            "Regional outlook\nDar es Salaam accounts for the largest share of beer sales, while Dodoma is expected to be "
            "the fastest-growing region as government offices relocate. Arusha, Mwanza and Mbeya follow.\n")
    regions = {r.name: r.claim for r in extract(text, "t").regions}
    assert regions.get("Dar es Salaam") == "largest_share" and regions.get("Dodoma") == "fastest_growth"
    assert {"Arusha", "Mwanza", "Mbeya"} <= set(regions)
    global_page = ("Beer market\n\nThe global beer market was worth USD 610 billion in 2024. Europe holds the largest "
                   "share, while Asia Pacific grows fastest; brewers in Mwanza and Arusha are expanding.\n")
    assert not {"Mwanza", "Arusha"} & {r.name for r in extract(global_page, "t").regions}
    # a country's units one level down are not read: a UK page's cities are no regions of its market
    uk = ("UK self storage market\n\nThe UK self storage market was worth GBP 1.1 billion in 2024. London accounted for the "
          "largest share of revenue, while operators expand in Manchester, Liverpool and Edinburgh.\n")
    assert not {"Manchester", "Liverpool", "Edinburgh"} & {r.name for r in extract(uk, "t").regions}


def test_portuguese_and_gulf_legal_forms_and_names_with_joiners():
    card = extract("The Portugal public EV charging market was valued at EUR 120 million in 2024.\n\n"
                   "Key players include Iberdrola Clientes Portugal, Unipessoal Lda., Helexia Portugal, Lda., "
                   "Sodexo Qatar Services W.L.L., Oman Fisheries Co. SAOG, Katakura & Co-op Agri Corporation and "
                   "Centauro Rent a Car.\n", "t")
    assert [p.name for p in card.players] == [
        "Iberdrola Clientes Portugal, Unipessoal Lda.", "Helexia Portugal, Lda.", "Sodexo Qatar Services W.L.L.",
        "Oman Fisheries Co. SAOG", "Katakura & Co-op Agri Corporation", "Centauro Rent a Car"]
    # (a company's possessive stays outside its name: "Procter & Gamble's Oral-B")
    assert "Procter & Gamble" in names("The global widget market was valued at USD 2.1 billion in 2024.\n\n"
                                       "Key players include Procter & Gamble's Oral-B, Colgate-Palmolive and Philips.")


def test_a_regional_breakdown_as_a_label_line_of_cells():
    text = ("Kenya animal feed market\n\nThe Kenya animal feed market was valued at KES 152 billion in 2024.\n\n"
            "Segments covered\nType: Poultry feed | Dairy feed | Pig feed\n"
            "Region: Nairobi Metro & Central | Rift Valley | Western & Nyanza | Coast\n\n"
            "The Rift Valley is the largest consuming region with 34% of demand.\n")
    regions = {r.name: r.claim for r in extract(text, "t").regions}
    assert {"Nairobi Metro & Central", "Western & Nyanza", "Coast"} <= set(regions)
    assert regions.get("Rift Valley") == "largest_share"
    assert "Nairobi Metro" not in regions and "Central" not in regions


def test_a_comparisons_word_or_a_clauses_opening_is_no_segment():
    text = ("Aquarium equipment market\n\nThe global aquarium equipment market was valued at USD 4.1 billion in 2024.\n\n"
            "Household hobbyists make up the largest end-user group. Commercial buyers (public aquariums, hospitality, "
            "offices) are a smaller but steady segment.\n\nBy operator type, chain pet shops accounted for 18.4% of the "
            "market in 2024, up from 9.8% in 2019, and their share is expected to reach 31.0% in 2029.\n")
    names = {s.name.lower() for s in extract(text, "t").segments}
    assert "household hobbyists" in names and not names & {"steady", "their share"}


def test_a_company_named_with_its_legal_form_in_an_analysis_sentence():
    text = ("Kazakhstan courier market\n\nThe Kazakhstan courier market was valued at KZT 450 billion in 2024.\n\n"
            "The market is moderately concentrated. The national postal operator Kazpost JSC remains the largest carrier "
            "by parcel count, while marketplace logistics, led by Kaspi Delivery of Kaspi.kz JSC, lead in B2C volumes.\n")
    assert {"Kazpost JSC", "Kaspi.kz JSC"} <= {p.name for p in extract(text, "t").players}


def test_a_restatement_in_brackets_keeps_the_kind_of_the_figure_it_restates():
    # (the comma of "1,620" is a thousands separator, not the clause break that hid the verb "stood")
    card = extract("India hair oil market\n\nThe India hair oil market stood at INR 1,620 crore (USD 195 million) "
                   "in 2024.\n", "t")
    assert sorted((v.currency, v.year, v.kind) for v in card.values) == [("INR", 2024, "actual"), ("USD", 2024, "actual")]


def test_an_event_dated_by_quarter_keeps_its_quarter_beside_its_year():
    text = ("Global robotics market\n\nThe global robotics market was valued at USD 2.1 billion in 2024.\n\n"
            "Recent developments\n- In Q3 2024, Acme Robotics launched the X200 gripper.\n"
            "- Beta Automation acquired Gamma Controls in the final quarter of 2023.\n"
            "- Q1 '25: Delta Motion opened a plant in Ohio.\n- In March 2024, Epsilon Drives signed a supply deal.\n")
    assert [(d.actor, d.date, d.quarter) for d in extract(text, "t").developments] == [
        ("Delta Motion", "2025", 1), ("Acme Robotics", "2024", 3), ("Epsilon Drives", "2024-03", None),
        ("Beta Automation", "2023", 4)]


def test_a_figure_row_with_its_currency_after_the_number_is_that_currency_only():
    card = extract("Brazil craft beer market\n\nKey Metrics\nMarket Size 2024\t12.64 billion BRL\n"
                   "Market Size 2032\t21.37 billion BRL\n\nThe market grows.\n", "t")
    assert sorted((v.amount, v.currency, v.year) for v in card.values) == [(12.64, "BRL", 2024), (21.37, "BRL", 2032)]


def test_a_country_table_whose_value_column_gives_its_unit_and_its_caption_the_year():
    card = extract("Global cocoa products market\n\nThe global cocoa products market was valued at USD 14.2 billion in 2024.\n\n"
                   "Country table: value and grind volume, 2024\nCountry | Value (USD bn) | Grind ('000 tonnes)\n"
                   "United States | 2.90 | 400\nNetherlands | 2.10 | 600\n\n"
                   "Top chains by revenue, 2024\nRank | Company | Revenue (USD bn)\n1 | Acme Cocoa | 1.10\n2 | Beta Foods | 0.90\n", "t")
    assert sorted((v.region, v.amount, v.year) for v in card.values if v.region) == [
        ("Netherlands", 2.1, 2024), ("United States", 2.9, 2024)]
    assert not [v for v in card.values if v.amount in (1.1, 0.9)]  # (a table of companies' revenue: no market figures)


def test_players_listed_under_a_market_companies_heading():
    card = extract("Drilling fluids market\n\nThe global drilling fluids market was valued at USD 9.1 billion in 2024.\n\n"
                   "Drilling Fluids Market Companies\n• SLB\n• HALLIBURTON\n• Baker Hughes Company\n"
                   "• Newpark Resources, Inc.\n• AES Drilling Fluids\n", "t")
    assert {"SLB", "HALLIBURTON", "Baker Hughes Company", "AES Drilling Fluids"} <= {p.name for p in card.players}


def test_segments_parted_by_semicolons_keep_their_commas():
    names = {s.name for s in extract(
        "Industrial gas cylinders market\n\nThe Japan industrial gas cylinders market was valued at JPY 182 billion in 2024.\n\n"
        "By end use, the market is segmented into metal fabrication, welding and cutting; electronics and "
        "semiconductors; healthcare; and food and beverage.\n", "t").segments}
    assert "metal fabrication, welding and cutting" in names and "welding and cutting" not in names


def test_a_region_s_share_without_the_word_share_makes_it_a_region():
    regions = {r.name: r.claim for r in extract(
        "Tunnel boring machines market\n\nThe global tunnel boring machines market was valued at USD 6.1 billion in 2024.\n\n"
        "North America held 20.4%. The Middle East & Africa held 5.3%. Central & Eastern Europe is the fastest-growing "
        "region.\n", "t").regions}
    assert regions == {"North America": None, "Middle East & Africa": None, "Central & Eastern Europe": "fastest_growth"}


def test_a_country_s_undated_past_figure_takes_the_one_year_of_the_sentence_before_it():
    card = extract("Europe bicycle helmets market\n\nThe Europe bicycle helmets market was valued at EUR 629 million in 2024 and "
                   "is expected to reach EUR 1.1 billion by 2033.\n\nDACH is the largest sub-region, with 31.5% of European "
                   "revenue in 2024. Germany alone was worth EUR 198 million, the biggest national market.\n\n"
                   "Western Europe follows with 27.8%. France will be worth EUR 96 million.\n", "t")
    assert sorted((v.region, v.amount, v.year) for v in card.values if v.region) == [("Germany", 198.0, 2024)]


def test_developments_under_guillemet_bullets():
    assert developments("The Saudi pump rental market was valued at SAR 1.2 billion in 2024.\n\nRecent developments\n"
                        "» Byrne Equipment Rental opened a new branch in Jubail in October 2024 and, in December 2024, "
                        "signed a framework contract with a Red Sea contractor.\n") == [
        ("2024-12", "Byrne Equipment Rental"), ("2024-10", "Byrne Equipment Rental")]


def test_a_spanish_co_operative_s_legal_form_in_a_profiles_list():
    assert names("The Europe mushroom spawn market was valued at EUR 410 million in 2024.\n\n10 Company Profiles\n"
                 "  10.1 SYLVAN INC.\n  10.2 MYCELIA NV\n  10.3 GURELAN S. COOP.\n  10.4 PILZBRUT LAUSITZ GMBH\n"
                 "  10.5 MIKOPLANT SP. Z O.O.\n") == ["SYLVAN INC.", "MYCELIA NV", "GURELAN S. COOP.", "PILZBRUT LAUSITZ GMBH",
                                                   "MIKOPLANT SP. Z O.O."]


def test_a_restatement_in_brackets_after_a_dated_figure_takes_its_year():
    card = extract("GCC elevators market\n\nThe GCC elevators market was valued at USD 2.75 billion in 2024.\n\nSaudi Arabia is "
                   "both the largest and the fastest-growing market, with a 47.3% share in 2024, worth USD 1.30 billion "
                   "(about SAR 4.86 billion).\n", "t")
    assert {(v.amount, v.currency, v.year) for v in card.values} >= {(1.3, "USD", 2024), (4.86, "SAR", 2024)}


def test_a_hyphenated_description_before_an_actor_and_a_question_heading_is_no_actor():
    assert developments("The India innerwear market was valued at INR 30,000 crore in 2024.\n\nDirect-to-consumer brand XYXX "
                        "raised Rs 105 crore in a Series B round in April 2025, and rival Damensch launched its first "
                        "offline stores in Bengaluru in March 2025. What happened in 2025:\n") == [
        ("2025-04", "XYXX"), ("2025-03", "Damensch")]


def test_a_restatement_after_a_dash_or_in_the_next_cell_takes_the_figure_s_year():
    card = extract("Saudi poultry market\n\nAt a glance\n• Market value 2030: SAR 44.1 Bn | USD 11.76 Bn\n\n"
                   "The Saudi Arabia poultry meat market is projected to reach SAR 33.6 billion in 2025 — equal to USD 8.96 "
                   "billion at the pegged rate — and SAR 44.1 billion by 2030.\n\n"
                   "The market reached USD 1.2 billion in 2024, USD 1.4 billion a year later.\n", "t")
    assert {(v.amount, v.currency, v.year) for v in card.values} >= {(11.76, "USD", 2030), (8.96, "USD", 2025)}
    assert not [v for v in card.values if v.amount == 1.4 and v.year == 2024]  # (the same currency: no restatement)


def test_an_advisory_firm_or_a_consultores_house_is_the_publisher_not_a_player():
    card = extract("Ajapeak Advisory — Food & Agribusiness Consulting, Riyadh\n\nSaudi Arabia poultry meat market\n\n"
                   "According to Ajapeak Advisory, the Saudi Arabia poultry meat market stood at SAR 31.8 billion in 2024.\n\n"
                   "Key players include Almarai Company, Tanmiah Food Company and BRF S.A.\n\n"
                   "In March 2025, Kirinyaga County launched a fertiliser subsidy.\n\n"
                   "Ajapeak Advisory LLC, King Fahd Road, Riyadh 12211 | Privacy | Terms | © 2025\n", "t")
    assert card.publisher == "Ajapeak Advisory"
    assert [p.name for p in card.players] == ["Almarai Company", "Tanmiah Food Company", "BRF S.A."]


def test_on_a_country_s_page_import_origins_and_comparisons_are_no_regions():
    regions = {r.name for r in extract(
        "Kenya fertilizer market\n\nThe Kenya fertilizer market was valued at KES 62 billion in 2024.\n\nRegional analysis\n"
        "Trans Nzoia County is the largest county market, accounting for roughly 11% of national sales.\n"
        "Almost all fertilizer is imported: DAP mainly from Saudi Arabia and Morocco, urea from Russia and China. "
        "Application rates remain higher than in Tanzania and Uganda.\n", "t").regions}
    assert "Trans Nzoia County" in regions
    assert not regions & {"Saudi Arabia", "Morocco", "Russia", "China", "Tanzania", "Uganda"}


def test_a_company_s_possession_is_no_segment_but_an_eponym_s_is():
    names = {s.name for s in extract(
        "Epoxy curing agents market\n\nThe global epoxy curing agents market was valued at USD 4.2 billion in 2024.\n\n"
        "By type, the market is segmented into amines, anhydrides and Olin's Epoxy.\n\n"
        "By indication, the market is segmented into Crohn's disease, ulcerative colitis and Men's health.\n", "t").segments}
    assert "Olin's Epoxy" not in names and {"Crohn's disease", "ulcerative colitis", "amines"} <= names


def test_a_later_clause_s_subject_named_before_its_date_with_a_legal_form_s_comma():
    assert developments("The test market was valued at USD 1 billion in 2024.\n\nIn February 2025, Centro Manufacturing "
                        "Corporation opened a second body-building line in Laguna, while Foton Motor Philippines, Inc. on "
                        "9 July 2024 began assembling an electric PUV model. In January 2025 Safari Industries (India) Ltd. "
                        "commissioned a backpack line in Gujarat, and Wildcraft India Pvt. Ltd. in March 2025 introduced a "
                        "spine-support range.\n") == [
        ("2025-03", "Wildcraft India Pvt. Ltd."), ("2025-02", "Centro Manufacturing Corporation"),
        ("2025-01", "Safari Industries (India) Ltd."), ("2024-07-09", "Foton Motor Philippines, Inc.")]


def test_a_rolling_stock_market_is_no_stock_market():
    assert (61.8, "USD", 2024) in {(v.amount, v.currency, v.year) for v in extract(
        "The global rolling stock market was worth 61.8 billion USD in 2024, according to Vellbrook Research.\n", "t").values}


def test_a_caption_s_year_and_unit_over_a_header_with_no_unit():
    values = extract("Japan pallet rack market\n\nThe Japanese pallet rack market reached ¥98.0 billion in 2024.\n\n"
                     "Regional analysis (2024, ¥ billion)\nRegion        Market size   Share\nKanto         41.2          42.0%\n"
                     "Kansai        20.5          20.9%\nTohoku        6.1           6.2%\n", "t").values
    assert {(v.region, v.amount, v.currency, v.year) for v in values if v.region} == {
        ("Kanto", 41.2, "JPY", 2024), ("Kansai", 20.5, "JPY", 2024), ("Tohoku", 6.1, "JPY", 2024)}


def test_a_dotted_header_whose_column_gives_the_scale_before_the_currency():
    values = extract("The global tram market was valued at USD 9.0 billion in 2024.\n\n"
                     "Region ............ Share 2024 ... Value 2032 (billion USD) ... CAGR 2025-2032\n"
                     "Europe ............ 44.0% ....... 6.1 ...................... 4.0%\n"
                     "Asia Pacific ...... 31.5% ....... 4.9 ...................... 5.6%\n", "t").values
    assert {(v.region, v.amount, v.year) for v in values if v.region} == {("Europe", 6.1, 2032), ("Asia Pacific", 4.9, 2032)}


def test_a_caption_that_names_its_columns_over_rows_with_no_header():
    card = extract("The UK glamping market was valued at GBP 1.2 billion in 2024.\n\n"
                   "Regional table (share of 2024 revenue / CAGR 2025-30)\nSouth West  31%  3.1%\nNorth East  6%  4.7%\n\n"
                   "Country snapshot (2024, GBP million / share / CAGR 2025-2030)\nEngland | 960 | 80% | 3.6%\n"
                   "Scotland | 156 | 13% | 5.2%\n", "t")
    assert {(c.region, c.percent, c.start, c.end) for c in card.cagr if c.region} >= {
        ("South West", 3.1, 2025, 2030), ("North East", 4.7, 2025, 2030), ("Scotland", 5.2, 2025, 2030)}
    assert {(v.region, v.amount, v.scale) for v in card.values if v.region} == {("England", 960, "million"), ("Scotland", 156, "million")}


def test_a_table_cell_s_figure_and_its_restatement_in_brackets():
    values = extract("The Southeast Asia tyre market was valued at USD 5.1 billion in 2024.\n\n"
                     "Country        Market value 2024                     Share\n"
                     "Indonesia      USD 1.40 billion (IDR 22.0 trillion)   27.5%\n"
                     "Vietnam        USD 650 million                        12.7%\n", "t").values
    assert {(v.region, v.amount, v.currency) for v in values if v.region} == {
        ("Indonesia", 1.4, "USD"), ("Indonesia", 22.0, "IDR"), ("Vietnam", 650, "USD")}


def test_places_in_a_contact_line_or_said_to_be_out_of_scope_are_no_regions():
    regions = {r.name for r in extract(
        "The GCC event services market was valued at USD 3.4 billion in 2024.\n\nSaudi Arabia holds the largest share, "
        "and Qatar is growing fastest.\n\nPayment models in Latin America, led by Brazil and Chile, are often cited as a "
        "template; these countries are outside the scope of this report. Egypt is not covered in this study.\n\n"
        "Harnley Consulting · Regional office: King Hussein Street, Amman, Jordan · desk@harnley.example\n", "t").regions}
    assert {"Saudi Arabia", "Qatar"} <= regions
    assert not regions & {"Latin America", "Brazil", "Chile", "Egypt", "Jordan", "Amman"}


def test_a_grid_of_names_under_profiles_included_in_the_report():
    players = [p.name for p in extract(
        "The global LMS market was valued at USD 20 billion in 2024.\n\nCompetitive Landscape\nProfiles included in the "
        "report:\n\nALDERWAY LEARNING, INC.        KESTREL SOFTWARE SE        BRIGHTFOLD PTY LTD\n"
        "NORTHCASTLE CORP.              VANTERRA SAS               OAKRIDGE LABS INC.\n", "t").players]
    assert players == ["ALDERWAY LEARNING, INC.", "KESTREL SOFTWARE SE", "BRIGHTFOLD PTY LTD", "NORTHCASTLE CORP.",
                       "VANTERRA SAS", "OAKRIDGE LABS INC."]


def test_a_channel_that_sold_a_share_of_the_product_by_value_and_those_that_followed():
    segments = {(s.name, s.claim) for s in extract(
        "The Japan frozen dumpling market was valued at JPY 150 billion in 2024.\n\nSupermarkets sold 52.6% of frozen "
        "dumplings by value, followed by convenience stores at 19.2% and drugstores at 8.8%.\n", "t").segments}
    assert segments == {("Supermarkets", "largest_share"), ("convenience stores", None), ("drugstores", None)}


def test_later_that_month_and_that_same_year_take_the_date_before_them():
    assert developments("The test market was valued at USD 1 billion in 2024.\n\nOn 4 March 2025, Harlow Dental launched "
                        "a scanner-ready appliance, and later that month Quillon Sleep, Inc. signed a referral agreement with "
                        "a clinic network. In 2023, Acme Corp. opened a plant in Ohio, and that same year Beta Ltd. acquired "
                        "a rival.\n") == [("2025-03-04", "Harlow Dental"), ("2025-03", "Quillon Sleep, Inc."),
                                          ("2023", "Acme Corp."), ("2023", "Beta Ltd.")]


def test_a_restatement_in_brackets_on_the_next_line_keeps_the_sentence_s_year():
    values = extract("We estimate the Poland pallet racking market at PLN 2.18 billion\n(EUR 0.51 billion) in 2025, up from "
                     "PLN 2.04 billion\n(EUR 0.47 billion) in 2024.\n", "t").values
    assert {(v.amount, v.currency, v.year) for v in values} == {
        (2.18, "PLN", 2025), (0.51, "EUR", 2025), (2.04, "PLN", 2024), (0.47, "EUR", 2024)}


def test_an_assumed_exchange_rate_is_no_hypothesis():
    values = extract("Chile's water treatment market generated US$ 0.84 billion in 2024. The firm expects it to reach "
                     "US$ 1.51 billion in 2032 - approximately CLP 1.43 trillion at an assumed CLP 950 per dollar.\n", "t").values
    assert {(v.amount, v.currency, v.year) for v in values} == {(0.84, "USD", 2024), (1.51, "USD", 2032), (1.43, "CLP", 2032)}


def test_a_column_whose_unit_is_a_scale_s_initial_and_a_series_of_year_figures():
    card = extract("The Baltic wood chips market was worth EUR 0.62 billion in 2024.\n\nBY COUNTRY\n\n"
                   "Country      2024 value (EUR m)   Share\nLatvia       281                  45%\n"
                   "Estonia      205                  33%\n\n"
                   "Figure 3.1  Baltic wood chips market, 2022-2030 (EUR mln)\n2022: 540 | 2023: 588 | 2025E: 655 | 2030F: 812\n", "t")
    assert {(v.region, v.amount, v.scale, v.year, v.kind) for v in card.values} >= {
        ("Latvia", 281, "million", 2024, "actual"), ("Estonia", 205, "million", 2024, "actual"),
        (None, 540, "million", 2022, "actual"), (None, 655, "million", 2025, "estimate"), (None, 812, "million", 2030, "forecast")}


def test_a_country_s_own_dollars_on_a_wider_page_leave_the_bare_dollar_american():
    values = extract("The research firm valued the North American road line paint market at $2.4 billion in 2024 and sees "
                     "it reaching $3.1 billion in 2030. Canada accounted for C$0.6 billion of the total.\n", "t").values
    assert {(v.amount, v.currency, v.year, v.region) for v in values} == {
        (2.4, "USD", 2024, None), (3.1, "USD", 2030, None), (0.6, "CAD", 2024, "Canada")}


def test_a_people_is_no_player_and_where_a_company_sits_is_no_part_of_its_name():
    players = [p.name for p in extract(
        "The Poland pallet truck market was valued at PLN 1.2 billion in 2024.\n\nThe market is led by the Polish "
        "subsidiaries of European and Japanese manufacturers - Jungheinrich Polska Sp. z o.o. and Toyota Material Handling "
        "Polska Sp. z o.o. Other companies named in the study include Mastlift S.A. as well as the German-owned "
        "WARSAW LIFT PLANT, S.A.\n", "t").players]
    assert not {"Polish", "European", "Japanese", "German"} & set(players)
    assert "WARSAW LIFT PLANT, S.A." in players


def test_a_table_flattened_onto_one_line_by_bars():
    card = extract("The Europe tyre pyrolysis oil market was valued at EUR 0.91 billion in 2024.\n\n"
                   "Country | 2024 (EUR Mn) | CAGR 2025-2032 | Germany | 204.6 | 5.3% | France | 151.2 | 6.0% | Spain | 88.4 "
                   "| 7.1% |\n\nCountry Analysis (2024, USD Mn | share | CAGR 2025-2031)\n| Saudi Arabia | 312.0 | 41.5% | 5.6% "
                   "| Qatar | 96.2 | 12.8% | 6.4% |\n", "t")
    assert {(v.region, v.amount, v.currency) for v in card.values if v.region} == {
        ("Germany", 204.6, "EUR"), ("France", 151.2, "EUR"), ("Spain", 88.4, "EUR"),
        ("Saudi Arabia", 312.0, "USD"), ("Qatar", 96.2, "USD")}
    assert {(c.region, c.percent) for c in card.cagr if c.region} >= {
        ("Germany", 5.3), ("France", 6.0), ("Spain", 7.1), ("Saudi Arabia", 5.6), ("Qatar", 6.4)}


def test_a_currency_word_s_code_in_brackets_holds_for_the_whole_page():
    values = extract("Morocco: animal feed market to reach 14.2 billion dirhams in 2030\n\nThe Moroccan animal feed market is "
                     "estimated at 11.6 billion dirhams (MAD) in 2025, according to a Rabat consultancy.\n", "t").values
    assert {(v.amount, v.currency, v.year) for v in values} == {(11.6, "MAD", 2025), (14.2, "MAD", 2030)}


def test_a_dimension_s_own_name_over_cells_parted_by_bars_needs_no_heading():
    card = extract("Segment Analysis\n\nWorth $1.9 billion in 2024, the lab glove market is projected to reach $3.1 billion "
                   "in 2032. The report segments it by usability and end user.\n\nUsability: Disposable | Reusable\n"
                   "End User: Hospitals | Research Laboratories | Food Processing\n\nSource: Harlow Research | Added 02/06/2025\n", "t")
    assert {(s.name, s.dimension) for s in card.segments} == {
        ("Disposable", "Usability"), ("Reusable", "Usability"), ("Hospitals", "End User"),
        ("Research Laboratories", "End User"), ("Food Processing", "End User")}


def test_a_snapshot_s_ranked_segment_in_a_spaced_or_barred_cell_without_its_share_note():
    segments = {(s.name, s.claim, s.dimension) for s in extract(
        "The global archery equipment market was valued at USD 4.1 billion in 2024.\n\nReport Snapshot\n"
        "Largest product segment   Bows (limbs and risers)\nFastest-growing end user | Clubs (11.2% CAGR, 2025-2032)\n"
        "Leading Channel | Specialty stores (44.5% share, 2024)\n", "t").segments}
    assert segments == {("Bows (limbs and risers)", "largest_share", "Product"), ("Clubs", "fastest_growth", "End User"),
                        ("Specialty stores", "largest_share", "Channel")}


def test_a_dimension_s_run_in_label_with_a_mark_and_the_segments_its_line_names_in_capitals():
    card = extract("The global pond liner market was valued at USD 1.4 billion in 2024.\n\nSEGMENT ANALYSIS\n"
                   "Material ▸ EPDM held the largest share. Butyl Rubber and PVC serve smaller garden ponds.\n"
                   "End Use | Landscaping is the fastest-growing end use. Aquaculture and Mining follow.\n"
                   "Installation Type - Professional Installation covers most commercial jobs.\n", "t")
    assert {(s.name, s.claim) for s in card.segments} == {
        ("EPDM", "largest_share"), ("Butyl Rubber", None), ("PVC", None), ("Landscaping", "fastest_growth"),
        ("Aquaculture", None), ("Mining", None), ("Professional Installation", None)}
    assert not card.players


def test_what_follows_or_makes_up_the_rest_after_a_segment_is_segments_not_players():
    card = extract("The global yoga mat market was worth USD 1.9 billion in 2024.\n\nBy material, Natural Rubber is the "
                   "largest material segment; Cork and Jute follow. TPE is the fastest-growing material, and Organic Cotton, "
                   "Hemp and PVC make up the rest.\n\nCompetition\nManduka, Lululemon and Gaiam lead the market. Liforme, "
                   "Alo Yoga and JadeYoga make up much of the rest.\n", "t")
    assert {s.name for s in card.segments} >= {"Natural Rubber", "Cork", "Jute", "TPE", "Organic Cotton", "Hemp", "PVC"}
    assert {"Liforme", "Alo Yoga", "JadeYoga"} <= set(names_of(card))
    assert not {"Organic Cotton", "Hemp", "PVC", "Cork", "Jute"} & set(names_of(card))


def test_places_that_follow_a_region_and_kinds_after_a_dash_are_no_segments():
    segments = {s.name for s in extract(
        "The Nigeria solar lantern market was valued at NGN 84 billion in 2024.\n\nLagos State is the largest regional "
        "market at 29% of sales. Kaduna State and Enugu State follow.\nBy product, Lanterns held 61% of revenue. Kits — "
        "panels, batteries and bulbs — follow.\n", "t").segments}
    assert not {"Kaduna State", "Enugu State", "panels", "batteries", "bulbs", "Kits — panels"} & segments


def test_a_scope_row_of_companies_pasted_with_tabs_a_name_a_cell():
    players = names_of(extract("The pet microchip market was valued at USD 0.41 billion in 2024.\n\nReport Scope\n"
                               "Forecast Period\t2025-2032\nCompanies\tDatamars S.A.\tHomeAgain, Inc.\tVirbac\tTrovan Ltd.\n", "t"))
    assert players == {"Datamars S.A.", "HomeAgain, Inc.", "Virbac", "Trovan Ltd."}


def test_the_page_s_note_on_its_dollars_a_compound_rate_and_a_restated_figure_of_last_year():
    card = extract("Prairie Trade Weekly   March 3, 2025\n\nCanadian sales of pet insurance were worth $1.41-billion last "
                   "year and should reach $2.62-billion by 2031, growing at a 10.9% compound rate between 2025 and 2031. "
                   "All figures are in Canadian dollars.\n", "t")
    assert {(v.amount, v.currency, v.year) for v in card.values} == {(1.41, "CAD", 2024), (2.62, "CAD", 2031)}
    assert {(c.percent, c.start, c.end) for c in card.cagr} == {(10.9, 2025, 2031)}
    values = extract("Hanoi Business Times   May 6, 2025\n\nVietnam's pet food market was worth VND 18.2 trillion "
                     "(US$715 million) last year, a study says.\n", "t").values
    assert {(v.amount, v.currency, v.year) for v in values} == {(18.2, "VND", 2024), (715, "USD", 2024)}


def test_growth_rate_rows_of_a_key_statistics_table_and_a_cagr_over_fiscal_years():
    cagrs = {(c.percent, c.start, c.end, c.region) for c in extract(
        "The dental abutments market was valued at USD 2.1 billion in 2024.\n\nReport Attribute | Key Statistics\n"
        "Market Size 2024 | USD 2.1 Billion\nMarket Growth Rate 2025-2033 | 5.4%\nNorth America Growth Rate 2025-2033 | 6.1%\n\n"
        "Key numbers\n• CAGR FY2025-FY2032: 16.8%\n", "t").cagr}
    assert cagrs == {(5.4, 2025, 2033, None), (6.1, 2025, 2033, "North America"), (16.8, 2025, 2032, None)}


def test_countries_in_square_brackets_and_a_row_of_named_cells_ending_in_others_or_cut_short():
    card = extract("The infant car seat market was valued at USD 5.2 billion in 2024.\n\nKey Market Players\n"
                   "- Kiddy GmbH [Germany]\n- Graco Children's Products Inc. [US]\n- Maxi-Cosi B.V. [Netherlands]\n\n"
                   "Other Companies\nAvova Ltd. (Switzerland) | Cybex GmbH (Germany) | Nuna Baby Essentials, Inc. (US) | Others\n\n"
                   "Prominent Companies\nBorealis AG (Austria) | Sabic Innovative Plastics (Saudi Arabia) | Lear Corporation (US) | Adient plc (Ire",
                   "t")
    assert {(p.name, p.country) for p in card.players} == {
        ("Kiddy GmbH", "Germany"), ("Graco Children's Products Inc.", "US"), ("Maxi-Cosi B.V.", "Netherlands"),
        ("Avova Ltd.", "Switzerland"), ("Cybex GmbH", "Germany"), ("Nuna Baby Essentials, Inc.", "US"),
        ("Borealis AG", "Austria"), ("Sabic Innovative Plastics", "Saudi Arabia"), ("Lear Corporation", "US"),
        ("Adient plc", None)}


def test_a_bulleted_dimension_s_name_before_a_dash():
    segments = {(s.name, s.claim) for s in extract(
        "The kombucha market was valued at USD 3.3 billion in 2024.\n\nSegment Analysis\n» Flavour Type - Original made up "
        "41% of 2024 sales.\n» Distribution Channel - Specialty Stores serve younger buyers.\n", "t").segments}
    assert segments == {("Original", None), ("Specialty Stores", None)}


def test_a_fiscal_period_with_a_two_digit_end_and_one_word_that_dominates_a_split_after_a_dimension():
    card = extract("India's water purifier market is estimated at ₹8,120 crore in FY2025, up from ₹5,400 crore in FY2021, "
                   "growing at a CAGR of 9.4% over FY2025-31.\n\nBy technology, RO purifiers captured 58% of FY2025 revenue. "
                   "Countertops dominate the installation split; under-sink units are the next wave.\n", "t")
    assert {(c.percent, c.start, c.end) for c in card.cagr} == {(9.4, 2025, 2031)}
    assert "Countertops" in {s.name for s in card.segments}
    assert not card.players


def test_by_groups_after_the_line_s_own_label_and_bullets_of_other_glyphs():
    card = extract("The spray nozzle market was valued at USD 1.2 billion in 2024.\n\nSegmentation: By Type: Hydraulic Nozzles, "
                   "Air Atomizing Nozzles | By Application: Coating, Cooling & Quenching, Humidification\n\nBy material\n"
                   "▹ Stainless Steel: biggest\n▹ Brass\n➡️ Ceramic\n", "t")
    assert {(s.name, s.dimension) for s in card.segments} >= {
        ("Hydraulic Nozzles", "Type"), ("Air Atomizing Nozzles", "Type"), ("Coating", "Application"),
        ("Cooling & Quenching", "Application"), ("Humidification", "Application"), ("Brass", "Material"), ("Ceramic", "Material")}


def test_companies_named_in_analysis_prose_of_a_news_article():
    players = names_of(extract(
        "Tin solder demand to reach $5.1bn by 2030, says study\n\nThe global solder materials market was worth $3.9 billion "
        "in 2024. Capacity expansions at Senju Metal Industry and Alpha Assembly Solutions keep prices in check, analysts "
        "said. Indium Corporation, Tamura and Koki operate the largest paste lines in Asia, with Heraeus, Nihon Superior and "
        "Shenmao competing for the rest.\n", "t"))
    assert players >= {"Senju Metal Industry", "Alpha Assembly Solutions", "Indium Corporation", "Tamura", "Koki",
                       "Heraeus", "Nihon Superior", "Shenmao"}


def test_a_part_s_amount_after_the_whole_s_and_amounts_with_their_years_respectively():
    assert values("The global dock leveller market stood at USD 2.84 billion in 2024, of which Germany accounted for USD 0.61 "
                  "billion, and is expected to hit USD 4.02 billion in 2031.") == [
        (2.84, "USD", 2024, None), (0.61, "USD", 2024, "Germany"), (4.02, "USD", 2031, None)]
    assert values("Valued at USD 318.2 million in 2024, with the marine grade alone at USD 97.5 million, and estimated at "
                  "USD 341.0 million in 2025, the zinc anode market is projected to reach USD 540.8 million in 2032.") == [
        (318.2, "USD", 2024, None), (97.5, "USD", 2024, None), (341.0, "USD", 2025, None), (540.8, "USD", 2032, None)]
    assert sorted(values("Quarrywell sizes the global kiln refractories market at EUR 1,204.6 Mn, EUR 1,251.3 Mn and "
                         "EUR 1,622.9 Mn for 2023, 2024 and 2031 respectively.")) == [
        (1204.6, "EUR", 2023, None), (1251.3, "EUR", 2024, None), (1622.9, "EUR", 2031, None)]


def test_a_product_s_revenue_forecast_and_a_market_s_posted_sales_are_the_market_but_exports_are_not():
    assert values("Canyon rafting revenue of USD 1.27 billion in 2023 is forecast to climb to USD 2.05 billion by 2030.") == [
        (1.27, "USD", 2023, None), (2.05, "USD", 2030, None)]
    assert values("Korea's archery equipment market posted sales of KRW 214.0 billion in 2024. Local makers also exported "
                  "bows worth KRW 88.5 billion in 2024.") == [(214.0, "KRW", 2024, None)]
    # a company's revenue is no market ("Our net revenue was …"), nor a product's revenue in the past
    assert values("Our net revenue was USD 418.3 million in 2024.\n\nLegal hemp sales were about USD 12 billion last year.") == []


def test_sales_that_came_to_an_amount_and_an_average_rate_a_year():
    card = extract("Global peat-free compost sales came to USD 431.6 million in 2023 and should climb to USD 802.0 million by "
                   "2032, an average 7.1% a year from 2024 to 2032, says a study by Harlowmere.", "t")
    assert [(v.amount, v.year) for v in card.values] == [(431.6, 2023), (802.0, 2032)]
    assert [(c.percent, c.start, c.end) for c in card.cagr] == [(7.1, 2024, 2032)]


def test_a_study_s_company_box_in_capitals_the_house_that_profiles_and_a_list_that_ends_at_a_dated_line():
    assert names("Battery packs news\n\nCOMPANIES IN THE STUDY\nVOLTREX GMBH | ARKWELL INC. | SENTO ENERGY CO., LTD.\n\n"
                 "In May 2024, Voltrex launched a pack.") == ["VOLTREX GMBH", "ARKWELL INC.", "SENTO ENERGY CO., LTD."]
    assert names("Peat market news\nGlenharrow profiles Moorlands Oy, Bracken Biochar Corporation and Fenwick Peat Ltd.") == [
        "Moorlands Oy", "Bracken Biochar Corporation", "Fenwick Peat Ltd."]
    assert names("Key Players\n- Kestrel Reels Inc.\n- Tamba Tackle Co., Ltd.\nOn 9 August 2024, Kestrel Reels Inc. released a "
                 "carbon spool; Tamba Tackle Co., Ltd. raised prices in April 2025.") == ["Kestrel Reels Inc.", "Tamba Tackle Co., Ltd."]
    # "lead times" is no company leading
    assert names("Galley ovens news\nCertification lead times and retrofit downtime remain hurdles.") == []


def test_a_dimension_in_lower_case_opening_its_line_and_a_company_s_city_in_brackets():
    card = extract("The rostering software market reached USD 3.1 billion in 2024.\n\n- By end use (retail, logistics, BFSI, "
                   "others), retail led, while the logistics segment is adopting shift swaps.\n\n"
                   "Harwick Analytics (Leeds, UK) sells the report for GBP 2,600.\n", "t")
    assert {(s.name, s.dimension) for s in card.segments} == {("retail", "End Use"), ("logistics", "End Use"), ("BFSI", "End Use")}


def test_a_kind_of_firm_that_did_something_is_no_development_s_actor():
    assert _events("The windscreen repair market was worth CAD 1.4 billion in 2024.\n\nInsurers handled about 2.3 million "
                   "glass claims in 2024. Retailers sold 410 million pouches in 2024. In January 2025 Webmotors launched a "
                   "financing tool.") == [("2025-01", "Webmotors")]


def test_a_quarter_opening_an_event_a_while_clause_s_amount_an_estimated_year_and_compound_growth_a_year():
    assert _events("The quantum networking market was valued at USD 1.1 billion in 2024.\n\nQ4 2023: Lumiq ran a metro QKD "
                   "trial with a bank in Lisbon.") == [("2023", "Lumiq")]
    assert values("The cat treats market stood at GBP 940.2 million in 2024, while UK cat treats revenue reached GBP 151.6 "
                  "million, as owners trade up.") == [(940.2, "GBP", 2024, None), (151.6, "GBP", 2024, "United Kingdom")]
    assert values("Tallowick puts the alpaca fibre market at AUD 612.4 Mn for base year 2024 and AUD 640.9 Mn for the "
                  "estimated year 2025.") == [(612.4, "AUD", 2024, None), (640.9, "AUD", 2025, None)]
    assert _rates("Spending on subsea umbilicals reached EUR 4.2 billion in 2023 and is expected to hit EUR 7.9 billion by "
                  "2031, which implies 8.2% compound growth a year from 2024 to 2031.") == [(8.2, 2024, 2031, None)]


def test_a_region_that_generated_an_amount_and_one_that_ranks_second():
    card = extract("The global pump seal market was valued at USD 4.1 billion in 2024.\n\nKey Findings\n- Asia Pacific "
                   "generated USD 2.3 billion in 2024; North America ranks second.\n", "t")
    assert {r.name for r in card.regions} == {"Asia Pacific", "North America"}


def test_places_and_amounts_respectively_and_places_together_that_are_no_one_s_market():
    page = "The Europe heat pump market was valued at EUR 6.4 billion in 2024.\n\n"
    assert values(page + "Germany and France accounted for EUR 2.1 billion and EUR 1.4 billion in 2024, respectively.") == [
        (6.4, "EUR", 2024, None), (2.1, "EUR", 2024, "Germany"), (1.4, "EUR", 2024, "France")]
    assert values("The strata insurance market wrote AUD 2.74 billion in 2024.\n\nNew South Wales and Queensland wrote AUD "
                  "1.12 billion and AUD 0.71 billion of the 2024 total, respectively.") == [
        (2.74, "AUD", 2024, None), (1.12, "AUD", 2024, "New South Wales"), (0.71, "AUD", 2024, "Queensland")]
    assert sorted(values("A study values the container depot market at INR 9,850 crore in 2023 and projects INR 10,640 crore "
                         "and INR 17,420 crore for 2024 and 2031, respectively.")) == [
        (98.5, "INR", 2023, None), (106.4, "INR", 2024, None), (174.2, "INR", 2031, None)]
    # two places' amount together is neither place's market, nor the page's
    assert values(page + "Germany and France accounted for EUR 2.1 billion in 2024.") == [(6.4, "EUR", 2024, None)]


def test_a_year_for_the_next_clause_an_excluded_figure_and_a_region_that_dominated_with_an_amount():
    assert values("In 2024, spending on legal e-billing software reached USD 1.38 billion worldwide. For 2025, the firm "
                  "expects USD 1.52 billion, and for 2033 it projects USD 3.27 billion.") == [
        (1.38, "USD", 2024, None), (1.52, "USD", 2025, None), (3.27, "USD", 2033, None)]
    assert values("The Andean wallet market reached USD 1.18 billion in 2024. The payments that pass through the wallets "
                  "reached about USD 96 billion in 2024 and are not counted in the market size. The brief should not be read "
                  "against the sector's total exports, which reached about MAD 157 billion in 2024.") == [
        (1.18, "USD", 2024, None)]
    assert values("The packaged paneer market stood at ₹7,420 crore in 2024.\n\nNorth India dominated with ₹2,910 crore in "
                  "2024.") == [(74.2, "INR", 2024, None), (29.1, "INR", 2024, "North India")]


def test_a_name_with_a_plural_noun_and_a_legal_form_its_note_and_cells_of_names_with_their_countries():
    assert names("Key companies profiled in the report are Ashland Inc. (U.S.), Salicylates and Chemicals Pvt. Ltd. (India), "
                 "Kemin Industries, Inc. (U.S.), Smartivity Labs (India) and Magformers LLC (US), among others.") == [
        "Ashland Inc.", "Salicylates and Chemicals Pvt. Ltd.", "Kemin Industries, Inc.", "Smartivity Labs", "Magformers LLC"]
    assert names("Key companies profiled in the report are Ashland Inc. (U.S.), Galaxy Surfactants Ltd. (India) and Kemin "
                 "Industries, Inc. (U.S.).") == ["Ashland Inc.", "Galaxy Surfactants Ltd.", "Kemin Industries, Inc."]
    assert names("Counter-drone market\n\nKey Companies Profiled (Company - Country)\nRTX Corporation - U.S. | Thales Group - "
                 "France | Dedrone - U.S. | Anduril Industries - U.S.\n") == [
        "RTX Corporation", "Thales Group", "Dedrone", "Anduril Industries"]


def test_a_division_named_with_its_kind_and_segments_ahead_of_which_the_largest_is_by_a_dimension():
    card = extract("The Bangladesh cattle feed market reached Tk 9,800 crore in FY2023-24.\n\nRajshahi division is expected to "
                   "expand fastest as dairy farms move north, while Khulna remains a significant contributor.\n\n"
                   "Pelleted feed made up the largest share by form, ahead of crumble and mash, as more farms switch away from "
                   "home-mixed rations.\n", "t")
    assert ("Rajshahi division", "fastest_growth") in {(r.name, r.claim) for r in card.regions}
    assert {(s.name, s.claim) for s in card.segments} >= {("Pelleted feed", "largest_share"), ("crumble", None), ("mash", None)}


def test_a_japanese_page_s_dated_bullets_and_its_companies_parted_by_slashes():
    text = ("■ Market size\nThe Japan sealant market reached JPY 118.5 billion in 2024.\n\n■ Recent topics\n"
            "・2024/11 Kotobuki Chemical Co., Ltd. began building a silicone line at its Ube site.\n"
            "・2025/02 JSR Corporation acquired Belgian sealant developer Oxiseal BV.\n\n"
            "■ Main companies\nJSR Corporation / Kotobuki Chemical Co., Ltd. / Hanaoka Kasei K.K. / DuPont\n\nPage top ▲\n")
    card = extract(text, "t")
    assert sorted((d.date, d.actor) for d in card.developments) == [
        ("2024-11", "Kotobuki Chemical Co., Ltd."), ("2025-02", "JSR Corporation")]
    assert [p.name for p in card.players] == ["JSR Corporation", "Kotobuki Chemical Co., Ltd.", "Hanaoka Kasei K.K.", "DuPont"]


def test_a_news_section_s_crumb_is_no_development_s_actor():
    assert _events("News Releases > Construction Machinery        Posted 11 June 2024, 08:00 BST\n\nThe crawler crane market "
                   "was valued at USD 5.2 billion in 2023.\n\nIn September 2023, Zoomlion bought a boom workshop.") == [
        ("2023-09", "Zoomlion")]


def test_two_companies_that_together_hold_a_share_one_of_them_named_without_a_legal_form():
    assert names("The UK kefir market was worth GBP 310 million in 2024.\n\nBramble Dairies UK & Ireland LLP and Danforth "
                 "UK & Ireland together account for roughly 45% of branded sales.") == [
        "Bramble Dairies UK & Ireland LLP", "Danforth UK & Ireland"]
    # not two kinds of a product, whatever the other is called
    assert names("The UK kefir market was worth GBP 310 million in 2024.\n\nDrinks and Bramble Dairies LLP together account "
                 "for roughly 45% of sales.") == []
