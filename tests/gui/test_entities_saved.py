"""The project holds who and where: merge two actors and split another in the app, save, quit,
reopen, and the same actors, lanes and facets come back with no new annotation; within the session
the entity edits undo on the same stack as the curation edits.

Corpus: tests/entities/corpus (Lavrov spelled three ways), extracted by the real engine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from explorer.gui.facets import NAME_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def facet_names(window, lst) -> list[str]:
    return sorted(lst.item(i).data(NAME_ROLE) for i in range(lst.count()))


def labels(window) -> dict[str, tuple]:
    model = window.model
    return {e.id: (e.actors, e.places) for e in (model.event_by_key(k) for k in range(model.key_count()))}


def actor_lanes(window, qtbot) -> list[str]:
    window.timeline_menus.lane_actions["actor"].trigger()
    qtbot.waitUntil(lambda: window.timeline.lane_mode() == "actor")
    window.timeline.refresh()
    return [window.timeline.lane_name(i) for i in range(window.timeline.lane_count())]


def click_item(qtbot, lst, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    item = lst.item_named(name)
    assert item is not None, name
    lst.scrollToItem(item)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, modifier, lst.visualItemRect(item).center())


def test_merge_split_save_quit_reopen_gives_the_same_actors_lanes_and_facets(
    annotated_window, make_window, qtbot, monkeypatch, tmp_path
):
    win = annotated_window
    people, project = win.people, win.model.project
    assert project.actor_index is people.index  # the annotation is the project's

    # merge two actors with the keyboard, as a user does
    click_item(qtbot, win.facets.actors, "Sergei Lavrov")
    click_item(qtbot, win.facets.actors, "Wang Yi", CTRL)
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_M, CTRL | SHIFT)
    merged = facet_names(win, win.facets.actors)
    assert ("Wang Yi" in merged) != ("Sergei Lavrov" in merged)
    # split a spelling off another actor
    other = next(e for e in people.actors() if len(e.variants) >= 2 and e.name not in ("Sergei Lavrov", "Wang Yi"))
    variant = next(v for v in other.variants if v != other.name)
    assert people.split(other.id, [variant])
    assert variant in facet_names(win, win.facets.actors)
    # one undo protocol: the entity edits are on the project's own stack, beside the curation edits
    assert len(project.undo_stack) == 2
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, CTRL)
    assert variant not in facet_names(win, win.facets.actors) and project.undo_stack.index == 1
    assert [r["op"] for r in project.entity_edits()] == ["merge"]  # the undone split is not kept
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, CTRL | SHIFT)
    assert variant in facet_names(win, win.facets.actors)
    # the project's own rows (what exports and saves read) follow the edits
    assert {r.event.id: (r.event.actors, r.event.places) for r in project.rows()} == labels(win)

    # the clicks left the merged actor as the filter: lanes without a match are then left out, so
    # clear it (Esc, as a user does) to compare all the lanes with those of the reopened project
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.proxy.is_user_filtering())
    before_actors, before_places = facet_names(win, win.facets.actors), facet_names(win, win.facets.places)
    before_labels, before_lanes = labels(win), actor_lanes(win, qtbot)
    before_groups = sorted(g.event_ids for g in people.groups)
    target = tmp_path / "people.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    qtbot.keyClick(win, Qt.Key.Key_S, CTRL)
    assert target.is_file() and not project.is_modified
    win.close()

    again = make_window()
    relabels = []
    again.model.annotationsChanged.connect(lambda: relabels.append(1))
    with qtbot.waitSignal(again.loadFinished, timeout=10_000):
        again.open_paths([str(target)])
    assert not again.people.is_annotating()  # nothing found again: what was saved is shown
    assert relabels == []  # the rows come from the project already labelled
    assert again.people.index is again.model.project.actor_index is not None
    assert facet_names(again, again.facets.actors) == before_actors
    assert facet_names(again, again.facets.places) == before_places
    assert labels(again) == before_labels
    assert sorted(g.event_ids for g in again.people.groups) == before_groups
    assert actor_lanes(again, qtbot) == before_lanes


def test_the_users_merges_survive_a_new_annotation_after_an_import(annotated_window, qtbot, tmp_path):
    """More articles mean a new annotation (new ids): the user's merge and split are replayed on it,
    by name, and kept in the saved project."""
    win = annotated_window
    people, project = win.people, win.model.project
    lavrov, wang = people.index.find("Sergei Lavrov"), people.index.find("Wang Yi")
    assert people.merge(lavrov.id, [wang.id])
    assert people.split(lavrov.id, ["Sergey Lavrov"])
    assert [r["op"] for r in project.entity_edits()] == ["merge", "split"]
    article = tmp_path / "extra.txt"
    article.write_text("Talks resume\n\nDiplomats met in Vienna on 4 June 2019 to resume the talks, officials said.\n",
                       encoding="utf-8")
    with qtbot.waitSignal(win.people.annotated, timeout=60_000):
        with qtbot.waitSignal(win.project_ctl.importFinished, timeout=60_000):
            win.project_ctl.import_paths([str(article)])
    index = people.index
    assert index is project.actor_index and index is not None
    assert index.find("Wang Yi").id == index.find("Sergei Lavrov").id  # merged again
    assert index.find("Sergey Lavrov").id != index.find("Sergei Lavrov").id  # split again
    events = [win.model.event_by_key(k) for k in range(win.model.key_count())]
    assert not any("Wang Yi" in e.actors for e in events)
    # the edits still on the undo stack undo on the new index, the one shown
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, CTRL)
    assert people.index.find("Sergey Lavrov").id == people.index.find("Sergei Lavrov").id
    assert [r["op"] for r in project.entity_edits()] == ["merge"]
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, CTRL)
    assert people.index.find("Wang Yi").id != people.index.find("Sergei Lavrov").id and not project.entity_edits()
    events = [win.model.event_by_key(k) for k in range(win.model.key_count())]
    assert any("Wang Yi" in e.actors for e in events)
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, CTRL | SHIFT)  # redo the merge
    assert people.index.find("Wang Yi").id == people.index.find("Sergei Lavrov").id
    project.save(tmp_path / "p.tlproj")
    from explorer.store import Project

    again = Project.open(tmp_path / "p.tlproj")
    assert again.entity_edits() == project.entity_edits()
    assert again.actor_index.find("Wang Yi").id == again.actor_index.find("Sergei Lavrov").id


def test_a_project_named_otherwise_opens_as_a_project_in_the_app(annotated_window, make_window, qtbot, tmp_path):
    """Known by its content (the application id), not its extension."""
    saved = tmp_path / "study.tlproj"
    annotated_window.model.project.save(saved)
    renamed = tmp_path / "study.sqlite"
    saved.rename(renamed)
    again = make_window()
    with qtbot.waitSignal(again.loadFinished, timeout=10_000):
        again.open_paths([str(renamed)])
    assert again.model.project.path == str(renamed)
    assert again.model.rowCount() == annotated_window.model.rowCount() and again.people.index is not None
