"""One representation of time and one lane rule: day ordinals with one epoch, one palette, and the
app's actor/place lanes from the same functions as the engine's ``assign_lanes``."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import numpy as np

from explorer.calendar import EPOCH_ORDINAL, SECONDS_PER_DAY, ordinal
from explorer.events.record import Event
from explorer.timeline.lanes import NO_ACTOR, NO_PLACE, assign_lanes, name_lane_order, name_lane_pairs

PACKAGE = Path(__file__).resolve().parents[2] / "explorer"


def test_the_epoch_is_defined_once() -> None:
    """1970-01-01 as an ordinal (719163, or computed) is written only in explorer/calendar.py."""
    spelled = re.compile(r"719163|date\(1970,\s*1,\s*1\)\.toordinal|86400\.0\s*$", re.M)
    where = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                   if spelled.search(p.read_text(encoding="utf-8")))
    assert where == ["calendar.py"]
    assert EPOCH_ORDINAL == date(1970, 1, 1).toordinal() and SECONDS_PER_DAY == 86400.0


def test_the_screen_unit_reaches_bc_days_exactly() -> None:
    from explorer.timeline.zoom import X_MIN

    assert X_MIN == (ordinal(-9999, 1, 1) - EPOCH_ORDINAL) * SECONDS_PER_DAY


def _event(i: int, actors: tuple[str, ...]) -> Event:
    return Event(id=f"a.txt#{i}", doc="a.txt", title=f"t{i}", sentence="s", sentence_start=0, sentence_end=1,
                 timex="2018", timex_start=0, timex_end=4, value="2018", type="DATE",
                 begin=date(2018, 1, 1), end=date(2018, 12, 31), certainty="exact", actors=actors)


def test_name_lanes_by_count_then_name_with_a_lane_for_none() -> None:
    names = [("Roe", "Doe", "Roe"), (), ("Doe",), ("Ann",), ("Doe",)]
    order = name_lane_order(names, "actor")
    assert order == ("Doe", "Ann", "Roe", NO_ACTOR)
    rows, lanes = name_lane_pairs([0, 1, 2], names, order, "actor")
    assert rows.tolist() == [0, 0, 1, 2] and lanes.tolist() == [2, 0, 3, 0]
    assert name_lane_order([("Lowtown",)], "place") == ("Lowtown",)
    assert name_lane_order([()], "place") == (NO_PLACE,)


def test_the_engine_and_a_subset_of_rows_share_one_lane_rule() -> None:
    """What the app does (lanes over every event, pairs for the rows its filter keeps) gives the
    engine's lanes for those rows."""
    names = [("Roe", "Doe"), (), ("Doe",), ("Ann", "Roe"), ("Doe",)]
    events = [_event(i, a) for i, a in enumerate(names)]
    ev, lane, lanes = assign_lanes(events, "actor")
    order = name_lane_order(names, "actor")
    assert lanes.keys == order
    rows, got = name_lane_pairs([1, 3, 4], names, order, "actor")
    keep = np.isin(ev, [1, 3, 4])
    assert rows.tolist() == ev[keep].tolist() and got.tolist() == lane[keep].tolist()
