"""Whose record a text is, from its first lines, for the acts it tells with no subject: "Priya Hallam
RN — Curriculum Vitae", "RV Tern — cruise log, June 2025", "Quillmark release history", an
association's name over "Minutes of the committee meeting …"; or the "we" of a body telling its own
story ("Here is how we grew").

Why: a CV, a ship's cruise log, a product's release history, a body's minutes and a charity's "our
story" list tell their subject's acts with no subject at all ("2020: Redeployed to the intensive care
unit", "Sailed from Galway", "Dropped support for Windows 7", "Agreed to defer the election"). Titled
as a diarist's ("I sail from Galway") they name no one a reader of the timeline knows, where the
heading says whose record it is: "RV Tern sails from Galway". :func:`titles.log_keepers.log_keeper`
reads the keeper of a heading that says "Log of …" or "Diary of …"; this module reads the headings
that put the name first and the kind of record after it. A heading that names no one ("Walking week
in the hills, May 2025", "Our story") leaves the writer's "I", or "We" when the text before speaks
as "we"/"our" and never as "I". Nothing here knows a name.
"""

from __future__ import annotations

import re

from explorer.temporal.lexicon import FULL_MONTHS

#: The kinds of record whose heading names their subject first.
_RECORD = (r"(?:curriculum\s+vitae|c\.?v\.?|r[ée]sum[ée]|cruise(?:\s+\w+)?\s+log|\w*\s*log(?:book)?|"
           r"voyage|expedition|cruise|release\s+(?:notes|history)|version\s+history|change\s*log|"
           r"(?:a\s+)?(?:short\s+|brief\s+)?(?:history|chronology|timeline)|minutes|our\s+story|"
           r"annual\s+report|year\s+in\s+review)")
#: A name: capitalised words, perhaps joined by "of", "and", "for", "the" or "&".
_NAME = (r"(?P<name>(?-i:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|and|for|the|&)\s+)?(?-i:[A-Z0-9][\w'’.&-]*)){0,5})")
#: "Name — kind …", "Name: kind …", "Name kind" (the kind ends the line or is followed by a comma).
_NAME_FIRST = re.compile(rf"{_NAME}\s*(?:[—–:]|\s-\s)?\s*{_RECORD}\b(?:\s*$|\s*[,(—–:]|\s+\S)", re.IGNORECASE)
_MINUTES = re.compile(r"\s*minutes\s+of\b", re.IGNORECASE)
#: Post-nominal letters after a person's name ("RN", "PhD", "MBE").
_POSTNOMINAL = re.compile(r"(?:\s+(?-i:[A-Z][A-Za-z]{0,3}[A-Z]|Ph\.?D\.?|MSc|BSc|BA|MA))+$")
_MONTHS = frozenset(name.lower() for name in FULL_MONTHS)
_NOT_NAMES = frozenset("a an the our my his her their this these my week day days year walking notes".split())


def without_postnominals(name: str) -> str:
    """ "Priya Hallam RN" -> "Priya Hallam": a title names the person, not their letters."""
    return _POSTNOMINAL.sub("", name).strip()


def _lines(context: str, count: int) -> list[str]:
    lines = [line.strip() for line in context.lstrip().split("\n")]
    return [line for line in lines if line][:count]


def record_subject(context: str) -> str | None:
    """Whose record the text is, as a title's subject ("Priya Hallam", "RV Tern", "Quillmark"), read
    from the first lines of ``context`` (the text before a sentence), or None."""
    lines = _lines(context[:600], 2)
    if not lines:
        return None
    first = lines[0]
    name = None
    m = _NAME_FIRST.match(first)
    if m is not None:
        name = m.group("name")
    elif len(lines) > 1 and _MINUTES.match(lines[1]) and re.fullmatch(_NAME, first):
        name = first  # a body's name over its minutes
    if not name:
        return None
    name = without_postnominals(name)
    words = name.split()
    if not words or words[0].lower() in _NOT_NAMES or words[0].lower() in _MONTHS or re.fullmatch(r"\d+s?", words[0]):
        return None
    if len(words) == 1 and (re.fullmatch(_RECORD, name, re.IGNORECASE)
                            or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", context[len(first) + 1:600].lstrip()) is None):
        return None  # one capitalised word the text never names again: a heading's common noun ("Travel log")
    return name


_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_I = re.compile(r"\b(?:(?-i:I)|my|me|mine)\b", re.IGNORECASE)


def speaks_as_we(context: str) -> bool:
    """Whether the text before the sentence speaks as "we"/"our" and never as "I"/"my": a body telling
    its own story."""
    return _WE.search(context) is not None and _I.search(context) is None


def unnamed_writer(context: str) -> str:
    """The subject of an act told with no subject where no heading names a keeper: the text's record
    subject, else "We" for a body's own story, else "I"."""
    return record_subject(context) or ("We" if speaks_as_we(context) else "I")
