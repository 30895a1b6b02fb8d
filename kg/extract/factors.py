"""Factors: what drives, restrains, shapes (trends) or opens (opportunities) a market, in the report's words.

A sentence that names several causes ("driven by the expansion of retail and rising demand for
recyclable materials") gives one factor per cause, each with its own span; items under a "Drivers" or
"Key Market Trends" heading are factors of that kind; a sentence with only a cue word is one factor.

>>> text = "The market is driven by the expansion of organised retail and the rising demand for recyclable packaging. Key trends include smart labels."
>>> out = find_factors(text, sentences(text), lines(text))
>>> [f.text for f in out["drivers"]], [f.text for f in out["trends"]]
(['the expansion of organised retail', 'the rising demand for recyclable packaging'], ['smart labels'])
"""

from __future__ import annotations

import re

from kg.card import Factor
from kg.extract.figures import MONEY
from kg.extract.lists import split_items
from kg.extract.wordlist import Cue
from kg.extract.page import Line, Sentence, clean, is_title, lines, sentences, span

CUES = {
    "opportunities": Cue(r"opportunit|untapped|white space|lucrative (?:prospects|avenues)"),
    "restraints": Cue(r"restrain|hamper|hinder|imped|challeng|limit(?:s|ing|ed)? (?:the )?(?:market(?:'s)? )?(?:growth|adoption|expansion)|"
                             r"barrier|obstacle|constrain|high (?:initial |upfront |production )?costs?|concerns? (?:over|about|regarding)|"
                             r"slow(?:s|ed)? (?:down )?(?:the )?(?:market|growth|adoption)|pose (?:a )?(?:threat|risk)|"
                             r"drawback|shortage|volatil|stringent regulat|negative(?:ly)? (?:impact|affect)"),
    "trends": Cue(r"\btrends?\b|\bshift(?:ing|s)? (?:to|toward|towards|from)\b|increasing(?:ly)? adopt|emerging|"
                         r"gaining (?:popularity|traction|prominence)|\brise of\b|growing popularity|\bmove toward"),
    "drivers": Cue(r"\bdriv(?:en|ing|er|ers|e|es)\b|boost|fuel|propel|spur|accelerat|support(?:ed|s)? by|underpin|"
                          r"contribut\w* to (?:the )?(?:market(?:'s)? )?growth|growth factor|attributed to|owing to|due to|"
                          r"anchored in|tied to|on the back of|backed by|bolster|stimulat|encourag|thanks to|helped by|"
                          r"benefit\w* from|because of|as a result of|\bpush(?:es|ing)?\b|\bprompt|compel|motivat|incentiv|"
                          r"(?:increas\w*|growing|rising|surging|higher) (?:demand|adoption|use|need|awareness|investment|"
                          r"prevalence|incidence|spending|penetration|popularity)"),
}
# Where the causes begin in a sentence that lists them.
_CAUSES = re.compile(r"\b(?:driven|fueled|fuelled|propelled|boosted|supported|spurred|underpinned|bolstered|backed|"
                     r"anchored|tied|attributed|attributable)\s+(?:mainly\s+|largely\s+|primarily\s+|mostly\s+)?(?:by|in|to)\s+"
                     r"|\b(?:owing|due|thanks)\s+to\s+|\bhelped\s+by\s+|\bbecause\s+of\s+|\bbenefit\w*\s+from\s+|\bfactors?\s+such\s+as\s+|\b(?:trends|drivers|challenges|restraints|opportunities)"
                     r"(?:\s+(?:in|of|shaping|for)\s+[^,.;]{0,60}?)?\s+(?:include|includes|are|such as)\s*:?\s*"
                     r"|\b(?:a|one)\s+(?:notable|key|major|significant|prominent)\s+trend\s+is\s+"
                     r"|^(?:key\s+)?(?:market\s+)?(?:growth\s+)?(?:drivers|restraints|challenges|trends|opportunities)\s*:\s*",
                     re.IGNORECASE)
_HEADINGS = {
    "drivers": re.compile(r"(?:key\s+)?(?:market\s+)?(?:growth\s+)?(?:drivers?|driving factors)(?:\s+\w+){0,3}", re.IGNORECASE),
    "restraints": re.compile(r"(?:key\s+)?(?:market\s+)?(?:restraints?|challenges|restraints?\s*(?:&|and)\s*challenges)(?:\s+\w+){0,2}",
                             re.IGNORECASE),
    "trends": re.compile(r"(?:key\s+)?(?:market\s+)?trends(?:\s*(?:&|and)\s*highlights)?(?:\s+\w+){0,3}", re.IGNORECASE),
    "opportunities": re.compile(r"(?:key\s+)?(?:market\s+)?opportunities(?:\s+\w+){0,2}", re.IGNORECASE),
}
# What a falling market is blamed on restrains it, whatever the linking words.
_DECLINE = re.compile(r"\b(?:declin|decreas|fall\b|fell\b|drop|slump|contract|shrink|deteriorat|negative|slow(?:s|ed|down)?\b|"
                      r"hamper|hinder|weigh)", re.IGNORECASE)
