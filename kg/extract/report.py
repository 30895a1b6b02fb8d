"""Report-level fields: the market's name, the publisher, the publication date, the geographic scope.

The market is the first "X Market" the page names that is not a publisher ("According to Meridian
Market Insights, the global Industrial Robotics Market …" is the Industrial Robotics market). The
publisher is a known research house or a name with a research house's words in a citing phrase.

>>> text = "According to Meridian Market Insights, the global Industrial Robotics Market was valued at USD 1 billion."
>>> market_name(text)[0], publisher(text)[0]
('Industrial Robotics', 'Meridian Market Insights')
"""

from __future__ import annotations

import re
from datetime import date

from kg.card import Span
from kg.extract.developments import DATE_RE, MONTH_RE, MONTHS, stated_date
from kg.extract.figures import YEAR
from kg.extract.geography import DEMONYM_RE, DEMONYMS, is_place, place_re
from kg.extract.page import BULLET_GLYPHS, RELATED_LINE, clean, span
from kg.extract.wordlist import Cue, alternation

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
              "6Wresearch", "Arizton", "GlobalData", "Statista", "Lucintel", "Marketresearch.com", "KBV Research",
              "Research Dive", "Reportprime", "Interact Analysis", "Yole Développement", "The Business Research Company",
              "Market Reports World", "Omdia", "Forrester", "Euromonitor", "Mintel", "Wood Mackenzie", "BloombergNEF"]
PUBLISHER_RE = Cue(r"\b(" + alternation([name.lower() for name in PUBLISHERS]) + r")")
_HOUSE_WORDS = r"(?:Research|Insights|Intelligence|Markets|Analytics|Consulting|Reports|Data|Advisors|Consultancy|Analysis|Analytica|Studies)"
# The words a research house's name ends with: "Research", "Research & Consulting", "Research Institute", "Data Labs".
# ("Ajapeak Advisory", "Loa Ridge Consultores": an advisory firm's or a Latin American consultancy's name)
_HOUSE_END = (r"(?:(?:Research|Insights|Intelligence|Analytics|Consulting|Advisors|Advisory|Consultancy|Consultants|Consultores|"
              r"Analytica|Data)"
              r"(?:[ \t]+(?:&|and)[ \t]+(?:Consulting|Research|Analytics|Advisory|Intelligence))?"
              r"(?:[ \t]+(?:Institute|Partners|Group|Labs|Associates))?)")
_NAME_WORDS = r"(?:(?:[A-Z][\w.'’-]*|&)[ \t]+){0,4}"  # capitalised words on one line, "&" between them
_LEGAL = r"(?:[ \t]+(?:Inc\.?|Ltd\.?|LLC|GmbH|Group|Pvt\.?[ \t]+Ltd\.?|Private Limited|LLP|AG|SA|Co\.))?"
CITED_PUBLISHER = re.compile(
    rf"(?:[Aa]ccording to|[Aa]s per|by|[Ff]rom|[Pp]ublished by|[Rr]eleased by|[Cc]onducted by|[Ss]tudy by|[Rr]eport by|"
    rf"[Ss]urvey by|[Aa]nalysts? (?:at|of)|[Ee]stimates (?:by|from))\s+(?:the\s+)?"
    rf"(?i:a\s+(?:new\s+|recent\s+)?(?:report|study|survey|analysis)\s+(?:by|from|published by)\s+)?"
    rf"(?P<pub>{_NAME_WORDS}(?:{_HOUSE_END}|{_HOUSE_WORDS}){_LEGAL})(?![\w])")
# A research house named anywhere: "Published: March 2025 | Lumen Bridge Research", "© 2024 Northwind Insights".
HOUSE_NAME = re.compile(rf"(?<![\w-])(?P<pub>(?!(?:The|Market|Global|Our|Free|Request|Industry|Key|Custom|Latest|Related|SOURCE)\b)"
                        rf"[A-Z][\w&'’-]+(?:[ \t]+(?:[A-Z][\w&'’-]+|&)){{0,3}}[ \t]+{_HOUSE_END})\b"
                        rf"(?![ \t]+(?:report|study|team|methodology|analysts?|panel)\b)")
