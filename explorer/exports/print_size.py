"""The size an exported image is printed at, and the layout size that gives it readable text (no Qt).

A figure is laid out in logical pixels, 96 to the inch, with its smallest text 11 px tall: printed
at its own size that text is 8.25 pt. The trouble was never the font but the size asked for: a
1600 px figure placed in a 16 cm report column is shrunk to 38 % and its text reads at about 3 pt.
So an image meant for print is asked for by its print size (a report column, a full page, a slide,
or a width and height in cm): the figure is laid out at that size in 96ths of an inch (fewer lanes
and labels fit, each at full size) and the PNG gets the resolution's pixels and DPI metadata, so a
word processor places it at exactly that size and its text prints at 8 pt or more.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

CM_PER_INCH = 2.54
#: The figure's layout unit: logical pixels at 96 to the inch (explorer.gui.render.export.SCREEN_DPI).
LAYOUT_DPI = 96.0
POINTS_PER_INCH = 72.0
#: The smallest text an exported figure draws (axis ticks, lane names, labels, legend), in layout pixels.
SMALLEST_TEXT_PX = 11.0
#: Text smaller than this at the print size is hard to read in a report.
MIN_PRINT_PT = 8.0


@dataclass(frozen=True)
class PrintSize:
    """A printed image's width and height in centimetres, and the PNG resolution it is written at."""

    width_cm: float
    height_cm: float
    dpi: float = 300.0

    def layout_size(self) -> tuple[int, int]:
        """The figure's size in layout pixels (96 to the inch) that prints at this size."""
        return (round(self.width_cm / CM_PER_INCH * LAYOUT_DPI), round(self.height_cm / CM_PER_INCH * LAYOUT_DPI))

    def pixels(self) -> tuple[int, int]:
        """The PNG's pixels at this size and resolution."""
        return (round(self.width_cm / CM_PER_INCH * self.dpi), round(self.height_cm / CM_PER_INCH * self.dpi))


#: Sizes a report or a talk asks for: an A4 page's text column (16 cm), an A4 landscape page within
#: its margins, and a 16:9 slide 10 inches wide (projected: 150 DPI is plenty).
PRESETS: dict[str, PrintSize] = {
    "column": PrintSize(16.0, 10.0, 300.0),
    "page": PrintSize(25.0, 16.0, 300.0),
    "slide": PrintSize(25.4, 14.3, 150.0),
}
PRESET_TEXT = {"column": "Report column", "page": "Full page", "slide": "Slide"}


def text_points(layout_px: float) -> float:
    """The point size text ``layout_px`` tall prints at when the figure prints at its layout size."""
    return layout_px * POINTS_PER_INCH / LAYOUT_DPI


#: The figure's title in points at its layout size: 15 on a figure a screen tall, less on a short one,
#: never under 11 (still well above the 8.25 pt of the figure's smallest text).
TITLE_PT_MAX, TITLE_PT_MIN = 15.0, 11.0
#: Layout pixels of figure height per point of title: 600 px (a full page) and more get the 15 pt.
TITLE_PX_PER_PT = 40.0


def title_points(height_px: float) -> float:
    """The exported figure's title size for a figure ``height_px`` tall (layout pixels). At a
    report column's size (10 cm, 378 px) the 15 pt bold title took an eighth of the figure, larger
    than the report's own headings, and its room came out of the lanes: a column figure's title
    now prints at 11 pt, a page's and a screen's at 15 pt as before."""
    return max(TITLE_PT_MIN, min(TITLE_PT_MAX, height_px / TITLE_PX_PER_PT))


def printed_cm(layout_px: float) -> float:
    """The printed length, in cm, of ``layout_px`` layout pixels (the PNG's DPI metadata gives it)."""
    return layout_px / LAYOUT_DPI * CM_PER_INCH


def describe(size: PrintSize) -> str:
    """"16 × 10 cm at 300 DPI"."""
    return f"{size.width_cm:g} \u00d7 {size.height_cm:g} cm at {size.dpi:g} DPI"


_CM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x\u00d7]\s*(\d+(?:\.\d+)?)\s*(?:cm)?\s*$", re.IGNORECASE)


def parse_print_size(text: str, dpi: float | None = None) -> PrintSize:
    """A preset's name (``column``, ``page``, ``slide``) or ``WxH`` in cm (``16x10``, ``16x10cm``);
    ``dpi`` overrides the preset's resolution. ``ValueError`` says what is accepted."""
    key = text.strip().lower()
    if key in PRESETS:
        size = PRESETS[key]
    else:
        m = _CM.match(text)
        if not m:
            raise ValueError(f"a print size is {', '.join(PRESETS)} or WIDTHxHEIGHT in cm (16x10), not {text!r}")
        size = PrintSize(float(m.group(1)), float(m.group(2)))
        if not all(math.isfinite(v) and v > 0 for v in (size.width_cm, size.height_cm)):
            raise ValueError(f"a print size needs a width and height above 0 cm, not {text!r}")
    return size if dpi is None else PrintSize(size.width_cm, size.height_cm, float(dpi))
