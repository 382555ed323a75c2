"""Every lane an export keeps is drawn at its full height, with a row for its titles (or its
density note) inside it: keeping lanes by a guessed lane height gave the last of thirteen lanes
half a lane, no title row, and its note drawn over the lane above."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.timeline import EventsArray

from .conftest import make_event


def _quay_lanes(n_lanes: int) -> EventsArray:
    """``n_lanes`` document lanes of my own, busier towards the end, events spread over 1960-64."""
    evs, i = [], 0
    for lane in range(n_lanes):
        for k in range(2 + lane % 5):
            evs.append(make_event(i, f"q{lane:02d}.txt", f"Crane {k} of quay {lane} unloads timber",
                                  date(1960 + (lane + k) % 5, 1 + k, 3 + lane % 20)))
            i += 1
    docs = [f"q{lane:02d}.txt" for lane in range(n_lanes)]
    return EventsArray.from_events(evs, "document", {d: d for d in docs}, docs)


@pytest.mark.parametrize("height", range(330, 700, 29))
def test_every_lane_kept_gets_a_title_row_and_the_same_height(qapp, tmp_path, height):
    from explorer.gui.render.export import render_figure
    from explorer.gui.render.figure import make_fitted_figure

    fig = make_fitted_figure(_quay_lanes(40), title="Quays", size=(900, height))
    try:
        render_figure(fig, tmp_path / "q.png")
        kept = fig.item.events.n_lanes
        assert 1 <= kept < 40 and fig.lanes_note  # some lanes left out, and said
        rows = fig.item.last_lane_rows
        assert sorted(rows) == list(range(kept)), rows  # every lane kept is drawn
        assert all(r >= 1 for r, _ in rows.values()), rows  # each with its title row
        need = fig.item.lane_with_titles_px() - 1.0
        assert all(h >= need for _, h in rows.values()), rows  # none squashed under a lane's height
    finally:
        fig.close()
