"""How often per season: the frequency words belong to the set, as in "twice a year" (the scanner
reads a rule only around its trigger, "twice"/"times", so a set that left them out could be lost)."""
from datetime import date

import pytest

from explorer import temporal


@pytest.mark.parametrize("sentence, span", [
    ("Gales hit the coast two or three times a winter.", "three times a winter"),
    ("The club climbs the ridge twice a summer.", "twice a summer"),
    ("Our choir sings once a spring at the abbey.", "once a spring"),
])
def test_frequency_words_are_part_of_a_seasonal_set(sentence: str, span: str) -> None:
    found = [(t.text, t.type, t.value) for t in temporal.tag(sentence, date(2021, 6, 1))]
    season = span.split()[-1].replace("summer", "SU").replace("winter", "WI").replace("spring", "SP")
    assert found == [(span, "SET", f"XXXX-{season}")]


def test_a_season_after_a_price_is_no_set() -> None:
    found = temporal.tag("The pass costs $40 a winter and more at Easter.", date(2021, 6, 1))
    assert [t for t in found if t.type == "SET"] == []
