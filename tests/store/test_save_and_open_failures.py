"""Saving and opening never lose work (issue 15): a failed save says why and changes nothing, a
second writer never silently overwrites the first, a damaged project is one message naming the file
with nothing left behind, and a project in a place that cannot be written opens read-only."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from tests.property_examples import examples

from explorer.curation import edits
from explorer.store import Project, ProjectConflictError, ProjectFileError, ProjectSaveError, import_paths
from explorer.store import loading, saving, sqlite as store
from explorer.store.failures import why_save_failed

from .conftest import FLOOD, REPO, TREATY


@pytest.fixture
def saved(tmp_path: Path, articles: Path) -> Path:
    project = Project()
    import_paths(project, [articles], jobs=1)
    target = tmp_path / "work.tlproj"
    project.save(target)
    return target


def _edit(project: Project) -> None:
    project.apply(edits.star(project, project.events()[0].id))


def test_a_save_while_another_program_writes_says_so_and_keeps_the_edits(saved: Path, monkeypatch) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.2)
    project = Project.open(saved)
    _edit(project)
    other = sqlite3.connect(saved, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    try:
        with pytest.raises(ProjectSaveError, match="another program is writing this project") as caught:
            project.save()
        assert str(saved) in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert project.is_modified and project.edits()  # the work is still there to save again
    assert not Project.open(saved).edits()
    project.save()
    assert Project.open(saved).edits() == project.edits()


def test_a_second_writer_is_refused_with_the_first_named_not_silently_overwritten(saved: Path) -> None:
    first, second = Project.open(saved), Project.open(saved)
    _edit(first)
    first.save()
    second.apply(edits.reject(second, second.events()[1].id))
    with pytest.raises(ProjectConflictError, match=r"another program \(Timeline Explorer, process \d+ on .+\) changed"):
        second.save()
    assert Project.open(saved).edits() == first.edits()  # the first writer's work is intact
    second.save(saved.with_name("mine.tlproj"))  # Save As keeps the second writer's work too
    assert Project.open(saved.with_name("mine.tlproj")).edits() == second.edits()


def test_two_new_projects_on_one_path_never_overwrite_each_other(tmp_path: Path, articles: Path) -> None:
    target = tmp_path / "new.tlproj"
    first, second = Project(target), Project(target)
    import_paths(first, [articles / "flood.txt"], jobs=1)
    import_paths(second, [articles / "treaty.md"], jobs=1)
    first.save()
    with pytest.raises(ProjectConflictError):
        second.save()
    assert [d.document.path for d in Project.open(target).documents()] == [str(articles / "flood.txt")]


def test_two_extract_runs_on_one_project_keep_both_runs_documents(tmp_path: Path) -> None:
    folders = []
    for i in range(2):
        folder = tmp_path / f"in{i}"
        folder.mkdir()
        for j in range(3):
            (folder / f"a{i}{j}.txt").write_text(f"Report {i}-{j}\n\n" + (FLOOD if j % 2 else TREATY), encoding="utf-8")
        folders.append(folder)
    target = tmp_path / "shared.tlproj"
    runs = [subprocess.Popen([sys.executable, "-m", "explorer", "extract", str(f), "--project", str(target), "--jobs", "1"],
                             cwd=REPO, stderr=subprocess.PIPE, text=True) for f in folders]
    errors = [run.communicate(timeout=180)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    assert len(Project.open(target).documents()) == 6


def test_a_failing_save_names_the_reason_in_words(tmp_path: Path, monkeypatch) -> None:
    path = str(tmp_path / "x.tlproj")
    assert "disk is full" in why_save_failed(OSError(errno.ENOSPC, "No space left on device"), path)
    assert "disk is full" in why_save_failed(sqlite3.OperationalError("database or disk is full"), path)
    assert "another program is writing" in why_save_failed(sqlite3.OperationalError("database is locked"), path)
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    assert "folder is read-only" in why_save_failed(sqlite3.OperationalError("attempt to write a readonly database"), path)
    assert "folder is read-only" in why_save_failed(PermissionError(errno.EACCES, "Permission denied"), path)


def test_saving_into_a_folder_that_is_gone_fails_with_words_and_leaves_nothing(tmp_path: Path, articles: Path) -> None:
    project = Project()
    import_paths(project, [articles], jobs=1)
    with pytest.raises(ProjectSaveError, match="folder no longer exists"):
        project.save(tmp_path / "gone" / "x.tlproj")
    assert project.path is None and project.is_modified


def test_names_that_are_not_utf8_are_saved_losslessly(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    name = os.path.join(folder, b"r\xe9sum\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(FLOOD.encode("utf-8"))
    project = Project()
    import_paths(project, [os.fsdecode(name), str(tmp_path / "missing\udcff.txt")], jobs=1)
    project.save(tmp_path / "p.tlproj")
    again = Project.open(tmp_path / "p.tlproj")
    assert [os.fsencode(d.document.path) for d in again.documents()] == [name]
    assert [e.doc for e in again.events()] == [e.doc for e in project.events()]
    assert [p.path for p in again.problems] == [p.path for p in project.problems]


def _damage(target: Path, kind: str) -> None:
    """Each kind of damage a project file meets: truncation, foreign or garbled bytes, broken rows."""
    good = target.read_bytes()
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "garbage":
        target.write_bytes(os.urandom(3000))
    elif kind == "header only":
        target.write_bytes(b"SQLite format 3\x00")
    elif kind == "truncated":
        target.write_bytes(good[: len(good) // 3])
    elif kind == "pages overwritten":
        target.write_bytes(good[:1024] + b"\xa5" * 4096 + good[5120:])
    elif kind == "a folder":
        target.unlink()
        target.mkdir()
    elif kind == "a fifo":
        target.unlink()
        os.mkfifo(target)
    else:
        db = sqlite3.connect(target, isolation_level=None)
        statement = {
            # the events' fields are columns (schema 4): one cut short, one not UTF-8, one gone, one event too many
            "event column short": "UPDATE event_columns SET data = substr(data, 1, 8) WHERE name = 'timex_start'",
            "event column text": "UPDATE event_columns SET data = x'ff' WHERE name = 'title'",
            "event column missing": "DELETE FROM event_columns WHERE name = 'sentence'",
            "event row extra": "INSERT INTO events VALUES ('h', 99, 'x', 1, 2, '')",
            "timex column short": "UPDATE event_columns SET data = substr(data, 1, 8) WHERE name = 'expr.start'",
            "timex parts": "UPDATE event_columns SET data = zeroblob(length(data)) WHERE name = 'expr.doc'",
            "document date": "UPDATE documents SET date = '2019-13-45'",
            "wrong types": "UPDATE documents SET sidecar = '[1, 2]', metadata = '7'",
            "edit json": "INSERT INTO edits VALUES ('h', 1, 2, 0, 'not json')",
            "missing table": "DROP TABLE events",
            "newer schema": "PRAGMA user_version = 99",
            "foreign sqlite": "PRAGMA application_id = 7",
        }[kind]
        db.execute(statement)
        db.close()


DAMAGE = ["empty", "garbage", "header only", "truncated", "pages overwritten", "a folder", "a fifo", "event column short",
          "event column text", "event column missing", "event row extra", "timex column short", "timex parts", "document date", "wrong types", "edit json", "missing table",
          "newer schema", "foreign sqlite"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", DAMAGE)
def test_each_damaged_project_is_one_message_naming_the_file_and_leaves_nothing(saved: Path, kind: str) -> None:
    _damage(saved, kind)
    before = sorted(p.name for p in saved.parent.iterdir())
    with pytest.raises(ProjectFileError) as caught:
        Project.open(saved)
    message = str(caught.value)
    assert str(saved) in message and "\n" not in message
    assert "Expecting value" not in message.split(":")[0]
    assert sorted(p.name for p in saved.parent.iterdir()) == before  # no stray -wal / -shm


@pytest.mark.parametrize("kind", ["garbage", "truncated", "event column text", "missing table", "a folder"])
def test_the_cli_reports_a_damaged_project_in_one_line(saved: Path, kind: str, cli) -> None:
    _damage(saved, kind)
    done = cli("extract", str(saved), "--format", "jsonl", check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and str(saved) in done.stderr


def test_a_project_in_a_place_that_cannot_be_written_opens_read_only_and_exports(saved: Path, monkeypatch) -> None:
    # Tests run as root, for whom chmod does not bite: the place is declared unwritable instead.
    monkeypatch.setattr(loading, "is_writable_place", lambda path: False)
    project = Project.open(saved)
    assert project.read_only and len(project.events()) > 0
    assert not any(p.name.endswith(("-wal", "-shm")) for p in saved.parent.iterdir())
    from explorer.exports.project import write_project
    import io

    out = io.StringIO()
    write_project(project, out, "jsonl", False)
    assert len(out.getvalue().splitlines()) == len(project.events())
    _edit(project)
    with pytest.raises(ProjectSaveError, match="read-only"):
        project.save()
    elsewhere = saved.with_name("copy.tlproj")
    project.save(elsewhere)
    assert not project.read_only and Project.open(elsewhere).edits() == project.edits()


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.tuples(st.integers(0, 1 << 20), st.binary(min_size=1, max_size=64)), min_size=1, max_size=6))
def test_fuzz_the_project_loader_opens_or_says_why(tmp_path: Path, cuts) -> None:
    source = tmp_path / "source.tlproj"
    if not source.exists():
        project = Project()
        (tmp_path / "a.txt").write_text(FLOOD, encoding="utf-8")
        import_paths(project, [tmp_path / "a.txt"], jobs=1)
        project.save(source)
    data = bytearray(source.read_bytes())
    for offset, chunk in cuts:
        offset %= len(data)
        data[offset:offset + len(chunk)] = chunk
    target = tmp_path / "fuzzed.tlproj"
    target.write_bytes(bytes(data))
    try:
        Project.open(target)
    except ProjectFileError as err:
        assert str(target) in str(err)
    for leftover in (f"{target}-wal", f"{target}-shm"):
        assert not os.path.exists(leftover)
    target.unlink()


def test_problems_json_round_trip_is_untouched_by_the_token(saved: Path) -> None:
    info = dict(sqlite3.connect(saved).execute("SELECT key, value FROM info"))
    assert info[saving.SAVE_TOKEN] and "process" in info[saving.SAVED_BY]
    assert json.loads(json.dumps(info)) == info


def test_the_cli_says_why_a_project_cannot_be_saved_in_one_line(tmp_path: Path, articles: Path, cli) -> None:
    target = tmp_path / "gone" / "p.tlproj"
    done = cli("extract", str(articles), "--project", str(target), "--jobs", "1", check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    # said before any article is read (tests/store/test_project_target_checked_first.py)
    assert "could not save" in done.stderr and f"there is no folder {target.parent}" in done.stderr and str(target) in done.stderr
