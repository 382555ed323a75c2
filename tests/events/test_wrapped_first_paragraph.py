"""A page wrapped at a fixed width (a plain-text notice, a mail, an archive's text file) has no line
of twenty words: its body was taken to start at the first line that ends as a sentence, the second
line of its first paragraph, so a date on the first line equal to the page's own date was read as
the page's dateline and its happening was lost ("On 18 November 2024 the government designated four
individuals ..." under "Issued 18 November 2024 by ..."). A line of ten words or more whose paragraph
runs on to twenty opens the body. Session forty-five (lead, issue 12), a sanctions notice of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.ingest.extract import extract_document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract_document(Document("n.txt", text, "Notice"), None).events]


@pytest.mark.parametrize("first, second, title", [
    ("On 18 November 2024 the government designated four individuals and one entity under the Veltria",
     "sanctions regime. Their assets are frozen with immediate effect.",
     "The government designates four individuals and one entity"),
    ("The harbour board closed the north quay to all shipping on 18 November 2024 after divers found",
     "cracks in the wall. Boats will use the south quay until repairs are done.",
     "The harbour board closes the north quay to all shipping"),
])
def test_the_first_line_of_a_wrapped_paragraph_is_the_body(first: str, second: str, title: str) -> None:
    text = f"Public notice\n\nIssued 18 November 2024 by the Office of Sanctions Implementation\n\n{first}\n{second}\n"
    assert title in _titles(text)


def test_a_long_header_line_on_its_own_is_still_the_header() -> None:
    # ten words, then a blank line: a header line, whose date is the page's own
    text = ("Council notice\n\nIssued 18 November 2024 by the Office of Roads and Bridges\n\n"
            "The council closed the bridge on 14 November 2024. Drivers must use the ferry until it reopens.\n")
    titles = _titles(text)
    assert "The council closes the bridge" in titles
    assert not any("issue" in t.lower() for t in titles), titles


def test_a_closed_short_line_over_a_long_one_is_still_the_body() -> None:
    # a live page's entries: the first closes as a sentence, so the body starts there, not at the long
    # second line (which closes too, and is no wrapped line)
    text = ("21:40 Polls have closed across the country.\n"
            "22:15 The first result is declared in Northfield, where the Greens hold the seat.\n"
            "23:05 The prime minister concedes defeat in a short speech.\n")
    events = extract_document(Document("live.txt", text, "Live"), date(2024, 5, 2)).events
    assert any("close" in e.title.lower() for e in events), [e.title for e in events]
