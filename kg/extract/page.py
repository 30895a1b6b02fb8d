"""Page structure: a report page as lines (headings, bullets, table rows, paragraphs) and sentences, with offsets.

Real pages are not clean prose: navigation, headings with no sentence, bullets, flattened tables
("| Market Size in 2024 | USD 3.2 Billion |"), PDF line wraps ("pro- duction") and run-on words
("PublishedThe"). Every later stage reads these units, so each is split once, here.

>>> [s.text for s in sentences("Key players include H.B. Fuller and A. O. Smith Corp. The market grew.")]
['Key players include H.B. Fuller and A. O. Smith Corp.', 'The market grew.']
>>> [(line.kind, line.text) for line in lines("Top Companies:\\n• Acme Inc.\\n| Base Year | 2024 |")]
[('heading', 'Top Companies:'), ('bullet', 'Acme Inc.'), ('row', '| Base Year | 2024 |')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from kg.card import Span
from kg.names import NAME_ABBREVIATIONS

MAX_TEXT_CHARS = 2_000_000  # above this a "report" is not a report page; extraction refuses it

LineKind = Literal["heading", "bullet", "row", "text"]

# A numbered table of contents entry: "5.1 By Coverage Type" over "5.1.1 First-Party Coverage", "5.1.2 …", on lines or run together.
OUTLINE_NUMBER = r"\d{1,2}(?:\.\d{1,2}){1,3}"  # "5.1", "12.3.4"
OUTLINE_ENTRY = re.compile(rf"(?<![\d.])(?P<num>{OUTLINE_NUMBER})\.?\s+(?P<title>[A-Z][^\n]*?)"
                            rf"(?=\s+{OUTLINE_NUMBER}\.?\s+[A-Z]|\s+\d{{1,2}}\.?\s+[A-Z][\w-]*\s+[A-Z]|\s*\n|$)")

# A release's dateline before its first sentence: the city (and state, country) it was filed from and its date:
# "MONTERREY, N.L. – June 24, 2025 – ", "PUNE, MAHARASHTRA, INDIA, March 11, 2025 /EINPresswire.com/ -- ",
# "Hyderabad, Telangana, 21 January 2025 – ". Its places are no market's, its date no event's.
_DATELINE_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(r"^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}){0,3}"
                      rf"[ \t]*(?:,|[–—-]+)[ \t]*(?:{_DATELINE_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{_DATELINE_MONTH}[ \t]+\d{{4}})"
                      r"[ \t]*(?:/[^/\n]{1,40}/)?[ \t]*(?:[–—-]+|:)[ \t]*")



@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Line:
    """A line of the page, without its bullet mark; ``start``/``end`` are offsets of ``text``."""

    start: int
    end: int
    text: str
    kind: LineKind


def span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, quote=text[start:end])


# (a PDF's "o" and a post's arrows and ticks too: "o Q2 2024: Cleveron …", "➤ Hotels")
BULLET_GLYPHS = "•·▪●◦‣∙*➤►▶→✔✓☑❖■□○➢»◆◇▹▸➡🔹🔸📌👉✅・"  # (and "-", "–" or ">" before a space: a dash's or a quoted mail's bullet)
_BULLET = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]\ufe0f?|[->–](?=\s)|o(?=\s+[A-Z0-9])|\d{{1,2}}[.)](?=\s))\s*")
# "Inc.", "Corp.", "Co.", "Ltd." and initials ("H.B.", "A. O.") end no sentence before a name goes on.
# ("Rs. 11,240": a currency's stop; "DR. VRANJES FIRENZE S.R.L.": a title in capitals)
_INITIAL = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Ms|Dr|DR|St|No|vs|approx|e\.g|i\.e|Rs|Rp))\.$")
# ("Yes. Digital devices accounted for …": an FAQ's answer, a sentence of its own)
_ABBREVIATION = re.compile(rf"\b(?:(?i:{NAME_ABBREVIATIONS})|(?!Yes\b)[A-Z][a-z]{{1,2}}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|etc)\.$")
# A stop a few letters after an opening parenthesis, and the parenthesis closing soon after it, with no stop between
_IN_SHORT_PARENTHESES = re.compile(r"\([^()\n.]{1,10}\.$")
_PARENTHESES_CLOSE = re.compile(r"[^()\n.]{1,40}\)")
# A legal form that ends with a stop ("Sp. z o.o.", "S.A.", "s.r.o.", "Ltd.", "Inc.")
_LEGAL_FORM_BEFORE_BRACKET = re.compile(r"(?:\b[A-Za-z]{1,4}\.(?:\s?[A-Za-z]{1,4}\.)*|\bz\s+o\.o\.)$")
_SCALE_ABBREVIATION = re.compile(r"\d\s?(?:mld|mln|mil|Mio|Mrd|bln|tys|tis|mrd)\.$")
_CURRENCY_AFTER_SCALE = re.compile(r"(?:Kč|zł|Ft|kr|lei|€|EUR|USD|PLN|CZK|HUF|SEK|NOK|DKK|RON|CHF)\b")
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# "… won a contract in May. Thermax commissioned …": the month's name, written whole, ends the sentence
_IN_MAY = re.compile(r"\b(?:[Ii]n|[Oo]f|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ate|[Ee]arly|[Mm]id-?)\s*May\.$")
# After an abbreviation a new sentence starts only with a word that starts sentences.
_ENDS_WITH_COMPANY_FORM = re.compile(r"\b(?:Inc|Corp|Ltd|Co|Bhd|Pty|Pvt)\.$")
_NOUN_PHRASE_OPENS = re.compile(r"[A-Z][a-z]+\s+(?!(?:and|of|for|de|du|la|et|und|y|&)\b)[a-z]{3,}\b")
_STARTER = re.compile(r"[\"“(‘]?(?!(?:Limited|Incorporated)\b)(?:The|This|These|That|Those|It|Its|In|On|At|As|For|With|By|According|Other|Some|Many|"
                      r"However|Moreover|Furthermore|Additionally|Also|Such|Key|Major|Leading|Growing|Rising|[A-Z][a-z]+ed|"
                      r"[A-Z][a-z]+ing)\b|[0-9•]")
_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(‘]?[A-Z0-9•])|\n|(?<=[a-z]{3}\.)(?=[A-Z][a-z])|(?<=[a-z])(?=(?:The|This|According)\s|In\s+(?:\d|the\b|a\b|an\b|addition\b|terms\b|this\b))|\s•\s"
                    # a section's heading run into its paragraph: "Product InsightsTops led the market …"
                    r"|(?:(?<=Insights)|(?<=Analysis)|(?<=Overview)|(?<=Outlook)|(?<=Snapshot)|(?<=Highlights))(?=[A-Z][a-z]|[A-Z]{2,})")


# A heading's decoration, not part of its words: "▍By Specialty", "◆ Regional Outlook"
_DECORATION = re.compile(r"\s*[▍▌▎▏▐█◆◇★☆]+\s*")


def lines(text: str) -> list[Line]:
    """Every non-empty line, classified: a table row, a bullet item, a heading (short, no full stop) or text."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        if not raw.strip():
            continue
        start = m.start()
        if decoration := _DECORATION.match(raw):
            start += decoration.end()
            raw = raw[decoration.end():]
            if not raw.strip():
                continue
        bullet = _BULLET.match(raw)
        if raw.lstrip().startswith("|"):
            kind: LineKind = "row"
        elif bullet:
            kind, start = "bullet", start + bullet.end()
        elif len(raw.strip()) <= 100 and not re.search(r"[.!?]\s*$", raw) and not raw.strip().endswith(","):
            kind = "heading"
        else:
            kind = "text"
        body = text[start:m.end()]
        lead = len(body) - len(body.lstrip())
        out.append(Line(start + lead, m.end() - (len(body) - len(body.rstrip())), body.strip(), kind))
    return out


