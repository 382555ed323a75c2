"""A fortnight counted from the story's last date: "A fortnight later" is a day two weeks after the
last one told, as "a week later" is, not a plain two-week duration (issue #11). Texts are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal.tagger import tag


def _tagged(text: str, dct: date) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


@pytest.mark.parametrize("text, expression, value", [
    ("The museum shut its east wing on 3 February 2025. A fortnight later, builders removed the slates.",
     "A fortnight later", "2025-02-17"),
    ("The ferry was laid up on 10 June 1998. A fortnight earlier its engine had failed.",
     "A fortnight earlier", "1998-05-27"),
    ("The orchard flooded on 1 May 2019. Two fortnights later the trees were replanted.",
     "Two fortnights later", "2019-05-29"),
    ("Voting closed on 4 October 2021; the count was published a fortnight later.",
     "a fortnight later", "2021-10-18"),
])
def test_a_fortnight_later_is_a_day_after_the_last_date(text: str, expression: str, value: str) -> None:
    assert _tagged(text, date(2025, 6, 1))[expression] == ("DATE", value)


@pytest.mark.parametrize("text, expression", [
    ("The road opened on 2 March 2020, a fortnight later than the council planned.", "a fortnight"),
    ("The repairs on 2 March 2020 took a fortnight.", "a fortnight"),
    ("Over the past fortnight later trains were added.", "the past fortnight"),
])
def test_a_fortnight_without_a_direction_stays_a_duration(text: str, expression: str) -> None:
    assert _tagged(text, date(2025, 6, 1))[expression] == ("DURATION", "P2W")
