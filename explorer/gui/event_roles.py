"""The event table's columns and the data roles every view asks the event model for.

Kept apart from :mod:`explorer.gui.event_model` because every view, the proxy and the model's own
parts (order, groups, search) name them, and none of them needs the model to do so.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    DOCUMENT = 2
    SOURCES = 3  #: how many articles report the event (grouped events), and whether their dates differ


COLUMN_COUNT = len(Column)

HEADERS = ("Date", "Title", "Document", "Sources")
#: The Sources column's header while few events are grouped (the column is narrow then: see
#: ``EventTableView.fit_sources_column``), and its tooltip, which names it in full.
SOURCES_SHORT_HEADER = "Src"
SOURCES_HEADER_TIP = "Sources: how many articles report the event (▸ opens the group)"

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  #: the :class:`Event` itself

SORT_ROLE = Qt.ItemDataRole.UserRole + 2  #: a key that sorts the column meaningfully (dates by time)

LANE_ROLE = Qt.ItemDataRole.UserRole + 3  #: the document's lane index

KEY_ROLE = Qt.ItemDataRole.UserRole + 4  #: the event's stable storage key

GROUP_ROLE = Qt.ItemDataRole.UserRole + 5  #: the :class:`EventGroup` the event belongs to, or None

FILTER_ROLE = Qt.ItemDataRole.UserRole + 6  #: "1" if the event passes the proxy's filters, else "0"
