"""The date each event gets when dates and happenings interleave (session twelve, event-dates).

Every sentence here is written for this file. Each test states a kind of sentence (a grammatical
pattern) in more than one phrasing, and checks the date the event built from it gets.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.extracted_events import event_by_timex as _by_timex
from tests.events.extracted_events import events_of as _events


# --------------------------------------------------------------------------- named after an undated happening


@pytest.mark.parametrize("story, timex, year", [
    ("The harbour was closed on June 2, 1718. The harbour master was dismissed. That autumn the harbour reopened.",
     "That autumn", 1718),
    ("The chapel was founded in 1650. It burned on May 3, 1719. The verger was arrested. In August the chapel was "
     "rebuilt. It was consecrated again in 1721.", "August", 1719),
    ("The mill flooded on 4 February 1820. The miller was drowned. By late March the wheel was turning again.",
     "late March", 1820),
])
def test_a_month_or_season_named_after_an_undated_happening_keeps_its_date(story: str, timex: str, year: int) -> None:
    event = _by_timex(_events(story), timex)
    assert event.begin is not None and event.begin.year == year


@pytest.mark.parametrize("story, timex, day", [
    ("The fort was besieged on March 3, 1712. The duke was captured by rebels. The next day the army retreated.",
     "The next day", date(1712, 3, 4)),
    ("The town was taken on May 4, 1712. The governor was arrested. A week later the garrison surrendered.",
     "A week later", date(1712, 5, 11)),
])
def test_a_step_counted_on_after_an_undated_happening_counts_from_it(story: str, timex: str, day: date) -> None:
    """"The governor was arrested. A week later ...": a week after the arrest, whose day is not told; the
    arrest is placed on the story's day (inferred), so the step counts on from there, inferred too (session
    35: before, the step was left undated although the arrest it hangs on was shown dated)."""
    event = _by_timex(_events(story), timex)
    assert event.anchor is not None and "#u" in event.anchor
    assert event.begin == day and event.certainty == "inferred"


# --------------------------------------------------------------------------- a year told looking back


@pytest.mark.parametrize("story, timex, year", [
    ("The engineer was born in 1921. She joined the railway in 1940. In 1957 she became its chief surveyor. "
     "Two years later she moved the drawing office to a town that the company had chosen in 1955.", "Two years later", 1959),
    ("The brothers opened a bakery in 1890. In 1902 they bought a second oven, which their uncle had built in 1871. "
     "A year later the bakery burned down. It was rebuilt in 1905.", "A year later", 1903),
    ("The choir was founded in 1850. It first sang in the cathedral in 1867. The bishop, who had visited it in 1859, "
     "invited it back. Three years later it toured the northern towns.", "Three years later", 1870),
])
def test_a_year_told_in_the_past_perfect_does_not_make_the_story_year_an_aside(story: str, timex: str, year: int) -> None:
    """A story year ("In 1957") is followed by a year told looking back ("a town the company had chosen
    in 1955"): the story stays at 1957, and "two years later" counts from it."""
    event = _by_timex(_events(story), timex)
    assert event.begin is not None and event.begin.year == year


@pytest.mark.parametrize("story, timex, year, month", [
    ("The port opened in 1950. The harbour master resigned in 1968 after a dispute with the mayor, who had cut "
     "his budget the year before. The port closed in 1975.", "the year before", 1967, None),
    ("The port opened in 1950. In 1952 the harbour master, who had been appointed in 1938 after his predecessor "
     "retired the year before, was dismissed.", "the year before", 1937, None),
    ("The works began in 1990. The new bridge opened in 1994, beside a ferry that had sunk in June 1988 and "
     "been raised three months later. It was painted in 1996.", "three months later", 1988, 9),
])
def test_a_step_in_the_same_sentence_as_a_year_counts_from_that_year(story: str, timex: str, year: int,
                                                                      month: int | None) -> None:
    tagged = [t for t in __import__("explorer.temporal", fromlist=["tag"]).tag(story) if t.text == timex]
    assert len(tagged) == 1 and tagged[0].begin is not None
    assert tagged[0].begin.year == year and (month is None or tagged[0].begin.month == month)


# --------------------------------------------------------------------------- an "after" clause's own date


@pytest.mark.parametrize("sentence, inner, main", [
    ("After the council approved the plan on 3 March, the builders started work on 9 March.",
     ("3 March", "council", "approve"), ("9 March", "builders", "start")),
    ("PORTHAVEN, 4 June 2024 (Newswire) — After the regulator fined the airline on Monday, its chief executive "
     "resigned on Wednesday.", ("Monday", "regulator", "fine"), ("Wednesday", "executive", "resign")),
    ("The builders started work on 9 March, two days after the council had approved the plan on 7 March.",
     ("7 March", "council", "approve"), ("9 March", "builders", "start")),
    ("The ferry sailed again on 12 May, after the inspectors cleared the hull on 10 May.",
     ("10 May", "inspectors", "clear"), ("12 May", "ferry", "sail")),
])
def test_a_date_in_an_after_clause_is_that_clauses_happening(sentence: str, inner: tuple[str, str, str],
                                                             main: tuple[str, str, str]) -> None:
    """Two dates in one sentence, one in an "after" clause with a subject and verb of its own: two
    happenings, each with its own date, not one titled from the main clause with the first date."""
    events = _events("The works began in 2024. " + sentence, dct=date(2024, 6, 4))
    for timex, actor, verb in (inner, main):
        event = _by_timex(events, timex)
        title = event.title.lower()
        assert actor in title and verb in title, (timex, event.title)


def test_a_leading_after_phrase_with_no_verb_gives_way_to_the_main_clauses_date() -> None:
    """"After a week of talks in May, the two sides signed a truce on 2 June": the truce is June's."""
    events = _events("The war began in 1998. After a week of talks in May 2001, the two sides signed a truce "
                     "on 2 June 2001. The truce held for a year.")
    signed = [e for e in events if "sign" in e.title.lower()]
    assert len(signed) == 1 and signed[0].begin == date(2001, 6, 2)


def test_a_leading_time_after_after_frames_the_main_clause() -> None:
    """"After 3 p.m. on Monday, the shop closed": the time is the closing's; no other happening."""
    events = _events("After 3 p.m. on Monday, the shop closed its doors.", dct=date(2024, 6, 5))
    assert [e.title for e in events if e.timex] and all("shop" in e.title.lower() for e in events if e.timex)


# --------------------------------------------------------------------------- a year heading its paragraph


@pytest.mark.parametrize("heads", [("2004.", "2009.", "2012."), ("2004:", "2009:", "2012:"), ("2004 —", "2009 —", "2012 —")])
def test_a_year_heading_its_paragraph_is_the_time_of_what_follows(heads: tuple[str, str, str]) -> None:
    """A profile told year by year under a date line: the months under each year heading are in it,
    not in the months after the date line."""
    text = (f"The baker of the old quarter\n\nProfile | 10 May 2025\n\n"
            f"{heads[0]} Ana Reyes opens a small bakery in the old quarter.\n\n"
            f"{heads[1]} A fire in March destroys the ovens. She reopens the shop in June.\n\n"
            f"{heads[2]} Reyes wins the city's bread prize in November.\n")
    events = _events(text)
    assert _by_timex(events, "March").begin == date(2009, 3, 1)
    assert _by_timex(events, "June").begin == date(2009, 6, 1)
    assert _by_timex(events, "November").begin == date(2012, 11, 1)


# --------------------------------------------------------------------------- a date in a relative clause


@pytest.mark.parametrize("sentence, timex, actor, verb", [
    ("The treasurer, who had joined the fund in 1994, resigned.", "1994", "treasurer", "join"),
    ("The ferry, which had been launched in 1931, sank off the cape.", "1931", "ferry", "launch"),
    ("The mayor, who was elected in 2019, resigned after the vote.", "2019", "mayor", "elect"),
    ("The old mill, which the council bought in 1960, burned down.", "1960", "council", "buy"),
    ("The bridge (built in 1890) collapsed during the storm.", "1890", "bridge", "built"),
    ("The company, which in 1994 moved to the coast, closed.", "1994", "company", "move"),
])
def test_a_date_in_a_relative_clause_dates_that_clauses_happening(sentence: str, timex: str, actor: str, verb: str) -> None:
    """"The treasurer, who had joined the fund in 1994, resigned": 1994 is the joining's, told of the
    treasurer; the resignation is not dated 1994."""
    events = _events(f"The town grew quickly in 1950. {sentence} The port closed in 1962.")
    title = _by_timex(events, timex).title.lower()
    assert actor in title and verb in title


@pytest.mark.parametrize("sentence, timex", [
    ("The old roads, which stayed closed until the council opened them in 1986, were mapped.", "1986"),
    ("She gave her press to the guild, which will reprint her maps in 2031.", "2031"),
])
def test_a_relative_clause_with_a_clause_or_a_plan_inside_is_left_to_the_title_rules(sentence: str, timex: str) -> None:
    """The date of an inner "when"/"until" clause is that clause's; a plan is no happening of the noun."""
    events = _events(f"The town grew quickly in 1950. {sentence}")
    assert all(not e.title.lower().startswith(("the old roads open", "the guild reprint")) for e in events if e.timex == timex)


def test_a_volume_carried_over_a_period_is_a_tally() -> None:
    """"which carried more than 30 million tonnes of grain between 2022 and 2023": a tally, no event."""
    events = _events("The corridor opened in 2021. The corridor, which carried more than 30 million tonnes of grain "
                     "between 2022 and 2023, was closed in 2024.")
    assert not [e for e in events if e.timex in ("2022", "2023")]


# --------------------------------------------------------------------------- "a year after …"


@pytest.mark.parametrize("sentence, verb, begin, end", [
    ("Brink became treasurer in 2016, a year after the fund moved its accounts to a bank.", "move",
     date(2015, 1, 1), date(2015, 12, 31)),
    ("The bakery closed on 9 March 2023, two weeks after the owners announced the sale.", "announce",
     date(2023, 2, 23), date(2023, 2, 23)),
    ("The bridge opened on 4 May 2023, a month before the council approved the new road.", "approve",
     date(2023, 6, 4), date(2023, 6, 4)),
    ("The mayor was arrested in March 2023, two days after he announced his candidacy.", "announce",
     date(2023, 3, 1), date(2023, 3, 31)),
])
def test_a_clause_measured_from_the_main_date_is_that_far_from_it(sentence: str, verb: str, begin: date, end: date) -> None:
    """"a year after the fund moved its accounts", the main clause in 2016: the move is in 2015, not
    anywhere between the story's last date and 2016; a step finer than the main date keeps its span."""
    events = _events("The town grew quickly in 1950. " + sentence)
    found = [e for e in events if verb in e.title.lower() and not e.timex]
    assert len(found) == 1, [(e.title, e.begin) for e in events]
    assert (found[0].begin, found[0].end) == (begin, end)


def test_that_before_a_name_is_no_determiner_of_the_relative_clauses_noun() -> None:
    """"It was the first time that Ritter, who arrived Thursday …": the clause is told of Ritter, not of
    "that Ritter"."""
    events = _events("The inspectors resumed work on Friday. It was the first time that Ritter, who arrived Thursday "
                     "with some 50 inspectors, had been allowed to work.", dct=date(1998, 3, 6))
    assert not [e for e in events if e.title.lower().startswith("that ")]
