"""A date alone on its line over the lines right under it: a timeline's, a chronology's or a status
page's section heading ("Tuesday 11 August", then "Twelve people are treated in hospital.", "March
2025", then "The regulator fines the company £400,000.").

Why: a page written as dated sections puts each date on a line of its own and tells that date's
happenings on the next line, most often in the historical present. Written "11 August: Twelve people
are treated …" on one line, the stamp opens its entry and the entry is read (``build.stamped_entry_end``,
``entry_present``); written with the date on the line above, the date read as a dateline (alone on its
line) and the lines under it as undated, and a present tense under it tells nothing to the undated pass:
a timeline of eleven headed sections gave one event in three. Here the line break after such a heading
is read as the stamp's colon: its first sentence is the dated entry, the other sentences of its
paragraph are the entry's later sentences.

Only a text with at least :data:`SECTIONS` such headings is read so: one date alone on its line is as
often a page's dateline or a letter's date over its body. A heading is a date (a day, a month, a
season or a year; never a range wider than a year) and nothing else but a closing colon or full stop;
the section it heads is the paragraph that starts on the next line (or after one blank line), which
must open with a capital, as a sentence does. Nothing here knows a date or a word of the story.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.record import Event
from explorer.temporal.timex import Timex

#: How many dated section headings make a text one written in dated sections.
SECTIONS = 2
#: The widest date that heads a section (days): a year.
_WIDEST_DAYS = 366
#: What may follow the heading's date on its line.
_HEADING_END = re.compile(r"[ \t]*[:.]?[ \t]*\n")
#: The section's first line: after at most one blank line, a capital (or an opening quotation mark).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SECTION_START = re.compile(r"(?:[ \t]*\n)?[ \t]*[\"“‘'(]?[A-Z]")


class SectionHeadings:
    """The text's dated section headings (a date alone on its line over a paragraph), by line."""

    def __init__(self, text: str, timexes: Sequence[Timex]) -> None:
        self._text = text
        found: dict[int, Timex] = {}
        sections: dict[int, int] = {}  # heading line start -> the section's first line start
        for t in timexes:
            if t.type != "DATE" or t.certainty == "undated" or not isinstance(t.begin, date) \
                    or not isinstance(t.end_day, date) or (t.end_day - t.begin).days > _WIDEST_DAYS:
                continue
            line = text.rfind("\n", 0, t.start) + 1
            if text[line:t.start].strip() or "\n" in text[t.start:t.end]:
                continue
            end = _HEADING_END.match(text, t.end)
            if end is None:
                continue
            start = _SECTION_START.match(text, end.end())
            if start is None:
                continue
            found[line] = t
            sections[line] = text.rfind("\n", 0, start.end() - 1) + 1
        if len(found) < SECTIONS:
            found, sections = {}, {}
        self._headings = found
        self._sections = sections
        # each section's span: from its first line to the blank line that ends its paragraph, or to the
        # next heading's line, whichever comes first
        lines = sorted(found)
        self._spans: list[tuple[int, int, Timex]] = []
        for n, line in enumerate(lines):
            start = sections[line]
            brk = _PARAGRAPH_BREAK.search(text, start)
            end = brk.start() if brk else len(text)
            if n + 1 < len(lines):
                end = min(end, lines[n + 1])
            self._spans.append((start, end, found[line]))
        self._starts = [s for s, _, _ in self._spans]

    def __bool__(self) -> bool:
        return bool(self._headings)

    def heads(self, timex: Timex) -> bool:
        """Whether ``timex`` is one of the text's section headings."""
        line = self._text.rfind("\n", 0, timex.start) + 1
        heading = self._headings.get(line)
        return heading is not None and heading.start == timex.start

    def section_start(self, timex: Timex) -> int | None:
        """Where the section under the heading ``timex`` starts (its first line), or None."""
        line = self._text.rfind("\n", 0, timex.start) + 1
        return self._sections.get(line) if self.heads(timex) else None

    def heading_over(self, pos: int) -> Timex | None:
        """The heading of the section that holds ``pos``, or None."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        start, end, heading = self._spans[i]
        return heading if start <= pos < end else None

    def date_of(self, event: Event) -> Event:
        """``event`` dated by the heading of the section it is told in, when it is in one; else unchanged."""
        return dated_by_heading(event, self.heading_over(event.sentence_start), "in the section under its dated heading")


def dated_by_heading(event: Event, heading: Timex | None, where: str) -> Event:
    """``event`` dated by ``heading``, the date of a heading over it (inferred, ``where`` it stands told
    in its derivation), or unchanged when there is none. One way to date by a heading for a section
    under a date alone on its line (here) and for a paragraph under a labelled, dated heading
    (``heading_dates``)."""
    if heading is None:
        return event
    return replace(event, begin=heading.begin, end=heading.end_day, certainty="inferred",
                   derivation=f"{event.derivation}; {where} {heading.value}")
