"""What the exports write for a date: TimelineJS display text and span ends, valid TIMEX3 values with
their anchors, CSV lists that read back exactly."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date

from explorer.events.record import Event
from explorer.exports.data import write_csv
from explorer.exports.timelinejs import timeline_slide
from explorer.exports.timeml import to_timeml
from explorer.temporal.timex import Timex

#: A TIMEX3 value as TimeML 1.2 allows it (dates, weeks, seasons, times, durations, references).
TIMEX3_VALUE = re.compile(
    r"^(\d{4}|\d{3}|\d{2}|X{4})(-(\d{2}|W\d{2}|SP|SU|FA|WI|Q\d|H\d|XX)(-\d{2})?)?(T[\d:]+|TMO|TAF|TEV|TNI)?$"
    r"|^P[\dYMWDTHS.X]+$|^(PAST|PRESENT|FUTURE)_REF$"
)


def event(**changes) -> Event:
    base = Event(
        id="a#0", doc="a.txt", title="Talks", sentence="Talks were held in May.", sentence_start=0, sentence_end=23,
        timex="May", timex_start=19, timex_end=22, value="2019-05", type="DATE", begin=date(2019, 5, 1),
        end=date(2019, 5, 31), certainty="exact", actors=("Smith; Jones", "Ruiz"), places=("Rome",),
    )
    return replace(base, **changes)


def test_timelinejs_display_date_comes_from_the_dates_not_the_words():
    slide = timeline_slide(event())
    assert slide["start_date"]["display_date"] == "May 2019"  # not "May": the year shows
    redated = timeline_slide(event(begin=date(2020, 3, 2), end=date(2020, 3, 2), value="2020-03-02"))
    assert redated["start_date"]["display_date"] == "2 March 2020"  # follows a user's re-dating


def test_timelinejs_spans_end_on_their_last_day():
    slide = timeline_slide(event(timex="2001-2004", value="2001/2004", begin=date(2001, 1, 1), end=date(2004, 12, 31)))
    assert slide["start_date"]["year"] == 2001 and "month" not in slide["start_date"]
    assert slide["end_date"] == {"year": 2004, "month": 12, "day": 31}  # {year: 2004} would mean 1 January
    assert slide["start_date"]["display_date"] == "2001 \u2013 2004"
    assert slide["record"]["actors"] == ["Smith; Jones", "Ruiz"]  # the full record rides along


def test_timelinejs_display_date_writes_years_before_1_as_a_reader_does():
    """264 BC is astronomical year -263 in the record and in TimelineJS's numeric ``year`` (as
    JavaScript's ``Date`` counts), but a reader's "264 BC" in the text TimelineJS shows."""
    from explorer.calendar import Day

    year = timeline_slide(event(timex="264 BC", value="BC0264", begin=Day.of(-263), end=Day.of(-263, 12, 31)))
    assert year["start_date"]["year"] == -263
    assert year["start_date"]["display_date"] == "264 BC"
    war = timeline_slide(event(timex="264-241 BC", value="BC0264/BC0241", begin=Day.of(-263), end=Day.of(-240, 12, 31)))
    assert war["start_date"]["display_date"] == "264 BC \u2013 241 BC"
    day = timeline_slide(event(timex="15 March 44 BC", value="BC0044-03-15", begin=Day.of(-43, 3, 15), end=Day.of(-43, 3, 15)))
    assert day["start_date"]["display_date"] == "15 March 44 BC"
    month = timeline_slide(event(timex="February 1 BC", value="BC0001-02", begin=Day.of(0, 2, 1), end=Day.of(0, 2, 29)))
    assert month["start_date"]["display_date"] == "February 1 BC"  # year 0 is a leap year: the whole month


def test_timeml_values_are_valid_timex3_and_anchored_ones_name_their_anchor():
    text = "On 11 March 2019 talks began; two weeks later they ended. Yesterday we learnt more."
    timexes = [
        Timex(3, 16, "11 March 2019", "DATE", "2019-03-11/2019-03-17", begin=date(2019, 3, 11), end_day=date(2019, 3, 17),
              derivation="user"),
        Timex(30, 45, "two weeks later", "DATE", "2019-03-25", begin=date(2019, 3, 25), end_day=date(2019, 3, 25),
              derivation="anchored", anchor=0),
        Timex(58, 67, "Yesterday", "DATE", "2019-04-01", begin=date(2019, 4, 1), end_day=date(2019, 4, 1),
              derivation="relative"),
    ]
    root = ET.fromstring(to_timeml(text, timexes, date(2019, 4, 2)))
    tags = {t.get("tid"): t for t in root.iter("TIMEX3")}
    assert all(TIMEX3_VALUE.match(t.get("value")) for t in tags.values()), [t.get("value") for t in tags.values()]
    span = next(t for t in tags.values() if t.text == "11 March 2019")
    assert span.get("type") == "DURATION" and span.get("value") == "P7D"
    assert tags[span.get("beginPoint")].get("value") == "2019-03-11" and tags[span.get("endPoint")].get("value") == "2019-03-17"
    later = next(t for t in tags.values() if t.text == "two weeks later")
    assert later.get("temporalFunction") == "true" and later.get("anchorTimeID") == span.get("tid")
    yesterday = next(t for t in tags.values() if t.text == "Yesterday")
    assert yesterday.get("anchorTimeID") == "t0"  # the document's creation time
    assert "".join(root.find("TEXT").itertext()) == text


def test_csv_lists_read_back_exactly():
    out = io.StringIO()
    write_csv([event()], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert json.loads(row["actors"]) == ["Smith; Jones", "Ruiz"] and json.loads(row["places"]) == ["Rome"]


def test_timeml_writes_each_end_of_a_range_with_its_own_value():
    """Issue 11: a range is marked the TimeML way, both ends found, each with its own value and the
    shared year or month distributed; the jsonl of ``tag`` did so, the TimeML of ``tag`` and
    ``extract`` wrote one tag valued as its first end ("June to August 2020" -> 2020-06)."""
    from explorer.temporal import tag

    text = ("The pool was shut from June to August 2020. Repairs ran 3-5 May 2021. "
            "Ballots were counted on 4 and 6 June 2021. Hail fell between 12 and 14 October 2021.")
    root = ET.fromstring(to_timeml(text, tag(text, date(2022, 1, 5)), date(2022, 1, 5)))
    marked = [(t.text, t.get("value")) for t in root.find("TEXT").iter("TIMEX3") if t.text]
    assert marked == [("June", "2020-06"), ("August 2020", "2020-08"), ("3", "2021-05-03"), ("5 May 2021", "2021-05-05"),
                      ("4", "2021-06-04"), ("6 June 2021", "2021-06-06"), ("12", "2021-10-12"),
                      ("14 October 2021", "2021-10-14")], marked
    assert "".join(root.find("TEXT").itertext()) == text


def test_an_expression_anchored_on_a_range_names_the_ranges_first_end():
    text = "Talks ran from May to June 2019; a week later they resumed."
    may = Timex(15, 18, "May", "DATE", "2019-05", begin=date(2019, 5, 1), end_day=date(2019, 5, 31))
    june = Timex(22, 31, "June 2019", "DATE", "2019-06", begin=date(2019, 6, 1), end_day=date(2019, 6, 30))
    whole = Timex(15, 31, "May to June 2019", "DATE", "2019-05", begin=may.begin, end_day=june.end_day,
                  derivation="range 2019-05 to 2019-06", parts=(may, june))
    later = Timex(33, 45, "a week later", "DATE", "2019-07-07", begin=date(2019, 7, 7), end_day=date(2019, 7, 7),
                  derivation="anchored", anchor=0)
    root = ET.fromstring(to_timeml(text, [whole, later], None))
    tags = {t.text: t for t in root.iter("TIMEX3")}
    assert [t.text for t in root.iter("TIMEX3")] == ["May", "June 2019", "a week later"]
    assert tags["a week later"].get("anchorTimeID") == tags["May"].get("tid")
    redated = replace(whole, value="2019-05", derivation="user")  # the user's value for the whole range stays one tag
    assert [t.text for t in ET.fromstring(to_timeml(text, [redated], None)).iter("TIMEX3")] == ["May to June 2019"]


def test_timeml_says_where_the_document_date_came_from():
    """Every format carries ``doc_date_source``; TimeML's DCT has no attribute for it, so a comment
    beside it says it (an inferred creation time must not pass for a printed one)."""
    text = "Talks ended on Tuesday."
    tuesday = Timex(15, 22, "Tuesday", "DATE", "2019-04-02", begin=date(2019, 4, 2), end_day=date(2019, 4, 2),
                    derivation="relative")
    inferred = to_timeml(text, [tuesday], date(2019, 4, 4), date_source="inferred")
    assert "<!-- doc_date: 2019-04-04, doc_date_source: inferred -->" in inferred
    assert ET.fromstring(inferred).find("DCT/TIMEX3").get("value") == "2019-04-04"
    unknown = to_timeml(text, [], None, date_source="unknown")
    assert "<!-- doc_date: unknown, doc_date_source: unknown -->" in unknown and ET.fromstring(unknown).find("DCT") is None
