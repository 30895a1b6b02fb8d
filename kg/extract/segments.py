"""Segments: how a report divides its market (by type, application, end user …), and which segment it ranks.

Pages state segmentation in report titles and coverage lines ("Report By Product (A, B), By End User
(C, D)"), snapshot table rows ("| Key Segment By Type | A, B |"), prose ("by type, the market is
segmented into A, B and C"; "the construction market is segmented into A; B; C and D"), and
takeaways ("By service model, SaaS led with 53.5% share, while the PaaS segment is projected to grow
fastest"). A clause's claim goes to the segment that is its subject, not to every segment in the sentence.

>>> text = "Widget Market Report By Product (Hardware, Software), By End User (Hospitals, Clinics and Others). The software segment is expected to grow the fastest."
>>> [(s.dimension, s.name, s.claim) for s in find_segments(text, sentences(text), lines(text))]
[('Product', 'Hardware', None), ('Product', 'Software', 'fastest_growth'), ('End User', 'Hospitals', None), ('End User', 'Clinics', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from kg.card import Segment
from kg.extract.claims import claim_of
from kg.extract.geography import is_place, place_re
from kg.extract.lists import Item, blank_parentheses, split_items
from kg.extract.wordlist import PERCENT_SIGN, Cue
from kg.iri import slug
from kg.extract.page import (BULLET_GLYPHS, OUTLINE_ENTRY, TABLE_CAPTION_BY, Line, Sentence, clean, dimension_and_segment, lines,
                             sections_under, sentences, span, table_rows)

# (on one line: "By Distribution Channel" over "General Trade (Kirana Stores, Chemists)" is a heading and its first item)
_DIMENSION = r"(?P<dim>(?:[A-Z][\w/&-]*|of|and)(?:[ \t]+(?:[A-Z][\w/&-]*|of|and|&)){0,3})"
_GROUP_START = re.compile(rf"(?:^|\bby\s+|\bBy\s+|,\s*|\.\s+|[:;]\s*|\)\s*|[·•|]\s*)(?:Segment(?:ation)?\s+by\s+)?{_DIMENSION}[ \t]*\(", re.M)
_PROSE_GOES_ON = re.compile(r"\s+(?:will|is|are|was|were|has|have|had|accounted|accounts|held|holds|grew|grows|remains?|"
                            r"continues?|represented|represents|took|takes|made\s+up|makes\s+up|generated|generates|captured|"
                            r"commanded|led|leads|dominated|dominates|contributed|overtook)\b")
# ("Size (Newborn, Small, Medium)" is a dimension; "Market Size (value, volume)" is not)
_NOT_DIMENSION = re.compile(r"^(?:Report|Market|Study|Forecast|Global|Share|Trends?|Analysis|The|And|CAGR|USD|US|"
                            r"Inc|Ltd|Corp|Company|Group)$|Market$|Market\s+Size$|Report$"
                            # "3. Market Dynamics (Drivers, Restraints, Opportunities)": a contents entry, not a dimension
                            r"|\b(?:Dynamics|Methodology|Landscape|Outlook|Overview|Summary|Profiles?|Contents|Scope|Insights)$"
                            # "Download Sample Report PDF (Including Full TOC, Table & Figures)": a call to action
                            r"|\b(?:PDF|Sample|Brochure|TOC)$|^(?:Download|Request|Get|Buy)\b", re.IGNORECASE)
_GEOGRAPHY = re.compile(r"region|geograph|countr|states|area|territor", re.IGNORECASE)
_CATCH_ALL = re.compile(r"^(?:others?|other\s+[\w -]+|more|and more|etc\.?|rest of \w+|miscellaneous)$", re.IGNORECASE)
# ("… is segmented as A, B and C": "as" after segmented only, not "classified as a medical device", nor "segmented on the
# basis of various parameters such as type, application")
# ("the market is divided on A, B and C": a non-native writer's preposition)
_SEGMENTED = re.compile(r"(?:(?P<segmented>segmented)|divided(?=\s+on\s)|divided|divides|categori[sz]ed|splits?|bifurcated|classified|grouped|broken down)"
                        r"(?:\s+(?:by|on the basis of|based on|in terms of)\s+(?P<dim>[\w/&-]+(?:\s+[\w/&-]+){0,3}?))?\s+"
                        r"(?:(?:in)?to|(?<=divided )on|(?(segmented)(?<!such\s)as|(?!)))\s*:?\s*"
                        r"|\b(?:segments?|categories|types|applications|end[- ]users|products)(?:\s+(?:covered|analy[sz]ed|"
                        r"studied|considered|profiled|in|the|this|report|study|research))*\s+(?:includes?|comprises?|"
                        r"covers|consists of)\b\s*:?\s*",
                        re.IGNORECASE)
# ("Concerning the product, the market is divided in A, B and C", "Regarding the origin, …", "As regards the type, …": the
# lead-ins of pages translated from Spanish, Portuguese or Polish)
_BY = re.compile(rf"(?:^|[{BULLET_GLYPHS}\-]\s*)" r"(?:[AQ][.:]\s+)?(?:By|Based on|On the basis of|In terms of|As per|By segment,?\s*by|"
                 r"(?:Concerning|Regarding|As regards|As for|As to|With (?:regard|respect) to)(?:\s+the)?|Among(?! (?:key |major |leading |the )?(?:players|companies|vendors|regions|countries))|"
                 r"(?:Measured|Analy[sz]ed|Segmented|Classified|Categori[sz]ed|Split|Broken down)\s+by)\s+"
                 # ("By product form it compares powders, liquids, …": the dimension, then what the report does with it)
                 # ("By venue type the market covers A, B and C", "As per fracture site, it is covering A, B and C")
                 # ("By product category the market splits into A, B and C")
                 r"(?P<dim>[\w\s/&-]{2,35}?)\s*(?:segment(?:ation)?|type)?\s*(?:[,:]\s*|$|\s(?=(?:it|we|the\s+(?:report|study|analysis|market))\s+"
                 r"(?:covers|compares|includes|examines|tracks|distinguishes|looks\s+at|is\s+covering|splits|divides|comprises|"
                 r"is\s+(?:split|divided|segmented|categori[sz]ed|classified))\b))", re.IGNORECASE)
# "Product: smartwatches, fitness bands" under a "Segmentation" heading: a dimension and its segments.
_LABELLED_LIST = re.compile(r"^(?:By\s+)?(?!(?:Table|Figure|Fig|Chart|Exhibit)\b)(?P<dim>[A-Z][\w/&-]*(?:\s+[\w/&-]+){0,3})\s*:\s*(?P<items>[^:]{3,300})$")
_SEGMENTS_VERB = re.compile(r"\b(?:segment|divide|split|categori[sz]e|classif|break)\w*\b", re.IGNORECASE)
_BY_INTO = re.compile(r"\bby\s+(?P<dim>[a-z][\w -]{1,30}?),?\s+(?:in)?to\s+(?P<items>[^.;:]+?)"
                      r"(?=[,;]?\s+(?:and\s+)?by\s+[a-z][\w -]{1,30}?,?\s+(?:in)?to\s|[.;:]|$)")
_LEAD_WORDS = re.compile(r"^(?:(?:while|whereas|and|but|yet|with|the|a|an)\s+)+", re.IGNORECASE)  # "while the hybrid"
# (in a title's parentheses too: "… Market (By Component: Software, Services; By Application: A, B) – Global Industry
# Analysis, Size, Share …": the closing parenthesis ends the last group)
# ("Segmentation: By Type: A, B | By Application: C, D": after the line's own label)
_BY_GROUP_IN_LINE = re.compile(r"(?:^|[;|(]\s*|\.\s+|^[A-Z][\w /&-]{2,30}:\s*)By\s+(?P<dim>[\w /&-]{2,30}?)\s*:\s*"
                               r"(?P<items>(?:[^;|\n()]|\([^()\n]*\))+?)\s*(?=;|\||\)|$)", re.IGNORECASE)
_BY_GROUP_PIPED = re.compile(r"(?:^|;\s*|\t|:\s*)By\s+(?P<dim>[\w /&-]{2,30}?)\s*:\s*(?P<items>[^;\n]+?\s\|\s[^;\n]+?)\s*(?=;|$)",
                             re.IGNORECASE)
_SEGMENTATION_HEADING = re.compile(r"\bsegment(?:ation|s)\b|\bsegment (?:analysis|overview|insights|review|highlights|snapshot|outlook)\b|"
                                   r"\bmarket breakdown\b", re.IGNORECASE)
_ROW = re.compile(r"^\|?\s*(?:(?:key\s+)?(?:segments?|segmentation)\s+(?:by|covered\s+by)\s+(?P<dim>[\w\s/&-]{2,30}?)|"
                  # "Packaging Types Covered | PET Bottles, Tetra Pak / Cartons, Cans"
                  r"(?P<dim2>[A-Z][\w/&-]*(?:\s+[\w/&-]+){0,3}?)\s+(?:covered|included|analy[sz]ed))\s*(?:\||:)\s*"
                  r"(?P<items>[^|]+)", re.IGNORECASE)
_NAMED_SEGMENT = re.compile(r"(?:^|[\s,(])(?:the\s+)?(?P<name>[A-Za-z][\w'’&/.+-]*(?:\s+(?:&|and|[A-Za-z][\w'’&/.+-]*)){0,4}?)"
                            r"\s+(?:segment|sub-?segment|category)\b(?!\s+(?:is|was)\s+(?:segmented|divided))")
# Not a segment's name: a phrase ending in a function word ("the very consumers the category targets"), a question
# word, an opinion lead-in, a bare unit ("kW"), a region ("Kanto region").
_UNIT = (r"(?:kW|MW|GW|W|kWh|kV|kVA|MVA|V|Ah|mAh|nm|µm|um|µL|uL|bar|psi|Hz|kHz|MHz|GHz|hp|kg|g|ml|mL|L|litres?|liters?|mm|cm|m|"
         r"meters?|metres?|ft|feet|°C|°F|"
         r"inch(?:es)?|GB|TB|sq\.? ?ft|seats?|seater|rooms?|beds?|cc|tons?|tonnes?|MT|m²|m2|sq\.? ?m|acres?|hectares?|ha)")
_NOT_A_SEGMENT_NAME = re.compile(r"\s(?:the|a|an|of|to|for|and|or|that|which|its|their|therefore|thus|also|however)$|"
                                 # "the domestic advanced wound care market": a market, not its part ("mid-market" is; so is a channel,
                                 # "traditional market", "wet markets")
                                 r"(?<!-)(?<!traditional )(?<!wet )(?<!street )(?<!night )(?<!farmers' )(?<!farmers )\bmarkets?\b|"
                                 r"^(?:published|updated|posted|last updated)\s+(?:on\s+)?\d|"  # a page's dateline
                                 r"^(?:what|which|who|how|why|where|when|(?-i:it|they|this|these|those|It|They|This|These|Those)|segments?|largest|fastest|"
                                 r"staff writer)\b|^[QA][.:]\s|"
                                 # "top four suppliers", "biggest product", "most dynamic": a ranking, not a name
                                 r"^(?:total|growth|fastest-growing)$|"  # a table's total row, a column's word
                                 r"^(?:top|leading|largest|biggest|first)\s+(?:\w+\s+)?(?:suppliers|players|companies|vendors|"
                                 r"manufacturers|producers|brands|makers)$|^(?:most|biggest|largest|smallest|fastest)\s+\w+$|(?-i:\b(?:Director|Manager|Analyst|Editor|Officer|President|Founder|Partner|Head))$|^in (?:our|my) (?:view|opinion)\b|^(?-i:" + _UNIT + r")$|"
                                 # a contact line or a unit, not a segment: "analyst@house.example", "Head of Product
                                 # Marketing", "INR Crore", "Million Sq. m", "Shipments (million units)", "top three"
                                 r"@|^(?-i:Head) of\b|^(?:[A-Z]{3}|Rs\.?|US\$|€|£)\s+(?:crore|lakh|million|billion|thousand|bn|mn)$|"
                                 r"^(?:million|billion|thousand)\b|\((?:million|thousand|billion)?\s*units?\)$|"
                                 r"^top\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+\w+)?$|"
                                 r"\sregion$|\banalysis$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?$|^value$",
                                 re.IGNORECASE)
# A size band named by its numbers: "21-100 kW", "Up to 20 kW", "51-150 Rooms", "500 ml", "2 MW to 3 MW".
_SIZE_CLASS = re.compile(rf"^(?:(?:up to|above|below|over|under|less than|more than)\s+)?\d[\d.,]*(?:\s*(?:[-–]|to)\s*\d[\d.,]*)?\s*"
                         rf"{_UNIT}(?:\s*(?:[-–]|to)\s*\d[\d.,]*\s*[A-Za-z²]+)?"
                         rf"(?:\s+(?:class|range|band|bracket))?$", re.IGNORECASE)
_STOP_NAME = re.compile(r"^(?:the|this|each|that|which|every|one|a|an|its|their|market|largest|fastest|leading|other|"
                        r"we|they|it|biggest|smallest|"
                        r"all|both|these|those|such|many|several|various|different|some|most|[a-z]|"
                        r"first|second|third|fourth|top|key|major|cheapest|costliest|priciest|newest|oldest|largest revenue|application|type|product|end[- ]user|while|whereas|"
                        r"and|by|of|in|for|to|with|revenue|revenues|sales|spending|demand|overall|fastest[- ]growing|largest[- ]growing|"
                        r"[\w -]+ (?:type|types|segment|segments|category|dimension))$", re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|held|holds|hold|accounted|accounts|dominated|"
                           r"dominates|led|leads|commanded|commands|captured|captures|registered|generated|emerged|remained|"
                           r"expanded|grew|grows|posted|recorded|contributed|represented|continues|continued|retains|"
                           r"retained|witnessed|showed|exhibited|is\s+projected|is\s+expected)\b")

# "Central Denmark Region (Aarhus)", "Western states", "the Atlantic Seaboard": places; "including brands' own sites",
# "Sandvik and Epiroc between them", "Regionally there": an aside or a clause's opening, not a name
_PLACE_OR_ASIDE = re.compile(r"\b(?:[Rr]egions?|states|provinces|[Ss]eaboard|[Cc]oast|[Ii]slands|counties|emirates|prefectures|"
                             r"districts)\b|^(?:including|excluding|[Rr]egionally|[Gg]lobally)\b|\bbetween\s+them\b")
_VERB_INSIDE = re.compile(r"\b(?:is|are|was|were|will|be|has|have|had|dominated|dominates|held|holds|accounted|(?<!-)led|"
                          r"performing|driving|thereby|within|that|which|this|these|into|across|expected|"
                          r"projected|owing|due|because|covers|cover|tracks|examines|analy[sz]es|assesses|evaluates|distinguishes|includes|include|comprises|comprise|consists|spans|segmented|divided|"
                          r"leads|lead(?!-)|followed|dominate|serve|serves|remain|remains|remained|grow|grows|grew|growing|"
                          r"estimates|expects|says|said|forecasts)\b")  # in lower case: "Lifetime Cover", "LED" are names
# The words before "segment" that name it, after the last word that cannot be part of a name.
_NAME_AFTER = re.compile(r"^.*\b(?:the|of|from|for|in|to|by|at|on|its|their|this|revenues?|sales)\s+", re.IGNORECASE)


# After "By X,": "the report covers A and B", "the study splits the market into A, B and C", "we track A, B and C".
# "By end use, sales were split between A (46%), B (21%) and C (18%)".
_COVERS = re.compile(r"\b(?:(?:the\s+)?(?:market|industry|report|study|analysis|research|survey|sales|revenues?|spending|demand|"
                     r"coverage)|we|it)\s+"
                     r"(?:covers|is\s+covering|compares|looks\s+at|includes|comprises|spans|"
                     r"consists of|track|tracks|examines|analy[sz]es|assesses|evaluates|distinguishes|distinguish|"
                     r"(?:splits?|divides?|breaks?\s+down|segments?|slices?)\s+(?:the\s+market|it)\s+(?:in)?to|"
                     # ("… is segmented as A, B and C", "… it is divided in A, B and C")
                     r"(?:is|are|was|were) (?:split|divided|segmented|broken down) (?:(?:in)?to|as|in)|"
                     r"(?:is|are|was|were) (?:split|divided|shared|distributed) (?:between|among|across))\s+", re.IGNORECASE)
_MONEY_LIKE = re.compile(r"[$€£₹¥]|\b(?:USD|EUR|GBP|INR|Rs)\b\.?\s*\d|\bsingle user\b|\d\s?(?:Bn|Mn|billion|million)\b", re.IGNORECASE)
# The segments a sentence names after its first: "…; A, B and C are the other segments covered", "…; A, B and C follow"
# ("…; OEM dealership workshops and detailing studios are the other channels analysed": two items, no comma)
_REST_OF_THE_SEGMENTS = re.compile(r"[;:]\s*(?P<items>[^.;:]{3,250}?(?:,|\sand\s)[^.;:]{3,250}?)\s+(?:(?:are|were)\s+(?:the\s+)?"
                                   r"(?P<other>other)\s+(?:segments?|sub-segments|categories|types|applications|end[- ]uses?|"
                                   r"verticals|industries|channels|products|services)\b|follow\b)")
# "The other product types covered are car wash shampoos, interior care, glass care, and tyre & wheel care"
_DIMENSION_WORD = re.compile(r"\b(?:types?|segments?|categor(?:y|ies)|applications?|end[- ]uses?|end[- ]users?|channels?|products?|"
                             r"services?|technolog(?:y|ies)|materials?|components?|verticals?|industries|modes?|forms?|grades?|"
                             r"sources?|classes)\b", re.IGNORECASE)
_THE_OTHER_ITEMS = re.compile(r"^\W*(?:The\s+)?other\s+(?P<dim>[a-z][\w /&-]{1,30}?)\s+(?:covered|analy[sz]ed|included|tracked|studied|"
                              r"assessed)?\s*(?:are|include|comprise)\s+(?P<items>[^.;]{3,300})", re.IGNORECASE)
_ITEM_SHARE = re.compile(r"\s+(?:with|at)\s+(?:a\s+|about\s+|around\s+)?\d[\d.,]*\s?%(?:\s+(?:share|of\s+(?:value|revenue|sales|the\s+market)))?(?=\s*(?:,|and\b|$|\.))")
_FOLLOWED_BY = re.compile(r",?\s+(?:followed by|ahead of|trailed by)\s+(?:the\s+)?", re.IGNORECASE)
# ("Material ▸ Ceramic is the fastest-growing material", "Type | Powder-Free gloves hold about 86%": a run-in label with a mark)
_LABEL_LEAD = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}\-]\s*)?" r"(?P<dim>[A-Z][\w /&-]{1,30}?)(?::|\s+[▸►|»])\s+(?=\S)")
# ("End User - In-Center Dialysis Facilities generated …": a dimension's name before a dash; not "Building materials – cement,
# …", a segment and its note)
_DASHED_DIMENSION_LEAD = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]\s*)?" r"(?P<dim>(?:[A-Z][\w&/]*\s+(?:&\s+|and\s+)?){0,2}[A-Z][\w&/]*)\s+[–—-]\s+(?=[A-Z])")
# "slices the market by orbit (LEO, MEO and GEO), by end use (…) and by band (…)": only after a verb that segments.
_BY_LOWER_GROUP = re.compile(r"(?:(?:segment\w*|slices?|split\w*|divide\w*|broken down|break\w* down|categori[sz]e\w*|"
                             r"classif\w*)\b[^.()]{0,60}?|\),?\s+(?:and\s+)?)\bby\s+(?P<dim>[a-z][\w/&-]*(?:\s+[a-z][\w/&-]*){0,2})\s*\(")
# "- By end use (retail, healthcare, BFSI, others), retail led, …": a line that opens with its dimension in lower case
_BY_LOWER_GROUP_OPENING = re.compile(r"^[ \t]*(?:[-•*–][ \t]*)?By[ \t]+(?P<dim>[a-z][\w/&-]*(?:[ \t]+[a-z][\w/&-]*){0,2})[ \t]*\(", re.M)
# "Report Coverage" over "Component: Rectifiers, Batteries", "Grid Type: On-Grid, Off-Grid": the report's dimensions, a line each
_COVERAGE_HEADING = re.compile(r"^\W*(?:report\s+(?:coverage|scope)|scope\s+of\s+(?:the\s+)?(?:report|study)|coverage)\s*:?\s*$",
                               re.IGNORECASE)
_NOT_A_COVERED_DIMENSION = re.compile(r"\b(?:compan(?:y|ies)|players?|vendors?|manufacturers?|suppliers?|providers?|profiles?|"
                                      r"coverage|forecast|years?|units?|period|pages?|format|price|pricing|customi[sz]ation|value|"
                                      r"volume|revenue|growth|cagr|size|share|trends?|drivers?|analysis|delivery|language)\b",
                                      re.IGNORECASE)
_COVERAGE_LABEL = re.compile(r"(?:key\s+)?(?:segments?|segmentation|coverage|scope)\b", re.IGNORECASE)
# "Segments covered: product (foam, spring), size (single, double)": a coverage line, its groups' names in lower case
_COVERAGE_LINE = re.compile(r"^[ \t]*(?:[Kk]ey\s+)?(?:Segments?|Segmentation)(?:\s+[Cc]overed)?[ \t]*:[^\n]*", re.MULTILINE)
_LOWER_GROUP_IN_LINE = re.compile(r"(?:^|[,|;:])[ \t]*(?:and[ \t]+)?(?P<dim>[a-z][\w/&-]*(?:[ \t]+[a-z][\w/&-]*){0,2})[ \t]*\(")
# "The study splits the market into A, B and C", "we divide demand by channel into …": a split needs no "By X" before it.
# ("The report splits distribution into off-trade, on-trade and travel retail": the dimension is what it splits)
_SPLITS_INTO = re.compile(r"\b(?:splits?|divides?|breaks?\s+down|segments|slices?|classif(?:y|ies)|categori[sz]es?)\s+(?:the\s+(?:[\w-]+\s+){0,3}?"
                          r"market|it|demand|revenues?|sales|(?P<object>distribution|(?:the\s+)?(?:sales\s+)?channels?|applications?|"
                          r"end[- ]uses?|end[- ]users?|products?|offerings?|deployment|components?|technolog(?:y|ies)))\s+"
                          r"(?:(?:by|on the basis of)\s+(?P<dim>[a-z][\w -]{1,30}?),?\s+)?(?:in)?to\s+")
# "… the split by robot type: demolition robots, bricklaying robots, …" (in prose, the list after a colon)
_SPLIT_BY = re.compile(r"\b(?:split|breakdown|segmentation|segmented|divided|categori[sz]ed)\s+by\s+(?P<dim>[a-z][\w -]{1,30}?)\s*:\s*(?=[^.;:]+,)")
# "By distribution channel, optical stores, clinics and e-commerce platforms are covered": the list, not the verb.
_COVERED_TAIL = re.compile(r"\s+(?:are|is)\s+(?:covered|included|analy[sz]ed|tracked|studied|considered|profiled)\b.*$",
                           re.IGNORECASE | re.DOTALL)
_RANKING_WORD = re.compile(r"\b(?:largest|biggest|fastest|leading|dominant|smallest|slowest)\b", re.IGNORECASE)
# A paragraph's run-in heading that names a dimension: "Material.", "Distribution channel.", "By end user."
# The words a page names a dimension with: "Type", "End user", "Distribution channel", "Product type"
_DIMENSION_NAME = (r"(?:[A-Z][a-z]+[ -])?(?:[Tt]ype|[Pp]roduct|[Aa]pplication|[Ee]nd[- ][Uu]ser?|[Mm]aterial|"
                   r"[Cc]hannel|[Dd]istribution [Cc]hannel|[Cc]omponent|[Tt]echnology|[Dd]eployment|[Ff]orm|[Ss]ource|"
                   r"[Gg]rade|[Cc]ategory|[Ss]ervice|[Vv]ertical|[Ii]ndustry|[Mm]ode|[Oo]ffering|[Ss]olution|[Pp]latform|"
                   r"[Cc]rop|[Ll]ivestock|[Nn]ature|[Ii]ndication|[Mm]odality|[Cc]apacity|[Ss]ize|[Pp]ower|[Ss]egment)")
# (not a byline's "Source: Orlwood Research | Added 02/06/2025" or a page's "Font Size: Abc Small | Abc Large")
_NAMED_DIMENSION = re.compile(rf"(?![Ss]ource$|[Ff]ont [Ss]ize$)(?:{_DIMENSION_NAME}|[Uu]sability|[Ee]nd [Uu]se)s?")
_RUN_IN_DIMENSION = re.compile(rf"(?:By\s+)?(?P<dim>{_DIMENSION_NAME})\.")
# "End user" on a line of its own over bullets ("- Pharmaceutical & biotechnology companies: largest end-user segment"):
# a dimension's heading without its "By"
# (or two names for one dimension: "Application / End use")
_BARE_DIMENSION_HEADING = re.compile(rf"(?P<dim>{_DIMENSION_NAME}s?(?:\s*/\s*{_DIMENSION_NAME}s?)?)(?P<dim2>(?!))?\s*:?\s*$")
_SEGMENT_WORDS = Cue(r"\b(?:segments?|category|categories|sub-?segments?|end[- ]users?|end[- ]uses?|applications?|product types?|"
                            r"by type|material|technology)\b|"
                            # ("Pelleted feed made up the largest share by form, ahead of crumble and mash")
                            r"\bshare\s+by\s+(?!value\b|volume\b|revenue\b|region\b|country\b)[a-z]")
# "Whiskey is the largest category", "heat pumps are the fastest-growing equipment type".
# The kinds a ranking names a segment by
_SEGMENT_KIND = (r"(?:segment|category|type|application|end[- ]use|users?|(?:temperature|price|size|weight|power|voltage)\s+(?:range|band|class)|product|material|process|technology|channel|outlet|vertical|"
                 r"(?:product\s+)?family|(?:service|product|business|revenue)\s+line|offering|format|(?:payment\s+)?mode|plan|"
                 r"class|tier|(?:product|customer|client|user)\s+group|(?:revenue\s+)?stream|(?:business\s+|delivery\s+|service\s+)?model)")
# (or against the rest of its kind: "online sales are set to grow fastest of any channel")
_RANKED_AS_SEGMENT = re.compile(r"\bthe\s+(?:largest|biggest|fastest[- ]growing|leading|dominant|second[- ]largest)\s+"
                                rf"(?:[\w-]+\s+){{0,2}}{_SEGMENT_KIND}\b|"
                                rf"\b(?:fastest|most)\s+(?:of|among)\s+(?:any|all(?:\s+the)?|the)\s+(?:[\w-]+\s+)?{_SEGMENT_KIND}s?\b",
                                re.IGNORECASE)
# "The fastest-growing category is cargo bikes": the ranking first, its segment after the verb
_RANK_FIRST = re.compile(r"^\W*(?:(?:while|whereas|but|and)\s+)?the\s+(?:largest|biggest|fastest[- ]growing|leading|dominant)\s+"
                         rf"(?:[\w-]+\s+){{0,2}}?{_SEGMENT_KIND}\s+"
                         r"(?:is|are|was|were|remains|remain|will\s+be|is\s+expected\s+to\s+be)\s+(?:the\s+)?"
                         r"(?P<name>[\w'’&/.+-]+(?:\s+(?:&|and|[\w'’&/.+-]+)){0,5}?)\s*(?=[,.;(—–]|\s+(?:which|whose|with|at|as)\b|$)",
                         re.IGNORECASE)
_RANKED_AS_PLACE = re.compile(r"\b(?:largest|biggest|fastest[- ]growing|leading|dominant)\s+(?:[\w-]+\s+)?"
                              r"(?:region|country|state|province|city|territory)\b", re.IGNORECASE)
# "Dog food made up about 58% of the market", "… accounted for 41.2% of revenue": a share of the market is a segment's.
# In words too: "the largest slice of rental revenue", "more than half of equipment revenue".
# ("Supermarkets sold 54.1% of frozen gyoza by value": the product, then the measure)
_SHARE_OF_MARKET = re.compile(rf"(?:\d\s?{PERCENT_SIGN}|\b(?:largest|biggest|greatest)\s+(?:slice|portion|part|piece|chunk|share(?=\s+of\b))|\b(?:half|two-thirds|"
                              r"three-quarters|a\s+third|a\s+quarter))\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:market|revenues?|sales|"
                              r"demand|value|volumes?|spending|spend|fees|premiums?|shipments|deliveries|installations|consumption|"
                              r"output|turnover|bookings|total(?!\s+[a-z])|by\s+(?:value|volume|revenue))\b|(?:market\s+|revenue\s+)?share\b)"
                              # "The business to consumer (B2C) held the highest Social Commerce Market revenue share"
                              r"|\b(?:highest|largest)\s+(?:[\w-]+\s+){0,4}?revenue\s+share\b"
                              # "Large enterprises accounted for a market share of about 68%"
                              r"|\b(?:market|revenue|value)\s+share\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|roughly\s+|some\s+|almost\s+)?\d",
                              re.IGNORECASE)
_STATES_FIGURE = re.compile(rf"\d\s?{PERCENT_SIGN}|\bCAGR\b|\b(?:half|two-thirds|three-quarters|a third|a quarter)\s+of\b")
# (the sentences before a list that follows speak of places)
_PLACE_TALK = re.compile(r"\b(?:regional|region|city|cities|states?|provinces?|county|counties|countries|country|emirates?|"
                         r"prefectures?|metros?|metropolitan|urban\s+areas?)\b[^.\n]{0,200}[.\n]\s*$", re.IGNORECASE)
_FACTOR_WORD = re.compile(r"\b(?:drivers?|restraints?|trends?|opportunit(?:y|ies)|challenges?|players|companies|factors?)\b",
                          re.IGNORECASE)
# Names in capitals a clause opens with, before its verb in lower case: "Glass Fiber and Metal (Steel/Aluminum) cover",
# "Type I and Type II steel tanks serve" (the names before their common noun), "The Aftermarket accounted".
_TITLED_SUBJECT = re.compile(r"\s*(?:(?:while|whereas|and)\s+)?(?:The\s+)?"
                             r"(?!(?:Then|This|These|That|Those|It|Its|They|Their|We|Our|In|On|At|For|With|As|By|From|Both|All|"
                             r"Each|Most|Many|Some|Other|Others|Such|There|Here|However|Also|Still|Only|Yet|Within|Among|Across|"
                             r"Beyond|Under|Over|Of|To|After|Before|Since|During|Despite|Unlike|Like|Besides)\b)"
                             r"(?P<names>(?:[A-Z][\w/&+.-]*|\([^()]{1,40}\))"
                             r"(?:(?:\s+|\s*,\s*|\s+(?:and|&|or)\s+)(?:[A-Z0-9][\w/&+.-]*|\([^()]{1,40}\))){0,12})"
                             r"(?P<noun>(?:\s+[a-z][\w-]*){0,2}?)\s+(?:is|are|was|were|serves?|covers?|handles?|includes?|go(?:es)?|follows?|remains?|"
                             r"stays?|makes?|takes?|uses?|offers?|targets?|suits?|comes?|add|adds|complete|completes|round|rounds|"
                             r"trail|trails|lag|lags|see|sees|find|finds|appeal|appeals)\b")
# The noun phrase a clause is about, before its verb: "(while) the oat segment is …", "Cooling equipment held …".
_CLAUSE_SUBJECT = re.compile(  # (after a bullet of any kind: "•", "→", "👉")
    r"^\s*(?:[^\w\s\"“'(,]{1,3}\s*)?,?\s*(?:(?:while|whereas|(?i:but)|and)\s+)?(?:(?i:within|among)\s+the\s+[\w-]+(?:\s+[\w-]+)?,\s+)?"
    r"(?:(?i:according\s+to)\s+(?:the\s+)?(?:same\s+)?(?:study|report|research|analysis|survey|data|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),\s+)?(?:the\s+)?"
    # ", the cheapest category,", ", which make up roughly three-quarters of revenue,"; "still commands";
    # ", launched by several brewers since 2022,"; " — maple butter, sugar and candy —"
    r"(?!(?:but|and|or|yet|so)\s|(?:the\s+)?(?:sector|market|industry)\b)(?P<name>[\w'’&/.+()°–-]+(?:\s+(?:&|and|[\w'’&/.+()°–-]+)){0,5}?(?:\s+\([A-Z][A-Za-z]{1,6}\))?)(?:,\s+(?:the|a|an)\s+[^,.;]{2,50},|,\s+(?:which|where|in which)\s+[^,.;]{2,80},"
    # (", mostly flue-gas desulphurisation wastewater from coal plants,": what the segment mostly is)
    r"|,\s+(?:launched|introduced|sold|used|made|built|grown|bought|known|offered|led|mostly|mainly|largely|chiefly|primarily)\s+[^.;]{2,90}?,|"
    # (", valued at INR 610 crore in FY2024,": its figure)
    r",\s+(?:valued|worth|estimated|sized)\s+(?:at\s+)?(?:[^,.;]|\.(?=\d)){2,60}?,|,\s+or\s+[^,.;]{2,40},|,\s+(?:though|although)\s+[^,.;]{2,60},|,\s+(?:however|(?:by|in)\s+contrast|meanwhile|in turn|for its part|for now),|,\s+(?:including|such\s+as)\s+[^.;:]{2,100}?,|\s+[—–]\s+(?:[^—–.;]|\.(?=\d)){2,90}\s+[—–])?"
    # "Industrial maintenance (nuclear, chemicals, energy) is …", "non-steel applications such as A, B and C are …"
    r"(?:\s*\([^(),]{1,40},[^()]{1,80}\))?(?:\s+(?:such\s+as|including)\s+[^.;:()]{2,100}?)?\s+"
    r"(?:(?:still|also|now|currently|already)\s+)?"
    r"(?:is|are|was|were|will|has|have|had|held|holds|hold|accounted|accounts|account|dominated|dominates|dominate|led|"
    r"leads|commanded|commands|captured|registered|generated|generate|generates|remained|remains|expanded|grew|grows|posted|recorded|contributed|"
    r"represented|represents|represent|continues|retains|retained|makes up|make up|made up|remain|serve|serves|absorbs|absorbed|takes|took|"
    r"formed|forms|constituted|constitutes|lead|overtook|overtakes|outpaced|outpaces|outpace|"
    r"sold|sells)\b")  # ("Supermarkets sold 54.1% of frozen gyoza by value": a channel's share)


def _segment_key(name: str) -> str:
    # ("Cloud" and "Cloud-based", "Silver" in a title's list and "Silver-based" under its dimension: one segment)
    key = re.sub(r"[^a-z0-9]+", "", re.sub(r"[- ]based$", "", name.lower()).replace("&", "and"))
    return key[:-1] if key.endswith("s") else key


def _segment_items(text: str) -> list[Item]:
    """The segments of a coordinated list, "and" kept inside a name; or parted by slashes when nothing else parts them
    ("Lion's Mane / Reishi / Cordyceps / Others")."""
    # ("Active Approximators [Suture-based, Clip-based], Passive Approximators": square brackets hold a segment's
    # sub-segments, each a segment too)
    if "[" in text and "]" in text:
        items = []
        # (the brackets' contents masked as a note of the same length, so that the items keep their offsets, whatever the
        # brackets hold: "Equipment [Radiography (X-ray) Systems, CT Scanners]")
        masked = re.sub(r"\[[^\[\]]*\]", lambda m: "(" + "x" * (len(m.group()) - 2) + ")", text)
        for item in split_items(masked, split_and=False, by_semicolons=True):
            close = text.find("]", item.note_start) if item.note is not None else -1
            if close < 0 or text[item.note_start - 1:item.note_start] != "[":
                items.append(item)
                continue
            items.append(Item(item.start, item.text))  # the segment, then its sub-segments
            if "," in text[item.note_start:close]:
                items += [Item(item.note_start + sub.start, sub.text)
                          for sub in split_items(text[item.note_start:close], split_and=False)]
        return items
    items = split_items(text, split_and=False, by_semicolons=True)
    if len(items) == 1 and text.count(" / ") >= 2:
        items = [Item(m.start(), m.group()) for m in re.finditer(r"[^/\s](?:[^/]*[^/\s])?", text)]
    return items


def _singular(word: str) -> str:
    """A word without its plural ending, to compare names: "inches" and "inch", "displays" and "display"."""
    return re.sub(r"(?:(?<=[sxz])es|(?<=[cs]h)es|(?<!s)s)$", "", word) if len(word) > 3 else word


# "sold mainly to biodiesel producers", "through supermarket and clothing chains": an aside's words, no segment's name
_ASIDE_NOT_NAME = re.compile(r"(?:sold|supplied|used|bought|offered|through|via)\s+(?:mainly|largely|mostly|chiefly|primarily|"
                             r"in|to|by|for|through|at)\b")


class _Segments:
    def __init__(self, text: str):
        self.text = text
        self.found: dict[str, Segment] = {}

    def add(self, name: str, start: int, dimension: str | None, claim: str | None = None,
            claim_span: tuple[int, int] | None = None) -> None:
        name = clean(_LEAD_WORDS.sub("", name)).strip("\"“”")  # ("olive oil" in quotes: the trade's own term)
        half = len(name) // 2
        if len(name) % 2 == 0 and half >= 3 and name[:half].lower() == name[half:].lower():
            name = name[:half]  # "Dental ChewsDental chews account for …": a crawled heading run into its paragraph
        name = re.sub(r"\s+(?:segment|sub-?segment|category)$", "", name, flags=re.IGNORECASE)
        name = re.sub(r"\s+(?:still|also|now|alone|currently|already|together)$", "", name)  # "hospitals still held …"
        name = re.sub(r"\s+(?:at|with)\s+(?:a\s+|about\s+|around\s+)?\d[\d.,]*\s?%.*$", "", name)  # "grippers at 27.5%"
        name = re.sub(r",?\s+(?:such as|including|like|e\.g\.,?)\s.*$", "", name)  # "woody biomass such as forestry residues"
        # "Kanto area around Tokyo", "Chubu regions": a part of a country, not a segment
        if re.search(r"\b(?:regions?|areas?|provinces?|states|prefectures?|zones?)\b(?:\s+around\b.*)?$", name) and \
                place_re().search(name):
            return
        place = re.match(r"(?:the\s+)?(?P<place>[A-Z][\w&.'’ -]*?)\s+(?:[\w-]+\s+){0,3}markets?$", name)
        if place and is_place(place["place"]):
            return  # "Java pet food market": a regional market, not a segment
        # "online sales", "residential buyers": the segment is the adjective, the noun names who buys or how
        name = re.sub(r"^(?P<kind>[a-z][\w-]*)\s+(?:sales|buyers|customers|users|shoppers|purchasers|installations)$", r"\g<kind>",
                      name)
        name = re.sub(r"^(?P<kind>[A-Za-z][\w-]*(?:\s+[\w-]+)?)\s+channels?$", r"\g<kind>", name)  # "Online channels": the channel
        name = re.split(r"\s[-–]\s", name)[-1]  # "By Product - Storage segment": the dimension, then the segment
        if _MONEY_LIKE.search(name) or _ASIDE_NOT_NAME.match(name) or _PLACE_OR_ASIDE.search(name):
            return
        note = _RANK_IN_PARENTHESES.search(name)
        if note and claim is None and (noted := claim_of(note.group())) \
                and (at := self.text.find(quote := note.group().strip(), start)) >= 0:  # "cans (dominant, over 85% of volume)"
            claim, claim_span = noted, (at, at + len(quote))
        name = _NOTE_IN_PARENTHESES.sub("", name)  # "cooling equipment (air conditioners, chillers)", "Cloud (63% of revenue)"
        name = re.sub(r"\s+(?:class|range|band|bracket)$", "", name) if _SIZE_CLASS.match(name) else name
        # "three segments", "5 types": a count, not a name ("Two-wheel", "Three-wheel" are names)
        # ("3D point cloud", "5G modules", "1,4-butanediol" are names)
        # "5–8 years age group": the band's name is its range
        name = re.sub(r"^(\d[\d,.]*\s*(?:to|[-–])\s*\d[\d,.]*\s+[A-Za-z]+)\s+(?:age\s+)?(?:group|band|bracket|class|range)$", r"\1",
                      name)
        # (a range is a band's name: "100 to 1,000 cows")
        if _VERB_INSIDE.search(name) or re.match(r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?!-)|\d+(?![\d.,A-Za-z-])"
                                                 r"(?!\s*(?:to|[-–])\s*\d))", name, re.IGNORECASE) \
                and not _SIZE_CLASS.match(name):
            return
        if not name or len(name) > 60 or len(name.split()) > 7 or _CATCH_ALL.match(name) or _STOP_NAME.match(name) \
                or re.match(r"(?:By|Based on)\s", name, re.IGNORECASE) or _NOT_A_SEGMENT_NAME.search(name) \
                or is_place(name) or re.fullmatch(r"[\d.,%\s-]+", name) or re.search(r"\s(?:by|of|in|for|and|or)$", name):
            return  # ("Share by segment": a caption's words before "segment", not a name)
        start = self.text.find(name, start)
        if start < 0:
            return
        key = _segment_key(name)
        # "Lithium Iron Phosphate (LFP)" and "LFP": one segment, named in full
        short = re.search(r"\(([^()]{2,12})\)$", name)
        if short and _segment_key(short.group(1)) in self.found and key not in self.found:
            known = self.found.pop(_segment_key(short.group(1)))
            self.found[key] = known.model_copy(update={"name": name, "span": span(self.text, start, start + len(name)),
                                                       "dimension": known.dimension if known.dimension != "Unspecified"
                                                       else dimension or "Unspecified"})
        key = next((k for k, seg in self.found.items() if seg.name.endswith(f"({name})")), key)
        claim_kw = {}
        if claim and claim_span:
            claim_kw = {"claim": claim, "claim_span": span(self.text, *claim_span)}
        existing = self.found.get(key)
        if existing is None:
            self.found[key] = Segment(name=name, dimension=dimension or "Unspecified", confidence=0.6,
                                      span=span(self.text, start, start + len(name)), **claim_kw)
            return
        update = dict(claim_kw) if claim_kw and existing.claim is None else {}
        if dimension and existing.dimension == "Unspecified":
            update["dimension"] = dimension
        if re.search(r"[- ]based$", name, re.IGNORECASE) and not re.search(r"[- ]based$", existing.name, re.IGNORECASE):
            update.update(name=name, span=span(self.text, start, start + len(name)))  # the name in full
        if update:
            self.found[key] = existing.model_copy(update=update)

    def valid(self, name: str) -> bool:
        """Whether ``name`` can be a segment's."""
        name = clean(_LEAD_WORDS.sub("", name))
        return bool(name) and len(name) <= 60 and len(name.split()) <= 7 and not _CATCH_ALL.match(name) \
            and not _NOT_A_SEGMENT_NAME.search(name) \
            and not _STOP_NAME.match(name) and not is_place(name) and not _VERB_INSIDE.search(name) \
            and not re.fullmatch(r"[\d.,%\s-]+", name)

    def matching(self, name: str) -> str | None:
        """The key of a segment already found that ``name`` writes longer or shorter ("Sensorineural hearing loss")."""
        words = [_singular(w) for w in re.sub(r"^(?:the)\s+", "", name.lower()).split()]
        for key, seg in self.found.items():
            known = [_singular(w) for w in seg.name.lower().split()]
            if words and known and (words[:len(known)] == known or known[:len(words)] == words):
                return key
            short = re.search(r"\(([^()]{2,12})\)$", seg.name)
            if words and short and words[0] == short.group(1).lower():  # "LFP cells" is "Lithium Iron Phosphate (LFP)"
                return key
        return None

    def claim(self, key: str, claim: str, claim_span: tuple[int, int]) -> None:
        seg = self.found[key]
        if seg.claim is None:
            self.found[key] = seg.model_copy(update={"claim": claim, "claim_span": span(self.text, *claim_span)})

    def add_list(self, items_text: str, offset: int, dimension: str | None) -> int:
        # "… into A and B, each with several sub-categories": what the items have, not an item
        items_text = re.sub(r",?\s+(?:each|both|all)\s+(?:with|of\s+(?:them|which)|having|offering|comprising|split)\b.*$", "",
                            items_text, flags=re.DOTALL)
        items = _segment_items(items_text)
        places = [bool(_PLACE_DIMENSION.fullmatch(i.text.strip())) for i in items]
        if len(items) >= 2 and any(places) and all(
                place or _DIMENSION_TITLE.fullmatch(re.sub(r"^and\s+", "", i.text.strip())) for i, place in zip(items, places)):
            return 0  # "Segments covered | Source, form, application, region": the report's dimensions, not segments
        # "…, 5-10 kg and above 10 kg, with the 5-10 kg class the largest": a clause after the list, not an item (the
        # claim it makes is kept for the item it names)
        trailing_claim, clause = None, None
        if len(items) > 2 and re.match(r"(?:with\s+(?:the|a|an|its)|which|where)\b", items[-1].text):
            clause = items.pop()
            trailing_claim = _TRAILING_CLAIM.match(clause.text)
        while len(items) > 1 and _VERB_INSIDE.search(items[-1].text):
            items.pop()  # "…, boats and offshore vessels; cargo ships held the largest share": a new clause, not an item
        if items and ";" not in items_text or len(items) > 1:
            last = items[-1] if items else None
            # the "and" outside parentheses: "ready-to-cook products (noodles, dosa and idli mixes) and beverages"
            cut = blank_parentheses(last.text).find(" and ") if last else -1
            # after a serial comma the last item is whole: "text, audio and speech, and 3D point cloud and sensor data"
            serial = bool(last) and len(items) > 2 and re.search(r",\s*(?:and|or|&)\s+$", items_text[:last.start])
            if cut >= 0 and not serial and (len(items) > 1 or ";" not in items_text and "," not in blank_parentheses(items_text)):
                head, tail = last.text[:cut], last.text[cut + 5:]
                # a plural noun ends an item: "consoles and in-car systems" are two
                if not (len(head.split()) == 1 and len(tail.split()) > 1 and "-" in tail.split()[0]) \
                        or _parallel(head, tail) or len(items) > 1 and re.search(r"[a-z]s$", head):
                    # not "Small and Mid-Sized Enterprises", but "cloud-based and web-based"
                    items = [*items[:-1], type(last)(last.start, head), type(last)(last.start + len(head) + 5, tail)]
        before = len(self.found)
        for item in items:
            # a ranking in the item's note: "Large Enterprises, SMEs (fastest growing)"
            noted = claim_of(item.note) if item.note else None
            self.add(item.text, offset + item.start, dimension, noted,
                     (offset + item.note_start, offset + item.note_start + len(item.note)) if noted else None)
        if trailing_claim and (key := self.matching(trailing_claim["name"])) is not None:
            self.claim(key, "fastest_growth" if trailing_claim["claim"].lower().startswith("fastest") else "largest_share",
                       (offset + clause.start, offset + clause.start + len(clause.text)))
        return len(self.found) - before


