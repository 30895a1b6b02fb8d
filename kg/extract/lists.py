"""Coordination: the items of "A, B, and C", "A (USA), B (Japan) & C", "A Inc., B Corp. , C AG", with offsets.

One parser for every field that lists things (players, segments, regions). Commas inside
parentheses and before a legal form ("Agilent Technologies, Inc.") do not split; "and" splits the
last item off; a parenthesis after an item is kept apart as that item's note ("(USA)").

>>> [(i.text, i.note) for i in split_items("Agilent Technologies, Inc., F. Hoffmann-La Roche AG (Switzerland), and Bio-Rad")]
[('Agilent Technologies, Inc.', None), ('F. Hoffmann-La Roche AG', 'Switzerland'), ('Bio-Rad', None)]
>>> [i.text for i in split_items("A SpA, B Corp. , C Inc. , etc.")]
['A SpA', 'B Corp.', 'C Inc.']
>>> [i.text for i in split_items("Refrigerated Storage, Refrigerated Transportation and Value-Added Services")]
['Refrigerated Storage', 'Refrigerated Transportation', 'Value-Added Services']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.geography import country_name
from kg.names import CAPITAL_LETTERS, KEEPS_FULL_STOP, LEGAL_FORM, SEAT, abbreviates


@dataclass(frozen=True)
class Item:
    """One listed item: ``text`` at ``start`` (offset in the text given), and a parenthesised note after it."""

    start: int
    text: str
    note: str | None = None
    note_start: int | None = None


# An organisation's name as pages write it: capitalised words ("3M", "bioMérieux", "Össur", "M|O|C", "Weyermann®"), the joiners names use ("Centauro Rent a Car"),
# lower-case legal forms ("Medtronic plc") and a legal form after a comma ("Align Technology, Inc.").
ORG_NAME = (rf"(?:[0-9{CAPITAL_LETTERS}][\w'’.\-/+!&|®™]*|[a-z]{{1,4}}[A-Z][\w'’.\-]*|[a-z]-[A-Z]{{2,}}[\w'’.\-]*|"
            rf"[a-z][0-9][\w'’.\-]*)(?:\s+(?:[0-9{CAPITAL_LETTERS}][\w'’.\-/+!&()]*|\((?=[A-Z0-9])[\w'’.\-/+!&()]*|&\s*[\w.]+(?:-\w+)*|&|\+|of|de|der|"
            r"des|la|le|du|von|van|da|di|del|do|dos|das|y|e|ve|(?:(?<=Rent\s)|(?<=Hire\s)|(?<=Lease\s))a(?=\s+[A-Z][a-z])|(?<=-\s)und|for|the|[a-z]{2,}(?=\s+(?:Co\.|Ltd\b|Inc\b|Corporation\b|GmbH\b|LLC\b))|plc|p\.l\.c\.|inc\.?|ltd\.?|llc|gmbh|e?hf\.?|ohf\.?|sp\.|z|o\.o\.|r\.l\.|d\.d\.|d\.o\.o\.|a\.s\.|s\.r\.o\.|spol\.|[a-z]{1,6}[A-Z][\w'’.\-]*)"
            rf"(?![\w]))*(?:[ \t]?,\s*{LEGAL_FORM}(?![\w]))*")  # ("DEROYAL INDUSTRIES , INC.": an upper-case list's spacing)
# What a page writes before a company's name: "Bengaluru-based start-up Invergy Labs raised …", "Copenhagen start-up Them
# Plant Foods raised …", "Japanese conglomerate
# Hitachi, Ltd. agreed …", "Hamburg-based insurtech Kurvio GmbH raised …", "court-booking app Playtomic raised …"
COMPANY_DESCRIPTOR = (rf"(?:(?:{SEAT}|[A-Z][a-z]+(?:an|ese|ish|ch|ic|i)\s+|[A-Z][a-z]{{2,}}\s+(?=start-?up\b)|"
                      # ("Direct-to-consumer brand XYXX raised …": a hyphenated description opening the sentence)
                      rf"[A-Z][a-z]+(?:-[a-z]+)+\s+(?:[a-z][\w-]*\s+)?|(?:[a-z][\w-]*\s+){{0,2}})(?:start-?up|company|firm|"
                      r"manufacturer|maker|provider|developer|supplier|operator|rival|retailer|group|conglomerate|giant|major|"
                      r"multinational|leader|app|platform|brand|marketplace|insurer|insurtech|fintech|lender|bank|producer|refiner|"
                      r"specialist|entrant|newcomer|challenger|vendor)"
                      rf"\s+(?=[A-Z])|{SEAT}(?:[a-z][\w-]*\s+){{0,2}}(?=[A-Z]))")
# A short form in parentheses belongs to the name: "Saudi Basic Industries Corporation (SABIC)", "(B2C)", "(SMEs)".
_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.+/-]{1,9}|[a-z]{2,10}(?<!etc)(?<!others)")  # "(SABIC)", "(P&G)"; not a brand "(Cube)"
_LEGAL_ALONE = re.compile(rf"^(?:{LEGAL_FORM}|Co\.,?\s*Ltd\.?|L\.P\.|LP)$", re.IGNORECASE)  # "Ltd." and "LTD."
# ("ETC BioMedical Systems Group": an "etc" that goes on into a name is the name's)
_TAIL = re.compile(r"(?:,?\s*(?:\band others\b|\bamong others\b|\betc\b\.?(?!\s*[A-Z][a-z])|\band more\b|\bamong many others\b|"
                   r"\band so on\b)).*$", re.IGNORECASE | re.DOTALL)


_HIDDEN = "\x00"  # stands for a character inside parentheses: not a space, so separators cannot swallow it


def blank_parentheses(text: str) -> str:
    """``text`` with what parentheses enclose blanked, same length: separators inside them part nothing."""
    if "(" not in text:
        return text
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        out.append(_HIDDEN if depth else ch)
        if ch == ")" and depth:
            depth -= 1
    # An unclosed "(France" at the end still belongs to its item.
    return "".join(out)


_PLURAL_NOUN_AND_LEGAL_FORM = re.compile(r"[A-Z][a-z]+s\s+(?:(?:Pvt|Private)\.?\s+)?(?:Limited|Ltd|Inc|Incorporated|Corporation|Corp|LLC|PLC|plc|AG|GmbH)\.?"
                                         r"(?:\s*\([^()]*\))?")  # ("Salicylates and Chemicals Pvt. Ltd. (India)": with its note)


# Between two items run onto one line, beside commas and semicolons: a middle dot or a bullet ("A · B · C", "A • B"), or a
# middle dot read in the wrong encoding ("A Â· B")
RUN_ON_SEPARATOR = r"\sÂ?[·•▪●◦]\s"


def split_items(text: str, split_and: bool = True, bars: bool = False, by_semicolons: bool = False) -> list[Item]:
    """The items of a coordinated list; ``split_and=False`` keeps "A and B" whole (segment names); ``bars``: " | " parts
    items too (a list after its lead-in, not a table's row); ``by_semicolons``: a list parted by semicolons is parted at
    them only, where no part is itself a list (segment names: "metal fabrication, welding and cutting; electronics and
    semiconductors; and healthcare", not "A, B, C (Vietnam); D, E (Thailand); …")."""
    tail = _TAIL.search(text)
    body = text[: tail.start()] if tail else text
    blanked = blank_parentheses(body)
    # ("A Tbk (Indonesia); B Berhad (Malaysia); San Miguel Food and Beverage, Inc. (Philippines)": a list parted by
    # semicolons parts no item at an "and")
    split_and = split_and and blanked.count(";") < 2
    # "and" parts the last item only: "PT Paragon Technology and Innovation, PT Martina Berto Tbk and Wardah" keeps
    # the "and" inside a name that more items follow ("A and B, which …" is still two items).
    # A comma between digits groups thousands ("Up to 1,000 m²"), it does not part items.
    # ("… Science and Technology Co., Ltd., Normet Group, …": the stop of an abbreviation ends no item)
    # ("A · B · C": a slide's or a newsletter's middle dots part items as commas do; so do bullets a crawler ran onto one
    # line, "By end user: • Healthcare • Retail")
    by_semicolons = by_semicolons and blanked.count(";") >= 2 and all(part.count(",") <= 1 for part in blanked.split(";"))
    separators = rf";|{RUN_ON_SEPARATOR}" if by_semicolons else \
        (rf"(?<!\d),|,(?!\d{{3}})|;|{RUN_ON_SEPARATOR}|\s+and\s+(?!(?:[^,;.]|\.(?=[,;])|,\s*{LEGAL_FORM}(?!\w))*[,;]\s*(?:and\s+)?"
                  rf"(?!{LEGAL_FORM}(?!\w))[A-Z0-9(])") if split_and else rf"(?<!\d),|,(?!\d{{3}})|;|{RUN_ON_SEPARATOR}"
    if bars:  # ("Leading companies profiled include: A | B | C": a crawled line's bars)
        separators += r"|\s\|\s"
    pieces, start = [], 0
    for sep in [*re.finditer(separators, blanked), None]:
        end = sep.start() if sep else len(blanked)
        pieces.append((start, end))
        start = sep.end() if sep else end
    # "Inc." after a comma belongs to the name before it; "& Co." too.
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        raw = body[s:e].strip()
        # (without its parenthesis: "Inc. (U.S.)" is "Inc."; "Inc ." as a careless list spaces it)
        # ("Kemin Industries, Inc. (U.S.).": the sentence's stop after the note is not the name's)
        bare = re.sub(r"\.\.$", ".", re.sub(r"\s+\.$", ".", blanked[s:e].replace(_HIDDEN, " ").strip()))
        # ("Bayer AG , (Germany)": a note after a stray comma is the item's note)
        if merged and (_LEGAL_ALONE.match(bare) or re.match(rf"^(?:Co\.?|{LEGAL_FORM})(?:\s+[a-z]|$)", bare)
                       or re.fullmatch(r"\([^()]+\)", raw)):
            merged[-1] = (merged[-1][0], e)
        elif merged and (legal := re.match(rf"^\s*(?:{LEGAL_FORM})(?=\s+[A-Z][a-z])", body[s:e])) and legal.group().endswith("."):
            merged[-1] = (merged[-1][0], s + legal.end())  # "ROHM Co., Ltd. Prices fell": the list ends with the name
        elif raw:
            merged.append((s, e))
    # "Becton, Dickinson and Company": one company, its founders' names
    for at in range(len(merged) - 1, 0, -1):
        if re.fullmatch(r"(?:[A-Z][a-z]+\s+and\s+Company|[A-Z]+\s+AND\s+COMPANY)(?:\s*\([^()]*\))?", body[slice(*merged[at])].strip()) \
                and re.fullmatch(r"[A-Z][a-z]+|[A-Z]+", body[slice(*merged[at - 1])].strip()):
            merged[at - 1:at + 1] = [(merged[at - 1][0], merged[at][1])]
    # "Chambal Fertilisers and Chemicals Limited": a plural noun and a legal form alone name no company, the words
    # before the "and" are the name's first part
    for at in range(len(merged) - 1, 0, -1):
        if _PLURAL_NOUN_AND_LEGAL_FORM.fullmatch(body[slice(*merged[at])].strip()) \
                and re.fullmatch(r"\s+and\s+", body[merged[at - 1][1]:merged[at][0]]) \
                and not re.search(rf"\b{LEGAL_FORM}\.?$|\)$", body[slice(*merged[at - 1])].strip()):  # (a note closes its item)
            merged[at - 1:at + 1] = [(merged[at - 1][0], merged[at][1])]
    items = []
    for s, e in merged:
        raw = body[s:e]
        lead = len(raw) - len(raw.lstrip())
        raw = raw.strip()
        # ("A, the largest, alongside B and C"; "…, KEMIRA OYJ , AND BASF SE" in an upper-case list)
        raw = re.sub(r"^(?:and|or|&|alongside|as well as|followed by|AND(?=\s+[A-Z]{2}))\s+", "", raw)
        lead = lead + (len(body[s:e].strip()) - len(raw))
        note = note_start = None
        paren = re.search(r"\s*\(([^()]*)\)?[\s.;:]*$", raw)
        # "Honeywell International US)": a parenthesis that lost its opening bracket still holds a note; so does a square
        # bracket: "Dorel Industries Inc. [Canada]"
        broken = None if paren else re.search(r"\s+([A-Z][\w.]{1,15})\)[\s.;:]*$", raw) or re.search(r"(?<=\S)\s*\[([^\[\]]{2,40})\][\s.;:]*$", raw)
        inner = paren.group(1).strip() if paren else ""
        # a CamelCase name that is not the item's abbreviation is another company: "ABF Freight System, Inc. (ArcBest)"
        # (or a legal form written in brackets: "PT Len Industri (Persero)")
        if paren and paren.start() > 0 and (_ABBREVIATION.fullmatch(inner) and not country_name(inner) and (
                not re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", inner) or abbreviates(inner, raw[:paren.start()]))
                or re.fullmatch(LEGAL_FORM, f"({inner})")):
            raw = raw[: paren.end(1) + 1] if raw[paren.end(1):paren.end(1) + 1] == ")" else raw  # "(SABIC)" is the name's
        elif paren and paren.start() > 0:
            note, note_start = paren.group(1).strip(), s + lead + paren.start(1)
            raw = raw[: paren.start()]
        elif broken:
            note, note_start = broken.group(1), s + lead + broken.start(1)
            raw = raw[: broken.start()]
        brand = re.search(r"\s*\(([^()]*)\)$", raw)  # "Colgate-Palmolive Company (Hill's Pet Nutrition) (US)": a brand
        if note and brand and brand.start() > 0 and not _ABBREVIATION.fullmatch(brand.group(1).strip()):
            raw = raw[: brand.start()]
        raw = re.sub(r"\s+[.;:]+$|\s*,$", "", raw.rstrip())  # "C Inc. ." at a sentence's end, "Bayer AG , (Germany)"
        name = raw.rstrip(" .;:") if not KEEPS_FULL_STOP.search(raw) else raw
        if name:
            items.append(Item(s + lead, name, note or None, note_start if note else None))
    return items
