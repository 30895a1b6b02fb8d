"""Developments: dated events ("In January 2024, Acme, Germany, expanded …"), with their actor, as bullets or in prose.

One sentence can hold two events ("In March 2023, A launched X, and in May 2023, B acquired Y"): each
date opens its own clause, and the actor is the organisation right after the date or, failing that,
the sentence's subject ("BASF AG, a German chemical company, launched Neopor in 2018").

>>> text = "• In January 2024, Siemens AG, Germany, expanded its plant. In March 2023, Acme Corp. launched X, and in May 2023, Beta acquired Gamma."
>>> [(d.date, d.actor) for d in find_developments(text, sentences(text))]
[('2024-01', 'Siemens AG'), ('2023-05', 'Beta'), ('2023-03', 'Acme Corp.')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from kg.card import Development
from kg.extract.figures import YEAR
from kg.extract.geography import DEMONYM_RE, is_place
from kg.extract.lists import COMPANY_DESCRIPTOR, ORG_NAME
from kg.extract.wordlist import Cue, alternation
from kg.extract.page import BULLET_GLYPHS, RELATED_LINE, Sentence, clean, sentences, span, table_rows
from kg.names import CAPITAL_LETTERS, FOUNDERS_NAME, LEGAL_FORM, abbreviates, clean_org_name

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_RE = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
DATE_RE = re.compile(
    rf"\b{MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{YEAR})\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>January|February|March|April|May|June|July|August|September|"
    rf"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,?\s+(?P<year2>{YEAR})\b"
    rf"|\b(?P<month3>January|February|March|April|May|June|July|August|September|October|November|December|"
    rf"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?:,|\s*-|\s+of)?\s*(?P<year3>{YEAR})\b"  # ("March of 2024")
    rf"|\b(?P<mm>\d{{1,2}})/(?P<dd>\d{{1,2}})/(?P<year4>{YEAR})\b"
    # "In 2024 March, Pulmuone is announced to build …": the year before its month, as pages translated from Chinese,
    # Japanese or Korean write it (before "In 2024", which would take the year alone)
    rf"|\b(?:[Ii]n[ \t]+)?(?P<year18>{YEAR})[ \t]+(?P<month18>January|February|March|April|June|July|August|September|October|"
    rf"November|December)\b(?![ \t]+\d)"
    rf"|\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ince|[Bb]y the end of|[Aa]t the end of)[\s-]+(?:the\s+year\s+)?(?P<year5>{YEAR})\b(?!\s*[-–]\s*\d)"
    rf"|\b(?:Q(?P<q6>[1-4])|H[12])\s*(?:,\s*)?(?P<year6>{YEAR})\b"
    rf"|(?<![\d/.])(?P<mm7>\d{{1,2}})[/.](?P<year7>{YEAR})\b"  # "11/2024 - Safestore opened …", "09.2024 – Kreisel launched …"
    rf"|^\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?P<year8>{YEAR})\s*(?::|[-–—](?=\s+[A-Z]))(?=\s)"  # "• 2023: Content Guru won …", "2023 – A did"
    rf"|\b(?P<month9>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+(?P<year9>{YEAR})\b"
    # "- 2026.02 - SK E&S began …", "2025/03 - Nel ASA and …", "2025-05 – Plug Power signed …": year and month opening a line
    # ("・2024/11 Tokyo Ohka Kogyo Co., Ltd. began …": a Japanese page's bullet, the date, a space and the name)
    rf"|^\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?P<year10>{YEAR})[./-](?P<mm10>0[1-9]|1[0-2])(?:\s*(?::|[-–—])\s|[ \t]{{2,}}|\t|[ ](?=[A-Z][A-Za-z]))"
    # "- 2024. 7. 15  DENSO Corporation announced …": a Korean page's date, year first, each part with its stop
    rf"|^\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?P<year17>{YEAR})\.\s?(?P<mm17>1[0-2]|0?[1-9])\.\s?(?P<dd17>[12]\d|3[01]|0?[1-9])\.?(?=\s)"
    # ("the first semester of 2025", "the first trimester of 2025": a translated page's half and quarter)
    rf"|\b(?:in\s+)?the\s+(?P<nth11>first|second|third|fourth|final|last)\s+(?P<part11>quarter|half|semester|trimester)\s+of\s+(?P<year11>{YEAR})\b"
    rf"|(?<![\d.])(?P<dd12>\d{{1,2}})\.(?P<mm12>\d{{1,2}})\.(?P<year12>{YEAR})\b"  # "12.03.2024": day first
    rf"|\b(?P<year13>{YEAR})(?P<sep13>[-/])(?P<mm13>0[1-9]|1[0-2])(?P=sep13)(?P<dd13>[0-3]\d)\b"  # "2024-03-15", "2024/07/01"
    rf"|(?<![\d.-])(?P<dd14>\d{{1,2}})-(?P<mm14>\d{{1,2}})-(?P<year14>{YEAR})\b"  # "05-11-2024": which is the month?
    # "in summer 2024", "Autumn 2024 – …": a season dates its year
    rf"|\b(?:(?:[Ii]n|[Dd]uring|[Bb]y)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|(?-i:Fall)|(?<=in )fall|[Ww]inter)"
    rf"(?:\s+of)?\s+(?P<year15>{YEAR})\b"
    # "March '24 – Cardolite launched …", "Nov ’24", "Q4-24", "Q3 '25": a year written with two digits after an apostrophe
    rf"|\b(?:(?P<month16>January|February|March|April|May|June|July|August|September|October|November|December|"
    rf"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|Q(?P<q16>[1-4])|H[12])\s?(?:['’]|(?<=\d)-)(?P<yy16>[12]\d)\b(?![-/.,]?\d)")
EVENT_VERB = Cue(r"\b(?:launch|introduc|announc|acquir|partner|collaborat|approv|receiv|expand|open|unveil|sign|"
                        r"complet|merg|releas|debut|roll|entered|enter|agree|form|join|invest|establish|clear|grant|award|"
                        r"inaugurat|showcas|present|develop|rais|secur|obtain|buil|start|began|begin|teamed|tie[sd]?\b|tying\b|"
                        r"commission|deploy|unveil|won\b|wins?\b|winning\b|divest|sold|sell|complet|worked|work|upgrad|relocat|"
                        r"extend|broke\b|break\b|breaks\b|opened|file|filed|purchas|took|take|set|rebrand|spun|spin|launched|"
                        r"deliver|ship|suppl|install|commenc|bought|buy|pledg|commit|certif|inked|struck|debuted|went|go(?:es)? live|"
                        r"came into|conduct|host|organi[sz]|renew|surpass|achiev|crossed|hit|transferr|withdr|clos|shut|"
                        r"exit|made|cut\b|integrat|migrat|restructur|reorgani[sz]|appoint|licens|flew|fly|brought|led\b|drew|chose|hired|"
                        r"paid\b|pays?\b|ran\b)\w*")
# Past tenses that state a figure or a fact, not an event: "In 2024, hospitals accounted for …".
_STATIVE = re.compile(r"(?:based|headquartered|located|valued|estimated|expected|projected|forecasted|anticipated|owned|"
                      r"needed|used|called|named|reported|recorded|posted|generated|accounted|remained|registered|"
                      r"witnessed|exhibited|showed|represented|dominated|contributed|captured|commanded|exceeded|"
                      r"declined|increased|decreased|rose|fell|grew|stood|reached|totalled|totaled|amounted)")
_NOUN_ENDING = re.compile(r"\w*(?:tions?|ments?|ers|ance|ances|ings?)")


_PASSIVE_BY = re.compile(r"\s+by\b")
_SHARE_LED = re.compile(r"\s+(?:the\s+)?(?:market|revenue|sales|demand|segment|category|with|in terms of)\b")


def is_event_verb(word: str, after: str = "") -> bool:
    """ "launched", "postponed", "withdrew": a verb that reports something an organisation did (not "led the market
    in 2024", a share); ``after``: the text that follows the verb."""
    if word == "led" and _SHARE_LED.match(after) or _PASSIVE_BY.match(after):
        return False  # "led the market in 2024": a share; "…, supported by promotions": a passive aside
    if len(word) > 1 and word.isupper():
        return False  # "STATISTICAL RELEASE | Published 12 March 2025", "PRESS RELEASE": a page's label, no verb
    if _CAPACITY_RAISED.fullmatch(word) and _CAPACITY_AFTER.match(after):
        return True  # "increased alpha rice production at its Miyagi factory by 30 percent": a plant's expansion
    if _NOUN_ENDING.fullmatch(word.lower()) or _STATIVE.fullmatch(word.lower()):
        return False
    if _VOLUME_VERB.fullmatch(word) and _COUNT_AFTER.match(after):
        return False  # "sold 12.7 billion cans in 2025", "shipped 3 million units": a volume, not an event
    if word in ("said", "confirmed", "disclosed", "stated") and (told := _TOLD_EVENT.match(after)):
        return is_event_verb(told["verb"], after[told.end():])  # "said in February 2025 that it had booked …"
    if _OPINION_VERB.fullmatch(word):
        return False  # "Ferreira argued that …", "the analyst noted …": an opinion, not an event
    return bool(EVENT_VERB.match(word)) or bool(_PAST_TENSE.fullmatch(word))


_CAPACITY_RAISED = re.compile(r"increased|doubled|tripled|lifted|boosted")
_CAPACITY_AFTER = re.compile(r"\s*(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:production|capacity|capacities|output)\b")
_OPINION_VERB = re.compile(r"argued|noted|warned|explained|stressed|emphasi[sz]ed|commented|observed|suggested|claimed|"
                           r"believed|remarked|cautioned|insisted|acknowledged|conceded|speculated|predicted|estimated|reckoned")


_VOLUME_VERB = re.compile(r"sold|sells?|shipped|ships?|delivered|delivers?")
_COUNT_AFTER = re.compile(r"\s+(?:about|around|some|over|nearly|almost|more\s+than|roughly)?\s*[\d.,]+\s*(?:%|per|million|billion|"
                          r"thousand|units|tonnes|tons|[a-z]+s\b)")
# What a company said it did: "… that it had booked its first order", "… it has opened a plant"
_TOLD_EVENT = re.compile(r"[^.;]{0,40}?\b(?:that\s+)?(?:it|they|the\s+(?:company|group|firm))\s+(?:had\s+|has\s+|have\s+)?(?P<verb>[a-z]+)\b")


_PAST_TENSE = re.compile(r"\b[a-z]{3,}ed\b")


_NAME = ORG_NAME
_LABEL = r"[A-Z][a-z]+(?:\s+[a-z&]+){0,2}:"  # "Product launch:", "Partnership:" before the sentence proper
# what may part a date from the clause it opens: "May 2024 – A …", "May 2024: A …", "Latest development (Mar 2025): A …"
_AFTER_DATE = r"^\s*\)?\s*[,:–—·-]?\s*"
_ACTOR_AFTER_DATE = re.compile(
    rf"{_AFTER_DATE}(?:(?:[Aa]t|[Ii]n|[Dd]uring|[Vv]ia|[Tt]hrough|[Ff]rom|[Aa]fter|[Aa]s)\s+[^,;]{{1,50}},\s*)?"  # "…, at CES, A …"
    rf"(?:{_LABEL}\s+)?"  # "March 2024 – Partnership: A partnered with …"
    rf"(?:the\s+)?(?:researchers\s+(?:of|at|from)\s+(?:the\s+)?|scientists\s+(?:of|at)\s+(?:the\s+)?)?"
    # "Bengaluru-based start-up Invergy Labs raised …": a descriptor before the name
    # (or "Japanese conglomerate Hitachi, Ltd. agreed …")
    rf"{COMPANY_DESCRIPTOR}?(?P<actor>{_NAME})(?:['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:division|unit|subsidiary|arm|business|segment|team))?"
    rf"\s*(?:,\s*(?:(?:a|an|the)\s+)?[^,]{{1,60}},)?\s*(?:\([^)]{{1,40}}\)\s*)?(?:,|\s[-–—])?\s*(?:has\s+|had\s+|have\s+|also\s+|recently\s+|"
    rf"officially\s+|successfully\s+|jointly\s+)*(?P<verb>\w+)")
_SUBJECT = re.compile(
    rf"^\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?:{_LABEL}\s+)?(?:\d{{1,2}}\)\s*)?(?:For (?:example|instance|illustration),?\s*|In addition,?\s*|Additionally,?\s*|Moreover,?\s*|"
    rf"Furthermore,?\s*|Also,?\s*|(?:(?!(?:By|In|On|For|With|Among|Of|Across|Within|Based|According)\b)[A-Z][a-z]+(?:\s+[a-z]+){{0,4}}|"
    rf"(?P<apposed>(?:A|An)\s+(?:[\w'’-]+\s+){{0,4}}[a-z][\w-]*[a-z])|"  # "A small Cotswolds distiller, Fernbrake Spirits, closed …"
    rf"In\s+(?:a|an|another|one)\s+[a-z]+(?:\s+[a-z]+){{0,5}}|Among\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?:developments|moves|deals|news|entrants|newcomers|challengers|"
    rf"rivals|start-?ups|competitors|players|vendors|suppliers)(?:\s+[a-z]+){{0,4}}|"  # "In a development flagged in the report, Riot Games …"
    # (not "Cargill, Incorporated agreed …": a legal form after the comma makes it one name)
    # (not "Itabus, the Italian operator, ordered …": a name and its apposition, not an opening word)
    rf"At the \w+ end|On the \w+ side),\s*(?!{LEGAL_FORM}(?!\w))(?!(?:the|a|an)\s+[^,.]{{1,60}},\s*[a-z]))?"
    rf"(?:(?:When|After|Once|Although|Though|Because|If|Until)\s+)?"  # "When Apple received FDA authorization in …"
    # ("Surgery Partners, Inc. , based in Brentwood, Tennessee, completed …": a seat of two names as the aside)
    rf"(?:the\s+)?{COMPANY_DESCRIPTOR}?(?P<actor>{_NAME})\s*(?:,\s*(?:based|headquartered)\s+in\s+[A-Z][^,]{{1,40}},\s*[A-Z][^,]{{1,30}},|"
    rf",\s*(?:(?:a|an|the)\s+)?[^,]{{1,60}},|"
    rf",\s*(?:which|who|whose)\s+[^,]{{1,100}},|\([^()]{{1,40}}\)\s*[:–—-]?)?\s*"  # "Acme (NYSE: ACM) announced", "Acme (May 2024): launched"
    rf"(?(apposed),\s*)"  # (the name an apposition opened with closes it: "A small distiller, Fernbrake Spirits, closed")
    # "Acme Robotics and Beta Labs formed a joint venture": the first of two subjects ("GoodWe and Sungrow each unveiled
    # a platform": each of them, one event each)
    rf"(?:(?:and|&)\s+(?:the\s+)?(?P<second>{_NAME})\s+(?=(?:each\s+|both\s+)?(?:[a-z]+ed\b|(?:formed|signed|agreed|launched|"
    rf"opened|won|began|set)\b)))?(?P<each>(?:each|both)\s+)?"
    rf"(?:has\s+|had\s+|have\s+|also\s+|recently\s+)*(?P<verb>\w+)")
# "• Bridgestone Corporation (November 2024): Opened a plant …": the date in parentheses after its actor.
_NAME_BEFORE_DATE = re.compile(rf"\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?P<actor>{_NAME})\s*\(\s*")
_VERB_AFTER_DATE = re.compile(r"\s*\)\s*[:–—-]?\s*(?P<verb>[A-Za-z]+)")
# "- Evonik Industries AG - February 2025: started a second line": a profile bullet, its company, the date, the event
# (or "- ConvaTec: 11/2024 - opened a manufacturing facility")
# "Kakuzi last month opened …", "Isuzu in December launched …": the subject, then the date, then its verb
# ("…, and Wildcraft India Pvt. Ltd. in March 2025 introduced …": the date's own "in" or "on" after the name)
_NAME_THEN_DATE = re.compile(rf"\s*(?P<actor>{_NAME})\s+(?:(?:in|on|during)\s+)?")
# ("…; separately, Schneider Electric SE agreed in August 2025 to buy …": a linking word before the clause's subject)
_TRANSITION = r"(?:(?:separately|meanwhile|additionally|similarly|likewise|elsewhere|later|subsequently|in\s+addition),\s+)?"
_CLAUSE_OPENS = re.compile(rf"(?:,|;)\s+(?:(?:while|whereas|and|but)\s+)?{_TRANSITION}|\b(?:while|whereas)\s+")
_VERB_AFTER_PLAIN_DATE = re.compile(r"\s*,?\s*(?P<verb>[a-z]+)\b")
_NAME_DASH_DATE = re.compile(rf"\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?P<actor>{_NAME})(?:\s+[-–—|]|:)\s*")
_VERB_AFTER_DASHED_DATE = re.compile(r"\s*[:–—-]\s*(?P<verb>[a-z]+)")
# A row of a table flattened to words: "Jan 2025 Rijk Zwaan Opened a breeding station …", the verb capitalised as a
# cell's first word. Not "… Advanced Enzyme Technologies" nor "… Integrated Systems": words of names.
_NAME_WORD_IN_PAST_TENSE = {"united", "limited", "integrated", "advanced", "applied", "allied", "associated", "consolidated",
                            "diversified", "unlimited", "incorporated", "registered", "licensed", "certified", "combined",
                            "connected", "automated", "engineered", "distributed", "managed", "assured", "blessed"}


def _actor_before_capital_verb(clause: str) -> re.Match | None:
    name = re.match(rf"{_AFTER_DATE}(?P<actor>{_NAME})", clause)
    if name is None:
        return None
    for word in list(re.finditer(r"\S+", name["actor"]))[1:]:
        verb = word.group()
        if re.fullmatch(r"[A-Z][a-z]{2,}", verb) and verb.lower() not in _NAME_WORD_IN_PAST_TENSE \
                and (verb.endswith("ed") or verb in ("Won", "Began", "Sold", "Bought", "Took", "Made", "Struck", "Broke", "Set")) \
                and is_event_verb(verb.lower()):
            actor = name["actor"][:word.start()].rstrip()
            return re.match(rf"{_AFTER_DATE}(?P<actor>{re.escape(actor)})\s+(?P<verb>{verb})\b", clause)
    return None


_BY_ACTOR = re.compile(rf"\b(?:approved|cleared|granted|acquired|awarded|authori[sz]ed|certified|selected)\s+by\s+(?:the\s+)?"
                       rf"(?P<actor>{_NAME})")
# A brand written in lower case: "dsm-firmenich said …", "dormakaba Holding AG opened …".
_LOWER_CASE_ACTOR = re.compile(rf"{_AFTER_DATE}(?P<actor>[a-z]{{2,}}-[a-z]{{2,}}|(?!(?:and|while|but|with|whereas|the|its|their|our|after|before|when)\b)[a-z]{{3,}}(?:\s+[a-z]{{3,}})?(?:\s+(?:[A-Z][\w&.-]*|&))*\s+"
                               rf"(?:{LEGAL_FORM}))(?!\w)\s*,?\s*(?:has\s+|also\s+)?(?P<verb>\w+)")  # (not "hospitals increased")
_SAID = re.compile(r"\bsaid\b")
# Where a clause with a subject of its own opens inside a sentence: "…; B …", "…, while Convera partnered …"
_CLAUSE_OPENING = re.compile(rf";\s*{_TRANSITION}|,\s+(?:while|whereas|and)\s+|\s(?:while|whereas)\s+")
# ("…, while Chivas Brothers, the Scotch arm of Pernod Ricard, said in April that …": the name, then what it is)
_SAID_BEFORE_DATE = re.compile(rf"(?:[,;]\s*(?:and\s+|while\s+)?|\s(?:and|while)\s+)(?:the\s+)?(?P<actor>{_NAME})"
                               rf"(?:,\s+(?:the|a|an|now|part|which|whose|owned|based)\b[^,;]{{2,70}},)?\s+"
                               rf"(?:said|announced|confirmed)\s+(?:on\s+|in\s+)?$")
# "03/2024: Becton, Dickinson and Company received …": a company named after its founders, a comma inside its name
_FOUNDERS_AFTER_DATE = re.compile(rf"{_AFTER_DATE}(?P<actor>{FOUNDERS_NAME})\s+(?:has\s+|also\s+)?(?P<verb>\w+)")
_INTENT = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:would|will|plans?|planned|intends?|intended)\b")
_REPORTED_DEED = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?P<verb>[a-z]+ed)\b")
_WHICH_HEAD = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?P<actor>{_NAME}),\s+which\b")
_WHICH = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?P<actor>{_NAME}),\s+which\s+(?:has\s+|had\s+|also\s+)?(?P<verb>\w+)")
# the aside just before a date: "<name>, which signed … in", "<name>, whose Pioneering Spirit removed … in"
_WHICH_BEFORE = re.compile(rf"(?:^|[,;]\s+(?:and\s+)?|\band\s+)(?P<actor>{_NAME}),\s+(?:which|whose(?:\s+[A-Z][\w'’-]*){{1,4}})\s+"
                           rf"(?:has\s+|had\s+|also\s+)?(?P<verb>[a-z]\w+)\b(?:[^,;]|,(?=\d{{3}}))"
                           rf"{{0,120}}?\s+(?:in|on|during)\s+$")


