"""Extraction never crashes: any input gives a card whose every span quotes the text, or one line and exit 2.

Texts here are written for this test; the property test generates its own.
"""

import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import UnusableInput
from kg.extract import MAX_TEXT_CHARS, extract

# Fragments in the genre's shapes, so generated pages reach the rules (a random string rarely says "market").
FRAGMENTS = [
    "The global {w} market was valued at USD {n} billion in 20{y} and is expected to reach USD {n} billion by 20{y}.",
    "growing at a CAGR of {n}% from 20{y} to 20{y}", "Key players include {W} Inc., {W} AG (Germany), and {W} Corp. ,",
    "• In January 20{y}, {W} Ltd, Germany, expanded its plant.", "By type, the market is segmented into {w}, {w} and {w}.",
    "| Market Size in 20{y} | {n} Billion |", "North America dominated, while Asia Pacific is growing fastest.",
    "Key Players Insights\n\n{W}\n\n{W} Group\n", "USD XX million", "XX%", "(", ")", "|", ",", " and ", "\n", "\n\n",
    "Report By Product ({W}, {W}), By End User ({w}, {w})", "The {w} segment held the largest share.", "20{y}", "$",
    "Market", "market", "CAGR", "•", "Inc.", "the", "Get the full report", "Home > Reports > {W}", "Rs 5,32,645.6 Mn",
]


@st.composite
def report_pages(draw):
    words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=12)
    parts = []
    for _ in range(draw(st.integers(1, 25))):
        if draw(st.booleans()):
            parts.append(draw(words))
        else:
            template = draw(st.sampled_from(FRAGMENTS))
            parts.append(template.format(w=draw(words) or "widget", W=(draw(words) or "Acme").title(),
                                         n=draw(st.integers(0, 99999)) / 10, y=draw(st.integers(0, 99))))
        parts.append(draw(st.sampled_from([" ", "", "\n", ". ", ", "])))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_pages())
def test_any_page_gives_a_card_whose_spans_quote_it(text):
    try:
        card = extract(text, "generated")
    except UnusableInput:
        assert not any(ch.isalnum() for ch in text)
        return
    assert card.span_errors(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400))
def test_any_unicode_string_gives_a_card_or_a_clear_refusal(text):
    try:
        card = extract(text, "generated")
    except UnusableInput as err:
        assert str(err)
        return
    assert card.span_errors(text) == []


@pytest.mark.parametrize("text", [
    # The market name spread over a line break and doubled spaces: naming it once crashed with "substring not found".
    "According to our analysts, the Global   Smart\nHome Market was valued at USD 86.2 billion in 2023.",
    "This  Report  covers the Industrial   Widget   Market in depth.\n\nThe Widget   market grew.",
    # A factor whose words are spread by doubled spaces (found by the property test above).
    "   DRIVE growing at a CAGR of 0.0% from 200 to 200  growing at a CAGR of 0.0% from 200 to 200 ",
    # Only headings, only numbers, only punctuation around a market word.
    "Market Overview\nKey Players\nRegional Analysis\nSegments\n",
    "2024 2025 2031 16.3% USD 7.12 7.5 20.45",
    "Market | | | |\n| --- | --- |\n| CAGR | XX% |\n| Market Size | USD million |",
    # Unicode oddities: zero-width joiners, right-to-left marks, combining accents, full-width digits.
    "The glo\u200bbal widget mar\u200dket was valued at USD １.５ billion in ２０２４. L\u0301Oréal\u200f leads.",
    # Tables whose caption writes an Indian scale ("(Rs crore)"): the cell's figure had no scale and crashed the card.
    "Segment-wise market size (Rs crore), 2024\nSegment | 2024 | Share\nDC submersible | 3,190 | 43%\nAC surface | 930 | 12%",
    "Market size (Rs crore)\nYear | Market size\n2023 | 6,420\n2024 | 7,110",
    # A listed region written with doubled spaces: the cleaned name is not in the text as written (offset -1).
    "Widget market by Region: North  America, Western   Europe and Asia Pacific.",
])
def test_crash_shapes_give_a_card(text):
    card = extract(text, "t")
    assert card.span_errors(text) == []


def test_placeholders_are_never_values():
    card = extract("The widget market will reach USD XX million by 2032, a CAGR of XX%. The market value in 2023 was "
                   "USD million.", "t")
    assert card.values == [] and card.cagr == []


def run_cli(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "kg.cli", "extract", *args], input=stdin, capture_output=True, timeout=120)


