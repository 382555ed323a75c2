"""An entry's numbered label before its date ("Day 1 (2 April 2025): We landed …", "Stage 3, 5 May:
…", "Week 2 – 9 June. …"), which no title holds.

A travel blog, an expedition's log or a course diary numbers its entries by day, stage or week and
puts the date beside the number. The label is the entry's heading, not its subject: a title made with
it read "Day 1: We land in Lisbon" (actor "day 1"), or only "Day 5" when the label and the date were a
sentence of their own. A reader skips the label as they skip the date. Typographical patterns only:
a heading word, a number, the date, then a colon, a dash or a full stop.
"""

from __future__ import annotations

import re

_NUMBER = (r"(?:\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
           r"|[Ee]leven|[Tt]welve|[IVX]{1,5})")
#: The numbered heading word: "Day 1", "Week Two", "Stage 3", "Leg 4", "Entry 12", "Part IV".
LABEL = re.compile(r"\s*(?:Day|DAY|Week|WEEK|Stage|STAGE|Leg|LEG|Entry|ENTRY|Part|PART)\s+" + _NUMBER + r"\b")
#: What may stand between the label and its date: a comma, a dash, an opening bracket.
_BETWEEN = re.compile(r"\s*(?:[,:(\[]|[–—-]|--)?\s*")
#: What may close the label with its date: a closing bracket, then a colon, a dash or a full stop.
_CLOSE = re.compile(r"\s*[)\]]?\s*(?::|[–—-]|--|\.)?\s*")


def label_only(before: str) -> bool:
    """Whether the text before a date (from the start of its line or sentence) is a numbered entry
    label and its joiner alone ("Day 5 (", "Stage 3, ")."""
    label = LABEL.match(before)
    return bool(label) and _BETWEEN.fullmatch(before, label.end()) is not None


def label_end(clause: str, start: int, end: int) -> int:
    """Where an entry's words begin after its numbered label and the label's date at the start of
    ``clause`` (the event's date at [start, end), or none when start == end); 0 when the clause opens
    on no such label or nothing is left after it."""
    label = LABEL.match(clause)
    if not label:
        return 0
    at = label.end()
    between = _BETWEEN.match(clause, at)
    if end > start and between.end() == start:
        at = end
    close = _CLOSE.match(clause, at)
    if close.end() == at or not re.search(r"[:.–—-]|--", clause[at:close.end()]):
        return 0  # "Day 3 of the strike …": the words go on, and the label is the sentence's subject
    return close.end() if clause[close.end():].strip() else 0
