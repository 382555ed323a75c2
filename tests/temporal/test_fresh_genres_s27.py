"""Session 27 of issue 11: kinds found in fifteen short texts of genres besides news, written and
annotated before the tagger was run on them (``fresh_genres_s27/``: a diary, a chronology, a parish
history, a court transcript, a season blog, a programme, a tenancy notice, a memoir, a warranty page,
a town's winter calendar, a grant timetable, a rescue report, a discharge letter, a syllabus, sky
notes). Sentences here are our own and vary the words of each kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view
from tests.temporal.test_fresh_news_s11 import assert_fresh_scores

DCT = date(2025, 11, 3)


def _found(text: str, dct: date | None = DCT) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in timeml_view(tag(text, dct))}


@pytest.mark.parametrize("text, expression, value", [
    ("The foundation stone was laid on Lady Day 1870.", "Lady Day 1870", "1870-03-25"),
    ("Rents fell due at Michaelmas 1702 and at Lady Day 1703.", "Michaelmas 1702", "1702-09-29"),
    ("Rents fell due at Michaelmas 1702 and at Lady Day 1703.", "Lady Day 1703", "1703-03-25"),
    ("The fair was held on Midsummer's Day 1911 in the rain.", "Midsummer's Day 1911", "1911-06-24"),
    ("Tickets for the Burns Night supper on 25 January go on sale on Burns Night 2025.", "Burns Night 2025", "2025-01-25"),
    ("The abbey was surrendered at Candlemas 1539.", "Candlemas 1539", "1539-02-02"),
    ("A ceilidh was held on St Andrew's Day 1990.", "St Andrew's Day 1990", "1990-11-30"),
    ("The organ was playing again by Whitsun 1948.", "Whitsun 1948", "1948-05-16"),
    ("The bells were recast before Whitsun 1921.", "Whitsun 1921", "1921-05-15"),
    ("Shrove Tuesday 2019 brought the last pancake race on the green.", "Shrove Tuesday 2019", "2019-03-05"),
    ("We took her out for lunch on Mothering Sunday 2019.", "Mothering Sunday 2019", "2019-03-31"),
])
def test_quarter_days_saints_days_and_feasts_of_the_british_calendar_are_dates(text: str, expression: str, value: str) -> None:
    """A parish history, an estate's rent book or a town calendar dates by the quarter days, saints'
    days and the feasts counted from Easter that British and Irish calendars name; each is a day of its
    year (the fixed ones like a month-day, Whitsun and Shrove Tuesday from Easter), as Christmas is."""
    assert _found(text, None)[expression] == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("Remembrance Sunday: the parade leaves the Market Cross.", "Remembrance Sunday", "2025-11-09"),
    ("The wreaths will be laid on Remembrance Sunday, as every year.", "Remembrance Sunday", "2025-11-09"),
    ("Pancake races are held on Shrove Tuesday in the High Street.", "Shrove Tuesday", "2026-02-17"),
    ("Bonfire Night: fireworks on the Green from dusk.", "Bonfire Night", "2025-11-05"),
    ("The ceilidh is on Hogmanay in the Corn Hall.", "Hogmanay", "2025-12-31"),
])
def test_a_feast_named_by_its_weekday_is_the_feast_not_the_weekday(text: str, expression: str, value: str) -> None:
    """ "Remembrance Sunday" is the second Sunday of November, "Shrove Tuesday" the eve of Ash
    Wednesday: read as a bare "Sunday" or "Tuesday", each was the weekday next to the page's date."""
    assert _found(text)[expression] == ("DATE", value)


@pytest.mark.parametrize("text", [
    "We had a lady day out in town.",
    "The lammas growth on the oaks was heavy.",
    "There was a bonfire night before they left the camp.",
])
def test_the_lower_case_words_of_a_feast_name_are_no_date(text: str) -> None:
    assert [t.text for t in tag(text, DCT)] == []


@pytest.mark.parametrize("text, clock, value", [
    ("The parade leaves the Market Cross on Remembrance Sunday at 10.15am.", "10.15am", "2025-11-09T10:15"),
    ("Doors open on Black Friday at 6am.", "6am", "2025-11-28T06:00"),
    ("The vigil begins on Easter Sunday at 5.30am.", "5.30am", "2026-04-05T05:30"),
    ("Races start on Shrove Tuesday at noon.", "noon", "2026-02-17T12:00"),
])
def test_a_clock_time_after_a_feast_named_by_its_weekday_is_on_the_feast(text: str, clock: str, value: str) -> None:
    """ "on Remembrance Sunday at 10.15am": the clock is on the feast's day; the weekday word inside its
    name had made it a time of the Sunday next to the page's date."""
    assert _found(text)[clock] == ("TIME", value)


