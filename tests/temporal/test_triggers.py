"""Every rule's trigger is present in every match it makes: the scanner runs a rule only around
its trigger words, so a match without one is silently lost (``trigger_misses`` is the check)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from explorer.temporal import tag
from explorer.temporal.grammar import RULES, Cand, find_candidates
from explorer.temporal.grammar.scanner import scan_text, trigger_misses

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gold"))
import score  # noqa: E402  (the gold set's own module: which articles may be read)

# Our own sentences, one or more per family of trigger words, including the forms that were lost
# before the check existed ("12hrs", "1430 EST").
SENTENCES = [
    "The talks resumed on March 3, 2019 and ended 2019-03-11; a memo dated 3/4/2019 disagreed.",
    "In the 1990s and the 19th century, in spring 2004 and the winter of 1941-42, Q3 2019 was weak.",
    "The first half of 2018, the third quarter, the year-earlier period and the fiscal year ended June 30.",
    "Two weeks ago, last month and next Tuesday morning he met them; the following day they left.",
    "He slept almost 12hrs and the trip took 3mins, then 10yrs passed; see you tmrw, xmas is near.",
    "The meeting began at 1430 EST and the plane landed at 14:30 UTC, at 7pm or at 730pm.",
    "Twice a year, every Monday and three times a week they met, 5 dollars a month.",
    "In 218 BC Hannibal crossed; in 216 he won. Augustus died in AD 14, in the 470s BC.",
    "Nineteen eighty-four, Christmas Day 2010 and this weekend are dates too.",
    # informal forms (issue 11, tweets): one sentence per family of their triggers
    "Finals this Sat, 7pm at 12 noon; we meet every other week, every nite 10pm, paid quarterly.",
    "Exam 26nov 2015, 1 hr 30 mins, 1/2 day leave, this wknd, last nite, 2wks ago, open 8-10pm.",
    "Party on dec 25th, at 2 in the afternoon, for the month of April and this August 2013.",
    "Back in the 90s, summer '14, I ran everyday, every weekend, sundays too, NYE, the day after tmr.",
    # spoken and short forms (issue 11, session seven)
    "On Sunday, March eighth, the fifth of January, in April of nineteen ninety-four and in two thousand "
    "three, in the nineteen eighties, at ten o'clock this morning and at four PM eastern time.",
    "A day-long and a weeklong strike ended by the end of the week. Late in the year, since '95 and in "
    "FY98 sales rose.",
    # agency and business forms, lower-case eras (issue 11, session sixteen)
    "Built around 120 ad, the fort held. In the first month of this year sales beat the same month last "
    "year and the same quarter of 1997.",
    # session seventeen's forms: a day of a counted month, a weekday with its ordinal, four figures
    # after a zoned time, counts from a day, "within the hour", "every other"
    "Rent is due the 12th of next month; the gig moved to fri 20th. At 0736 UTC a tremor struck; at 1015 "
    "another. The vote is a week from Tuesday, two weeks from today; news within the hour; we meet every "
    "other Tuesday.",
    # session twenty-eight's forms: a Sunday counted in a season of the church, a table's row heading
    "The bishop preaches on the second Sunday of Advent.\nTide table, June 2026\nMon 1   High 05:42\nTue 2: Bob",
    # session thirty-three's forms: a year's quarter or half, a count given as two back from now, a
    # vague time ahead
    "Sales rose in 1990's first quarter and the year's second half. A day or two ago, and two or three "
    "years ago, the firm said it might reopen in a year or two.",
    # session thirty-five's forms: a CV's months in figures and its open end, a letter's "inst."/"ult.",
    # weekdays in Russian, Ukrainian and Greek
    "Editor, 03/2017 – 11/2020; Chair, 2021–present. Yours of the 4th inst. and the 28th ult. came. "
    "Встреча во вторник, засідання у вівторок, η συνεδρίαση την Τρίτη.",
    # session fifty-six's form: a timeline's stamp written year first
    "2019, June: The two towns sign a pact.\n2024, 3 April: Work starts.",
]


def _texts() -> list[str]:
    gold = [(score.HERE / f"{name}.txt").read_text(encoding="utf-8") for name in score.part_names("readable")]
    data = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*.txt"))]
    return SENTENCES + gold + data


def test_no_rule_makes_a_match_its_trigger_does_not_cover() -> None:
    misses = [(name, text[a:b]) for text in _texts() for name, a, b in trigger_misses(text)]
    assert misses == []


def test_every_rule_is_exercised_by_some_text_or_has_no_trigger() -> None:
    """The check above only means something for rules that match somewhere in what it reads."""
    texts = _texts()
    triggered = [(name, pattern) for name, pattern, _b, _p, trigger in RULES if trigger is not None]
    silent = [name for name, pattern in triggered if not any(pattern.search(t) for t in texts)]
    assert len(silent) <= len(triggered) // 4, silent


def _fortnights(m: re.Match[str], text: str) -> Cand | None:
    return Cand(m.start(), m.end(), "dur", "DURATION", value=f"P{2 * int(m[1])}W")


@pytest.mark.parametrize("trigger, missed", [(r"(?i:week)", True), (r"(?i:fortnight)", False)])
def test_a_rule_whose_trigger_is_missing_is_flagged(trigger: str, missed: bool) -> None:
    text = "The repairs took 3 fortnights."
    rules = [("fortnights", re.compile(r"(\d+) fortnights?"), _fortnights, 2, trigger)]
    assert bool(trigger_misses(text, rules)) is missed
    # and the loss is real: the scanner, running only around the trigger, finds nothing
    saved = RULES[:]
    RULES[:] = rules
    try:
        found = [text[c.start:c.end] for c in scan_text(text)]
    finally:
        RULES[:] = saved
    assert found == ([] if missed else ["3 fortnights"])


@pytest.mark.parametrize("sentence, expected", [
    ("The meeting began at 1430 EST.", ("1430 EST", "TIME")),
    ("He slept almost 12hrs that night.", ("almost 12hrs", "DURATION")),
    ("It took 3mins.", ("3mins", "DURATION")),
])
def test_forms_the_check_found_lost_are_now_tagged(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(t.text, t.type) for t in tag(sentence)]


def test_a_zone_letter_starting_a_word_is_no_clock_time() -> None:
    """ "1926 Zhongshan": the Z of a name is not the Zulu zone."""
    text = "In the March 1926 Zhongshan Warship Incident, ships moved."
    assert [text[c.start:c.end] for c in find_candidates(text)] == ["March 1926"]
    assert trigger_misses(text) == []


def test_names_that_begin_like_a_month_open_no_window() -> None:
    """"Mayor", "Maria", "Marek", "Decision": a month's three letters that start no month name made the
    month rules run around every such word (80 % and more of a text dense with names, issue 15)."""
    from explorer.temporal.grammar.blocks import T_MON
    from explorer.temporal.grammar.scanner import trigger_windows

    names = "Mayor Maria Marek met Judge Augustin Novakova, Decker, Junior Octavian and Aprilia. " * 20
    assert trigger_windows(names, T_MON) == []
    dated = names + "They met on 4 May 2019, in Sept. 2020 and in JANUARY."
    assert trigger_windows(dated, T_MON) == [(dated.index("May 2019") - 70, len(dated))]  # around the months only
    assert [t.text for t in tag(dated)] == ["4 May 2019", "Sept. 2020", "JANUARY"]
