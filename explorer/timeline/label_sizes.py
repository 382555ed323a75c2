"""The timeline labels' sizes in pixels at scale 1: the label engine's defaults
(:mod:`explorer.timeline.labels`) and what the timeline's placement scales for a screen or a print
(:mod:`explorer.timeline.placement`). One place, so a size tuned for the view is the one the engine
and its tests assume."""

from __future__ import annotations

#: A character's width when no font measures the text.
CHAR_PX = 6.5
#: The width of the cells of time the events are grouped in: one title, or one badge, a cell.
CELL_PX = 14.0
#: The space kept between two labels of a row.
GAP_PX = 6.0
#: The space between a mark and its title.
MARK_PAD_PX = 6.0
#: The widest a title may be before it is cut with an ellipsis.
MAX_LABEL_PX = 220.0
#: The narrowest a title may be cut to; below it only a badge is shown.
MIN_LABEL_PX = 40.0
#: The padding inside a cluster's count badge.
BADGE_PAD_PX = 5.0
#: How far apart two count badges side by side must stand, or they become one.
BADGE_GAP_PX = 14.0
#: How near two marks with the same title stand for the titles to be shown once.
SAME_TITLE_NEAR_PX = 220.0
#: The space between a badge and its caption.
CAPTION_GAP_PX = 4.0
