"""Feasts of the lunar and lunisolar calendars: Lunar New Year, Diwali, Ramadan's first day, Eid
al-Fitr, Eid al-Adha, and the Jewish feasts (Rosh Hashanah, Yom Kippur, Hanukkah, Passover).

Their Gregorian day moves every year and no short rule gives it, as the computus gives Easter:

* the Hebrew calendar is arithmetic (the molad and the four postponements), so Rosh Hashanah is
  computed for any year and the other Jewish feasts counted from it: Yom Kippur is 10 Tishri, Passover
  (15 Nisan) lies 163 days before the next Rosh Hashanah, Hanukkah (25 Kislev) 84 or 83 days after
  Rosh Hashanah as Heshvan has 30 days or 29;
* the Chinese and Hindu calendars follow the true moon and sun, and the Islamic feasts the sighted
  moon (Saudi Arabia's Umm al-Qura calendar here; a country that sights the moon itself may keep the
  feast a day later), so their days are a table: 1950 to 2050, Diwali 2001 to 2035 (as India keeps
  it), taken from the published calendars as the ``holidays`` package (0.109) keeps them. That
  package was not made a dependency: its tables sit in private classes whose names and shape change
  between releases, it weighs 14 MB and costs 0.2 s to import, and its general Diwali table differs
  from its Indian one by a lunar month in leap-month years (19 November against 20 October 2025):
  a table we read and test ourselves does this job better.

A feast outside the table's years has no day here: :func:`feast_day` says None and the resolver
gives the year alone ("Diwali 1921" is ``1921``), never a guessed day. Each day is the feast's first
full day (the Jewish and Islamic days begin at the sundown before); Ramadan, a month of fasting, runs
to the day before Eid al-Fitr (:func:`feast_last_day`). An Islamic year is eleven days shorter than a
Gregorian one, so a Gregorian year can hold the same feast twice (Eid al-Fitr fell on 8 January and on
27 December 2000): the table keeps both (:func:`feast_days`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

#: each feast's first year in the table, then its day (MMDD, two joined by "/" in a year that holds it
#: twice) year by year
_TABLE: dict[str, tuple[int, str]] = {
    "lunar_new_year": (1950, (
        "0217 0206 0127 0214 0203 0124 0212 0131 0218 0208 "  # 1950–1959
        "0128 0215 0205 0125 0213 0202 0121 0209 0130 0217 "  # 1960–1969
        "0206 0127 0215 0203 0123 0211 0131 0218 0207 0128 "  # 1970–1979
        "0216 0205 0125 0213 0202 0220 0209 0129 0217 0206 "  # 1980–1989
        "0127 0215 0204 0123 0210 0131 0219 0207 0128 0216 "  # 1990–1999
        "0205 0124 0212 0201 0122 0209 0129 0218 0207 0126 "  # 2000–2009
        "0214 0203 0123 0210 0131 0219 0208 0128 0216 0205 "  # 2010–2019
        "0125 0212 0201 0122 0210 0129 0217 0206 0126 0213 "  # 2020–2029
        "0203 0123 0211 0131 0219 0208 0128 0215 0204 0124 "  # 2030–2039
        "0212 0201 0122 0210 0130 0217 0206 0126 0214 0202 "  # 2040–2049
        "0123"  # 2050–2050
    )),
    "diwali": (2001, (
        "1114 1104 1025 1112 1101 1021 1109 1028 1017 1105 "  # 2001–2010
        "1026 1113 1103 1023 1111 1030 1019 1107 1027 1114 "  # 2011–2020
        "1104 1024 1112 1031 1020 1108 1029 1017 1105 1026 "  # 2021–2030
        "1114 1102 1022 1110 1030"  # 2031–2035
    )),
    "ramadan": (1950, (
        "0617 0606 0525 0514 0504 0424 0412 0401 0321 0311 "  # 1950–1959
        "0228 0216 0205 0126 0115 0103/1223 1213 1202 1121 1110 "  # 1960–1969
        "1101 1020 1008 0927 0917 0906 0826 0815 0805 0725 "  # 1970–1979
        "0713 0702 0622 0612 0531 0520 0509 0429 0417 0407 "  # 1980–1989
        "0327 0317 0305 0222 0211 0131 0121 0110/1230 1219 1209 "  # 1990–1999
        "1127 1116 1106 1026 1015 1004 0924 0913 0901 0822 "  # 2000–2009
        "0811 0801 0720 0709 0628 0618 0606 0527 0516 0506 "  # 2010–2019
        "0424 0413 0402 0323 0311 0301 0218 0208 0128 0116 "  # 2020–2029
        "0105/1226 1215 1204 1123 1112 1101 1020 1010 0930 0919 "  # 2030–2039
        "0907 0828 0817 0806 0726 0715 0705 0624 0612 0602 "  # 2040–2049
        "0522"  # 2050–2050
    )),
    "eid_al_fitr": (1950, (
        "0716 0706 0623 0613 0602 0523 0511 0501 0420 0410 "  # 1950–1959
        "0328 0318 0307 0224 0214 0202 0122 0112 0101/1221 1210 "  # 1960–1969
        "1130 1119 1107 1027 1016 1006 0924 0914 0903 0823 "  # 1970–1979
        "0812 0801 0721 0711 0630 0619 0608 0528 0516 0506 "  # 1980–1989
        "0426 0415 0404 0324 0313 0302 0219 0208 0129 0118 "  # 1990–1999
        "0108/1227 1216 1205 1125 1114 1103 1023 1013 1001 0920 "  # 2000–2009
        "0910 0830 0819 0808 0728 0717 0706 0625 0615 0604 "  # 2010–2019
        "0524 0513 0502 0421 0410 0330 0320 0309 0226 0214 "  # 2020–2029
        "0204 0124 0114 0102/1223 1212 1201 1119 1108 1029 1019 "  # 2030–2039
        "1007 0926 0915 0904 0824 0814 0803 0724 0712 0701 "  # 2040–2049
        "0620"  # 2050–2050
    )),
    "eid_al_adha": (1950, (
        "0923 0912 0831 0820 0809 0730 0719 0708 0627 0617 "  # 1950–1959
        "0604 0525 0514 0503 0422 0411 0401 0321 0309 0227 "  # 1960–1969
        "0216 0206 0126 0114 0103/1224 1213 1201 1121 1110 1031 "  # 1970–1979
        "1019 1008 0927 0917 0905 0826 0815 0804 0723 0713 "  # 1980–1989
        "0702 0622 0611 0531 0520 0509 0427 0417 0407 0327 "  # 1990–1999
        "0316 0305 0222 0211 0201 0121 0110/1231 1220 1208 1127 "  # 2000–2009
        "1116 1106 1026 1015 1004 0923 0911 0901 0821 0811 "  # 2010–2019
        "0731 0720 0709 0628 0616 0606 0527 0516 0505 0424 "  # 2020–2029
        "0413 0402 0322 0311 0301 0218 0207 0126 0116 0105/1226 "  # 2030–2039
        "1214 1204 1123 1112 1031 1021 1010 0930 0919 0908 "  # 2040–2049
        "0828"  # 2050–2050
    )),
}
_DAYS: dict[str, dict[int, tuple[date, ...]]] = {
    key: {first + i: tuple(date(first + i, int(md[:2]), int(md[2:])) for md in cell.split("/"))
          for i, cell in enumerate(cells.split())}
    for key, (first, cells) in _TABLE.items()
}

#: the Hebrew calendar's day 1 Tishri of year 1, as a proleptic Gregorian ordinal
_HEBREW_EPOCH = -1373427


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to Rosh Hashanah of Hebrew ``year``, before the year-length correction:
    the molad of Tishri, put off a day when it falls on a Sunday, Wednesday or Friday."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _hebrew_new_year(year: int) -> date:
    """1 Tishri of Hebrew ``year``; the correction keeps every year 353-355 or 383-385 days long."""
    ny0, ny1, ny2 = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    correction = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return date.fromordinal(_HEBREW_EPOCH + ny1 + correction)


def rosh_hashanah(year: int) -> date:
    """Rosh Hashanah in the Gregorian ``year`` (the Hebrew year ``year + 3761`` begins in its autumn)."""
    return _hebrew_new_year(year + 3761)


def _hanukkah(year: int) -> date:
    new_year = rosh_hashanah(year)
    length = (rosh_hashanah(year + 1) - new_year).days
    long_heshvan = length % 10 == 5  # a "complete" year (355 or 385 days) gives Heshvan its 30th day
    return new_year + timedelta(days=30 + (30 if long_heshvan else 29) + 24)


_HEBREW = {
    "roshhashanah": rosh_hashanah,
    "yomkippur": lambda y: rosh_hashanah(y) + timedelta(days=9),
    "passover": lambda y: rosh_hashanah(y) - timedelta(days=163),
    "hanukkah": _hanukkah,
}
_TABLED = {"lunarnewyear": "lunar_new_year", "diwali": "diwali", "ramadan": "ramadan",
           "eidalfitr": "eid_al_fitr", "eidaladha": "eid_al_adha"}
#: every feast key this module knows
FEASTS = frozenset(_HEBREW) | frozenset(_TABLED)


def feast_days(key: str, year: int) -> tuple[date, ...]:
    """Every first day of the feast in the Gregorian ``year`` (an Islamic feast may fall twice in one);
    none outside the years it can be given for."""
    if key in _HEBREW:
        return (_HEBREW[key](year),) if 1600 <= year <= 9998 else ()
    return _DAYS[_TABLED[key]].get(year, ())


def feast_day(key: str, year: int) -> date | None:
    """The feast's (first) first day in the Gregorian ``year``; None outside the years it can be given for."""
    days = feast_days(key, year)
    return days[0] if days else None


