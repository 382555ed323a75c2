"""Days a letter dates by the month it is written in: "your letter of the 4th inst.", "I wrote on the
28th ult.", "we sail on the 20th prox.".

Commercial and private letters (and the gazettes, court papers and newspapers that copy them) into the
twentieth century name a day of the current month (*instant*), the month before (*ultimo*) or the next
(*proximo*) by that Latin word alone. The grammar reads the day (``rules_informal_dates.letter_month_day``);
which month it is cannot be left to the tense: "the 28th ult." is in the month before the letter's even
when the 28th of its own month is nearer. So after resolving, such a day is put in its month counted
from the letter's date: the document date, or else the last full date written before it (a letter's
heading, "Bath, 9th November 1862").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from explorer.temporal.normalize import valid_day
from explorer.temporal.timex import Timex

#: the Latin word after the day and how many months it counts from the letter's
WORDS = {"inst": 0, "instant": 0, "ult": -1, "ulto": -1, "ultimo": -1, "prox": 1, "proxo": 1, "proximo": 1}
LETTER_DAY = re.compile(r"(?i:(?:the\s+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\.?\s+(?P<w>instant|inst|ultimo|ulto|ult|proximo|proxo|prox))\b\.?")
_FULL_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def _letter_date(before: list[Timex], dct: date | None) -> date | None:
    if dct is not None:
        return dct
    for t in reversed(before):
        m = _FULL_DAY.match(t.value or "")
        if m and t.derivation == "explicit":
            return date(int(m[1]), int(m[2]), int(m[3]))
    return None


def in_letter_months(timexes: list[Timex], dct: date | None) -> list[Timex]:
    """``timexes`` with each "the 4th inst." / "ult." / "prox." day moved into its month."""
    out = list(timexes)
    for i, t in enumerate(out):
        m = LETTER_DAY.fullmatch(t.text)
        if m is None:
            continue
        ref = _letter_date(out[:i], dct)
        if ref is None:
            continue
        months = ref.year * 12 + ref.month - 1 + WORDS[m["w"].lower()]
        y, mo, d = months // 12, months % 12 + 1, int(m["d"])
        if not valid_day(y, mo, d):
            continue
        day = date(y, mo, d)
        out[i] = replace(t, value=day.isoformat(), begin=day, end_day=day,
                         derivation=f"day of the month {m['w'].lower()} from the letter's date")
    return out
