"""A match's score told in the sentence after the match: "Kestrel Rovers and Town met in the cup
semi-final on Saturday. Rovers beat Town 2-1 after a late goal", "Harbour United won the county final on
Sunday. They beat Millfield 3-0", "Rovers played Town on Saturday. Town led 1-0 at the break, but Rovers
came back to win 2-1".

Why a module of its own: the score sentence has no date, so the undated-act rules gave it an event of
its own beside the dated match ("Rovers beat Town 2-1" under "Kestrel Rovers and Town meet in the cup
semi-final"), two marks for one game. The score, the lead at the break and the comeback are the match's
course and result: one happening, whose event is the dated match, the score sentence joining its
mentions. A score of another game ("Earlier in the week they had beaten Millfield 4-0", "also beat …
last month") or one in another paragraph stays apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event
from explorer.events.repeats import told_undated

#: A score in a title: "2-1", "21–17".
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
#: What a match's title tells: a game played or won, or a game's noun.
_MATCH = re.compile(
    r"\b(?:play|plays|meet|meets|host|hosts|face|faces|beat|beats|win|wins|lose|loses|draw|draws|edge|edges|"
    r"defeat|defeats|thrash|thrashes|match|game|final|semi-final|derby|tie|fixture|clash)\b", re.IGNORECASE)
#: A game's noun: a match titled by it names no team ("The derby is played at the Marsh ground"), and
#: the score right after it is its result.
_GAME_NOUN = re.compile(r"\b(?:match|game|final|semi-final|derby|tie|fixture|clash)\b", re.IGNORECASE)
#: A score sentence telling another game: an earlier or another one, or a tally of games.
_ANOTHER_GAME = re.compile(r"\b(?:earlier|previous|previously|last|also|again|had|has|have|before|season|league\s+table)\b",
                           re.IGNORECASE)
#: How far back (characters) the match's sentence may stand from the score's.
_REACH = 400


def _teams(title: str) -> set[str]:
    """The capitalised words of a title (the teams' names), less its first article."""
    words = re.findall(r"[A-Z][\w’'-]+", title)
    return {w for w in words if w not in ("The", "A", "An", "They", "He", "She", "It")}


def fold_match_results(text: str, events: Sequence[Event]) -> list[Event]:
    """``events`` with each undated score told just after a dated match of the same teams folded into
    that match (see the module)."""
    out = list(events)
    drop: set[int] = set()
    for n, event in enumerate(events):
        if not told_undated(event) or not _SCORE.search(event.title) or _ANOTHER_GAME.search(event.sentence):
            continue
        match = next((m for m in range(n - 1, -1, -1) if m not in drop and events[m].timex
                      and events[m].sentence_end <= event.sentence_start), None)
        if match is None:
            continue
        dated = out[match]
        between = text[dated.sentence_end:event.sentence_start]
        if event.sentence_start - dated.sentence_end > _REACH or "\n\n" in between or not _MATCH.search(dated.title) \
                or not (_teams(dated.title) & _teams(event.title) or event.title.split()[0] in ("They", "We")
                        or _GAME_NOUN.search(dated.title) and not between.strip()):
            continue
        out[match] = replace(dated, mentions=tuple(sorted({*dated.mentions, (event.sentence_start, event.sentence_end),
                                                           *event.mentions})),
                             derivation=f"{dated.derivation}; its score told at {event.sentence_start}-{event.sentence_end}")
        drop.add(n)
    return [e for n, e in enumerate(out) if n not in drop]