def _announces(clause: str, verb_end: int) -> bool:
    """ "Signet Jewelers said it would double …": an announced plan is the dated event; so is a reported one ("PTT Oil
    and Retail Business said it had added 200 chargers")."""
    if not clause[:verb_end].endswith(("said", "announced")):
        return False
    reported = _REPORTED_DEED.match(clause, verb_end)
    return bool(_INTENT.match(clause, verb_end)) or bool(reported) and is_event_verb(reported["verb"])


_RELATIVE = re.compile(r"\b(?:whose|which|who|where)\b")
# ("5. Razer Inc. (Singapore) - …", "4. HP Inc. (HyperX) (US) - …": a numbered entry, a brand and a country after the name)
_HEADED_BY_NAME = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}\-]\s*|\d{{1,2}}[.)]\s+)?(?P<actor>{_NAME})\s*(?:\([^()]{{1,30}}\)\s*){{0,2}}[–—:-]\s+")
_SAME_VERB_OBJECT = re.compile(r"\s*,?\s*(?:and|as well as)\s+(?:the\s+|its\s+|a\s+|an\s+)?[\w\s-]{1,40}?\s+(?:in|on|during)\s+")
# a verb in a timeline's line ("2023 - Atlantic Sapphire cuts its stocking plan"), not one that states a condition
_TIMELINE_VERB = re.compile(r"(?!(?:is|was|has|does|says|remains|seems|looks|needs|means|sees|expects|plans|aims|hopes|"
                            r"wants|faces|lacks)$)[a-z]{3,}(?:s|ed)")
