"""A body, a camp or a building made, taken over or done away with, told by the passive of a particle verb
with no date of its own ("A lending library was set up in two rooms", "The old stand was pulled down", "The
firm was wound up"): a happening, as the one-word passives that say the same ("founded", "demolished",
"dissolved") are (session 53, h53r; happening_verbs.PASSIVES). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.events.extracted_events import titles_of

_BEFORE = "The parish council bought the old school on 2 May 1908. "
_AFTER = " The first classes were held there on 9 September 1909."


@pytest.mark.parametrize(
    "text, title",
    [
        (_BEFORE + "A reading room was set up in the two front rooms." + _AFTER, "A reading room is set up"),
        (_BEFORE + "The old bell tower was pulled down." + _AFTER, "The old bell tower is pulled down"),
        (_BEFORE + "The village's friendly society was wound up." + _AFTER,
         "The village's friendly society is wound up"),
        (_BEFORE + "A wooden hut was put up behind the kitchen." + _AFTER, "A wooden hut is put up"),
        (_BEFORE + "Two cottages on the lane were torn down." + _AFTER, "Two cottages on the lane are torn down"),
        (_BEFORE + "The brewery next door was taken over by a Bristol firm." + _AFTER,
         "The brewery next door is taken over"),
    ],
)
def test_a_particle_passive_tells_a_happening(text: str, title: str) -> None:
    titles = titles_of(text)
    assert any(title in t for t in titles), titles


@pytest.mark.parametrize(
    "text",
    [
        # (guard) set up as a role, put up for sale, put up with: a state or a bearing, no happening
        _BEFORE + "The hall was set up as a chapel on Sundays." + _AFTER,
        _BEFORE + "The house was put up for sale." + _AFTER,
        _BEFORE + "The noise was put up with by the neighbours." + _AFTER,
    ],
)
def test_no_particle_passive(text: str) -> None:
    titles = titles_of(text)
    assert len(titles) == 2, titles
