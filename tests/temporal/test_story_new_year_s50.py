""""The new year" in a story with no page date is the year after the story's time when that time has
reached the second half of its year, else its own year (session fifty, lead, from a whaling journal of
h50d's). Sentences written for the test."""

from __future__ import annotations

import pytest

from explorer.temporal.tagger import tag


def _new_years(text: str) -> list[str]:
    return [t.value for t in tag(text, None) if t.text.lower() == "the new year"]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The ship reached Hobart in October 1853. We sailed for England in the new year.", ["1854"]),
        ("The regiment wintered at Kars in 1855 and marched north in the new year.", ["1856"]),
        ("The mill burned in August 1911. It was rebuilt in the new year, and in the new year the wheel turned.",
         ["1912", "1912"]),
        # a time in the first half of a year: its own new year
        ("In February 1854 the ship was repaired. In the new year the crew was paid off.", ["1854"]),
    ],
)
def test_the_new_year_of_a_story(text, values) -> None:
    assert _new_years(text) == values


def test_no_story_time_leaves_it_to_the_page() -> None:
    # (guard) nothing dated before it: it waits for the page's date
    assert _new_years("We will sail for England in the new year.") == ["XXXX"]


@pytest.mark.parametrize(
    "text, value",
    [
        # a life's chronology, each line opening with its year (session 54, our own lines)
        ("1921–1925 Lives abroad, returning each summer.\n\n1929 Her husband dies on the night of 11 November. "
         "She moves back to the city in the new year.\n\n1930s Works in a library and writes little.", "1930"),
        ("1880 Enters the academy.\n\n1884 Leaves for Paris in October. Returns home in the new year.\n\n"
         "1890 Marries a printer's daughter.", "1885"),
    ],
)
def test_the_new_year_in_a_chronologys_line(text, value) -> None:
    from explorer.documents.document import Document
    from explorer.ingest import extract_document

    events = [e for e in extract_document(Document("life.txt", text, "life")).events if e.timex.lower() == "the new year"]
    assert events and events[0].begin.isoformat()[:4] == value, events
