"""Where the user left a project: the selected event, the timeline's range and its top lane,
kept in the settings beside the project (keyed by the file's absolute path) and given back when
the project is opened again.

Beside the file, not in it, because a view is not an edit:
- the user who only read (selected an event, zoomed) and closed the window was never asked to save,
  and came back at the top lane with nothing selected; written into the file, the view would be
  lost unless every selection marked the project modified (a "Save the changes?" for a click) or
  the close rewrote the file behind the user's back (a new save token: another window holding
  the file would then report it changed, and a read-only file could not take it at all);
- the view is the reader's, not the project's: a project file handed to a colleague opens on the
  colleague's own last view of it (or the first view), not on wherever the sender stopped.
Old project files need nothing: a file with no remembered view opens on the first view as before.
Only the most recent projects' views are kept (as many as the Recent menu lists).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass

from PySide6.QtCore import QSettings

_KEY = "projects/views"


@dataclass(frozen=True, slots=True)
class LeftView:
    """What the user saw of a project when they left it."""

    event_id: str | None
    x_range: tuple[float, float] | None
    first_lane: int = 0
    #: the lanes' kind then ("document", "actor", ...; None in views kept before it was): the top
    #: lane is given back only in the same kind of lanes
    lane_mode: str | None = None


def _all() -> dict[str, dict]:
    raw = QSettings().value(_KEY, "")
    try:
        found = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:  # a damaged setting is no view, never an error at opening
        return {}
    return found if isinstance(found, dict) else {}


def remember_view(path: str | os.PathLike[str], view: LeftView, keep: int) -> None:
    """Keep ``view`` for the project at ``path``, most recent first, at most ``keep`` projects."""
    key = os.path.abspath(os.fspath(path))
    entry: dict[str, object] = {"lane": int(view.first_lane)}
    if view.lane_mode is not None:
        entry["lanes"] = view.lane_mode
    if view.event_id is not None:
        entry["event"] = view.event_id
    if view.x_range is not None:
        entry["range"] = [float(view.x_range[0]), float(view.x_range[1])]
    views = {key: entry, **{p: v for p, v in _all().items() if p != key}}
    QSettings().setValue(_KEY, json.dumps(dict(list(views.items())[:keep])))


def recalled_view(path: str | os.PathLike[str]) -> LeftView | None:
    """The view the user left the project at ``path`` in, or None (never opened here, or damaged)."""
    entry = _all().get(os.path.abspath(os.fspath(path)))
    if not isinstance(entry, dict):
        return None
    event = entry.get("event")
    span = entry.get("range")
    x_range = None
    if (isinstance(span, list) and len(span) == 2 and all(isinstance(v, (int, float)) for v in span)
            and all(math.isfinite(v) for v in span) and span[0] < span[1]):
        x_range = (float(span[0]), float(span[1]))
    lane = entry.get("lane", 0)
    mode = entry.get("lanes")
    return LeftView(event if isinstance(event, str) else None, x_range,
                    lane if isinstance(lane, int) and lane >= 0 else 0, mode if isinstance(mode, str) else None)


def view_left_in(window) -> LeftView:
    """What ``window`` (a :class:`~explorer.gui.main_window.MainWindow`) shows now. The range only
    if the user chose it (zoomed, panned, went to a date): a timeline still following the data
    reopens following it, on the same fit, and goes on fitting as events change."""
    event = window.selection.current_event()
    timeline = window.timeline
    x_range = None if timeline.is_fitting() else timeline.visible_range()
    return LeftView(event.id if event is not None else None, x_range, timeline.first_lane(), timeline.lane_mode())


def return_to(window, view: LeftView) -> None:
    """Show ``view`` in ``window`` again: the event selected in the shared selection (so the table,
    the timeline and the source pane show it), then the range and the top lane the user had, which
    the selection's own scrolling must not override. An event gone since (its document removed
    elsewhere) is no error: the rest of the view is still given back."""
    if view.event_id is not None:
        window.selection.select_event(view.event_id)
    timeline = window.timeline
    if view.x_range is not None:
        timeline.set_visible_range(*view.x_range)
    # Lane 15 of the documents is not lane 15 of the actors: a project left in one kind of lanes and
    # reopened in another (View > Lanes is the app's, not the project's) opened scrolled to that
    # number, its selected event out of sight. There the selection's own scrolling stands.
    same_lanes = view.lane_mode is None or view.lane_mode == timeline.lane_mode()
    if same_lanes and timeline.arr.n_lanes and view.first_lane != timeline.first_lane():
        timeline.scroll_lanes(view.first_lane - timeline.first_lane())
