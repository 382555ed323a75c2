"""A day standing alone on its line heads the section under it (issues #11/#12, session 24).

A diary or a works log written in sections names each section's day once, on a line of its own
("Thursday 6 November", "Friday:"), and tells the section's acts with no date of their own. Those acts
are the heading's day, up to the next heading; and a diary's bare weekday headings run forwards
through the week it narrates, each the first such weekday after the heading before it. One dated
line alone (a page's dateline) heads nothing. Every sentence here is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document
from explorer.temporal.tagger import tag


def _days(text: str, dct: date) -> dict[str, date | None]:
    events = extract_document(Document("a.txt", text, "A", date=dct)).events
    # (keyed by the sentence's last line: the event of a section's first sentence runs from the
    # heading above it, as a stamped entry's runs from its stamp; see section_headings)
    return {e.sentence.split("\n")[-1]: e.begin for e in events}


_WORKS_LOG = ("Canal lock repairs\n\nThe trust posted this log of the week on 16 November 2025.\n\n"
              "{first}\nDivers inspected the cracked gate.\n\n"
              "{second}\nA crane lifted the new beam into place.\n\n"
              "{third}\nThe inspector approved the repaired lock.\n")


@pytest.mark.parametrize("first, second, third, days", [
    ("Tuesday 11 November", "Wednesday 12 November:", "Thursday:", (11, 12, 13)),
    ("11 November", "12 November", "14 November", (11, 12, 14)),
    ("Monday:", "Wednesday:", "Friday:", (10, 12, 14)),
])
def test_an_act_under_a_day_heading_is_that_day_s(first: str, second: str, third: str,
                                                    days: tuple[int, int, int]) -> None:
    text = _WORKS_LOG.format(first=first, second=second, third=third)
    got = _days(text, date(2025, 11, 16))
    assert got["Divers inspected the cracked gate."] == date(2025, 11, days[0])
    assert got["A crane lifted the new beam into place."] == date(2025, 11, days[1])
    assert got["The inspector approved the repaired lock."] == date(2025, 11, days[2])


def test_a_lone_dateline_heads_nothing() -> None:
    # one date on its own line over a news story: the story's undated acts are not put on it
    text = ("Ferry strike ends\n\n3 March 2026\n\nThe ferry crews voted on Friday to end their strike. "
            "Managers welcomed the vote.\n")
    events = extract_document(Document("a.txt", text, "A", date=date(2026, 3, 3))).events
    assert events and not any("entry's day" in e.derivation for e in events)


@pytest.mark.parametrize("headings, expected", [
    (("Monday", "Tuesday", "Wednesday", "Thursday"), ("2024-03-18", "2024-03-19", "2024-03-20", "2024-03-21")),
    (("Friday:", "Saturday:", "Monday:"), ("2024-03-15", "2024-03-16", "2024-03-18")),
])
def test_a_diary_s_weekday_headings_run_forwards(headings: tuple[str, ...], expected: tuple[str, ...]) -> None:
    body = "".join(f"{h}\nThe baker lit the oven and sold bread.\n\n" for h in headings)
    text = f"A week at the bakery, written up on 20 March 2024.\n\n{body}"
    values = [t.value for t in tag(text, date(2024, 3, 20)) if t.text.rstrip(":") in {h.rstrip(":") for h in headings}]
    assert values == list(expected)


def test_a_weekday_inside_an_entry_is_not_a_heading() -> None:
    # only a weekday on a line of its own runs on from the heading; one told in a sentence is read as news
    text = ("Monday 18 March 2024\nThe baker said the flour would come on Friday.\n\n"
            "Tuesday 19 March 2024\nThe oven failed.\n")
    values = {t.text: t.value for t in tag(text, date(2024, 3, 20))}
    assert values["Friday"] == "2024-03-22"
