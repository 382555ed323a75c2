"""PROVISIONAL tagger: a handful of patterns so the pipeline runs end to end while the real grammar
is written. Replaced wholesale by the temporal package's grammar; do not build on its internals."""

from __future__ import annotations

import calendar
import re
from datetime import date

from explorer.temporal.timex import Timex

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_FULL = re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}}), (\d{{4}})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE}) (\d{{4}})\b")
_YEAR = re.compile(r"\b(?:in|from|of|since) ((?:19|20)\d\d)\b")


def tag(text: str, dct: date | None = None, **_opts: object) -> list[Timex]:
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _FULL.finditer(text):
        d = date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
        found.append(Timex(m.start(), m.end(), m[0], "DATE", d.isoformat(), begin=d, end_day=d))
        taken.append(m.span())
    for m in _MONTH_YEAR.finditer(text):
        if free(*m.span()):
            y, mo = int(m[2]), _MONTHS[m[1].lower()]
            last = calendar.monthrange(y, mo)[1]
            found.append(Timex(m.start(), m.end(), m[0], "DATE", f"{y:04d}-{mo:02d}",
                               begin=date(y, mo, 1), end_day=date(y, mo, last)))
            taken.append(m.span())
    for m in _YEAR.finditer(text):
        if free(*m.span(1)):
            y = int(m[1])
            found.append(Timex(m.start(1), m.end(1), m[1], "DATE", f"{y:04d}",
                               begin=date(y, 1, 1), end_day=date(y, 12, 31)))
    return sorted(found, key=lambda t: t.start)


def find_document_date(text: str) -> date | None:
    head = text[:600]
    m = _FULL.search(head)
    if m:
        return date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    return None


def infer_document_date(text: str) -> date | None:
    dated = [t.end_day for t in tag(text) if t.end_day]
    return max(dated) if dated else None


def parse_date_phrase(phrase: str, reference: date | None = None) -> tuple[date, date] | None:
    found = tag(phrase, reference)
    if found and found[0].begin and found[0].end_day:
        return found[0].begin, found[0].end_day
    return None
