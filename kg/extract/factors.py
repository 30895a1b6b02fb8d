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
from kg.extract.geography import is_place
from kg.extract.lists import split_items
from kg.extract.wordlist import Cue
from kg.extract.page import Line, Sentence, clean, is_title, lines, sentences, span

# What the market's companies are doing, a trend of the market: "leading players are shifting toward pea protein",
# "this has encouraged leading companies to introduce novel products".
_COMPANY_MOVES = (r"\b(?:companies|players|manufacturers|vendors|providers|participants|firms|brands|suppliers|start-ups|startups|operators)\b"
                  r"[^.;]{0,60}?\b(?:are|is|have been|have started|continue)?\s*(?:increasingly\s+|now\s+|also\s+|actively\s+)?(?:to\s+)?"
                  r"(?:entering|shifting|introduc\w*|develop\w*|launch\w*|taking strategic|investing|focusing|racing|partnering|"
                  r"expanding their|adopting|pursuing|moving toward|consolidat\w*)\b")
CUES = {
    "opportunities": Cue(r"opportunit|untapped|white space|lucrative (?:prospects|avenues)"),
    "restraints": Cue(r"restrain|hamper|hinder|imped|challeng|limit(?:s|ing|ed)? (?:the )?(?:market(?:'s)? )?(?:growth|adoption|expansion)|"
                             r"barrier|obstacle|constrain|high (?:initial |upfront |production )?costs?|concerns? (?:over|about|regarding)|"
                             r"slow(?:s|ed)? (?:down )?(?:the )?(?:market|growth|adoption)|pose (?:a )?(?:threat|risk)|"
                             r"drawback|shortage|volatil|stringent regulat|negative(?:ly)? (?:impact|affect)|\bweigh(?:s|ed|ing)? on\b|\bhold(?:s|ing)? back\b|\bheld back\b"),
    "trends": Cue(r"\btrends?\b|\bshift(?:ing|s)? (?:to|toward|towards|from)\b|increasing(?:ly)? adopt|emerging|"
                         r"\bgain(?:s|ing|ed)? (?:in )?(?:popularity|traction|prominence|momentum|ground|shelf space)|\brise of\b|"
                         r"growing popularity|\bmov(?:e|es|ing) (?:toward|towards|away from|out of)\b|\btransition (?:from|to|toward)\b|"
                         r"\bbecom(?:e|es|ing) (?:the )?(?:new )?(?:default|standard|norm|mainstream|preferred)\b|\bracing to\b|"
                         r"\bstrateg(?:y|ies) (?:adopted|followed|pursued|used)\b|\bincreasingly (?!popular|important)[a-z]+|" + _COMPANY_MOVES),
    "drivers": Cue(r"(?<![\w-])driv(?:en|ing|er|ers|e|es)\b|boost|fuel|propel|spur|accelerat|support(?:ed|s)? by|underpin|"
                          r"contribut\w* to (?:the )?(?:market(?:'s)? )?growth|growth factor|attributed to|owing to|due to|"
                          r"anchored in|tied to|\battribut\w* (?:[\w-]+ ){1,6}?to\b|on the back of|backed by|bolster|stimulat|encourag|thanks to|helped by|"
                          r"benefit\w* from|because of|as a result of|\bpush(?:es|ing)?\b|\bprompt|compel|motivat|incentiv|"
                          r"(?:increas\w*|growing|rising|surging|higher) (?:demand|adoption|use|need|awareness|investment|"
                          r"prevalence|incidence|spending|penetration|popularity)"),
}
_STRATEGIES_BY = r"\bstrateg(?:y|ies)\s+(?:adopted|followed|pursued|used)\s+by\b"
# Where the causes begin in a sentence that lists them.
_CAUSES = re.compile(r"\b(?:driven|fueled|fuelled|propelled|boosted|supported|spurred|underpinned|bolstered|backed|"
                     r"anchored|tied|attributed|attributable)\s+(?:mainly\s+|largely\s+|primarily\s+|mostly\s+)?(?:by|in|to)\s+"
                     r"|\battribut(?:es|ed|ing)\s+(?:[\w-]+\s+){1,6}?to\s+"  # "Yole attributes the blistering growth to …"
                     # "facing challenges related to A, B and C", "challenged by A and B", "hampered by A"
                     r"|\b(?:fac(?:ing|es|e)|confront(?:ing|s)?)\s+(?:\w+\s+)?(?:challenges|hurdles|obstacles|headwinds)\s+(?:related\s+to|such\s+as|including|like|from)\s+"
                     r"|\b(?:challenged|hampered|hindered|restrained|constrained|impeded)\s+(?:mainly\s+|largely\s+)?by\s+"
                     r"|\b(?:owing|due|thanks)\s+to\s+|\bhelped\s+by\s+|\bbecause\s+of\s+|\bbenefit\w*\s+from\s+|\bfactors?\s+such\s+as\s+|\b(?:trends|drivers|challenges|restraints|opportunities)"
                     r"(?:\s+(?:in|of|shaping|for|highlighted|identified|noted|cited)\s+[^,.;]{0,60}?)?\s+(?:may\s+|also\s+)?(?:include|includes|are|such as)\s*[:,]?\s*"
                     r"|\bone\s+of\s+the\s+(?:\w+\s+){0,2}(?:trends|drivers|challenges|restraints|opportunities)\s+(?:(?:in|of|for|shaping)\s+[^,.;]{0,60}?\s+)?is\s+"
                     # "Major strategies adopted by top players … include new product launches": how players compete, a trend
                     rf"|{_STRATEGIES_BY}[^.;:]{{0,160}}?\s+(?:include|includes|are|is)\s+"
                     r"|\b(?:a|one)\s+(?:notable|key|major|significant|prominent)\s+trend\s+is\s+"
                     r"|^(?:key\s+)?(?:market\s+)?(?:growth\s+)?(?:drivers|restraints|challenges|trends|opportunities)(?:\s+to\s+watch)?\s*:\s*"
                     # an FAQ's answer under its question: "Q: What trends are shaping …?" over "A: A, B and C."
                     r"|^A\s*[.:]\s+(?=.*,)",
                     re.IGNORECASE)