# "© 2025 MarketStrata. All Rights Reserved.", "Copyright © 2024 Acme Insights LLC": the page's owner.
COPYRIGHT = re.compile(r"(?:(?<![^\s|])©|\([cC]\)|(?i:copyright))[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,?[ \t]*)?"
                       r"(?P<pub>[A-Z][\w&'’.-]*(?:[ \t]+(?!All\b)(?:[A-Z][\w&'’.-]*|&)){0,4})")  # not "… Ltd. All Rights Reserved"
# "Stratix BioInsights estimates that the market …", "MarketStrata expects it to reach …": a house states the figures.
ESTIMATING_HOUSE = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=^A\.\s))(?P<pub>[A-Z][\w&'’-]+(?:[ \t]+(?:[A-Z][\w&'’-]+|&)){{0,3}})"
                              rf"[ \t]+(?:estimates|expects|values|projects|forecasts|predicts|sizes)\b[^.]{{0,40}}\bmarket\b",
                              re.MULTILINE)
_MARKET = [
    # "Adhesives & Sealants Market", "Learning Management System (LMS) Market": capitalised words, joiners, acronyms.
    re.compile(r"(?:^|[^\w])(?:the\s+)?(?:global|worldwide|world|U\.S\.|US|European|Indian|Asia[- ]Pacific)?\s*"
               r"(?P<name>[A-Z][\w'’/-]*(?:\s+(?:[A-Z][\w'’/-]*|&|and|of|for|\([A-Z][\w.&-]{1,12}\))){0,7}?)\s+"
               # not a company's name: "Daiwa House Industry Co., Ltd.", "Meridian Market Insights"
               # (nor a trade title: "Packaging Industry Week", "Market Watch")
               r"(?:Market|Industry)\b(?!\s+" + _HOUSE_WORDS + r"|,?\s+(?:Co\.|(?:Corp|Inc|Ltd|Limited|LLC|GmbH|AG|plc)\b|S\.?A\.)"
               r"|\s+(?:Week|Weekly|News|Today|Daily|Journal|Magazine|Review|Insider|Times|Digest|Dive|Watch|Monitor|Update)\b)"),
    # "the generative AI market", "the MEMS market": lower-case words and acronyms.
    # ("Solar water heater market" opening a line: its first word capitalised)
    # (not "a Cologne-based market research firm": a word's second half, and research about markets)
    re.compile(r"(?<![-'’])\b(?:the\s+)?(?:global\s+)?(?P<name>(?:[a-z][\w'’&/-]*|[A-Z]{2,6}|(?<![^\n])[A-Z][a-z]+(?=\s+[a-z]))(?:\s+(?:[a-z][\w'’&/-]*|[A-Z]{2,6}|&|"
               # an acronym or a gloss in brackets: "(LMS)", "(balcony PV)"
               r"\((?:[A-Z][\w.&-]{1,12}|[a-z][\w&-]*(?:\s+[\w&-]+){0,2})\))){0,5})\s+market\b(?!\s+(?i:" + _HOUSE_WORDS[3:-1] + r")\b)"),
]
# Words that begin a clause or qualify a figure, never a market's name: cut everything up to the last of them
# ("that the global military drone" → "military drone", "boost the global fiber optics" → "fiber optics").
_MARKET_STOP = {"the", "global", "worldwide", "world", "this", "overall", "total", "key", "report", "research", "our",
                "according", "to", "as", "per", "in", "a", "an", "new", "latest", "that", "of", "for", "on", "by", "with",
                "their", "its", "his", "her", "is", "are", "was", "were", "will", "be", "boost", "boosts",
                "drive", "drives", "push", "pushes", "increase", "increases", "current", "projected", "expected",
                "estimated", "forecast", "entire", "whole", "domestic", "international", "regional", "local", "which",
                "where", "while", "from", "into", "within", "across", "at", "has", "have", "had", "said", "says"}
