"""A page saved as text often arrives as one line: paragraphs run together, no newline anywhere.
Its events must be found as in the same text with its paragraphs on lines of their own; no rule made
for short lines (a record's header, a caption, an advert) may take the whole page for one."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import extract_document

PARAGRAPHS = [
    "UPDATE: the council voted on 4 March 2021 to close the old bridge to lorries.",
    "The ferry company raised its fares on 9 April 2021, blaming the price of fuel.",
    "NOTE: figures are from the harbour office. The harbour master resigned on 2 May 2021.",
    "Engineers found cracks in the north pier on 17 June 2021, and repairs began in July 2021.",
    "SOURCE: council minutes. The mayor opened the new footbridge on 30 September 2021.",
    "Flooding closed the quay road on 11 November 2021 for the third time that year.",
]


def _events(text: str) -> set[str]:
    extracted = extract_document(Document("page.txt", text, "Page"), date(2022, 1, 10))
    return {event.timex for event in extracted.events}


def test_a_long_line_with_labelled_words_keeps_its_events() -> None:
    one_line = " ".join(PARAGRAPHS * 3)
    assert len(one_line) > 1000 and "\n" not in one_line
    found = _events(one_line)
    assert {"4 March 2021", "9 April 2021", "2 May 2021", "17 June 2021", "30 September 2021"} <= found


def test_the_same_paragraphs_on_their_own_lines_give_the_same_dates() -> None:
    one_line = " ".join(PARAGRAPHS * 3)
    lines = "\n\n".join(PARAGRAPHS * 3)
    assert _events(one_line) == _events(lines)


def test_a_long_line_after_an_advert_label_is_not_the_advert() -> None:
    text = "Advertisement\n" + " ".join(PARAGRAPHS * 3)
    assert "9 April 2021" in _events(text)
