"""Session 50 (h50d): the numbered days of a voyage, a trek or a season counted from its dated start.

"On the fifth day" and "on day 9" after "sailed from Leith on 18 October 1876" are that voyage's days,
counted from the sailing (day 1 is the day of leaving); a season "ran from 3 June to 28 June" starts on
its first day; a lander's "sol 10" is its tenth Martian day after touching down (sol 0). Sentences of
our own; each failed before.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


def _values(text: str, dct: str | None = None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, date.fromisoformat(dct) if dct else None)}


@pytest.mark.parametrize("text, expression, expected", [
    ("The caravan left Tamanrasset on 2 March 1931. On the fifth day a sandstorm buried two trucks.",
     "the fifth day", "1931-03-06"),
    ("The Aurelia sailed from Leith on 18 October 1876 with a crew of forty. On day 9 she sighted the Faroes.",
     "day 9", "1876-10-26"),
    ("The climbers departed from the road head on 11 June 2008, and on the fourth day they crossed the pass.",
     "the fourth day", "2008-06-14"),
    ("The survey team set sail on June 2, 1911. By the tenth day the ice had closed behind them.",
     "the tenth day", "1911-06-11"),
    ("Our excavation ran from 3 June to 28 June 2024, with thirty diggers.\n\n"
     "On the sixth day a volunteer found a coin of Hadrian.", "the sixth day", "2024-06-08"),
    ("The 2019 season lasted from 8 July to 2 August.\n\nOn the twelfth day the trench flooded.",
     "the twelfth day", "2019-07-19"),
    ("We set off from the last village on 9 May 2016. On day six the porters refused to go on.",
     "day six", "2016-05-14"),
    ("The lander touched down on 26 November 2018. On sol 22 its arm placed the seismometer on the ground.",
     "sol 22", "2018-12-19"),
])
def test_a_day_counted_from_a_departure_or_a_season_s_start(text: str, expression: str, expected: str) -> None:
    assert _values(text)[expression] == expected


@pytest.mark.parametrize("text, absent", [
    # (no dated start: the day stays what the other rules read)
    ("The schooner left the harbour at dawn. On the third day the wind backed to the north.", "1931"),
    # (a season's span told with no year anywhere before: no day is given)
    ("The fair ran from 3 June to 28 June. On the sixth day it rained.", "-06-08"),
])
def test_no_day_without_a_dated_start(text: str, absent: str) -> None:
    assert not any(absent in v for v in _values(text).values())


def test_a_sol_without_a_landing_is_no_day() -> None:
    assert not any(v.startswith("2") for v in _values("On sol 14 the rover drilled its first rock.").values())