# Names that are words about markets, not markets.
_NOT_A_MARKET = {"market", "stock", "target", "end", "emerging", "this", "current", "projected", "size", "share",
                 "growth", "research", "global", "regional", "parent", "overall", "total", "mass", "free", "black",
                 "open", "labour", "labor", "capital", "equity", "bull", "bear", "consumer", "domestic", "export",
                 "addressable", "served", "niche", "premium", "mature", "new", "the", "key", "us", "u.s.",
                 # words that size or rank a market ("the Northeast is a smaller market"), never its name
                 "second-largest", "third-largest", "city", "home", "local", "small", "smaller", "smallest", "large", "larger", "big", "bigger", "huge", "largest", "biggest", "growing",
                 "fast-growing", "fastest-growing", "slow-growing", "crowded", "competitive", "fragmented", "consolidated",
                 "nascent", "young", "broader", "wider", "adjacent", "same", "home", "main", "core", "lucrative",
                 "attractive", "important", "second-largest", "single", "entire", "whole", "headline", "country"}


# lower-case words, or an acronym ("AI-based fraud detection", "EV charging")
_BOUGHT_WORD = r"(?:[a-z][\w'’&/-]*|[A-Z]{2,6}(?:-[a-z][\w'’&/-]*)?(?![\w'’&/-]))"
_BOUGHT = rf"(?P<name>{_BOUGHT_WORD}(?:\s+(?:{_BOUGHT_WORD}|&|\([A-Z][\w.&-]{{1,12}}\))){{0,5}}?)"
_AFTER_BOUGHT = (r"(?=\s+(?:in|at|is|are|was|were|will|would|across|worldwide|globally|grew|rose|reached|to|heads?|set|contracted|"
                 r"expanded|declined|fell|shrank|stood|totall?ed|amounted|came|climbed|hit|jumped|increased|dropped|slipped|remained|could|"
                 r"should|may|might)\b|\s*[,.;:])")
_MARKET_BY_SPENDING = [
    re.compile(rf"\b[Mm]arket\s+for\s+(?:the\s+)?{_BOUGHT}{_AFTER_BOUGHT}"),
    re.compile(rf"\b(?:[Ss]pending\s+on|[Ss]ales\s+of|[Rr]evenues?\s+(?:of|from))\s+(?:the\s+)?{_BOUGHT}{_AFTER_BOUGHT}"),
    re.compile(rf"(?:^|(?<=\s))(?:[Gg]lobal|[Ww]orldwide|[Tt]otal|U\.?K\.?|U\.?S\.?)\s+{_BOUGHT}\s+(?:ad\s+)?(?:revenues?|sales|spending|spend)\b"),
    # "South Korea's screen golf industry", "Spain's purpose-built student accommodation sector": a country's trade
    re.compile(rf"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}['’]s\s+{_BOUGHT}\s+(?:industry|sector)\b"),
    # "the Italian packaging machinery industry closed 2024 with a turnover of …": a nation's trade by its adjective
    re.compile(rf"\b[Tt]he\s+[A-Z][a-z]+(?:an|ese|ish|ch|ic|i)\s+{_BOUGHT}\s+(?:industry|sector)\b"),
]


