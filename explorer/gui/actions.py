"""Every command of the window, in one table: menu text, shortcuts, help line, and the plain method
that does it. Menus, shortcuts, tests and the help overlay (F1 / ?) are all generated from
:data:`ACTIONS`, so they cannot drift apart.

Two scopes of keys:

* ``WINDOW`` keys (Ctrl+…, Alt+…, F-keys, Esc, Tab) work wherever the focus is in the window;
* ``TIMELINE`` keys (arrows, Home/End, Enter, and symbols no word starts with: ``* . + - 0 [ ] / ?``)
  act only while the timeline has focus (``Qt.WidgetWithChildrenShortcut`` on actions added to the
  timeline widget), so the table keeps its arrows, the source pane its cursor keys, and line edits
  their text. No letter is a command: every letter typed on the timeline, the table or the source
  text starts the filter (:mod:`explorer.gui.type_to_filter`), so "news" typed on the timeline
  filters on "news" (when N was Note, it opened a note holding "ews").

An action may have keys in both scopes (``F1`` anywhere and ``?`` on the timeline): the menu shows
its first shortcut, the overlay all of them. ``method`` may be a dotted path from the window
(``"nav.next_in_time"``) so the commands can live in small modules rather than in the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

WINDOW = "window"  #: the key works anywhere in the main window
TIMELINE = "timeline"  #: the key acts only while the timeline (or a child of it) has focus


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str  #: stable key in ``window.actions``
    text: str  #: menu text, with an ``&`` mnemonic
    shortcut: str | None  #: primary key, portable text form ("Ctrl+O", "Right"); shown in the menu
    method: str  #: no-argument method on the window, or a dotted path from it ("nav.first")
    menu: str  #: top-level menu title
    help: str  #: one line for status tips and the help overlay
    scope: str = WINDOW  #: where ``shortcut`` and ``alternates`` act
    alternates: tuple[str, ...] = ()  #: more keys in the same scope ("L" besides "Right")
    window_keys: tuple[str, ...] = ()  #: extra keys working anywhere (Ctrl+0 for a timeline "0")
    timeline_keys: tuple[str, ...] = ()  #: extra keys acting on the timeline only ("?" besides F1)
    section: str = ""  #: a separator goes between consecutive actions of different sections

    def keys(self) -> list[tuple[str, str]]:
        """Every (key, scope) of this action, the menu's shortcut first."""
        out = [(k, self.scope) for k in ((self.shortcut,) if self.shortcut else ()) + self.alternates]
        out += [(k, WINDOW) for k in self.window_keys]
        out += [(k, TIMELINE) for k in self.timeline_keys]
        return out