# "Abbott completed enrollment … in November 2024 and received FDA designation for … in February 2025": one subject,
# a second verb
_AND_ANOTHER_VERB = re.compile(r"\s*,?\s+and\s+(?:later\s+|then\s+|also\s+|subsequently\s+)?(?P<verb>[a-z]+)\b[^;:]{0,120}?\s+(?:in|on|during)\s+")
# An event written as a noun, its doer named by "by" or a possessive: "the acquisition of a Dubai-based enclosure maker
# by Vertiv in September 2024", "the launch by Menicon in October 2024 of …", "Eaton's opening of a facility in April
# 2025", "the July 2024 expansion of CooperVision's programme".
_EVENT_NOUN = (r"(?:acquisition|purchase|takeover|buyout|merger|launch|opening|expansion|introduction|release|rollout|"
               r"roll-out|inauguration|completion|commissioning|investment|entry|start|signing|unveiling|debut|agreement|deal|"
               r"partnership|order|issue|issuance|listing|offering|IPO)")
_NOMINAL_EVENT = re.compile(
    rf"\b(?:acquisition|purchase|takeover|buyout)\s+of\s+[^,;]{{1,80}}?\s+by\s+(?:the\s+)?(?P<actor>{_NAME})"
    rf"|\b{_EVENT_NOUN}\s+by\s+(?:the\s+)?(?P<by>{_NAME})"
    rf"|(?P<owner>{_NAME})['’]s?\s+(?:[a-z][\w-]*\s+){{0,3}}?{_EVENT_NOUN}\s+(?:of|at|in|into|with)\b"
    # "Watershed's USD 100 million round, announced in Feb 2024": the event, then when it was announced
    rf"|(?P<announcer>{_NAME})['’]s\s+(?:[\w$.-]+\s+){{0,5}}?(?:{_EVENT_NOUN}|round|raise|funding),?\s+"
    rf"(?:announced|completed|closed|unveiled|agreed|signed)\s+(?:in|on)\s*$")
_NOMINAL_EVENT_AFTER_DATE = re.compile(
    rf"\s+{_EVENT_NOUN}\s+(?:of\s+(?:the\s+)?(?P<owner>{_NAME})['’]s?\s|by\s+(?:the\s+)?(?P<by>{_NAME})"
    rf"|of\s+[^,;]{{1,80}}?\s+by\s+(?:the\s+)?(?P<actor>{_NAME}))")


def _nominal_actor(sentence: str, since: int, date: _Dated) -> str | None:
    """The doer of an event written as a noun right before the date (in ``sentence[since:date.start()]``, no clause
    break between) or right after it ("the July 2024 expansion of CooperVision's …")."""
    after = _NOMINAL_EVENT_AFTER_DATE.match(sentence, date.end())
    if after:
        return _actor(after["actor"] or after["by"] or after["owner"])
    found = None
    for found in _NOMINAL_EVENT.finditer(sentence, max(since, date.start() - 160), date.start()):
        pass
    if found is None or re.search(r"[,;]", sentence[found.end():date.start()]):
        return None
    return _actor(found["actor"] or found["by"] or found["owner"] or found["announcer"])
# "Acme Robotics was acquired by Beta Holdings in May 2024": the doer of a passive event
_PASSIVE_EVENT = re.compile(rf"\b(?:was|were|has been|had been)\s+(?:acquired|bought|purchased|taken over)\s+by\s+(?:the\s+)?"
                            rf"(?P<actor>{_NAME})")
_TAKEN_OVER = re.compile(r"\s+(?:acquired|bought|purchased|taken\s+over|taken\s+private)\b")
# "In October 2023, the government introduced …", "…, the provincial health department ordered …": a public body
_PUBLIC_BODY = re.compile(_AFTER_DATE + r"(?:the\s+)?(?P<actor>(?:[A-Z][a-z]+\s+)?(?:(?:central|federal|state|national|"
                          r"provincial|regional|local)\s+)?(?:government|(?:health\s+)?(?:department|ministry)))\s+"
                          r"(?:has\s+|also\s+)?(?P<verb>[a-z]\w+)")