def market_name(text: str) -> tuple[str, Span | None]:
    """The market the page is about: of every "<name> market" in its first part, the name it repeats most
    (the title and first sentences break ties), without the clause words before it."""
    head = text[:3000]
    publishers = [m.span(1) for m in PUBLISHER_RE.finditer(head)] + [m.span("pub") for m in CITED_PUBLISHER.finditer(head)]
    candidates: dict[str, list] = {}
    for rank, pattern in enumerate(_MARKET):
        for m in pattern.finditer(head):
            if any(a <= m.start("name") < b for a, b in publishers):
                continue
            words = list(re.finditer(r"\S+", m.group("name")))
            cut = max((i + 1 for i, w in enumerate(words) if w.group().lower().strip(",") in _MARKET_STOP), default=0)
            words = words[cut:]
            if not words:
                continue
            start, end = m.start("name") + words[0].start(), m.start("name") + words[-1].end()
            name = clean(head[start:end])
            # ("largest single market": words about a market, every one of them)
            # (and no name ends in a joining word: "Section 2: Background and Market Context")
            # (nor a site menu's cells, "Home  Recipes  Industry notes": words two spaces apart)
            if len(name) < 3 or all(w in _NOT_A_MARKET for w in name.lower().split()) or "\n" in head[start:end] \
                    or re.search(r"\S[ \t]{2,}\S", head[start:end]) \
                    or re.fullmatch(r"[\d\W]+", name) or re.search(r"\s(?:and|or|of|for|&)$", name, re.IGNORECASE):
                continue
            candidates.setdefault(re.sub(r"\W+", " ", name.lower()).strip(), []).append((rank, start, end, name))
    # "LMS market" and "Learning Management System (LMS) Market" are one market: the long form names it.
    short_forms: dict[str, str] = {}
    for key in [k for k in candidates if re.fullmatch(r"[a-z]{2,6}", k)]:
        long_form = next((k for k, ms in candidates.items() if k != key
                          and any(f"({key})" in name.lower() for *_, name in ms)), None)
        if long_form is not None:
            short_forms[long_form] = key
            del candidates[key]
    if candidates:
        lowered = text.lower()

        def weight(item: tuple[str, list]) -> tuple:
            key, mentions = item
            repeats = sum(len(re.findall(r"\b" + re.escape(k).replace("\\ ", r"\W+") + r"\W+(?:market|industry)\b"
                                         r"(?!\s+(?:week|weekly|news|today|daily|journal|magazine|review|insider|times|digest|dive|watch))", lowered))
                          for k in (key, short_forms.get(key)) if k)
            first = min(start for _, start, _, _ in mentions)
            capitalised = any(rank == 0 for rank, *_ in mentions)
            return (repeats + (2 if first < 400 else 0) + (1 if capitalised else 0), -first)

        _, mentions = max(candidates.items(), key=weight)
        _, start, end, name = min(mentions, key=lambda m: m[1])
        return name, span(text, start, end)  # the words as written, spacing and all
    # A news page names its market by what is bought: "the market for silicon carbide (SiC) power devices",
    # "spending on padel equipment", "worldwide sales of non-alcoholic beer", "global crane rental revenue".
    for pattern in _MARKET_BY_SPENDING:
        for m in pattern.finditer(head):
            words = list(re.finditer(r"\S+", m["name"]))
            cut = max((i + 1 for i, w in enumerate(words) if w.group().lower() in _MARKET_STOP), default=0)
            if words[cut:] and clean(m["name"][words[cut].start():]).lower() not in _NOT_A_MARKET:
                start = m.start("name") + words[cut].start()
                return clean(head[start:m.end("name")]), span(text, start, m.end("name"))
    title = re.match(r"\s*(?P<name>[A-Z][^\n:|–—-]{2,60}?)\s*(?::|\||–|—| - |\n)", text)
    if title:
        return title["name"], span(text, title.start("name"), title.end("name"))
    return "unnamed", None


def publisher(text: str) -> tuple[str | None, Span | None]:
    """The research house that published the report: a known house, one the text cites, the page's copyright owner,
    the subject of "X estimates the market …", or a name that reads as a research house."""
    m = PUBLISHER_RE.search(text)
    if m:
        name = clean(text[m.start(1):m.end(1)])  # as written: the cue matched the lower-cased text
        return name, span(text, m.start(1), m.start(1) + len(name))
    for pattern in (CITED_PUBLISHER, COPYRIGHT, ESTIMATING_HOUSE, HOUSE_NAME):
        for m in pattern.finditer(text):
            if not m["pub"]:
                continue
            name = clean(re.sub(r"[ \t]*\.?[ \t]*All Rights Reserved.*$", "", m["pub"], flags=re.IGNORECASE))
            based = re.match(r"[A-Z][\w-]*-(?:based|headquartered)\s+(?=[A-Z])", name)  # "Tokyo-based Sakura Bridge Analytics"
            name = name[based.end():] if based else name
            if name and not _NOT_A_HOUSE.match(name) and len(name) >= 4:
                start = m.start("pub") + (based.end() if based else 0)
                return name, span(text, start, start + len(name))
    return None, None


