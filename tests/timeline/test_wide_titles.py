"""A title longer than the widest a label may be (MAX_LABEL_PX) uses the free room to its right, up
to the next label of its row, a stacked title's pole, or the plot's edge: the sample's lane read
"Mohammad Sadr serves as the Foreig…" with years of empty row after it."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.timeline import EventsArray
from explorer.timeline.label_sizes import GAP_PX, MAX_LABEL_PX
from explorer.timeline.labels import ELLIPSIS, LabelBox, elide_to, overlaps, widen_titles
from explorer.timeline.lanes import LaneSet
from explorer.timeline.lod import visible_indices
from explorer.timeline.placement import row_layout, stack_rows

DAY = 86400.0
START = 11323  # 2001-01-01 in days since 1970
LONG = [
    "The foreign minister serves as the government's envoy to the northern provinces for six years",
    "A coalition of farmers' unions blocks the main highways into the capital for a fortnight",
    "Engineers finish the second span of the river bridge after a decade of delays and lawsuits",
]


def measure(text: str) -> float:
    return 6.5 * len(text)


def shown(days: list[int], titles: list[str], rows: int = 1, width: float = 1400.0, span_days: int = 200,
          scale: float = 1.0, ends: list[int] | None = None):
    arr = EventsArray.from_columns(np.asarray(days), np.asarray(ends or days), np.zeros(len(days), np.int32),
                                   np.arange(len(days)), titles, LaneSet("none", ("all",), ("All",)))
    x0 = (START - 3) * DAY
    x1 = x0 + span_days * DAY
    idx = visible_indices(arr, 0, x0, x1)
    m = (lambda t: scale * measure(t))
    return stack_rows(arr, row_layout(arr, 0, idx, x0, x1, width, m, scale), idx, x0, x1, width, rows, m, scale)


def text_of(boxes, start: str) -> str:
    return next(b.caption if b.is_cluster else b.text for b in boxes
                if (b.caption if b.is_cluster else b.text).startswith(start[:10]))


@pytest.mark.parametrize("title", LONG)
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_long_title_with_an_empty_row_after_it_is_shown_whole(title: str, scale: float) -> None:
    assert measure(title) > MAX_LABEL_PX  # longer than a label may be at its widest
    boxes = shown([START, START + 150], [title, "Talks end"], width=1400.0 * scale, scale=scale)
    assert text_of(boxes, title) == title
    assert text_of(boxes, "Talks end") == "Talks end"
    assert not overlaps(boxes)


@pytest.mark.parametrize("gap_days", [40, 55])
def test_a_long_title_stops_before_the_next_label(gap_days: int) -> None:
    """7 px a day: 40 days leave 280 px, 55 days 385 px, both less than the whole title."""
    boxes = shown([START, START + gap_days], [LONG[1], "Harvest starts late"])
    first = next(b for b in boxes if b.text.startswith("A coalition"))
    nxt = next(b for b in boxes if b.text == "Harvest starts late")
    assert first.text.endswith(ELLIPSIS) and first.width > MAX_LABEL_PX
    assert first.right + GAP_PX <= nxt.left + 1e-6
    assert not overlaps(boxes)


def test_a_span_s_title_uses_the_room_of_its_bar() -> None:
    """A year-long bar's title runs along the bar when no label follows it."""
    boxes = shown([START], [LONG[2]], ends=[START + 120])
    assert boxes[0].text == LONG[2]


def test_a_title_stops_before_the_pole_of_a_title_stacked_above_it() -> None:
    """A row-0 title must not run through the line from a later mark up to the title stacked above
    it (a stacked title hangs from its mark by a pole through the lower rows)."""
    arr = EventsArray.from_columns(np.asarray([START, START + 40]), np.asarray([START, START + 40]),
                                   np.zeros(2, np.int32), np.arange(2), [LONG[0], "Ministers meet"],
                                   LaneSet("none", ("all",), ("All",)))
    low_text = elide_to(LONG[0], MAX_LABEL_PX, measure)
    low = LabelBox(0, 30.0, measure(low_text), low_text, 1, np.asarray([0]), 24.0, (24.0, 24.0))
    high = LabelBox(0, 306.0, measure("Ministers meet"), "Ministers meet", 1, np.asarray([1]), 300.0, (300.0, 300.0),
                    row=1)
    wide = widen_titles(arr, [low, high], measure, 1400.0)
    grown = next(b for b in wide if b.row == 0)
    assert grown.width > MAX_LABEL_PX  # it took the room before the pole...
    assert grown.right + GAP_PX <= 300.0  # ...and no more
    assert next(b for b in wide if b.row == 1) == high


def test_the_plot_s_edge_keeps_a_title_to_what_fits() -> None:
    """Near the right edge a long title grows to the edge (323 px of room), never past it."""
    boxes = shown([START + 150], [LONG[0]], width=1400.0)
    b = boxes[0]
    assert b.width > MAX_LABEL_PX and b.text.endswith(ELLIPSIS)
    assert b.right <= 1400.0 + 1e-6


