"""A diary's note of the day's weather or mood under its stamp ("Fog all day.") is no happening; the
acts told after it keep the stamp's day, and a note naming a happening or holding a verb stays."""

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.entry_notes import is_a_note_of_no_act

_LOG = """Notes from the Vardal crossing, 2022

Monday 4 July. Drizzle all morning. We waited in the hut.

Tuesday 5 July. Clear at last. Hanne slipped on the moraine below the col.

Wednesday 6 July. Lazy day.

Thursday 7 July. Rockfall near the camp. Nobody was hurt.
"""


@pytest.mark.parametrize("note", ["Fog all day.", "Clear at last.", "Quiet day.", "Busy.", "Calm and cold.", "Trouble at the first mark."])
def test_a_few_words_with_no_verb_are_a_note(note: str) -> None:
    assert is_a_note_of_no_act(note)


@pytest.mark.parametrize("note", [
    "Storm.",  # a happening's noun
    "Fire in the kitchen.",
    "Rain falls all day.",  # a verb
    "Ines slipped.",
    "Late arrivals.",  # a plural may be a happening's
    "Wind at 40 knots.",  # a figure
    "A long day on the ice with the whole team.",  # too long to call verbless
])
def test_a_happening_a_verb_or_a_longer_sentence_is_not_a_note(note: str) -> None:
    assert not is_a_note_of_no_act(note)


def test_the_notes_of_a_log_give_no_events_and_its_acts_keep_their_days() -> None:
    doc = Document("log.txt", _LOG, "t", None, "none")
    events = build_events(doc, temporal.tag(_LOG, None))
    titles = {e.title: e.begin for e in events}
    assert not [t for t in titles if t.startswith(("Drizzle", "Clear", "Lazy"))]
    assert titles.get("Hanne slips on the moraine below the col") == date(2022, 7, 5)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Monday 4 July. Drizzle all morning.", True),
    ("16:15 — Busy.", True),
    ("Summer fair: Saturday 12 July", False),  # a heading naming a happening before its date
    ("Ada Holm, 1931–2024", False),  # a life's heading
    ("Picnic on the green on Sunday.", False),  # a note with a date of its own is no stamp's note
])
def test_a_stamp_and_its_note_read_as_one_sentence(sentence: str, expected: bool) -> None:
    from explorer import temporal as tagger
    dates = [(t.start, t.end) for t in tagger.tag(sentence, date(2022, 7, 1))]
    from explorer.events.entry_notes import is_a_dated_note
    assert is_a_dated_note(sentence, dates) is expected


def test_a_log_entrys_sentence_is_the_whole_entry_its_offsets_cover() -> None:
    # Event.sentence was left as the stamp alone ("Friday 9 June.") while its offsets covered the entry
    log = "Field diary, 2023\n\nFriday 9 June. The boat left the jetty at dawn.\n\nSaturday 10 June. Gale.\n"
    doc = Document("diary.txt", log, "t", None, "none")
    event = next(e for e in build_events(doc, temporal.tag(log, None)) if e.timex == "Friday 9 June")
    assert event.sentence == log[event.sentence_start:event.sentence_end]
    assert "left the jetty" in event.sentence
