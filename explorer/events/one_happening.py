"""Several dates of one sentence told of one happening: folded into one event.

"go on sale at 9 a.m. on Tuesday 12 March", "on Saturday and Sunday", "left at 8:30 and arrived a
little after noon", an entry stamp beside its entry's own date: each date gives a candidate, and these
folds decide which candidates are one happening (kept once, the others named in its derivation) and
which are as many happenings as dates ("in July, August and September").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.clause_order import after_clause_title, in_leading_clause
from explorer.events.clauses import clause_bounds
from explorer.events.record import Event, sentence_groups
from explorer.events.dated_nominals import nominal_date_title
from explorer.events.date_choice import bare_part_of_day, in_an_aside, in_an_opening_participle
from explorer.events.year_nouns import year_noun_title
from explorer.events.relative_clause_dates import relative_clause_title
from explorer.events.second_predicate_dates import second_predicate_titles, title_before_the_joint
from explorer.events.subordinate_clause_dates import subordinate_clause_title, title_before_the_clause
from explorer.events.retold_by_date import names_by_date
from explorer.events.state_ends import bounds_its_act
from explorer.events.agents import AMOUNT_NOUNS
from explorer.number_words import cardinals, spelled


def _span_days(event: Event) -> float:
    if event.begin is None or event.end is None:
        return float("inf")
    return float((event.end - event.begin).days) if hasattr(event.end - event.begin, "days") else float(event.end - event.begin)


#: Spans (in days between begin and end) of one calendar unit of uneven length: a month (27 to 30), a
#: quarter or a season (88 to 91), a year (364 or 365). Ranked by their days, 1935 was "more precise"
#: than the leap year 1936, and February than March.
_CALENDAR_UNITS = ((27, 30), (88, 91), (364, 365))


def _precision(event: Event) -> float:
    """The event's span in days for ranking the dates of one happening, one calendar unit counted alike
    whatever its length: two years are equally precise, and the first of them is kept."""
    days = _span_days(event)
    return next((high for low, high in _CALENDAR_UNITS if low <= days <= high), days)


#: A time measured from another happening: "eight months after", "two days before".
_MEASURED_FROM = re.compile(r"(?i)\b(?:after|before)$")

#: Between two listed dates: a comma, "and", "or", and "and again in" ("in 2019 and again in 2021"; also
#: "and once more in", "and then in", "and later in").
_LIST_JOINER = re.compile(r"^\s*(?:,|,?\s*and(?:\s+(?:again|once\s+more|then|later)(?:\s+in)?)?|,?\s*or|&)\s*$")


#: A date told again after a comma, counted back from now: "in March 1998, almost thirty years ago",
#: "on Sunday, two weeks ago".
_RESTATED_AGO = re.compile(r"(?i)\bago$")


#: A day named without a number: a holiday or a feast ("Palm Sunday", "Christmas Eve", "St David's Day",
#: "Bonfire Night") or a weekday, told in words alone.
_NAMED_DAY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.]*(?:['’]s)?\s+){0,3}?(?:[A-Z][a-z]+day|Eve|Night|Christmas|Easter|"
                        r"Michaelmas|Candlemas|Lammas|Whitsun|Hogmanay|Shrovetide|Pentecost)$")
#: A day told by its number: "5 April", "April 5th", "the 5th of April".
_NUMBERED_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|[ap]\.?m\b|h\b))")


def _named_day_restating(a: Event, b: Event, between: str) -> bool:
    """Whether one of two dates side by side, with a bare comma between them, names in words the day the
    other gives by its number: "On 5 April, Palm Sunday, the bells rang", "On Easter Monday, 1 April,
    a main burst". The apposition restates one day (whose year a text with no date of its own may leave
    the two readings to guess apart), and lists nothing."""
    if between.strip() != ",":
        return False
    for x, y in ((a, b), (b, a)):
        named = _NAMED_DAY.match(x.timex) is not None and not re.search(r"\d", x.timex)
        if named and _NUMBERED_DAY.search(y.timex) and (y.begin is None or _span_days(y) < 1):
            return True
    return False


def _names_a_numbered_day(event: Event, others: Sequence[Event]) -> bool:
    """Whether ``event``'s date is the named day of an apposition (see :func:`_named_day_restating`)
    whose other half, the day's number, is among ``others``."""
    for other in others:
        a, b = sorted((event, other), key=lambda e: e.timex_start)
        between = a.sentence[a.timex_end - a.sentence_start:b.timex_start - a.sentence_start]
        if other is not event and not re.search(r"\d", event.timex) and _named_day_restating(a, b, between):
            return True
    return False


