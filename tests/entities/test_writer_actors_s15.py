"""The writer as the one who acted: "We open a food bank", "I land at the airport" (issue 12). The
actor is the text's own "we" or "I", a description: no actor lane is named after it. Our own sentences."""

from __future__ import annotations

import pytest

from explorer.events.agents import first_person_subject, names_only
from tests.entities.test_country_actors_s15 import _labelled


@pytest.mark.parametrize(("sentence", "writer"), [
    ("We opened a food bank on 6 May 2023.", "we"),
    ("We signed a lease on an old warehouse in March 2022.", "we"),
    ("I landed at the island's airstrip on 7 May 2023.", "I"),
    ("I trained as a midwife in 1961.", "I"),
])
def test_the_writer_is_the_actor_of_what_the_writer_did(sentence: str, writer: str) -> None:
    event = _labelled("Notes\n\nIt was a busy year. " + sentence)[-1]
    assert event.actors[:1] == (writer,), (event.title, event.actors)
    assert writer not in names_only(event.actors)  # no lane of its own


@pytest.mark.parametrize("title", ["Wexford wins the cup", "In 1961 I train as a midwife", "Iona is sold"])
def test_no_writer_where_the_title_opens_otherwise(title: str) -> None:
    assert first_person_subject(title) is None
