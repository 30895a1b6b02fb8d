"""Extract: a market-report text → a draft ReportCard, every fact with its span and a confidence.

Deterministic, offline rules for the press-release and report-page genre, one module per stage:
``page`` (lines and sentences), ``lists`` (coordination), ``figures`` (values, CAGRs, periods),
``report`` (market, publisher, date), ``segments``, ``geography`` (regions, countries), ``players``,
``developments``, ``factors``; this module assembles the card. ``evaluate`` scores cards against
reference cards. Any text gives a card or an ``UnusableInput`` (empty, not text, too large).

>>> text = "The global widget market was valued at USD 1.5 billion in 2023 and is expected to reach USD 3.0 billion by 2030, growing at a CAGR of 10.4% from 2024 to 2030."
>>> card = extract(text, report_id="widgets")
>>> [(v.amount, v.scale, v.currency, v.year, v.kind) for v in card.values]
[(1.5, 'billion', 'USD', 2023, 'actual'), (3.0, 'billion', 'USD', 2030, 'forecast')]
>>> [(c.percent, c.start, c.end) for c in card.cagr]
[(10.4, 2024, 2030)]
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from kg.card import ReportCard
from kg.errors import UnusableInput
from kg.extract import report
from kg.extract.developments import find_developments
from kg.extract.factors import find_factors
from kg.extract.figures import Figures, with_implied_periods
from kg.extract.geography import find_regions, is_place, is_the_scope, with_figure_places
from kg.extract.page import MAX_TEXT_CHARS, lines, sentences, span
from kg.extract.players import find_players
from kg.names import names_it_begins, org_key
from kg.extract.segments import find_segments, with_figure_subjects, without_head_nouns

__all__ = ["MAX_TEXT_CHARS", "decode_text", "extract", "extract_file", "read_text", "report_id_for"]


def report_id_for(text: str, name: str | None = None) -> str:
    """A stable id: the file's stem when it is a usable id, else a digest of the text."""
    if name and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        return name
    return "txt-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# "By Helen Ashworth, Senior Correspondent | 22 September 2025": a byline's job title
_JOB_TITLE = re.compile(r"(?:(?:senior|chief|staff|lead|principal|managing|associate|contributing)\s+)?"
                        r"(?:correspondent|reporter|editor|writer|journalist)", re.IGNORECASE)


# Names that are no segment whatever their place on the page: a company by its legal name ("Marley Ltd"), the rest of a
# region ("Rest of Asia Pacific"), a label ("Head office: Chiyoda-ku"), a metric with its unit ("Orders, million"), a
# chapter of the report ("Value Chain", "Comprehensive Mapping of the Competitive Landscape").
_NEVER_A_SEGMENT = re.compile(r".*(?:\s(?:Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|Corporation|plc|PLC|GmbH|AG|SE|S\.A\.|N\.V\.))"
                              # "Kao Corporation's Fabric and Home Care segment": a company's division
                              r"|.*\b(?:Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|Corporation|plc|PLC|GmbH|AG|Group)['’]s\s.*"
                              # ("Eastman's Advanced Materials", "parent company's space": a name's or a company's
                              # possession, not "Men's grooming", "Children's books")
                              r"|(?-i:(?!(?:Men|Women|Children|Kids|Girls|Boys|Babies|Baby|Infants|Ladies|Gentlemen|Infant|Toddler|"
                              r"People|Consumer|Customer|Farmer|Owner|Patient|Driver|Student|Worker|Bachelor|Master)['’])"
                              # (an eponym's is a name: "Crohn's disease", "Baker's yeast", "Lion's Mane")
                              r"(?!.*\b(?i:disease|syndrome|degrees?|yeast|mane)\b)[A-Z][\w&.-]*['’]s\s.*)|.*\b(?:company|parent|firm|group|rival|competitor)['’]s\s.*"
                              # a clause cut at an article or a verb: "beverage plants lifts the", "cable storage a
                              # permanent", "is the fastest-growing product"; a word that ranks or qualifies, alone
                              r"|(?-i:.*\s(?:the|an?|its|their))|(?-i:[a-z][\w -]*\s(?<!\bas\s)an?\s[a-z]+)|(?-i:(?:is|are|was|were)\s.*)"
                              r"|(?:smallest|largest|biggest|fastest|distinct|generated)"
                              # a comparison's word alone or a clause's opening: "weakest", "steady", "strategically important",
                              # "their share", "such as pavers", "of which Aerial Work Platforms"
                              r"|(?-i:(?:weak|strong|high|low|slow|quick|great|short|long|old|new|cheap|busi|heavi|light)est|steady|stable|flat|high-value|low-value|strategically\s+important|important)"
                              r"|(?-i:(?:their|its|our|his|her|such\s+as|of\s+which|among\s+which|including)\s.*)"
                              # a scope table's row or a list's lead-in: "Companies profiled | 14", "Prominent names profiled in …"
                              r"|.*\b(?:profiled|featured)\b.*"
                              r"|rest of\b.*|[^:]+:\s.*|.+,\s*(?:million|billion|thousand|units?|%|[A-Z]{3}\s+\w+)"
                              r"|.*\b(?:value chain|competitive landscape|methodology|table of contents)\b.*", re.IGNORECASE)


