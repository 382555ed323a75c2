"""The body a text is written by, for whom its "we" stands: the organisation that signs a notice.

A club's bulletin, a company's letter to customers or a council's notice tells what "we" did ("We
will close the clubhouse", "We shut down the connection") and names who "we" are only in its furniture:
a masthead line ("Harnley Bowls Club"), a "From:" line, a signature ("The Committee, Harnley Bowls
Club"). A reader answers "who closed it?" with that body, not with "we". This module finds the lines
where a text names itself, and the stretches where "we" is someone else's: a speaker's turn in a
transcript ("OWEN PRITCHARD: We commissioned …") or a quotation.

Pure functions of the text: the entity index reads them once per document
(``ActorIndex.read_documents``) and asks them when it labels an event whose title opens with "We".
"""

from __future__ import annotations

import re

from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS, alternatives

#: Lines at each end of a text that may name who wrote it (a masthead and a date line; a sign-off).
EDGE_LINES = 4
#: A line of furniture holds at most this many words (a signature, a masthead, a "From:" line).
MAX_LINE_WORDS = 10
#: A line that opens a speaker's turn: "CHAIR:", "DR ALMA FERREIRA:", "Jane Roe:".
_TURN = re.compile(r"[ \t]*(?:[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}|[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)"
                   r"(?:\s*\([^)\n]{1,40}\))?\s*:\s+\S")
#: A line that holds a date: a dateline or a diary's entry heading ("Monday 21 March, Tupiza"), whose
#: name after the date is where it was written, not who wrote it.
_DATED = re.compile(rf"\b(?:{alternatives(FULL_WEEKDAYS + FULL_MONTHS)})\b")
#: Words of a closing line that is no name of a body: "Yours sincerely", "Thank you", "Best wishes".
_SIGN_OFF = re.compile(r"^\s*(?:yours|thank|thanks|best|kind|warm|regards|sincerely|with)\b", re.IGNORECASE)


#: A closing line of two or three single names joined by "and" or "&" ("Ana and Joel", "Tom, Ana & Joel"):
#: people signing their own post, whose "we" is themselves, not a body named by one of them.
_PEOPLE_SIGNING = re.compile(r"\s*(?:[-–—~]\s*)?(?:(?:Love|Cheers|Best),?\s+)?[A-Z][a-z’'-]+(?:,\s+[A-Z][a-z’'-]+)?"
                             r"\s+(?:and|&)\s+[A-Z][a-z’'-]+\s*[.!]?\s*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` holding more than spaces."""
    out = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if line.strip():
            out.append((start, start + len(line)))
    return out


def signature_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the short lines at the text's start and end that do not end as a sentence: where a
    bulletin, a letter or a notice names the body it comes from ("Harnley Bowls Club", "From: Customer
    Care, Brightwell Home Energy", "The Committee, Harnley Bowls Club"). A transcript's turns and a
    sign-off ("Yours sincerely,") are none, and so is a closing line of people's names ("Ana and Joel"):
    a couple signing a post are its "we" themselves, not a body one of them names."""
    lines = _lines(text)
    closing = lines[max(EDGE_LINES, len(lines) - EDGE_LINES):]
    out = []
    for start, end in lines[:EDGE_LINES] + closing:
        line = text[start:end].strip()
        if (start, end) in lines[-EDGE_LINES:] and _PEOPLE_SIGNING.fullmatch(text, start, end):
            continue  # "Ana and Joel" signing a blog: the "we" is the two of them, no body named by one
        if line.endswith((".", "?", "!", ";")) or len(line.split()) > MAX_LINE_WORDS \
                or _TURN.match(line) and not line.lower().startswith(("from:", "by:")) or _SIGN_OFF.match(line) \
                or _DATED.search(line):
            continue
        out.append((start, end))
    return tuple(out)


#: Where a body's name may begin on a line that names the writer: the line's start (past "From:" or
#: "The"), or after a comma ("The Committee, Harnley Bowls Club"); never after a preposition ("The
#: Lamps at Verrin" names a place, not who writes) nor after a colon ("Fenwater Housing Trust: Annual
#: Report" names the document after its body).
_NAME_SLOT = re.compile(r"^[ \t]*(?:(?:From|By)\s*:\s*)?(?:The\s+)?|,\s+(?:the\s+|The\s+)?")

#: (per signature line, the offsets where a body's name may begin on it; speakers' turns as (start,
#: end, where the speaker's own body's name begins or -1) spans).
WriterReadings = tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, int, int], ...]]
#: Honorifics a speaker's label may open with ("DR ALMA FERREIRA:"): no part of the name.
_HONORIFICS = frozenset("dr mr mrs ms miss prof professor sir dame lord lady rev cllr".split())


def _speaker_body(text: str, label: str) -> int:
    """Where the text names the body a speaker speaks for, as a list of witnesses or an introduction
    does: their name, a role in lower case, then the body ("Owen Pritchard, chief executive, Kestrel
    Point Harbour Authority"); -1 when it does not. The label gives the name ("OWEN PRITCHARD")."""
    words = label.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    if len(words) < 2:
        return -1
    name = r"\s+".join(re.escape(w) for w in words)
    m = re.search(name + r",\s+(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*,\s+(?:the\s+)?(?=[A-Z])", text, re.IGNORECASE)
    return m.end() if m else -1


def writer_readings(text: str) -> WriterReadings:
    """Where ``text`` may name the body it is written by (offsets on its signature lines at which a
    name may begin) and its speakers' turns: what labelling a title's "We" needs, kept per document by
    the entity index."""
    starts = []
    for start, end in signature_lines(text):
        line = text[start:end]
        starts.append(tuple(start + m.end() for m in _NAME_SLOT.finditer(line)))
    turns = []
    for start, end in _lines(text):
        turn = _TURN.match(text, start)
        if turn:
            label = text[start:end].split(":", 1)[0].split("(")[0].strip()
            turns.append((start, end, _speaker_body(text, label)))
    return tuple(starts), tuple(turns)
