"""Figures: market values (amount, currency, scale, year, kind) and CAGRs (percent, period, subject), with spans.

A wrong market figure is worse than a missing one, so a number becomes a market value only when it has
a currency, a scale (or is written out in full), sits in a sentence about the market (or a snapshot
table row), and is not a hypothetical, an increment, a funding round, an investment, a price or a
company's revenue. A growth rate becomes a CAGR only when the text says CAGR or compound annual growth.

>>> text = "The global widget market was valued at USD 1.5 billion in 2023 and is expected to reach USD 3.0 billion by 2030, growing at a CAGR of 10.4% from 2024 to 2030."
>>> figures = Figures(text, sentences(text))
>>> historical, forecast = figures.periods()
>>> [(c.percent, c.start, c.end) for c in figures.cagrs(forecast)]
[(10.4, 2024, 2030)]
>>> [(v.amount, v.scale, v.currency, v.year, v.kind) for v in figures.values(2024)]
[(1.5, 'billion', 'USD', 2023, 'actual'), (3.0, 'billion', 'USD', 2030, 'forecast')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from kg.card import SCALE_MULTIPLIER, Cagr, MarketValue, Period
from kg.extract.geography import (DEMONYMS, PLACE_COLUMN, PLACE_KINDS, REGIONS, country_name, is_place, is_the_scope, place_named,
                                   place_re)
from kg.extract.lists import split_items
from kg.extract.wordlist import PERCENT_SIGN, Cue, alternation
from kg.extract.page import (DATELINE, Sentence, cell_spans, clean, dimension_and_segment, lines, sections_under, sentence_at,
                             sentences, span, table_rows)


YEAR = r"(?:19[5-9]\d|20[0-9]\d|2100)"
# "5,32,645.6" (lakh grouping), "1,087.3", "7.12".
NUMBER = r"\d{1,3}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# ISO 4217 codes (pycountry) but those that are also English words or abbreviations ("ALL", "TOP", "CUP").
_NOT_CURRENCY_CODES = {"ALL", "TOP", "CUP", "MOP", "BOB", "SOS", "STD", "MRO", "CVE", "PEN", "BAM", "MAD", "LAK",
                       "MGA", "GEL", "AMD", "BND", "XXX", "XTS", "SHP", "SVC", "ANG", "BOV", "CUC", "CLF",
                       "COU", "MXV", "USN", "UYI", "UYW", "VED", "ZWL", "SLE", "SLL", "STN", "CHE", "CHW"}
ISO_CURRENCY_CODES = sorted({c.alpha_3 for c in pycountry.currencies} - _NOT_CURRENCY_CODES)
CURRENCY = (r"(?P<cur>USD\s*\$|US\s?\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|S\$|HK\$|NZ\$|NT\$|R\$|Usd|usd|\$|€|£|Rs\.?|RS\.?|₹|¥|RMB|"
            r"₩|₫|₱|₺|₽|₦|Rp\.?|RM|SR|KSh|Ksh|TSh|USh|" + alternation(ISO_CURRENCY_CODES) +
            # the rand written "R68.4 billion", the Kenyan shilling "Sh68 billion": only before a number and a scale word
            # ("R2 = 0.91" is not money)
            r"|(?<![A-Za-z])(?:R|Sh)(?=\d[\d.,]*\s?(?:trillion|billion|million|bn|mn)\b)"
            # the naira "N1.12 trillion", the Philippine peso "P248 billion", the dirham "Dh9.4 billion": likewise
            r"|(?<![A-Za-z])(?:N|P|Dhs?)(?=\d[\d.,]*\s?(?:trillion|billion|million|bn|mn|trn|tn)\b)"
            # the baht "Bt311.5 billion", the cedi "GH¢11.8 billion", the lira "TL 142 billion", the shekel "NIS 9.8 billion",
            # "₪13b", the Qatari riyal "QR2.9bn", the birr "Birr 148 billion", the leu "lei 27.5 billion": likewise
            r"|(?:Bt|GH¢|GH₵|TL|NIS|₪|QR|Birr|lei|MAD)(?=\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|mn|trn|tn|b|m)\b)"
            # the Bangladeshi taka "Tk 4,860 crore", "Tk. 52 billion": likewise only before a number and a scale word
            # the Peruvian sol "S/ 1,050 million", "S/.48 billion": likewise only before a number
            r"|S/\.?(?=\s?\d)"
            r"|Tk\.?(?=\s?\d[\d.,]*\s?(?:trillion|billion|million|crores?|bn|mn)\b))(?![A-Za-z])")
# Continental publishers' scale words: "EUR 14,6 Mrd.", "PLN 6,8 mld", "R$ 42,1 bi", "6,9 Md€", "EUR 120 Mio."
# (and "MXN 312.400 millones", "USD 24,5 mil millones", "EUR 7,4 miljard", "EUR 950 miljoen")
# (and the Swedish "mdr", the Turkish "milyar" and "milyon")
# (the Spanish "billones" is the long scale's: a million millions, "$ 2,07 billones" is ARS 2.07 trillion)
_FOREIGN_SCALE = (r"Mrd|Mio|mld|mln|bilh(?:ões|oes|ão|ao)|milh(?:ões|oes|ão|ao)|milliards?|miliardi|milioni|mil\s+millones|millones|billones|"
                  r"miljard(?:er)?|miljoen|miljoner|mdr|milyar|milyon|Mds?|bi|mi")
_CONTINENTAL_SCALE = re.compile(rf"(?:{_FOREIGN_SCALE})\.?")
SCALE = rf"(?P<scale>lakh crore|lakh|lac|crores?|cr\.?(?!\w)|trillion|billion|million|thousand|bn|mn|trn|tn|{_FOREIGN_SCALE}|B|M|K|T)\b"
# "US$1,98- trillion": a decimal comma (two digits after it cannot be a thousands group), PDF hyphenation before the scale.
# "EUR 3.842,6 million": points group thousands and a comma marks the decimals (continental style).
DECIMAL_COMMA = (rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,3}}),\d{{1,2}}(?![\d,])"
                 rf"(?=-?\s?(?i:trillion|billion|million|bn|mn|{_FOREIGN_SCALE})\b|\s?(?:Mds?|M|k)\s?€)")  # "4.862,3 M€"
# "SEK 52 340 million", "1 240 million euros": a space groups thousands before a scale word
SPACED_THOUSANDS = (r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?"
                    rf"(?=\s?(?i:trillion|billion|million|mln|mio)\b|\s?(?:Mds?|M|k)\s?€)")  # "8 690 mln zł"
# Case-sensitive at the start (currency codes are written in capitals) so the engine can scan for the first
# character; the scale words in any case.
MONEY = re.compile(rf"{CURRENCY}\s?(?P<num>{DECIMAL_COMMA}|{SPACED_THOUSANDS}|{NUMBER})(?:-?\s?(?i:{SCALE})|\b)")
# "1.5 billion USD", "3.2 billion US dollars": the currency after the amount.
_CURRENCY_WORD = (r"US\s?dollars|U\.S\.\s?dollars|dollars|euros?|pounds|yen|yuan|renminbi|won|rupees|rupiah|ringgit|baht|dirhams?|"
                  r"riyals?|pesos|reais|rand|zł|Kč|shekels|birr|lei|" + alternation(ISO_CURRENCY_CODES))
MONEY_AFTER = re.compile(rf"(?<![\w.$€£₹])(?P<num>{DECIMAL_COMMA}|{SPACED_THOUSANDS}|{NUMBER})\s?"
                         # ("1,86 Mrd. € in 2024": the euro sign after a continental scale)
                         rf"(?:(?P<scale>trillion|billion|million|bn|mn|{_FOREIGN_SCALE})\.?\s+(?P<cur>{_CURRENCY_WORD}|€)(?:\b|(?<=€))"
                         rf"|(?P<scale2>Mds?|M|k)\s?(?P<cur2>€)"  # "6,9 Md€", "740 M€"
                         # "19.84 (USD Billion)", "33.7 USD Billion": the currency code, then the scale
                         rf"|\(?(?P<cur3>(?-i:{alternation(ISO_CURRENCY_CODES)}))\s(?P<scale3>trillion|billion|million)\b\)?"
                         # "6,020 (100 million yuan)", "4,286 (100 million yen)": the East Asian unit of a hundred million
                         rf"|\(\s*(?P<scale4>100\s+million)\s+(?P<cur4>yuan|yen|won|RMB|CNY|JPY|KRW|NT\$|TWD)\s*\))",
                         re.IGNORECASE)
CURRENCY_CODES = {"usdollars": "USD", "u.s.dollars": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "usd": "USD", "us$": "USD", "u.s.$": "USD", "$": "USD", "eur": "EUR", "€": "EUR", "gbp": "GBP",
                  "£": "GBP", "inr": "INR", "rs.": "INR", "rs": "INR", "₹": "INR", "jpy": "JPY", "¥": "JPY",
                  "cny": "CNY", "rmb": "CNY", "aud": "AUD", "cad": "CAD", "chf": "CHF", "krw": "KRW", "₩": "KRW",
                  "sgd": "SGD", "brl": "BRL", "r$": "BRL", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
                  "s$": "SGD", "hk$": "HKD", "nz$": "NZD", "nt$": "TWD", "₫": "VND", "₱": "PHP", "₺": "TRY", "₽": "RUB", "₦": "NGN",
                  "rp": "IDR", "rp.": "IDR", "rm": "MYR", "sr": "SAR", "pounds": "GBP", "yen": "JPY", "yuan": "CNY",
                  "renminbi": "CNY", "won": "KRW", "rupees": "INR", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
                  "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "reais": "BRL",
                  "r": "ZAR", "rand": "ZAR", "zł": "PLN", "kč": "CZK", "ksh": "KES", "sh": "KES", "tsh": "TZS", "ush": "UGX",
                  "tk": "BDT", "tk.": "BDT", "n": "NGN", "p": "PHP", "dh": "AED", "dhs": "AED", "bt": "THB", "gh¢": "GHS", "gh₵": "GHS", "tl": "TRY",
                  "nis": "ILS", "₪": "ILS", "shekels": "ILS", "qr": "QAR", "birr": "ETB", "lei": "RON", "mad": "MAD", "s/": "PEN", "s/.": "PEN",
                  **{code.lower(): code for code in ISO_CURRENCY_CODES}}
SCALES = {"trillion": "trillion", "tn": "trillion", "trn": "trillion", "t": "trillion", "billion": "billion", "bn": "billion",
          "b": "billion", "million": "million", "mn": "million", "m": "million", "thousand": "thousand", "k": "thousand",
          "trillions": "trillion", "billions": "billion", "millions": "million", "thousands": "thousand", "bln": "billion",
          "mio.": "million", "mrd.": "billion", "billones": "trillion",
          **dict.fromkeys(["mrd", "mld", "bilhões", "bilhoes", "bilhão", "bilhao", "milliard", "milliards", "miliardi", "md",
                           "mds", "bi", "bil", "mil millones", "miljard", "miljarder", "mdr", "milyar"], "billion"),
          **dict.fromkeys(["mio", "mln", "milhões", "milhoes", "milhão", "milhao", "milioni", "mi", "millones", "miljoen", "miljoner",
                           "milyon"],
                          "million")}

# A figure is about the market when its sentence says so, or it sits in a coverage table's row.
# "Stripe was valued at USD 50 billion in 2023" is a company: a figure needs its market, industry or segment named.
MARKET_CONTEXT = Cue(r"\bmarkets?\b|\bof the (?:\d{4} )?total\b|"
                     r"\b(?:sales|revenues?)\b[^.;$€£]{0,80}?\b(?:reached|totall?ed|amounted to|came to|stood at|hit|climbed to|rose to|peaked at|"
                     r"grew to|(?:was|were) worth|(?:rose|grew|climbed|increased|expanded)\s+from|(?:fell|dropped|declined|slipped|"
                     r"decreased|shrank|contracted)\s+to|"
                     # "Global sales grew 11% last year to $2.14 billion": the change, then the amount
                     r"(?:rose|grew|climbed|increased|expanded|jumped|fell|dropped|declined|slipped|decreased|shrank)\s+(?:by\s+)?"
                     r"(?:about\s+|around\s+|nearly\s+|some\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+(?:(?:last|this)\s+year|in\s+\d{4})\s+to)\b|"
                     # "Brazil's online used-car marketplaces reached revenue of R$ 4.6 billion": the verb before the revenue
                     # (not "generated": "Norrack generated revenue of about €214 million" is a company's)
                     r"\b(?:reached|totall?ed)\s+(?:(?:annual|total|combined|gross)\s+)?(?:sales|revenues?)\s+of\b|"
                     # "By membrane type, reverse osmosis accounted for the largest revenue share, …, equal to USD 1.97 billion"
                     r"^[\s•*-]*by [a-z][a-z /&-]{2,30}, |\b(?:largest|biggest|dominant) (?:revenue |market )?share\b|"
                     # "Asia Pacific held 52.0% of revenue in 2025, equal to roughly US$ 4.65 Bn": a part's share, then its amount;
                     # "cardiovascular surgery is the biggest single revenue pool, worth …"
                     # ("Packaging accounted for 61.7% of 2024 revenue, or roughly EUR 3.66 billion")
                     r"\d\s?%\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:revenues?|sales|spending|value)\b[^.;$€£]{0,40}?"
                     r"(?:\b(?:equal(?:ling)?|equivalent|amounting|corresponding)\s+to\b|,\s+or\b)|\b(?:revenue|sales)\s+pool\b|"
                     # "Brightwave sizes worldwide podcast advertising spend at $4.6 billion": a house sizing what buyers spend
                     r"\bsizes\b[^.;$€£]{0,80}\bat\b|"
                     # "Bluefen Research puts worldwide sales of non-alcoholic beer at $24.6bn", "values UK private dental spending at"
                     # ("estimates U.S. fresh pet food sales at $3.9 billion": a name's full stops among the words)
                     r"\b(?:puts?|values|estimates|pegs|pegged)\s+(?:the\s+)?(?:global\s+|worldwide\s+|total\s+|annual\s+|domestic\s+)?(?:[\w.-]+\s+){0,4}?(?:sales|revenues?|spending|spend|value|income|premiums?(?:\s+volume)?)\b"
                     r"[^.;$€£]{0,60}\bat\b|"
                     # "Global crane rental revenue will rise from $52.4bn in 2023 to …", "According to X, global … sales will total …":
                     # revenue no company owns, projected ("Indonesian data centre revenue will reach …": a country's)
                     r"^[\s•*-]*(?:according\s+to\s+[^,;]{2,60},\s+)?(?:the\s+)?(?:global|worldwide|total|overall|[a-z]+(?:an|ese|ish|ch|i))\s+(?:[a-z-]+\s+){0,4}(?:sales|revenues?|spending)\s+"
                     r"(?:will|would|should|could|is\s+(?:expected|forecast|projected|set)\s+to)\s+(?:\w+\s+)?(?:rise|grow|climb|increase|expand|reach|total)\w*\b|"
                     # "Spending on electronic discovery reached $16.4 billion": what buyers spend on the product
                     r"^[\s•*-]*(?:global\s+|worldwide\s+|total\s+)?spending\s+on\b|"
                     # "Spending was USD 1.24 billion in 2024": the market's spending, after the sentence that named it
                     r"^[\s•*-]*(?:global\s+|worldwide\s+|total\s+|annual\s+)?spending\s+(?:was|reached|totall?ed|stood\s+at|amounted\s+to|"
                     r"came\s+to|hit|rose\s+to|grew\s+to)\b|"
                     # "Revenue is estimated to reach EUR 15.9 billion in 2025": revenue no company owns, projected
                     r"^[\s•*-]*(?:total\s+)?(?:sales|revenues?)\s+(?:is|are|will|should)\s+(?:\w+\s+)?(?:estimated|expected|forecast|"
                     r"projected|set)\s+to\b|"
                     # "Outlook (…): sales are projected at EUR 194 million in 2025": after a label, the projection's figure
                     r"^[\s•*-]*[A-Z][^:.;]{0,80}:\s+(?:total\s+)?(?:sales|revenues?)\s+(?:is|are)\s+(?:estimated|forecast|projected)\s+at\b|"
                     # "Ashenfield expects spending to reach £15.3bn this year": a house's projection of what buyers spend
                     # "Lagunare estimates that sales will rise to €1.82 billion", "forecasts that online grocery sales will reach":
                     # a house's projection of what the market sells
                     r"\b(?:estimates?|expects?|forecasts?|projects?|predicts?)\s+that\s+(?:(?!its\b|their\b|our\b)[a-z-]+\s+){0,3}?"
                     r"(?:sales|revenues?|spending)\s+(?:will|would|could|should)\s+(?:\w+\s+)?(?:rise|grow|climb|increase|expand|reach|"
                     r"total|top|hit)\b|"
                     # "Protea estimates that gross written premiums on funeral policies reached R58.6bn in 2024"
                     r"\b(?:estimates?|calculates?|finds?|found)\s+that\s+(?:(?!its\b|their\b|our\b)[\w-]+\s+){0,3}?(?:sales|revenues?|spending|premiums)\b"
                     r"[^.;$€£]{0,60}?\b(?:reached|totall?ed|amounted\s+to|stood\s+at|hit|rose\s+to|grew\s+to|(?:was|were)\s+worth|came\s+to)\b|"
                     # "Premiums for dental coverage in the United States came to $92.7 billion", "Sales of frozen dumplings reached
                     # …": what the market sells or collects, the sentence's subject (no company owns it)
                     # ("In 2024, global sales of amusement rides came to …", "Sales of e-bikes in Spain will grow …, reaching …")
                     r"^[\s•*-]*(?:(?:In|For|During)\s+(?:FY\s?)?\d{4},?\s+|(?:Last|This)\s+year,?\s+)?"
                     r"(?:(?:global|worldwide|total|annual|gross\s+written|retail)\s+)?(?:sales|revenues?|premiums|spending|turnover)\s+"
                     r"(?:of|for|on|from)\s+[^.;$€£]{3,80}?\b(?:came\s+to|reached|totall?ed|amounted\s+to|stood\s+at|hit|rose\s+to|grew\s+to|"
                     r"(?:was|were)\s+worth|(?:is|are)\s+(?:set|expected|forecast|projected|poised|on\s+course|on\s+track)\s+to|"
                     r"will\s+(?:\w+\s+)?(?:grow|rise|climb|increase|expand|reach|total|top|hit))\b|"
                     # "Craft beer sales in Mexico are set to climb from an estimated MXN 10.8 billion": what a market sells, projected
                     r"\b(?:sales|revenues?|spending)\s+(?:(?:in|of|on)\s+[\w' -]{1,40}?\s+)?(?:are|is)\s+(?:set|expected|forecast|"
                     r"projected|poised|on course|on track)\s+to\s+(?:climb|rise|grow|reach|increase|top|hit|expand)\b|"
                     # "Spain's purpose-built student accommodation sector brought in €1.21 billion": a sector's takings
                     r"\b(?:sector|industry)\s+(?:brought\s+in|took\s+in|turned\s+over|earned)\b|"
                     # "The consultancy puts this year's total at PLN 2.87 billion"
                     r"\bputs\s+(?:this|last)\s+year['’]s\s+(?:total|figure)\s+at\b|"
                     # "Centro Studi ASCOMAC estimates a turnover of € 9,7 mld for 2025": a house's estimate of a trade's turnover
                     r"\b(?:estimates?|expects?|forecasts?|projects?|sees?)\s+(?:a\s+|the\s+)?(?:total\s+|sector\s+)?turnover\s+of\b|"
                     # ("expects pharmacy sales to reach about EGP 375 billion": the sales of what the market sells)
                     r"\b(?:expects|sees|forecasts|projects)\s+(?:the\s+)?(?:market|(?:total\s+)?spending|(?:(?!its\b|their\b|our\b|his\b|her\b)[a-z-]+\s+){0,2}(?:value|sales|revenues?|export\s+earnings|premiums))"
                     r"\s+to\s+(?:reach|hit|rise|grow|climb|total|top|recover|rebound)\b|"
                     # a label line, "Global CIT services revenue 2024: USD 23.7 bn": the whole world's revenue is a market's
                     r"^[\s•*-]*(?:global|worldwide|total|overall)\s+(?:[\w&-]+\s+){0,5}(?:revenues?|sales|spending)\s+"
                     r"(?:in\s+)?(?:FY\s?)?\d{4}[EFPefp]?\s*[:|]|"
                     # a coverage table's label cell, "Revenue in 2024        USD 376.0 million": revenue no company owns
                     r"^[\s•*|-]*(?:total\s+|annual\s+)?(?:sales|revenues?)\s+(?:in|for)\s+(?:FY\s?)?\d{4}[EFPefp]?\s*(?:[|:]|\s{2,})|"
                     # "…, generating USD 26.1 billion in 2024, or 58.5% of global revenue": a part of the market
                     r"%\s+of\s+(?:the\s+)?(?:global|total|worldwide|overall|market)\s+(?:market\s+)?(?:revenues?|sales|value)\b|"
                     # "… generated USD 1.2 billion in 2024 and are expected to grow at a CAGR of 9.8%": the market's way of
                     # speaking (a company's growth is not given as a CAGR with a forecast)
                     r"\b(?:expected|projected|forecast|set|poised|anticipated)\s+to\s+(?:grow|expand|rise|increase)\s+at\s+a\s+CAGR\b|"
                     r"\bwith (?:sales|revenues?) of\b|\bindustry\b|\bindustries\b|\bsectors?\b|\bsegments?\b|\bregion\b|estimated value|"
                     r"revenue forecast|"
                     # "Serraverde estimates that the value of credits loaded onto benefit cards reached R$ 168.4 billion":
                     # what buyers put through the product, unless it is trade or deals
                     r"\bvalue\s+of\s+(?!(?:[\w-]+\s+){0,3}?(?:exports?|imports?|shipments?|deals?|transactions?|contracts?|orders?|"
                     r"assets?|investments?|the\s+(?:company|firm|group|deal)\b))[^.;$€£]{0,80}?\b(?:reached|totall?ed|amounted\s+to|"
                     r"stood\s+at|hit|climbed\s+to|rose\s+to|grew\s+to)\b|"
                     # the report's own figure, or one that picks up the figure before it
                     r"\baccording to (?:the|its|their|this) (?:study|report|analysis|research|survey|estimates?|figures)\b|"
                     r"\b(?:that|this) (?:figure|total|estimate|valuation)\b|\bstarting point for (?:its|the|their) forecast\b|"
                     r"\b(?:the|its) (?:report|study|analysis|research|firm) (?:says|said|shows|showed|finds|found|estimates|projects)\b|"
                     r"\baccording to (?:figures|data|estimates) (?:from|by)\b|"
                     # "Spending on workwear textiles in the UK reached GBP 1.46 billion": what buyers spend on the product
                     r"\b(?:spending|expenditure)\s+on\b|"
                     # "Teleconsultation was the largest service in 2025, generating $742 million": a segment's share
                     r"\b(?:largest|biggest|leading|dominant|second-largest|smallest|fastest[- ]growing)\s+(?:[a-z-]+\s+)?"
                     r"(?:services?|products?|types?|categor(?:y|ies)|applications?|channels?|end[- ]uses?|components?|"
                     r"lines?|verticals?)\b")
# Sentences whose numbers are not market values.
NOT_A_VALUE = Cue(
    # (not an exchange rate's assumption: "approximately CLP 2.2 trillion at an assumed CLP 950 per dollar")
    r"assum(?!\w*\s+(?:(?:average|exchange)\s+)*(?:rates?\b|[A-Z]{3}\s?[\d.,]+\s+per\b))|hypothetic|let'?s say|let us say|suppose|for instance, if|could range from|might range|range from|"
    r"\bif the market\b|market cap|\b(?<!rolling )stock market|share price|"
    # ("Them Plant Foods raised DKK 45 million", not "as drug prices were repeatedly raised")
    r"raised\s+(?:(?:about|around|some|nearly|over|more than|roughly|an?|its|their|the|another|fresh|new)\s+)*(?:[a-z]{3}\s?\d|[$€£¥₹]|us\$|r\$|rp\.?\s?\d|\d|series|seed|funds?|funding|capital|money|debt|equity|financing|round)|(?<!government-)(?<!government )(?<!public )funding|series [a-e]\b|seed round|invest|acquisition|acquired by|\bacquire[sd]?\s+(?:[A-Z]|an?\b|the\b)|merger|deal valued|"
    r"\bbought\b|\btakeover\b|\bsold (?:for|at)\b|\bauction|price of the report|report price|single.user|multi.user|enterprise licen|buy now(?![,\s]+pay later)|purchase(?!\s+value\b)|"
    r"transaction(?!al\b|s?\s+(?:value|volume|charges?|fees?))|\bexports?\b[^.;$€£]{0,60}?\b(?:earned|brought in|were worth|fetched)\b|\bexports,?\s+(?:which\s+)?(?:[\w-]+\s+){0,2}?(?:reached|totall?ed|amounted\s+to|rose\s+to|grew\s+to|climbed\s+to|hit)\b|\bexport (?:revenue|earnings|receipts)\b|\b(?:exports|imports)\s+of\b|\bexported\s+(?:[\w-]+\s+){0,3}?worth\b|net sales|\bits (?:[A-Z]\w+ |annual |total |net )?revenue|\b(?:its|their) own (?:revenues?|sales|turnover)\b|\bits turnover\b|\bwhose (?:\w+ )?(?:revenues?|sales|turnover)\b|\b(?!(?:year|market|industry|sector|segment|category)['’]s)\w+['’]s (?:annual |total |net )?(?:revenue|sales|turnover)|(?<!market )(?<!markets )(?<!industry )(?<!sector )posted (?:revenue|sales)|priced at|"
    r"revenues? of (?:the )?company|company'?s revenue|reported (?:[\w-]+ ){0,3}(?:revenue|sales|income)|consolidated revenue|(?:the|its) (?:company|firm|group) reported|"
    r"total income|net income|net profit|operating (?:income|profit)|ebitda|average (?:spend|price|cost|selling price|ticket)\b|"
    r"\bspend per\b|"
    # "The regulator collected Sh2.4 billion in levies", "airlines collected USD 148 billion in ancillary revenue": takings
    # other than the market's (not an insurance market's "collected gross written premium of …")
    r"\blev(?:y|ies)\b|\bexcise\b|\bcollected\b(?!\s+(?:(?:gross|net|total)\s+)?(?:written\s+)?premiums?\b)|"
    r"\bfiscal (?:quarter|results|report)|(?:its|their|the company.s) fiscal|quarterly|\bQ[1-4]\b.*revenue|grant|budget|spent|spending of|allocated|\bloan\b(?!\s+(?:market|industry|sector)\b)|\bloans (?:of|worth|totall?ing)\b|\bsubsid(?:y|ies|i[sz]\w*)|fine of|penalt|"
    # "… at TRY 3.1 trillion for 2024, is a throughput measure and not the market size": the page says so itself
    # ("… a capital-expenditure figure and is not part of the market size above")
    # ("realised exports of approximately 22 Md€ in 2024; this figure is not the market of contract manufacturing")
    r"\bnot (?:part of |counted in |included in )?(?:the |a )?(?:market(?:'s)? size|size of the market|market value)\b|\b(?:is|are) not the market\b|\brather than (?:a |the )?market(?:'s)? size\b|"
    r"capital[- ]expenditure|"
    # "fraud losses … exceeded USD 485 billion", "criminals stole £1.2 billion": what was lost, not what was sold
    r"\blosses\b|\bstole\b|\bstolen\b|"
    # "completed a USD 180 million expansion of its plant", "won a €40 million order": a company's project or deal
    r"\b(?:million|billion|mn|bn)\s+(?:expansion|upgrade|plant|facility|factory|contract|order|project)\b|"
    # "the wider India beauty and personal care market is estimated at ₹ 1.7 lakh crore": another, larger market's figure
    r"(?<!part of the )(?<!part of a )\b(?:wider|broader)\s+(?:[\w&.-]+\s+){0,6}?(?:market|industry|sector)\b")
# "Beazley reported cyber gross written premiums of USD 1.2 billion": what a company reports is its own figure.
REPORTED_BEFORE = re.compile(r"\b(?:reported|posted|booked|recorded|invoiced|billed|disclosed)\s+(?:(?:its|their|a|an|the|total|annual|net|gross|"
                             r"consolidated|\w+)\s+){0,5}(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$")
# "French consumers and the on-trade spent EUR 3.46 billion on organic wine", "Australians spent AUD 4.9 billion
# feeding their pets": what buyers spend on the product is the market; a government's or firm's spending is not.
BUYERS_SPENT = re.compile(r"\b(?:consumers?|households?|shoppers|buyers|customers|people|families|parents|owners|homeowners|patients|"
                          r"Poles|Swedes|Danes|Finns|Brits|Britons|Spaniards|Turks|Czechs|Slovaks|Greeks|Thais|Filipinos|Swiss|Dutch|"
                          r"travell?ers|diners|drinkers|residents|motorists|farmers|growers|businesses|enterprises|organi[sz]ations|hospitals|[A-Z][a-z]+(?:ians|ans|ese|ish|ch|ers))\b(?:\s+and\s+(?:the\s+)?"
                          # ("growers worldwide spent US$19.74 billion", "buyers will be spending USD 23.6 billion a year")
                          r"[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:worldwide|globally|alone|nationwide))?\s+(?:have\s+|had\s+)?(?:spent|will\s+be\s+spending|will\s+spend)\b")
# "Acme's imaging segment generated USD 5 billion": a company's figure, unless the possessive is a market's
# ("India's edtech market", "North America's market").
COMPANY_FIGURE = re.compile(r"\b(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s?\s+(?!(?:[\w&-]+\s+){0,3}market\b)(?:[\w&-]+\s+){0,3}"
                            r"(?:segment|division|business|unit|revenue|sales|turnover)\b")


# "Parexel, which said its safety services revenue rose 14% to", "(group revenue SEK 3.8 billion)": a firm's own figure.
COMPANY_SAID_ITS = re.compile(r"\b(?:said|says|reported|reports|announced|disclosed)\s+(?:that\s+)?its\s+(?:[\w&-]+\s+){0,3}"
                              r"(?:revenues?|sales|turnover|income)\b[^.;]{0,60}$"
                              r"|\b(?:group|company|consolidated|corporate)\s+(?:revenues?|sales|turnover)\s*(?:of|:|was|were|reached|"
                              r"totall?ed|amounted\s+to)?\s*$", re.IGNORECASE)


# "3M, which generated total sales of about 24.6 billion USD in 2024, …": a named company's own figure (not "The U.S.
# market, which generated …": a market's, its subject in lower case)
COMPANY_WHICH_EARNED = re.compile(r"\b(?P<owner>(?=\d*[A-Z])[A-Z0-9][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*)*),\s+(?:which\s+(?:generated|"
                                  r"reported|posted|booked|recorded|had|made)\s+(?:[\w-]+\s+){0,2}(?:sales|revenues?|turnover)\b"
                                  # ("Mammut, whose group sales were about CHF 250 million")
                                  r"|whose\s+(?:[\w-]+\s+){0,2}(?:sales|revenues?|turnover)\b)[^.;]{0,40}$")


def _company_figure(before: str) -> bool:
    """"Acme's imaging revenue" is a company's; "China's automotive lidar revenue" is a place's market."""
    owners = [*COMPANY_FIGURE.finditer(before), *COMPANY_WHICH_EARNED.finditer(before[-160:])]
    return any(not is_place(m["owner"]) for m in owners) or bool(COMPANY_SAID_ITS.search(before[-120:]))


