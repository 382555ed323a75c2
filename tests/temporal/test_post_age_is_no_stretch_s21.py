"""An age in a post (issue #11, session 21): "the puppy is three days old", "my phone is two years
old". TimeML leaves ages unmarked, and the duration rule does; but a post's bare period noun rule then
read the plural alone as a vague stretch ("days", PXD), since a spelled count before it did not count
as one. A count in digits already stopped it. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag


@pytest.mark.parametrize("text", [
    "the puppy is three days old and already chewing everything",
    "my phone is two years old and the battery is dying",
    "our twins are eleven months old today!!",
])
def test_a_spelled_age_in_a_post_gives_no_vague_stretch(text: str) -> None:
    assert not any(t.value.startswith("PX") for t in tag(text, date(2016, 8, 30)))


def test_a_bare_plural_in_a_post_is_still_a_stretch() -> None:
    assert [(t.text, t.value) for t in tag("waited hours for nothing", date(2016, 8, 30))] == [("hours", "PTXH")]