_T = TIMELINE
ACTIONS: tuple[ActionSpec, ...] = (
    # -- File
    ActionSpec("new_project", "&New Project", "Ctrl+N", "project_ctl.new_project", "&File",
               "Start an empty, untitled project (asks to save unsaved work)", section="project"),
    ActionSpec("open", "&Open\u2026", "Ctrl+O", "open_files_dialog", "&File",
               "Open a project (.tlproj), or import article files into the current project",
               section="project"),
    ActionSpec("save", "&Save", "Ctrl+S", "project_ctl.save", "&File",
               "Save the project: articles, events and every edit, in one .tlproj file", section="project"),
    ActionSpec("save_as", "Save &As\u2026", "Ctrl+Shift+S", "project_ctl.save_as", "&File",
               "Save the project to another file", section="project"),
    ActionSpec("open_folder", "Import &Folder\u2026", "Ctrl+Shift+O", "open_folder_dialog", "&File",
               "Import every article in a folder and its subfolders into the project", section="import"),
    ActionSpec("paste_document", "&Paste as New Document", "Ctrl+Shift+V", "project_ctl.paste_document", "&File",
               "Make a new document of the text on the clipboard", section="import"),
    ActionSpec("cancel_import", "&Cancel Import", None, "project_ctl.cancel_import", "&File",
               "Stop the running import; the documents already read are kept", section="import"),
    ActionSpec("export_data", "Export &Data\u2026", "Ctrl+Alt+E", "project_ctl.export_data", "&File",
               "Export the events with your edits as CSV, JSON, JSON Lines, TimelineJS, iCalendar or TimeML",
               section="export"),
    ActionSpec("export_image", "&Export Image\u2026", "Ctrl+E", "timeline_menus.export_image", "&File",
               "Save the timeline as shown (range, lanes, labels) as a PNG, SVG or PDF image",
               section="export"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", "quit_app", "&File", "Quit Timeline Explorer", section="quit"),
    # -- Edit (who is who, what goes with what; every edit undoable)
    ActionSpec("undo", "&Undo", "Ctrl+Z", "undo", "&Edit", "Undo the last edit (the menu names it)"),
    ActionSpec("redo", "&Redo", "Ctrl+Shift+Z", "redo", "&Edit", "Redo the last undone edit",
               alternates=("Ctrl+Y",)),
    ActionSpec("edit_date", "Edit &Date\u2026", "Ctrl+D", "curation.edit_date", "&Edit",
               "Give the selected event a date typed in words; events dated from it follow", section="event"),
    ActionSpec("edit_title", "Re&name\u2026", "F2", "curation.edit_title", "&Edit",
               "Change the selected event's title", section="event"),
    ActionSpec("edit_lane", "Move to &Lane\u2026", None, "curation.edit_lane", "&Edit",
               "Put the selected event in a lane of your choice", section="event"),
    ActionSpec("toggle_star", "S&tar", "*", "curation.toggle_star", "&Edit",
               "Star or unstar the selected event", scope=_T, section="event"),
    ActionSpec("edit_tags", "Ta&gs\u2026", "Ctrl+T", "curation.edit_tags", "&Edit",
               "Tag the selected event (comma-separated)", section="event"),
    ActionSpec("annotate", "Not&e\u2026", "Ctrl+Shift+N", "curation.annotate", "&Edit",
               "Write a note on the selected event", section="event"),
    ActionSpec("merge", "&Merge With\u2026", "Ctrl+M", "curation.merge", "&Edit",
               "Fold another event into the selected one; both sources are kept", section="event"),
    ActionSpec("reject", "Re&ject", "Del", "curation.reject", "&Edit",
               "Hide the selected event (View \u25b8 Show Rejected Events brings it back)", section="event"),
    ActionSpec("restore", "Rest&ore", "Shift+Del", "curation.restore", "&Edit",
               "Bring a rejected event back", section="event"),
    ActionSpec("add_event", "&Add Event from Selection", "Ins", "curation.add_event_from_selection", "&Edit",
               "Make an event of the words selected in the source text (their date, or one you give)",
               section="document"),
    ActionSpec("set_document_date", "Do&cument Date\u2026", "Ctrl+Shift+D", "curation.set_document_date", "&Edit",
               "Set the shown document's date: its relative dates (\u201clast week\u201d) re-resolve",
               section="document"),
    ActionSpec("merge_names", "Merge &Selected Names", "Ctrl+Shift+M", "facets.merge_selected", "&Edit",
               "Merge the actors (or places) selected in the list into the current one", section="names"),
    ActionSpec("split_name", "Split a Spelling O&ff\u2026", "Ctrl+Shift+K", "facets.split_current", "&Edit",
               "Make one spelling of the current actor an actor of its own", section="names"),
    ActionSpec("toggle_sources", "E&xpand Sources", "Ctrl+Shift+E", "toggle_sources", "&Edit",
               "Show each article reporting the selected event as a row of its own, or fold them back",
               section="sources"),
    ActionSpec("ungroup_sources", "Ungrou&p Sources", "Ctrl+Shift+U", "ungroup_sources", "&Edit",
               "The selected event's articles report different events: undo their grouping",
               section="sources"),
    # -- View
    ActionSpec("zoom_in", "Zoom &In", "+", "nav.zoom_in", "&View",
               "Zoom the timeline in around the selected event (or its centre)",
               scope=_T, alternates=("=",), window_keys=("Ctrl+=",)),
    ActionSpec("zoom_out", "Zoom &Out", "-", "nav.zoom_out", "&View",
               "Zoom the timeline out around the selected event (or its centre)",
               scope=_T, window_keys=("Ctrl+-",)),
    ActionSpec("fit_all", "&Fit All Events", "0", "fit_all", "&View",
               "Fit the dated events (a few century-wide vague spans left out); again: every event", scope=_T, window_keys=("Ctrl+0",)),
    ActionSpec("zoom_to_selection", "&Zoom to Selection", ".", "nav.zoom_to_selection", "&View",
               "Zoom the timeline to the selected event", scope=_T),
    ActionSpec("pan_right", "Pan &Later", "Shift+Right", "nav.pan_right", "&View",
               "Move the timeline a tenth of its width towards later times", scope=_T, section="pan"),
    ActionSpec("pan_left", "Pan &Earlier", "Shift+Left", "nav.pan_left", "&View",
               "Move the timeline a tenth of its width towards earlier times", scope=_T, section="pan"),
    ActionSpec("lanes_page_down", "Lanes Page &Down", "PgDown", "nav.page_lanes_down", "&View",
               "Scroll the lanes down by a page, the selection with them (Shift+wheel: the lanes only)", scope=_T, section="lanes"),
    ActionSpec("lanes_page_up", "Lanes Page &Up", "PgUp", "nav.page_lanes_up", "&View",
               "Scroll the lanes up by a page, the selection with them (Shift+wheel: the lanes only)", scope=_T, section="lanes"),
    ActionSpec("undated", "Undated E&vents", "Ctrl+U", "focus_undated", "&View",
               "The strip of events with no date: arrows pick one, Enter shows its sentence", section="panes"),
    ActionSpec("filter", "Fil&ter Events", "Ctrl+L", "focus_filter", "&View",
               "Type to narrow the table and the timeline to matching events (or just start typing"
               " on the timeline, the table or the text)", section="panes"),
    ActionSpec("facets", "&Actors and Places", "Ctrl+Shift+A", "focus_facets", "&View",
               "The actor and place lists: Enter or click filters on one, Ctrl-click adds to the filter",
               section="panes"),
    ActionSpec("show_filters", "Filte&rs Panel", "Ctrl+Shift+F", "filters.toggle", "&View",
               "Filter by star, tag, certainty, document and dates", section="panes"),
    ActionSpec("show_rejected", "Show Re&jected Events", None, "filters.toggle_rejected", "&View",
               "Show only the rejected events, to restore them", section="panes"),
    ActionSpec("show_orphans", "Orp&haned Edits", None, "orphans.toggle", "&View",
               "Edits whose words are gone from a changed document: re-attach or discard each", section="panes"),
    ActionSpec("next_pane", "&Next Pane", "Tab", "panes.focus_next", "&View",
               "Move the focus to the next pane: timeline, undated events, table, source text, actors, places, open panels", section="panes"),
    ActionSpec("previous_pane", "&Previous Pane", "Shift+Tab", "panes.focus_previous", "&View",
               "Move the focus to the previous pane", section="panes"),
    ActionSpec("escape", "&Back to Timeline", "Esc", "escape", "&View",
               "Clear the search and the actor/place filter, close overlays and bars, focus the timeline"
               " (in the Filter box, the first Esc empties it)",
               section="panes"),
    ActionSpec("cycle_colour", "Next Colour &Key", "Ctrl+K", "timeline_menus.cycle_colour", "&View",
               "Colour the marks by the next of document, actor, place (the legend shows the key)",
               section="colour"),
    # -- Go
    ActionSpec("next_event", "&Next Event", "Right", "nav.next_in_time", "&Go",
               "Select the next event in time", scope=_T),
    ActionSpec("previous_event", "&Previous Event", "Left", "nav.previous_in_time", "&Go",
               "Select the previous event in time", scope=_T),
    ActionSpec("next_in_text", "Next in &Text", "]", "nav.next_in_text", "&Go",
               "Select the next event in the text of the current document", scope=_T),
    ActionSpec("previous_in_text", "Previous in T&ext", "[", "nav.previous_in_text", "&Go",
               "Select the previous event in the text of the current document", scope=_T),
    ActionSpec("next_lane", "Next &Lane", "Down", "nav.next_lane", "&Go",
               "Select the event closest in time in the lane below", scope=_T),
    ActionSpec("previous_lane", "Previous L&ane", "Up", "nav.previous_lane", "&Go",
               "Select the event closest in time in the lane above", scope=_T),
    # Ctrl+Home/End as well: what they do in the table and in text; on the timeline they did nothing
    ActionSpec("first_event", "F&irst Event", "Home", "nav.first", "&Go",
               "Select the earliest event", scope=_T, alternates=("Ctrl+Home",)),
    ActionSpec("last_event", "Last E&vent", "End", "nav.last", "&Go", "Select the latest event", scope=_T,
               alternates=("Ctrl+End",)),
    ActionSpec("show_in_source", "Show in &Source", "Return", "show_in_source", "&Go",
               "Show the selected event's sentence in the source pane and focus it",
               scope=_T, alternates=("Enter",)),
    ActionSpec("next_source", "Next Sou&rce", "Alt+PgDown", "next_source", "&Go",
               "Show the selected event as the next article reporting it tells it",
               alternates=("Ctrl+]",), section="sources"),
    ActionSpec("previous_source", "Previous Sour&ce", "Alt+PgUp", "previous_source", "&Go",
               "Show the selected event as the previous article reporting it tells it",
               alternates=("Ctrl+[",), section="sources"),
    ActionSpec("go_to_date", "Go to &Date\u2026", "Ctrl+G", "go_to_date", "&Go",
               "Type a date in words or a year (\u201cMarch 2019\u201d, \u201cthe 1990s\u201d, \u201c1066\u201d, \u201c480 BC\u201d) to show it",
               section="jump"),
    ActionSpec("back", "&Back", "Alt+Left", "nav.back", "&Go",
               "Go back to the previously selected event", section="history"),
    ActionSpec("forward", "For&ward", "Alt+Right", "nav.forward", "&Go",
               "Go forward again through the selected events", section="history"),
    ActionSpec("find", "&Find\u2026", "Ctrl+F", "find", "&Go",
               "Highlight events whose title, sentence, actors or places match as you type",
               timeline_keys=("/",), section="find"),
    ActionSpec("find_next", "Find Ne&xt", "F3", "find_next", "&Go", "Select the next match", section="find"),
    ActionSpec("find_previous", "Find Previo&us", "Shift+F3", "find_previous", "&Go",
               "Select the previous match", section="find"),
    # -- Help
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "F1", "toggle_help", "&Help",
               "Show or hide this list of keys", timeline_keys=("?",)),
    ActionSpec("about", "&About Timeline Explorer", None, "show_about", "&Help", "Version and credits"),
)


