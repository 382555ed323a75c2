"""Rules for weekdays, parts of days and clock times: "Tuesday", "the weekend", "this morning",
"3:30 p.m.", "noon"; and months or days tied to a year said relatively ("May of that year", "that
March", "June last year").

A weekday or a time names no day by itself; the resolver places it from the reference and the tense.
Split out of the general rules by family.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.blocks import (
    CLOCK_RANGE, DAY, IGNORE_CASE, MODP, MON, MON_FULL, SEASON, T_CLOCK, T_MON, T_WDAY, WDAY, WDAY_ANY, YEAR, day_number, month_number, text_before,
    timex_mod,
)
from explorer.temporal.grammar.registry import Cand, rule
from explorer.temporal.normalize import Spec, valid_day
from explorer.temporal.title_names import names_a_title


# -- weekdays, parts of days, clock times -------------------------------------------------------

#: what follows a number that counts rather than dates: "Sunday, 10 years after", "By Friday, 200
#: families", "Monday, 15 people died", "Tuesday, 3 percent". A day of the month is one or two
#: digits followed by a month, an ordinal, a clock's a.m./p.m. or punctuation, never by a lowercase
#: noun; so after such a number the weekday is a day of its own, not the head of a longer date. A
#: conjunction after the number lists days that share a later month ("Tuesday 5 and Thursday 7
#: February", "Friday 3 to Sunday 5 May"): the weekday still heads its day. Opening hours after the weekday
#: ("Saturday 10-4", see :data:`CLOCK_RANGE`) are no day of a month either: the weekday is a day of its own.
_COUNT_AFTER = (r"\d?(?:%|(?:[ \t]+|-)(?!(?:[ap]\.?m|and|or|to|through|thru|till|until)\b|" + MON + r")(?-i:[a-z]))"  # 15 people, 3%
                r"|\d\d(?!\d)")  # 200 families (a year, four digits, still heads a date)


@rule(rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|previous|past|that|following|preceding)\s+)?(?P<wd>{WDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?(?!,?(?:[ \t]+|[ \t]*\n(?![ \t]*\d{{1,2}}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m|[AP]\.?M)|[ \t]*\d{{1,2}}[:.]\d\d))(?:(?-i:{MON})|(?!{CLOCK_RANGE})\d(?![\d,]*,\d{{3}})(?!{_COUNT_AFTER})))", IGNORE_CASE, priority=1, trigger=T_WDAY)
def weekday(m: re.Match[str], text: str) -> Cand | None:
    if not m["wd"][0].isupper():
        return None
    if m.start("wd") > 0 and text[m.start("wd") - 1].isalpha():
        return None  # "#WineWednesday", "SuperSunday": a name made with the day's name, no date
    if not m["rel"] and re.search(r"\d[:.]\d\d(?:\t|[ \t]{2,})$", text_before(text, m.start(), 12)) \
            and re.match(r"[ \t]+[A-Z]", text[m.end():m.end() + 3]):
        return None  # "20:00  Saturday Soul": a schedule's clock column, then a programme's title
    if not m["rel"] and not m["pod"] and _PAPER_AFTER.match(text, m.end()):
        return None  # "the Sunday Times", "the Mail on Sunday" is no day either (handled by the "on")
    wd = lx.WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    if rel == "that" and not (_THAT_DAY_BEFORE.search(text_before(text, m.start(), 30)) or _THAT_DAY_AFTER.match(text, m.end())):
        # "said that Friday was a holiday": "that" opens a clause; only "on that Friday", "the Hawks
        # that Friday," is the day of the week just told
        return Cand(m.start("wd"), m.end(), "under", spec=Spec("D", weekday=wd), rel=None)
    if rel in ("following", "preceding"):
        if not re.search(r"(?i)\bthe\s+$", text_before(text, m.start(), 6)):
            # "following Monday's vote" is the preposition "after": the day alone
            return Cand(m.start("wd"), m.end(), "under", spec=Spec("D", weekday=wd), rel=None)
        # "refloated the following Monday", "had left the preceding Wednesday": the day after (before)
        # the time just told, read as "the next Monday" and "the previous Monday" are
        rel = "next" if rel == "following" else "previous"
    # "Friday night": news annotation (TBAQ) keeps just the day about as often as it writes the part
    # of day (TNI/TEV/TMO), so the part of day is dropped
    return Cand(m.start(), m.end(), "under", spec=Spec("D", weekday=wd), rel=rel)


@rule(rf"\b(?P<wd>{WDAY})[ \t]+(?P<rel>last|next)\b(?![ \t]+(?:to|door|week|month|year|time|weekend|season|term|summer|winter|spring|autumn)\b)(?!-)",
      IGNORE_CASE, priority=2, trigger=T_WDAY)
def weekday_then_last_or_next(m: re.Match[str], text: str) -> Cand | None:
    """ "on Saturday last", "on Tuesday next": the order notices, old newspapers and formal letters
    write "last Saturday" and "next Tuesday" in, one expression with the same meaning. Read as a bare
    weekday, the day lost its direction to the tense ("adjourned from Friday last" fell on the page's
    own Friday). "Monday next to the bishop", "Saturday last year", "Monday next week" are other words."""
    if not m["wd"][0].isupper() or (m.start() > 0 and text[m.start() - 1].isalpha()):
        return None
    return Cand(m.start(), m.end(), "under", spec=Spec("D", weekday=lx.WEEKDAYS[m["wd"].lower()]), rel=m["rel"].lower())


#: a newspaper or a programme named after its day ("the Sunday Times", "Sunday Telegraph")
_PAPER_AFTER = re.compile(r"[ \t]+(?:Times(?![ \t]+Mirror)|Telegraph|Mirror|Express|Herald|Tribune|Observer|Independent|Mail|Sport|Post|Star)\b")
#: "that Friday" is the Friday of the week just told after a preposition or before a clause's end
_THAT_DAY_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till|from|before|after|during|since)\s+$")
_THAT_DAY_AFTER = re.compile(r"\s*(?:[,.;:)]|$|\s(?:morning|afternoon|evening|night)\b)")


@rule(rf"(?:(?P<day0>{DAY})\s+)?{MODP}(?P<mon>{MON_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?:\s*(?P<day>{DAY}))?\s+of\s+(?:that|the\s+same)\s+year\b", priority=3, trigger=T_MON)
def month_of_that_year(m: re.Match[str], text: str) -> Cand | None:
    """ "October of that year", "July 25 of the same year", "3 May of that year": the year of the
    story's last date."""
    mo = month_number(m["mon"])
    if m["day0"] and m["day"]:
        return None
    if m["day"] or m["day0"]:
        d = day_number(m["day"] or m["day0"])
        if not valid_day(2000, mo, d):
            return None
        return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d), rel="that_year")
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=mo), mod=timex_mod(m["mod"]), rel="that_year")


