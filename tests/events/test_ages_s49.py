"""Acts told at an age of the one whose life a page tells (session forty-nine, lead): "At sixteen she
went into service" is dated in the birth year plus sixteen, as a reader counts it. Our own short lives,
none from the sample, the gold set or a corpus."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.documents import Document
from explorer.events.ages import _years
from explorer.ingest import extract_document


def _dated(text: str, words: str) -> tuple[str, str] | None:
    events = extract_document(Document("a.txt", text, "t"), dct=None).events
    found = [e for e in events if words in e.title]
    assert len(found) == 1, [e.title for e in events]
    e = found[0]
    return (e.begin.isoformat(), e.end.isoformat()) if e.begin else None


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Ruth Kane was born on 3 March 1902 in a village near the coast. At sixteen she went into service with a "
         "family in the city.", "service", ("1918-01-01", "1918-12-31")),
        ("Tomas Brenner was born in 1931 in a mining town. His father worked underground. At the age of 14 he "
         "left school and joined his father at the pit.", "joins his father", ("1945-01-01", "1945-12-31")),
        ("Karl Hesse was born in 1911 in Bremen. His father owned a bakery. When he was nineteen, he joined the "
         "merchant navy and sailed for Valparaíso.", "joins the merchant navy", ("1930-01-01", "1930-12-31")),
        ("Peter Ashdown was born on 9 June 1920 in Leeds. He ran the family shop for decades and finally sold "
         "it on his eightieth birthday.", "sells it", ("2000-06-09", "2000-06-09")),
        ("Anna Lind was born in 1899 on a farm near Umeå. Her parents kept cattle. Aged nineteen, she sailed to "
         "America alone and found work in a Chicago laundry.", "sails to America", ("1918-01-01", "1918-12-31")),
    ],
)
def test_an_act_at_an_age_is_dated_from_the_birth(text, words, expected) -> None:
    assert _dated(text, words) == expected


@pytest.mark.parametrize(
    "text, words",
    [
        # a count of things, not an age
        ("Ruth Kane was born in 1902. She later moved the business to premises at 16 Harbour Street.", "moves"),
        # an act with a calendar date of its own keeps it
        ("Ruth Kane was born in 1902. In 1933, at thirty-one, she opened a bakery.", "bakery"),
    ],
)
def test_no_age_or_a_date_of_its_own(text, words) -> None:
    got = _dated(text, words)
    assert got is None or got[0][:4] in ("1933",) or not got[0].startswith("19")


@pytest.mark.parametrize("word, n", [("16", 16), ("sixteen", 16), ("thirty-one", 31), ("sixty-fifth", 65),
                                     ("80th", 80), ("eightieth", 80), ("twelfth", 12)])
def test_counts_spelled_or_written(word, n) -> None:
    assert _years(word) == n


def test_an_age_in_another_clause_dates_no_act_with_a_time_of_its_own() -> None:
    text = ("Jon Ardal was born in 1881. Family legend says he ran away to sea at fourteen, but the records show "
            "that he was apprenticed to a cooper in 1896 and finished his training four years later.")
    assert _dated(text, "finishes his training") == ("1900-01-01", "1900-12-31")


def test_steps_after_an_act_dated_by_an_age_count_from_it() -> None:
    text = ("Ruth Kane was born on 3 March 1902 in a village near the coast. Her father worked in winter at a "
            "sawmill. At sixteen she went into service with a family in the city. Three years later she married "
            "a railway clerk, and their first son was born the following spring. In 1926 the family sailed for "
            "Halifax.")
    assert _dated(text, "marries") == ("1921-01-01", "1921-12-31")
    assert _dated(text, "first son") == ("1922-03-01", "1922-05-31")
    assert _dated(text, "sails") == ("1926-01-01", "1926-12-31")