# "with the 5-10 kg class the largest", "with carbon accounting the fastest-growing": a list's last clause names its leader
_TRAILING_CLAIM = re.compile(r"with\s+(?:the\s+)?(?P<name>.+?)(?:\s+(?:class|segment|category|band))?\s+(?:the\s+)?"
                             r"(?P<claim>largest|biggest|fastest[- ]growing|fastest)\b", re.IGNORECASE)


# "1. By Molecule Type" over "1.1 Antisense Oligonucleotides": a chapter number alone, a full stop after it
_OUTLINE_CHAPTER = re.compile(r"^[ \t]*(?P<num>\d{1,2})\.?[ \t]+(?P<title>(?:[^\n,]{3,60},[ \t]*)?(?:[Bb]y|Based on)[ \t]+[^\n]+?)[ \t]*$",
                              re.MULTILINE)  # "5 Biologics CDMO Market, By Product Type" over "5.1 Monoclonal Antibodies"
# "Product:" opening a line: a dimension's label ("Segments covered:" or "Coverage:" is none)
_DIMENSION_LABEL = re.compile(r"(?:^|\n)\W*(?!(?:Key\s+)?(?:Segment|Coverage|Covered|Scope|Report))[A-Z][\w /&-]{1,30}:\s*$", re.IGNORECASE)


