"""A print size gives the layout size whose text prints at 8 pt or more, and the PNG's pixels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.exports.print_size import (LAYOUT_DPI, MIN_PRINT_PT, PRESETS, SMALLEST_TEXT_PX, PrintSize,
                                         parse_print_size, printed_cm, text_points)


def test_the_figures_smallest_text_prints_at_eight_points_or_more_at_its_layout_size():
    assert text_points(SMALLEST_TEXT_PX) >= MIN_PRINT_PT
    assert text_points(LAYOUT_DPI) == pytest.approx(72.0)  # an inch of layout is 72 pt printed


@given(st.floats(2.0, 60.0), st.floats(2.0, 60.0), st.sampled_from([72.0, 150.0, 300.0, 600.0]))
def test_a_print_size_lays_out_and_writes_pixels_that_print_at_that_size(w_cm, h_cm, dpi):
    size = PrintSize(w_cm, h_cm, dpi)
    (lw, lh), (pw, ph) = size.layout_size(), size.pixels()
    assert printed_cm(lw) == pytest.approx(w_cm, abs=2.54 / LAYOUT_DPI)  # within half a layout pixel
    assert printed_cm(lh) == pytest.approx(h_cm, abs=2.54 / LAYOUT_DPI)
    assert pw / dpi * 2.54 == pytest.approx(w_cm, abs=2.54 / dpi) and ph / dpi * 2.54 == pytest.approx(h_cm, abs=2.54 / dpi)


def test_presets_are_a_report_column_a_page_and_a_slide():
    assert PRESETS["column"].width_cm == 16.0 and PRESETS["column"].dpi == 300.0
    assert PRESETS["column"].layout_size() == (605, 378)  # 16 x 10 cm in 96ths of an inch
    assert PRESETS["page"].width_cm > PRESETS["column"].width_cm
    assert PRESETS["slide"].width_cm / PRESETS["slide"].height_cm == pytest.approx(16 / 9, rel=0.01)


@pytest.mark.parametrize("text, want", [
    ("column", PRESETS["column"]), (" Slide ", PRESETS["slide"]), ("12x8", PrintSize(12.0, 8.0)),
    ("12.5 x 7 cm", PrintSize(12.5, 7.0)), ("9\u00d76", PrintSize(9.0, 6.0)),
])
def test_a_print_size_is_a_preset_or_centimetres(text, want):
    assert parse_print_size(text) == want
    assert parse_print_size(text, dpi=600).dpi == 600.0


@pytest.mark.parametrize("text", ["", "a4", "16", "16x", "0x10", "16x10in", "-3x4"])
def test_anything_else_is_refused_with_what_is_accepted(text):
    with pytest.raises(ValueError, match="column, page, slide|above 0"):
        parse_print_size(text)
