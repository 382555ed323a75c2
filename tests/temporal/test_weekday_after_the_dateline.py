"""A weekday told right after the page's own dated line is news: the tense says which side of that
date it falls (session twenty-one, dates #11).

An obituary or a society's newsletter gives its date in a line of its own ("Published 14 October
2026") and then tells a life in past years; the story-time reading took that dateline as the story's
time and read "died on Sunday" as the story moving on, the Sunday after the page. Every sentence here
is written for this file.
"""

from __future__ import annotations

import pytest

from explorer.documents import Document
from explorer.ingest import extract_document


def _weekday(text: str, word: str) -> str:
    timexes = extract_document(Document("a.txt", text, "A")).timexes
    found = [t for t in timexes if t.text == word]
    assert len(found) == 1, [(t.text, t.value) for t in timexes]
    return found[0].value


#: a life told in past years after the news of a death: the passage reads as a story
_LIFE = ("Born in Arden in 1938, he left school at 14 and worked on the barges. The canal company took him on "
         "as a lock hand in 1955, and he learned the trade from his uncle, who kept the flight at Moss Bank.\n\n"
         "He took charge of the top lock in 1961. In the hard winter of 1963 he broke the ice each morning so "
         "that the coal boats could pass, and the company gave him a silver watch that spring.\n\n"
         "He retired in 2001. The canal trust named a footbridge after him in 2012.\n\n"
         "He married Joan Pell in 1963. She died in 2019. He is survived by a son.")


@pytest.mark.parametrize("text, word, value", [
    ("Tom Heddle, lock keeper on the Arden canal for forty years, dies at 88\n\nPublished 14 October 2026\n\n"
     "Tom Heddle, who kept the locks at Arden for four decades, has died at home. He was 88.\n\n"
     f"Heddle died on Sunday after a fall, his family said.\n\n{_LIFE}", "Sunday", "2026-10-11"),
    ("Tom Heddle, lock keeper, dies at 88\n\nPublished 14 October 2026\n\nTom Heddle has died at home. "
     f"He fell ill on Thursday, his family said.\n\n{_LIFE}", "Thursday", "2026-10-08"),
    # told ahead, the weekday is the next one
    ("Tom Heddle, lock keeper, dies at 88\n\nPublished 14 October 2026\n\nTom Heddle has died at home. "
     f"His funeral will be held on Saturday.\n\n{_LIFE}", "Saturday", "2026-10-17"),
])
def test_a_weekday_after_the_dateline_is_read_by_its_tense(text: str, word: str, value: str) -> None:
    assert _weekday(text, word) == value
