"""Findings of the session-24 review of the tagger: a rule's trigger that fires inside English words,
copies of a shared piece that drifted, dead branches. Each test would fail on the code before its fix.
Sentences are our own."""

from __future__ import annotations

import re

import pytest

from explorer.temporal.grammar.registry import RULES
from explorer.temporal.grammar.scanner import trigger_misses


def _trigger(name: str) -> re.Pattern[str]:
    (trigger,) = [t for n, _, _, _, t in RULES if n == name]
    assert trigger is not None
    return re.compile(trigger)


@pytest.mark.parametrize("text", [
    "They remain in the smart junior league; email them in January.",
    "The Martian summary was published in Maine.",
])
def test_a_foreign_month_trigger_stays_out_of_english_words(text: str) -> None:
    """"mai" in "remain", "mart" in "smart", "juni" in "junior", "januar" in "January": the foreign
    month rule would be run around each (wasted windows on every English text)."""
    assert _trigger("foreign_month_date").search(text) is None


@pytest.mark.parametrize("text", [
    "Die Sitzung begann am 4. Mai 2018 in Bonn.",
    "Le vote a eu lieu le 2 mars 2017.",
    "The plant reopened in Januar 2019 after the flood.",
    "The court ruled on 9 июня 2021 года.",
])
def test_a_foreign_month_trigger_covers_its_dates(text: str) -> None:
    assert trigger_misses(text) == []


def test_every_part_of_a_day_is_read_before_and_after_its_hour() -> None:
    """The two day-part clock rules build their alternation from the table that reads the words: a
    spelling added to one is in the other ("at 7 tonight", "tonight at 7")."""
    from datetime import date

    from explorer.temporal import tag
    from explorer.temporal.grammar.rules_time import _DAY_PART_WORDS

    for words, (_, part) in _DAY_PART_WORDS.items():
        hour, clock = ("9", "T09:00") if part == "MO" else ("7", "T19:00")
        for text in (f"We meet at {hour} {words} by the gate.", f"We meet {words} at {hour} by the gate."):
            assert any(t.value.endswith(clock) for t in tag(text, date(2021, 3, 3))), text


@pytest.mark.parametrize("before, told", [
    ("The ferry sank, officials said ", True),
    ("The ferry sank, the agency reported on ", True),
    ("The mill will close, its owner told reporters ", True),
    ("The mill will close, its owner told staff at the depot late ", True),
    ("The mill will close, the firm said in a statement on ", True),
    ("The results will be announced on ", False),  # a telling still to come
    ("She told staff the mill closes on ", False),  # a reported clause, not an audience
    ("The ferry sank on ", False),
])
def test_one_reporting_verb_before_a_date(before: str, told: bool) -> None:
    """tense_at and the story's anchoring ask the same question through one function."""
    from explorer.temporal.tense import reported_on

    assert reported_on(before + "Friday.", len(before)) is told


@pytest.mark.parametrize("phrase, read", [
    ("the day before yesterday", False),  # the standard phrase is rules_relative.day_word's
    ("The day after tomorrow", False),
    ("the day b4 yesterday", True),
    ("the day aftr tomorrow", True),
    ("da day after tomorrow", True),
    ("the day after tmr", True),
])
def test_the_informal_day_after_leaves_the_standard_phrase(phrase: str, read: bool) -> None:
    (pattern, build) = [(p, b) for n, p, b, _, _ in RULES if n == "day_after_informal"][0]
    text = f"We met {phrase}."
    m = pattern.search(text)
    assert m is not None
    assert (build(m, text) is not None) is read


def test_a_title_word_is_still_found_after_the_cheap_checks() -> None:
    from explorer.temporal.title_names import names_a_title

    text = "He said so on NBC's Today show. Today was warm."
    first = text.index("Today")
    second = text.index("Today", first + 1)
    assert names_a_title(text, first, first + 5)
    assert not names_a_title(text, second, second + 5)


def test_a_hedged_count_of_hours_keeps_its_hedge() -> None:
    """ "about 48 h" is read as "about 48 hrs" is (the second rule beside abbreviated_duration lost it)."""
    from datetime import date

    from explorer.temporal import tag

    (found,) = tag("Leaves were soaked for about 48 h before staining.", date(2020, 1, 2))
    assert (found.text, found.value, found.mod) == ("about 48 h", "PT48H", "APPROX")


@pytest.mark.parametrize("text", [
    "The mill will close, its owner told reporters Friday.",
    "The ferry sank on 2 May 2019, the owner said in a statement Friday.",
])
def test_a_day_after_a_reporting_verb_and_its_audience_is_the_telling(text: str) -> None:
    """The day the news was told: the Friday before the report (20 May 2019), not one ahead or one
    counted from the day the sentence told."""
    from datetime import date

    from explorer.temporal import tag

    (friday,) = [t for t in tag(text, date(2019, 5, 20)) if t.text == "Friday"]
    assert friday.value == "2019-05-17"


def test_a_lower_case_movable_holiday_is_a_posts_only_rule() -> None:
    """The shared holiday pattern run on every text keeps to capitalised names; the lower-case ones
    are a rule of their own that runs on posts only (as rules_posts' rules do)."""
    from explorer.temporal.grammar.rules_posts import is_post

    rules = {n: (p, b) for n, p, b, _, _ in RULES}
    assert rules["holiday"][0].search("lunch on easter sunday") is None
    assert rules["holiday"][0].search("lunch on Easter Sunday") is not None
    pattern, build = rules["post_movable_holiday"]
    assert getattr(build, "applies_to", None) is is_post
    assert pattern.search("lunch on easter sunday") is not None
    assert pattern.search("a good friday for us") is None  # as often plain words