_REPORTED_EVENT = re.compile(r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?(?P<verb>[a-z]+)")
# (a descriptor before the name: "…, and British start-up Thermaloop raised £12 million in September")
_AND_ACTOR = re.compile(rf"(?:,\s+(?:and|while)|\s+and|\s+while|\s+whereas|;)\s+(?:the\s+(?=[A-Z]))?{COMPANY_DESCRIPTOR}?(?P<actor>{_NAME})\s+(?:has\s+|also\s+)?(?P<verb>\w+)")
_NOT_ACTOR = re.compile(r"^(?:The|This|These|That|It|Its|In|On|During|By|For|Since|Among|Within|Across|Market|Report|Global|Our|We|They|She|He|I|"
                        r"Key|Major|Leading|Large|Small|Medium|New|Other|Most|Annual|Total|Overall|Last|Earlier|Later|Next|Early|Late|Several|Many|Some|Companies|Players|Researchers|\d+|"
                        # what a market does, not who acts ("Demand concentrated in …", "Shipments rose …"); a schedule's
                        # row ("Anticipated Contract Award | September 2025"); a legal form alone ("Ltd.")
                        r"Demand|Shipments|Sales|Revenues?|Prices|Volumes?|Exports|Imports|Production|Output|Growth|Competition|Anticipated|"
                        r"Expected|Planned|Scheduled|Ltd|Inc|Corp|LLC|GmbH|plc|"
                        # a page's own line: "Press Release | Food | 23 October 2025", "Hosted with …", "Posted on …"
                        r"Press|Hosted|Recorded|Posted|Published|Updated|Released|News|"
                        # a heading's question ("What happened in 2025:")
                        r"What|Who|How|Why|Where|When|Which)\b"
                        # an article before a description, not "A. O. Smith", "An Khang Pharmacy" ("A Dubai-based vertical farm")
                        r"|^(?:A|An)\s+(?:[a-z]|[A-Z][\w.]*-(?:based|headquartered)\b)")


_NO_COMPANYS_EVENT = re.compile(r"\b(?:enter(?:s|ed)?|c[ao]mes?|came)\s+into\s+(?:force|effect)\b|\b(?:takes|took|will\s+take)\s+place\b|"
                                r"\b(?:is|was|will\s+be)\s+held\b")
# A seat in brackets after an actor's name, one or two capitalised words and a comma's more ("Carballo", "Boiro, A Coruña")
_CAPITALISED = rf"[{CAPITAL_LETTERS}][\w'’.-]*"
_PLACE_NOTE = re.compile(rf"{_CAPITALISED}(?:\s+{_CAPITALISED})?(?:,\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})?")
# A law, a rule or a public programme: dated, but no company's event
_A_RULE_OR_PROGRAMME = re.compile(r"^(?:Regulation|Directive|Decree)\b|\b(?:Act|Program|Programme|Scheme|Law|Rule)$")


def stated_date(g: dict, day_first: bool = False) -> str | None:
    """The date a DATE_RE match's groups state: YYYY, YYYY-MM, YYYY-MM-DD or a quarter YYYY-Qn; ``day_first``: the page
    writes numeric dates day first ("03/02/2025" is 3 February)."""
    year = g["year"] or g["year2"] or g["year3"] or g["year4"] or g["year5"] or g["year6"] or g["year7"] or g["year8"] \
        or g["year9"] or g["year10"] or g["year11"] or g["year12"] or g["year13"] or g["year14"] or g["year15"] \
        or g["year17"] or g["year18"] or (f"20{g['yy16']}" if g["yy16"] else None)
    if g["mm17"]:
        return f"{year}-{int(g['mm17']):02d}-{int(g['dd17']):02d}"
    quarter = g["q6"] or g["q16"] or (_NTH.get(g["nth11"], 4) if g["part11"] == "quarter" else None)
    if quarter:
        return f"{year}-Q{quarter}"  # "in Q3 2024", "the third quarter of 2024" ("the final quarter": the fourth)
    if g["mm14"]:
        first, second = int(g["dd14"]), int(g["mm14"])
        if first <= 12 and second <= 12 and first != second:
            return year  # "05-11-2024": 5 November or May 11; only the year is sure
        day, month = (first, second) if second <= 12 else (second, first)
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if g["mm13"]:
        return f"{year}-{g['mm13']}-{g['dd13']}" if 1 <= int(g["dd13"]) <= 31 else None
    if g["mm12"]:
        month, day = int(g["mm12"]), int(g["dd12"])
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if g["mm10"]:
        return f"{year}-{g['mm10']}"
    if g["mm7"]:
        return f"{year}-{int(g['mm7']):02d}" if 1 <= int(g["mm7"]) <= 12 else None
    if g["mm"]:
        month, day = int(g["mm"]), int(g["dd"])
        if month > 12 >= day or day_first and day <= 12:
            month, day = day, month  # "17/09/2025": day first
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    month = g["month"] or g["month2"] or g["month3"] or g["month9"] or g["month16"] or g["month18"]
    if month:
        day = g["day"] or g["day2"]
        month_number = MONTHS[month.lower().rstrip(".")]
        return f"{year}-{month_number:02d}-{int(day):02d}" if day and 1 <= int(day) <= 31 else f"{year}-{month_number:02d}"
    return year


@dataclass(frozen=True)
class _Dated:
    """A date in a sentence, with the match-like ``start()``/``end()`` the clause logic reads."""

    begin: int
    finish: int
    when: str | None

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


# "Health Canada approved Pfizer's gene therapy", "the EMA's CHMP adopted a positive opinion for Alvotech's biosimilar": a
# regulator's decision is the event of the company whose product it concerns
_REGULATOR = re.compile(r"\b(?:FDA|EMA|CHMP|PMDA|NMPA|MHRA|TGA|ANVISA|CDSCO|MHLW|Health Canada|Swissmedic|European Commission|"
                        r"Food and Drug Administration|Medicines Agency|Ministry of Health)\b")
_REGULATED_PRODUCTS_OWNER = re.compile(
    rf"\b(?:approved|cleared|authori[sz]ed|granted|recommended|accepted|adopted\s+a\s+positive\s+opinion)\s+(?:(?:for|on|to)\s+)?"
    rf"(?P<owner>{_NAME})['’]s?\s")
# ("…, and later that month Vivos Therapeutics signed …", "that same year")
_SAME_PERIOD = re.compile(r"\b(?:(?:in|during|later in|earlier in|on)\s+)?the\s+same\s+(?:month|year|quarter|week|day)\b|"
                          r"\b(?:(?:later|earlier)\s+(?:in\s+)?that|that\s+same)\s+(?:month|year|quarter|week|day)\b", re.IGNORECASE)
# "…, and ProAmpac opened a lab the following month", "a year later": the period after the date before it
_NEXT_PERIOD = re.compile(r"\b(?:(?:in|during)\s+)?the\s+(?:following|next)\s+(?P<unit>month|year)\b|\ba\s+(?P<unit2>month|year)\s+later\b",
                          re.IGNORECASE)
# "…, and in April 2024 it introduced …", "… in 2023 and, in February 2025, launched …": the same company again.
_NAMES_ITS_DOER = re.compile(r"\s*,?\s*(?:it|the company|the firm|the group)\s")
_PRONOUN_ACTOR = re.compile(r"^\s*,?\s*(?:(?:it|the company|the firm|the group)\s+)?(?:also\s+|then\s+|has\s+)?(?P<verb>[a-z]\w+)")


# "In February, Carlsberg paid …" in a news article: a month with no year, the latest one before the page's date
# ("in March last year", "On April 9 this year": the year said in words)
_WHICH_YEAR = r"(?:,?\s+(?P<which>this|last)\s+year\b)?"
_MONTH_ALONE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id|(?P<last>[Ll]ast))[\s-]+(?:early\s+|late\s+|mid-)?(?P<month>January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\b(?![\s,.]*(?:\d|of\s+\d))" + _WHICH_YEAR)


# "On March 25, Toyota unveiled …": a day of the page's year (or the year before, if the day is still to come)
_DAY_WITHOUT_YEAR = re.compile(r"\b[Oo]n\s+(?:(?P<month>January|February|March|April|May|June|July|August|September|October|"
                               r"November|December)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+"
                               r"(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December))\b"
                               r"(?![\s,.]*(?:\d|of\s+\d))" + _WHICH_YEAR)
_THIS_OR_LAST_MONTH = re.compile(r"\b(?P<which>[Ll]ast|[Tt]his)\s+month\b")
# "said earlier this year", "raised its capacity last year": the page's year, or the one before (not "this year's sales")
_THIS_OR_LAST_YEAR = re.compile(r"\b(?P<which>[Ll]ast|[Tt]his)\s+year\b(?!['’])")
_EARLIER_IN_THE_YEAR = re.compile(r"\b(?:[Ee]arlier|[Ee]arly|[Ll]ate|[Ll]ater)\s+$")
# "in the second quarter", "in Q2" with no year: a quarter of the page's year (or of the year before, if still to come)
_QUARTER_ALONE = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(?:the\s+(?P<nth>first|second|third|fourth)\s+quarter|Q(?P<q>[1-4]))\b"
                            r"(?!\s*(?:of\s+|,\s*|['’]?)\d)")
_RESULTS = re.compile(r"\b(?:sales|revenues?|earnings|profits?|margins?|EBITDA|income)\b")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# ("said on Wednesday", "on Tuesday agreed to …": a day of the page's week; not "on Monday, 3 March 2025", a date given whole)
_ON_A_WEEKDAY = re.compile(r"\b[Oo]n\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+\d|,?\s+[A-Z][a-z]+\s+\d)")


_A_DIGIT = re.compile(r"\d")


_SLASHED_DATE = re.compile(rf"\b(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{YEAR}\b")
# a continental page's conventions: decimal commas in percentages ("3,0 %"), dates with dots ("12.03.2025")
_CONTINENTAL_PAGE = re.compile(rf"\d,\d\s?%|\b\d{{1,2}}\.\d{{1,2}}\.{YEAR}\b")


def writes_day_first(text: str) -> bool:
    """Whether a page's numeric dates are day first: one of them says so ("14/03/2025"), or, when none can tell, the
    page writes the continental way; a date that can only be month first ("03/14/2025") says it is not."""
    days_first = months_first = 0
    for m in _SLASHED_DATE.finditer(text):
        days_first += int(m["first"]) > 12
        months_first += int(m["second"]) > 12
    if days_first or months_first:
        return days_first > months_first
    # dates in words say the page's order too: "2 June 2025" is written where "02/06/2025" is 2 June, "June 2, 2025"
    # where it is February 6
    days_first, months_first = len(_DAY_MONTH_YEAR.findall(text)), len(_MONTH_DAY_YEAR.findall(text))
    if days_first != months_first:
        return days_first > months_first
    return bool(_CONTINENTAL_PAGE.search(text))


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}\s+{YEAR}\b")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}\b")


