"""The time of a match: its quarters and its clock, which are no calendar periods or times of day.

A sports report counts a game in quarters, halves and periods ("25 points in the decisive fourth
quarter", "late in the third quarter") and times its plays by the game clock ("at 3:25 of the first
period", "at the 4:48 mark"). Read as calendar expressions, a fourth quarter became October to
December of the page's year and a goal at 3:25 happened at twenty-five past three in the night.
The grammar asks these helpers before it reads a yearless quarter or a bare clock time.

What tells a match is its own vocabulary near the quarter (points, baskets, a score such as "a 26-20
lead"); what tells a business period is money, percentages and results, which win when both are
near ("the club's revenue rose 8% in the fourth quarter"), and the points an index or a poll
moves are no points scored ("the average fell 30 points in the fourth quarter").
"""

from __future__ import annotations

import re

from explorer.temporal.per_text import memo

#: how far either side of a quarter the match or business words are looked for
_NEAR = 200

#: what a report of play says: points and scoring plays, fouls, the clock's ends, a scoreline
_PLAY = re.compile(
    r"(?i)\b(?:points?|scored|scores|scoring|scorers?|rebounds?|baskets?|three-pointers?|[23]-pointers?|"
    r"free\s+throws?|lay-?ups?|dunks?|touchdowns?|field\s+goals?|interceptions?|fumbles?|quarterbacks?|"
    r"half-?time|buzzer(?:-beating)?|overtime|fouls?|turnovers?|goals?|tip-?off|kick-?off|comeback|"
    r"(?:win|victory|defeat)\s+over|\d{1,3}-point|game-high|"
    r"(?:led|leading|trailed|trailing|tied|tie)\s+(?:the\s+game\s+)?(?:by\s+|at\s+)?\d{1,3}\b|"
    r"\d{1,3}[-–]\d{1,3}\s+(?:lead|win|victory|loss|defeat|advantage|deficit|halftime|edge|score))")
#: what a report of a business period says
_FIGURES = re.compile(
    r"(?i)(?:[$€£¥%]|\b(?:percent|per\s+cent|per\s+share|million|billion|sales|revenues?|profits?|earnings|"
    r"results|income|gdp|economy|growth|fiscal|dividends?|margins?|stocks?|shares|investors?|analysts?|"
    r"output|inflation|forecasts?|guidance|index(?:es)?|indices|average|dow|nasdaq|markets?|trading|traders?|"
    r"bonds?|yields?|rates?|basis|polls?|polling)\b)")


def is_match_period(text: str, start: int, end: int) -> bool:
    """Whether the yearless quarter (or half) at ``text[start:end]`` is a part of a game: a report
    of play is near it and no figures of a business period are."""
    around = text[max(0, start - _NEAR):start] + " " + text[end:end + _NEAR]
    return bool(_PLAY.search(around)) and not _FIGURES.search(around)


#: a clock time bound to a part of a game: "3:25 of the first period", "3:27 of the extra
#: session", "2:10 into the second half", "the 4:48 mark", "2:00 on the clock"
_BOUND_AFTER = re.compile(
    r"(?i)^\s*(?:(?:of|into|in)\s+(?:the\s+)?(?:first|second|third|fourth|final|opening|1st|2nd|3rd|4th|extra|"
    r"overtime|ot\b|regulation)|mark\b|on\s+the\s+(?:game\s+|shot\s+)?clock)")
_BARE_CLOCK = re.compile(r"(?<![\w:.])(?:[01]?\d):[0-5]\d(?![\d:])")


def is_bound_game_clock(text: str, end: int) -> bool:
    """Whether the clock time ending at ``end`` is read off the game clock by what follows it."""
    return bool(_BOUND_AFTER.match(text[end:end + 40]))


@memo()
def times_play_by_game_clock(text: str) -> bool:
    """Whether the text times its plays by the game clock (one clock time bound to a part of the
    game): then its other bare clock times ("tied the game at 6:20") are game clock too."""
    return any(is_bound_game_clock(text, m.end()) for m in _BARE_CLOCK.finditer(text))