def _a_list_of_dates(events: Sequence[Event]) -> bool:
    """Whether two of the expressions follow each other with only a comma or "and" between them. A
    date told again after a bare comma as a time counted back from now ("retired in 2011, fifteen
    years ago"), or a named day beside the same day's number ("on 5 April, Palm Sunday"), restates
    the first, and lists nothing."""
    ordered = sorted(events, key=lambda e: e.timex_start)
    for a, b in zip(ordered, ordered[1:]):
        between = a.sentence[a.timex_end - a.sentence_start:b.timex_start - a.sentence_start]
        if between.strip() == "," and _RESTATED_AGO.search(b.timex) or _named_day_restating(a, b, between):
            continue
        if _LIST_JOINER.match(between):
            return True
    return False


#: How often, told apart from the dates listed: "on at least four occasions", "several times", "twice",
#: "repeatedly", "again and again".
_HOW_OFTEN = re.compile(
    r"(?i)\b(?:(?:on\s+)?(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?(?:\d+|" + spelled(2, 8) + r"|"
    r"nine|ten|several|many|numerous|a\s+few|a\s+number\s+of|dozens\s+of)\s+(?:occasions|times)|twice|thrice|"
    r"repeatedly|again\s+and\s+again|more\s+than\s+once)\b")


def _counted_apart_from_dates(events: Sequence[Event]) -> bool:
    """Whether the clause before a list of years counts its acts by something other than the years
    ("reported wet ground on at least four occasions in 2022 and 2023", "went on strike twice in 2022
    and 2023"): the years then bound the acts without telling one apiece, and the event spans them
    (the written convention in ``tests/gold/README.md``). A list with no such count ("won the cup in
    2015 and 2017") is one act a year, as many events."""
    first = min(events, key=lambda e: e.timex_start)
    start, _ = _date_clause(first)
    told = first.sentence[max(start, 0):first.timex_start - first.sentence_start]
    return bool(_HOW_OFTEN.search(told)) or _counts_its_objects(first.title, len(events))


#: A count of the acts as the verb's object: a number of things done ("held three public hearings",
#: "won eleven of their twelve games", "wrote hundreds of letters", "planted 3,000 trees"). The word
#: before the count is the verb's: a count after a determiner or a preposition, or opening the title,
#: counts who did it or what it was done to ("The two sides met", "Two hundred workers struck", "shares
#: of 3 firms").
_COUNTED_OBJECT = re.compile(
    r"(?i)(?<!\S)(?!(?:the|a|an|its|their|his|her|our|my|your|this|these|those|of|in|on|at|by|for|with|from|to|"
    r"and|or|than|about|some|nearly|over|under|only)\b)[a-z]+\s+(?:(?:more\s+than|about|some|nearly|over|almost)\s+)?"
    r"(?P<count>\d[\d,]*|" + spelled(2, 99) + r"|dozens|hundreds|thousands)\s+"
    r"(?:of\s+(?:the|their|its|his|her|our)\s+(?:\d+|" + spelled(2, 99) + r")\s+)?(?:of\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<things>[a-z]+[^s\s']s)\b")
_SPELLED = cardinals(2, 99)


