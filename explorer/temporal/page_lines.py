"""The shapes of a page's header and footer lines that say whether a date printed on them is the
page's own: menu items standing above the headline, an event listing's day with its time and venue,
a timestamped log entry, a notice's sign-off ("Dated this 9th day of September 2024", "Report
approved 2025-01-10"), and a notice run over several days ("Published in ... from Apr. 16 to Apr. 18,
2025").

Why a module of its own: :mod:`explorer.temporal.document_date` decides which printed date is the
page's; these are the typographic patterns it asks about, each stated for how such a line is built,
never for any site's wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from explorer.documents.page_furniture import is_related_heading
from explorer.temporal.grammar import Cand, find_candidates
from explorer.temporal.normalize import span_of, valid_day

#: How many lines a page's header may run to, not counting the menu items saved above it.
HEAD_LINES = 15
#: However many menu items a saved page keeps, the header is looked for within this many lines.
_HEAD_LIMIT = 60

#: A menu item or section link: up to three words alone on a line, no figures, no sentence punctuation
#: ("Home", "Podcasts", "Contact us"). A saved page keeps its whole menu above the headline.
_MENU_ITEM = re.compile(r"^\s*[A-Za-z&'’]+(?:\s+[A-Za-z&'’]+){0,2}\s*$")


#: A summary or a list kept up to a day says which: "Current through January 31, 2024", "Correct as at 3
#: May". Read by the document date (the page's day) and by the events (the line is furniture, no happening).
CURRENT_THROUGH = r"(?:current|correct|accurate|complete|up\s+to\s+date)\s+(?:as\s+(?:of|at)|through|thru|to)"


def is_menu_item(line: str) -> bool:
    """A line that is a menu's or a section's link, not a header line of the article."""
    return len(line.strip()) <= 20 and bool(_MENU_ITEM.match(line))


def head_lines(lines: Iterable[str], limit: int = HEAD_LINES) -> Iterator[str]:
    """The first ``limit`` lines of a page, menu items not counted (they are still yielded, so a
    caller sees every line in order), up to a heading over links to other articles ("Related",
    "More like this"): a short page's header would otherwise reach their dates."""
    counted = 0
    for seen, line in enumerate(lines):
        if counted >= limit or seen >= _HEAD_LIMIT or is_related_heading(line):
            return
        counted += not is_menu_item(line)
        yield line


_CLOCK = r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|h)?"
#: What follows an event's day on a listing ("Thursday 20 November 2025, 7.30pm, Town Hall",
#: "Saturday 3 May 2025, 10am–4pm", "Friday 6 June 2025 at 7pm at the Corn Exchange"): a time and
#: a venue, or a run of hours. A page's stamp gives one time and at most its zone ("10:31 am",
#: "16:05 GMT").
_EVENT_TAIL = re.compile(
    rf"(?i)^\s*(?:(?:,|\bat\b|\bfrom\b)?\s*(?P<clock>{_CLOCK})\s*)?"
    rf"(?:(?P<run>[-–—]|\bto\b|\buntil\b)\s*{_CLOCK}|(?:,|\bat\b|\bin\b)\s*(?:the\s+)?(?-i:[A-Z][a-z]))")
_HAS_CLOCK = re.compile(r"(?i)\d\s*(?:[ap]\.?m\.?\b|[.:]\d\d\b)")


#: A line that is only a run of hours: "9am to 1pm", "10:00 - 16:00", "from 7.30pm until late".
_HOURS_LINE = re.compile(rf"(?i)^\s*(?:from\s+)?{_CLOCK}\s*(?:[-–—]|to|until|till)\s*(?:{_CLOCK}|late|close)\s*$")
#: An event's fact box goes on below its day with its time or its place: "Time: 7pm", "Venue: St Mary's
#: Church", "Where: the Quay", "Doors open: 6.30pm".
_EVENT_FIELD = re.compile(r"(?i)^\s*(?:times?|venue|where|location|doors(?:\s+open)?|starts?|kick[- ]off)\s*:")
#: The label of an event's day in its fact box: "Date: Saturday 5 June 2021", "When: ...".
EVENT_DAY_LABEL = re.compile(r"(?i)^\W*(?:date|when|day)\s*:\s*$")


