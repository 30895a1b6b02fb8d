"""Key players: the organisations a report names as competing in its market, each once, as written.

Where real pages name them: after a lead-in in prose ("key players in the market include A, B, and C",
"providers such as A (USA), B (Israel), etc.", "the market is dominated by A and B"); under a heading
("Top Brands in the Global Hair Care Market:", "Key Companies Profiled") as bullets or lines; in a table
row or a label line ("| Key Market Players | A, B |", "Key Players: A, B"); as a bare list of names with
legal forms; and, when the page gives no list, as the actors of dated developments. A country in parentheses after a name is the
report's claim about that organisation (``Player.country``), not a report region.

>>> text = "Key players operating in the market include Acme Corp. (US), Beta AG (Germany), and GAMMA INC. , among others."
>>> [(p.name, p.country) for p in find_players(text, sentences(text), lines(text))]
[('Acme Corp.', 'US'), ('Beta AG', 'Germany'), ('GAMMA INC.', None)]
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kg.card import Player
from kg.extract.developments import DATE_RE
from kg.extract.geography import DEMONYMS, DEMONYM_RE, REGIONS, country_name, is_place, names_a_place
from kg.extract.lists import ORG_NAME, RUN_ON_SEPARATOR, Item, split_items
from kg.extract.wordlist import PERCENT_SIGN, Cue
from kg.extract.page import BULLET_GLYPHS, OUTLINE_NUMBER, Line, Sentence, lines, sentences, span
from kg.names import FOUNDERS_NAME, KEEPS_FULL_STOP, LEGAL_FORM, SEAT, clean_org_name, names_it_begins, org_key

_ACTORS = (r"(?:players?|companies|company|vendors|manufacturers|makers|participants|providers|competitors|brands|managers|"
           r"suppliers|firms|giants|leaders|developers|producers|operators|names|contenders|multinationals|champions|"
           r"incumbents|challengers|specialists|processors|distributors|insurers|lenders|integrators|handlers|OEMs|"
           r"groups|platforms|carriers|chains|retailers|brewers|distillers|majors|heavyweights|lessors|shipyards|"
           r"builders|exporters|brokers|banks|labs|laboratories|studios|startups|start-ups|rivals|marketers|mills|houses|entrants|"
           r"newcomers|contractors|disruptors)")
# "… as the leading system vendors": what a list of names is named as
_AS_THE_ACTORS = rf"as\s+(?:the\s+)?(?:leading|key|major|main|top|dominant|largest|principal|prominent)\s+(?:[\w-]+\s+){{0,2}}?{_ACTORS}\b"
# A Cue (matched on lower-cased text): as a case-insensitive regex it cost a tenth of extraction's time.
_LEAD_IN = Cue(
    rf"(?:(?:key|major|leading|prominent|top|notable|main|primary|dominant|established|global|big|largest|larger|bigger|"
    rf"important|significant|profiled|renowned|well-known|other|some)\b[\w\s,&-]{{0,40}}?\b{_ACTORS}"
    rf"(?:\s+\([^)]{{0,30}}\))?(?:[^.:;]{{0,90}}?)\s*(?:\binclude\b|\bincludes\b|\bincluding\b|\bare\b|\bare:|\bwere\b|"
    rf"\blike\b|\bsuch as\b|\bcomprise\b|\bcomprises\b|\bnamely\b|\bare listed below\b|\bas follows\b|:)\s*:?\s*"
    rf"|\b{_ACTORS}\s+(?:such as|like|including|include|namely)\s+|\bthe\s+likes\s+of\s+"
    # "Companies profiled include A, B, …", "Vendors we track: A, B, …", "Gas suppliers active in Taiwan include A, B"
    # ("Companies profiled (22 in total) include A, B, …")
    # ("Companies covered in the full report include A; B; …")
    rf"|\b{_ACTORS}\s+(?:profiled|covered|analy[sz]ed|tracked|featured)(?:\s+\([^()]{{1,30}}\))?"
    # ("… integrators. Companies profiled: WEG S.A.; Aldo Solar; …": a label inside a paragraph)
    rf"(?:\s+in\s+(?:the|this|our)\s+(?:[\w-]+\s+){{0,2}}?(?:report|study|analysis|research))?(?:\s+(?:include|includes|are)\s*:?\s+|\s*:\s+)"
    rf"|\b{_ACTORS}\s+(?:we|they)\s+(?:track|cover|follow|profile|watch)\s*:\s*"
    # "Names to know: A, B and C among providers", "Then you have the independent miners and grinders: A, B, …" (an interview)
    rf"|\b{_ACTORS}\s+to\s+(?:know|watch)\s*:\s*|\byou\s+have\s+(?:the\s+)?[\w\s,&-]{{3,60}}?:\s*(?=[A-Z])"
    # "Mills it profiles include Arvind, Isko, …"
    rf"|\b{_ACTORS}\s+(?:it|we|they)\s+(?:profiles?|covers?|tracks?|names?|lists?)\s+(?:include|includes|are)\s+"
    rf"|\b{_ACTORS}\s+(?:active|operating|present)\s+in\s+[^,.;:]{{1,40}}?\s+(?:include|are)\s+"
    # "Beyond the two leaders, the peer set covers A, B and C" (an analyst's peers)
    rf"|\bpeer\s+(?:set|group)\s+(?:covers|includes|comprises|is)\s+"
    # "On the ingredients side, the hydrocolloid majors: A, B, …", "Who's active: A, B, …", "The usual names: A, B, …"
    # "The pure-play leader is Apotea AB, followed by A, B and C"
    rf"|\b(?:the\s+)?(?:[\w-]+\s+)?(?:market\s+)?leader\s+is\s+(?=[A-Z][^,;.]{{0,60}},\s+followed\s+by\s)"
    # "The market leaders are Resa and Livensa Living, the two largest operators by beds"
    rf"|\bthe\s+market\s+leaders\s+(?:are|include)\s+"
    # (not "IWG plc (brands: Regus, Spaces, HQ)": a company's brands)
    rf"|\b(?!brands\b){_ACTORS}:\s+(?=[A-Z])|\bwho(?:'s|’s|\s+is|\s+are)\s+active\s*[:?]\s*"
    # "Also active this season: Char-Broil (W.C. Bradley Co.), Napoleon, …" (a newsletter's item)
    rf"|^\W*also\s+active(?:\s+[a-z]+){{0,3}}\s*:\s*(?=[A-Z])"
    # "The brands with the biggest padel ranges, including Bullpadel, Adidas and Head"
    rf"|\b{_ACTORS}\s+(?:with|behind|in|on|at|of)\s+[^.;:,]{{3,50}}?,\s+(?:such as|including|like|namely)\s+(?=[A-Z])"
    rf"|\b(?:market|industry|space|landscape|sector|category|field)\s+(?:is|remains|was)\s+(?:highly\s+|largely\s+|mainly\s+)?"
    rf"(?:dominated|led|consolidated|controlled)\s+by\s+(?:players\s+such\s+as\s+|companies\s+like\s+)?"
    rf"|\b(?:profiled|covered|analy[sz]ed|discussed|tracked|named|listed|studied|reviewed)\s+in\s+(?:the|this)\s+"
    rf"(?:report|study|research|analysis)\s+(?:are|include|includes)\s*:?\s*"
    # "Vendors named in the study: A, B" (not "Segments covered in the report: By Type (…)")
    # ("Companies profiled in the Veinmoor report: A; B; …": the house's name before its report)
    rf"|\b{_ACTORS}\s+(?:profiled|covered|analy[sz]ed|discussed|tracked|named|listed|studied|reviewed)\s+in\s+(?:the|this)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:report|study|research|analysis)\s*:\s*"
    # "Among producers named in the study are A, B and C"
    rf"|\bamong\s+(?:the\s+)?{_ACTORS}\s+(?:named|profiled|covered|analy[sz]ed|discussed|included|tracked|listed)\s+in\s+(?:the|this)\s+"
    rf"(?:report|study|research|analysis)\s+(?:are|were)\s+"
    # "The study profiles A, B and C", "STMicroelectronics remained the largest supplier …, followed by A, B and C"
    # ("The report profiles operators and brand owners such as A, B, …", "The research names A, B and C as …")
    rf"|\b(?:report|study|research|analysis)\s+(?:also\s+)?(?:profiles|covers|tracks|names|singles\s+out)\s*:?\s+(?:(?:[a-z&-]+\s+){{1,5}}?such\s+as\s+)?(?=[A-Z])"
    # "Fernmoss profiles Carbo Culture Oy, …": the house that wrote the report, by its short name
    # (not "The report profiles operators and brand owners such as …": the lead-in goes on to its "such as")
    rf"|^\W*(?!the\b)(?:[\w&.'’-]+\s+){{1,2}}?profiles\s+(?!(?:[\w&-]+\s+){{1,5}}?such\s+as\b)(?=[A-Z])"
    rf"|\b(?:largest|leading|biggest|top|dominant)\s+(?:\w+\s+){{0,2}}?(?:suppliers?|vendors?|players?|makers?|manufacturers?|"
    rf"producers?|providers?|brands?)\b[^.;]{{0,80}}?,?\s+followed\s+by\s+"
    # "… more than 200 small vendors; the five largest are A, B, C, D and E"
    rf"|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:largest|biggest|leading|top)(?:\s+\w+)?\s+(?:are|include|[–—]|-(?=\s))\s*"
    rf"|\bcompetitive\s+landscape\s+(?:features|includes|comprises|counts)\s+(?:[^.:;]{{0,80}}?:\s*)?"
    # "… still leads in menstrual cups, where it competes with Lunette, Saalt and DAME"
    rf"|\bcompet(?:es|e|ing)\s+(?:directly\s+|mainly\s+|head-on\s+|chiefly\s+)?(?:with|against)\s+(?=[A-Z])"
    # "Fjordmere names AKVA group, Veolia, … and Innovasea as the leading system vendors"
    # (the stop of an abbreviation inside the list: "…, Ridi Corp. and KToon as the main domestic platforms")
    rf"|\b(?:names|named|lists|identifies|identified|cites|cited|ranks)\s+(?=[A-Z](?:[^.;]|\.(?=,|\s+(?:and|or)\s)){{0,400}}?\s{_AS_THE_ACTORS}))")
# ("…, among others, dominate large deployments, with D, E and F also active": what the first list does, then more)
_AMONG_OTHERS_THEN = re.compile(r"\bamong\s+others\s*,?\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4},\s+)?(?:alongside|with|as\s+well\s+as|along\s+with|together\s+with|besides)\s+"
                                r"(?P<names>[^.;:]+?)(?:\s+(?:(?:are|is)\s+)?(?:also\s+)?(?:active|present|competing|operating)\b[^.;]*)?(?=[.;]|$)")
_INTRODUCES_A_LIST = re.compile(r"\b(?:including|include|includes|are|namely|such as|as follows)\s*:$")
_LEAD_IN_HINT = Cue(rf"\b{_ACTORS}\b|\bby\b|\bprofile[sd]\b|\bdiscussed\b|\bcompet|\bwho|\bsingles out\b|\byou have\b|\balso active\b|\blikes of\b")
_HEADING = re.compile(rf"\b{_ACTORS}\b|\b(?:competitive|producer|supplier|vendor|manufacturer|company|player)\s+landscape|key\s+(?:market\s+)?players|who(?:['’]s| is) who|"
                      rf"\b(?:provider|vendor|supplier|manufacturer|operator)\s+profiles\b|"
                      # ("Profiles included in the report:" over a grid of names)
                      rf"\b(?:company\s+)?profiles\s+(?:included|covered|featured)\b", re.IGNORECASE)
_HEADING_QUALIFIER = re.compile(r"\b(?:key|top|major|leading|prominent|profiled|profiles|following|list|notable|main|covered|mentioned|players|landscape|"
                                r"featured|included|analy[sz]ed|tracked|studied|reviewed|"  # ("Companies featured in the report:")
                                r"(?<=^)(?:[A-Za-z-]+\s+)?(?:companies|players|vendors)\s+in\s+the\s+(?:study|report|analysis|research)$|"  # ("COMPANIES IN THE STUDY")
                                # ("Other participants include:", "Participating companies include:" over the list, not
                                # "Recent moves cited by vendors include:")
                                r"other|(?<=^)(?:[A-Za-z-]+\s+)?(?:participants|companies|players|vendors|manufacturers|suppliers|providers)\s+includes?|"
                                r"who(?:['’]s| is) who|"
                                r"competitive|largest|biggest)\b|"
                                # ("Drilling Fluids Market Companies" over the list: a page heading naming the market's companies)
                                r"\bmarket\s+(?:companies|players|vendors|manufacturers|suppliers)\s*:?\s*$", re.IGNORECASE)
# "Key Players", "Leading Market Vendors Profiled": a label naming the players, on a line or in a table's cell.
_LABEL_WORDS = rf"(?:(?:key|major|leading|top|prominent|notable)\s+)?(?:market\s+)?{_ACTORS}(?:\s+(?:profiled|covered|analy[sz]ed|to\s+watch|mentioned))?"
# ("Companies mentioned — A, B, C": a news page's label, parted by a dash; "Key Companies Profiled || A; B")
_LABEL = re.compile(rf"^\s*\|?\s*{_LABEL_WORDS}\s*(?:\|\|?|:|\s[—–]\s|\t+)\s*", re.IGNORECASE)  # (a table's cells: "Key companies\tA; B")
_NOT_A_NAME = re.compile(
    # ("products" in lower case only: "Mueller Water Products", "Air Products" are names)
    r"\b(?:market|markets|segment|report|analysis|forecast|share|growth|revenue|demand|(?-i:products?)|strategies|"
    r"strateg\w+|acquisitions?|partnerships?|launches|expansion|is|are|was|were|has|have|had|will|would|can|could|may|"
    r"focus\w*|include\w*|offer\w*|such|these|those|their|its|which|who|that|based|owing|due|players?|companies|"
    r"vendors|manufacturers|region|regions|country|countries|others?|etc|percent|billion|million|year|years|"
    r"impressum|datenschutz|agb|sitemap|imprint|disclaimer|"  # a German page's footer links
    r"customers?|consumers?|users?|governments?|researchers?|"
    # a document's own parts: "List of Figures", "LIST OF TABLES", "Appendix", "Notes"
    r"list of (?:figures|tables|exhibits|charts)|appendix|appendices|notes|glossary|contents)\b", re.IGNORECASE)
_INSTITUTION = re.compile(r"\b(?:University|Department|Ministry|Municipality|Association|Alliance|Agency|Administration|Commission|"
                          r"Council|Center|Centre|Institute|Government|Authority|Bureau|Federation|Society|Foundation|"
                          r"FDA|EPA|WHO|Organization|Organisation)\b|"
                          # (a county's or a province's government: "Kirinyaga County launched a subsidy scheme")
                          r"\b(?:County|Province|Governorate|Prefecture|Oblast)$")
_NAME = re.compile(ORG_NAME)
# A brand written in lower case ("voestalpine Railway Systems GmbH", "tesa SE"), taken only with its legal form.
# ("thyssenkrupp nucera AG & Co. KGaA": two such words)
# ("u-blox AG", "imes-icore GmbH": a hyphen inside the word)
_BRAND_WORD = r"(?!(?:with|and|from|for|the|while|including|like|such|among|between|plus)\b)[a-z](?:[a-z]|-(?=[a-z])){2,}"
_LOWER_CASE_BRAND = re.compile(rf"{_BRAND_WORD}(?:\s+{_BRAND_WORD})?(?:\s+[A-Z][\w&.-]*)*(?:\s+{LEGAL_FORM}|\s+AG\s*&\s*Co\.\s*KGaA)")
# (not "Dr. Reddy's Laboratories", "Moody's Analytics": only a people's or a place's name after the possessive)
_OWNER_BEFORE_A_PEOPLE = re.compile(rf"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})['’]s\s+{DEMONYM_RE.pattern}")
_STRONG_LEGAL_FORM = (r"(?:Inc\.|Incorporated|Ltd\.|Limited|LLC|Corp\.|Corporation|plc|PLC|AG|SE|S\.A\.|S\.p\.A\.|SpA|GmbH|N\.V\.|B\.V\.|"
                      r"Co\.,? Ltd\.|\(Pty\) Ltd|"
                      # (forms of the countries our pages cover: "the national postal operator Kazpost JSC remains …",
                      # "Sezginler Gıda A.Ş. expanded …", "Oman Fisheries Co. SAOG")
                      r"P?JSC|OJSC|A\.Ş\.|Tbk\.?|W\.L\.L\.|SAOG|Lda\.|Sdn\.?\s?Bhd\.?|Bhd\.)")
_NORDIC_LEGAL_FORM = r"(?:AB|A/S|ASA|Oyj)(?!\s*[A-Z&])"  # (not "AB InBev", a name that begins with one)
# (words part by one space, a tab or a line break: three spaces part a pasted PDF's columns, two names)
_LEGAL_NAME = re.compile(rf"\b(?:(?:[A-Z][\w'’&.+\-]*|[a-z]{{1,4}}[A-Z][\w'’&.+\-]*|(?<![\d.])\d{{1,3}}(?=\s+[A-Z])|&)(?! {{3}})\s+){{0,4}}"
                         rf"[A-Z][\w'’&.+\-]*(?:,?(?! {{3}})\s+{_STRONG_LEGAL_FORM}|(?! {{3}})\s+{_NORDIC_LEGAL_FORM})(?![\w])")
# "Cirba Solutions. Ascend Elements": a full stop inside a candidate name ends a sentence, unless it ends an abbreviation.
_RUNS_ON = re.compile(r"\b(?!(?:Pty|Pvt|Inc|Corp|Ltd|Bros|Mfg|Intl)\.)\w{3,}\.\s+[A-Z]")
_BARE_LIST_MIN = 3
# "Rheem Manufacturing Company - The company offers …", "Nautilus (BowFlex) - offers adjustable dumbbells …"
_PROFILE = re.compile(rf"^(?P<name>{ORG_NAME})\s+[-–—:]\s+(?:The company|The firm|This company|It|Founded|Headquarter(?:ed|s)|HQ|"
                      rf"(?:offers|provides|makes|manufactures|produces|sells|supplies|develops|designs|operates|runs)\s)")
_LEGAL_HINT = re.compile(rf"{LEGAL_FORM}|\(")  # no leading \b: it would stop the engine's first-character scan
# A line that starts the next section of the page, not another company.
_SECTION = re.compile(r"\b(?:news|developments?|moves|activit(?:y|ies)|deals|timeline|report|market|segment|segmentation|analysis|overview|conclusion|faqs?|about us|"
                      r"contact|methodology|introduction|topics|scope|summary|trends?|drivers?|opportunit\w*|table of contents|related|"
                      r"restraints?|challenges|regional|insights?|highlights?|competitive\s+(?:scenario|landscape)|profiles)\b", re.IGNORECASE)
_GENERIC = re.compile(r"(?:Key|Major|Leading|Top|Small|Large|Other|Some|Several|Many|Prominent|Notable|Global|Local|"
                      r"Regional|International|New|Main|Primary|Established|Emerging|Various|Few|All|Both|Such)", re.IGNORECASE)


_OWNED_BEFORE = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-(?:owned|based|headquartered|listed)\s+(?=[A-Z0-9])")


def _as_name(item: Item, whole: bool = False) -> str | None:
    """The organisation name an item holds, or None when it is not one; ``whole``: the item is only a name."""
    return _name_in(item.text, item.note, whole)


@lru_cache(maxsize=8192)  # (the same items are read by several of a page's list rules)
def _name_in(written: str, note: str | None, whole: bool) -> str | None:
    """The organisation name of an item ``written`` so, with ``note`` beside it in brackets, or None."""
    # "E-commerce: fastest-growing", "Electronics mass retailers: largest": a label and its note; "Key companies
    # profiled | See Competitive Landscape": a cross-reference
    if re.search(r":\s*[a-z]", written) or re.match(r"(?:See|Refer to|View|Click)\s", written):
        return None
    # "Company Profile Snapshot: Acushnet Holdings Corp.": a label before the name
    text = clean_org_name(re.sub(r"^(?:[A-Z][\w-]*\s+){0,3}(?:Profile|Snapshot|Overview)\s*:\s*", "", written))
    # "About Hartwald Marktforschung GmbH": a press release's boilerplate heading over the company it describes;
    # "Top Players Like BASF SE": a list's lead-in run into its first name
    text = re.sub(r"^About\s+(?=[A-Z])|^(?:(?:Top|Key|Major|Leading|Prominent)\s+)?(?:Players|Companies|Vendors|Manufacturers)\s+"
                  r"(?:Like|Such\s+As|Including|Include|Are)\s+(?=[A-Z])", "", text)
    runs_on = _RUNS_ON.search(text)
    # "… Glasshouse Fragrances, Ikea. Bath & Body Works reportedly sold …": the sentence ended after "Ikea" (not "Chr. Hansen
    # Holding A/S": no words in lower case run on after the full stop)
    if runs_on and re.search(r"\s[a-z]{3,}\s+[a-z]{2,}\b", text[runs_on.end():]):
        text = text[:runs_on.start() + runs_on.group().index(".")]
    glued = re.match(rf"^(.*?\b{LEGAL_FORM})(?=[A-Z][a-z])", text)  # "Total S.A.Polyvinyl Chloride": a stripped heading
    if glued:
        text = glued.group(1)
    # "S. K. Electro Systems Pvt. Ltd. Waaree Energies reported …": a legal form with its full stop ends the name.
    ended = re.match(rf"^(.*?\b(?i:{LEGAL_FORM}))\s+(?!(?i:{LEGAL_FORM}|Co\.?|de|&)(?![\w]))(?=[A-Z])", text)
    if ended and ended.group(1).endswith("."):
        text = ended.group(1)
    name = _NAME.match(text) or _LOWER_CASE_BRAND.fullmatch(text)
    if not name and note and (country_name(note) or note.lower().startswith(text.lower() + " ")) \
            and re.fullmatch(r"[a-z][\w&.-]{2,20}", text):
        return text  # "dnata (UAE)", "onsemi (US)", "noon (noon Minutes)": a brand in lower case, its home or its service beside it
    if not name:
        return None
    # "PT Paragon Technology and Innovation, PT Martina Berto Tbk, …": an "and" inside a listed name (the list's own
    # last "and" is split off before this)
    inner_and = re.fullmatch(rf"{ORG_NAME}\s+and\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,3}}(?:,\s*{LEGAL_FORM})*", text) \
        and not re.search(rf"\b{LEGAL_FORM}\s+and\s", text)  # two legal names joined by "and" are two companies
    # "Right at Home", "Kindred at Home": a listed brand whose name holds "at" (not "Acme at Hannover": a place)
    at_home = re.fullmatch(rf"{ORG_NAME}\s+at\s+(?P<last>[A-Z][a-z]+)", text)
    if at_home and is_place(at_home["last"]):
        at_home = None
    # "Vanguard's UK digital advice arm": the company whose arm it is
    owner = re.match(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[A-Z]{2,3}\s+)?[a-z][\w\s-]*\b(?:arm|unit|division|business|subsidiary|brand)$", text)
    if owner:
        return owner["owner"]
    # "Sunrise Medical's European launch of …" inside a list's item: the company is the owner
    possessive = None if whole else _OWNER_BEFORE_A_PEOPLE.match(name.group())
    if possessive:
        return possessive["owner"]
    founders = re.fullmatch(rf"{FOUNDERS_NAME}(?:\s+\([A-Z]{{2,6}}\))?", text)  # "Becton, Dickinson and Company (BD)"
    if not whole and not inner_and and not at_home and not founders:
        text = clean_org_name(name.group())
    # Parentheses inside a name are kept only when closed: "The Procter & Gamble (P&G) Company".
    if text.count("(") != text.count(")"):
        text = clean_org_name(text[: text.index("(")] if "(" in text else text)
    words = text.split()
    # (a legal name may be long: "Ping An Property & Casualty Insurance Company of China, Ltd.")
    most = 11 if len(words) > 8 and _ENDS_WITH_LEGAL_FORM.search(text) else 8
    if not words or len(words) > most or len(text) > 80 or len(text) < 2:
        return None
    if len(words) > 1 and re.fullmatch(r"\d{2,4}", words[-1]) and text.isupper():
        return None  # "OTTOBOCK SE & CO. KGAA 182": an entry of a table of contents and its page
    # "Zhonghong Pulin Medical Products Co., Ltd." or "CANOPY GROWTH CORPORATION" on its own line
    # ("Included Health, Inc." in a list: a legal name, whatever its words)
    legal_name = (whole or text[:1].isupper() and re.search(rf",?\s{_STRONG_LEGAL_FORM}$", text)) \
        and (re.search(rf"\b{LEGAL_FORM}$", text) or text.isupper() and _ENDS_WITH_LEGAL_FORM.search(text))
    if (_NOT_A_NAME.search(text) and not legal_name) or country_name(text) or text.lower() in ("the", "and", "inc", "ltd", "others"):
        return None
    numbered = re.fullmatch(r"\d{1,3}", words[0]) and len(words) > 1 and words[1][:1].isupper()  # "100 Thieves"
    if re.fullmatch(r"[\d.,%\s]+|[A-Z]\.?", text) or _GENERIC.fullmatch(text) or re.match(r"(?i:Table|Figure|Exhibit|Chart|Chapter|Section)\s+\d", text) or not (re.search(r"[A-Za-z]", words[0]) or numbered):
        return None
    return text


_GENERIC_PART = re.compile(r"international|global|worldwide|holdings?|group|corporation|company|pty|pvt|sdn|bhd|"
                           r"australia|india|japan|china|usa|us|uk|europe|asia|america|americas|emea")


_HAS_LEGAL_FORM = re.compile(rf"\b(?i:{LEGAL_FORM})(?!\w)")
_LEGAL_PREFIX = re.compile(r"PT\s+[A-Z]")  # an Indonesian company's legal form comes first: "PT Astra Honda Motor"
_ENDS_WITH_LEGAL_FORM = re.compile(rf"\b(?i:{LEGAL_FORM})$")


_HOME_BEFORE = re.compile(r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?=[A-Z])")


class _Players:
    def __init__(self, text: str, publisher: str | None):
        self.text = text
        self.found: dict[str, Player] = {}
        self.exclude = {org_key(publisher)} if publisher else set()

    def add(self, name: str | None, start: int, note: str | None = None, note_start: int | None = None,
            confidence: float = 0.8) -> bool:
        if not name:
            return False
        seated = _HOME_BEFORE.match(name)  # "France's Touax SCA": the company, its country said before it
        if seated and is_place(seated["place"]) and _NAME.fullmatch(name, seated.end()):
            name = name[seated.end():]
        # "the German-owned BIKE PLANT PORTUGAL, S.A.", "Bahrain-headquartered Yateem Optician": where it sits, then the name
        owned = _OWNED_BEFORE.match(name)
        if owned and (owned["place"].lower() in DEMONYMS or is_place(owned["place"])):
            name = name[owned.end():]
        if name.lower() in DEMONYMS:
            return False  # "… European and Japanese manufacturers": a people, no company
        at = self.text.find(name, start)
        if at < 0 and " " in name:  # ("Aircastle\nLimited": a name a hard line wrap breaks, quoted as written)
            wrapped = re.compile(r"(?: |[ \t]*\n[ \t]*)".join(map(re.escape, name.split()))).search(self.text, start)
            if wrapped is not None:
                return self._add_found(name, wrapped.start(), wrapped.end(), note, note_start, confidence)
        if at < 0:
            return False
        return self._add_found(name, at, at + len(name), note, note_start, confidence)

    def _add_found(self, name: str, start: int, end: int, note: str | None, note_start: int | None,
                   confidence: float) -> bool:
        answer = _FAQ_ANSWER.match(name)
        if answer and re.search(r"(?:^|\n)[ \t]*(?:Q|Question)\s*\d*[.:][^\n]*\n[ \t]*$", self.text[max(0, start - 300):start]):
            # "Q. Who are the key players?" over "A. Bridgestone Corporation, …": the answer's mark is no initial
            name, start = name[answer.end():], start + answer.end()
        key = org_key(re.sub(r"\s*\([A-Z]{2,6}\)$", "", name))  # "Becton, Dickinson and Company (BD)": one company with or without it
        if any(f" {publisher} " in f" {key} " for publisher in self.exclude) or _the_pages_own_house(self.text, name):
            return True  # the research house ("SOURCE Kaveri Insights Pvt. Ltd." under a press release) is no player
        if not key or _GENERIC.fullmatch(key):
            return True
        known = key if key in self.found else self._written_again(key, name)
        if known is not None:  # one company once ("ABB Ltd" then "ABB"), as the page first writes it
            if start < self.found[known].span.start:
                self.found[known] = self.found[known].model_copy(update={
                    "name": name, "span": span(self.text, start, end)})
            return True
        country = country_name(note) if note else None
        self.found[key] = Player(
            name=name, span=span(self.text, start, end), confidence=confidence,
            country=note if country else None,
            country_span=span(self.text, note_start, note_start + len(note)) if country and note_start is not None else None)
        return True

    def _written_again(self, key: str, name: str) -> str | None:
        """ "Rain Bird" after "Rain Bird Australia Pty Ltd", "HONEYWELL INTERNATIONAL INC." after "Honeywell": the same
        company written again (not "Siemens" beside "Siemens Healthineers": the words between are a place or generic;
        not "Kao USA Inc." beside "Kao Corporation": two legal names are two companies)."""
        for known, player in self.found.items():
            if _HAS_LEGAL_FORM.search(name) and _HAS_LEGAL_FORM.search(player.name):
                continue
            longer, shorter = (known, key) if len(known) > len(key) else (key, known)
            if longer.startswith(shorter + " "):
                dropped = longer[len(shorter) + 1:]
                if all(_GENERIC_PART.fullmatch(word) for word in dropped.split()) or is_place(dropped.title()):
                    return known
        return None

    def add_items(self, items: list[Item], offset: int, confidence: float = 0.8, whole: bool = False) -> int:
        added = 0
        for item in items:
            name = _as_name(item, whole)
            added += self.add(name, offset + item.start, item.note, offset + item.note_start if item.note_start is not None
                              else None, confidence)
        return added


# A full stop inside a name: an initial ("H. B. Fuller", "e.l.f. Beauty"), "Co." before "Ltd.", "St." and "Dr." (not a legal form that ends it)
_RUN_ON_SEPARATOR = re.compile(RUN_ON_SEPARATOR)
_INSIDE_A_NAME = re.compile(r"(?:\b[A-Za-z]|\b(?i:Co|St|Dr|Chr|Gebr|Mr|Mrs|Ms|No|Nr))\.$")
_SENTENCE_AFTER = re.compile(r"\.\s+(?=[A-Z])")


def _names_then_prose(line: str) -> tuple[list[Item], list[Item]] | None:
    """Where a line's list of names ends when the line goes on with a sentence ("Siemens AG, ABB Ltd. and Wärtsilä. In
    January 2025, …", "Generator Hostels; Zostel; Hostelworld Group plc. Hostelworld Group plc, whose …"): a scraped page's
    list and the paragraph after it, run onto one line: the list's items, and those of them that are names through and
    through. None when the line is not three names or more, then prose."""
    for stop in _SENTENCE_AFTER.finditer(line):
        listed = line[:stop.start() + 1]
        if _INSIDE_A_NAME.search(listed) or re.match(rf"(?:{LEGAL_FORM})(?!\w)", line[stop.end():]):
            continue  # "H. B. Fuller", "Sdn. Bhd.", "Pvt. Ltd."
        following = line[stop.end():stop.end() + 120]
        if len(re.findall(r"\b(?!and\b|of\b)[a-z]{3,}\b", following)) < 2:
            return None
        items = split_items(listed)
        names = [item for item in items if (_as_name(item) or "") == clean_org_name(item.text)]  # names through and through
        # (its first item a name too: not "We compete with Trackman, Foresight Sports, …", prose that lists)
        return (items, names) if len(names) >= 3 and len(names) >= 0.75 * len(items) and names[0] is items[0] else None
    return None


def _list_text(text: str, start: int, end: int) -> str:
    """The list after a lead-in: up to the sentence's end, a colon-free clause."""
    body = text[start:end]
    line = body.split("\n", 1)[0]
    # ("Companies profiled: Sandvik AB; Epiroc AB; Komatsu Ltd.": a list parted by semicolons alone, not a new clause)
    # ("Seiban Co., Ltd.; Kyowa Co., Ltd.; …": the comma before a legal form parts no items)
    semicolons = ";" if line.count(";") < 2 or re.search(rf",(?!\s*(?:{LEGAL_FORM})(?!\w))", line) else r"(?!)"
    # ("… singles out Feadship, Lürssen and Oceanco for the above-80-metre segment": what they are named for ends it)
    for stop in re.finditer(rf"\.\s+[A-Z]|{semicolons}|\n\s*\n| (?:are|were|have|has|hold|held|account|accounted|dominate|focus)\b"
                            rf"| for (?:the |its |their )?[a-z]| {_AS_THE_ACTORS}", body):
        if stop.group().startswith(".") and KEEPS_FULL_STOP.search(body[max(0, stop.start() - 12):stop.start() + 1]):
            continue  # "PVT. LTD. , AGNIKUL …", "H. B. Fuller": the full stop ends an abbreviation, not the sentence
        return body[: stop.start()]
    return body