# "Process: Chloride process | 58.4%" in a table of shares: a segment with its dimension and its share of the market
# ("Power rating – Low (up to 125 A) | 21.7% | 5.1%": a dash between them, and the segment's CAGR after its share)
_SHARE_ROW = re.compile(r"\|?\s*(?P<dim>[A-Z][\w &/-]{2,30}?)\s*(?::|\s[–—-])\s*(?P<name>[^|:]{2,60}?)\s*\|\s*(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%"
                        r"\s*(?:\|\s*(?P<rate>-?\d{1,2}(?:[.,]\d+)?)\s*%\s*)?\|?\s*")
# the header over such rows that says the second figure is a growth rate: "Segment | Share 2024 | CAGR 2025-2032"
_RATE_HEADER = re.compile(r"\|\s*(?:CAGR|growth)\b[^|]*$", re.IGNORECASE)


def _share_rows(page_lines: list[Line], segs: "_Segments") -> None:
    """Segments from rows of shares; the largest of each dimension holds the largest share (the table says so by its
    figures, as a sentence would in words)."""
    largest: dict[str, tuple[float, str, int, int]] = {}
    fastest: dict[str, tuple[float, str, int, int]] = {}
    rates_column = False  # whether the rows' second figure is a rate, as the header over them says
    for line in page_lines:
        row = _SHARE_ROW.fullmatch(line.text)
        if row is None:
            rates_column = bool(_RATE_HEADER.search(line.text))
            continue
        if _GEOGRAPHY.search(row["dim"]) or _CATCH_ALL.match(row["name"]):
            continue
        dimension = clean(row["dim"]).title()
        segs.add(row["name"], line.start + row.start("name"), dimension)
        share = float(row["pct"].replace(",", "."))
        if share <= 100 and share > largest.get(dimension, (-1.0,))[0]:
            largest[dimension] = (share, row["name"], line.start, line.end)
        if rates_column and row["rate"] and float(rate := row["rate"].replace(",", ".")) > fastest.get(dimension, (-99.0,))[0]:
            fastest[dimension] = (float(rate), row["name"], line.start, line.end)
    for claim, ranked in (("largest_share", largest), ("fastest_growth", fastest)):
        for _figure, name, start, end in ranked.values():
            key = segs.matching(name)
            if key is not None:
                segs.claim(key, claim, (start, end))