_MONTH_STARTS = frozenset(m[:3] for m in ("january february march april may june july august september october november "
                                         "december").split())


_LINE_OPENING = re.compile(rf"[\s|{BULLET_GLYPHS}>–-]*\ufe0f?\s*")


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only bullets or bars come before ``at`` on its line: "• 12.03.2025 - …", "| Jan 2024 | …"."""
    return _LINE_OPENING.fullmatch(text[text.rfind("\n", 0, at) + 1:at]) is not None


def _trailing_dates_subject(text: str, since: int, date: _Dated) -> str | None:
    """The subject of the clause a date ends: "Hipra launched a vaccine in spring 2024, Lely added a sensor in Q1 2025"
    dates Hipra's launch, not Lely's (a date that opens a clause, "In spring 2024, Lely added …", has no event before it)."""
    if not (_ENDS_WITH_IN.search(text, since, date.start()) or _OPENS_WITH_IN.match(text, date.start())
            and re.search(r"\S\s+$", text[since:date.start()])):
        return None
    # the clause is the last one before the date: "In May 2024, A acquired B, C commissioned a plant in August 2024"
    start = max((m.end() for pattern in (_CLAUSE_PUNCTUATION, _CLAUSE_OPENING) for m in pattern.finditer(text, since, date.start())),
                default=since)
    subject = _SUBJECT.match(text[start:date.start()])
    if subject and _PAST_FORM.fullmatch(subject["verb"]) and is_event_verb(subject["verb"], text[start + subject.end("verb"):date.start()]) \
            and not _MISSED_SENTENCE_BREAK.search(text, start + subject.end("verb"), date.start()):
        return subject["actor"]
    return None


_TARGET_DATE_BEFORE = re.compile(r"\b(?:for\s+delivery|delivery|deliveries|due|scheduled|slated|to\s+(?:open|start|begin|be\s+"
                                 r"(?:completed|delivered|commissioned|operational)|complete|come\s+on\s*stream))(?:\s+(?:in|for|by))?\s+$")
_ENDS_WITH_IN = re.compile(r"\S\s+(?:in|during)\s+$")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:]\s+")
# A verb in the past, what a clause a date ends tells (not "B2C deliveries accounted for 63.8% in 2024": a noun)
_PAST_FORM = re.compile(r"\w+ed|began|won|sold|bought|took|made|set|struck|went|broke|led|paid|drew|chose|brought|spun|built|"
                        r"shut|cut|hit|put")
_MISSED_SENTENCE_BREAK = re.compile(r"[.!?]\s+[a-z]")  # ("… an airline group. bolttech closed a round in June 2024")
_OPENS_WITH_IN = re.compile(r"(?:in|during)\s", re.IGNORECASE)  # (a date's match that holds its "in": "in spring 2024")


def _opens_with_a_date(sentence: str) -> bool:
    """A timeline's line: "12.03.2025 - Salmon Evolution stocks module 2", "Q4 2023: Toshiba ran a trial …"."""
    lead = sentence.lstrip(f" |{BULLET_GLYPHS}>–-\t\ufe0f")
    return lead[:1].isdigit() or (lead[:3].lower() in _MONTH_STARTS or re.match(r"[QH]\d", lead)) and bool(DATE_RE.match(lead))


def _dates_in(sentence: str, published: date | None = None, day_first: bool = False) -> list[_Dated]:
    """The dates of a sentence in order; "in the same month" is the date before it; ``published``: the page's date, which
    dates a month written without its year; ``day_first``: how the page writes numeric dates."""
    # (every stated date holds a year's digits: a sentence without a digit is not searched, a tenth of extraction's time)
    found = [_Dated(m.start(), m.end(), stated_date(m.groupdict(), day_first)) for m in DATE_RE.finditer(sentence)] \
        if _A_DIGIT.search(sentence) else []
    stated = list(found)
    if published:
        for m in _MONTH_ALONE.finditer(sentence):
            month = MONTHS[m["month"].lower()]
            # ("In February" is this year's, or last year's if February is still to come; "last March" is the March
            # before the page's month)
            year = published.year - (m["which"] == "last") if m["which"] else published.year \
                if month < published.month or month == published.month and not m["last"] else published.year - 1
            found.append(_Dated(m.start(), m.end(), f"{year}-{month:02d}"))
        # "Hoegh Autoliners said on Wednesday it would …": the page's week (unless the sentence dates itself: "HAMBURG, 9 May
        # 2025 - Jungheinrich said on Thursday …")
        for m in (m for m in _ON_A_WEEKDAY.finditer(sentence) if not any(d.start() < m.start() for d in stated)):
            back = (published.weekday() - _WEEKDAYS.index(m["weekday"].lower())) % 7
            day = published - timedelta(days=back)
            found.append(_Dated(m.start(), m.end(), day.isoformat()))
        for m in _DAY_WITHOUT_YEAR.finditer(sentence):
            month, day = MONTHS[(m["month"] or m["month2"]).lower()], int(m["day"] or m["day2"])
            try:
                when = date(published.year - (m["which"] == "last"), month, day)
                when = when if when <= published or m["which"] else date(published.year - 1, month, day)
            except ValueError:
                continue
            found.append(_Dated(m.start(), m.end(), when.isoformat()))
        # (not a quarter's results: "Cedarline delivered net sales of $612.3 million in the fourth quarter")
        for m in _QUARTER_ALONE.finditer(sentence) if not _RESULTS.search(sentence) else ():
            quarter = _NTH[m["nth"]] if m["nth"] else int(m["q"])
            year = published.year if 3 * quarter - 2 <= published.month else published.year - 1
            found.append(_Dated(m.start(), m.end(), f"{year}-Q{quarter}"))
        for m in _THIS_OR_LAST_MONTH.finditer(sentence):  # "last month", "this month": the page's month, or the one before
            month = published.month - (m["which"].lower() == "last")
            year = published.year if month else published.year - 1
            found.append(_Dated(m.start(), m.end(), f"{year}-{month or 12:02d}"))
        # (a vague date only where none is stated, or where it dates its own clause: "…, while Ameritas earlier this year
        # bought a Midwest administrator")
        for m in _THIS_OR_LAST_YEAR.finditer(sentence):
            earlier = _EARLIER_IN_THE_YEAR.search(sentence, max(0, m.start() - 8), m.start())
            if not found or earlier:
                found.append(_Dated(earlier.start() if earlier else m.start(), m.end(),
                                    str(published.year - (m["which"].lower() == "last"))))
    for m in _SAME_PERIOD.finditer(sentence):
        earlier = [d for d in found if d.end() <= m.start() and d.when]
        if earlier:  # "in the same year" is the year of the date before it, not its month; "the same month" not its day
            when = earlier[-1].when[:4] if m.group().lower().endswith("year") else \
                earlier[-1].when[:7] if m.group().lower().endswith(("month", "week")) else earlier[-1].when
            found.append(_Dated(m.start(), m.end(), when))
    for m in _NEXT_PERIOD.finditer(sentence):
        earlier = [d for d in found if d.end() <= m.start() and d.when]
        unit = (m["unit"] or m["unit2"]).lower()
        if earlier and (unit == "year" or len(earlier[-1].when) >= 7 and "Q" not in earlier[-1].when):
            year = int(earlier[-1].when[:4])
            if unit == "year":
                when = str(year + 1)
            else:
                month = int(earlier[-1].when[5:7]) % 12 + 1
                when = f"{year + (month == 1)}-{month:02d}"
            found.append(_Dated(m.start(), m.end(), when))
    return sorted(found, key=lambda d: d.start())


# "The Real Pet Food Company", "The Watches of Switzerland Group": "The" belongs to a company's own name.
_NAMED_THE = re.compile(r"The\s+(?:[A-Z][\w&'’-]*\s+(?:of\s+)?){1,5}(?:Company|Companies|Group|Corporation|Co\.|Holdings?|Partners|Society|Association|"
                        r"Clinic|Hospital|Bank|Bancorp|"
                        r"Institute|Foundation|Trust|Exchange|Cooperative|Co-operative)"
                        r"(?:,?\s+(?:Inc\.?|LLC|Ltd\.?|Limited|plc|PLC|Corporation))?$")  # "The Estée Lauder Companies Inc."


# "Insurers handled about 2.3 million claims in 2024", "Retailers sold …": a kind of firm or buyer, not an organisation
_GROUP_OF_BUYERS_OR_SELLERS = re.compile(
    r"(?:Insurers|Reinsurers|Retailers|Wholesalers|Contractors|Manufacturers|Makers|Operators|Suppliers|Distributors|Vendors|Producers|"
    r"Buyers|Consumers|Customers|Shoppers|Growers|Farmers|Exporters|Importers|Dealers|Installers|Utilities|Hospitals|Clinics|"
    r"Pharmacies|Airlines|Carriers|Lenders|Banks|Developers|Providers|Shippers|Builders|Households|Governments|Regulators|"
    r"Investors|Brands|Startups|Start-ups|Foundries|Mills|Refiners|Processors|Converters|Integrators|Fleets|Hotels|Restaurants|"
    r"Schools|Universities|Municipalities|Councils|Agencies|Firms|Automakers|Carmakers|Telcos|Brewers|Wineries)")