def find_players(text: str, sents: list[Sentence], page_lines: list[Line], publisher: str | None = None,
                 actors: list[tuple[str, int]] = ()) -> list[Player]:
    """Every key player the page names, in the order the page names them."""
    players = _Players(text, publisher)
    for i, line in enumerate(page_lines):
        profile = _PROFILE.match(line.text)
        if profile:  # "Rheem Manufacturing Company - The company offers …": a company profile's first line
            players.add(_as_name(Item(0, profile["name"]), whole=True), line.start)
        label = _LABEL.match(line.text)
        if label and label.group().rstrip(" ").endswith("\t") and not re.search(r"[,;]", line.text[label.end():]):
            label = None  # "Company\tHeadquarters": a table's header, not a label and its list
        cells = line.text[label.end():].split("|") if label else [""]
        tabbed = label is not None and "|" not in line.text and line.text.count("\t", label.end()) >= 2
        if tabbed:  # "Companies<TAB>IDEXX Laboratories, Inc.<TAB>Zoetis Inc.<TAB>Virbac": a row pasted with tabs, a name a cell
            for c in re.finditer(r"[^\t]+", line.text, label.end()):
                if c.group().strip():
                    players.add_items([Item(0, c.group().strip())], line.start + c.start(), whole=True)
            continue
        if len(cells) >= 3 and all(_as_name(Item(0, c.strip()), True) for c in cells):
            # "KEY PLAYERS PROFILED: AGILENT TECHNOLOGIES, INC. | NITTO DENKO AVECIA INC. | …": one name in each cell
            for c, offset in zip(cells, itertools.accumulate([0, *(len(c) + 1 for c in cells[:-1])])):
                # ("Solmax (Canada) | NAUE GmbH & Co. KG (Germany)": a cell's country note is kept apart from its name)
                parts = split_items(c)
                item = parts[0] if len(parts) == 1 else Item(len(c) - len(c.lstrip()), c.strip())
                players.add_items([item], line.start + label.end() + offset, whole=True)
            continue
        cell = cells[0]
        if (listed := _names_then_prose(cell)) is not None:
            # "Key vendors: A, B and Wärtsilä. In January 2025, …": the list, not the sentence after it
            players.add_items(listed[0], line.start + label.end())
            continue
        if cell.strip() and line.kind in ("row", "heading", "text", "bullet") \
                and not _COMPANY_TABLE_HEADER.match(line.text):  # "Key Players: A, B" (not "Key Players:" over a list)
            players.add_items(split_items(cell), line.start + label.end())
            continue
        if (line.kind == "row" or line.text.count(" | ") >= 2) and not _COMPANY_TABLE_HEADER.match(line.text) \
                and not _is_header_row(line.text):
            # "… | Key Companies | A; B; C | Licence | …"
            _read_labelled_cells(players, line)
        # a paragraph's last sentence can lead in the list below it: "… across all categories. Key players profiled:"
        lead_in = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.text)[-1] if line.text.endswith(":") else line.text
        # (a long lead-in only where it ends introducing a list: "The report profiles A, B and C specialists, including:")
        # (not a sentence that merely speaks of them: "- The competitive set stays tight. We reiterate Overweight …")
        if line.kind in ("heading", "text", "bullet") and (len(lead_in) <= 120 or len(lead_in) <= 240 and _INTRODUCES_A_LIST.search(lead_in)) \
                and (line.kind == "heading" or lead_in.endswith(":") or not re.search(r"[.!?](?:\s+\S|\s*$)", lead_in)
                     or _PLAYERS_QUESTION.match(lead_in)) \
                and _HEADING.search(lead_in) \
                and _HEADING_QUALIFIER.search(lead_in) \
                and (lead_in.count(" | ") < 2 or _COMPANY_TABLE_HEADER.match(lead_in)) \
                and (not re.search(r"\b(?:include|are|such as)\b", lead_in) or lead_in.endswith(":") or _PLAYERS_QUESTION.match(lead_in)):
            # (a FAQ's question: its answer's line only, not the "Buy Now" lines after it)
            if not _PLAYERS_QUESTION.match(lead_in):
                _read_list_under(players, page_lines[i + 1:i + 80])
            elif i + 1 < len(page_lines) and re.match(r"(?:A|Ans|Answer)[.:]\s|[^,;]+[,;]\s+[A-Z]", page_lines[i + 1].text) \
                    and not re.search(r"\b(?:are|is|was|were|include|includes|including)\b", page_lines[i + 1].text):
                _read_list_under(players, page_lines[i + 1:i + 2])  # (an answer in a sentence is read as one)
    for sent in sents:  # bare lists: "Henkel AG & Co. KGaA (Germany), Sika AG (Switzerland), …"
        if sent.text.count(",") < _BARE_LIST_MIN - 1 or not _LEGAL_HINT.search(sent.text):
            continue
        # "… and Total S.A.Polyvinyl Chloride, Polypropylene": a stripped heading glued on ends the list
        glued = re.search(rf"\b{LEGAL_FORM}(?=[A-Z][a-z])", sent.text)
        # ("Key players include A Limited, B Ltd., C Ltda. and D Inc.": the list after its lead-in, its first name whole;
        # the lead-in is looked for only before a first item that is no name, as the full pattern is costly)
        items = split_items(sent.text[:glued.end()] if glued else sent.text)
        begin = 0
        if items and (_as_name(items[0]) or "") != clean_org_name(items[0].text) and _LEAD_IN_HINT.search(sent.text) \
                and (lead := _LEAD_IN.search(sent.text)) is not None and lead.end() < (glued.end() if glued else len(sent.text)) \
                and not re.search(r"[,;]", sent.text[:lead.start()]):  # (the lead-in opens the sentence, no name before it)
            begin = lead.end()
            items = split_items(sent.text[begin:glued.end()] if glued else sent.text[begin:])
        if len(items) >= _BARE_LIST_MIN:
            organisational = sum(1 for item in items if _as_name(item) and (
                re.search(rf"\b{LEGAL_FORM}(?:$|(?=[A-Z][a-z]))", item.text) or (item.note and country_name(item.note))))
            if organisational >= max(_BARE_LIST_MIN, len(items) * 0.5):
                # Only items that are names through and through: not "The sector is dominated by A".
                whole = [item for item in items if (_as_name(item) or "") == clean_org_name(item.text)
                         or re.match(rf"^.*?\b{LEGAL_FORM}(?=[A-Z][a-z])", item.text)]
                players.add_items(whole, sent.start + begin, confidence=0.7)
    _read_noted_runs(players, page_lines)
    listed = bool(players.found)  # a list under a heading is the page's list: actors of developments are not added
    for sent in sents:
        if not _LEAD_IN_HINT.search(sent.text):
            continue  # cheap test first: the full lead-in pattern is costly at every position
        for m in _LEAD_IN.finditer(sent.text):
            if re.search(r"\b(?:under|its|their|own)\s+(?:\w+\s+)?$", sent.text[max(0, m.start() - 60):m.start()]):
                continue  # "offers heaters under brands such as Lochinvar": a company's brands, not the market's players
            if re.match(r"(?:report|study|research|analysis)\b", m.group(), re.IGNORECASE) \
                    and re.match(r"\W*(?:By|Based on|On the basis of|In terms of)\s+[\w /&-]{2,35},", sent.text):
                continue  # "By end use, the report covers Oil & Gas, Food & Beverages, …": a dimension's segments
            start = sent.start + m.end()
            # ("Leading companies include A • B • C": a bullet ends a sentence, not a list run onto the lead-in's line)
            end = sent.end if not _RUN_ON_SEPARATOR.match(text, sent.end) else \
                (text.find("\n", sent.end) if "\n" in text[sent.end:] else len(text))
            body = _list_text(text, start, end)
            # (not the places a report covers: "The report also covers North America, Latin America and …")
            # (bars part a run-on list's names, not a profile's cells: "Company: A | Headquarters: Irving, Texas")
            bars = body.count(" | ") >= 2 and ":" not in body
            players.add_items([item for item in split_items(body, bars=bars)
                               if not (country_name(item.text) or REGIONS.get(re.sub(r"^the\s+", "", item.text.lower())))], start)
            # "… such as A, B, and C, among others, alongside D, E and F": the list goes on after its "among others"
            more = _AMONG_OTHERS_THEN.search(text, start, sent.end)
            if more:
                players.add_items(split_items(more["names"]), more.start("names"))
    for sent in sents:  # "Acme, Beta and Gamma together control about 60% of the market"
        joint = _JOINT_SHARE.match(sent.text) or (_LISTED_AMONG.search(sent.text) if " among " in sent.text else None)
        if joint:
            items = [item for item in split_items(joint["names"]) if not is_place(item.text)]
            # not "Hardware and Software together account for 70%": three names or more, or two of which one is a legal
            # name and the other a name in capitals ("Müller UK & Ireland Group LLP and Danone UK & Ireland together …")
            if len(items) >= 3 or len(items) == 2 and any(_HAS_LEGAL_FORM.search(item.text) for item in items) \
                    and all(_HAS_LEGAL_FORM.search(item.text) or _TITLED_NAME.fullmatch(item.text) for item in items):
                players.add_items(items, sent.start + joint.start("names"), confidence=0.6, whole=True)
    lower_case_words = set(re.findall(r"\b[a-z]+\b", text))

    def proper_names(items: list[Item], opening: str = "", names: str = "") -> list[Item]:
        """Proper names only: not "Hospitals dominate" nor "North America and Europe lead" (a name whose every word
        the page also writes in lower case is a common noun at a sentence's start), nor "AMR still dominates" or
        "Two-wheelers dominate" alone (a technology's initials, a common compound). ``opening``: the sentence's text
        before ``names``, the text the items were split from; in mid-sentence, capitals on every word of a name of two or more make it proper
        ("…, while Fast Ferries, Zante Ferries and … compete on regional lines" on a page that writes "fast ferries")."""
        def common_words(item: Item, name: str) -> bool:
            words = re.findall(r"[A-Za-z]+", name)
            if len(words) >= 2 and all(w[0].isupper() for w in words) and (opening + names[:item.start]).strip(" \t•*-") \
                    and not all(_GENERIC_PART.fullmatch(w.lower()) for w in words):
                return False
            return all(word.lower() in lower_case_words or _GENERIC_PART.fullmatch(word.lower()) for word in words)

        return [item for item in items if (name := _as_name(item, whole=True)) == clean_org_name(item.text)
                and not names_a_place(name) and name.lower() not in DEMONYMS and not _INSTITUTION.search(name) and not _SECTION.search(name)
                and not any(key.startswith(org_key(name) + " ") for key in players.found)  # "Genesys" after "Genesys Cloud Services, Inc"
                and not common_words(item, name)
                and (len(items) > 1 or not re.fullmatch(r"[A-Z]{2,4}|[A-Z][a-z]*-[a-z]+", item.text.strip()))]

    for before, sent in zip([None, *sents], sents):
        # "Roche, the market leader …, Merck & Co. and AstraZeneca together hold close to half the market. Bristol Myers
        # Squibb, Novartis and Pfizer follow": the ranks after the leaders the sentence before names
        follow = _FOLLOW.match(sent.text) if re.search(r"\b(?:follow|trail|come next)\b", sent.text) and before is not None \
            and re.search(rf"\bleaders?\b|\b{_ACTORS}\b", before.text) else None
        items = split_items(follow["names"]) if follow else []
        if len(items) >= 2 and len(proper := proper_names(items)) == len(items):
            players.add_items(proper, sent.start + follow.start("names"), confidence=0.6, whole=True)
    for sent in sents:  # "Palo Alto Networks, the market leader with roughly a fifth of sales, is followed by Fortinet and Cisco"
        leader = _APPOSITIVE_LEADER.search(sent.text) if "leader" in sent.text else None
        if leader is None:
            continue
        items = [Item(leader.start("names") + i.start, i.text) for i in split_items(leader["names"])]
        rest = sent.text[leader.end():]
        others = _RANKED_WITH_THE_LEADER.match(rest) or _JOINT_AFTER_THE_LEADER.match(rest)
        if others:
            items += [Item(leader.end() + others.start("names") + i.start, i.text) for i in split_items(others["names"])]
        proper = proper_names(items)
        if proper and len(proper) == len(items):
            players.add_items(proper, sent.start, confidence=0.6, whole=True)
    for sent in sents:  # "STMicroelectronics remained the largest supplier of SiC MOSFETs"
        leader = _LEADER.match(sent.text)
        if leader and not _INSTITUTION.search(leader["name"]) and not names_a_place(leader["name"]):
            players.add(_as_name(Item(0, leader["name"])), sent.start + leader.start("name"), confidence=0.6)
            # "…, followed by Nobel Biocare, Dentsply Sirona and Osstem Implant, while …": the companies ranked next
            followed = re.search(r",?\s+followed\s+by\s+" + _NAMES_UNTIL_THE_CLAUSE,
                                 sent.text[leader.end():])
            items = split_items(followed["names"]) if followed else []
            if items and len(proper := proper_names(items)) == len(items):
                players.add_items(proper, sent.start + leader.end() + followed.start("names"), confidence=0.6, whole=True)
    for sent in sents:  # "Capacity expansions at BTR New Material Group and Shanshan Co. keep prices under pressure"
        for m in _EXPANSIONS_AT.finditer(sent.text) if " at " in sent.text else ():
            items = split_items(m["names"])
            if len(proper := proper_names(items, opening=sent.text[:m.start("names")], names=m["names"])) == len(items):
                players.add_items(proper, sent.start + m.start("names"), confidence=0.6, whole=True)
    for sent in sents:  # "Schmitz Cargobull, which …, leads the market, ahead of Krone, Kögel, Wielton and Schwarzmüller"
        ahead = _LEADS_AHEAD_OF.match(sent.text) if "ahead of" in sent.text else None
        items = [Item(ahead.start("name"), ahead["name"]), *(Item(ahead.start("names") + i.start, i.text)
                                                             for i in split_items(ahead["names"]))] if ahead else []
        if len(items) >= 2 and len(proper := proper_names(items)) == len(items):
            players.add_items(proper, sent.start, confidence=0.6, whole=True)
    for sent in sents:  # "Viking River Cruises leads on berths, followed by AmaWaterways, Avalon Waterways, … and nicko cruises"
        first = _RANKED_FIRST_THEN.match(sent.text) if "followed by" in sent.text else None
        if first is None or not _RANKS.search(first["clause"]):
            continue
        items = [Item(first.start("name"), first["name"]), *(Item(first.start("names") + i.start, i.text)
                                                             for i in split_items(first["names"]))]
        proper = proper_names(items)
        # (the leader a name, and most of the rest: a brand written in lower case, "nicko cruises", is left out)
        if len(proper) >= 3 and proper[0] is items[0] and len(proper) >= 0.75 * len(items):
            players.add_items(proper, sent.start, confidence=0.6, whole=True)
    for sent in sents:  # "Infineon Technologies AG holds close to 29% of the market, followed by Renesas Electronics, NXP …"
        ranked = _SHARE_LEADER.search(sent.text) if "followed by" in sent.text and re.search(r"%|\dpc\b|cent\b", sent.text) else None
        items = [Item(ranked.start("name"), ranked["name"]), *(Item(ranked.start("names") + i.start, i.text)
                                                                for i in split_items(ranked["names"]))] if ranked else []
        if len(items) >= 3 and len(proper := proper_names(items)) == len(items) \
                and any(_HAS_LEGAL_FORM.search(item.text) for item in items):
            players.add_items(proper, sent.start, confidence=0.6, whole=True)
    for before, sent in zip([None, *sents], sents):
        for m in _COMPETING_SUBJECTS.finditer(sent.text):
            if re.match(r"[^.;]{0,80}?\s+at\s+[A-Z]", sent.text[m.end():]):
                continue  # "Tomas Lindqvist leads the equipment practice at Stratacore": a person's role
            items = split_items(m["names"])
            # "Natural Rubber Latex, Vinyl and Polyethylene make up the rest" after "Neoprene is the fastest-growing
            # material": the other segments, where the sentence before (or this one before them) spoke of segments.
            if _RANKS_AFTER.match(sent.text, m.end("names")) and not _HAS_LEGAL_FORM.search(m["names"]) \
                    and _SEGMENT_TALK.search(f"{before.text if before else ''} {sent.text[:m.start('names')]}"):
                continue
            # ("Injectables dominate the route-of-administration split" after "By drug class, …": one word, a segment)
            if len(items) == 1 and " " not in m["names"].strip() and before is not None and _BY_DIMENSION_LEAD.match(before.text) \
                    and _SEGMENT_TALK.search(sent.text, m.end("names")):
                continue
            proper = proper_names(items, opening=sent.text[:m.start("names")], names=m["names"])
            if proper and len(proper) == len(items):
                players.add_items(proper, sent.start + m.start("names"), confidence=0.6, whole=True)
    for sent in sents:  # "…," said Nikos Petrakis, commercial director at Golden Star Ferries.
        for m in _QUOTED_EXECUTIVE.finditer(sent.text) if "said" in sent.text or "says" in sent.text or "accord" in sent.text \
                or "explained" in sent.text or "added" in sent.text else ():
            name = _as_name(Item(m.start("name"), m["name"]))
            if name and not is_place(name) and not _INSTITUTION.search(name) and not _RESEARCH_HOUSE.search(name) \
                    and not (publisher and f"{org_key(publisher)} ".startswith(f"{org_key(name)} ")):  # "Ashmont": the house's short name
                players.add(name, sent.start + m.start("name"), confidence=0.6)
    for sent in sents:  # "Copenhagen-based Demant and its Swiss rival Sonova", "online marketplace Chrono24 said …"
        for m in _DESCRIBED_COMPANY.finditer(sent.text):
            name = _as_name(Item(m.start("name"), m["name"]))
            based = re.search(r"([A-Za-z]+)-(?:based|headquartered)", m.group())
            if re.search(r"\b(?:research|consult\w*|analy\w+|advisory|intelligence)\b", m.group()[:m.start("name") - m.start()]):
                continue  # "the France-based research firm Yole Développement": the research house, not a player
            if not name or is_place(name) or _INSTITUTION.search(name) or _RESEARCH_HOUSE.search(name) \
                    or based and based.group(1).lower() in lower_case_words or name.isalpha() and name.lower() in lower_case_words \
                    or based and re.fullmatch(r"[A-Z]{3}", based.group(1)) \
                    or _DESCRIBED_AFTER.match(sent.text, m.end()) \
                    or any(key.startswith(org_key(name) + " ") for key in players.found):
                # "Air-based Cooling", "a Toronto-based CSPM start-up", "Aarhus-based Vestas" beside "Vestas Wind Systems A/S",
                # "a USD-based CAGR of 5.9%"
                continue
            players.add(name, sent.start + m.start("name"), confidence=0.6)
    for sent in sents:  # "capacity expansions at Acme Corp. and …"
        for m in _LEGAL_NAME.finditer(sent.text):
            if re.search(r"\d[/.-]$", sent.text[max(0, m.start() - 2):m.start()]):
                continue  # "・2025/02 JSR Corporation acquired …": a date's month, not the name's start
            name = clean_org_name(re.sub(r"^AND\s+", "", m.group()))  # "…, KAPPA OYJ , AND OMEGA SE": an upper-case list's "and"
            if _as_name(Item(m.start(), name)) == name and not _INSTITUTION.search(name) \
                    and not _RUNS_ON.search(name):
                players.add(name, sent.start + m.start(), confidence=0.6)
                # "capacity expansions at POSCO and Nippon Steel Corporation": its coordinated partner is one too.
                # (the text just before the name only: an anchored search over a whole long sentence is quadratic)
                partner = re.search(rf"(?:^|\b(?:at|by|from|with|between|as)\s+)(?P<other>{ORG_NAME})\s+(?:and|&)\s+$",
                                    ("" if m.start() <= 200 else "\x00") + sent.text[max(0, m.start() - 200):m.start()]) or re.match(rf"\s+(?:and|&)\s+(?P<other>{ORG_NAME})", sent.text[m.end():])
                if partner:
                    other = _as_name(Item(0, partner["other"]))
                    if other and other == clean_org_name(partner["other"]) and not _INSTITUTION.search(other) \
                            and "(" not in other and not re.match(rf"(?:{LEGAL_FORM}|Co)\b", other):
                        players.add(other, sent.start + (m.end() if partner.re.pattern.startswith("\\s") else 0), confidence=0.5)
                for item in _listed_with_a_legal_name(sent.text, m.start(), proper_names):
                    if not any(key == org_key(item.text) or key.startswith(org_key(item.text) + " ") for key in players.found):
                        # (the name without its seat: "Arai Helmet Ltd. of Japan" is "Arai Helmet Ltd.")
                        players.add(clean_org_name(item.text), sent.start + item.start, confidence=0.5)
    actors_only = set()
    for actor, start in [] if listed else actors:
        if not _INSTITUTION.search(actor):
            name = _as_name(Item(start, actor))
            if name and org_key(name) not in players.found and players.add(name, start, confidence=0.6):
                actors_only.add(org_key(name))
    _countries_beside_actors(text, players, actors)
    in_full = [player for player in (_in_full(text, player, players.found) for player in players.found.values()) if player is not None]
    # (not "Freedom Solar" opening a branch when the page lists "Freedom Solar Power": the listed company, shortened)
    listed_keys = [org_key(p.name) for p in in_full if org_key(p.name) not in actors_only]
    # (not "…, Vacmaster (U.S.), Grea" at the end of a page cut mid-list: a name the cut may have shortened)
    cut = len(text) if text[-1:].isalpha() else -1  # (a list's last line, ended by its line break, is whole)
    addresses = [(line.start, line.end) for line in page_lines if _an_address(line.text)]
    return _without_parts([p for p in in_full if (org_key(p.name) not in actors_only
                           or not any(key.startswith(org_key(p.name) + " ") for key in listed_keys))
                           and not (p.span and p.span.end == cut and re.search(r"[,;|]\s*$", text[:p.span.start]))
                           and not (p.span and any(start <= p.span.start < end for start, end in addresses))
                           and not _PAGE_TAB.fullmatch(p.name)])