def _segments_only(segments: list, players: list, regions: list, text: str) -> list:
    """ "Align Technology held the largest share" names a company, "Gauteng held the largest share" a region the page
    lists, "Ciena (US)" a company with its country, "Avida RV (Emerald, Queensland)" a company's seat, a byline a
    writer's job, nor any of ``_NEVER_A_SEGMENT``: none is a segment."""
    companies = {org_key(p.name) for p in players}
    places = {r.name.lower() for r in regions}
    # the notes in parentheses right after a player's name: its seat or country
    notes = [(p.span.end + m.start(1), p.span.end + m.end(1)) for p in players
             if (m := re.match(r"\s*\(([^()]{1,60})\)", text[p.span.end:p.span.end + 64]))]

    def names_a_company(part: str) -> bool:  # "Vestas" of "Vestas Wind Systems A/S"
        return org_key(part) in companies or bool(names_it_begins(part, companies))

    def names_only_companies_or_places(name: str) -> bool:  # "Vestas and Siemens Gamesa", "Ankara and Izmir"
        parts = re.split(r"\s+(?:and|&)\s+|,\s*", name)
        return all(names_a_company(part) for part in parts) or all(part.lower() in places or is_place(part) for part in parts)
    return [s for s in segments if org_key(s.name) not in companies and s.name.lower() not in places
            and not names_only_companies_or_places(s.name)
            and org_key(re.sub(r"\s*\([^()]*\)$", "", s.name)) not in companies and not _JOB_TITLE.fullmatch(s.name)
            and not (s.span and any(a <= s.span.start < b for a, b in notes)) and not _NEVER_A_SEGMENT.fullmatch(s.name)]


_TWO_DIGIT_FISCAL_YEAR = re.compile(r"\bFY(?P<yy>[0-9]{2})(?=[EFPAefpa]?\b)")  # ("FY25E": an estimate's mark after it)
# "2025~2034": East Asian pages join a range's years with a tilde; read as a dash (one character for one)
# A sentence in title case ("The Market Size Was Valued At USD 1,148.6 Mn In 2023 And Is Projected To Reach …", as
# some release sites write them): its grammatical words and the genre's verbs read in lower case, as the figure rules
# expect them (the same length, so the figures' spans quote the page as written).
_TITLE_CASE_LINE = re.compile(r"(?:[^.!?\n]|[.!?](?!\s))+[.!?]*")  # a sentence, or a line's piece of one
_TITLE_CASE_WORD = re.compile(
    r"\b(?:In|At|By|To|Of|The|A|An|And|Or|From|During|With|Was|Were|Is|Are|Be|Been|Will|Has|Have|Had|For|Over|Between|"
    r"Through|Till|Until|Valued|Value|Reach|Reached|Reaching|Expected|Projected|Estimated|Anticipated|Forecast|"
    r"Forecasted|Grow|Growing|Grew|Exhibiting|Registering|Witnessing|Stood|Worth|Accounted|Around|About|"
    r"Nearly|Approximately|Rise|Rising|Expand|Expanding|Surpass|Cross|Touch|Attain|Hit)\b")


