"""Organisation names as reports write them, and the one normal form every stage compares them by.

Extraction cleans what it reads ("B Corp. ," → "B Corp."), linking and scoring compare by ``org_key``:
accents, punctuation, case and legal suffixes removed, so "Siemens AG", "SIEMENS" and "Siemens" meet.

>>> org_key("Merck & Co., Inc.")
'merck'
>>> org_key("SIEMENS AG") == org_key("Siemens")
True
>>> org_key("L’Oréal S.A.")
'loreal'
>>> clean_org_name("Schneider Electric SE ,")
'Schneider Electric SE'
>>> clean_org_name("A. O. Smith Corporation")
'A. O. Smith Corporation'
>>> name_similarity("Fortis Healthcare Ltd.", "Fortis Healthcare")
1.0
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

# The capital letters a name can begin a word with: A-Z and every Latin capital with a mark or of another alphabet's
# Latin script ("Össur", "İleri", "Şişecam", "Łukasiewicz"), for character classes.
CAPITAL_LETTERS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())

# Legal forms and corporate words that do not tell two companies apart.
LEGAL_SUFFIXES = (
    "incorporated", "inc", "corporation", "corp", "company", "co", "limited", "ltd", "llc", "llp", "lp", "plc",
    "pvt", "private", "public", "ag", "se", "sa", "s a", "spa", "s p a", "srl", "gmbh", "kgaa", "kg", "nv", "n v",
    "bv", "b v", "ab", "asa", "as", "oy", "oyj", "kk", "k k", "pte", "pty", "sas", "sarl", "bhd", "berhad", "tbk", "group",
    "holdings", "holding", "the", "sab de cv", "sa de cv", "de cv", "sdn", "pcl", "pjsc", "jsc", "sae", "s a e",
    "sau", "s a u", "sl", "s l", "slu", "ltda", "s de rl de cv", "s de r l de c v", "ua", "u a", "persero", "sti",
    "lda", "unipessoal", "sgps", "wll", "w l l", "b s c", "q p s c", "q s c", "s p c", "saog",
)
_SUFFIX_RE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(s) for s in LEGAL_SUFFIXES), key=len, reverse=True)) + r")\b")

# The legal form as written after a name: "Inc.", "Co., Ltd.", "S.p.A.", "N.V.".
# Abbreviations and "Limited"/"Corporation" also in capitals, as upper-case lists write them ("DYCKERHOFF GMBH").
LEGAL_FORM = (r"(?:(?i:Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Corp\.?|Corporation|Co\.|GmbH(?:\s*&\s*Co\.\s*KG)?|"
              r"Pvt\.?|Pty\.?|Bhd\.?|p\.l\.c\.?|plc)|LP|L\.P\.|Company|AG|SE|"
              r"S\.A\.B\.(?:\s+(?i:de)\s+C\.V\.)?|S\.A\.\s+(?i:de)\s+C\.V\.|"
              # (Spanish, Portuguese and Latin American forms: "Jealsa Rianxeira S.A.U.", "Mejillones del Barbanza S.L.",
              # "Lef Pisos e Revestimentos Ltda.", "Rheem S. de R.L. de C.V."; the Dutch cooperative "Agrico U.A.")
              r"S\.A\.U\.?|S\.L\.U?\.?|Ltda\.?|LTDA\.?|S\.\s?de\s+R\.\s?L\.(?:\s+de\s+C\.V\.)?|U\.A\.|"
              r"S\.?A\.?|S\.p\.A\.?|SpA|KGaA|KG|N\.V\.?|NV|B\.V\.?|BV|AB|ASA|A/S|ApS|Oyj|Oy|e?hf\.?|ohf\.?|K\.K\.|Pte\.?|"
              r"SAS|S\.A\.S\.?|S\.r\.l\.?|S\.à\s?r\.l\.|Berhad|Tbk|Group|Holdings?|PCL|P?JSC|S\.A\.E\.?|"
              # (Turkish forms: "Kordsa Teknik Tekstil A.Ş.", "… Sanayi Ltd. Şti.", "… Plastik San. ve Tic. A.Ş.")
              r"(?:San\.\s?(?:ve\s)?Tic\.\s?)?A\.Ş\.?|Ltd\.\s?Şti\.?|"
              # (Portuguese forms: "Iberdrola Clientes Portugal, Unipessoal Lda.", "Helexia Portugal, Lda.", "… SGPS, S.A.";
              # Gulf forms: "G4S Qatar W.L.L.", "Bank of Bahrain and Kuwait B.S.C."; Sri Lanka's "Asiri Hospital (Pvt) Ltd")
              r"(?:Sociedade\s+)?Unipessoal\s+Lda\.?|Lda\.?|SGPS|W\.L\.L\.?|WLL|B\.S\.C\.?(?:\s*\(c\))?|Q\.P\.S\.C\.?|Q\.S\.C\.?|"
              r"S\.P\.C\.?|S\.A\.O\.G\.?|SAOG|\(Pvt\)\s*(?i:Ltd\.?|Limited)|\(Private\)\s+Limited|"
              # (an Indonesian state-owned company: "PT Len Industri (Persero)", "PT Pertamina (Persero) Tbk")
              r"\(Persero\)(?:\s+Tbk\.?)?|"
              # Central European forms, in either case: "LINET spol. s r.o.", "Iskraemeco d.d.", "Kross S.A.", "sp. z o.o."
              r"(?i:spol\.\s*s\s*r\.\s*o\.?|s\.\s*r\.\s*o\.?|a\.\s*s\.|d\.\s*d\.?|d\.\s*o\.\s*o\.?|sp\.\s*z\s*o\.\s*o\.?)|"
              # (a Spanish co-operative: "GURELAN S. COOP.", "Mondragon S. Coop.")
              r"S\.\s?(?i:Coop)\.?)")


# A full stop that belongs to the name: an abbreviated legal form ("Inc.", "S.p.A.") or an initial ("A. O.").
# Abbreviations in company names whose full stop ends no sentence (the sentence splitter reads them too).
NAME_ABBREVIATIONS = r"Inc|Ltd|Corp|Co|Bros|Gebr|Pty|Pvt|Bhd|Mfg|Intl|Cie|Ltda|Lda|Spol|Şti|San|Tic"  # (Gebr.: Gebrüder, "Gebr. Heinemann"; Turkish San. ve Tic.: Sanayi ve Ticaret)
KEEPS_FULL_STOP = re.compile(rf"(?:\b(?i:{NAME_ABBREVIATIONS}|S\.A|S\.p\.A|N\.V|B\.V|L\.P|K\.K|S\.A\.S|"
                             r"S\.r\.l|S\.à\s?r\.l|S\.L|A\.G|P\.L\.C|s\.r\.o|r\.o|a\.s|d\.d|d\.o\.o|sp|z\.o\.o|o\.o|e?hf|ohf|A\.Ş|"
                             r"W\.L\.L|B\.S\.C|Q\.P\.S\.C|Q\.S\.C|S\.P\.C|S\.A\.O\.G|Coop)|\b[A-Z]|"
                             # an initial, or a short word with no vowel ("Chr. Hansen", "Dr.", "St."): not "Biochar Now."
                             r"\b[A-Z][b-df-hj-np-tv-xz]{1,3})\.$")


def ascii_fold(text: str) -> str:
    """Accents and typographic quotes removed: "Tübingen" → "Tubingen", "L’Oréal" → "L'Oreal"."""
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=8192)  # (called for every name a page is compared by, often the same names)
def org_key(name: str) -> str:
    """The comparison form of an organisation name: lower-case words without legal suffixes or punctuation."""
    folded = re.sub(r"\s*(?:&|and)\s*co\b\.?", " ", ascii_fold(name).lower())  # "Merck & Co."
    folded = folded.replace("&", " and ")
    folded = re.sub(r"(?<=\w)'(?=\w)", "", folded)  # L'Oreal, McDonald's
    folded = re.sub(r"\b([a-z])\.\s?(?=[a-z]\b)", r"\1", folded)  # "s.p.a." → "spa", "a. o." → "ao"
    folded = re.sub(r"[^a-z0-9]+", " ", folded)
    return " ".join(_SUFFIX_RE.sub(" ", folded).split())


def names_it_begins(short: str, names) -> list[str]:
    """The names a short one is the beginning of, compared as ``org_key``s, whole words: "Vestas" begins
    "Vestas Wind Systems A/S" and not "Vestasia Ltd"; a name equal to the short one is not among them.

    >>> names_it_begins("Siemens", ["Siemens Energy AG", "Siemensstadt GmbH", "Siemens AG"])
    ['Siemens Energy AG']
    """
    key = org_key(short)
    return [name for name in names if key and org_key(name).startswith(key + " ")]


def player_named_by(actor: str, names) -> str:
    """The listed player an event's actor names: "Vestas" in "In March 2024, Vestas opened …" on a report listing
    "Vestas Wind Systems A/S" is that player (the one name it begins; not "Siemens" beside two), so the event and the
    player are one organisation. Otherwise the actor as written.

    >>> player_named_by("Vestas", ["Vestas Wind Systems A/S", "Orsted A/S"]), player_named_by("Siemens", ["Siemens AG", "Siemens Energy AG"])
    ('Vestas Wind Systems A/S', 'Siemens')
    """
    key = org_key(actor)
    if not key or any(org_key(name) == key for name in names):
        return actor
    fuller = names_it_begins(actor, names)
    return fuller[0] if len(fuller) == 1 else actor


# A company's seat written before its name: "Seattle-headquartered", "Fort Worth, Texas-based"
# "Becton, Dickinson and Company": a company named after its founders, a comma inside its name
FOUNDERS_NAME = r"(?:[A-Z][a-z]+,\s+[A-Z][a-z]+\s+and\s+Company|[A-Z]+,\s+[A-Z]+\s+AND\s+COMPANY)"
SEAT = r"(?:[A-Z][\w.'’-]*\s+){0,2}(?:[A-Z][\w.'’-]*,\s+)?[A-Z][\w'’-]*-(?:based|headquartered)\s+"


_RUNS_ON_AFTER_NAME = re.compile(r"(?:(?<=\bGroup)|(?<=\bCompany)|(?<=\bCorporation)|(?<=\bHoldings))\s+for\s.*$|"
                                 r"(?:\s+(?:for|of|the|and|de|der|des|la|le|du|von|van|da|di|del|do|dos|das|y|e|&))+$")


@lru_cache(maxsize=8192)
def clean_org_name(name: str) -> str:
    """A name as written, without the list punctuation and spacing around it ("B Corp. ," → "B Corp.") or a note on
    its seat before it ("Seattle-headquartered Starbucks Corporation" → "Starbucks Corporation")."""
    name = re.sub(r"\s+", " ", name)
    # (only at its end: "DEROYAL INDUSTRIES , INC." keeps the spacing it is written with, as a span must)
    name = re.sub(r"\s+([,.;:]+)\s*$", r"\1", name.strip())
    name = name.strip(" ,;:-–—•*·\t\"“”")
    name = re.sub(rf"^{SEAT}(?=\S)", "", name)  # "Seattle-headquartered Starbucks Corporation"
    # Not what a sentence goes on with after the name: "Ferretti Group for series production", "Euro Pool Group for RPCs"
    name = _RUNS_ON_AFTER_NAME.sub("", name)
    # "Noumi Limited (MILKLAB)", "DALA COATINGS LTD (KANO)": after the legal form that ends a name, a bracket is a note
    # (its brand, its city), unless it is the name's own initials ("Saudi Basic Industries Corporation (SABIC)")
    noted = re.search(rf"\b(?:{LEGAL_FORM})\s*\((?P<note>[^()]*)\)$", name)
    if noted and not abbreviates(noted["note"], name[:noted.start()]):
        name = name[:noted.start("note") - 1].rstrip()
    # "Dolby Laboratories' Dolby Cinema": the company whose brand it is (not "Lands' End, Inc.", a name with its legal form)
    if not re.search(rf"\b(?:{LEGAL_FORM})$", name):
        name = re.sub(r"(?<=[a-z]s)['’]\s+[A-Z].*$", "", name)
    # "Arai Helmet Ltd. of Japan", "HJC Corp. of South Korea": after an abbreviated legal form, "of" names the seat (not
    # "Radio Corporation of America", "Aluminum Company of America": a name that goes on after its full word)
    name = re.sub(r"(\b(?:Ltd\.?|Inc\.?|Corp\.|GmbH|AG|SE|S\.A\.|S\.p\.A\.|SpA|plc|PLC|LLC|B\.V\.|N\.V\.|K\.K\.))"
                  r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$", r"\1", name)
    # "Epic Systems Corporation's MyChart": a legal name's product
    name = re.sub(rf"(\b(?:{LEGAL_FORM}))['’]s\s+[A-Z].*$", r"\1", name)
    # A full stop belongs to an abbreviation ("Inc.", "Co.", "S.A.") or an initial, not to the sentence.
    if name.endswith(".") and not KEEPS_FULL_STOP.search(name):
        name = name[:-1]
    return name


def name_similarity(a: str, b: str) -> float:
    """How alike two organisation names are once normalised (0–1)."""
    ka, kb = org_key(a), org_key(b)
    if not ka or not kb:
        return 0.0
    return SequenceMatcher(None, ka, kb).ratio()


def abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` can be ``name``'s abbreviation: its letters, in order, are letters of the name, starting with its
    first ("SABIC" of "Saudi Basic Industries Corporation", "P&G" of "Procter & Gamble"), so "(ArcBest)" after
    "ABF Freight System, Inc." names another company, its owner.

    >>> abbreviates("SABIC", "Saudi Basic Industries Corporation"), abbreviates("ArcBest", "ABF Freight System, Inc.")
    (True, False)
    """
    letters = [c for c in ascii_fold(short).upper() if c.isalnum()]
    written = [c for c in ascii_fold(re.sub(r"^The\s+", "", name)).upper() if c.isalnum()]
    source = iter(written)
    return bool(letters) and bool(written) and letters[0] == written[0] and all(c in source for c in letters)
