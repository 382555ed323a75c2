"""A past state told to end in a year ("studied with him until his death in 1862", "ruled until
1410") brings a history's story to that year, so "the following year" after it is the year after.
Taken as an aside, it left the story at the year before: a painter's move to Rome after her teacher's
death in 1862 was put in 1858. Plans and limits still ahead stay asides. Sentences of our own."""

from __future__ import annotations

import pytest

from explorer.temporal import tag


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, None)}


@pytest.mark.parametrize(("text", "step", "value"), [
    ("In 1857 she moved to Copenhagen. She studied with Holm until his death in 1862. "
     "The following year she went to Rome.", "The following year", "1863"),
    ("In 1401 the duke took the castle. He held it until 1410. Two years later his son sold it.",
     "Two years later", "1412"),
    ("The firm was founded in 1921. It made bicycles until 1950. The next year it turned to mopeds.",
     "The next year", "1951"),
    ("He joined the navy in 1939 and served until the end of the war in 1945. Three years later he married.",
     "Three years later", "1948"),
])
def test_the_story_reaches_the_end_of_the_state(text: str, step: str, value: str) -> None:
    assert _values(text)[step] == value


@pytest.mark.parametrize(("text", "step", "value"), [
    ("In 1990 the firm opened a plant, which it ran until 2004. Two years later it moved.", "Two years later", "1992"),
    ("In 1990 the firm was founded. The lease was expected to last until 2004. Two years later it moved.",
     "Two years later", "1992"),
    ("In 1990 the firm was founded. It will stay there until 2004. Two years later it moved.", "Two years later", "1992"),
    ("In 1990 the firm was founded. It had rented the hall until 1985. Two years later it moved.",
     "Two years later", "1992"),
])
def test_asides_and_limits_ahead_leave_the_story(text: str, step: str, value: str) -> None:
    assert _values(text)[step] == value
