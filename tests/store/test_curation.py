"""Every kind of edit, undone and redone; filters; edits that follow dates; orphans kept."""

from __future__ import annotations

from datetime import date

import pytest

from explorer import temporal
from explorer.curation import edits
from explorer.curation.edits import DateNeeded
from explorer.curation.filters import EventFilter
from explorer.documents import Document
from explorer.events.record import Event
from explorer.ingest import ExtractedDocument, extract_document
from explorer.store import Change, Project, content_hash
from explorer.curation.user_spans import value_for_span


def make_project(*texts: tuple[str, str], dct: date | None = None) -> Project:
    project = Project()
    for name, text in texts:
        project.add_extracted(extract_document(Document(name, text, name), dct))
    return project


def find(project: Project, timex: str) -> Event:
    matches = [e for e in project.events(include_rejected=True) if e.timex == timex]
    assert matches, [e.timex for e in project.events(include_rejected=True)]
    return matches[0]


def snapshot(project: Project) -> tuple:
    rows = project.rows(include_hidden=True)
    return tuple((r.event, r.curation, r.hidden) for r in rows), tuple(d.user_date for d in project.documents())


def test_undo_redo_over_every_kind_of_edit(fx) -> None:
    project = make_project(("flood.txt", fx.FLOOD), ("treaty.txt", fx.TREATY))
    flood = project.documents()[0]
    march, june, april = (find(project, t).id for t in ("March 3, 2019", "June 2018", "14 April 2019"))
    text = flood.document.text
    selection = text.index("days of heavy rain")
    states = [snapshot(project)]
    labels = []

    def do(command) -> None:  # noqa: ANN001
        project.apply(command)
        labels.append(command.label)
        assert project.undo_stack.undo_label == command.label
        states.append(snapshot(project))

    do(edits.redate(project, march, "March 2019"))
    assert project.event(march).begin == date(2019, 3, 1) and project.event(march).value == "2019-03"
    assert project.event(march).derivation == "user" and "date" in project.curation(march).edited
    do(edits.retitle(project, march, "Weather office warns"))
    assert project.event(march).title == "Weather office warns"
    do(edits.set_lane(project, march, "Warnings"))
    do(edits.star(project, march))
    do(edits.add_tag(project, march, "weather"))
    do(edits.add_tag(project, march, "official"))
    do(edits.remove_tag(project, march, "weather"))
    do(edits.annotate(project, march, "Check the office's archive"))
    do(edits.reject(project, june))
    assert june not in {e.id for e in project.events()}
    assert june in {e.id for e in project.events(include_rejected=True)}
    do(edits.restore(project, june))
    do(edits.reject(project, june))
    do(edits.merge(project, march, april))
    assert april not in {e.id for e in project.events(include_rejected=True)}
    assert project.curation(march).sources == (march, april)
    with pytest.raises(DateNeeded):
        edits.add_event(project, flood.hash, selection, selection + len("days of heavy rain"))
    do(edits.add_event(project, flood.hash, selection, selection + len("days of heavy rain"), span=(date(2019, 2, 25), date(2019, 3, 2))))
    added = [e for e in project.events() if e.timex == "days of heavy rain"]
    assert added and added[0].begin == date(2019, 2, 25) and project.curation(added[0].id).added
    do(edits.set_document_date(project, flood.hash, date(2019, 3, 5)))
    assert project.document(flood.hash).date_status == "given"
    do(edits.clear_date(project, march))
    assert project.event(march).begin == date(2019, 3, 3)

    assert [label.split(" ")[0] for label in labels] == [
        "Date", "Rename", "Move", "Star", "Tag", "Tag", "Tag", "Annotate", "Reject", "Restore", "Reject", "Merge",
        "Add", "Set", "Restore",
    ]
    assert labels[8].startswith("Reject event “") and labels[8].endswith("”")
    stack = project.undo_stack
    for state in reversed(states[:-1]):  # undo everything, checking each intermediate state
        stack.undo()
        assert snapshot(project) == state
    assert not stack.can_undo and stack.redo_label == labels[0]
    for state in states[1:]:
        stack.redo()
        assert snapshot(project) == state
    assert not stack.can_redo


