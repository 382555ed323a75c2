"""A limit told ahead of the story: "The garrison of 3,000 in March was reduced to 900 by December.
In May the first relief column arrived."

A history sums up where a development stood at a later point ("by December", "by the end of the
summer") and then goes on telling the months in between. The limit is read as any yearless month
is (the December after the story's March), but the story does not move to it: moved, "In May" came
after December and went to the next year. A month after the limit ("In January") still lands in
the next year, since a story's yearless month is the nearest one ahead of its time.

A season that names a campaign ("the Chinese Winter Offensive", "launched a spring offensive") is
read as the season, but it labels the campaign, as a year in a name does, and the story's time stays.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar import Cand
from explorer.temporal.grammar.rules_periods import SEASON_CAMPAIGN

_BY_BEFORE = re.compile(r"(?i)\bby[ \t]+(?:the[ \t]+(?:end|close|middle|start|beginning)[ \t]+of[ \t]+)?$")


def is_story_limit(text: str, c: Cand) -> bool:
    """Whether ``c`` is a yearless month or season the story is summed up "by"."""
    sp = c.spec
    if c.kind != "under" or sp is None or sp.gran not in ("M", "S") or sp.year is not None or c.rel or c.parts:
        return False
    return _BY_BEFORE.search(text, max(0, c.start - 24), c.start) is not None


def names_a_campaign(text: str, c: Cand) -> bool:
    """Whether ``c`` is a season said as the name of a campaign ("the Spring Offensive")."""
    return c.spec is not None and c.spec.gran == "S" and not c.parts and SEASON_CAMPAIGN.match(text, c.end) is not None


__all__ = ["is_story_limit", "names_a_campaign"]
