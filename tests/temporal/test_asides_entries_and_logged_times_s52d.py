"""Four kinds of dates found on our own pages of session 52 (h52d, ``tests/events/own_texts_s52d``), with
new sentences of our own; each row failed before its change (the guards marked):

- an old year in a closed aside, "The Palm House (built in 1868) reopened in March", took the later
  yearless month to 1868 (a retold account), and, read as the clause's own cue, "built in" made the
  year after the aside ("closed for restoration in 2019") incidental, so the story stayed behind it;
- a bare weekday told in the past in a diary's or a log's entry ("Thursday 11 June. ... Sami repaired
  the jib on Friday") went a week back from the entry's day, not to the day after it;
- "Friday 11 April" after a story's 2019, on a page of May 2025, kept 2019, where 11 April is a
  Thursday; the weekday fits the page's year;
- "at 1400" in a log that writes its times as "at 0700" was read as the year 1400.
"""

from __future__ import annotations

import pytest

from explorer.documents.document import Document
from explorer.ingest import extract_document


def _values(text: str, dated: str | None = "Published 2 May 2025\n\n") -> dict[str, str]:
    """Each timex's text and value (the page's own date line, when given, first)."""
    timexes = extract_document(Document("own.txt", (dated or "") + text, "own"), dct=None).timexes
    return {t.text: t.value for t in timexes}


@pytest.mark.parametrize("text,said,value", [
    ("The town hall (built in 1820) reopened in March after two years of repairs.", "March", "2025-03"),
    ("The old mill (first recorded in 1790) was sold to a brewer in February.", "February", "2025-02"),
    ("The chapel [consecrated in 1702] lost part of its roof in a gale in January.", "January", "2025-01"),
    # the year after a closed aside dates its clause, and the story with it
    ("The pond was relined in 1979. The Palm House (built in 1868) closed in 2019. The following year the "
     "glaziers moved in.", "The following year", "2020"),
    ("The lake was dredged in 1975. The rowing club (founded in 1902) lost its boathouse in 2016. The next year "
     "the members rebuilt it.", "The next year", "2017"),
    ("The old quay was rebuilt in 1968. The town's newspaper (first published in 1791) closed in 2011. The "
     "following year a website took its place.", "The following year", "2012"),
    # guards: an aside after the month says nothing of it; a year in the clause itself is still its own
    ("The bandstand reopened in March (it was first put up in 1890).", "March", "2025-03"),
    ("The pond was relined in 1979. The Palm House closed for restoration in 2019, and the glaziers moved in "
     "the following year.", "the following year", "2020"),
])
def test_a_closed_aside_leaves_the_clause_its_own_year(text: str, said: str, value: str) -> None:
    assert _values(text)[said] == value


_LOG = ("Walking the coast path, spring 2023\n\n"
        "Tuesday 14 March. We left Penzance in the rain and walked to Mousehole. On Wednesday we reached "
        "Lamorna and camped by the cove.\n\n"
        "Thursday 16 March. Fog all morning. Ellen twisted her ankle on Friday, and we rested at Porthcurno.\n\n"
        "Saturday 18 March. Sun at last. On Monday we had met a farmer who lent us his barn. We ate in Sennen "
        "on Saturday evening.\n")


@pytest.mark.parametrize("said,value", [
    ("Wednesday", "2023-03-15"),
    ("Friday", "2023-03-17"),
    ("Saturday evening", "2023-03-18TEV"),
    # guard: a past perfect looks back from the entry's day
    ("Monday", "2023-03-13"),
])
def test_a_weekday_told_in_a_log_entry_is_its_day_or_the_next(said: str, value: str) -> None:
    assert _values(_LOG, None)[said] == value


def test_a_weekday_told_in_a_field_diary_runs_on_from_its_entry() -> None:
    diary = ("Field notes, 2024\n\nTue 3 September. The team dug the first trench. On Wednesday we found a "
             "hearth.\n\nThu 5 September. Rain. The landowner visited on Thursday and brought tea.\n")
    values = _values(diary, None)
    assert (values["Wednesday"], values["Thursday"]) == ("2024-09-04", "2024-09-05")