#: "of the following year", "of the previous year", "of the year after": a year counted from the one told
_OF_YEAR_TOLD = r"\s+of\s+(?:the\s+(?P<rel>following|next|previous|preceding)\s+year|the\s+year\s+(?P<rel2>after|before))\b"


@rule(rf"(?:the\s+)?{MODP}(?:(?P<season>{SEASON})|(?:(?P<day0>{DAY})\s+)?(?P<mon>{MON_FULL})(?:\s*(?P<day>{DAY}))?){_OF_YEAR_TOLD}",
      IGNORE_CASE, priority=3, trigger=r"(?i:\byear\b)")
def part_of_year_told_after(m: re.Match[str], text: str) -> Cand | None:
    """ "the spring of the following year", "March of the previous year", "4 May of the year after":
    one expression, a season, month or day of the year after (or before) the one just told, as "May
    of that year" is of that year; read alone, the season took the year told and the rest was left
    as a year of its own."""
    n = 1 if (m["rel"] or m["rel2"]).lower() in ("following", "next", "after") else -1
    if m["season"]:
        spec = Spec("S", season=lx.SEASONS[m["season"].lower()])
    elif m["day0"] and m["day"]:
        return None
    elif m["day"] or m["day0"]:
        d = day_number(m["day"] or m["day0"])
        if not valid_day(2000, month_number(m["mon"]), d):
            return None
        spec = Spec("D", month=month_number(m["mon"]), day=d)
    else:
        spec = Spec("M", month=month_number(m["mon"]))
    return Cand(m.start(), m.end(), "under", spec=spec, mod=timex_mod(m["mod"]), rel="that_year", n=n)


#: what may follow "that <month>" closing the clause it dates: a clause's end, or "and"/"but" going on
#: to the next act ("cracked a bone that May and did not run", "wrote to the ministry that September;")
_THAT_MONTH_ENDS_CLAUSE = re.compile(r"[ \t]*(?:[.;:!?)]|\Z)|[ \t]+(?:and|but)[ \t]+(?![A-Z])")