# "By End Use | Share 2024 (%)" over "Retail & e-commerce distribution | 46.3": a table of one dimension's shares
_SHARE_TABLE_HEAD = re.compile(r"(?:By\s+)?(?P<dim>[A-Z][\w &/-]{2,30}?)")
_SHARE_CELL = re.compile(r"(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%?")


# "Exhibit 2.2: Share by Application, 2024 (%)": a caption of shares whose dimension is capitalised
# A row whose first cell is left blank, as a table's rows under the same dimension often are: "\tTheaflavins\t21.8%",
# "|  | Theaflavins | 21.8% |"
_BLANK_FIRST_CELL = re.compile(r"\t|[ \t]*\|[ \t]*\|")
_SHARE_CAPTION_BY = re.compile(r"\b[Ss]hare\s+by\s+(?P<dim>[A-Z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,3}?)\s*(?:,|\(|:|$|\d)")
_ACTORS_DIMENSION = re.compile(r"(?:company|companies|player|vendor|manufacturer|supplier|brand)", re.IGNORECASE)


@dataclass
class _ShareTable:
    """A table of one dimension's shares being read: the share's column, the row width, the largest row so far."""

    dimension: str
    column: int
    width: int
    percent_only: bool  # under a caption with no header row, a share is written with its "%"
    largest: tuple[float, str, tuple[int, int]] | None = None
    by_dimension: dict | None = None  # "Dimension | Segment | Share": each row names its dimension; the largest of each
    last_dimension: str | None = None  # the dimension a row that leaves its first cell blank goes on with


def _share_tables(text: str, segs: "_Segments") -> None:
    """Segments from the rows of a table whose header names a dimension and a share column ("By End Use | Share 2024
    (%)"), or whose caption does ("Table B - Sales value by product type, 2024" over "Standard board | 54%"); the
    row with the largest share holds the largest share, as in ``_share_rows``."""
    table: _ShareTable | None = None

    def close() -> None:
        if table is not None and table.largest is not None:
            segs.claim(table.largest[1], "largest_share", table.largest[2])
        for _pct, key, where in (table.by_dimension or {}).values() if table is not None else ():
            segs.claim(key, "largest_share", where)

    for start, cells in table_rows(text):
        head = _SHARE_TABLE_HEAD.fullmatch(cells[0]) if len(cells) >= 2 else None
        share_column = next((i for i, cell in enumerate(cells) if i and re.search(r"\bshare\b", cell, re.IGNORECASE)), None)
        caption = (TABLE_CAPTION_BY.search(cells[0]) or _SHARE_CAPTION_BY.search(cells[0])) \
            if len(cells) == 1 and len(cells[0]) <= 120 else None
        if caption and not _GEOGRAPHY.search(caption["dim"]) and not _ACTORS_DIMENSION.match(caption["dim"]):
            close()
            # ("Exhibit 2.2: Share by Application, 2024 (%)" over "Rubber & Plastics || 34.8": the caption gives the unit)
            table = _ShareTable(clean(caption["dim"]).title(), 1, 2, percent_only="(%)" not in cells[0])
            continue
        if head and share_column and not _GEOGRAPHY.search(head["dim"]) and not re.search(r"\d", cells[0]):
            close()
            table = _ShareTable(clean(head["dim"]).title(), share_column, len(cells), percent_only=False)
            if share_column > 1 and dimension_and_segment(cells):
                table.by_dimension = {}  # "Dimension | Segment | Share 2025E | CAGR" over "Material | Glass | 71% | 7.2%"
            continue
        if table is not None and table.by_dimension is not None and table.last_dimension \
                and len(cells) == table.width - 1 and _BLANK_FIRST_CELL.match(text, start):
            cells = [table.last_dimension, *cells]  # "\tTheaflavins\t21.8%": the row goes on with the dimension above
        if table is not None and table.by_dimension is not None and len(cells) == table.width:
            share = _SHARE_CELL.fullmatch(cells[table.column])
            if share and not _GEOGRAPHY.search(cells[0]):
                table.last_dimension = cells[0]
            if share and not _CATCH_ALL.match(cells[1]) and not _GEOGRAPHY.search(cells[0]):
                dimension, pct = re.sub(r"^By\s+", "", clean(cells[0])).title(), float(share["pct"].replace(",", "."))
                segs.add(cells[1], text.find(cells[1], start), dimension)
                key = segs.matching(cells[1])
                if key is not None and pct > table.by_dimension.get(dimension, (-1.0,))[0]:
                    table.by_dimension[dimension] = (pct, key, (start, text.find("\n", start) if "\n" in text[start:] else len(text)))
                continue
        share = _SHARE_CELL.fullmatch(cells[table.column]) if table and len(cells) == table.width else None
        # ("Process: Chloride process | 58.4%": a labelled row, read by ``_share_rows``)
        if share is None or table.percent_only and "%" not in cells[table.column] or not _short_item(cells[0]) \
                or ":" in cells[0] or float(share["pct"].replace(",", ".")) > 100:
            close()
            table = None
            continue
        before = len(segs.found)
        segs.add(cells[0], text.find(cells[0], start), table.dimension)
        pct = float(share["pct"].replace(",", "."))
        key = segs.matching(cells[0]) if len(segs.found) > before or segs.matching(cells[0]) else None
        if key is not None and (table.largest is None or pct > table.largest[0]):
            table.largest = (pct, key, (start, text.find("\n", start) if "\n" in text[start:] else len(text)))
    close()