# A clause that goes on about the cause before it, not another cause: "…, especially in Asia", "exhibit a CAGR of 4%".
_NOT_A_CAUSE = re.compile(r"(?:especially|particularly|mainly|notably|exhibit\w*|register\w*|witness\w*)\b|.*\bCAGR\b",
                          re.IGNORECASE)
_REPORTED = re.compile(r"^(?:the|this|our|a)\s+(?:new\s+)?(?:report|study|research|analysis)(?:,[^,]{0,60},)?\s+(?:states|says|notes|"
                       r"finds|found|shows|reveals|highlights|indicates|suggests|observes|concludes)\s+(?:that\s+)?", re.IGNORECASE)
_NOISE = re.compile(r"\b(?:report|coverage|takeaways|insights|developments|players|sample|download|subscribe|cookie|"
                    r"privacy|click|request)\b", re.IGNORECASE)


def find_factors(text: str, sents: list[Sentence], page_lines: list[Line]) -> dict[str, list[Factor]]:
    out: dict[str, list[Factor]] = {k: [] for k in CUES}
    seen: set[str] = set()

    def add(kind: str, start: int, end: int) -> None:
        phrase = clean(text[start:end])
        if len(phrase) < 8 or len(phrase.split()) < 2 or phrase.lower() in seen:
            return
        raw = text[start:end]
        start, end = start + len(raw) - len(raw.lstrip(" ,.;:-–•*\t\n")), end - (len(raw) - len(raw.rstrip(" ,.;:-–•*\t\n")))
        seen.add(phrase.lower())  # the phrase with its spacing tidied; the span quotes the text as written
        out[kind].append(Factor(text=phrase, span=span(text, start, end), confidence=0.5))

    heading = None
    section_titles = {line.start for line in page_lines if line.kind == "heading" and is_title(line.text)}
    for sent in sents:
        if sent.text.startswith("#"):
            continue  # the page's source line or a markdown title, not a statement
        stripped = sent.text.strip(" :•*-")
        titled = next((k for k, pattern in _HEADINGS.items() if pattern.fullmatch(stripped)), None)
        if titled:
            heading = titled
            continue
        if sent.start in section_titles:
            heading = None  # another section begins: "Key trends" covers only what is under it
        is_item = len(sent.text) < 160 and not sent.text.rstrip().endswith(".")
        kind = next((k for k, cue in CUES.items() if cue.search(sent.text)), None)
        if kind is None and heading and (is_item or len(sent.text) < 300):
            kind = heading
        if not is_item and len(sent.text) >= 300:
            heading = None
        # "The report, from X, states that …": what follows is the finding, not talk about the report.
        reported = _REPORTED.match(sent.text)
        said = sent.text[reported.end():] if reported else sent.text
        if kind is None or MONEY.search(sent.text) or len(sent.text) > 500 or len(sent.text) < 12 or _NOISE.search(said[:80]):
            continue
        if is_title(sent.text):
            continue  # a heading ("Analysis of Market Size & Trends"), not a statement
        causes = _CAUSES.search(sent.text)
        if causes:  # the phrase that introduces the causes says their kind: "driven by", "challenges include"
            introduced = causes.group().lower()
            kind = next((k for k, word in (("restraints", "challenge"), ("restraints", "restraint"), ("trends", "trend"),
                                           ("opportunities", "opportunit")) if word in introduced),
                        "restraints" if kind == "restraints" and not re.search(r"driv|fuel|propel|boost|support|spur|bolster",
                                                                                introduced) else "drivers")
            if _DECLINE.search(sent.text[:causes.start()]) and not re.search(r"driv|fuel|propel|boost|spur|bolster", introduced):
                kind = "restraints"  # "a fall in growth owing to the pandemic": the cause of a decline restrains
        if causes:
            tail = re.split(r"\.\s|\.$|\s+(?:which|thereby|thus|that)\s", sent.text[causes.end():])[0]
            items = [i for i in split_items(tail) if len(i.text.split()) >= 2 and not _NOT_A_CAUSE.match(i.text)]
            if items:
                for item in items:
                    add(kind, sent.start + causes.end() + item.start, sent.start + causes.end() + item.start + len(item.text))
                continue
        add(kind, sent.start + (reported.end() if reported else 0), sent.end)
    return out