# "That December, the state set up a fund", "in that same March": the month of the year just named,
# as "that winter" is. Only where "that" cannot be a conjunction: at a sentence's or clause's start
# or after a preposition ("said that March sales rose" is no date), or where the month closes its
# clause ("resigned that April.", "hit by a car that November;"): a conjunction's "that" is followed by
# its clause's verb, never by a full stop.
@rule(rf"(?<![^\s(])(?P<that>[Tt]hat\s+(?:same\s+|very\s+)?){MODP}(?P<mon>{MON_FULL})(?!\s*\d)", priority=3, trigger=T_MON)
def that_month(m: re.Match[str], text: str) -> Cand | None:
    before = text_before(text, m.start(), 24)
    if not (re.search(r"(?i)(?:^|[.;:!?,—–(]\s*|\b(?:in|during|by|until|till|through|throughout|from|since|of|before|after)\s+)$",
                      before) or _THAT_MONTH_ENDS_CLAUSE.match(text, m.end())) or re.match(r"\s*(?:'s|’s)?\s+(?:sales|figures|numbers|issue|edition|results|data|report|\d)", text[m.end():m.end() + 12]):
        return None
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=month_number(m["mon"])), mod=timex_mod(m["mod"]), rel="that_year")


@rule(rf"{MODP}(?P<mon>{MON_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", priority=3, trigger=T_MON)
def month_rel_year(m: re.Match[str], text: str) -> Cand | None:
    rel = {"last": "year-1", "next": "year+1"}.get(m["rel"].lower(), "year0")
    return Cand(m.start(), m.end(), "under", spec=Spec("M", month=month_number(m["mon"])), mod=timex_mod(m["mod"]), rel=rel)


@rule(rf"(?:{WDAY_ANY},?\s+(?:the\s+)?)?(?:(?P<mon>{MON})\s*(?P<day>{DAY})|(?P<day2>{DAY})\s+(?:of\s+)?(?P<mon2>{MON})),?\s+(?P<rel>last|this|next)\s+year\b(?!['’])",
      priority=4, trigger=T_MON)
def day_rel_year(m: re.Match[str], text: str) -> Cand | None:
    """ "Aug. 14 last year", "14 August next year": one day, its year said by the words after it (as
    "June last year" is one month); without this the day kept its value but lost the words, and a
    day written before its month lost the day to "August last year". Its weekday is part of it
    ("on Saturday 19 June next year"): read alone, the weekday was a second expression, the one of
    the page's own week, and the event told on that day took the page's Saturday."""
    mo, d = month_number(m["mon"] or m["mon2"]), day_number(m["day"] or m["day2"])
    if not valid_day(2000, mo, d) or m["day2"] and re.search(r"(?:[\d.,]|\d\s*(?:[-–]|to|and|or|through)\s*)\Z", text_before(text, m.start())):
        return None  # a list or a range's second end ("5-9 May last year") is read with its first
    rel = {"last": "year-1", "next": "year+1"}.get(m["rel"].lower(), "year0")
    return Cand(m.start(), m.end(), "under", spec=Spec("D", month=mo, day=d), rel=rel)


@rule(r"\b(?:(?P<det>the|this\s+coming|this\s+past|this|last|next|that|over\s+the|coming|past|a)\s+)?(?:long\s+|(?:long\s+)?(?:bank\s+)?holiday\s+)?weekend\b", IGNORE_CASE, priority=1, trigger=r"(?i:weekend)")
def weekend(m: re.Match[str], text: str) -> Cand | None:
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    start = m.start() + (5 if det.startswith("over") else 0)
    if not det or det == "a" and not re.search(r"(?i)long\s+weekend$", m[0]):
        return None  # "a weekend of talks" is no particular weekend; "a long weekend" is the coming or last one
    if det == "a":
        det = "the"
    if det == "that":
        return Cand(start, m.end(), "prev", unit="WE", n=0)
    # which weekend is decided against the document date's weekday (and the tense, for "the"/"this")
    rel = {"over the": "the", "this past": "last", "past": "last", "this coming": "coming"}.get(det, det)
    return Cand(start, m.end(), "dct", unit="WE", n=0, rel=rel)


