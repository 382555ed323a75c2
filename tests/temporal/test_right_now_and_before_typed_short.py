"""Two more spellings posts type (issue #11, session 24): "rn" for "right now" (PRESENT_REF, as
"right now" is) and "b4"/"aftr" in "the day b4 yesterday" (two days back; the day word alone was
read, a day off). "rn" after an article is a nurse, and "RN" in capitals a title: no time."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

D = date(2016, 9, 14)


@pytest.mark.parametrize("text", ["soooo sleepy rn", "cant talk rn, in class", "what r u doing rn?"])
def test_rn_is_right_now(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, D)] == [("rn", "PRESENT_REF")]


@pytest.mark.parametrize("text", ["My sister is an rn at the county hospital.", "Ask the RN on duty.",
                                  "see https://ex.am/rn for details", "#rn #nurselife"])
def test_rn_as_a_nurse_or_in_a_link_is_no_time(text: str) -> None:
    assert [t.value for t in tag(text, D) if t.value == "PRESENT_REF"] == []


@pytest.mark.parametrize("text, span, value", [
    ("got my results the day b4 yesterday", "the day b4 yesterday", "2016-09-12"),
    ("party is da day aftr tmr!!", "da day aftr tmr", "2016-09-16"),
    ("flew in the day b4 yday", "the day b4 yday", "2016-09-12"),
])
def test_before_typed_short(text: str, span: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(text, D)] == [(span, value)]
