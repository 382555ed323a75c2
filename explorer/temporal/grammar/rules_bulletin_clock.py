"""A 24-hour clock time with its day after "on", as bulletins, logs and incident reports write them:
"At 14:20 UTC on 3 March", "0615 GMT on 9 September", "03:40 on 9 September", "at 23.15 local time
(21.15 UTC) on 4 March". One expression, the clock time on that day (TIME 2024-03-03T14:20), not a
time and a date apart: read apart, the time took its day from the document date or the day told
before it, and could land a year away from the day printed right after it. A clock time given in
two zones keeps the first (the one the sentence reads by); the other, in brackets, is inside the
expression. The 12-hour clock ("3 p.m. on Friday") is left to the rules that mark it apart, as
TimeML does in news.
"""

from __future__ import annotations

import re

from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.grammar.rules_time import _DMY, _MDY, _ZONES, CLOCK24, _clock_of, _date_spec

_DOTTED = rf"(?P<dh>[01]\d|2[0-3])\.(?P<dm>[0-5]\d)(?=\s+(?:(?i:local\s+time)\b|{_ZONES}\b))(?:\s+(?P<dtz>{_ZONES})\b)?"
_OTHER_ZONE = rf"(?:[ \t]*\([ \t]*(?:[01]?\d|2[0-3])[:.]?[0-5]\d(?:[ \t]*(?:hrs|h))?[ \t]*{_ZONES}[ \t]*\))"


@rule(rf"(?<![\w:.,$€£#/+-])(?:{CLOCK24}|{_DOTTED})(?:[ \t]+(?i:local\s+time))?{_OTHER_ZONE}?,?[ \t]+(?i:on)[ \t]+(?:{_DMY}|{_MDY})(?![\w])",
      priority=6, trigger=r"\d[:.]?[0-5]\d[^\n]{0,40}\b(?i:on)\s")
def clock_on_day(m: re.Match[str], text: str) -> Cand | None:
    """ "14:20 UTC on 3 March": the clock time on the day after it, one expression."""
    if m["dh"] is not None:
        clock = f"{m['dh']}:{m['dm']}"
    else:
        clock = _clock_of(m)
    if clock is None:
        return None
    got = _date_spec(m)
    if got is None:
        return None
    kind, spec = got
    return Cand(m.start(), m.end(), kind, "TIME", spec=spec.with_(clock=clock))
