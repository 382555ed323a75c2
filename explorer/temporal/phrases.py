"""Dates a user types (go to date, edit an event's date, sidecar dates): our grammar first, then
dateparser for what it does not read, such as other languages ("26 décembre 2018", "März 2019") and
unusual numeric forms ("13.10.2015").

dateparser is only ever called on one short phrase, never on running text (where it reads "we" and
"may" as dates), and its answers are cached, since the same phrase tends to come back.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from functools import lru_cache

#: The languages our users' articles come in; limiting them keeps a miss fast (all locales: ~1.5 s).
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "ar", "fa", "tr")


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser  # imported on first use: it costs ~0.1 s

    return DateDataParser(
        languages=list(LANGUAGES),
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True},
    )


def _span(when: datetime, period: str) -> tuple[date, date]:
    day = when.date()
    if period == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if period == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


@lru_cache(maxsize=4096)
def dateparser_span(phrase: str, reference: date | None = None) -> tuple[date, date] | None:
    """The inclusive day span dateparser reads in ``phrase`` (relative words against ``reference``)."""
    phrase = phrase.strip()
    if not phrase or len(phrase) > 80:
        return None
    parser = _parser()
    if reference is not None:
        parser._settings.RELATIVE_BASE = datetime(reference.year, reference.month, reference.day)  # noqa: SLF001
    try:
        data = parser.get_date_data(phrase)
    except (ValueError, OverflowError, TypeError):
        return None
    finally:
        if reference is not None:
            parser._settings.RELATIVE_BASE = None  # noqa: SLF001
    if data.date_obj is None:
        return None
    return _span(data.date_obj, data.period or "day")