@rule(r"\b(?P<det>this|yesterday|tomorrow|last|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+(?P<pod>morning|afternoon|evening|night)\b", IGNORE_CASE, priority=3, trigger=r"(?i:morning|afternoon|evening|night)")
def part_of_day(m: re.Match[str], text: str) -> Cand | None:
    det = m["det"].lower().split()[-1]
    if det == "this" and names_a_title(text, m.start(), m.end()):
        return None  # "CBS This Morning": a programme's title
    n = -1 if det in ("yesterday", "last") else 1 if det == "tomorrow" else 0
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=lx.PARTS_OF_DAY[m["pod"].lower()])


@rule(rf"(?:(?P<approx>about|around|at\s+about|approximately)\s+)?(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?\+?\s*(?P<ap>[ap]\.m\.|[ap]m\b|[AP]\.M\.|[AP]M\b)(?:\s+(?P<tz>{lx.CLOCK_ZONES}\b|local\s+time))?(?:[ \t]+(?:on[ \t]+)?(?P<wd>{WDAY}|today|yesterday|tomorrow|tmrw?|tmw|tdy)\b(?!,?[ \t]+(?:the[ \t]+)?(?:\d|{MON}))|,?\s+(?:on\s+)?(?:(?P<wd2>{WDAY}),?\s+)?(?P<mon>{MON})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?", priority=3, trigger=T_CLOCK)
def clock_time(m: re.Match[str], text: str) -> Cand | None:
    h = int(m["h"])
    if h > 12 or h == 0:
        return None
    pm = m["ap"].lower().startswith("p")
    h = (h % 12) + (12 if pm else 0)
    clock = f"{h:02d}:{m['mi'] or '00'}" + (f":{m['sec']}" if m["sec"] else "")  # "10:30:34 a.m."
    start = m.start("h") if m["approx"] and m["approx"].lower().startswith("at") else m.start()
    # "5 p.m. on Nov. 6", "6 a.m. on Thursday": two phrases, two expressions as TimeML marks them;
    # the clock still reads its day from the date after it ("5 p.m. EST, Nov. 6" is one)
    # "2 p.m. Monday, Jan. 10": the weekday said before the date is the date's, and the clock is on it
    day_at = m.start("wd2") if m["wd2"] else m.start("mon") if m["mon"] else m.start("wd") if m["wd"] else m.end()
    end = m.end()
    if re.search(r"(?i)\bon\s+$", text[m.end("ap"):day_at]):
        end = m.end("tz") if m["tz"] else m.end("ap")
    if m["mon"]:
        return _clock_on_date(m, start, end, clock)
    wd = (m["wd"] or "").lower()
    if wd in lx.WEEKDAYS:
        return Cand(start, end, "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[wd], clock=clock))
    later = re.match(rf"[ \t]*\([^()\n]{{1,24}}\)[ \t]*,?[ \t]*(?:on[ \t]+)?(?P<wd>{WDAY})\b(?!,?[ \t]+(?:the[ \t]+)?(?:\d|{MON}))",
                     text[m.end():m.end() + 48])
    if later and not wd:
        # "at 10:35 a.m. (0735 GMT) Friday": the day after the other zone's time is the clock's day
        # (the weekday is an expression of its own)
        return Cand(start, m.end(), "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[later["wd"].lower()], clock=clock))
    # "6 am tmrw", "4pm tdy": the informal day words as well
    n = {"yesterday": -1, "tomorrow": 1, "tmr": 1, "tmrw": 1, "tmw": 1}.get(wd, 0)
    return Cand(start, m.end(), "dct", "TIME", unit="D", n=n, value=clock)


#: a night named after "midnight", by its day's distance from the writer's ("midnight last night": the
#: midnight that ended yesterday, T24:00 of that day)
_NIGHT_AFTER_MIDNIGHT = {"tonight": 0, "last night": -1, "tomorrow night": 1}


@rule(rf"\b(?P<word>noon|midnight|mid-?day)\b(?:\s+(?:on\s+)?(?P<wd>{lx.WEEKDAY_NAMES}|today|yesterday|tomorrow(?:\s+night)?|tonight|last\s+night)"
      rf"|(?:\s+(?-i:{lx.CLOCK_ZONES}))?\s+(?P<on>on\s+)?(?P<mon>(?-i:{MON}))\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?)?",
      IGNORE_CASE, priority=2)
def noon(m: re.Match[str], text: str) -> Cand | None:
    clock = "24:00" if m[0].lower().startswith("midnight") else "12:00"
    if re.search(r"(?i)\bhigh\s+$", text_before(text, m.start(), 6)) or re.match(r"(?i)\s*(?:mass|oil|sun|blue|hour)\b", text[m.end():m.end() + 6]):
        return None  # "High Noon", "the midnight sun", "midnight blue": no time of any day
    if m["mon"]:
        # "midnight Nov. 15", "noon EST Dec. 1": the deadline's clock word on the date after it, one
        # TIME as "5 p.m. Nov. 15" is (the notice of a tender offer, a vote, a strike's deadline);
        # without this the clock word fell on the report's day and the date stood apart. After "on"
        # ("midnight on Nov. 15") they are two expressions, as :func:`clock_time` marks them; the clock
        # still gets that day. After a comma ("through midnight, December 12, 2022") the date stays an
        # expression of its own, as the hand-checked articles mark it (the document-date rules give
        # the clock its day).
        return _clock_on_date(m, m.start(), m.end("word") if m["on"] else m.end(), clock)
    wd = re.sub(r"\s+", " ", (m["wd"] or "").lower())
    if wd in _NIGHT_AFTER_MIDNIGHT:
        # "midnight last night", "at midnight tonight": the midnight that closes that night's day, one
        # TIME as "11 p.m. last night" is; the night word used to stand apart and the clock fell on the
        # writer's day ("midnight last night" a day late). Noon is no part of a night: the clock alone.
        if clock != "24:00":
            return Cand(m.start(), m.end("word"), "dct", "TIME", unit="D", n=0, value=clock)
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=_NIGHT_AFTER_MIDNIGHT[wd], value=clock)
    if wd in lx.WEEKDAYS:
        # "noon on Saturday": the time alone, on that Saturday (the weekday is an expression of its own)
        end = m.end("word") if re.search(r"(?i)\son\s", m[0]) else m.end()
        return Cand(m.start(), end, "under", "TIME", spec=Spec("D", weekday=lx.WEEKDAYS[wd], clock=clock))
    return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n={"yesterday": -1, "tomorrow": 1}.get(wd, 0), value=clock)


