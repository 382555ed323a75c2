"""Right after a folder opens, actors are not found yet (they need every article, found in the
background): lanes by actor showed every event under "(no actor)" and the user was not told why.
While the names are being found that lane says "finding actors…"; when they arrive the lanes are
redrawn with the actors."""

from __future__ import annotations

from datetime import date

from explorer.documents import Document
from explorer.ingest import ExtractedDocument

from .conftest import _event, focused_while_reading
from .keys import CTRL, K, lanes_by_actor, press

NAMES = ("Nelson Mandela", "Desmond Tutu", "Kofi Annan")


def _articles() -> list[ExtractedDocument]:
    """Three articles, each naming its actor in the dated sentence (no actors on the events yet, as
    read by an import: they are found afterwards, over the whole corpus)."""
    out = []
    for i, name in enumerate(NAMES):
        day = date(1995, 3 + i, 10)
        text = f"On {day.day} {day:%B} 1995 {name} met the ministers in Pretoria. {name} spoke for an hour."
        doc = Document(f"/news/a{i}.txt", text, f"Meeting {i}", day, "header")
        first = text.split(". ")[0] + "."
        event, timex = _event(doc, first, f"{day.day} {day:%B} 1995", day.isoformat(), day, day)
        out.append(ExtractedDocument(doc, (timex,), (event,)))
    return out


def _drawn(timeline) -> list[str]:
    """The lane names the lane axis draws now."""
    timeline.plot.repaint()
    return list(timeline.lane_axis.drawn().values())


def _lanes_by_actor(qtbot, timeline) -> None:
    """View > Lanes > By Actor, from the keyboard."""
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    lanes_by_actor(qtbot)
    qtbot.waitUntil(lambda: timeline.lane_mode() == "actor")


def test_lanes_by_actor_say_actors_are_being_found_then_show_them(qtbot, make_window):
    window = make_window()
    window.facets.set_reading(True)  # as an import does while it reads the folder
    window.add_documents(_articles())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 3)
    _lanes_by_actor(qtbot, timeline)
    # every event waits in one lane, which says why
    qtbot.waitUntil(lambda: _drawn(timeline) == ["finding actors\u2026"])
    # reading ends, actors are found in the background: still said until they arrive
    window.facets.set_reading(False)
    window.annotate_entities()
    assert "(no actor)" not in _drawn(timeline)
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30000)
    qtbot.waitUntil(lambda: set(NAMES) <= set(_drawn(timeline)), timeout=10000)
    assert not [label for label in _drawn(timeline) if "finding" in label]


def test_lanes_without_an_actor_say_so_once_actors_are_found(qtbot, make_window):
    """Not reading and not finding: the lane of events without an actor is "(no actor)", as before."""
    window = make_window()
    window.add_documents(_articles())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.mark_count() == 3)
    _lanes_by_actor(qtbot, timeline)
    qtbot.waitUntil(lambda: _drawn(timeline) == ["(no actor)"])


def _legend_labels(timeline) -> list[str]:
    """The legend's colour entries as the user reads them."""
    return [text for kind, _, text in timeline.legend.entries() if kind == "lane"]


def test_the_legend_of_colours_by_actor_says_actors_are_being_found(qtbot, make_window):
    """Coloured by actor while the names were being found, the legend said "(no actor)" of every
    event; it says "finding actors…", as the lanes do, then names the actors."""
    window = focused_while_reading(qtbot, make_window, _articles(), 3)
    timeline = window.timeline
    press(qtbot, K.Key_K, CTRL)  # Next Colour Key: by actor
    qtbot.waitUntil(lambda: timeline.colour_mode() == "actor")
    qtbot.waitUntil(lambda: _legend_labels(timeline) == ["finding actors\u2026"])
    window.facets.set_reading(False)
    window.annotate_entities()
    assert "(no actor)" not in _legend_labels(timeline)
    qtbot.waitUntil(lambda: not window.people.is_annotating(), timeout=30000)
    qtbot.waitUntil(lambda: set(NAMES) <= set(_legend_labels(timeline)), timeout=10000)
    assert not [label for label in _legend_labels(timeline) if "finding" in label]