# A short question or label over a paragraph says what kind of factor the paragraph gives: "What is driving
# demand", "What holds the market back?", "Trends I'm watching".
_QUESTION_HEADINGS = {
    "restraints": re.compile(r"what(?:'s|\s+is|\s+are)?\s+(?:holding|holds?|held|could\s+hold|might\s+hold)\b(?:\s+[\w-]+){0,4}\s+back\??"
                             r"|(?:key\s+|main\s+)?(?:barriers|headwinds|obstacles)(?:\s+to\s+[\w-]+)?|what\s+could\s+(?:slow|derail)\b.{0,40}",
                             re.IGNORECASE),
    "drivers": re.compile(r"what(?:'s|\s+is|\s+are)?\s+(?:driving|drives|drove|pushing|pushes|fuell?ing|fuels|behind)\b(?:\s+[\w'-]+){0,5}\??"
                          r"|why\s+(?:the\s+)?(?:market|demand|sales|adoption)\s+(?:is\s+)?(?:grow|grows|growing|rising)\b.{0,30}",
                          re.IGNORECASE),
    "trends": re.compile(r"(?:key\s+)?trends?\s+(?:to\s+watch|(?:I'm|I\s+am|we're|we\s+are)\s+watching)(?:\s+\w+){0,2}"
                         r"|what\s+(?:[\w-]+\s+){0,2}(?:are|is)\s+watching"  # "What members are watching"
                         r"|what\s+(?:are\s+the\s+)?(?:[\w-]+\s+){0,2}trends\s+(?:are\s+)?(?:shaping|driving|defining|reshaping|"
                         r"influencing)\b.{0,60}", re.IGNORECASE),
}
_HEADINGS = {
    "drivers": re.compile(r"(?:key\s+)?(?:market\s+)?(?:growth\s+)?(?:drivers?|driving factors)(?:\s+\w+){0,3}"
                          # "Seven reasons fiber optic networks are expanding:"
                          r"|(?:[\w-]+\s+)?reasons\s+(?:why\s+)?(?:[\w-]+\s+){0,6}?(?:grow|expand|boom|ris|surg|thriv)\w*", re.IGNORECASE),
    "restraints": re.compile(r"(?:key\s+)?(?:market\s+)?(?:restraints?|challenges|restraints?\s*(?:&|and)\s*challenges)(?:\s+\w+){0,2}",
                             re.IGNORECASE),
    "trends": re.compile(r"(?:key\s+)?(?:market\s+)?(?:trends|tendencies)(?:\s*(?:&|and)\s*highlights)?(?:\s+\w+){0,3}", re.IGNORECASE),
    "opportunities": re.compile(r"(?:key\s+)?(?:market\s+)?opportunities(?:\s+\w+){0,2}", re.IGNORECASE),
}
# What a falling market is blamed on restrains it, whatever the linking words.
_DECLINE = re.compile(r"\b(?:declin|decreas|fall\b|fell\b|drop|slump|contract|shrink|deteriorat|negative|slow(?:s|ed|down)?\b|"
                      r"hamper|hinder|weigh)", re.IGNORECASE)
