"""Who and where in the app: the facet lists, the actor/place filter (click, Ctrl-click, chip, Esc),
actor lanes by canonical name, mentions in the source pane, merge/split with undo.

The corpus is tests/entities/corpus (four wire stories; Lavrov spelled three ways, one meeting
reported by three articles, one by two that disagree on the date), extracted by the real pipeline.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat

from explorer.gui.actions import overlay_rows
from explorer.gui.event_model_groups import SOURCES_MARK
from explorer.gui.facets import NAME_ROLE




@pytest.fixture
def win(annotated_window):
    return annotated_window


def shown_events(window):
    proxy = window.proxy
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(proxy.rowCount())]


def sources(window, event):
    group = window.model.group_of(event.id)
    return window.model.group_events(group.id) if group else [event]


def click_item(qtbot, lst, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    item = lst.item_named(name)
    assert item is not None, name
    lst.scrollToItem(item)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, modifier, lst.visualItemRect(item).center())


def test_facets_list_canonical_actors_and_places_with_counts_and_variants(win):
    actors = {win.facets.actors.item(i).data(NAME_ROLE): win.facets.actors.item(i) for i in range(win.facets.actors.count())}
    assert "Sergei Lavrov" in actors and "Lavrov" not in actors and "Sergey Lavrov" not in actors
    item = actors["Sergei Lavrov"]
    n = sum("Sergei Lavrov" in e.actors for e in (win.model.event_by_key(k) for k in range(win.model.key_count())))
    assert n >= 1 and item.text() == f"Sergei Lavrov  ({n})"
    assert "Also written: Lavrov, Sergey Lavrov" in item.toolTip() or "Also written: Sergey Lavrov, Lavrov" in item.toolTip()
    win.facets.actors.setCurrentItem(item)
    assert "also written" in win.facets.variants.text() and "Sergey Lavrov" in win.facets.variants.text()
    places = [win.facets.places.item(i).data(NAME_ROLE) for i in range(win.facets.places.count())]
    assert "Moscow" in places
    win.facets.search.setText("sergey")  # a variant finds its canonical name
    visible = [win.facets.actors.item(i).data(NAME_ROLE) for i in range(win.facets.actors.count())
               if not win.facets.actors.item(i).isHidden()]
    assert visible == ["Sergei Lavrov"]


def test_actor_lanes_use_canonical_names(win, qtbot):
    win.timeline_menus.set_lane_mode("actor")
    win.timeline.refresh()
    names = [win.timeline.lane_name(i) for i in range(win.timeline.lane_count())]
    assert "Sergei Lavrov" in names and "Lavrov" not in names and "Sergey Lavrov" not in names
    event = next(e for e in shown_events(win) if len(e.actors) >= 2)
    assert len(win.timeline.lanes_of(event)) == len(set(event.actors))  # one lane per actor


def test_click_filters_ctrl_click_adds_chip_shows_and_esc_clears(win, qtbot):
    total = win.proxy.rowCount()
    marks = win.timeline.mark_count()
    click_item(qtbot, win.facets.actors, "Sergei Lavrov")
    assert win.proxy.entity_filter() == (("Sergei Lavrov",), ())
    lavrov = shown_events(win)
    assert 0 < len(lavrov) < total
    assert all(any("Sergei Lavrov" in s.actors for s in sources(win, e)) for e in lavrov)
    qtbot.waitUntil(lambda: win.timeline.mark_count() < marks)
    assert win.filter_chip.isVisible() and win.filter_chip.text() == "Filter: Sergei Lavrov"

    click_item(qtbot, win.facets.places, "Pyongyang", Qt.KeyboardModifier.ControlModifier)
    assert win.proxy.entity_filter() == (("Sergei Lavrov",), ("Pyongyang",))
    assert len(shown_events(win)) > len(lavrov)
    assert win.filter_chip.text() == "Filter: Sergei Lavrov, Pyongyang"
    assert "shown" in win.status_text()

    click_item(qtbot, win.facets.places, "Pyongyang")  # a plain click: that one alone
    assert win.proxy.entity_filter() == ((), ("Pyongyang",))
    assert not win.facets.actors.selectedItems()

    qtbot.keyClick(win.facets.places, Qt.Key.Key_Escape)
    assert win.proxy.entity_filter() == ((), ())
    assert win.proxy.rowCount() == total and not win.filter_chip.isVisible()
    assert not win.facets.places.selectedItems()
    assert win.timeline.hasFocus()  # Esc returns to the timeline
    qtbot.waitUntil(lambda: win.timeline.mark_count() == marks)


def test_chip_button_clears_and_selecting_a_hidden_event_reveals_it(win, qtbot):
    win.facets.select(["Pyongyang"])
    assert win.filter_chip.isVisible()
    hidden = next(e for e in (win.model.event_by_key(k) for k in range(win.model.key_count()))
                  if "Pyongyang" not in e.places and not win.model.group_of(e.id))
    assert win.selection.select_event(hidden.id)  # the user asked for it: the filter goes
    assert win.proxy.entity_filter() == ((), ())
    win.facets.select(["Pyongyang"])
    qtbot.mouseClick(win.filter_chip.clear_button, Qt.MouseButton.LeftButton)
    assert win.proxy.entity_filter() == ((), ()) and not win.filter_chip.isVisible()


def test_shortcut_focuses_the_facet_lists_and_keyboard_selection_filters(win, qtbot):
    qtbot.keyClick(win.timeline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.facets.actors.hasFocus()
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Down)
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Space)
    assert len(win.proxy.entity_filter()[0]) == 1


def test_source_pane_marks_actor_and_place_mentions_below_the_dates(win, qtbot):
    event = next(e for e in shown_events(win) if e.actors and e.places)
    win.selection.select_event(event.id)
    ranges = win.source.highlighted_ranges()
    text = win.source.text.toPlainText()
    actors = [text[s:e] for s, e, k in ranges if k == "actor"]
    places = [text[s:e] for s, e, k in ranges if k == "place"]
    assert actors and places and any(k == "timex" for _, _, k in ranges)
    kinds = [k for _, _, k in ranges]
    assert max(i for i, k in enumerate(kinds) if k in ("actor", "place")) < kinds.index("sentence")  # drawn first
    styles = {sel.format.underlineStyle() for sel in win.source.text.extraSelections()}
    assert QTextCharFormat.UnderlineStyle.DotLine in styles and QTextCharFormat.UnderlineStyle.DashUnderline in styles


def test_merge_and_split_are_undoable_and_relabel_the_events(win, qtbot):
    people = win.people
    lavrov = people.index.find("Sergei Lavrov")
    wang = people.index.find("Wang Yi")
    wang_events = [e.id for e in shown_events(win) if "Wang Yi" in e.actors]
    # merge by the keyboard: select both (Ctrl-click), Ctrl+Shift+M merges into the current one
    click_item(qtbot, win.facets.actors, "Sergei Lavrov")
    click_item(qtbot, win.facets.actors, "Wang Yi", Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert people.entity(lavrov.id) is None or people.entity(wang.id) is None
    names = [win.facets.actors.item(i).data(NAME_ROLE) for i in range(win.facets.actors.count())]
    assert ("Wang Yi" in names) != ("Sergei Lavrov" in names)
    assert all("Wang Yi" not in win.model.event_by_key(win.model.key_of(i)).actors for i in wang_events) or \
        all("Sergei Lavrov" not in e.actors for e in shown_events(win))
    assert win.facets.actors.hasFocus()  # focus stays in the list
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert people.entity(lavrov.id) is not None and people.entity(wang.id) is not None
    assert all("Wang Yi" in win.model.event_by_key(win.model.key_of(i)).actors for i in wang_events)

    # split "Sergey Lavrov" off as an actor of its own; undo; redo
    assert people.split(lavrov.id, ["Sergey Lavrov"])
    names = [win.facets.actors.item(i).data(NAME_ROLE) for i in range(win.facets.actors.count())]
    assert "Sergey Lavrov" in names and "Sergei Lavrov" in names
    assert "Sergey Lavrov" not in people.entity(lavrov.id).variants
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Sergey Lavrov" in people.entity(lavrov.id).variants
    qtbot.keyClick(win.facets.actors, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Sergey Lavrov" not in people.entity(lavrov.id).variants


def test_context_menu_offers_filter_merge_and_split(win):
    lst = win.facets.actors
    item = lst.item_named("Sergei Lavrov")
    menu = win.facets.context_menu(lst, item)
    texts = [a.text() for a in menu.actions()]
    assert "Filter on Sergei Lavrov" in texts and "Add to Filter" in texts
    split = next(a for a in menu.actions() if a.menu() is not None)
    assert split.isEnabled()
    variants = [a.text() for a in split.menu().actions()]
    assert any("Sergey Lavrov" in v for v in variants)
    next(a for a in split.menu().actions() if "Sergey Lavrov" in a.text()).trigger()
    assert win.people.index.find("Sergey Lavrov").id != win.people.index.find("Sergei Lavrov").id
    menu.deleteLater()


def test_help_overlay_lists_the_new_keys():
    rows = {r.text: r for r in overlay_rows()}
    for text in ("Next Source", "Previous Source", "Actors and Places", "Expand Sources", "Ungroup Sources",
                 "Merge Selected Names", "Split a Spelling Off", "Undo", "Redo"):
        assert text in rows and rows[text].keys, text


def test_place_lanes_from_the_menu_and_lanes_follow_a_later_annotation(make_window, entity_documents, qtbot):
    from dataclasses import replace

    window = make_window()
    bare = [replace(d, events=tuple(replace(e, actors=(), places=()) for e in d.events)) for d in entity_documents]
    window.add_documents(bare)  # as loading does: events first, who and where once all are read
    window.timeline_menus.lane_actions["place"].trigger()
    assert window.timeline.lane_mode() == "place"
    qtbot.waitUntil(lambda: window.timeline.lane_count() >= 1)
    assert [window.timeline.lane_name(i) for i in range(window.timeline.lane_count())] == ["(no place)"]
    with qtbot.waitSignal(window.people.annotated, timeout=30_000):
        window.annotate_entities()  # off the GUI thread; applied when done
    window.timeline.refresh()
    names = [window.timeline.lane_name(i) for i in range(window.timeline.lane_count())]
    assert "Moscow" in names and "Pyongyang" in names
    event = next(e for e in shown_events(window) if len(set(e.places)) >= 2)
    assert len(window.timeline.lanes_of(event)) == len(set(event.places))
    # a group's mark carries its source count
    group = next(g for g in window.model.groups() if g.sources == 3)
    key = window.model.key_of(group.event_ids[0])
    title = window.timeline.arr.titles[key]
    assert title.endswith(f"{SOURCES_MARK}3")
    missing = [c for c in title if not QFontMetricsF(QFont()).inFontUcs4(ord(c))]
    assert not missing, f"drawn as a missing-glyph box: {missing}"  # "Work begins ▯13" once
    window.timeline_menus.lane_actions["actor"].trigger()
    window.timeline.refresh()
    assert "Sergei Lavrov" in [window.timeline.lane_name(i) for i in range(window.timeline.lane_count())]
