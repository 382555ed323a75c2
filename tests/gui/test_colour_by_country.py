"""A country that acts ("Germany invades Denmark") is its event's actor, and colouring by actor shows
it as a reader expects: its name in the legend and its colour on its marks (issue 12). A short text
of our own, tagged by the real pipeline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from explorer.ingest import extract_paths

TEXT = """Northern campaign

The campaign opened in spring. Norway closed its harbours on 12 April 1940. Sweden closed its border on 3 May
1940. Germany invaded Denmark on 9 April 1940. The weather turned cold on 2 May 1940.
"""


def legend_colour(timeline, name: str) -> str:
    return next(QColor(c).name() for kind, c, text in timeline.legend.entries() if kind == "lane" and text == name)


def test_a_country_that_acts_is_coloured_as_its_actor(make_window, qtbot, tmp_path: Path) -> None:
    (tmp_path / "campaign.txt").write_text(TEXT, encoding="utf-8")
    win = make_window()
    win.add_documents(list(extract_paths([tmp_path]).documents), annotate=True)
    qtbot.waitUntil(lambda: win.people.index is not None and not win.people.is_annotating(), timeout=60_000)
    win.timeline.refresh()
    win.findChild(type(win.actions["quit"]), "action_colour_actor").trigger()
    timeline = win.timeline
    names = [text for kind, _, text in timeline.legend.entries() if kind == "lane"]
    assert {"Germany", "Norway", "Sweden"} <= set(names), names
    events = [win.model.event_by_key(int(r)) for r in timeline.arr.row]
    invasion = next(e for e in events if "invades" in e.title)
    assert invasion.actors[0] == "Germany" and "Germany" in invasion.places
    assert timeline.mark_colour(invasion.id) == legend_colour(timeline, "Germany")
    weather = next(e for e in events if "weather" in e.title.lower())  # no country acted: not Germany's colour
    assert timeline.mark_colour(weather.id) != legend_colour(timeline, "Germany")