# A postal address's line ("Harbourlight Analytics Ltd., Unit 7, Grand Canal Quay, Dublin 2, D02 XY47, Ireland"): its
# parts are no companies
_ADDRESS_LINE = re.compile(r"\b(?:Unit|Suite|Floor|Building|Tower)\s+\w+\s*,|\b\d+(?:st|nd|rd|th)\s+Floor\b|"
                           r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Quay|Plaza|Boulevard|Blvd\.|"
                           r"Lane|Drive|Way)\b|,\s*[A-Z]\d{2}\s[A-Z0-9]{4}\s*,|\bP\.?O\.?\s+Box\b")
# A page's tab row ("DESCRIPTION | TABLE OF CONTENTS | COMPANIES MENTIONED | RELATED REPORTS")
_PAGE_TAB = re.compile(r"(?:RELATED|SIMILAR|MORE|OTHER|LATEST)\s+(?:REPORTS?|RESEARCH|TITLES|MARKETS?|NEWS)")


def _an_address(line: str) -> bool:
    """A short line of comma-parted pieces with a street, a unit or a postcode among them."""
    return len(line) <= 160 and line.count(",") >= 2 and bool(_ADDRESS_LINE.search(line))


_LIST_OPENER = re.compile(rf"(?:^|\s(?:from|by|with|including|like|as|at|between|among|makers|suppliers|vendors|rivals|players))\s+"
                          rf"(?P<name>{ORG_NAME})$")
