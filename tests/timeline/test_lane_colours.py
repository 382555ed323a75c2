"""Lane colours: twenty documents get twenty colours a reader tells apart, and lanes next to each
other never share one. With ten colours the eleventh of twelve histories was as blue as the first,
on screen and in the exported legend."""

from __future__ import annotations

import math

from explorer.timeline.lanes import PALETTE, LaneSet, colour_by_document, lane_color


def _lab(hex_colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour: distances there follow what the eye sees."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_twenty_lanes_have_twenty_colours_far_apart():
    lanes = LaneSet("document", tuple(f"/d/{i}.txt" for i in range(20)), tuple(f"doc {i}" for i in range(20)))
    colours = lanes.colors
    assert len(set(colours)) == 20
    closest = min(math.dist(_lab(a), _lab(b)) for i, a in enumerate(colours) for b in colours[i + 1:])
    assert closest >= 20  # CIELAB distance: Tableau 10's own closest pair (teal and grey) is 26


def test_neighbouring_lanes_never_share_a_colour_and_the_first_ten_are_kept():
    assert all(lane_color(i) != lane_color(i + 1) for i in range(200))
    assert PALETTE[:2] == ("#4e79a7", "#f28e2b")  # up to ten documents look as they always did
    key = colour_by_document([0, 10, 11], [f"history {i}" for i in range(12)]).key
    assert len(set(key.colors)) == 12  # the colour-by-document key tells twelve documents apart


def test_lanes_past_the_palette_differ_by_the_shape_of_their_marks():
    from explorer.timeline.lanes import MARK_SHAPES, lane_shape

    n = len(PALETTE)
    assert [lane_shape(i) for i in (0, n - 1, n, 2 * n - 1, 2 * n, 3 * n)] == [
        "circle", "circle", "square", "square", "diamond", "triangle"]
    pairs = {(lane_color(i), lane_shape(i)) for i in range(n * len(MARK_SHAPES))}
    assert len(pairs) == n * len(MARK_SHAPES)  # eighty lanes, no two alike in colour and shape