def is_event_listing(tail: str, cand: Cand) -> bool:
    """``cand`` is an event's day on a listing or a notice of what is to come: the rest of its line
    (``tail``, which may run on to the next lines) gives the event's time and venue, or a run of
    hours, or its line ends and the next is a run of hours alone ("Tuesday 15 March 2022" / "9am to
    1pm") or a field of its time or place ("Date: Saturday 5 June 2021" / "Time: 7pm"). A stamp is
    never so followed."""
    line, _, rest = tail.partition("\n")
    if not line.strip():
        following = rest.lstrip("\n").split("\n", 1)[0]
        return bool(_HOURS_LINE.match(following) or _EVENT_FIELD.match(following))
    m = _EVENT_TAIL.match(line)
    if m is None:
        return False
    clocked = bool(cand.spec is not None and cand.spec.clock) or m["clock"] is not None and bool(_HAS_CLOCK.search(m["clock"]))
    return clocked or m["run"] is not None


def foot_lines(lines: list[str], n: int) -> list[str]:
    """The last ``n`` lines of a page above any block of links to other articles at its foot."""
    for i in range(len(lines) - 1, max(-1, len(lines) - n - 12), -1):
        if is_related_heading(lines[i]):
            lines = lines[:i]
            break
    return lines[-n:]


_LINK_LINE = 150


def links_at_foot(text: str) -> int:
    """Where a block of links to other articles at the page's foot begins (its heading, with only
    short lines after it), else ``len(text)``: their dates ("Daily horoscope for November 16,
    2024") say nothing of when this page was written."""
    tail_start = max(0, len(text) - 2000)
    lines = text[tail_start:].split("\n")
    pos = len(text)
    offset = len(text)
    for line in reversed(lines):
        offset -= len(line) + 1
        if len(line) > _LINK_LINE:
            break
        if is_related_heading(line) and line.strip():
            pos = max(0, offset + 1)
    return pos


# Another text a page quotes whole: a mail reply's quoted lines ("> Is the hall free on 18 April?") and
# the line that introduces them ("On 2 March 2020 at 10:14, Priya Nair <priya@...> wrote:", a forum's "Quote
# from: dampsock on March 01, 2024"), or an
# article pasted into a post ("> Published 4 June 2009"). Their dates are the other text's.
_QUOTED_LINE = re.compile(r"(?im)^[ \t]*>.*$|^[ \t]*On\b[^\n]{4,160}\bwrote:[ \t]*$|^[ \t]*Quote\s+from:.*$")


def is_quoted_line(line: str) -> bool:
    """``line`` quotes another text (see :data:`_QUOTED_LINE`)."""
    return _QUOTED_LINE.fullmatch(line) is not None


