"""End-to-end expectations the product brief states for the sample articles (data/*.txt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from explorer.temporal import find_document_date, infer_document_date, tag

DATA = Path(__file__).resolve().parents[2] / "data"


def _read(name: str) -> str:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"sample article {name} not present")
    return path.read_text(encoding="utf-8")


def _tag_as_pipeline(text: str):
    stated = find_document_date(text)
    dct = stated or infer_document_date(text)
    return dct, tag(text, dct, dct_inferred=stated is None)


def test_suleimani_visits_july_august_september_2015() -> None:
    text = _read("iran-between-russia-and-us.txt")
    assert find_document_date(text) == date(2015, 10, 13)
    dct, out = _tag_as_pipeline(text)
    values = [(t.text, t.value, t.begin) for t in out]
    i = next(i for i, v in enumerate(values) if v[0] == "July")
    assert values[i:i + 3] == [("July", "2015-07", date(2015, 7, 1)), ("August", "2015-08", date(2015, 8, 1)),
                               ("September 2015", "2015-09", date(2015, 9, 1))]


def test_february_2019() -> None:
    _, out = _tag_as_pipeline(_read("quds-force-and-foreign-ministry.txt"))
    assert any(t.text == "February 2019" and t.value == "2019-02" for t in out)


def test_december_26_inferred() -> None:
    text = _read("security-officials-prefer-direct-talks.txt")
    assert find_document_date(text) is None
    dct, out = _tag_as_pipeline(text)
    assert dct is not None and date(2019, 1, 8) <= dct <= date(2019, 3, 31)
    dec = [t for t in out if t.text == "December 26"]
    assert dec and all(t.value == "2018-12-26" and t.certainty == "inferred" for t in dec)


@pytest.mark.parametrize("name", ["iran-between-russia-and-us.txt", "quds-force-and-foreign-ministry.txt",
                                  "security-officials-prefer-direct-talks.txt", "us-iran-isis-cooperation.txt",
                                  "khamenei-soleimani-partnership.txt"])
def test_no_false_dates(name: str) -> None:
    text = _read(name)
    _, out = _tag_as_pipeline(text)
    for t in out:
        low = t.text.lower()
        assert t.text not in ("we", "We", "may", "march", "[1]", "[v]", "5 min read", "min read")
        if t.text == "May":  # the month only where a preposition says so, never the modal
            assert text[t.start - 3:t.start] == "in "
        assert "1191" not in t.text and "conditions" not in low and "read" not in low