def _counts_its_objects(title: str, dates: int) -> bool:
    """Whether the title counts the things its verb did, more of them than the dates listed: "held three
    public hearings in May and June" spans the two months. As many things as dates ("signed two pay
    deals, in 2021 and 2023") is one apiece, and an amount ("reached 33 degrees", "rose 3 percent")
    counts no acts."""
    found = _COUNTED_OBJECT.search(title)
    if found is None or found["things"].lower() in AMOUNT_NOUNS | _MEASURES:
        return False
    count = found["count"].lower().replace(",", "")
    number = int(count) if count.isdigit() else _SPELLED.get(count)
    return number is None or number > dates


#: Units an amount is measured in, beside ``agents.AMOUNT_NOUNS``.
_MEASURES = frozenset("degrees grams kilograms kilos litres liters gallons barrels bytes calories".split())


def _consecutive_days(events: Sequence[Event]) -> list[int] | None:
    """Indexes of ``events`` (one sentence, one title) when they are all single days that follow one
    another ("on Saturday and Sunday", "on 2 and 3 May", "on 11, 12 and 13 June"): a happening told
    over the days it lasted, not a happening repeated. Months or years listed ("in July, August and
    September") are as many happenings, and so are days with a gap between them."""
    order = sorted(range(len(events)), key=lambda i: events[i].timex_start)
    days = []
    for i in order:
        e = events[i]
        if e.begin is None or e.end is None or e.begin != e.end or e.certainty == "undated":
            return None
        days.append(e.begin.toordinal())
    if any(b - a != 1 for a, b in zip(days, days[1:])):
        return None
    return order


def _date_clause(event: Event) -> tuple[int, int]:
    """The clause of the event's date in its sentence: two dates in two clauses ("secured a place on
    April 11 and beat the leaders on May 9") tell two happenings, whatever their titles say."""
    if not event.timex:
        return (-1, -1)
    start = event.timex_start - event.sentence_start
    return clause_bounds(event.sentence, start, start + len(event.timex))


def _names_a_thing(event: Event) -> bool:
    """Whether the event's date is a determiner's modifier ("the 1935 journey", "its 2019 report")."""
    at = event.timex_start - event.sentence_start
    return bool(event.timex) and names_by_date(event.sentence, replace(event, timex_start=at, timex_end=at + len(event.timex)))


#: A live blog's or a timeline's entry stamp: a time or a date opening its line, then a dash or a colon
#: ("18:41 — The ferry operator says all sailings this evening are cancelled").
_ENTRY_STAMP_AFTER = re.compile(r"^[ \t]*(?:—|–|--|-|:)[ \t]")


#: A date naming the day an entry is written: "today", "tonight", "this morning".
_THE_WRITING_DAY = re.compile(r"(?i)^(?:today|tonight|this\s+(?:morning|afternoon|evening))$")


def _entry_stamp(event: Event) -> bool:
    """Whether the event's date is the stamp its line opens with."""
    if not event.timex:
        return False
    at = event.timex_start - event.sentence_start
    line_start = event.sentence.rfind("\n", 0, at) + 1
    return not event.sentence[line_start:at].strip() and bool(
        _ENTRY_STAMP_AFTER.match(event.sentence[at + len(event.timex):]))


#: A live blog's time stamp with no dash after it: a time of day opening its line, then the entry's first
#: word ("08:00 Good news: the inspection yesterday found no damage").
_TIME_OF_DAY = re.compile(r"\d{1,2}[:.]\d{2}")
_CAPITAL_AFTER = re.compile(r"^[ \t]+[A-Z]")


def _time_stamp(event: Event) -> bool:
    """Whether the event's date is a time of day opening its line, right before the entry's first word."""
    at = event.timex_start - event.sentence_start
    line_start = event.sentence.rfind("\n", 0, at) + 1
    return (bool(_TIME_OF_DAY.fullmatch(event.timex)) and not event.sentence[line_start:at].strip()
            and bool(_CAPITAL_AFTER.match(event.sentence[at + len(event.timex):])))


