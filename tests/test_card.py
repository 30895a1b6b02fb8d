"""The ReportCard model: spans, JSON/YAML round trips, schema, strictness."""

import json

import pytest

from kg.card import ReportCard, Span, json_schema
from kg.errors import UnusableInput
from kg.paths import ONTOLOGY_DIR

REQUIRED_KEYS = {"market", "publisher", "report_date", "geography_scope", "historical_period", "forecast_period",
                 "values", "cagr", "segments", "regions", "drivers", "restraints", "trends", "opportunities",
                 "players", "developments"}


def test_every_seed_span_quotes_the_text_at_its_offsets(seed_card, seed_text):
    spans = list(seed_card.iter_spans())
    assert len(spans) > 60
    assert seed_card.span_errors(seed_text) == []
    for _, span in spans:
        assert seed_text[span.start:span.end] == span.quote


def test_a_shifted_span_is_reported(seed_card, seed_text):
    data = seed_card.model_dump()
    span = data["players"][1]["span"]
    data["players"][1]["span"] = {**span, "start": span["start"] + 1, "end": span["end"] + 1}
    errors = ReportCard.model_validate(data).span_errors(seed_text)
    assert len(errors) == 1 and errors[0].startswith("players[1]")


def test_json_and_yaml_round_trip(seed_card, tmp_path):
    for name in ("card.json", "card.yaml"):
        seed_card.write(tmp_path / name)
        assert ReportCard.from_file(tmp_path / name) == seed_card


def test_json_form_uses_the_shared_card_keys(seed_card):
    data = json.loads(seed_card.to_json())
    assert REQUIRED_KEYS <= set(data)
    assert set(data["values"][0]) >= {"amount", "currency", "scale", "year", "kind", "span"}
    assert set(data["cagr"][0]) >= {"percent", "start", "end", "span"}
    assert set(data["segments"][0]) >= {"dimension", "name", "claim", "span"}
    assert set(data["developments"][0]) >= {"date", "actor", "summary", "span"}
    assert set(json_schema()["properties"]) >= REQUIRED_KEYS | {"cagr"}


def test_exported_schema_file_matches_the_model():
    shipped = json.loads((ONTOLOGY_DIR / "reportcard.schema.json").read_text())
    assert shipped == json_schema()


def test_mistyped_key_fails_loudly(tmp_path, seed_card):
    data = json.loads(seed_card.to_json())
    data["valuez"] = data.pop("values")
    (tmp_path / "bad.json").write_text(json.dumps(data))
    with pytest.raises(UnusableInput, match="valuez"):
        ReportCard.from_file(tmp_path / "bad.json")


def test_span_quote_length_must_match_offsets():
    with pytest.raises(ValueError, match="covers 3 characters"):
        Span(start=0, end=3, quote="ab")


def test_unreadable_file_is_unusable_input(tmp_path):
    (tmp_path / "x.yaml").write_text("market: [unclosed")
    with pytest.raises(UnusableInput):
        ReportCard.from_file(tmp_path / "x.yaml")
    with pytest.raises(UnusableInput):
        ReportCard.from_file(tmp_path / "missing.yaml")