# A clause that goes on about the cause before it, not another cause: "…, especially in Asia", "exhibit a CAGR of 4%".
_NOT_A_CAUSE = re.compile(r"(?:especially|particularly|mainly|notably|exhibit\w*|register\w*|witness\w*)\b|.*\bCAGR\b",
                          re.IGNORECASE)
# A short sentence that announces a list: "The study flags three challenges.", "Barriers remain."
_ANNOUNCED = re.compile(r"(?:[\w ,'’-]{0,60}?\b(?:lists?|notes?|sees?|identifie[sd]|identify|flags?|points? to|names?|highlights?|cites?|"
                        r"faces?|confronts?)\s+)?(?:(?:several|a few|some|two|three|four|five|the following|a number of|many|its|real|"
                        r"significant)\s+)?(?:key\s+|main\s+|major\s+)?"
                        r"(?P<kind>risks|challenges|headwinds|hurdles|barriers|obstacles|drivers|trends|opportunities)"
                        r"(?:\s+(?:to|for|in|of|on|ahead|facing|that)\b[^.;,]{0,40})?[.:]?\s*$"
                        r"|(?P<kind2>barriers|challenges|headwinds|risks|obstacles)\s+remain\.?\s*$", re.IGNORECASE)
_ANNOUNCED_KIND = {**dict.fromkeys(("risks", "challenges", "headwinds", "hurdles", "barriers", "obstacles"), "restraints"),
                   "drivers": "drivers", "trends": "trends", "opportunities": "opportunities"}
# A list as the subject of a sentence that says what its items are: "A, B and C remain the most visible trends",
# "A, B and C are gaining popularity" (group kind: they are drivers).
_LISTED_SUBJECT = re.compile(r"(?:meanwhile,?\s+|at the same time,?\s+)?(?P<items>[^.;:]{10,300}?)\s+(?:are|remain|have become|were)\s+"
                             r"(?:now\s+|also\s+|still\s+)?(?:(?:the|among the|some of the)\s+)?(?:(?:most|main|key|major|biggest|notable|visible|"
                             r"important|leading|technology|product|consumer|market|growth)\s+){0,3}(?:trends\b|(?P<kind>drivers)\b)"
                             r"|(?P<items2>[^.;:]{10,300}?)\s+(?:are|were)\s+(?:now\s+|also\s+|steadily\s+|rapidly\s+)?(?:gaining|winning)\s+"
                             r"(?:in\s+)?(?:popularity|ground|traction|share|shelf space|momentum)", re.IGNORECASE)
_COMPANY_MOVE = re.compile(_COMPANY_MOVES, re.IGNORECASE)
# What may come before causes that open a sentence: a bullet, a quote mark, "But," or "However,".
_OPENING = re.compile(r"[\s•*\-\"“]*(?:(?:but|however|yet|still|and|also|moreover|in addition)\s*,?\s*)?", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"[,.]?[\"”]\s*,?\s*(?:the|this|our)\s+(?:report|study|analysis|analyst|authors?)\s+(?:states|says|notes|adds|"
                          r"concludes|finds)\.?\s*$", re.IGNORECASE)
_STRATEGIES = re.compile(_STRATEGIES_BY, re.IGNORECASE)
# The kind a phrase introducing causes names: "challenges include", "hampered by", "trends shaping …", "strategies adopted"
_NAMED_KINDS = [(re.compile(r"challenge|restraint|hurdle|obstacle|headwind|hamper|hinder|restrained|constrained|impeded"), "restraints"),
                (re.compile(r"trend|strateg"), "trends"), (re.compile(r"opportunit"), "opportunities")]
# Words that introduce what drives, not what holds back: "driven by", "fuelled by", "on the back of … boosted"
_DRIVING = re.compile(r"driv|fuel|propel|boost|spur|bolster")
# "the growth", "the market": words that name no cause
_EMPTY_CAUSE = re.compile(r"(?:the\s+)?(?:growth|market|demand|industry|sector)(?:\s+of\s+the\s+market)?", re.IGNORECASE)
# Words that say a sentence gives what drives growth, whatever else it mentions: "… factors anticipated to drive the
# growth of the segment", "One of the primary drivers …"; they outrank the cues of a trend other than the word itself.
_DRIVES_GROWTH = Cue(r"\b(?:driv(?:e|es|ing)|fuel(?:s|ing)?|propel(?:s|ling)?|boost(?:s|ing)?|spur(?:s|ring)?)\s+(?:the\s+)?"
                     r"(?:(?:market|segment|industry)(?:'s)?\s+|overall\s+)?(?:growth|demand|expansion|adoption)|"
                     r"\b(?:primary|key|main|major) drivers?\b|\bdriving factors?\b|\bgrowth drivers?\b")