_STEM_WORD = re.compile(r"[a-z0-9]+")
#: A label opening an entry's title: "Good news:", "Update:".
_LABEL = re.compile(r"^[\w ]{1,20}:\s+")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|this|that|our|his|her)\s*$", re.IGNORECASE)


def _tells_the_same(stamped: Event, other: Event) -> bool:
    """Whether the stamp's title tells the other event's clause: the same title, or nearly all the words
    of the shorter title in the other, a label or a tense apart ("Good news: the inspection found no
    damage" and "The inspection finds no damage in the jib"; words compared by their first four letters)."""
    at = other.timex_start - other.sentence_start
    if _DETERMINER_BEFORE.search(other.sentence[:at]):
        return False  # "17:35 The 17:30 left five minutes late": the other date names the sailing
    if stamped.title == other.title:
        return True
    if _span_days(other) > _span_days(stamped):
        return False  # "Thursday 27 June: the concert, conducted this year by …": the year is coarser
    mine = [w[:4] for w in _STEM_WORD.findall(_LABEL.sub("", stamped.title).lower())]
    theirs = [w[:4] for w in _STEM_WORD.findall(other.title.lower())]
    shorter, longer = sorted((mine, theirs), key=len)
    return len(shorter) >= 3 and sum(w in set(longer) for w in shorter) >= 0.8 * len(shorter)


def stamps_beside_their_dates(events: Sequence[Event]) -> list[Event]:
    """An entry stamp ("18:41 — …", or a time of day opening a live blog's line, "08:00 Good news: …")
    when its entry's sentence dates the same clause's happening with a date of its own ("… all sailings
    this evening are cancelled", "… the inspection yesterday found no damage") is when the entry was
    written, not a second happening: the stamp's event joins the dated one (named in its
    ``derivation``). Another clause's date leaves the stamp to its own clause ("09:40 The trial run went
    fine, and a full timetable resumes at 11:00": two happenings)."""
    out = list(events)
    drop: set[int] = set()
    # a twin is looked for among its own sentence's events only: a log of 20,000 stamped lines made
    # a scan of every event for every stamp quadratic
    stamped = [_entry_stamp(event) or _time_stamp(event) for event in events]
    of_sentence: dict[int, list[int]] = {}
    for j, event in enumerate(events):
        of_sentence.setdefault(event.sentence_start, []).append(j)
    for i, event in enumerate(events):
        if not stamped[i]:
            continue
        twin = next((j for j in of_sentence[event.sentence_start] if j != i and j not in drop and events[j].timex
                     and not stamped[j] and _tells_the_same(event, events[j])), None)
        if twin is not None:
            out[twin] = replace(out[twin], derivation=f"{out[twin].derivation}; told under the entry stamp {event.timex}")
            drop.add(i)
    return [e for n, e in enumerate(out) if n not in drop]


