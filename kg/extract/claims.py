"""Ranking claims: what a clause says of a segment or a region (largest share, fastest growth, major contributor).

>>> claim_of("is expected to register the fastest growth, led by India")
'fastest_growth'
>>> claim_of("held the largest share in 2024"), claim_of("was the second largest region"), claim_of("grew 4%")
('largest_share', 'major_contributor', None)
"""

from __future__ import annotations

import re

from kg.extract.wordlist import PERCENT_SIGN, Cue

# "its largest quarterly intake", "their biggest plant": a company's own superlative, not the market's ranking
# (each lookbehind after its word: tested first at every position, they cost a third of the cue tests' time)
# (nor "the largest untapped opportunity", "the biggest challenge": what a place could become or suffers)
LARGEST = Cue(r"largest(?<!second largest)(?<!second-largest)(?<!third largest)(?<!its largest)(?<!their largest)(?! growth)"
              r"(?!\s+(?:untapped\s+|growth\s+|remaining\s+)?(?:opportunit|challeng|risk|barrier|obstacle|threat|hurdle|concern))|"
              r"lion[’']s share|dominat|dominant(?<!a dominant)|leading (?:position|share|region|"
              r"market|end-user)|highest (?:share|revenue)|highest (?:[\w-]+ ){1,4}?share|biggest(?<!its biggest)(?<!their biggest)(?!\s+(?:untapped\s+|remaining\s+)?(?:opportunit|challeng|risk|barrier|obstacle|threat|hurdle|concern))|major share|majority|(?<!-)\bled\b(?! by)|(?<!-)\bleads\b|commanded|"
              r"accounted for the (?:highest|largest)|maximum share|held the top|top position|at the forefront|\bleader\b|"
              r"the leading\b|(?:larger|bigger|greater) share|\blead (?:demand|the market|sales|revenue)|"
              r"\bthe (?:first|number one|no\. 1) (?:segment|category|channel|product|application|region|market)\b|\bthe main channel\b")
# More than half of the market is the largest part of it: "the bulk of sales", "two-thirds of", "58% of revenue".
MAJORITY = Cue(r"\bthe bulk of\b|\b(?:two-thirds|three-quarters|(?:more than|over|above) half)\b|"
               rf"(?<![\d.,])(?:5[1-9]|[6-9]\d)(?:[.,]\d+)?\s?{PERCENT_SIGN}\s+(?:of\b|(?:market\s+|revenue\s+)?share\b)|"
               # "accounted for a market share of about 68%"
               r"\b(?:market|revenue|value)\s+share\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|roughly\s+|some\s+|almost\s+)?"
               r"(?:5[1-9]|[6-9]\d)(?:[.,]\d+)?\s?%")
FASTEST = Cue(r"fastest|highest (?:cagr|growth)|largest growth|most rapid|quickest|highest rate|rapid(?:ly)? grow|"
              r"grow at the (?:highest|fastest)|lucrative|overtaking|faster[- ]growing|\bgrow(?:s|ing)? faster\b|strongest growth|"
              # (of two: "services are projected to record the higher growth rate")
              r"\bthe higher (?:growth|cagr)\b|"
              # "will expand faster than any other channel"
              r"\b(?:grow|expand|rise|increase|advance)\w*\s+(?:\w+\s+)?faster\s+than\s+(?:any|all)\s+(?:other|the\s+rest)\b")
MAJOR = Cue(r"leading (?:adoption|demand|deployment|installations)|account(?:s|ed)? for most|most of the demand|"
            r"\bkey (?:countries|markets)\b|\ba key market\b|\bmain markets\b|significant share|considerable share|substantial share|"
            r"major contributors?|key contributors?|second[- ]largest|notable share|significant contributors?|prominent")


def claim_of(clause: str, majority: bool = True) -> str | None:
    """The ranking a clause states, the earliest cue winning: "the fastest growth, led by India" is fastest growth.

    ``majority=False`` where the clause's subject is several things: "Spain, Italy and Brazil make up over half"
    ranks none of them first."""
    majority = majority and ("%" in clause or re.search(r"half|bulk|thirds|quarters|cent\b", clause) is not None)  # cheap test first
    cues = ((MAJOR, "major_contributor"), (LARGEST, "largest_share"), (FASTEST, "fastest_growth"),
            *(((MAJORITY, "largest_share"),) if majority else ()))
    found = [(m.start(), claim) for pattern, claim in cues if (m := pattern.search(clause))]
    return min(found)[1] if found else None