def is_title(text: str) -> bool:
    """A section title: most words capitalised ("Regional Analysis"), or a label ending in a colon."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    return text.rstrip().endswith(":") or bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_LABEL_WITH_LIST = re.compile(r"^\W*(?!(?:Table|Figure|Fig|Chart|Exhibit)\b)[A-Z][\w /&-]{1,30}:\s+[^:,]+(?:,[^:,]+){1,}$")


def sections_under(page_lines: list[Line], heading: re.Pattern, titles_only: bool = True,
                   subheading: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """The offsets of each part of the page under a heading that ``heading`` finds, up to the next section title;
    ``titles_only=False``: any heading line counts, in any case ("Key highlights of the report"); ``subheading``: the
    titles inside a section that do not end it ("U.S.", "France, Italy and Spain" under "Regional Insights")."""
    out, start = [], None
    for line in page_lines:
        numbered = line.kind == "bullet" and len(line.text) <= 40  # "4. Regional Analysis"
        if line.kind != "heading" and not numbered or titles_only and not is_title(line.text) \
                or _LABEL_WITH_LIST.match(line.text):  # "Distribution channel: Online, Specialty Stores": in a section
            continue
        if start is not None and subheading is not None and subheading(line.text):
            continue
        if start is not None and line.kind == "heading":
            out.append((start, line.start))
            start = None
        if start is None and heading.search(line.text):
            start = line.end
    if start is not None:
        out.append((start, page_lines[-1].end))
    return out


_YEAR_FIRST_DATE_SO_FAR = re.compile(r"\b(?:19|20)\d\d\.(?:\s?(?P<month>\d{1,2})\.)?$")


def sentences(text: str) -> list[Sentence]:
    """Sentences and list items with their offsets; a line break ends a sentence unless the text wraps mid-clause."""
    out, start = [], 0
    for m in _BREAK.finditer(text):
        if m.group() == "\n" and _wraps(text, m.start()):
            continue
        if "\n" not in m.group():
            if text.endswith("....", 0, m.start()):
                continue  # "Market value 2024 ........ EUR 1,180 million": a dot leader between a row's label and its cell
            before = text[max(0, m.start() - 8):m.start() + 1].rstrip()
            if m.group().startswith(")") and (_INITIAL.search(before[:-1]) or _ABBREVIATION.search(before[:-1])) \
                    and not _STARTER.match(text, m.end()):
                continue  # "The White Company (U.K.) Limited": an abbreviation's stop in brackets, and the name goes on
            if _INITIAL.search(before) or (_ABBREVIATION.search(before) and not _STARTER.match(text, m.end())
                                           and not _IN_MAY.search(text, max(0, m.start() - 12), m.start())
                                           # ("… Backcountry Access, Inc. Airbag packs come from …": a name's legal form,
                                           # then a sentence whose subject is a noun phrase)
                                           and not (_ENDS_WITH_COMPANY_FORM.search(before)
                                                    and _NOUN_PHRASE_OPENS.match(text, m.end()))):
                continue
            so_far = _YEAR_FIRST_DATE_SO_FAR.search(text, max(0, m.start() - 10), m.start())
            if so_far and re.match(r"\d{1,2}\b" if so_far["month"] else r"\d{1,2}\.\s?\d{1,2}\b", text[m.end():m.end() + 6]):
                continue  # "2024. 7. 15  DENSO announced …": a Korean page's date, each part with its stop
            if text.startswith("(", m.end()) and _LEGAL_FORM_BEFORE_BRACKET.search(text, max(0, m.start() - 14), m.start()) \
                    and re.match(r"\([^()\n]{1,40}\)", text[m.end():]):
                continue  # "Bielenda Sp. z o.o. (Kraków), Farmona Sp. z o.o. (Kraków), …": a company's seat after its legal form
            if _SCALE_ABBREVIATION.search(before) and _CURRENCY_AFTER_SCALE.match(text, m.end()):
                continue  # "9,84 mld. Kč", "EUR 120 Mio. in 2024": a continental scale's stop, then the figure's currency
            if _MONTH_ABBREVIATION.search(before) and re.match(r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\b", text[m.end():m.end() + 12]):
                continue  # "Sep. 2024: Canyon launched …", "On Oct. 14, 2024, …": the month's full stop, then its date
            if _IN_SHORT_PARENTHESES.search(text, max(start, m.start() - 12), m.start()) \
                    and _PARENTHESES_CLOSE.match(text, m.end()):
                continue  # "16,9 mld zł (ok. 3,9 mld EUR) in 2024": an abbreviation's stop inside a short aside
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _wraps(text: str, newline: int) -> bool:
    """A PDF or e-mail line wrap: the line goes on in lower case after a word or a comma, or goes on in any way after a
    word no sentence ends with ("… valued at USD 8.41 billion in\n2024, is estimated …")."""
    before = text[max(0, newline - 1):newline]
    after = text[newline + 1:newline + 3].lstrip(" ")
    # (or after a figure, or a figure split from its currency: "valued at USD 186.4\nmillion in 2024", "reach USD\n209.7 million")
    if before and re.match(r"[a-z0-9,\-–(]", before) and after[:1].islower():
        return True
    if after[:1].isdigit() and _CURRENCY_AT_END.search(text, max(0, newline - 6), newline):
        return True
    # ("at PLN 5.18 billion\n(EUR 1.20 billion) in 2025": an amount, then its restatement in brackets on the next line)
    if after[:1] == "(" and _AMOUNT_AT_END.search(text, max(0, newline - 24), newline):
        return True
    line = text[text.rfind("\n", 0, newline) + 1:newline]
    # ("DAE Capital (Dubai Aerospace\nEnterprise), …", "(5.7%\nCAGR, 2025-2031)": the bracket closes early on the next line)
    if after[:1].isalnum() and (line.count("(") > line.count(")") and re.match(r"[^()\n.,;]{1,40}\)|CAGR\b[^()\n.;]{0,30}\)", text[newline + 1:newline + 42])
                                or before.isalnum() and _LEGAL_FORM_GOES_ON.match(text, newline + 1)):  # "Aircastle\nLimited, …"
        return True
    return bool(after[:1].isalnum() or after[:1] in "$€£¥₹") and bool(_ENDS_MID_CLAUSE.search(text, max(0, newline - 12), newline))


_AMOUNT_AT_END = re.compile(r"\d[ \t]?(?:trillion|billion|million|bn|mn|tn|crore)\.?[ \t]*$", re.IGNORECASE)
_CURRENCY_AT_END = re.compile(r"(?:(?<![\w$])(?:US\$|USD|EUR|GBP|JPY|CNY|INR)|[$€£¥₹])[ \t]*$")
# A company's legal form at a line's start, then the list's comma or the sentence's end: the name goes on there
_LEGAL_FORM_GOES_ON = re.compile(r"[ \t]*(?:Limited|Ltd\.?|Inc\.?|Corporation|Corp\.|LLC|plc|PLC|GmbH|AG|S\.A\.|N\.V\.|B\.V\.)(?=[,.;)]|$)",
                                 re.MULTILINE)
_ENDS_MID_CLAUSE = re.compile(r"(?<![\w.])(?:in|by|of|at|to|the|a|an|and|or|from|for|with|between|than|is|are|was|were|"
                              r"reach|reached|valued|about|around|approximately|nearly|roughly|worth|totalled|totaled)$|[\w.)][,;]$")  # (a comma or a semicolon: "… Maxar Intelligence,\nPlanet Labs PBC, …")


def sentence_between(text: str, start: int, end: int) -> Sentence | None:
    """The sentence in ``text[start:end]`` without the white space around it (None if there is only space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end]) if end > start else None


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    if decoration := _DECORATION.match(text, start, end):  # "▍By Specialty": a heading's words without its mark
        start = decoration.end()
    if (sentence := sentence_between(text, start, end)) is not None:
        out.append(sentence)