_CONTACT = re.compile(r"\b(?:[Cc]ontacts?|CONTACTS?|[Aa]ddress|E-?mail|[Pp]hone|Tel)\b")
_NAME_BEFORE_VERB = re.compile(rf"(?P<name>{ORG_NAME})(?=\s+[a-z])")


def _listed_with_a_legal_name(sentence: str, at: int, proper_names) -> list[Item]:
    """The names a prose list coordinates with the legal name at ``at`` ("battery systems from BYD, Sungrow Power Supply
    Co., Ltd., Huawei, Tesla and Hitachi Energy"; "pack makers Freedom Won (Pty) Ltd, Revov (Pty) Ltd and Blue Nova
    Energy (Pty) Ltd compete …"): the run of names around it, three or more, every one a proper name; the run's first
    item may follow its lead-in, its last go on into the clause's verb. ``proper_names``: the filter of whole names."""
    if _CONTACT.search(sentence, 0, at):
        return []  # "Contact: Dana Whitlock, Fenwold & Partners Inc., 12 Harbor View": a person, a firm and an address
    begin = max((m.end() for m in re.finditer(r"[;:]\s|\s[—–]\s", sentence[:at])), default=0)
    end = min((m.start() for m in re.finditer(r"[;:.]\s|\s[—–]\s|[.;:]$", sentence[at:])), default=len(sentence) - at) + at
    items = split_items(sentence[begin:end])
    holding = next((i for i, item in enumerate(items) if item.start <= at - begin < item.start + len(item.text) + 1), None)
    if holding is None:
        return []

    def whole(item: Item) -> bool:  # a name through and through, read as prose reads one (not as a list's line)
        return not re.search(r"[|\t\n]|\b(?:19|20)\d\d\b|^(?:In|On|At|By|For|From|With|During|Since|The|A|An)\s|^[-–•*]", item.text) \
            and (_as_name(item) or "") == clean_org_name(item.text)
    first = last = holding
    while first > 0 and whole(items[first - 1]):
        first -= 1
    while last + 1 < len(items) and whole(items[last + 1]):
        last += 1
    run = items[first:last + 1]
    if first > 0 and (opener := _LIST_OPENER.search(items[first - 1].text)) is not None:
        run.insert(0, Item(items[first - 1].start + opener.start("name"), opener["name"]))
    if last + 1 < len(items) and (head := _NAME_BEFORE_VERB.match(items[last + 1].text)) is not None:
        run.append(Item(items[last + 1].start, re.sub(r"\s*\([^()]*\)$", "", head["name"])))  # "Amma (Cooler Heads) lead …"
    if len(run) < 3 or not all(whole(item) for item in run) or len(proper_names(run)) < len(run):
        return []
    return [Item(begin + item.start, item.text, item.note, item.note_start) for item in run]


