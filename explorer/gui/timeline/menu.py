"""The timeline's menu entries that the action table cannot express: View ▸ Lanes (checkable, one of
three, kept in the settings with the window state), and the handler behind File ▸ Export Image."""

from __future__ import annotations

from PySide6.QtCore import Qt, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from explorer.timeline.lanes import LANE_MODES

SETTINGS_KEY = "window/timelineLanes"
LANE_MENU_TEXT = {"document": "By &Document", "actor": "By &Actor", "place": "By &Place", "none": "&Single Lane"}
LANE_HELP = {"document": "One lane per document, labelled with its title",
             "actor": "One lane per actor; an event with several actors is in each of their lanes",
             "place": "One lane per place; an event naming several places is in each of their lanes",
             "none": "Every event in one lane"}


class TimelineMenus(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timeline = window.timeline
        self.lanes_menu = QMenu("&Lanes", window)
        self.lanes_menu.setObjectName("menu_lanes")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.lane_actions: dict[str, QAction] = {}
        for mode in LANE_MODES:
            action = QAction(LANE_MENU_TEXT[mode], self.lanes_menu)
            action.setObjectName(f"action_lanes_{mode}")
            action.setCheckable(True)
            action.setStatusTip(LANE_HELP[mode])
            action.triggered.connect(lambda _checked=False, m=mode: self.set_lane_mode(m))
            self.group.addAction(action)
            self.lanes_menu.addAction(action)
            self.lane_actions[mode] = action
        saved = str(QSettings().value(SETTINGS_KEY, "document"))
        self.timeline.set_lane_mode(saved if saved in LANE_MODES else "document")
        self._check(self.timeline.lane_mode())
        self.timeline.laneModeChanged.connect(self._check)

    def install(self, menus: dict[str, QMenu] | None = None) -> None:
        """Add View ▸ Lanes to the window's View menu (or the menu bar if it has none)."""
        view = (menus or {}).get("&View") or _menu(self.window, "View")
        if view is not None:
            view.addSeparator()
            view.addMenu(self.lanes_menu)
        else:
            self.window.menuBar().addMenu(self.lanes_menu)

    def set_lane_mode(self, mode: str) -> None:
        self.timeline.set_lane_mode(mode)
        QSettings().setValue(SETTINGS_KEY, mode)

    def _check(self, mode: str) -> None:
        self.lane_actions[mode].setChecked(True)

    def export_image(self):
        """Export, then give focus back to where the user was and say what was written.

        Dialogs hand focus back only on some window managers; browsing by keyboard must not
        depend on that.
        """
        from PySide6.QtWidgets import QApplication

        from explorer.gui.export_dialog import export_image_dialog

        before = QApplication.focusWidget() or self.timeline
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
