"""The user's edits on years before 1: re-dating to "264 BC", adding an event at "480 BC", the events
anchored on a re-dated one, undo and redo, saving and reopening (issue 11: the record carries BC days;
the session-15 audit found the edits refused them: "not a date: '264 BC'")."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.calendar import Day
from explorer.curation import edits
from explorer.curation.edits import DateNeeded
from explorer.curation.user_spans import read_from, shift_like, value_for_span
from explorer.documents import Document
from explorer.ingest import extract_document
from explorer.store import Project
from explorer.temporal.normalize import bc_span

PORT = (
    "The Port on the Headland\n\n"
    "Fishermen settled the headland in 612 BC and built a wooden quay there. "
    "The elders signed a pact with the river towns in 501 BC. Traders from the south came in the spring. "
    "A fire destroyed the quay in 540 BC.\n"
)


def port_project() -> Project:
    project = Project()
    project.add_extracted(extract_document(Document("port.txt", PORT, "port.txt"), None))
    return project


def find(project: Project, timex: str):
    return next(e for e in project.events(include_rejected=True) if e.timex == timex)


@pytest.mark.parametrize("phrase, first, last", [
    ("264 BC", (-263, 1, 1), (-263, 12, 31)),
    ("146 B.C.", (-145, 1, 1), (-145, 12, 31)),
    ("March 44 BC", (-43, 3, 1), (-43, 3, 31)),
    ("the 3rd century BC", (-299, 1, 1), (-200, 12, 31)),
    ("-0263-03-01", (-263, 3, 1), (-263, 3, 1)),
    ("BC0480", (-479, 1, 1), (-479, 12, 31)),  # the value the edit dialog shows for such an event
])
def test_typed_years_before_one_read_as_days(phrase, first, last) -> None:
    begin, end = edits.parse_date(phrase, before_year_one=True)
    assert (begin, end) == (Day.of(*first), Day.of(*last))


@pytest.mark.parametrize("phrase", ["2019", "March 2019", "14 April 2019", "2019-04-14", "AD 79"])
def test_years_of_our_era_read_as_before(phrase) -> None:
    assert edits.parse_date(phrase, before_year_one=True) == edits.parse_date(phrase)
    assert all(type(d) is date for d in edits.parse_date(phrase, before_year_one=True))


def test_a_document_date_before_year_one_is_refused_in_words_that_say_why() -> None:
    with pytest.raises(DateNeeded, match="before year 1"):
        edits.parse_date("264 BC")
    with pytest.raises(DateNeeded, match="not a date"):
        edits.parse_date("when the harbour froze", before_year_one=True)


@pytest.mark.parametrize("value", ["BC0264", "BC0044-03", "BC0044-03-15", "BC047", "BC02", "BC0001"])
def test_value_of_a_user_span_before_year_one_is_the_taggers(value) -> None:
    assert value_for_span(*bc_span(value)) == value


def test_shift_crosses_year_one_both_ways() -> None:
    spring = (date(1941, 3, 1), date(1941, 5, 31))
    moved = shift_like(*spring, date(1941, 1, 1), Day.of(-263, 1, 1))
    assert moved == (Day.of(-263, 3, 1), Day.of(-263, 5, 31))
    assert shift_like(*moved, Day.of(-263, 1, 1), date(1941, 1, 1)) == spring
    week = shift_like(date(1941, 12, 7), date(1941, 12, 13), date(1941, 12, 1), Day.of(-263, 4, 10))
    assert week == (Day.of(-263, 4, 16), Day.of(-263, 4, 22))


@pytest.mark.parametrize("phrase", ["the next day", "two weeks later", "the spring", "three years later", "the following March"])
def test_a_relative_phrase_reads_from_a_bc_reference_as_from_any_other(phrase) -> None:
    """Moved back by whole 400-year cycles, a reference gives the same reading moved back as many."""
    reference = date(1937, 6, 9)
    direct = temporal.parse_date_phrase(phrase, reference)
    cycles = 6  # 2400 years: 464 BC
    back = read_from(temporal.parse_date_phrase, phrase, Day(reference.toordinal() - cycles * 146097))
    assert direct is not None and back is not None
    assert [d.toordinal() - cycles * 146097 for d in direct] == [d.toordinal() for d in back]


def test_redate_to_bc_moves_anchored_events_undoes_redoes_saves_and_reopens(tmp_path) -> None:
    project = port_project()
    pact, spring = find(project, "501 BC"), find(project, "the spring")
    assert spring.anchor == pact.id and spring.begin.year == -500
    before = [(e.id, e.begin, e.end, e.value) for e in project.events()]
    with pytest.raises(DateNeeded):
        edits.redate(project, pact.id, "when the harbour froze")
    assert not project.undo_stack.can_undo  # nothing lost, nothing pushed
    project.apply(edits.redate(project, pact.id, "264 BC"))
    now = project.event(pact.id)
    assert (now.begin, now.end, now.value, now.derivation) == (Day.of(-263), Day.of(-263, 12, 31), "BC0264", "user")
    moved = project.event(spring.id)
    assert (moved.begin.year, moved.begin.month, moved.end.month) == (-263, 3, 5)  # the spring follows
    after = [(e.id, e.begin, e.end, e.value) for e in project.events()]
    project.undo_stack.undo()
    assert [(e.id, e.begin, e.end, e.value) for e in project.events()] == before
    project.undo_stack.redo()
    assert [(e.id, e.begin, e.end, e.value) for e in project.events()] == after
    path = tmp_path / "port.tlproj"
    project.save(path)
    reopened = Project.open(path)
    assert [(e.id, e.begin, e.end, e.value) for e in reopened.events()] == after
    assert reopened.get_edit(reopened.row(pact.id).key).date_text == "264 BC"


def test_an_event_added_at_480_bc_saves_and_reopens(tmp_path) -> None:
    project = port_project()
    doc = project.documents()[0]
    start = PORT.index("built a wooden quay")
    end = start + len("built a wooden quay")
    with pytest.raises(DateNeeded):
        edits.add_event(project, doc.hash, start, end)
    project.apply(edits.add_event(project, doc.hash, start, end, span=edits.parse_date("480 BC", before_year_one=True)))
    added = next(e for e in project.events() if e.timex == "built a wooden quay")
    assert (added.begin, added.end, added.value) == (Day.of(-479), Day.of(-479, 12, 31), "BC0480")
    project.save(tmp_path / "p.tlproj")
    again = next(e for e in Project.open(tmp_path / "p.tlproj").events() if e.timex == "built a wooden quay")
    assert (again.begin, again.end, again.value) == (added.begin, added.end, added.value)
