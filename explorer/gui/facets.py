"""The facet dock: actors and places with their event counts; clicking filters the timeline and the
table (through the proxy's ``set_entity_filter``), Ctrl-click adds to the filter. The variants merged
under a canonical name show under the lists and in tooltips; right-click merges or splits (undoable).

:class:`FilterChip` shows the active filter above the panes ("Filter: Zarif, Vienna ×"); Esc or its
button clears it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDockWidget, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMenu, QSplitter, QStyle, QStyledItemDelegate, QToolButton, QVBoxLayout, QWidget,
)

from explorer.entities.index import Entity
from explorer.gui.coalesce import start_once
from explorer.gui.guard import guard_overrides
from explorer.gui.event_proxy import EventProxyModel
from explorer.gui.menu_keys import give_menus_their_keys
from explorer.gui.people import People
from explorer.store.text_fold import fold

#: Work on the counts per turn of the event loop while the lists wait for them (seconds): each
#: step is a few milliseconds at 1M events, so a turn stays well under the 100 ms a keystroke may take.
COUNT_STEP_S = 0.012
#: The counts' first step waits this long (ms) after the first turn that follows opening, so that
#: the turns right after it (the window's paint) do not do it too.
COUNT_START_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1  #: entity id
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  #: canonical name (what events carry)


def variants_text(entity: Entity) -> str:
    """The other spellings merged under the canonical name, most used first."""
    others = [v for v, _ in entity.variants.most_common() if v != entity.name]
    return ", ".join(others)


#: "Name  (count)": the name and its count, as an item shows them.
_NAME_AND_COUNT = re.compile(r"(?P<name>.*?)(?P<count>\s+\(\d+\))")


@guard_overrides
class CountKeepingDelegate(QStyledItemDelegate):
    """Draws "Name  (count)" with the name cut at its end and the count whole. Qt's own middle cut
    took the count's first digits and bracket in a narrow dock ("Ira…15)", "Uni…(6)" at 640 px)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt name)
        super().initStyleOption(option, index)
        found = _NAME_AND_COUNT.fullmatch(option.text or "")
        if found is None:
            return
        metrics = option.fontMetrics
        style = option.widget.style() if option.widget is not None else QApplication.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, option.widget) + 1)
        room = option.rect.width() - margin
        if room <= 0 or metrics.horizontalAdvance(option.text) <= room:
            return
        count = found.group("count")
        name = metrics.elidedText(found.group("name"), Qt.TextElideMode.ElideRight,
                                  max(0, room - metrics.horizontalAdvance(count)))
        option.text = name + count