def _title_case_lowered(text: str) -> str:
    def lowered(line: re.Match) -> str:
        words = re.findall(r"\b[A-Za-z][a-z]+\b", line.group())
        if len(words) < 8 or sum(w[0].isupper() for w in words) < 0.75 * len(words) or line.group().count("|") >= 2 \
                or "\t" in line.group():
            return line.group()  # a sentence that only names things in capitals, or a table's labels
        return _TITLE_CASE_WORD.sub(lambda w: w.group().lower(), line.group())
    return _TITLE_CASE_LINE.sub(lowered, text)


_YEARS_TILDE = re.compile(r"(?<=\b(?:19|20)\d\d)~|(?<=\b(?:19|20)\d\d )~(?= ?(?:19|20)\d\d\b)|~(?=(?:19|20)\d\d\b)")


def _forecast_start(market_rates: list, published: date | None) -> int | None:
    """The year the page's forecast starts when it names no forecast period: the earliest start of its market rates. On a
    dated page, of the rates that end after its date ("between 2019 and 2024 the market grew at 3.7%" on a 2025 page starts
    no forecast); on an undated page, of the rates that end with the latest one, else the year after the earlier rates end
    ("19.7% over 2019-2024 … a CAGR of 11.9% to 2030": the forecast starts in 2025, not 2019)."""
    starts = [c.start for c in market_rates if c.start]
    if published:
        return min([c.start for c in market_rates if c.start and c.end and c.end > published.year] or starts, default=None)
    latest = max((c.end for c in market_rates if c.end), default=None)
    dated = [c for c in market_rates if c.start and c.end]
    if latest is not None and dated:
        return min([c.start for c in dated if c.end == latest] or [max(c.end for c in dated) + 1])
    return min(starts, default=None)


def _quoted_as_written(text: str, fact):
    """``fact`` with each of its spans quoting ``text`` (the same offsets in a text of the same length)."""
    if fact is None:
        return None
    return fact.model_copy(update={"span": fact.span and span(text, fact.span.start, fact.span.end),
                                   "also_stated": [span(text, s.start, s.end) for s in fact.also_stated]})


