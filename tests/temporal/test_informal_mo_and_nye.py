"""Two short forms posts type: "mo" for months after figures ("2 mo", "6mo old", "3 mos ago") and
New Year's Eve in lower case ("nye plans?", "on nye", "last nye"), with "last/next/this" before
the typed holidays. A moment ("half a mo", "a mo ago"), the state abbreviation ("Kansas City,
Mo.") and a surname written small ("bill nye") are none. Sentences of our own; the document date is
a Saturday in December.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st
from tests.property_examples import examples

from explorer.temporal import tag
from explorer.temporal.evaluate import timeml_view

D = date(2022, 12, 17)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timeml_view(tag(text, D))]


@pytest.mark.parametrize("text, expected", [
    ("waited 2 mo for a reply smh", [("2 mo", "P2M")]),
    ("my 6mo old pup is a menace", [("6mo", "P6M")]),
    ("quit sugar 3 mos ago", [("3 mos ago", "2022-09")]),
    ("hold on, half a mo", []),
    ("be there in a mo", []),
    ("The shooting in Kansas City, Mo., was the third this month.", [("this month", "2022-12")]),
])
def test_mo_is_a_month_after_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("nye plans anyone?", [("nye", "2022-12-31")]),
    ("what r u doing on nye", [("nye", "2022-12-31")]),
    ("last nye was a blur", [("last nye", "2021-12-31")]),
    ("last NYE was a blur", [("last NYE", "2021-12-31")]),
    ("next valentines day im single again lol", [("next valentines day", "2023-02-14")]),
    ("watching bill nye the science guy reruns", []),
])
def test_new_years_eve_typed_small(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@settings(max_examples=examples(120), deadline=None)
@given(st.lists(st.sampled_from(["nye", "NYE", "Nye", "mo", "2", "2mo", "mos", "ago", "last", "bill", "!!",
                                 "half", "a", "on"]), min_size=1, max_size=7),
       st.sampled_from([" ", "  ", "\t"]))
def test_random_short_forms_do_not_crash_or_tag_a_lone_unit(words: list[str], sep: str) -> None:
    """Random casing and spacing: no crash, and "mo" is never a month without figures before it."""
    text = sep.join(words)
    for t in timeml_view(tag(text, D)):
        assert t.value
        if t.text.lower().split()[-1] in ("mo", "mos"):
            assert any(ch.isdigit() for ch in t.text), (text, t.text)