_WITH_SUB_SEGMENTS = re.compile(r"\s*(?P<name>[^()]+?)\s*\((?P<subs>[^()]*,[^()]*)\)\s*")


def _add_with_sub_segments(segs: "_Segments", written: str, at: int, dimension: str | None) -> bool:
    """ "Diagnostic Devices (polysomnography devices, oximeters)": a segment and its sub-segments, each a segment; False
    (and nothing added) when ``written``, found at ``at``, is not so."""
    parts = _WITH_SUB_SEGMENTS.fullmatch(written)
    if not (parts and _short_item(parts["name"]) and _looks_like_list(parts["subs"])):
        return False
    segs.add(parts["name"], at + parts.start("name"), dimension)
    segs.add_list(parts["subs"], at + parts.start("subs"), dimension)
    return True


def _outline_numbered(text: str, segs: "_Segments") -> None:
    """The segments a numbered table of contents lists under its "By …" entries."""
    dimension = None
    entries = sorted([*OUTLINE_ENTRY.finditer(text), *_OUTLINE_CHAPTER.finditer(text)], key=lambda m: m.start())
    for entry in entries:
        num, title = entry["num"], clean(entry["title"])
        by = re.search(r"(?:^|,\s*)(?:[Bb]y|Based on)\s+(?P<dim>.+)$", title)
        if by:
            dimension = None if _GEOGRAPHY.search(by["dim"]) else (num, clean(by["dim"]).title())
        elif dimension and num.startswith(dimension[0] + ".") and num.count(".") == dimension[0].count(".") + 1:
            segs.add(title, entry.start("title"), dimension[1])
        else:
            dimension = None


# A syndicated house's list of tables: "Table: World Recent Past, Current & Future Analysis for Composites, Aluminum Alloys
# and Steel Alloys by Material", "… Analysis for Fuselage by Geographic Region": the segments each table breaks out
_TABLE_FOR_SEGMENTS = re.compile(r"^[ \t]*(?:[•*-][ \t]*)?(?:Table[ \t]*(?:\d+)?[ \t]*:[ \t]*)?(?:[A-Z][\w.&'’ -]{0,40}?[ \t]+)?"
                                 r"(?:Recent[ \t]+Past,[ \t]+Current[ \t]+(?:&|and)[ \t]+Future|Historic|\d{1,2}-Year[ \t]+Perspective)[ \t]+"
                                 r"(?:Analysis|Review)[ \t]+for[ \t]+(?P<items>[^\n]+?)[ \t]+by[ \t]+(?P<dim>[A-Z][\w &/-]{2,40}?)[ \t]*"
                                 r"(?:[-–—(][^\n]*)?$", re.MULTILINE)


def _tables_for_segments(text: str, segs: "_Segments") -> None:
    for m in _TABLE_FOR_SEGMENTS.finditer(text):
        dimension = None if _GEOGRAPHY.search(m["dim"]) else clean(m["dim"])
        for item in split_items(m["items"]):  # (its last "and" parts two items: "Titanium Alloys and Steel Alloys")
            segs.add(item.text, m.start("items") + item.start, dimension or "Unspecified")


