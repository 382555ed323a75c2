"""Rules for recurrences as people write them in posts, messages and notes: "every other week",
"every mon 7pm", "dividends are paid quarterly", "I run everyday", "on weekends", "monday mornings",
"sundays are for brunch". Each is a TimeML SET: its value is the period or the pattern each
occurrence fills.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import Cand, rule, text_before
from explorer.temporal.grammar.blocks import WEEKEND
from explorer.temporal.grammar.rules_informal_days import PODS, weekday_number

# Recurrences as people write them. TimeML marks a recurrence as a SET whose value is its period
# ("every other week": P2W) or the pattern each occurrence fills ("every night at 10pm":
# XXXX-XX-XXT22:00, "every mon 7pm": XXXX-WXX-1T19:00), unknown components written as X.
_SET_UNITS = {"second": "TS", "sec": "TS", "minute": "TM", "min": "TM", "hour": "TH", "hr": "TH", "day": "D",
              "night": "D", "nite": "D", "week": "W", "wk": "W", "month": "M", "mth": "M", "quarter": "Q",
              "year": "Y", "yr": "Y"}
_SKIP = {"other": 2, "second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}


@rule(r"\b(?P<every>every|each)\s+(?:(?P<skip>other|second|third|fourth|2nd|3rd|4th)\s+)?"
      r"(?P<u>second|sec|minute|min|hour|hr|day|night|nite|week|wk|month|mth|quarter|year|yr)s?\b(?![-'’])",
      re.IGNORECASE, priority=4, trigger=r"(?i:(?:every|each)\s)")
def every_unit(m: re.Match[str], text: str) -> Cand | None:
    """ "every other week" (P2W), "every second month" (P2M), "every min" (PT1M): the short units
    and the skipping ordinals the general set rule does not read ("every second" is no period)."""
    u = m["u"].lower()
    if m["every"].lower() == "each" and (m["skip"] or "").lower() == "other":
        return None  # "each other day": reciprocal, no recurrence
    if not m["skip"] and u in ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year"):
        return None  # the general rule's
    n = _SKIP.get((m["skip"] or "").lower(), 1)
    code = _SET_UNITS[u]
    if code == "Q":
        n, code = 3 * n, "M"
    t = "T" if code.startswith("T") else ""
    return Cand(m.start(), m.end(), "set", "SET", value=f"P{t}{n}{code.lstrip('T')}")


@rule(r"\b(?P<every>every|each)\s+(?:(?P<pod>morning|afternoon|evening|night|nite)|(?P<day>day)|"
      r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun))\.?"
      r"(?:\s*,\s*|\s+)(?:(?:at|@)\s*)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap](?:\.m\b\.?|m\b))",
      re.IGNORECASE, priority=5, trigger=r"(?i:(?:every|each)\s)")
def every_at_clock(m: re.Match[str], text: str) -> Cand | None:
    """ "every nite 10pm", "every night at 10pm", "every mon 7pm": one recurrence at that time.
    A full stop is the time's only when written as "p.m."; after "10pm" it ends the sentence."""
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    clock = f"T{h:02d}:{m['mi'] or '00'}"
    if m["wd"]:
        return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{weekday_number(m['wd']) + 1}{clock}")
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-XX-XX{clock}")


@rule(r"\bquarterly\b(?=\s*(?:[.,;:!?)]|$|\s+(?:to|in|on|at|for|from|by|until|since|during|after|before|instead|now)\b))",
      re.IGNORECASE, priority=1, trigger=r"(?i:quarterly)")
def quarterly_adverb(m: re.Match[str], text: str) -> Cand | None:
    """ "dividends are paid quarterly": every three months (TimeBank leaves the adjective in
    "quarterly dividend" unmarked, so only the adverb counts)."""
    return Cand(m.start(), m.end(), "set", "SET", value="P3M")


@rule(rf"\beveryday\b(?=[ \t]*(?:[.,;:!?)~]|$|\n|[ \t]+(?:and|but|so|for|at|in|to|since|till|until|now|too|{lx.CHAT_INTERJECTION})\b))",
      re.IGNORECASE, priority=2, trigger=r"(?i:everyday)")
def everyday_adverb(m: re.Match[str], text: str) -> Cand | None:
    """ "I run everyday.": "every day" typed as one word (the adjective, "everyday life", is none)."""
    return Cand(m.start(), m.end(), "set", "SET", value="P1D")


@rule(rf"\b(?:(?P<every>every|each)\s+{WEEKEND}|(?P<on>on\s+|at\s+|happy\s+)?{WEEKEND}s(?P<are>\s+(?:are|r)\b)?)\b", re.IGNORECASE,
      priority=2, trigger=rf"(?i:{WEEKEND})")
def weekend_set(m: re.Match[str], text: str) -> Cand | None:
    """ "every weekend", "on weekends", "on wkends", "weekends are for sleeping": the weekend of every
    week (XXXX-WXX-WE, as "every Monday" is XXXX-WXX-1)."""
    if m["are"] and not m["on"] and not m["every"]:
        if not re.search(r"(?:^|[.!?\n]|[.!?]\s)\s*$", text_before(text, m.start(), 4)):
            return None  # "the two weekends are booked": a count's plural, not every weekend
        return Cand(m.start(), m.start("are"), "set", "SET", value="XXXX-WXX-WE")
    if not (m["every"] or m["on"]):
        return None  # "two weekends": a count; the duration rules read it
    start = m.start() if m["every"] else m.start() + len(m["on"])
    return Cand(start, m.end(), "set", "SET", value="XXXX-WXX-WE")


@rule(r"\b(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?P<pod>morning|afternoon|evening|night)s\b(?!['’])", priority=2,
      trigger=r"day\s+(?:morning|afternoon|evening|night)s\b")
def lowercase_weekday_parts(m: re.Match[str], text: str) -> Cand | None:
    """ "monday mornings", "friday nights": that part of every such day (XXXX-WXX-1TMO), as the
    capitalised form is read."""
    pod = PODS[m["pod"].lower()]
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'][:3]] + 1}T{pod}")


@rule(r"\b(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b", priority=1,
      trigger=r"(?:mon|tues|wednes|thurs|fri|satur|sun)days\b")
def lowercase_weekday_set(m: re.Match[str], text: str) -> Cand | None:
    """ "sundays are for brunch": a lowercase plural weekday recurs (capitalised ones are the
    general rule's)."""
    return Cand(m.start(), m.end(), "set", "SET", value=f"XXXX-WXX-{lx.WEEKDAYS[m['wd'][:3]] + 1}")


__all__ = ["every_unit", "every_at_clock", "quarterly_adverb", "everyday_adverb", "weekend_set",
           "lowercase_weekday_parts", "lowercase_weekday_set"]
