"""Light and dark colours for figures; lane colours come from :mod:`explorer.timeline.lanes`."""

from __future__ import annotations

from dataclasses import dataclass


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