def extract(text: str, report_id: str | None = None, source: str | None = None) -> ReportCard:
    """Draft a ReportCard from a report text. Deterministic; reads nothing but ``text``.

    Raises:
        UnusableInput: the text is empty, holds no words, or is larger than ``MAX_TEXT_CHARS``.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise UnusableInput(f"the report text has {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,} "
                            "(a report page, not a corpus)")
    if not re.search(r"\w", text):
        raise UnusableInput("the report text is empty" if not text.strip() else "the report text holds no words")
    sents, page_lines = sentences(text), lines(text)
    market, market_span = report.market_name(text)
    publisher, publisher_span = report.publisher(text)
    published, published_span = report.report_date(text)
    scope, scope_span = report.geography_scope(text, market, market_span)
    # The figure rules read a two-digit fiscal year ("A$412 million in FY24", "FY25–FY30") as its four digits: the
    # same length, so every offset holds, and each quote is then taken from the text as written.
    figure_text = _title_case_lowered(_YEARS_TILDE.sub("-", _TWO_DIGIT_FISCAL_YEAR.sub(lambda m: "20" + m["yy"], text)))
    figures = Figures(figure_text, sents if figure_text == text else sentences(figure_text),
                      published.year if published else None, report.other_markets(text, market))
    historical, forecast = figures.periods()
    cagrs = figures.cagrs(forecast, scope)
    market_rates = [c for c in cagrs if c.segment is None and c.region is None]
    page_segments = find_segments(text, sents, page_lines)  # a figure's sentence may lead with one
    ends = [c.end for c in market_rates if c.end]
    values = figures.values(forecast.start if forecast else _forecast_start(market_rates, published), scope,
                            [s.name for s in page_segments], forecast.end if forecast else max(ends) if ends else None)
    cagrs = with_implied_periods(cagrs, values)
    if forecast and any(v.kind == "forecast" and not forecast.start <= v.year <= forecast.end for v in values):
        forecast = None  # a period the page's own forecasts fall outside is misread ("… by 2030" of another market)
    if figure_text != text:
        historical, forecast, *figure_facts = (_quoted_as_written(text, fact) for fact in (historical, forecast, *cagrs, *values))
        cagrs, values = figure_facts[:len(cagrs)], figure_facts[len(cagrs):]
    factors = find_factors(text, sents, page_lines)
    developments = _developments(text, sents, publisher, published)
    actors = [(d.actor, d.span.start) for d in developments]
    players = find_players(text, sents, page_lines, publisher, actors)
    lower_case = [p.name for p in players if p.name[:1].islower()]
    if lower_case:  # "August 2024 - dnata opened …": a player written in lower case, known now, is an actor too
        developments = _developments(text, sents, publisher, published, lower_case)
    regions = with_figure_places(text, find_regions(text, sents, page_lines, [(d.span.start, d.span.end) for d in developments],
                                                    scope), [*values, *cagrs])
    segments, renamed = without_head_nouns(_segments_only(with_figure_subjects(text, page_segments, [*values, *cagrs]),
                                                          players, regions, text))
    values, cagrs = ([f.model_copy(update={"segment": renamed[f.segment]}) if f.segment in renamed else f for f in facts]
                     for facts in (values, cagrs))
    return ReportCard(
        id=report_id or report_id_for(text), source=source, market=market, market_span=market_span,
        publisher=publisher, publisher_span=publisher_span, report_date=published, report_date_span=published_span,
        geography_scope=scope, geography_scope_span=scope_span, historical_period=historical, forecast_period=forecast,
        values=values, cagr=cagrs, segments=segments,
        regions=[r for r in regions if not is_the_scope(r.name, scope)],
        drivers=factors["drivers"], restraints=factors["restraints"], trends=factors["trends"],
        opportunities=factors["opportunities"], players=players,
        developments=developments,
    )


def _developments(text: str, sents: list, publisher: str | None, published, known: list[str] = ()) -> list:
    """The page's dated events, but what the research house itself says or does."""
    return [d for d in find_developments(text, sents, known, published) if not _is_the_publisher(d.actor, publisher)]


def _is_the_publisher(actor: str, publisher: str | None) -> bool:
    """ "Sakura Bridge also warned …" on a page by Sakura Bridge Analytics: the research house speaking, no development."""
    return bool(publisher) and (org_key(publisher) + " ").startswith(org_key(actor) + " ")


def decode_text(data: bytes, name: str) -> str:
    """Report text from bytes (a file's or standard input's).

    Raises:
        UnusableInput: too large, binary, or not UTF-8.
    """
    if len(data) > 4 * MAX_TEXT_CHARS:
        raise UnusableInput(f"{name} is larger than {4 * MAX_TEXT_CHARS:,} bytes; a report text may have at most "
                            f"{MAX_TEXT_CHARS:,} characters")
    if b"\x00" in data[:65536]:
        raise UnusableInput(f"{name} is not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnusableInput(f"{name} is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})") from err


def read_text(path: str | Path) -> str:
    """A report text file as text.

    Raises:
        UnusableInput: it cannot be read, is too large, is binary or is not UTF-8.
    """
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(4 * MAX_TEXT_CHARS + 1)  # never more than the limit into memory
    except OSError as err:
        raise UnusableInput(f"cannot read report text {path}: {err.strerror or err}") from err
    return decode_text(data, str(path))


def extract_file(path: str | Path) -> ReportCard:
    """Draft the card of a text file; the id is the file's stem.

    Raises:
        UnusableInput: the file cannot be read, is not UTF-8 text, is empty or too large.
    """
    path = Path(path)
    text = read_text(path)
    return extract(text, report_id_for(text, path.stem), source=path.name)