def _reported_by_a_company(before: str) -> bool:
    """ "Beazley reported cyber premiums of USD 1.2 billion" is a company's; "the widget market recorded revenue of
    €1.2 billion" is the market's own."""
    tail = before[-80:]
    reported = REPORTED_BEFORE.search(tail)
    subject = before[:len(before) - len(tail) + reported.start()] if reported else ""
    # ("Thailand recorded THB 98.6 billion": a place's part of the market)
    return bool(reported) and not re.search(r"\bmarkets?\b[^,;]{0,40}$", subject) and not _only_a_place(subject.split(";")[-1])


INCREMENT_BEFORE = re.compile(r"\b(?:grow|increase|expand|rise|add|jump|climb|surge|gain)\w*\s+(?:by\s+)?(?:an?\s+)?"
                              r"(?:additional\s+|incremental\s+|absolute\s+)?(?:of\s+)?(?:(?:more than|over|about|around|nearly|"
                              r"roughly|some|almost|close to|approximately)\s+)?$|\bby\s+$|incremental(?:\s+\w+){0,3}\s+$|"
                              r"opportunity of\s+$|addition of\s+$|increase of\s+$", re.IGNORECASE)
# "KRW 6.8 trillion (about USD 4.9 billion) in 2024": a conversion in parentheses does not part the amount from its year.
# ("about €7.3 billion, and by 2031 we see it at €10.4 billion": "and by" starts the next figure's clause)
# "1 284 M€ excluding VAT in 2024", "EUR 3.1 billion (HT)": the tax basis of a figure, between it and its year
_TAX_BASIS = r"(?:\s*,?\s*(?:excluding|including|excl\.|incl\.|ex\.?|net\s+of|before|after)\s+(?:VAT|GST|sales\s+tax|taxes|tax|IVA|MwSt\.?|TVA)|\s+(?:HT|TTC)\b)"
# (after the amount, a year may carry its kind: "USD 9.84 billion for 2025e", "in 2030f")
YEAR_AFTER = re.compile(rf"^(?:\.(?=\s+[a-z]))?(?:\s*\([^()]{{0,60}}\))?{_TAX_BASIS}?(?:(?!\band\s+(?:that\s+)?(?:by|until|till|through|in|for)\b|\bthan\b|\bcompar)(?:[^.;$€£₹¥₩₫₱₺₽₦A-Z]|(?<=\d)\.(?=\d))){{0,40}}?\b(?:in|by|for|of|during|through|till|until|to|at the end of|end of|in the year)\s+(?:the\s+|its\s+(?=\d{{4}}\s+base\s+year\b))?(?:(?:base|estimated|estimate|forecast)\s+(?=year\b))?(?:year\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?(?P<year>{YEAR})(?:[efpEFP](?![A-Za-z])|\b)|^\s*\((?P<year2>{YEAR})[EFPefp]?\)|^\s*(?:in\s+)?(?P<year3>{YEAR})\b")
# ("9,84 mld. Kč, which is by 6,3 % less than in 2023", "… growth of 11,4% comparing to 2023": a comparison's year is not the
# figure's; nor is a later clause's, "… and until 2028", "… and that in 2029")
# "Market Revenue in 2024 $7.12 billion", "2024: USD 1.2 billion": a label's year right before the amount.
_FROM_DATED_TO = re.compile(rf"\d\s?(?:billion|million|trillion|bn|mn|crore|lakh)\s+(?:in|for)\s+{YEAR}\s*,?\s*to\s+$",
                            re.IGNORECASE)
# ("reached in the year 2024 a value of 1.846 million euros": the year, then what the figure measures)
YEAR_BEFORE = re.compile(rf"\b(?:in|by|for|of|during|through|till|until|to)\s+(?:the\s+)?(?:year\s+)?(?P<year>{YEAR})\s*[,:]?\s*"
                         # ("in 2025 the sales will achieve PLN 3,46 mld": the year, then what will reach the figure)
                         rf"(?:(?:up\s+)?to\s+|at\s+|(?:the\s+)?(?:market|sales|revenues?|turnover|value)\s+(?:will|would|should|could|may)\s+"
                         rf"(?:achieve|reach|hit|total|top|exceed|be(?:\s+worth)?)\s+(?:about\s+|around\s+|approximately\s+|nearly\s+|roughly\s+)?|"
                         rf"(?:an?\s+|the\s+)?(?:total\s+)?(?:value|turnover|revenue|sales|size)\s+of\s+"
                         rf"(?:about\s+|around\s+|approximately\s+|nearly\s+|roughly\s+|some\s+)?|"
                         # ("… and for 2033 it projects USD 3.27 billion": the year, then who projects the figure)
                         rf"(?:it|we|they|the\s+(?:firm|study|report|consultancy|house|company))\s+(?:projects|expects|forecasts|estimates|sees)\s+"
                         rf"(?:(?:sales|revenues?|spending)\s+of\s+)?(?:about\s+|around\s+|roughly\s+)?|(?:or|equivalent to|equal to|i\.e\.)\s+(?:about\s+|around\s+|approximately\s+|approx\.\s+|nearly\s+|roughly\s+|some\s+)?)?$|(?:^|\s)\(?(?P<year2>{YEAR})\)?\s*(?:\((?:E|F|P|e|f|p|est\.?|estimated|forecast|projected)\)\s*)?(?:[:\-–|]\s*|(?:value|revenues?|size|sales)\s+"
                         rf"(?:of|at|was|reached|hit|stood\s+at|totall?ed|amounted\s+to|came\s+to)\s+"
                         rf"|(?:low|high|peak|trough)\s+of\s+)?$")  # "2024 revenue reached USD 1.52 billion", "the 2020 low of £10.9bn"


# What a row's parenthesis gives when it is a unit, not a note: "(thousand)", "(units)", "(USD/kg)", "(kt)"
# ("(million m²)": a scale before the measure)
_MEASURE = re.compile(r"(?i)\s*(?:in\s+)?(?:(?:thousands?|millions?|billions?)\s+(?=\S))?"
                      r"(?:thousands?|millions?|billions?|units?|pcs|pieces|'?000s?|number|no\.|count|"
                      r"tonnes?|tons?|kt|mt|t|kg|m²|m2|m³|sq\.?\s?(?:ft|m)|[kmgt]wh?|litres?|liters?|l|hl|barrels?|[^()]*/[^()]*)\s*")


def _scale_and_currency(money: re.Match) -> tuple[str | None, str | None]:
    """The scale and currency a MONEY or MONEY_AFTER match wrote ("6,9 Md€" writes them in its own groups)."""
    found = money.groupdict()
    return (found.get("scale") or found.get("scale2") or found.get("scale3") or found.get("scale4"),
            found.get("cur") or found.get("cur2") or found.get("cur3") or found.get("cur4"))


def _continental(money: re.Match) -> bool:
    """Whether a figure is written the continental way: "1.926 Mio. EUR", "5.060 M€", "EUR 14,6 Mrd"."""
    scale = money.groupdict().get("scale")
    return bool(money.groupdict().get("cur2") or scale and _CONTINENTAL_SCALE.fullmatch(scale))


def _amount(raw: str, continental: bool = False) -> float:
    raw = re.sub(r"[ \u00a0\u202f]", "", raw)  # "52 340": a space groups thousands
    if continental and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
        return float(raw.replace(".", ""))  # "1.926 Mio. EUR", "5.060 M€": a point groups thousands before a continental scale
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})*,\d{1,2}|\d+,\d{1,2}", raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(raw.replace(",", ""))


# Scales that group digits otherwise: the Indian ones ("INR 6,420 crore", "Rs 1.2 lakh crore") and the East Asian unit of a
# hundred million ("6,020 (100 million yuan)", "4,286 (100 million yen)"), the same amount on the card's international scale.
GROUPED_SCALES = {"100 million": 10**8, "lakh": 10**5, "lac": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7, "cr.": 10**7,
                 "lakh crore": 10**12, "'000 crore": 10**10}  # ("INR '000 crore": thousands of crores)


def _international(amount: float, raw_scale: str | None) -> tuple[float, str | None]:
    """``(6420, "crore")`` → ``(64.2, "billion")``; other scales unchanged."""
    multiplier = GROUPED_SCALES.get(re.sub(r"\s+", " ", (raw_scale or "").lower()))
    if multiplier is None:
        return amount, _scale_of(raw_scale)
    whole = amount * multiplier
    for scale, size in (("trillion", 10**12), ("billion", 10**9), ("million", 10**6), ("thousand", 10**3)):
        if whole >= size:
            return round(whole / size, 6), scale
    return whole, "units"


def _cell_figure(cell: str, unit: tuple[str, str] | None) -> tuple[float, str, str] | None:
    """A table cell's amount, currency and scale: written in the cell ("$2.31B", "USD 5.4 Bn"), or a number in the
    unit (currency, scale) its caption or column gives, on the card's scale ("(Rs crore)" too); None for a cell with
    no figure or a unit with no scale."""
    money = MONEY.fullmatch(cell) or MONEY_AFTER.fullmatch(cell)
    if money and _scale_and_currency(money)[0]:
        raw_scale, written_currency = _scale_and_currency(money)
        currency, (amount, scale) = _currency_code(written_currency, "USD"), \
            _international(_amount(money["num"], _continental(money)), raw_scale)
    elif unit and _TABLE_NUMBER.fullmatch(cell):  # ("1.455" under "(€ mln)": a point groups thousands)
        currency, (amount, scale) = unit[0], _international(
            _amount(cell, bool(unit[1] and _CONTINENTAL_SCALE.fullmatch(unit[1]))), unit[1])
    elif unit and re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", cell):  # "1 245": a space groups thousands
        currency, (amount, scale) = unit[0], _international(_amount(re.sub(r"\s", "", cell)), unit[1])
    else:
        return None
    return (amount, currency, scale) if scale else None


def _scale_of(raw: str | None) -> str | None:
    return SCALES.get(re.sub(r"\s+", " ", raw.lower())) if raw else None


@dataclass
class _Money:
    start: int
    end: int
    amount: float
    currency: str
    scale: str
    year: int | None
    year_span: tuple[int, int] | None
    scope: str | None = None


# A snapshot-table row or label line whose amount has no currency of its own: "| Market Size in 2024 | 1261.75 Billion |".
ROW_FIGURE = re.compile(rf"^\W*(?:(?:projected|estimated|forecast|expected)\s+)?market\s+(?:size|value|revenue)\s*(?:in\s+|\()?"
                        rf"(?P<year>{YEAR})\)?\s*(?:\((?P<lcur>USD|US\$|EUR|GBP|INR)\))?\s*[|:]?\s*"
                        rf"(?P<num>{NUMBER})\s?(?P<scale>trillion|billion|million|bn|mn)\b", re.IGNORECASE)
# "(USD Billion)", "(in EUR million)", or a label's unit: "Regional revenue, USD million:".
# ("Market by bearing type (EUR Mio.)": a continental publisher's scale after the currency)
# ("Regional Revenue Outlook (US$ B)": a scale's initial)
# ("(Đơn vị: nghìn tỷ đồng / Unit: VND trillion, current prices)": the unit in English after the local one)
# ("(€ mln, distributor prices)", "($ millions)": a plural or a continental abbreviation)
# ("Regional analysis (2024, ¥ billion)": the table's year before its unit)
YEAR_TABLE_CAPTION = re.compile(rf"\((?:[^()\n/]{{0,40}}/\s*|{YEAR}\s*,\s*)?(?:in\s+|units?\s*:\s*)?{CURRENCY}\s*(?P<scale>Trillions?|Billions?|Millions?|Bn|Mn|Mio|Mrd|mln|mld|bln|crore|lakh\s+crore|Thousands?|B|M)\b[^()\n]{{0,40}}\)|"
                                rf"\b(?:revenue|sales|spending|expenditure|market(?:\s+size|\s+value)?|value|size)(?:\s+by\s+[a-z][a-z -]{{1,20}}?)?\s*(?:,|:|\(|in)\s*(?:in\s+)?"
                                rf"{CURRENCY.replace('?P<cur>', '?P<cur2>')}\s*(?P<scale2>Trillion|Billion|Million|Bn|Mn)\b\)?\s*:?|"
                                # ("Revenue by region, USD billion (nominal)": the breakdown between the figure and its unit)
                                # "(Unit: million yen)", "(Mio. EUR)": the scale, then the currency
                                # ("(unit: 100 million yen)": the East Asian unit of a hundred million)
                                rf"\(\s*(?:[^()\n;]{{0,60}};\s*)?(?:Units?\s*:\s*)?(?P<scale3>100\s+million|Trillion|Billion|Million|Mio|Mrd|Mn|Bn)\.?\s+(?P<cur3>{_CURRENCY_WORD})\s*(?:,[^()\n]{{0,40}})?\)|"
                                # "(US$bn)", "(R$ bi)", "(RM bil)", "INR '000 crore": a currency and a short scale run together
                                # ("…by segment, PLN mln (retail prices incl. VAT)", "…by crop, MXN millones": a continental scale)
                                # ("(Unit: RMB 100 million; %)": the currency before the East Asian unit)
                                rf"(?:\((?:\s*Units?\s*:\s*)?|,\s*|\),\s*)(?P<cur4>US\$|R\$|A\$|S\$|C\$|NZ\$|HK\$|\$|€|£|₹|¥|RMB|RM|Rs\.?|"
                                rf"{alternation(ISO_CURRENCY_CODES)})\s?(?P<scale4>bn|mn|bil|bi|tn|trn|crore|'000\s+crore|100\s+million|{_FOREIGN_SCALE})\.?"
                                rf"(?:\)|;|[ \t]*(?:\(|$))|"
                                # "(M€)", "(Mrd. €)": the scale before the sign; "in billions of dollars:"
                                # ("(M€, excl. VAT)": a note on the figures after the unit)
                                rf"\((?P<scale5>M|Mio\.?|Mrd\.?|Md|Bn|Mn)\s?(?P<cur5>€|\$|£)(?:,[^()\n]{{0,40}})?\)|"
                                rf"\bin\s+(?P<scale6>billions|millions|thousands)\s+of\s+(?P<cur6>(?:US\s)?dollars|euros|pounds|yen|yuan|rupees)\b",
                                re.IGNORECASE | re.MULTILINE)


def _currency_code(written: str, otherwise: str | None = None) -> str:
    """The ISO 4217 code of a currency as written ("US$", "€", "Rs."); ``otherwise`` (or the text in upper case) when
    it is no known one."""
    return CURRENCY_CODES.get(re.sub(r"\s", "", written).lower(), otherwise or written.upper())


def _caption_unit(caption: re.Match) -> tuple[str, str]:
    """A table caption's currency code and scale word, in either of its shapes."""
    cur = caption["cur"] or caption["cur2"] or caption["cur3"] or caption["cur4"] or caption["cur5"] or caption["cur6"]
    return _currency_code(cur), (caption["scale"] or caption["scale2"] or caption["scale3"] or caption["scale4"]
                                 or caption["scale5"] or caption["scale6"])


# A year heading a column: "2024", "2025E", "FY2024 (est.)", "FY2030 (fcst.)"
# ("FY2023 (result) | FY2024 (estimate) | FY2030 (forecast)": a Japanese publisher's marks)
_YEAR_CELL = rf"(?:FY\s?)?{YEAR}(?:[aefpAEFP]|\s?\((?i:est|e|fcst|f|forecast|estimate|proj|p|result|results|actual|act|a)\.?\))?"


_MARKED_KIND = {"a": "actual", "e": "estimate", "f": "forecast", "p": "forecast"}  # ("2023A": a broker's actual)


def _role_kind(marked: str | None, year: int, first_forecast_year: int | None) -> str | None:
    """A column's mark as the kind of its figures, by role: "2030E" after the first forecast year is a forecast (a broker
    marks every year ahead an estimate)."""
    if marked == "estimate" and first_forecast_year and year > first_forecast_year:
        return "forecast"
    return marked


def _table_year(cell: str) -> int | None:
    """ "2024", "2025E", "2030F", "2025e", "2023A", "2027(F)": a year heading a column or row (e estimate, f forecast,
    p projected, a actual)."""
    m = re.fullmatch(rf"(?P<year>{YEAR})\s?(?:[AEFPaefp]|\((?i:a|e|f|p|est|fcst|forecast|estimate|proj|actual)\.?\))?", cell)
    return int(m["year"]) if m else None


# "Market size, EUR million", "Global market value (USD billion)", "Revenue (US$ Mn)": the market's row, its unit.
# ("Value (M€)", "Turnover (Mio. EUR)": a continental publisher's unit, the scale first)
# ("Global water-based printing inks, US$ bn": the whole market's row by its name)
_MARKET_ROW_LABEL = re.compile(rf"(?:(?:market|revenue|sales|value|turnover)|^\s*(?:global|total|world(?:wide)?))\b[^|]{{0,40}}?[,(]\s*(?:{CURRENCY}\s*(?P<scale>trillion|"
                               rf"billion|million|bn|mn|[mb](?=\s*\)))\b|(?P<scale2>Mds?|Mio|Mrd|M)\.?\s?(?P<cur2>€|EUR)(?=\s*\)))",
                               re.IGNORECASE)
# A table cell's figure: "1,087.3", or a continental publisher's "2.612,8", "1 398", "1 398,5"
_TABLE_NUMBER = re.compile(rf"{NUMBER}|\d{{1,3}}(?:[. \u00a0\u202f]\d{{3}})*,\d{{1,2}}|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+")
# A segment's row that names its unit: "In-centre haemodialysis (GBP m) | 838 | 862 | 985".
_UNIT_ROW_LABEL = re.compile(rf"(?P<name>[A-Za-z][^|()]{{1,60}}?)\s*\(\s*(?:in\s+)?{CURRENCY}\s*(?P<scale>trillion|billion|million|"
                             rf"bn|mn|[mb])\s*\)", re.IGNORECASE)
# A year column that names its unit: "2024 (USD Bn)", "2030F (EUR million)", "2024 (€ mln)".
# (or "2024, PLN m", "2030f, PLN m": a Polish brief's columns)
_UNIT_YEAR_COLUMN = re.compile(rf"(?P<year>{YEAR})\s?[EFPefp]?\s*(?:\(\s*(?:in\s+)?{CURRENCY}\s*(?P<scale>trillion|billion|million|"
                               rf"bn|mn|mln|mio|mrd|mld)\.?\s*\)|,\s*{CURRENCY.replace('?P<cur>', '?P<cur2>')}\s*(?P<scale2>trillion|billion|million|bn|mn|m)\.?)",
                               re.IGNORECASE)
# A column of one year's market figures: "2024 revenue (USD bn)", "Market value 2024", "Market size, 2024 (US$ Mn)".
_MARKET_COLUMN = re.compile(rf"(?=.*\b(?:market|revenue|value|size|sales)\b)(?!.*\b(?:share|cagr|growth|volume|units)\b)"
                            rf".*?\b(?P<year>{YEAR})\b", re.IGNORECASE)
# A figure column's header that is its unit alone: "£m", "USD bn", "EUR million", "US$ Mn"
# (the currency's symbol right before its scale letter, which CURRENCY, made for amounts, does not take)
_UNIT_HEADER = re.compile(rf"\(?(?P<cur>US\$|[£€$¥₹₩]|(?:{alternation(ISO_CURRENCY_CODES)})(?=\s))\s?"
                          rf"(?P<scale>(?i:trillion|billion|million|bn|mn|m))\.?\)?")
