"""Opening keeps the events as columns and makes records only for the rows asked for (issue 16):
every route still gives the records an eager project gives, field by field, edits included."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from explorer.curation import edits
from explorer.events.record import Event
from explorer.store import Project
from explorer.store.stored_events import LazyTuple


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generated_project) -> Path:
    """A project built by the real pipeline from generated articles (replicated: many documents)."""
    return generated_project(tmp_path_factory.mktemp("lazy") / "gen.tlproj", 600, 3)


def _rows(project: Project) -> list[tuple]:
    return [(r.event, r.curation, r.key, r.hidden) for r in project.rows(include_hidden=True)]


def _same_fields(a: Event, b: Event) -> None:
    for f in fields(Event):
        assert getattr(a, f.name) == getattr(b, f.name), (a.id, f.name)
        assert type(getattr(a, f.name)) is type(getattr(b, f.name)), (a.id, f.name)


def _edit(project: Project) -> set[str]:
    """Reject, star, tag, merge and an undone star; returns the documents edited."""
    ids = [e.id for e in project.events()]
    first, second = ids[0], ids[len(ids) // 2]
    project.apply(edits.reject(project, first))
    project.apply(edits.star(project, ids[1]))
    project.apply(edits.add_tag(project, second, "checked"))
    project.apply(edits.merge(project, ids[2], ids[3]))
    project.apply(edits.star(project, ids[4]))
    project.undo_stack.undo()
    return {project.row(i).key.doc_hash for i in (first, second, ids[1], ids[2], ids[3])}


def test_opening_makes_no_record_of_any_event(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = []
    real = Event.__init__
    monkeypatch.setattr(Event, "__init__", lambda self, *a, **k: made.append(1) or real(self, *a, **k))
    project = Project.open(generated)
    assert made == []
    doc = project.documents()[5]
    rows = project.rows_of_document(doc.hash)  # one document's rows: its records, not the project's
    assert 0 < len(made) <= 2 * len(rows) < sum(len(project.extracted(d.hash).events) for d in project.documents())
    assert isinstance(project.extracted(doc.hash).events, LazyTuple)


def test_a_lazily_opened_project_gives_the_eager_records_field_by_field_with_edits(generated: Path, tmp_path: Path) -> None:
    eager = Project.open(generated)
    for d in eager.documents():  # every document's records made at once, as opening did before
        tuple(eager.extracted(d.hash).events)
    edited = _edit(eager)
    path = tmp_path / "edited.tlproj"
    eager.save(path)
    expected = _rows(eager)

    lazy = Project.open(path)
    # asked for document by document, from the last: each builds only its own rows
    by_doc = {d.hash: lazy.rows_of_document(d.hash) for d in reversed(lazy.documents())}
    got = _rows(lazy)
    assert len(got) == len(expected)
    for (a, *rest_a), (b, *rest_b) in zip(got, expected):
        _same_fields(a, b)
        assert rest_a == rest_b
    assert got == expected
    assert [r.event for d in lazy.documents() for r in by_doc[d.hash]] == [r.event for r in lazy.rows()]

    # the rows a view may take as columns are exactly those of the unedited documents
    stored = lazy.stored_events()
    assert stored is not None
    for d in lazy.documents():
        span = lazy.stored_rows(d.hash)
        if d.hash in edited:
            assert span is None
            continue
        assert span is not None
        start, stop, labelled = span
        assert labelled  # the generated project carries its annotation
        assert stored.records(start, stop, labelled) == [r.event for r in lazy.rows_of_document(d.hash)]


def test_an_edit_and_its_undo_after_a_lazy_open_give_the_rows_again(generated: Path) -> None:
    project = Project.open(generated)
    doc = project.documents()[2]
    before = [(r.event, r.curation) for r in project.rows_of_document(doc.hash)]
    assert project.stored_rows(doc.hash) is not None
    event = before[1][0]
    project.apply(edits.star(project, event.id))  # found through its document: no other document's rows
    assert project.curation(event.id).starred
    assert project.stored_rows(doc.hash) is None  # edited: its rows are asked for now
    project.apply(edits.retitle(project, event.id, "Renamed"))
    assert project.event(event.id).title == "Renamed"
    project.undo_stack.undo()
    project.undo_stack.undo()
    assert [(r.event, r.curation) for r in project.rows_of_document(doc.hash)] == before
    assert project.stored_rows(doc.hash) is not None
    assert _rows(project) == _rows(Project.open(generated))


def test_an_event_found_by_id_is_found_without_making_every_row(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project.open(generated)
    target = project.rows_of_document(project.documents()[-1].hash)[-1]
    made = []
    real = Event.__init__
    monkeypatch.setattr(Event, "__init__", lambda self, *a, **k: made.append(1) or real(self, *a, **k))
    assert project.row(target.event.id) == target
    assert project.row_at(target.key) == target
    assert made == []
    with pytest.raises(KeyError):
        project.row("no-such-event#1")


def test_one_stored_row_is_the_record_of_its_range(generated: Path) -> None:
    stored = Project.open(generated).stored_events()
    assert stored is not None
    for labelled in (False, True):
        every = stored.records(0, len(stored), labelled)
        assert [stored.record(row, labelled) for row in range(len(stored))] == every
        for a, b in zip(every[::37], [stored.record(r, labelled) for r in range(0, len(stored), 37)]):
            _same_fields(a, b)
    with pytest.raises(IndexError):
        stored.record(len(stored))


def test_a_star_after_a_lazy_open_patches_its_row_in_place(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = Project.open(generated)
    event = project.rows_of_document(project.documents()[4].hash)[2].event
    assert not project.curation(event.id).starred  # its document's rows are made, no other's
    changes = []
    project.subscribe(changes.append)
    made = []
    real = Event.__init__
    monkeypatch.setattr(Event, "__init__", lambda self, *a, **k: made.append(1) or real(self, *a, **k))
    project.apply(edits.star(project, event.id))
    assert [c.in_place for c in changes] == [True] and made == []  # one row patched, no record made
    assert project.curation(event.id).starred and project.row(event.id).curation.starred
    project.undo_stack.undo()
    assert not project.curation(event.id).starred
    assert [r.curation.starred for r in project.rows() if r.event.id == event.id] == [False]


def test_a_lazily_read_document_goes_to_a_child_process_as_plain_tuples(generated: Path) -> None:
    import copy
    import pickle

    project = Project.open(generated)
    extracted = project.extracted(project.documents()[3].hash)
    sent = pickle.loads(pickle.dumps(extracted))  # what the annotation's child receives
    assert type(sent.events) is tuple and type(sent.timexes) is tuple
    assert sent == extracted and sent.events == tuple(extracted.events) and len(sent.events) > 0
    assert copy.deepcopy(extracted) == extracted


def test_documents_sharing_an_id_prefix_are_each_found_without_making_every_row(tmp_path: Path) -> None:
    """Two files of one name in two folders whose texts' hashes begin alike (an event id is the
    file name, four hex digits of the text's hash and an offset): a look-up by id after opening
    finds the event in either document, making only that document's rows, never every row (the
    prefix used to name one document only, and a look-up in the other fell back to all rows)."""
    from explorer.events.event_ids import text_digest
    from explorer.store.importing import import_paths

    short: dict[str, str] = {}  # digest -> text; the two texts put their date at different offsets
    longer: dict[str, str] = {}
    for i in range(100_000):
        short.setdefault(text_digest(a := f"On 3 March 2004 the minister resigned ({i}).\n"), a)
        longer.setdefault(text_digest(b := f"So: on 3 March 2004 the minister resigned ({i}).\n"), b)
        common = short.keys() & {text_digest(a), text_digest(b)} & longer.keys()
        if common:
            digest = common.pop()
            first, text = short[digest], longer[digest]
            break
    else:  # pragma: no cover
        pytest.fail("no two texts whose hashes begin alike")
    for folder, text in (("a", first), ("b", text)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(text, encoding="utf-8")
    (tmp_path / "other.txt").write_text("In May 1999 the treaty was signed.\n", encoding="utf-8")
    project = Project()
    import_paths(project, [tmp_path / "a", tmp_path / "b", tmp_path / "other.txt"], jobs=1)
    project.save(tmp_path / "p.tlproj")
    project = Project.open(tmp_path / "p.tlproj")
    firsts = {d.document.path: project.extracted(d.hash).events[0].id for d in project.documents()}
    a, b = firsts[str(tmp_path / "a" / "same.txt")], firsts[str(tmp_path / "b" / "same.txt")]
    assert a != b and a.rsplit("#", 1)[0] == b.rsplit("#", 1)[0]  # one prefix, two documents
    for event_id in (a, b, firsts[str(tmp_path / "other.txt")]):
        assert project.row(event_id).event.id == event_id
        assert project._rows is None  # found in its document: no row of the whole project was made
    project.apply(edits.star(project, b))
    assert project.curation(b).starred and not project.curation(a).starred