# Words that start a sentence or name the market, not a publisher.
_NOT_A_HOUSE = re.compile(r"(?:The|This|It|Our|We|Market|Global|Industry|Report|Analysts?|Experts?|Company|Management|"
                          r"Everyone|Nobody|All)\b|.*\bMarkets?$", re.IGNORECASE)


def report_date(text: str) -> tuple[date | None, Span | None]:
    head = text[:600]
    m = re.search(rf"(?<!\d)(?<!\d\.)(?P<y>{YEAR})(?P<sep>[-.])(?P<m>\d{{2}})(?P=sep)(?P<d>\d{{2}})(?!\d|\.\d)", head)  # ("2025.07.04 | Staff writer")
    if m:
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"])), span(text, m.start(), m.end())
        except ValueError:
            pass
    m = re.search(rf"(?:published|release date|date)\s*:?\s*{MONTH_RE}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{YEAR})", head,
                  re.IGNORECASE)
    if m:
        try:
            return date(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")], int(m["day"])), span(text, m.start(), m.end())
        except ValueError:
            pass
    # "Published 17/06/2025 06:00": a numeric date whose order shows (a day over 12 comes first in Europe and Latin
    # America, second in the US); one that could be either is left to the byline's reading below.
    m = re.search(rf"(?:published|posted|updated|date)\s*:?\s*(?:on\s+)?(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{YEAR})\b", text[:1500],
                  re.IGNORECASE)  # (a cue of its own: a news page's byline may follow long navigation)
    if m and (int(m["a"]) > 12) != (int(m["b"]) > 12):
        day, month = (int(m["a"]), int(m["b"])) if int(m["a"]) > 12 else (int(m["b"]), int(m["a"]))
        try:
            return date(int(m["y"]), month, day), span(text, m.start(), m.end())
        except ValueError:
            pass
    # A byline or a dateline near the top: "By Marieke Hoogland | 14 April 2026", "PUNE, India, March 11, 2025 /PressLink/":
    # the first date with its day, in any of the shapes developments are dated in.
    # Further down, after a news site's long navigation, only a date line of its own: "19 June 2025, 08:40 · Updated 10:15"
    # (not a date inside the article's first sentences, which may be an event's).
    # ("Tom Aldridge | 14 October 2025 | 7 min read": a byline's author before its date)
    # ("Thandeka Mokoena | Johannesburg | 14 August 2025", "By A. Raghunathan, Mercantile Post Bureau | Kolkata | Updated: Dec
    # 19, 2025", "Words: Kenji Morisaki | Tokyo | 2 June 2025": the author, perhaps a role and a place, each in a cell of its own)
    bylines = [m for line in re.finditer(r"^(?:(?:By|Words:|Text:|Written\s+by)\s+)?(?:[A-Z][\w.'’-]+(?:,?\s+[A-Z][\w.'’-]+){0,4}"
                                         r"\s*(?:[|·•]|\s[—–-])\s*){0,3}(?:(?:Published|Posted|Updated)\s*:?\s*(?:on\s+)?)?"
                                         r"(?=[^\n]{6,80}$)", text[:1500], re.MULTILINE)
               for m in [DATE_RE.match(text, line.end())] if m and m.end() > len(head)]  # (one the head cut in two, too)
    for m in [*DATE_RE.finditer(head), *bylines]:
        stated = stated_date(m.groupdict())
        if stated and len(stated) == 10:
            try:
                return date.fromisoformat(stated), span(text, m.start(), m.end())
            except ValueError:
                continue
    return None, None


_PEOPLE_SPENDING = re.compile(rf"\b(?P<people>(?:{alternation(sorted(d.capitalize() for d in DEMONYMS if d.endswith('an')))})s)(?:['’]\s+spending\s+on|\s+(?:have\s+|had\s+|will\s+|"
                              r"are\s+(?:expected|set|forecast|projected)\s+to\s+)?(?:spent|spend)\b)")


# What stands between a market's place and its name: "Japan's dental implant", "The European market for injection …"
_BEFORE_THE_NAME = r"(?:['’]s)?\s+(?:markets?\s+for\s+(?:the\s+)?)?"


def geography_scope(text: str, market: str | None = None, market_span: Span | None = None) -> tuple[str | None, Span | None]:
    """The market's own place when its name starts with one ("France Organic Wine"), else global when the page says so."""
    if market and market_span is not None:
        place = place_re().match(market)
        if place and is_place(place.group()) and market_span.quote.startswith(place.group()):
            return place.group(), span(text, market_span.start, market_span.start + len(place.group()))
        # "Japan's dental implant market", "The U.S. nurse call systems market": the place right before its name
        # ("the French market for heat pumps": the place before "market for" and the name), where the name is first
        # given or in a headline before ("Kenya's cooking gas sales to hit …")
        # (in the headline: a place's own, "Kenya's", on a page that speaks of no global market; not "the Middle East &
        # Africa electric vehicle charging station market", a region's part of a global one)
        again = [] if re.search(r"\b(?:global|worldwide)\b", text[:2000], re.IGNORECASE) else \
            [m.start() for m in re.finditer(re.escape(market), text[:market_span.end + 1200], re.IGNORECASE)
             if m.start() < market_span.start or m.start() > market_span.start
             and re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:market|industry|sector)\b", text[m.end():])]
        # (later: in a news story's first paragraph, "Việt Nam's construction steel market", not "China's widget revenue",
        # a part of the market, nor a region's sub-market further down)
        for named_at in [market_span.start, *again]:
            before = max(0, named_at - 60)
            place = next((p for p in reversed(list(place_re().finditer(text, before, named_at)))
                          if re.fullmatch(_BEFORE_THE_NAME if named_at == market_span.start else r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}",
                                          text[p.end():named_at])), None)
            if place and is_place(place.group()) and not DEMONYM_RE.fullmatch(place.group()):
                return place.group(), span(text, place.start(), place.end())
        # "the Australian childcare software market", "French district heating": the place its people are named by
        demonym = DEMONYM_RE.match(text, market_span.start, market_span.end) or next(
            (d for d in DEMONYM_RE.finditer(text, max(0, market_span.start - 45), market_span.start)
             if re.fullmatch(_BEFORE_THE_NAME, text[d.end():market_span.start])), None)
        if demonym:
            return DEMONYMS[demonym["demonym"].lower()], span(text, demonym.start(), demonym.end())
        # "Spending on dental services in Canada rose …", "Microinsurance in Nigeria, 2020-2024": the place after it
        after = re.match(r"(?:\s+(?:market|industry|sector))?\s+in\s+(?:the\s+)?", text[market_span.end:market_span.end + 40])
        place = place_re().match(text, market_span.end + after.end()) if after else None
        if place and is_place(place.group()) and not DEMONYM_RE.fullmatch(place.group()) \
                and re.match(r"\s*(?:[,.;:)]|\s(?:rose|fell|grew|is|was|were|are|will|reached|stood|totall?ed)\b)", text[place.end():]):
            return place.group(), span(text, place.start(), place.end())
    scope = re.search(r"\b(global|worldwide)\b", text[:2000], re.IGNORECASE)
    if not scope:
        # "Canadians spent about $2.1-billion on winter tires", "Mexicans' spending on pet food": a people's spending
        # is their country's market
        spenders = _PEOPLE_SPENDING.search(text[:3000])
        country = spenders and DEMONYMS.get(spenders["people"][:-1].lower())  # "Canadians" → "canadian" → Canada
        if country and is_place(country):
            return country, span(text, spenders.start("people"), spenders.end("people"))
        return None, None
    return scope.group(1).lower().replace("worldwide", "global"), span(text, scope.start(1), scope.end(1))


