"""The document's own date: stated in a header or byline, or inferred from the text.

Only the top of a document counts as a header: a date inside the body ("February 9, 2020: Sadr
said...") is an event, not the publication date. When nothing states the date, we infer the
earliest date at which everything the text says could have been written.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.sentences import split_sentences
from explorer.temporal.coordination import coordinate
from explorer.temporal.grammar import Cand, find_candidates
from explorer.temporal.normalize import span_of
from explorer.temporal.resolve import Context, tense_at

_HEAD_LINES = 15
_BODY_LINE = 220  # a line this long is a paragraph: the header is over
_BYLINE = re.compile(r"(?i)\||\bby\b|\bpublished\b|\bupdated\b|\bposted\b|\bdate[d:]|\bmin\s+read\b|^\W*$")


def find_document_date(text: str) -> date | None:
    """A full date (day, month, year) on a header or byline line near the top."""
    seen = 0
    pos = 0
    for line in text[:3000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _HEAD_LINES or len(line) > _BODY_LINE:
            break
        for c in find_candidates(line):
            if c.kind != "abs" or c.spec is None or c.spec.gran != "D" or c.parts:
                continue
            rest = (line[:c.start] + line[c.end:]).strip()
            alone = len(rest) < 4 or c.start <= 2
            if alone or _BYLINE.search(rest) or len(line) < 60:
                sp = span_of(c.spec)
                if sp:
                    return sp[0]
    return None


def infer_document_date(text: str, today: date | None = None) -> date | None:
    """The earliest date consistent with the text: not before its latest explicit (past) date,
    and late enough that day-and-month mentions without a year fall after that date too."""
    stated = find_document_date(text)
    if stated is not None:
        return stated
    today = today or date.today()
    cands = coordinate(text, find_candidates(text))
    ctx = Context(text, None, False, False, [(s.start, s.end) for s in split_sentences(text)])
    latest: tuple[date, date] | None = None
    loose: list[Cand] = []
    for c in cands:
        for part in (c.parts or [c]):
            if part.spec is None or part.kind not in ("abs", "under"):
                continue
            if part.kind == "abs" and part.spec.gran in ("D", "M", "S", "Q", "H", "Y"):
                sp = span_of(part.spec)
                if sp is None or sp[0] > today or tense_at(ctx, part.start) == "future":
                    continue
                if latest is None or sp[0] > latest[0]:
                    latest = sp
            elif part.kind == "under" and part.spec.gran == "D" and part.spec.month and part.spec.day:
                loose.append(part)
    if latest is None:
        return None
    best = latest[1]
    for c in loose:
        assert c.spec is not None
        for y in (latest[0].year, latest[0].year + 1):
            sp = span_of(c.spec.with_(year=y))
            if sp and sp[0] >= latest[0]:
                best = max(best, sp[0])
                break
    return min(best, today)
