"""Dates of terms, rules, deadlines, duties, schedules' hours and suppositions make no event (see
``explorer.events.date_roles_terms``), in the genres that are full of them: terms and conditions, a
visitor guide, a notice of key dates, minutes' action items, an opinion column. Scheduled happenings
with a day of their own and past acts beside them keep their dates. Our own sentences, through the
route a dropped file takes."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.date_roles_terms import term_role
from explorer.ingest import extract_document


def _dated(text: str) -> set[str]:
    """The expressions that date an event of ``text`` (a page dated 10 June 2024)."""
    out = extract_document(Document("a.txt", text, "t"), dct=date(2024, 6, 10))
    return {e.timex for e in out.events if e.timex}


@pytest.mark.parametrize("text, bound", [
    # a rule's bound, told with a modal of permission or duty
    ("Pupils may not be entered for the resit after 14 March.", "14 March"),
    ("The tenant may not sublet the garage before 1 January 2025.", "1 January 2025"),
    ("Unused vouchers may be exchanged until 31 August.", "31 August"),
    ("Season tickets can only be upgraded before 20 July.", "20 July"),
    ("Boats must not be moored on the north quay after 18 June.", "18 June"),
    ("Stallholders shall vacate their pitches no later than 5 September.", "5 September"),
    ("Families who left the estate may return from 6pm, the police say.", "6pm"),
    # a standing permission or a state of being due, in the present
    ("Late nominations are accepted until 12 July for a fee of £20.", "12 July"),
    ("Your parking permit is valid until 30 September.", "30 September"),
    ("Early-bird passes are on sale until 1 August.", "1 August"),
    ("The lift's next safety inspection is due by 3 March 2025.", "3 March 2025"),
    ("Prices are subject to change after 30 September.", "30 September"),
    ("Dogs are not allowed on the main beach from 1 May to 30 September.", "1 May to 30 September"),
    ("Walkers are asked to leave the nature reserve by 6pm in winter.", "6pm"),
    ("Entries received after the closing date of 30 April will not be judged.", "30 April"),
    ("Schools must close by 3pm on Friday because of the storm.", "Friday"),
    # a window for what people send in, closing, or a consumer term's end
    ("Nominations close at noon on 2 April.", "2 April"),
    ("The spring offer ends on 31 March.", "31 March"),
    ("This discount expires at midnight on Sunday 16 March.", "Sunday 16 March"),
    ("Applications close on 28 June.", "28 June"),
    ("Entries for the photography prize close at midnight on 15 August.", "15 August"),
    # a day a schedule names in a definition
    ("The closing date is 19 July.", "19 July"),
    ("The closing date for applications is 12 September.", "12 September"),
    ("The reserve day is Friday 28 June; teams must keep it free.", "Friday 28 June"),
])
def test_a_rule_or_deadline_is_no_happening(text: str, bound: str) -> None:
    assert bound not in _dated(text)


@pytest.mark.parametrize("text, bound", [
    ("Priya to send the hall booking form by 21 June.", "21 June"),
    ("Tom and Alice to collect the raffle prizes by 2 July.", "2 July"),
    ("- Marek: risk assessment, by 30 June.", "30 June"),
])
def test_an_action_item_s_deadline_is_no_happening(text: str, bound: str) -> None:
    assert bound not in _dated(text)


@pytest.mark.parametrize("text, date_text", [
    ("Children born after 1 September 2019 travel free.", "1 September 2019"),
    ("Full refunds are given for orders cancelled before 14 June.", "14 June"),
    ("The guarantee covers only appliances bought after March 2023.", "March 2023"),
    ("Staff who joined before 2020 keep their old pension terms.", "2020"),
    ("Discounts apply to bookings made between 1 and 20 July.", "20 July"),
])
def test_a_class_marked_off_by_a_date_is_no_happening(text: str, date_text: str) -> None:
    assert date_text not in _dated(text)


@pytest.mark.parametrize("text, hour", [
    ("Morning sessions start at 9.30 am and afternoon sessions at 2 pm.", "9.30 am"),
    ("Morning sessions start at 9.30 am and afternoon sessions at 2 pm.", "2 pm"),
    ("Gates open at 11:00 and close at 22:30.", "11:00"),
    ("Begin at the flower market, which opens at 5am, and walk down to the harbour.", "5am"),
    ("The first bus leaves at 5.40am and the last at 11.15pm.", "11.15pm"),
    ("Breakfast is served from 7am to 10am.", "7am"),
    ("Trains leave every 15 minutes from 6am until midnight.", "6am"),
    ("Rent increases take effect from 1 April each year.", "1 April"),
    ("Farmers' market: first Saturday of every month, 9am–1pm.", "1pm"),
    ("Last admission is at 4.15pm.", "4.15pm"),
])
def test_a_schedule_s_hours_are_no_happening(text: str, hour: str) -> None:
    assert hour not in _dated(text)


@pytest.mark.parametrize("text, date_text", [
    ("The 50th anniversary of the flood falls on 31 January.", "31 January"),
    ("The centenary of the lifeboat station is on 12 August.", "12 August"),
    ("It is ten years this week since the last ferry sailed from the old pier.", "this week"),
    ("The plan was to open the bridge in 2023; it has not opened yet.", "2023"),
    ("Villagers were promised a new bus shelter by 2021.", "2021"),
    ("Mark my words: by 2030 the high street will be empty.", "2030"),
    ("By next winter the old quay will have gone.", "next winter"),
])
def test_an_anniversary_s_day_or_a_plan_given_up_is_no_happening(text: str, date_text: str) -> None:
    assert date_text not in _dated(text)


@pytest.mark.parametrize("text, date_text", [
    ("Should the river rise again in July, the ferry will stop running.", "July"),
    ("Had the council bought the mill in 1998, the town would own it today.", "1998"),
    ("Were the line to reopen in 2030, the valley's villages would be an hour from the city.", "2030"),
    ("Imagine the old baths full of swimmers again by the summer of 2027.", "the summer of 2027"),
    ("Picture the square without cars by 2030: trees, benches and a Saturday market.", "2030"),
    ("Week's total: 64 miles.\nNext year: the Cairngorms, perhaps.", "Next year"),
])
def test_a_supposition_is_no_happening(text: str, date_text: str) -> None:
    assert date_text not in _dated(text)


@pytest.mark.parametrize("text, kept", [
    # scheduled happenings with a day of their own stay, in the same genres
    ("The tenancy begins on 1 September 2024 and runs for twelve months.", "1 September 2024"),
    ("The council meets on 10 July to set its budget.", "10 July"),
    ("The parade leaves the town hall at 18:00 on Saturday 15 June.", "18:00"),
    ("Results are released to schools at 8 am on Thursday 15 August.", "8 am"),
    ("The trial is due to resume in September.", "September"),
    ("Pre-orders open on the maker's website on 20 June.", "20 June"),
    # a live page's one clock time is that day's happening
    ("Polls close at 22:00, and counting is due to start at the leisure centre at about 22:20.", "22:00"),
    ("Tickets are on sale from 9am on Monday 17 March.", "9am"),
    ("The town celebrates its 800th anniversary with a parade in June.", "June"),
    ("This year is the centenary of the lifeboat station, which opened in 1925.", "1925"),
    ("The port plans to open a second berth next spring.", "next spring"),
    # a duty's date beside the act that set it: the order's day
    ("Schools must close by 3pm on Friday because of the storm, the council ordered on Thursday.", "Thursday"),
    ("Jazz on the Lawn: Sunday 6 July, 2pm–5pm, free.", "Sunday 6 July, 2pm"),
    ("Workers who walked out before Christmas returned on Monday.", "Monday"),
    ("Perhaps 200 people joined the march on Saturday.", "Saturday"),
    ("Had a chance to see the falls on Sunday, then walked back to the bothy.", "Sunday"),
    ("In 2019 the council promised a new pool; in 2023 it quietly dropped the plan.", "2023"),
    # a diary's present: a person's doing at a clock time
    # (the trip is one event, dated by its first time as the past row below is; "8.15" is a clock since s48)
    ("We leave at 8.15 and arrive in Oban at 11.40.", "8.15"),
    # the same words in the past tell happenings
    ("The ferry left at 7.10 am and docked at 9.05 am.", "7.10 am"),
    ("The sale ended on 30 June with 40 lots unsold.", "30 June"),
    ("Applications opened on 3 March and 400 people applied in the first week.", "3 March"),
    ("Residents evacuated on Tuesday night returned home on Thursday.", "Tuesday night"),
    ("Those arrested after Saturday's march were released without charge.", "Saturday"),
    # past acts stay, beside a rule or in a reported condition
    ("The boiler was serviced on 14 May; the next service is due by 14 May 2025.", "14 May"),
    ("The company withdrew the heater from sale on 3 June after customers reported fires.", "3 June"),
    ("Residents complained in March, and the committee voted on 4 June to ask for yellow lines.", "4 June"),
    # a past act that a participle names with its auxiliary is told, not a class
    ("The tickets were bought before 1 May and refunded a week later.", "1 May"),
    # a question that opens with "Should" supposes nothing
    ("Should the club have sold the ground in 2019?", None),
])
def test_scheduled_happenings_and_past_acts_keep_their_dates(text: str, kept: str | None) -> None:
    dated = _dated(text)
    if kept is not None:
        assert kept in dated


@pytest.mark.parametrize("text, label", [
    ("Early-bird weekend tickets are on sale until 31 May.", "weekend"),
    ("Weekday trains will run to a Sunday timetable.", "Weekday"),
    ("The Harrowdale Folk Weekend runs from Friday 19 June to Sunday 21 June.", "Weekend"),
])
def test_a_week_s_part_naming_a_thing_is_no_date(text: str, label: str) -> None:
    at = text.index(label)
    assert term_role(text, at, at + len(label)) == "label"
    assert label not in _dated(text)


@pytest.mark.parametrize("text", [
    "This weekend trains will not run between the two towns.",
    "At the weekend police arrested two men.",
    "The storm hit at the weekend, flooding forty homes.",
])
def test_a_week_s_part_with_its_determiner_is_a_date(text: str) -> None:
    at = text.index("weekend")
    assert term_role(text, at, at + len("weekend")) is None


def test_term_role_names_the_kind() -> None:
    text = "Late entries are accepted until 17 April. Ruth to post the notices by 28 March."
    at = text.index("17 April")
    assert term_role(text, at, at + len("17 April")) == "rule"
    at = text.index("28 March")
    assert term_role(text, at, at + len("28 March")) == "duty"
    text = "The museum reopened on 4 June."
    at = text.index("4 June")
    assert term_role(text, at, at + len("4 June")) is None