def one_per_clause(events: Sequence[Event]) -> list[Event]:
    """Several date expressions told of one happening ("go on sale at 9 a.m. on Tuesday 12 March and
    to the public a week later, on 19 March", "in the 2019-20 financial year") are one event: two
    events of one sentence whose titles come out the same are one happening, since each clause of a
    sentence is titled from itself. The most precise date is kept (the first of equally precise ones);
    the others are named in its ``derivation``. Dates listed one after another ("to Moscow in July,
    August and September 2015") are as many happenings, and stay apart, but for days that follow one
    another ("free travel on Saturday and Sunday"): one happening over the days it lasted."""
    events = list(events)  # (a main title is cut before a subordinate clause told apart, see below)
    groups: dict[tuple[int, str, tuple[int, int]], list[int]] = {}
    for n, event in enumerate(events):
        groups.setdefault((event.sentence_start, event.title, _date_clause(event)), []).append(n)
    drop: set[int] = set()
    keep_as: dict[int, Event] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # "rejected on Wednesday night, eight months after councillors turned down …": a time measured
        # from another happening dates the same happening again, and lists nothing
        if _a_list_of_dates([events[n] for n in members]) and not any(_MEASURED_FROM.search(events[n].timex) for n in members):
            run = _consecutive_days([events[n] for n in members])
            if run is None and _counted_apart_from_dates([events[n] for n in members]):
                run = sorted(range(len(members)), key=lambda i: events[members[i]].timex_start)
            if run is not None:  # "on Saturday and Sunday", "on 2 and 3 May": one happening, two days
                first = members[run[0]]
                last = events[members[run[-1]]]
                keep_as[first] = replace(events[first], end=last.end, derivation=(
                    f"{events[first].derivation}; through {last.timex}, "
                    f"{'the next day listed' if _consecutive_days([events[n] for n in members]) else 'the acts counted apart from the dates'}"))
                drop.update(members[i] for i in run[1:])
            continue
        # "After the ministry raised its offer on Monday, the union called off the strike on Wednesday":
        # the opening clause's date is its own happening's; the main clause keeps the other
        # (and "…, after talks broke down on 30 January"); a leading one without a verb of its own ("After
        # a week of talks in May, …") only gives way to the main clause's date
        # (and "…, a former mayor who was sentenced in 2024": a relative clause's date, see relative_clause_dates)
        # (and "follows the resignation of its treasurer in March": a noun's own date, see dated_nominals)
        # (and "a year after the 2003 strike": a year naming a noun's happening, see year_nouns)
        for own_title, told_in in ((after_clause_title, "an after- or before-clause"), (relative_clause_title, "a relative clause"),
                                   (nominal_date_title, "a noun's phrase"), (year_noun_title, "a year naming a noun"),
                                   # (and "… a week after his brother was shot on 4 March": a clause with a subject and
                                   # a verb of its own the clause rules read as one with the main clause's, see
                                   # subordinate_clause_dates)
                                   (subordinate_clause_title, "a subordinate clause")):
            own = {n: title for n in members if (title := own_title(events[n])) is not None}
            if own_title is relative_clause_title and own and len(own) == len(members):
                # "the rail strike, which began at midnight on Sunday": every date is the relative clause's,
                # the one happening it tells (as for its only date, see relative_dates), folded below
                # (titled at the last date, whose words after it hold no other date: "… begins", not "… begins on Sunday")
                title = own[max(own, key=lambda n: events[n].timex_start)]
                for n in own:  # (and no other date of it: "… begins at midnight" -> "… begins")
                    title = re.sub(rf"\s+(?:at|on|in|by)\s+{re.escape(events[n].timex)}(?=$|[\s,.;])", "", title) or title
                for n in own:
                    events[n] = replace(events[n], title=title, derivation=f"{events[n].derivation}; told in {told_in} of its own")
                break
            if own and len(own) < len(members):
                for n, title in own.items():
                    keep_as[n] = replace(events[n], title=title, derivation=f"{events[n].derivation}; told in {told_in} of its own")
                members = [n for n in members if n not in own]
                if own_title is subordinate_clause_title:
                    # ("The hearing is adjourned after the defendant's barrister": the main title ends
                    # before the clause now told apart)
                    for n in members:
                        events[n] = replace(events[n], title=title_before_the_clause(events[n].title))
            if len(members) < 2:
                break
        if len(members) < 2:
            continue
        # "will travel to Geneva on 15 June and return on the 18th": a date after a second predicate is
        # that predicate's act (see second_predicate_dates)
        second = second_predicate_titles([events[n] for n in members])
        if second:
            for title in set(second.values()):
                # (several dates of one second predicate, "closes at noon on Tuesday": its most precise one)
                told = [members[i] for i, t in second.items() if t == title]
                best = min(told, key=lambda n: (_precision(events[n]), n))
                others = [events[n].timex for n in told if n != best]
                keep_as[best] = replace(events[best], title=title, derivation=(
                    f"{events[best].derivation}; told in a second predicate of its own"
                    + (f"; also dated by {', '.join(others)}" if others else "")))
                drop.update(n for n in told if n != best)
            members = [n for i, n in enumerate(members) if i not in second]
            for n in members:
                events[n] = replace(events[n], title=title_before_the_joint(events[n].title))
            if len(members) < 2:
                continue
        leading = [n for n in members if in_leading_clause(events[n])]
        # "Her account of the 1935 journey was published in 1937": a date naming a thing of the clause
        # ("the 1935 journey") gives way to the clause's own date; "confirmed on Monday that it had sold
        # the site in March": the report's date gives way to the told act's own
        told = {n for n in members if in_told_clause(events[n])}
        reporting = {n for n in members if in_reporting_clause(events[n])} if told else set()
        # "7 October: A tree fell … on Monday night": an entry stamp is when the entry was written, and
        # gives way to the day its entry's clause tells (as ``stamps_beside_their_dates`` folds it);
        # not to "this morning" or "today", which name the stamp's own day, nor to a coarser date
        # ("Wednesday 26 June: the lecture, given this year by …")
        stamp_yields = not any(_THE_WRITING_DAY.match(events[n].timex) for n in members) and any(
            not _entry_stamp(events[n]) and _span_days(events[n]) <= 1 for n in members)
        # "extended his contract until 2028 a week later", "before Christmas, on 14 December": a date that
        # bounds the act gives way to the act's own date
        best = min(members, key=lambda n: (n in leading, n in reporting, stamp_yields and _entry_stamp(events[n]),
                                           _names_a_thing(events[n]), bounds_its_act(events[n]),
                                           # ("…, who denies assaulting a driver on New Year's Eve, was adjourned
                                           # on Thursday", "a quiz night … raised £3,100 on 29 November": see date_choice)
                                           in_an_aside(events[n]) or in_an_opening_participle(events[n]),
                                           bare_part_of_day(events[n]), _precision(events[n]),
                                           # (of one day named twice, "on Easter Monday, 1 April", its number)
                                           _names_a_numbered_day(events[n], [events[m] for m in members]), n))
        others = [events[n].timex for n in members if n != best]
        keep_as[best] = replace(events[best], derivation=f"{events[best].derivation}; also dated by {', '.join(others)}")
        drop.update(n for n in members if n != best)
    return _reports_of_told_acts([keep_as.get(n, event) for n, event in enumerate(events) if n not in drop])