def _the_pages_own_house(text: str, name: str) -> bool:
    """Whether the page presents the company as its own publisher or distributor, not as a player: "© 2025 Mainufer
    Analytik GmbH", "Press release from: Ferienwerk Marktforschung GmbH", "Contact: Dana Whitlock, Fenwold & Partners
    Inc., …", "Thamesgate Pharma Insight Ltd is an independent pharmaceutical market research consultancy"."""
    after_labels, before_descriptions = _house_places(text)
    return any(after.startswith(name) for after in after_labels) \
        or any(before.endswith(name) for before in before_descriptions)


# What a page's boilerplate writes before its own house's name, and what it says of the house after it
_HOUSE_LABEL = re.compile(r"(?:©|\(c\)|[Cc]opyright)\s*(?:\d{4}\s*)?"
                          r"|^[ \t]*(?:Press release from|Media [Cc]ontact|Contact(?:[ \t]+(?:[Uu]s|[Dd]etails|[Ii]nformation))?|SOURCE|About)\b"
                          r"\s*:?\s*", re.MULTILINE)  # ("Contact Us:" over the house's name on the next line)
_HOUSE_DESCRIPTION = re.compile(r"\s+is\s+an?\s+(?:[\w-]+\s+){0,4}(?:market\s+research|research|consult\w*|advisory|analytics|"
                                r"intelligence|data)\b")