def _closing(text: str, open_at: int) -> int | None:
    depth = 0
    for i in range(open_at, min(len(text), open_at + 600)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _coverage_blocks(page_lines: list[Line]) -> list[tuple[int, int]]:
    """The label lines under each "Report Coverage" heading, up to the first line that is no "Label: value"."""
    blocks = []
    for i, line in enumerate(page_lines):
        if _COVERAGE_HEADING.match(line.text):
            labels = list(takewhile(lambda label: re.match(r"[A-Z][\w /&()-]{1,40}:\s*\S", label.text), page_lines[i + 1:i + 30]))
            if labels:
                blocks.append((labels[0].start, labels[-1].end))
    return blocks


def find_segments(text: str, sents: list[Sentence], page_lines: list[Line]) -> list[Segment]:
    segs = _Segments(text)
    lower_groups = [g for line in _COVERAGE_LINE.finditer(text) for g in _LOWER_GROUP_IN_LINE.finditer(text, line.start(), line.end())]
    for m in [*_GROUP_START.finditer(text), *_BY_LOWER_GROUP.finditer(text), *_BY_LOWER_GROUP_OPENING.finditer(text), *lower_groups]:  # "By Product (A, B)", "by orbit (LEO, GEO)"
        dim = re.sub(r"^(?:By|by)\s+", "", m["dim"].strip())
        if m.re is _GROUP_START and m.group().lstrip().startswith(":") and _DIMENSION_LABEL.search(text, max(0, m.start() - 40), m.start() + 1):
            continue  # "Product: Cardiovascular Equipment (treadmills, bikes), …": a segment with its kinds, read as a labelled list
        close = _closing(text, m.end() - 1)
        if close is None or _NOT_DIMENSION.search(dim) or _GEOGRAPHY.search(dim) or dim.isupper() and len(dim) <= 5:
            continue
        inner = text[m.end():close]
        if inner.count(",") + inner.count(" and ") < 1 or len(inner) > 400 or re.search(r"\d{4}|%|\$|USD", inner):
            continue
        if m.re is _GROUP_START and _PROSE_GOES_ON.match(text, close + 1):
            continue  # "Services (implementation, training, support) will grow faster": a sentence's subject and its examples
        if inner.count(",") <= 2 and is_place(inner.rsplit(",", 1)[-1].strip()):
            continue  # "Fernmoss Analytics (Leeds, UK)": where a company is, its city and country
        dim = re.sub(r"^(?:Types?|Kinds?)\s+of\s+", "", dim)
        segs.add_list(inner, m.end(), dim.title() if dim.islower() else dim)
    # "Segments Covered | By Technology: Mechanical, Solid-State; By Wavelength: 905 nm, 1550 nm; By Range: …"
    # (or one group that is the whole line: "1) By Type: Standby UPS, Line-Interactive UPS, Online UPS")
    for line in page_lines:
        piped = list(_BY_GROUP_PIPED.finditer(line.text)) if line.text.count(" | ") >= 2 else []
        if len(piped) >= 2:
            # "By Glass Type: E-glass | ECR-glass | AR-glass; By Product Form: …": items parted by bars, groups by semicolons
            # (each " | " read as a comma of the same length, so that the items keep their offsets)
            for group in piped:
                if not _GEOGRAPHY.search(group["dim"]):
                    segs.add_list(group["items"].replace(" | ", ",  "), line.start + group.start("items"),
                                  clean(group["dim"]).title())
            continue
        groups = list(_BY_GROUP_IN_LINE.finditer(line.text))
        if len(groups) < 2 and not (groups and groups[0].start() == 0 and groups[0].end() >= len(line.text.rstrip(" ."))):
            continue
        for group in groups:
            if not _GEOGRAPHY.search(group["dim"]) and _looks_like_list(group["items"]):
                segs.add_list(group["items"], line.start + group.start("items"), clean(group["dim"]).title())
    _by_dash_lines(page_lines, segs)
    for sent in sents:  # "… by organisation size (A and B) and by industry vertical — C, D and E."
        if "—" in sent.text or "–" in sent.text:
            for group in _BY_DASH_IN_PROSE.finditer(sent.text):
                if not _GEOGRAPHY.search(group["dim"]) and _looks_like_list(group["items"]):
                    segs.add_list(group["items"], sent.start + group.start("items"), clean(group["dim"]).title())
    _snapshot_ranks(page_lines, segs)
    _outline_numbered(text, segs)
    _tables_for_segments(text, segs)
    # "By end-use industry, electronics led with a 24.8% share; automotive, food & packaging and pharmaceuticals are
    # the other segments covered", "Iron ore is the largest commodity segment; copper, coal and gold follow"
    for sent in sents:
        if "other" not in sent.text and "follow" not in sent.text:
            continue  # cheap test first
        if (others := _THE_OTHER_ITEMS.match(sent.text)) and _looks_like_list(others["items"]) \
                and _DIMENSION_WORD.search(others["dim"]):
            segs.add_list(others["items"], sent.start + others.start("items"), _singular_title(others["dim"]))
            continue
        rest = _REST_OF_THE_SEGMENTS.search(sent.text)
        if rest and _looks_like_list(rest["items"]) and (rest["other"] or re.search(r"\bsegment\b", sent.text[:rest.start()])):
            by = _BY.match(sent.text)
            segs.add_list(rest["items"], sent.start + rest.start("items"), clean(by["dim"]).title() if by else None)
    _share_rows(page_lines, segs)
    _share_tables(text, segs)
    # "… segments the market by drone type into A, B and C, by component into D and E, and by application into F and G"
    for sent in sents:
        if not _SEGMENTS_VERB.search(sent.text):
            continue
        groups = list(_BY_INTO.finditer(sent.text))
        # one "by X, into …" group continues a sentence that segments the market another way before it
        for group in groups if len(groups) >= 2 or groups and _SEGMENTED.search(sent.text, 0, groups[0].start()) else []:
            if not _GEOGRAPHY.search(group["dim"]):
                segs.add_list(group["items"], sent.start + group.start("items"), clean(group["dim"]).title())
    for start, end in [*sections_under(page_lines, _SEGMENTATION_HEADING, titles_only=False), *_coverage_blocks(page_lines)]:
        for line in (line for line in page_lines if start <= line.start < end):
            labelled = _LABELLED_LIST.match(line.text)
            if labelled and _COVERAGE_LABEL.match(labelled["dim"]) and "(" in labelled["items"]:
                continue  # "Segmentation covered: Product Type (A, B); Packaging (C, D)": groups, read as such above
            if labelled and _NOT_A_COVERED_DIMENSION.search(labelled["dim"]):
                continue  # "Report Coverage" over "Base Year: 2024", "Companies: A, B, C": the report's facts, its players
            # (not "• CLT: ~45% share, the largest product": a segment and a note on it)
            if labelled and not _GEOGRAPHY.search(labelled["dim"]) and _looks_like_list(labelled["items"]) \
                    and not re.match(r"\s*(?:[~≈]|about\s+|around\s+)?\d", labelled["items"]):
                segs.add_list(labelled["items"], line.start + labelled.start("items"), clean(labelled["dim"]).title())
    for i, line in enumerate(page_lines):
        if line.kind == "heading" and _SEGMENTATION_HEADING.search(line.text):
            _segmentation_block(page_lines, i + 1, segs)
            _outline(text, _lines_until_prose(page_lines, i + 1), segs)
            _headed_paragraphs(page_lines, i + 1, None, segs, named_in_paragraph=True)
    for i, line in enumerate(page_lines):  # "By Type:" over bullet items ("• Hardware: 45% share in 2024")
        by = _BY_HEADING.match(line.text) or (_BARE_DIMENSION_HEADING.match(line.text) if line.kind == "heading"
                                              and i + 1 < len(page_lines) and page_lines[i + 1].kind == "bullet" else None)
        dimension = clean(by["dim"] or by["dim2"]).title() if by else None
        if dimension and not _GEOGRAPHY.search(dimension):
            previous_end = line.end
            for item in page_lines[i + 1:i + 40]:
                # ("Newborn | Small | Medium | Large | XL & Above": the segments as one row of cells)
                # (under "By Size" only: not under a house's name read as "<Dimension> Insights" over its menu)
                cells = [c.strip() for c in item.text.split("|")] if item.kind != "bullet" and by["dim"] else []
                if len(cells) >= 2 and all(_short_item(c) and not re.search(r"\d", c) for c in cells):
                    for cell in cells:
                        segs.add(cell, item.start + item.text.index(cell), dimension)
                    continue
                # ("Pant-Style Diapers - 71.2% share in 2025; …": an item and its note, with no bullet before it)
                noted = item.kind == "text" and by["dim"] and re.match(r"[A-Z][^\n.:;]{1,60}?\s[–—-]\s", item.text)
                # ("Direct thermal<TAB>largest share; used for receipts", "Lottery & gaming tickets": a table's rows as lines,
                # each a segment, perhaps with its note in the next cell)
                # (up to a blank line: a section's heading after the rows is none of them)
                noted = noted or item.kind in ("text", "heading") and by["dim"] and "\n\n" not in text[previous_end:item.start] \
                    and (re.match(r"[A-Z][^\t\n]{1,60}\t", item.text) or len(item.text) <= 60 and not item.text.rstrip().endswith(".")
                         and _short_item(item.text))
                previous_end = item.end
                if item.kind != "bullet" and not noted or _BY_HEADING.match(item.text):
                    break  # prose, or the next dimension ("2. By Synthesis Scale")
                # "Hardware: 45% share", "Residential – the largest application", "Cloud (63% of revenue in 2025)",
                # "BFSI (largest vertical)", "PAM, expected to post the highest CAGR": the segment, then a note on it
                name, note = (re.split(r"\s[–—-]\s|:|\t", item.text, maxsplit=1) + [""])[:2]
                aside = None if note else _RANK_IN_PARENTHESES.search(name) or re.search(
                    r",\s+(?=(?:expected|projected|forecast|set|which|the|with|accounting|holding|led|growing)\b).*$", name)
                if aside:
                    name, note = name[:aside.start()], aside.group()
                if _add_with_sub_segments(segs, name, item.start, dimension):
                    continue
                if not _short_item(name):
                    break
                # "▪ Strength Training Equipment - Free Weights; Selectorized Weight Machines; Racks, Rigs & Benches": a segment
                # and its sub-segments after a dash
                # (names, each capitalised: not "Aquaculture - small base, supported by salmon", a note on the segment)
                if note and re.search(r"[;,]", note) and not re.search(r"\d|%", note) and claim_of(note) is None \
                        and _looks_like_list(note.strip()) \
                        and all(part.strip()[:1].isupper() for part in re.split(r"[;,]|\s+and\s+", blank_parentheses(note)) if part.strip()):
                    segs.add(name, item.start, dimension)
                    at = item.start + item.text.index(note.strip())
                    if ";" not in note:
                        segs.add_list(note.strip(), at, dimension)
                        continue
                    # (parted by semicolons, an item keeps its commas: "Racks, Rigs & Benches"; its sub-segments in brackets
                    # are segments too: "Free Weights (Dumbbells, Kettlebells)")
                    for piece in re.finditer(r"[^;]+", note.strip()):
                        if _add_with_sub_segments(segs, piece.group(), at + piece.start(), dimension):
                            continue
                        if _short_item(piece.group().strip()):
                            segs.add(piece.group().strip(), at + piece.start() + len(piece.group()) - len(piece.group().lstrip()),
                                     dimension)
                    continue
                claim = claim_of(note) if note else None
                segs.add(name, item.start, dimension, claim,
                         (item.start, item.end) if claim else None)
        if dimension and not _GEOGRAPHY.search(dimension) and line.kind == "heading":
            _headed_paragraphs(page_lines, i + 1, dimension, segs)
            listed = page_lines[i + 1] if i + 1 < len(page_lines) else None
            # ("By Material" over "LLDPE, LDPE, PVC and others. LLDPE held about 78% …": the list, then what it says of one)
            first = re.split(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z])", listed.text, maxsplit=1)[0] if listed is not None else ""
            if listed is not None and listed.kind == "text" and _looks_like_list(listed.text):
                segs.add_list(listed.text.rstrip(" ."), listed.start, dimension)  # "By Application" over "A, B, C and D."
            elif listed is not None and listed.kind == "text" and first != listed.text and _looks_like_list(first.rstrip(" .")):
                segs.add_list(first.rstrip(" ."), listed.start, dimension)
            elif listed is not None and listed.kind == "text" and (covered := _COVERED_TAIL.search(listed.text)) \
                    and not re.search(r"[.;:]", items := listed.text[:covered.start()]) and _looks_like_list(items):
                segs.add_list(items, listed.start, dimension)  # "BFSI, retail and healthcare are covered."
        named = _SEGMENT_HEADING.match(line.text) if line.kind == "heading" else None
        if named:  # "Software Segment" over a paragraph about it
            segs.add(named["name"], line.start + named.start("name"), None)
    dimension, dimension_paragraph = None, -1
    paragraph = 0
    previous_end = 0
    named_paragraph = -1  # the last paragraph a segment was named in
    labelled_line = (-1, None)  # the end of a line a dimension's label leads ("By Material: …", "End User - …"), and its dimension
    for sent in sents:
        if "\n\n" in text[previous_end:sent.start]:
            paragraph += 1
        previous_end = sent.end
        named_before = len(segs.found)
        row = _ROW.match(sent.text)
        if row and not _GEOGRAPHY.search(row["dim"] or row["dim2"]) and not re.match(r"(?:segment\w*|players|companies|key|coverage|scope)\b", row["dim"] or row["dim2"], re.I):
            dim = clean(row["dim"] or re.sub(r"s$", "", row["dim2"]))  # "Packaging Types Covered": by packaging type
            segs.add_list(row["items"], sent.start + row.start("items"), dim.title())
            continue
        by = _BY.match(sent.text)
        if by:
            dimension, dimension_paragraph = clean(by["dim"]).title(), paragraph
        # "Organization Size Insights" over "Large enterprises held the majority share …": the heading names the dimension
        # of the paragraph under it
        outlook = _BY_HEADING.fullmatch(sent.text) if not by and len(sent.text) <= 80 else None
        if outlook and outlook["dim2"] and not _GEOGRAPHY.search(outlook["dim2"]) \
                and not re.search(r"\bmarket\b", outlook["dim2"], re.IGNORECASE) \
                and "\n\n" in text[sent.end:sent.end + 3] + "\n\n" * (sent.end == len(text)):
            dimension, dimension_paragraph = clean(outlook["dim2"]).title(), paragraph + 1
            continue
        run_in = _RUN_IN_DIMENSION.fullmatch(sent.text)
        if run_in and "\n\n" in text[max(0, sent.start - 3):sent.start + 1] + "\n\n" * (sent.start == 0):
            # "Distribution channel. Garden centres held the largest share …": a paragraph's run-in heading names its dimension
            dimension, dimension_paragraph = run_in["dim"].title(), paragraph
            continue
        body_start = by.end() if by else 0
        body = sent.text[body_start:]
        if by and " | " in body:  # "By storage type: Climate-Controlled | Non-Climate-Controlled | Container Storage"
            body = body.replace(" | ", ", ")  # same length: offsets still point into the text
        covered = _COVERED_TAIL.search(body) if by else None
        if covered and _looks_like_list(body[:covered.start()]):
            segs.add_list(body[:covered.start()], sent.start + body_start, dimension)
        elif by and _looks_like_list(body) and not _COVERS.match(body):  # "By Location: Onshore, Offshore", "By channel: offline and online."
            segs.add_list(body.rstrip(" ."), sent.start + body_start, dimension)
            continue
        listed = _SEGMENTED.search(sent.text) or _SPLITS_INTO.search(sent.text) or _SPLIT_BY.search(sent.text) \
            or (_COVERS.search(body) if by else None)
        named_dimension = listed and listed.re is not _COVERS and (listed["dim"] or listed.re is _SPLITS_INTO and listed["object"])
        if named_dimension:  # "segmented by component into A, B and C"
            dimension, dimension_paragraph = re.sub(r"^the\s+", "", clean(named_dimension)).title(), paragraph
        if listed:
            offset = listed.end() + (body_start if listed.re is _COVERS else 0)
            # the list ends where the next dimension starts: "… into cloud-based and web-based, and by end user into …"
            # (and at a clause after a semicolon: "…, and bars and other formats; powders produced 52.4% of 2024 revenue")
            rest = re.split(r"\.\s|\.$|:|\bwhile\b|\bwhereas\b|,?\s+(?:and\s+)?by\s+[a-z][\w -]{1,30}?,?\s+(?:in)?to\s|"
                            r";\s+(?=[^;,]{0,60}?\b(?:produced|produces|held|holds|accounted|accounts|generated|generates|represented|"
                            r"represents|took|takes|led|leads|dominates|is|are|was|were)\b)",
                            sent.text[offset:])[0]
            segs.add_list(rest, sent.start + offset, dimension)
        in_context = bool(by) or dimension_paragraph == paragraph or bool(_SEGMENT_WORDS.search(sent.text))
        lead = by or _LABEL_LEAD.match(sent.text) or _DASHED_DIMENSION_LEAD.match(sent.text)
        if lead and not _GEOGRAPHY.search(lead["dim"]) and (lead is by or _DIMENSION_WORD.search(lead["dim"])) \
                and not _FACTOR_WORD.search(lead["dim"]):  # ("Among the growth drivers, …": no dimension)
            line_end = text.find("\n", sent.start)
            labelled_line = (len(text) if line_end < 0 else line_end, clean(lead["dim"]).title())
        followed = _FOLLOWED_BY.search(sent.text) if in_context or _SHARE_OF_MARKET.search(sent.text) else None
        if followed:  # "hospitals held the largest share, followed by ambulatory surgical centers and clinics"
            # "followed by B with 31,6 %, C with 9,8 % and D": each item's share goes (same length), another "with" ends the list
            rest = _ITEM_SHARE.sub(lambda m: " " * len(m.group()), sent.text[followed.end():])
            rest = re.split(r"\.\s|\.$|;|\bwhile\b|\bwhereas\b|\bwith\b|\bdue to\b|\bowing to\b|,\s+(?:as|because|since|thanks\s+to)\b", rest)[0]
            segs.add_list(rest, sent.start + followed.end(), dimension)
        # "Family day care and preschools make up the rest", "…, with third-party liability making up the remainder":
        # the other segments, after a sentence of this paragraph named one
        # (each of them: "Lounge and modular sofa sets follow closely, while sun loungers, … make up the rest")
        rests = _THE_REST.finditer(sent.text) if re.search(r"\b(?:rest|remainder|balance|remaining|complete|completes|round|rounds|niches?|follow|trail)\b", sent.text) \
            and (in_context or named_paragraph == paragraph) else ()
        for rest in rests:
            group = next(g for g in ("items", "items2", "items3", "items4", "items5") if rest[g])
            if group == "items5" and (_PLACE_TALK.search(text, max(0, sent.start - 300), sent.start)
                                      or any(is_place(item.text) for item in _segment_items(rest[group]))):
                continue  # "Lagos State is by far the largest regional market. Rivers State, Kano State … follow": places
            segs.add_list(rest[group], sent.start + rest.start(group), dimension if dimension_paragraph == paragraph else None)
        sentence_segment = False
        for clause in _clauses(sent.text):
            claim = claim_of(clause.group())
            clause_start = sent.start + clause.start()
            claim_span = (clause_start, sent.start + clause.end()) if claim else None
            lowered = clause.group().lower()
            # (not "… remained the single biggest product category": a ranking, whose segment is the clause's subject)
            named = [n for n in _NAMED_SEGMENT.finditer(clause.group()) if segs.valid(_NAME_AFTER.sub("", n["name"]))
                     and not _RANKING_WORD.search(n["name"])] \
                if "segment" in lowered or "categor" in lowered else []
            for n in named:
                trimmed = _NAME_AFTER.sub("", n["name"])
                segs.add(trimmed, clause_start + n.start("name") + len(n["name"]) - len(trimmed), dimension,
                         claim if len(named) == 1 else None, claim_span if len(named) == 1 else None)
            # a share of the market names a segment even with no "By …" before it ("Robotic arms held 48.2% of the market")
            if named or not (claim or (in_context or _SHARE_OF_MARKET.search(clause.group())) and _STATES_FIGURE.search(clause.group())):
                # on a line a dimension's label leads, what a clause says of names in capitals: "By Material: … Glass Fiber
                # and Metal (Steel/Aluminum) cover low-pressure uses", "End User - … Hospitals/Clinics handle acute cases"
                clause_lead = (_LABEL_LEAD.match(clause.group()) or _dashed_dimension(clause.group())) if clause.start() == 0 else None
                titled = _TITLED_SUBJECT.match(clause.group(), clause_lead.end() if clause_lead else 0) \
                    if not named and sent.start < labelled_line[0] else None
                # (names before a common noun are a list of them: "Type I and Type II steel tanks", not "Individual policies")
                if titled and (_looks_like_list(titled["names"]) or len(titled["names"].split()) <= 4 and not titled["noun"]) \
                        and not re.search(r"\d", titled["names"]):
                    segs.add_list(titled["names"], clause_start + titled.start("names"), labelled_line[1])
                continue
            body = clause.group()[by.end():] if by and clause.start() == 0 else clause.group()
            body_offset = clause_start + (by.end() if by and clause.start() == 0 else 0)
            clause_dimension = dimension if dimension_paragraph == paragraph else None  # a "By X" reaches to its paragraph's end
            label = _LABEL_LEAD.match(body) or _dashed_dimension(body) if clause.start() == 0 else None
            if label and not _GEOGRAPHY.search(label["dim"]):  # "• Vehicle type: electric scooters accounted for 81.4%"
                clause_dimension, body, body_offset = clean(label["dim"]).title(), body[label.end():], body_offset + label.end()
            if claim and (first := _RANK_FIRST.match(body)) and segs.valid(first["name"]):
                existing = segs.matching(first["name"])
                if existing is not None:
                    segs.claim(existing, claim, claim_span)
                else:
                    segs.add(first["name"], body_offset + first.start("name"), clause_dimension, claim, claim_span)
                sentence_segment = True
                continue
            subject = _CLAUSE_SUBJECT.match(body)
            if subject is None or _RANKED_AS_PLACE.search(body):
                continue  # ("the MATOPIBA frontier (…) is the fastest-growing region": a place, read by the regions)
            name = subject["name"]
            existing = segs.matching(name)
            if existing is not None:
                if claim:
                    segs.claim(existing, claim, claim_span)
            elif in_context or label or _RANKED_AS_SEGMENT.search(body) or _SHARE_OF_MARKET.search(body) \
                    or claim and sentence_segment \
                    or claim and named_paragraph == paragraph and _short_item(name):
                # ("A take the largest slice of revenue, but B grow fastest": B's clause is A's kind; so is a claim's subject
                # in the sentences after a segment was named in the paragraph)
                segs.add(name, body_offset + subject.start("name"), clause_dimension, claim, claim_span)
                sentence_segment = True
        if len(segs.found) > named_before:
            named_paragraph = paragraph
    found = _without_short_forms(list(segs.found.values()))
    # "Design" under "Segmentation Analysis", over "Bench-top hoods held the largest design share": a heading that is the
    # dimension of other segments (not "Services", a segment whose sub-segments are read with it as their dimension)
    dimensions = {seg.dimension.lower() for seg in found if seg.dimension}
    return [seg for seg in found if seg.name.lower() not in dimensions
            or not re.fullmatch(r"segment(?:s|ation)?|unspecified", (seg.dimension or "unspecified").lower())]