def clean(text: str) -> str:
    """A phrase without the list and page punctuation around it."""
    return re.sub(r"\s+", " ", text).strip(" ,.;:-–•*\t")


def sentence_at(sents: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (sentences are sorted and disjoint)."""
    i = bisect.bisect_right(sents, offset, key=lambda s: s.start) - 1
    return sents[i] if i >= 0 and sents[i].start <= offset < sents[i].end else None


def cell_spans(line: str) -> list[tuple[int, str]]:
    """A flattened table row's cells with their offsets in the line: split at "|", tabs, runs of spaces or dot leaders
    ("Estimated value 2025 ........ EUR 15.9 billion"), or three dots between spaces ("Share 2024 ... Value 2034")."""
    out, start = [], 0
    for sep in [*re.finditer(r"\s*\|\s*|\t+|\s*(?:\.{4,}|…{2,})\s*|\s+\.{3}\s+|\s{2,}", line), None]:
        end = sep.start() if sep else len(line)
        piece = line[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, piece.strip()))
        start = sep.end() if sep else end
    return out


def dimension_and_segment(header: list[str]) -> bool:
    """A header whose rows name their dimension, then their segment: "Dimension | Segment | Share 2025E | CAGR"."""
    return len(header) > 2 and bool(re.fullmatch(r"\s*(?:dimension|segmentation)\s*", header[0], re.IGNORECASE)) \
        and bool(re.fullmatch(r"\s*(?:segment|sub-?segment|category)\s*", header[1], re.IGNORECASE))


@lru_cache(maxsize=4)
def table_rows(text: str) -> list[tuple[int, list[str]]]:
    """Every line of the text with its offset, split into table cells; read once for every table reader (figures,
    places). "Region | 2025 | CAGR || Seoul Capital Area | 231.7 | 16.1% || …": rows flattened into one line with "||"."""
    rows = []
    for line in re.finditer(r"[^\n]+", text):
        if "||" in line.group() and _SINGLE_BAR.search(line.group()):
            parts = [(line.start() + m.start(), m.group()) for m in re.finditer(r"[^|]+(?:\|(?!\|)[^|]*)*", line.group())]
        else:  # "Metric || 2024 || 2025" (no single "|" on the line): "||" parts its cells, the line is one row
            parts = [(line.start(), line.group())]
        for start, part in parts:
            spans = cell_spans(part)
            # (each row from its first cell; the first from the line's start, as a line that is one row)
            rows += [(start + (group[0][0] if n else 0), [cell for _, cell in group])
                     for n, group in enumerate(_unflattened(spans))] if spans else []
    return rows


# a figure's cell, or a blank one ("--", "n/a")
_FIGURE_CELL = re.compile(r"[-−–+]?(?:[$€£¥₹]\s?)?\d[\d., \u00a0\u202f]*(?:\s?%|\s?(?:bn|mn|billion|million))?|[-–—]{1,2}|n/?a",
                          re.IGNORECASE)


def _unflattened(cells: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A table flattened onto one line by bars, its header's width of cells a row: "Country | 2024 (EUR Mn) | CAGR
    2025-2032 | Germany | 318.6 | 5.1% | France | 214.2 | 5.4% |" is a header and two rows (each row a name, then
    figures); any other line is one row."""
    def row(group) -> bool:  # a name ("Germany", not "2025f"), then figures
        return bool(re.search(r"[^\W\d_]{2,}", group[0][1])) and not _FIGURE_CELL.fullmatch(group[0][1]) \
            and all(_FIGURE_CELL.fullmatch(c) for _, c in group[1:])

    for width in range(2, 7):
        if len(cells) < 2 * width or len(cells) % width:
            continue
        groups = [cells[i:i + width] for i in range(0, len(cells), width)]
        header = not any(_FIGURE_CELL.fullmatch(c) for _, c in groups[0])
        if all(row(g) for g in groups[header:]) and len(groups) - header >= 2:
            return groups
    return [cells]


_SINGLE_BAR = re.compile(r"(?<!\|)\|(?!\|)")


# "Table B - Sales value by product type, 2024" over "Standard board | 54%": a caption naming the one dimension its rows
# break the market down by (the rows have no header of their own)
TABLE_CAPTION_BY = re.compile(r"\bby\s+(?P<dim>[a-z][\w/&-]*(?:\s+[a-z][\w/&-]*){0,3}?)\s*(?:,|\(|:|$|\d)")


# A line of links to other pages: "Related reports: …", "You may also like: …", "More from Market data: …"
RELATED_LINE = re.compile(r"^[ \t]*(?:Related(?:[ \t]+(?:research|reports?|markets?|reading|studies|stories|titles|links))?|You may also (?:like|be interested in)|"
                          r"People also (?:viewed|read)|Also read|See also|More from[^:\n]{0,40})[ \t]*:[^\n]*$", re.MULTILINE | re.IGNORECASE)