def _actor(name: str | None, names_with_the: frozenset[str] = frozenset(), proper: frozenset[str] = frozenset()) -> str | None:
    """The organisation a matched name is, or None. ``names_with_the``: names the page writes with a capital "The"
    inside a sentence ("…, The Executive Centre and Awfis"), whose "The" is their own; ``proper``: words the page
    writes with a capital inside a sentence, names whatever their ending ("…, Synspective, Pixxel and …")."""
    if not name:
        return None
    # ("And Lufthansa Technik opened …": a conjunction opening the sentence is not the name's)
    name = clean_org_name(re.sub(r"(?:\s+(?:and|of|de|for|the|&))+$|['’]s?$|^(?:And|But|Yet)\s+(?=[A-Z])", "", name))
    # an adverb by its ending ("Physically", "Recently", "Similarly"), not a name that ends in -ly ("Preply", "Bubbly")
    if re.fullmatch(r"[A-Z][a-z]*(?:al|ous|ive|ful|less|ent|ant|ic|ate|ar|ed|ing|ible|able|ial|ear|ight|rst|ast|at|sh|ct|pt|ck|id|ow)ly|"
                    r"Only|Early|Likely|Mainly|Largely|Nearly|Partly|Jointly|Separately|Shortly|Lately|Recently|Similarly|"
                    r"[A-Z][a-z]+(?:ians|ans)", name) or DEMONYM_RE.fullmatch(name) \
            or name not in proper and re.fullmatch(r"[A-Z][a-z]+(?:ive|ous|able|ible|ful|less)", name) or _GROUP_OF_BUYERS_OR_SELLERS.fullmatch(name):
        return None  # "Physically refined …", "Brazilians bought …", "Cumulative installed …", "Insurers handled …": no company
    if "--" in name or re.search(r"\b(?:WIRE|Newswire|PRNewswire)\b|\b[Mm]arket$", name):
        return None  # a dateline ("NEW DELHI--(BUSINESS WIRE)--") or a title ("… Copper Clad Laminates Market to Hit …")
    home = re.search(r"\s*\((?P<note>[^()]+)\)?$", name)
    # "Acme Robotics (US) launched …", "Grupo Calvo (Carballo) launched …", "Jealsa S.A.U. (Boiro, A Coruña) inaugurated …":
    # the company, its home or seat is a note (not its initials: "Saudi Basic Industries Corporation (SABIC)")
    if home and name[:home.start()] and (is_place(home["note"].strip()) or _PLACE_NOTE.fullmatch(home["note"].strip())
                                         and not abbreviates(home["note"].strip(), name[:home.start()])):
        name = name[:home.start()]
    possessed = re.match(r"(?P<place>[\w .-]+?)['’]s\s+(?P<rest>[A-Z].*)$", name)
    if possessed and is_place(possessed["place"]):
        name = possessed["rest"]  # "Dubai's Knowledge … Authority": the authority, not the city
    if not name or _NOT_ACTOR.match(name) and not _NAMED_THE.fullmatch(name) and name not in names_with_the or len(name.split()) > 8 or re.fullmatch(rf"{YEAR}|[A-Z]", name) or is_place(name):
        return None
    if _A_RULE_OR_PROGRAMME.search(name):
        return None  # "Regulation (EU) 2023/607 extended …", "EPA's Clean Ports Program awarded …": no company
    return name


# A word with a capital after a word in lower case or a comma: "…, Synspective, Pixxel and KSAT" (not "Cumulative" at
# the start of a sentence)
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?=[\s,;.)])")
# "IWG plc, WeWork Inc., The Executive Centre and Awfis …": a capital "The" inside a sentence belongs to the name
_NAME_WITH_THE = re.compile(r"(?<=[a-z,;] )The(?:\s+[A-Z][\w&'’-]*){1,4}")