_MARKET_WORDS = re.compile(r"\b(?:market|revenue|value|size|sales)\b", re.IGNORECASE)
# A figure column's header with no unit: "Market size", "Value", "Revenue"
_FIGURE_HEADER = re.compile(r"(?:market\s+)?(?:size|value|revenue|sales)", re.IGNORECASE)
# A column of companies' names ("Company", "Brand"): the table's figures are theirs, not the market's
_COMPANY_CELL = re.compile(r"\s*(?:company|companies|player|vendor|manufacturer|operator|chain|brand)s?\s*", re.IGNORECASE)
# A figure column titled with its unit and no year: "Value (USD bn)", "Market size (EUR million)"; the caption gives the year
_UNIT_COLUMN = re.compile(rf"(?:market\s+)?(?:value|revenue|size|sales)\s*\(\s*(?:in\s+)?{CURRENCY}\s*"
                          rf"(?P<scale>trillion|billion|million|bn|mn|mln)\.?\s*\)", re.IGNORECASE)
# A table whose rows are years: "Year | GWP (₦ billion) | …", "Fiscal year | Market value, EUR m | …"
_YEAR_HEADER = re.compile(r"\s*(?:(?:fiscal|financial|calendar)\s+)?years?\s*|\s*FY\s*", re.IGNORECASE)
# ("Sales (£bn)": a sign written against its scale)
# ("Production value (NT$100 million)": the East Asian unit of a hundred million)
# ("Market size (100 million yuan)": the unit of a hundred million, its currency after it)
_MONEY_COLUMN = re.compile(rf"(?:{CURRENCY}\s*|(?P<sign>[$€£¥₹]))(?P<scale>trillion|billion|(?:100\s+)?million|bn|mn|bil|bi)\b"
                           r"|(?P<scale2>100\s+million)\s+(?P<cur2>yuan|yen|won|RMB|CNY|JPY|KRW|NT\$|TWD)\b", re.IGNORECASE)
# a column of money that is not the market's: prices, claims, costs, a company's own figures
_NOT_A_MARKET_COLUMN = re.compile(r"\b(?:price|per|average|claims?|costs?|profit|tax|subsid\w*|budget|capex|company|"
                                  r"investment|funding|exports?|imports?)\b", re.IGNORECASE)
# A key-facts label over its figure's line: "Market Size 2025", "Forecast Value 2033", "Market Value (2024)", "2032 Market Size"
_KEY_FACT_LINES = re.compile(rf"^[ \t]*(?:(?:(?:global|total|estimated|projected)\s+)?(?:(?:market|revenue|forecast)\s+)?"
                             rf"(?:size|value|valuation|revenue|forecast)(?:\s+(?:in|for))?\s*\(?(?P<year>{YEAR})[EFPefp]?\)?"
                             rf"|(?P<year2>{YEAR})[EFPefp]?\s+(?:market\s+)?(?:size|value|valuation))[ \t]*:?[ \t]*\n"
                             rf"[ \t]*(?P<cell>[^\n|]{{2,40}}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# A statistics tile: "$1.12B | 2024 Market Value", "$1.84B | 2032 Projection"
_STAT_TILE_LINE = re.compile(rf"^[ \t]*(?P<cell>[^|\n]{{2,30}}?)\s*\|\s*(?:(?P<year>{YEAR})|(?P<year2>(?!)))\s+(?:market\s+(?:value|size)|"
                             rf"value|estimate|projection|forecast|outlook|base\s+year)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# A caption over companies' own figures, one a row
_COMPANIES_CAPTION = re.compile(r"\b(?:main|leading|top|key|major|largest)\s+(?:\d+\s+)?(?:operators|compan(?:y|ies)|players|"
                                r"manufacturers|vendors|firms|suppliers|producers)\b|\b(?:total|by) company\b", re.IGNORECASE)
_WHOLE_MARKET_ROW = re.compile(r"(?:total\s+)?(?:market\s+)?(?:value|size|revenue|sales|turnover)|total|market|global|overall|world(?:wide)?|"
                               r"receita|ingresos|umsatz|valor|valeur|totale|gesamt|insgesamt|totaal|totalt|razem|toplam|"  # ("Receita | 48,6 | 61,3": a Brazilian table's revenue row)
                               r"[\w ]{0,30}\btotal",
                               re.IGNORECASE)


def _row_figures(text: str, sent: Sentence) -> list[_Money]:
    m = ROW_FIGURE.match(sent.text)
    # (a currency written in the row is read with the figure: "Market Size 2024: 12.64 billion BRL" is no dollar figure)
    if m is None or MONEY.search(sent.text[m.start("num") - 6:m.end()]) or MONEY_AFTER.match(sent.text, m.start("num")):
        return []
    currency = _currency_code(m["lcur"] or "USD", "USD")
    return [_Money(sent.start + m.start("num"), sent.start + m.end("scale"), _amount(m["num"]), currency,
                   _scale_of(m["scale"]), int(m["year"]), (sent.start + m.start("year"), sent.start + m.end("year")))]


# "By 2031, the market is anticipated to climb to USD 1,584.64 billion": the year leads the sentence.
YEAR_LEADS = re.compile(rf"^(?:[^\n]{{0,120}}?\s--\s+)?\W*(?:By|In|For|Through|Till|Until|At the end of|As of|Of the)\s+(?:the\s+(?:year|end of)\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?(?P<year>{YEAR})\b(?!\s*[-–])")


# "… from 2025 to 2030 to reach a market valuation of USD 15.71 billion": the period's end is the amount's year.
# ("… ; by 2030 the market should grow to EUR 2,41 Mrd.")
YEAR_THEN_REACH = re.compile(rf"\b(?:to|by|through|until|till)\s+(?P<year>{YEAR})\b[^.;$€£\d]{{0,50}}?\b(?:reach\w*|worth|valued|"
                             rf"stand|hit|touch|climb|amount|(?:grow|rise|increase|expand|swell|jump|soar)\w*\s+to|"
                             rf"surpass\w*|exceed\w*|cross\w*|top)\b[^.;$€£\d]{{0,40}}$")


# "…, with 2025 itself tracking at around €5.6 billion", "; 2026 is expected at …": the year is the clause's subject
YEAR_AS_SUBJECT = re.compile(rf"(?:^|[,;]\s+|\bwith\s+|\band\s+)(?P<year>{YEAR})\s+(?:itself\s+|alone\s+)?(?:is\s+|was\s+)?"
                             rf"(?:tracking|running|estimated|expected|projected|forecast|seen|set|pegged)\s+"
                             rf"(?:at|to\s+(?:reach|be|hit|come\s+in\s+at))\s+"
                             rf"(?:(?:around|about|roughly|some|approximately|nearly|close\s+to)\s+)?$")


# "… the largest share in 2023, and the UAE market was worth AED 29.9 billion that year": the year named before.
# "… with the 2024 market estimated at 6.7 billion USD": the year names the market the amount sizes.
# "… an increase of 3,1 per cent compared with 2023, when revenue was SEK 50 765 million": the year the clause recalls.
_YEAR_WHEN = re.compile(rf"\b(?P<year>{YEAR}),?\s+when\s+(?:the\s+market|revenues?|sales|spending|it|they)\s+(?:was|stood\s+at|reached|"
                        rf"totall?ed|amounted\s+to|came\s+to)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$")
# "… reached € 4.120 mln in 2024, +6,4% on 2023 (€ 3.874 mln)": the year compared with, its figure in brackets
_COMPARED_BACK = re.compile(r"\W*(?:That|This|It)\s+(?:compares\s+with|compares\s+to|is\s+up\s+from|was\s+up\s+from|"
                            r"is\s+(?:up|down)\s+(?:sharply\s+)?from|would\s+be\s+up\s+from)\b")
_YEAR_COMPARED = re.compile(rf"\b(?:on|over|vs\.?|versus|compared\s+(?:with|to)|from)\s+(?P<year>{YEAR})\s*\(\s*$")
THE_YEARS_MARKET = re.compile(rf"\bthe\s+(?P<year>{YEAR})\s+(?:market|value|figure|size|total)\b[^.;$€£\d]{{0,30}}?"
                              rf"(?:estimated|valued|put|pegged|placed|worth|at|of|was|is|stood)\s*(?:at\s+)?(?:about\s+|around\s+)?$"
                              # "Quaymoor puts 2025 revenue at around €10.0 billion"
                              rf"|\b(?:puts|sizes|values|estimates|pegs)\s+(?P<year2>{YEAR})\s+(?:[\w-]+\s+){{0,2}}?(?:revenues?|sales|"
                              rf"spending|value|market)\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$"
                              # "the industry closed 2024 with a turnover of € 9.410 mln"
                              rf"|\b(?:closed|ended|finished)\s+(?P<year3>{YEAR})\s+with\s+(?:a\s+)?(?:total\s+)?(?:turnover|revenues?|sales)\s+"
                              rf"of\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$")
# an FAQ's question about the market's size in one year: "What will the market be worth in 2033?"
_ASKED_YEAR = re.compile(rf"\b(?:market|industry|sector|revenue|sales|size|value|worth)\b[^?]*?\b(?:in|by|for)\s+(?P<year>{YEAR})\b[^?]*\?")
THAT_YEAR = re.compile(r"^\s*(?:in\s+)?(?:that|the same)\s+year\b")
_OWN_THAT_YEAR = re.compile(r"^\s*(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:in\s+)?(?:that|the same)\s+year\b")  # ("of sales that year")
# "… USD 4.71 billion in 2024. The U.S. accounted for USD 3.95 billion of the regional total": a part of the total the
# sentence before stated, in its year
_OF_THAT_TOTAL = re.compile(r"^\s*of\s+(?:that|the|this)\s+(?:regional\s+|national\s+|overall\s+)?(?:total|figure|amount|sum)\b")
END_OF_PERIOD = re.compile(r"^\s*(?:at|by|towards?)\s+the\s+end\s+of\s+(?:the|this|that)\s+(?:forecast\s+|projection\s+|analysis\s+|study\s+)?"
                           r"(?:period|horizon|decade)\b", re.IGNORECASE)
# ("spent €1.74 billion on coffee capsules and pods last year": what was bought, between the amount and its year; "VND13.6
# trillion (US$560 million) last year": its restatement)
THIS_YEAR = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:in\s+|of\s+|(?:on|at|for|in)\s+(?:[^\s,.;:$€£\d]+\s+){1,6}?"
                       # ("$2.1-billion on winter tires, including installation, last year": an aside on what was bought)
                       r"|(?:on|for)\s+(?:[^\s,.;:$€£\d]+\s+){0,5}?[^\s,.;:$€£\d]+,\s+(?:including|excluding|incl\.|excl\.)\s+[^,.;$€£\d]{1,40},\s+)?"
                       r"(?P<which>this|last)\s+year(?:['’]s)?\b", re.IGNORECASE)
_BOUGHT_THEN_YEAR = re.compile(rf"\s+on\s+[^.;:$€£\d]{{1,100}}?\s+in\s+(?P<year>{YEAR})\b")
# "puts this year's total at PLN 2.87 billion": the year named before the amount
# ("Global sales grew 11% last year to $2.14 billion": the year between the change and the amount)
THIS_YEARS_BEFORE = re.compile(r"\b(?P<which>this|last)\s+year(?:\s+to|['’]s\s+(?:[\w-]+\s+){0,2}?(?:total|figure|sales|revenues?|value|spending)\s+"
                               r"(?:at|of|to|is|was|will\s+be))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_OPENS_WITH_THIS_YEAR = re.compile(r"\W*(?:(?:for|in)\s+)?(?P<which>this|last)\s+year,", re.IGNORECASE)
YEAR_EARLIER = re.compile(r"^\s*(?:a|one) year (?:earlier|before)\b|^\s*(?:in\s+)?the (?:previous|preceding|prior) year\b|"
                          r"^\s*the year (?:before|earlier)\b")
# "The United States accounted for USD 18.3 billion, Canada for 2.6 billion CAD and Mexico for MXN 27.5 billion in 2024":
# the year at the end of a list of amounts is each one's.
# An amount after its currency ("USD 1.2", "€640", "A$ 3"), the scale after it left to each pattern that reads one
_CURRENCY_THEN_NUMBER = r"(?:[A-Z]{3}|US\$|[A-Z]{1,2}\$|[$€£¥₹])\s?\d[\d.,]*"
_ANY_MONEY = (rf"(?:{_CURRENCY_THEN_NUMBER}(?:\s?(?:trillion|billion|million|bn|mn))?|"
              r"\d[\d.,]*\s?(?:trillion|billion|million|bn|mn)\s+(?:[A-Z]{3}|dollars|euros))")
# Each listed amount is an atomic group: once read it is not read again another way (the nested repetition
# backtracked exponentially over "… and USD 1.2 billion and the market reached USD 1.2 billion and …").
MONEY_LIST_YEAR = re.compile(rf"^(?:(?>\s*(?:,|;|,?\s+and)\s+(?:the\s+)?(?:[\w.'’-]+\s+){{0,4}}?(?:for\s+|at\s+|with\s+)?{_ANY_MONEY}))+"
                             rf"\s+(?:in|for|during|as of)\s+(?:FY\s?)?(?P<year>{YEAR})\b")
# "… at EUR 1,318.4 Mn, EUR 1,362.0 Mn and EUR 1,745.6 Mn for 2023, 2024 and 2031 respectively": the amounts and their
# years in the same order; "North America and Europe accounted for USD 162.0 million and USD 149.5 million in 2025,
# respectively": the places the sentence opens with, in the same order, and one year for all
_LISTED_AMOUNT = rf"{_CURRENCY_THEN_NUMBER}(?:\s?(?i:trillion|billion|million|bn|mn|tn|lakh\s+crore|crores?|lakh))?"
_LIST_JOINT = r"\s*(?:,|,?\s+and)\s+"
RESPECTIVELY = re.compile(rf"(?P<amounts>{_LISTED_AMOUNT}(?:{_LIST_JOINT}{_LISTED_AMOUNT})+)(?P<years>[^.;$€£¥₹]{{0,50}}?)"
                          rf",?\s+respectively\b")
_RESPECTIVE_SUBJECTS = re.compile(r"^\W*(?:the\s+)?(?P<names>[^.;:$€£¥₹\d]+?)\s+(?:together\s+|alone\s+)?(?:accounted\s+for|generated|"
                                  r"contributed|were\s+worth|wrote|recorded|reached|totall?ed|stood\s+at|were\s+valued\s+at|had)\s+"
                                  r"(?:[a-z]+\s+){0,2}$")


def _respective(sent: Sentence) -> dict[int, tuple[int | None, tuple[int, int] | None, str | None]]:
    """A "respectively" list's amounts, by their start in the sentence: each one's year and the year's span, and the
    place it is of, when the sentence gives them in the same order (or one year for all)."""
    listed = RESPECTIVELY.search(sent.text) if "respectively" in sent.text else None
    if listed is None:
        return {}
    amounts = list(re.finditer(_LISTED_AMOUNT, listed["amounts"]))
    years = list(re.finditer(YEAR, listed["years"]))  # "… for 2024 and 2031, respectively", "… of the 2024 total, respectively"
    if len(years) not in (1, len(amounts)):
        years = []
    subjects = _RESPECTIVE_SUBJECTS.match(sent.text[:listed.start("amounts")])
    places = [place_named(re.sub(rf"^the\s+|\s+(?:alone|{PLACE_KINDS})$", "", name.strip()))
              for name in re.split(_LIST_JOINT, subjects["names"])] if subjects else []
    if len(places) != len(amounts) or not all(places):
        places = [None] * len(amounts)
    respective = {}
    for i, (amount, place) in enumerate(zip(amounts, places)):
        year = years[i if len(years) > 1 else 0] if years else None
        at = sent.start + listed.start("years")
        respective[listed.start("amounts") + amount.start()] = (
            int(year.group()) if year else None, (at + year.start(), at + year.end()) if year else None, place)
    return respective


# "… USD 4.21 billion in 2024, of which China accounted for USD 1.62 billion, and …", "… in 2024, with the 6N grade
# alone at USD 197.4 million, …", "… in 2024, while UK revenue reached GBP 162.3 million, as …": a part's amount in a
# clause after the whole's, of the whole's year
_PART_OF_THE_FIGURE_BEFORE = re.compile(rf"\s+(?:in|for)\s+(?:FY\s?)?{YEAR}\s*,\s+(?:(?:of\s+which|with|including)\s+"
                                        r"[^,;$€£¥₹]{1,60}?\s+(?:alone\s+)?(?:at|accounting\s+for|accounted\s+for|generating|"
                                        r"contributing|worth|making\s+up|representing|valued\s+at)|(?:while|whereas)\s+[^,;$€£¥₹]{1,80}?\s+"
                                        r"(?:reached|stood\s+at|totall?ed|came\s+to|amounted\s+to|was|were))\s+")
# "Germany (EUR 6.1 billion), France (EUR 4.8 billion) and the UK (GBP 2.9 billion) were the largest markets in 2024".
PARENTHESISED_LIST_YEAR = re.compile(rf"^\s*\)(?>[^.;()$€£]*?\([^()]*\))*[^.;()$€£]{{0,80}}?\b(?:in|for|during|as of)\s+"
                                     rf"(?P<year>{YEAR})\b")

# A sentence that gives the rate the figures of the sentence before it make: "… $612 million in 2025 and … $1.04 billion by
# 2032. That works out to a compound annual growth rate of 7.9%."
_FROM_THE_FIGURES_BEFORE = re.compile(r"\W*(?:that|this|which)\s+(?:works?\s+out\s+to|implies|represents|equates\s+to|"
                                      r"translates\s+(?:in)?to|corresponds\s+to|amounts\s+to)\b", re.IGNORECASE)
SAME_PERIOD = re.compile(r"\b(?:the|this|that) same period\b|\bover the period\b", re.IGNORECASE)


# A sentence's subject in common nouns, then a verb that gives a part its amount ("Polyether polyols accounted for")
_PART_OF_THE_MARKET = re.compile(r"^(?:[\s•*–-]|o(?=\s))*(?:the\s+)?(?P<name>[A-Za-z][\w'’&/-]*(?:\s+[a-z][\w'’&/-]*){0,3})\s+(?:alone\s+)?"
                                 r"(?:accounted\s+for|represented|made\s+up|contributed)\s*$")
_NOT_A_PART = re.compile(r"\b(?i:market|industry|sector|revenues?|sales|spending|exports?|imports?|total|it|this|that|they|"
                         r"which|company|group|firm|demand|volume|shipments)\b")


def subject_name(words: str) -> str:
    """A figure's segment as the report names it, without the clause words before it ("while the PaaS",
    "revenues from the telecom", "CAGRs as mining machinery")."""
    words = re.sub(r"^(?:CAGRs?\s+(?:as|of|for)\s+)", "", clean(words), flags=re.IGNORECASE)
    return clean(re.sub(r"^(?:(?:while|whereas|and|but|yet|with|the|a|an|revenues?|sales|from|of|in|as|for|by)\s+)+", "",
                        words, flags=re.IGNORECASE))


# Cues that speak of one clause, not of the whole sentence: "the market is estimated at Rs 7,580 crore, as a record
# number of households applied for subsidies" is a market figure; "the state allocated USD 2 billion" is not.
_CLAUSE_CUES = re.compile(r"(?:wider|broader)\s|invest|grant|budget|allocated|\bloan\b(?!\s+(?:market|industry|sector)\b)|\bloans (?:of|worth|totall?ing)\b|subsid|purchase(?!\s+value\b)|transaction(?!al\b|s?\s+(?:value|volume|charges?|fees?))")
# (", a decline of 4.9 % as buyers postponed investments": the change, then its cause, each a clause of its own)
_CLAUSE_BREAK = re.compile(r";|,\s+(?=(?:as|helped|driven|while|whereas|thanks|supported|owing|because|due|led|boosted|"
                           r"aided|spurred|with|after|amid|meaning|a\s+(?:decline|drop|fall|rise|increase|gain|contraction)\b))"
                           # ("… in a single year despite pressure on household budgets": the figure's clause ends there)
                           r"|\s+as\s+(?=(?:[a-z-]+\s+){1,3}[a-z]+ed\b)|\s+(?=despite\b|in\s+spite\s+of\b)")


@lru_cache(maxsize=16)
def _value_cues(text: str) -> tuple[tuple[tuple[int, str], ...], tuple[int, ...], bool]:
    """A text's not-a-value cues (offset, words), its clause breaks and whether buyers spend in it: read once per
    sentence, however many amounts it holds."""
    cues = tuple((cue.start(), cue.group()) for cue in NOT_A_VALUE.finditer(text))
    breaks = (0, *(b.end() for b in _CLAUSE_BREAK.finditer(text)), len(text)) if cues else (0, len(text))
    return cues, breaks, bool(BUYERS_SPENT.search(text)) if cues else False


# A correction notice: '… should read "USD 9.42 billion" rather than "USD 11.4 billion"'
CORRECTION = re.compile(r"\bshould\s+(?:have\s+)?read\b|\b(?:was|were)\s+(?:incorrectly|erroneously|wrongly)\s+(?:stated|given|"
                        r"reported|printed)\b")


_COMPARED_WITH_AN_ASSUMPTION = re.compile(r"\bthan\s+(?:[\w-]+\s+){0,4}$")
_ESTIMATES_SPENDING = re.compile(r"\b(?:estimates?|expects?|forecasts?|projects?|puts?|sees?|sizes?)\s+(?:global\s+|total\s+|annual\s+)?$")


def _not_a_value(text: str, amount_at: int | None = None) -> bool:
    """Whether ``text`` (a sentence, or a table's cells) says its numbers are not market values; with ``amount_at``,
    the cues that speak of one clause count only in the amount's own clause."""
    cues, breaks, buyers_spend = _value_cues(text)

    def counts(at: int, words: str) -> bool:
        if words == "spent":
            return not buyers_spend
        if words == "assum" and _COMPARED_WITH_AN_ASSUMPTION.search(text, max(0, at - 60), at):
            return False  # "…, a year earlier than our previous edition assumed": a comparison, not a hypothesis
        if words == "spending of" and _ESTIMATES_SPENDING.search(text, max(0, at - 40), at):
            return False  # "For 2025 we estimate spending of approximately USD 5.6 billion": the market's spending
        if _CLAUSE_CUES.match(words):
            if amount_at is None:
                return False
            start = max(b for b in breaks if b <= amount_at)
            end = min((b for b in breaks if b > amount_at), default=len(text))
            return start <= at < end
        return True
    return any(counts(at, words) for at, words in cues)


# A clause that begins with its verb: its subject is the clause's before it
# "…, growing at a CAGR of 16.4%": a participle's clause, whose subject is the sentence's
_PARTICIPLE_FIRST = re.compile(r"\s*(?:growing|expanding|rising|registering|exhibiting|witnessing|recording|posting|advancing)\b")
_VERB_FIRST = re.compile(r"\s*(?:is|are|was|were|will|would|should|could|may|might|has|have|had|expected|projected|set|poised|valued|worth|"
                         r"anticipated|forecast|estimated|likely)\b")
_IT_FIRST = re.compile(r"^\s*(?:(?:but|yet|though|although)\s+)?it(?=\s)")
# "China alone accounted for USD 9.7 billion in 2024": a place's share of the market, the region being the subject.
_LEADING_ARTICLE = re.compile(r"^\W*(?:[Tt]he\s+)?")  # ("The U.S. market": the place that leads a clause)
# ("United States - Valued at USD 331.6 million in 2025": a breakdown's line, the place as its label)
# ("Thailand recorded THB 98.6 billion in 2025", "Vietnam is valued at …")
# ("Brandenburg alone is expected to reach EUR 205 million by 2030": a place's forecast)
_PLACE_FIGURE_VERB = re.compile(r"(?:\s+[-–—:])?\s+(?:alone\s+)?(?:accounted for|represented|was worth|stood at|generated|contributed|"
                                r"(?:dominated|led)\s+with|"  # ("North India dominated with ₹2,910 crore in 2024")
                                r"(?:is|was|has\s+been)\s+(?:valued|estimated|put|sized)\s+at|reached|recorded|registered|totall?ed|"
                                r"amounted to|(?i:valued at|estimated at|worth)|"
                                # ("North America held a 34.8% share, worth USD 302.2 million in 2024": its share, then its amount)
                                r"(?:held|holds|had|captured|commanded|accounted\s+for|represented)\s+(?:an?\s+|the\s+)?"
                                r"(?:(?:estimated|roughly|about|around|nearly)\s+)?\d{1,3}(?:\.\d+)?\s?%(?:\s+share)?(?:\s+of\s+[^,;$€£¥₹\d]{1,40}?)?,?\s+"
                                r"(?:worth|valued\s+at|or(?:\s+(?:roughly|about|around|some))?|equal\s+to|amounting\s+to|equivalent\s+to)|"
                                r"(?:(?:is|are)\s+(?:expected|projected|forecast|anticipated|set|poised|estimated)\s+to|will|should)\s+"
                                r"(?:reach|hit|exceed|surpass|top|be worth|grow to|climb to|rise to))\b")


# "The Seoul-based research house projects …", "The London consultancy estimates …": a seat, not the figure's place
_SEAT_AFTER = re.compile(r"-?\s?(?:based|headquartered)\b|\s+(?:consultancy|consultants|research\s+(?:house|firm|group)|firm|"
                         r"analysts?|agency|bureau|office|newsroom|correspondent)\b")


# "Brazil's açaí pulp business generated sales of R$ 7.9 billion", "New Zealand's ski fields earned about NZ$310m": what a
# place's trade took in (not "Brazil's largest bank earned …", one company)
_PLACES_TRADE_EARNED = re.compile(r"['’]s?\s+(?!(?:largest|biggest|leading|top|main|major|dominant|second|third|own)\b)"
                                  r"(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w-]*)\s+(?:alone\s+)?(?:earned|generated|took\s+in|brought\s+in|"
                                  r"turned\s+over)\b")
_ONE_COMPANY = re.compile(r"banks?|retailers?|firms?|company|companies|group|operators?|carriers?|airlines?|makers?|producers?|"
                          r"insurers?|lenders?|brands?|chains?|giants?|government|treasury|ministry|agency|state|exporters?|"
                          r"importers?|champion|incumbent|utility|leader")


_IN_PLACE_OPENING = re.compile(r"^[\s•*-]*(?:In|Across|Within)\s+(?:the\s+)?")
_REVENUE_CLAUSE_AFTER = re.compile(r",\s+(?:the\s+)?(?:market|revenues?|sales|spending|demand)\b")


_PLACE_LABEL = re.compile(r"\s*[-–—:]\s+")
_QUALIFIER_AHEAD = re.compile(r"(?:(?:about|around|nearly|over)\s+)?")
_THE_REGION = re.compile(r"(?:the|this)\s+(?:region|regional\s+market|country)\b")


def _place_is_the_subject(text: str) -> bool:
    """Whether the text, or a clause of it after a semicolon, begins with a place and a verb that gives it a figure
    ("Latin America grows fastest; Chile recorded $212.4 million in 2024"), or an aside in brackets ("… a 54.2% share in
    2024 (the U.S. alone represented USD 1.61 billion of sales that year)")."""
    return any(_place_leads(clause) for clause in re.split(r";|\(", text))


def _only_a_place(words: str) -> bool:
    """Whether a clause's subject is a place alone ("the U.S. alone", "Thailand")."""
    return bool(place_re().fullmatch(re.sub(r"\s+alone\s*$", "", _LEADING_ARTICLE.sub("", words).strip())))


_PLACE_JOINT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_PLACE_KIND = re.compile(rf"(?:\s+(?:{PLACE_KINDS}))?")


def _place_leads(text: str) -> bool:
    subject = _LEADING_ARTICLE.sub("", text)
    lead = place_re().match(subject)
    if not lead:
        return False
    # ("North America and Europe accounted for USD 162.0 million and USD 149.5 million in 2025, respectively", "São Paulo
    # state alone accounted for …": places listed as one subject, each with its amount, and a place with its kind; not
    # "Germany and France accounted for EUR 2.1 billion": the two together, no market of either)
    end = lead.end()
    while "respectively" in subject and (joint := _PLACE_JOINT.match(subject, end)) and (more := place_re().match(subject, joint.end())):
        end = more.end()
    end = _PLACE_KIND.match(subject, end).end()
    trade = _PLACES_TRADE_EARNED.match(subject, end)
    rest = subject[end:]
    # a regional section's line, its place as the label: "North America: North America generated USD 452.2 million in 2024",
    # "Europe - the region was worth …", "Asia Pacific — USD 1.48 billion in 2024"
    if label := _PLACE_LABEL.match(rest):
        if MONEY.match(rest, _QUALIFIER_AHEAD.match(rest, label.end()).end()):
            return True
        again = place_re().match(rest, label.end()) or _THE_REGION.match(rest, label.end())
        rest = rest[again.end():] if again else rest
    return bool(_PLACE_FIGURE_VERB.match(rest)) or bool(trade) and not _ONE_COMPANY.fullmatch(trade["head"])




# "Expedition cruise revenue of USD 3.48 billion in 2023 is forecast to climb …": a forecast whose subject is the revenue
# of a product or service named in common nouns (not "Our net revenue was …", "Legal cannabis sales were …")
_PRODUCT_REVENUE_FORECAST = re.compile(r"^\W*(?:The\s+)?(?!(?:Our|Its|Their|His|Her|Net|Total)\b)(?:[A-Z][a-z]+|[a-z][\w-]*)"
                                       r"(?:\s+[a-z][\w-]*){1,4}\s+(?:sales|revenues?)\s+of\s+(?:[^.;]|(?<=\d)\.(?=\d)){3,60}?\s+(?:is|are)\s+"
                                       r"(?:forecast|expected|projected|set|poised|anticipated|estimated)\s+to\b")


def _about_the_market(text: str, in_context: bool) -> bool:
    text = DATELINE.sub("", text, count=1)
    return not _not_a_value(text) and (in_context or bool(MARKET_CONTEXT.search(text) or BUYERS_SPENT.search(text))
                                       or _place_is_the_subject(text) or bool(_PRODUCT_REVENUE_FORECAST.match(text)))


def _label_cells(row: str, start: int, end: int) -> str:
    """The cell holding a figure and the label cell before it, in a row flattened with " | "."""
    label_start = row.rfind("|", 0, row.rfind("|", 0, start) if "|" in row[:start] else 0)
    next_bar = row.find("|", end)
    return row[label_start + 1:next_bar if next_bar >= 0 else len(row)]


_PERIOD_YEARS = re.compile(rf"{YEAR}\s*(?:-|–|—|to|and|through|until|till)\s*{YEAR}|(?:through|till|until|to|by|from)\s+{YEAR}",
                           re.IGNORECASE)
_NOT_AN_AMOUNTS_YEAR = re.compile(r"[$€£₹¥]|(?-i:\b[A-Z]{3})\s?\d|\d\s?(?:billion|million|trillion|bn|mn)\b|"
                                  r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}",
                                  re.IGNORECASE)  # another amount, or an event's date ("in March 2025 A bought …")


_RATE_CLAUSE = re.compile(r"\bCAGR\b|\bcompound annual\b|\b(?:grow|expand|rise|increase|climb|advance)(?:s|ing|ed)?\s+(?:at|by)\b",
                          re.IGNORECASE)


def _the_one_year_before(before: str, after: str) -> re.Match | None:
    """The year of a sentence whose only year comes before the amount, with no period, no other amount and no
    year after it: "… in 2024, equal to US$ 1.35 billion", "with the 2024 market estimated at 6.7 billion USD"."""
    after = _RATE_CLAUSE.split(after, 1)[0]  # "…, or roughly USD 282.9 million, and is projected to expand at a CAGR of 6.1% through 2032"
    if _PERIOD_YEARS.search(before) or _PERIOD_YEARS.search(after) or re.search(YEAR, after) \
            or _NOT_AN_AMOUNTS_YEAR.search(before):
        return None
    years = list(re.finditer(rf"(?<![\d.,]){YEAR}(?![\d%])", before))
    return years[0] if len({y.group() for y in years}) == 1 else None


_DECIMAL_COMMA_PERCENT = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}\s?(?:%|per\s?cent\b)")
_DECIMAL_POINT_PERCENT = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}\s?(?:%|per\s?cent\b)")


