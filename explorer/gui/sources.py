"""The bar above the source text for an event several articles report: "Source 1 of 3 ◀ ▶", the
article's name, and "⚠ dates differ: 5 Mar 2020 / 6 Mar 2020" when the sources disagree.

Stepping through the sources changes what the source pane shows, not the shared selection: the
group stays one event (one table row, one timeline mark) whichever article is being read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from explorer.entities.grouping import EventGroup
from explorer.gui.event_model_groups import disputed_dates


class SourcesBar(QWidget):
    previousRequested = Signal()
    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesBar")
        self.label = QLabel(self)
        self.label.setObjectName("sourcesLabel")
        self.dispute = QLabel(self)
        self.dispute.setObjectName("sourcesDispute")
        self.dispute.setStyleSheet("color: #b45309;")
        self.previous_button = QToolButton(self)
        self.previous_button.setText("\u25c0")
        self.previous_button.setToolTip("Previous source (Alt+PgUp)")
        self.next_button = QToolButton(self)
        self.next_button.setText("\u25b6")
        self.next_button.setToolTip("Next source (Alt+PgDown)")
        for button in (self.previous_button, self.next_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same; focus stays in the text
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.dispute, 1)
        self.setStyleSheet("#sourcesBar { background: #f3f4f6; }")
        self.hide()

    def show_source(self, group: EventGroup | None, position: int, count: int) -> None:
        if group is None or count < 2:
            self.hide()
            return
        self.label.setText(f"<b>Source {position + 1} of {count}</b>")
        self.dispute.setText(f"\u26a0 dates differ: {disputed_dates(group)}" if group.disputed else "")
        self.dispute.setToolTip("The articles give different dates for this event" if group.disputed else "")
        self.show()

    def text(self) -> str:
        """What the bar says, as plain text ("" while hidden)."""
        if self.isHidden():
            return ""
        label = self.label.text().replace("<b>", "").replace("</b>", "")
        return f"{label} {self.dispute.text()}".strip()
