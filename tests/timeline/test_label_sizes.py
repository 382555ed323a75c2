"""The labels' sizes live once (explorer.timeline.label_sizes): the timeline's placement at scale 1
lays out exactly what the label engine's defaults do, and at scale 2 what the engine does with every
size doubled. Every size of the module is checked, not only the badges': the gap between two count
badges was once left at its scale-1 size, so a print at scale 2 kept apart badges the screen joined."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from explorer.timeline import EventsArray, layout_labels
from explorer.timeline import label_sizes as sizes
from explorer.timeline import placement
from explorer.timeline.labels import merge_repeated_titles, stack_labels, widen_titles
from explorer.timeline.lanes import LaneSet
from explorer.timeline.lod import visible_indices
from explorer.timeline.placement import row_layout, stack_rows

DAY = 86400.0

#: Every size the module holds, by name (``CELL_PX`` ...).
SIZES = {name: value for name, value in vars(sizes).items() if name.endswith("_PX")}
#: The engine's keyword for each size: its name in lower case, but for one the engine names shorter.
KEYWORD = {name: {"SAME_TITLE_NEAR_PX": "near_px"}.get(name, name.lower()) for name in SIZES}
SIZE_OF = {keyword: name for name, keyword in KEYWORD.items()}
#: The engine's functions the placement calls; their ``*_px`` keywords are the sizes.
ENGINE = {"layout_labels": layout_labels, "stack_labels": stack_labels, "merge_repeated_titles": merge_repeated_titles,
          "widen_titles": widen_titles}


def _crowd(n: int = 60, seed: int = 5, spread: int = 40) -> EventsArray:
    days = 11323 + np.random.default_rng(seed).integers(0, spread, n)
    titles = [f"Harbour event {i % 7}" for i in range(n)]  # repeated titles, so some merge
    return EventsArray.from_columns(days, days, np.zeros(n, np.int32), np.arange(n), titles,
                                    LaneSet("none", ("all",), ("All",)), priority=np.linspace(0, 1, n))


def _measure(text: str) -> float:
    return 6.0 * len(text)


def _key(boxes) -> list:
    return sorted((round(b.left, 6), round(b.width, 6), b.row, b.text, tuple(b.members)) for b in boxes)


def _shape(boxes, scale: float = 1.0) -> list:
    """What the user sees of a layout, its pixels divided by ``scale``: each label's place, row,
    count and events (a title's text may lose or keep one more letter where its room rounds)."""
    return sorted((round(b.left / scale, 3), b.row, b.count, tuple(b.members)) for b in boxes)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_placement_uses_the_engine_s_sizes_scaled(scale: float) -> None:
    arr = _crowd()
    x0, x1, width = 11320 * DAY, 11370 * DAY, 1400.0
    idx = visible_indices(arr, 0, x0, x1)
    engine = layout_labels(arr, 0, idx, x0, x1, width, measure=_measure, cell_px=sizes.CELL_PX * scale,
                           gap_px=sizes.GAP_PX * scale, mark_pad_px=sizes.MARK_PAD_PX * scale,
                           max_label_px=sizes.MAX_LABEL_PX * scale, min_label_px=sizes.MIN_LABEL_PX * scale,
                           badge_pad_px=sizes.BADGE_PAD_PX * scale, badge_gap_px=sizes.BADGE_GAP_PX * scale)
    placed = row_layout(arr, 0, idx, x0, x1, width, _measure, scale)
    assert _key(placed) == _key(engine)
    stacked = stack_labels(arr, engine, 3, arr.priority, x0, x1, width, measure=_measure, idx=idx,
                           gap_px=sizes.GAP_PX * scale, mark_pad_px=sizes.MARK_PAD_PX * scale,
                           max_label_px=sizes.MAX_LABEL_PX * scale, min_label_px=sizes.MIN_LABEL_PX * scale,
                           caption_gap_px=sizes.CAPTION_GAP_PX * scale)
    merged = merge_repeated_titles(arr, stacked, _measure, width, near_px=sizes.SAME_TITLE_NEAR_PX * scale,
                                   gap_px=sizes.GAP_PX * scale, badge_pad_px=sizes.BADGE_PAD_PX * scale,
                                   caption_gap_px=sizes.CAPTION_GAP_PX * scale, max_label_px=sizes.MAX_LABEL_PX * scale)
    merged = widen_titles(arr, merged, _measure, width, gap_px=sizes.GAP_PX * scale)
    assert _key(stack_rows(arr, placed, idx, x0, x1, width, 3, _measure, scale)) == _key(merged)
    if scale == 1.0:
        assert _key(placed) == _key(layout_labels(arr, 0, idx, x0, x1, width, measure=_measure))


def _size_keywords(function) -> dict[str, float]:
    """The ``*_px`` keywords of ``function`` that have a default (not ``width_px``, always given)."""
    return {p.name: p.default for p in inspect.signature(function).parameters.values()
            if p.name.endswith("_px") and p.default is not inspect.Parameter.empty}


@pytest.mark.parametrize("name", sorted(ENGINE))
def test_each_size_keyword_of_the_engine_defaults_to_the_module_s_size(name: str) -> None:
    """A size keyword of each function the placement calls defaults to the module's size of that
    name, not to a number of its own."""
    for keyword, default in _size_keywords(ENGINE[name]).items():
        assert keyword in SIZE_OF, f"{name}({keyword}=) is no size of the module"
        assert default == SIZES[SIZE_OF[keyword]], f"{name}({keyword}=) defaults to {default}, not the module's"


def test_every_size_of_the_module_is_a_size_the_engine_takes() -> None:
    """No size is written out as a number inside the engine instead (the caption's gap was a bare
    ``4`` in :func:`stack_labels`): each is a keyword of a function the placement calls, and both
    functions that place captions after a badge take the caption's gap."""
    taken = {keyword for function in ENGINE.values() for keyword in _size_keywords(function)}
    for name in SIZES:
        assert KEYWORD[name] in taken, f"{name} is no engine keyword"
    for name in ("stack_labels", "merge_repeated_titles"):
        assert "caption_gap_px" in _size_keywords(ENGINE[name]), f"{name} writes the caption's gap itself"


@pytest.mark.parametrize("scale", [2.0, 1.5])
def test_the_placement_scales_every_size_it_hands_the_engine(monkeypatch, scale: float) -> None:
    """Each engine call the placement makes is given every size it takes times ``scale``."""
    seen: dict[str, dict[str, float]] = {}

    def spy(name: str):
        real = ENGINE[name]
        signature = inspect.signature(real)

        def call(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            seen[name] = {k: bound.arguments[k] for k in SIZE_OF if k in kwargs}
            return real(*args, **kwargs)
        return call

    for name in ENGINE:
        monkeypatch.setattr(placement, name, spy(name))
    arr = _crowd()
    x0, x1, width = 11320 * DAY, 11370 * DAY, 1400.0
    idx = visible_indices(arr, 0, x0, x1)
    boxes = row_layout(arr, 0, idx, x0, x1, width, _measure, scale)
    assert any(b.is_cluster for b in boxes)  # so that the stacking is asked for
    stack_rows(arr, boxes, idx, x0, x1, width, 3, _measure, scale)
    assert set(seen) == set(ENGINE)
    for name, given in seen.items():
        # every size the function takes is handed to it, but the width of a character, which the
        # engine reads only when no measure is given (the placement always gives one)
        assert set(given) == set(_size_keywords(ENGINE[name])) - {"char_px"}, f"{name} left a size at its default"
        for keyword, value in given.items():
            assert value == pytest.approx(SIZES[SIZE_OF[keyword]] * scale), f"{name}({keyword}=) not scaled"


def test_two_badges_a_screen_joins_are_joined_at_scale_two() -> None:
    """Two clusters 10 px apart on screen (closer than ``BADGE_GAP_PX``) read as one badge; a print
    at scale 2 draws them 20 px apart, which must be judged against the gap at scale 2 too."""
    days = np.array([50] * 3 + [63] * 3) + 11000  # two groups of three, 13 days (26 px) apart
    arr = EventsArray.from_columns(days, days, np.zeros(6, np.int32), np.arange(6), [f"Quay {i}" for i in range(6)],
                                   LaneSet("none", ("all",), ("All",)), priority=np.zeros(6))
    x0, x1 = 11000 * DAY, 11500 * DAY
    idx = visible_indices(arr, 0, x0, x1)
    screen = row_layout(arr, 0, idx, x0, x1, 1000.0, _measure, 1.0)
    assert [b.count for b in screen] == [6]
    print_ = row_layout(arr, 0, idx, x0, x1, 2000.0, lambda t: 2 * _measure(t), 2.0)
    assert [b.count for b in print_] == [6]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("rows", [1, 3])
def test_a_print_at_scale_two_lays_out_what_the_screen_does(seed: int, rows: int) -> None:
    """Twice the width, a font twice as wide, every size doubled: the same labels in the same places."""
    arr = _crowd(n=80, seed=seed, spread=120)
    x0, x1 = 11300 * DAY, 11460 * DAY
    idx = visible_indices(arr, 0, x0, x1)
    layouts = []
    for scale in (1.0, 2.0):
        measure = (lambda t, s=scale: s * _measure(t))
        boxes = row_layout(arr, 0, idx, x0, x1, 900.0 * scale, measure, scale)
        layouts.append(_shape(stack_rows(arr, boxes, idx, x0, x1, 900.0 * scale, rows, measure, scale), scale))
    assert layouts[1] == layouts[0]

