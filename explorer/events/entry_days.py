"""An undated act in a diary's or a log's entry is told on the day that opens the entry's line.

Why: a war diary, a lifeboat's log or a status page opens each entry with its day ("6 October. The
enemy raided the left post ...", "3 October: The lift was repaired"), and the tagger reads the entry's
clock times and weekdays from that day (``explorer.temporal.anchor_context.opens_entry``). An act the
entry tells with no date of its own ("Working parties repaired the trench") is that day's too; the
undated pass would otherwise bound it between the dated events around it, or carry the day of an
earlier entry onto it (in the readable gold, the diary's quiet days took the day of the last fight).

A day standing alone on its line ("Thursday 6 November", "Friday:", "7 November") heads the lines
under it in the same way, up to the next heading or stamp: a diary written in sections dates each
section once. Only a text with at least :data:`HEADINGS_OF_A_DIARY` such headings is read so (one dated
line on its own is as often a page's dateline over a news story that then tells other days), or one whose
one day heading is followed by an entry the writer tells in the first person ("Friday 8 August 1969", then
"We drove to the coast"): a diary of one day, whose heading is also read as the page's date. A news story
under a dateline tells others' acts; its "we" is quoted.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.record import Event
from explorer.events.heading_dates import HeadingDates
from explorer.events.section_headings import SectionHeadings
from explorer.temporal.anchor_context import PARAGRAPH_BREAK, is_heading, opens_entry, paragraph_start
from explorer.temporal.timex import Timex


#: How many day headings make a text a diary or a log written in sections (see the module's docstring).
HEADINGS_OF_A_DIARY = 2

#: The writer telling their own day: "I" or "we" as a word ("our reporter" is a news page's idiom).
_FIRST_PERSON = re.compile(r"\b(?:(?<!War )I|[Ww]e)\b")
#: A quotation, taken out before looking for the writer's "we" (a news story quotes a speaker's "we").
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d]")


def _told_by_the_writer(text: str, heading_end: int) -> bool:
    """Whether the paragraph after the heading at ``heading_end`` (the first one with words) tells the
    writer's own acts: a first-person word outside quotation marks."""
    rest = text[heading_end:heading_end + 2000].lstrip()
    para = PARAGRAPH_BREAK.split(rest, maxsplit=1)[0]
    return _FIRST_PERSON.search(_QUOTED.sub(" ", para)) is not None


