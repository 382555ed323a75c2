"""A word of the day or week that is part of a title: "USA Today", "VOA Today", "World News Tonight",
"NBC's Today show", "CBS This Morning", "ABC's This Week".

Newspapers and broadcasts are named after the time they come out, and broadcast transcripts sign
off with their programme's name ("This is VOA Today."). Such a word names the paper or programme,
not the day the text is at, and TimeML leaves it unmarked. Prose writes the time word in lower case
mid-sentence ("the president today signed"), so a capitalised one there, right after a network's or
paper's capitals, after "News", or before "show", is read as part of the title.

Only the shape counts, never a list of titles: the word is capitalised (not all capitals, as a
shouted post writes it), stands inside a sentence, and either follows an acronym that is not itself
opening the sentence ("according to USA Today", "NBC's Today show"; "OMG Today was great" keeps its
day) or "News", or comes before a word for a programme. A headline in title case ("Stocks Fall
Sharply Today") capitalises every word, so a line without sentence-final punctuation keeps its day.
"""

from __future__ import annotations

import re

#: a network's or paper's acronym, possessive or not, with a word before it in the sentence ("is VOA",
#: "to USA", "on NBC's"); or "News" ("World News Tonight")
_TITLE_BEFORE = re.compile(r"(?:(?<=[\w,] )(?:[A-Z]{2,})(?:['’]s)?|\bNews)\s+[\"“]?$")
#: an acronym's possessive opens the title wherever it stands ("NBC's Today show was ...", "on ABC-TV's
#: \"This Week\""); the title may open with a quotation mark
_POSSESSIVE_ACRONYM = re.compile(r"\b[A-Z]{2,}['’]s\s+[\"“]?$")
#: the kind of title a time word is part of
_PROGRAMME_AFTER = re.compile(r"\s+(?:show|programme|program|newscast|broadcast|edition)\b")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def names_a_title(text: str, start: int, end: int) -> bool:
    """Whether the time word at ``start``..``end`` is part of a paper's or programme's title."""
    if not _CAPITALISED.fullmatch(text[start:end]):
        return False
    before = text[max(0, start - 40):start]
    if not (_TITLE_BEFORE.search(before) or _POSSESSIVE_ACRONYM.search(before) or _PROGRAMME_AFTER.match(text, end)):
        return False
    # the rest of the line is read only now, when the shape fits (rare): read for every capitalised
    # "Today" it made a text without line breaks quadratic
    line_end = text.find("\n", end)
    line = text[end:line_end if line_end >= 0 else len(text)].rstrip()
    # a headline in title case, or a title line: its words are capitalised anyway
    return bool(line) and line[-1] in ".!?\"'’”)"
