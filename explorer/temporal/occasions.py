"""An occasion named by its day: "the Easter parade drew crowds", "the Christmas market will open",
"the June 3 vote was close".

A holiday or a month-day put before a noun names an event held on that day, and the verb right after
the noun says whether it has happened: a past verb ("drew", "was a success", "went ahead") puts it on
the day before the report, a future one ("will draw", "is set to open") on the day after. The tense
of such a verb governs the date as surely as a verb right before it does ("closed on Easter Monday"),
yet it stood a noun away, so the reading fell back on the occurrence nearest the report: "the Easter
parade drew large crowds", written in February, went to the coming Easter.

A verb of calling off or fixing ("was cancelled", "has been postponed", "was announced") acts on a
plan: the occasion may still be ahead ("the Easter parade was cancelled", written in February, is
this year's), so it says nothing here and the nearest occurrence stays.

A month names its happening the same way ("the October attack killed four", "the September election
was won by the opposition", "the Oct. 23 shooting shocked the city"), and any past verb the tagger
knows (:data:`explorer.temporal.tense_markers.PAST`) says the happening is behind the report: news
that names a happening by its month or day tells of it both before and after it, and the nearest
month was taken for the one ahead when it lay within four months of the report.
"""

from __future__ import annotations

import re

from explorer.temporal.tense_markers import PAST as PAST_VERB

#: a determiner before the day: the day is attributive ("the Easter parade", "this year's Christmas market")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|our|his|her|this\s+year['’]s|last\s+year['’]s)\s+$")
#: the noun (one or two words) the day is put before, then the verb group
_AUX = r"(?!(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must)\b)"
_NOUN = r"(?:['’]s)?[ \t]+(?:" + _AUX + r"[a-z][a-z-]+[ \t]+){0,1}" + _AUX + r"[a-z][a-z-]+[ \t]+"
_PLAN_ACT = (r"(?:cancell?ed|postponed|called[ \t]+off|scrapped|axed|rescheduled|moved|delayed|brought[ \t]+forward|"
             r"put[ \t]+off|pushed[ \t]+back|extended|banned|shelved|announced|planned|scheduled|confirmed|approved|"
             r"agreed|proposed|set|fixed|unveiled|expected|forecast|predicted|slated|due)\b")
#: a noun that names a plan, not an occasion: "the June 30 deadline was tight" may still lie ahead
_PLAN_NOUN = re.compile(r"(?:['’]s)?[ \t]+(?:[a-z-]+[ \t]+)?(?:deadlines?|targets?|goals?|dates?|timetables?|"
                        r"schedules?|cut-?offs?|ultimatums?|expiry|expiration|due[ \t]+date)\b")
_PLANNED = re.compile(_NOUN + r"(?:(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:officially[ \t]+)?"
                      + _PLAN_ACT + "|" + _PLAN_ACT + ")")
_FUTURE = re.compile(_NOUN + r"(?:will|(?:is|are)[ \t]+(?:to|(?:set|due|expected|scheduled|slated|going)[ \t]+to))\b")
_PAST = re.compile(_NOUN + r"(?:(?:was|were)\b(?![ \t]+(?:to|due|set|expected|scheduled|slated|going)\b)"
                   r"|(?:has|have)[ \t]+(?:been|drawn|attracted|raised|brought|seen)\b"
                   r"|(?:drew|went|saw|brought|raised|ended|began|fell|passed|turned|ran|took|made|left|attracted|"
                   r"featured|included|celebrated|marked|proved|sold|welcomed|packed|filled|closed|opened)\b)")
#: the noun of one or two words after the day, for any past verb after it ("attack killed", "sniper
#: attack killed"); words that tell a time or a count are no such verb ("the June 3 vote last year")
_NOUN_WORDS = [re.compile(r"(?:['’]s)?(?:[ \t]+" + _AUX + r"[a-z][a-z-]+){%d}[ \t]+" % n) for n in (1, 2)]
_NO_VERB = re.compile(r"(?i)(?:ago|earlier|yesterday|last|set|made|given|taken|done|put|won|sent|held|written|signed)\b")


def occasion_tense(text: str, start: int, end: int) -> str | None:
    """"past" or "future" when the day at ``start``..``end`` names an occasion whose own verb says
    which side of the report it lies on ("the Easter parade drew crowds": past); None otherwise."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 16), start) is None:
        return None
    if _PLANNED.match(text, end) or _PLAN_NOUN.match(text, end):
        return None
    if _FUTURE.match(text, end):
        return "future"
    if _PAST.match(text, end):
        return "past"
    for noun in _NOUN_WORDS:
        m = noun.match(text, end)
        if m is not None and PAST_VERB.match(text, m.end()) and not _NO_VERB.match(text, m.end()):
            return "past"
    return None


__all__ = ["occasion_tense"]