#: The widest heading that dates its section (days): a year; "1914-1918" or "the 1920s" does not.
_WIDEST_SECTION_DAYS = 366


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` is its line's whole text (a closing colon or stop aside)
    and the line stands apart: a blank line after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, end)
    return not text[line_start:start].strip() and text[end:line_end].strip() in ("", ":", ".") \
        and text[line_end:line_end + 2] == "\n\n"


#: A list item's line: a bullet, then words.
_BULLET_LINE = re.compile(r"[ \t]*[-\u2013\u2014\u2022*\u00b7\u25aa][ \t]+\w[^\n]*")


def _bulleted_list_under(text: str, heading_end: int) -> int | None:
    """Where the bulleted list that starts on the line right after a heading (ending at
    ``heading_end``) ends, or None when the next line is no list item."""
    at = heading_end + 1 if text[heading_end:heading_end + 1] == "\n" else heading_end
    end = None
    while (m := _BULLET_LINE.match(text, at)) is not None:
        end = m.end()
        at = end + 1
    return end


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins, roughly: after the last line break or sentence stop."""
    line = text.rfind("\n", 0, pos) + 1
    stop = max(text.rfind(". ", line, pos), text.rfind("! ", line, pos), text.rfind("? ", line, pos))
    return line if stop < 0 else stop + 2


class EntryStamps:
    """The day stamps that open a line of the text and the day headings over its sections, looked up
    by the line an act is told on."""

    def __init__(self, text: str, timexes: Sequence[Timex]) -> None:
        self._text = text
        self.sections = SectionHeadings(text, timexes)  # a timeline's dates alone on their lines over their sections
        self.labelled = HeadingDates(text, timexes)  # a release history's labelled, dated headings ("4.0 (9 May 2024)")
        days = [t for t in timexes if t.type == "DATE" and isinstance(t.begin, date) and t.begin == t.end_day
                and t.certainty != "undated"]
        headings = [t for t in days if is_heading(text, t.start, t.end)]
        # the section of a diary's one heading ends where the text dates its next day ("The next day we
        # swam"); the sections of a diary of many headings end at the next heading, as they always have
        self._until = len(text)
        if len(headings) < HEADINGS_OF_A_DIARY:
            if len(headings) == 1 and is_heading(text, headings[0].start, headings[0].end, place=False) \
                    and _told_by_the_writer(text, _line_end(text, headings[0].end)):
                later = [t.start for t in timexes if t.type == "DATE" and t.start > headings[0].end]
                self._until = _sentence_start(text, min(later)) if later else len(text)
            elif len(headings) == 1 and (items := _bulleted_list_under(text, _line_end(text, headings[0].end))):
                # "12 April 2024" over "- The club elected a new treasurer" and "- Members approved the
                # accounts": a dated list; its date heads the list's items, and only them
                self._until = items
            else:
                headings = []
        # a year, a season or a month alone on its line over each section ("1942", "Spring 1943") heads it
        # the same way, at its own grain, when the text has at least two (a story told in dated sections)
        coarse = [t for t in timexes if t.type == "DATE" and isinstance(t.begin, date) and isinstance(t.end_day, date)
                  and 0 < (t.end_day - t.begin).days <= _WIDEST_SECTION_DAYS and t.certainty != "undated"
                  and _alone_on_its_line(text, t.start, t.end)]
        coarse = coarse if len(coarse) >= HEADINGS_OF_A_DIARY else []
        headings = [*headings, *coarse]
        stamps = sorted({t.start: t for t in [*headings, *(t for t in days if opens_entry(text, t.start, t.end))]}.items())
        self._starts = [start for start, _ in stamps]
        self._stamps = [t for _, t in stamps]
        self._headings = {t.start for t in headings}
        # the lines of the headings with no place after the day, when there are enough of them (see
        # :meth:`under_a_heading`)
        alone = [t for t in headings if is_heading(text, t.start, t.end, place=False)]
        self._alone_lines = frozenset(text.rfind("\n", 0, t.start) + 1 for t in alone) \
            if len(alone) >= HEADINGS_OF_A_DIARY else frozenset()

    def day_of(self, event: Event) -> Event:
        """``event`` on the day of the stamp that opens its line, or of the heading over its section,
        when one does; else unchanged."""
        if not self._starts:
            return event
        line = self._text.rfind("\n", 0, event.sentence_start) + 1
        at = bisect.bisect_left(self._starts, line)
        if at == len(self._starts) or self._starts[at] > event.sentence_start:
            at -= 1  # no stamp on the act's own line: the heading over its section, if the last one is
            if at < 0 or self._starts[at] not in self._headings or event.sentence_start >= self._until:
                return event
        stamp = self._stamps[at]
        if stamp.end_day != stamp.begin:  # a year's or a month's section
            return replace(event, begin=stamp.begin, end=stamp.end_day, certainty="inferred",
                           derivation=f"{event.derivation}; in its section's {stamp.value}")
        return replace(event, begin=stamp.begin, end=stamp.begin, certainty="inferred",
                       derivation=f"{event.derivation}; on its entry's day {stamp.value}")

    def under_a_heading(self, sentence_start: int) -> bool:
        """Whether the sentence stands right under a day heading with no place after the day: the
        heading is the first line of the sentence's paragraph, or the paragraph before it is the
        heading alone. Narrower than the section :meth:`day_of` dates, for the readers that list a
        sentence as an act only there (a log's line told with no subject,
        :mod:`explorer.events.subjectless_entries`): further on, a sentence opening with a past form is
        more often a participle's clause than the writer's own act. (A travel diary's "day, place"
        heading is left out as those readers have always left it out: reading under it too gained one
        event and one false one on the readable gold, a change of behaviour for an events session.)"""
        if not self._alone_lines:
            return False
        text = self._text
        para = paragraph_start(text, sentence_start)
        line = text.rfind("\n", 0, sentence_start) + 1
        if para in self._alone_lines:
            return line > para  # the heading's own line holds no act
        before = text[:para].rstrip()
        heading = before.rfind("\n") + 1
        return para > 0 and heading in self._alone_lines and paragraph_start(text, heading) == heading

    def in_a_section(self, sentence_start: int) -> bool:
        """Whether the sentence is told in a section under a date alone on its line, below the heading
        (see :mod:`explorer.events.section_headings`): an entry's later sentence, as on a stamped line."""
        return self.sections.heading_over(sentence_start) is not None

    def under_a_dated_heading(self, sentence_start: int) -> bool:
        """Whether the sentence is told under a dated heading: a section's date alone on its line or a
        labelled, dated heading ("Version 5.1 (April 2025)", see :mod:`explorer.events.heading_dates`)."""
        return self.in_a_section(sentence_start) or self.labelled.heading_over(sentence_start) is not None
