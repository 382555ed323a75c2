""""Over the next two days" after a past verb a few words back is the days that followed, not days to
come: "Winds pushed it nine miles east over the next two days, and on July 16 the sheriff ordered the
evacuation". The "next" was read as a future marker nearer to "July 16" than "ordered", so a
yearless date of a year told in the past went to the next year. A past verb right before "the next"
("took the next three stages") was already read so; a plan between them ("is expected to rise over
the next year") still looks ahead. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.temporal import tag

DCT = date(2025, 12, 12)


def _value(text: str, expression: str) -> str | None:
    found = [t for t in tag(text, DCT) if t.text == expression]
    assert found, [t.text for t in tag(text, DCT)]
    return found[0].value


@pytest.mark.parametrize("text, expression, expected", [
    ("Strong gusts drove the blaze nine miles east over the next two days, and on July 16 the county "
     "sheriff ordered the evacuation of the valley.", "July 16", "2025-07-16"),
    ("Volunteers searched the upper slopes by torchlight for the next three nights, and on 9 March the "
     "army flew in two helicopters.", "9 March", "2025-03-09"),
    ("The storm pushed the tanker forty miles off course over the next two days, and on 4 February the "
     "coastguard towed it into port.", "4 February", "2025-02-04"),
    ("Rebel gunners shelled the northern suburbs of the city over the next three days, and on 18 May "
     "the government declared a ceasefire.", "18 May", "2025-05-18"),
])
def test_the_next_days_after_a_past_verb_are_past(text: str, expression: str, expected: str) -> None:
    assert _value(text, expression) == expected


@pytest.mark.parametrize("text, expression, expected", [
    # a plan between the past-looking word and "the next": the days still to come
    ("Rents are expected to climb steadily over the next two years, and on March 3 the ministry "
     "will publish its housing plan.", "March 3", "2026-03-03"),
    ("Officials said the road will stay shut over the next week, and on January 5 crews will begin "
     "repairs.", "January 5", "2026-01-05"),
])
def test_a_plan_before_the_next_days_still_looks_ahead(text: str, expression: str, expected: str) -> None:
    assert _value(text, expression) == expected
