"""The one question asked before unsaved work would be lost (New, Open, closing the window, Quit).

Qt's stock ``QMessageBox.question`` labels its buttons "Save", "Discard" and "Cancel" with no
mnemonic, so a keyboard user had to Tab to "Discard"; here each button has an Alt key
("&Save", "Do&n't Save"), Enter saves and Esc cancels. Tests replace :func:`ask_to_save` (the
controller calls it through this module) to answer without a modal loop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel

#: the buttons' words, each with its Alt key (Esc is Cancel's key)
BUTTON_TEXTS = {SAVE: "&Save", DISCARD: "Do&n't Save", CANCEL: "Cancel"}


def save_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The prompt, not yet shown: Save (the default), Don't Save, Cancel (Esc)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, SAVE | DISCARD | CANCEL, parent)
    for standard, words in BUTTON_TEXTS.items():
        box.button(standard).setText(words)
    box.setDefaultButton(SAVE)
    box.setEscapeButton(CANCEL)
    return box


def ask_to_save(parent: QWidget | None, title: str, text: str) -> QMessageBox.StandardButton:
    """Ask, modally; the answer as a standard button (closing the box is Cancel)."""
    box = save_box(parent, title, text)
    box.exec()
    return box.standardButton(box.clickedButton()) if box.clickedButton() is not None else CANCEL
