"""A yearless day told in the past, days or weeks after an old day the text gave with its year, is
that account's day, not the same day a year before the page: "On 15 May 1976 ... The last body was
found on 24 May" in a piece dated 16 May 2026 is 24 May 1976. A writer names a day of the last few
months bare, never one nearly a year back. Sentences of our own, in several genres."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


@pytest.mark.parametrize(("text", "dct", "day", "value"), [
    # a flood retold on its anniversary, a quote of the writer's week between
    ("On 3 March 1988 the river burst its banks at Velby. \"We lost everything,\" one farmer said on "
     "Friday. The army left the valley on 19 March.", date(2026, 3, 7), "19 March", "1988-03-19"),
    # an account that crosses the new year
    ("The sealer Maren was trapped in the ice on 20 December 1912. Her crew hunted seals for food. "
     "She broke free on 9 January and reached port a week later.", date(2025, 10, 1), "9 January", "1913-01-09"),
    # American order, a factory history in a business feature
    ("On June 2, 1999, the plant caught fire. Nobody was hurt. Workers returned to the lines on June 30.",
     date(2026, 4, 10), "June 30", "1999-06-30"),
    # a court's old case, a relative clause of the account between
    ("The clerk was arrested on 4 October 2011 at the depot, which had opened in 2010. He was charged "
     "with theft on 29 October.", date(2026, 2, 1), "29 October", "2011-10-29"),
    # a wartime diary quoted in a magazine piece
    ("The column reached the river on 8 August 1944. Two bridges had been blown. The engineers finished "
     "a pontoon on 21 August.", date(2025, 11, 20), "21 August", "1944-08-21"),
    # right after the day told in full, however recent: a blog post of November 2020
    ("On 4 September 2019 the journal added a note to the paper.\n\nThe author at first defended the work. In "
     "an interview on the 18th of September he blamed a draft.", date(2020, 11, 2), "the 18th of September", "2019-09-18"),
    # a month one of the next two after the day told
    ("On 12.03.2019 the paper came out. Newspapers picked it up within days.\n\nDoubts began in May, when a "
     "student posted on a forum.", date(2020, 11, 2), "May", "2019-05"),
])
def test_the_day_is_the_accounts(text: str, dct: date, day: str, value: str) -> None:
    assert _values(text, dct)[day] == value


@pytest.mark.parametrize(("text", "dct", "day", "not_value"), [
    # a day of the last few months is the writer's, counted back from the page
    ("On 15 May 1976 the dam broke. Survivors met at the church on Saturday. The memorial was cleaned on 2 June.",
     date(2026, 6, 20), "2 June", "1976-06-02"),
    # the text has gone on to other years since the old day
    ("On 15 May 1976 the dam broke. A school opened in 2004 and a library in 2011. The school's roof was "
     "repaired on 20 May.", date(2026, 5, 30), "20 May", "1976-05-20"),
    # the writer's own future
    ("On 15 May 1976 the dam broke. The village will plant nine oaks on 30 May.", date(2026, 5, 16), "30 May",
     "1976-05-30"),
    # too long after the old day to be its account's next days
    ("On 15 May 1976 the dam broke. The new dam was finished on 2 March.", date(2026, 5, 16), "2 March", "1977-03-02"),
    # a plan told in the past lies ahead of the telling
    ("The firm went bust on 2 April 2024. Customers gathered outside its office on Wednesday. The owners said "
     "they would publish a report in May.", date(2026, 4, 18), "May", "2024-05"),
    # a look back is no day of the account
    ("The harvest opened on September 4; in 2022 it had opened on August 27. Reds were picked from September 18.",
     date(2024, 1, 22), "September 18", "2022-09-18"),
    # the story has moved on to another year, told in its main clause
    ("The colt won the Derby on 3 May 2022. His trainer nearly sold him in 2023. A buyer made an offer in June.",
     date(2026, 3, 1), "June", "2022-06"),
])
def test_the_day_is_not_the_accounts(text: str, dct: date, day: str, not_value: str) -> None:
    assert _values(text, dct)[day] != not_value