# "Smart Grid Sensors Market - expected to reach USD 3.4 billion by 2030": a related report's teaser line.
# (a headline in a numbered list too: "1. Pet Insurance Market to Hit USD 34.2 Billion by 2032, Says Verity Lane")
_MARKET_TEASER = re.compile(rf"^[ \t]*(?:(?:[{BULLET_GLYPHS}\-]|" r"\d{1,2}[.)])[ \t]*)?(?:Global[ \t]+)?(?P<name>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w'’/.-]*(?:[ \t]+(?:[A-Z0-9][\w'’/.-]*|of|and|&|for|in|to)){0,6})"
                            r"[ \t]+Market[ \t]*(?:[-–—:|(]|[Ss]ize\b|[Ss]hare\b|[Rr]eport\b|[Ff]orecast\b|"
                            r"(?:to|[Ii]s|[Ww]ill|[Ww]orth|[Ss]et|[Ee]xpected|[Pp]rojected|[Pp]oised)\b)[^\n]{0,160}$", re.MULTILINE)


# ("Projected Market Size (2033)  USD 5.87 Billion": a snapshot's row about the page's own market)
_NOT_A_MARKETS_NAME = re.compile(r"\b(?:Largest|Fastest|Growing|Leading|Key|Top|Analysis|Year|Figure|Fig|Table|Company|"
                                 r"Companies|Global|Overall|Total|Accounted|Projected|Forecast(?:ed)?|Estimated|Expected|"
                                 r"Anticipated|Current|Base|Historic(?:al)?)\b")