def test_a_clock_time_after_a_plain_weekday_keeps_that_weekday() -> None:
    assert _found("The choir meets on Sunday at 10.15am.")["10.15am"] == ("TIME", "2025-11-09T10:15")


@pytest.mark.parametrize("text, clock, value", [
    ("Lights switch-on: Friday 28 November, with a visit from Father Christmas at 5.30pm.", "5.30pm", "2025-11-28T17:30"),
    ("Grotto open Saturday 6 December: meet Father Christmas from 11am.", "11am", "2025-12-06T11:00"),
])
def test_father_christmas_is_no_christmas_day(text: str, clock: str, value: str) -> None:
    """ "Father Christmas" is a figure, not the day: read as Christmas, it moved the clock time after it."""
    found = _found(text)
    assert "Christmas" not in found
    assert found[clock] == ("TIME", value)


@pytest.mark.parametrize("text, dct, heading, value, clock, clock_value", [
    ("Northern Archives Conference: programme\nThursday 11 September and Friday 12 September, Hull\n"
     "Updated 29 August: rooms have changed.\n\nThursday\n09:00 Registration\n10:30 Keynote\n\nFriday\n09:30 Workshops\n",
     date(2025, 8, 29), "Friday", "2025-09-12", "09:30", "2025-09-12T09:30"),
    ("Folk weekend: Saturday 14 March and Sunday 15 March\nUpdated 2 March\n\nSaturday\n10:00 Doors open\n"
     "19:30 Concert\n\nSunday\n11:00 Ceilidh\n", date(2026, 3, 2), "Saturday", "2026-03-14", "19:30", "2026-03-14T19:30"),
    ("Open days, Wednesday 8 October and Thursday 9 October\n\nWednesday\n2pm Tours of the labs\n\n"
     "Thursday\n10am Talks for parents\n", date(2025, 9, 20), "Wednesday", "2025-10-08", "2pm", "2025-10-08T14:00"),
])
def test_a_programme_weekday_heading_is_the_day_the_page_named_with_that_weekday(
        text: str, dct: date, heading: str, value: str, clock: str, clock_value: str) -> None:
    """A programme names its days in full under its title ("Thursday 11 September and Friday 12
    September") and then heads each day's listing by the weekday alone: the heading is that day, and
    its clock times are on it. Counted from the page's date (an update two weeks before), each heading
    was the first such weekday to come, a week early."""
    days = [t for t in timeml_view(tag(text, dct)) if t.text == heading]
    assert days and days[-1].value == value
    assert _found(text, dct)[clock] == ("TIME", clock_value)


def test_a_listing_heading_with_no_day_named_in_full_counts_from_the_page_date() -> None:
    text = "What's on this week\n\nFriday\n7.30pm Quiz at the Swan\n9pm Live jazz\n"
    assert _found(text, date(2025, 10, 14))["Friday"] == ("DATE", "2025-10-17")


@pytest.mark.parametrize("text, clock, value", [
    ("High water tomorrow is at 7.52am and 8.14pm.", "8.14pm", "2025-08-17T20:14"),
    ("The match is tomorrow and kicks off at 3pm.", "3pm", "2025-08-17T15:00"),
    ("Yesterday the ferry left Oban at 7.15am, an hour late.", "7.15am", "2025-08-15T07:15"),
    ("We were called out yesterday, and the boat launched at 9.21am.", "9.21am", "2025-08-15T09:21"),
    ("On Thursday evening the crew towed a yacht in. Tonight they are on an exercise until about 11pm.",
     "about 11pm", "2025-08-16T23:00"),
    ("Tonight the band plays in the square until 1am.", "1am", "2025-08-17T01:00"),
])
def test_a_clock_time_in_the_sentence_of_a_day_told_from_the_page_is_on_that_day(text: str, clock: str, value: str) -> None:
    """A rescue report written in the evening, a tide table, a fixture: "tomorrow", "yesterday" or
    "tonight" names the day, and a clock time later in its sentence is a time of that day (it was the
    page's own day, or a day named in the sentence before); past midnight after "tonight" is the next day."""
    assert _found(text, date(2025, 8, 16))[clock] == ("TIME", value)


