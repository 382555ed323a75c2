"""An arrival told with the time it came right after its verb, a count of minutes or days "late", "early" or
"after" something ("The ambulance arrived forty minutes late", "The brigade arrived eleven minutes after the
alarm"), is a step of the story, not a measure; and so is an arrival told as a clause of its own after ",
and" or ", but" ("…, and a second engine arrived within twenty minutes") (session 53, h53r;
happening_verbs.ARRIVAL_TIME, joined_clauses._ARRIVAL_AS_A_CLAUSE). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of

#: a dated sentence before, so that the arrival is told at the story's time
_BEFORE = "A barn at Cold Ash Farm caught fire on 4 June 2019. "


@pytest.mark.parametrize(
    "text, title",
    [
        (_BEFORE + "The ambulance arrived forty minutes late.", "The ambulance arrives forty minutes late"),
        (_BEFORE + "The brigade arrived eleven minutes after the alarm.", "The brigade arrives"),
        (_BEFORE + "Her father arrived two days too late.", "Her father arrives two days too late"),
        (_BEFORE + "The relief crew arrived six hours early.", "The relief crew arrives six hours early"),
        (_BEFORE + "The first crew held the fire at the ridge, and a second engine from Sturton arrived within "
         "twenty minutes.", "A second engine from Sturton arrives within twenty minutes"),
        (_BEFORE + "The farmer moved the cattle to the lower field, but the vet arrived too late.",
         "The vet arrives too late"),
        (_BEFORE + "The roof fell in, and reinforcements arrived from Selby.", "Reinforcements arrive from Selby"),
    ],
)
def test_an_arrival_with_its_time_is_a_happening(text: str, title: str) -> None:
    titles = titles_of(text)
    assert title in titles, titles


@pytest.mark.parametrize(
    "text",
    [
        # (guard) a measure after another verb stays a measure; an arrival at a decision is no move
        _BEFORE + "The home side equalised eleven minutes after the break.",
        _BEFORE + "The two owners arrived at a settlement.",
        _BEFORE + "Takings fell twenty per cent.",
    ],
)
def test_no_arrival(text: str) -> None:
    titles = titles_of(text)
    assert len(titles) == 1, titles
