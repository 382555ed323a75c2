"""The top of a page: where its body begins, its datelines and its headlines.

A date in a dateline or a page header is when the article was filed, not a happening; a headline or
a lede summarises happenings the body tells again. The builder and the undated pass both need to
know where these end.
"""

from __future__ import annotations

import re

from explorer.documents.document import Document
from explorer.events.titles.clause_choice import has_verb
from explorer.sentences import logical_lines
from explorer.temporal.document_date import RELEASE_WIRE
from explorer.temporal.grammar import find_candidates
from explorer.temporal.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from explorer.temporal.timex import Timex



#: How far around an expression its line is looked at: a dateline is short, and scanning a
#: megabyte-long line once per expression would make extraction quadratic.
LINE_REACH = 400


def _line_at(text: str, offset: int) -> tuple[int, int]:
    """The line around ``offset``, cut to ``LINE_REACH`` characters either side."""
    low = max(0, offset - LINE_REACH)
    start = text.rfind("\n", low, offset)
    start = low if start == -1 else start + 1
    high = min(len(text), offset + LINE_REACH)
    end = text.find("\n", offset, high)
    return start, high if end == -1 else end


def header_end(text: str) -> int:
    """Where the article body begins: the first line long enough to be prose (20+ words), else the
    first line of three words or more that ends as a sentence does; but no later than a short lede
    above it that tells its day ("A storm struck Harbury on Tuesday and flooded two streets."), or a
    sentence of prose before that lede.

    Headlines, bylines and datelines sit above it; a date there that equals the document's own date
    is the publication date, not something that happened.
    """
    # (a paragraph wrapped at a fixed width is read as one line, as the sentence splitter joins it: its
    # lines hold fewer than 20 words each, and its first was taken for the header, so a date there equal
    # to the page's own was read as the dateline: "On 18 November 2024 the government designated …")
    prose = _first_prose_line(text)
    # (a lede told in one short paragraph above the first long line, see is_a_dated_lede: the body begins
    # at it, or at a sentence of prose above it, "The composer Ivo Marsh has died. // His agent said on Tuesday …")
    lines = logical_lines(text[:prose])
    if any(is_a_dated_lede(text[start:end]) for start, end in lines):
        return next(start for start, end in lines if _is_a_prose_sentence(text[start:end]))
    # (a lede of two sentences in a short paragraph, "Mary Hale, who founded the nursery, has died at home.
    # She was 84.": told like the story, not a headline's or a standfirst's single line, see is_a_told_lede)
    # (only the paragraph right above the first long one: a told line above the byline or the date line,
    # "Officials say a second patient has died. Here is what we know.", is the standfirst)
    if lines and is_a_told_lede(text[lines[-1][0]:lines[-1][1]]):
        return lines[-1][0]
    return prose


def _first_prose_line(text: str) -> int:
    """Where the first line that reads as prose begins (see :func:`header_end`)."""
    for start, end in logical_lines(text[:_HEADER_REACH]):
        if len(text[start:end].split()) >= 20:
            return start
    offset = 0
    for line in text.split("\n"):  # a long text whose first pages are short lines
        if len(line.split()) >= 20:
            return offset
        offset += len(line) + 1
    # a story told in short paragraphs: its first line that ends as a sentence does (a headline or a
    # byline does not), so that a headline's year above it is no happening either
    offset = 0
    for line in text.split("\n"):
        if len(line.split()) >= _SHORT_PARAGRAPH_WORDS and line.rstrip().endswith((".", "!", "?", ".\"", ".”")):
            return offset
        offset += len(line) + 1
    return 0


#: The day a lede tells its news on, with its preposition: "on Tuesday", "late on 4 May", "on March 3",
#: "yesterday", "last night", "this morning".
_LEDE_DAY = re.compile(rf"\b(?:(?:late|early)\s+)?on\s+(?:{WEEKDAY_NAMES}|\d{{1,2}}\s+{MONTH_NAMES}|{MONTH_NAMES}\s+\d{{1,2}})\b"
                       r"|\b(?:yesterday|today|last\s+night|this\s+morning|this\s+afternoon)\b")
#: Words before the lede's day: a subject and a verb at least ("A storm struck Harbury on Tuesday").
_LEDE_WORDS_BEFORE_DAY = 3
#: Words of the shortest lede paragraph read as prose; a dateline or a byline is shorter or has no day told so.
_LEDE_WORDS = 8


def _is_a_prose_sentence(line: str) -> bool:
    """A line of eight words or more, opened by a capital and closed by a full stop, that is no byline's."""
    return len(line.split()) >= _LEDE_WORDS and line.rstrip().endswith((".", ".\"", ".”")) and "|" not in line \
        and line.lstrip()[:1].isupper()


def is_a_dated_lede(line: str) -> bool:
    """Whether ``line`` is a news story's lede told in one short paragraph: a sentence of prose, closed by a
    full stop, that tells its day with a preposition ("A storm struck Harbury on Tuesday and flooded two
    streets."). Why: the body was taken to begin at the first line of 20 words, so a shorter lede fell in
    the header, its date (the page's own) was read as a dateline and its acts were never read; a dateline, a
    byline or a standfirst tells no day with "on" inside a sentence (\"Updated Thursday, 24 Sept.\",
    \"Posted on 22 September by …\" closes with no full stop)."""
    if not _is_a_prose_sentence(line):
        return False
    day = _LEDE_DAY.search(line)
    return day is not None and len(line[:day.start()].split()) >= _LEDE_WORDS_BEFORE_DAY


#: A sentence's end inside a line, before the capital opening the next: "… has died at home. She was 84."
_SENTENCE_INSIDE = re.compile(r"[a-z\d)][.!?][\"'’”]?\s+[A-Z]")


