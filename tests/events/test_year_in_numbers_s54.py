"""Session 54 (issue 12, events precision), found on pages of our own (a fire lookout's history, a cocoa
cooperative's annual report, a charity shop's year in numbers): a year told in numbers with its period put
first, how many there were or how many hours were given ("In 2019 the club's members numbered 212", "In
2024 volunteers spent 1,600 hours in the cab", "In 1936 the lookout reported 74 fires"), many trained in
words ("In the 1970s the bakery trained dozens of young bakers"), hundreds of acts over a period no date
names ("Over the year, field officers visited 2,900 farms"); and a change measured from its baseline
("Sales fell 14% from a year earlier"), whose baseline had dated the clause. None is a happening a
reader lists; beside them the acts a reader lists stay: a count of acts in its year ("In 2019 the trust
built 300 homes"), one report on its day, a few acts over a period, a fall from power. Our own
sentences, read with no document date, as a dropped folder is."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import events_of

_PAGE = "Our year\n\nThe board met on 4 January 2024 to approve this review. "


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.timex) for e in events_of(_PAGE + text) if "board" not in e.title.lower()]


@pytest.mark.parametrize("sentence", [
    "In 2019 the club's members numbered 212, most of them retired.",
    "During the 1960s the forest service staffed 38 lookouts in the district.",
    "In 2023 volunteers spent 1,600 hours in the cab.",
    "Last year our drivers gave 420 volunteer hours to the scheme.",
    "In 1936 the lookout reported 74 fires.",
    "In the 1970s the bakery trained dozens of young bakers, several of whom opened shops of their own.",
    "During the year, the gallery welcomed 14,500 visitors and sold 3,000 catalogues.",
    "Over the year, field officers visited 2,900 farms and trained 1,100 farmers in pruning.",
    "Over the season, wardens counted 640 nests.",  # (guard: read as undated work counted before)
    "Sales fell 14% from a year earlier as fuel costs soared.",
    "Profits rose 8 per cent from the year before to £3 million.",
    # (a perfect's change from an earlier figure, a share lost since a date, a period's figure compared
    # after a long object)
    "Membership of the choir has fallen from 90 singers in 2012 to 41 this year.",
    "Its shares have lost more than half their value since the start of 2024.",
    # (a rate whose count is grouped by a comma: "2,000" had cut the clause before "a year")
    "Over the next century the company shipped about 2,000 tonnes of pepper a year to the capital.",
    "In 2024 the site's power plant generated 4.2 gigawatt hours of electricity, 30 per cent more than a year earlier.",
])
def test_a_year_in_numbers_is_no_happening(sentence: str) -> None:
    assert _dated(sentence) == []


@pytest.mark.parametrize("sentence, word", [
    # (guards: acts a reader lists, as before session 54)
    ("In 2019 the trust built 300 homes.", "builds"),
    ("On 3 May the lookout reported two fires.", "reports"),
    ("In 1936 the lookout reported a fire on the ridge.", "reports"),
    ("Over the following year, engineers fitted 21 more dishes.", "fit"),
    ("The party fell from power in 1990.", "falls"),
    ("Harrow shares fell 4 percent from Friday's close on Monday.", "fall"),
])
def test_acts_a_reader_lists_stay(sentence: str, word: str) -> None:
    assert any(word in title for title, _ in _dated(sentence))
