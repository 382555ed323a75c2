"""Actor lanes on screen come from the same computation as the engine's (explorer.timeline.lanes):
an actor that is a description ("the two", lower-case: explorer.events.agents.is_description) is no
lane. The app labelled a lane "the two" where the engine put its event under "(no actor)": its lane
names were the raw actors, the engine's those without descriptions."""

from __future__ import annotations

import dataclasses

from explorer.timeline.lanes import assign_lanes

from .conftest import build_corpus
from .keys import lanes_by_actor

ACTORS = {"1997-2004": ("Army", "the two"), "5 May 2003": ("the two",), "12 January 1998": ("Army",),
          "2010": ("the members",)}


def _corpus():
    out = []
    for doc in build_corpus():
        events = tuple(dataclasses.replace(e, actors=ACTORS.get(e.timex, ())) for e in doc.events)
        out.append(dataclasses.replace(doc, events=events))
    return out




def test_a_description_actor_makes_no_lane_on_screen(qtbot, make_window):
    window = make_window()
    window.add_documents(_corpus())
    qtbot.waitUntil(lambda: window.timeline.mark_count() == 5)
    timeline = window.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    lanes_by_actor(qtbot)
    qtbot.waitUntil(lambda: timeline.lane_mode() == "actor")
    qtbot.waitUntil(lambda: timeline.lane_axis.labels() == ("Army", "(no actor)"))
    # the lanes drawn are the ones labelled, and the engine's
    events = [window.model.event_by_key(k) for k in range(window.model.key_count())]
    _ev, _lane, engine = assign_lanes(events, "actor")
    assert timeline.lane_axis.labels() == engine.labels
    treaty = next(e for e in events if e.timex == "5 May 2003")  # only "the two"
    war = next(e for e in events if e.timex == "1997-2004")  # "Army" and "the two"
    assert timeline.lanes_of(treaty) == [1] and timeline.lanes_of(war) == [0]
    assert [e.timex for e in timeline.lane_events(1)] == ["March 2001", "5 May 2003", "2010"]
    # colours by actor name no description either
    assert not any("the two" in text or "the members" in text for _kind, _colour, text in timeline.legend.entries())
