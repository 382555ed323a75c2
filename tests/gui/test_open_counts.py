"""Opening a large project does not wait for the people panel's counts (issue 16, scale-open): the
stored name codes they are counted from are made on a thread of their own, the Actors and Places
lists say "counting…" meanwhile and fill when they are made, with the counts the records give.
A small project is counted at once, as before. (The threshold is lowered here so that a small
generated project takes the large project's path.)"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.gui import event_model
from explorer.gui.facets import NAME_ROLE
from explorer.store import Project
from explorer.store.stored_events import StoredEvents


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, generated_project) -> Path:
    return generated_project(tmp_path_factory.mktemp("open-counts") / "gen.tlproj", 600, 12)


def _shown(lst) -> list[str]:
    return [lst.item(i).text() for i in range(lst.count())]


def _want(model) -> Counter:
    """Events naming each name, from the records themselves."""
    want: Counter = Counter()
    for key in range(model.key_count()):
        event = model.event_by_key(key)
        want.update(set(event.actors + event.places))
    return want


def test_a_large_project_opens_before_its_counts_and_the_lists_fill_when_made(
        make_window, qtbot, generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_model, "NAME_CODES_AT_ONCE", 0)  # this project counts as large
    window = make_window()
    assert window.project_ctl.open_project(str(generated), ask=False)
    facets = window.facets
    assert facets.is_counting() and facets.is_working()  # opened without them
    assert facets.actors.count() == 0 and facets.places.count() == 0
    assert facets.actors_label.text() == "Actors (counting\u2026)"
    qtbot.waitUntil(lambda: not facets.is_counting(), timeout=30_000)
    want = _want(window.model)
    names = [facets.actors.item(i).data(NAME_ROLE) for i in range(facets.actors.count())]
    assert names and all(f"{n}  ({want[n]})" in _shown(facets.actors) for n in names)
    assert facets.actors_label.text() == f"Actors ({facets.actors.count()})"
    # the filled list filters as before: a click on the first actor keeps the events naming it
    item = facets.actors.item(0)
    qtbot.mouseClick(facets.actors.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     facets.actors.visualItemRect(item).center())
    assert window.proxy.rowCount() == want[item.data(NAME_ROLE)] > 0


def test_the_lists_filled_in_the_background_are_those_filled_at_once(
        make_window, qtbot, generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at_once = make_window()
    assert at_once.project_ctl.open_project(str(generated), ask=False)
    assert not at_once.facets.is_counting()  # small: counted while opening, as before
    monkeypatch.setattr(event_model, "NAME_CODES_AT_ONCE", 0)
    later = make_window()
    assert later.project_ctl.open_project(str(generated), ask=False)
    qtbot.waitUntil(lambda: not later.facets.is_counting(), timeout=30_000)
    for lst in ("actors", "places"):
        assert _shown(getattr(later.facets, lst)) == _shown(getattr(at_once.facets, lst))
    assert _shown(later.facets.places)


def test_the_first_turns_after_opening_paint_before_any_counting(
        make_window, qtbot, generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from explorer.gui.people import People

    monkeypatch.setattr(event_model, "NAME_CODES_AT_ONCE", 0)
    steps: list[float] = []
    real = People.advance_counts
    monkeypatch.setattr(People, "advance_counts", lambda self, budget: steps.append(budget) or real(self, budget))
    window = make_window()
    assert window.project_ctl.open_project(str(generated), ask=False)
    QApplication.processEvents()
    assert steps == [] and window.facets.is_counting()
    qtbot.waitUntil(lambda: not window.facets.is_counting(), timeout=30_000)
    assert steps and max(steps) <= 0.05 and window.facets.actors.count() > 0


def test_opening_another_project_while_counting_empties_the_previous_lists(
        make_window, qtbot, generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    assert window.project_ctl.open_project(str(generated), ask=False)
    assert window.facets.actors.count() > 0
    monkeypatch.setattr(event_model, "NAME_CODES_AT_ONCE", 0)
    assert window.project_ctl.open_project(str(generated), ask=False)  # File > Open over it
    assert window.facets.is_counting() and window.facets.actors.count() == 0
    qtbot.waitUntil(lambda: not window.facets.is_counting(), timeout=30_000)
    assert window.facets.actors.count() > 0


def _stored(path: Path) -> StoredEvents:
    stored = Project.open(path).stored_events()
    assert stored is not None and stored.has_labels
    return stored


def test_name_codes_made_a_step_at_a_time_are_those_made_at_once(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    want = _stored(generated).name_codes(True)
    from explorer.store import text_hash

    monkeypatch.setattr(text_hash, "CHUNK", 64)  # many steps on a small project
    stored = _stored(generated)
    made: list[int] = []
    real = StoredEvents._make_name_codes
    monkeypatch.setattr(StoredEvents, "_make_name_codes", lambda self, labelled: made.append(1) or real(self, labelled))
    steps = stored.name_code_steps(True)
    for _ in range(5):
        next(steps)
    assert not stored.has_name_codes(True) and stored.name_code_steps(True) is steps  # the same steps
    rows, codes, names = stored.name_codes(True)  # finishes them
    assert made == [1] and stored.has_name_codes(True) and list(stored.name_code_steps(True)) == []
    assert names == want[2] and rows.tolist() == want[0].tolist() and codes.tolist() == want[1].tolist()
    # each row's names, once each, as its record names them
    events = stored.records(0, len(stored), labelled=True)
    got: dict[int, set] = {}
    for row, code in zip(rows.tolist(), codes.tolist()):
        assert names[code] not in got.setdefault(row, set())
        got[row].add(names[code])
    assert got == {i: set(e.actors + e.places) for i, e in enumerate(events) if e.actors or e.places}


def test_steps_that_failed_are_begun_again_by_the_next_caller(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.store import text_hash

    stored = _stored(generated)
    real = text_hash.row_hashes
    monkeypatch.setattr(text_hash, "row_hashes", lambda summary: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        stored.name_codes(True)
    monkeypatch.setattr(text_hash, "row_hashes", real)
    assert stored.name_codes(True)[2] == _stored(generated).name_codes(True)[2]


def test_a_turn_of_counting_does_a_bounded_step(make_window, generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lists' counting runs a step per turn, not the whole: with many small steps, one turn of
    a zero budget leaves them unmade."""
    from explorer.store import text_hash

    monkeypatch.setattr(event_model, "NAME_CODES_AT_ONCE", 0)
    monkeypatch.setattr(text_hash, "CHUNK", 32)
    window = make_window()
    assert window.project_ctl.open_project(str(generated), ask=False)
    assert window.facets.is_counting()
    assert not window.people.advance_counts(0.0) and not window.people.counts_ready()
    while not window.people.advance_counts(0.0):
        pass
    assert window.people.counts_ready()
