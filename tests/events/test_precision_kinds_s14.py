"""Kinds of non-event found on the session-fourteen fresh gold articles (a service guide with opening
hours, a press release with notes to editors, a policy story with an amendment note; issue 12,
precision). Each kind is checked on sentences of our own, written for these tests, in several
phrasings, beside sentences of the same shape that stay events."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document

_STORY = "The library reopened on Monday."


def _dated(text: str, dct: date | None = date(2027, 2, 8)) -> list[str]:
    return [e.timex for e in extract_document(Document("a.txt", text, "t"), dct=dct).events if e.timex]


# --------------------------------------------------------------------- a timetable told without a verb


@pytest.mark.parametrize("hours", [
    "City branch: Monday to Friday, 8am to 6pm; Saturday 9am to 1pm.",
    "For bookings, call the front desk on 0123 456 (Mon–Fri, 9am–5pm).",
    "Our helpline is staffed weekdays 9.30am to 4pm and Saturdays 10am to noon.",
    "Reception: weekdays 8.30am–6pm.",
    "Ticket office (Tuesday–Sunday, 10:00–16:30), closed on bank holidays.",
])
def test_a_timetable_of_repeating_days_and_clock_times_is_no_happening(hours: str) -> None:
    assert _dated(_STORY + "\n" + hours + "\n") == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    # a one-off names its day of the month
    ("The fair opens on Saturday 22 June, 2pm to 10pm, in the park.", "Saturday 22 June"),
    ("Saturday 15 March, 10:00–13:00 – Repair café in the church hall.", "Saturday 15 March"),
    # a stretch told "from ... to ..." is one week's
    ("The strike runs from Monday to Friday, 6am to 10pm, the union said.", "10pm"),
    # one day's hour
    ("The bridge closes at 6 p.m. on Friday for repairs.", "6 p.m."),
])
def test_a_dated_one_off_with_clock_times_stays(sentence: str, when: str) -> None:
    assert any(when in found for found in _dated(sentence))


@pytest.mark.parametrize("hours", [
    "Thursday: 9 a.m. to 4 p.m.\nSunday: CLOSED",
    "Open 9:00 AM to 3:00 PM Tuesday-Sunday. CLOSED on Monday.",
    "Closed: Easter Monday, Boxing Day and New Year's Day.",
    "Boxing Day: 11am to 4pm",
    "The reading room is open on term days, from 9:00 to 5pm.",
])
def test_a_line_of_hours_or_an_open_state_with_clock_times_is_no_happening(hours: str) -> None:
    assert _dated(_STORY + "\n\n" + hours + "\n") == ["Monday"]


@pytest.mark.parametrize(("text", "when"), [
    (_STORY + "\n\nDates for your diary\nSpring fair: Saturday 12 April, 10am to 2pm\nSports day: Friday 4 July\n",
     "Saturday 12 April"),
    ("The reading room will open at 9am on Monday 3 March after the refit.", "9am"),
    (_STORY + " Hours: Tuesday through Saturday, 10:00-17:00.", "Monday"),  # a label after a sentence's end
    ("The bridge is open again from 6am to 10pm after repairs ended on Friday.", "Friday"),  # the repairs' day
])
def test_a_one_off_beside_hours_keeps_its_date(text: str, when: str) -> None:
    assert any(when in found for found in _dated(text))


# --------------------------------------------------------------------- the page's own notes


@pytest.mark.parametrize("note", [
    "This article was amended on 12 September to correct the name of the ferry.",
    "An earlier version of this story said the sailings stopped on 3 March; they stopped on 4 March.",
    "Correction: This story has been updated on 14 May to remove a quote.",
    "Editor's note (2 June): the photograph was replaced.",
    "This report was corrected on Friday to give the right date of the vote.",
])
def test_a_note_on_the_page_itself_is_no_happening(note: str) -> None:
    assert _dated("The ferry company cancelled its winter timetable on Monday.\n" + note + "\n") == ["Monday"]


def test_a_report_the_story_tells_of_can_still_be_amended() -> None:
    text = "The ferry company cancelled its winter timetable on Monday. The report was amended in March after objections."
    assert _dated(text) == ["Monday", "March"]


# --------------------------------------------------------------------- a warning told in the present


@pytest.mark.parametrize("sentence", [
    "The Passport Office has warned that waiting times rise sharply from April.",
    "Forecasters warn that temperatures climb above 30C on Thursday.",
    "The regulator predicted that bills go up in October.",
    "Economists fear that prices keep rising into next year.",
])
def test_a_warning_or_forecast_told_in_the_present_is_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The Passport Office warned on Monday that its website had crashed.", "Monday"),  # what happened
    ("Police warned drivers on Tuesday after a lorry overturned.", "Tuesday"),  # no claim: the act of warning
])
def test_a_warning_about_what_happened_stays(sentence: str, when: str) -> None:
    assert _dated(sentence) == [when]


# --------------------------------------------------------------------- a class of things marked off by a date


@pytest.mark.parametrize("sentence", [
    "From that date, photos from booths installed before 2015 will be rejected.",
    "Season tickets bought before 1 March keep their old price.",
    "Cars registered after 2010 pay no toll.",
    "Passports issued until 2019 remain valid.",
])
def test_a_date_that_marks_off_a_class_of_things_is_a_cut_off(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


@pytest.mark.parametrize(("text", "when"), [
    ("The booths were installed before 2015 and removed in 2022.", "2022"),  # with its auxiliary: a happening
    ("Storm update:\n- All ferry sailings cancelled until Sunday afternoon\n", "Sunday afternoon"),  # a bullet's passive
])
def test_a_participle_told_as_a_happening_keeps_its_date(text: str, when: str) -> None:
    assert when in _dated(text)


@pytest.mark.parametrize("sentence", [
    "Old links keep working until 31 December.",
    "The ferry keeps running until the end of March.",
])
def test_a_state_kept_up_until_a_date_is_no_happening(sentence: str) -> None:
    assert _dated(_STORY + " " + sentence) == ["Monday"]


# --------------------------------------------------------------------- a vote's count told after the vote


def _events(text: str) -> list:
    return extract_document(Document("a.txt", text, "t"), dct=date(2027, 2, 8)).events


@pytest.mark.parametrize("text", [
    "The assembly passed the housing bill on Thursday.\n\nIt was approved by 41 votes to 29 after a seven-hour debate.",
    "The council approved the budget in March. It was carried by a majority of 12.",
    "The board voted on Monday to sell the depot. Members backed the sale by 9-2.",
])
def test_a_vote_count_told_after_the_vote_is_the_same_vote(text: str) -> None:
    events = _events(text)
    assert len(events) == 1 and events[0].timex
    assert len(events[0].mentions) == 1  # the count's sentence is a mention of the vote


@pytest.mark.parametrize(("text", "n"), [
    # a count with a date of its own is a vote of its own
    ("The opposition tabled a motion in November, and on 4 December parliament passed it by 88 votes to 71.", 2),
    # no decision told just before
    ("The mill closed in June. The union rejected the offer by 300 votes to 12.", 2),
])
def test_a_vote_count_with_its_own_date_or_no_vote_before_stays(text: str, n: int) -> None:
    assert len(_events(text)) == n


# --------------------------------------------------------------------- a period described, a stage's arrival


_OPENED = "The club opened its new ground in August."


@pytest.mark.parametrize("sentence", [
    "January was harder.",
    "The summer belonged to the visitors.",
    "The winter proved even colder.",
    "The turning point came on 17 February. Two players returned from injury.",
    "Their decisive stretch came in February.",
])
def test_a_period_described_or_a_stage_arriving_is_no_happening(sentence: str) -> None:
    assert _dated(_OPENED + " " + sentence) == ["August"]


@pytest.mark.parametrize(("sentence", "when"), [
    ("The breakthrough came in 2001, when the single reached number four.", "2001"),  # the when-clause's happening
    ("The storm came on 17 January.", "17 January"),  # a happening that came
])
def test_a_happening_that_came_on_a_date_stays(sentence: str, when: str) -> None:
    assert when in _dated(_OPENED + " " + sentence)


# --------------------------------------------------------------------- previews: returns forecast, blurbs, bare dates


_SIGNED = "The club signed a new striker on Monday."


@pytest.mark.parametrize("text", [
    _SIGNED + "\nHuth (foot injury, expected return 26 December) out\n",
    _SIGNED + " Their captain is due back on 3 March after a knee operation.",
    "A look at the key numbers behind this weekend's games.\n" + _SIGNED,
    "A quick guide to Saturday's fixtures.\n" + _SIGNED,
    _SIGNED + " The floodlights are lit every evening, including Christmas Day.",
])
def test_a_forecast_return_a_page_blurb_or_a_bare_date_is_no_happening(text: str) -> None:
    assert _dated(text) == ["Monday"]


def test_a_return_that_happened_keeps_its_date() -> None:
    assert _dated("The club's captain returned on 26 December after a knee injury.") == ["26 December"]


# --------------------------------------------------------------------- the reader as subject, a plan's date


_LAUNCHED = "The firm launched its app in May."


@pytest.mark.parametrize("sentence", [
    "You'll get people assuming that a parcel must arrive on the first day.",
    "You may have to wait until September for a refund.",
    "The projected delivery date was March 2024.",
    "Its planned opening is 3 June.",
    "The original deadline of 30 June was missed.",
])
def test_a_generic_you_or_a_plans_date_is_no_happening(sentence: str) -> None:
    assert _dated(_LAUNCHED + " " + sentence) == ["May"]


def test_a_delivery_made_on_a_date_stays() -> None:
    assert _dated(_LAUNCHED + " The delivery was made in March 2024, a month late.") == ["May", "March 2024"]