def resolve(target: object, dotted: str) -> Callable[[], object]:
    """``target.a.b`` for ``"a.b"``: the method an action triggers."""
    obj = target
    for part in dotted.split("."):
        obj = getattr(obj, part)
    assert callable(obj), dotted
    return obj  # type: ignore[return-value]


def create_actions(target: object, parent: QWidget, specs: Iterable[ActionSpec] = ACTIONS,
                   timeline: QWidget | None = None) -> dict[str, QAction]:
    """One ``QAction`` per spec, triggering its method; added to ``parent`` (window keys, so they work
    even when the menu bar is hidden) or to ``timeline`` (timeline keys). An action with keys in both
    scopes gets a twin ``window.actions[name + "@timeline"]`` (or ``"@window"``) that is in no menu."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        method = resolve(target, spec.method)
        by_scope: dict[str, list[str]] = {}
        for key, scope in spec.keys():
            by_scope.setdefault(scope, []).append(key)
        main_scope = spec.scope if spec.shortcut else (next(iter(by_scope), WINDOW))
        for scope in [main_scope] + [s for s in by_scope if s != main_scope]:
            action = QAction(spec.text, parent)
            name = spec.name if scope == main_scope else f"{spec.name}@{scope}"
            action.setObjectName(f"action_{name}")
            action.setShortcuts([QKeySequence(k) for k in by_scope.get(scope, [])])
            if scope == TIMELINE:
                if timeline is None:
                    raise ValueError(f"{spec.name}: timeline keys need the timeline widget")
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                timeline.addAction(action)
            else:
                parent.addAction(action)
            action.setStatusTip(spec.help)
            action.setToolTip(spec.help)
            action.triggered.connect(lambda _checked=False, m=method: m())
            if name != spec.name:
                main = actions[spec.name]
                main.enabledChanged.connect(action.setEnabled)
            actions[name] = action
    return actions


def populate_menus(menubar: QMenuBar, actions: dict[str, QAction], specs: Iterable[ActionSpec] = ACTIONS) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}
    last_section: dict[str, str] = {}
    for spec in specs:
        if spec.menu not in menus:
            menus[spec.menu] = menubar.addMenu(spec.menu)
            last_section[spec.menu] = spec.section
        menu = menus[spec.menu]
        if spec.section != last_section[spec.menu]:
            menu.addSeparator()
            last_section[spec.menu] = spec.section
        menu.addAction(actions[spec.name])
    return menus


def native(key: str) -> str:
    """A key as the user's platform writes it (menus use the same text)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


