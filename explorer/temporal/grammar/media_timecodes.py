"""A recording's timecodes, which are no times of day.

A podcast's or a video's transcript stamps each turn with how far into the recording it is spoken:
"[00:00:17] HOST: Take me back.", "[00:04:12] GUEST: On the 31st of March 2001." Read as clock
times, every turn happened a few minutes past midnight on the page's day, and the speaker's own
words were dated by the stamp ("We moved to Brackley the next morning" at 00:01:44). The stamps
count up from the recording's start, so the first of them in the text reads zero hours: "[00:00:00]",
"(00:00:09)". A chat log's stamps ("[14:32] <ana> back soon") are its messages' times of day and
start wherever the day was; they stay clock times.

The grammar asks :func:`is_media_timecode` before it reads a bracketed clock time.
"""

from __future__ import annotations

import re

from explorer.temporal.per_text import memo

#: A stamp in brackets opening a line: "[00:01:07]", "(0:04:33)", "[01:12]".
_LINE_STAMP = re.compile(r"(?m)^[ \t]*[\[(](?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?[\])]")


@memo()
def counts_from_zero(text: str) -> bool:
    """Whether the first bracketed stamp opening a line of ``text`` has zero hours with its seconds
    ("[00:00:14]", "(0:00:00)"): the stamps are a recording's, counting up from its start."""
    first = _LINE_STAMP.search(text)
    return first is not None and first["s"] is not None and int(first["h"]) == 0


def is_media_timecode(text: str, start: int, end: int) -> bool:
    """Whether the clock time at ``text[start:end]`` is a bracketed stamp opening its line in a text
    whose stamps count from zero (see :func:`counts_from_zero`)."""
    stamp = _LINE_STAMP.match(text, text.rfind("\n", 0, start) + 1)
    return stamp is not None and stamp.start("h") == start and stamp.end() - 1 == end and counts_from_zero(text)
