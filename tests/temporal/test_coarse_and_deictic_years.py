"""A decade or a century is never the story's time, and "this year" is the writer's year in news, the
story's year in a narrative. Seen in a news file dropped in without a date: "the fabled 11th century
temple" became the reference and "In January this year" came out as January of the year 1000.
Our own sentences, news and narrative, with and without a document date."""

from __future__ import annotations

from datetime import date

from explorer.temporal import tag
from explorer.temporal.narrative import narrative_at, passages
from explorer.temporal.grammar import find_candidates
from explorer.temporal.timex import DOCUMENT_ANCHOR, Timex

# News: two explicit dates, a century naming a building, then deictic years.
NEWS = ("GENEVA (AP) _ Investigators said Tuesday they had found the wreck of a survey boat lost in "
        "May 2003. The crew had been mapping the lake floor near Saint-Ours, the old 12th century abbey "
        "that draws most of the region's visitors, when the boat sank. In January this year, divers "
        "reported a hull on the sonar. The harbour office said it had reopened the file this month. "
        "In July last year the family asked for a new search, and in the 1990s a similar boat sank too. "
        "In March the divers returned.")

# A narrative: many explicit years, no deictic word but the ones under test.
STORY = ("The valley was settled in 1802. The first mill opened in 1810, and a school followed in 1815. "
         "A road reached the town in 1817 and a bank in 1819. In 1821 a flood destroyed the lower town, "
         "the worst since the 1700s. The church, an 18th century building, lost its roof. "
         "In January this year the settlers rebuilt the bridge. This month also saw the first "
         "elections. In March the council met again. By 1824 the town had doubled, and in 1826 and "
         "1828 new streets were laid out.")


def _by_text(timexes: list[Timex]) -> dict[str, Timex]:
    return {t.text: t for t in timexes}


def _is_narrative(text: str, dct: date | None, pos: int) -> bool:
    return narrative_at(passages(text, find_candidates(text), dct, dct is not None), pos)


def test_news_without_a_date_leaves_deictic_years_on_the_document() -> None:
    assert not _is_narrative(NEWS, None, NEWS.index("In January"))
    got = _by_text(tag(NEWS))
    assert got["12th century"].value == "11"  # still tagged, as TimeML does
    for text, value in (("January this year", "XXXX-01"), ("this month", "XXXX-XX"),
                        ("July last year", "XXXX-07")):
        t = got[text]
        assert (t.value, t.begin, t.certainty, t.anchor) == (value, None, "undated", DOCUMENT_ANCHOR), text


def test_news_with_a_date_counts_deictic_years_from_it() -> None:
    got = _by_text(tag(NEWS, date(2011, 2, 15)))
    assert got["January this year"].value == "2011-01"
    assert got["this month"].value == "2011-02"
    assert got["July last year"].value == "2010-07"  # not counted from the January just named
    # a year named earlier in the same sentence does not move the writer's "this year"
    same = _by_text(tag("The boat was lost in May 2003, and in January this year divers found it.",
                        date(2011, 2, 15)))
    assert same["January this year"].value == "2011-01"


def test_a_century_or_decade_never_becomes_the_reference() -> None:
    for dct in (None, date(2011, 2, 15)):
        got = _by_text(tag(NEWS, dct))
        for t in got.values():
            if t.begin is not None and t.text not in ("12th century", "the 1990s"):
                assert t.begin.year >= 2003, (dct, t.text, t.value, t.derivation)
    # "In March" after "the 1990s": counted from the document, not from the decade
    assert _by_text(tag(NEWS, date(2011, 5, 15)))["March"].value == "2011-03"


def test_narrative_counts_this_year_from_the_story_year() -> None:
    for dct in (None, date(2020, 5, 1)):
        assert _is_narrative(STORY, dct, STORY.index("In January")), dct
        got = _by_text(tag(STORY, dct))
        assert got["January this year"].value == "1821-01", dct  # not the 18th century's, not 2020's
        assert got["This month"].value == "1821-01", dct
        assert got["March"].value == "1821-03", dct


def test_a_yearless_date_right_after_a_century_follows_the_last_year() -> None:
    text = ("The army crossed the river in 1812. The bridge, a 14th century structure, held. "
            "In 1813 the army came back over the hills. On May 2 it reached the bridge. "
            "In 1814 the war ended, and in 1815 the troops went home. The old town dates from the "
            "1600s. In June the last of them left.")
    got = _by_text(tag(text))
    assert got["May 2"].value == "1813-05-02"
    assert got["June"].value == "1815-06"


def test_a_decade_later_still_counts_from_the_decade() -> None:
    text = ("The town was founded in 1901, and its port opened in 1905. Trade grew in 1910 and 1912. "
            "The harbour was rebuilt in the 1960s. A decade later the railway arrived.")
    assert _by_text(tag(text))["A decade later"].value == "197"


def test_news_without_a_date_leaves_weekdays_and_last_month_on_the_document() -> None:
    text = ("BERN (AP) _ Two hikers were missing in the Alps on Wednesday, the police said. The pair set "
            "out from a hut on the ridge on June 3, 2004. A helicopter crashed on the same ridge last "
            "February. Rescuers reached the hut on June 5, 2004. The search resumed Thursday, the "
            "police said.")
    assert not _is_narrative(text, None, text.index("last February"))
    got = _by_text(tag(text))
    for said in ("Thursday", "last February"):
        t = got[said]
        assert (t.begin, t.certainty, t.anchor) == (None, "undated", DOCUMENT_ANCHOR), (said, t.value, t.derivation)
    # given the date, the same words count from it
    dated = _by_text(tag(text, date(2011, 3, 11)))
    assert dated["Thursday"].value == "2011-03-10"
    assert dated["last February"].value == "2011-02"