@lru_cache(maxsize=4)
def _house_places(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The texts that follow a boilerplate label (and, after a contact's name, its next part: "Dana Whitlock, Fenwold
    …"), and the texts before "… is an independent market research institute": read once a page, for every name."""
    after_labels = []
    for label in _HOUSE_LABEL.finditer(text):
        line = text[label.end():text.find("\n", label.end()) if "\n" in text[label.end():] else len(text)]
        first, comma, rest = line.partition(",")
        after_labels += [line] + ([rest.lstrip()] if comma and len(first) <= 40 else [])
    before_descriptions = [text[max(0, m.start() - 120):m.start()] for m in _HOUSE_DESCRIPTION.finditer(text)]
    return tuple(after_labels), tuple(before_descriptions)


def _in_full(text: str, player: Player, found: dict) -> Player | None:
    """ "Croda" where the page also writes "Croda International Plc": the player by its legal name, where the page
    first writes it (the name as a company registers it; linking and the scorer compare legal names); None when that
    legal name is a player already ("Axis" after "Axis Communications AB": one company once)."""
    if _HAS_LEGAL_FORM.search(player.name) or not re.fullmatch(r"[A-Z][\w&'’-]{2,}(?:\s+[A-Z][\w&'’-]*)?", player.name) \
            or player.name + " " not in text:  # cheap test first
        return player
    # (not "Siemens" beside "Siemens Energy AG" and "Siemens Healthineers AG": which one it is, the page does not say)
    if sum(1 for name in names_it_begins(player.name, (other.name for other in found.values()))
           if _HAS_LEGAL_FORM.search(name)) == 1:
        return None
    full = _legal_name_after(text, player.name)
    if full is None:
        return player
    start, end = full
    if found.get(org_key(text[start:end]), player) is not player:
        return None  # another player is that legal name (not this one, found first by its short name in a title)
    return player.model_copy(update={"name": text[start:end], "span": span(text, start, end)})


# The words and legal form after a short name that make its legal name: "Croda" + " International Plc"
_LEGAL_TAIL = re.compile(rf"(?:[ \t]{{1,2}}[A-Z][\w&'’.-]*){{1,4}},?[ \t]{{1,2}}(?i:{_STRONG_LEGAL_FORM})(?![\w])")  # (not across a PDF's columns)


def _legal_name_after(text: str, name: str) -> tuple[int, int] | None:
    """Where the page first writes ``name`` as the start of a legal name, not inside a longer word (one pattern for every
    name: a pattern compiled per name cost more than the search)."""
    at = text.find(name)
    while at >= 0:
        tail = _LEGAL_TAIL.match(text, at + len(name))
        if tail and not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")):
            return at, tail.end()
        at = text.find(name, at + 1)
    return None


def _without_parts(found: list[Player]) -> list[Player]:
    """ "Railway Systems GmbH" read inside "voestalpine Railway Systems GmbH" is not a second company."""
    return [p for p in found if not any(o is not p and o.span.start <= p.span.start and p.span.end <= o.span.end
                                        and len(o.name) > len(p.name) for o in found)]


def _countries_beside_actors(text: str, players: _Players, actors: list[tuple[str, int]]) -> None:
    """ "In January 2024, Siemens AG, Germany, expanded …": the country the report writes beside a player."""
    for actor, start in actors:
        at = text.find(actor, start)
        key = org_key(actor)
        player = players.found.get(key)
        if at < 0 or player is None or player.country:
            continue
        beside = re.match(r"\s*,\s*(?P<country>[A-Z][\w. ]{1,30}?)\s*,", text[at + len(actor):at + len(actor) + 45])
        if beside and country_name(beside["country"]):
            country_start = at + len(actor) + beside.start("country")
            players.found[key] = player.model_copy(update={
                "country": beside["country"], "country_span": span(text, country_start, country_start + len(beside["country"]))})


_LABEL_CELL = re.compile(rf"\s*{_LABEL_WORDS}\s*", re.IGNORECASE)
_BARE_ACTORS_CELL = re.compile(rf"\s*{_ACTORS}\s*", re.IGNORECASE)


def _read_labelled_cells(players: _Players, line: Line) -> None:
    """A flattened table row whose label cell names the players: the next cell lists them."""
    cells = [(m.start(), m.group()) for m in re.finditer(r"[^|]+", line.text)]
    for (_, label), (start, cell) in zip(cells, cells[1:]):
        if _LABEL_CELL.fullmatch(label):
            items = split_items(cell)
            # A bare "Companies" is a site's menu ("Markets | Companies | Economy | Opinion"), unless a list follows it
            if len(items) > 1 or not _BARE_ACTORS_CELL.fullmatch(label):
                players.add_items(items, line.start + start)


# Companies named together as holding a share of the market.
# ("In the white-pig segment, A (through its brand N), B, C and D stand out": after a phrase that sets the field)
# (a note in lower case only: "(Country)" is a token of the name itself, and a second way to read it made a long list that
# does not end in "and" cost exponential time)
_NOTED_NAME = rf"{ORG_NAME}(?:\s*\((?=[a-z])[^()]{{1,40}}\))?"
# A name whose every word is capitalised, of two words or more: "Danone UK & Ireland"
_TITLED_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:&|and|of|[A-Z][\w'’.-]*))+")
_JOINT_SHARE = re.compile(rf"^[\s•*–-]*(?:(?:In|Among|Within|Across)\s+[^,;]{{3,60}},\s*)?"
                          rf"(?P<names>{_NOTED_NAME}(?:\s*,\s*{_NOTED_NAME})*,?\s+and\s+{_NOTED_NAME})\s+(?:stand\s+out\b|(?:together\s+|jointly\s+|"
                          rf"collectively\s+|combined\s+)?(?:control|controlled|hold|held|account(?:ed)?\s+for|command(?:ed)?|"
                          rf"capture[sd]?|supplied|sold|shipped)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+|roughly\s+|almost\s+)?"
                          rf"(?:\d|half|two-thirds|a third|a quarter)"
                          # "Chubb, AXA XL, AIG and Beazley are the largest carriers"
                          rf"|(?:are|were|remain)\s+(?:the\s+)?(?:largest|leading|biggest|dominant|top|main|major)\s+(?:[\w-]+\s+){{0,2}}?{_ACTORS}\b"
                          # "Jiangsu Yoke Technology, ADEKA and Daihachi Chemical are among the Asian suppliers …"
                          rf"|(?:are|were)\s+among\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_ACTORS}\b)")
# companies whose capacity grows: "capacity expansions at Orano and EnergySolutions" (not "capacity additions at Panipat,
# Barmer and Numaligarh", refineries' towns)
_EXPANSIONS_AT = re.compile(rf"\b(?:capacity\s+)?expansions?\s+at\s+"
                            rf"(?P<names>{ORG_NAME}(?:\s*,\s*{ORG_NAME})*,?\s+and\s+{ORG_NAME})")
# "The report lists Sunrun, Tesla, Freedom Solar Power, … and ION Solar among the larger players"
_LISTED_AMONG = re.compile(rf"\b(?:lists|listed|names|named|counts|counted|ranks|ranked|identifies|identified|puts|places|with)\s+"
                           rf"(?P<names>{_NOTED_NAME}(?:\s*,\s*{_NOTED_NAME})*,?\s+and\s+{_NOTED_NAME})\s+among\s+(?:the\s+)?"
                           rf"(?:[\w-]+\s+){{0,3}}?{_ACTORS}\b")
# "Palo Alto Networks, the market leader with roughly a fifth of sales, …", "Swiss Re and Munich Re, the market leaders with a
# combined share of about a quarter, …": companies the text names the leaders in an aside
_APPOSITIVE_LEADER = re.compile(rf"(?:^|[.;:]\s+)[\s•*-]*(?P<names>{ORG_NAME}(?:\s+and\s+{ORG_NAME})?),\s+(?:the|a)\s+"
                                rf"(?:(?:market|category|segment|industry|regional|global|clear|undisputed|joint)\s+)?leaders?\b[^.;,]{{0,100}},\s+")
# what the sentence goes on with: the companies ranked with the leader ("is followed by Fortinet and Cisco Systems",
# "compete with China Re, …", "and Hermès, whose …", "Merck & Co. and AstraZeneca together hold close to half")
_RANKED_WITH_THE_LEADER = re.compile(r"(?:(?:is|are)\s+followed\s+by|(?:compete|competes)\s+with|and)\s+(?P<names>[^.;]+?)"
                                     r"(?=,?\s+(?:according|while|whereas|but|whose|which|who|have|has)\b|[.;]|$)")
_JOINT_AFTER_THE_LEADER = re.compile(rf"(?P<names>{ORG_NAME}(?:\s*,\s*{ORG_NAME})*,?\s+and\s+{ORG_NAME})\s+(?:together|jointly)\b")
_FOLLOW = re.compile(rf"^[\s•*–-]*(?P<names>{_NOTED_NAME}(?:\s*,\s*{_NOTED_NAME})*,?\s+and\s+{_NOTED_NAME})\s+(?:follow|trail|come\s+next)\b")
# A company the text ranks first among the market's suppliers.
_LEADER = re.compile(rf"^\s*(?P<name>{ORG_NAME})(?:,\s+(?:maker|owner|producer|operator|parent)\s+of\s+[^,;]{{3,60}},)?"
                     rf"\s+(?:remained|remains|is|was|has been|continues to be)\s+(?:the\s+)?(?:world['’]s\s+)?"
                     rf"(?:(?:largest|leading|biggest|top|dominant|second-largest)\s+(?:[\w-]+\s+){{0,2}}?(?:suppliers?|vendors?|players?|"
                     rf"makers?|manufacturers?|producers?|providers?|brands?|sellers?)\b|market\s+leader\b)")
# The companies a ranking names after its leader, up to the clause that goes on ("…, followed by A and B, while …",
# "…, followed by A and B, according to the report")
_NAMES_UNTIL_THE_CLAUSE = r"(?P<names>[^.;]+?)(?=,?\s+(?:while|whereas|but|with|according)\b|[.;]|$)"
# "Schmitz Cargobull, which reported sales of €2.4 billion, leads the market, ahead of Krone, Kögel and Wielton"
_LEADS_AHEAD_OF = re.compile(rf"^\s*(?P<name>{ORG_NAME})(?:,\s+which\s+[^,;]{{3,120}},)?\s+(?:leads|led|tops|topped|dominates|dominated)\s+"
                             rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:market|field|sector|ranking)\b,?\s+(?:well\s+|just\s+|narrowly\s+)?ahead\s+of\s+"
                             rf"{_NAMES_UNTIL_THE_CLAUSE}")
# "Viking River Cruises leads on berths, followed by AmaWaterways, Avalon Waterways and CroisiEurope": a company ranked
# first (after a label: "Competitive landscape: …"), then the companies after it (not "Hardware held the largest share,
# followed by Software": common nouns)
_RANKED_FIRST_THEN = re.compile(rf"^\s*(?:[A-Z][\w /&-]{{2,40}}:\s+)?(?P<name>{ORG_NAME})(?:,\s+which\s+[^,;]{{3,120}},)?\s+(?:still\s+|clearly\s+|currently\s+)?"
                                rf"(?P<clause>(?:leads|led|tops|topped|dominates|dominated|holds|held|has|had|commands|commanded|takes|took)\b[^.;]{{0,80}}?),"
                                rf"\s+followed\s+by\s+{_NAMES_UNTIL_THE_CLAUSE}")
_RANKS = re.compile(r"\b(?:leads|led|tops|topped|dominat\w*|largest|biggest|share|slice|first)\b")
# Companies as the subjects of what leaders do: "Umicore and Boliden dominate smelting of electronic scrap in Europe",
# "…, while Asahi Group Holdings and Suntory lead in Japan", "Sims Lifecycle Services and ERI are the largest collectors".
_COMPETING_SUBJECTS = re.compile(
    # ("On the edge side, Akamai Technologies, Cloudflare and Fastly compete with …": a phrase that sets the scene first)
    rf"(?:^\s*(?:(?:Among|Of|On|In|At|For|Within)\s+[^,]{{3,40}},\s+)?|,?\s+while\s+|[,;]\s+and\s+|;\s+|,\s+with\s+(?=[^;]+?\s+competing\b))"
    # (a note in parentheses after a name: "Google (through AppSheet)")
    # (or what it is, between commas: "Allergan Aesthetics, an AbbVie company, leads in toxins")
    rf"(?P<names>{ORG_NAME}(?:\s*,\s*{ORG_NAME})*(?:,?\s+(?:and|&)\s+{ORG_NAME})?(?:\s*\([^()]{{1,40}}\))?)"
    rf"(?:,\s+(?:a|an|the)\s+(?![^,;]*\b(?:segments?|categor\w*|types?|regions?|countr\w*|applications?|markets?|products?)\b)"
    rf"[^,;]{{3,40}},)?\s+"
    rf"(?:(?:together|jointly|still|also|now|mainly)\s+)?(?:dominate[sd]?\b|leads?\b(?!\s+(?:to|times?)\b)|control(?:s|led)?\s+(?:the|about|around|over|more|nearly|\d)"
    # "Kidsoft and Kindyhub compete in the mid-market", "MEIKO and Winterhalter have won a lot of hotel business",
    # "Dabur has regained share", "Nakanishi Manufacturing is very strong in large conveyor systems"
    rf"|compete[sd]?\s+(?:mainly\s+|hard\s+|directly\s+|closely\s+|fiercely\s+|aggressively\s+|head-to-head\s+)?"
    rf"(?:in|on|for|with|through|against|at|as)\b"  # ("Guardant Health and Natera compete as test-service providers")
    # "…, while Hoover, Black+Decker and Eureka fight over the sub-$200 price points", "…, with MetLife and Cigna Healthcare
    # competing most aggressively for …", "Medtronic … is losing share" (not "Oncology continues to dominate", a segment's
    # heading, nor "HDPE and PEX are gaining share", materials)
    rf"|fight(?:s|ing)?\s+(?:over|for)\b|competing\s+(?:most\s+\w+\s+|hard\s+|\w+ly\s+)?(?:for|in|on|with|against)\b"
    rf"|(?:is|are)\s+(?:now\s+|also\s+)?(?:losing|ceding)\s+(?:market\s+)?share\b"
    rf"|(?:is|are)\s+named\s+as\s+(?:the\s+)?(?:most\s+active|leading|largest|main|biggest|key)\b"
    rf"|(?:is|are|remains?)\s+(?:very\s+|particularly\s+|also\s+|still\s+)?(?:strong|strongest)\s+in\b"
    rf"|(?:has|have)\s+(?:won|regained|gained)\s+(?:a\s+lot\s+of\s+|more\s+|most\s+)?(?:[\w-]+\s+)?(?:share|business|ground)\b"
    # "Amazon Prime Video, Disney+ and Max follow at a distance", "Tern and Douze Cycles are growing in the commercial niche"
    rf"|follow(?:s|ed)?\s+(?:at\s+a\s+distance|closely|behind)\b|follow\s*[.;]|(?:is|are)\s+(?:now\s+|also\s+)?(?:growing\s+(?:in|the)\b|targeting\b)"
    # "Dowa Holdings plays a similar role in Japan", "Tesco, Waitrose and Ocado sell more wine online than …",
    # "Storytel, BookBeat and Podimo are all in the mix"
    rf"|plays?\s+(?:a\s+)?(?:similar|key|leading|major|dominant|central|comparable)\s+role\b|sells?\s+more\b"
    # "Marriott International, Accor and Hilton operate the largest branded portfolios"
    rf"|(?:operate|operates|run|runs|own|owns)\s+the\s+(?:largest|biggest|most\s+\w+)\b"
    rf"|(?:are|is)\s+(?:all\s+|also\s+)?in\s+the\s+mix\b"
    # "Pegasystems, Zoho, Oracle and Google (through AppSheet) round out the field"
    rf"|round(?:s|ed)?\s+out\s+(?:the\s+)?(?:field|list|ranking|top\s+\w+)\b"
    rf"|make\s+up\s+(?:much\s+of\s+|most\s+of\s+)?the\s+rest\b"  # "Enphase Energy, SolarEdge and GoodWe make up much of the rest"
    rf"|(?:are|were)\s+(?:all\s+|also\s+)?(?:active|competing|present)\s+in\b"
    # "CrowdStrike and Microsoft are pushing hard from the endpoint", "A, B and C keep pushing the technology",
    # "Check Point, Fortinet and Tenable all have credible offerings"
    rf"|are\s+pushing\s+(?:hard|into|the)\b|keep\s+pushing\b"
    rf"|(?:all\s+|also\s+)?(?:have|has)\s+(?:credible|strong|competitive|broad|mature)\s+(?:offerings|products|portfolios|platforms|line-?ups)\b"  # "…, Taptap Send and Revolut are all active in the corridor"
    # "Walmart, Target and Kroger have all expanded their ad businesses", "Instacart, Best Buy and CVS Health also run …"
    rf"|(?:have|had)\s+(?:all|both)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|un|ot)\b|(?<=[a-z]\s)also\s+(?:run|operate|offer|sell|make|supply)\b"
    rf"|(?:are|is|were|was)\s+(?:steadily\s+|quickly\s+|also\s+)?(?:expanding|gaining|growing|increasing|winning)\s+(?:their|its)\s+(?:market\s+)?share\b"
    rf"|(?:are|were|remain|is|was)\s+(?:the\s+)?(?:two\s+|three\s+)?(?:largest|leading|biggest|dominant|top)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_ACTORS}|collectors|processors|producers|suppliers|sellers|operators|brands|makers|recyclers|carriers|lenders|insurers|retailers)\b)")
# A sentence that opens with a dimension: "By drug class, …"
_BY_DIMENSION_LEAD = re.compile(r"\W*By\s+[a-z][\w -]{2,30},")
# Words of a page that speaks of segments, not of companies
_SEGMENT_TALK = re.compile(r"\b(?:segments?|categor(?:y|ies)|types?|materials?|applications?|end[- ]uses?|end[- ]users?|"
                           r"channels?|technolog(?:y|ies)|components?|split|mix)\b"
                           # ("Pouches/Sachets accounted for about 41% of demand. Lidding Films and Bags & Wraps follow")
                           r"|\d\s?%\s+of\s+(?:(?:global|total|the|\d{4})\s+)*(?:revenue|demand|sales|spending|volume|consumption)\b",
                           re.IGNORECASE)
# The verbs of _COMPETING_SUBJECTS that rank names after others ("follow closely", "make up the rest"): segments are
# ranked so as often as companies (not "round out the field", the competitors' word).
_RANKS_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s+(?:a|an|the)\s+[^,;]{3,40},)?\s+(?:together\s+|jointly\s+|still\s+|also\s+|now\s+|mainly\s+)?"
                          r"(?:follow|make\s+up)")
