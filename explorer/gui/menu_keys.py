"""An open menu gets its own plain keys first.

The timeline's one-key commands (* star, . zoom, + - 0 [ ] / ?; letters were commands once)
are ``WidgetWithChildrenShortcut`` actions, and Qt matches that context against the focus widget
alone: while a menu is open the timeline keeps the focus, so Alt+F then S (the menu's "Save", when S
was Star) starred the selected event and left the menu open, and Alt+E then T tagged rather than
picking the menu's item. A menu that claims every
unmodified key's ``ShortcutOverride`` receives the key press itself and handles it as a menu does
(mnemonics, arrows, Enter); Ctrl and Alt shortcuts still go to their actions.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

from explorer.gui.guard import guard_overrides

#: Modifiers that make a key a window shortcut rather than a menu's own key (Shift is kept: "?").
_SHORTCUT_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                       | Qt.KeyboardModifier.MetaModifier)


@guard_overrides
class MenuKeysFirst(QObject):
    """Event filter for menus: accepts the ShortcutOverride of every key pressed without Ctrl, Alt or
    Meta, so the menu, not a shortcut of the widget behind it, handles that key."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and not event.modifiers() & _SHORTCUT_MODIFIERS):
            event.accept()
        return False


def give_menus_their_keys(menus: Iterable[QMenu], owner: QObject) -> MenuKeysFirst:
    """Install one :class:`MenuKeysFirst` (a child of ``owner``) on each menu and its submenus."""
    keys_first = MenuKeysFirst(owner)
    for menu in menus:
        for each in [menu, *menu.findChildren(QMenu)]:
            each.installEventFilter(keys_first)
    return keys_first
