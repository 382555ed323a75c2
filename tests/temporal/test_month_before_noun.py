"""A capitalised "March" or "May" after a determiner and before a noun is the month of that thing
("the March accession", "a May report"), never a verb or a march (session seven of issue 11).
Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(1998, 2, 11)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, narrative=False)]


@pytest.mark.parametrize("text, value", [
    ("Officials prepared for the March accession of three new members.", "1998-03"),
    ("The May elections will test the coalition.", "1998-05"),
    ("A March report by the agency will follow.", "1998-03"),
])
def test_month_before_a_noun(text: str, value: str) -> None:
    words = text.split()
    month = next(w for w in words if w in ("March", "May"))
    assert (month, value) in _found(text)


@pytest.mark.parametrize("text", [
    "The March on Washington drew large crowds.",
    "The May Day parade was cancelled.",
    "Thousands joined the march in the capital.",
    "The board may decide to sell.",
    "A May was born in the village.",
])
def test_march_and_may_that_are_no_month(text: str) -> None:
    assert not any(v in ("1998-03", "1998-05", "1997-03", "1997-05") for _, v in _found(text)), _found(text)
