"""Years before 1 end to end: a history of the Punic Wars gives its events with their BC days, they
sort with ordinary dates, and every export and the timeline's columns take them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np

from explorer.calendar import Day
from explorer.exports.data import write_events
from explorer.navigation import TimeOrder
from explorer.ingest import extract_paths
from explorer.timeline.events_array import NO_DAY, EventsArray, event_columns

HISTORY = """The Punic Wars

Rome and Carthage first went to war in 264 BC over the city of Messana in Sicily. The Roman fleet won
its first great sea battle at Mylae in 260 BC. After years of fighting at sea, the war ended in
241 BC when Carthage gave up Sicily. In 218 BC Hannibal led his army and his elephants across the
Alps into Italy. In 216 he destroyed a Roman army at Cannae. Scipio defeated him at Zama in 202 B.C.
and Carthage made peace. The city itself was razed by Rome in 146 B.C. after a siege of three years.
The story of these wars was told again in the nineteenth century, and a museum opened in 1985.
"""


def _events(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "punic.txt"
    path.write_text(HISTORY, encoding="utf-8")
    corpus = extract_paths([path], jobs=1)
    return [e for e in corpus.events if e.begin is not None]


def test_bc_events_carry_their_days_and_sort_with_ordinary_dates(tmp_path: Path) -> None:
    events = _events(tmp_path)
    by_timex = {e.timex: e for e in events}
    for timex, year in (("264 BC", -263), ("260 BC", -259), ("241 BC", -240), ("218 BC", -217), ("216", -215),
                        ("202 B.C.", -201), ("146 B.C.", -145)):
        e = by_timex[timex]
        assert isinstance(e.begin, Day) and (e.begin.year, e.end.year) == (year, year), timex
        assert (e.begin.month, e.begin.day, e.end.month, e.end.day) == (1, 1, 12, 31)
        assert e.certainty == "exact" and e.value == f"BC{1 - year:04d}"
    ordered = [e.timex for e in TimeOrder(events).events]
    assert ordered[:7] == ["264 BC", "260 BC", "241 BC", "218 BC", "216", "202 B.C.", "146 B.C."]
    assert ordered[-1] == "1985"
    assert sorted(events, key=lambda e: e.begin)[0].timex == "264 BC"  # Day and date order together


def test_every_export_writes_bc_days(tmp_path: Path) -> None:
    events = _events(tmp_path)
    out = io.StringIO()
    write_events(events, out, "jsonl")
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {(r["timex"], r["begin"], r["end"]) for r in rows} >= {("264 BC", "-0263-01-01", "-0263-12-31"),
                                                               ("146 B.C.", "-0145-01-01", "-0145-12-31")}
    out = io.StringIO()
    write_events(events, out, "csv")
    assert {(r["timex"], r["begin"]) for r in csv.DictReader(io.StringIO(out.getvalue()))} >= {("264 BC", "-0263-01-01")}
    out = io.StringIO()
    write_events(events, out, "json")
    assert "-0145-01-01" in out.getvalue()
    out = io.StringIO()
    write_events(events, out, "timelinejs")
    starts = [e["start_date"]["year"] for e in json.loads(out.getvalue())["events"]]
    assert -263 in starts and 1985 in starts
    out = io.StringIO()
    write_events(events, out, "ics")  # iCalendar cannot write a year before 1: those are left out, the rest kept
    assert "DTSTART;VALUE=DATE:19850101" in out.getvalue() and "-0263" not in out.getvalue() and "-263" not in out.getvalue()


def test_timeline_columns_give_bc_days_real_ordinals(tmp_path: Path) -> None:
    events = _events(tmp_path)
    begin, end, _certainty, _flags = event_columns(events)
    assert NO_DAY not in begin
    first = [i for i, e in enumerate(events) if e.timex == "264 BC"][0]
    assert begin[first] == Day.of(-263).ordinal and end[first] == Day.of(-263, 12, 31).ordinal
    arr = EventsArray.from_events(events, lanes="none")
    assert len(arr) == len(events) and np.all(arr.end >= arr.begin)
    assert arr.begin.min() < 0  # before 1970, and before year 1


def test_a_project_file_keeps_bc_days(tmp_path: Path) -> None:
    from explorer.store.record_json import event_from_json, event_to_json, _timex_from_dict, _timex_to_dict
    from explorer.temporal import tag

    events = _events(tmp_path)
    for e in events:
        assert event_from_json(event_to_json(e)) == e
    for t in tag(HISTORY, None):
        assert _timex_from_dict(_timex_to_dict(t)) == t


def test_sentences_do_not_break_after_bc_or_ad() -> None:
    from explorer.sentences import split_sentences

    text = "In 146 B.C. Carthage was razed by Rome. About A.D. 9 Varus lost three legions. In 44 B.C.E. Caesar died."
    assert [s.text(text) for s in split_sentences(text)] == [
        "In 146 B.C. Carthage was razed by Rome.", "About A.D. 9 Varus lost three legions.", "In 44 B.C.E. Caesar died."]