def quoted_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that quote another text, in text order."""
    return [(m.start(), m.end()) for m in _QUOTED_LINE.finditer(text)]


def is_log_entry(line: str) -> bool:
    """A log's entry: a line opening with a full date and a clock time, then what happened
    ("2025-01-07 03:12 UTC  Monitoring reports ..."), however long the line."""
    for c in find_candidates(line[:60]):
        if c.start > 2:
            return False
        spec = c.spec
        return bool(spec is not None and spec.gran == "D" and spec.day is not None and spec.clock
                    and len(line[c.end:].split()) >= 3)
    return False


#: A notice's or a report's sign-off among its last lines: "Dated this 9th day of September 2024",
#: "Signed on 3 March 2025", "Report approved 2025-01-10", "Issued: 10 April 2025".
FOOTER_CUE = re.compile(r"(?i)\b(?:posted|published|updated|last\s+modified|dated|signed|issued|approved|"
                        r"(?:last\s+)?reviewed|written|filed|released)\b"
                        # a signature block's labelled day ("Date: March 19, 2024" under a filing or a letter)
                        r"|^\W*date\s*:")
#: The legal form of a day: "the 9th day of September 2024", "this 3rd day of March, 2025".
_DAY_OF = re.compile(r"(?i)\bday\s+of\b")


def day_of_month_form(line: str) -> date | None:
    """The day of "Dated this 9th day of September 2024": the legal form a sign-off writes its day
    in, told apart from a plain date so the sign-off cue need not stand right before it."""
    for c in find_candidates(line):
        spec = c.spec
        if c.kind != "abs" or spec is None or spec.gran != "D" or spec.year is None or spec.bc \
                or spec.month is None or spec.day is None or not _DAY_OF.search(line, c.start, c.end):
            continue
        if valid_day(spec.year, spec.month, spec.day):
            return date(spec.year, spec.month, spec.day)
    return None


_FIRST_OF_RUN = re.compile(r"(?i)\bfrom\s+$")
_RUN_JOIN = re.compile(r"(?i)^\s*(?:to|until|till|through|[-–—])\s*$")


def first_day_of_run(line: str) -> date | None:
    """The first day of a run printed after a publication cue, its year given only at the end
    ("Published in the Advertiser from Apr. 16 to Apr. 18, 2025"): the page first appeared then."""
    cands = find_candidates(line)
    for first, last in zip(cands, cands[1:]):
        if first.spec is None or last.spec is None or first.spec.gran != "D" or last.spec.gran != "D":
            continue
        if first.kind != "under" or last.kind != "abs" or first.spec.month is None or last.spec.year is None:
            continue
        if not _FIRST_OF_RUN.search(line[max(0, first.start - 8):first.start]) or not _RUN_JOIN.match(line[first.end:last.start]):
            continue
        end = span_of(last.spec)
        for year in (last.spec.year, last.spec.year - 1):
            sp = span_of(first.spec.with_(year=year))
            if sp and end and sp[0] <= end[0]:
                return sp[0]
    return None


def is_standfirst(line: str, place: int) -> bool:
    """A long summary standing under the headline, above the byline and its date (one of a page's
    first three lines, no date in it): the header goes on below it, where a body paragraph would
    end it."""
    return place < 3 and not any(c.kind in ("abs", "under") for c in find_candidates(line))


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: A stamp alone on its line with the month's name between figures: "12-May-2025", "03.Jun.2024".
_MONTH_STAMP = re.compile(rf"(?i)^\s*(\d{{1,2}})([-./])({'|'.join(_MONTHS)})[a-z]*\.?\2(\d{{4}})\s*$")


def month_name_stamp(line: str) -> date | None:
    """The day of a stamp that writes its month's name between figures ("12-May-2025"), as logs,
    forms and some sites print the day a page was made."""
    m = _MONTH_STAMP.match(line)
    if m is None:
        return None
    day, month, year = int(m[1]), _MONTHS.index(m[3].lower()) + 1, int(m[4])
    return date(year, month, day) if valid_day(year, month, day) else None


#: A notice's sign-off line: "Dated 4 April 2025", "Signed this 3rd day of March, 2025".
_SIGN_OFF = re.compile(r"(?i)^\W*(?:dated|signed)\b")
_SIGN_OFF_LINE = 80


def is_sign_off(line: str) -> bool:
    """A short line that signs off a notice with its date."""
    return len(line.strip()) <= _SIGN_OFF_LINE and bool(_SIGN_OFF.match(line))


def latest_sign_off(text: str) -> date | None:
    """The latest date of a notices page's sign-offs when it prints two or more ("Dated 2 April
    2025" under one notice, "Dated 4 April 2025" under the next): the page went to print with all
    of them, so on the latest day or after, never on the first."""
    days: list[date] = []
    for line in text[:20000].split("\n"):
        if not is_sign_off(line):
            continue
        found = [span_of(c.spec)[0] for c in find_candidates(line)  # type: ignore[index]
                 if c.kind == "abs" and c.spec is not None and c.spec.gran == "D" and not c.parts and not c.spec.bc
                 and span_of(c.spec)]
        day = found[0] if found else day_of_month_form(line)
        if day is not None:
            days.append(day)
    return max(days) if len(days) >= 2 else None