# "Browse More Insights of Quintara Research:", "Related Reports", "Trending Reports": a heading over other markets' lines
_RELATED_HEADING = re.compile(r"^[ \t]*(?:\d+(?:\.\d+)*[ \t]+)?(?:(?:(?:Browse|Explore|Check[ \t]+out|Read|View|Discover)[ \t]+)?"
                              r"(?:More|Other|Related|Similar|Trending|Popular|Latest|Recommended)[ \t]+(?:[\w-]+[ \t]+)?"
                              r"(?:Insights|Reports|Research|Studies|Titles|Markets)\b|You[ \t]+may[ \t]+also[ \t]+(?:like|be[ \t]+interested[ \t]+in)\b)"
                              r"[^\n]{0,60}$", re.MULTILINE | re.IGNORECASE)
# (a name may hold its abbreviation: "Quantitative PCR (qPCR) Market — USD 5.42 billion in 2024")
_MARKET_NAMED = re.compile(r"(?:\bthe[ \t]+)?(?:\bglobal[ \t]+)?(?P<name>[\w'’/&()-]+(?:[ \t]+[\w'’/&()-]+){0,5}?)[ \t]+market\b", re.IGNORECASE)


def _lines_under_related_heading(text: str, own: str) -> list[tuple[int, int]]:
    """The lines under a related-reports heading that each name another market ("• The global anti-jamming market
    size is expected to grow from …"), up to the first line that does not."""
    out = []
    for heading in _RELATED_HEADING.finditer(text):
        for line in re.finditer(r"[^\n]+", text[heading.end():heading.end() + 3000]):
            names = [_market_key(m["name"]) for m in _MARKET_NAMED.finditer(line.group())]
            if not names or any(own and n and (n in own or own in n) for n in names):
                break
            out.append((heading.end() + line.start(), heading.end() + line.end()))
    return out


def other_markets(text: str, market: str | None) -> list[tuple[int, int]]:
    """The lines about another market than the page's own (related reports, "you may also like"): their figures
    are that market's. A place's market ("Europe Market …") is the page's own market there."""
    own = _market_key(market or "")
    out = []
    for line in RELATED_LINE.finditer(text):
        # "Related research: Ballast Water Treatment Systems Market (USD 4.1 billion by 2030) | LNG Bunkering Market …"
        names = [_market_key(n) for n in re.findall(r"([A-Z][\w'’/&-]*(?:[ \t]+[\w'’/&-]+){0,6}?)[ \t]+Market\b", line.group())]
        if names and not any(own and (n in own or own in n) for n in names if n):
            out.append((line.start(), line.end()))
    for line in _MARKET_TEASER.finditer(text):
        name = _market_key(line["name"])
        if own and name and name not in own and own not in name and not is_place(clean(line["name"])) \
                and not _NOT_A_MARKETS_NAME.search(line["name"]):
            out.append((line.start(), line.end()))
    return out + _lines_under_related_heading(text, own)


def _market_key(name: str) -> str:
    """A market's name to compare: lower case, without "global", "market" and punctuation."""
    return " ".join(re.sub(r"\b(?:global|the|market|industry)\b|[^a-z0-9 ]", " ", name.lower()).split())
