"""Units with no count after an ordering word (issue #11, session 21): "over the past weeks", "in the
following days", "the previous months", "the next hours" are a stretch of an unsaid number of units,
as "the last weeks" and "the coming weeks" already were (TimeML: PXW, PXD, PTXH). The grammar read the
bare plural only after "last", "coming" and "recent": "the past weeks" went untagged and "the past
hours" kept only "the past" (PAST_REF). Sentences of our own, in news, history and a post."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timeml_view(tag(text, date(2004, 9, 21)))]


@pytest.mark.parametrize(("text", "expression", "value"), [
    # news
    ("Over the past weeks, the two unions have traded offers through a mediator.", "the past weeks", "PXW"),
    ("The ministry said prices would be reviewed in the next months.", "the next months", "PXM"),
    ("Water levels in the reservoir have dropped sharply over the past hours.", "the past hours", "PTXH"),
    # history
    ("The garrison surrendered, and in the following days the town was looted.", "the following days", "PXD"),
    ("Trade had already collapsed in the previous decades, a chronicler wrote.", "the previous decades", "PXDE"),
    ("The rebels regrouped in the ensuing months and struck again in spring.", "the ensuing months", "PXM"),
    # a post
    ("ngl these past days have been rough but we're getting there", "these past days", "PXD"),
    ("gonna be offline the next hours, phone is dead", "the next hours", "PTXH"),
])
def test_a_bare_plural_after_an_ordering_word_is_a_vague_duration(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


def test_the_past_before_hours_is_no_past_reference_of_its_own() -> None:
    found = _found("Crews have cleared the road over the past hours.")
    assert not any(v == "PAST_REF" for _t, _ty, v in found)


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a count, "few" or "several" keeps its own reading
    ("Over the past three weeks, the river rose a metre.", "the past three weeks", "P3W"),
    ("In the following few days, the embassy stayed shut.", "the following few days", "PXD"),
    # a single unit stays what it was
    ("Rents have risen over the past year.", "the past year", "P1Y"),
])
def test_counted_and_singular_stretches_are_unchanged(text: str, expression: str, value: str) -> None:
    assert (expression, "DURATION", value) in _found(text)


@pytest.mark.parametrize("text", [
    "The previous owners had painted the walls green.",
    "The next speakers were the two mayors.",
    "Hours of footage from past years' festivals were shown.",
])
def test_no_unit_or_a_possessive_plural_gives_no_stretch(text: str) -> None:
    assert not any(ty == "DURATION" and "X" in v for _t, ty, v in _found(text))
