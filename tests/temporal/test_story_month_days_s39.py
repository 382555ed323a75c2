"""A day of the month said alone ("on the 15th") takes the month of the last day the story told with
its month, a few sentences back, past times that name no month ("during the night", "at 4.40 a.m.")
and past an aside that looks back ("had last been overhauled in September 1922") (session 39): a
court's report dated in June put a January wreck's "the 15th" and "the 16th" in June."""

from __future__ import annotations

from datetime import date

from explorer.temporal.tagger import tag

_REPORT = """Inquiry into the loss of the tug Merrow

Dated this 2nd day of August, 1931.

The tug Merrow left Carn Bay on the morning of the 21st of March, 1931, towing a dredger. She had
last been surveyed in May 1929. The wind rose during the afternoon. At about 9 p.m. on the 22nd the
tow parted. The crew cut the hawser at 9.30 p.m.

The Merrow foundered shortly after midnight. Her mate was rescued. Two men were lost. The dredger
was found drifting off Skell Point on the 24th.
"""


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {text[t.start:t.end]: t.value for t in tag(text, dct)}


def test_bare_days_take_the_story_s_month() -> None:
    values = _values(_REPORT, date(1931, 8, 2))
    assert values["the 22nd"] == "1931-03-22"
    assert values["the 24th"] == "1931-03-24"


def test_without_a_month_told_the_bare_day_still_counts_from_the_page() -> None:
    text = "Club notes\n\nThe committee met during the evening. The hall was repainted on the 12th.\n"
    values = _values(text, date(2025, 9, 20))
    assert values["the 12th"] == "2025-09-12"


def test_a_numbered_paragraph_s_number_is_no_sentence_between() -> None:
    text = ("Findings\n\n1. The barge Elna sailed on the 3rd of November, 1926. She had last been docked in 1924.\n\n"
            "2. Fog came down in the evening. At 2 a.m. on the 4th she grounded.\n")
    assert _values(text, date(1927, 2, 1))["the 4th"] == "1926-11-04"