def _money_in(text: str, sent: Sentence, in_context: bool = False, continental_page: bool = False) -> list[_Money]:
    """The market figures of a sentence; ``in_context``: the sentence before it, in its paragraph, is about the market;
    ``continental_page``: the page writes decimals with a comma, so a point groups thousands ("1.846 million euros")."""
    found = []
    matches = sorted([*MONEY.finditer(sent.text), *MONEY_AFTER.finditer(sent.text)], key=lambda m: m.start())
    if not matches:
        return found
    table_row = sent.text.count("|") >= 3
    respective = _respective(sent)
    if CORRECTION.search(sent.text):
        return found  # a correction notice quotes old and new figures; the corrected text states the new ones
    if not table_row and not _about_the_market(sent.text, in_context):
        return found
    for m in matches:
        if not table_row and _not_a_value(sent.text, m.start()):
            continue
        if m.groupdict().get("cur3") and re.fullmatch(YEAR, m["num"]):
            continue  # "…, 2019-2033 (USD Million)": a heading's years and its unit
        # A flattened table holds unrelated cells in one "sentence" ("Market Value 2024 | EUR 3.46 Bn | … |
        # Enterprise licence | EUR 5,400"): each figure is judged by its own label cell.
        if table_row and not _about_the_market(_label_cells(sent.text, m.start(), m.end()),
                                               in_context or bool(MARKET_CONTEXT.search(sent.text))):
            continue
        raw_scale, written_currency = _scale_and_currency(m)
        # "M" alone is a scale only straight after the number ("$5M"), not a following word.
        amount, scale = _international(_amount(m["num"], _continental(m) or continental_page), raw_scale)
        if scale is None:
            if amount < 1_000_000:
                continue  # "$ 4000": a price, not a market size
            scale = "units"
        before = sent.text[: m.start()]
        if INCREMENT_BEFORE.search(before[-60:]) or _company_figure(before) or _reported_by_a_company(before):
            continue
        if re.match(r"\s*(?:per|/|a)\s*(?:unit|user|month|year|kg|ton|share)\b(?!\s+(?:earlier|before|ago))", sent.text[m.end():]):
            continue
        currency = _currency_code(written_currency, "USD")
        end = m.end() if raw_scale or m.re is MONEY_AFTER else m.start("num") + len(m.group("num"))
        year, year_span, scope = respective.get(m.start(), (None, None, None))
        after = None if year else YEAR_AFTER.search(sent.text[end:])
        if after:
            group = next(g for g in ("year", "year2", "year3") if after.group(g))
            year = int(after.group(group))
            year_span = (sent.start + end + after.start(group), sent.start + end + after.end(group))
        elif year is None:  # (a "respectively" list gave it already)
            before_match = YEAR_BEFORE.search(before[-60:])
            if before_match and _FROM_DATED_TO.search(before[-60:]):
                # "… from USD 16.8 billion in 2024 to USD 27.5 billion" in a sentence over 2025 to 2033: that year is the
                # first amount's; this one is the period's end, or undated
                period = RANGE.search(sent.text)
                if period and int(period["b"]) > int(before_match.group("year") or 0):
                    year = int(period["b"])
                    year_span = (sent.start + period.start("b"), sent.start + period.end("b"))
            elif before_match:
                group = "year" if before_match.group("year") else "year2"
                year = int(before_match.group(group))
                offset = sent.start + len(before) - len(before[-60:])
                year_span = (offset + before_match.start(group), offset + before_match.end(group))
            elif (reach := YEAR_THEN_REACH.search(before[-100:])) is not None:
                year = int(reach["year"])
                offset = sent.start + len(before) - len(before[-100:])
                year_span = (offset + reach.start("year"), offset + reach.end("year"))
            elif (subject := YEAR_AS_SUBJECT.search(before[-80:])) is not None:
                year = int(subject["year"])
                offset = sent.start + len(before) - len(before[-80:])
                year_span = (offset + subject.start("year"), offset + subject.end("year"))
            elif (lead := YEAR_LEADS.match(sent.text)) and not re.search(YEAR, sent.text[lead.end():m.start()]):
                year = int(lead["year"])
                year_span = (sent.start + lead.start("year"), sent.start + lead.end("year"))
            elif (recalled := _YEAR_WHEN.search(before[-80:]) or _YEAR_COMPARED.search(before[-80:])) is not None:
                year = int(recalled["year"])
                offset = sent.start + len(before) - len(before[-80:])
                year_span = (offset + recalled.start("year"), offset + recalled.end("year"))
            elif (the_years := THE_YEARS_MARKET.search(before[-80:])) is not None:
                group = next(g for g in ("year", "year2", "year3") if the_years[g])
                year = int(the_years[group])
                offset = sent.start + len(before) - len(before[-80:])
                year_span = (offset + the_years.start(group), offset + the_years.end(group))
            elif THAT_YEAR.match(sent.text[end:]) and (named := list(re.finditer(YEAR, before))):
                year = int(named[-1].group())
                year_span = (sent.start + named[-1].start(), sent.start + named[-1].end())
            elif YEAR_EARLIER.match(sent.text[end:]) and (named := list(re.finditer(YEAR, before))):
                year = int(named[-1].group()) - 1  # "totalled A$148.6 million in 2024, up from A$121.4 million a year earlier"
                year_span = (sent.start + end, sent.start + end + YEAR_EARLIER.match(sent.text[end:]).end())
            elif re.search(r"\(\s*$", before) and (listed := PARENTHESISED_LIST_YEAR.match(sent.text[end:])):
                year = int(listed["year"])
                year_span = (sent.start + end + listed.start("year"), sent.start + end + listed.end("year"))
            elif found and found[-1].year is not None and _PART_OF_THE_FIGURE_BEFORE.fullmatch(text, found[-1].end, sent.start + m.start()):
                year, year_span = found[-1].year, found[-1].year_span
            elif (listed := MONEY_LIST_YEAR.match(sent.text[end:])) is not None:
                year = int(listed["year"])
                year_span = (sent.start + end + listed.start("year"), sent.start + end + listed.end("year"))
            elif (only := _the_one_year_before(before, sent.text[end:])) is not None:
                # "… the largest share, 38.4%, in 2024, with the U.S. market alone worth US$ 5.1 billion"
                year = int(only.group())
                year_span = (sent.start + only.start(), sent.start + only.end())
            elif found and found[-1].year is not None and found[-1].currency != currency \
                    and _RESTATED.fullmatch(text, found[-1].end, sent.start + m.start()):
                # "worth USD 1.30 billion (about SAR 4.86 billion)", "SAR 33.6 billion in 2025 — equal to USD 8.96 billion":
                # the figure it restates in another currency, its year
                year, year_span = found[-1].year, found[-1].year_span
        if year is not None and year_span is not None and (split := _SPLIT_YEAR.match(text, year_span[1])) \
                and int(split["next"]) == (year + 1) % 100:
            year, year_span = year + 1, (year_span[0], split.end())  # "FY2024/25", "2024-25": a fiscal year, named by its end
        found.append(_Money(sent.start + m.start(), sent.start + end, amount, currency, scale, year, year_span, scope))
    return found


# What parts a figure from its restatement in another currency: a bracket, a dash, a bar or a slash (perhaps after the
# figure's year: "Market value 2024: SAR 31.8 Bn | USD 8.48 Bn"), or a comma and a word that says so
_RESTATEMENT_WORD = r"(?:about|around|approx\.?|approximately|roughly|some|nearly|or|equal\s+to|equivalent\s+to|i\.e\.|~|≈|c\.)"
_RESTATED = re.compile(rf"(?:\s+in\s+(?:FY\s?)?\d{{4}})?\s*(?:(?:\(|[—–|/]|\s-{{1,2}}\s)\s*(?:{_RESTATEMENT_WORD}\s*)?|,\s*(?:or\s+)?{_RESTATEMENT_WORD}\s*)")
_SPLIT_YEAR = re.compile(r"[/–-](?P<next>\d{2})\b(?![-/.,]\d)")


# ---------------------------------------------------------------------- CAGR and periods

_CATCH_ALL_ROW = re.compile(r"(?:total|global|overall|rest of|others?\b)", re.IGNORECASE)
# "By service, in 2024:" over bullets "- Meal delivery: 480 M€": a list's dimension and year, then a figure a bullet
_LIST_CAPTION = re.compile(rf"^[ \t]*By\s+[a-z][\w /&-]{{1,30}}?,?\s+(?:in\s+|for\s+)?(?:FY\s?)?(?P<year>{YEAR})\s*:[ \t]*\n",
                           re.MULTILINE | re.IGNORECASE)
# (a comma inside the figure groups thousands: "EUR 2,180 million"; one after it starts a note: "7 950 M€, the largest")
_FIGURE_BULLET = re.compile(r"[ \t]*[-•*–][ \t]+(?P<name>[^:\n]{2,80}?):[ \t]*(?P<figure>(?:[^,;\n]|,(?=\d)){2,40}?)[ \t]*"
                            r"(?:[,;](?!\d)[^\n]*)?(?:\n|$)")


# "Others", "All other", "Other 11 voivodeships": a table's catch-all row, no segment or place of its own ("Rest of Europe" is
# a place: reference cards keep its figures)
# A series' cell: "2022: 4.27", "2025E: 5.18"
_YEAR_SERIES_CELL = re.compile(rf"(?P<year>{YEAR})(?P<mark>[AEFPaefp])?\s*:\s*(?P<num>\d[\d,]*(?:\.\d+)?)")
_OTHERS_ROW = re.compile(r"(?:all\s+)?others?\b", re.IGNORECASE)
# "-10.93%", "5,3%" (a decimal comma), "16.3 per cent".
# a sign only written against the number: "– 9.6%" after a question is an answer, "-1.8%" a decline
PERCENT = rf"(?P<pct>(?:[-−–](?=\d))?\d{{1,2}}(?:\.\d+|,\d(?!\d))?)\s?{PERCENT_SIGN}"
# "TCAM" (taux de croissance annuel moyen), "TCAC"/"TACC" (the Portuguese and Spanish compound rates)
CAGR_WORD = (r"(?:CAGR|TCAM|TCAC|TACC|compound annual growth rate|compounded annual growth rate|compound annual growth|"
             r"compound(?:ed)? yearly growth(?: rate)?|"
             r"compound(?:ed)? annual (?:clip|pace|rate)|average annual (?:growth )?rate|annual compound(?:ed)? (?:growth )?rate|"
             r"compound(?:ed)? (?:growth )?rate|"  # ("growing at a 4.9% compound rate between 2024 and 2031")
             r"compound(?:ed)? growth (?=a year|per year|per annum|annually)|"  # ("which implies 10.0% compound growth a year")
             # ("growing at an annual average rate of 12.1 percent from 2023 to 2030", as Korean and Japanese houses write it)
             r"annual average (?:growth )?rate)")
# ("Value CAGR 2025-30: 4.7%": the period's end in two digits; "CAGR FY2025-FY2032: 16.8%")
CAGR_AFTER = re.compile(rf"{CAGR_WORD}\)?(?:\s*\(CAGR\))?(?:\s*\(?\s*(?:FY\s?)?{YEAR}\s*[-–]\s*(?:FY\s?)?(?:{YEAR}|\d\d(?!\d))\s*\)?\s*:?)?[^.;%\d]{{0,40}}?(?:almost|about|approximately|around|nearly|roughly|over|of|at|is|remains at|~|:|\s)*\s*{PERCENT}", re.IGNORECASE)
_CAGR_CUE = re.compile(r"CAGR|TCAM|TCAC|TACC|compound|annual|a year|per year|per annum|a\.a\.|p\.\s?a\.|growth rate", re.IGNORECASE)
# ("10.7% a year (CAGR)", "a 10.2% annual rate")
CAGR_BEFORE = re.compile(rf"{PERCENT}\s*(?:(?:a year|per year|per annum|annually)\s*\(\s*)?(?:{CAGR_WORD}|annual (?:growth )?rate\b)",
                         re.IGNORECASE)
# News style: "grow fastest, by about 27% a year", "projected to grow at 9.4% annually through 2033".
# "compounding at 27.5% a year", "will grow about 23.4% a year", "… to $318 million, or 7.2% a year", "That works out
# to roughly 7.9% a year from 2025 to 2032"
# ("expected to decline at -1.9% per year": a decline's rate, negative)
ANNUAL_RATE = re.compile(rf"(?:\b(?:grow\w*|expand\w*|ris(?:e|es|ing)|increas\w*|climb\w*|advanc\w*|compound\w*|works?\s+out\s+to|"
                         rf"declin\w*|decreas\w*|shrink\w*|"
                         rf"translat\w+\s+(?:in)?to|equat\w+\s+to)\b[^.;%\d]{{0,30}}?"
                         rf"(?:(?:at|by)\s+)?|\d\s?(?:billion|million|bn|mn|trillion)(?:\s+(?:in|by)\s+{YEAR})?,\s+(?:or\s+)?)"
                         rf"(?:an?\s+)?(?:average\s+)?(?:about|around|roughly|nearly|some|approximately|almost|projected|estimated|expected)?\s*{PERCENT}\s*"
                         rf"(?:(?:annually|a year|per year|per annum|each year|every year)\b|a\.a\.|p\.\s?a\.)", re.IGNORECASE)  # "a.a.": ao ano
# "Greywater puts annual growth over 2025-2031 at 8.8%"
# ("an annual average growth of 29.1 percent", "Average annual growth 2024e–2030p: 4,8 %")
ANNUAL_GROWTH_AT = re.compile(rf"\bannual (?:average )?(?:growth|growth rate|rate of growth|increase|rise|expansion)\b[^.;%\d]{{0,20}}?(?:\d{{4}}[^.;%]{{0,30}}?)?"
                              rf"(?:\b(?:at|of)|:)\s+(?:about|around|roughly|nearly|some|approximately|almost)?\s*{PERCENT}", re.IGNORECASE)
# a label line: "Growth 2024-2028:       2,6% per year"
GROWTH_LABEL = re.compile(rf"^[\s•*-]*(?:average\s+)?(?:annual\s+)?growth\s*\(?(?:FY\s?)?{YEAR}[efpEFP]?\s*[-–]\s*(?:FY\s?)?{YEAR}[efpEFP]?\)?\s*:\s*"
                          rf"{PERCENT}\s*(?:per year|a year|annually|p\.\s?a\.|per annum)", re.IGNORECASE | re.MULTILINE)
# a key-statistics row: "Market Growth Rate 2025-2033 | 5.4%", "North America Growth Rate (2025-2033): 6.1%" (a rate over a
# period of years, in a row of its own, is the compound one)
GROWTH_RATE_ROW = re.compile(rf"^[\s•*|-]*(?:(?P<lead>[A-Z][\w&/.-]*(?:\s+[A-Z&][\w&/.-]*){{0,3}})\s+)?(?:market\s+)?growth\s+rate\s*\(?\s*(?:FY\s?)?"
                             rf"{YEAR}\s*[-–]\s*(?:FY\s?)?{YEAR}\s*\)?\s*[:|]\s*{PERCENT}\s*\|?\s*$", re.IGNORECASE)
# "the market compounded at 9.7% over 2019-24": the verb says the rate is compound and annual
COMPOUNDED_AT = re.compile(rf"\bcompound(?:ed|s|ing)\s+(?:at\s+)?(?:an?\s+)?(?:about|around|roughly|nearly|some|approximately|almost)?\s*"
                           rf"{PERCENT}(?!\s*(?:annually|a year|per year|per annum|each year|every year|CAGR)\b)", re.IGNORECASE)
# ("2024e–2030p": the years with their kinds)
RANGE = re.compile(rf"(?:FY\s?)?(?P<a>{YEAR})[efp]?\s*(?:-|–|—|to|and|through|till|until)\s*(?:FY\s?)?(?P<b>{YEAR})(?:[efp](?![a-z]))?")
# "an average annual expansion of 11.2% from 2025": the start alone; the end is the figures' or the forecast's
START_ONLY = re.compile(rf"^[^.;%\d]{{0,20}}?\b(?:from|starting in|beginning in)\s+(?P<a>{YEAR})\b(?!\s*(?:-|–|—|to|through|until|till|and)\s*\d)")
END_ONLY = re.compile(rf"\b(?:through|by|till|until|to|now and)\s+(?:FY\s?|fiscal\s+(?:year\s+)?)?(?P<b>{YEAR})\b")
# "a 13.1% CAGR for 2024-31", "(2025–30)", "over FY2025-31": a period whose end year is written with two digits
_SHORT_PERIOD_AFTER = re.compile(rf"^[^.;%]{{0,20}}?\b(?:for|over|in|during|between|from)?\s*\(?(?:FY\s?)?(?P<a>{YEAR})\s*[-–]\s*(?P<b>[0-9]{{2}})\b(?![-–.,]?[0-9])")
def _in_the_century_of(start: str, two_digits: str) -> int:
    """The end year written with two digits, in the start year's century: 2024-31 ends in 2031."""
    return int(start[:2] + two_digits)


_SHORT_PERIOD_BEFORE_CAGR = re.compile(rf"(?P<a>{YEAR})\s*[-–]\s*(?P<b>[0-9]{{2}})\s+CAGR$")
_SHORT_PERIOD = re.compile(rf"(?P<a>{YEAR})\s*[-–]\s*(?P<b>[0-9]{{2}})\b(?![-–.,]?[0-9])")
# "… at a CAGR of -10.93% from 2020 to reach $12 billion in 2025"
FROM_TO = re.compile(rf"^[^.;]{{0,20}}?\bfrom\s+(?P<a>{YEAR})\b[^.;]{{0,60}}?\b(?:in|by)\s+(?P<b>{YEAR})\b")
# "decline at a CAGR of 4%": the verb governs the rate (not "declining growth and a CAGR of 4.3%").
DECLINE = re.compile(r"(?:declin|decreas|shrink|contract|fall|drop)\w*\s+(?:at|by)\s+(?:an?\s+)?(?:\w+\s+)?$|negative\s+$",
                     re.IGNORECASE)
