"""Candidate detection: compiled patterns that find temporal expressions and read their parts.

Each rule is one regex plus a builder that turns a match into a :class:`Cand` (what was said, not
yet what it means in this document) or rejects it (a count, a series number, a modal "may").
Rules overlap on purpose; :func:`find_candidates` keeps the longest match at each place, so
"mid-May 2015" wins over "May 2015" and "May". Spans follow TimeML: leading prepositions ("on",
"in", "for") stay outside, determiners and modifiers ("the", "early", "mid-") stay inside.
"""

from __future__ import annotations

# The package is laid out as: ``blocks`` (word patterns, trigger words, neighbour checks),
# ``registry`` (the candidate record and :func:`rule`), ``scanner`` (windows, overlap resolution),
# and the rule files ``rules_*``. Names are re-exported here so rule files and callers keep one
# import path.
from explorer.temporal.grammar.blocks import (  # noqa: F401
    DAY, MODP, MON, MON_FULL, NUM, NUMW, ORD, SEASON, T_CLOCK, T_PERIOD_WORDS, UNIT, WDAY, WDAY_ANY, YEAR,
    T_MON, T_UNIT, T_WDAY, day_number, month_number, plausible_year, text_after, text_before, timex_mod,
)
from explorer.temporal.grammar.registry import RULES, Builder, Cand, range_of, rule  # noqa: F401
from explorer.temporal.grammar.scanner import _find_candidates_cached, find_candidates  # noqa: F401

# Rules register themselves on import, in this order (the order breaks ties between equal matches).
from explorer.temporal.grammar import rules_dates, rules_periods, rules_relative, rules_weekdays, rules_durations, rules_business, rules_bare, rules_era, rules_informal_days, rules_informal_dates, rules_informal_units, rules_informal_sets, rules_informal_spellings, rules_posts, rules_time, rules_spoken, rules_short_forms, rules_calendar_days, rules_daylight, rules_foreign_months, rules_foreign_weekdays, rules_formal_units, rules_feasts, rules_counted_days  # noqa: E402,F401,I001

# The names above are this package's on purpose (one import path); the rule modules are listed so
# that their registering import reads as used.
__all__ = [
    "DAY", "MODP", "MON", "MON_FULL", "NUM", "NUMW", "ORD", "SEASON", "T_CLOCK", "T_PERIOD_WORDS", "UNIT",
    "WDAY", "WDAY_ANY", "YEAR", "T_MON", "T_UNIT", "T_WDAY", "day_number", "month_number", "plausible_year",
    "text_after", "text_before", "timex_mod", "RULES", "Builder", "Cand", "range_of", "rule",
    "_find_candidates_cached", "find_candidates",
    "rules_dates", "rules_periods", "rules_relative", "rules_weekdays", "rules_durations", "rules_business",
    "rules_bare", "rules_era", "rules_informal_days", "rules_informal_dates", "rules_informal_units",
    "rules_informal_sets", "rules_informal_spellings", "rules_posts", "rules_time", "rules_spoken",
    "rules_short_forms", "rules_calendar_days", "rules_daylight", "rules_foreign_months", "rules_foreign_weekdays",
    "rules_formal_units", "rules_feasts", "rules_counted_days",
]
