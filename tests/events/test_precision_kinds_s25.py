"""Kinds of non-event found on new text of the low-precision genres (a gardening blog, a vintage report,
a walking diary, a guide, minutes, an earnings call, a review; session twenty-five, issue 12, event
precision): a state reached by a date in a clause joined after a happening, a period described when its
clause opens with a joining word or a rank, a future the teller hedges, a diary's note of what a day was
like with the date inside it, a baseline measured "on", opening hours on plural days, a figure under a
label or at a period's end, an instruction to the reader, a work's plot time, the year a precept is
for, and "It began on <date>, when …".
Each kind is checked on sentences of our own, written for these tests, beside sentences of the same
shape that stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.events.entry_notes import is_a_note_around_its_date
from explorer.events.modality import is_non_happening
from tests.events.extracted_events import date_role_of as _role, events_of


def _dated(text: str, dct: date | None = date(2025, 6, 12)) -> list[str]:
    return [e.timex for e in events_of(text, dct) if e.timex]


# --------------------------------------------------------------------- a state reached by a date, in a joined clause


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The tannery opened in 1881, and by 1890 the village was twice its old size.", "1890"),
    ("Frost came early and by November the lake was solid.", "November"),
    ("The pumps failed at noon; by dusk the cellars were under water.", "dusk"),
    ("Sales slowed in the spring, but by August the shop was full every weekend.", "August"),
    ("Mildew showed in June and by the end of the month the leaves were curling.", "the end of the month"),
])
def test_how_things_stood_by_a_date_after_a_happening_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "state reached"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The fire started at noon and by 4pm the roof was replaced.", "4pm"),  # a deed done by then
    ("She left the hut at dawn and by noon she had reached the col.", "noon"),
    ("The ferry sails at noon and passengers board by 11am.", "11am"),  # no state told
])
def test_a_deed_done_by_a_date_in_a_joined_clause_keeps_its_date(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "state reached"


def test_the_joined_state_leaves_the_first_clause_s_happening() -> None:
    text = "The new mill opened in March 2024, and by October 2024 the yard was full of timber.\n"
    assert _dated(text) == ["March 2024"]


# --------------------------------------------------------------------- a period described, its clause opened by a joining word


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("We moved in late, so the first spring was mostly clearing.", "spring"),
    ("The well ran dry, and that whole summer was hard.", "summer"),
    ("April and May were cold and wet, and the lambs came late.", "April"),
    ("But the following winter was mild.", "winter"),
])
def test_a_period_described_after_a_joining_word_or_a_rank_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "time described"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The rain in May was heavy.", "May"),  # the rain is described, not May
    ("So the first week was spent on repairs to the roof.", "week"),  # what was done in it
    ("And in March the council was dissolved.", "March"),
])
def test_a_period_inside_another_phrase_or_told_with_a_deed_is_not_described(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "time described"


# --------------------------------------------------------------------- a future the teller hedges


@pytest.mark.parametrize("title", [
    "I will probably sow the whole bed with clover",
    "We'll likely close the café for a week",
    "The board will most likely sell the depot",
    "They probably will move the fair to the park",
    "The club would possibly relocate",
])
def test_a_hedged_future_is_no_happening(title: str) -> None:
    assert is_non_happening(title)


@pytest.mark.parametrize("title", [
    "The club will move the fair to the park",  # a plan told outright
    "The board probably sold the depot",  # a past told with a doubt is read elsewhere
    "The council will publish its plans",
])
def test_a_future_told_outright_stays(title: str) -> None:
    assert not is_non_happening(title)


def test_a_hedged_plan_with_its_date_gives_no_event_and_a_plain_one_does() -> None:
    text = ("Notes from the orchard\n\nI will probably graft the old pear next March. "
            "The society will hold its blossom walk on 12 April 2026.\n")
    assert _dated(text) == ["12 April 2026"]


# --------------------------------------------------------------------- a diary's note of what a day was like, its date inside


def _dates(sentence: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in temporal.tag(sentence, date(2022, 7, 1))]


@pytest.mark.parametrize("note", [
    "A clear morning at last.",
    "Busy afternoon.",
    "Another wet evening in camp.",
    "A long, hot afternoon.",
    "Very quiet night.",
])
def test_what_a_day_was_like_is_a_note(note: str) -> None:
    assert is_a_note_around_its_date(note, _dates(note))


@pytest.mark.parametrize("note", [
    "Coffee morning on Friday.",  # something held
    "The council met on a cold morning.",  # a verb
    "Quiet Sunday at the depot.",  # a noun of another kind
    "Wet morning, 14 mm of rain.",  # a figure
])
def test_a_held_thing_a_verb_or_a_figure_is_not_such_a_note(note: str) -> None:
    assert not is_a_note_around_its_date(note, _dates(note))


def test_a_diary_s_weather_note_gives_no_event_and_its_acts_keep_theirs() -> None:
    text = ("Walking the ridge, 2022\n\nTuesday 5 July\n\nA grey morning again. "
            "We left the bothy at nine and crossed the ford by eleven.\n")
    timexes = _dated(text, None)
    assert "morning" not in timexes


# --------------------------------------------------------------------- a change measured "on" its baseline


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Yields are down about 30 percent on 2024.", "2024"),
    ("Ticket sales were up 12 per cent on last year.", "last year"),
    ("Profits rose 8% on 2023, the board said.", "2023"),
    ("Visitor numbers fell by a third on the previous year.", "the previous year"),
])
def test_the_baseline_of_a_change_measured_on_it_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "comparison"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Shares in the brewer rose 4 percent on Friday.", "Friday"),  # a market move on its day
    ("The river rose two metres on 3 March.", "3 March"),
])
def test_a_change_on_a_day_keeps_its_day(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "comparison"


# --------------------------------------------------------------------- opening hours on days named in the plural


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Our cellar door is open on Saturdays from April to October.", "April to October"),
    ("The reading room is open on Tuesdays and Thursdays until 8pm.", "8pm"),
])
def test_opening_hours_on_plural_days_are_a_schedule(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "schedule"


def test_an_opening_on_a_named_day_stays() -> None:
    assert _role("The new gallery opened on Saturday 4 May.", "Saturday 4 May") is None


# --------------------------------------------------------------------- a measure's figure under a label


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Bank balance at 30 September: £12,418.", "30 September"),
    ("Membership as at 1 March: 412.", "1 March"),
    ("Cash reserves as of June 30 — $4.1 million.", "June 30"),
])
def test_a_figure_under_a_label_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "figure"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("Fire at the depot on Monday: 3 hurt.", "Monday"),  # a happening's label
    ("The balance was paid on 30 September.", "30 September"),  # a verb
])
def test_a_happening_s_label_or_a_clause_is_not_a_figure(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "figure"


# --------------------------------------------------------------------- an instruction to the reader


@pytest.mark.parametrize("title", ["Call ahead", "Book ahead", "Allow an extra hour for the descent",
                                   "Avoid the bridge", "Pack a torch and spare batteries"])
def test_an_instruction_to_the_reader_is_no_happening(title: str) -> None:
    assert is_non_happening(title)


@pytest.mark.parametrize("title", ["Booker prize is awarded", "The Allowance is paid", "Callers ring the helpline"])
def test_a_noun_that_begins_like_such_a_verb_stays(title: str) -> None:
    assert not is_non_happening(title)


# --------------------------------------------------------------------- where a measure stood when a period ended


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("We ended the quarter with $640 million in cash.", "the quarter"),
    ("The brewer's shares ended the year up 18 per cent.", "the year"),
    ("The pension fund closed 2024 at £2.1bn.", "2024"),
])
def test_a_figure_at_a_period_s_end_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "figure"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The shares ended the day 4% higher.", "the day"),  # a market move on its day
    ("The club ended the season with a win over Dunmore.", "the season"),  # a match, no figure
    ("The mill closed in 2024.", "2024"),
])
def test_a_day_s_close_a_last_act_or_a_closing_keeps_its_date(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "figure"


# --------------------------------------------------------------------- a work's plot time in a review


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The plot drifts, and the last chapter, set in 1978, feels rushed.", "1978"),
    ("The novel follows two sisters through the winter of 1947.", "the winter of 1947"),
    ("Her film follows a ferry crew from 1961 to 1964.", "1961 to 1964"),
])
def test_a_work_s_plot_time_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "story's time"


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The record, set in 1978, still stands.", "1978"),  # a deed
    ("Police followed the van through the night.", "the night"),
])
def test_a_record_set_or_a_pursuit_is_no_plot_time(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) != "story's time"


# --------------------------------------------------------------------- the year a council's precept or grant is for


@pytest.mark.parametrize(("sentence", "date_text"), [
    ("The precept for 2026/27 will be discussed at the December meeting.", "2026/27"),
    ("The board agreed the fees for next year.", "next year"),
])
def test_the_year_a_precept_or_a_fee_is_for_is_no_happening(sentence: str, date_text: str) -> None:
    assert _role(sentence, date_text) == "dated thing"


def test_a_grant_paid_in_a_year_keeps_it() -> None:
    assert _role("The grant was paid in 2025.", "2025") is None


# --------------------------------------------------------------------- "It began on <date>, when …": one happening


def _events(text: str, dct: date | None = date(2025, 9, 2)) -> list[tuple[str, str]]:
    return [(e.timex, e.title) for e in events_of(text, dct)]


def test_it_began_on_a_date_when_a_happening_is_that_happening_once() -> None:
    text = "It began on 4 July, when the harbour board refused a berth to the Arden ferry.\n"
    assert _events(text) == [("4 July", "The harbour board refuses a berth to the Arden ferry")]


def test_it_with_a_verb_of_its_own_keeps_its_own_title() -> None:
    text = "It reached Lisbon in the 1790s, when a merchant bought it at auction in Antwerp.\n"
    assert [title for _, title in _events(text)][0].startswith("It reaches Lisbon")


@pytest.mark.parametrize("text", [
    "The ferry company's shares ended the year up 18 per cent.\n",
    "Bank balance at 30 September: £12,418.\n",
])
def test_a_figure_s_sentence_gives_no_undated_event_either(text: str) -> None:
    assert _events(text) == []