# "Our forecasts … out to 2025": the end of the forecast when no period is written.
FORECAST_END = re.compile(rf"forecast\w*\b[^.]{{0,80}}?\b(?:out to|to|through|until|till|by)\s+(?P<b>{YEAR})\b", re.IGNORECASE)
# "the three highest CAGRs as mining machinery (5,3%), farming machinery (5,1%) and textile machinery (4,5%)"
# "…, followed by Western Australia at 5.6%", "Europe is expected to grow at 7.2%", "Scotland lags at 4.2%"
_SIBLING_RATE = re.compile(rf"(?:\b(?P<verb>grows?|growing|expands?|expanding|rises?|rising|lags?|trails?|forecast)\s+(?:at\s+|by\s+)?|(?<=[A-Za-z])\s+at\s+)"
                           rf"(?:about|around|roughly|nearly|some|approximately)?\s*{PERCENT}(?!\s*(?:of|share|stake)\b)")
_SHARE_WORDS = re.compile(r"\bshare|\baccount|\bh[oe]l[dt]|\brepresent|\bmaking up|\bmakes? up|\bcontribut|\bof (?:revenue|sales|demand|the market)|%",
                          re.IGNORECASE)
CAGR_ITEM = re.compile(r"(?P<name>[A-Za-z][\w&/-]*(?:\s+[A-Za-z][\w&/-]*){0,4})\s*\(\s*(?:CAGR\s*)?"
                       r"(?P<pct>\d{1,2}(?:[.,]\d{1,2})?)\s?%\s*\)")
# Stat cards: "12.16 %" on one line, "CAGR (2017-2023)" or "Projected CAGR, Polymer Coated, 2024-2030" on the next.
STAT_CARD = re.compile(rf"^[ \t]*{PERCENT}[ \t]*\n[ \t]*(?P<label>[^\n]{{0,40}}?CAGR[^\n]{{0,60}}?)"
                       rf"\(?(?P<a>{YEAR})\s*[-–]\s*(?P<b>{YEAR})\)?[ \t]*$", re.MULTILINE | re.IGNORECASE)
# "… a CAGR of 6.6% over the forecast period": the report's stated forecast period, not its figures' years
OVER_THE_FORECAST_PERIOD = re.compile(r"[^.;\d]{0,20}?\b(?:over|during|in|for|across|through(?:out)?)\s+the\s+"
                                      r"(?:entire\s+|whole\s+)?forecast\s+(?:period|years|horizon|timeframe)", re.IGNORECASE)
# (a fiscal year's "FY2025-FY2032" too)
FORECAST_PERIOD = re.compile(rf"forecast(?:ed)?(?:\s+(?:period|years?|timeline|horizon))?\s*(?:of|from|:|\(|is|\||,)?\s*(?:FY\s?)?(?P<a>{YEAR})\s*(?:-|–|—|to|and|through)\s*(?:FY\s?)?(?P<b>{YEAR})", re.IGNORECASE)
HISTORICAL_PERIOD = re.compile(rf"historical\s+(?:data|period|years?)?\s*(?:of|from|:|\()?\s*(?:FY\s?)?(?P<a>{YEAR})\s*(?:-|–|—|to)\s*(?:FY\s?)?(?P<b>{YEAR})", re.IGNORECASE)
BASE_YEAR = re.compile(rf"base\s+year\s*(?:of|:|is)?\s*(?:FY\s?)?(?P<a>{YEAR})", re.IGNORECASE)



_PERIOD_AFTER = re.compile(rf"^[^.;%]{{0,45}}?(?<!historical )(?<!data )(?<!historic )\(?{RANGE.pattern}\)?", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(rf"(?:between|from|during|over|for|in)\s+(?:the\s+)?(?:period\s+)?{RANGE.pattern}[^.;%]{{0,60}}$", re.IGNORECASE)
# ("Growth 2024-2030: 10.7% a year": the period labels the rate)
_PERIOD_LABEL = re.compile(rf"{RANGE.pattern}\s*:\s*(?:about\s+|around\s+)?$")


def _period_after(after: str) -> re.Match | None:
    m = _PERIOD_AFTER.search(after)
    if m and re.search(r"historic", after[max(0, m.start("a") - 20):m.start("a")], re.IGNORECASE):
        return None
    return m


def _period_before(before: str) -> re.Match | None:
    return _PERIOD_BEFORE.search(before) or _PERIOD_LABEL.search(before)


def _with_the_headline_period(found: list[Cagr]) -> list[Cagr]:
    """A segment's or region's CAGR stated without a period ("meal kits are forecast to grow at the fastest CAGR of
    8.9%") is over the report's forecast period: the one period the market's own CAGR states."""
    headline = {(c.start, c.end) for c in found if c.start and c.end and c.segment is None and c.region is None}
    # a past period beside the forecast ("between 2019 and 2021 the market contracted at a CAGR of 3.1%") is history
    headline = {(start, end) for start, end in headline if not any(end <= later for later, _ in headline)}
    if len(headline) != 1:
        return found
    start, end = headline.pop()
    return [c.model_copy(update={"start": start, "end": end, "confidence": min(c.confidence, 0.6)})
            if c.start is None and c.end is None else c for c in found]


def with_implied_periods(cagrs: list[Cagr], values: list[MarketValue]) -> list[Cagr]:
    """The market's CAGR stated with no period ("… to expand at about 9.9 per cent annually over the period") is over the
    two market figures it compounds: Sh75 billion in 2025 to Sh120 billion by 2030 grow 9.9% a year. Only when one pair
    of the page's own figures gives that rate (within a quarter of a point), the latest such pair winning."""
    market = sorted((v for v in values if v.segment is None and v.region is None), key=lambda v: v.year)
    out = []
    for rate in cagrs:
        if rate.start is None and rate.end is None and rate.segment is None and rate.region is None:
            pairs = [(a.year, b.year) for a in market for b in market
                     if a.currency == b.currency and b.year > a.year and _base(a) > 0
                     and abs(((_base(b) / _base(a)) ** (1 / (b.year - a.year)) - 1) * 100 - rate.percent) <= 0.25]
            if pairs:
                start, end = max(pairs, key=lambda p: (p[1], p[0]))
                rate = rate.model_copy(update={"start": start, "end": end, "confidence": min(rate.confidence, 0.5)})
        out.append(rate)
    return out


def _dedupe_cagrs(found: list[Cagr]) -> list[Cagr]:
    """One CAGR per (percent, subject); a restatement with a period completes one without."""
    kept: dict[tuple, list[Cagr]] = {}  # by (percent, subject): few per key, so no quadratic scan
    restated: dict[int, tuple[list, set]] = {}
    for cagr in sorted(found, key=lambda c: (c.start is None, -(c.confidence or 0))):
        candidates = kept.setdefault((cagr.percent, cagr.segment, cagr.region), [])
        # a reading whose start was assumed (a headline's "17.6% CAGR … by 2034") is the stated one ("between 2025 and 2034")
        same = next((c for c in candidates if cagr.start is None or (c.start, c.end) == (cagr.start, cagr.end)
                     or c.end == cagr.end and (cagr.confidence or 0) < (c.confidence or 0)), None)
        if same is None:
            candidates.append(cagr)
        elif cagr.span != same.span:
            spans, seen = restated.setdefault(id(same), ([], {(same.span.start, same.span.end)}))
            if (cagr.span.start, cagr.span.end) not in seen:
                seen.add((cagr.span.start, cagr.span.end))
                spans.append(cagr.span)
    out = [c.model_copy(update={"also_stated": [*c.also_stated, *restated[id(c)][0]]}) if id(c) in restated else c
           for group in kept.values() for c in group]
    return sorted(out, key=lambda c: c.span.start)


# A sentence that looks forward or back from its year ("will reach", "up from") may hold amounts of other years.
_OTHER_YEARS = re.compile(r"\b(?:will|would|reach\w*|expect\w*|project\w*|forecast\w*|anticipat\w*|predict\w*|set to|"
                          r"poised|estimated to|likely|grow\w*|expand\w*|ris(?:e|es|ing)|climb\w*|increas\w*|doubl\w*|"
                          r"from|up|down|previous|earlier|ago|last|next|since|per|each|a year)\b", re.IGNORECASE)
# "… against USD 640 million for controlled-release fertilizers": the segment an amount is for, after it.
_FOR_SEGMENT = re.compile(r"^\s+(?:for|from)\s+(?:the\s+)?(?P<name>[a-z][\w/-]*(?:\s+(?!and\b)[a-z][\w/-]*){0,4})"
                          r"(?=\s*(?:[,;.)]|\s+and\b|$))")
# "… while teletriage and advice lines contributed $318 million and remote patient monitoring $310 million".
# "…, followed by Germany at €1.02 billion", "…, with Italy alone contributing EUR 2.11 billion and the United Kingdom EUR 1.64 billion"
_SEGMENT_BEFORE = re.compile(r"(?:\bwhile|\bwhereas|,|\band|\bwith)\s+(?:followed\s+by\s+)?(?:the\s+)?"
                             # (not ", about USD 6.6 billion": a conversion's approximation)
                             r"(?P<name>(?!(?:while|whereas|and|the|with|followed|about|around|approximately|approx|roughly|nearly|"
                             r"some|or)\b)[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*){0,4}?)"
                             r"(?:\s+segment)?(?:\s+alone)?\s+(?:contributed|contributing|accounted for|generated|earned|brought in|made up|represented|"
                             r"added|took|followed at|followed with|came (?:second|next|third) (?:at|with)|with|at)?\s*$")
_CONVERSION_BETWEEN = re.compile(r"^\s*\(\s*(?:about|around|approx\.?|approximately|roughly|nearly|some|~|≈|or|i\.e\.,?)?\s*$")
# "₦412.6 billion in 2024, roughly $268 million at the official exchange rate": the same figure in another currency
_CONVERSION_AFTER_YEAR = re.compile(rf"^\s*(?:in\s+{YEAR}\s*)?,\s*(?:about|around|approximately|roughly|nearly|some|or|i\.e\.,?)\s*$")
_EXCHANGE_RATE = re.compile(r"^\s*(?:at\s+(?:the\s+)?(?:official\s+|current\s+|prevailing\s+|average\s+)?exchange\s+rates?|"
                            r"at\s+(?:today's|current)\s+rates)\b")


def _date_siblings(text: str, sent: Sentence, monies: list[_Money]) -> None:
    """Amounts listed beside one dated amount in a sentence with one year that looks neither forward nor back take
    that year: a conversion in parentheses ("KRW 612.4 billion (USD 452.0 million)") with its scope, and amounts
    for named segments ("USD 1.02 billion in 2024, against USD 640 million for controlled-release fertilizers")
    each with its segment. An amount whose segment is not named keeps no year (and so is dropped)."""
    for previous, money in zip(monies, monies[1:]):
        if money.year is None and previous.year is not None and _CONVERSION_AFTER_YEAR.match(text[previous.end:money.start]) \
                and _EXCHANGE_RATE.match(text[money.end:money.end + 60]):
            money.year, money.year_span, money.scope = previous.year, previous.year_span, previous.scope
    dated = [m for m in monies if m.year is not None]
    if not dated or len({m.year for m in dated}) != 1 or len(set(re.findall(YEAR, sent.text))) != 1 \
            or _OTHER_YEARS.search(sent.text) or _PERIOD_YEARS.search(sent.text):
        return
    for previous, money in zip(monies, monies[1:]):
        if money.year is not None or previous.year is None:
            continue
        if _CONVERSION_BETWEEN.match(text[previous.end:money.start]):
            money.year, money.year_span, money.scope = previous.year, previous.year_span, previous.scope
            continue
        name = _FOR_SEGMENT.match(text[money.end:sent.end]) or _SEGMENT_BEFORE.search(text[previous.end:money.start])
        # a capitalised name is a place ("the UAE US$ 2,960.3 Mn"), never a company
        if name and not _not_a_value(name["name"]) and len(name["name"]) >= 2 and (name["name"].islower() or is_place(name["name"])):
            money.year, money.year_span, money.scope = previous.year, previous.year_span, clean(name["name"])


def _base(value: MarketValue) -> float:
    return value.amount * SCALE_MULTIPLIER[value.scale]


_THRESHOLD_BEFORE = re.compile(r"\b(?:top|tops|topping|surpass\w*|exceed\w*|cross\w*|pass|passing|past|over|more than|beyond)\s+$",
                               re.IGNORECASE)
_LOCAL_DOLLARS = {"CAD", "AUD", "NZD", "SGD", "HKD"}


def _two_subjects(one: MarketValue, other: MarketValue) -> bool:
    """Whether two figures belong to two named subjects (segments or places), not one or the market."""
    first, second = one.segment or one.region, other.segment or other.region
    return bool(first and second and first != second)


# The dollar a country's own pages mean by a bare "$"
_COUNTRY_DOLLARS = {"Canada": "CAD", "Australia": "AUD", "New Zealand": "NZD", "Singapore": "SGD", "Hong Kong": "HKD"}


# "All figures are in Canadian dollars", "Amounts in Australian dollars unless stated": the page's own word on its "$"
_DOLLARS_NOTE = re.compile(r"\b(?:figures|amounts|values|numbers|data|prices|sums)\s+(?:are\s+|is\s+)?(?:(?:given|expressed|stated|"
                           r"shown|quoted|reported)\s+)?in\s+(?:current\s+|nominal\s+)?(?P<country>Canadian|Australian|New\s+Zealand|"
                           r"Singapore|Hong\s+Kong)\s+dollars\b", re.IGNORECASE)


def _local_dollars(values: list[MarketValue], scope: str | None = None, text: str = "") -> list[MarketValue]:
    """A page that writes its dollars as C$ (or A$, NZ$ …) and never as US$ means them by a bare "$" too; so does a page
    about a market in Canada (Australia …) that writes no other dollar, and one that says its figures are in such dollars."""
    # (a table's cell, "18,015" under "($ millions)", writes no currency: its caption's bare "$" is the page's too)
    bare = [_BARE_DOLLAR.search(v.span.quote) or not _WRITTEN_CURRENCY.search(v.span.quote) for v in values]
    written = {v.currency for v, is_bare in zip(values, bare) if not is_bare}
    # (not a country's own figure in its dollars on a wider page: "Canada accounted for C$1.1 billion of the total" on a
    # North American page whose "$3.9 billion" is the US dollar)
    local = {v.currency for v, is_bare in zip(values, bare) if not is_bare and v.currency in _LOCAL_DOLLARS
             and not (v.region and v.region != scope and _COUNTRY_DOLLARS.get(v.region) == v.currency)}
    if not local and not written and scope in _COUNTRY_DOLLARS:
        local = {_COUNTRY_DOLLARS[scope]}  # ("Spending on dental services in Canada rose 6.4% to $20.9 billion")
    if not local and (note := _DOLLARS_NOTE.search(text)):
        noted = re.sub(r"\s+", " ", note["country"].lower())  # "Canadian" is Canada's, "Hong Kong" its own
        local = {_COUNTRY_DOLLARS[DEMONYMS.get(noted) or noted.title()]}
    if len(local) != 1 or "USD" in written:
        return values
    currency = local.pop()
    return [v.model_copy(update={"currency": currency}) if v.currency == "USD" and is_bare else v
            for v, is_bare in zip(values, bare)]


_WRITTEN_CURRENCY = re.compile(r"[^\d\s.,]")  # anything but the digits of a bare cell


_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$(?=\s?\d)")

# The peso a country's pages mean ("78.5 billion pesos" on a page about Mexico's market)
_COUNTRY_PESOS = {"Mexico": "MXN", "Philippines": "PHP", "Chile": "CLP", "Colombia": "COP", "Argentina": "ARS",
                  "Uruguay": "UYU", "Dominican Republic": "DOP", "Cuba": "CUP"}
_PESOS = re.compile(r"[\d.,]+\s*(?:[a-z]+\s+)?pesos\b", re.IGNORECASE)  # the amount's own currency word: "78.5 billion pesos"


# The rupee a country's pages mean by "Rs" ("Rs734 billion by FY30" on a page about Pakistan's market): India's elsewhere
_COUNTRY_RUPEES = {"Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Mauritius": "MUR", "Seychelles": "SCR"}
_INDIAN_RUPEE_WRITTEN = re.compile(r"INR|₹")


def _bracketed_codes(values: list[MarketValue], text: str) -> list[MarketValue]:
    """A currency written as a word, its ISO code in brackets after it once on the page: "7.1 billion dirhams (MAD)" is
    the Moroccan dirham, and so is every "dirhams" of the page, whatever the word alone would mean."""
    codes = {m["word"].lower(): m["code"] for m in _WORD_THEN_CODE.finditer(text) if m["code"] in _ISO_CODES}
    if not codes:
        return values
    out = []
    for v in values:
        quote = v.span.quote if v.span else ""
        words = [w for w in re.findall(r"[a-z]+", quote) if w in codes]
        if words and codes[words[0]] != v.currency \
                and not re.search(rf"\b(?!{codes[words[0]]}\b)[A-Z]{{3}}\b|[$€£¥₹]", quote):
            v = v.model_copy(update={"currency": codes[words[0]]})
        out.append(v)
    return out


_WORD_THEN_CODE = re.compile(r"\b(?P<word>[a-z]{3,})[ \t]*\((?P<code>[A-Z]{3})\)")
_ISO_CODES = frozenset(c.alpha_3 for c in pycountry.currencies)  # (in brackets after a currency word, "MAD" is no word)


def _page_country_currency(values: list[MarketValue], scope: str | None) -> list[MarketValue]:
    """Pesos written as a word, and rupees written "Rs", are the scope country's; which peso or rupee, only the page's
    country says."""
    if scope in _COUNTRY_PESOS:
        return [v.model_copy(update={"currency": _COUNTRY_PESOS[scope]}) if _PESOS.match(v.span.quote) and v.currency == "USD"
                else v for v in values]
    if scope in _COUNTRY_RUPEES:
        return [v.model_copy(update={"currency": _COUNTRY_RUPEES[scope]})
                if v.currency == "INR" and not _INDIAN_RUPEE_WRITTEN.search(v.span.quote) else v for v in values]
    # dirhams and riyals: the UAE's and Saudi Arabia's unless the page's country has its own ("3.1 billion dirhams" in
    # Morocco, "QR2.9bn" in Qatar)
    # "Sh2.62 trillion" on a page about Tanzania's market is the Tanzanian shilling (Kenya's elsewhere)
    if scope in _COUNTRY_SHILLINGS:
        return [v.model_copy(update={"currency": _COUNTRY_SHILLINGS[scope]})
                if v.currency == "KES" and _BARE_SHILLING.search(v.span.quote) else v for v in values]
    if scope in _COUNTRY_DIRHAMS_AND_RIYALS:
        local = _COUNTRY_DIRHAMS_AND_RIYALS[scope]
        return [v.model_copy(update={"currency": local}) if v.currency in ("AED", "SAR") and v.currency not in v.span.quote
                else v for v in values]
    return values


_COUNTRY_SHILLINGS = {"Tanzania": "TZS", "Uganda": "UGX", "Somalia": "SOS"}
_BARE_SHILLING = re.compile(r"(?<![A-Za-z])Sh\.?\s?\d|\bshillings?\b", re.IGNORECASE)
_COUNTRY_DIRHAMS_AND_RIYALS = {"Morocco": "MAD", "Qatar": "QAR", "Oman": "OMR", "Yemen": "YER", "Iran": "IRR"}


# an approximation word before the amount, its currency between ("around USD 3.9 billion")
_APPROXIMATELY = re.compile(r"\b(?:about|around|approximately|approx\.|roughly|nearly|near|almost|close to|some)\s+(?:[A-Z]{2,3}\$?|US\$|[$€£¥₹])?\s?\d",
                            re.IGNORECASE)


def _one_per_rounding(values: list[MarketValue], text: str) -> list[MarketValue]:
    """ "US$ 1.87 billion" in the prose and "US$ 1,874.5 Mn" in the snapshot, for the same year and subject: one
    figure, stated twice; the more precise statement is the fact, the rounder one a restatement (also "about US$ 0.6
    billion" in a FAQ beside the snapshot's "US$ 0.62 B": a figure said to be rounded)."""
    kept: list[MarketValue] = []
    for value in sorted(values, key=lambda v: -len(re.sub(r"\D", "", f"{v.amount:g}"))):
        approximate = bool(_APPROXIMATELY.search(text, max(0, value.span.start - 16), value.span.end))
        same = next((k for k in kept if k.currency == value.currency and k.year == value.year
                     and (k.segment, k.region) == (value.segment, value.region)
                     and ((k.scale != value.scale or _rounds_to(k.amount, value.amount))
                          and (abs(_base(k) - _base(value)) <= 0.005 * _base(k) or approximate and k.scale == value.scale)
                          # "USD 653.6 million" and "about USD 0.65 billion": rounded in the other scale
                          or k.scale != value.scale and value.amount
                          and _rounds_to(_base(k) / (_base(value) / value.amount), value.amount))), None)
        if same is None:
            kept.append(value)
        else:
            kept[kept.index(same)] = _restating(same, value)
    return kept


# "Oral formulations are the fastest-growing route of administration, at a CAGR of 34.2%": the part the rank is of
_RANKED_SUBJECT = re.compile(r"(?:^|[.;]\s+)(?:the\s+)?(?P<name>[A-Za-z][\w'’&/ -]{1,50}?)\s+(?:is|are|was|were|remains|remain)\s+"
                             r"(?:expected\s+to\s+be\s+|projected\s+to\s+be\s+)?the\s+(?:fastest[- ]growing|largest|biggest)\s+"
                             r"(?!market\b|region\b|country\b)[a-z]+(?:\s+[a-z]+){0,3},?\s+(?:at|with|growing\s+at|expanding\s+at)\s+(?:an?\s+)?$",
                             re.IGNORECASE)
# The verb after a sentence's subject when the subject's figure follows: "Menstrual cups and discs generated …"
_SUBJECT_THEN_VERB = re.compile(r"^[\s•*-]*(?:the\s+)?(?P<subject>[A-Za-z][\w&/'’ -]{1,60}?)\s+(?:segment\s+|category\s+)?"
                                r"(?:remained|remains|generated|generates|accounted|accounts|held|holds|captured|captures|"
                                r"represented|represents|contributed|contributes|brought|brings|made|makes|was|were|is|are|"
                                r"led|leads|stood|reached|totall?ed|earned)\b")


# "Exhibit 3.3: Regional CAGR, 2025–2033" (a caption line naming rates and their period) and its rows "Europe    6.9%"
_RATE_CAPTION = re.compile(r"^[^\n%]{0,60}\bCAGR\b[^\n%]{0,20}?(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)?\d\d)[^\n%\d]{0,20}$", re.MULTILINE)
_COLUMN_ROW = re.compile(r"[ \t]*[A-Z][^\n|]{1,50}(?:\|[^\n|]{1,30}){1,6}[ \t]*(?=\n|$)")
# ("South West  28%  3.4%": a row's cells parted by runs of spaces)
_SPACED_ROW = re.compile(r"[ \t]*[A-Z][^\n|]{1,50}?(?:(?:[ \t]{2,}|\t)[^\n|\t ](?:[^\n|\t ]| (?! ))*){1,6}[ \t]*(?=\n|$)")


# A caption over places' rows: "Regional table (…)", "Country snapshot (…)"
_PLACES_CAPTION = re.compile(r"\b(?:region(?:al|s)?|countr(?:y|ies)|states?|provinces?|nations?)\b", re.IGNORECASE)


def _caption_columns(caption: str) -> list[str]:
    """The column titles a caption names in its closing brackets, for rows with no header of their own: "Regional
    Analysis (2023 share | CAGR 2024-2032)", "Country snapshot (2024, USD billion / share / CAGR 2025-2033)"."""
    columns = re.search(r"\(([^()\n]*(?:\||\s/\s)[^()\n]*)\)\s*:?\s*$", caption)
    return [title.strip() for title in re.split(r"\||\s/\s", columns[1])] if columns else []
# ("Flexible packaging .......... 6.1%", "Corrugated & folding carton . 4.4%": a leader of dots)
_RATE_ROW = re.compile(r"[ \t]*(?P<name>[A-Z][^\n\d%|]{1,50}?)(?:[ \t]{2,}|[ \t]*\|[ \t]*|\t|[ \t]*\.{2,}[ \t]*|[ \t]+\.[ \t]+)(?P<pct>-?\d{1,2}(?:[.,]\d+)?)[ \t]?%[ \t]*(?=\n|$)")


@lru_cache(maxsize=32)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """A sentence's clauses (split at "; " and ", while"), once for all of its rates: a sentence of thousands of rates was
    split again for each."""
    return tuple(c.span() for c in re.finditer(r"(?:[^;]|;(?=\S))+?(?=;\s|,?\s+(?:while|whereas)\s|$)", text))


def _stated_before(found: list[Cagr], percent: float, head: str) -> Cagr | None:
    """A segment's or region's rate found before, named again in ``head`` with the same percent. The head is lower-cased
    only when some rate could match (a page of thousands of unnamed rates lower-cased it for each)."""
    candidates = [c for c in found if (c.segment or c.region) and c.percent == percent]
    if not candidates:
        return None
    head = head.lower()
    return next((c for c in candidates if (c.segment or c.region).lower() in head), None)


def _years_in_clause(monies: list, sent: Sentence, rate: re.Match) -> list[tuple[int, bool]]:
    """The years of the figures in a rate's own clause, each with whether its figure comes after the rate: not
    "Maharashtra is the largest state at INR 33,400 crore in 2024, while Uttar Pradesh is expected to post a 14.2% CAGR"
    (another subject's figure, in another clause)."""
    own = next(((a, b) for a, b in _clause_spans(sent.text) if a <= rate.start() < b + 1), (0, len(sent.text)))
    return [(money.year, money.start - sent.start > rate.start()) for money in monies
            if own[0] <= money.start - sent.start < own[1]]


_ONE_OF_THE_SEGMENTS = re.compile(r"\W*(?P<name>[A-Z][^,.;()]{2,60}?)(?:\s*\([^()]*\))?,\s+one\s+of\s+the\s+(?:segments|sub-segments|"
                                  r"categories|product\s+types|applications)\b")


# "… are Japan and Canada, each forecast to grow at 3.4% and 4.9% respectively"
_RESPECTIVE_RATES = re.compile(r"\b(?:are|include|includes)\s+(?P<names>[A-Z][^.;:]{1,160}?),?\s+(?:each\s+)?(?:forecast|expected|"
                               r"projected|anticipated|estimated|set|poised)\s+to\s+(?:grow|expand|rise|increase|advance)\s+at\s+"
                               r"(?:a\s+CAGR\s+of\s+)?(?P<rates>[^;]{3,80}?)\s+respectively\b")


def _appositive_place(before: str) -> str | None:
    """The place a sentence begins with when what it is comes between it and its verb: "China, the world's second
    largest economy, is forecast to reach …"."""
    lead = place_re().match(before.lstrip(" •-*"))
    if lead and re.match(r",\s+(?:an?|the)\s+[^,;.]{3,60},\s+(?:is|was|will|has|had|are)\b", before.lstrip(" •-*")[lead.end():]):
        return REGIONS.get(lead.group().lower()) or country_name(lead.group())
    return None


def _leading_segment(before: str, segment_names: Sequence[str]) -> str | None:
    """The page's segment a figure's sentence leads with, as the page names it: "Sanitary pads remained …, generating
    USD 26.1 billion" under "By Product Type: Sanitary Pads/Napkins, …" (either name of a "/" pair, "&" read as "and")."""
    lead = _SUBJECT_THEN_VERB.match(before)
    if lead is None or not segment_names:
        return None
    def key(name: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"\s*&\s*", " and ", name.lower())).strip().removesuffix("s")
    wanted = key(lead["subject"])
    return next((name for name in segment_names
                 if wanted in {key(alt) for alt in (name, *name.split("/"))}), None)


