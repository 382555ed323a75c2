"""A table's row that holds a day and a cell telling what was done on it: a happening on that day.

Listings, release pages, case files and logs print their history as a table ("| 12/06/2014 | £214,500 |
Sold |", "2.4.1<TAB>3 February 2026<TAB>Released", "4 June 2024    Lerwick    Arrived"). A row has no
sentence: the builder read it as furniture (a short line with no verb) and dropped it, though a reader
lists each sale, release or hearing. This module reads such rows: a line cut into cells by pipes, tabs or
runs of spaces, with a neighbour line cut the same way (a table has a header or more rows), where one
cell is the date alone and another is an act told by its participle ("Sold", "Price reduced", "Approved
with conditions", "Hearing adjourned"). The act cell titles the happening, with the row's other cells
that are not figures of a timetable. A cell of a state ("Closed", "Open") tells no act. Typographical
patterns and the grammar of a participle only: no name, place or date is written into a rule.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PARTICIPLES
from explorer.temporal.timex import Timex

#: How cells are set apart on a row: a pipe, a tab, or a run of three or more spaces (two may be a
#: sentence's double space after a stop).
_PIPE = re.compile(r"[ \t]*\|[ \t]*")
_GAP = re.compile(r"\t+|[ ]{3,}")
#: The most words an act cell holds: a participle and a few words about it, no sentence.
_MOST_WORDS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
#: Participles that tell a state a row is in, not an act done on its day ("Closed" in opening hours).
_STATE_PARTICIPLES = frozenset("closed open opened booked reserved unchanged unknown expected planned scheduled".split())
#: A participle: a regular "-ed" form of three letters or more before it, or an irregular one ("sold", "let", "withdrawn").
_REGULAR = re.compile(r"[a-z]{3,}ed")


def _cells(line: str) -> list[str] | None:
    """The cells of ``line`` when it is a table's row (two cells or more), else None."""
    stripped = line.strip()
    if stripped.count("|") >= 1 and (stripped.startswith("|") or stripped.count("|") >= 2):
        cells = [c.strip() for c in _PIPE.split(stripped.strip("|"))]
    else:
        cells = [c.strip() for c in _GAP.split(stripped)]
    cells = [c for c in cells if c and not re.fullmatch(r"[-:| ]+", c)]
    return cells if len(cells) >= 2 else None


def _is_act(cell: str) -> bool:
    """Whether ``cell`` tells an act by its participle, first or last of a few words without figures."""
    words = _WORD.findall(cell)
    if not words or len(words) > _MOST_WORDS or re.search(r"\d", cell) or len(" ".join(words)) + 4 < len(cell):
        return False
    for word in (words[0].lower(), words[-1].lower()):
        if word in _STATE_PARTICIPLES:
            return False
        if _REGULAR.fullmatch(word) or word in IRREGULAR_PARTICIPLES:
            return True
    return False


def _line_at(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def table_row_act(text: str, timex: Timex) -> str | None:
    """The title of the act the table row holding ``timex`` tells (its act cell, the row's other cells
    after it in brackets), when ``timex`` is a whole cell of a row with an act cell and the row has a
    neighbour row cut into as many cells; else None."""
    line_start, line_end = _line_at(text, timex.start, timex.end)
    line = text[line_start:line_end]
    cells = _cells(line)
    if cells is None or timex.text.strip() not in cells:
        return None
    above_end = line_start - 1
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1:above_end] if above_end > 0 else ""
    below_start = line_end + 1
    below = text[below_start:_line_at(text, below_start, below_start)[1]] if below_start < len(text) else ""
    if not any((c := _cells(n)) is not None and len(c) == len(cells) for n in (above, below)):
        return None  # a line alone is no table
    acts = [c for c in cells if c != timex.text.strip() and _is_act(c)]
    if not acts:
        return None
    others = [c for c in cells if c != timex.text.strip() and c != acts[0]]
    return f"{acts[0]} ({', '.join(others)})" if others else acts[0]


__all__ = ["table_row_act"]
