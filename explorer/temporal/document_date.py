"""The document's own date: printed at the top (a header line, a byline, a dateline opening the
first sentence), in a "Posted on ..." footer, written into the file's name by whoever saved it
("APW19980219.0476.txt", "2019-01-10-budget.html"), or inferred from the text; else unknown.

Only the page furniture counts as a printed date: a date inside the body ("February 9, 2020: Sadr
said...", "the plant opens in December 2024") is an event, not the publication date, and never beats
a printed one. When nothing is printed we infer the earliest date at which everything the text
reports could have been written, but not from a bare year: that would place every "Monday" and
"last week" on an invented day, so then the date is unknown and the relative dates wait for the
user to give one. Nor when nothing in the text counts from the day it was written: a full day it
reports then says only "then or later" (a house's sale history, a museum's record of a gift), and
no date of the text needs the writing day.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from typing import Callable, Literal

from explorer.temporal.announced_day import announces_day
from explorer.temporal.coordination import coordinate
from explorer.temporal.copyright_years import copyright_year, has_copyright_notice
from explorer.temporal.dateline_weekday import lead_weekdays, year_by_lead_weekday
from explorer.temporal.field_blocks import event_day_lines
from explorer.temporal.foreign_dateline import foreign_dateline_day
from explorer.temporal.grammar import Cand, find_candidates
from explorer.temporal.grammar.rules_dates import numeric_order, slashed_month_day, writes_dashes_month_first
from explorer.temporal.normalize import Spec, span_of, valid_day
from explorer.temporal.narrative import FOUNDED_CUE, is_prospective, quoted_spans
from explorer.temporal.per_text import ReadingReport, memo, reading_report, sentence_spans, tense_markers
from explorer.temporal.anchor_context import Context, sentence_of
from explorer.temporal.tense import tense_at
from explorer.temporal.wire_slugs import filed_day
from explorer.temporal.page_lines import (CURRENT_THROUGH, EVENT_DAY_LABEL, FOOTER_CUE, HEAD_LINES, day_of_month_form, first_day_of_run, foot_lines,
                                           head_lines, is_event_listing, is_log_entry, is_quoted_line, is_sign_off, is_standfirst,
                                           latest_sign_off, links_at_foot, month_name_stamp, quoted_lines)

Printed = Literal["header", "dateline"]

_BODY_LINE = 220  # a line this long is a paragraph: the header is over
_FOOT_LINES = 6
#: What a live page calls its coverage ("Live updates from the desk", "live blog"): not the verb
#: ("families who live by the river"). Also read by ``explorer.events.clock_entries``.
LIVE_COVERAGE = r"\blive\s+(?:updates|blog|coverage|report(?:ing)?)\b"
# ("by" opens a byline, or follows a separator or a word or two: "By Jane Roe", "Words by ...", "Staff |
# by ..."; "closed by police on 3 March 2021" is a sentence of the story, not the page's byline)
_BYLINE = re.compile(r"(?i)\||^\W*(?:[\w.'’]+\s+){0,2}by\b|[|•·,;:–—]\s*by\b|\bpublished\b|\bupdated\b|\bposted\b|\bdate[d:]|\bmin\s+read\b|^\W*$|"
                     + LIVE_COVERAGE)  # "Live updates from the desk, <date>"
# A dateline opening the body: "WASHINGTON, March 3, 2019 —", "LONDON (Reuters) -",
# "Kabul, Afghanistan, 3 March 2019:". The place is a few capitalised words, the dash or colon ends it;
# in Cyrillic or Greek capitals too ("МОСКВА, 3 марта 2026 г. —", "ΑΘΗΝΑ, 3 Μαρτίου 2026 —").
_CAPITAL = "A-Z\u0400-\u042f\u0386\u0388-\u038f\u0391-\u03ab"
_PLACE = rf"[{_CAPITAL}][\w.'’-]*(?:[ ,]+(?:[{_CAPITAL}][\w.'’-]*|de|la|al|el|and|&))*"  # "WINCHESTER, Va. and BOISE, Idaho"
# (after the agency a dash may stand before the date: "VALMORE (Northwire) - Sept. 18, 2029 - ", as
# some wires print it; without the agency a dash after capitals is a headline's, "Storms - 3 March 2019")
_DATELINE_HEAD = re.compile(rf"^\s*(?:{_PLACE})\s*(?:\([^)\n]{{1,40}}\)\s*(?:--|[-–—])?)?\s*,?\s*")
# Minutes and programmes print the meeting they record: "Held on Saturday 3 February 2024 at 10.30 a.m."
# ("Minutes of the committee meeting held on Tuesday 4 March 2025 at the church hall": the same, under its title)
_MEETING_HEAD = re.compile(r"(?i)^\W*(?:minutes\s+of\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?)?"
                           r"(?:(?:the\s+)?(?:meeting|minutes),?\s+(?:was\s+)?)?held\s+(?:on|at)\b")
#: A press-release wire's name between slashes after a dateline's date: "/PRNewswire/", "/CNW/". The
#: page header, the titles' furniture and the entities' datelines read it from here.
RELEASE_WIRE = r"/[A-Za-z][\w .-]{1,30}/"
# The agency after the date: "(Reuters) -", or a press-release wire's "/PRNewswire/ --".
_DATELINE_END = re.compile(r"^\s*(?:\([^)\n]{1,40}\)|" + RELEASE_WIRE + r")?\s*(?:--|[-–—:_])(?:\s|$)")
# A header line that is only a compact date stamp, as wire copy prints it: "19980213", "1998-02-13".
_STAMP = re.compile(r"^\s*(?:[A-Z]{2,}[\w.-]*\s+)?((?:19|20)\d\d)(\d\d)(\d\d)(?:[.\s]|$)")
# A full date in a file name: "19980219", "2019-01-10", "2019_01_10" (one separator throughout),
# not glued to other digits, so "ID123419980219" or a page number is not read as one.
_NAME_DAY = re.compile(r"(?<![0-9])((?:1[6-9]|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])")


def _full_days(line: str, page: str = "") -> list[Cand]:
    """Explicit full dates (day, month, year) on one line, not part of a range, each read as the
    page it stands in (``page``) writes its dates (see :func:`_as_the_page_writes`)."""
    return [_as_the_page_writes(c, line, page) for c in find_candidates(line)
            if c.kind == "abs" and c.spec is not None and c.spec.gran == "D" and not c.parts and not c.spec.bc]


# A numeric date's figures: "03/04/2011", "14.6.44", "4/3/12 09:15".
_SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)(?![\d/])")  # not "2014/10/02"
_DASHED = re.compile(r"(?<![\d/.-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])")  # "03-04-2026"
_SHORT_YEAR = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1(\d\d)(?![\d/.-]*\d)")


def _as_the_page_writes(c: Cand, line: str, page: str) -> Cand:
    """``c`` as the whole page reads it, not its line alone. A header's ambiguous "03/04/2011" takes
    the order the rest of the page writes its dates in ("the half-year ended 31/12/2010": 3 April),
    unless a weekday beside it settled it; an ambiguous dashed "03-04-2026" is read month first on a
    page that writes its dashed dates so ("fire began 02-28-2026"). And a page cannot be dated after the day it is read: a
    stamp with a two-figure year that would be ("14.6.44" over a battalion's orders) is the century
    before (the tagger's pivot puts "44" in 2044)."""
    spec = c.spec
    if spec is None or spec.year is None or spec.month is None or spec.day is None:
        return c
    written = line[c.start:c.end]
    if page:
        m = _SLASHED.search(written)
        if m is not None:
            a, b = int(m[1]), int(m[2])
            mo, d = slashed_month_day(a, b, page, spec.year, line[max(0, c.start - 14):c.start] + written[:m.start()])
            if _undecided_order(line[:c.start] + written, page) and valid_day(spec.year, d, mo) \
                    and date(spec.year, mo, d) > date.today() >= date(spec.year, d, mo):
                mo, d = d, mo  # nothing says the order, and a page is not dated after the day it is read
            if (mo, d) != (spec.month, spec.day) and valid_day(spec.year, mo, d):
                spec = spec.with_(month=mo, day=d)
        dashed = _DASHED.search(written)
        if dashed is not None and writes_dashes_month_first(page):
            mo, d = int(dashed[1]), int(dashed[2])  # "Updated 03-04-2026" over a story that wrote "02-28-2026"
            if mo <= 12 and (mo, d) != (spec.month, spec.day) and valid_day(spec.year, mo, d):
                spec = spec.with_(month=mo, day=d)
    short = _SHORT_YEAR.search(written)
    if short is not None and valid_day(spec.year - 100, spec.month, spec.day) \
            and date(spec.year, spec.month, spec.day) > date.today():
        spec = spec.with_(year=spec.year - 100)
    return c if spec is c.spec else replace(c, spec=spec)


def _undecided_order(line: str, page: str) -> bool:
    """``line`` prints a slashed date both of whose readings are days ("05/06/2024") and nothing
    settles which: not a weekday beside it, nor the order the page (``page``) writes its dates in
    (see :func:`~explorer.temporal.grammar.rules_dates.numeric_order`)."""
    for m in _SLASHED.finditer(line):
        a, b = int(m[1]), int(m[2])
        if a != b and a <= 12 and b <= 12 and len(m[3]) == 4:
            if re.search(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", line[max(0, m.start() - 14):m.start()]):
                return False
            return numeric_order(page) is None
    return False


def _day_of(c: Cand) -> date | None:
    assert c.spec is not None
    sp = span_of(c.spec)
    return sp[0] if sp else None


def _dateline(line: str) -> Cand | None:
    """The date of "CITY, DATE —" (or "CITY (AGENCY), DATE:", "CITY, Month D (AGENCY) --") at the
    start of a line; wire copy often leaves the year out."""
    cands = find_candidates(line[:160])
    for i, c in enumerate(cands):
        if c.spec is None or c.spec.gran != "D" or c.parts or c.spec.bc or c.spec.month is None:
            continue
        if c.kind != "abs" and not (c.kind == "under" and c.spec.day is not None):
            continue
        head = line[:c.start]
        m = _DATELINE_HEAD.match(head)
        if m is None or m.end() != len(head) or not head.strip() or len(head) > 60 or _RECALLED_CUE.search(head):
            continue  # "Remembering 9 November 1989: ..." is a headline's, not a dateline
        if _DATELINE_END.match(line[c.end:]):
            return c
        again = cands[i + 1] if i + 1 < len(cands) else None
        if again is not None and again.spec == c.spec and re.fullmatch(r",?\s*", line[c.end:again.start]) \
                and _DATELINE_END.match(line[again.end:]):
            return c  # the wire's date printed twice: "Nov 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE) —"
    return None


def _stamp(line: str) -> date | None:
    m = _STAMP.match(line)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


# A date that ends or starts a run ("Harbour Museum, until 3 March 2024", "Open from 2 May 2024", "Next
# review due 14 February 2027"): an exhibition's, an offer's or a review's dates, not the page's.
_RUN_CUE = re.compile(r"(?i)\b(?:until|till|through|thru|to|from|closes|closing|ends|runs|open|due)[\s:]*"
                      r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?,?\s*)?(?:on\s+)?$")  # "In force until 09:00 on Monday ..."
# A date after a life's cue on a short line ("Born: 26 December 1913", "Died February 6th, 1958 in
# Bonn"): a biography's or an obituary's fact box, never the day the page was written.
_LIFE_CUE = re.compile(r"(?i)\b(?:born|died|bapti[sz]ed|buried)[\s:|]*(?:on\s+|in\s+)?$")
# A date a header labels as another thing's day than the page's own publishing: a step of a process
# (a paper's "Received: 12 March 2018 / Accepted: 2 August 2018", a call's "Submission deadline: 15
# January 2020", a collection record's "Acquired: 12 March 1984", a listing's "Sold on 14/02/2008", a
# judgment's "Hearing dates: 14 May 2019"), a product's "Best before: 12 March 2024" or "Expires: 30
# June 2023", an occasion's "Exam date: 14 June 2022". The page was written on none of those days.
#: A personal document named before "issued" or "expires" on a field line: "Passport issued:", "Visa
#: issued on", "Driving licence issued:". (A bare "Issued:" line is the page's own issue day.)
_PERSONAL_PAPER_ISSUED = (r"(?:passport|visa|licen[cs]e|permit|certificate|(?:identity|id|residence|membership)\s+card|"
                          r"id|warrant|policy)\s+(?:issued|granted|renewed)")
_OTHERS_DAY_CUE = re.compile(
    r"(?i)\b(?:received|accepted|submitted|deadline|acquired|accessioned|purchased|sold|"
    r"hearing(?:\s+dates?)?|heard|notification(?:\s+of\s+\w+)?|best\s+before|use\s+by|expir(?:es|y|ation)(?:\s+date)?|"
    r"(?:exam(?:ination)?|start|end|closing|opening|event|match|departure|arrival|delivery|completion|renewal|"
    r"appointment|test|ceremony|wedding|funeral|travel)\s+date|"
    # an event's fact box: "Date of event: 20 May 2026", "Date of the match:" (minutes' "Date of meeting:"
    # heads the meeting they record, and is theirs)
    r"date\s+of\s+(?:the\s+)?(?:event|match|game|race|concert|performance|show|exam(?:ination)?|sale|auction|"
    r"departure|arrival|hearing|ceremony|wedding|funeral|interview|appointment|visit|trip|tour)|"
    # a rule's or a timetable's first day ("Effective date: 1 January 2024", "Valid from 1 May 2024"), a
    # job's interviews, the reader's day a copy was made ("Printed on 12 May 2023", "Retrieved 3 March
    # 2022") and a member's joining ("Member since 12 March 2015")
    r"effective(?:\s+(?:date|from))?|valid\s+from|in\s+force\s+from|interviews|"
    r"printed|accessed|retrieved|downloaded|viewed|member\s+since|joined|"
    # the day the page comes out again ("Next report: 27 March 2025", "Next update due: 4 June"): a later
    # issue's, never this one's
    r"next\s+(?:report|update|issue|edition|bulletin|briefing|review|sitrep|newsletter)(?:\s+(?:due|expected))?|"
    # a personal document's issue in a register's or a form's fields ("Passport issued: 2 June 2015",
    # "Licence issued on 3 May 2019"): that document's day, not the page's
    + _PERSONAL_PAPER_ISSUED + r")[\s:|]*(?:on\s+|by\s+)?$")
# A day a headline remembers ("Remembering 9 November 1989: the night the Wall fell", "On this day: 14
# October 1066", "Anniversary of 6 June 1944"): the page looks back at it from any later day.
_RECALLED_CUE = re.compile(r"(?i)\b(?:remember(?:ing|ed)?|recall(?:ing|ed)?|on\s+this\s+(?:day|date)|anniversary(?:\s+of)?|"
                           r"(?:this\s+(?:day|week|month|year)|today)\s+in\s+history|"
                           r"looking\s+back(?:\s+(?:at|on|to))?)[\s:,|–—-]*(?:on\s+)?$")
# A headline looking back across the years to the day it names: "Fifty years on: 20 July 1969", "30 years
# later: 9 November 1989". (In a sentence, "five years ago, on 3 March 2019" reports that day.)
_YEARS_ON = re.compile(r"(?i)\b(?:\d+|[a-z]+)\s+years\s+(?:on|later)[\s:,|–—-]*$")
_LABEL_WORDS = 3


def _others_day_label(prefix: str) -> bool:
    """``prefix``, a line up to a date, is a label of a few words naming another thing's day than the
    text's writing ("Best before:", "On this day:", "Sold on"): not a sentence ("The letter was
    received on ..."), whose day the text reports."""
    words = len([w for w in prefix.split() if w.lower() != "the"])  # "Date of the match:" is a label of three
    return words <= _LABEL_WORDS and bool(_OTHERS_DAY_CUE.search(prefix)) \
        or words <= _LABEL_WORDS + 1 and bool(_RECALLED_CUE.search(prefix))  # "This day in history:"


_PASSAGE_WORDS = 8
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]\s+[A-Z]")


def _quoted_passages(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` that quote a passage of another text, a few sentences long ('"Council
    backs bypass. Published 4 June 2009. Councillors voted ..."'), not a word or a forum's decoration
    ("« Reply #3 on: March 02, 2024 »")."""
    return [(a, b) for a, b in quoted_spans(line)
            if len(line[a:b].split()) >= _PASSAGE_WORDS and _SENTENCE_INSIDE.search(line, a, b)]


_RUN_JOIN = re.compile(r"(?i)\s*(?:to|until|till|through|thru|[-–—])\s*")
_RUN_LABEL = re.compile(r"[A-Za-z]{3}")
_CLOSING_SEPARATOR = re.compile(r"[,|·•–—]\s*$")


def _header_line(line: str, text: str = "") -> date | None:
    """A full date on a short header or byline line ("By Jane Doe | March 3, 2019", "Published: ...");
    ``text``, the page the line stands in, says whether a listing's day is announced (see
    :func:`_listed_event`)."""
    at = text.find(line) if text else -1
    days = _full_days(line, text)
    quoted = _quoted_passages(line)
    run_end = -1  # the index of a labelled run's last day, no stamp either
    for i, c in enumerate(days):
        if any(a <= c.start < b for a, b in quoted) or i == run_end:
            continue  # a quoted text's date ('"... Published 4 June 2009. ..."')
        if i + 1 < len(days) and _RUN_JOIN.fullmatch(line[c.end:days[i + 1].start]) and _RUN_LABEL.search(line[:c.start]) \
                and not _PUBLISHED_CUE.search(line[:c.start]):
            # "Autumn term: 4 September 2023 to 20 December 2023": a labelled run's first day, not a stamp
            # (alone on its line, "12 May 2019 – 18 May 2019" heads a weekly issue and is its date), nor
            # its last ("Season: 1 April 2022 - 30 September 2022", whose dash no cue before it reads)
            run_end = i + 1
            continue
        before = line[max(0, c.start - 40):c.start]
        if _RUN_CUE.search(before[-24:]) and not _PUBLISHED_CUE.search(before) or FOUNDED_CUE.search(before) \
                or _LIFE_CUE.search(before) or _OTHERS_DAY_CUE.search(before) or _RECALLED_CUE.search(before) \
                or _YEARS_ON.search(before) or announces_day(line[:c.start]):
            continue
        if at >= 0 and _listed_event(text, replace(c, start=c.start + at, end=c.end + at)):
            continue  # "Thursday 20 November 2025, 7.30pm, Town Hall": the day of what the page announces
        rest = (line[:c.start] + line[c.end:]).strip()
        alone = len(rest) < 4 or c.start <= 2
        # a short line is a stamp ("Lowtown Gazette, 4 March 2021") unless it is a sentence of the
        # story, five words or more besides its date ending as a sentence does
        told = len(rest.split()) >= 5 and line.rstrip().endswith((".", "!", "?"))
        # a masthead's or an issue's line that a separator closes with the date ("Ridge Archaeology
        # Project, newsletter 14, 28 November 2025"), however long its name
        closing = not told and len(line) <= 120 and not line[c.end:].strip(" .") and _CLOSING_SEPARATOR.search(line[:c.start])
        if alone or _BYLINE.search(rest) or len(line) < 60 and not told or closing or _MEETING_HEAD.match(line):
            return _day_of(c)
    return None


# A date the header line says the page was published on: "Posted on 28 May 2024", "released on 10
# November 2022", "Published: 14 September 2023". Unlike a date in a headline ("Postmortem: the
# outage of 21 May 2024") or another date on the same line ("Recorded on 3 November 2022 and
# released on 10 November 2022"), it is the page's own date.
_PUBLISHED_CUE = re.compile(
    r"(?i)\b(?:published|posted|released|issued|first\s+published|date\s+of\s+publication|publication\s+date|"
    r"date\s+of\s+(?:this\s+)?(?:notice|issue|announcement)|(?:notice|issue)\s+date|"  # a notice's "Date of notice: …"
    r"embargo(?:ed)?(?:\s+(?:until|till|to))?|"  # a release's embargo ends when it is published
    # a summary kept up to a day (not "Valid until": an alert's end, not its issue day)
    + CURRENT_THROUGH + r")"
    r"(?:\s+online)?"  # a journal's "Published online: 20 August 2018"
    r"\s*(?:at\s+)?(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?,?\s*)?"  # "Issued at 09:00 on", "Issued 14:00 BST"
    r"(?:on\s+|:\s*|-\s*)?(?:[A-Z][a-z]+day,?\s+)?$")
# How far before a full date printed beside it a yearless cued day may stand ("Issued 09:00 Friday 9
# January" above "In force until 09:00 Monday 12 January 2026"): an alert's or a notice's run.
_BESIDE_DAYS = 31


def _cued_header_date(lines: list[str]) -> date | None:
    """The first date right after a publication cue among the header lines (before the body). A
    cued day printed without its year ("Issued at 09:00 on Friday 9 January") takes it from a full
    date printed on another header line, on or up to a month after it (with its weekday, if named)."""
    head: list[str] = []
    in_body: list[bool] = []  # a paragraph of the story has been read by this line
    for place, line in enumerate(head_lines(lines)):
        if is_quoted_line(line):
            continue  # a quoted text's "Published 4 June 2009"
        if len(line) > _BODY_LINE:
            if is_standfirst(line, place):
                continue
            break
        in_body.append(bool(in_body and in_body[-1]) or _opens_body(line, place))
        head.append(line)
    yearless: Cand | None = None
    for line, body in zip(head, in_body):
        if _VERSION_LINE.match(line):
            continue  # "4.0 (released 9 September 2024)": a release of what the page lists, not the page's
        for c in find_candidates(line):
            spec = c.spec
            if spec is None or spec.gran != "D" or c.parts or spec.bc or not _PUBLISHED_CUE.search(line[max(0, c.start - 40):c.start]):
                continue
            if _OTHERS_DAY_CUE.search(line[max(0, c.start - 40):c.start]):
                continue  # "Passport issued: 2 June 2015": another paper's issue, not the page's
            if any(a <= c.start < b for a, b in _quoted_passages(line)):
                continue  # '"Council backs bypass. Published 4 June 2009. ..."': a quoted article's
            if c.kind == "abs" and not (body and _told(line)):
                # (in the story, "This article was originally published on 3 May 1971." is another text's day)
                return _day_of(_as_the_page_writes(c, line, "\n".join(lines)))
            # a yearless day only from the furniture: in the story, "Both were released on October 29"
            # is a happening told, not the page's issue day
            if c.kind == "under" and not body and spec.month is not None and spec.day is not None and yearless is None:
                yearless = c
    return _year_beside(yearless, head) if yearless is not None else None


def _cued_day_on_line(line: str, text: str) -> date | None:
    """The full date a publication cue introduces on a header line that prints another date first
    ("Session held on Tuesday 27 January 2026; published 28 January 2026.", "Minutes of the meeting of
    3 May 2025, approved and published on 12 May 2025."). Why: the line dates the page, and of its
    dates the page's own is the one it says it was published on; the first is the day of what it
    reports. (:func:`_cued_header_date` leaves such a line out when it reads as a sentence of the story.)"""
    for c in _full_days(line, text):
        before = line[max(0, c.start - 40):c.start]
        if c.kind == "abs" and _PUBLISHED_CUE.search(before) and not _OTHERS_DAY_CUE.search(before) \
                and not any(a <= c.start < b for a, b in _quoted_passages(line)):
            return _day_of(_as_the_page_writes(c, line, text))
    return None


def _told(line: str) -> bool:
    """``line`` is a sentence of the story: five words or more ending as a sentence ends."""
    return len(line.split()) >= 5 and bool(_SENTENCE_END.search(line))


def _year_beside(cand: Cand, head: list[str]) -> date | None:
    """``cand`` (a day and month) in the year that puts it on or up to :data:`_BESIDE_DAYS` before
    one of the full dates of ``head``, its weekday agreeing when it names one."""
    assert cand.spec is not None
    for line in head:
        for full in _full_days(line):
            last = _day_of(full)
            if last is None:
                continue
            for year in (last.year, last.year - 1):
                sp = span_of(cand.spec.with_(year=year))
                if sp and 0 <= (last - sp[0]).days <= _BESIDE_DAYS \
                        and (cand.spec.weekday is None or sp[0].weekday() == cand.spec.weekday):
                    return sp[0]
    return None


_SPOKEN_CUE = re.compile(r"(?i)\b(?:recorded|taped|filmed|interviewed|conducted|broadcast\s+live)\s*(?:on\s+|:\s*)?(?:[A-Z][a-z]+day,?\s+)?$")


def spoken_date(text: str) -> date | None:
    """The day a transcript's words were spoken, when its header says so ("Recorded on 3 November
    2022 and released on 10 November 2022"): what the speakers call "today", "yesterday" or
    "Monday" counts from that day, not from the day the page was published."""
    for seen, line in enumerate(_lines(text[:4000])):
        if seen >= HEAD_LINES or len(line) > _BODY_LINE:
            break
        for c in _full_days(line):
            if _SPOKEN_CUE.search(line[max(0, c.start - 40):c.start]):
                return _day_of(c)
    return None


# A web address the page was saved with: "https://news.example.com/2021/06/05/ring-road", "www.example.org/
# news/2021-06-05-floods". Sites put the publication day into the path.
_URL_TOKEN = re.compile(r"(?i)(?<!\S)(?:[a-z][a-z0-9+.-]*://|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)\S+")
_URL_DAY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/_.-]?)(0[1-9]|1[0-2]|[1-9])\2(0[1-9]|[12][0-9]|3[01]|[1-9])(?![0-9])")


def _url_day(line: str) -> date | None:
    """The one full day in the path of a web address standing on a header line of its own ("Source:
    <address>"; not a link inside a sentence), never a year or a month alone."""
    found: set[date] = set()
    for token in _URL_TOKEN.finditer(line):
        if len(line.strip()) - len(token[0]) > 30:
            continue  # "... as reported at www.example.com/2019/03/04/...": the body's link
        path = token[0].split("/", 3)[-1] if "://" in token[0] else token[0].split("/", 1)[-1]
        for m in _URL_DAY.finditer(path):
            if not m[2] and (len(m[3]) < 2 or len(m[4]) < 2):
                continue  # "2021615": no separator, so only two-figure month and day are read
            y, mo, d = int(m[1]), int(m[3]), int(m[4])
            if valid_day(y, mo, d):
                found.add(date(y, mo, d))
    return found.pop() if len(found) == 1 else None


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# A paragraph of the story: a dozen words or more ending as a sentence ends. Once one has been read
# (past the standfirst a headline may have), the header is over: a date line or a table row after
# it ("1 May 2024 | Scaffolding went up", "Date | Milestone") is the body's, not the page's stamp;
# only a line that says it dates the page ("Dated 4 April 2025" under a notice) still does.
_PARAGRAPH_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s*$")


def _opens_body(line: str, place: int) -> bool:
    """``line`` (the ``place``-th of the page) is a paragraph of the body, which ends the header."""
    return len(line.split()) >= _PARAGRAPH_WORDS and bool(_SENTENCE_END.search(line)) and not is_standfirst(line, place)


# An entry heading of a diary or log: a short line that opens with a day and month ("Wednesday 9
# March, La Paz", "12 March 2016 - Copacabana").
_ENTRY_LINE = 60
_ENTRY_OPENING = re.compile(r"(?i)^\W{0,2}(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")
# A numbered entry's label before its date: "Day 1 — Friday 4 April 2025", "Stage 3: 12 May".
_ENTRY_LABEL = re.compile(r"(?i)^\W{0,2}(?:day|entry|stage|leg|week|night|part)\s+\d{1,3}\s*[-–—:.,]\s*")
# A release's version before its date, as a changelog heads its entries: "2.3.1 - 2021-04-12", "## [1.4.0]
# - 2020-11-02", "v0.9 (2019-06-30)". (Its figures may be a dotted date, "12.03.2019 - Meeting": then the
# line opens with its date.)
_VERSION_LABEL = re.compile(r"(?i)^[#\s]*\[?v?\d{1,3}(?:\.\d{1,3}){1,3}\]?\s*[-–—:(]\s*")


# A line opening with a version number, as a release history heads its entries: "4.0 (released 9 September
# 2024)", "Version 2.1 - 12 May 2019", "v3.6.2: 14 March 2024". Its date is that release's, not the page's.
_VERSION_LINE = re.compile(r"(?i)^[#\s]*(?:version\s+|release\s+)?\[?v?\d{1,3}(?:\.\d{1,3}){1,3}\]?"
                           r"(?=\s*[-–—:(,]|\s+(?:released|published|issued)\b)")


_RELEASED_WORD = re.compile(r"(?i)(?:released|published|issued)\s+(?:on\s+)?")


def _opening_day(line: str, reach: int):
    """The first date candidate in ``line``'s first ``reach`` characters when it stands at the line's
    start and names a day (None otherwise): what a table row and a diary entry both open with."""
    c = next(iter(find_candidates(line[:reach])), None)
    if c is None or c.start > 2 or c.spec is None or c.spec.gran != "D" or c.spec.day is None:
        return None
    return c


def _opens_with_full_day(line: str) -> bool:
    """``line`` opens with a day, month and year ("13/08/2022 | Kelton Town | Home | W 2-0")."""
    c = _opening_day(line, 40)
    return c is not None and c.kind == "abs" and not c.spec.bc


@memo(maxsize=4)
def _table_rows(text: str) -> frozenset[str]:
    """The rows of a table whose first column is a date: two or more lines in a row, each opening with
    a full day and without a clock time (a fixture list's "13/08/2022 | Kelton Town | Home | W 2-0", a
    sale history's "14/02/2008  £180,000"; not a diary's "12.03.2019. Concrete poured."). No row is
    the page's stamp, and unlike a diary's entry headings, each with its entry below, they do not make
    the page a log: a match report above its results table still counts its "Saturday" from the day it
    was written. (A log's entries, each with its clock time, are
    :func:`~explorer.temporal.page_lines.is_log_entry`'s.)"""
    lines = _lines(text[:20000])
    opens = [len(line) <= 2 * _ENTRY_LINE and bool(_ENTRY_OPENING.match(line)) and not is_log_entry(line)
             and not _dated_paragraph(line) and _opens_with_full_day(line) for line in lines]
    rows = set()
    for i, line in enumerate(lines):
        if opens[i] and (i > 0 and opens[i - 1] or i + 1 < len(lines) and opens[i + 1]):
            rows.add(line)
    return frozenset(rows)


# What follows a diary's date opening its entry's paragraph: a full stop and the entry's first sentence.
_ENTRY_STOP = re.compile(r"\.\s+[A-Z]")


def _dated_paragraph(line: str) -> bool:
    """``line`` is a diary's or a ship's log's entry that opens with its day and a full stop ("1 October
    1917. Battalion in billets at ...", "Tuesday 10 April. Passed the light before breakfast."): the
    date heads the entry as a heading line would."""
    c = _opening_day(line, 60)
    return c is not None and c.spec.month is not None and _ENTRY_STOP.match(line, c.end) is not None


def _entry_headings(text: str, enough: int = 3) -> int:
    """How many short lines open with a day-and-month date (up to ``enough``): a diary's or a log's
    entry headings (not the rows of a table of dates)."""
    return len(_entry_heading_lines(text, enough))


def _entry_heading_lines(text: str, enough: int = 3) -> list[tuple[str, Cand | None]]:
    """The first ``enough`` entry headings of :func:`_entry_headings`, each with the date that opens it
    (None where the grammar reads none at the line's start)."""
    found: list[tuple[str, Cand | None]] = []
    rows = _table_rows(text)
    for line in _lines(text):
        if len(found) >= enough:
            break
        if line in rows:
            continue
        if _ENTRY_OPENING.match(line) and (is_log_entry(line) or _dated_paragraph(line)):
            # "2025-01-07 03:12 UTC  Monitoring reports ...": a log's entry, however long its line
            found.append((line, _opening_day(line, 60)))
            continue
        label = _ENTRY_LABEL.match(line) or _VERSION_LABEL.match(line)
        if label is not None and any(c.spec is not None and c.spec.gran == "D" for c in find_candidates(label[0])):
            label = None  # "12.03.2019 - Meeting": a dotted date, no version
        skip = label.end() if label else 0
        if label is not None and (released := _RELEASED_WORD.match(line, skip)) is not None:
            skip = released.end()  # "4.0 (released 9 September 2024)"
        if len(line) > _ENTRY_LINE or not _ENTRY_OPENING.match(line[skip:]):
            continue
        for c in find_candidates(line):
            if c.start < skip:
                continue  # the label's own "Day 1"
            if c.start > skip + 2:
                break
            if c.spec is not None and c.spec.gran == "D" and c.spec.month is not None and c.spec.day is not None:
                found.append((line, c))
                break
    return found


#: How far past the page's date a listing of what is on may run.
_LISTING_DAYS = 183
#: The hour a listing gives its event on the same line ("10am–noon", "6.30pm", "19:30").
_LISTED_HOUR = re.compile(r"(?i)\b\d{1,2}(?:[.:][0-5]\d)?\s*[ap]\.?m\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")


def _coming_listing(text: str, header: str, day: date) -> bool:
    """The dated lines that make the page look like a log are a listing of what is on after the day
    its header prints, below the body that follows the header (a newsletter's "What's on" column
    under its news: "Sat 17 Oct, 10am–noon: Litter pick"), not a diary's entries: the header's day is
    the page's. Each listed line gives the hour of what it lists, on the line itself, as a diary's
    entry headings ("Saturday 17 October", "12 May. Arrived at the hut") do not."""
    entries = [(line, c) for line, c in _entry_heading_lines(text[:20000], 4) if line != header]
    at = text.find(header)
    if len(entries) < 2 or at < 0 or not all(_LISTED_HOUR.search(line) for line, _c in entries):
        return False
    lines = _lines(text[:20000])
    body = next((i for i, line in enumerate(lines) if text.find(line, at) > at and _opens_body(line, i)), None)
    if body is None:
        return False
    body_at = text.find(lines[body], at)
    for line, c in entries:
        if line == header or text.find(line, at) <= body_at or c is None or c.spec is None \
                or c.spec.month is None or c.spec.day is None:
            return False
        year = c.spec.year if c.spec.year is not None else day.year
        if not valid_day(year, c.spec.month, c.spec.day):
            return False
        when = date(year, c.spec.month, c.spec.day)
        if when < day and c.spec.year is None and valid_day(year + 1, c.spec.month, c.spec.day):
            when = date(year + 1, c.spec.month, c.spec.day)  # "Sat 9 Jan" listed in a December issue
        if not 0 < (when - day).days <= _LISTING_DAYS:
            return False
    return True


def is_dated_log(text: str) -> bool:
    """A diary or a log, whose entries each print their own day: the first entry's date is not the
    page's, and nothing in the text says when the whole was written."""
    return _entry_headings(text[:20000]) >= 3 or _two_entries(text[:20000])


# How far apart a short diary's two entries may be.
_ENTRIES_APART_DAYS = 366


def _entry_day(line: str) -> date | None:
    """The full day a diary's entry heading is ("Tuesday 3 May 1910", "4 May 1910, Kelton"): a short
    line that is its date, and a place after a comma at most."""
    if len(line) > _ENTRY_LINE or not _ENTRY_OPENING.match(line):
        return None
    days = _full_days(line)
    if len(days) != 1 or days[0].start > 2:
        return None
    rest = line[days[0].end:].strip()
    if rest and not re.fullmatch(rf",\s*{_PLACE}\.?", rest):
        return None
    return _day_of(days[0])


def _two_entries(text: str) -> bool:
    """A diary of two entries: the page (under a title at most) opens with an entry heading and its
    entry, and a second heading a little later, with its own entry below that does not announce
    (a programme's next meeting is announced). Minutes head one meeting; a page of events lists its
    days with their hours and venues (not an entry heading's bare date)."""
    lines = _lines(text)
    firsts = [i for i in (0, 1) if i < len(lines) and _entry_day(lines[i]) is not None]
    if not firsts:
        return False
    first = firsts[0]
    day = _entry_day(lines[first])
    assert day is not None
    if first + 1 >= len(lines) or not _opens_body(lines[first + 1], first + 1) and len(lines[first + 1]) < _ENTRY_LINE:
        return False
    at = text.find(lines[first]) + len(lines[first])
    for i in range(first + 1, len(lines) - 1):
        later = _entry_day(lines[i])
        at = text.find(lines[i], at)
        if later is None:
            continue
        return 0 < (later - day).days <= _ENTRIES_APART_DAYS and len(lines[i + 1]) >= _ENTRY_LINE \
            and not _announces(text, at + len(lines[i]))
    return False


#: A byline alone on its line, "By Hester Quayle" or "By Corin Vale, sports reporter", and how far down
#: the page one still ends a standfirst (headline, summary, byline, date line).
_BYLINE_LINE = re.compile(r"^\W{0,2}[Bb]y\s+[A-Z][^.!?\n]{0,70}$")
_BYLINE_REACH = 3


#: A stamp of the day a standing page was last checked, not written: "Still current at: 22 October 2025",
#: "Current at 3 May", "Last checked: ...". It says the page still held then; the day its words were written
#: is the "Updated" or "Published" line beside it, when the page prints one.
_CHECKED_ON = re.compile(r"(?i)\b(?:still\s+current|current\s+at|last\s+checked|checked\s+on|valid\s+as\s+at)\b")
_WRITTEN_CUE = re.compile(r"(?i)\b(?:updated|published|posted|issued|last\s+modified|released)\b")


def _written_on_another_line(lines: list[str], place: int, text: str) -> bool:
    """Whether a header line near ``place`` prints the day the page was written (an "Updated" or
    "Published" line with a full date)."""
    return any(i != place and _WRITTEN_CUE.search(other) and _header_line(other, text) is not None
               for i, other in enumerate(lines[:place + 5]) if i >= place - 4)


#: an almanac's or a "Today in History" column's opening: "Today is Saturday, May 9, the 129th day of
#: 2026.", "Today is Monday 3 March 2025."; the year, when the day is written without it, from "the Nth
#: day of 2026"
_TODAY_IS = re.compile(r"(?i)^\W{0,2}today\s+is\s+")
_DAY_OF_YEAR = re.compile(r"(?i)\bday\s+of\s+(?:the\s+year\s+)?((?:1[6-9]|20)\d\d)\b")


def _today_is(line: str) -> date | None:
    """The day a line opening "Today is" names: the page is written on it (a wire's "Today in
    History", a newsletter's almanac). None for any other line."""
    opening = _TODAY_IS.match(line)
    if opening is None:
        return None
    for c in find_candidates(line):
        if c.start > opening.end() + 12 or c.spec is None or c.spec.gran != "D" or c.parts or c.spec.bc:
            continue
        if c.kind == "abs":
            return _day_of(c)
        year = _DAY_OF_YEAR.search(line, c.end)
        if year is not None and c.spec.month is not None and c.spec.day is not None:
            try:
                return date(int(year.group(1)), c.spec.month, c.spec.day)
            except ValueError:
                return None
    return None


def printed_document_date(text: str, path: str = "") -> tuple[date, Printed] | None:
    """The date the page prints for itself, and whether a header line or a dateline said it.

    Looks at the first lines (a header line, a stamp, or a dateline opening the first paragraph,
    however long) and, failing those, at a "Posted on"/"Published" footer in the last lines. A
    dateline without its year in the week up to the day in the file's name (``path``; "WARSAW,
    February 26 (Xinhua) --" in XIE19990227.0171) leaves the date to the name, which has the year
    and the day the story was filed; guessed from the text, the year can be a year off."""
    slugged = filed_day(text)
    if slugged is not None:
        return slugged, "header"  # "AP-NY-08-07-97 1947EDT" over the headline or under the story
    lines = _lines(text[:4000])
    url: date | None = None
    in_body = False
    events = event_day_lines(lines)
    event_day: date | None = None  # "Event: Open Day" / "Date: 12 May 2025": the page's date only if nothing else is
    for place, line in enumerate(head_lines(lines)):
        if is_quoted_line(line):
            continue  # "> Published 4 June 2009": the date of a text the page quotes
        dateline = _dateline(line)
        if dateline is not None:
            if dateline.kind != "abs" and _year_from_name(path, dateline) is not None:
                return None  # the file's name says the day it was filed, with its year: that route dates it
            when = _day_of(dateline) if dateline.kind == "abs" else _year_for(text, dateline) or _copyright_year_for(text, dateline) \
                or _lead_weekday_year_for(text, line, dateline)
            if when is not None:
                return when, "dateline"
        elif (foreign := foreign_dateline_day(line)) is not None:
            return foreign, "dateline"  # "КИЇВ, 3 березня 2026 р. —": a date in a language the grammar does not read
        today = _today_is(line)
        if today is not None:
            return today, "header"  # an almanac's "Today is Saturday, May 9, the 129th day of 2026."
        if len(line) > _BODY_LINE:
            if is_standfirst(line, place):
                continue  # the summary under the headline; the byline and its date may follow
            break  # the body has begun: its dates are events
        if line in events:
            days = _full_days(line, text)
            event_day = event_day or (_day_of(days[0]) if days else None)
            continue
        found = None if line in _table_rows(text) or _VERSION_LINE.match(line) else _stamp(line) or month_name_stamp(line) or _header_line(line, text)
        if found is not None and _CHECKED_ON.search(line) and _written_on_another_line(lines, place, text):
            continue  # "Still current at: 22 October" over "Updated: 20 October": the day it was checked, not written
        if found is None and _opens_body(line, place):
            in_body = True  # a paragraph of the story: a date line or a table row below it is the body's
        elif in_body and place <= _BYLINE_REACH and _BYLINE_LINE.match(line):
            # "By Corin Vale, sports reporter" under the paragraph: that was the standfirst (it named
            # "on Sunday", so it was not known for one), and the byline's date line below is the page's
            in_body = False
        if in_body:
            if found is None or not FOOTER_CUE.search(line):
                continue  # only a cued line ("Dated 4 April 2025", "Posted on ...") still dates the page
        else:
            url = url or _url_day(line)
        if found is not None and is_dated_log(text) and not _BYLINE.search(line) and not _coming_listing(text, line, found):
            url = None
            break  # "Monday 7 March 2016, La Paz" heads the first of a diary's entries; a sign-off may date it
        if found is not None and is_sign_off(line):
            found = latest_sign_off(text) or found  # a notices page's first sign-off; the page has them all
        if found is not None and _MAIL_HEADER.match(line):
            found = max([found, *_mail_header_days(text)])  # a thread printed oldest first: its latest message's day
        if found is not None and _undecided_order(line, text):
            # "05/06/2024" on a page that never says whether it writes the day or the month first:
            # a date another header line prints beyond doubt ("Updated 2024-06-09") is the page's,
            # rather than one reading of the figures taken silently
            found = _plain_header_date(lines, place, text) or found
        if found is not None:
            # a headline's date is the story's; a "Posted on"/"released on" date further down the
            # header is the page's own, and so is a byline's or a stamp's below a headline naming a day
            own = _cued_header_date(lines) or _cued_day_on_line(line, text) \
                or (_names_a_day(line) and _dated_byline_below(lines, place)) or None
            if own is None and not _BYLINE.search(line) and _story_goes_past(text, found):
                continue  # "7 December 1941" over a history that goes on to 1946: the story's first day
            return own or found, "header"
    if url is not None:
        return url, "header"  # the address the page was saved from, when no line prints a date
    cued = _cued_header_date(lines)
    if cued is not None:
        return cued, "header"  # "Recorded on ... and released on 10 November 2022": a line too long for a byline
    released = _release_end_date(text)
    if released is not None:
        return released, "header"
    yearless = _yearless_header_day(lines, text)
    if yearless is not None:
        return yearless, "header"  # "Mar 3 · Jane Roe" over a page whose foot says "© 2026 Valley Gazette"
    for line in foot_lines(_lines(text[-1500:]), _FOOT_LINES):
        if len(line) <= _BODY_LINE and FOOTER_CUE.search(line) and not is_quoted_line(line) and not _VERSION_LINE.match(line):
            # "Posted on ...", "Dated this 9th day of September 2024", "Published in ... from Apr. 16 to
            # Apr. 18, 2025", "Report approved 2025-01-10": a sign-off or a publication line at the foot
            found = _header_line(line, text) or day_of_month_form(line) or first_day_of_run(line)
            if found is not None:
                return found, "header"
    signed = _signed_day(text)
    if signed is not None:
        return signed, "header"  # "Margaret Odell" / "Chair" / "14 March 2024" under a letter
    if event_day is not None:
        return event_day, "header"  # the event's fact box is all the page prints
    return None


# A mail's header line with its day: "Date: Tue, 3 Mar 2026 09:14:00 +0000", "Sent: Tuesday, March 3,
# 2026 9:14 AM", or a printed thread's "Jo Pike <jo@example.org>  Tue, Mar 3, 2026 at 9:14 AM".
_MAIL_HEADER = re.compile(r"(?i)^\s*(?:date|sent)\s*:\s*\S|^[^<>\n]{1,60}<[^<>@\s]+@[^<>\s]+>[ \t]+\S")


def _mail_header_days(text: str) -> list[date]:
    """The days of every mail header line of ``text`` (not of the mails it quotes with "> ").

    A saved thread is dated by its latest message: a reply prints it on top, a printed thread
    (oldest first) at the foot; either way the page holds every message, so it was saved on the
    latest day or after. (An "On ... wrote:" line dates only the mail it quotes: the reply above it
    was written then or later, and its own day is not printed.)"""
    days = []
    for line in _lines(text[:20000]):
        if _MAIL_HEADER.match(line) and not is_quoted_line(line):
            days.extend(d for d in (_day_of(c) for c in _full_days(line, text)) if d is not None)
    return days


def _plain_header_date(lines: list[str], place: int, text: str) -> date | None:
    """The date of a header line below the ``place``-th whose figures cannot be read two ways,
    before the body begins."""
    for seen, line in enumerate(lines[place + 1:place + HEAD_LINES], start=place + 1):
        if len(line) > _BODY_LINE or _opens_body(line, seen):
            return None
        if is_quoted_line(line) or _undecided_order(line, text):
            continue
        found = _stamp(line) or month_name_stamp(line) or _header_line(line, text)
        if found is not None:
            return found
    return None


# The line that ends a press release's text: "ENDS", "-ends-", "###", "- 30 -".
_RELEASE_END = re.compile(r"(?i)^\W*(?:ends|#\s*#\s*#|-\s*30\s*-)\W*$")
_RELEASE_END_REACH = 2  # lines either side of the marker
_RELEASE_TAIL_LINES = 25


def _release_end_date(text: str) -> date | None:
    """The date a press release prints beside the marker that ends its text ("-ENDS-" / "14 May 2018",
    or "London, 14 May 2018" / "###"), on a short line of its own: the day it was issued, however many
    notes to editors follow."""
    lines = _lines(text[-3000:])[-_RELEASE_TAIL_LINES:]
    for i, line in enumerate(lines):
        if not _RELEASE_END.match(line):
            continue
        for near in lines[max(0, i - _RELEASE_END_REACH):i] + lines[i + 1:i + 1 + _RELEASE_END_REACH]:
            if len(near) < _ENTRY_LINE and not _RELEASE_END.match(near):
                found = _header_line(near)
                if found is not None:
                    return found
    return None


_HEADLINE_WORDS = 3


def _names_a_day(line: str) -> bool:
    """``line`` is a headline that names a day ("Flood of 3 March 2021: a month on"): a few words
    besides its date, none of a byline's or a stamp's."""
    rest = line
    for c in reversed(find_candidates(line)):
        rest = rest[:c.start] + " " + rest[c.end:]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) >= _HEADLINE_WORDS and not _BYLINE.search(rest)


def _dated_byline_below(lines: list[str], place: int) -> date | None:
    """The date of a byline or a stamp line among the header lines below the ``place``-th ("By Ann
    Lee, 2 April 2021", "Thu 6 Feb 2025 07.42 GMT"), before the body begins."""
    for seen, line in enumerate(lines[place + 1:place + HEAD_LINES], start=place + 1):
        if len(line) > _BODY_LINE or _opens_body(line, seen):
            return None
        found = _stamp(line) or month_name_stamp(line) or _header_line(line)
        if found is not None and not _names_a_day(line):
            return found
    return None


def _signed_month(text: str) -> tuple[date, date] | None:
    """The month a letter or report is signed in, on a line of its own among the last lines
    ("Margaret Odell, Chair" / "February 2024"): it was written in that month, no later."""
    for line in _lines(text[-600:])[-_FOOT_LINES:]:
        line = line.strip()
        if len(line) > 40:
            continue
        for c in find_candidates(line):
            if c.kind != "abs" or c.spec is None or c.spec.gran != "M" or c.parts or c.spec.bc:
                continue
            if c.end == len(line.rstrip(".")) and (c.start == 0 or re.fullmatch(rf"{_PLACE},\s*", line[:c.start])):
                return span_of(c.spec)
    return None


#: A signature's lines above the day a letter is signed on: a name, a title ("Margaret Odell" / "Chair").
_SIGNATURE_LINE = 50


def _signed_day(text: str) -> date | None:
    """The day a letter or report is signed on, the page's last line, under the signature's name or
    title ("Chair" / "14 March 2024", "Tomas Reyes, Secretary" / "Kelby, 2 May 2025"): it was written
    that day. A line above that ends a sentence or names a date is the text's, not a signature."""
    lines = [line.strip() for line in _lines(text[-600:])]
    if len(lines) < 3:
        return None
    last, above = lines[-1], lines[-2]
    if len(last) > 40 or len(above) > _SIGNATURE_LINE or _SENTENCE_END.search(above) or find_candidates(above):
        return None
    for c in find_candidates(last):
        if c.kind != "abs" or c.spec is None or c.spec.gran != "D" or c.spec.day is None or c.parts or c.spec.bc:
            continue
        if c.end == len(last.rstrip(".")) and (c.start == 0 or re.fullmatch(rf"{_PLACE},\s*", last[:c.start])):
            return _day_of(c)
    return None


def find_document_date(text: str) -> date | None:
    """The printed document date, if any (see :func:`printed_document_date`)."""
    printed = printed_document_date(text)
    return printed[0] if printed else None


def start_of_sentence(ctx: Context, pos: int) -> int:
    # A binary search (resolve's): scanning the sentences for each reported date was quadratic.
    return sentence_of(ctx, pos)[0]


def _year_from_name(path: str, dateline: Cand) -> date | None:
    """A yearless dateline in the week up to the day the file is named by (wire copy is filed on the
    day of its dateline or just after)."""
    if not path or dateline.spec is None:
        return None
    named = filename_date(path)
    if named is None:
        return None
    for y in (named.year, named.year - 1):
        sp = span_of(dateline.spec.with_(year=y))
        if sp and 0 <= (named - sp[0]).days <= 7:
            return sp[0]
    return None


# How close before a yearless dateline's day the latest reported day or month must end to give the
# dateline its year: a story filed on "Oct. 27" that reports "on Oct. 20, 2021" is from 2021; one that
# only mentions "April 2020" or "in 2005" could be from any later year.
_DATELINE_REACH_DAYS = 45


def _year_for(text: str, dateline: Cand) -> date | None:
    """A yearless dateline ("HAVANA, August 7 (Xinhua) --") in the year of a day or month the text
    reports close before it (up to :data:`_DATELINE_REACH_DAYS`); else None, the year is unknown.

    The first such day after the latest reported date, however distant, was right for one dateline
    in six: a story reports last year's dividend cut or a quake of thirteen years before as readily
    as last week's news, so only a date that leads up to the dateline's day says its year."""
    latest, gran, _, _ = _reported(text, date.today())
    if latest is None or dateline.spec is None or gran not in ("D", "M"):
        return None
    for y in (latest[0].year, latest[0].year + 1):
        sp = span_of(dateline.spec.with_(year=y))
        if sp and sp[0] >= latest[0] and (sp[0] - latest[1]).days <= _DATELINE_REACH_DAYS:
            return sp[0]
    return None


def _copyright_year_for(text: str, dateline: Cand) -> date | None:
    """A yearless dateline ("LOWMOOR, March 14 (Coast News) -") in the year of the page's copyright line
    (see :mod:`~explorer.temporal.copyright_years`), when nothing nearer gave it one: not when that day,
    with its weekday if the dateline names one, did not fall in that year, lies after today, or comes
    before a day the text reports as past (then the notice is a later year's)."""
    year = copyright_year(text)
    if year is None or dateline.spec is None:
        return None
    sp = span_of(dateline.spec.with_(year=year))
    if sp is None or sp[0] > date.today() or dateline.spec.weekday is not None and sp[0].weekday() != dateline.spec.weekday:
        return None
    latest, _, _, _ = _reported(text, date.today())
    if latest is not None and latest[0] > sp[0]:
        return None
    return sp[0]


#: A stamp's date set off from the rest of its line by a separator: "Mar 3 · Jane Roe", "Jane Roe — 3 March".
_STAMP_SEPARATED = re.compile(r"^[|•·–—/]|[|•·–—/]$")


def _yearless_header_day(lines: list[str], text: str) -> date | None:
    """A month and day printed without a year on a byline or stamp line of the header ("Mar 3 · Jane
    Roe", "Tuesday 3rd March", "3 March | By Jane Roe"), in the year of the page's copyright line, as a
    yearless dateline takes it (:func:`_copyright_year_for`: its weekday must fit, the day must not lie
    after today nor before what the text reports as past). Why: a blog's or a small paper's header
    often leaves the year to the footer, and with no date the page's "yesterday" and "on Tuesday" were
    left undated or dated from the day the page was read. Not a headline's day ("Storm of 3 March
    hits coast"), an event's fact line, a run's day ("until 3 March") nor a line of the story."""
    events = event_day_lines(lines)
    for place, line in enumerate(head_lines(lines)):
        if len(line) > _BODY_LINE or _opens_body(line, place):
            return None  # the body has begun: its yearless dates are what it tells
        if is_quoted_line(line) or line in events or _told(line):
            continue
        for c in find_candidates(line):
            spec = c.spec
            if c.kind != "under" or c.parts or spec is None or spec.gran != "D" or spec.month is None or spec.day is None:
                continue
            before = line[max(0, c.start - 40):c.start]
            if _RUN_CUE.search(before[-24:]) or _LIFE_CUE.search(before) or _OTHERS_DAY_CUE.search(before) \
                    or _RECALLED_CUE.search(before) or FOUNDED_CUE.search(before) or announces_day(line[:c.start]):
                continue
            rest = (line[:c.start] + line[c.end:]).strip()
            if len(rest) < 4 or _BYLINE.search(rest) or _PUBLISHED_CUE.search(before) or _STAMP_SEPARATED.search(rest):
                return _copyright_year_for(text, c)
    return None


def _lead_weekday_year_for(text: str, line: str, dateline: Cand) -> date | None:
    """A yearless dateline ("BRESKA, Aug 6 (Tidewire) - ... reported a loss on Wednesday") in the year
    near the latest the text states in which alone its day falls on a weekday its lead names (see
    :mod:`~explorer.temporal.dateline_weekday`), when nothing nearer gave it one; not before what the
    text reports as past, and not on a page whose copyright line gives its year (that year's weekday
    did not fit the dateline's own, so the two disagree)."""
    spec = dateline.spec
    if spec is None or spec.month is None or spec.day is None:
        return None
    if has_copyright_notice(text):
        return None  # the page's own year (or years), which _copyright_year_for did not find fitting
    weekdays = frozenset({spec.weekday}) if spec.weekday is not None else lead_weekdays(line[dateline.end:])
    years = _stated_years(text)
    if len(years) < 2:
        return None  # one year told, most often a past one ("last struck in March 2019"), says too little
    latest, _, _, _ = _reported(text, date.today())
    then = year_by_lead_weekday(spec.month, spec.day, weekdays, years, date.today(),
                                latest[0] if latest is not None else None, _years_told_as_past(text))
    if then is None or _told_as_past_after(text, then):
        return None
    return then


#: a sentence that looks ahead: its dates may lie after the day it was written
_LOOKS_AHEAD = re.compile(r"(?i)\b(?:will|would|shall|plans?|planned|expects?|expected|due|forecasts?|hopes?|aims?|"
                          r"scheduled|set\s+to|to\s+be|next|until|by)\b")


def _told_as_past_after(text: str, day: date) -> bool:
    """Whether the text tells a month or a day after ``day`` in a sentence that does not look ahead
    ("Their union was founded in March 2001" rules out 12 February 2001 as the story's day, whatever
    _reported leaves out as an aside): what is told in the past never lands after the page's day. A
    bare year is left to _reported, which reads its tense ("backed a rise of 4 percent in 2027" in a
    past sentence is a plan)."""
    spans = sentence_spans(text)
    for c in find_candidates(text):
        for part in (c.parts or [c]):
            sp = span_of(part.spec) if part.kind == "abs" and part.spec is not None and part.spec.year is not None \
                and part.spec.month is not None and not part.spec.bc else None
            if sp is None or sp[0] <= day:
                continue
            sentence = next(((a, b) for a, b in spans if a <= part.start < b), (0, len(text)))
            if not _LOOKS_AHEAD.search(text, *sentence):
                return True
    return False


def signed_day_after_reported(text: str, spec: Spec, today: date | None = None) -> date | None:
    """A day and month a letter is signed on without its year ("— Tom, 14 March") in the year that puts
    it first on or after what the text reports as past: on or after its latest reported day or month
    ("the vote on 20 March 2025" signed "14 March": 2026), and after the end of a year it reports as a
    whole ("the 2025 season was our best yet", "our accounts for 2024 show": the year is over). None when
    the text reports nothing past, or when that day is after ``today``."""
    today = today or date.today()
    latest, gran, _, _ = _reported(text, today)
    if latest is None:
        return None
    start = date.fromordinal(latest[1].toordinal() + 1) if gran == "Y" else latest[0]
    for y in (start.year, start.year + 1):
        sp = span_of(spec.with_(year=y))
        if sp and sp[0] >= start:
            return sp[0] if sp[0] <= today else None
    return None


def yearless_dateline(text: str) -> Cand | None:
    """The dateline opening the text when it prints a month and day without a year ("DETROIT, Oct. 27
    --"): the page says its day, so no other day may be inferred for it."""
    for line in head_lines(_lines(text[:4000])):
        found = _dateline(line)
        if found is not None:
            return found if found.kind != "abs" else None
        if len(line) > _BODY_LINE:
            break
    return None


def dateline_month_day(text: str, days: int) -> str | None:
    """The month and day ``days`` after the day a yearless dateline opening the text prints, as a
    TIMEX3 value without its year ("VELDEN, March 14 (Northwire) -" and -1: "XXXX-03-13"): the story
    was written on its dateline's day, so its "yesterday" is the day before that one, though the year
    stays unknown. None when there is no such dateline, it names no day, or the count crosses the end
    of a February (whether a 29th lies between depends on the year)."""
    found = yearless_dateline(text)
    spec = found.spec if found is not None else None
    if spec is None or spec.month is None or spec.day is None:
        return None
    ends = set()
    for year in (2001, 2000):  # a common year and a leap one
        if not valid_day(year, spec.month, spec.day):
            continue
        then = date.fromordinal(date(year, spec.month, spec.day).toordinal() + days)
        ends.add((then.month, then.day))
    if len(ends) != 1:
        return None
    month, day = ends.pop()
    return f"XXXX-{month:02d}-{day:02d}"


# How many days after its dateline's day wire copy may carry as its date: written on the day the
# dateline prints, it is filed, archived or posted that night or a day or two later.
_FILED_AFTER_DAYS = 3


def dateline_day_before(text: str, dct: date) -> date | None:
    """The day a dateline opening the text prints ("WASHINGTON, March 12 (Xinhua) --", "BONN, 4 June
    2021 --"), when it falls a day to :data:`_FILED_AFTER_DAYS` days before the document date the
    text was given: the story was written on its dateline's day and dated when it was filed or
    archived, so what it calls "today" or "yesterday" counts from the dateline (a Xinhua story
    datelined March 12 and filed March 13 says "a great day" of the 12th). A dateline on the
    document date or after it, or a week before it, says nothing about the writing."""
    for line in head_lines(_lines(text[:4000])):
        found = _dateline(line)
        if found is not None and found.spec is not None:
            if found.kind == "abs":
                day = _day_of(found)
            else:
                spans = (span_of(found.spec.with_(year=y)) for y in (dct.year, dct.year - 1))
                day = next((sp[0] for sp in spans if sp and sp[0] <= dct), None)
            if day is not None and 1 <= (dct - day).days <= _FILED_AFTER_DAYS:
                return day
            return None
        if len(line) > _BODY_LINE:
            break
    return None


# "A replay is available through midnight, November 5, 2021", "open until 3 March": in the present
# tense the end of an offer or a run lies ahead of the writing ("ran through March 3" does not).
# "The toll-free period expires on 30 June 2023", "the offer ends in May 2022": the same in so many words.
_OPEN_UNTIL = re.compile(r"(?i)\b(?:through|thru|until|till)\b[^.;\n]{0,20}$|"
                         r"\b(?:ends|expires|closes|lapses|runs\s+out|concludes|finishes)\s+(?:on|in|at\s+the\s+end\s+of)?\s*$")
# "full sale rights on or after March 22, 2013", "notes maturing on 1 June 2031", "installments
# beginning March 22, 2011": the terms of a contract or an offer name days it runs to, in any tense;
# taken for something reported, a 2011 earnings release was dated 2013 and its "a year ago" was 2012.
_TERMS_CUE = re.compile(r"(?i)\b(?:on\s+or\s+(?:after|before)|no\s+later\s+than|not\s+(?:before|later\s+than)|"
                        r"beginning|starting|commencing|matur(?:es|ing|ity)|expir(?:es|ing|y|ation)|due)"
                        r"\s+(?:on\s+|in\s+|date\s+(?:of\s+)?)?$")
# "© 2020 Lowmoor Gazette", "Copyright (c) 2019": the year a page's rights date from says nothing of what
# the text reports, nor of the day it was written.
_COPYRIGHT_CUE = re.compile(r"(?i)(?:©|\(c\)|\bcopyright)\s*$")
# "its worst week since May 2012", "the biggest jump since it gained 1 percent in February 1981": the
# point a record is measured from lies any time before the writing, often years; it says too little to
# date the text by (inferred from it, a 2008 market report was dated 1981).
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\b[^.;:!?\n]{0,40}$")


def _listed_event(text: str, cand: Cand) -> bool:
    """``cand`` opens a line of a listing with its time and venue ("Thursday 20 November 2025, 7.30pm,
    Town Hall") and the words after it speak of what is to come: the day of what a notice
    announces, neither the page's date nor a day the text reports. Minutes head their meeting the
    same way ("Tuesday 11 March 2025 at 7pm in the Village Hall") and then report it in the past;
    but they head one meeting: a listing that has another line headed by its day ("Saturday 12
    October 2024, 2pm–5pm" / "Autumn fair, ..." / "Thursday 17 October 2024, 7.30pm" / ...) is a
    page of events, whatever its tense."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    before = text[line_start:cand.start]
    if before.strip(" \t*•-") and not EVENT_DAY_LABEL.match(before):
        return False
    if is_event_listing(text[cand.end:cand.end + 120], cand):
        return _announces(text, cand.end) or _lists_events(text)
    line_end = text.find("\n", cand.end)
    # on a page of events, a short line headed by a day is one more of its events ("Thursday 17
    # October 2024, 7.30pm" with its venue on the next line), not the page's stamp
    return len(text[line_start:line_end if line_end >= 0 else len(text)]) <= _ENTRY_LINE and _lists_events(text)


@memo(maxsize=4)
def _lists_events(text: str) -> bool:
    """A page of events: two or more short lines headed by their day (see :func:`_entry_headings`),
    one of them an event's ("Saturday 12 October 2024, 2pm–5pm"). Minutes head their one meeting
    so, a diary its entries without an event's hours."""
    if _entry_headings(text, 2) < 2:
        return False
    for line in _lines(text[:20000]):
        if len(line) > _ENTRY_LINE or not _ENTRY_OPENING.match(line):
            continue
        for c in find_candidates(line):
            if c.start <= 2 and c.spec is not None and c.spec.gran == "D" and is_event_listing(line[c.end:c.end + 120], c):
                return True
            break
    return False


def _announces(text: str, after: int) -> bool:
    """Whether one of the first two sentences after ``after`` is in the future tense ("The choir will
    sing ...", "It will be an offence ...")."""
    ctx = Context(text, None, False, False, sentence_spans(text), tense_markers=tense_markers(text))
    told = 0
    for a, b in ctx.sentences:
        if b <= after or len(text[max(a, after):b].split()) < 4:
            continue
        if tense_at(ctx, max(a, after)) == "future":
            return True
        told += 1
        if told == 2:
            break
    return False


def _anaphoric_season(text: str, c: Cand) -> bool:
    """``c`` is a season or a month named with "the" and no day ("By the summer forty people had joined",
    "in the spring of that year"): a history's time told from its own last date, not from the writing."""
    spec = c.spec
    return spec is not None and spec.day is None and spec.weekday is None \
        and (text[c.start:c.end].lower().startswith("the ") or text[max(0, c.start - 4):c.start].lower() == "the ")


@memo(maxsize=4)
def _reported(text: str, today: date) -> tuple[tuple[date, date] | None, str, tuple[Cand, ...], bool]:
    """The latest explicit date the text reports (not a plan, not a quoted title, not after
    ``today``), its granularity, the past yearless day-and-month dates, and whether anything counts
    from the day the text was written (an offset from it, "last week", or a date without its year).

    Kept for the last texts: the ingest route asks twice for a file whose name holds a date (is
    the text's latest past date after it? if so, what date does the text itself give?)."""
    cands = coordinate(text, find_candidates(text))
    ctx = Context(text, None, False, False, sentence_spans(text), tense_markers=tense_markers(text))
    quotes = quoted_spans(text)
    quoted = quoted_lines(text)  # a mail or an article quoted whole: its dates, and what it counts from them, are its own
    links = links_at_foot(text)
    latest: tuple[date, date] | None = None
    latest_gran = ""
    loose: list[Cand] = []
    counts_from_it = False
    report = reading_report(text)
    for c in cands:
        if report is not None:
            report("reported", c.start / max(len(text), 1))  # the tense of each date, in text order
        if any(a <= c.start < b for a, b in quoted):
            continue
        counts_from_it = counts_from_it or any(part.kind == "dct" or part.kind == "under" and not _anaphoric_season(text, part)
                                               for part in (c.parts or [c]))
        for part in (c.parts or [c]):
            if part.spec is None or part.kind not in ("abs", "under") or part.start >= links:
                continue
            if part.kind == "abs" and part.spec.gran in ("D", "M", "S", "Q", "H", "Y") and not part.spec.bc:
                sp = span_of(part.spec)
                tense = tense_at(ctx, part.start)
                if sp is None or sp[0] > today or tense == "future" \
                        or is_prospective(text, start_of_sentence(ctx, part.start), part) \
                        or any(a <= part.start < b for a, b in quotes) \
                        or tense != "past" and _OPEN_UNTIL.search(text[max(0, part.start - 40):part.start]) \
                        or _SINCE_CLAUSE.search(text[max(0, part.start - 48):part.start]) \
                        or _TERMS_CUE.search(text[max(0, part.start - 40):part.start]) \
                        or FOUNDED_CUE.search(text[max(0, part.start - 40):part.start]) \
                        or _COPYRIGHT_CUE.search(text[max(0, part.start - 12):part.start]) \
                        or _others_day_label(text[text.rfind("\n", 0, part.start) + 1:part.start]) \
                        or _listed_event(text, part):
                    continue  # a plan, a quoted title, the end of an offer or a founding says nothing of when the text was written
                if latest is None or sp[1] > latest[1] or (sp[1] == latest[1] and part.spec.gran == "D"):
                    latest, latest_gran = sp, part.spec.gran
            elif part.kind == "under" and part.spec.gran == "D" and part.spec.month and part.spec.day:
                loose.append(part)
    return latest, latest_gran, tuple(c for c in loose if tense_at(ctx, c.start) != "future"), counts_from_it


# A history moves through years and through days without their year: "In 1941 ... On December 7 ...
# by June 1942 ... on August 7 ...". So many of both say its yearless days are in the years it tells.
_STORY_YEARS = 5
_STORY_SPAN = 4
_STORY_DAYS = 8


def _tells_a_story_through_years(text: str) -> bool:
    """Whether the text tells at least :data:`_STORY_YEARS` different years over
    :data:`_STORY_SPAN` years or more and :data:`_STORY_DAYS` days or months without a year: then
    it has no document date to infer (the WikiWars histories were given one after their last day,
    "1945-12-08" for the Second World War), while a news story or an obituary, telling a few years
    and a day or two counted from its writing, still has one."""
    years: set[int] = set()
    yearless = 0
    for c in find_candidates(text):
        for part in (c.parts or [c]):
            spec = part.spec
            if spec is None or spec.bc:
                continue
            if part.kind == "abs" and spec.year is not None:
                years.add(spec.year)
            elif part.kind == "under" and spec.month is not None:
                yearless += 1
    return len(years) >= _STORY_YEARS and max(years) - min(years) >= _STORY_SPAN and yearless >= _STORY_DAYS


_LATER_YEARS = 2


def _story_goes_past(text: str, day: date) -> bool:
    """The text tells two years or more after ``day``'s in the past tense ("7 December 1941" heading
    "... in March 1943 the siege was lifted ... by 1946 the ferries ran again"): a page is not
    written before what it reports, so ``day``, printed alone or in a headline, is the story's
    first day, not the page's. One later date told so is not enough: a report's "a training day has
    been arranged for 8 March 2025" lies ahead of its writing, and so does a plan ("the trust should
    extend trapping from spring 2025")."""
    found = find_candidates(text)
    if len({c.spec.year for c in found if c.spec is not None and c.spec.year is not None
            and c.spec.year > day.year}) < _LATER_YEARS:
        return False  # cheap: most pages name no two years after their stamp's
    ctx = Context(text, None, False, False, sentence_spans(text), tense_markers=tense_markers(text))
    today = date.today()
    told: set[int] = set()
    for c in found:
        for part in (c.parts or [c]):
            spec = part.spec
            if part.kind != "abs" or spec is None or spec.year is None or spec.bc or spec.year <= day.year:
                continue
            sp = span_of(spec)
            if sp is not None and sp[1] <= today and tense_at(ctx, part.start) == "past" \
                    and not is_prospective(text, start_of_sentence(ctx, part.start), part):
                told.add(spec.year)
    return len(told) >= _LATER_YEARS


def _years_told_as_past(text: str) -> frozenset[int]:
    """The years the text writes out (AD) in dates it tells in the past tense, not as a plan ("the
    legislature passed a moratorium in 1997", "the worst spill since June 1995")."""
    ctx = Context(text, None, False, False, sentence_spans(text), tense_markers=tense_markers(text))
    today = date.today()
    told: set[int] = set()
    for c in find_candidates(text):
        for part in (c.parts or [c]):
            spec = part.spec
            if part.kind != "abs" or spec is None or spec.year is None or spec.bc:
                continue
            sp = span_of(spec)
            if sp is not None and sp[1] <= today and tense_at(ctx, part.start) == "past" \
                    and not is_prospective(text, start_of_sentence(ctx, part.start), part):
                told.add(spec.year)
    return frozenset(told)


def _stated_years(text: str) -> frozenset[int]:
    """The years the text writes out (AD), as its date expressions read them."""
    years = set()
    for c in find_candidates(text):
        for part in (c.parts or [c]):
            if part.kind == "abs" and part.spec is not None and part.spec.year is not None and not part.spec.bc:
                years.add(part.spec.year)
    return frozenset(years)


def _fits_a_told_year(spec: Spec, years: frozenset[int]) -> bool:
    """Whether a yearless day with its weekday ("Thursday 24 August") falls on that weekday in one of
    ``years``."""
    if spec.weekday is None or spec.month is None or spec.day is None or spec.year is not None:
        return False
    return any(1 <= y <= 9999 and valid_day(y, spec.month, spec.day) and date(y, spec.month, spec.day).weekday() == spec.weekday
               for y in years)


def _pins_a_told_year(spec: Spec, after: date, years: frozenset[int]) -> bool:
    """Whether :func:`_weekday_year` pins the day in one of ``years``."""
    pinned = _weekday_year(spec, after)
    return pinned is not None and pinned.year in years


def _weekday_year(spec: Spec, after: date) -> date | None:
    """ "Monday, Oct. 26" without its year: the weekday says which years it can be (one in six or
    so); the first of them not before ``after`` (the latest date the text reports)."""
    if spec.weekday is None or spec.month is None or spec.day is None:
        return None
    for y in range(after.year, min(after.year + 29, 10000)):
        if valid_day(y, spec.month, spec.day):
            d = date(y, spec.month, spec.day)
            if d >= after and d.weekday() == spec.weekday:
                return d
    return None


def _chained_days(month: tuple[date, date], loose: tuple[Cand, ...], today: date) -> date | None:
    """The last of the yearless days that follow a reported month in a chain, each within
    :data:`_DATELINE_REACH_DAYS` of the month's end or of the day before it; None when no day
    leads on from the month (then the month alone says too little)."""
    days = []
    for c in loose:
        assert c.spec is not None
        for y in (month[0].year, month[0].year + 1):
            sp = span_of(c.spec.with_(year=y))
            if sp and sp[0] > month[1]:
                days.append(sp[0])
                break
    end = month[1]
    for d in sorted(days):
        if (d - end).days > _DATELINE_REACH_DAYS:
            break
        end = d
    return min(end, today) if end > month[1] else None


#: What share of dating a document its two readings of the whole text take, when it has to infer the
#: date (measured on a 0.86 MB text: the scan for date expressions about 0.6, weighing the tense of
#: each date it found the rest; the printed date's lines cost next to nothing). Only the bar's pace
#: depends on these.
_READING_SHARES = {"scan": (0.0, 0.6), "reported": (0.6, 1.0)}


def dating_progress(report: Callable[[float], None]) -> ReadingReport:
    """The report of the readings done while a document is dated (see
    :func:`~explorer.temporal.per_text.reporting_readings`) as one fraction 0..1 of the dating."""
    def reading(name: str, fraction: float) -> None:
        begin, end = _READING_SHARES[name]
        report(begin + (end - begin) * fraction)
    return reading


def _counts_back_years(text: str) -> bool:
    """The text counts years back from its writing: "last year", "nearly four years ago", "two decades ago"."""
    return any(c.kind == "dct" and c.unit in ("Y", "DE", "CE") and c.n is not None and c.n < 0 for c in find_candidates(text))


_STAMP_LINE = 80


def _stamped_at_foot(text: str, day: date) -> bool:
    """``day`` stands on a short line among the page's last lines: a signature's or an agency's stamp
    ("Chair" / "14 March 2019", "Source: Lusonews | 2019-11-04 18:22:10"), not a day the story tells."""
    for line in _lines(text[-1500:])[-_FOOT_LINES:]:
        if len(line) <= _STAMP_LINE and any(_day_of(c) == day for c in _full_days(line)):
            return True
    return False


def infer_document_date(text: str, today: date | None = None) -> date | None:
    """The earliest date consistent with the text: not before its latest explicit past date, and
    late enough that day-and-month mentions without a year fall after that date too.

    None (unknown) when all it has is a year: "in 2019" says the article is from 2019 or later, not
    which day "last Monday" was; and when nothing in it counts from the day it was written (no
    "Tuesday", "last week" or day without its year). Future-tense dates ("the plant opens in December
    2024") never count."""
    stated = find_document_date(text)
    if stated is not None:
        return stated
    if is_dated_log(text):
        return None  # a diary's entries date themselves; when it was written down is not told
    if yearless_dateline(text) is not None:
        # "DETROIT, Oct. 27 --" with no year the text pins (see _year_for): any other inferred day
        # contradicts the printed one, and a guessed year moves every "Wednesday" with it
        return None
    today = today or date.today()
    if _tells_a_story_through_years(text):
        return None  # a history: its yearless days are in the years it tells, not after its last date
    latest, latest_gran, loose, counts_from_it = _reported(text, today)
    if latest is not None and _counts_back_years(text) and not _stamped_at_foot(text, latest[0]):
        # "nearly four years ago", "last year": the text looks back across years, and its latest full
        # day ("shot down on April 6, 1994") is as likely the day it looks back to as the day it was
        # written (inferred so, real news was dated one to four years early in 3 of 3 such texts)
        return None
    if not counts_from_it:
        # nothing counts from the writing day: "it reopened in May 2001. It now hosts ..." says only
        # that the text is from May 2001 or later, maybe decades later, and so does a full day ("Sold
        # on 14/02/2008 for £180,000" on a house's listing, "given to the museum on 12 March 1984");
        # and nothing in the text needs the day it was written
        return None
    if latest is None or (latest_gran != "D" and not loose):
        # a bare year or a month: too little to place "Monday" or "last week" on ("his arrest in March
        # 2020" told in a 2022 verdict story; on the readable TBAQ the end of the latest month was
        # the wrong day in 6 texts of 6 and the wrong year in 5)
        return None
    told_years = _stated_years(text)
    # "Cholera at Skelby, 1854 ... on Thursday 24 August" in a history the library got in 1934: a day
    # with its weekday that falls in a year the text states is a day of that year's story, and pins
    # no writing day decades after the text's last year. Not when the year it would pin is itself a
    # year the text states ("formed on 2 March 1998, met on Monday, Oct. 26": the page's own year)
    earlier = frozenset(y for y in told_years if y < latest[0].year)
    loose = tuple(c for c in loose if not (c.spec and _fits_a_told_year(c.spec, earlier) and not _pins_a_told_year(c.spec, latest[0], told_years)))
    pinned_any = any(_weekday_year(c.spec, latest[0]) for c in loose if c.spec)
    if latest_gran == "M" and not pinned_any:
        # "in November 2018 ... on December 7 ... December 26 ... January 8": yearless days that
        # follow the month closely, each within reach of the last, carry it on to the writing day
        return _chained_days(latest, loose, today)
    if latest_gran != "D" and not pinned_any:
        # "the largest outbreak since 2014 ... the first case on January 24", "in June 1998 ... on
        # Nov. 25": a year, or a month and yearless days far after it, say only "then or later"; a
        # day with its weekday ("Monday, Oct. 26") would pin the year
        return None
    best = latest[1]
    for c in loose:
        # a yearless "on January 8" reported after "November 2018" happened after it
        assert c.spec is not None
        pinned = _weekday_year(c.spec, latest[0])
        if pinned is not None:
            best = max(best, pinned)  # "Monday, Oct. 26" is in the first such year after "1994"
            continue
        if latest_gran == "D":
            sp = span_of(c.spec.with_(year=latest[0].year))
            if sp and sp[0] <= latest[0]:
                # "relit on 26 August" told beside a full "18 September 2023": the summer before that
                # day is consistent with it, so it moves nothing (pushing it a year on did)
                continue
        for y in (latest[0].year, latest[0].year + 1):
            sp = span_of(c.spec.with_(year=y))
            if sp and sp[0] >= latest[0]:
                best = max(best, sp[0])
                break
    signed = _signed_month(text)
    if signed is not None and best > signed[1]:
        # "4 September" placed after the report's own "February 2024": it happened the year before,
        # and the signature says the month, not the day
        return None
    return _on_dateline_weekday(text, min(best, today), today)


# A dateline that names only its weekday: "LONDON, Tuesday (Reuters) -", "PARIS, Thursday —".
_WEEKDAY_DATELINE = re.compile(rf"^\s*{_PLACE},?\s+(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\s*"
                               r"(?:\([^)\n]{1,40}\))?\s*(?:--|[-–—:])\s")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _on_dateline_weekday(text: str, day: date, today: date) -> date:
    """``day``, the earliest day the text can have been written, moved on to the weekday its
    dateline names ("LONDON, Tuesday (Reuters) -" over a story reporting "Monday, March 6, 1995" is
    from Tuesday 7 March at the earliest); as it is when no dateline names one, or when that
    weekday would fall after ``today``."""
    for line in head_lines(_lines(text[:4000])):
        m = _WEEKDAY_DATELINE.match(line)
        if m is not None:
            wanted = _WEEKDAYS.index(m.group("day").lower())
            moved = date.fromordinal(day.toordinal() + (wanted - day.weekday()) % 7)
            return moved if moved <= today else day
        if len(line) > _BODY_LINE:
            break
    return day


# A wire story's name with a two-figure year: an agency's capitals, the day as YYMMDD, then the story's
# number ("AP900815-0044", "NYT980212.0123"); six figures anywhere else are too often something else.
_WIRE_NAME = re.compile(r"^[A-Z]{2,5}(?P<yy>\d\d)(?P<mm>0[1-9]|1[0-2])(?P<dd>0[1-9]|[12]\d|3[01])[-_.]\d{2,}$")


# A file name's words that say its day is the one the text looks back to ("1969-07-20-moon-memories",
# "remembering_2004-12-26", "anniversary-1944-06-06").
_RECALLED_NAME = re.compile(r"(?i)(?:^|[^a-z])(?:memor(?:y|ies)|remember(?:ing|ed)?|recollections?|recall(?:ed|ing)?|"
                            r"anniversary|on[-_ ]?this[-_ ]?day|looking[-_ ]?back)(?:[^a-z]|$)")


def filename_date(path: str, text: str = "", today: date | None = None) -> date | None:
    """The one full date written into the file's name, when it can be the day the text was
    written.

    Archives and wire feeds name files by their day, and the name is what a user sees in the
    folder. It counts only as a whole date (a bare year in "budget-2019.txt" says too little), only
    when the name holds one such date, never after ``today``, and never when the text reports a
    later date as past: then the name dates something else (the day the story is about, a scan)."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if _RECALLED_NAME.search(stem):
        return None  # "1987-10-16-storm-recollection.txt": the day the text looks back to, not its writing
    found = set()
    for m in _NAME_DAY.finditer(stem):
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if valid_day(year, month, day):
            found.add(date(year, month, day))
    wire = _WIRE_NAME.match(stem)
    if not found and wire:
        yy, month, day = int(wire["yy"]), int(wire["mm"]), int(wire["dd"])
        year = 1900 + yy if yy > 30 else 2000 + yy
        if valid_day(year, month, day):
            found.add(date(year, month, day))
    today = today or date.today()
    if len(found) != 1:
        return None
    (when,) = found
    if when > today:
        return None
    if text:
        latest, _, _, _ = _reported(text, today)
        if latest is not None and latest[0] > when:
            return None
    return when
