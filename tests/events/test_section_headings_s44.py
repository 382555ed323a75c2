"""A date alone on its line heads the section under it: its first sentence is the date's event (issue
12, session 44).

A timeline, a chronology or a status page written in dated sections puts each date on its own line
and tells the date's happenings on the next line, most often in the historical present. The same
entries written "11 August: ..." on one line were read; with the date on the line above, the date was
taken for a dateline and the lines under it were undated, and a present tense under it gave nothing
(a timeline of eleven sections gave one event in three). Every sentence here is written for this file:
different subjects, tenses, voices and headings (a day, a weekday and day, a month, a season, a year).
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _events(text: str, dct: date | None = None):
    return extract_document(Document("a.txt", text, "A", date=dct)).events


def _by_title(text: str, dct: date | None = None) -> dict[str, tuple]:
    return {e.title: (e.begin, e.end) for e in _events(text, dct)}


_SECTIONS = [
    # (heading, the section's first sentence, its title's opening words, begin, end)
    ("1998", "The cooperative buys the old mill on the river.", "The cooperative buys", date(1998, 1, 1), date(1998, 12, 31)),
    ("June 2004", "Engineers find cracks in two of the piers.", "Engineers find cracks", date(2004, 6, 1), date(2004, 6, 30)),
    ("Monday 3 October 2011", "The council shuts the bridge to all traffic.", "The council shuts", date(2011, 10, 3), date(2011, 10, 3)),
    ("8 November 2012", "Hundreds of residents march to the town hall.", "Hundreds of residents march", date(2012, 11, 8), date(2012, 11, 8)),
    ("Spring 2015", "The new deck is lifted into place.", "The new deck is lifted", date(2015, 3, 1), date(2015, 5, 31)),
    ("14 July 2016", "A crane collapsed on the site.", "A crane collapses", date(2016, 7, 14), date(2016, 7, 14)),
    ("February 2019:", "Twelve workers were treated in hospital after the fire.", "Twelve workers are treated", date(2019, 2, 1), date(2019, 2, 28)),
    ("2 September 2020", "The mayor opened the rebuilt bridge.", "The mayor opens", date(2020, 9, 2), date(2020, 9, 2)),
]


@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_date_alone_on_its_line_dates_the_sentence_under_it(blank: str) -> None:
    body = "".join(f"{h}\n{blank}{s}\n\n" for h, s, _, _, _ in _SECTIONS)
    text = f"How the river crossing changed\n\nThe crossing has a long history. Here is how it unfolded.\n\n{body}"
    got = _by_title(text)
    for _, sentence, opening, begin, end in _SECTIONS:
        found = [(t, span) for t, span in got.items() if t.startswith(opening)]
        assert found, (opening, sorted(got))
        assert found[0][1] == (begin, end), (sentence, found)


def test_one_date_alone_on_its_line_heads_nothing() -> None:
    # a page's dateline over a news story: no section, so no event is made from it
    text = ("Ferry strike ends\n\n3 March 2026\nThe ferry crews voted to end their strike, the union said. "
            "Managers welcomed the vote.\n")
    assert not any("the heading over its section" in e.derivation for e in _events(text, date(2026, 3, 3)))


def test_a_sentence_with_its_own_date_is_read_by_that_date() -> None:
    # "... at noon": the clock time's event tells the lifting, on the heading's day; no second event
    text = ("Boil notice timeline\n\nThe notice was lifted this week.\n\n"
            "Tuesday 11 August 2026\nThe water company issues a boil notice.\n\n"
            "Monday 28 September 2026\nThe boil notice is lifted at noon.\n")
    lifted = [e for e in _events(text) if "lifted" in e.title and e.begin == date(2026, 9, 28)]
    assert len(lifted) == 1 and lifted[0].timex == "noon"


def test_the_section_s_later_sentences_are_read_in_the_present_too() -> None:
    text = ("Timeline of the dispute\n\nThe dispute ended this year.\n\n"
            "4 March 2024\nThe union files a claim for a pay rise. Managers reject it within a day.\n\n"
            "9 May 2024\nWorkers walk out at the three depots. The company hires agency drivers.\n")
    got = _by_title(text)
    assert any(t.startswith("The company hires agency drivers") and span[0] == date(2024, 5, 9) for t, span in got.items()), got


@pytest.mark.parametrize("stop", [".", "\n"])
def test_an_entry_s_act_is_not_read_twice(stop: str) -> None:
    # the stamp's event runs into its entry sentence; the undated pass read the same act again
    text = ("The old school\n\nThe school closed this year after a long decline.\n\n"
            f"1967{stop} The parish council bought the old school from the diocese.\n\n"
            f"1985{stop} Volunteers marched to the town hall to demand a library.\n")
    titles = [e.title for e in _events(text) if e.title.startswith("Volunteers march")]
    assert len(titles) == 1, titles