def test_a_new_edit_after_undo_drops_the_redo_branch(fx) -> None:
    project = make_project(("flood.txt", fx.FLOOD))
    march = find(project, "March 3, 2019").id
    project.apply(edits.star(project, march))
    project.undo_stack.undo()
    project.apply(edits.reject(project, march))
    assert not project.undo_stack.can_redo and len(project.undo_stack) == 1


def test_listeners_hear_one_change_per_edit_with_its_document(fx) -> None:
    project = make_project(("flood.txt", fx.FLOOD))
    heard: list[Change] = []
    project.subscribe(heard.append)
    march = find(project, "March 3, 2019").id
    project.apply(edits.star(project, march))
    project.undo_stack.undo()
    assert [c.kind for c in heard] == ["events", "events"]
    assert heard[0].docs == (project.documents()[0].hash,)


def test_filters_by_star_tag_certainty_document_date_and_rejected(fx) -> None:
    project = make_project(("flood.txt", fx.FLOOD), ("treaty.txt", fx.TREATY))
    march, june, may = (find(project, t).id for t in ("March 3, 2019", "June 2018", "12 May 2018"))
    project.apply(edits.star(project, march))
    project.apply(edits.add_tag(project, may, "legal"))
    project.apply(edits.reject(project, june))
    rows = project.rows()
    ids = lambda f: {r.event.id for r in f.apply(rows)}  # noqa: E731
    assert ids(EventFilter(starred=True)) == {march}
    assert ids(EventFilter(tags=frozenset({"legal"}))) == {may}
    assert ids(EventFilter(rejected=True)) == {june}
    assert june not in ids(EventFilter())
    assert ids(EventFilter(docs=frozenset({"treaty.txt"}))) == {e.id for e in project.events() if e.doc == "treaty.txt"}
    in_2018 = ids(EventFilter(since=date(2018, 1, 1), until=date(2018, 12, 31)))
    assert may in in_2018 and march not in in_2018
    certain = {e.certainty for e in project.events()}
    for value in certain:
        assert all(project.event(i).certainty == value for i in ids(EventFilter(certainty=frozenset({value}))))


def test_document_date_re_resolves_relative_dates_at_once(fx) -> None:
    project = make_project(("dam.txt", fx.RELATIVE))
    doc = project.documents()[0]
    before = {e.timex: e for e in project.events()}
    project.apply(edits.set_document_date(project, doc.hash, "1 June 2019"))
    after = {e.timex: e for e in project.events()}
    expected = extract_document(Document("dam.txt", fx.RELATIVE, "dam.txt"), date(2019, 6, 1)).events
    assert [(e.timex, e.begin) for e in project.events()] == [(e.timex, e.begin) for e in expected]
    if "Yesterday" in after:  # the tagger resolves it against the document date
        assert after["Yesterday"].begin == date(2019, 5, 31)
    assert before != after
    project.undo_stack.undo()
    assert {e.timex: e for e in project.events()} == before


def test_edits_on_a_document_survive_its_date_change(fx) -> None:
    project = make_project(("dam.txt", fx.RELATIVE), dct=date(2019, 6, 1))
    spring = find(project, "the spring").id
    project.apply(edits.star(project, spring))
    project.apply(edits.set_document_date(project, project.documents()[0].hash, date(2020, 6, 1)))
    assert project.curation(spring).starred


def test_anchored_events_follow_their_anchor_in_a_real_document(fx) -> None:
    project = make_project(("dam.txt", fx.RELATIVE), dct=date(2019, 6, 1))
    spring, later = find(project, "the spring"), find(project, "Two weeks later")
    if later.anchor != spring.id:
        pytest.skip("this tagger does not anchor 'Two weeks later' on 'the spring'")
    project.apply(edits.redate(project, spring.id, "March 2017"))
    moved = project.event(later.id)
    assert moved.begin is not None and moved.begin.year == 2017 and moved.begin >= date(2017, 3, 1)
    project.undo_stack.undo()
    assert project.event(later.id) == later


