"""A date told after a second predicate joined by "and" or "but" is that predicate's act: "The minister
will travel to Geneva on 15 June 2026 and return on the 18th" lists a return on 18 June beside the
journey. The title rules ran the first clause on into the second ("The minister will travel to Geneva and
return") or titled both dates from the first (an aside after "and", a present, a modal's bare verb), so both
dates got one title and folded into one event: the second act was lost. It is titled from the predicate
after the joint, with the first clause's subject (and its "will") when it has none of its own; the first
title ends before the joint. Every sentence here is written for this file (session 43, h43r)."""

from datetime import date

import pytest

from explorer.documents.document import Document
from explorer.ingest.extract import extract_document


def _extract(sentence: str):
    return extract_document(Document("a.txt", "The story\n\n" + sentence, "a")).events


def _events(sentence: str) -> set[tuple[str, date | None]]:
    return {(e.title, e.begin) for e in _extract(sentence)}


@pytest.mark.parametrize("sentence, first, second", [
    ("The authority opened a review in March 2022 and, after eighteen months, approved the merger in September 2023.",
     ("The authority opens a review", date(2022, 3, 1)), ("The authority approves the merger", date(2023, 9, 1))),
    ("The minister will travel to Geneva on 15 June 2026 and return on the 18th.",
     ("The minister will travel to Geneva", date(2026, 6, 15)), ("The minister will return", date(2026, 6, 18))),
    ("The ballot opens on Saturday 7 March 2026 and closes at noon on Tuesday 10 March.",
     ("The ballot opens", date(2026, 3, 7)), ("The ballot closes", date(2026, 3, 10))),
    ("The king besieged the town in 1346 and, after eleven months, took it in August 1347.",
     ("The king besieges the town", date(1346, 1, 1)), ("The king takes it", date(1347, 8, 1))),
    ("The festival opens on 3 July 2027 and ends with a fireworks display on 12 July.",
     ("The festival opens", date(2027, 7, 3)), ("The festival ends with a fireworks display", date(2027, 7, 12))),
    ("The ship is due to leave Hull on 2 June 2026 and reach Oslo on 4 June.",
     ("The ship is due to leave Hull", date(2026, 6, 2)), ("The ship is due to reach Oslo", date(2026, 6, 4))),
    # (session 56: a passive second predicate, its "was" no subject of its own)
    ("The firm stopped its payments on 2 September 1921 and was wound up by the courts two years later.",
     ("The firm stops its payments", date(1921, 9, 2)), ("The firm is wound up by the courts", date(1923, 1, 1))),
    ("The king entered the city in June 1540 but was driven out by the citizens on 24 June.",
     ("The king enters the city", date(1540, 6, 1)), ("The king is driven out by the citizens", date(1540, 6, 24))),
    ("The bank opened a branch in 1870 but was taken over by a rival in 1902.",
     ("The bank opens a branch", date(1870, 1, 1)), ("The bank is taken over by a rival", date(1902, 1, 1))),
])
def test_the_second_predicate_s_date_is_its_own_act(sentence: str, first: tuple, second: tuple) -> None:
    assert _events(sentence) >= {first, second}, _events(sentence)


@pytest.mark.parametrize("sentence, first, second", [
    # a modal's bare verb, and a clause of its own after ", and"
    ("The plant will shut its furnace in May 2026 and lay off its last workers in June.",
     "The plant will shut its furnace", "The plant will lay off its last workers"),
    ("Three crossings will open on 20 March 2025, and trucks will be allowed through from 1 April.",
     "Three crossings will open", "Trucks will be allowed"),
    # an act whose state lasts until a date, not a state's end
    ("The harbour board shut the pier on Monday 4 May 2026 and banned fishing until the autumn.",
     "The harbour board shuts the pier", "The harbour board bans fishing"),
])
def test_the_second_predicate_has_its_own_title(sentence: str, first: str, second: str) -> None:
    titles = {t for t, _ in _events(sentence)}
    assert {first, second} <= titles, titles


@pytest.mark.parametrize("sentence", [
    "The club won the county cup in 2015 and 2017.",  # a list of dates, no second predicate
    "Travel on the ferries is free on Saturday 4 May 2024 and Sunday 5 May.",
    "She visited Rome in May 2010 and again in June.",
    "The museum will remain closed from 1 May 2026 and stay shut until the autumn.",  # a state
    "He joined the navy in 1940 and served on the convoys until 1945.",  # a stretch's end, not an act's date
    "Buses will run a reduced service on Saturday 6 June 2026 and normal services from Monday.",  # no verb after "and"
    "Police said the suspect entered the shop at 9pm on Friday 3 May 2024 and left by the back door at 9.20pm.",  # what was said
    # (guards, session 56: a passive of a state after "was")
    "The pier opened in May 1902 and was known as the New Pier by 1910.",
    "The road opened in May 1902 and was closed to lorries in 1950.",
    # (session 60, h60i: the last "and" of a list of subjects after an opening phrase's date, no verb before it)
    "After the repairs last spring, the library, the museum and the pool reopened on 3 June 2024.",
    "Following the floods in 2023, the bakery, two cafes and the post office closed in January 2024.",
    "After a long closure in 2020, the bandstand, Mill Lane gardens and the boating lake reopened in May 2021.",  # (guard)
])
def test_no_second_predicate_no_second_act(sentence: str) -> None:
    assert not [e.title for e in _extract(sentence) if "a second predicate of its own" in e.derivation]


@pytest.mark.parametrize("sentence, date_text, title", [
    # session 60 (h60i): the list is the one predicate's subject, whole in its title (it was cut at "and the":
    # "The library, the museum", and the last item's clause was a second act: "The pool reopens")
    ("After the repairs last spring, the library, the museum and the pool reopened on 3 June 2024.", "3 June 2024",
     "The library, the museum and the pool reopen"),
    # (guard: the first date in a phrase of its own, read so before)
    ("After a long closure in 2020, the bandstand, the gardens and the boating lake reopened in May 2021.", "May 2021",
     "The bandstand, the gardens and the boating lake reopen"),
])
def test_a_list_of_subjects_keeps_its_last_item(sentence: str, date_text: str, title: str) -> None:
    assert [e.title for e in _extract(sentence) if e.timex == date_text] == [title]
