"""A news feature or long read that opens an old story with its full date ("On the night of 9 May
1968, a fire broke out ...") goes on telling it over the next paragraphs with yearless days, months
and weekdays said with "the" ("The alarm was raised on the Friday", "On 2 June the inquiry opened",
"on the 14th"): they are the story's, not the writer's year, while every date told since is of the
story's years, none was counted from the page, and nothing of the writer's now ("is", "will",
"today") comes between. A weekday or a month of the writer's own ("Next Thursday ... will") stays."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


TEXT = ("Features · 3 September 2025\n\n"
        "On the night of the 7th of May 1968, fire broke out in the drying shed of the Harl mill.\n\n"
        "The alarm was raised on the Wednesday morning, the 8th, when the first shift arrived. "
        "Firemen from two towns fought the blaze for a day.\n\n"
        "For weeks the owners said nothing. Then, on 2 June, an inquiry opened in the town hall, "
        "and the mill's foreman left for Canada in July.\n")


def test_the_old_story_goes_on_over_paragraphs() -> None:
    got = _values(TEXT, date(2025, 9, 3))
    assert got["Wednesday morning"] == "1968-05-08TMO"
    assert got["2 June"] == "1968-06-02"
    assert got["July"] == "1968-07"


def test_the_writer_s_own_now_ends_it() -> None:
    text = TEXT + "\nThe mill is now a museum, and on 12 October it will open a new gallery.\n"
    got = _values(text, date(2025, 9, 3))
    assert got["12 October"] == "2025-10-12"
