"""Issue 11, session 37 (h37r): date styles of new genres, sentences of our own.

Fixed feasts named the long way and the morrow or eve of a feast, Easter's feasts before 1583 (the
Julian computus), regnal years after a dated accession, the days and weeks of a stay or a strike
counted from its dated start, a clock time in two zones before its day after "on", and a
score line before a match report's date.
"""

from __future__ import annotations

import pytest

from datetime import date

from explorer.temporal import tag


def _values(text: str, dct: str | None = None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, date.fromisoformat(dct) if dct else None)}


@pytest.mark.parametrize("text, expression, expected", [
    ("The council met on the feast of St John the Baptist in 1409 and agreed the tithe.",
     "the feast of St John the Baptist", "1409-06-24"),
    ("The church was consecrated on the Feast of the Assumption, 1350, by the bishop.",
     "the Feast of the Assumption, 1350", "1350-08-15"),
    ("On the eve of St Andrew in 1461 the town gates were shut.", "the eve of St Andrew", "1461-11-29"),
    ("He died on the morrow of the feast of St Martin, 1399.", "the morrow of the feast of St Martin, 1399", "1399-11-12"),
    ("The witnesses swore on the feast of Saints Peter and Paul, 1377.",
     "the feast of Saints Peter and Paul, 1377", "1377-06-29"),
    ("The fair was held on the morrow of Michaelmas 1391.", "the morrow of Michaelmas 1391", "1391-09-30"),
    ("In 1402 the bishop preached at Whitsun before a great crowd.", "Whitsun", "1402-05-14"),
    ("The abbey burned at Easter 1066.", "Easter 1066", "1066-04-16"),
    ("The new king was crowned on 6 April 1327. In the fourth year of his reign the river flooded.",
     "the fourth year of his reign", "1330"),
    ("Edward was proclaimed king in 1272. In the tenth year of his reign he marched west.",
     "the tenth year of his reign", "1281"),
    # a reign begun late in its year counts its years mostly in the next calendar ones
    ("Harald succeeded his uncle at Michaelmas 1210. In the third year of his reign the bridge fell.",
     "the third year of his reign", "1213"),
    ("The queen was crowned on 2 November 1480. In the fifth year of her reign she founded a college.",
     "the fifth year of her reign", "1485"),
    ("Old King Aldo died on 3 October 1301, and his son was crowned on 30 October. The second year of "
     "Berin's reign brought famine.", "The second year of Berin's reign", "1303"),
    ("Lord Tam died on 9 August 1390, having sworn in 1372 to keep the peace. His heir succeeded on 1 "
     "September; in the fourth year of his reign the town walls were rebuilt.", "the fourth year of his reign", "1394"),
])
def test_feasts_and_regnal_years(text: str, expression: str, expected: str) -> None:
    assert _values(text)[expression] == expected


_CASE = ("A 54-year-old man was admitted on 3 March 2021 with fever and cough. On hospital day 5 he developed a "
         "rash. On the third day his oxygen saturation fell. By day 9 he was breathing unaided, and he was "
         "discharged in week 2.\n\nThe strike began on 14 June 2019. On day 12 of the strike the union called a "
         "ballot. On the twentieth day the employers offered a new deal.\n\n"
         "Day 1 of the festival is free, and day 3 has the fireworks.")


@pytest.mark.parametrize("expression, expected", [
    ("hospital day 5", "2021-03-07"), ("the third day", "2021-03-05"), ("day 9", "2021-03-11"),
    ("week 2", "2021-W10"), ("day 12 of the strike", "2019-06-25"), ("the twentieth day", "2019-07-03"),
    ("Day 1", "P1D"), ("day 3", "P1D"),
])
def test_days_counted_from_a_dated_start(expression: str, expected: str) -> None:
    assert _values(_CASE)[expression] == expected


def test_a_numbered_day_without_a_dated_start_stays_a_day_long() -> None:
    assert _values("Day 1 of the festival is free. On day 3 there are fireworks.", "2024-05-01") == \
        {"Day 1": "P1D", "day 3": "P1D"}


@pytest.mark.parametrize("text, clock, day, expected", [
    ("At 14:20 UTC on 3 March the ash plume reached 9 km.", "14:20 UTC", "3 March", "2024-03-03T14:20"),
    ("The tremor peaked at 03:40 on 9 March, observers said.", "03:40", "9 March", "2024-03-09T03:40"),
    ("The alert was raised at 23.15 local time (21.15 UTC) on 4 March.", "23.15", "4 March", "2024-03-04T23:15"),
])
def test_a_clock_time_takes_the_day_after_it(text: str, clock: str, day: str, expected: str) -> None:
    # the readable gold marks the time and its day apart (TimeML), the time on that day
    values = _values(text, "2024-03-12")
    assert values[clock] == expected
    assert values[day] == expected[:10]


def test_a_score_before_a_dated_heading_is_no_day() -> None:
    assert _values("Rovers 2 City 1, Saturday 12 October 2024\n\nJones scored in the 73rd minute.", None) == \
        {"Saturday 12 October 2024": "2024-10-12"}