def is_a_told_lede(line: str) -> bool:
    """Whether ``line`` is the story's lede told in a short paragraph of two sentences or more, with a
    finite verb and no date ("Mary Hale, who founded the nursery, has died at her home. She was 84."): a
    page's furniture in sentences prints its date ("Live blog, Sunday 26 April 2026. Times are local.") or
    opens with a label ("Operator: Good afternoon. …"). Why: the body
    was taken to begin at the first line of 20 words, so a short lede that tells no day fell in the
    header and its happening (a death, a closure) was never read; a headline, a byline or a standfirst
    is one sentence or none ("Tributes paid to the founder of the first nursery")."""
    return _is_a_prose_sentence(line) and _SENTENCE_INSIDE.search(line) is not None and has_verb(line) \
        and not _LABEL_OPENING.match(line) and not any(c.spec is not None and c.spec.gran in ("D", "M", "Y")
                                                       for c in find_candidates(line))


#: A speaker's or a field's label opening a line: "Operator: Good afternoon, and welcome …".
_LABEL_OPENING = re.compile(r"^\W*[A-Z][\w'’ ]{0,30}:\s")


#: How far into a text its body's first paragraph is looked for (a header is a few short lines).
_HEADER_REACH = 20000


#: Words of the shortest line that can open the body of a story told in short paragraphs.
_SHORT_PARAGRAPH_WORDS = 3


#: Capitals of the Latin, Cyrillic and Greek alphabets: "МОСКВА, 3 марта 2026 г. —", "ΑΘΗΝΑ, …"
_CAP = "A-Z\u0400-\u042f\u0386\u0388-\u038f\u0391-\u03ab"
#: A wire dateline before its date: "PELL JUNCTION, Nev., ", "HAVANA (AP) ", "BRANSFORD, Ohio, ".
_DATELINE_OPENER = re.compile(rf"^[{_CAP}][{_CAP} .'’-]{{2,40}}(?:\([^\W\d_]{{2,10}}\))?(?:,\s*[{_CAP}][\w.]*(?:\s[{_CAP}][\w.]*)?)?,?\s*$")
#: The same in title case: "Portbury, 2 April 2025 — …", "Brightwater, 21 August 2022 — …".
_PLACE_OPENER = re.compile(rf"^[{_CAP}][\w'’.-]*(?:[ \t]+[{_CAP}][\w'’.-]*){{0,3}}(?:,[ \t]*[{_CAP}][\w.]*(?:[ \t][{_CAP}][\w.]*)?)?,[ \t]*$")
#: ... then a dash, after the agency's name when it follows the date: "KARVEL, March 14 (Wire) — …", or a
#: press-release wire's between slashes, "CAMBRIDGE, England, 4 February 2025 /PRNewswire/ -- …"
_DATELINE_DASH = re.compile(r"^\s*(?:\([A-Z][\w .&’'-]{1,24}\)\s*|" + RELEASE_WIRE + r"\s*)?(?:—|–|--|-|_|:)")
#: ... or, with no place before the date, the agency's name in brackets, then the dash: "Jan 2 (Wire) – …"
#: (a date opening its line before a bare dash is a timeline's entry, "June 24 – The tower collapses").
_AGENCY_DASH = re.compile(r"^\s*\([A-Z][\w .&’'-]{1,24}\)\s*(?:—|–|--|-)")


def is_dateline(doc: Document, timex: Timex, body_start: int) -> bool:
    """A publication date in page furniture: alone on its line, or the document date in the header."""
    line_start, line_end = _line_at(doc.text, timex.start)
    if "\n" in doc.text[timex.start:timex.end]:
        # an expression across lines ("Saturday, August 3\n\n2:15 p.m. — A fire is reported"): what
        # follows it on its last line tells whether it stands alone
        line_end = _line_at(doc.text, timex.end - 1)[1]
    rest = doc.text[line_start:timex.start] + doc.text[timex.end:line_end]
    if not re.search(r"[^\W\d_]{2,}", rest):
        return True  # (letters of any alphabet: a Russian sentence around its date is no date alone on its line)
    opener = doc.text[line_start:timex.start]
    if (_DATELINE_OPENER.match(opener) or _PLACE_OPENER.match(opener)) and _DATELINE_DASH.match(doc.text[timex.end:line_end]):
        return True  # "PELL JUNCTION, Nev., February 16, 2023 — …": the story's dateline, not a happening
    if not opener.strip() and _AGENCY_DASH.match(doc.text[timex.end:line_end]):
        return True  # "March 4 (Wire) — …": a wire's dateline with no place, the day it filed the story
    if not opener.strip() and len(re.findall(r"[^\W\d_]{2,}", doc.text[timex.end:line_end])) >= 4:
        return False  # "22:00 Polls have closed. Turnout looked high …": a stamp opening a live page's entry
    return (
        timex.start < body_start
        and doc.date is not None
        # a date inferred from the text came from a sentence of the story: that sentence is no dateline
        and doc.date_source != "inferred"
        and timex.begin == doc.date
        and timex.end_day == doc.date
    )


def headlines_end(text: str, body_start: int) -> int:
    """Where the lines at the top that read as headlines end: lines above the body that do not end
    as a sentence does (a headline, a standfirst, a dateline). A line above the body that ends with a
    full stop is prose (short lines of a story whose first long line comes later), and ends them."""
    offset = 0
    while offset < body_start:
        end = text.find("\n", offset, body_start)
        end = body_start if end == -1 else end
        if text[offset:end].rstrip().endswith((".", "!", "?")):
            return offset
        offset = end + 1
    return body_start


def lede(text: str, body_start: int) -> tuple[int, int]:
    """The opening paragraph of the body: from its first prose line to the end of that line."""
    end = text.find("\n", body_start)
    return body_start, len(text) if end == -1 else end

