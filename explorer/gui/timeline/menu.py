"""The timeline's menu entries that the action table cannot express: View ▸ Lanes and View ▸ Colour By
(checkable, one of several each, kept in the settings with the window state), and the handlers behind
File ▸ Export Image and View ▸ Colour By ▸ Next Colour Key (``C`` on the timeline, in the action table)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from explorer.timeline.lanes import COLOUR_MODES, LANE_MODES, default_colour_mode

SETTINGS_KEY = "window/timelineLanes"
COLOUR_SETTINGS_KEY = "window/timelineColour"
COLOUR_MENU_TEXT = {"document": "&Document", "actor": "&Actor", "place": "&Place"}
COLOUR_HELP = {"document": "Colour each event by its document (the table's colours)",
               "actor": "Colour each event by its first actor; events without one are grey",
               "place": "Colour each event by its first place; events without one are grey"}
LANE_MENU_TEXT = {"document": "By &Document", "actor": "By &Actor", "place": "By &Place", "none": "&Single Lane"}
LANE_HELP = {"document": "One lane per document, labelled with its title",
             "actor": "One lane per actor; an event with several actors is in each of their lanes",
             "place": "One lane per place; an event naming several places is in each of their lanes",
             "none": "Every event in one lane"}


def _choice_menu(window, owner, title, name, modes, texts, helps, pick):
    """A submenu of exclusive, checkable choices (lanes, colours), one action per mode."""
    menu = QMenu(title, window)
    menu.setObjectName(f"menu_{name}")
    group = QActionGroup(owner)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for mode in modes:
        action = QAction(texts[mode], menu)
        action.setObjectName(f"action_{name}_{mode}")
        action.setCheckable(True)
        action.setStatusTip(helps[mode])
        action.triggered.connect(lambda _checked=False, m=mode: pick(m))
        group.addAction(action)
        menu.addAction(action)
        actions[mode] = action
    return menu, group, actions


class TimelineMenus(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timeline = window.timeline
        self.lanes_menu, self.group, self.lane_actions = _choice_menu(
            window, self, "Lane&s", "lanes", LANE_MODES, LANE_MENU_TEXT, LANE_HELP, self.set_lane_mode
        )
        saved = str(QSettings().value(SETTINGS_KEY, "document"))
        self.timeline.set_lane_mode(saved if saved in LANE_MODES else "document")
        self._check(self.timeline.lane_mode())
        self.timeline.laneModeChanged.connect(self._check)

        self.colour_menu, self.colour_group, self.colour_actions = _choice_menu(
            window, self, "&Colour By", "colour", COLOUR_MODES, COLOUR_MENU_TEXT, COLOUR_HELP, self.set_colour_mode
        )
        saved = str(QSettings().value(COLOUR_SETTINGS_KEY, ""))
        self.timeline.set_colour_mode(saved if saved in COLOUR_MODES else default_colour_mode(self.timeline.lane_mode()))
        self._check_colour(self.timeline.colour_mode())
        self.timeline.colourModeChanged.connect(self._check_colour)
        self.timeline.laneModeChanged.connect(self._follow_lanes)

    def install(self, menus: dict[str, QMenu] | None = None) -> None:
        """Add View ▸ Lanes to the window's View menu (or the menu bar if it has none)."""
        view = (menus or {}).get("&View") or _menu(self.window, "View")
        cycle = getattr(self.window, "actions", {}).get("cycle_colour")
        if cycle is not None:  # the action table's entry (the help overlay lists its key), also here
            self.colour_menu.addSeparator()
            self.colour_menu.addAction(cycle)
        if view is not None:
            if cycle is not None and cycle in view.actions():  # Lanes ▸, Colour By ▸, Next Colour Key
                view.insertMenu(cycle, self.lanes_menu)
                view.insertMenu(cycle, self.colour_menu)
            else:
                view.addSeparator()
                view.addMenu(self.lanes_menu)
                view.addMenu(self.colour_menu)
        else:
            self.window.menuBar().addMenu(self.lanes_menu)
            self.window.menuBar().addMenu(self.colour_menu)

    def set_lane_mode(self, mode: str) -> None:
        self.timeline.set_lane_mode(mode)
        QSettings().setValue(SETTINGS_KEY, mode)

    def _check(self, mode: str) -> None:
        self.lane_actions[mode].setChecked(True)

    def set_colour_mode(self, mode: str) -> None:
        """The user's choice: kept, and from now on independent of the lanes."""
        self.timeline.set_colour_mode(mode)
        QSettings().setValue(COLOUR_SETTINGS_KEY, mode)

    def _follow_lanes(self, lane_mode: str) -> None:
        """Until the user picks a colour key, colours follow the lanes (as they did before there was
        a choice): lanes by actor are coloured by actor, and so on."""
        if str(QSettings().value(COLOUR_SETTINGS_KEY, "")) not in COLOUR_MODES:
            self.timeline.set_colour_mode(default_colour_mode(lane_mode))

    def cycle_colour(self) -> None:
        """Colour by the next of document, actor, place; the status bar says which."""
        modes = list(COLOUR_MODES)
        mode = modes[(modes.index(self.timeline.colour_mode()) + 1) % len(modes)]
        self.set_colour_mode(mode)
        if hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(f"Colour by {mode}", 4000)

    def _check_colour(self, mode: str) -> None:
        self.colour_actions[mode].setChecked(True)

    def export_image(self):
        """Export, then give focus back to where the user was and say what was written.

        Dialogs hand focus back only on some window managers; browsing by keyboard must not
        depend on that.
        """
        from PySide6.QtWidgets import QApplication

        from explorer.gui.export_dialog import export_image_dialog

        before = QApplication.focusWidget() or self.timeline
        empty = self.timeline.nothing_to_export()
        if empty:  # a dialog for a blank image would only waste the user's time
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self.window, "Export Image", empty)
            before.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        try:
            written = export_image_dialog(self.timeline, self.window)
        finally:
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        if written is not None and hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(f"Exported the timeline to {written}", 8000)
        return written


def _menu(window: QMainWindow, name: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and action.text().replace("&", "") == name:
            return menu
    return None
