"""A page that is mostly dates (a list, a table, a log, dates run together on one line) is read in
time that grows with its length (issue: 230 s a MB, most of it in ``date_roles``). The unit tests
pin what the linear helpers answer; the benchmark (skipped in CI) times a generated page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from explorer.events.date_roles import date_role
from explorer.events.date_sentence import sentence_before
from explorer.events.timetables import HOURS_LINE_MAX_WORDS, is_hours_line

MONTHS = "January February March April May June July August September October November December".split()


def _dates_run_together(count: int) -> str:
    """``count`` dated items on one line, divided by semicolons: no sentence ends, one long line."""
    days = (date(1990, 1, 1) + timedelta(days=37 * i) for i in range(count))
    return "; ".join(f"{d.day} {MONTHS[d.month - 1]} {d.year}: item {i}" for i, d in enumerate(days)) + ".\n"


@pytest.mark.parametrize(("before", "sentence"), [
    ("The bridge closed. Then the ferry ", "Then the ferry "),
    ("It rained! “The ferry ", "“The ferry "),
    ("Was it late?” He left on ", "He left on "),
    ("No break here; nor here, e.g. in a list ", "No break here; nor here, e.g. in a list "),
    ("One. Two. Three ", "Three "),
    ("ends with a break. ", "ends with a break. "),  # nothing follows the break yet
    ("", ""),
])
def test_the_sentence_before_a_date_starts_after_the_last_break(before: str, sentence: str) -> None:
    assert sentence_before(before) == sentence


def test_a_long_line_of_dates_is_no_line_of_hours_and_a_short_one_is() -> None:
    page = _dates_run_together(200)
    assert len(page.split()) > HOURS_LINE_MAX_WORDS
    assert not is_hours_line(page)
    assert is_hours_line("Monday: 10 a.m. to 5 p.m.")
    assert not is_hours_line("   ")


def test_dates_on_a_long_line_still_get_their_roles() -> None:
    text = "Sales were higher than in 2019; " + _dates_run_together(50)
    start = text.index("2019")
    assert date_role(text, start, start + 4) == "comparison"


@pytest.mark.parametrize(("sentence", "word", "may"), [
    ("The pier was closed by Inspectors on 6 July.", "inspectors", True),  # any case
    ("The pier was closed on 6 July.", "by", False),
    ("The pier was closed on 6 July.", "inspectors", False),
    ("The ſtate closed the pier.", "state", True),  # not ASCII: a case-insensitive pattern may match
    ("The pier was closed.", "Ĳssel", True),
])
def test_a_title_pattern_is_skipped_only_when_its_word_cannot_be_in_the_sentence(sentence: str, word: str, may: bool) -> None:
    from explorer.events.agents import may_hold

    assert may_hold(sentence, word) is may


@pytest.mark.benchmark
def test_roles_of_2000_dates_run_together(benchmark) -> None:  # type: ignore[no-untyped-def]
    """On the unchanged code this took 18 s (9 ms a date); near 1 s after."""
    from explorer.temporal.tagger import tag

    text = _dates_run_together(2000)
    spans = [(t.start, t.end) for t in tag(text)]
    benchmark.pedantic(lambda: [date_role(text, s, e) for s, e in spans], rounds=1, iterations=1)


@pytest.mark.benchmark
def test_extraction_of_a_log_of_5000_stamped_lines(benchmark) -> None:  # type: ignore[no-untyped-def]
    """Each line opens with its stamp; a stamp's twin was looked for among all the log's events (a
    20,000-line log: 18.9 s CPU on the unchanged code, 14.8 s after)."""
    from explorer.documents import Document
    from explorer.ingest import extract_document

    days = (date(2001, 1, 1) + timedelta(days=3 * i) for i in range(5000))
    text = "".join(f"[{d.isoformat()} 12:00:01] The operator restarted the service {i}.\n" for i, d in enumerate(days))
    extracted = benchmark.pedantic(lambda: extract_document(Document("log.txt", text, "Log")), rounds=1, iterations=1)
    assert len(extracted.events) > 1000
