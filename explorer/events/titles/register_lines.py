"""A list line that tells an act with no subject takes the name the line or its list is headed by.

Registers, family pages, rolls and case lists write a person's acts as list lines under the person's
name ("John Penhallow, yeoman" / "- Baptised 14 March 1741 at St Keyne." / "- Buried 9 January 1795.")
or after the name on the line ("- Richard, baptised 5 June 1768; buried 22 June 1768."). Each line's
date dates an act whose doer the title step cannot see: the sentence is the line, and the name is on
another line or in another clause of it, so the titles read "Buried" or "Took over Trewint". This pass
gives such a title its subject: the name opening the line before a comma, or else the name heading the
list (the nearest line above the list's lines, short, a name perhaps followed by a comma and a
description). The clause holding the date is titled again as "<Name> <clause>", the act read as
active when an object follows its verb ("Married Jane Hocking" -> "… marries Jane Hocking") and as a
register's passive when a date, a place or nothing does ("Buried 4 March 1838" -> "… is buried"),
unless the verb cannot take a passive (:data:`_NO_PASSIVE`: "died", "emigrated"). Only titles that do
are made again even when they name the subject, so that a register's passive is not read as an
active ("Launched at Appledore" under a ship's name: "… is launched", not "… launches"). Typography and grammar only: no name or date is in a rule.

Why a pass over finished titles: the name lies outside the sentence the title step is given.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event
from explorer.events.tense import IRREGULAR, IRREGULAR_PARTICIPLES
from explorer.events.titles import make_title

#: A list line's bullet: a dash, a star, a bullet sign or a number.
_BULLET = re.compile(r"[ \t]*(?:[-–—*•·]|\d{1,3}[.)])[ \t]+")
#: A name, two to four capitalised words or one, opening a line before a comma and a lower-case word.
_NAME_COMMA = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}),[ \t]+(?=[a-z])")
#: A heading naming a person: the name, then perhaps a comma and a few words of description, no stop.
_NAME_HEADING = re.compile(r"[ \t]*(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})[ \t]*(?:,[^.!?\n]{0,40})?[ \t]*:?[ \t]*")
#: A past form opening a clause: a regular one or an irregular participle.
_PAST = re.compile(r"(?P<verb>[A-Za-z]{3,}ed|[A-Za-z]+)\b")
#: What opens an object after a verb: a determiner or an owner ("the lease", "his farm"), a name ("Jane
#: Hocking") or a phrasal verb's particle ("took over", "gave up"). A bare lower-case noun is a passive's
#: complement ("Appointed lecturer", "Elected mayor"); a preposition or a date opens no object.
_OBJECT = re.compile(r"(?:(?:the|a|an|his|her|their|its|this|that|these|those|our|my)\b|(?:over|up|out|down|back|away)\b|[A-Z])")
#: Verbs that take no object, so no passive: a life's and a journey's acts told by their participle.
_NO_PASSIVE = frozenset(
    "died emigrated immigrated arrived returned retired settled sailed moved departed fled lived resided "
    "drowned perished remarried eloped absconded deserted vanished disappeared enlisted".split())
#: How far above the list its heading may stand, in lines.
_MOST_LINES_ABOVE = 12


def _is_past(word: str) -> bool:
    low = word.lower()
    return (len(low) > 4 and low.endswith("ed")) or low in IRREGULAR_PARTICIPLES or low in IRREGULAR


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _heading_name(text: str, line_start: int) -> str | None:
    """The name heading the list whose line starts at ``line_start``: the nearest line above that is
    no list line, when it is a name alone or a name and a short description."""
    at = line_start
    for _ in range(_MOST_LINES_ABOVE):
        if at <= 0:
            return None
        prev_start = text.rfind("\n", 0, at - 1) + 1
        line = text[prev_start:at - 1]
        at = prev_start
        if not line.strip():
            return None
        if _BULLET.match(line):
            continue
        m = _NAME_HEADING.fullmatch(line)
        if m is None or len(line) > 60 or not _named_elsewhere(text, m.group("name"), prev_start, prev_start + len(line)):
            return None
        return m.group("name")
    return None


def _named_elsewhere(text: str, name: str, start: int, end: int) -> bool:
    """Whether a word of ``name`` is written elsewhere in ``text`` (outside ``start``..``end``) with its
    capital inside a sentence, as a name is ("William rebuilt", "the Penhallow family"): a heading in
    title case ("Key Dates", "Sale History") names no one the text goes on to name."""
    for word in name.split():
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text):
            if start <= m.start() < end:
                continue
            if re.search(r"[a-z,;][ \t]+$", text[max(0, m.start() - 3):m.start()]):
                return True
    return False


def _retitled(e: Event, text: str) -> str | None:
    line_start, line_end = _line(text, e.timex_start)
    bullet = _BULLET.match(text, line_start)
    if bullet is None:
        return None  # "Ostrander, founded in 1889 as a shipping firm, was listed …": prose, whose title step reads it whole
    body = bullet.end()
    named = _NAME_COMMA.match(text, body)
    if named is not None:
        name, body = named.group("name"), named.end()
    else:
        name = _heading_name(text, line_start)
    if name is None:
        return None
    # the clause of the line holding the date: between semicolons
    clause_start = max(body, text.rfind(";", body, e.timex_start) + 1)
    semi = text.find(";", e.timex_end, line_end)
    clause_end = line_end if semi < 0 else semi
    clause = text[clause_start:clause_end].strip()
    offset = clause_start + (len(text[clause_start:clause_end]) - len(text[clause_start:clause_end].lstrip()))
    verb = _PAST.match(clause)
    if verb is None or not _is_past(verb.group("verb")) or offset > e.timex_start:
        return None
    rest = clause[verb.end():].lstrip()
    object_follows = bool(rest) and not rest.startswith(e.timex) and _OBJECT.match(rest) is not None
    passive = not object_follows and verb.group("verb").lower() not in _NO_PASSIVE
    head = f"{name} was " if passive else f"{name} "
    told = clause[0].lower() + clause[1:]
    synth = head + told + ("" if told.endswith((".", "!", "?")) else ".")
    at = len(head) + (e.timex_start - offset)
    if synth[at:at + len(e.timex)] != e.timex:
        return None
    return make_title(synth, at, at + len(e.timex))


def name_register_lines(events: Sequence[Event], text: str) -> list[Event]:
    """``events`` with each list line's subjectless title given the name its line or list is headed by
    (see the module's docstring)."""
    out = []
    for e in events:
        title = _retitled(e, text) if e.timex and e.timex_start is not None else None
        out.append(replace(e, title=title) if title else e)
    return out


__all__ = ["name_register_lines"]
