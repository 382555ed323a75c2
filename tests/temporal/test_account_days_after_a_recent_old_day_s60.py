"""A yearless day told after a day given in full in the year before the page's, with only the
account's own times between (session 60, found on an inquiry's report of a fire the year before).

``days_after_told`` put a bare day in the account's year when the page would put it more than eight
months back, or when it stood within three sentences of the day told in full with no time between.
A report of November 2025 telling a fire "at 06:40 on 3 March 2024", its clock times that morning,
then "The council reopened the bore on 28 March" read 28 March 2025: the clock times broke the
"nothing between" and March 2025 was only seven months back. A writer who had moved on to the
page's year would have said so; the day is the account's while only its own times (the clock
times of its day, a look back, an aside's year) are told between, a few paragraphs at most. And a
day told after a day given in full, read as the occurrence nearest it, may lie before it only a little
way: an account told on goes forward.
Our own texts."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

_PAGE = date(2025, 11, 12)


def _value(text: str, expression: str) -> str:
    return [t.value for t in tag(text, _PAGE) if t.text == expression][-1]


_FIRE = ("The fire broke out at 06:40 on 3 March 2024 inside the northbound bore. Controllers closed both "
         "bores at 06:46. Firefighters entered at 07:20 and put out the fire at 11:50. ")
_FLOOD = ("The river burst its banks at dawn on 14 January 2024. By 9am the high street was under water, "
          "and the shop, which had been refitted in 2019, lost its stock. ")


@pytest.mark.parametrize(("text", "expression", "value"), [
    # (this one was right already when the page date was given, not read from a header)
    (_FIRE + "The council reopened the southbound bore on 28 March.", "28 March", "2024-03-28"),
    (_FIRE + "\n\nThe county reopened the southbound bore on 2 April.", "2 April", "2024-04-02"),
    (_FLOOD + "The owner reopened on 20 February after a fortnight of cleaning.", "20 February", "2024-02-20"),
    # an account told on goes forward: a day told after it is not months before it ("met on 3 November"
    # was November 2023, four months before the fire)
    (_FIRE + "The inquiry met on 3 November.", "3 November", "2024-11-03"),
    # guards: the writer's own time told between ends the account; a future is ahead of the page
    (_FIRE + "Earlier this year the council reopened the southbound bore on 28 March.", "28 March", "2025-03-28"),
    (_FIRE + "The council said on Monday that it reopened the bore on 28 March.", "28 March", "2025-03-28"),
    (_FIRE + "The bore will reopen on 28 March.", "28 March", "2026-03-28"),
])
def test_a_bare_day_soon_after_last_year_s_account_is_the_account_s(text: str, expression: str, value: str) -> None:
    assert _value(text, expression) == value


#: a page of November 2026 telling a stretch of 2025 (session 61, our own court report)
_LATER_PAGE = date(2026, 11, 19)
_DEPOSITS = "A roofer was jailed on Tuesday.\n\nBetween March and July 2025 the roofer took deposits from nine families. "
_VANS = "From January to April 2025 the gang stole eleven vans from driveways. "


@pytest.mark.parametrize(("text", "expression", "value"), [
    (_DEPOSITS + "On 14 May he cashed a cheque from a pensioner.", "14 May", "2025-05-14"),
    (_DEPOSITS + "In June he told another family the tiles were on order.", "June", "2025-06"),
    (_DEPOSITS + "He kept the money. Officers raided his yard on 2 August.", "2 August", "2025-08-02"),
    (_VANS + "On 3 March police found two of them in a barn.", "3 March", "2025-03-03"),
    # guards (pass on 33d225e2 too): a reporting period is no story's stretch; a day well after the
    # stretch, or told after the writer's own day, is the page's year
    ("In the period between March and July 2025 the firm lost money. In May it hired two roofers.", "May", "2026-05"),
    ("Sales between March and July 2025 rose 4%. In May the firm hired two roofers.", "May", "2026-05"),
    (_VANS + "In October the gang was caught.", "October", "2026-10"),
    (_VANS + "Police said on Monday that they found two of them on 3 March.", "3 March", "2026-03-03"),
])
def test_a_bare_day_inside_a_stretch_told_with_its_year_is_the_stretch_s(text: str, expression: str, value: str) -> None:
    """A story's stretch told with its year ("Between March and July 2025 he took deposits") holds
    the yearless days told in it after it; a reporting period ("the period between", figures) does not."""
    assert [t.value for t in tag(text, _LATER_PAGE) if t.text == expression][-1] == value
