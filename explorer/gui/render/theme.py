"""Light and dark colours for figures; lane colours come from :mod:`explorer.timeline.lanes`.

Why a module of its own: the window's timeline and the exported images (``explorer export``) draw
with the same colours, and the contrast rules keep a lane's note readable on either background.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in annotations: the light and dark themes need no Qt
    from PySide6.QtGui import QColor


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str  # axis lines, grid, secondary text
    outline: str  # around exact marks
    badge_text: str


LIGHT = Theme("light", "#ffffff", "#1a1a1a", "#8a8a8a", "#333333", "#ffffff")
DARK = Theme("dark", "#1e1f22", "#e6e6e6", "#8c8c8c", "#0d0d0d", "#ffffff")
THEMES = {"light": LIGHT, "dark": DARK}


#: WCAG's minimum contrast for body text: below it a coloured note on the plot is hard to read.
TEXT_CONTRAST = 4.5


def relative_luminance(color: "QColor") -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black, 1 white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: "QColor", b: "QColor") -> float:
    """WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable_on(color: "QColor", background: "QColor", ratio: float = TEXT_CONTRAST) -> "QColor":
    """``color`` darkened (on a light background) or lightened (on a dark one) in steps until text in
    it reaches ``ratio`` against ``background``: a lane's pastel stays recognisably its hue, but a
    note written in it can be read (a pink "◀ 45 events, 500 BC – 301 BC" on white could not)."""
    from PySide6.QtGui import QColor  # the theme table itself stays importable without Qt

    out = QColor(color)
    dark_bg = relative_luminance(background) < 0.4
    for _ in range(40):
        if contrast_ratio(out, background) >= ratio:
            break
        h, s, v, a = out.getHsvF()
        if dark_bg:
            out = QColor.fromHsvF(h if h >= 0 else 0.0, max(s - 0.05, 0.0), min(v + 0.05, 1.0), a)
        else:
            out = QColor.fromHsvF(h if h >= 0 else 0.0, min(s + 0.03, 1.0), max(v - 0.05, 0.0), a)
    return out