@pytest.mark.parametrize("text, clock, value", [
    ("Police said yesterday that the man was seen at 10pm on the quay.", "10pm", "2025-08-16T22:00"),
    ("This morning the coast road was closed at 6am.", "6am", "2025-08-16T06:00"),
])
def test_a_telling_day_or_the_page_own_day_keeps_the_clock_where_it_was(text: str, clock: str, value: str) -> None:
    assert _found(text, date(2025, 8, 16))[clock] == ("TIME", value)


@pytest.mark.parametrize("text, heading, value", [
    ("Sky notes for 2026\n\nJanuary\nThe shower peaks on 4 January.\n\nSpring\nThe equinox falls on 20 March.\n",
     "Spring", "2026-SP"),
    ("Garden diary, 2024\n\nWinter\nPruned the apples and burned the prunings.\n", "Winter", "2024-WI"),
    ("Club calendar 2025\n\nMarch\nAGM on 4 March.\n\nSummer:\nOpen days on 14 June and 12 July.\n", "Summer", "2025-SU"),
    ("The Year in the Hills, 1952\n\nAutumn\nThe first snow fell on 3 November.\n", "Autumn", "1952-FA"),
])
def test_a_season_alone_on_its_line_heads_the_part_it_tells(text: str, heading: str, value: str) -> None:
    """A calendar, a notebook or a year's review heads its parts by season ("Spring" over the lines of
    March to May), as it does by month; the season alone on its line was no expression."""
    assert _found(text, None)[heading] == ("DATE", value)


@pytest.mark.parametrize("text", [
    "Sky notes, from the Corrow Astronomical Society.\n\nThe spring equinox falls on 20 March, and the clocks go forward nine days later.",
    "Crowds gathered at the stones for the summer solstice, as they have done for decades, and the police closed the road.",
    "The winter solstice is the shortest day of the year in the northern hemisphere, and the longest night.",
])
def test_a_season_naming_an_equinox_or_a_solstice_is_no_season(text: str) -> None:
    """ "the spring equinox" is one day, which the text dates apart; read as "the spring" it was a
    second, wrong expression."""
    assert not any(t.type == "DATE" and t.value and t.value[-2:] in ("SP", "SU", "FA", "WI") for t in tag(text, None))


@pytest.mark.parametrize("text, expression, value", [
    ("Q: Where were you on the evening of 6 March?\nA: At home.\nQ: How long had you lived there?\nA: Since 2009.\n"
     "Q: Did you see anyone that night?\nA: No.", "that night", "2025-03-06TNI"),
    ("We reached the hut on 14 February, a hut the club has kept since 1962. That evening the wind dropped.",
     "That evening", "2025-02-14TEV"),
    ("The ferry sank on the night of 3 April, on a route it had sailed since 1998. That morning the sea had been calm.",
     "That morning", "2025-04-03TMO"),
])
def test_a_part_of_that_day_after_an_aside_year_is_the_story_day_part(text: str, expression: str, value: str) -> None:
    """ "that night" after a day the account stands on and an aside that names only a year ("lived
    there since 2009", "kept since 1962"): the night of the account's day; hung on the year just named
    it was valued as the year."""
    assert _found(text, date(2025, 11, 18))[expression] == ("TIME", value)


def test_a_part_of_that_day_after_a_year_the_story_stands_in_keeps_the_year() -> None:
    assert _found("In 1989 the storm came. That night the roof fell.", None)["That night"] == ("TIME", "1989")


# route -> minimum (relaxed F1, value F1), just below what was measured at the end of session 27 (first
# run on unchanged code: 0.751 / 0.585 value F1 on the corrected gold, see fresh_genres_s27/README.md);
# raised in session 28, when its syllabus's days came to take the header's term (0.894 / 0.653)
FRESH_THRESHOLDS = {"dct": (0.96, 0.88), "no-dct": (0.96, 0.64)}


@pytest.mark.parametrize("route", sorted(FRESH_THRESHOLDS))
def test_fresh_genre_texts_s27(route: str, tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parent / "fresh_genres_s27"
    assert len(list(folder.glob("*.tml"))) == 15
    assert_fresh_scores(folder, tmp_path, route, FRESH_THRESHOLDS[route])