def find_developments(text: str, sents: list[Sentence], known: list[str] = (), published: date | None = None) -> list[Development]:
    """Dated events with their actor, newest first. ``known``: names the page lists as players that a capitalised-name
    pattern cannot find ("dnata", "onsemi"), read as actors after a date too; ``published``: the page's own date, which
    dates "In February, Carlsberg paid …"."""
    found: dict[tuple[str, str], Development] = {}
    known_actor = re.compile(rf"{_AFTER_DATE}(?P<actor>{alternation(list(known))})\s+(?:has\s+|also\s+)?(?P<verb>\w+)") \
        if known else None
    words = Counter(re.findall(r"[^\W\d_]+", text))
    names_with_the = frozenset(clean_org_name(m.group()) for m in _NAME_WITH_THE.finditer(text))
    proper = frozenset(_CAPITALISED_INSIDE.findall(text))
    actor_named = partial(_actor, names_with_the=names_with_the, proper=proper)
    day_first = writes_day_first(text)
    # a row of a table of developments is read by its columns, not as a clause (and a timeline's line by its parts)
    tabled = _table_developments(text, day_first) + _timeline_lines(text, day_first)
    table_rows_read = [(d.span.start, d.span.end) for d in tabled]
    # (a line of links to other articles: "More from Market data: Garden Route occupancy July 2024 · Joburg …")
    links = [line.span() for line in RELATED_LINE.finditer(text)]
    for sent in sents:
        if any(start <= sent.start < end for start, end in links):
            continue
        if len(sent.text) > 700 or not (EVENT_VERB.search(sent.text) or _PAST_TENSE.search(sent.text) or _SAID.search(sent.text)
                                        or _opens_with_a_date(sent.text)):
            continue
        dates = _dates_in(sent.text, published, day_first)
        last_actor = None
        for i, d in enumerate(dates):
            when = d.when
            if when is None or any(start <= sent.start + d.start() < end for start, end in table_rows_read):
                continue
            if len(dates) > 1 and _TARGET_DATE_BEFORE.search(sent.text, max(0, d.start() - 40), d.start()):
                continue  # "Earlier this month, A signed an order for two ferries for delivery in 2028": a due date, no event's
            clause_end = dates[i + 1].start() if i + 1 < len(dates) else len(sent.text)
            clause = sent.text[d.end():clause_end]
            opens_its_line = _opens_its_line(sent.text, d.start())
            if re.match(r"[ \t]*\|", clause) and opens_its_line:
                clause = clause.replace("|", ":", 1)  # "Jan 2024 | Diaverum won …": a date cell opening its line, then the event
            # (a date followed by a comma, or ending a sentence after another date: "In May 2024, A acquired B, C opened
            # a plant in August 2024, D launched a range in 2024."; a sentence's only date is its subject's, read below)
            # (and a sentence's only date ending its last clause after a ";": "HyperX headsets remain best-sellers; HP
            # launched the Cloud Alpha Wireless 2 in September 2024.")
            at_the_end = bool(re.match(r"\s*[.;!]?\s*$", clause))
            trailing = _trailing_dates_subject(sent.text, dates[i - 1].end() if i else 0, d) \
                if re.match(r"\s*,", clause) or at_the_end and (i or ";" in sent.text[:d.start()]) else None
            m = None if trailing else _FOUNDERS_AFTER_DATE.match(clause) or _ACTOR_AFTER_DATE.match(clause) \
                or _LOWER_CASE_ACTOR.match(clause) or (known_actor.match(clause) if known_actor else None) or _PUBLIC_BODY.match(clause)
            actor = actor_named(trailing) if trailing else \
                actor_named(m["actor"]) if m and (is_event_verb(m["verb"], clause[m.end("verb"):]) or _announces(clause, m.end("verb"))) else None
            if actor is None and m and _TIMELINE_VERB.fullmatch(m["verb"]) and re.match(r"\s*[-–—:]", clause) and opens_its_line:
                actor = actor_named(m["actor"])  # "12.03.2025 - Salmon Evolution stocks module 2": a timeline's line, its verb in the present
            if actor is None and (row := _actor_before_capital_verb(clause)):
                m, actor = row, actor_named(row["actor"])
            if actor is None and i == 0 and (before := _NAME_BEFORE_DATE.fullmatch(sent.text, 0, d.start())) \
                    and (after := _VERB_AFTER_DATE.match(clause)) and is_event_verb(after["verb"].lower()):
                actor = actor_named(before["actor"])
            if actor is None and i == 0 and (before := _NAME_DASH_DATE.fullmatch(sent.text, 0, d.start())) \
                    and (after := _VERB_AFTER_DASHED_DATE.match(clause)) and is_event_verb(after["verb"]):
                actor = actor_named(before["actor"])  # "- Coloplast - March 2025: launched a new ostomy pouch"
            subject_at = None
            if actor is None and i > 0 and (after := _VERB_AFTER_PLAIN_DATE.match(clause)) and _PAST_FORM.fullmatch(after["verb"]) \
                    and is_event_verb(after["verb"], clause[after.end():]):
                # "DentaQuest won a contract in March, while Ameritas earlier this year bought …": a later clause's subject
                # just before its date
                lead = sent.text[dates[i - 1].end():d.start()]
                # (the first clause opening that only a name follows: not the comma inside "Foton Motor Philippines, Inc.")
                cuts = [c.end() for c in _CLAUSE_OPENS.finditer(lead)]
                before = next((b for cut in cuts if (b := _NAME_THEN_DATE.fullmatch(lead, cut))), None)
                if before:
                    actor = actor_named(before["actor"])
                    subject_at = dates[i - 1].end() + before.start("actor")  # the event's summary starts at its subject
            if actor is None and i == 0 and (before := _NAME_THEN_DATE.fullmatch(sent.text, 0, d.start())) \
                    and (after := _VERB_AFTER_PLAIN_DATE.match(clause)) and _PAST_FORM.fullmatch(after["verb"]) \
                    and is_event_verb(after["verb"], clause[after.end():]):
                actor = actor_named(before["actor"])  # "Kakuzi last month opened a KSh 600 million packhouse"
            pronoun = _PRONOUN_ACTOR.match(clause)
            if actor is None and pronoun and last_actor and is_event_verb(pronoun["verb"]):
                actor = last_actor  # "…, and in April 2024 it introduced a camera": the clause before's company
            headed = _HEADED_BY_NAME.match(sent.text) if actor is None and pronoun and i == 0 else None
            if headed and headed.end() <= d.start() and is_event_verb(pronoun["verb"], clause[pronoun.end("verb"):]):
                actor = actor_named(headed["actor"])  # "Acme Robotics Inc. (US) – In March 2024, the company launched …"
            if actor is None and i == 0 and at_the_end and (headed := _HEADED_BY_NAME.match(sent.text)) \
                    and headed.end() <= d.start():
                # "5. Razer Inc. (Singapore) - BlackShark and Kraken lines; opened a flagship lab in March 2025": an entry's
                # clause with no subject of its own is the entry's company's
                last = re.split(r";\s+", sent.text[headed.end():d.start()])[-1]
                verb = re.match(r"(?:also\s+|then\s+)?(?P<verb>[a-z]+)\b", last)
                if verb and _PAST_FORM.fullmatch(verb["verb"]) and is_event_verb(verb["verb"], last[verb.end():]):
                    actor = actor_named(headed["actor"])
            if actor is None and pronoun and i == 0 and _NAMES_ITS_DOER.match(clause) \
                    and is_event_verb(pronoun["verb"], clause[pronoun.end("verb"):]) \
                    and (subject := _SUBJECT.match(sent.text)) and subject.end("actor") <= d.start():
                # "Shakti Pumps Ltd, headquartered in Pithampur, is among the leaders; in January 2025 the company
                # commissioned a plant": the company is the sentence's subject
                actor = actor_named(subject["actor"])
            if actor is None:
                by = _BY_ACTOR.search(clause)
                actor = actor_named(by["actor"]) if by else None
            if actor is None:
                # "The acquisition of Beta Labs by Acme Robotics in May 2024 …": the event as a noun, its doer after "by"
                actor = _nominal_actor(sent.text, dates[i - 1].end() if i else 0, d)
            if actor is None and i == 0:
                passive = _PASSIVE_EVENT.search(sent.text, 0, d.start())
                actor = actor_named(passive["actor"]) if passive else None
            if actor is None and m and m["verb"] in ("was", "were") and _TAKEN_OVER.match(clause, m.end("verb")) \
                    and not _PASSIVE_EVENT.match(clause, m.start("verb")):
                actor = actor_named(m["actor"])  # "2023 - Lamprell was acquired by a Saudi-backed investor group": no name after "by"
            if actor is None and m and not _NOT_ACTOR.match(m["actor"]) and len(when) > 4 and "Q" not in when:
                # (a month or a day: a year or a quarter dates too loosely to look this far for the verb)
                # "Kao Corporation and its subsidiaries, A and B, acquired …": the verb comes later in the clause.
                verb = EVENT_VERB.search(clause, m.end("actor"), m.end("actor") + 120)
                # (not a verb in what someone said: "Ferreira argued that the category is 'still under-distributed'")
                if verb and not re.search(r";|\bthat\b|[\"“]", clause[m.end("actor"):verb.start()]):
                    actor = actor_named(m["actor"])
            if actor is None and i > 0:
                # "Li-Cycle, which restructured … during 2024, agreed in January 2025 to supply …": the subject's verb
                # comes before this date and after the one before it; "…; 2) Beta Labs acquired Gamma AG (June 2024)":
                # the subject of this date's own clause
                breaks = list(_CLAUSE_OPENING.finditer(sent.text, dates[i - 1].end(), d.start()))
                clause_start = breaks[-1].end() if breaks else 0
                subject = _SUBJECT.match(sent.text[clause_start:])
                # "…; SailPoint launching a module in March 2025; …": in a list of events, a verb in -ing is one too
                if subject and (is_event_verb(subject["verb"]) or subject["verb"].endswith("ing") and EVENT_VERB.match(subject["verb"])) and \
                        dates[i - 1].start() < clause_start + subject.end("verb") <= d.start():
                    actor = actor_named(subject["actor"])
            if actor is None and i > 0 and (_INTENT.match(sent.text, d.end()) or (
                    (told := _REPORTED_EVENT.match(sent.text, d.end())) and is_event_verb(told["verb"]))):
                # "…, and AB InBev said in March that it would convert a brewery": a second subject's announced plan
                # ("…; Amtrol-Alfa said on September 30, 2025 that it had certified a model": what it said it did)
                said = _SAID_BEFORE_DATE.search(sent.text, dates[i - 1].end(), d.start())
                actor = actor_named(said["actor"]) if said else None
            if actor is None and i > 0 and last_actor and _SAME_VERB_OBJECT.fullmatch(sent.text, dates[i - 1].end(), d.start()):
                actor = last_actor  # "Acme launched the X200 in Q3 2024 and the X300 in Q1 2025": one subject, two objects
            if actor is None and i > 0 and last_actor and (another := _AND_ANOTHER_VERB.fullmatch(sent.text, dates[i - 1].end(), d.start())) \
                    and is_event_verb(another["verb"]):
                actor = last_actor
            colon = sent.text.rfind(": ", 0, d.start()) if actor is None and i == 0 else -1
            if colon > 0:
                # "Investors have followed the players: court-booking app Playtomic raised … in February 2025": a colon
                # opens the clause with the event's own subject
                after_colon = _SUBJECT.match(sent.text[colon + 2:])
                if after_colon and is_event_verb(after_colon["verb"]) and colon + 2 + after_colon.end("verb") <= d.start():
                    actor = actor_named(after_colon["actor"])
            if actor is None and i == 0:
                subject = _SUBJECT.match(sent.text)
                if subject and _RELATIVE.search(sent.text, subject.end("actor"), d.start()) and subject.end("verb") > d.start():
                    subject = None  # "TPI Composites, whose net sales reached … in 2024, supplies …": the date is the aside's
                if subject and is_event_verb(subject["verb"], sent.text[subject.end("verb"):]) and subject.start("actor") < d.start():
                    actor = actor_named(subject["actor"])
                    second = actor_named(subject["second"]) if subject["each"] and subject["second"] else None
                    if actor and second and (when, second.lower()) not in found:
                        found[(when, second.lower())] = Development(
                            date=when, actor=second, summary=clean(sent.text), confidence=0.6,
                            span=span(text, sent.start + subject.start("second"), sent.end))
                elif subject and subject["verb"] in ("said", "announced") and subject.end("verb") <= d.start() \
                        and _INTENT.match(sent.text, d.end()) and not re.search(r"[,;]", sent.text[subject.end("verb"):d.start()]):
                    actor = actor_named(subject["actor"])  # "Siemens AG said in June 2024 that it would embed …"
                elif subject and subject["verb"] in ("said", "announced", "says", "reported") and subject.start("actor") < d.start() \
                        and (reported := _REPORTED_EVENT.match(sent.text, subject.end("verb"))) and is_event_verb(reported["verb"]):
                    actor = actor_named(subject["actor"])  # "Innodata said it signed a contract … in the first quarter of 2025"
                elif subject and subject["verb"] in ("on", "in", "during") and subject.start("verb") < d.start() <= subject.end("verb") + 1 \
                        and (late := re.match(r"\s*,?\s*(?P<verb>[a-z]\w+)", sent.text[d.end():])) and is_event_verb(late["verb"]):
                    actor = actor_named(subject["actor"])  # "Mastercard Incorporated on 18 November 2024 launched …"
                elif (which := _WHICH.match(sent.text)) and which.end() <= d.start() and is_event_verb(which["verb"]) \
                        and "," not in sent.text[which.end():d.start()]:
                    actor = actor_named(which["actor"])  # "Cornerstone, which moved its hosting to Jeddah in August 2024, said …"
            if actor is None:
                # "…, and Heerema Marine Contractors, which signed a framework agreement with EnQuest in November 2024,
                # …", "Allseas, whose Pioneering Spirit removed a topside in August 2024, …": the aside's own event
                aside = _WHICH_BEFORE.search(sent.text[max(0, d.start() - 200):d.start()])
                if aside and is_event_verb(aside["verb"]):
                    actor = actor_named(aside["actor"])
            if actor is None and (head := _WHICH_HEAD.match(sent.text)) and head.end() <= d.start() \
                    and (late := re.match(r"\s*,?\s*(?P<verb>[a-z]\w+)", sent.text[d.end():])) and is_event_verb(late["verb"]):
                actor = actor_named(head["actor"])  # "Ormazabal, which in June 2024 opened a plant, in September 2024 won …"
            if actor is None and (owner := _REGULATED_PRODUCTS_OWNER.search(sent.text)) and _REGULATOR.search(sent.text, 0, owner.start()):
                actor = actor_named(owner["owner"])  # "The EMA's CHMP adopted a positive opinion for Sobi AB's …"
            if actor is None or actor[:1].isupper() and actor.isalpha() and words[actor.lower()] >= words[actor]:
                continue  # "Surgeons performed …": a word the page writes in lower case as often is no company's name
            if _REGULATOR.search(actor) and (owner := _REGULATED_PRODUCTS_OWNER.search(sent.text, max(0, sent.text.find(actor)))):
                actor = actor_named(owner["owner"]) or actor  # the company whose product the regulator approved is the actor
            last_actor = actor
            start = sent.start + (subject_at if subject_at is not None else d.start() if i else 0)
            end = sent.start + clause_end if i + 1 < len(dates) else sent.end
            quote = text[start:end].rstrip(" ,;")
            summary = re.sub(rf"^\s*(?:[{BULLET_GLYPHS}\-]\s*)?(?:For (?:example|instance|illustration),?\s*)?(?:[Ii]n|[Oo]n|[Dd]uring)\s+"
                             r"[^,]{3,25},\s*", "", quote).strip(" ,;") or quote
            key = (when, actor.lower())
            if key not in found:
                found[key] = Development(date=when, actor=actor, summary=summary,
                                         span=span(text, start, start + len(quote)), confidence=0.8)
            # "…, and AGCO Corporation completed its joint venture": a second event of the same date, or of the
            # date that ends its clause ("A withdrew in 2023, while B opened a farm in 2024").
            for other in _AND_ACTOR.finditer(clause):
                if not other.group().startswith((",", ";", " while", " whereas")) and not any(
                        is_event_verb(word) for word in re.findall(r"[a-z]+", clause[:other.start()])):
                    continue  # "A and B agreed …", "Ministry of Health, Labour and Welfare approved": one subject
                partner = actor_named(other["actor"])
                partner_when = dates[i + 1].when or when if i + 1 < len(dates) else when
                # "…, and Mars Petcare said it would add a line": an announced plan is that date's event too
                announced = _announces(clause, other.end("verb"))
                # ("Oct 2024 · A opens a centre; B wins a mandate": a timeline line's second event, in the present too)
                timeline = opens_its_line and other.group().startswith(";") and _TIMELINE_VERB.fullmatch(other["verb"])
                if partner and (is_event_verb(other["verb"]) or announced or timeline) and (partner_when, partner.lower()) not in found:
                    o_start = sent.start + d.end() + other.start("actor")
                    found[(partner_when, partner.lower())] = Development(
                        date=partner_when, actor=partner, summary=clean(clause[other.start("actor"):]) or partner,
                        span=span(text, o_start, sent.start + d.end() + len(clause.rstrip(" ,;"))), confidence=0.6)
    for development in tabled:
        found.setdefault((development.date, development.actor.lower()), development)
    closed = text.replace(" )", ")")  # once for every actor (a text's length each)
    defined = _DEFINED_AS_THE_COMPANY.search(text)
    # ("FuelEU Maritime entered into force on 1 January 2025", "TOC Europe takes place in Rotterdam …": a rule's or a fair's
    # date, no company's event)
    return sorted((_with_full_name(_defined_actor(d, defined), text, closed) for d in found.values()
                   if not (d.span and _NO_COMPANYS_EVENT.search(text, d.span.start, min(d.span.end, d.span.start + 60)))),
                  key=_in_date_order, reverse=True)


