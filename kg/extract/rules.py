"""Extract: a market-report text → a draft ReportCard, every fact with its span and a confidence.

Deterministic, offline rules written for the press-release genre. A wrong market figure is worse than
a missing one, so a number becomes a market value only when it has a currency, a scale (or is written
out in full), sits in a sentence about the market, and is not a hypothetical, an increment, a
funding round, an investment, a price or a company's revenue. A growth rate becomes a CAGR only when
the text says CAGR or compound annual growth.

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
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.card import Cagr, Development, Factor, MarketValue, Period, Player, Region, ReportCard, Segment, Span
from kg.errors import UnusableInput

# ---------------------------------------------------------------------- text and sentences


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9•])|\n\s*\n|\n(?=\s*[•\-*]\s)|\n(?=[A-Z][^\n]{0,80}\n)|(?<=[a-z])(?=(?:The|This|According|In)\b)|\s*•\s*")


def sentences(text: str) -> list[Sentence]:
    """Sentences and list items with their offsets (also split run-on page text such as ``PublishedThe``)."""
    out, start = [], 0
    for match in _BOUNDARY.finditer(text):
        _add(out, text, start, match.start())
        start = match.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, quote=text[start:end])


# ---------------------------------------------------------------------- numbers, money, years

YEAR = r"(?:19[5-9]\d|20[0-9]\d|2100)"
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CURRENCY = (r"(?P<cur>USD\s*\$|US\s?\$|U\.S\.\s?\$|USD|\$|EUR|€|GBP|£|INR|Rs\.?|₹|JPY|¥|CNY|RMB|AUD|CAD|CHF|KRW|₩|"
            r"SGD|BRL|R\$)")
SCALE = r"(?P<scale>trillion|billion|million|thousand|bn|mn|tn|Bn|Mn|BN|MN|B|M|K|T)\b"
MONEY = re.compile(rf"{CURRENCY}\s?(?P<num>{NUMBER})(?:\s?{SCALE}|\b)", re.IGNORECASE)
# "1.5 billion USD", "3.2 billion US dollars": the currency after the amount.
MONEY_AFTER = re.compile(rf"(?<![\w.$€£₹])(?P<num>{NUMBER})\s?(?P<scale>trillion|billion|million|bn|mn)\s+"
                         r"(?P<cur>USD|US\s?dollars|U\.S\.\s?dollars|dollars|EUR|euros?|GBP|INR|JPY|CNY)\b", re.IGNORECASE)
CURRENCY_CODES = {"usdollars": "USD", "u.s.dollars": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "usd": "USD", "us$": "USD", "u.s.$": "USD", "$": "USD", "eur": "EUR", "€": "EUR", "gbp": "GBP",
                  "£": "GBP", "inr": "INR", "rs.": "INR", "rs": "INR", "₹": "INR", "jpy": "JPY", "¥": "JPY",
                  "cny": "CNY", "rmb": "CNY", "aud": "AUD", "cad": "CAD", "chf": "CHF", "krw": "KRW", "₩": "KRW",
                  "sgd": "SGD", "brl": "BRL", "r$": "BRL"}
SCALES = {"trillion": "trillion", "tn": "trillion", "t": "trillion", "billion": "billion", "bn": "billion",
          "b": "billion", "million": "million", "mn": "million", "m": "million", "thousand": "thousand", "k": "thousand"}

# A figure is about the market when its sentence says so, or it sits in a coverage table's row.
# "Stripe was valued at USD 50 billion in 2023" is a company: a figure needs its market, industry or segment named.
MARKET_CONTEXT = re.compile(r"\bmarket\b|\bindustry\b|\bsector\b|\bsegment\b|estimated value|revenue forecast", re.IGNORECASE)
# Sentences whose numbers are not market values.
NOT_A_VALUE = re.compile(
    r"assum|hypothetic|let'?s say|let us say|suppose|for instance, if|could range from|might range|range from|"
    r"\bif the market\b|market cap|stock market|share price|raised|funding|series [a-e]\b|seed round|invest|acquir|acquisition|merger|deal valued|"
    r"price of the report|report price|single.user|multi.user|enterprise licen|buy now|purchase|"
    r"transaction|net sales|its revenue|\b\w+['’]s (?:annual |total |net )?(?:revenue|sales|turnover)|posted (?:revenue|sales)|priced at|"
    r"revenues? of (?:the )?company|company'?s revenue|reported revenue|"
    r"fiscal|quarterly|\bQ[1-4]\b.*revenue|grant|budget|spent|spending of|allocated|loan|subsid|fine of|penalt",
    re.IGNORECASE)
# "Acme's imaging segment generated USD 5 billion": a company's figure, unless the possessive is a market's
# ("India's edtech market", "North America's market").
COMPANY_FIGURE = re.compile(r"\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+(?!(?:[\w&-]+\s+){0,3}market\b)(?:[\w&-]+\s+){0,3}"
                            r"(?:segment|division|business|unit|revenue|sales|turnover)\b")
INCREMENT_BEFORE = re.compile(r"(?:grow|increase|expand|rise|add|jump|climb|surge|gain)\w*\s+(?:by\s+)?(?:an?\s+)?"
                              r"(?:additional\s+|incremental\s+|absolute\s+)?(?:of\s+)?$|\bby\s+$|incremental(?:\s+\w+){0,3}\s+$|"
                              r"opportunity of\s+$|addition of\s+$|increase of\s+$", re.IGNORECASE)
YEAR_AFTER = re.compile(rf"^[^.;$€£₹A-Z]{{0,40}}?\b(?:in|by|for|of|during|through|till|until|to|at the end of|end of|in the year)\s+(?:the\s+)?(?:year\s+)?(?:FY\s?)?(?P<year>{YEAR})\b|^\s*\((?P<year2>{YEAR})\)|^\s*(?:in\s+)?(?P<year3>{YEAR})\b")
# "Market Revenue in 2024 $7.12 billion", "2024: USD 1.2 billion": a label's year right before the amount.
YEAR_BEFORE = re.compile(rf"\b(?:in|by|for|of|during|through|till|until|to)\s+(?:the\s+)?(?:year\s+)?(?P<year>{YEAR})\s*[,:]?\s*$|(?:^|\s)\(?(?P<year2>{YEAR})\)?\s*[:\-–]?\s*$")


def _amount(raw: str) -> float:
    return float(raw.replace(",", ""))


def _scale_of(raw: str | None) -> str | None:
    return SCALES.get(raw.lower()) if raw else None


@dataclass
class _Money:
    start: int
    end: int
    amount: float
    currency: str
    scale: str
    year: int | None
    year_span: tuple[int, int] | None


def _money_in(text: str, sent: Sentence) -> list[_Money]:
    found = []
    if NOT_A_VALUE.search(sent.text) or not MARKET_CONTEXT.search(sent.text):
        return found
    matches = sorted([*MONEY.finditer(sent.text), *MONEY_AFTER.finditer(sent.text)], key=lambda m: m.start())
    for m in matches:
        raw_scale = m.group("scale")
        # "M" alone is a scale only straight after the number ("$5M"), not a following word.
        scale = _scale_of(raw_scale)
        amount = _amount(m.group("num"))
        if scale is None:
            if amount < 1_000_000:
                continue  # "$ 4000": a price, not a market size
            scale = "units"
        before = sent.text[: m.start()]
        if INCREMENT_BEFORE.search(before[-60:]) or COMPANY_FIGURE.search(before):
            continue
        if re.match(r"\s*(?:per|/|a)\s*(?:unit|user|month|year|kg|ton|share)", sent.text[m.end():]):
            continue
        currency = CURRENCY_CODES.get(re.sub(r"\s", "", m.group("cur")).lower(), "USD")
        end = m.end() if raw_scale or m.re is MONEY_AFTER else m.start("num") + len(m.group("num"))
        year, year_span = None, None
        after = YEAR_AFTER.search(sent.text[end:])
        if after:
            group = next(g for g in ("year", "year2", "year3") if after.group(g))
            year = int(after.group(group))
            year_span = (sent.start + end + after.start(group), sent.start + end + after.end(group))
        else:
            before_match = YEAR_BEFORE.search(before[-60:])
            if before_match:
                group = "year" if before_match.group("year") else "year2"
                year = int(before_match.group(group))
                offset = sent.start + len(before) - len(before[-60:])
                year_span = (offset + before_match.start(group), offset + before_match.end(group))
        found.append(_Money(sent.start + m.start(), sent.start + end, amount, currency, scale, year, year_span))
    return found


# ---------------------------------------------------------------------- CAGR and periods

PERCENT = r"(?P<pct>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent|pc\b)"
CAGR_WORD = r"(?:CAGR|compound annual growth rate|compounded annual growth rate|compound annual growth)"
CAGR_AFTER = re.compile(rf"{CAGR_WORD}\)?(?:\s*\(CAGR\))?(?:\s*\(?\s*{YEAR}\s*[-–]\s*{YEAR}\s*\)?\s*:?)?[^.;%\d]{{0,40}}?(?:almost|about|approximately|around|nearly|roughly|over|of|at|is|remains at|~|:|\s)*\s*{PERCENT}", re.IGNORECASE)
CAGR_BEFORE = re.compile(rf"{PERCENT}\s*(?:{CAGR_WORD})", re.IGNORECASE)
RANGE = re.compile(rf"(?P<a>{YEAR})\s*(?:-|–|—|to|and|through|till|until)\s*(?P<b>{YEAR})")
END_ONLY = re.compile(rf"\b(?:through|by|till|until|to)\s+(?P<b>{YEAR})\b")
FORECAST_PERIOD = re.compile(rf"forecast(?:ed)?\s+(?:period|years?|timeline|horizon)?\s*(?:of|from|:|\(|is)?\s*(?P<a>{YEAR})\s*(?:-|–|—|to|and|through)\s*(?P<b>{YEAR})", re.IGNORECASE)
HISTORICAL_PERIOD = re.compile(rf"historical\s+(?:data|period|years?)?\s*(?:of|from|:|\()?\s*(?P<a>{YEAR})\s*(?:-|–|—|to)\s*(?P<b>{YEAR})", re.IGNORECASE)
BASE_YEAR = re.compile(rf"base\s+year\s*(?:of|:|is)?\s*(?P<a>{YEAR})", re.IGNORECASE)


# ---------------------------------------------------------------------- names

REGIONS = {
    "north america": "North America", "europe": "Europe", "asia pacific": "Asia Pacific", "asia-pacific": "Asia Pacific",
    "apac": "Asia Pacific", "latin america": "Latin America", "south america": "South America",
    "middle east and africa": "Middle East and Africa", "middle east & africa": "Middle East & Africa",
    "mea": "Middle East and Africa", "rest of world": "Rest of World", "rest of the world": "Rest of World",
    "asia": "Asia", "africa": "Africa", "middle east": "Middle East", "western europe": "Western Europe",
    "eastern europe": "Eastern Europe", "oceania": "Oceania",
}
COUNTRIES = {
    "u.s.": "United States", "us": "United States", "united states": "United States", "usa": "United States",
    "china": "China", "india": "India", "japan": "Japan", "germany": "Germany", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "united kingdom": "United Kingdom", "france": "France", "canada": "Canada",
    "brazil": "Brazil", "south korea": "South Korea", "australia": "Australia", "mexico": "Mexico", "italy": "Italy",
    "spain": "Spain", "saudi arabia": "Saudi Arabia", "indonesia": "Indonesia", "russia": "Russia",
}
COUNTRY_RE = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True)) + r")(?![\w])",
                        re.IGNORECASE)
REGION_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, REGIONS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
LARGEST = re.compile(r"largest|lion[’']s share|dominat|leading position|leading share|highest share|biggest|major share|"
                     r"majority|\bled\b|leads|commanded|accounted for the (?:highest|largest)|maximum share|held the top",
                     re.IGNORECASE)
FASTEST = re.compile(r"fastest|highest (?:CAGR|growth)|most rapid|quickest|highest rate|rapid(?:ly)? grow", re.IGNORECASE)
MAJOR = re.compile(r"significant share|considerable share|substantial share|major contributor|key contributor", re.IGNORECASE)
PUBLISHERS = ["Coherent Market Insights", "Grand View Research", "MarketsandMarkets", "Markets and Markets",
              "Fortune Business Insights", "Precedence Research", "Mordor Intelligence", "Allied Market Research",
              "IMARC Group", "Research and Markets", "ResearchAndMarkets.com", "Transparency Market Research",
              "Persistence Market Research", "Future Market Insights", "Market Research Future", "Verified Market Research",
              "Technavio", "Spherical Insights", "Straits Research", "Polaris Market Research", "The Brainy Insights",
              "Vantage Market Research", "Data Bridge Market Research", "Emergen Research", "Global Market Insights",
              "Zion Market Research", "Astute Analytica", "SkyQuest", "Custom Market Insights", "Market.us",
              "Expert Market Research", "Facts & Factors", "Acumen Research and Consulting", "BCC Research",
              "P&S Intelligence", "Meticulous Research", "Reports and Data", "Cognitive Market Research",
              "360iResearch", "QYResearch", "Credence Research", "Business Research Insights", "Stellar Market Research",
              "Market Research Intellect", "Exactitude Consultancy", "Towards Healthcare", "Nova one advisor",
              "InsightAce Analytic", "DataM Intelligence", "Visiongain", "Frost & Sullivan", "IDC", "Gartner",
              "Dimension Market Research", "Market Data Forecast", "Introspective Market Research", "Kings Research",
              "Research Nester", "Fact.MR", "Maximize Market Research", "Markntel Advisors", "Ken Research",
              "6Wresearch", "Arizton", "GlobalData", "Statista", "Lucintel", "Marketresearch.com"]
PUBLISHER_RE = re.compile(r"\b(" + "|".join(map(re.escape, sorted(PUBLISHERS, key=len, reverse=True))) + r")", re.IGNORECASE)
PLAYER_HEADING = re.compile(r"^\s*(?:list of\s+)?(?:(?:key|major|leading|prominent|top|notable)\b[^.\n]{0,50}?\s)?(?:market\s+)?"
                            r"(?:players?|companies|vendors|manufacturers|participants)(?:\s+(?:insights?|profiled|covered|"
                            r"operating[^.\n]{0,40}|in the [^.\n]{0,40}))?\s*:?\s*$|"
                            r"^\s*(?:companies profiled|competitive landscape)\s*:?\s*$", re.IGNORECASE)
PLAYER_PROSE = re.compile(r"(?:key|major|leading|prominent|top|notable|main|primary)\s+(?:market\s+)?(?:players|companies|vendors|"
                          r"participants|manufacturers)(?:\s+(?:(?:operating|active|present)\s+)?in\s+(?:the|this)\s+[\w\s-]{0,40}?(?:market|industry|space|sector))?"
                          r"(?:\s+(?:covered|profiled))?\s*(?:include|includes|including|are|like|such as|:|comprise|are\s+(?:listed|as follows))\s*:?\s*"
                          r"|(?:market|industry|space|landscape) is (?:dominated|led) by\s+|(?:players|companies|vendors|manufacturers|providers) such as\s+|"
                          r"(?:prominent|key|major) (?:players|companies),? (?:like|such as|including)\s+", re.IGNORECASE)
COMPANY_SUFFIX = r"(?:Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Co\.|plc|AG|SE|S\.A\.|GmbH|Limited|Group|Holdings|N\.V\.)"
# A line that starts the next section, not another company.
LIST_END = re.compile(r"\b(news|developments?|report|market|segment|analysis|overview|conclusion|faq|about us|contact|"
                      r"methodology|scope|summary|trends?|drivers?|opportunit\w*|table of contents|related)\b", re.IGNORECASE)
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DATE_RES = [
    re.compile(rf"{MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{YEAR})"),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_RE},?\s+(?P<year>{YEAR})"),
    re.compile(rf"{MONTH_RE},?\s+(?P<year>{YEAR})"),
    re.compile(rf"\b(?P<mm>\d{{1,2}})/(?P<dd>\d{{1,2}})/(?P<year>{YEAR})\b"),
    re.compile(rf"\bQ(?P<quarter>[1-4])\s*(?:,\s*)?(?P<year>{YEAR})\b"),
    re.compile(rf"\b(?:In|in|During|during|Early|early|Late|late|Mid|mid)[\s-]+(?P<year>{YEAR})\b"),
]
EVENT_VERB = re.compile(r"\b(launch|introduc|announc|acquir|partner|collaborat|approv|receiv|expand|open|unveil|sign|"
                        r"complet|merg|releas|debut|roll(?:ed)? out|entered|agreement|form|join|invest|establish|"
                        r"clear|grant|award|inaugurat|showcas|present|develop)\w*", re.IGNORECASE)
ORG_NAME = r"(?:[A-Z][\w&'’.\-|]*(?:\s+(?:[A-Z][\w&'’.\-|]*|&|and|of|de|for))*)"
FACTOR_CUES = {
    "drivers": re.compile(r"\bdriv(?:en|ing|er|ers|e)\b|boost|fuel|propel|spur|accelerat|support(?:ed|s)? by|"
                          r"contribut\w* to (?:the )?(?:market )?growth|growth factor", re.IGNORECASE),
    "restraints": re.compile(r"restrain|hamper|hinder|imped|challeng|limit(?:s|ing)? (?:the )?(?:market )?(?:growth|adoption)|"
                             r"barrier|obstacle|constrain|high cost", re.IGNORECASE),
    "trends": re.compile(r"\btrends?\b|\bshift(?:ing)? (?:to|towards)\b|increasing(?:ly)? adopt|emerging", re.IGNORECASE),
    "opportunities": re.compile(r"opportunit", re.IGNORECASE),
}
HEADINGS = {"drivers": re.compile(r"(?:growth\s+)?drivers?|driving factors", re.IGNORECASE),
            "restraints": re.compile(r"restraints?(?:\s*(?:&|and)\s*challenges)?|challenges", re.IGNORECASE),
            "trends": re.compile(r"(?:market\s+)?trends", re.IGNORECASE),
            "opportunities": re.compile(r"(?:market\s+)?opportunities", re.IGNORECASE)}


SEGMENT_LIST = re.compile(
    r"(?:the market (?:is )?(?:segmented|divided|categori[sz]ed|split|bifurcated|classified) (?:in)?to|the market (?:covers|includes|comprises)|"
    r"(?:applications|types|segments|products|end[- ]users?|components|technologies|services) (?:include|includes|such as|like|are|comprise|covered are)|"
    r"segmented (?:in)?to)\s*:?\s*(?P<items>[A-Za-z][^.;:]{2,200})", re.IGNORECASE)


_SEPARATOR = re.compile(r",\s*(?:and\s+|&\s+|or\s+)?|\s+and\s+|\s+&\s+|;\s*")


def _list_items(text: str) -> list[tuple[int, str]]:
    """The items of "A, B, and C" / "A, B & C" as (offset in ``text``, item); parentheses are skipped."""
    blanked = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    blanked = re.split(r"\s+(?:segments?|categories|among others|etc)\b", blanked)[0]
    items, start = [], 0
    for sep in [*_SEPARATOR.finditer(blanked), None]:
        end = sep.start() if sep else len(blanked)
        raw = blanked[start:end]
        lead = len(raw) - len(raw.lstrip())
        item = raw.strip()
        if item and len(item) < 60:
            items.append((start + lead, item))
        if sep:
            start = sep.end()
    return items


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,.;:-–•*\t")


# ---------------------------------------------------------------------- the extractor


class _Extractor:
    def __init__(self, text: str, report_id: str, source: str | None):
        self.text = text
        self.report_id = report_id
        self.source = source
        self.sents = sentences(text)

    # --------------------------------------------------------------- report-level fields

    def market(self) -> tuple[str, Span | None]:
        patterns = [
            re.compile(r"(?:^|[^\w])(?:the\s+)?(?:global|worldwide|world|U\.S\.|US|European|Indian|Asia[- ]Pacific)?\s*"
                       r"(?P<name>(?:[A-Z][\w'’&/-]*\s+){0,6}?[A-Z][\w'’&/-]*)\s+(?:Market|Industry)\b"),
            re.compile(r"\b(?:the\s+)?(?:global\s+)?(?P<name>[a-z][\w'’&/-]*(?:\s+[a-z][\w'’&/-]*){0,4})\s+market\b"),
        ]
        stop = {"the", "global", "worldwide", "world", "this", "overall", "total", "key", "report", "research", "our"}
        for pattern in patterns:
            for m in pattern.finditer(self.text[:3000]):
                name = _clean_name(m.group("name"))
                words = name.split()
                while words and words[0].lower() in stop:
                    words.pop(0)
                if not words or len(" ".join(words)) < 3 or words[-1].lower() in ("the", "global", "research"):
                    continue
                name = " ".join(words)
                if name.lower() in ("market", "stock", "target", "end", "emerging", "this"):
                    continue
                start = self.text.index(name, m.start("name"))
                return name, span(self.text, start, start + len(name))
        title = re.match(r"\s*(?P<name>[A-Z][^\n:|–—-]{2,60}?)\s*(?::|\||–|—| - |\n)", self.text)
        if title:
            return title["name"], span(self.text, title.start("name"), title.end("name"))
        return "unnamed", None

    def publisher(self) -> tuple[str | None, Span | None]:
        m = PUBLISHER_RE.search(self.text)
        return (_clean_name(m.group(1)), span(self.text, m.start(1), m.end(1))) if m else (None, None)

    def report_date(self) -> tuple[date | None, Span | None]:
        head = self.text[:600]
        m = re.search(rf"(?P<y>{YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}})", head)
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"])), span(self.text, m.start(), m.end())
            except ValueError:
                pass
        m = re.search(rf"(?:published|release date|date)\s*:?\s*{MONTH_RE}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{YEAR})", head, re.IGNORECASE)
        if m:
            return date(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")], int(m["day"])), span(self.text, m.start(), m.end())
        return None, None

    def periods(self) -> tuple[Period | None, Period | None]:
        forecast = historical = None
        m = FORECAST_PERIOD.search(self.text)
        if m and int(m["a"]) < int(m["b"]):
            forecast = Period(start=int(m["a"]), end=int(m["b"]), span=span(self.text, m.start(), m.end()), confidence=0.9)
        m = HISTORICAL_PERIOD.search(self.text)
        if m and int(m["a"]) < int(m["b"]):
            historical = Period(start=int(m["a"]), end=int(m["b"]), span=span(self.text, m.start(), m.end()), confidence=0.9)
        title = re.search(rf"^[^\n]{{0,200}}?\b(?P<a>{YEAR})\s*[-–]\s*(?P<b>{YEAR})\b", self.text[:300])
        if forecast is None and title and int(title["a"]) < int(title["b"]) and re.search(r"market|report|forecast", title.group(), re.IGNORECASE):
            forecast = Period(start=int(title["a"]), end=int(title["b"]), span=span(self.text, title.start("a"), title.end("b")),
                              confidence=0.6)
        if forecast is None:
            base = BASE_YEAR.search(self.text)
            end = re.search(rf"(?:through|till|until|to|by)\s+(?P<b>{YEAR})", self.text)
            if base and end and int(end["b"]) > int(base["a"]):
                forecast = Period(start=int(base["a"]) + 1, end=int(end["b"]), span=span(self.text, base.start(), base.end()),
                                  confidence=0.6)
        return historical, forecast

    # --------------------------------------------------------------- figures

    def values(self, first_forecast_year: int | None) -> list[MarketValue]:
        merged: dict[tuple, dict] = {}
        for sent in self.sents:
            for money in _money_in(self.text, sent):
                key = (money.amount, money.currency, money.scale)
                entry = merged.setdefault(key, {"mentions": []})
                entry["mentions"].append(money)
        values = []
        for (amount, currency, scale), entry in merged.items():
            dated = [m for m in entry["mentions"] if m.year is not None]
            years = {m.year for m in dated}
            if len(years) > 1:  # the same amount stated for different years: one fact per year
                groups = [[m for m in dated if m.year == y] for y in sorted(years)]
            elif dated:
                groups = [dated + [m for m in entry["mentions"] if m.year is None]]
            else:
                continue  # a market value without a year is not usable
            for mentions in groups:
                first = mentions[0]
                primary = next((m for m in mentions if m.year is not None), first)
                quote_end = max(primary.end, primary.year_span[1]) if primary.year_span else primary.end
                quote_start = min(primary.start, primary.year_span[0]) if primary.year_span else primary.start
                others = [span(self.text, m.start, m.end) for m in mentions if m is not primary]
                sentence = next(x for x in self.sents if x.start <= primary.start < x.end)
                segment, region = self._subject(self.text[sentence.start:primary.start])
                values.append(MarketValue(segment=segment, region=region,
                    amount=amount, currency=currency, scale=scale, year=primary.year,
                    kind=self._kind(primary.year, first_forecast_year, self._past_tense(primary.start)),
                    span=span(self.text, quote_start, quote_end), also_stated=others, confidence=0.9))
        values.sort(key=lambda v: (v.year, v.span.start))
        return values

    def _past_tense(self, offset: int) -> bool:
        clause = re.split(r"\band\b|[,;]", self.text[max(0, offset - 80):offset])[-1].lower()
        return bool(re.search(r"\b(was|were|stood|had|accounted|recorded|reached|generated)\b", clause))

    @staticmethod
    def _kind(year: int, first_forecast_year: int | None, past: bool) -> str:
        """By role: before the first forecast year actual, that year an estimate, later years forecasts."""
        if first_forecast_year is not None:
            return "actual" if year < first_forecast_year else "estimate" if year == first_forecast_year else "forecast"
        return "actual" if past else "forecast"

    def cagrs(self, forecast: Period | None) -> list[Cagr]:
        found: list[Cagr] = []
        for sent in self.sents:
            if re.search(r"year[- ]over[- ]year|\byoy\b|y-o-y", sent.text, re.IGNORECASE):
                continue
            for m in list(CAGR_AFTER.finditer(sent.text)) + list(CAGR_BEFORE.finditer(sent.text)):
                percent = float(m["pct"])
                if percent <= 0 or percent >= 100 or re.search(r"XX", sent.text[m.start():m.end()]):
                    continue
                after = sent.text[m.end():m.end() + 90]
                before = sent.text[max(0, m.start() - 90):m.start()]
                start = end = None
                period_match = RANGE.search(m.group()) or _period_after(after) or _period_before(before)
                if period_match:
                    start, end = int(period_match["a"]), int(period_match["b"])
                elif (e := END_ONLY.search(after)) is not None:
                    end = int(e["b"])
                    start = forecast.start if forecast and forecast.start < end else None
                elif forecast is not None:
                    start, end = forecast.start, forecast.end
                else:  # "grow from X in 2024 to Y by 2029, at a CAGR of …": the years of the figures it links
                    years = [money.year for money in _money_in(self.text, sent) if money.year and money.start < sent.start + m.start()]
                    if len(years) >= 2 and years[-2] < years[-1]:
                        start, end = years[-2], years[-1]
                    elif years:
                        end = years[-1]
                if start is not None and end is not None and start >= end:
                    continue
                segment, region = self._subject(before)
                after_match = _period_after(after)
                quote_end = sent.start + m.end() + (after_match.end() if after_match else 0)
                found.append(Cagr(percent=percent, start=start, end=end, segment=segment, region=region,
                                  span=span(self.text, sent.start + m.start(), quote_end),
                                  confidence=0.9 if period_match else 0.7))
        return _dedupe_cagrs(found)

    def _subject(self, before: str) -> tuple[str | None, str | None]:
        """A figure or CAGR belongs to a region or segment when its clause names one as the subject."""
        clause = re.split(r"[,;:]\s|\band\b", before)[-1] if before else ""
        region = REGION_RE.search(clause)
        if region and not re.search(r"\bglobal\b", clause, re.IGNORECASE):
            return None, REGIONS[region.group(1).lower()]
        country = COUNTRY_RE.search(clause)
        if country and not re.search(r"\bglobal\b", clause, re.IGNORECASE) and (country.group(1).isupper() or country.group(1)[0].isupper()):
            return None, COUNTRIES[country.group(1).lower()]
        seg = re.search(r"(?:the\s+)?(?P<name>[\w'’&/-]+(?:\s+[\w'’&/-]+){0,3})\s+segment", clause, re.IGNORECASE)
        if seg:
            return _clean_name(re.sub(r"^(?:the)\s+", "", seg["name"], flags=re.IGNORECASE)), None
        return None, None

    # --------------------------------------------------------------- segments, regions

    def segments(self) -> list[Segment]:
        segs: dict[str, Segment] = {}
        dimension = None
        for sent in self.sents:
            by = re.match(r"\s*(?:By|Based on|On the basis of|In terms of)\s+(?P<dim>[\w\s/-]{2,30}?)(?:\s+type)?,\s*", sent.text, re.IGNORECASE)
            if by:
                dimension = re.sub(r"\s+type$", "", _clean_name(by["dim"]), flags=re.IGNORECASE).title()
            claim = "largest_share" if LARGEST.search(sent.text) else "fastest_growth" if FASTEST.search(sent.text) else \
                "major_contributor" if MAJOR.search(sent.text) else None
            for m in re.finditer(r"(?:^|[\s,(])(?:the\s+)?(?P<name>[A-Za-z][\w'’&/-]*(?:\s+(?:&|[A-Za-z][\w'’&/-]*)){0,4}?)\s+segment\b", sent.text):
                name = _clean_name(re.sub(r"^(?:the|a|this|each|by|of)\s+", "", m["name"], flags=re.IGNORECASE))
                if not name or name.lower() in ("the", "this", "each", "market", "largest", "fastest", "which") or len(name) > 50:
                    continue
                self._add_segment(segs, name, dimension, claim, sent, m.start("name"))
            listed = SEGMENT_LIST.search(sent.text)
            if listed:
                for offset, item in _list_items(listed.group("items")):
                    self._add_segment(segs, item, dimension, None, sent, listed.start("items") + offset)
            # "…, while small businesses is expected to grow fastest": a claim about a segment named before.
            for clause in re.finditer(r"[^,;]+", sent.text):
                clause_claim = "largest_share" if LARGEST.search(clause.group()) else \
                    "fastest_growth" if FASTEST.search(clause.group()) else None
                if not clause_claim:
                    continue
                for key, seg in list(segs.items()):
                    if seg.claim is None and re.search(rf"\b{re.escape(key)}\b", clause.group(), re.IGNORECASE):
                        segs[key] = seg.model_copy(update={"claim": clause_claim, "claim_span": span(
                            self.text, sent.start + clause.start(), sent.start + clause.end())})
            if by and claim and not re.search(r"segment", sent.text, re.IGNORECASE):
                rest = sent.text[by.end():]
                subject = re.match(r"(?:the\s+)?(?P<name>[a-z][\w'’&/-]*(?:\s+[a-z][\w'’&/-]*){0,3}?)\s+(?:is|are|was|were|will|held|holds|accounted|dominated|led|commanded|captured|registered)", rest)
                if subject:
                    self._add_segment(segs, subject["name"], dimension, claim, sent, by.end() + subject.start("name"))
        return list(segs.values())

    def _add_segment(self, segs, name, dimension, claim, sent: Sentence, offset: int) -> None:
        key = name.lower()
        start = sent.start + offset
        name_span = span(self.text, start, start + len(name)) if self.text[start:start + len(name)] == name else None
        if key in segs:
            existing, update = segs[key], {}
            if claim and existing.claim is None:
                update.update(claim=claim, claim_span=span(self.text, sent.start, sent.end))
            if dimension and existing.dimension == "Unspecified":
                update["dimension"] = dimension
            if update:
                segs[key] = existing.model_copy(update=update)
            return
        segs[key] = Segment(name=name, dimension=dimension or "Unspecified", span=name_span, confidence=0.6,
                            claim=claim, claim_span=span(self.text, sent.start, sent.end) if claim else None)

    def regions(self) -> list[Region]:
        regions: dict[str, Region] = {}
        for sent in self.sents:
            lowered = sent.text.lower()
            regional = re.search(r"geograph|region|regional|covered|market in|account|dominat|lead|largest|fastest|grow|share", lowered)
            if not regional:
                continue
            for m in REGION_RE.finditer(sent.text):
                # "Company, Germany" headquarters mentions are not report regions.
                if re.search(r"[A-Z][\w.]*,\s*$", sent.text[:m.start()]) and not re.search(r"covered|geograph|region", lowered):
                    continue
                name = REGIONS[m.group(1).lower()]
                clause = sent.text[m.start():m.start() + 120]
                label = sent.text[max(0, m.start() - 30):m.start()]  # "Largest Market North America"
                claim = "largest_share" if (LARGEST.search(clause) and m.start() < 60) or LARGEST.search(label) else \
                    "fastest_growth" if (FASTEST.search(clause) and m.start() < 60) or FASTEST.search(label) else None
                if name not in regions:
                    regions[name] = Region(name=name, span=span(self.text, sent.start + m.start(), sent.start + m.end()),
                                           confidence=0.7, claim=claim,
                                           claim_span=span(self.text, sent.start, sent.end) if claim else None)
                elif claim and regions[name].claim is None:
                    regions[name] = regions[name].model_copy(update={"claim": claim, "claim_span": span(self.text, sent.start, sent.end)})
        return list(regions.values())

    # --------------------------------------------------------------- factors

    def factors(self) -> dict[str, list[Factor]]:
        """Sentences that say what drives, restrains, shapes or opens a market; list items under a heading."""
        out: dict[str, list[Factor]] = {k: [] for k in FACTOR_CUES}
        seen: set[str] = set()
        heading = None
        for sent in self.sents:
            stripped = sent.text.strip(" :•*-")
            titled = next((k for k, pattern in HEADINGS.items() if pattern.fullmatch(stripped)), None)
            if titled:
                heading = titled
                continue
            is_item = len(sent.text) < 140 and not sent.text.rstrip().endswith(".")
            kind = next((k for k, cue in FACTOR_CUES.items() if cue.search(sent.text)), None)
            if kind is None and heading and is_item:
                kind = heading
            if not is_item:
                heading = None
            if kind is None or MONEY.search(sent.text) or len(sent.text) > 400 or len(sent.text) < 12:
                continue
            if is_item and re.search(r"\b(report|coverage|takeaways|insights|developments|players)\b", sent.text, re.IGNORECASE):
                continue
            text = _clean_name(sent.text)
            if text.lower() not in seen:
                seen.add(text.lower())
                out[kind].append(Factor(text=text, span=span(self.text, sent.start, sent.end), confidence=0.5))
        return out

    # --------------------------------------------------------------- players and developments

    def players(self) -> tuple[list[Player], bool]:
        """The key players, and whether the text lists them under a heading (then the list is complete)."""
        names: dict[str, Player] = {}
        listed = False

        def add(name: str, start: int) -> None:
            name = _clean_name(name)
            if not name or len(name) > 70 or not re.match(r"[A-Z0-9]", name) or name.lower() in ("others", "other", "etc"):
                return
            if len(name.split()) > 8 or re.search(r"\b(market|segment|report|analysis|forecast|share|growth)\b", name, re.IGNORECASE):
                return
            if name.lower() not in names and self.text[start:start + len(name)] == name:
                names[name.lower()] = Player(name=name, span=span(self.text, start, start + len(name)), confidence=0.8)

        lines = list(re.finditer(r"[^\n]+", self.text))
        for i, line in enumerate(lines):
            if PLAYER_HEADING.match(line.group()):
                listed = True
                for item in lines[i + 1:i + 60]:
                    content = item.group().strip()
                    if not content:
                        continue
                    if len(content) > 90 or re.search(r"[.!?]$", content) and len(content.split()) > 8 or content.endswith(":") \
                            or LIST_END.search(content):
                        break
                    for part in re.finditer(r"[^,;•·]+", re.sub(r"^\s*(?:[•\-*]|\d+[.)])\s*", lambda m: " " * len(m.group()), item.group())):
                        piece = part.group()
                        lead = len(piece) - len(piece.lstrip())
                        add(piece.strip().rstrip("."), item.start() + part.start() + lead)
        for m in PLAYER_PROSE.finditer(self.text):
            # The list runs to the sentence's end (a full stop not inside "Inc." or "Co.").
            stop = re.search(r"(?<!Inc)(?<!Ltd)(?<!Co)(?<!Corp)(?<!\bS\.A)\.(?:\s|$)|\n\n", self.text[m.end():])
            tail = self.text[m.end(): m.end() + stop.start() if stop else len(self.text)]
            tail = re.split(r"\n\n|, among others|, etc|\band others\b|\bamong others\b", tail)[0]
            items = _list_items(re.sub(rf",(\s+{COMPANY_SUFFIX})", r" \1", tail))  # "Dexcom, Inc." is one name
            for offset, item in items:
                name = re.match(rf"{ORG_NAME}(?:,?\s+{COMPANY_SUFFIX})*", item)
                if name:
                    add(self.text[m.end() + offset: m.end() + offset + name.end()], m.end() + offset)
        return list(names.values()), listed

    def developments(self) -> list[Development]:
        devs: dict[tuple, Development] = {}
        for sent in self.sents:
            if not EVENT_VERB.search(sent.text) or len(sent.text) > 500:
                continue
            for pattern in DATE_RES:
                d = pattern.search(sent.text)
                if d:
                    break
            else:
                continue
            when = self._date(d)
            if when is None:
                continue
            rest = sent.text[d.end():]
            actor = None
            m = re.match(rf"\s*[,:–—-]?\s*(?:the\s+)?(?P<actor>{ORG_NAME}(?:,?\s+{COMPANY_SUFFIX})?)\s*,?\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?P<verb>\w+)", rest)
            if m and EVENT_VERB.match(m["verb"]):
                actor = m["actor"]
            if actor is None:
                by = re.search(rf"\b(?:approved|cleared|granted|acquired|awarded|authorized|authorised)\s+by\s+(?:the\s+)?(?P<actor>{ORG_NAME})", sent.text)
                subject = re.match(rf"\s*(?:For example,?\s*|In addition,?\s*|Moreover,?\s*)?(?:the\s+)?(?P<actor>{ORG_NAME}(?:,?\s+{COMPANY_SUFFIX})?)\s*,?\s+(?:has\s+|had\s+)?(?P<verb>\w+)", sent.text)
                if by:
                    actor = by["actor"]
                elif subject and EVENT_VERB.match(subject["verb"]) and not re.match(r"(?:In|On|During)\b", subject["actor"]):
                    actor = subject["actor"]
            if actor is None:
                continue
            actor = _clean_name(actor)
            summary = _clean_name(re.sub(r"^\s*(?:For example,?\s*)?(?:In|On|During)\s+[^,]{3,25},\s*", "", sent.text))
            key = (when, actor.lower())
            if key not in devs:
                devs[key] = Development(date=when, actor=actor, summary=summary or sent.text,
                                        span=span(self.text, sent.start, sent.end), confidence=0.8)
        return sorted(devs.values(), key=lambda d: d.date, reverse=True)

    @staticmethod
    def _date(m: re.Match) -> str | None:
        groups = m.groupdict()
        year = int(groups["year"])
        if groups.get("mm"):
            month, day = int(groups["mm"]), int(groups["dd"])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            return f"{year}-{month:02d}-{day:02d}"
        if groups.get("month"):
            month = MONTHS[groups["month"].lower().rstrip(".")]
            if groups.get("day"):
                return f"{year}-{month:02d}-{int(groups['day']):02d}"
            return f"{year}-{month:02d}"
        return str(year)

    # --------------------------------------------------------------- assembly

    def card(self) -> ReportCard:
        market, market_span = self.market()
        publisher, publisher_span = self.publisher()
        published, published_span = self.report_date()
        historical, forecast = self.periods()
        cagrs = self.cagrs(forecast)
        starts = [c.start for c in cagrs if c.start and c.segment is None and c.region is None]
        values = self.values(forecast.start if forecast else min(starts) if starts else None)
        factors = self.factors()
        developments = self.developments()
        players, listed = self.players()
        if not listed:  # no list under a heading: organisations acting in developments are players too
            seen = {p.name.lower() for p in players}
            for dev in developments:
                start = self.text.find(dev.actor, dev.span.start)
                if dev.actor.lower() not in seen and start >= 0:
                    seen.add(dev.actor.lower())
                    players.append(Player(name=dev.actor, span=span(self.text, start, start + len(dev.actor)), confidence=0.5))
        scope = re.search(r"\b(global|worldwide)\b", self.text[:2000], re.IGNORECASE)
        return ReportCard(
            id=self.report_id, source=self.source, market=market, market_span=market_span,
            publisher=publisher, publisher_span=publisher_span,
            report_date=published, report_date_span=published_span,
            geography_scope=scope.group(1).lower().replace("worldwide", "global") if scope else None,
            geography_scope_span=span(self.text, scope.start(1), scope.end(1)) if scope else None,
            historical_period=historical, forecast_period=forecast,
            values=values, cagr=cagrs, segments=self.segments(), regions=self.regions(),
            drivers=factors["drivers"], restraints=factors["restraints"], trends=factors["trends"],
            opportunities=factors["opportunities"], players=players, developments=developments,
        )


_PERIOD_AFTER = re.compile(rf"^[^.;%]{{0,45}}?(?<!historical )(?<!data )(?<!historic )\(?{RANGE.pattern}\)?", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(rf"(?:between|from|during|over|for|in)\s+(?:the\s+)?(?:period\s+)?{RANGE.pattern}[^.;%]{{0,60}}$", re.IGNORECASE)


def _period_after(after: str) -> re.Match | None:
    m = _PERIOD_AFTER.search(after)
    if m and re.search(r"historic", after[max(0, m.start("a") - 20):m.start("a")], re.IGNORECASE):
        return None
    return m


def _period_before(before: str) -> re.Match | None:
    return _PERIOD_BEFORE.search(before)


def _dedupe_cagrs(found: list[Cagr]) -> list[Cagr]:
    """One CAGR per (percent, subject); a restatement with a period completes one without."""
    out: list[Cagr] = []
    for cagr in sorted(found, key=lambda c: (c.start is None, -(c.confidence or 0))):
        same = next((c for c in out if c.percent == cagr.percent and c.segment == cagr.segment
                     and c.region == cagr.region and (c.start, c.end) in ((cagr.start, cagr.end), (c.start, c.end))
                     and (cagr.start is None or (c.start, c.end) == (cagr.start, cagr.end))), None)
        if same is None:
            out.append(cagr)
        elif cagr.span != same.span and cagr.span not in same.also_stated:
            out[out.index(same)] = same.model_copy(update={"also_stated": [*same.also_stated, cagr.span]})
    return sorted(out, key=lambda c: c.span.start)


def report_id_for(text: str, name: str | None = None) -> str:
    """A stable id: the file's stem when it is a usable id, else a digest of the text."""
    if name and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        return name
    return "txt-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def extract(text: str, report_id: str | None = None, source: str | None = None) -> ReportCard:
    """Draft a ReportCard from a report text. Deterministic; reads nothing but ``text``.

    Raises:
        UnusableInput: the text is empty.
    """
    if not text.strip():
        raise UnusableInput("the report text is empty")
    return _Extractor(text, report_id or report_id_for(text), source).card()


def extract_file(path: str | Path) -> ReportCard:
    """Draft the card of a text file; the id is the file's stem.

    Raises:
        UnusableInput: the file cannot be read or is empty.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise UnusableInput(f"cannot read report text {path}: {err}") from err
    return extract(text, report_id_for(text, path.stem), source=path.name)