# A company whose executive the article quotes: "…," said Nikos Petrakis, commercial director at Golden Star Ferries; "said
# Ricardo Amaral, commercial director of Petruz Fruity" (an operator's, not an analyst's, a partner's or a researcher's role).
_EXECUTIVE_ROLE = (r"(?:(?:chief|managing|commercial|sales|marketing|general|executive|operations|operating|country|regional)\s+"
                   r"(?:[a-z]+\s+){0,2}?(?:director|officer|manager|executive)|(?:co-)?founder|president|vice[- ]president|"
                   r"chair(?:man|woman|person)?|CEO|COO|CFO|CCO|CTO|MD|head\s+of\s+(?:sales|marketing|operations|business|"
                   r"commercial|strategy)|spokes(?:person|man|woman))")
_QUOTED_EXECUTIVE = re.compile(rf"\b(?:said|says|according\s+to|explained|added)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}},\s+"
                               rf"(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:senior|deputy|group|global)\s+)?{_EXECUTIVE_ROLE}(?:,\s+[a-z][a-z -]{{2,30}}?)?\s+(?:at|of)\s+"
                               rf"(?:the\s+)?(?P<name>{ORG_NAME})")
# A company's share of the market, and the companies ranked after it.
_SHARE_LEADER = re.compile(rf"(?P<name>{ORG_NAME})\s+(?:holds|held|has|had|commands|commanded|controls|controlled|accounts\s+for|"
                           rf"accounted\s+for|leads\s+the\s+market\s+with|led\s+the\s+market\s+with)\s+"
                           rf"(?:close\s+to\s+|about\s+|around\s+|nearly\s+|over\s+|some\s+|roughly\s+)?"
                           # ("about 55pc share by units": a Pakistani paper's per cent)
                           rf"\d{{1,2}}(?:\.\d+)?\s?{PERCENT_SIGN}\s+(?:share\s+)?(?:of\s+(?:the\s+)?(?:global\s+|world\s+)?"
                           rf"(?:market|revenue|sales)\b|share\b)"
                           rf"[^.;]{{0,20}}?,?\s+followed\s+by\s+{_NAMES_UNTIL_THE_CLAUSE}")
# "Transportation Insight (U.S.)": a name, then its country
_WITH_COUNTRY = re.compile(r"\((?:[A-Z]{2}|U\.S\.|U\.K\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)\s*$")
# A column's title for companies ("Company", "Manufacturers", "Name")
_COMPANIES_WORD = rf"(?:company|companies|company name|{_ACTORS}|name)"
_COMPANIES_COLUMN = re.compile(_COMPANIES_WORD, re.IGNORECASE)
_COMPANY_TABLE_HEADER = re.compile(rf"^\|?\s*{_COMPANIES_WORD}\s*\|", re.IGNORECASE)


_FAQ_ANSWER = re.compile(r"A[.:]\s+(?=[A-Z](?:[a-z]{2,}|[A-Z]{2,}))")
# "Q. Who are the key players?", "Question: Which companies lead the market?": a FAQ's question over its answer's list
_PLAYERS_QUESTION = re.compile(r"^[ \t]*(?:Q\d*[.:)]|Question\s*\d*[.:])?\s*(?:Who|Which)\b[^\n]*\?[ \t]*$")


def _is_header_row(row: str) -> bool:
    """ "Date | Company | Development": a table's column names (short, no figures), not a label and its value."""
    cells = [c.strip() for c in row.strip(" |").split("|")]
    return len(cells) >= 3 and all(0 < len(c.split()) <= 3 and not re.search(r"\d", c) for c in cells) \
        and any(_COMPANIES_COLUMN.fullmatch(c) for c in cells)


# A company named in analysis prose by what it is: "Copenhagen-based Demant", "its Swiss rival Sonova", "online marketplace
# Chrono24" (not a research house: "data provider Tallis Data")
_DESCRIBED_COMPANY = re.compile(rf"(?:(?<![\w-]){SEAT}(?:[a-z][\w-]*\s+){{0,2}}|"
                                r"\b(?:its|their)\s+(?:[A-Z][a-z]+\s+)?(?:rival|competitor|peer)\s+|\b[Oo]nline\s+marketplace\s+)"
                                rf"(?=[A-Z])(?P<name>{ORG_NAME})")
_DESCRIBED_AFTER = re.compile(r"\s+(?:start-?up|company|firm|maker|provider|developer|supplier|operator|group|brand)\b")
_RESEARCH_HOUSE = re.compile(r"\b(?:Research|Insights?|Intelligence|Analytics|Consulting|Data|Partners|Advisors)$")


def _read_company_table(players: _Players, rows: list[Line]) -> None:
    """ "Company | Headquarters | Main segments" over "Huawei Technologies Co., Ltd. | China | String": the first cells,
    with the country beside each as its note."""
    for row in rows:
        cells = [(m.start(), m.group()) for m in re.finditer(r"[^|]+", row.text)]
        if " | " not in row.text or not cells:
            return
        (start, cell), rest = cells[0], cells[1:]
        country = rest[0][1].strip() if rest and country_name(rest[0][1].strip()) else None
        lead = len(cell) - len(cell.lstrip())
        name = _as_name(Item(0, cell.strip()), whole=True)
        note_start = row.start + rest[0][0] + len(rest[0][1]) - len(rest[0][1].lstrip()) if country else None
        players.add(name, row.start + start + lead, country, note_start)


# "12.2 SHIMANO INC. (Business Overview, Products Offered, Recent Developments)": what a profile holds, not a note
_PROFILE_CONTENTS = re.compile(r"\s*\((?:Company Overview|Business Overview|Overview|Products?|Financials?|Recent Developments|"
                               r"SWOT|Key Developments)\b[^()]*\)\s*$", re.IGNORECASE)
_OUTLINE_NUMBER = re.compile(rf"^{OUTLINE_NUMBER}\.?\s+(?=[A-Za-z])")


def _is_group_label(line: Line, after: list[Line]) -> bool:
    """A short label ending in a colon over bullets, inside a list of names: "Terminal equipment & upgrades:",
    "Marine installation & maintenance:" (not a section's heading: "Recent developments:")."""
    return (line.text.endswith(":") and len(line.text) <= 60 and line.kind != "row" and not _SECTION.search(line.text)
            and not re.search(r"\b(?:includ\w*|are|is|was|were|has|have|cited|study|activity|events?|deals?)\b", line.text, re.IGNORECASE)
            and bool(after) and after[0].kind == "bullet")  # (not "Recent activity cited in the study includes:")


def _name_before_note(text: str) -> str | None:
    """ "Align Technology, Inc. - Tempe, Arizona, U.S.": the name before a dash and a note on it, if it is one; or before
    what it belongs to ("Phillips-Medisize, a Molex company (Hudson, Wisconsin)")."""
    dashed = re.match(r"(?P<name>.+?)\s[-–—]\s|(?P<owned>[^,]+?),\s+an?\s+(?:[\w&.-]+\s+){1,3}?(?:company|subsidiary|unit|"
                      r"business|brand|division)\b", text)
    name = dashed and (dashed["name"] or dashed["owned"])
    return name if name and _as_name(Item(0, name), True) else None