# A word a page writes after a deployment mode that is not part of its name: "public cloud deployment" is "public cloud"
# (not "ready-to-cook products", "wireless models": reference cards name those with their noun as often as without)
_GENERIC_HEAD = re.compile(r"\s+deployments?$", re.IGNORECASE)


def without_head_nouns(segments: list[Segment]) -> tuple[list[Segment], dict[str, str]]:
    """The segments named without a generic noun the page puts after them ("public cloud deployment"), and the renames
    made. (Not the market's own noun: "flexible packaging" is a kind of packaging, named so.)"""
    out, renames, keys = [], {}, set()
    for seg in segments:
        name = seg.name
        shorter = _GENERIC_HEAD.sub("", name) if len(name.split()) >= 2 and "(" not in name else name
        if shorter != name and not _STOP_NAME.match(shorter) and len(shorter) >= 2:
            renames[name] = shorter
            fits = seg.span is not None and seg.span.quote.startswith(shorter)
            seg = seg.model_copy(update={"name": shorter, "span": seg.span.model_copy(update={
                "end": seg.span.start + len(shorter), "quote": shorter}) if fits else seg.span})
        key = (seg.dimension, seg.name.lower())
        if key not in keys:
            keys.add(key)
            out.append(seg)
    return out, renames


def _without_short_forms(found: list[Segment]) -> list[Segment]:
    """ "Absorbable, Non-absorbable" listed, then "absorbable sutures held …": one segment, kept as first written (a
    claim made of either form goes with it)."""
    def same(short: Segment, long: Segment) -> bool:
        return short is not long and short.dimension == long.dimension and long.name.lower().startswith(short.name.lower() + " ") \
            and len(long.name.split()) == len(short.name.split()) + 1
    out = list(found)
    for short in found:
        for long in found:
            if same(short, long) and short in out and long in out:
                first, second = (short, long) if short.span.start <= long.span.start else (long, short)
                out.remove(second)
                if first.claim is None and second.claim is not None:
                    out[out.index(first)] = first.model_copy(update={"claim": second.claim, "claim_span": second.claim_span})
    return out


# (after a clause that names one: "Cataract surgery represents 81.4%; glaucoma surgery and … account for the rest",
# "…, while wine and spirits, and furniture make up the balance")
_THE_REST = re.compile(r"(?:^\W*|;\s*|\b(?:while|whereas)\s+)(?P<items>(?:(?!\b(?:while|whereas)\b)[^;:]){3,160}?)(?:,\s+which)?\s+(?:together\s+)?(?:make|makes|made|account|accounts|accounted|"
                       r"cover|covers|share|split)\s+(?:up\s+|for\s+)?(?:most\s+of\s+|much\s+of\s+|almost\s+all\s+of\s+)?"
                       r"the\s+(?:rest|remainder|balance|remaining\s+(?:share|revenue|sales|demand|volume)s?)\b"
                       # "Beverages, bakery and confectionery, and performance nutrition complete the application segmentation"
                       r"|^\W*(?P<items3>[^;:]{3,160}?)\s+(?:complete|completes|round\s+out|rounds\s+out)\s+the\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:segmentation|breakdown|split|line-?up|list|picture)\b"
                       r"|,\s+with\s+(?P<items2>[^,;]{3,80}?)\s+(?:making\s+up|accounting\s+for|taking)\s+(?:most\s+of\s+)?"
                       r"the\s+(?:rest|remainder|balance|remaining\s+(?:share|revenue|sales|demand|volume)s?)\b"
                       # "Fast pyrolysis and microwave pyrolysis stay niche", "…; viscoadaptive products remain a premium niche"
                       r"|(?:^\W*|;\s*)(?P<items4>[^;:,]{3,80}?(?:,[^;:,]{3,80}?)*)\s+(?:stay|stays|remain|remains|are|is)\s+"
                       r"(?:an?\s+|still\s+)?(?:small\s+|premium\s+|minor\s+)?niches?\b"
                       # "Food Processing & Foodservice, Industrial & Chemical and Cleaning/Janitorial follow.", "…; Columns & Beams,
                       # Walls & Barriers and Girders follow" (not "Components — light sources, optics — follow", "Commercial
                       # buildings such as offices and retail follow": a segment and its kinds)
                       r"|(?:^\W*|;\s*)(?![^;:]*\b(?:such\s+as|including|like)\b)(?P<items5>[^;:,—–]{3,80}?(?:,[^;:,—–]{3,80}?)*)\s+(?:follow|trail)(?:\s+(?:closely|behind|at\s+a\s+distance|in\s+that\s+order))?"
                       r"\s*(?:[,.;]|$)")
# (", and vacuum grippers dominate carton handling": a clause with a subject of its own)
_CLAUSE_BREAK = re.compile(r"(?=\bwhile\b|\bwhereas\b|\bbut\b|, (?:and|with) the\b|, followed by\b|"
                           r", and (?:[a-z][\w-]*\s+){1,3}(?:dominates?|leads?|led|holds?|held|accounts?|accounted|is|are|was|were|"
                           r"remains?|grows?|grew|represents?|makes?|commands?|captures?)\b)|;")


@dataclass(frozen=True)
class _Clause:
    """A clause with the match-like interface the loop reads (``start()``, ``end()``, ``group()``)."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


def _clauses(sentence: str) -> list[_Clause]:
    """A sentence cut before "while", "whereas", "but", ", and the", ", followed by" and at ";"."""
    out, start = [], 0
    for m in [*_CLAUSE_BREAK.finditer(sentence), None]:
        end = m.start() if m else len(sentence)
        if end > start or not out:
            out.append(_Clause(start, end, sentence[start:end]))
        start = m.end() if m else end
    return [c for c in out if c.text.strip()] or [_Clause(0, len(sentence), sentence)]


def with_figure_subjects(text: str, segments: list[Segment], figures: list) -> list[Segment]:
    """A segment a figure or CAGR is about is a segment of the report too, quoted where the figure names it
    (so every segment in the graph has its source)."""
    # (a segment a table names "Catechins (incl. EGCG)" is the figure's "Catechins": known by its name before the note)
    known = {slug(s.name) for s in segments} | {slug(re.sub(r"\s*\([^()]*\)$", "", s.name)) for s in segments}
    out = list(segments)
    for figure in figures:
        name = getattr(figure, "segment", None)
        if not name or slug(name) in known or figure.span is None:
            continue
        window_start = max(0, figure.span.start - 300)
        named = re.search(re.escape(name), text[window_start:figure.span.end], re.IGNORECASE)
        quote = span(text, window_start + named.start(), window_start + named.end()) if named else figure.span
        out.append(Segment(name=name, dimension="Unspecified", span=quote, confidence=0.5))
        known.add(slug(name))
    return out


_SEGMENT_HEADING = re.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,3})\s+(?:Segment|Sub-?segment)\s*:?$")
# "By Type", or a dimension's outlook heading: "Type Outlook (Revenue, USD Million, 2020-2032)"
# ("Segment Analysis - By Product & Service")
# ("Segment by Livestock:" over its lines, as a Chinese publisher's release writes it)
_BY_HEADING = re.compile(r"^(?:(?:(?:Market\s+)?(?:Analysis|Breakdown|Break-?up|Split|Segmentation|Segment)\s+|Segment(?:ation)?\s+Analysis\s*[-–—:]\s*)?"
                         r"(?:By|Based on|On the basis of|In terms of)\s+"
                         r"(?P<dim>[\w /&-]{2,35}?)(?:\s*\([^()\n]{1,30}\))?"  # ("By Component (2024 share):")
                         # "By end-use industry, the report covers:" over its bullets
                         r"(?:,\s+(?:the\s+)?(?:report|study|analysis)\s+(?:covers|includes|tracks|spans|analy[sz]es|examines)"
                         r"(?:\s+the\s+following)?"
                         # "By equipment type, the market is divided into A and B, each with several sub-categories:" over
                         # bullets that break A and B down
                         r"|,\s+(?:the\s+)?(?:market|industry)\s+is\s+(?:divided|segmented|split|categori[sz]ed|classified|broken\s+down)\b"
                         r"[^:\n]{0,200}(?=:$))?\s*:?|"
                         # (not "About Tarrington Market Insights": a house's name over its boilerplate)
                         r"(?!(?:Key|Market|Segment|Regional|Competitive|About)\b)(?P<dim2>[A-Z][\w/-]*(?:\s+[\w/-]+){0,3}?)(?<!Market)(?<!Research)\s+"
                         r"(?:Outlook|Insights|Analysis)\b[^\n]{0,60})$", re.IGNORECASE)


def _dashed_dimension(text: str) -> re.Match | None:
    """ "End User - In-Center Dialysis Facilities …": the dimension's name before a dash, when it names a dimension."""
    dashed = _DASHED_DIMENSION_LEAD.match(text)
    return dashed if dashed and _DIMENSION_WORD.search(dashed["dim"]) else None


def _parallel(head: str, tail: str) -> bool:
    """ "natural fibres and regenerated fibres", "cloud-based and web-based": two names of one shape."""
    a, b = head.lower().split(), tail.lower().split()
    return bool(a and b) and (a[-1] == b[-1] and len(a) > 1 and len(b) > 1
                              or a[-1].split("-")[-1] == b[-1].split("-")[-1] and "-" in a[-1] and "-" in b[-1])


# "By End-Use — Construction (resins for panels), automotive, electronics.", "By Feedstock — Natural gas (62%) | Coal |
# Biomass. Renewable feedstocks grow fastest.": a dimension, a dash, then its segments up to the sentence's end
_BY_DASH_LINE = re.compile(r"^By\s+(?P<dim>[\w /&-]{2,30}?)\s+[—–-]\s+(?P<items>[^.]+?)(?=\.\s|\.?$)")
# Under a "Segmentation" heading, a dimension's line needs no "By": "Deployment: Cloud | On-premises",
# "Vertical - BFSI (largest), Healthcare, IT & Telecom"
# (after a colon only cells parted by bars: "Product: A, B and C" lines are the coverage readers')
_DIMENSION_LINE = re.compile(r"^(?:[Bb]y\s+)?(?![Bb]y\s)(?P<dim>[A-Za-z][\w /&-]{2,30}?)(?:\s*:\s+(?=[^|.]+\s\|\s)|\s[—–-]\s+)"
                             r"(?P<items>(?:[^.():]|\([^()]*\))+?)(?=\.\s|\.?$)")  # (a cell's note may hold a stop, no cell a colon)


# In prose after a verb that segments, a dimension and its list after a dash, to the sentence's end
_BY_DASH_IN_PROSE = re.compile(r"\b(?:segment\w*|slices?|split\w*|divide\w*|broken down|break\w* down|categori[sz]e\w*|classif\w*)\b"
                               r"[^.]{0,200}?\bby\s+(?P<dim>[a-z][\w/&-]*(?:\s+[a-z][\w/&-]*){0,2})\s+[—–]\s+(?P<items>[^.;—–]{3,250})")


def _by_dash_lines(page_lines: list[Line], segs: _Segments) -> None:
    under_heading = False
    for line in page_lines:
        if line.kind == "heading" and _SEGMENTATION_HEADING.search(line.text):
            under_heading = True
            continue
        by = _BY_DASH_LINE.match(line.text) or (_DIMENSION_LINE.match(line.text) if under_heading else None)
        under_heading = under_heading and by is not None
        # ("Usability: Disposable | Reusable" with no heading over it: a dimension's own name, then cells parted by bars)
        named = _DIMENSION_LINE.match(line.text) if by is None and " | " in line.text else None
        if named and _NAMED_DIMENSION.fullmatch(named["dim"]):
            by = named
        if by is None or _GEOGRAPHY.search(by["dim"]):
            continue
        dimension, items, at = clean(by["dim"]).title(), by["items"], line.start + by.start("items")
        if items.count(" | ") >= 1 and not re.search(r",(?![^()]*\))", items):
            # each cell without its spaces (its note in brackets, "Natural gas (about 62% of capacity)", is the claim's)
            cells = [(m.start(), m.group()) for m in re.finditer(r"[^|\s](?:[^|]*[^|\s])?", items)]
            if all(_short_item(re.sub(r"\s*\([^()]*\)$", "", name)) for _, name in cells):
                for offset, name in cells:
                    segs.add(name, at + offset, dimension)
        elif _looks_like_list(items):
            segs.add_list(items, at, dimension)


