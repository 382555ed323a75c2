"""Every command of the window, in one table: menu text, shortcut, help line, and the plain method
that does it. Menus, shortcuts, tests and the (future) help overlay are all generated from
:data:`ACTIONS`, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  #: stable key in ``window.actions``
    text: str  #: menu text, with an ``&`` mnemonic
    shortcut: str | None  #: portable text form, e.g. "Ctrl+O"
    method: str  #: name of a no-argument method on the window
    menu: str  #: top-level menu title
    help: str  #: one line for status tips and the help overlay


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open", "&Open Files\u2026", "Ctrl+O", "open_files_dialog", "&File",
               "Open article files (.txt, .md) in place of the current ones"),
    ActionSpec("open_folder", "Open &Folder\u2026", "Ctrl+Shift+O", "open_folder_dialog", "&File",
               "Open every article in a folder and its subfolders"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", "quit_app", "&File", "Quit Timeline Explorer"),
    ActionSpec("fit_all", "&Fit All Events", "Ctrl+0", "fit_all", "&View",
               "Zoom the timeline out to show every dated event"),
    ActionSpec("zoom_in", "Zoom &In", "Ctrl+=", "zoom_in", "&View", "Zoom the timeline in around its centre"),
    ActionSpec("zoom_out", "Zoom &Out", "Ctrl+-", "zoom_out", "&View", "Zoom the timeline out around its centre"),
    ActionSpec("filter", "&Filter Events", "Ctrl+F", "focus_filter", "&View",
               "Type to narrow the table and the timeline to matching events"),
    ActionSpec("about", "&About Timeline Explorer", None, "show_about", "&Help", "Version and credits"),
)


def create_actions(target: object, parent: QWidget, specs: Iterable[ActionSpec] = ACTIONS) -> dict[str, QAction]:
    """One ``QAction`` per spec, triggering ``getattr(target, spec.method)``; added to ``parent`` so
    the shortcuts work even when the menu bar is hidden."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, parent)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(spec.help)
        action.setToolTip(spec.help)
        method: Callable[[], object] = getattr(target, spec.method)
        action.triggered.connect(lambda _checked=False, m=method: m())
        parent.addAction(action)
        actions[spec.name] = action
    return actions


def populate_menus(menubar: QMenuBar, actions: dict[str, QAction], specs: Iterable[ActionSpec] = ACTIONS) -> None:
    menus = {}
    for spec in specs:
        if spec.menu not in menus:
            menus[spec.menu] = menubar.addMenu(spec.menu)
        menu = menus[spec.menu]
        if spec.name == "quit":
            menu.addSeparator()
        menu.addAction(actions[spec.name])


def shortcut_table(specs: Iterable[ActionSpec] = ACTIONS) -> list[tuple[str, str]]:
    """(shortcut as the user's platform writes it, help) for the help overlay."""
    return [(QKeySequence(s.shortcut).toString(QKeySequence.SequenceFormat.NativeText), s.help)
            for s in specs if s.shortcut]
