"""A passive with its agent, in a sentence with no date of its own, that shares the subject of the clause
before "and" ("Stroud retired after a long illness and was succeeded by Professor Harold Beck") is titled by
its agent acting on that subject ("… Beck succeeds Stroud"), not on the whole clause before the "and" ("…
succeeds Stroud retires after a long illness") (session 53, h53r; occurrences._SHARED_BE_OPENING). In a
dated sentence the joined clauses' rule titles such a passive ("Stroud is succeeded by …"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of


@pytest.mark.parametrize(
    "text, title",
    [
        ("The war ended in 1945. Hale retired after a long illness and was succeeded by Dr Mary Oakes. The school "
         "closed in 1950.", "Mary Oakes succeeds Hale"),
        ("The firm was sold in 1998. Kessler resigned soon afterwards and was replaced by Tom Vane. The plant shut in "
         "2003.", "Tom Vane replaces Kessler"),
        ("The revolt began in 1846. King Ostrov abdicated and was succeeded by Prince Aurel. A new constitution was "
         "adopted in 1849.", "Aurel succeeds King Ostrov"),
    ],
)
def test_the_agent_acts_on_the_shared_subject(text: str, title: str) -> None:
    titles = titles_of(text)
    assert title in titles, titles