# A report snapshot's label lines: "Largest product segment: RFID microchips – 63% share", "Fastest-growing animal
# type: Cats", "Dominant application: Packaging (41%)", and the rest of the dimension, "Other end users: Animal shelters;
# Breeders & kennels" (not "Largest region: Europe" or "Leading players: …": places and companies are read elsewhere)
_SNAPSHOT_RANK = re.compile(r"^\W*(?P<rank>Largest|Biggest|Leading|Dominant|Fastest[- ]growing)\s+"
                            # (the label's colon, or a snapshot table's cell break: "Largest product segment   Markers (guns)")
                            r"(?P<dim>[A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,2}?)(?:\s+(?:segment|category))?"
                            r"(?:\s*:\s*|[ \t]*\|[ \t]*|\t[ \t]*|[ \t]{2,})"
                            # (a share's note in brackets after the name: "Flame Retardants (38.2% share, 2024)")
                            r"(?P<name>[^:;|–—]+?)\s*(?:\s[–—-]\s.*|;.*|,\s*(?=[^,]*\d).*|\((?=[^()]*\d\s?%).*)?$", re.IGNORECASE)
_SNAPSHOT_OTHERS = re.compile(r"^\W*Other\s+(?P<dim>[A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,2}?)\s*:\s*(?P<items>[^:]{3,250})$",
                              re.IGNORECASE)
_NOT_SNAPSHOT_DIMENSION = re.compile(r"share|market|cagr|value|revenue|growth|size|year|period|player|compan|vendor|brand|"
                                     r"manufacturer|supplier|driver|restraint|trend|opportunit|challenge|segment$|categor",
                                     re.IGNORECASE)


def _snapshot_ranks(page_lines: list[Line], segs: _Segments) -> None:
    ranked: set[str] = set()  # the dimensions a line ranks: only their "Other …" lines are segments
    for line in page_lines:
        rank = _SNAPSHOT_RANK.match(line.text)
        if rank and not _GEOGRAPHY.search(rank["dim"]) and not _NOT_SNAPSHOT_DIMENSION.search(rank["dim"]) \
                and _short_item(rank["name"]):
            dimension = clean(rank["dim"]).title()
            claim = "fastest_growth" if rank["rank"].lower().startswith("fastest") else "largest_share"
            segs.add(rank["name"], line.start + rank.start("name"), dimension, claim,
                     (line.start + rank.start("rank"), line.start + len(line.text.rstrip())))
            ranked.add(_singular(dimension.split()[-1].lower()))
            continue
        others = _SNAPSHOT_OTHERS.match(line.text)
        if others and _singular(clean(others["dim"]).split()[-1].lower()) in ranked:
            segs.add_list(others["items"], line.start + others.start("items"), _singular_title(others["dim"]))


def _singular_title(dimension: str) -> str:
    words = clean(dimension).split()
    return " ".join([*words[:-1], _singular(words[-1])]).title()


def _short_item(text: str) -> bool:
    return 0 < len(text.split()) <= 6 and not _VERB_INSIDE.search(text) and not text.endswith(".")


def _items_after(page_lines: list, first: int, fits) -> list:
    """The short lines right after ``page_lines[first - 1]`` that ``fits`` accepts: the items of a list."""
    items = []
    for line in page_lines[first:first + 40]:
        if not fits(line) or not _short_item(line.text):
            break
        items.append(line)
    return items


# A heading that ends a segmentation block: the page's players or places ("Key Market Players", "Regional Outlook")
_AFTER_SEGMENTS = re.compile(r"\b(?:players?|compan(?:y|ies)|vendors?|competit\w*|regions?|regional|geograph\w*)\b", re.IGNORECASE)


_CITED = re.compile(r"\b(?:surveys?|interviews?|filings?|data|estimates?|statistics|analysis|research|reports?|accounts|"
                    r"database|press releases?|websites?)\b", re.IGNORECASE)  # where a table's figures come from


def _segmentation_block(page_lines: list, first: int, segs: _Segments) -> None:
    """The lines under "Market Segmentation" up to the page's next section, whatever prose lies between them: a label
    line a dimension each ("Product: Mill-Finished; Anodized", "Form: Wire & rod | Paste | Powder", "End-Use Industry:
    Automotive • HVAC&R"; the page reads each as a heading of its own, so no section holds them), and a dimension's
    name on a line of its own over its segments a line each ("Alloy Type" over "Silver-based", "Copper-based", as a
    page's segmentation tabs flatten)."""
    i = first
    labels_only = True  # while every line so far is a label line, any label is a dimension's
    while i < min(len(page_lines), first + 40):
        line = page_lines[i]
        i += 1
        labelled = _LABELLED_LIST.match(line.text)
        if labelled and line.kind in ("heading", "text", "bullet"):
            if _GEOGRAPHY.search(labelled["dim"]) or _NOT_A_COVERED_DIMENSION.search(labelled["dim"]) \
                    or re.fullmatch(r"Sources?", labelled["dim"].strip()) and _CITED.search(labelled["items"]):
                break  # "Regions: …", "Key Companies: …", "Source: consumer survey, trade interviews": the segments are over
            # (after other lines, only a dimension's name: not "Source: survey, trade interviews", "Analyst: …")
            if not labels_only and not re.search(rf"(?:{_DIMENSION_NAME})s?$", clean(labelled["dim"])):
                break
            # (items with their shares, "Scented Candles 44.3% | Reed Diffusers 16.2%", are read as a snapshot's rows)
            if not _COVERAGE_LABEL.match(labelled["dim"]) and not re.search(r"\d\s?%", labelled["items"]) \
                    and _looks_like_list(labelled["items"].replace(" | ", ", ")):
                # (a crawled line's bars part items as commas do, each read as a comma of the same length)
                segs.add_list(labelled["items"].replace(" | ", ",  "), line.start + labelled.start("items"),
                              clean(labelled["dim"]).title())
            continue
        labels_only = False
        if line.kind == "heading" and (_PAGE_SECTION.search(line.text) or _AFTER_SEGMENTS.search(line.text)):
            break
        bare = _BARE_DIMENSION_HEADING.match(line.text) if line.kind == "heading" else None
        if bare is None or _GEOGRAPHY.search(bare["dim"]):
            continue
        items = []
        for item in page_lines[i:i + 20]:
            # (not a menu of the page's tabs: "Application", "Geography", "Companies")
            if item.kind not in ("heading", "text") or not _short_item(item.text) or _LABELLED_LIST.match(item.text) \
                    or _BARE_DIMENSION_HEADING.match(item.text) or re.search(r"\d|[.?!:]$", item.text) \
                    or _GEOGRAPHY.search(item.text) or _PAGE_SECTION.search(item.text) or _AFTER_SEGMENTS.search(item.text):
                break
            items.append(item)
        if len(items) >= 2:
            for item in items:
                segs.add(item.text, item.start, clean(bare["dim"]).title())
            i += len(items)


def _lines_until_prose(page_lines: list, first: int) -> list:
    """The short lines after a heading, up to the first paragraph or question."""
    out = []
    for line in page_lines[first:first + 60]:
        if line.kind == "text" or line.text.endswith("?"):
            break
        out.append(line)
    return out


def _indent(text: str, line) -> int:
    return line.start - (text.rfind("\n", 0, line.start) + 1)


def _outline(text: str, section: list, segs: _Segments) -> None:
    """An outline under "Market Segmentation": a dimension ("Energy Source") over its indented segments."""
    for i, line in enumerate(section):
        if not _short_item(line.text) or _GEOGRAPHY.search(line.text):
            continue
        depth = _indent(text, line)
        items = _items_after(section, i + 1, lambda item: _indent(text, item) > depth)
        if len(items) >= 2:
            for item in items:
                segs.add(item.text, item.start, clean(re.sub(r"^(?:By|Based on)\s+", "", line.text)).title())


# A note after a segment's name: a list of its kinds ("(air conditioners, chillers)") or a figure or rank ("(63% of
# revenue in 2025)", "(largest vertical)"); not its short form ("(IGA)"), a range ("(K-6)") or its parts ("(squid and octopus)")
_RANK = r"%|largest|fastest|highest|leading|dominant|share|revenue"
_NOTE_IN_PARENTHESES = re.compile(rf"\s*\((?=[^()]*(?:,|{_RANK}))[^()]*\)\s*$")
_RANK_IN_PARENTHESES = re.compile(rf"\s*\((?=[^()]*(?:{_RANK}))[^()]*\)\s*$")
# A page's own section ("Regional Insights", "Competitive Landscape", "About Meridian Research"): the segments end there
_PAGE_SECTION = re.compile(r"\b(?:Insights|Analysis|Landscape|Developments|Questions|FAQs?|Overview|Outlook|Methodology|"
                           r"Summary|Highlights|Dynamics)$|^About\b"
                           r"|^(?:Market\s+|Key\s+)?(?:Trends|Drivers|Restraints|Challenges|Opportunities|Threats)$", re.IGNORECASE)


# A heading that is a dimension's name alone: "Deployment", "Industry Vertical", "Service Type", "End Use"
_DIMENSION_TITLE = re.compile(r"(?:By\s+)?(?:(?:Product|Service|Deployment|Industry|Enterprise|Organi[sz]ation|Distribution|"
                              r"Sales|End[- ]Use|End[- ]User|Application|Vehicle|Drug|Price|Payment|Delivery|Business)\s+)?"
                              r"(?:Type|Types|Product|Application|End[- ]Use|End[- ]Users?|Material|Channel|Component|"
                              r"Technology|Deployment(?:\s+Mode)?|Form|Source|Grade|Category|Vertical|Industry|Mode|Offering|"
                              r"Solution|Platform|Indication|Modality|Capacity|Size|Model|Range|Class)",
                              re.IGNORECASE)


_PLACE_DIMENSION = re.compile(r"(?:by\s+)?(?:regions?|geography|countr(?:y|ies))", re.IGNORECASE)


def _headed_paragraphs(page_lines: list, first: int, dimension: str | None, segs: _Segments,
                       named_in_paragraph: bool = False) -> None:
    """ "By Technology" over "Post-combustion capture" + a paragraph, "Oxy-fuel combustion" + a paragraph …: each short
    heading names a segment; the claim of its paragraph's first sentence is its own when the paragraph starts with it.
    ``named_in_paragraph`` (under "Segment analysis", no dimension): only headings whose paragraph opens with them
    ("Lithium Iron Phosphate (LFP)" over "LFP cells held …"), not a dimension's title ("Capacity" over "The 5-10 kWh …")."""
    i = first
    while i + 1 < len(page_lines):
        heading, paragraph = page_lines[i], page_lines[i + 1]
        # "Heat Sterilization (Moist Heat, Dry Heat)": the segment, and its kinds in brackets
        kinds = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<subs>[^()]*,[^()]*)\)", heading.text)
        if kinds and heading.kind == "heading" and dimension and _short_item(kinds["name"]) \
                and _looks_like_list(kinds["subs"]):
            heading = Line(heading.start, heading.start + len(kinds["name"]), kinds["name"], heading.kind)
            segs.add_list(kinds["subs"], page_lines[i].start + kinds.start("subs"), kinds["name"])
        if heading.kind != "heading" or paragraph.kind != "text" or not _short_item(heading.text) \
                or _BY_HEADING.match(heading.text) or _PAGE_SECTION.search(heading.text) or heading.text.endswith(":") \
                or len(heading.text.split()) > 5:
            return
        opens_with = _opens_with(paragraph.text, heading.text)
        if _DIMENSION_TITLE.fullmatch(heading.text):
            pass  # "Deployment" over "Public cloud targets accounted for 48.9% …": a dimension's title, not a segment
        elif opens_with or not named_in_paragraph or _names_heading(paragraph.text, heading.text):
            segs.add(heading.text, heading.start, dimension)
        first_sentence = re.split(r"(?<=[.!?])\s", paragraph.text, maxsplit=1)[0]
        claim = claim_of(first_sentence)
        if claim and opens_with:
            key = segs.matching(heading.text)
            if key is not None:
                segs.claim(key, claim, (paragraph.start, paragraph.start + len(first_sentence)))
        i += 2


def _names_heading(paragraph: str, heading: str) -> bool:
    """The paragraph's first sentence speaks of the heading: one of its words or abbreviations ("UV and UF models …"
    under "Ultraviolet (UV) and ultrafiltration (UF)", "Non-electric gravity units …" under "Gravity-based purifiers")."""
    first_sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0].lower()
    words = {w for w in re.findall(r"[a-z0-9]{3,}", heading.lower()) if w not in ("and", "the", "for", "with")}
    words |= {a.lower() for a in re.findall(r"\(([A-Za-z0-9]{2,8})\)", heading)}
    return any(re.search(rf"\b{re.escape(w)}", first_sentence) for w in words)


def _opens_with(paragraph: str, heading: str) -> bool:
    """The paragraph starts with the heading's first word or its abbreviation: "LFP cells" under "… Phosphate (LFP)"."""
    first = paragraph.split()[0].lower().rstrip(",") if paragraph.split() else ""
    abbreviation = re.search(r"\(([^()]+)\)\s*$", heading)
    return first == heading.split()[0].lower() or bool(abbreviation and first == abbreviation.group(1).lower())


def _looks_like_list(body: str) -> bool:
    body = re.sub(r"\s*\([^()]*\)", "", body)  # "cans (dominant, over 85% of volume) and PET bottles": a note on an item
    items = _segment_items(body.rstrip(" ."))
    joined = len(items) >= 2 or " and " in body
    return joined and len(body) < 250 and not _VERB_INSIDE.search(body) and all(len(i.text.split()) <= 6 for i in items)