@pytest.mark.parametrize("title", LONG)
def test_a_title_hanging_left_of_its_dot_at_the_right_edge_uses_the_room_before_it(title: str) -> None:
    """A day near the plot's right edge: its title hangs left of its dot, and takes the empty row
    before it (it was cut at the widest a label may be)."""
    boxes = shown([START, START + 190], ["Talks end", title])
    hung = next(b for b in boxes if b.text.startswith(title[:10]))
    assert hung.right < hung.anchor  # left of its dot
    assert hung.text == title
    assert not overlaps(boxes)


def test_a_title_hanging_left_stops_after_the_label_before_it() -> None:
    """The label before it keeps its room (7 px a day: about 420 px lie between them)."""
    boxes = shown([START + 110, START + 190], ["Harvest starts late", LONG[0]])
    before = next(b for b in boxes if b.text == "Harvest starts late")
    hung = next(b for b in boxes if b.text.startswith(LONG[0][:10]))
    assert hung.width > MAX_LABEL_PX and hung.text.endswith(ELLIPSIS)
    assert before.right + GAP_PX <= hung.left + 1e-6


@pytest.mark.parametrize("first, second", [(LONG[0], LONG[1]), (LONG[2], LONG[0]), (LONG[1], LONG[2])])
def test_two_titles_facing_each_other_share_the_room_between_them(first: str, second: str) -> None:
    """A title growing right and a day's title hanging left of its dot at the right edge, growing
    left, across one empty stretch narrower than both whole titles (5 px a day: about 940 px): the
    first takes what it needs, the second the rest. Both took the whole stretch and were written over
    each other (30 news articles: "…sanctions imposed on Ira" under "It is the first time that…")."""
    boxes = shown([START, START + 190], [first, second], width=1000.0)
    assert not overlaps(boxes)
    a = next(b for b in boxes if b.text.startswith(first[:10]))
    b = next(b for b in boxes if b.text.startswith(second[:10]))
    assert b.right < b.anchor  # the second hangs left of its dot
    assert a.text == first  # the first, whole
    assert a.right + GAP_PX <= b.left + 1e-6


def _cluster(boxes):
    return next(b for b in boxes if b.is_cluster)


@pytest.mark.parametrize("title", LONG)
def test_a_cluster_s_caption_with_an_empty_row_after_it_is_shown_whole(title: str) -> None:
    """Three events of one day make a cluster whose caption is its first title: with the rest of the
    row empty the caption is no longer cut at the widest a title may be."""
    boxes = shown([START, START, START, START + 150], [title, "Talks end", "Ministers meet", "Harvest starts late"])
    c = _cluster(boxes)
    assert c.caption == title and c.count == 3
    assert c.right <= next(b for b in boxes if b.text == "Harvest starts late").left - GAP_PX + 1e-6
    assert not overlaps(boxes)


@pytest.mark.parametrize("gap_days", [40, 55])
def test_a_cluster_s_caption_stops_before_the_next_label(gap_days: int) -> None:
    boxes = shown([START, START, START + gap_days], [LONG[1], "Talks end", "Harvest starts late"])
    c = _cluster(boxes)
    nxt = next(b for b in boxes if b.text == "Harvest starts late")
    assert c.caption.endswith(ELLIPSIS) and measure(c.caption) > MAX_LABEL_PX
    assert c.right + GAP_PX <= nxt.left + 1e-6
    assert not overlaps(boxes)


@pytest.mark.parametrize("title", LONG)
def test_a_caption_before_its_badge_at_the_right_edge_uses_the_room_before_it(title: str) -> None:
    """A cluster at the plot's right edge writes its caption before its badge: it takes the empty
    row before it, up to the label before it."""
    boxes = shown([START, START + 196, START + 196], ["Talks end", title, "Ministers meet"])
    c = _cluster(boxes)
    assert c.caption_left and c.caption == title
    assert next(b for b in boxes if b.text == "Talks end").right + GAP_PX <= c.left + 1e-6
    assert not overlaps(boxes)


@pytest.mark.parametrize("text, px, rows, expected", [
    ("Talks open", 200.0, 2, ["Talks open"]),  # fits: one line
    ("The council votes to rebuild the bridge", 130.0, 2, ["The council votes to", "rebuild the bridge"]),
    ("The council votes to rebuild the old bridge", 130.0, 2, ["The council votes to", "rebuild the old bri" + ELLIPSIS]),
    ("The council votes to rebuild the bridge", 130.0, 1, ["The council votes t" + ELLIPSIS]),
    ("Counterrevolutionaries gather", 65.0, 2, ["Counterre" + ELLIPSIS, "gather"]),  # a word wider than a line
    ("  spaced \n  out  ", 200.0, 2, ["spaced out"]),
    ("", 100.0, 2, []),
])
def test_wrap_to_breaks_at_spaces_and_cuts_only_the_last_line(text, px, rows, expected):
    from explorer.timeline.labels import wrap_to

    lines = wrap_to(text, px, measure, rows)
    assert lines == expected
    assert all(measure(line) <= px for line in lines)
