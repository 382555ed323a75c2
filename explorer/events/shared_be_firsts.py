"""The earlier participles of a passive series that shares one "was" or "were": "The cinema was closed and
demolished in 1968", "The van was inspected and repaired in April", "The prisoner was taken to the capital,
tried for treason and hanged in 1746".

Why a module of its own: the date of such a sentence stands after its last participle, which the dated
event reads ("The cinema is demolished"), and the joined-clause patterns
(:data:`~explorer.events.joined_clauses.SHARED_BE_STEP`, :data:`~explorer.events.joined_clauses.SHARED_BE_LAST`)
read the participles after an "and" only: the first one, right after the "was", and those listed after it
before the "and" were dropped, although each tells a thing done of its own (session 58: the opened
part's missed events hold such participles in several writers' sets, "was closed for four months and
reopened that summer", "was recorded in six weeks … and released on …"). A reader lists each step at the
sentence's time. Only a participle of a thing done: not a state's, a name's or a plan's
(:data:`~explorer.events.joined_clauses.STATE_PARTICIPLE`, "was based in Leeds and run by …"), nor "born".
"""

from __future__ import annotations

import re

from explorer.events.tense import PARTICIPLE_FORMS

#: A participle of the series: a regular "-ed" one or an irregular one ("taken", "torn", "built").
_PARTICIPLE = rf"(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS})"
#: An adverb that may stand between the "was" and the first participle, or between a joint and a later one.
_ADVERB = r"(?:(?:first|later|then|also|quickly|soon|badly|partly|briefly|hastily|temporarily|eventually|finally)\s+)?"
#: A stretch of one step's own words: no clause break and no other "and".
_STEP_WORDS = r"(?:\s+(?!and\b)[^\s,;:.()—–]+){0,8}?"


#: An upbringing's participles, a life's stretch rather than a step: "was educated at home and trained as
#: a nurse in 1890" tells the training at that date, not the schooling.
_UPBRINGING = r"educated|schooled|raised|reared|bred"
#: A span the step lasted, right after its participle: "was closed for six weeks and reopened in May" tells
#: a closing before the date, which is the reopening's alone.
_SPAN = (r"\s+for\s+(?:(?:about|almost|nearly|over|some|more\s+than)\s+)?(?:a|an|\d+|two|three|four|five|six|seven|"
         r"eight|nine|ten|eleven|twelve|several|many|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?|decades?)\b")


def earlier_participles(state_participle: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a series' earlier participles, with ``state_participle`` the participles of a
    state that tell no step: the first after its "was" or "were" (group ``be``); one listed after a
    comma before the series' "and"; and, for that one, the series' "was" before it (group ``be``), with
    nothing but the series' own steps between (to search up to the listed participle's comma). The
    first two need the rest of the series after them: perhaps more listed participles, then "and" and
    the last one."""
    step = rf"(?!(?:{state_participle}|born|{_UPBRINGING})\b){_PARTICIPLE}"
    rest = rf"(?={_STEP_WORDS}(?:,\s+{_ADVERB}{step}\b{_STEP_WORDS})*,?\s+and\s+{_ADVERB}{step}\b)"
    first = re.compile(rf"\b(?P<be>was|were)\s+{_ADVERB}(?P<verb>{step})\b(?!{_SPAN}){rest}")
    listed = re.compile(rf",\s+{_ADVERB}(?P<verb>{step})\b{rest}")
    listed_be = re.compile(rf"\b(?P<be>was|were)\s+{_ADVERB}{step}\b{_STEP_WORDS}(?:,\s+{_ADVERB}{step}\b{_STEP_WORDS})*$")
    return first, listed, listed_be
