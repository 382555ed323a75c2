"""An undated act told under a labelled, dated heading takes the heading's date: "4.0 (released 9
September 2024)" over "Rewrote the rendering engine in Rust.", "3.0 (June 2022)" over "Switched the
toolkit to GTK 4", "Spring term, March 2019" over "Moved the lab to the new wing".

Why: a release history, a changelog or a record kept in sections heads each section with a label and
its date, then lists what was done with no date of its own. The day headings of a diary are read by
:class:`~explorer.events.entry_days.EntryStamps` (a day alone on its line); a heading that also holds a
label, or dates the section by a month or a year, was not read, so the acts under it were kept undated
or carried a neighbour's date (in a release history told newest first, the date of the section before).
Only when the text has at least :data:`DATED_HEADINGS` such headings (one dated short line is as
often a dateline or a caption), and only for the paragraph right under a heading (the heading's own
paragraph, or the one after a heading standing alone). Nothing here knows a label or a date.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.record import Event
from explorer.events.section_headings import dated_by_heading
from explorer.temporal.anchor_context import paragraph_start
from explorer.temporal.timex import Timex

#: How many dated headings a text needs before its sections are dated by them.
DATED_HEADINGS = 3
#: The most words a heading line holds.
_HEADING_WORDS = 8
_WORD = re.compile(r"[\w.'’-]+")


class HeadingDates:
    """The text's short dated heading lines, looked up by the paragraph an act is told in."""

    def __init__(self, text: str, timexes: Sequence[Timex]) -> None:
        self._text = text
        by_line: dict[int, list[Timex]] = {}
        for t in timexes:
            if t.type == "DATE" and t.begin is not None and t.end_day is not None and t.certainty != "undated":
                by_line.setdefault(text.rfind("\n", 0, t.start) + 1, []).append(t)
        self._headings: dict[int, Timex] = {}
        for line, found in by_line.items():
            end = text.find("\n", line)
            end = len(text) if end < 0 else end
            words = _WORD.findall(text[line:end])
            body = text[line:end].strip()
            if len(found) == 1 and body and not body.endswith((".", ";", ",", "?", "!")) \
                    and len(words) <= _HEADING_WORDS and text[end:end + 1] == "\n":
                self._headings[line] = found[0]
        if len(self._headings) < DATED_HEADINGS:
            self._headings = {}

    def heading_over(self, sentence_start: int) -> Timex | None:
        """The date of the heading right over the sentence's paragraph, or None."""
        if not self._headings:
            return None
        text = self._text
        para = paragraph_start(text, sentence_start)
        if para in self._headings:
            line = text.rfind("\n", 0, sentence_start) + 1
            return self._headings[para] if line > para else None
        before = text[:para].rstrip()
        heading = before.rfind("\n") + 1
        if para > 0 and heading in self._headings and paragraph_start(text, heading) == heading:
            return self._headings[heading]
        return None

    def date_of(self, event: Event) -> Event:
        """``event`` dated by the heading over its paragraph, when one is; else unchanged."""
        return dated_by_heading(event, self.heading_over(event.sentence_start), "under its section's dated heading")