#: A verb of telling, with whom it was told ("told reporters", "told the BBC"): what follows its
#: "that" is the news told.
_REPORTING_VERB = (r"\b(?:said|says|confirmed|confirms|announced|announces|reported|reports|disclosed|revealed|"
                   r"admitted|stated|told(?:\s+(?:the\s+)?[\w’'-]+){0,2}?)")
#: The report's own date: the verb, then the date ("said on Friday", "told reporters on Thursday").
_REPORT_DATE_BEFORE = re.compile(_REPORTING_VERB + r"\s+(?:on|at|in|during|late|early|last|this)?\s*$")
#: ... and its "that" right after the date.
_THAT_AFTER = re.compile(r"^\s*,?\s*that\b")
#: The telling before a date of the told clause: the verb, its "that", then the told clause with no
#: sentence or clause break in it (after a comma the date may be an aside's or another clause's).
_TOLD_BEFORE = re.compile(_REPORTING_VERB + r"\b[^.;:!?]{0,40}?\bthat\s+(?P<told>[^,;:!?()—–]*)$")
#: What makes the date no completed act's: a plan, a prospect or a duty ("would close", "plans to",
#: "is expected to"), a wish or a denial; or a clause inside the told one ("as prices rose during the
#: summer"), whose date is its own; or a comparison ("more than in any quarter before").
_NOT_DONE = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|plans?|planned|intends?|intended|"
                       r"hopes?|hoped|wants?|wanted|expects?|expected|aims?|aimed|is\s+to|are\s+to|was\s+to|were\s+to|"
                       r"going\s+to|not|never|no\s+longer|as|when|while|because|after|before|since|until|if|unless|"
                       r"where|who|which|than)\b")