class FacetList(QListWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setUniformItemSizes(True)
        # "Name  (count)": a long name cut at the right took its count with it in the narrow dock
        # (at 1366 px most actors read "Qasem Soleima..."); cut in the middle, the count stays.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setItemDelegate(CountKeepingDelegate(self))

    def selected_names(self) -> list[str]:
        return [it.data(NAME_ROLE) for it in self.selectedItems()]

    def selected_ids(self) -> list[str]:
        return [it.data(ID_ROLE) for it in self.selectedItems()]

    def item_named(self, name: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(NAME_ROLE) == name:
                return self.item(i)
        return None


class FacetDock(QDockWidget):
    #: Whether the events still wait for their actors and places (articles being read, or their
    #: names being found): lanes by actor or place then say so instead of a silent "(no actor)".
    namesPendingChanged = Signal(bool)

    def __init__(self, people: People, proxy: EventProxyModel, parent: QWidget | None = None) -> None:
        super().__init__("Actors && Places", parent)
        self.setObjectName("facetDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.people = people
        self.proxy = proxy
        self._syncing = False
        #: The window is still reading articles: actors and places are found only once all are read.
        self._reading = False
        #: A large project was just opened: the counts are made a few milliseconds per turn of the
        #: event loop (``People.advance_counts``), and the lists filled when they are.
        self._counting = False
        self._names_pending = False
        self._count_poll = QTimer(self)
        self._count_poll.setInterval(0)
        self._count_poll.timeout.connect(self._poll_counts)
        self._count_queued = False

        body = QWidget(self)
        self.search = QLineEdit(body)
        self.search.setObjectName("facetSearch")
        self.search.setPlaceholderText("Find an actor or place\u2026")
        self.search.setClearButtonEnabled(True)
        self.actors = FacetList("actorFacets", body)
        self.places = FacetList("placeFacets", body)
        self.actors_label = QLabel("Actors", body)
        self.places_label = QLabel("Places", body)
        self.variants = QLabel(body)
        self.variants.setObjectName("facetVariants")
        self.variants.setWordWrap(True)
        self.variants.setTextFormat(Qt.TextFormat.PlainText)
        self.variants.setStyleSheet("color: #555;")
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        for label, lst in ((self.actors_label, self.actors), (self.places_label, self.places)):
            box = QWidget(splitter)
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(label)
            col.addWidget(lst, 1)
            splitter.addWidget(box)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.variants)
        self.setWidget(body)

        self.search.textChanged.connect(self._apply_search)
        for lst in (self.actors, self.places):
            lst.itemSelectionChanged.connect(lambda lst=lst: self._on_selection(lst))
            lst.itemPressed.connect(lambda _item, lst=lst: self._on_selection(lst))
            lst.currentItemChanged.connect(self._show_variants)
            lst.customContextMenuRequested.connect(lambda pos, lst=lst: self._context_menu(lst, pos))
        people.changed.connect(self.rebuild)
        # a run that ends (applied, failed or stopped) may change no list: the headings still follow
        people.annotated.connect(self.update_headings)
        people.message.connect(lambda _text: self.update_headings())
        proxy.entityFilterChanged.connect(self._sync_from_proxy)
        self.rebuild()

    # -- filling -----------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Refill both lists from the index (keeps what is selected, by canonical name). Right after
        a large project is opened the counts are not made yet: the lists wait for them, emptied (a
        previous project's names are no filter for this one), and fill when they are."""
        if self.people.index is not None and not self.people.counts_ready():
            self._await_counts()
            return
        self._counting = False
        self._count_poll.stop()
        counts = self.people.event_counts()
        actors, places = self.proxy.entity_filter()
        self._syncing = True
        try:
            for lst, entities, chosen in ((self.actors, self.people.actors(), actors),
                                          (self.places, self.people.places(), places)):
                lst.clear()
                for entity in sorted(entities, key=lambda e: (-counts[e.name], e.name.casefold())):
                    n = counts[entity.name]
                    if n == 0 and entity.name not in chosen:
                        continue  # named only outside any event's sentence: nothing to filter to
                    item = QListWidgetItem(f"{entity.name}  ({n})")
                    item.setData(ID_ROLE, entity.id)
                    item.setData(NAME_ROLE, entity.name)
                    also = variants_text(entity)
                    tip = f"{entity.name}: {entity.kind}, {n} event{'s' if n != 1 else ''}"
                    item.setToolTip(tip + (f"\nAlso written: {also}" if also else ""))
                    lst.addItem(item)
                    item.setSelected(entity.name in chosen)
        finally:
            self._syncing = False
        self._apply_search(self.search.text())
        self.update_headings()
        # names merged away or split off leave the filter
        known = {self.actors.item(i).data(NAME_ROLE) for i in range(self.actors.count())}
        known_places = {self.places.item(i).data(NAME_ROLE) for i in range(self.places.count())}
        if any(a not in known for a in actors) or any(p not in known_places for p in places):
            self.proxy.set_entity_filter([a for a in actors if a in known], [p for p in places if p in known_places])

    def _await_counts(self) -> None:
        if not self._counting:
            self._counting = True
            self._syncing = True  # emptying the lists is no click: the filter stays as it is
            try:
                self.actors.clear()
                self.places.clear()
            finally:
                self._syncing = False
        if not self._count_poll.isActive() and not self._count_queued:
            # the first step waits for the next turn (the window's paint after opening), then a while
            self._count_queued = True
            QTimer.singleShot(0, self, self._start_counting)
        self.update_headings()

    def _start_counting(self) -> None:
        self._count_queued = False
        if self._counting:
            start_once(self._count_poll, COUNT_START_MS)

    def _poll_counts(self) -> None:
        self._count_poll.setInterval(0)  # then a step every turn
        if self.people.advance_counts(COUNT_STEP_S):
            self.rebuild()

    def is_counting(self) -> bool:
        """Whether the lists wait for their counts (made in the background after opening)."""
        return self._counting

    def set_reading(self, reading: bool) -> None:
        """The window started (True) or ended (False) reading articles: until their actors and places
        are found, the headings say so, so that an empty list does not read as "nobody is named"."""
        self._reading = reading
        self.update_headings()

    def is_working(self) -> bool:
        """Whether the lists are still to be filled: articles being read, or their names being found."""
        return self._reading or self._counting or self.people.is_annotating()

    def names_pending(self) -> bool:
        """Whether the events still lack the actors and places being found (not the counting of a
        project opened with its names, whose events carry them already)."""
        return self._reading or self.people.is_annotating()

    def update_headings(self) -> None:
        """"Actors (12)"; while names are being found "Actors (finding\u2026)", or "Actors (12, updating\u2026)"
        when a new run will replace lists already shown (articles added)."""
        working = self.is_working()
        pending = self.names_pending()
        if pending != self._names_pending:
            self._names_pending = pending
            self.namesPendingChanged.emit(pending)
        tip = ("Actors and places are found once every article is read, in the background: on a large "
               "folder this takes a while" if working else "")
        if self._counting:
            tip = "Counting the events that name each actor and place: the lists fill in a moment"
        for label, kind, lst in ((self.actors_label, "Actors", self.actors), (self.places_label, "Places", self.places)):
            n = lst.count()
            if self._counting:
                label.setText(f"{kind} (counting\u2026)")
            elif not working:
                label.setText(f"{kind} ({n})")
            else:
                label.setText(f"{kind} ({n}, updating\u2026)" if n else f"{kind} (finding\u2026)")
            label.setToolTip(tip)

    def _apply_search(self, text: str) -> None:
        needle = fold(text.strip())
        for lst in (self.actors, self.places):
            for i in range(lst.count()):
                item = lst.item(i)
                entity = self.people.entity(item.data(ID_ROLE))
                words = [item.data(NAME_ROLE)] + (list(entity.variants) if entity else [])
                item.setHidden(bool(needle) and not any(needle in fold(w) for w in words))

    # -- filtering ---------------------------------------------------------------------------

    def select(self, names: Sequence[str], add: bool = False) -> None:
        """Filter on ``names`` (actors or places), as clicks (``add``: as Ctrl-clicks) would."""
        actors, places = self.proxy.entity_filter() if add else ((), ())
        actor_names = {self.actors.item(i).data(NAME_ROLE) for i in range(self.actors.count())}
        new_actors = list(actors) + [n for n in names if n in actor_names]
        new_places = list(places) + [n for n in names if n not in actor_names]
        self.proxy.set_entity_filter(new_actors, new_places)

    def clear_filter(self) -> None:
        self.proxy.set_entity_filter()

    def _on_selection(self, lst: FacetList) -> None:
        if self._syncing:
            return
        other = self.places if lst is self.actors else self.actors
        mods = QApplication.keyboardModifiers()
        if lst.selectedItems() and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self._syncing = True  # a plain click filters on this one alone
            try:
                other.clearSelection()
            finally:
                self._syncing = False
        self.proxy.set_entity_filter(self.actors.selected_names(), self.places.selected_names())

    def _sync_from_proxy(self, actors: tuple[str, ...], places: tuple[str, ...]) -> None:
        self._syncing = True
        try:
            for lst, chosen in ((self.actors, set(actors)), (self.places, set(places))):
                for i in range(lst.count()):
                    item = lst.item(i)
                    want = item.data(NAME_ROLE) in chosen
                    if item.isSelected() != want:
                        item.setSelected(want)
        finally:
            self._syncing = False

    def _show_variants(self, item: QListWidgetItem | None, _previous=None) -> None:
        entity = self.people.entity(item.data(ID_ROLE)) if item is not None else None
        if entity is None:
            self.variants.clear()
            return
        also = variants_text(entity)
        self.variants.setText(f"{entity.name}: also written {also}" if also else f"{entity.name}: one spelling")

    # -- focus and edits ---------------------------------------------------------------------

    def focus_lists(self) -> None:
        lst = self.places if self.places.hasFocus() else self.actors
        if lst.currentItem() is None and lst.count():
            lst.setCurrentRow(0, lst.selectionModel().SelectionFlag.NoUpdate)
        lst.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focused_list(self) -> FacetList:
        return self.places if self.places.hasFocus() else self.actors

    def merge_selected(self) -> bool:
        """Merge the selected entries of the focused list into its current entry (or the first)."""
        lst = self._focused_list()
        ids = lst.selected_ids()
        current = lst.currentItem()
        target = current.data(ID_ROLE) if current is not None and current.data(ID_ROLE) in ids else (ids[0] if ids else None)
        if target is None or len(ids) < 2:
            self.window().statusBar().showMessage("Select two or more names (Ctrl-click) to merge", 5000)
            return False
        done = self.people.merge(target, [i for i in ids if i != target])
        self._restore_focus(lst)
        return done

    def split_current(self) -> None:
        """Offer the current entry's spellings to split off (a menu under the entry)."""
        lst = self._focused_list()
        item = lst.currentItem()
        entity = self.people.entity(item.data(ID_ROLE)) if item is not None else None
        if entity is None or len(entity.variants) < 2:
            self.window().statusBar().showMessage("Choose a name with several spellings to split", 5000)
            return
        menu = self._split_menu(lst, entity)
        give_menus_their_keys([menu], menu)
        menu.popup(lst.viewport().mapToGlobal(lst.visualItemRect(item).bottomLeft()))

    def _split_menu(self, lst: FacetList, entity: Entity, parent: QMenu | None = None) -> QMenu:
        menu = QMenu(f"Split from {entity.name}", parent or lst)
        menu.setObjectName("splitMenu")
        for variant, count in entity.variants.most_common():
            action = menu.addAction(f"\u201c{variant}\u201d ({count} mention{'s' if count != 1 else ''}) as its own actor")
            action.triggered.connect(lambda _c=False, v=variant: self._split(lst, entity.id, v))
        return menu

    def _split(self, lst: FacetList, entity_id: str, variant: str) -> None:
        self.people.split(entity_id, [variant], variant)
        self._restore_focus(lst)

    def _restore_focus(self, lst: FacetList) -> None:
        if not lst.hasFocus():
            lst.setFocus(Qt.FocusReason.OtherFocusReason)

    def _context_menu(self, lst: FacetList, pos: QPoint) -> None:
        menu = self.context_menu(lst, lst.itemAt(pos))
        give_menus_their_keys([menu], menu)  # a menu's letters are its own, as in the menu bar
        menu.popup(lst.viewport().mapToGlobal(pos))

    def context_menu(self, lst: FacetList, item: QListWidgetItem | None) -> QMenu:
        """Filter on / add to filter / merge the selection into this / split a spelling off."""
        menu = QMenu(lst)
        menu.setObjectName("facetMenu")
        entity = self.people.entity(item.data(ID_ROLE)) if item is not None else None
        if entity is None:
            menu.addAction("Clear Filter", self.clear_filter)
            return menu
        menu.addAction(f"Filter on {entity.name}", lambda: self.select([entity.name]))
        menu.addAction("Add to Filter", lambda: self.select([entity.name], add=True))
        menu.addSeparator()
        others = [i for i in lst.selected_ids() if i != entity.id]
        merge = menu.addAction(f"Merge {len(others)} Selected into {entity.name}" if others
                               else "Merge with\u2026 (select names with Ctrl-click first)")
        merge.setEnabled(bool(others))
        merge.triggered.connect(lambda: (self.people.merge(entity.id, others), self._restore_focus(lst)))
        split = menu.addMenu(self._split_menu(lst, entity, menu))
        split.setEnabled(len(entity.variants) > 1)
        return menu


class FilterChip(QWidget):
    """"Filter: Zarif, Vienna ×" above the panes while actors or places filter the events."""

    def __init__(self, proxy: EventProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChip")
        self.proxy = proxy
        self.label = QLabel(self)
        self.label.setObjectName("filterChipLabel")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("filterChipClear")
        self.clear_button.setText("\u00d7")
        self.clear_button.setToolTip("Clear the actor and place filter (Esc)")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: proxy.set_entity_filter())
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.setSpacing(4)
        row.addWidget(self.label)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.setStyleSheet("#filterChipLabel { background: #e8f0fe; border: 1px solid #a8c4f0;"
                           " border-radius: 9px; padding: 1px 8px; }")
        proxy.entityFilterChanged.connect(self._update)
        self._update(*proxy.entity_filter())

    def _update(self, actors: tuple[str, ...], places: tuple[str, ...]) -> None:
        names = list(actors) + list(places)
        self.label.setText("Filter: " + ", ".join(names))
        self.label.setToolTip("Events naming any of: " + ", ".join(names))
        self.setVisible(bool(names))

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""