def test_cli_refuses_too_large_binary_and_non_utf8_input_with_one_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"The widget market grew. " * (4 * MAX_TEXT_CHARS // 24 + 10))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le marché mondial des widgets a été évalué à 2 milliards USD en 2024.".encode("latin-1"))
    for path, words in ((big, "at most"), (binary, "not a text file"), (latin1, "not UTF-8")):
        result = run_cli(str(path))
        lines = result.stderr.decode().strip().splitlines()
        assert result.returncode == 2, (path, result.stderr)
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr.decode()
    result = run_cli("-", stdin=b"\xff\xfe not utf-8 \x80")
    assert result.returncode == 2 and "not UTF-8" in result.stderr.decode()


def test_a_long_text_is_extracted_without_a_quadratic_step(tmp_path):
    paragraph = ("The global widget market was valued at USD 1.5 billion in 2023 and is expected to reach USD 3.0 billion "
                 "by 2030, growing at a CAGR of 10.4% from 2024 to 2030. Key players include Acme Inc., Beta AG and "
                 "Gamma Corp. In January 2024, Acme Inc. launched a widget. North America dominated the market.\n\n")
    path = tmp_path / "long.txt"
    path.write_text(paragraph * (300_000 // len(paragraph)), encoding="utf-8")  # 300 kB: 1,000 repeated paragraphs
    result = run_cli(str(path))  # a quadratic step (restatements compared pairwise) took minutes here
    assert result.returncode == 0, result.stderr.decode()[-500:]


# Long runs of one shape: a pattern that backtracks over them (exponentially, or over the whole text at each match)
# would take minutes or hours on pages this long; read linearly each takes well under a second.
LONG_RUNS = {
    "amounts joined by and": "the market reached USD 1.2 billion and ",
    "rates": "12.5% CAGR ",
    "amounts with years": "the market was USD 1.2 billion in 2024, ",
    "table rows run together": "Region | 2025 | CAGR || Alpha | 1.2 | 3.4% || ",
    "development rows": "Date | Company | Development || May 2024 | Acme Inc. | Launched X || ",
    "named regions": "The Mekong Delta held the largest share of 40% of the market while ",
    "compound regions": "London and the South East lead the largest share ",
    "company lists": "Acme Beta, Gamma Delta and Epsilon Zeta ",
}


@pytest.mark.parametrize("shape", LONG_RUNS)
def test_long_runs_of_one_shape_are_read_in_linear_time(shape):
    import time

    text = (LONG_RUNS[shape] * 2000)[:40_000]
    started = time.process_time()
    extract(text, "t")
    # generous: exists to catch runaway backtracking, not to time the rules (bench/extract_eval.py does that)
    assert time.process_time() - started < 20


def test_a_long_list_of_names_with_countries_and_no_and_is_read_in_linear_time():
    # A name's note in parentheses could be read two ways, so a list not ending in "and" was tried every way: about
    # 7 s for 18 names, 4× for each 2 more.
    words = ("Hitachi", "Siemens", "Vernova", "Mitsubishi", "Toshiba", "Hyosung", "Nissin", "Meidensha", "Chint", "Pinggao",
             "Larsen", "Bharat", "Elsewedy", "Ormazabal", "Lucy", "Schneider", "Eaton", "Hubbell", "Legrand", "Fuji")
    firms = [f"{word} Electric Co., Ltd. (Country{i})" for i, word in enumerate(words)]
    text = "The switchgear vendors are diverse. " + ", ".join(firms) + " etc. Demand grows."
    clock = time.process_time()
    extract(text, "t")
    assert time.process_time() - clock < 5


def _every_cue():
    import importlib
    import pkgutil

    import kg.extract
    from kg.extract.wordlist import Cue

    for module_info in pkgutil.iter_modules(kg.extract.__path__):
        module = importlib.import_module(f"kg.extract.{module_info.name}")
        for name, value in vars(module).items():
            for key, cue in (value.items() if isinstance(value, dict) else [(None, value)]):
                if isinstance(cue, Cue):
                    yield pytest.param(cue, id=f"{module_info.name}.{name}" + (f"[{key}]" if key else ""))


@pytest.mark.parametrize("cue", list(_every_cue()))
def test_a_cue_finds_what_its_pattern_finds_in_any_case(cue):
    """A cue is matched on lower-cased text with its word boundaries rewritten for speed (kg.extract.wordlist):
    on our own pages it finds the same spans as its pattern compiled case-insensitively."""
    import re
    from pathlib import Path

    pages = sorted((Path(__file__).parent / "data" / "extract" / "seen").glob("*.txt"))[:60]
    reference = re.compile(cue.pattern, re.IGNORECASE)
    for page in pages:
        for line in page.read_text("utf-8").splitlines():
            assert [m.span() for m in cue.finditer(line)] == [m.span() for m in reference.finditer(line)], (page.name, line)
