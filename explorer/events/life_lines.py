"""A life's dates in a fact box or a bracket: the birth and the death of the one a page is about.

Obituaries and biographies on real pages print the life apart from the story: a fact box under the
name ("Born 9 August 1938, Slane Bridge" / "Died 17 October 2025, Marlow End", "Born: 3 May 1920",
"b. 1931") or a bracket after it ("Ada Holm (born 4 March 1931) is a …"). Such a line is short and
reads as a heading, so the furniture rules dropped it, and its date told no happening in words a title
could be made from; yet a reader lists a birth and a death. This module says whose life a date on such
a line or in such a bracket dates, and what it tells: the builder titles it "<Name> is born" or "<Name>
dies". Typographical patterns only: no name, place or date is written into a rule.
"""

from __future__ import annotations

import re

from explorer.temporal.timex import Timex

#: A life's cue opening a short line, before its date: "Born 9 August 1938", "Died: 2 May 2001",
#: "b. 1931", "d. 2004", "Born on 3 May 1920", "Died in 1958".
_LINE_CUE = re.compile(r"(?:^|\n)[ \t]*(?P<cue>Born|BORN|Died|DIED|b\.|d\.)[ \t]*:?[ \t]*(?:(?:on|in)[ \t]+)?$")
#: A life's cue in a bracket right after a name: "Ada Holm (born 4 March 1931", "Ada Holm (b. 1931".
_BRACKET_CUE = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*)[ \t]+\((?P<cue>born|b\.|died|d\.)[ \t]+(?:(?:on|in)[ \t]+)?$")
#: A person's name alone on a line (a fact box's heading): two to five capitalised words, initials
#: allowed, nothing else ("Edwin Carrow", "Mary A. Holt-Pell", "Karl Brenner-Olt").
_NAME_LINE = re.compile(r"(?m)^[ \t]*((?:[A-Z][a-z’'-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?|[A-Z]\.|de|van|von|da|di|du|le|la)){1,4})[ \t]*$")
#: The name opening the story's first paragraph about the person: "Edwin Carrow, who has died aged 87, …".
_NAME_OPENING = re.compile(r"(?:^|\n)[ \t]*((?:[A-Z][a-z’'-]+[ \t]+){1,3}[A-Z][a-z’'-]+)(?=,|[ \t]+\(|[ \t]+(?:was|is|has|had|who)\b)")

#: How many characters a fact-box line may hold: a date and a place, not a sentence of the story.
LIFE_LINE_MAX_CHARS = 90
#: How many lines above a fact-box line the person's name may stand (a job line may come between).
NAME_LINES_ABOVE = 4
#: How far below the box the story's first naming of the person is looked for.
NAME_BELOW_REACH = 600


def life_event(text: str, timex: Timex) -> tuple[str, str] | None:
    """Whose life ``timex`` dates and what it tells, as ``(name, "is born" | "dies")``, when it follows a
    life's cue on a short line of its own or in a bracket after a name; None for any other expression,
    and when no name of the person can be found."""
    bracket = _BRACKET_CUE.search(text[max(0, timex.start - 80):timex.start])
    if bracket is not None and len(timex.parts) < 2:
        return bracket.group("name"), _told(bracket.group("cue"))
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    line_end = len(text) if line_end == -1 else line_end
    cue = _LINE_CUE.search(text[line_start:timex.start])
    if cue is None or line_end - line_start > LIFE_LINE_MAX_CHARS or len(timex.parts) >= 2:
        return None
    name = _name_above(text, line_start) or _name_below(text, line_end)
    return (name, _told(cue.group("cue"))) if name else None


def _told(cue: str) -> str:
    return "is born" if cue.lower().startswith("b") else "dies"


def _name_above(text: str, line_start: int) -> str | None:
    """The name heading the fact box: the nearest line above that is a name alone, past the box's other
    lines and a job line, within a few lines and before any blank line that ends the box."""
    lines = text[:max(0, line_start - 1)].split("\n")
    for line in reversed(lines[-NAME_LINES_ABOVE:]):
        if not line.strip():
            return None
        m = _NAME_LINE.match(line)
        if m is not None:
            return m.group(1)
    return None


def page_person(before: str) -> str | None:
    """The last name standing alone on a line in ``before``: the person a profile's or an obituary's
    block is headed with, whom a "Died 6 February 1958 in Bonn" label under it is about."""
    found = _NAME_LINE.findall(before)
    return found[-1] if found else None


def _name_below(text: str, line_end: int) -> str | None:
    """The person as the story first names them after the box: a full name opening a paragraph."""
    m = _NAME_OPENING.search(text, line_end, line_end + NAME_BELOW_REACH)
    return m.group(1) if m else None