#: A past verb in the told clause: "had sold", "were arrested", "resigned".
_DONE = re.compile(r"\b(?:had|was|were|[a-z]{3,}ed)\b")


def in_reporting_clause(event: Event) -> bool:
    """Whether the event's date is the day a piece of news was told ("said on Friday that ..."), the
    date standing between the verb of telling and its "that"."""
    if not event.timex:
        return False
    at = event.timex_start - event.sentence_start
    return bool(_REPORT_DATE_BEFORE.search(event.sentence[:at])
                and _THAT_AFTER.match(event.sentence[at + len(event.timex):]))


def in_told_clause(event: Event) -> bool:
    """Whether the event's date stands in the clause a verb of telling tells ("said on Friday that its
    board had dismissed the harbour master on Wednesday"), and that clause tells an act done: past,
    not a plan, a prospect or a denial."""
    if not event.timex:
        return False
    m = _TOLD_BEFORE.search(event.sentence[:event.timex_start - event.sentence_start])
    return m is not None and bool(_DONE.search(m.group("told"))) and not _NOT_DONE.search(m.group("told"))


def _reports_of_told_acts(events: Sequence[Event]) -> list[Event]:
    """Told news of a completed act ("The port authority said on Friday that its board had dismissed
    the harbour master on Wednesday") is one happening, the act, dated by its own date: the telling is
    a statement, not a second happening, so the event dated by the report's day is dropped when the
    same sentence gives the told act an event of its own, dated inside the told clause (named in that
    event's ``derivation``). An announcement of what is to come ("said on Tuesday that it would close
    the plant in January") is an act of its own and stays."""
    out = list(events)
    drop: set[int] = set()
    for members in sentence_groups(events):
        told = [n for n in members if in_told_clause(events[n])]
        if not told:
            continue
        for n in members:
            if n in told or not in_reporting_clause(events[n]):
                continue
            act = min(told, key=lambda k: events[k].timex_start)
            if events[act].timex_start <= events[n].timex_end:
                continue
            out[act] = replace(out[act], derivation=f"{out[act].derivation}; told on {events[n].timex}")
            drop.add(n)
    return [e for n, e in enumerate(out) if n not in drop]


#: Between two clock times of one sentence: "and" and a verb of arriving or ending, the same subject
#: going on ("left at 8:30 and arrived a little after noon", "began at 10:00 and ended at 12:40").
_SAME_SUBJECT_GOES_ON = re.compile(
    r"^\s+and\s+(?:then\s+|later\s+|finally\s+)?(?:arrived|reached|landed|docked|pulled\s+in|got\s+(?:in|to|back)|returned|"
    r"ended|finished|stopped|closed|concluded|wound\s+up)\b"
)


def one_journey(events: Sequence[Event]) -> list[Event]:
    """Two clock times of one day told of one subject in one sentence, the second an arrival or an end
    ("The bus left at 8:30 and arrived a little after noon", "the hearing began at 10:00 and ended
    at 12:40"), are the stages of one happening (the trip, the hearing), not two: the first stays. Other pairs of times stay apart: "was shot at 10:57 and died at 10:58" are
    two happenings, and so are "issued on Sunday evening, was lifted at 06:00"."""
    out = list(events)
    drop: set[int] = set()
    for i in range(len(events) - 1):
        a, b = events[i], events[i + 1]
        if i in drop or a.sentence_start != b.sentence_start or a.type != "TIME" or b.type != "TIME":
            continue
        if a.begin is None or a.begin != b.begin or not a.timex or not b.timex or b.timex_start < a.timex_end:
            continue
        if not _SAME_SUBJECT_GOES_ON.match(a.sentence[a.timex_end - a.sentence_start:b.timex_start - a.sentence_start]):
            continue
        out[i] = replace(out[i], derivation=f"{out[i].derivation}; until {b.timex}, the same trip's next stage")
        drop.add(i + 1)
    return [e for n, e in enumerate(out) if n not in drop]
