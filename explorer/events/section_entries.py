"""The event of a dated section's first sentence: a date alone on its line over a paragraph (see
:mod:`~explorer.events.section_headings`) is that day's entry, told by the sentence right under it.

Apart from ``section_headings`` because this builds an event (titles, entry notes, the past of a present
entry), which the heading finder, read by ``entry_days``, must not import.
"""

from __future__ import annotations

import re

from explorer.documents.document import Document
from explorer.events.entry_notes import is_a_note_of_no_act
from explorer.events.entry_present import told_in_the_past
from explorer.events.event_ids import event_id
from explorer.events.record import Event
from explorer.events.state_verbs import GOING_ON, SEEMING, state_forms
from explorer.events.title_context import title_context
from explorer.events.titles import make_title
from explorer.sentences import SentenceIndex
from explorer.temporal.timex import Timex

#: A word of two letters or more: a sentence with none tells nothing.
_WORD = re.compile(r"[^\W\d_]{2,}")


#: A section's first sentence telling a state, a stretch or a saying in the present ("The upper road stays
#: closed", "The pumps run all night", "Residents say the water tastes of metal"): no act of the day, as
#: an entry's later present sentence of that kind is none (``entry_present``).
_STATE_IN_THE_PRESENT = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,4}?(?:"
    + state_forms(GOING_ON + ("stand", "lie", "run") + SEEMING, bare=True, present=True)
    + r"|says?)\b(?!\s+(?:up|down|out|off|to|into)\b)")


def section_entry(doc: Document, sentences: SentenceIndex, timex: Timex, section: int,
                   by_sentence: dict[int, list[Timex]]) -> Event | None:
    """The event of a dated section's first sentence, dated by the heading over it (see
    ``section_headings``), or None when that sentence tells the day's weather or the like (see
    ``entry_notes``), is no sentence with words, or has a date of its own ("… the notice is lifted at
    noon": that date's event tells it, on the heading's day). Its sentence runs from the heading to the
    end of that first sentence, as a stamped entry's does."""
    index = sentences.index_at(section)
    if index >= len(sentences.sentences):
        return None
    first = sentences.sentences[index]
    if first.end <= section or first.start < timex.end or by_sentence.get(index):
        return None
    entry = doc.text[first.start:first.end]
    if not _WORD.search(entry) or is_a_note_of_no_act(entry) or _STATE_IN_THE_PRESENT.match(entry):
        return None
    line_start = doc.text.rfind("\n", 0, timex.start) + 1
    return Event(
        id=event_id(doc, timex),
        doc=doc.path,
        # (read back from above the heading: the heading's words are no subject, "Saturday 10 May reaches …")
        title=make_title(told_in_the_past(entry), 0, 0, context=title_context(doc.text, line_start)),
        sentence=doc.text[line_start:first.end],
        sentence_start=line_start,
        sentence_end=first.end,
        timex=timex.text,
        timex_start=timex.start,
        timex_end=timex.end,
        value=timex.value,
        type=timex.type,
        begin=timex.begin,
        end=timex.end_day,
        certainty=timex.certainty,
        mod=timex.mod,
        derivation=f"{timex.derivation}; the heading over its section",
        anchor=None,
    )
