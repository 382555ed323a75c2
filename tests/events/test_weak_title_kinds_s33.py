"""Issue 12, session thirty-three: three weak kinds of title. A perfect with an adverb between "has"
and its participle takes the headline's present ("has finally taken" -> "finally takes"); a saying in
an editorial whose colon tells a happening is titled as that happening; a lower-case participial
phrase after a date opening the sentence gives way to the clause it leads into. With near misses.
Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.documents import Document
from explorer.events.build import build_events
from explorer.events.tense import headline_tense


def _titles(text: str) -> dict[str, str]:
    text = f"Harbour news\n\n{text}\n"
    doc = Document("story.txt", text, "", date(2024, 3, 1), "given")
    return {e.timex: e.title for e in build_events(doc, temporal.tag(text, doc.date)) if e.timex}


@pytest.mark.parametrize(
    "perfect, present",
    [
        ("Rebel forces have finally taken the city", "Rebel forces finally take the city"),
        ("The army has quickly seized the bridge", "The army quickly seizes the bridge"),
        ("The board had finally agreed", "The board finally agrees"),
        ("The wreck has finally been found", "The wreck is finally found"),
        ("The firm has since replaced its chief", "The firm replaces its chief"),
        # near misses: a negation or "never" is no adverb a headline's present keeps
        ("The team has never won the cup", "The team has never won the cup"),
        ("Voters have not approved it", "Voters have not approved it"),
    ],
)
def test_an_adverb_inside_a_perfect(perfect: str, present: str) -> None:
    assert headline_tense(perfect, perfect=True) == present


def test_a_dated_perfect_with_an_adverb_in_a_document() -> None:
    titles = _titles("The rebels fought for the port from 2019. On May 3, 2021, rebel forces had finally taken the city of Vell.")
    assert titles["May 3, 2021"] == "Rebel forces finally take the city of Vell"


def test_an_editorial_telling_a_happening_is_titled_as_the_happening() -> None:
    titles = _titles("The Kelby Times said in an editorial on June 4, 2022: The government has sold the harbour to a private firm. "
                     "The Daily Courier said in an editorial on June 9, 2022: We must save the shipyard. "
                     "The mayor said on June 12, 2022: \"The yard closed.\"")
    assert titles["June 4, 2022"] == "The government sells the harbour to a private firm"
    # near misses: a happening with a date of its own, an opinion after the colon, a quotation
    titles = {**titles, **_titles("The Kelby Times said in an editorial on Saturday, April 25: The council took a wrong turn this week.")}
    assert titles["Saturday, April 25"] == "The Kelby Times says in an editorial"
    assert titles["this week"] == "The council takes a wrong turn"
    assert titles["June 9, 2022"] == "The Daily Courier says in an editorial"
    assert titles["June 12, 2022"].startswith("The mayor says")


def test_a_participial_phrase_after_an_opening_date() -> None:
    titles = _titles("In August 2021, frustrated at continued reports of Kelby troops breaking under fire, Ivo Marsk ordered a retreat. "
                     "In 498 BC, supported by ships from the islands, the rebels burnt the fort. "
                     "In May 2022, captured documents showed the plan.")
    assert titles["August 2021"] == "Ivo Marsk orders a retreat"
    assert titles["498 BC"].startswith("The rebels burn")
    # near miss: a participle before its noun is the subject's adjective, no opening phrase
    assert titles["May 2022"] == "Captured documents show the plan"
