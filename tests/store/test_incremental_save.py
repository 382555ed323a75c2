"""Save writes from what the file already holds (issue 16): after a star, a tag, a title, an added
event or a merge, the events and their columns stay in the file as they are and only the small
tables are written, with no record made; the file reopens to exactly what a save from the records
(the old route, ``incremental=False``) reopens to. Save As to a new file copies the file and does
the same; anything the file does not hold (a document changed, who and where changed) is written
from the records as before, and a failed save leaves the file as it was."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from tests.property_examples import examples

import explorer.store.saving as store_saving
from explorer.commands.bench_project import build_project
from explorer.curation import edits
from explorer.curation.commands import EditEntities
from explorer.entities.commands import MergeActors
from explorer.events.record import Event
from explorer.store import Project
from explorer.store.annotation_json import groups_to_json
from explorer.store.failures import ProjectConflictError, ProjectSaveError
from explorer.store.index_columns import pack_index
from explorer.store.parts import read_parts


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project built by the real pipeline (actors, places, groups), opened from its file."""
    path = tmp_path_factory.mktemp("incremental") / "gen.tlproj"
    build_project(1200, str(path), articles=6, jobs=1)
    return path


def _copy(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(source, target)
    return target


def _snapshot(path: Path) -> dict:
    """Everything a reopened project shows: every field of every event and row, documents, edits,
    annotation, old texts, problems."""
    project = Project.open(path)
    rows = []
    for row in project.rows(include_hidden=True):
        rows.append((tuple((f.name, getattr(row.event, f.name), type(getattr(row.event, f.name)))
                           for f in fields(Event)), row.curation, row.key, row.hidden))
    documents = [(d.hash, d.document, dict(d.sidecar), dict(d.metadata), d.user_date,
                  tuple(project.extracted(d.hash).timexes), tuple(project.extracted(d.hash).events))
                 for d in project.documents()]
    index = project.actor_index
    return {
        "rows": rows, "documents": documents, "edits": project.edits(),
        "index": None if index is None else sorted(pack_index(index).items()),
        "groups": groups_to_json(project.groups), "entity_edits": project.entity_edits(),
        "previous": project.previous_texts(), "problems": project.problems,
    }


def _user_edits(project: Project) -> None:
    """Star, tag, retitle, note, lane, reject, merge, and an event added from selected text."""
    ids = [row.event.id for row in project.rows()]
    project.apply(edits.star(project, ids[1]))
    project.apply(edits.add_tag(project, ids[2], "checked"))
    project.apply(edits.retitle(project, ids[3], "A title the user wrote"))
    project.apply(edits.annotate(project, ids[4], "a note"))
    project.apply(edits.set_lane(project, ids[5], "Lane B"))
    project.apply(edits.reject(project, ids[6]))
    project.apply(edits.merge(project, ids[7], ids[8]))
    doc = project.documents()[2]
    text = doc.document.text
    start = text.index(" ", len(text) // 2) + 1
    project.apply(edits.add_event(project, doc.hash, start, start + 5, span=(date(2001, 2, 3), date(2001, 2, 3))))


class _Spy:
    """Counts what a save builds: packed event columns and event records."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.columns = 0
        self.records = 0
        real_columns, real_init = store_saving._write_columns, Event.__init__

        def columns(*args, **kwargs):  # noqa: ANN002, ANN003
            self.columns += 1
            return real_columns(*args, **kwargs)

        def init(event, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
            self.records += 1
            real_init(event, *args, **kwargs)

        monkeypatch.setattr(store_saving, "_write_columns", columns)
        monkeypatch.setattr(Event, "__init__", init)


def test_save_after_edits_keeps_the_event_columns_and_reopens_as_the_old_route(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new, old = _copy(generated, tmp_path, "new.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    by_new, by_old = Project.open(new), Project.open(old)
    _user_edits(by_new)
    _user_edits(by_old)
    blobs_before = _event_blobs(new)
    spy = _Spy(monkeypatch)
    by_new.save()
    assert spy.columns == 0 and spy.records == 0  # no event record made, no column packed
    store_saving.save(by_old, str(old), incremental=False)
    assert spy.columns == 1
    monkeypatch.undo()
    assert _event_blobs(new) == blobs_before  # the stored columns, untouched
    assert _snapshot(new) == _snapshot(old)
    reopened = Project.open(new)
    assert reopened.edits() == by_new.edits() and len(reopened.edits()) >= 9


def _event_blobs(path: Path) -> list:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT name, part, data FROM event_columns ORDER BY name, part").fetchall()
    finally:
        db.close()


def test_saving_again_and_undoing_stays_incremental_and_exact(generated: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    new, old = _copy(generated, tmp_path, "new.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    by_new, by_old = Project.open(new), Project.open(old)
    for project, path in ((by_new, new), (by_old, old)):
        _user_edits(project)
        project.save() if project is by_new else store_saving.save(project, str(path), incremental=False)
        project.undo_stack.undo()  # the added event goes, then one more edit
        project.undo_stack.undo()
        ids = [row.event.id for row in project.rows()]
        project.apply(edits.star(project, ids[10]))
    spy = _Spy(monkeypatch)
    by_new.save()
    assert spy.columns == 0
    store_saving.save(by_old, str(old), incremental=False)
    monkeypatch.undo()
    assert _snapshot(new) == _snapshot(old)


def test_save_as_a_new_file_copies_the_file_and_is_complete(generated: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    source, old = _copy(generated, tmp_path, "source.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    by_new, by_old = Project.open(source), Project.open(old)
    _user_edits(by_new)
    _user_edits(by_old)
    target = tmp_path / "elsewhere" / "saved as.tlproj"
    target.parent.mkdir()
    spy = _Spy(monkeypatch)
    by_new.save(target)
    assert spy.columns == 0 and spy.records == 0
    monkeypatch.undo()
    store_saving.save(by_old, str(old), incremental=False)
    assert by_new.path == str(target) and not by_new.is_modified
    assert not Path(f"{target}.saving").exists()
    assert _snapshot(target) == _snapshot(old)
    assert Project.open(source).edits() == {}  # the file it came from is as it was
    spy = _Spy(monkeypatch)
    ids = [row.event.id for row in by_new.rows()]
    by_new.apply(edits.star(by_new, ids[20]))
    by_new.save()  # the new file is now the one it holds
    assert spy.columns == 0
    monkeypatch.undo()
    assert Project.open(target).curation(ids[20]).starred


def test_save_as_when_the_source_changed_since_writes_everything(generated: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    source, old = _copy(generated, tmp_path, "source.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    by_new, by_old = Project.open(source), Project.open(old)
    other = Project.open(source)
    other.remove_document(other.documents()[0].hash)
    other.save()  # another window saved the file in between: its columns are no longer ours
    _user_edits(by_new)
    _user_edits(by_old)
    target = tmp_path / "as.tlproj"
    spy = _Spy(monkeypatch)
    by_new.save(target)
    assert spy.columns == 1
    monkeypatch.undo()
    store_saving.save(by_old, str(old), incremental=False)
    assert _snapshot(target) == _snapshot(old)
    with pytest.raises(ProjectConflictError):  # and over the changed file itself: refused, as before
        by_old.path = str(source)
        by_old.info = dict(by_new.info)
        store_saving.save(by_old, str(source))


@pytest.mark.parametrize("change", ["document date", "remove document", "reextract"])
def test_what_the_file_does_not_hold_is_written_from_the_records(generated: Path, tmp_path: Path, change: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    new, old = _copy(generated, tmp_path, "new.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    projects = (Project.open(new), Project.open(old))
    for project in projects:
        _user_edits(project)
        doc = project.documents()[1]
        if change == "document date":
            project.apply(edits.set_document_date(project, doc.hash, date(1999, 1, 1)))
        elif change == "remove document":
            project.remove_document(doc.hash)
        else:
            project.reextract([doc.hash])
    spy = _Spy(monkeypatch)
    projects[0].save()
    assert spy.columns == 1
    monkeypatch.undo()
    store_saving.save(projects[1], str(old), incremental=False)
    assert _snapshot(new) == _snapshot(old)


def _merge_actors(project: Project, first: int = 0, second: int = 1) -> None:
    people = sorted(project.actor_index.entities, key=lambda i: (len(project.actor_index.entities[i].mentions), i))
    project.apply(EditEntities(MergeActors(project.actor_index, people[first], (people[second],))))


def test_a_merge_of_actors_rewrites_the_labels_of_the_relabelled_documents_only(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    new, old = _copy(generated, tmp_path, "new.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    projects = (Project.open(new), Project.open(old))
    total = sum(len(projects[0].extracted(d.hash).events) for d in projects[0].documents())
    for project in projects:
        _user_edits(project)
        _merge_actors(project)
    spy = _Spy(monkeypatch)
    projects[0].save()
    assert spy.columns == 0 and 0 < spy.records < total // 2  # only the relabelled documents' records
    monkeypatch.undo()
    store_saving.save(projects[1], str(old), incremental=False)
    assert _snapshot(new) == _snapshot(old)
    # again: a title changed in a relabelled document (its labels read the title), a second merge
    for project, path in zip(projects, (new, old)):
        relabelled = next(d for d, source in zip(project.documents(), project.label_sources()) if isinstance(source, list))
        event = project.rows_of_document(relabelled.hash)[0].event
        project.apply(edits.retitle(project, event.id, "Talks between the officials"))
        _merge_actors(project, 2, 3)
        project.save() if path == new else store_saving.save(project, str(path), incremental=False)
    assert _snapshot(new) == _snapshot(old)


def test_an_ungroup_rewrites_the_annotation_but_not_the_events(generated: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.entities.commands import Ungroup

    new, old = _copy(generated, tmp_path, "new.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    projects = (Project.open(new), Project.open(old))
    assert projects[0].groups, "the generated project has groups"
    for project in projects:
        group = project.groups[0]
        project.apply(EditEntities(Ungroup(project.groups, group.id)))
    spy = _Spy(monkeypatch)
    projects[0].save()
    assert spy.columns == 0
    monkeypatch.undo()
    store_saving.save(projects[1], str(old), incremental=False)
    assert _snapshot(new) == _snapshot(old)
    assert len(Project.open(new).groups) == len(Project.open(generated).groups) - 1


@pytest.mark.parametrize("where", ["own file", "save as"])
def test_a_failed_incremental_save_leaves_the_files_as_they_were(generated: Path, tmp_path: Path, where: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(generated, tmp_path, "p.tlproj")
    before = _snapshot(path)
    project = Project.open(path)
    _user_edits(project)
    real = store_saving._write_curation

    def fail_midway(db, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        real(db, *args, **kwargs)  # everything written, then the disk fails before the commit
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_saving, "_write_curation", fail_midway)
    target = path if where == "own file" else tmp_path / "as.tlproj"
    with pytest.raises(ProjectSaveError):
        project.save(target)
    monkeypatch.undo()
    assert _snapshot(path) == before
    assert not (tmp_path / "as.tlproj").exists() and not (tmp_path / "as.tlproj.saving").exists()
    assert project.is_modified
    project.save(target)  # and the work is still there to save
    assert Project.open(target).edits() == project.edits()


# -- small random projects -------------------------------------------------------------------------

_TEXTS = [
    "Storm hits the coast\n\nThe storm reached the coast on 3 March 2019 and the port closed. "
    "Repairs began in June 2019. The mayor, Anna Berg, said on Monday that the harbour would reopen in 2020.",
    "Election results\n\nVoters went to the polls on 12 May 2018 in Lund. The count finished two days later. "
    "The new council met in September 2018 and elected Peter Holm as its chair.",
    "Bridge opens\n\nThe bridge over the river opened on 1 July 2021 after work that started in 2017. "
    "Engineers from Malmo inspected it in April 2021. A second bridge is planned for 2030.",
    "Festival returns\n\nThe festival returns to Uppsala on 20 August 2022 after three years. "
    "It was last held in August 2019. Organisers announced the programme on 2 February 2022.",
]


def _random_project(folder: Path, docs: list[int]) -> Path:
    from explorer.store.importing import annotate_project, import_paths

    articles = folder / "articles"
    articles.mkdir()
    paths = []
    for n, i in enumerate(docs):
        path = articles / f"a{n}.txt"
        path.write_text(_TEXTS[i] + f"\n\nCopy {n}.", encoding="utf-8")
        paths.append(path)
    project = Project()
    import_paths(project, paths, jobs=1)
    annotate_project(project)
    out = folder / "random.tlproj"
    project.save(out)
    return out


_EDIT = st.tuples(st.sampled_from(["star", "tag", "title", "note", "reject", "lane", "add", "merge", "actors", "undo",
                                   "save"]),
                  st.integers(0, 10_000), st.integers(0, 10_000))


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(st.integers(0, len(_TEXTS) - 1), min_size=1, max_size=4), steps=st.lists(_EDIT, max_size=8))
def test_random_projects_and_edits_save_as_the_old_route(tmp_path_factory: pytest.TempPathFactory,
                                                         docs: list[int], steps: list[tuple[str, int, int]]) -> None:
    folder = tmp_path_factory.mktemp("random")
    base = _random_project(folder, docs)
    new, old = _copy(base, folder, "new.tlproj"), _copy(base, folder, "old.tlproj")
    projects = (Project.open(new), Project.open(old))
    assert projects[0].rows(), "the articles give events"
    with pytest.MonkeyPatch.context() as patch:
        spy = _Spy(patch)
        for op, a, b in steps:
            for project, path in zip(projects, (new, old)):
                _random_edit(project, path, op, a, b)
        before = spy.columns
        projects[0].save()
        assert spy.columns == before  # every save of ``new`` kept its event columns
        store_saving.save(projects[1], str(old), incremental=False)
    assert spy.columns == before + 1
    assert _snapshot(new) == _snapshot(old)


def _random_edit(project: Project, path: Path, op: str, a: int, b: int) -> None:
    ids = [row.event.id for row in project.rows()]
    if op == "undo":
        if project.undo_stack.can_undo:
            project.undo_stack.undo()
        return
    if op == "save":
        if path.name == "new.tlproj":
            assert project.unchanged_in_file() is not None  # edits only: the file holds the events
            project.save()
        else:
            store_saving.save(project, str(path), incremental=False)
        return
    if op == "actors":
        entities = project.actor_index.entities if project.actor_index is not None else {}
        if len(entities) >= 2:
            _merge_actors(project, a % len(entities), b % len(entities)) if a % len(entities) != b % len(entities) else None
        return
    if not ids:
        return
    first, second = ids[a % len(ids)], ids[b % len(ids)]
    if op == "star":
        project.apply(edits.star(project, first, starred=b % 2 == 0))
    elif op == "tag":
        project.apply(edits.add_tag(project, first, f"t{b % 3}"))
    elif op == "title":
        project.apply(edits.retitle(project, first, f"Title {b}"))
    elif op == "note":
        project.apply(edits.annotate(project, first, f"note {b}"))
    elif op == "reject":
        project.apply(edits.reject(project, first))
    elif op == "lane":
        project.apply(edits.set_lane(project, first, f"L{b % 2}"))
    elif op == "merge" and first != second and not project.row(first).hidden and not project.row(second).hidden:
        project.apply(edits.merge(project, first, second))
    elif op == "add":
        doc = project.documents()[a % len(project.documents())]
        text = doc.document.text
        start = b % max(len(text) - 6, 1)
        project.apply(edits.add_event(project, doc.hash, start, start + 4, span=(date(2000, 1, 1), date(2000, 12, 31))))


# -- a save after an import: the new documents appended ------------------------------------------

_ARTICLE = Path(__file__).resolve().parents[1] / "gui" / "data" / "harbour-bridge-vote.txt"


def _parts(path: Path) -> dict[tuple[str, int], tuple[int, bytes]]:
    """Every event column part of the file: (name, part) -> (rowid, bytes)."""
    db = sqlite3.connect(path)
    try:
        return {(name, part): (rowid, bytes(data))
                for rowid, name, part, data in db.execute("SELECT rowid, name, part, data FROM event_columns")}
    finally:
        db.close()


def _columns(path: Path) -> dict[str, bytes]:
    """Every event column of the file, its parts joined."""
    db = sqlite3.connect(path)
    try:
        return {name: bytes(blob) for name, blob in read_parts(db, "event_columns").items()}
    finally:
        db.close()


def _articles(folder: Path, texts: list[int], tag: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n, i in enumerate(texts):
        path = folder / f"new-{tag}-{n}.txt"
        path.write_text(_TEXTS[i] + f"\n\nImported {tag} {n}.", encoding="utf-8")
        paths.append(path)
    return paths


def test_a_save_after_an_import_appends_the_new_documents_and_reopens_as_the_old_route(
        generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.store import parts
    from explorer.store.appending import small_part
    from explorer.store.importing import import_paths

    monkeypatch.setattr(parts, "PART_BYTES", 4096)  # columns over several parts, as at 1M
    base = _copy(generated, tmp_path, "base.tlproj")
    store_saving.save(Project.open(base), str(base), incremental=False)
    new, old = _copy(base, tmp_path, "new.tlproj"), _copy(base, tmp_path, "old.tlproj")
    projects = (Project.open(new), Project.open(old))
    total = sum(len(projects[0].extracted(d.hash).events) for d in projects[0].documents())
    articles = [_ARTICLE, *_articles(tmp_path / "in", [0, 2], "a")]
    for project in projects:
        _user_edits(project)
        report = import_paths(project, articles, jobs=1)
        assert len(report.added) == 3
    assert projects[0].unchanged_in_file().added == tuple(report.added)
    before = _parts(new)
    spy = _Spy(monkeypatch)
    projects[0].save()
    assert spy.columns == 0 and 0 < spy.records < total // 10  # only the new documents' records
    store_saving.save(projects[1], str(old), incremental=False)
    assert spy.columns == 1
    after = _parts(new)
    last = {name: max(p for n, p in before if n == name) for name, _ in before}
    # the tables of distinct values of text with few of them (a path per document) are written
    # again whole; every other part but a small last one stays
    categories = {n[:-len(".code")] + s for n in last if n.endswith(".code") for s in ("", ".len", ".none")}
    kept = [key for key, (_, data) in before.items()
            if key[0] not in categories and (key[1] < last[key[0]] or len(data) >= small_part())]
    assert len(kept) > len(before) // 2
    changed = sorted({key[0] for key in kept if after[key] != before[key]})
    assert changed == [], changed  # same bytes, same rowids: not rewritten
    monkeypatch.undo()
    assert _columns(new) == _columns(old)  # the very columns a save of every event packs
    assert _snapshot(new) == _snapshot(old)
    reopened = Project.open(new)
    assert [d.hash for d in reopened.documents()][-3:] == report.added
    people = {name for row in reopened.rows() if row.event.doc == str(_ARTICLE) for name in row.event.actors}
    assert people, "the imported article's events carry their actors after reopening"


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(st.integers(0, len(_TEXTS) - 1), min_size=1, max_size=3),
       imports=st.lists(st.lists(st.integers(0, len(_TEXTS) - 1), min_size=1, max_size=3), min_size=1, max_size=2),
       annotate=st.sampled_from(["with the import", "after the save", "never"]),
       steps=st.lists(_EDIT.filter(lambda e: e[0] != "save"), max_size=4), part_bytes=st.sampled_from([56, 4096]))
def test_random_projects_and_imports_save_as_the_old_route(tmp_path_factory: pytest.TempPathFactory, docs: list[int],
                                                           imports: list[list[int]], annotate: str,
                                                           steps: list[tuple[str, int, int]], part_bytes: int) -> None:
    from explorer.store import parts
    from explorer.store.importing import annotate_project, import_paths

    folder = tmp_path_factory.mktemp("imports")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parts, "PART_BYTES", part_bytes)
        base = _random_project(folder, docs)
        new, old = _copy(base, folder, "new.tlproj"), _copy(base, folder, "old.tlproj")
        projects = (Project.open(new), Project.open(old))
        for n, texts in enumerate(imports):
            paths = _articles(folder / "in", texts, str(n))
            for project, path in zip(projects, (new, old)):
                for op, a, b in steps[n::2]:
                    _random_edit(project, path, op, a, b)
                before = len(project.documents())
                import_paths(project, paths, jobs=1, annotate_after=annotate == "with the import")
                added = [d.hash for d in project.documents()[before:]]
                if path == new:
                    assert project.unchanged_in_file().added == tuple(added)
                    spy = _Spy(patch)
                    project.save()
                    assert spy.columns == 0  # appended, not packed from every record
                    patch.undo()
                    patch.setattr(parts, "PART_BYTES", part_bytes)
                else:
                    store_saving.save(project, str(path), incremental=False)
                if annotate == "after the save":  # the app's annotation ending after the user saved
                    annotate_project(project, only=added)
                    project.save() if path == new else store_saving.save(project, str(path), incremental=False)
    assert _columns(new) == _columns(old)
    assert _snapshot(new) == _snapshot(old)


@pytest.mark.parametrize("where", ["own file", "save as"])
def test_a_failed_save_after_an_import_leaves_the_file_as_it_was(generated: Path, tmp_path: Path, where: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.store.importing import import_paths

    path, old = _copy(generated, tmp_path, "p.tlproj"), _copy(generated, tmp_path, "old.tlproj")
    before, parts_before = _snapshot(path), _parts(path)
    projects = (Project.open(path), Project.open(old))
    for project in projects:
        import_paths(project, [_ARTICLE], jobs=1)
    real = store_saving._write_curation

    def fail_midway(db, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        real(db, *args, **kwargs)  # the new rows appended, then the disk fails before the commit
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_saving, "_write_curation", fail_midway)
    target = path if where == "own file" else tmp_path / "as.tlproj"
    with pytest.raises(ProjectSaveError):
        projects[0].save(target)
    monkeypatch.undo()
    assert _snapshot(path) == before and _parts(path) == parts_before
    assert not (tmp_path / "as.tlproj").exists() and not (tmp_path / "as.tlproj.saving").exists()
    assert projects[0].is_modified
    spy = _Spy(monkeypatch)
    projects[0].save(target)  # and the import is still there to save, appended
    assert spy.columns == 0
    monkeypatch.undo()
    store_saving.save(projects[1], str(old), incremental=False)
    assert _columns(target) == _columns(old)
    assert _snapshot(target) == _snapshot(old)
    if where == "save as":
        assert _snapshot(path) == before  # the file it came from is as it was