def _clock_on_date(m: re.Match[str], start: int, end: int, clock: str) -> Cand | None:
    """The clock (``clock``, "17:00") on the day the match's ``mon``, ``day`` and ``year`` groups name
    ("5 p.m. Nov. 6", "noon EST Dec. 1, 2021"): one TIME from ``start`` to ``end``, with its year
    when one is written. None when the day is none of that month's ("5 p.m. Feb. 30"): no time is read.
    WHY one helper: the am/pm clock and the clock words (noon, midnight) read their date alike."""
    mo, d = month_number(m["mon"]), day_number(m["day"])
    year = int(m["year"]) if m["year"] else None
    if not valid_day(2000 if year is None else year, mo, d):
        return None
    return Cand(start, end, "under" if year is None else "abs", "TIME", spec=Spec("D", year=year, month=mo, day=d, clock=clock))


#: a table's row heading: a weekday (in full or cut short) and a day of the month, alone at the start of
#: its line and set off from the row by a colon, a dash, a bar or a run of spaces ("Mon 1   High 05:42",
#: "Tue 2: Bob on the desk", "Sunday 14 | 6.1 km")
_ROW_DAY = (r"(?<![^\n])[ \t]*(?P<wd>(?i:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?i:day|nesday|rsday|urday|sday)?)\.?[ \t]+"
            r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?=[ \t]*(?:[:|–—]|[ \t]-[ \t]|[ \t]{2,}|\t|\n|$))")


@rule(_ROW_DAY, priority=1, trigger=r"(?i:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?[ \t]+\d)")
def table_row_day(m: re.Match[str], text: str) -> Cand | None:
    """ "Mon 1   High 05:42 (4.8)", "Tue 2: Bob": a tide table's, a rota's or a diary page's row for one
    day of the month its heading names; the weekday says which month when the rows run into the next
    (see ``Yearless._row_day``). Read apart, "Mon" was no expression and "Tue" a weekday of no week."""
    word = m["wd"].lower().rstrip(".")
    wd = lx.WEEKDAYS.get(word)
    if wd is None:
        return None
    return Cand(m.start("wd"), m.end(), "under", spec=Spec("D", weekday=wd, day=int(m["d"])))
