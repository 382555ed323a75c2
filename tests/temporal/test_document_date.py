"""The document's own date: printed (header, byline, dateline, stamp, footer), inferred, or unknown,
and carried on every event record with where it came from."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from explorer.documents.document import Document
from explorer.exports.data import write_events
from explorer.ingest import date_document, extract_document, extract_paths
from explorer.temporal.document_date import infer_document_date, printed_document_date


@pytest.mark.parametrize("text,when,source", [
    ("WASHINGTON, March 3, 2019 — The president said on Monday that the plant opens in December 2024, "
     "and that he had met the governor in 2018 to talk about it at length over a long lunch.", "2019-03-03", "dateline"),
    ("Kabul, Afghanistan, 3 March 2019: Officials met.", "2019-03-03", "dateline"),
    ("CANBERRA, Australia, March 3, 2019 (AP)_ Qantas will double its flights.", "2019-03-03", "dateline"),
    ("\nHAVANA, August 7 (Xinhua) --\nThe government on Friday condemned the bombs that exploded on July 30, 1998.",
     "1998-08-07", "dateline"),
    ("Iran's new envoy\nBy Jane Doe | Updated Mar. 6, 2019\n\nThe envoy arrived.", "2019-03-06", "header"),
    ("ANALYSIS\nMarch 6, 2019 | 10:42 AM\n\nThe text.", "2019-03-06", "header"),
    ("Published: 3 March 2019 10:42 GMT\nThe text begins here.", "2019-03-03", "header"),
    ("Some headline\n19980213\n\nThe text.", "1998-02-13", "header"),
    ("March 6, 2019\nLONDON (Reuters) - The economy shrank, officials said on Tuesday.", "2019-03-06", "header"),
    ("Economy shrinks\nBy Jane Doe, Reuters, 6 March 2019\nLONDON (Reuters) - It shrank.", "2019-03-06", "header"),
    ("Economy shrinks\nWed 6 Mar 2019 10.42 GMT\n\nThe economy shrank.", "2019-03-06", "header"),
    ("LONDON (Reuters) - The economy shrank, officials said.\n\nMore text about it.\n\n"
     "Posted on March 3, 2019 by admin", "2019-03-03", "header"),
])
def test_printed_dates_wherever_the_page_puts_them(text: str, when: str, source: str) -> None:
    assert printed_document_date(text) == (date.fromisoformat(when), source)


def test_a_date_in_a_body_sentence_is_no_printed_date() -> None:
    text = ("The economy shrank, officials said on Tuesday in a report on the events of March 3, 2019 "
            "and more.\nThey expect growth.")
    assert printed_document_date(text) is None


def test_a_later_date_in_the_body_never_beats_a_printed_dateline() -> None:
    text = ("PARIS, January 10, 2019 — The company said the new plant opens in December 2024. "
            "It was announced on March 3, 2020 that work had started.")
    doc = date_document(Document("a.txt", text, "a"))
    assert (doc.date, doc.date_source) == (date(2019, 1, 10), "dateline")


def test_an_inferred_date_is_not_earlier_than_what_the_text_reports_as_past() -> None:
    text = "The minister resigned on March 3, 2019. A new cabinet was formed on April 2."
    assert infer_document_date(text, today=date(2025, 1, 1)) == date(2019, 4, 2)


@pytest.mark.parametrize("text", [
    "The talks have gone on since 2019. Officials met last Monday and will meet again next week.",
    "Everyone agrees that the reforms of the 1990s failed. Yesterday the minister said so again.",
    "A plan unveiled on Tuesday would build the plant by 2030.",
])
def test_too_little_gives_an_unknown_date_and_undated_anchored_relatives(text: str) -> None:
    extracted = extract_document(Document("a.txt", text, "a"))
    assert extracted.document.date is None and extracted.document.date_source == "unknown"
    relative = [e for e in extracted.events if e.timex.lower().startswith(("last", "yesterday", "tuesday"))]
    assert relative, [e.timex for e in extracted.events]
    for event in relative:
        assert event.begin is None and event.certainty == "undated"
        assert event.anchor is not None and "#" not in event.anchor  # hangs on the document itself
        assert (event.doc_date, event.doc_date_source) == (None, "unknown")


def test_relative_dates_move_when_the_user_gives_the_date() -> None:
    text = "The talks have gone on since 2019. Officials met last Monday."
    extracted = extract_document(Document("a.txt", text, "a"), dct=date(2021, 6, 9))  # a Wednesday
    monday = next(e for e in extracted.events if e.timex == "last Monday")
    assert monday.begin is not None and monday.begin.weekday() == 0 and monday.begin < date(2021, 6, 9)
    assert (monday.doc_date, monday.doc_date_source) == ("2021-06-09", "given")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_every_record_says_its_document_date_and_source_in_every_format(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "a.txt").write_text("PARIS, January 10, 2019 — The summit opened on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The summit opened on Monday. It closed two days later.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("The summit opened on Monday.\n", encoding="utf-8")
    (tmp_path / "c.meta.json").write_text('{"date": "2019-02-01"}', encoding="utf-8")
    corpus = extract_paths([tmp_path], jobs=1)
    out = io.StringIO()
    write_events(corpus.events, out, fmt)
    text = out.getvalue()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    elif fmt == "json":
        rows = json.loads(text)
    else:
        rows = [json.loads(line) for line in text.splitlines()]
    by_doc = {Path(r["doc"]).name: (r["doc_date"] or None, r["doc_date_source"]) for r in rows}
    assert by_doc == {"a.txt": ("2019-01-10", "dateline"), "b.txt": (None, "unknown"),
                      "c.txt": ("2019-02-01", "sidecar")}


def test_an_undated_relative_event_is_dated_once_the_user_sets_the_document_date() -> None:
    from explorer.curation import edits
    from explorer.store import Project

    project = Project()
    project.add_extracted(extract_document(Document("a.txt", "The talks began in 2019. Officials met last Monday.", "a")))
    (monday,) = [e for e in project.events() if e.timex == "last Monday"]
    assert monday.begin is None and monday.doc_date_source == "unknown"
    project.apply(edits.set_document_date(project, project.documents()[0].hash, date(2021, 6, 9)))
    (monday,) = [e for e in project.events() if e.timex == "last Monday"]
    assert monday.begin == date(2021, 6, 7) and (monday.doc_date, monday.doc_date_source) == ("2021-06-09", "given")


def test_tag_says_an_expression_waits_for_the_document_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from explorer.cli import main

    path = tmp_path / "a.txt"
    path.write_text("The talks began in 2019. Officials met last Monday.\n", encoding="utf-8")
    assert main(["tag", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    monday = next(r for r in rows if r["text"] == "last Monday")
    assert monday["anchor"] == "document" and monday["begin"] is None


@pytest.mark.parametrize("weekday_date, when", [
    ("Monday, Oct. 26", date(1998, 10, 26)),  # after 1995 the first Monday 26 October is in 1998
    ("Thursday, Jan. 6", date(2000, 1, 6)),
    ("Saturday, April 25", date(1998, 4, 25)),
])
def test_a_yearless_weekday_date_pins_the_year_after_what_the_text_reports(weekday_date: str, when: date) -> None:
    text = (f"The Courier said in an editorial on {weekday_date}: the attacks on clinics that began in 1995 "
            "must end, and the state must protect its doctors.")
    assert infer_document_date(text, today=date(2024, 1, 1)) == when


def test_a_weekday_date_with_nothing_reported_before_it_stays_unknown() -> None:
    assert infer_document_date("The Courier said in an editorial on Monday, Oct. 26: enough.", today=date(2024, 1, 1)) is None


def test_a_year_and_yearless_days_leave_the_date_unknown() -> None:
    """ "the largest outbreak since 2014 ... the first case on January 24": the year only says the
    article is from 2014 or later, so "January 24" and "Tuesday" cannot be placed (issue 11: unknown,
    never an invented 2014-12-31 that moves every relative date)."""
    text = ("Health officials confirmed four more cases on Tuesday. The first case was reported on "
            "January 24. The outbreak is the county's largest since 2014, when 22 people were infected.")
    assert infer_document_date(text, today=date(2024, 1, 1)) is None


@pytest.mark.parametrize("text, when", [
    # guard: one year told (2024) is too little to pick the year by the weekday
    ("KELLOW, Sept 9 (Harbour Wire) - The port authority fined two shipping firms on Tuesday for dumping "
     "ballast water. The fines follow a rule that took effect in 2024.", None),
    ("ORMSBY, March 4 (Coast News) - Flood barriers failed on Sunday and the mayor declared an emergency on "
     "Tuesday, officials said. The barrier was last repaired in 2023 and raised in 2021.", date(2025, 3, 4)),
    ("LISBON, Sept 19 (Wire) - Dock workers walked out on Thursday, union officials said. The port handled "
     "1.2 million containers in 2023, and the last strike, in 2019, lasted nine days.", date(2024, 9, 19)),
    ("CARROW, Feb 11 (Daily Wire) -- Two lorries collided on the bypass on Tuesday. The road was "
     "widened in 2022 and a new junction will open in 2026.", date(2025, 2, 11)),
    # two weekdays fit two years, but one of them is a year the text writes out for what it tells as
    # past, which wire style does only for another year than the story's own: the other year
    ("TARLEY, May 6 (Northwire) - Dock workers walked out on Tuesday and on Friday the port closed. The "
     "last strike, in 2022, lasted a week, and wages were cut in 2023.", date(2025, 5, 6)),
    ("BRAMLEY, Oct 3 (Wire) -- Shares slid on Monday, and on Thursday the bank raised its rates. Rates "
     "were cut in 2020 and again in 2022.", date(2024, 10, 3)),
    ("HALE, March 9 (Coastwire) - A ferry ran aground on Saturday and on Monday divers began to refloat "
     "her. The ferry was built in 2023 and refitted in 2024.", date(2026, 3, 9)),
    # guard: Monday fits 2023 and Thursday 2025: two years fit, so the weekdays do not say which
    ("DUNMORE, Nov 20 (Valley Press) - Workers walked out on Monday, and on Thursday the company agreed to "
     "reopen talks. The plant opened in 2023.", None),
    # guard: Tuesday 11 February fits 2025 alone near 2025, but the text reports March 2025 as past
    ("CARROW, Feb 11 (Daily Wire) - Two lorries collided on the bypass on Tuesday. The bypass was "
     "closed for repairs in March 2025.", None),
    # guard: Monday 12 February fits 2001 alone near 2001, but a month of 2001 after it is told as past
    ("HARLOW, Feb 12 (Wire) - Fishermen blocked the quay on Monday. Their co-operative was set up in "
     "March 2001 and has 300 members.", None),
    # guard: two copyright notices with different years: the page's year is unsure, and so is the weekday's
    ("LOWMOOR, March 14 (Coast News) - The council said on Friday the bridge would stay shut. It was "
     "built in 2023.\n© 2024 Coast News. Photo © 2021 Ann Lee\n", None),
    # guard: a lead that names no weekday leaves the year unknown
    ("LANHAM, May 2 (Newsline) - Grain prices rose sharply this week, traders said. Output fell in 2022.", None),
    # guard: no year near the one the text states puts 17 June on a Sunday
    ("ASHBY, June 17 (Newsline) - The mill closed its doors on Sunday. It was founded in 2023.", None),
])
def test_a_yearless_dateline_takes_the_year_its_leads_weekday_falls_in(text: str, when: date | None) -> None:
    """Wire style names the story's own day by its weekday: a yearless dateline's day falls on it one
    year in six or seven, and the year near those the text states where it does is the story's (issue
    11: "BRESKA, Aug 6 (Tidewire) - ... reported a loss on Wednesday" was left undated)."""
    printed = printed_document_date(text)
    assert (printed[0] if printed else None) == when
