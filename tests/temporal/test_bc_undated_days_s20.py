"""Issue 11, session 20: a day counted from a time before year 1 ("the end of the second day", "the
next day" after "August 480 BC") has no calendar day we can write, but it lies before year 1 too:
its value keeps the era and what is known of the year and the month ("BC0480-08-XX"), as TimeML
writes it, instead of "XXXX-XX-XX", which claims no era. Histories of our own."""

from __future__ import annotations

from explorer.temporal import tag
from explorer.temporal.grammar import Cand
from explorer.temporal.resolver_state import undated_after


def test_days_counted_in_a_bc_story_keep_the_era() -> None:
    text = ("In August 480 BC the fleet sailed north. The defenders held for two days, but towards the end of "
            "the second day the pass fell. The next day the fleet withdrew.")
    values = {t.text: t.value for t in tag(text, None)}
    assert values["the end of the second day"] == "BC0480-08-XX"
    assert values["The next day"] == "BC0480-08-XX"


def test_undated_after_each_kind_of_anchor() -> None:
    day, month = Cand(0, 1, "prev", unit="D", n=1), Cand(0, 1, "prev", unit="M", n=1)
    assert undated_after(day, "BC0479") == "BC0479-XX-XX"
    assert undated_after(day, "BCXXXX-XX-XX") == "BCXXXX-XX-XX"
    assert undated_after(month, "BC0479-06") == "BC0479-XX"
    assert undated_after(day, "XXXX-XX-XX") == "XXXX-XX-XX"  # no era known: none claimed
    assert undated_after(day, "1805") == "XXXX-XX-XX"


def test_years_counted_from_bc_claim_no_era() -> None:
    year = Cand(0, 1, "prev", unit="Y", n=10)
    assert undated_after(year, "BC0005") == "XXXX"