def feast_years(key: str) -> range:
    """The Gregorian years :func:`feast_day` gives the feast's day for."""
    if key in _HEBREW:
        return range(1600, 9999)
    years = _DAYS[_TABLED[key]]
    return range(min(years), max(years) + 1)


#: feasts kept for a run of days from their first: Hanukkah's eight days; Passover's eight outside
#: Israel (seven in it: the longer run, so a report on its last day still finds it under way)
_KEPT_DAYS = {"hanukkah": 8, "passover": 8}


def feast_last_day(key: str, first: date) -> date:
    """The last day of the observance that begins on ``first``: Ramadan ends the day before Eid al-Fitr,
    Hanukkah and Passover run their eight days; each other feast is named for its first day.

    WHY: a report written on Hanukkah's fourth day ("the lights will be lit each night") speaks of the
    Hanukkah under way; with a one-day span it was already over, and a plan pointed at next year's."""
    if key in _KEPT_DAYS:
        return first + timedelta(days=_KEPT_DAYS[key] - 1)
    if key != "ramadan":
        return first
    after = [d for y in (first.year, first.year + 1) for d in feast_days("eidalfitr", y) if d > first]
    return min(after) - timedelta(days=1) if after else first + timedelta(days=28)


#: the names, as news writes them (the transliterations vary), each to its key
_NAMES = [
    (r"(?:Lunar|Chinese)\s+New\s+Year", "lunarnewyear"),
    (r"Diwali|Deepavali|Divali", "diwali"),
    (r"Ramadan|Ramadhan|Ramazan", "ramadan"),
    (r"Eid[\s-]+(?:(?:al|ul|el)[\s-]+)?(?i:fitr)", "eidalfitr"),
    (r"Eid[\s-]+(?:(?:al|ul|el)[\s-]+)?(?i:adha)", "eidaladha"),
    (r"Rosh\s+Hashanah?|Rosh\s+Hashona", "roshhashanah"),
    (r"Yom\s+Kippur", "yomkippur"),
    (r"Hanukkah|Hanukah|Chanukah|Chanukkah|Hanukka", "hanukkah"),
    (r"Passover|Pesach", "passover"),
]
#: one alternation of every name (capitalised: "passover" is also a verb's noun in "a passover of jets")
NAMES = "|".join(f"(?:{pattern})" for pattern, _key in _NAMES)
_COMPILED = [(re.compile(rf"(?i:{pattern})\Z"), key) for pattern, key in _NAMES]


def feast_key(name: str) -> str | None:
    """The key of a feast's name as written ("Eid al-Fitr", "Chanukah"), None for any other name."""
    for pattern, key in _COMPILED:
        if pattern.match(name):
            return key
    return None


__all__ = ["FEASTS", "NAMES", "feast_day", "feast_days", "feast_key", "feast_last_day", "feast_years", "rosh_hashanah"]