# "1. Aqua Lung International (France) – regulators, BCDs …": a numbered or bulleted line that names one company, then
# says what it makes
_NOTED_LINE = re.compile(rf"^\s*(?:\d{{1,2}}[.)]|[{BULLET_GLYPHS}\-])?\s*(?P<name>{ORG_NAME})(?:\s*\((?P<note>[^()\n]{{2,30}})\))?\s+[–—-]\s+\S")


def _read_noted_runs(players: _Players, page_lines: list[Line]) -> None:
    """A run of three or more such lines, half of them or more with a legal form or a home country: a list of companies
    with no heading that says so (a "Top 12 companies" article's entries)."""
    run: list[tuple[int, str, str | None]] = []  # (where the name starts, the name, its note in parentheses)
    for line in [*page_lines, None]:
        noted = _NOTED_LINE.match(line.text) if line is not None and line.kind == "bullet" else None
        if noted:
            # (the name pattern reads "Beuchat International (France)" whole: the note is what the parentheses hold)
            inner = re.fullmatch(r"(?P<name>.+?)\s*\((?P<note>[^()]+)\)", noted["name"])
            name, note = (inner["name"], inner["note"]) if inner else (noted["name"], noted["note"])
            run.append((line.start + noted.start("name"), name, note))
            continue
        organisational = sum(1 for _, name, note in run if _ENDS_WITH_LEGAL_FORM.search(name) or (note and country_name(note)))
        if len(run) >= 3 and organisational * 2 >= len(run):
            for start, name, _ in run:
                players.add(_as_name(Item(0, name), whole=True), start)
        run = []


# Cells of a row: pipes, tabs, or the runs of spaces a pasted PDF's columns leave
_CELL_GAP = re.compile(r"[ \t]+\|[ \t]*|[ \t]*\|[ \t]+|\t+| {3,}| / ")  # (" / ": "JSR Corporation / Tokyo Ohka Kogyo Co., Ltd. / …")


_SEAT_AFTER_A_DASH = re.compile(r"\s+[-–—]\s+(?P<place>[A-Z][\w.' -]{1,30}?)\s*$")


def _names_in_cells(text: str) -> list[tuple[int, Item, str]] | None:
    """The names of a row whose every cell (three or more) is one organisation's name, each with its cell's offset and
    item, or None: not "Acme Inc. | Germany | 12%" (a table's row), nor "Key Companies | A, B" (a label and a list)."""
    if not _CELL_GAP.search(text):
        return None
    cells, at = [], 0
    for gap in [*_CELL_GAP.finditer(text), None]:
        end = gap.start() if gap else len(text)
        if text[at:end].strip(" |"):
            cells.append((at, text[at:end]))
        at = gap.end() if gap else end
    if len(cells) < 3 or ":" in text:  # (not "KEY PLAYERS PROFILED: A | B | C", a label and its cells)
        return None
    named = []
    # "… | Givaudan SA (Switzerland) | Roquette Frères (Fr": the page cut in its last cell's note; "… | Puris Proteins, LLC
    # (US) | Others": the rest, unnamed
    if cells[-1][1].count("(") > cells[-1][1].count(")"):
        cells[-1] = (cells[-1][0], cells[-1][1][:cells[-1][1].rindex("(")])
    if re.fullmatch(r"\s*(?:and\s+)?(?:others?|etc\.?|more)\s*\|?\s*", cells[-1][1], re.IGNORECASE):
        cells = cells[:-1]
    for at, cell in cells:
        # "Thales Group - France": a cell's name and its country after a dash
        if (seated := _SEAT_AFTER_A_DASH.search(cell)) and names_a_place(seated["place"]):
            cell = cell[:seated.start()]
        items = split_items(cell, split_and=False)
        name = _as_name(items[0], whole=True) if len(items) == 1 else None
        # ("PT United Motors Centre": a name with its legal form is a company's, whatever word it ends in)
        if not name or name != clean_org_name(items[0].text) or is_place(name) or _SECTION.search(name) \
                or _INSTITUTION.search(name) and not _HAS_LEGAL_FORM.search(name) and not _LEGAL_PREFIX.match(name):
            return None
        named.append((at, items[0], name))
    # A table's header is no list: "Service | Operator | Model", "Rank   Lessor   Aircraft   Portfolio value" (a list
    # of names holds legal names, or names of two words or more)
    # ("Company   Capacity   Main bases": a column of companies is named by a word for them)
    if not any(_HAS_LEGAL_FORM.search(item.text) and len(item.text.split()) > 1 for _, item, _ in named) \
            and sum(len(item.text.split()) > 1 for _, item, _ in named) * 2 < len(named) \
            or any(_COMPANIES_COLUMN.fullmatch(item.text) or item.text.lower() == "rank" for _, item, _ in named):
        return None
    return named


def _read_list_under(players: _Players, following: list[Line]) -> None:
    """Names under a heading: bullets, short lines or one comma list, until the first line that is not names."""
    if following and _COMPANY_TABLE_HEADER.match(following[0].text):
        _read_company_table(players, following[1:])
        return
    outline, profile_rows, cell_rows = None, False, False
    for at, line in enumerate(following):
        if _is_group_label(line, following[at + 1:at + 2]):
            continue  # "Wet plant (system suppliers):" over its bullets: the list goes on under it
        contents = _PROFILE_CONTENTS.search(line.text)
        line = Line(line.start, line.end, line.text[:contents.start()], line.kind) if contents else line
        # "11.1.1 PERMOBIL AB 162": a table of contents' entry, its page number after the name
        if paged := re.fullmatch(r"(\d{1,2}(?:\.\d{1,2})+\s+\S.*?)\s+\d{1,4}", line.text):
            line = Line(line.start, line.start + paged.end(1), paged[1], line.kind)
        if cells := _names_in_cells(line.text):
            # "Intrepid Travel | G Adventures | …", "InPost S.A.   Cleveron AS   Luxer One": one name a cell
            for offset, item, name in cells:
                players.add(name, line.start + offset + item.start, item.note,
                            line.start + offset + item.note_start if item.note_start is not None else None)
            cell_rows = True
            continue
        if cell_rows:
            break  # the rows of names end the list ("*Listed in no particular order" under them is no name)
        if " | " in line.text and not line.text.endswith(":"):
            # "- Fresenius Medical Care | Bad Homburg, Germany | satellite units": a profile row, its name first
            first, seat = [cell.strip() for cell in line.text.split(" | ")[:2]]
            note = re.search(r"\s*\(([^()]*)\)$", first)  # "Xylem Inc. (Sensus)": its brand; "Orisil (UA)": its country
            first = (first[:note.start()] if note else first).lstrip("-–•*· \t")
            name = _as_name(Item(0, first), whole=True)
            # the second cell is its seat ("Espoo, Finland", "Great Britain"), or a figure when the name carries its
            # country ("Orisil (UA) | 6" under "Producer landscape (capacity, kt/yr)"): not "Posted by newsdesk | Education"
            seated = names_a_place(seat.split(",")[-1].strip()) or bool(
                note and (re.fullmatch(r"[A-Z]{2}", note[1]) or country_name(note[1])) and re.fullmatch(r"[~≈]?[\d.,]+\s?%?", seat))
            if not name or name != clean_org_name(first) or is_place(name) or _SECTION.search(name) or not seated:
                break
            players.add(name, line.start + line.text.index(first))
            profile_rows = True
            continue
        if profile_rows:
            break  # the rows of profiles end the list
        # a section's heading ends the list (not a list of names one of which holds such a word: "INSIGHTS CARE",
        # nor a name with its country: "Transportation Insight (U.S.)", nor a name with a note on it: "Quálitas
        # Controladora, S.A.B. de C.V. - headquartered in Mexico City; the clear market leader")
        noted = _name_before_note(line.text) if line.kind == "bullet" else None
        named = noted or line.text
        # ("By Form: Capsules & Tablets, Powder", "Regional Analysis: North America, Europe": a labelled line of another list)
        label = re.match(r"(?P<label>[A-Z][\w /&-]{1,30}?)\s*:\s", line.text)
        if line.kind == "row" or line.text.endswith(":") or _SECTION.search(named) and named.count(",") < 2 \
                and not _WITH_COUNTRY.search(named) \
                or label and re.match(r"(?:By|Based on)\s|(?:Regional|Regions?|Geograph\w*|Segment\w*|Countries)\b", label["label"]):
            break
        dated = DATE_RE.search(line.text, 0, 40) if line.kind == "text" else None
        if dated and re.fullmatch(r"\W*(?:On|In|From|Since|As of|During)?\s*", line.text[:dated.start()]):
            break  # "On 9 August 2024, Globeride, Inc. released …": a development after the list
        if line.kind == "text" and (listed := _names_then_prose(line.text)) is not None:
            players.add_items(listed[1], line.start)
            break  # the list, run onto one line with the paragraph after it
        # (a list's separators: commas, semicolons, a crawled line's middle dots or bullets)
        if line.kind == "text" and ((len(line.text) > 200 and line.text.count(",") + line.text.count(";")
                                     + len(_RUN_ON_SEPARATOR.findall(line.text)) < 4)
                                    or re.search(rf"(?:[a-z]{{3,}}|\))\.\s+(?!{LEGAL_FORM}(?!\w)|Co\b)[A-Z]", line.text)):
            break  # prose, not a list of names (not "Inkbird Tech. Co., Ltd.": an abbreviation before a legal form)
        # "11.2 Roquette Freres" in a table of contents: the outline number is not the name, and the chapter ends
        # where the numbering leaves it ("12 APPENDIX", "12.1 Discussion Guide")
        number = _OUTLINE_NUMBER.match(line.text)
        chapter = re.match(r"\d{1,2}(?=[.\s])", line.text)
        if chapter and (outline is None and not number or outline is not None and chapter.group() != outline):
            break
        outline = chapter.group() if number and outline is None else outline
        line = Line(line.start + number.end(), line.end, line.text[number.end():], line.kind) if number else line
        # "Private banks - HDFC Bank, ICICI Bank, Axis Bank;": a group's label (a common noun in the plural), then its names
        # (not "Waytous – Beijing, China": a name and its seat)
        # ("Tier 1 (global packaging groups): A; B; C": a tier and what it holds)
        grouped = re.match(r"(?:[A-Z][a-z]+(?:\s+[a-z][\w-]*)*\s+[a-z][\w-]*[a-z]s|[A-Z]{2,}s)\s[-–—:]\s(?=[^,;]+,)"
                           r"|(?:Tier|Group|Category|Class)\s+\w{1,3}(?:\s*\([^()\n]{0,80}\))?\s*[-–—:]\s*(?=[^,;]+[,;])", line.text)
        if grouped:
            line = Line(line.start + grouped.end(), line.end, line.text[grouped.end():], line.kind)
        # "- Align Technology, Inc. - Tempe, Arizona, U.S.": the name, then a note on it (its seat, what it makes)
        if dashed := _name_before_note(line.text):
            line = Line(line.start, line.start + len(dashed), dashed, line.kind)
        if answer := re.match(r"(?:Ans|Answer)[.:]\s+", line.text):  # "Answer: AeroFarms, Gotham Greens, …" under its question
            line = Line(line.start + answer.end(), line.end, line.text[answer.end():], line.kind)
        # "• Hochland SE (Simply V)": a note in parentheses after the name (its brand or country) is not the name
        # ("- Air Products and Chemicals, Inc. - U.S. - industrial gases": the "and" of a noted name is the name's)
        items = split_items(line.text, split_and=not dashed) \
            if "," in line.text or ";" in line.text or "(" in line.text or "[" in line.text or _RUN_ON_SEPARATOR.search(line.text) \
            else [Item(0, line.text)]
        whole = len(items) == 1 and len(line.text) <= 60
        names = [item for item in items if _as_name(item, whole)]
        # a line ending in a full stop is prose, unless it is one legal name ("J&J SNACK FOODS CORP.")
        one_legal_name = len(items) == 1 and whole and bool(_ENDS_WITH_LEGAL_FORM.search(line.text))
        if not names or len(names) < len(items) * 0.6 or (line.kind == "text" and len(items) < 2 and not one_legal_name):
            break
        players.add_items(items, line.start, whole=whole)


__all__ = ["find_players", "lines", "sentences"]
