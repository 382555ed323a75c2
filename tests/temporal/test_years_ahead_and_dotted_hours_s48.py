"""Two kinds from own pages (a political briefing, a cycling blog), with sentences of our own:

- a thing named by a year still ahead of the page ("rejected the 2026 budget", told in October 2025) is
  no time of a done act told after it in the sentence: "and on 3 October the minister resigned" had been
  read as 3 October 2026;
- a clock time with a one-digit hour and a dot ("on the road by 6.15", "arrived at 9.40"), as Britain
  writes it, is a time right after "at", "by", "until", "after", "before", "around" or "about"; never a
  figure ("rose to 6.15", "shares closed at 6.15", "inflation stood at 6.15").
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

OCT = date(2025, 10, 10)
MAY = date(2024, 5, 15)


def _values(text: str, dct: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, narrative=False)}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("On 30 September parliament rejected the 2026 budget, and on 3 October the finance minister resigned.",
     "3 October", "2025-10-03"),
    ("The council approved the 2027 plan, and on 2 October its leader stepped down.", "2 October", "2025-10-02"),
    ("Ministers published the 2030 strategy and on 1 September the agency closed two offices.", "1 September", "2025-09-01"),
])
def test_a_year_ahead_naming_a_thing_is_no_time_of_a_done_act(text: str, expression: str, value: str) -> None:
    assert _values(text, OCT)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # guards: a past year naming a thing still dates the yearless day after it; a plan keeps its year
    ("Argentina won the 2022 World Cup final on 18 December.", "18 December", "2022-12-18"),
    ("Carrow Water will publish corrected figures by the end of August.", "the end of August", "2026-08"),
])
def test_guards(text: str, expression: str, value: str) -> None:
    dct = date(2026, 6, 24) if "Carrow" in text else OCT
    assert _values(text, dct)[expression] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("We were on the road by 6.15 and crossed the border at ten.", "6.15", "2024-05-15T06:15"),
    ("The last train left at 9.40 with forty passengers.", "9.40", "2024-05-15T09:40"),
    ("The hearing resumed after 2.30 and ended before 4.45.", "4.45", "2024-05-15T04:45"),
    # (a row of test_informal_spellings read this as a figure before session 48; its figure now sells tickets)
    ("The ferry leaves at 7.40 from pier two.", "7.40", "2024-05-15T07:40"),
])
def test_a_dotted_one_digit_hour_after_a_preposition_of_time_is_a_clock(text: str, expression: str, value: str) -> None:
    assert _values(text, MAY)[expression] == value


@pytest.mark.parametrize("text", [
    "The index rose to 6.15.",
    "Shares in the bank closed at 6.15.",
    "Inflation stood at 6.15 in May.",
    "The pound fell to 1.25 against the dollar.",
    "Tickets for the ferry are sold at 7.40 from pier two.",
    "I worked until 7.30 the next morning.",
    "Version 2.10 of the app is out.",
])
def test_a_figure_is_no_clock(text: str) -> None:
    assert not any(t.type == "TIME" and "." in t.text and t.text[0].isdigit() for t in tag(text, MAY, narrative=False))