def _in_date_order(development: Development) -> str:
    """A development's date as text that sorts in time order: a quarter as its last month (Q3 2024 between "2024-09" and
    "2024-10")."""
    return f"{development.date}-{3 * development.quarter:02d}~" if development.quarter else development.date


# A press release's defined term: 'Vistaframe Cinema Technologies Ltd. ("Vistaframe" or the "Company")'
_DEFINED_AS_THE_COMPANY = re.compile(r"(?P<name>[A-Z][\w&.,' -]{1,80}?)\s*\(\s*(?:[\"“](?P<short>[^\"”()]{2,40})[\"”],?\s+or\s+)?"
                                     r"(?:the\s+)?[\"“](?:Company|Group)[\"”]\s*\)")


def _defined_actor(development: Development, defined: re.Match | None) -> Development:
    """"On June 9, 2025, the Company completed …": the company a press release defines as "the Company" is the actor."""
    if defined is None or development.actor.lower() not in ("company", "the company", "group", "the group"):
        return development
    return development.model_copy(update={"actor": defined["short"] or clean(defined["name"])})


_DATE_COLUMN = re.compile(r"(?:date|month|year|quarter|when|timeline|period)", re.IGNORECASE)
_ACTOR_COLUMN = re.compile(r"(?:company|companies|player|organi[sz]ation|firm|vendor|manufacturer|who)", re.IGNORECASE)


def _date_of(when: re.Match, day_first: bool) -> str | None:
    """The date a match of ``DATE_RE`` (or of a pattern with some of its groups) states."""
    return stated_date({k: None for k in DATE_RE.groupindex} | when.groupdict(), day_first)


def _table_developments(text: str, day_first: bool = False) -> list[Development]:
    """A table of developments: "Date | Company | Development" over "May 2024 | Acme Robotics Inc. | Launched a gripper"."""
    out = []
    rows = table_rows(text)
    for i, (_, header) in enumerate(rows):
        date_col = next((c for c, cell in enumerate(header) if _DATE_COLUMN.fullmatch(cell)), None)
        actor_col = next((c for c, cell in enumerate(header) if _ACTOR_COLUMN.fullmatch(cell)), None)
        if date_col is None or actor_col is None or len(header) < 3:
            continue
        for row_start, row in rows[i + 1:i + 40]:
            if all(re.fullmatch(r"\s*:?-{2,}:?\s*", cell) for cell in row):
                continue  # "|---|---|---|": a Markdown table's rule under its header
            when = DATE_RE.fullmatch(row[date_col]) or re.fullmatch(rf"(?P<year5>{YEAR})", row[date_col]) \
                if len(row) == len(header) else None
            if when is None:
                break  # the table ends (or another header begins) where a row has no date
            actor = _actor(row[actor_col])
            if actor is None:
                continue
            date = _date_of(when, day_first)
            summary = " ".join(cell for c, cell in enumerate(row) if c not in (date_col, actor_col))
            ends = [e for e in (text.find("\n", row_start, row_start + 500), text.find("||", row_start, row_start + 500)) if e >= 0]
            end = min(ends) if ends else min(len(text), row_start + 500)
            out.append(Development(date=date, actor=actor, summary=summary or actor, confidence=0.7,
                                   span=span(text, row_start, end)))
    return out


# A timeline's line in parts: "Mar 2025 – Vossloh AG: new sleeper plant, Poland" (a slide's date, company, then what it
# did, in a few words), or a contents entry, "8.3.2 Vantive – opening of a PD solutions plant in Vietnam (November 2024)"
_DATE_ACTOR_SUMMARY = re.compile(rf"[ \t]*(?:[{BULLET_GLYPHS}*-][ \t]*)?(?P<date>[^\s–—|:][^–—|:\n]{{2,18}}?)[ \t]+[–—|-][ \t]+"
                                 rf"(?P<actor>{_NAME})[ \t]*:[ \t]+(?P<summary>[a-z][^\n]{{5,200}})")
_ACTOR_SUMMARY_DATE = re.compile(rf"[ \t]*(?:\d{{1,2}}(?:\.\d{{1,2}}){{1,3}}[ \t]+)?(?P<actor>{_NAME})[ \t]+[–—][ \t]+"
                                 rf"(?P<summary>[^()\n]{{5,160}}?)[ \t]*\((?P<date>[^()\n]{{4,20}})\)[ \t]*")


def _timeline_lines(text: str, day_first: bool = False) -> list[Development]:
    out, start = [], 0
    for line in text.split("\n"):
        at, start = start, start + len(line) + 1
        if "–" not in line and "—" not in line and " - " not in line and "|" not in line:
            continue  # cheap test first
        m = _DATE_ACTOR_SUMMARY.fullmatch(line) or _ACTOR_SUMMARY_DATE.fullmatch(line)
        when = DATE_RE.fullmatch(m["date"].strip()) if m else None
        # (the line's shape marks its actor: a one-word name is a name, "Vantive" too)
        actor = _actor(m["actor"], proper=frozenset({m["actor"].strip()})) if when else None
        if actor is None:
            continue
        date = _date_of(when, day_first)
        if date:
            out.append(Development(date=date, actor=actor, summary=clean(m["summary"]), confidence=0.6,
                                   span=span(text, at, at + len(line))))
    return out


def _with_full_name(development: Development, text: str, closed: str) -> Development:
    """ "KOGAS signed …" where the page wrote "Korea Gas Corporation (KOGAS)": the actor as the page names it in full."""
    if not re.fullmatch(r"[A-Z][A-Za-z&]{1,9}", development.actor) or f"{development.actor})" not in closed:
        return development  # cheap test first: the pattern below is compiled per actor
    full = re.search(rf"(?P<full>{_NAME})\s*\(\s*{re.escape(development.actor)}\s*\)", text)
    if full is None or len(full["full"].split()) < 2 or not abbreviates(development.actor, full["full"]):
        return development  # ("ABF Freight System, Inc. (ArcBest)": ArcBest is its owner, not its short name)
    return development.model_copy(update={"actor": f"{clean_org_name(full['full'])} ({development.actor})"})
