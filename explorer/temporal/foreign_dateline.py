"""A dateline whose date is written in a language the grammar does not read ("WARSZAWA, 3 marca 2026
—", "СОФИЯ, 3 март 2026 г. —"): dateparser reads its date, so the story is dated by its dateline
rather than left undated.

WHY: the grammar knows the month names of a few languages
(:mod:`explorer.temporal.grammar.rules_foreign_months`); a wire story translated from another keeps
its dateline in the original, and its date is the one thing the page says about when it was written.
:func:`explorer.temporal.document_date.printed_document_date` asks here only when its own dateline
reading found nothing on a line.

Only the shape of a dateline counts: one to four capitalised words (a place, in any script), an
optional agency in brackets, a comma, a full date (day, month and year, which dateparser must read as
a day) and a dash or colon. A date our grammar reads is left to the grammar's own rules, which know
when such a line is a headline rather than a dateline ("Remembering 9 November 1989: ..."). dateparser
is called on the short date phrase only, never on running text, with the languages of the phrase's
script, so a miss stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from explorer.temporal.grammar import find_candidates

_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w.'’-]*(?:[ ,]+[^\W\d_][\w.'’-]*){0,3})\s*(?:\([^)\n]{1,40}\))?\s*,\s*"
    r"(?P<date>[^\W\d_]*\s*\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20)\d\d\.?(?:\s*[^\W\d_]{1,5}\.?)?)"
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|[-–—:])(?:\s|$)")

#: dateparser's languages for a date phrase written in each script (the grammar reads Russian,
#: Greek and the Western European languages itself)
_LANGUAGES = {
    "CYRILLIC": ("uk", "bg", "sr", "mk", "be", "ru"),
    "GREEK": ("el",),
    "LATIN": ("pl", "cs", "sk", "hr", "sl", "ro", "hu", "sv", "da", "nb", "fi", "lt", "lv", "et", "id", "ca"),
}


def _script(phrase: str) -> str | None:
    """The script of the phrase's letters ("CYRILLIC", "GREEK", "LATIN"), None if mixed or other."""
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in phrase if ch.isalpha()}
    return next(iter(scripts)) if len(scripts) == 1 else None


@lru_cache(maxsize=None)
def _parser(script: str):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser  # imported on first use

    return DateDataParser(languages=list(_LANGUAGES[script]),
                          settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})


@lru_cache(maxsize=512)
def _read(phrase: str) -> date | None:
    script = _script(phrase)
    if script not in _LANGUAGES:
        return None
    if any(c.kind == "abs" and c.spec is not None and c.spec.gran == "D" for c in find_candidates(phrase)):
        return None  # the grammar reads it: the grammar's dateline rules decide
    try:
        data = _parser(script).get_date_data(phrase)
    except (ValueError, OverflowError, TypeError, KeyError):
        return None
    if data.date_obj is None or (data.period or "day") != "day":
        return None
    return data.date_obj.date()


def foreign_dateline_day(line: str) -> date | None:
    """The day a dateline opening ``line`` prints in a language the grammar does not read, else None."""
    m = _DATELINE.match(line[:160])
    if m is None or not all(word[0].isupper() for word in re.findall(r"[^\W\d_][\w.'’-]*", m["place"])):
        return None
    day = _read(m["date"].strip())
    if day is None or str(day.year) not in m["date"]:
        return None
    return day


__all__ = ["foreign_dateline_day"]