def synthetic_project() -> tuple[Project, Event, Event, Event]:
    """An undated expression with two events chained on it ("two weeks later", "a month later")."""
    text = "Title line\n\nThe talks began on a cold day. Two weeks later they failed. A month later they resumed.\n"
    doc = Document("s.txt", text, "Synthetic", None, "none")

    def event(timex: str, anchor: str | None, begin: date | None = None) -> Event:
        start = text.index(timex)
        return Event(
            id=f"s#{start}", doc="s.txt", title=timex, sentence=timex, sentence_start=start, sentence_end=start + len(timex),
            timex=timex, timex_start=start, timex_end=start + len(timex), value="XXXX-XX-XX", type="DATE",
            begin=begin, end=begin, certainty="undated", derivation="anchored", anchor=anchor,
        )

    cold = event("a cold day", None)
    later = event("Two weeks later", cold.id)
    month = event("A month later", later.id)
    project = Project()
    project.add_extracted(ExtractedDocument(doc, (), (cold, later, month)))
    return project, cold, later, month


def test_giving_an_undated_event_a_date_moves_the_chain_anchored_on_it() -> None:
    project, cold, later, month = synthetic_project()
    project.apply(edits.redate(project, cold.id, span=(date(2019, 3, 4), date(2019, 3, 4))))
    expected_later = temporal.parse_date_phrase("Two weeks later", date(2019, 3, 4))
    assert expected_later is not None, "the tagger should read 'Two weeks later' against a reference"
    assert (project.event(later.id).begin, project.event(later.id).end) == expected_later
    assert project.event(later.id).certainty == "inferred"
    expected_month = temporal.parse_date_phrase("A month later", expected_later[0])
    if expected_month is not None:
        assert (project.event(month.id).begin, project.event(month.id).end) == expected_month
    project.undo_stack.undo()
    assert project.event(later.id).begin is None and project.event(month.id).begin is None


def test_an_event_the_user_dated_does_not_follow_its_anchor() -> None:
    project, cold, later, _ = synthetic_project()
    project.apply(edits.redate(project, later.id, span=(date(2000, 1, 1), date(2000, 1, 1))))
    project.apply(edits.redate(project, cold.id, span=(date(2019, 3, 4), date(2019, 3, 4))))
    assert project.event(later.id).begin == date(2000, 1, 1)


def test_edits_of_a_vanished_expression_are_kept_as_orphans(fx) -> None:
    project = make_project(("flood.txt", fx.FLOOD))
    march = find(project, "March 3, 2019").id
    project.apply(edits.star(project, march))
    old_hash = project.documents()[0].hash
    changed = fx.FLOOD.replace("on March 3, 2019", "by hand")  # no date left where the starred one was
    project.add_extracted(extract_document(Document("flood.txt", changed, "flood.txt")))
    assert [d.hash for d in project.documents()] == [content_hash(changed)]
    orphans = project.orphaned_edits()
    assert len(orphans) == 1 and orphans[0][0].doc_hash == old_hash and orphans[0][1].starred
    project.add_extracted(extract_document(Document("flood.txt", fx.FLOOD, "flood.txt")))  # the old text is back
    assert project.curation(march).starred and not project.orphaned_edits()


@pytest.mark.parametrize(
    "begin, end, value",
    [
        (date(2019, 3, 3), date(2019, 3, 3), "2019-03-03"), (date(2019, 2, 1), date(2019, 2, 28), "2019-02"),
        (date(2019, 1, 1), date(2019, 12, 31), "2019"), (date(1990, 1, 1), date(1999, 12, 31), "199"),
        (date(2019, 3, 3), date(2019, 3, 9), "2019-03-03/2019-03-09"),
    ],
)
def test_values_for_user_spans(begin: date, end: date, value: str) -> None:
    assert value_for_span(begin, end) == value


def test_one_documents_rows_are_its_share_of_all_rows_merges_included() -> None:
    """``rows_of_document`` (what the app reads when a document arrives) against ``rows()``."""
    project = make_project(("a.txt", "On 3 March 2004 the minister resigned. On 9 April 2004 he returned."),
                           ("b.txt", "On 5 May 2005 the party split. In June 2006 it merged again."))
    march, april = find(project, "3 March 2004").id, find(project, "9 April 2004").id
    project.apply(edits.merge(project, march, april))  # april's row is absorbed: hidden
    for record in project.documents():
        expected = [r for r in project.rows() if r.key.doc_hash == record.hash]
        assert project.rows_of_document(record.hash) == expected
    assert [r.event.id for r in project.rows_of_document(project.documents()[0].hash)] == [march]
    assert project.rows_of_document("no such hash") == []