_UPDATES = ("Rebuilding the hall: updates for members\n\nPublished 20 February 2026\n\n"
            "Tuesday 3 February: The roofers stripped the old slates. Rain stopped work on Wednesday, and the "
            "scaffold was finished on Friday.\n\n"
            "Monday 9 February: The new joists went in.\n")
_WEEKLY = ("Thursday 4 June. The boat was lifted out. We scraped the hull on Saturday and painted it on "
           "Sunday afternoon.\n\nWednesday 10 June. Back in the water.\n")


@pytest.mark.parametrize("text,said,value", [
    # entries days apart (session 61, our own updates page): an entry tells the days up to the next entry's
    (_UPDATES, "Friday", "2026-02-06"),
    (_WEEKLY, "Saturday", "2020-06-06"),
    (_WEEKLY, "Sunday afternoon", "2020-06-07TAF"),
    # guard (passes on 33d225e2 too): the day after the entry's was read so already
    (_UPDATES, "Wednesday", "2026-02-04"),
])
def test_a_weekday_told_in_an_entry_runs_on_to_the_next_entrys_day(text: str, said: str, value: str) -> None:
    assert _values(text, None if text is _UPDATES else "Published 20 June 2020\n\n")[said] == value


def test_a_news_pages_single_dateline_still_counts_back() -> None:
    # guard: one dated line heads a news page; its weekdays told in the past lie before it
    assert _values("Tuesday 14 March 2023\n\nThe council voted on Friday to close the old pier.", None)["Friday"] \
        == "2023-03-10"


_GARDEN = ("The garden was laid out in 1832. The Palm House was built in 1868. The pond was relined in 1979. "
           "The Palm House closed for restoration in 2019. The last panes were fitted in January. ")
_CLUB = ("The club was founded in 1921. Its first pavilion burned down in 1950. The members rebuilt it in 2018. "
         "The roof was replaced in May. ")


@pytest.mark.parametrize("text,dated,said,value", [
    (_GARDEN + "The new seed bank was opened on Friday 11 April.", "Published 2 May 2025\n\n", "Friday 11 April",
     "2025-04-11"),
    (_CLUB + "The new bar was opened on Saturday 8 March.", "Published 20 March 2025\n\n", "Saturday 8 March",
     "2025-03-08"),
    # guards: the weekday fits the story's own year
    (_GARDEN + "The new seed bank was opened on Thursday 11 April.", "Published 2 May 2025\n\n",
     "Thursday 11 April", "2019-04-11"),
    (_CLUB + "The new bar was opened on Tuesday 8 May.", "Published 20 March 2025\n\n", "Tuesday 8 May", "2018-05-08"),
])
def test_a_day_with_its_weekday_takes_the_year_it_fits(text: str, dated: str, said: str, value: str) -> None:
    assert _values(text, dated)[said] == value


@pytest.mark.parametrize("text,said,value", [
    ("Log, 12 May 2021\n\nLeft the harbour at 0600 with the tide. Anchored off the point at 1530 and went "
     "ashore.", "1530", "2021-05-12T15:30"),
    ("Patrol report, 3 June 2022\n\nThe section moved out at 0545. We reached the ridge at 1120 and dug in.",
     "1120", "2022-06-03T11:20"),
])
def test_four_figures_after_a_time_with_a_leading_zero_are_a_time(text: str, said: str, value: str) -> None:
    assert _values(text, None)[said] == value


def test_a_year_after_in_stays_a_year_beside_logged_times() -> None:
    # guard: "in 1120" is written of a year, whatever time the log wrote before it
    values = _values("Log, 12 May 2021\n\nWe set off at 0700. The abbey, begun in 1120, is a ruin.", None)
    assert values["1120"] == "1120"
