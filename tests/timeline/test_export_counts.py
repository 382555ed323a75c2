"""An export that leaves lanes out counts each undated event once, says the count is of the lanes
shown, and keys only the colours its marks are drawn in (what the exported SVG's text says)."""

from __future__ import annotations

import re
from datetime import date

import numpy as np

from explorer.timeline import EventsArray
from explorer.timeline.caption import EventCounts, caption
from explorer.timeline.lanes import ColourKey, Colouring, colour_events, key_of_rows

from .conftest import make_event

DAY = 86400.0


def _x(d: date) -> float:
    return (d.toordinal() - 719163) * DAY


def _ferry_crews():
    """Twenty crews of my own; two busy ones share an undated event, one crew sails only in 1950."""
    evs, i = [], 0
    for crew in range(20):
        n = 12 if crew < 2 else 2
        for k in range(n):
            when = date(1950, 1 + k % 12, 2) if crew == 7 else date(1980 + k % 6, 1 + k % 12, 3 + crew)
            evs.append(make_event(i, "log.txt", f"Crew {crew:02d} ferries load {k}", when, actors=(f"Crew {crew:02d}",)))
            i += 1
    evs.append(make_event(i, "log.txt", "The two crews swap boats", actors=("Crew 00", "Crew 01")))
    evs += [make_event(i + 1 + k, "log.txt", f"Crew 07 paints hull {k}", date(1950, 6, 1 + k), actors=("Crew 07",))
            for k in range(8)]  # the crew with the most events after the two busy ones: in the colour key
    return evs


def test_key_of_rows_keeps_only_the_colours_of_the_rows_given():
    key = ColourKey("actor", ("a", "b", "c"), ("#111111", "#222222", "#333333"), (2, 1, 1))
    colouring = Colouring(key, np.array([0, 2, 0, 1], np.int32))
    got = key_of_rows(colouring, np.array([0, 1, 2, 2]))
    assert got.labels == ("a", "c") and got.colors == ("#111111", "#333333") and got.counts == (2, 1)
    assert key_of_rows(colouring, np.array([], np.int64)).labels == ()


def test_the_caption_says_whose_undated_events_it_counts():
    counts = EventCounts(total=10, shown=5, outside=2, undated=3)
    assert "3 undated (named" in caption(counts)
    assert "3 undated in the lanes shown" in caption(counts, lanes_left_out=True)


def test_an_export_leaving_lanes_out_counts_and_keys_only_what_it_shows(qapp, tmp_path):
    from explorer.gui.render.export import render_figure
    from explorer.gui.render.figure import make_fitted_figure

    evs = _ferry_crews()
    arr = EventsArray.from_events(evs, "actor", {"log.txt": "log"}, ["log.txt"])
    colouring = colour_events(evs, "actor", {"log.txt": "log"}, ["log.txt"])
    assert "Crew 07" in colouring.key.labels  # keyed by the whole data set
    fig = make_fitted_figure(arr, title="Ferries", size=(900, 330), x_range=(_x(date(1979, 1, 1)), _x(date(1987, 1, 1))),
                             colouring=colouring)
    try:
        assert fig.given is not None and fig.item.events.n_lanes < arr.n_lanes
        svg = render_figure(fig, tmp_path / "f.svg").read_text(encoding="utf-8")
    finally:
        fig.close()
    text = " ".join(re.sub(r"<[^>]+>", " ", svg).split())
    assert "Undated in the lanes shown (1): The two crews swap boats" in text  # once, not once per lane
    assert "1 undated in the lanes shown" in text
    assert "Crew 00" in text and "Crew 07" not in text  # its lane left out, its colour on no mark
