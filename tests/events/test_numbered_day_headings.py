"""Acts under a numbered day or week of a run whose first day the text gave take that day or week:
"We set out on 3 June 2024 ... // Day 5. Two porters left the party." is 7 June; a season "from 7 July
to 22 August" has its "Week 3" on 21-27 July and its last week clipped to 22 August. A report's "Week
23" (a week of the year) is no count of a run. Texts written for this file: an expedition log, a dig
diary, a trial's week-by-week account and a health report."""

from datetime import date

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _windows(text: str, page: date | None = None) -> dict[str, tuple[date | None, date | None]]:
    events = extract_document(Document("a.txt", text, "a", date=page)).events
    return {e.title: (e.begin, e.end) for e in events}


LOG = ("The Sarn traverse: a log\n\nWe set out from Kirkby on 3 June 2024 and walked for three weeks.\n\n"
       "Day 1. We crossed the river and camped below the pass.\n\nDay 2. Snow closed the pass, so we waited.\n\n"
       "Day 5. Two porters left the party.\n\nWeek 2. The team discovered a cave.\n")


def test_days_and_weeks_of_an_expedition() -> None:
    got = _windows(LOG)
    assert got["Snow closes the pass"] == (date(2024, 6, 4), date(2024, 6, 4))
    assert got["Two porters leave the party"] == (date(2024, 6, 7), date(2024, 6, 7))
    assert got["The team discovers a cave"] == (date(2024, 6, 10), date(2024, 6, 16))


DIG = ("Our 2023 season at Carrow Fields\n\nPosted on 2 October 2023\n\nThe excavation ran from 4 September to "
       "29 September with 30 volunteers.\n\nWeek 1. We opened two trenches.\n\nWeeks 2-3. The team uncovered a "
       "kiln.\n\nWeek 4. We backfilled both trenches.\n")


def test_weeks_of_a_season_clipped_to_its_end() -> None:
    got = _windows(DIG, date(2023, 10, 2))
    assert got["We open two trenches"] == (date(2023, 9, 4), date(2023, 9, 10))
    assert got["The team uncovers a kiln"] == (date(2023, 9, 11), date(2023, 9, 24))
    assert got["We backfill both trenches"] == (date(2023, 9, 25), date(2023, 9, 29))


TRIAL = ("The Hale trial, week by week\n\nThe trial opened at Lenham Crown Court on Monday 6 March 2023.\n\n"
         "Week 1: The defence withdrew its expert.\n\nWeek 2: The jury was sent home for a day.\n")


def test_weeks_of_a_trial() -> None:
    got = _windows(TRIAL, date(2023, 4, 1))
    assert got["The defence withdraws its expert"] == (date(2023, 3, 6), date(2023, 3, 12))


REPORT = ("Measles in Bereni: situation report\n\nThe outbreak was declared on 2 June 2026.\n\n"
          "Week 23: A girl developed a rash.\n\nWeek 24: The health office discovered a second case.\n")


def test_weeks_of_the_year_are_no_count_of_a_run() -> None:
    # counted as a run from 2 June, "Week 24" would be 10-16 November
    got = _windows(REPORT, date(2026, 7, 1))
    assert all(begin is None or begin < date(2026, 7, 2) for begin, _ in got.values())