def _rounds_to(precise: float, rounder: float) -> bool:
    """Whether ``rounder`` is ``precise`` rounded to its own decimals: 2.232 → 2.23 (one figure written twice)."""
    decimals = len(f"{rounder:g}".partition(".")[2])
    return rounder != precise and round(precise, decimals) == rounder


def _restating(fact: MarketValue, restatement: MarketValue) -> MarketValue:
    """``fact`` with the spans of another statement of it kept as restatements."""
    return fact.model_copy(update={"also_stated": [*fact.also_stated, restatement.span, *restatement.also_stated]})


_FINDINGS_HEADING = re.compile(r"\b(?:highlights|takeaways|key findings|findings|key facts|at a glance)\b", re.IGNORECASE)


class Figures:
    """The figures of one text."""

    def __init__(self, text: str, sents: list[Sentence], published_year: int | None = None,
                 elsewhere: list[tuple[int, int]] = ()):
        self.text = text
        self.published_year = published_year  # what "this year" and "last year" mean
        # A page that writes its decimals with a comma ("4,1%", "0,6 %") and never with a point groups thousands with
        # points: its "1.846 million euros" is 1,846 million.
        self.continental = len(_DECIMAL_COMMA_PERCENT.findall(text)) >= 2 and not _DECIMAL_POINT_PERCENT.search(text)
        # sentences in the lines about other markets (related reports) hold no figure of this one
        self.sents = [s for s in sents if not any(start <= s.start < end for start, end in elsewhere)]

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

    def values(self, first_forecast_year: int | None, scope: str | None = None,
               segment_names: Sequence[str] = (), last_forecast_year: int | None = None) -> list[MarketValue]:
        """The market values the page states; ``scope`` (the market's country or region) is the market's own place,
        not a region's figure; ``segment_names`` (the page's segments) are the subjects a sentence may lead with
        ("Sanitary pads remained the backbone of the category, generating USD 26.1 billion in 2024");
        ``last_forecast_year`` dates a figure "by the end of the analysis period" in a sentence naming no years."""
        merged: dict[tuple, dict] = {}
        previous: Sentence | None = None
        previous_years: list[int] = []
        in_context = False  # an earlier sentence of the paragraph is about the market
        # "Key highlights of the report", "Key Report Takeaways": every bullet under them speaks of the market
        findings = sections_under(lines(self.text), _FINDINGS_HEADING, titles_only=False) if _FINDINGS_HEADING.search(self.text) else []
        last_figure_end = None  # where the last sentence holding market figures ended
        for sent in self.sents:
            if previous is not None and "\n\n" in self.text[previous.end:sent.start]:
                in_context = False
            in_context = in_context or any(start <= sent.start < end for start, end in findings)
            # "That compares with $54.3 billion in 2024 …" (after a paragraph break or an aside): the figures the sentence
            # compares are the market's whose figures came just before
            compared_back = last_figure_end is not None and sent.start - last_figure_end < 400 and _COMPARED_BACK.match(sent.text)
            # ("Dairy cattle generated USD 3.42 billion in 2024": a sentence that leads with one of the page's segments speaks
            # of the market's part)
            of_a_segment = bool(segment_names) and any(c.isdigit() for c in sent.text) \
                and _leading_segment(sent.text, segment_names) is not None  # (only a sentence with a figure: a hot path)
            monies = [*_money_in(self.text, sent, in_context or bool(compared_back) or of_a_segment, self.continental),
                      *_row_figures(self.text, sent)]
            if monies or MONEY.search(sent.text):  # (another amount between, a company's, compares with that one)
                last_figure_end = sent.end if monies else None
            undated = [money for money in monies if money.year is None]
            # "Over the same period, … from US$4.3 billion to US$5.8 billion": the previous sentence's years.
            # "… between 2024 and 2029; in dollar terms the market is forecast to grow from $225 million to $318 million":
            # the sentence's own period.
            from_to = len(undated) == 2 and re.search(r"\bfrom\s*$", self.text[sent.start:undated[0].start][-40:]) and \
                re.fullmatch(r"\s*to\s*", self.text[undated[0].end:undated[1].start])
            period = RANGE.search(sent.text) if from_to else None
            if period and int(period["a"]) < int(period["b"]):
                undated[0].year, undated[1].year = int(period["a"]), int(period["b"])
            elif from_to and len(set(previous_years)) == 2 and SAME_PERIOD.search(sent.text):
                undated[0].year, undated[1].year = min(previous_years), max(previous_years)
            # "… A$46.2 million in revenue in 2024. Victoria's market was worth A$35.8 million in the same year."
            for money in undated:
                # ("… a 54.2% share in 2024 (the U.S. alone represented USD 1.61 billion of sales that year)": the one year
                # before it in its own sentence)
                if money.year is None and _OWN_THAT_YEAR.match(self.text[money.end:money.end + 40]) \
                        and len(own := {y.group() for y in re.finditer(YEAR, self.text[sent.start:money.start])}) == 1:
                    money.year = int(own.pop())
                if money.year is None and previous_years and (THAT_YEAR.match(self.text[money.end:money.end + 25])
                                                              or _OF_THAT_TOTAL.match(self.text[money.end:money.end + 40])
                                                              and not re.search(YEAR, sent.text)):
                    # ("… $3.9 billion in 2024 and … $4.6 billion in 2030. Canada accounted for C$1.1 billion of the
                    # total": a past part of a past total)
                    money.year = min(previous_years) if self._past_tense(money.start) else previous_years[-1]
            # "Q2. What will the market be worth in 2033?" over "A. USD 45.2 billion.": an FAQ's answer, the question's year
            asked = _ASKED_YEAR.search(previous.text) if previous is not None and undated and previous.text.rstrip().endswith("?") \
                else None
            if asked and "\n\n" not in self.text[previous.end:sent.start] and len(set(re.findall(YEAR, previous.text))) == 1:
                for money in undated:
                    if money.year is None and not re.search(YEAR, sent.text):
                        money.year = int(asked["year"])
                        money.year_span = (previous.start + asked.start("year"), previous.start + asked.end("year"))
            for money in undated:  # "… between 2025 and 2031, reaching ¥211.9 billion at the end of the period"
                if money.year is None and END_OF_PERIOD.match(self.text[money.end:money.end + 60]) \
                        and (period := RANGE.search(sent.text)) and int(period["a"]) < int(period["b"]):
                    money.year = int(period["b"])
                    money.year_span = (sent.start + period.start("b"), sent.start + period.end("b"))
                elif money.year is None and last_forecast_year and not re.search(YEAR, sent.text) \
                        and (end_of := END_OF_PERIOD.match(self.text[money.end:money.end + 60])):
                    # "Water reducers … reach US$16.2 Billion by the end of the analysis period": the page's period
                    money.year = last_forecast_year
                    money.year_span = (money.end + end_of.start(), money.end + end_of.end())
            if self.published_year:
                for money in undated:
                    if money.year is None and (relative := THIS_YEAR.match(self.text[money.end:money.end + 80])):
                        money.year = self.published_year - (relative["which"].lower() == "last")
                        money.year_span = (money.end + relative.start("which"), money.end + relative.end())
                    elif money.year is None and (named := THIS_YEARS_BEFORE.search(self.text, max(sent.start, money.start - 80), money.start)
                                                 or len(undated) == 1 and _OPENS_WITH_THIS_YEAR.match(sent.text)):
                        # ("For this year, the institute estimated the market size at 3.17 trillion won": the sentence's one
                        # amount, in the year it opens with)
                        at = sent.start if named.string is sent.text else 0
                        money.year = self.published_year - (named["which"].lower() == "last")
                        money.year_span = (at + named.start("which"), at + named.end("which"))
            for money in undated:
                # "Britons spent £5.9bn on gym and fitness club memberships and related in-club services in 2024": the
                # year after what was bought
                if money.year is None and (bought := _BOUGHT_THEN_YEAR.match(self.text, money.end, min(sent.end, money.end + 120))):
                    money.year = int(bought["year"])
                    money.year_span = (bought.start("year"), bought.end("year"))
            _date_siblings(self.text, sent, monies)
            # the years a later "that year" or "over the same period" refers to: this sentence's figures', else its own years
            # ("Asia Pacific held 41.6% in 2024. China alone generated USD 1.08 billion that year")
            previous_years = [money.year for money in monies if money.year] or \
                [int(y) for y in re.findall(rf"(?<![\d.,]){YEAR}(?![\d%])", sent.text)] or previous_years
            for money in monies:
                key = (money.amount, money.currency, money.scale)
                entry = merged.setdefault(key, {"mentions": []})
                if (money.start, money.end) not in entry.setdefault("seen", set()):
                    entry["seen"].add((money.start, money.end))
                    entry["mentions"].append(money)
            in_context = in_context or bool(MARKET_CONTEXT.search(sent.text))
            previous = sent
        values, undated = [], []
        for (amount, currency, scale), entry in merged.items():
            dated = [m for m in entry["mentions"] if m.year is not None]
            years = {m.year for m in dated}
            if len(years) > 1:  # the same amount stated for different years: one fact per year
                groups = [[m for m in dated if m.year == y] for y in sorted(years)]
            elif dated:
                groups = [dated + [m for m in entry["mentions"] if m.year is None]]
            else:
                undated.append((amount, currency, scale, entry["mentions"][0]))
                continue  # without a year a value is unusable, unless its siblings give one (below)
            for mentions in groups:
                first = mentions[0]
                primary = next((m for m in mentions if m.year is not None), first)
                quote_end = max(primary.end, primary.year_span[1]) if primary.year_span else primary.end
                quote_start = min(primary.start, primary.year_span[0]) if primary.year_span else primary.start
                others = [span(self.text, m.start, m.end) for m in mentions if m is not primary]
                if primary.scope:
                    segment, region = (None, primary.scope) if is_place(primary.scope) else (primary.scope, None)
                else:
                    sentence = sentence_at(self.sents, primary.start)
                    segment, region = self._subject(self.text[sentence.start:primary.start]) if sentence else (None, None)
                    if segment is None and region is None and sentence is not None:
                        segment = _leading_segment(self.text[sentence.start:primary.start], segment_names)
                    one_of = _ONE_OF_THE_SEGMENTS.match(self.text[sentence.start:primary.start]) if sentence else None
                    if segment is None and region is None and one_of:
                        segment = clean(one_of["name"])  # "Water Reducers (…), one of the segments analyzed in the report, …"
                values.append(MarketValue(segment=segment, region=region,
                    amount=amount, currency=currency, scale=scale, year=primary.year,
                    kind=self._kind(primary.year, first_forecast_year, self._past_tense(primary.start)),
                    span=span(self.text, quote_start, quote_end), also_stated=others, confidence=0.9))
        values.extend(self._regional_sibling_values(undated, values, first_forecast_year))
        values.extend(v for v in [*self._year_table_values(first_forecast_year, {v.currency for v in values}),
                                  *self._labelled_table_values(first_forecast_year),
                                  *self._column_table_values(first_forecast_year),
                                  *self._year_row_values(first_forecast_year),
                                  *self._money_cell_table_values(first_forecast_year),
                                  *self._captioned_row_values(first_forecast_year),
                                  *self._caption_column_values(first_forecast_year),
                                  *self._year_series_values(first_forecast_year),
                                  *self._captioned_list_values(first_forecast_year),
                                  *self._key_fact_values(first_forecast_year)]
                      # (not two subjects' figures: Śląskie's PLN 869 m is not Małopolskie's PLN 871 m)
                      if not any(s.currency == v.currency and s.year == v.year and abs(_base(s) - _base(v)) <= 0.005 * _base(v)
                                 and not _two_subjects(s, v) for s in values))
        # "the Türkiye digital wallet market was valued at …" in a Türkiye report: the market's own figure, not a region's
        values = [v.model_copy(update={"region": None}) if v.region and is_the_scope(v.region, scope) else v for v in values]
        # the table repeats a figure the prose gives, perhaps rounded ("655 billion yen" beside "655.3")
        values = _one_per_rounding(self._threshold_restated(_page_country_currency(_local_dollars(
            _bracketed_codes(values, self.text), scope, self.text), scope)), self.text)
        values.sort(key=lambda v: (v.year, v.span.start))
        return values

    def _threshold_restated(self, values: list[MarketValue]) -> list[MarketValue]:
        """ "… set to top $1 billion by 2030" over "… will reach C$1.03 billion by 2030": a headline's round threshold
        restates the precise figure above it (same currency, year and subject, at most 15 % more)."""
        out = list(values)
        for value in values:
            lead = self.text[max(0, value.span.start - 40):value.span.start]
            # (round: two significant digits at most, "$1 billion", "R$ 250 billion")
            if not _THRESHOLD_BEFORE.search(lead) or len(re.sub(r"\D", "", f"{value.amount:g}").strip("0")) > 2:
                continue
            precise = next((v for v in out if v is not value and v.currency == value.currency and v.year == value.year
                            and (v.segment, v.region) in ((value.segment, value.region), (None, None))
                            and _base(value) <= _base(v) <= 1.15 * _base(value)), None)
            if precise is not None and value in out:
                out.remove(value)
                out[out.index(precise)] = _restating(precise, value)
        return out

    def _regional_sibling_values(self, undated: list, values: list[MarketValue],
                                 first_forecast_year: int | None) -> list[MarketValue]:
        """A regional breakdown where one region's size omits the year every other region's states ("Europe … with a
        market size of USD 230845.56 million."): the breakdown's one year, or its sentence's region's, is that figure's year."""
        regional = [v for v in values if v.region]
        sibling_years = {v.year for v in regional}
        page_year = sibling_years.pop() if len(sibling_years) == 1 and len(regional) >= 2 else None
        out = []
        for amount, currency, scale, money in undated:
            sentence = sentence_at(self.sents, money.start)
            # ("Germany … in 2024 …, equal to about EUR 1.33 billion, followed by France (EUR 0.71 billion)": the year of the
            # region before it in its sentence)
            beside = {v.year for v in regional if sentence and sentence.start <= v.span.start < money.start}
            year = beside.pop() if len(beside) == 1 else page_year
            if year is None and sentence is not None:
                year = self._paragraph_year(sentence, money.start, first_forecast_year)
            if year is None:
                continue
            segment, region = self._subject(self.text[sentence.start:money.start]) if sentence else (None, None)
            if region is None and sentence is not None:
                lead = place_re().match(sentence.text)
                region = REGIONS.get(lead.group().lower()) or country_name(lead.group()) if lead else None
            if region:
                out.append(MarketValue(region=region, amount=amount, currency=currency, scale=scale, year=year,
                                       kind=self._kind(year, first_forecast_year, True), confidence=0.6,
                                       span=span(self.text, money.start, money.end)))
        return out

    def _paragraph_year(self, sentence: Sentence, at: int, first_forecast_year: int | None) -> int | None:
        """The year a region's undated figure in the past tense is of: the one year the sentence before it, in its
        paragraph, states, when that year is not after the first forecast year ("DACH held 31.5% of revenue in 2024.
        Germany alone was worth EUR 198 million"); None otherwise."""
        if not self._past_tense(at) or re.search(r"\b(?:will|would|could|should|expected|projected|forecast)\b",
                                                 self.text[sentence.start:at]):
            return None
        i = bisect.bisect_left(self.sents, sentence.start, key=lambda s: s.start)
        if i == 0 or "\n\n" in self.text[self.sents[i - 1].end:sentence.start]:
            return None
        years = set(re.findall(YEAR, self.sents[i - 1].text))
        year = int(years.pop()) if len(years) == 1 else None
        return year if year is not None and (first_forecast_year is None or year <= first_forecast_year) else None

    def _year_table_values(self, first_forecast_year: int | None, currencies: set[str]) -> list[MarketValue]:
        """A flattened table: "Regional Revenue (USD Billion) … 2021 2022 2023 North America 126.09 130.80 123.82 …"."""
        out = []
        captions = list(YEAR_TABLE_CAPTION.finditer(self.text))
        for caption, following in zip(captions, [*captions[1:], None]):
            # a caption's table ends where the next caption begins ("Market size, USD million || …" is not the caption
            # of the "Regional Breakdown (IDR trillion)" table below it)
            window = self.text[caption.end():min(caption.end() + 1500, following.start() if following else len(self.text))]
            # Years side by side, or as cells ("Year | 2022 | 2023 | 2025e | 2030f": e estimate, f forecast).
            # (cells parted by "|" or "||": "Equipment Type || 2025e || 2030f || CAGR")
            header = re.search(rf"(?<![\d.])(?P<years>{_YEAR_CELL}(?:(?:\s+|\s*\|\|?\s*){_YEAR_CELL}){{1,11}})(?![\d.])", window)
            if header is None or header.start() > 300:
                continue
            years = [(int(y.group()), caption.end() + header.start() + y.start()) for y in re.finditer(YEAR, header["years"])]
            # "2025e", "2030f": the column says which kind its figures are
            marked = {int(y["year"]): _MARKED_KIND[(y["mark"] or y["mark2"]).lower()]
                      # (or in parentheses: "2027(F)", "FY2024 (est.)", "FY2030 (forecast)")
                      for y in re.finditer(rf"(?P<year>{YEAR})\s?(?:(?P<mark>[AEFPaefp])(?![A-Za-z])|\((?P<mark2>[AEFPaefp])[a-z]*\.?\))",
                                           header["years"])}
            # (a continental publisher's cells: "1.624,3", "812,6"; between bars, "28 640", "1 072.3": a space groups thousands)
            # ("14 120\t15 060": a tab or a run of spaces parts the cells)
            number = (r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?(?=[ \t]*(?:\||\n|$)|\t|[ ]{2,})|(?:\d{1,3}(?:\.\d{3})+|\d{1,3}),\d{1,2}(?![\d,.])"
                      r"|\d[\d,]*(?:\.\d+)?)")
            gap = r"(?:\s*\|\|?\s*|\s+)"
            # "Europe (incl. North Sea)", "Sheet-Based Membranes (Modified Bitumen, PVC, TPO, EPDM)", not "Growth (%)"
            aside = r"\((?![%\d]|units?\)|volume)[^()\n|]{1,80}\)"
            # a cell a template left blank ("1,748.9 | XX.X | X.X%"): its column passed over, the row read on
            cell = rf"(?:{number}|[Xx]{{2,}}(?:\.[Xx]+)?|[–—](?=[ \t]*(?:\||$)))"  # ("48.3 | – | – | 73.3": no figure there)
            # a row names its segment or place, or, right under the years, none: "105,240 | 109,930 | …" is the market
            # ("Type 2 diabetes": a short number inside a name, a word after it)
            # ("Cloud/SaaS", "5–10 kg": a slash inside a name's word, a name that begins with its range)
            # ("Cafés & coffee shops": a name's letters in any alphabet)
            # ("PDE-5 Inhibitors", "sGC Stimulators": digits after a hyphen, a name's capital after its first letters)
            # ("Saddle Pads, Girths & Accessories": a comma between a name's words)
            row_re = re.compile(rf"\|{{0,2}}\s*(?:(?P<name>(?:of which\s+)?(?:(?:[A-ZÀ-Þ]|[a-z]{{1,3}}(?=[A-Z]))[^\W\d_&.'’/\-]*(?:[&.'’/]+[^\W\d_]*|-[^\W_]*)*|\d{{1,3}}\s?[–-]\s?\d{{1,3}}(?=\s+[A-Za-z]))"
                                rf"(?:,?\s+(?:[^\W\d_][^\W\d_&.'’/\-]*(?:[&.'’/]+[^\W\d_]*|-[^\W_]*)*|\d{{1,2}}(?=\s+[A-Za-z])|&|/|{aside})){{0,5}}"
                                rf"(?:\s*{aside})?)"
                                rf"(?:\s+[a-z]\)|[¹²³⁴⁵†])?"  # ("AI / HPC accelerators a)": a footnote's mark after the name)
                                rf"{gap})?(?P<nums>(?:{number}|[–—](?=[ \t]*\|))(?:{gap}{cell}){{{len(years) - 1}}})(?![\d.%])")
            rest = window[header.end():]
            # further header cells after the years ("2024 2034 CAGR (2025-2034) North America 3.41 4.62 3.1% …")
            tail = re.match(r"[ \t|]*(?:CAGR|Share|Growth|Change)\b[^\n|]*?(?:\([^()\n]*\))?(?=[ \t|]+[A-Z]|[ \t|]*\n)", rest)
            rest = rest[tail.end():] if tail else rest
            line_end = window.find("\n", len(window) - len(rest))
            if not row_re.match(rest.lstrip(" |")) and line_end >= 0:
                rest = window[line_end:]  # rows start on the next line ("… | 2030F | CAGR 2025-2030")
                # (a header's second line of column titles, "25-30F    2030F" under "CAGR    Share", comes first)
                second = re.match(r"\n[ \t]*(?:(?:[\d-]+[A-Za-z]?|[A-Za-z%()]+)[ \t]*)+(?=\n)", rest)
                if second and not row_re.match(rest.lstrip(" |")) and not re.search(r"\d[.,]\d", second.group()):
                    rest = rest[second.end():]
            # a template's row with no figures ("Latin America | XX | XX | XX%") is passed over, not the table's end
            placeholder_row = re.compile(rf"\s*\|{{0,2}}\s*[A-Z][A-Za-z&.'’\- /]*?(?:{gap}(?:[Xx]{{2,}}(?:\.[Xx]+)?\s?%?|n/?a|[-–—]))+[ \t|]*\n")
            position = 0
            while (row := row_re.match(rest, position) or (row_re.match(rest, position + len(rest[position:]) - len(rest[position:].lstrip())))) \
                    and row.start() - position < 3 or (skipped := placeholder_row.match(rest, position)):
                if row is None or row.start() - position >= 3:
                    position = skipped.end()
                    continue
                scope = clean(re.sub(r"^of which\s+", "", row["name"] or "")) or None
                if scope and _WHOLE_MARKET_ROW.fullmatch(scope):
                    scope = None  # "Market value | 389.6 | 412.0": the market itself
                currency, raw_scale = _caption_unit(caption)
                # "Others | 95.6 | 117.0": a catch-all row is no segment of its own (the row is read past, not kept)
                catch_all = bool(scope and _OTHERS_ROW.match(scope))
                for (year, _), num in zip([] if catch_all else years, re.finditer(cell, row["nums"])):
                    if num.group()[0] in "Xx–—":
                        continue
                    start = caption.end() + len(window) - len(rest) + row.start("nums") + num.start()
                    place = scope and re.sub(r"\s*\([^()]*\)$", "", scope)  # "Europe (incl. North Sea)": Europe
                    # ("Rest of Europe": the places the table does not name, a region all the same)
                    segment, region = (None, place) if place and (is_place(place) or re.match(r"rest of\s", place, re.IGNORECASE)) \
                        else (scope, None)
                    continental = bool(raw_scale and _CONTINENTAL_SCALE.fullmatch(raw_scale))  # "2.050" under "(EUR Mio.)"
                    # ("(₹ crore)": the amount on the international scale the card uses)
                    amount, scale = _international(_amount(num.group(), continental), raw_scale)
                    out.append(MarketValue(amount=amount, currency=currency, scale=scale,
                                           year=year, kind=_role_kind(marked.get(year), year, first_forecast_year)
                                           or self._kind(year, first_forecast_year, True),
                                           segment=segment, region=region, confidence=0.7,
                                           span=span(self.text, start, start + len(num.group()))))
                position = row.end()
                # ("|| n.m.", "| n/a": a column with no figure)
                extra = re.match(r"(?:\s*\|{0,2}\s*(?:[-−]?[\d.,]+\s?%?|n\.?m\.?|n/?a|[-–—]))+[ \t|]*(?=\n|[A-Z])", rest[position:])
                if extra:  # further columns of the row ("| 9.1%": its CAGR), then the next row
                    position += extra.end()
        return out

    def _money_cell_table_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """A table whose cells write their own currency and scale under year columns: "Region || 2024 || 2025 || 2032" over
        "North America || USD 5.41 Bn || USD 5.73 Bn || USD 8.62 Bn" (a template's "USD XX Mn" passed over)."""
        out = []
        rows = self._table_rows
        for i, (_, header) in enumerate(rows):
            years = [(c, year) for c, cell in enumerate(header) if c and (year := _table_year(cell.strip()))]
            if len(years) < 2:
                continue
            for row_start, row in rows[i + 1:i + 30]:
                if len(row) != len(header):
                    break
                scope = clean(row[0]) or None
                if scope and (_OTHERS_ROW.match(scope) or _CATCH_ALL_ROW.match(scope) and not _WHOLE_MARKET_ROW.fullmatch(scope)):
                    continue
                if scope and _WHOLE_MARKET_ROW.fullmatch(scope):
                    scope = None
                for column, year in years:
                    money = MONEY.fullmatch(row[column].strip())
                    if money is None:
                        continue
                    raw_scale, written_currency = _scale_and_currency(money)
                    amount, scale = _international(_amount(money["num"], _continental(money)), raw_scale)
                    if scale is None:
                        continue
                    start = self.text.find(row[column].strip(), row_start)
                    segment, region = (None, scope) if scope and is_place(scope) else (scope, None)
                    out.append(MarketValue(amount=amount, currency=_currency_code(written_currency, "USD"), scale=scale,
                                           year=year, kind=self._kind(year, first_forecast_year, True), segment=segment,
                                           region=region, confidence=0.7,
                                           span=span(self.text, start, start + len(row[column].strip()))))
        return out

    @property
    def _table_rows(self) -> list[tuple[int, list[str]]]:
        return table_rows(self.text)

    def _labelled_table_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """Tables whose market row or column names its currency: "Indicator | 2024 | 2025E | 2030F" over
        "Market size, EUR million | 486.2 | 612.5 | 1,310.0", or under "(RMB billion)" a column table
        "Year   Market Size   YoY Change" over "2025E   23.6   10.3%"."""
        out = []
        rows = self._table_rows
        for i, (start, header) in enumerate(rows):
            years = [_table_year(c) for c in header[1:]]
            while len(years) > 2 and not years[-1] and re.match(r"(?:CAGR|Share|Growth|Change)\b", header[len(years)], re.IGNORECASE):
                years.pop()  # "Metric | 2024 | 2025 | 2030 | CAGR 2025-2030": the rate's column after the years
            if len(header) >= 3 and all(years):  # years across, a label cell first
                for row_start, row in rows[i + 1:i + 8]:
                    if len(row) != len(header) or any(_table_year(c) for c in row[1:]):
                        break  # ("By Type (USD Mn) | 2024 | 2025e | 2032f": the next table's header, no row of this one)
                    label = _MARKET_ROW_LABEL.search(row[0])
                    segment_label = _UNIT_ROW_LABEL.fullmatch(row[0]) if label is None else None
                    if label is None and segment_label is None:
                        continue
                    label = label or segment_label
                    raw_scale, written_currency = _scale_and_currency(label)
                    currency = _currency_code(written_currency)
                    segment = clean(segment_label["name"]) if segment_label else None
                    for year, cell in zip(years, row[1:]):
                        if _TABLE_NUMBER.fullmatch(cell):
                            at = self.text.index(cell, row_start + len(row[0]))
                            value = self._table_value(_amount(cell), currency, raw_scale, year, at, len(cell),
                                                      first_forecast_year)
                            if value is not None:
                                out.append(value.model_copy(update={"segment": segment}) if segment else value)
            elif header and header[0].lower() == "year" and len(header) >= 2 and re.search(r"market|value|size|revenue",
                                                                                           header[1], re.IGNORECASE):
                caption = YEAR_TABLE_CAPTION.search(self.text[max(0, start - 200):start])
                if caption is None:
                    continue
                currency, raw_scale = _caption_unit(caption)
                for row_start, row in rows[i + 1:i + 15]:
                    year = _table_year(row[0].rstrip("*")) if row else None  # ("2025* | 82,9": a projection's mark)
                    if year is None or len(row) < 2 or not _TABLE_NUMBER.fullmatch(row[1]):
                        break
                    at = self.text.index(row[1], row_start + len(row[0]))
                    value = self._table_value(_amount(row[1]), currency, raw_scale, year, at, len(row[1]), first_forecast_year)
                    out += [value] if value is not None else []
        return out

    def _column_table_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """A table with a market column for one year: "Region   2024 revenue (USD bn)   CAGR" over "Europe   2.60   5.4%",
        or "Country | Market value 2024 | Share" over "India | INR 12,400 crore | 46%"; each row's figure is its place's
        or segment's."""
        out = []
        rows = self._table_rows
        for i, (header_start, header) in enumerate(rows):
            if len(header) < 2:
                continue
            # "Regional revenue snapshot (KRW billion, 2025 | …)" over "Region | 2025 | CAGR": the one year column of a
            # table whose caption line names the market figure and its unit.
            window = max(0, header_start - 300)  # a caption is a short line; a window keeps long lines linear
            caption_line = self.text[max(self.text.rfind("\n", window, max(0, header_start - 1)) + 1, window):header_start]
            caption = YEAR_TABLE_CAPTION.search(caption_line) if _MARKET_WORDS.search(caption_line) else None
            year_columns = [c for c, title in enumerate(header) if c and _table_year(title)]
            for col, title in enumerate(header[1:], start=1):
                column = _MARKET_COLUMN.search(title)
                if (unit_column := _UNIT_YEAR_COLUMN.fullmatch(title)) is not None:
                    column = unit_column
                    unit = (_currency_code(unit_column["cur"] or unit_column["cur2"]), unit_column["scale"] or unit_column["scale2"])
                elif caption is not None and year_columns == [col] and re.fullmatch(YEAR, title):
                    column = re.match(rf"(?P<year>{YEAR})", title)
                    unit = _caption_unit(caption)
                elif (unit_only := _UNIT_COLUMN.fullmatch(title)) is not None and len(caption_years := list(
                        re.finditer(rf"(?P<year>{YEAR})", caption_line))) == 1 and _MARKET_WORDS.search(caption_line) \
                        and not _COMPANIES_CAPTION.search(caption_line) and not any(_COMPANY_CELL.fullmatch(h) for h in header):
                    # "Country table: value and grind volume, 2024" over "Country | Value (USD bn) | Grind ('000 tonnes)"
                    column = caption_years[0]
                    unit = (_currency_code(unit_only["cur"], "USD"), unit_only["scale"])
                elif column is not None:
                    # ("Value 2034 (billion USD)": the scale, then the currency; "2024 value (EUR m)": a scale's initial)
                    titled = re.search(rf"{CURRENCY}\s*(?P<scale>trillion|billion|million|bn|mn|[mb](?=\s*\)))\b|\((?P<scale2>trillion|billion|"
                                       rf"million|bn|mn)\s+(?P<cur2>{_CURRENCY_WORD})\)", title, re.IGNORECASE)
                    unit = (_currency_code(titled["cur"] or titled["cur2"], "USD"), titled["scale"] or titled["scale2"]) if titled else None
                else:
                    continue
                for row_start, row in rows[i + 1:i + 30]:
                    if len(row) != len(header):
                        break
                    at = self.text.index(row[col], row_start + len(row[0]))
                    # ("USD 1.12 billion (IDR 17.6 trillion)": the figure and its restatement in another currency)
                    restated = re.fullmatch(r"(?P<first>[^()]+?)\s*\((?P<second>[^()]+)\)", row[col])
                    cells = [(restated["first"], at), (restated["second"], at + restated.start("second"))] \
                        if restated and all(_cell_figure(part, None) for part in restated.groups()) else [(row[col], at)]
                    label = clean(row[0]).rstrip("*")
                    if _OTHERS_ROW.match(label):
                        continue  # "Other 11 voivodeships": a catch-all row is no segment or place of its own
                    # ("Poland, total": the market's own row)
                    scope = None if _WHOLE_MARKET_ROW.fullmatch(label) or re.search(r",\s*total$", label, re.IGNORECASE) else label
                    year = int(column["year"])
                    place = scope is not None and (is_place(scope) or bool(PLACE_COLUMN.fullmatch(header[0])))
                    for cell, at in cells:
                        if (figure := _cell_figure(cell, unit)) is not None:
                            out.append(self._row_value(*figure, year, first_forecast_year, scope, place, at, at + len(cell)))
        return out

    def _captioned_row_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """Rows of one figure each, right under a caption that names their one year: "Revenue by Machine Type, 2024 (USD
        Billion)" over "Lathes & Turning Centers    27.4", or "By the numbers (…, 2024)" over "Remarketing & value
        recovery    $2.31B    36%" (each cell writing its currency). Each row's figure is its segment's or place's."""
        out = []
        rows = self._table_rows
        for i, (caption_start, caption) in enumerate(rows):
            years = set(re.findall(YEAR, caption[0])) if len(caption) == 1 and len(caption[0]) <= 160 else set()
            if len(years) != 1:
                continue
            if _COMPANIES_CAPTION.search(caption[0]):
                continue  # "Turnover of main operators, 2024 (M€, total company, all product lines)": companies' figures
            year = int(years.pop())
            unit = _caption_unit(caption_unit) if (caption_unit := YEAR_TABLE_CAPTION.search(caption[0])) else None
            found, line_end, place_rows = [], caption_start + len(caption[0]), False
            for row_start, row in rows[i + 1:i + 30]:
                # "Region | £m | Share" right under the caption: a header whose figure column gives the unit
                # ("Region | Market size | Share" under "Regional analysis (2024, ¥ billion)": the caption gave the unit)
                if not found and self.text.count("\n", line_end, row_start) == 1 and 2 <= len(row) <= 3 \
                        and ((header_unit := _UNIT_HEADER.fullmatch(row[1].strip()))
                             or unit is not None and _FIGURE_HEADER.fullmatch(row[1].strip())) \
                        and (len(row) == 2 or re.fullmatch(r"share(?:\s*\(%\))?|%", row[2].strip(), re.IGNORECASE)):
                    unit = (_currency_code(header_unit["cur"]), header_unit["scale"]) if header_unit else unit
                    place_rows = bool(PLACE_COLUMN.fullmatch(row[0].strip()))
                    line_end = self.text.find("\n", row_start) if "\n" in self.text[row_start:] else len(self.text)
                    continue
                # (the next line, not a row after a blank line or prose; a name, its figure, perhaps its share)
                if self.text.count("\n", line_end, row_start) != 1 or not 2 <= len(row) <= 3 \
                        or re.search(r"\d", row[0]) or len(row) == 3 and not re.fullmatch(r"[\d.,]+\s?%", row[2]) \
                        or _table_year(row[1]):  # ("Technology | 2024": a header, its table read by the column reader)
                    break
                line_end = self.text.find("\n", row_start) if "\n" in self.text[row_start:] else len(self.text)
                if (figure := _cell_figure(row[1], unit)) is None:
                    break
                at = self.text.index(row[1], row_start + len(row[0]))
                found.append((clean(row[0]).rstrip("*:"), *figure, at, len(row[1])))
            for label, amount, currency, scale, at, length in found if len(found) >= 2 else []:
                if _OTHERS_ROW.match(label):
                    continue  # a catch-all row is no segment of its own
                scope = None if _WHOLE_MARKET_ROW.fullmatch(label) else label
                out.append(self._row_value(amount, currency, scale, year, first_forecast_year, scope,
                                           scope is not None and (place_rows or is_place(scope)), at, at + length))
        return out

    def _year_series_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """A line of "year: figure" cells right under a caption naming the market and its unit: "Figure 5.7 Poland
        forklift trucks market, 2022-2031 (PLN mld)" over "2022: 4.27 | 2023: 4.58 | 2025E: 5.18 | 2031F: 7.06"."""
        out = []
        rows = self._table_rows
        for (caption_start, _), (row_start, row) in zip(rows, rows[1:]):
            cells = [_YEAR_SERIES_CELL.fullmatch(c) for c in row]
            if len(cells) < 2 or not all(cells) or self.text.count("\n", caption_start, row_start) != 1:
                continue
            caption = self.text[caption_start:row_start]
            if len(caption) > 200 or not _MARKET_WORDS.search(caption) or _COMPANIES_CAPTION.search(caption) \
                    or (unit := YEAR_TABLE_CAPTION.search(caption)) is None:
                continue
            currency, raw_scale = _caption_unit(unit)
            for cell, written in zip(cells, row):
                at = self.text.index(written, row_start) + cell.start("num")
                value = self._table_value(_amount(cell["num"]), currency,
                                          raw_scale, int(cell["year"]), at, len(cell["num"]), first_forecast_year)
                if value is not None and cell["mark"]:  # ("2025E", "2031F": the cell says its figure's kind)
                    value = value.model_copy(update={"kind": _role_kind(_MARKED_KIND[cell["mark"].lower()], value.year,
                                                                       first_forecast_year)})
                out += [value] if value is not None else []
        return out

    def _caption_column_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """Rows with no header under a caption that names their columns, one of them a year's figures and its unit:
        "Country snapshot (2024, USD billion / share / CAGR 2025-2033)" over "Colombia | 0.97 | 9.9% | 10.9%"."""
        out = []
        rows = self._table_rows
        for i, (caption_start, _) in enumerate(rows):
            # (the caption's whole line: its bracket's bars part no cells, "(2024, USD Mn | share | CAGR 2025-2031)")
            line_end = self.text.find("\n", caption_start)
            caption = self.text[caption_start:line_end if line_end >= 0 else None]
            titles = _caption_columns(caption) if len(caption) <= 160 else []
            money = [(c, unit, years) for c, title in enumerate(titles)
                     if (unit := YEAR_TABLE_CAPTION.search(f"({title})")) and len(years := re.findall(YEAR, title)) == 1]
            if len(money) != 1 or _COMPANIES_CAPTION.search(caption):
                continue
            column, written_unit, (year,) = money[0]
            unit = _caption_unit(written_unit)
            place_rows = bool(_PLACES_CAPTION.search(caption))
            previous = caption_start
            for row_start, row in rows[i + 1:i + 30]:
                # (the next line, a row of as many cells as the caption names columns, after its name; or the same line
                # as the row before, in a table flattened onto one line)
                if self.text.count("\n", previous, row_start) not in ((1,) if previous == caption_start else (0, 1)) \
                        or len(row) != len(titles) + 1:
                    break
                previous = row_start
                if _table_year(row[column + 1]) or PLACE_COLUMN.fullmatch(row[0].strip()):
                    continue  # "Region | 2025 | CAGR": the rows' own header under the caption
                label = clean(row[0]).rstrip("*:")
                if (figure := _cell_figure(row[column + 1], unit)) is None or _OTHERS_ROW.match(label):
                    continue
                at = self.text.index(row[column + 1], row_start + len(row[0]))
                scope = None if _WHOLE_MARKET_ROW.fullmatch(label) else label
                out.append(self._row_value(*figure, int(year), first_forecast_year, scope,
                                           scope is not None and (place_rows or is_place(scope)), at, at + len(row[column + 1])))
        return out

    def _captioned_list_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """Bullets of one figure each under a line that names their dimension and year: "By service, in 2024:" over
        "- Home nursing care (SSIAD): 2 100 M€" and "- Meal delivery: 480 M€, the smallest"; each figure is its
        bullet's segment's (or place's)."""
        out = []
        for caption in _LIST_CAPTION.finditer(self.text):
            year, found, next_line = int(caption["year"]), [], caption.end()
            while (item := _FIGURE_BULLET.match(self.text, next_line)) is not None \
                    and (figure := _cell_figure(item["figure"].strip(), None)) is not None:
                found.append((item, figure))
                next_line = item.end()
            for item, (amount, currency, scale) in found if len(found) >= 2 else []:
                label = clean(re.sub(r"\s*\([^()]*\)\s*$", "", item["name"]))
                if _OTHERS_ROW.match(label):
                    continue
                out.append(self._row_value(amount, currency, scale, year, first_forecast_year, label, is_place(label),
                                           item.start("figure"), item.start("figure") + len(item["figure"].strip())))
        return out

    def _year_row_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """A statistics table with a year in each row: "Year | GWP (₦ billion) | Change on previous year" over
        "2024 | 187.4 | 38.2%"; the first column of money is the market's figure for each row's year."""
        out = []
        rows = self._table_rows
        for i, (header_start, header) in enumerate(rows):
            if len(header) < 2 or not _YEAR_HEADER.fullmatch(header[0]):
                continue
            col = next((c for c, title in enumerate(header[1:], start=1) if _MONEY_COLUMN.search(title)), None)
            if col is not None and not _NOT_A_MARKET_COLUMN.search(header[col]):
                titled = _MONEY_COLUMN.search(header[col])
                currency = _currency_code(titled["cur"] or titled["sign"] or titled["cur2"], "USD")
                raw_scale = titled["scale"] or titled["scale2"]
            else:
                # "Table 1. Export value, 2019-2024 (Unit: VND trillion)" over "Year | Export value | Change (%)": the unit
                # in the caption over the table, the market's column by its title
                above = self.text[max(0, header_start - 240):header_start]
                caption = [*YEAR_TABLE_CAPTION.finditer(above)]
                col = next((c for c, title in enumerate(header[1:], start=1) if _MARKET_WORDS.search(title)
                            and not _NOT_A_MARKET_COLUMN.search(title) and not re.search(r"%|share|change|growth", title, re.I)),
                           None)
                if not caption or col is None or "\n\n" in above[caption[-1].end():]:
                    continue
                currency, raw_scale = _caption_unit(caption[-1])
            for row_start, row in rows[i + 1:i + 40]:
                year = _table_year(row[0]) if len(row) == len(header) else None
                if year is None:
                    break
                cell = row[col].strip()
                if not _TABLE_NUMBER.fullmatch(cell):
                    continue
                at = self.text.index(cell, row_start + len(row[0]))
                mark = re.search(r"[EFPefp]\s*$", row[0].strip())
                amount, scale = _international(_amount(cell), raw_scale)
                if scale is None:
                    break
                out.append(MarketValue(amount=amount, currency=currency, scale=scale, year=year,
                                       kind=_MARKED_KIND[mark.group().strip().lower()] if mark else
                                       self._kind(year, first_forecast_year, True),
                                       confidence=0.7, span=span(self.text, at, at + len(cell))))
        return out

    def _key_fact_values(self, first_forecast_year: int | None) -> list[MarketValue]:
        """A key-facts box flattened a label or a figure a line ("Market Size 2025" over "USD 448.3 Million"), and a
        statistics tile, the figure then its label ("$1.19B | 2025 Estimate"): the market's figure for that year."""
        out = []
        # (read over the whole text at once: a line-by-line reading cost a tenth of the figures' time)
        for m in [*_KEY_FACT_LINES.finditer(self.text), *_STAT_TILE_LINE.finditer(self.text)]:
            cell = m["cell"].strip()
            if (figure := _cell_figure(cell, None)) is not None:
                at = m.start("cell") + m["cell"].index(cell)
                out.append(self._row_value(*figure, int(m["year"] or m["year2"]), first_forecast_year, None, False, at,
                                           at + len(cell)))
        return out

    def _row_value(self, amount: float, currency: str, scale: str, year: int, first_forecast_year: int | None,
                   label: str | None, place: bool, start: int, end: int) -> MarketValue:
        """A table row's or a list item's figure: its label names the place (a region) or the segment it is of; no label,
        the market's own row."""
        return MarketValue(amount=amount, currency=currency, scale=scale, year=year,
                           kind=self._kind(year, first_forecast_year, True), confidence=0.7,
                           segment=None if label is None or place else label, region=label if place else None,
                           span=span(self.text, start, end))

    def _table_value(self, amount: float, currency: str, raw_scale: str, year: int, at: int, length: int,
                     first_forecast_year: int | None) -> MarketValue | None:
        """A table cell's figure on the card's scale ("(₹ crore)" too), or None for a unit with no scale."""
        amount, scale = _international(amount, raw_scale)
        if scale is None:
            return None
        return MarketValue(amount=amount, currency=currency, scale=scale, year=year,
                           kind=self._kind(year, first_forecast_year, True), confidence=0.7,
                           span=span(self.text, at, at + length))

    def _past_tense(self, offset: int) -> bool:
        # (a comma between digits is a thousands separator, not a clause break: "stood at INR 1,620 crore (USD 195 million)")
        clauses = re.split(r"\band\b|;|,(?!\d)|(?<!\d),", self.text[max(0, offset - 80):offset])
        clause = clauses[-1].lower()
        if len(clauses) > 1 and not clause.strip():
            clause = clauses[-2].lower()  # "accounted for EUR 2.1 billion and EUR 1.4 billion": a listed amount, the list's verb
        if len(clauses) > 1 and re.match(r"\s*(?:worth|or|valued\s+at|equal\s+to|amounting\s+to|equivalent\s+to)\b", clause):
            clause = clauses[-2].lower() + clause  # "North America held a 34.8% share, worth USD 302.2 million": the share's verb
        return bool(re.search(r"\b(was|were|stood|had|accounted|recorded|reached|generated|came|totall?ed|amounted|rose|grew|"
                              r"earned|spent|climbed|fell|declined|held|captured|commanded|represented|contributed)\b", clause))

    def _kind(self, year: int, first_forecast_year: int | None, past: bool) -> str:
        """By role: before the first forecast year actual, that year an estimate, later years forecasts; with no forecast
        period, by the page's date when it has one (a year before it is past: "$3.9 billion last year" on a 2025 page),
        else by the verb's tense."""
        if first_forecast_year is not None:
            return "actual" if year < first_forecast_year else "estimate" if year == first_forecast_year else "forecast"
        if self.published_year is not None:
            return "actual" if year < self.published_year else "estimate" if year == self.published_year else "forecast"
        return "actual" if past else "forecast"

    def cagrs(self, forecast: Period | None, scope: str | None = None) -> list[Cagr]:
        """The rates the page states; ``scope`` (the market's country or region) is the market's own place: "the South
        Korea … market …, growing at a CAGR of 17.7%" is the market's rate, not a region's."""
        found: list[Cagr] = [*self._stat_card_cagrs(), *self._table_cagrs(), *self._respective_rates(forecast)]
        forecast_end = FORECAST_END.search(self.text) if forecast is None else None
        previous: Sentence | None = None
        # the period a rate of this or the sentence before states, for "over the same period" (not one stated pages earlier)
        stated_here: tuple[int, int] | None = None
        for sent in self.sents:
            before_this, previous = previous, sent
            stated_before, stated_here = stated_here, None
            if re.search(r"year[- ]over[- ]year|\byoy\b|y-o-y", sent.text, re.IGNORECASE):
                continue
            cagr_matches = [*CAGR_AFTER.finditer(sent.text), *CAGR_BEFORE.finditer(sent.text), *ANNUAL_RATE.finditer(sent.text),
                            *ANNUAL_GROWTH_AT.finditer(sent.text), *COMPOUNDED_AT.finditer(sent.text),
                            *GROWTH_LABEL.finditer(sent.text), *GROWTH_RATE_ROW.finditer(sent.text)] \
                if _CAGR_CUE.search(sent.text) else []
            if not cagr_matches or CORRECTION.search(sent.text):
                continue  # (a correction notice's old and new rates: the corrected text states the new one)
            monies = self._dated_monies(sent)
            money_years = [money.year for money in monies]
            # the sentence before's figures, read only when a rate "over the same period" needs their years
            previous_years = [money.year for money in self._dated_monies(before_this)] if before_this else []
            # what the whole sentence says, read once (not once per rate: a long run of rates would cost its square)
            same_period = re.search(r"\b(?:the|this|that|same) (?:period|horizon|time ?frame)\b", sent.text)
            sentence_end = END_ONLY.search(sent.text)
            for m in cagr_matches:
                percent = float(re.sub(r"[−–]\s?", "-", m["pct"]).replace(",", ".").replace(" ", ""))
                if percent == 0 or abs(percent) >= 100 or re.search(r"XX", sent.text[m.start():m.end()]):
                    continue
                after = sent.text[m.end():m.end() + 90]
                before = sent.text[max(0, m.start() - 90):m.start()]
                if m.start() > 90 and sent.text[m.start() - 91].isalnum():
                    before = re.sub(r"^\S*\s*", "", before)  # (the window's first word whole or not at all: not "he dry-type")
                # ("will decline at 2.2% a year": the verb inside the rate's own words)
                if percent > 0 and (DECLINE.search(before) or re.match(r"(?:declin|decreas|shrink)", m.group(), re.IGNORECASE)):
                    percent = -percent
                start = end = None
                period_match = RANGE.search(m.group()) or _period_after(after) or _period_before(before) or FROM_TO.search(after)
                if period_match is None and re.search(r"\bthan\b", before):
                    continue  # "…, faster than the wider toys category, which it expects to expand at about 3% a year"
                # ("… growth rate for 2025-30 at 13.7%": the short period inside the rate's own words)
                # ("That implies a 2025-30 CAGR of 7.2%": the short period just before the rate's word)
                short = None if period_match else _SHORT_PERIOD_AFTER.match(after) or _SHORT_PERIOD.search(m.group()) \
                    or _SHORT_PERIOD_BEFORE_CAGR.search(before + m.group()[:4])
                if period_match:
                    start, end = int(period_match["a"]), int(period_match["b"])
                elif short:  # "a 13.1% CAGR for 2024-31"
                    start, end = int(short["a"]), _in_the_century_of(short["a"], short["b"])
                elif (e := END_ONLY.search(after)) is not None:
                    end = int(e["b"])
                    start = forecast.start if forecast and forecast.start < end else None
                elif same_period and (stated_here or stated_before):  # "… 20.8% during 2025-2032. … 6.9% a year over the same period"
                    start, end = stated_here or stated_before
                elif (begins := START_ONLY.match(after)) and (later := [y for y in [*money_years, forecast and forecast.end]
                                                                        if y and y > int(begins["a"])]):
                    start, end = int(begins["a"]), max(later)
                elif forecast is not None and forecast.confidence >= 0.9 and OVER_THE_FORECAST_PERIOD.match(after):
                    start, end = forecast.start, forecast.end  # "… by FY2032, registering a CAGR of 6.6% over the forecast period"
                elif OVER_THE_FORECAST_PERIOD.match(after) and (headline := next(
                        (c for c in found if c.segment is None and c.region is None and c.start and c.end
                         and c.end >= max(money_years, default=0)), None)):
                    # no period named as the forecast's: the headline rate's, before one inferred from the base year
                    # (not a past rate that ends before the sentence's own figures: "… 19.7% over 2019-2024. By 2030 the
                    # market will reach RMB 1.205 trillion, with a CAGR of 11.9% in the forecast period")
                    start, end = headline.start, headline.end
                elif forecast is not None and OVER_THE_FORECAST_PERIOD.match(after):
                    start, end = forecast.start, forecast.end
                elif len(set(money_years)) >= 2:  # "grow from X in 2024 to Y by 2029, at a CAGR of …": its figures' years
                    linked = [money.year for money in monies if money.start < sent.start + m.start()][-2:]
                    start, end = (linked[0], linked[1]) if len(linked) == 2 and linked[0] < linked[1] else \
                        (min(money_years), max(money_years))
                elif forecast is not None:
                    start, end = forecast.start, forecast.end
                elif (same_period or _FROM_THE_FIGURES_BEFORE.match(sent.text)) and len(set(previous_years)) >= 2:
                    # "Over the same period, … 5%", "That works out to a compound annual growth rate of 7.9%."
                    start, end = min(previous_years), max(previous_years)
                elif (clause_years := _years_in_clause(monies, sent, m)) and (
                        clause_years[-1][1] or (sentence_end or forecast_end) is None):
                    # "… expected to grow at 9.1% a year to INR 4,620 crore by 2031": the figure the rate leads to; a figure
                    # before the rate ends its period only when nothing else does ("The UAE recorded AED 2.54 billion in
                    # 2024 and is expected to grow at 6.9% a year" over a page whose forecast runs to 2031: its start)
                    end = clause_years[-1][0]
                elif (e := sentence_end or forecast_end) is not None:
                    end = int(e["b"])
                if start is not None and end is not None and start >= end:
                    continue
                if period_match or short:
                    stated_here = (start, end)
                # ("North America Growth Rate 2025-2033 | 6.1%": the row's label names its subject)
                segment, region = self._subject(m["lead"] if m.re is GROWTH_RATE_ROW and m["lead"] else before)
                if (one_of := _ONE_OF_THE_SEGMENTS.match(sent.text[:m.start()])) is not None:
                    segment, region = clean(one_of["name"]), None  # "Water Reducers (…), one of the segments analyzed, … 6.4% CAGR"
                elif segment is None and region is None:
                    region = _appositive_place(sent.text[:m.start()])  # "China, the world's second largest economy, is …"
                tail = re.split(r"[,;:]\s|\band\b", before)[-1]
                if segment is None and region is None and len(sent.text[:m.start()]) > len(before) \
                        and (_VERB_FIRST.match(tail) or _PARTICIPLE_FIRST.match(tail)):
                    # "The U.S. … market size was USD 0.52 billion in 2024 and is projected to hit …, growing at a CAGR of
                    # 16.4%": clauses that begin with their verb carry the subject the sentence began with, further back
                    head = sent.text[:m.start()]
                    segment, region = self._subject(head[:len(head) - len(tail)].rstrip(" ,") if _PARTICIPLE_FIRST.match(tail) else head)
                if segment is None and region is None and (ranked := _RANKED_SUBJECT.search(sent.text, 0, m.start())) \
                        and (name := subject_name(ranked["name"])) and not re.search(r"\bmarkets?\b", name, re.IGNORECASE):
                    segment = name  # "Oral formulations are the fastest-growing route, at a CAGR of 34.2%": the route's rate
                if segment is None and region is None and (named := _stated_before(found, percent, sent.text[:m.start()])):
                    segment, region = named.segment, named.region  # "A: Batteries, at 12.6% CAGR": the rate stated before, again
                after_match = _period_after(after)
                quote_end = sent.start + m.end() + (after_match.end() if after_match else 0)
                found.append(Cagr(percent=percent, start=start, end=end, segment=segment, region=region,
                                  span=span(self.text, sent.start + m.start(), quote_end),
                                  confidence=0.9 if period_match else 0.7))
                if re.match(r"CAGRs\b", m.group()):  # a list of subjects with their rates after "CAGRs as"
                    for item in CAGR_ITEM.finditer(sent.text, m.start()):
                        name = subject_name(item["name"])
                        if not name:
                            continue
                        found.append(Cagr(percent=float(item["pct"].replace(",", ".")), start=start, end=end,
                                          segment=name, span=span(self.text, sent.start + item.start(), sent.start + item.end()),
                                          confidence=0.6))
            found += self._sibling_rates(sent, cagr_matches, found)
        found = [c.model_copy(update={"region": None}) if c.region and is_the_scope(c.region, scope) else c for c in found]
        return _dedupe_cagrs(_with_the_headline_period(found))

    def _respective_rates(self, forecast: Period | None) -> list[Cagr]:
        """ "Among the other noteworthy geographic markets are Japan and Canada, each forecast to grow at 3.4% and 4.9%
        respectively over the 2024-2030 period": each subject's rate, in the order written; over the sentence's period,
        else the forecast's."""
        out = []
        for sent in self.sents:
            listed = _RESPECTIVE_RATES.search(sent.text) if "respectively" in sent.text else None
            if listed is None:
                continue
            names = [clean(item.text) for item in split_items(listed["names"])]
            rates = list(re.finditer(PERCENT, listed["rates"]))
            period = RANGE.search(sent.text)
            start, end = (int(period["a"]), int(period["b"])) if period else (forecast.start, forecast.end) if forecast else (None, None)
            if len(names) != len(rates) or len(names) < 2 or end is None:
                continue
            for name, rate in zip(names, rates):
                place = place_named(name)
                at = sent.start + listed.start("rates") + rate.start()
                out.append(Cagr(percent=float(rate["pct"].replace(",", ".")), start=start, end=end,
                                segment=None if place else name, region=place, span=span(self.text, at, at + len(rate.group())),
                                confidence=0.6))
        return out

    def _sibling_rates(self, sent: Sentence, cagr_matches: list[re.Match], found: list[Cagr]) -> list[Cagr]:
        """The rates of other regions or segments in a sentence that gives one its CAGR: "… at a CAGR of 6.2% from
        2025 to 2033, followed by Western Australia at 5.6%", "…, while Europe is expected to grow at 7.2%"; over the
        sentence's period. Not a share ("… held the largest share at 42%")."""
        own = [c for c in found if sent.start <= c.span.start < sent.end]
        if not own:
            return []
        # a bare "Europe at 30%" is a rate only beside a ranking or a subject's rate (else it may be a share)
        ranked = bool(re.search(r"\bfollowed by\b|\bfastest\b|\bslowest\b", sent.text)) or any(c.segment or c.region for c in own)
        period = next(((c.start, c.end) for c in own if c.start and c.end), (None, None))
        taken = [(m.start(), m.end()) for m in cagr_matches]
        out = []
        for m in _SIBLING_RATE.finditer(sent.text):
            if any(a < m.end() and m.start() < b for a, b in taken) or not (ranked or m["verb"]):
                continue
            clause = re.split(r"[,;:]\s|\b(?:while|whereas|and|but)\b", sent.text[max(0, m.start() - 90):m.start()])[-1]
            if _SHARE_WORDS.search(clause):
                continue
            segment, region = self._subject(sent.text[max(0, m.start() - 90):m.start()])
            if not (segment or region):
                continue
            percent = float(re.sub(r"[−–]\s?", "-", m["pct"]).replace(",", "."))
            out.append(Cagr(percent=percent, start=period[0], end=period[1], segment=segment, region=region,
                            span=span(self.text, sent.start + m.start("pct"), sent.start + m.end()), confidence=0.6))
        return out

    def _dated_monies(self, sent: Sentence) -> list[_Money]:
        """A sentence's dated figures as a CAGR reads them (in context), read once per sentence."""
        cache = self.__dict__.setdefault("_monies", {})
        if sent.start not in cache:
            cache[sent.start] = [m for m in _money_in(self.text, sent, True, self.continental) if m.year] \
                if re.search(r"\d{4}", sent.text) else []
        return cache[sent.start]

    def _table_cagrs(self) -> list[Cagr]:
        """A table with a CAGR column: "Region | Share 2024 | CAGR 2025-2034" over "Europe | 17.6% | 15.8%", or the
        same with runs of spaces between the columns; the period may be in the caption above ("(… | CAGR 2026-2033)")."""
        out = []
        rows = self._table_rows
        for i, (start, header) in enumerate(rows):
            # ("… | CAGR 2020-2024 | CAGR 2024-2030E": each rate column, with its own period)
            # (not "Growth rate | CAGR of 6.5% from 2025 to 2033": a row that states the rate, no column's title)
            for column in [c for c, cell in enumerate(header) if c and re.search(r"\bCAGR\b", cell) and not re.search(PERCENT, cell)]:
                cells = header
                # ("CAGR 25-30E", "CAGR 2025-30E": an estimate's or a forecast's mark after the year)
                period = RANGE.search(cells[column]) or re.search(r"CAGR\s*\(?'?(?P<a>[0-3]\d)\s*[-–]\s*'?(?P<b>[0-3]\d)(?:[EFPefp]\b|\b)", cells[column])
                if period is not None and len(period["a"]) == 2:  # "CAGR 25-30": this century's years
                    period = {"a": f"20{period['a']}", "b": f"20{period['b']}"}
                elif period is None and (short := re.search(r"CAGR\s*\(?(?P<a>(?:19|20)\d\d)\s*[-–]\s*'?(?P<b>\d\d)(?:[EFPefp]\b|\b)(?!\d)", cells[column])):
                    period = {"a": short["a"], "b": str(_in_the_century_of(short["a"], short["b"]))}  # "CAGR 2025-30"
                if period is None:
                    above = self.text[max(0, start - 160):start]
                    caption = re.search(rf"\bCAGR\b[^\n]{{0,20}}?{RANGE.pattern}", above)
                    period = caption if caption and "\n" in above[caption.end():] else None
                    # ("Table 3 | Share of 2025E value and CAGR 2025-31 by segment": this century's end year)
                    short = re.search(r"\bCAGR\s*\(?(?P<a>(?:19|20)\d\d)\s*[-–]\s*'?(?P<b>\d\d)\b(?!\d)", above) if period is None else None
                    if short and "\n" in above[short.end():]:
                        period = {"a": short["a"], "b": str(_in_the_century_of(short["a"], short["b"]))}
                # a bare "CAGR" after the year columns is the rate between the first and the last of them
                # ("Equipment Type || 2025e || 2030f || CAGR")
                header_years = [int(y) for cell in cells[:column] if (y := _table_year(cell))]
                if period is None and len(header_years) >= 2 and re.fullmatch(r"\s*CAGR\s*(?:\(%\))?\s*", cells[column]):
                    period = {"a": str(header_years[0]), "b": str(header_years[-1])}
                if period is None or int(period["a"]) >= int(period["b"]):
                    continue
                # ("Dimension | Segment | Share | CAGR" over "Material | Glass | 71% | 7.2%": the segment's own column)
                name_column = 1 if column > 1 and dimension_and_segment(cells) else 0
                # the rates' unit in the column's title, or in the caption over the table ("… and CAGR 2025-2030 (%)")
                caption = self.text[:start].rstrip("\n").rpartition("\n")[2]
                in_percent = "%" in cells[column] or re.search(r"\bCAGR\b[^\n]*\(%\)", caption) is not None
                # "Regional Market Value, 2024 (USD Billion) | CAGR 2025-2032" over "Europe | 1.24 | 4.3%": the first title
                # is the caption of the names and of the figures beside them
                if column == len(cells) - 1 and i + 1 < len(rows) and len(rows[i + 1][1]) == len(cells) + 1:
                    cells, column = ["", *cells], column + 1
                for row_start, row in rows[i + 1:i + 30]:
                    if len(row) != len(cells):
                        break
                    # ("CAGR 2025-2032 (%)" over "10.8"; a column titled only "CAGR 2025-2030" over "4.4", a rate all the same)
                    rate = re.fullmatch(rf"\s*{PERCENT}\s*", row[column]) or \
                        re.fullmatch(r"\s*(?P<pct>[-−–]?\d{1,2}(?:\.\d+)?)\s*" if in_percent else r"\s*(?P<pct>[-−–]?\d{1,2}\.\d)\s*", row[column])
                    name = clean(row[name_column])
                    unit = re.search(r"\s*\(([^()]*)\)$", name)
                    if unit and not re.search(rf"{CURRENCY}|%", unit[1]) and not _MEASURE.fullmatch(unit[1]):
                        unit = None  # a note, not a unit: "Europe (incl. North Sea)", "Riserless light well intervention (RLWI)"
                    if unit and (not re.search(rf"{CURRENCY}|%", unit[1]) or "/" in unit[1]) \
                            or re.match(r"(?:average\s+)?(?:selling\s+)?price|ASP\b", name, re.IGNORECASE):
                        continue  # "Patients on dialysis (thousand)", "Average selling price (USD/kg)": a count's or a price's rate
                    name = name[:unit.start()] if unit else name  # "Home haemodialysis (GBP m)"
                    if place_name := re.fullmatch(r"(?P<place>.+?)\s*\((?:incl|excl|including|excluding|ex)\b[^()]*\)", name):
                        name = place_name["place"]  # "Europe (incl. North Sea)": Europe
                    rest_of = re.match(r"rest of\s", name, re.IGNORECASE)  # "Rest of the World | 216.5 | 788.0 | 17.6%": a region all the same
                    # ("Global market value (USD Mn)": the market's own row, a catch-all's name all the same)
                    if rate is None or not name or _CATCH_ALL_ROW.match(name) and not rest_of \
                            and not re.search(r"\bmarket\b", name, re.IGNORECASE):
                        continue
                    percent = float(re.sub(r"[−–]\s?", "-", rate["pct"]).replace(",", "."))
                    # ("Power rating – Low (up to 125 A)": the row's dimension, then its segment)
                    if dimension := re.match(r"[A-Z][a-z]+(?:[ -][a-z]+){0,2}\s[–—]\s(?=\S)", name):
                        name = name[dimension.end():]
                    # ("Europe (EU4 + UK)": a place, and a note on what it counts)
                    head = re.sub(r"\s*\([^()]*\)$", "", name)
                    place = REGIONS.get(name.lower()) or country_name(name) or REGIONS.get(head.lower()) or (
                        name if PLACE_COLUMN.fullmatch(cells[0]) or is_place(name) or rest_of else None)
                    cell_start = self.text.index(row[column], row_start + len(row[0]))
                    # "UK dialysis services market", "Europe total", "USD 31.2 Bn" (the row of the market's figures): the whole
                    # market's rate
                    whole_market = (re.search(r"\bmarket\b", name, re.IGNORECASE) or _WHOLE_MARKET_ROW.fullmatch(name)
                                    or re.match(rf"{CURRENCY}\s?\d", name)) and not place
                    out.append(Cagr(percent=percent, start=int(period["a"]), end=int(period["b"]),
                                    segment=None if place or whole_market else name, region=place,
                                    span=span(self.text, cell_start + rate.start("pct"), cell_start + len(row[column])),
                                    confidence=0.7))
        return out + self._captioned_rate_rows()

    def _captioned_rate_rows(self) -> list[Cagr]:
        """Rates under a caption that names them and their period, one name and one rate a line, no header row:
        "Exhibit 3.3: Regional CAGR, 2025–2033" over "North America    6.6%"."""
        out = []
        for caption in _RATE_CAPTION.finditer(self.text):
            # ("(value CAGR 2025-30)": the end year in two digits, in the start's century)
            period = {"a": caption["a"], "b": str(_in_the_century_of(caption["a"], caption["b"][-2:]))}
            if int(period["a"]) >= int(period["b"]):
                continue
            # "Regional Analysis (2023 share | CAGR 2024-2032):" over "Europe | 38.2% | 9.8%": the caption names the
            # columns, the rate is in the column it names CAGR
            titles = _caption_columns(caption.group())
            rate_column = next((c for c, title in enumerate(titles) if "CAGR" in title), None)
            place_rows = bool(_PLACES_CAPTION.search(caption.group()))
            at = caption.end() + 1
            at += self.text.startswith("\n", at)  # (a blank line under the caption)
            while (row := _RATE_ROW.match(self.text, at) if rate_column is None else
                   _COLUMN_ROW.match(self.text, at) or _SPACED_ROW.match(self.text, at)) is not None:
                at = row.end() + 1
                if rate_column is not None:
                    cells = cell_spans(row.group())
                    if len(cells) != len(titles) + 1 and "|" not in row.group():
                        break  # (prose under a spaced table)
                    rate = re.fullmatch(rf"{PERCENT}", cells[rate_column + 1][1]) if len(cells) == len(titles) + 1 else None
                    if rate is None:
                        continue  # "Middle East & Africa | 6.1% | XX%": a template's blank
                    start = row.start() + cells[rate_column + 1][0]
                    out.append(self._rate_row(cells[0][1], rate["pct"], period, start, start + len(cells[rate_column + 1][1]),
                                              place_rows=place_rows))
                    continue
                out.append(self._rate_row(row["name"], row["pct"], period, row.start("pct"), row.end("pct") + 1))
        return [rate for rate in out if rate is not None]

    def _rate_row(self, name: str, pct: str, period, start: int, end: int, place_rows: bool = False) -> Cagr | None:
        """A table row's rate: its place's, its segment's, or the whole market's (``place_rows``: the caption says the
        rows are places, "Regional table (…)", so "South West" is one)."""
        name = clean(name)
        if not name or _CATCH_ALL_ROW.match(name):
            return None
        place = place_named(name) or (name if place_rows and not _WHOLE_MARKET_ROW.fullmatch(name) else None)
        whole_market = bool(re.search(r"\bmarket\b", name, re.IGNORECASE) or _WHOLE_MARKET_ROW.fullmatch(name)) and not place
        return Cagr(percent=float(re.sub(r"[−–]\s?", "-", pct).replace(",", ".")), start=int(period["a"]), end=int(period["b"]),
                    segment=None if place or whole_market else name, region=place, span=span(self.text, start, end),
                    confidence=0.7)

    def _stat_card_cagrs(self) -> list[Cagr]:
        out = []
        for m in STAT_CARD.finditer(self.text):
            percent = float(re.sub(r"[−–]\s?", "-", m["pct"]).replace(",", ".").replace(" ", ""))
            if not 0 < abs(percent) < 100 or int(m["a"]) >= int(m["b"]):
                continue
            label = re.sub(r"(?i)\b(?:projected|forecast|historical|expected)?\s*CAGR\b", "", m["label"]).strip(" ,:-–(")
            segment = clean(label) or None
            out.append(Cagr(percent=percent, start=int(m["a"]), end=int(m["b"]), segment=segment,
                            span=span(self.text, m.start("pct"), m.end("b")), confidence=0.8))
        return out

    def _subject(self, before: str) -> tuple[str | None, str | None]:
        """A figure or CAGR belongs to a region or segment when its clause names one as the subject."""
        opening = before.rfind("(") if before else -1
        if opening >= 0 and ")" not in before[opening:] and (aside := self._subject(before[opening + 1:])) != (None, None):
            return aside  # "… a 54.2% share in 2024 (the U.S. alone represented USD 1.61 billion …": the aside's own subject
        clauses = re.split(r"[,;:]\s|\band\b", before) if before else [""]
        # "The U.S. market was … in 2024 and is projected to reach …": a clause that begins with its verb has the
        # subject of the clause before it, the place it begins with (not "… (about US$990 million) in 2024 and will grow")
        # ("The vertical farm segment is the smallest, but it is projected to grow the fastest at 19.8 percent": "it" is
        # the subject of the clause before)
        if len(clauses) > 1 and _VERB_FIRST.match(_IT_FIRST.sub("", clauses[-1])):
            while len(clauses) > 1 and _VERB_FIRST.match(_IT_FIRST.sub("", clauses[-1])):
                clauses.pop()
            subject = place_re().match(_LEADING_ARTICLE.sub("", clauses[-1]))
            name = subject and (REGIONS.get(subject.group().lower()) or country_name(subject.group()))
            if name:
                return None, name
            segment = self._segment_subject(clauses[-1])
            if segment[0] or not (place := _appositive_place(before)):
                return segment
            return None, place  # "China, the world's second largest economy, is forecast to reach …"
        clause = clauses[-1]
        # "Europe led in 2024, with the U.S. market alone worth US$ 5.1 billion": the place of the amount's own clause.
        if not re.search(r"\bglobal\b", clause, re.IGNORECASE):
            for place in place_re().finditer(clause):
                word = place.group()
                name = REGIONS.get(word.lower()) or (country_name(word) or (word if is_place(word) else None) if word[0].isupper() else None)
                if name and not _SEAT_AFTER.match(clause, place.end()):
                    return None, name
        # "North America held 40% of revenue, with a market size of USD …": the sentence's subject.
        lead = place_re().match(before.lstrip(" •-*")) if before else None
        if lead and re.search(r"\bfollowed\s+by\b|\bwhile\b|\bwhereas\b|;", before.lstrip(" •-*")[lead.end():]):
            lead = None  # "London is the largest, at £1.6bn, followed by the South East at £1.3bn": another subject's figure
        # ("Japan, a mature market worth USD 3.4 billion in 2024": the place, then what it is)
        if lead and re.match(r"(?:\s+[-–—:])?\s+(?:held|holds|accounted|accounts|had|has|was|is|generated|captured|represented|"
                             r"contributed|dominated|led|(?i:valued at|estimated at|worth))\b"
                             r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}market\b", before.lstrip(" •-*")[lead.end():]):
            # ("London is the largest regional market, at £1.6bn": a region inside the market's country too)
            name = place_named(lead.group())
            if name:
                return None, name
        # "In North America, revenue stood at USD 2.84 billion": the place the sentence opens with
        opening = _IN_PLACE_OPENING.match(before or "")
        if opening and (place := place_re().match(before, opening.end())) \
                and _REVENUE_CLAUSE_AFTER.match(before, place.end()) and (name := place_named(place.group())):
            return None, name
        if re.search(r"\bglobal\b", clause, re.IGNORECASE):
            return None, None
        for place in place_re().finditer(clause):
            word = place.group()
            name = REGIONS.get(word.lower()) or (country_name(word) or (word if is_place(word) else None) if word[0].isupper() else None)
            if name and not _SEAT_AFTER.match(clause, place.end()):
                return None, name
        return self._segment_subject(clause)

    @staticmethod
    def _segment_subject(clause: str) -> tuple[str | None, None]:
        clause = re.sub(r"^\W*(?:(?:but|and|while|whereas|yet)\s+)+", "", clause)  # "but the dry-type segment, valued at …"
        # ("Aquaculture is the fastest-growing livestock segment": the subject the verb ranks, not the words before "segment")
        seg = re.search(r"(?P<name>[\w'’&/-]+(?:\s+[\w'’&/-]+){0,3}?)\s+(?:is|are|was|were|remains?)\s+(?:the|a|an)\s+"
                        r"(?:[\w-]+\s+){0,3}?segment", clause, re.IGNORECASE) \
            or re.search(r"(?:the\s+)?(?P<name>[\w'’&/-]+(?:\s+[\w'’&/-]+){0,3})(?:\s+\([^()]*\))?\s+segment", clause, re.IGNORECASE)
        # ("Growth in the Accelerators segment is estimated at 4.9%": what grows is the segment; not "one of the segments")
        name = seg and re.sub(r"^(?:growth|revenue|sales|demand|spending)\s+(?:in|of|for|from)\s+(?:the\s+)?", "", seg["name"],
                              flags=re.IGNORECASE)
        if name and not re.match(r"one\s+of\b", name, re.IGNORECASE) and (name := subject_name(name)):
            return name, None
        # "Polyether polyols accounted for USD 3.41 billion in 2024": a kind of product as the subject of a part's verb
        part = _PART_OF_THE_MARKET.match(clause)
        if part and not _NOT_A_PART.search(part["name"]):
            return subject_name(part["name"]), None
        return None, None

    # --------------------------------------------------------------- segments, regions