_ARROWS = {"Left": "\u2190", "Right": "\u2192", "Up": "\u2191", "Down": "\u2193"}


def key_label(key: str) -> str:
    """A key for the help overlay: native text with arrows drawn as arrows ("Alt+\u2190")."""
    return re.sub(r"\b(Left|Right|Up|Down)\b", lambda m: _ARROWS[m.group(1)], native(key))


def shortcut_table(specs: Iterable[ActionSpec] = ACTIONS) -> list[tuple[str, str]]:
    """(primary shortcut as the user's platform writes it, help) of every action that has one."""
    return [(native(s.shortcut), s.help) for s in specs if s.shortcut]


@dataclass(frozen=True, slots=True)
class OverlayRow:
    menu: str  #: the menu title without its mnemonic
    text: str  #: the menu text without its mnemonic
    keys: tuple[tuple[str, bool], ...]  #: (key label, acts on the timeline only), every key
    help: str

    @property
    def timeline_only(self) -> bool:
        return all(on_timeline for _, on_timeline in self.keys)


def overlay_rows(specs: Iterable[ActionSpec] = ACTIONS) -> list[OverlayRow]:
    """What the help overlay lists: every action with keys, in menu order."""
    rows = []
    for spec in specs:
        keys = spec.keys()
        if not keys:
            continue
        rows.append(OverlayRow(
            menu=_plain(spec.menu), text=_plain(spec.text).rstrip("\u2026"),
            keys=tuple((key_label(k), scope == TIMELINE) for k, scope in keys), help=spec.help,
        ))
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
