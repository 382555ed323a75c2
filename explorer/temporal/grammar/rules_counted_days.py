"""Days, weeks and years counted from a day the text dates: a case report's "hospital day 5" and "on
the third day" after "admitted on 3 March 2021", a strike's "day 12 of the strike" after "the strike
began on 14 June 2019", a reign's "the fourth year of his reign" after "crowned on 6 April 1327".

Day 1 is the dated day itself (the day of admission, the strike's first day), so day ``n`` is ``n - 1``
days after it and week ``n`` the week holding its day ``7(n - 1) + 1``; the ``n``-th year of a reign is
the year ``n - 1`` after the accession's (a regnal year straddles two calendar years: its start's is
given). Without such a dated start in the text before them ("Day 1 of the festival is free") these
rules give nothing and the numbered day stays what the other rules read (a day long, P1D).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import DAY, MON, ORD, YEAR, month_number
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.grammar.rules_feasts import feast_said_last
from explorer.temporal.normalize import Spec

#: how far back the dated start is looked for (a case report's or a strike's few paragraphs)
_LOOKBACK = 1500

_FULL_DATE = (rf"(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MON}),?\s+(?P<y1>{YEAR})"
              rf"|(?P<m2>{MON})\s+(?P<d2>{DAY}),?\s+(?P<y2>{YEAR}))")
#: the start of a stay or a campaign, with its full date in the same clause
_START = re.compile(
    r"(?i:\b(?:admitted|admission|hospitali[sz]ed|presented|began|begun|started|broke\s+out|opened|launched|"
    r"set\s+off|set\s+out|set\s+sail|embarked|onset|left|departed|sailed|touched\s+down|landed|(?:on\s+)?day\s+(?:1|one)\b))[^.;!?]{0,60}?\b" + _FULL_DATE)
_DAY_MONTH = rf"(?:(?P<rd{{i}}>{DAY})\s+(?:of\s+)?(?P<rm{{i}}>{MON})|(?P<rn{{i}}>{MON})\s+(?P<re{{i}}>{DAY}))"
#: a run's span told with its days: "the season ran from 7 July to 22 August", "lasted from 3 June to 28
#: June 2024"; its year, when the span gives none, is the last one written before it
_RUN = re.compile(
    r"(?i:\b(?:ran|lasted|took\s+place|was\s+held|were\s+held|went\s+on))[^.;!?]{0,40}?\bfrom\s+"
    + _DAY_MONTH.format(i=1) + r"(?:,?\s+(?P<ry1>" + YEAR + r"))?\s+(?:to|until|till)\s+"
    + _DAY_MONTH.format(i=2) + r"(?:,?\s+(?P<ry2>" + YEAR + r"))?")
_A_YEAR = re.compile(r"\b" + YEAR)
_A_FULL_DATE = re.compile(r"\b" + _FULL_DATE)

#: the start of a reign
_ACCESSION = re.compile(
    r"(?i:\b(?:crowned|succeeded|acceded|accession|came\s+to\s+the\s+throne|ascended\s+the\s+throne|"
    r"proclaimed\s+(?:king|queen|emperor|empress)|began\s+(?:his|her)\s+reign))[^.;!?]{0,60}?"
    rf"\b(?:{_FULL_DATE}|(?:in\s+)?(?P<y3>{YEAR})|(?P<d4>{DAY})\s+(?:of\s+)?(?P<m4>{MON})|(?P<m5>{MON})\s+(?P<d5>{DAY}))")
#: the day of the year after which a regnal year lies mostly in the next calendar year (2 July)
_MID_YEAR = (7, 2)


#: "Day 1 of the festival": a day of something the text gives no start for
_OF_OTHER = re.compile(r"\s+of\s+(?:the|his|her|their|its|my|our|a|this)\b")


def _start_day(text: str, pos: int, m: re.Match[str] | None = None, near: bool = True,
               runs: bool = True) -> date | None:
    """The last dated start of a stay or campaign told before ``pos``; with ``near``, only in the
    same paragraph (a bare "day 3" far from the start is some other run's); with ``runs``, a run's span
    too ("ran from 7 July to 22 August"), in any paragraph."""
    if m is not None and not m["what"] and _OF_OTHER.match(text, m.end()):
        return None
    run = _run_start(text, pos) if runs else None
    last = None
    for s in _START.finditer(text, max(0, pos - _LOOKBACK), pos):
        last = s
    if last is None or near and "\n\n" in text[last.end():pos].replace("\r", ""):
        return run[1] if run else None
    if run and run[0] > last.start():
        return run[1]
    d, mo, y = (last["d1"], last["m1"], last["y1"]) if last["d1"] else (last["d2"], last["m2"], last["y2"])
    try:
        return date(int(y), month_number(mo), int(re.sub(r"\D", "", d)))
    except ValueError:
        return None


def _run_start(text: str, pos: int) -> tuple[int, date] | None:
    """Where the last run's span told before ``pos`` is ("ran from 7 July to 22 August"), and its first
    day, in the year the span gives or else the last year written before it; None without either."""
    last = None
    for r in _RUN.finditer(text, max(0, pos - _LOOKBACK), pos):
        last = r
    if last is None:
        return None
    year = last["ry1"] or last["ry2"]
    if year is None:
        years = _A_YEAR.findall(text, max(0, last.start() - _LOOKBACK), last.start())
        year = years[-1] if years else None
    d, mo = (last["rd1"], last["rm1"]) if last["rd1"] else (last["re1"], last["rn1"])
    try:
        return (last.start(), date(int(year), month_number(mo), int(re.sub(r"\D", "", d)))) if year else None
    except ValueError:
        return None


def _day(m: re.Match[str], start: date, n: int) -> Cand | None:
    if not 1 <= n <= 400:
        return None
    d = start + timedelta(days=n - 1)
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=d.year, month=d.month, day=d.day))


_OF_WHAT = r"(?P<what>\s+of\s+(?:the|his|her|their|its|my|our)\s+(?:[a-z]+\s+)?(?:strike|stay|admission|illness|siege|campaign|march|trial|voyage|expedition|journey|occupation|blockade|protest|hunger\s+strike|offensive|war|crisis|outbreak|lockdown|search|hearing|fast|treatment|course))?"


#: a day's number spelled, "day six", "day twenty-one" (one to forty)
_SPELLED = lx.alternatives(tuple(sorted((w for w, n in lx.NUMBERS.items() if 1 <= n <= 40 and n == int(n) and w.isalpha() and len(w) > 2 and w != "dozen"),
                                        key=len, reverse=True)))


@rule(r"(?<![\w-])(?:(?P<kind>[Hh]ospital|[Pp]ost-?operative|[Ii]llness|[Tt]reatment|[Ss]tudy)\s+)?[Dd]ay\s+"
      rf"(?P<n>[1-9]\d{{0,2}}|(?i:{_SPELLED})\b)(?![\d:./,%-]\d|\s*%|(?:st|nd|rd|th)\b|-\w)"
      + _OF_WHAT, priority=1, trigger=r"(?i:day)")
def counted_day(m: re.Match[str], text: str) -> Cand | None:
    """ "hospital day 5", "on day 12 of the strike": that day of a stay dated in the text."""
    start = _start_day(text, m.start(), m, near=not (m["kind"] or m["what"]))
    n = lx.number_value(m["n"])
    return _day(m, start, int(n)) if start and n and n == int(n) else None


@rule(rf"\b[Tt]he\s+(?P<ord>{ORD}|\d{{1,3}}(?:st|nd|rd|th))\s+day" + _OF_WHAT + r"(?!\s+of\b|\s+after\b|\s+before\b|\w)",
      re.IGNORECASE, priority=3, trigger=r"(?i:day)")
def ordinal_day(m: re.Match[str], text: str) -> Cand | None:
    """ "on the third day" of a stay dated in the text: its third day, counting its first as one."""
    w = m["ord"].lower()
    n = lx.ORDINALS.get(w) or (int(re.sub(r"\D", "", w)) if w[0].isdigit() else 0)
    start = _start_day(text, m.start(), m, near=not m["what"])
    return _day(m, start, n) if start and n else None


#: a Martian day in ours
_SOL = 1.0275


@rule(r"(?<![\w-])[Ss]ol\s+(?P<n>\d{1,4})(?![\d:./,%-]\d|\w)", priority=1, trigger=r"(?i:sol)")
def counted_sol(m: re.Match[str], text: str) -> Cand | None:
    """ "On sol 22" after "touched down on 26 November 2018": the Earth day of the lander's 22nd sol,
    counting the landing's as sol 0."""
    start = _start_day(text, m.start())
    n = int(m["n"])
    if start is None or n > 4000:
        return None
    d = start + timedelta(days=round(n * _SOL))
    return Cand(m.start(), m.end(), "abs", spec=Spec("D", year=d.year, month=d.month, day=d.day))


@rule(r"(?<![\w-])[Ww]eek\s+(?P<n>[1-9]\d?)(?![\d:./-]\d|\w)", priority=1, trigger=r"(?i:week)")
def counted_week(m: re.Match[str], text: str) -> Cand | None:
    """ "discharged in week 2" of a stay dated in the text: the week holding its 8th to 14th day."""
    # (a season's "Week 3." heading is dated by events.numbered_headings, which clips it to the run's end)
    start = _start_day(text, m.start(), None, runs=False)
    if start is None or _OF_OTHER.match(text, m.end()):
        return None
    d = start + timedelta(days=7 * (int(m["n"]) - 1))
    y, w, _ = d.isocalendar()
    return Cand(m.start(), m.end(), "abs", spec=Spec("W", year=y, week=w))


@rule(rf"\b[Tt]he\s+(?P<ord>{ORD}|\d{{1,2}}(?:st|nd|rd|th))\s+year\s+of\s+"
      rf"(?:his|her|the\s+(?:king|queen)['’]s|their|(?-i:[A-Z][a-z]+)['’]s)\s+reign\b",
      re.IGNORECASE, priority=2, trigger=r"(?i:reign)")
def regnal_year(m: re.Match[str], text: str) -> Cand | None:
    """ "in the fourth year of his reign" after "crowned on 6 April 1327": the calendar year that holds
    most of the regnal year (1330: 6 April 1330 to 5 April 1331). A reign begun late in its year
    counts its years mostly in the next ones: "succeeded at Martinmas 1141" makes the second year
    11 November 1142 to 10 November 1143, 1143. Told with its year alone, the accession's year plus
    ``n - 1``; told with a day but no year ("crowned on 22 December"), the last year written before."""
    w = m["ord"].lower()
    n = lx.ORDINALS.get(w) or (int(re.sub(r"\D", "", w)) if w[0].isdigit() else 0)
    last = None
    for a in _ACCESSION.finditer(text, max(0, m.start() - 3000), m.start()):
        last = a
    if last is None or not n:
        return None
    day = _accession_day(text, last)
    if day is None:
        return None
    year, month_day = day
    y = year + n - 1 + (1 if month_day is not None and month_day > _MID_YEAR else 0)
    return Cand(m.start(), m.end(), "abs", spec=Spec("Y", year=y))


def _accession_day(text: str, a: re.Match[str]) -> tuple[int, tuple[int, int] | None] | None:
    """The year of the accession ``a`` tells, and its month and day where it says them: a full date,
    a fixed feast before its year ("at Martinmas 1141"), or a day and month whose year is the last
    one written before it."""
    if a["y1"] or a["y2"]:
        return int(a["y1"] or a["y2"]), (month_number(a["m1"] or a["m2"]), int(re.sub(r"\D", "", a["d1"] or a["d2"])))
    if a["y3"]:
        return int(a["y3"]), feast_said_last(text[a.start():a.start("y3")])
    dates = list(_A_FULL_DATE.finditer(text, max(0, a.start() - _LOOKBACK), a.start()))
    years = _A_YEAR.findall(text, max(0, a.start() - _LOOKBACK), a.start())
    if not dates and not years:
        return None
    # the year of the last full date told ("died on 1 December 1135 ... crowned on 22 December"), not
    # of an aside's year written after it ("who had sworn in 1127")
    year = int(dates[-1]["y1"] or dates[-1]["y2"]) if dates else int(years[-1])
    return year, (month_number(a["m4"] or a["m5"]), int(re.sub(r"\D", "", a["d4"] or a["d5"])))
