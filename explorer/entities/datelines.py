"""Where a name stands in a news dateline ("O'SMACH, Cambodia (AP)_", "MERRIVALE —"): the wire
service there is no actor of the story and the capitals before it are a place, whatever the name's own
form says. Read by corpus annotation before a mention's kind is decided."""

from __future__ import annotations

import re
from typing import Sequence

from explorer.temporal.document_date import RELEASE_WIRE


#: A wire dateline opening a paragraph: "O'SMACH, Cambodia (AP)_", "ISTANBUL, Turkey (AP) --", with its
#: date before the agency too, and a press-release wire's between slashes: "TORONTO, March 3, 2024 (Reuters)
#: -", "CAMBRIDGE, England, 4 February 2025 /PRNewswire/ --".
_WIRE_DATELINE = re.compile(
    r"(?m)^(?P<city>[A-Z][A-Z'’. -]{1,40})(?:,\s*(?P<region>[A-Z][\w. ]{1,30}?))?(?:,\s*[\w. ]{3,20}?,?\s*\d{4})?\s*"
    r"(?:\((?P<agency>[A-Za-z]{2,10})\)|(?P<release_wire>" + RELEASE_WIRE + r"))\s*(?:_|—|–|--|-|:)"
)


#: A dateline with no agency: the city in capitals, perhaps its region and the date, then a dash or a
#: colon before the story ("MERRIVALE — The lock …", "DUNHOLT, May 3 - …", "KESTREL BAY, Vantor, 4 June
#: 2021: …"). The capitals are the place the story was filed from, not a body that acted.
#: In Cyrillic or Greek capitals too, with the date as those languages write it: "МОСКВА, 3 марта 2026 г.
#: —", "ΑΘΗΝΑ, 3 Μαρτίου 2026 —".
_CAP = "A-Z\u0400-\u042f\u0386\u0388-\u038f\u0391-\u03ab"
_PLAIN_DATELINE = re.compile(
    rf"(?m)^(?P<city>[{_CAP}][{_CAP}'’.-]+(?: [{_CAP}][{_CAP}'’.-]+){{0,3}})(?:,\s*[{_CAP}][\w.]*(?: [{_CAP}][\w.]*){{0,2}}?)?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}η?\s+[^\W\d_]{3,12})(?:,?\s+\d{4}(?:\s+[^\W\d_]{1,4}\.)?)?)?\s*(?:—|–|--|-|:)\s"
)


def dateline_part(text: str, start: int, end: int) -> str | None:
    """ "agency" for the wire service of a dateline opening the mention's line ("(AP)"), "place" for its
    city and region ("O'SMACH, Cambodia", "MERRIVALE —"), None for a mention anywhere else."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 60:
        return None
    m = _WIRE_DATELINE.match(text, line_start)
    if m is None or end > m.end():
        plain = _PLAIN_DATELINE.match(text, line_start)
        return "place" if plain is not None and end <= plain.end() else None
    wire = "agency" if m.group("agency") else "release_wire"
    return "agency" if m.start(wire) <= start < m.end(wire) else "place"


def is_state_abbreviation(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """ "The Van Nuys, Calif., thrift", "PELL JUNCTION, Nev.,": a short word with a full stop after a
    place and its comma is a state or county, written as American wire copy abbreviates it."""
    if len(words) != 1 or not 2 <= len(words[0]) <= 5 or text[end:end + 1] != ".":
        return False
    return bool(re.search(r"[A-Z][\w.'’-]*,\s$", text[max(0, start - 40):start])) and text[end + 1:end + 2] in (",", " ", "")
