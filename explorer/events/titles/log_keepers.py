"""Whose log a text is, from its heading: "Log of the schooner Halvard Rose", "War diary of the 2nd
Battalion, Harwell Rifles", "Diary of Anne Marsh".

Why: a log tells its keeper's acts with no subject ("Weighed anchor at 2 p.m.", "Marched to Tully Farm
and relieved the 1st Borders"). A diary's writer is "I" (``titles.subjects.diary_subject``), but a
ship's or a unit's log is kept for the ship or the unit: "I weigh anchor" names no one a reader of the
timeline knows, where the heading says who: "The Halvard Rose weighs anchor". A heading that names no
keeper ("A pilgrim's notebook", "Diary of a week in May") leaves the writer's "I".

A log's heading also tells the title rules that a sentence opening with a past verb is an entry told
with no subject, whatever word follows the verb ("Held prayers on deck", "Loaded 140 tons of slate"),
where elsewhere such an opening is read only before a preposition or an article (a news sentence
opening "Armed men stormed …" has its subject after the participle).
"""

from __future__ import annotations

import re

from explorer.events.titles.document_subjects import without_postnominals
from explorer.temporal.lexicon import FULL_MONTHS

#: A log's, a war diary's or a diary's heading that names whose it is, on the text's first line.
_KEEPER_HEADING = re.compile(
    r"\s*(?:(?:the|a)\s+)?(?:war\s+|ship's\s+|ship’s\s+|captain's\s+|captain’s\s+|master's\s+|master’s\s+)?"
    r"(?:log|logbook|log-book|log\s+book|diary)\s+of\s+(?P<the>the\s+)?"
    r"(?:(?:schooner|ship|brig|barque|steamer|steamship|yacht|vessel|trawler|sloop|ketch|cutter|frigate|lifeboat|"
    r"tug|ferry)\s+)?"
    r"(?P<keeper>(?-i:[A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))",
    re.IGNORECASE,
)
#: A first line that heads a log or a diary ("Police log: a week in Harwick", "Tour diary: ten nights").
_LOG_HEADING = re.compile(r"\b(?:log(?!\s+(?:in|on|out)\b)|logbook|log-book|diary|notebook)\b", re.IGNORECASE)
_MONTHS = frozenset(name.lower() for name in FULL_MONTHS)


def _first_line(context: str) -> str:
    text = context.lstrip()
    return text[:text.find("\n")] if "\n" in text else text[:200]


#: A CV's heading naming whose it is: "Curriculum vitae: Ada Brenn", "CV – Ada Brenn", "Résumé of Ada
#: Brenn", "Ada Brenn — Curriculum Vitae". A CV tells its person's acts with no subject, as a log does.
_CV_WORDS = r"(?:curriculum\s+vitae|c\.?v\.?|r[ée]sum[ée])"
_CV_HEADING = re.compile(
    rf"\s*(?:{_CV_WORDS}\s*(?:[:\u2013\u2014-]|\s+of)\s*(?P<after>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}}))\s*$"
    rf"|(?P<before>(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,3}}))\s*[:,\u2013\u2014-]\s*{_CV_WORDS}\s*$)",
    re.IGNORECASE,
)


def cv_person(context: str) -> str | None:
    """Whose CV the text is, from its first line ("Curriculum vitae: Ada Brenn" -> "Ada Brenn"), or None."""
    m = _CV_HEADING.match(_first_line(context))
    return None if m is None else without_postnominals(m.group("after") or m.group("before"))


def log_keeper(context: str) -> str | None:
    """Whose log the text is, as a title's subject ("The Halvard Rose", "The 2nd Battalion", "Anne
    Marsh"), read from the first line of ``context`` (the text before a sentence), or None; whose CV
    it is likewise (:func:`cv_person`)."""
    m = _KEEPER_HEADING.match(_first_line(context))
    if m is None:
        return cv_person(context)
    keeper = m.group("keeper")
    first = keeper.split()[0]
    if not keeper[:1].isupper() and not first[:1].isdigit() or first.lower() in _MONTHS \
            or re.fullmatch(r"\d{4}s?", first) or first.lower() in ("my", "our", "his", "her", "their"):
        return None  # "Diary of 1940", "Log of March": a period, not whose
    return f"The {keeper}" if m.group("the") else keeper


def heads_a_log(context: str) -> bool:
    """Whether the text's first line heads a log or a diary, whose sentences may open with their
    past verb and no subject."""
    return _LOG_HEADING.search(_first_line(context)) is not None or cv_person(context) is not None