_OPPOSITE = {"drivers": "restraints", "restraints": "drivers"}
_CONTRAST = re.compile(r"\W*(?:however|but|yet|still|that said|on the other hand|meanwhile|at the same time|in contrast)\b", re.IGNORECASE)
_REPORTED = re.compile(r"^(?:the|this|our|a)\s+(?:new\s+)?(?:report|study|research|analysis)(?:,[^,]{0,60},)?\s+(?:states|says|notes|"
                       r"finds|found|shows|reveals|highlights|indicates|suggests|observes|concludes)\s+(?:that\s+)?", re.IGNORECASE)
_NOISE = re.compile(r"\b(?:report|coverage|takeaways|insights|developments|players|sample|download|subscribe|cookie|"
                    r"privacy|click|request)\b", re.IGNORECASE)


def _content_words(phrase: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w-]+", phrase.lower()) if w not in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset("the a an of in on for to and or by with from its their this that these those as at".split())


def find_factors(text: str, sents: list[Sentence], page_lines: list[Line]) -> dict[str, list[Factor]]:
    out: dict[str, list[Factor]] = {k: [] for k in CUES}
    seen: set[str] = set()

    def add(kind: str, start: int, end: int, one_word: bool = False) -> None:
        repeated = re.match(r"\s*(?:by|through|from)\s+", text[start:end])  # "driven by A, and by B": B
        start += repeated.end() if repeated else 0
        phrase = clean(text[start:end])
        if len(phrase) < 8 or len(phrase.split()) < 2 and not (one_word and re.fullmatch(r"[a-z]{8,}", phrase)) or phrase.lower() in seen \
                or is_place(phrase):
            return  # ("… rules in Europe and the Gulf": a place is where a cause acts, not a cause)
        raw = text[start:end]
        start, end = start + len(raw) - len(raw.lstrip(" ,.;:-–•*\t\n")), end - (len(raw) - len(raw.rstrip(" ,.;:-–•*\t\n")))
        words = _content_words(phrase)
        if any(words <= _content_words(known.text) for known in out[kind]):
            return  # "the COVID-19 pandemic" after "the occurrence of COVID-19 pandemic": one factor once
        seen.add(phrase.lower())  # the phrase with its spacing tidied; the span quotes the text as written
        out[kind].append(Factor(text=phrase, span=span(text, start, end), confidence=0.5))

    heading, heading_has_paragraph = None, False
    section_titles = {line.start for line in page_lines if line.kind == "heading" and is_title(line.text)}
    # After a paragraph under it, any short line ("Segment highlights", "Which models are winning?") begins
    # another section; before one, short lines are the heading's own items.
    paragraphs = {line.start for line in page_lines if line.kind == "text" and not line.text.rstrip().endswith("?")}
    short_lines = {line.start for line in page_lines
                   if line.kind == "heading" or line.kind == "text" and len(line.text) <= 100 and line.text.rstrip().endswith("?")}
    for sent in sents:
        if sent.text.startswith("#"):
            continue  # the page's source line or a markdown title, not a statement
        attributed = _ATTRIBUTION.search(sent.text)
        if attributed:  # '… and disaster response," the report states.': the statement without who makes it
            sent = Sentence(sent.start, sent.start + attributed.start(), sent.text[:attributed.start()])
        stripped = re.sub(r"^(?:\d{1,2}[.)]|Q\s*[.:])\s+", "", sent.text.strip(" :•*-"))  # "4. Tendencies", "Q: What …?"
        titled = next((k for k, pattern in _HEADINGS.items() if pattern.fullmatch(stripped)), None) \
            or next((k for k, pattern in _QUESTION_HEADINGS.items() if pattern.fullmatch(stripped.rstrip("?: "))), None)
        if titled:
            heading, heading_has_paragraph = titled, False
            continue
        if sent.start in section_titles or heading_has_paragraph and sent.start in short_lines:
            heading = None  # another section begins: "Key trends" covers only what is under it
        if heading and sent.start in paragraphs:
            heading_has_paragraph = True
        announced = _ANNOUNCED.match(sent.text) if len(sent.text) < 120 else None
        if announced:  # "Mirante lists several risks to its forecast.": what follows are risks
            heading, heading_has_paragraph = _ANNOUNCED_KIND[(announced.group("kind") or announced.group("kind2")).lower()], False
            continue
        is_item = len(sent.text) < 160 and not sent.text.rstrip().endswith(".")
        kind = next((k for k, cue in CUES.items() if cue.search(sent.text)), None)
        if kind == "trends" and _DRIVES_GROWTH.search(sent.text) and not re.search(r"\btrends?\b", sent.text, re.IGNORECASE):
            kind = "drivers"
        under_heading = heading and (is_item or len(sent.text) < 300) and (
            kind is None or kind != "opportunities" and not _CONTRAST.match(sent.text))
        if under_heading:
            kind = heading  # under "What is driving demand", "a shortage of veterinarians" drives; "However, …" turns
        elif heading in _OPPOSITE and kind is None and _CONTRAST.match(sent.text) and len(sent.text) < 300:
            kind = _OPPOSITE[heading]
        if not is_item and len(sent.text) >= 300:
            heading = None
        # "The report, from X, states that …": what follows is the finding, not talk about the report.
        reported = _REPORTED.match(sent.text)
        said = sent.text[reported.end():] if reported else sent.text
        # (a figure in an aside is no market figure: "the high capital cost of CT lanes (often above USD 1 million per lane)")
        if kind is None or MONEY.search(re.sub(r"\([^()]*\)", "", sent.text)) or len(sent.text) > 500 or len(sent.text) < 12 or _NOISE.search(
                re.sub(r"\b(?:players|companies)\b", "", said[:80]) if _COMPANY_MOVE.search(said) or _STRATEGIES.search(said) else said[:80]):
            continue
        if is_title(sent.text):
            continue  # a heading ("Analysis of Market Size & Trends"), not a statement
        causes = _CAUSES.search(sent.text)
        if causes:  # the phrase that introduces the causes says their kind: "driven by", "challenges include"
            introduced = causes.group().lower()
            named = next((named_kind for words, named_kind in _NAMED_KINDS if words.search(introduced)), None)
            if named or not under_heading:  # under "Challenges", "costs rise due to tariffs" is still a challenge
                kind = named or ("restraints" if kind == "restraints" and not _DRIVING.search(introduced)
                                 and "support" not in introduced else "drivers")
            if not under_heading and _DECLINE.search(sent.text[:causes.start()]) and not _DRIVING.search(introduced):
                kind = "restraints"  # "a fall in growth owing to the pandemic": the cause of a decline restrains
        if causes:
            tail = re.split(r"\.\s|\.$|\s+(?:thereby|thus)\s|;|,\s+which\s", sent.text[causes.end():])[0]  # ", which …" ends the list
            # "A that cut losses, B that turn transformers into data points, and C": each item without its clause
            tail = re.sub(r"\s+(?:which|that|who)\s[^,]*", lambda m: " " * len(m.group()), tail)
            if _OPENING.fullmatch(sent.text[:causes.start()]) and not introduced.rstrip().endswith(":") \
                    and not re.search(r"opportunit|challenge|trend|restraint|driver", introduced):
                # "Due to evolving hair trends, consumers are seeking …": the causes end where the main clause begins
                main = re.search(r",\s+(?!and\b)(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|can|could|may|this|it)\b", tail)
                if main and not under_heading and _DECLINE.search(tail[main.start():]) \
                        and not _DRIVING.search(introduced):
                    kind = "restraints"  # "But, owing to the pandemic, the industry is anticipated to witness declining growth"
                tail = tail[:main.start()] if main else tail
            # "trends … include sustainability, technological innovation": one long word is a factor too
            items = [i for i in split_items(tail) if (len(i.text.split()) >= 2 or re.fullmatch(r"[a-z]{6,}", i.text) and named)
                     and not _NOT_A_CAUSE.match(i.text) and not _EMPTY_CAUSE.fullmatch(i.text.strip(" ."))]
            if items:
                for item in items:  # a trend named in one word only where the text announces its kind
                    add(kind, sent.start + causes.end() + item.start, sent.start + causes.end() + item.start + len(item.text),
                        one_word="strateg" not in introduced and bool(named) and all(len(i.text.split()) <= 3 for i in items))
                continue
        subject = _LISTED_SUBJECT.match(sent.text)
        if subject:  # "Plant-based milk pairings, nitro cold brew on tap and recyclable cans remain the most visible trends"
            group = "items" if subject.group("items") else "items2"
            items = [i for i in split_items(subject.group(group)) if len(i.text.split()) >= 2]
            if len(items) >= 2:
                at = sent.start + subject.start(group)
                for item in items:
                    add("drivers" if subject.group("kind") else "trends", at + item.start, at + item.start + len(item.text))
                continue
        add(kind, sent.start + (reported.end() if reported else 0), sent.end)
    return out
