"""The scanner: runs every registered rule (only in windows around its trigger words), then keeps
the longest match at each place and widens relative expressions by the word that picks their part.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from typing import Iterable

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar.registry import RULES, Builder, Cand
from explorer.temporal.per_text import memo, reading_report
from explorer.temporal.grammar.trigger_pass import Reading, TriggerPass
from explorer.temporal.grammar.window_matches import Oddities, WindowMatcher, oddities

#: how far around a trigger word a rule's pattern is tried
_WINDOW = 70
_LEADING_PREP = re.compile(r"(?i)^(?:on|in|at(?!\s+(?:least|most)\b)|for|since|from|by|during|until|till|of|towards?)\s+")
#: a blank line: no expression reads across it ("Saturday, August 3" heading, then "2:15 p.m. — ...")
#: where an expression ends whatever its pattern reads on: a blank line, or a line break before a
#: list's marker (a bullet or dash, "1." or "a)"), since each entry of a list is read on its own
#: ("- 2009" / "- 2015" are two years, not the range "2009\n- 2015"); and before a line that opens with
#: a clock time and its entry's words, as a timeline lists them under a day's heading ("Saturday 5
#: September" / "03:40 A farmer called ...": the heading's day and the entry's time, not one expression)
EXPRESSION_BREAK = re.compile(r"\n[ \t\r]*\n|\n[ \t]*(?:[-*+•·▪‣◦–—]|\d{1,3}[.)]|[a-z][)])[ \t]"
                              r"|\n[ \t]*(?=\d{1,2}[:.]\d\d[ \t]+(?:[-–—][ \t]+)?[A-Z])")


def trigger_windows(text: str, trigger: str, lower: str | None = None) -> list[tuple[int, int]]:
    """Merged windows around the trigger words; a match containing a trigger lies inside one.

    ``lower`` is ``text.lower()`` when that keeps every offset: a trigger that is one
    case-insensitive group then runs case-sensitively on it, four to five times faster."""
    plain = _lowercase_form(trigger) if lower is not None else None
    found = plain.finditer(lower) if plain is not None else _compiled(trigger).finditer(text)  # type: ignore[arg-type]
    return _merged(((m.start(), m.end()) for m in found), len(text))


def _merged(spans: Iterable[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The windows around match spans (in text order), overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        a, b = max(0, start - _WINDOW), min(n, end + _WINDOW)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class _Prepared:
    """What the scan reads off the rules once (rebuilt when :data:`RULES` changes, as when a test
    registers a rule): the one combined pass, each rule as (pattern, builder, priority, trigger,
    applies_to, reads_on), and which rules each trigger's windows feed.

    Why the grouping: a short text (a header line the document date reads alone) has windows for a
    handful of its ninety-odd triggers, and going through all the rules to find the few with
    something to read cost more than reading them."""

    def __init__(self) -> None:
        entries = list(RULES)
        #: the rules as they were (compared with :data:`RULES` by each scan: equal lists of the same
        #: tuples compare by identity, element by element, in C)
        self.entries = entries
        triggers = tuple(dict.fromkeys(t for _n, _p, _b, _pr, t in entries if t is not None))
        whole = tuple(p for _n, p, _b, _pr, t in entries if t is None)
        self.one = TriggerPass(
            [(t, _lowercase_form(t) or _compiled(t), _lowercase_form(t) is not None) for t in triggers]
            + [(p, p, False) for p in whole])
        self.plan = [(pattern, build, prio, trigger, getattr(build, "applies_to", None), getattr(build, "reads_on", False))
                     for _name, pattern, build, prio, trigger in entries]
        #: the plan's rules read only in their trigger's windows, by trigger; every other rule (no
        #: trigger, read on from its trigger, or for one kind of text) is tried on every text
        self.by_trigger: dict[str, list[int]] = {}
        self.always: list[int] = []
        for i, (_pattern, _build, _prio, trigger, applies_to, reads_on) in enumerate(self.plan):
            if trigger is None or reads_on or applies_to is not None:
                self.always.append(i)
            else:
                self.by_trigger.setdefault(trigger, []).append(i)
        #: the triggers of those rules the combined pass does not serve (each text reads them on its own)
        self.unserved = [t for t in self.by_trigger if t not in self.one.keys]
        #: each rule read in windows, tried only where its match can begin (see :mod:`.window_matches`),
        #: made the first time the rule has windows to read: reading a rule's beginnings parses its
        #: pattern, 100 ms for all of them, which a process tagging one short text would pay whole
        self.matchers: list[WindowMatcher | None] = [None] * len(self.plan)

    def matcher(self, i: int) -> WindowMatcher:
        """The window matcher of the plan's ``i``-th rule."""
        found = self.matchers[i]
        if found is None:
            found = self.matchers[i] = WindowMatcher(self.plan[i][0])
        return found


_PREPARED: list[_Prepared] = []


def prepared_scan() -> _Prepared:
    """The rules prepared for scanning, built again only when the registered rules change."""
    if not _PREPARED or _PREPARED[0].entries != RULES:
        _PREPARED[:] = [_Prepared()]
    return _PREPARED[0]


def _whole_text_rule(key: object) -> bool:
    """A key of the combined pass that is a rule's own pattern (its matches are kept), not a trigger."""
    return not isinstance(key, str)


def _one_pass(text: str, lower: str) -> Reading:
    """The windows (and first match) of every trigger, by its text, and the matches of every rule
    without one, by its compiled pattern, that the one combined pass serves (see
    :mod:`.trigger_pass`); the others are scanned on their own when a rule asks for them."""
    return prepared_scan().one.read(text, lower, _WINDOW, _whole_text_rule) or Reading()


def one_pass_windows(text: str, lower: str) -> dict[str, list[tuple[int, int]]]:
    """The windows of every trigger the one combined pass serves."""
    reading = _one_pass(text, lower)
    return {key: reading.windows.get(key, []) for key in reading.read if isinstance(key, str)}


_TRIGGER_CACHE: dict[str, re.Pattern[str]] = {}


@functools.lru_cache(maxsize=None)
def _lowercase_form(trigger: str) -> re.Pattern[str] | None:
    """``(?i:X)`` as ``X`` compiled case-sensitively (for lowercased text), when the whole trigger is
    that one group and X names no capital letter; else None."""
    if not (trigger.startswith("(?i:") and trigger.endswith(")")):
        return None
    depth = 0
    for i, ch in enumerate(trigger):
        if ch == "(" and (i == 0 or trigger[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and trigger[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(trigger) - 1:
                return None  # "(?i:a)|b": the group closes before the end
    inner = trigger[4:-1]
    if re.search(r"(?<!\\)[A-Z]", inner.replace("\\", "")):
        return None
    return re.compile(inner)


def _compiled(p: str) -> re.Pattern[str]:
    if p not in _TRIGGER_CACHE:
        _TRIGGER_CACHE[p] = re.compile(p)
    return _TRIGGER_CACHE[p]


def find_candidates(text: str) -> list[Cand]:
    """All non-overlapping candidates, longest match first, in text order.

    Finding the document date and tagging read the same text; the scan is cached and each caller
    gets its own (shallow) copies, since coordination rewrites candidates in place."""
    return [copy.copy(c) for c in _find_candidates_cached(text)]


@memo(maxsize=64)
def _find_candidates_cached(text: str) -> tuple[Cand, ...]:
    return tuple(scan_text(text))


#: "02:49 p. m.", "7 A. M.": a space inside the abbreviation (Spanish-language and some wire copy
#: write it so); read like "p.m." by moving the letter over the space, which keeps every offset
_SPACED_MERIDIEM = re.compile(r"(?<![A-Za-z.])([apAP])\.[ \t]([mM])\.")


def _meridiem_closed_up(text: str) -> str:
    """``text`` with "p. m." written " p.m." (the same length, so offsets are unchanged)."""
    if ". m." not in text and ". M." not in text:
        return text
    return _SPACED_MERIDIEM.sub(lambda m: f" {m[1]}.{m[2]}.", text)


#: "this #Friday", "next #Christmas": a determiner before a hashtag makes the tag a word of the phrase
_HASHTAG_AFTER_DETERMINER = re.compile(r"(?i)\b(?:this|next|last|every|coming)[ \t]+#(?=[A-Za-z])")


def _determined_hashtags_opened(text: str) -> str:
    """``text`` with the "#" of a hashtag after "this", "next", "last", "every" or "coming" written
    as a space (the same length, so offsets are unchanged): "to end this #Christmas day" is read as
    "this Christmas day", the one of the document's year, not a day of a year said before it."""
    if "#" not in text:
        return text
    return _HASHTAG_AFTER_DETERMINER.sub(lambda m: m[0][:-1] + " ", text)


def _trigger_windows(passed: Reading, text: str, trigger: str, lower: str | None) -> list[tuple[int, int]]:
    """The windows of ``trigger``: as the combined pass read them, else from its own pass."""
    served = passed.windows_of(trigger)
    return served if served is not None else trigger_windows(text, trigger, lower)


def scan_text(text: str) -> list[Cand]:
    """Every rule's candidates in ``text``, uncached (see :func:`find_candidates` for the cached reading)."""
    report = reading_report(text)
    text = _determined_hashtags_opened(_meridiem_closed_up(text))
    found: list[Cand] = []
    lower: str | None = text.lower()
    if len(lower) != len(text):  # type: ignore[arg-type]
        lower = None  # some letter lowercases to two ("İ"): offsets would shift
    passed = _one_pass(text, lower) if lower is not None else Reading()
    prepared = prepared_scan()
    plan = prepared.plan
    # the windows of the triggers the combined pass found, and of those it did not read, each from
    # its own pass (the pass's triggers that did not match have none)
    windows_by_trigger: dict[str, list[tuple[int, int]]] = dict(passed.windows)  # type: ignore[arg-type]
    unread = prepared.unserved if passed.read is prepared.one.keys else [t for t in prepared.by_trigger if t not in passed.read]
    for trigger in unread:
        windows_by_trigger[trigger] = trigger_windows(text, trigger, lower)
    # the rules with something to read, in the plan's order (it breaks ties between equal matches)
    todo = sorted(prepared.always + [i for trigger, found in windows_by_trigger.items() if found
                                     for i in prepared.by_trigger.get(trigger, ())])
    odd: Oddities | None = None
    for done in todo:
        pattern, build, prio, trigger, applies_to, reads_on = plan[done]
        if report is not None:
            report("scan", done / len(plan))  # rule by rule over the whole text: how many rules have run
        if applies_to is not None and not applies_to(text):  # type: ignore[operator]
            continue  # a rule for one kind of text (posts): not scanned in the others
        if trigger is None:
            matches = passed.matches_of(pattern)
            if matches is None:
                matches = list(pattern.finditer(text))
        else:
            if reads_on:
                # a rule whose match may stand anywhere after its trigger ("in 216" long after "218 BC")
                key = "reads_on:" + trigger
                if key not in windows_by_trigger:
                    if trigger in passed.read and _lowercase_form(trigger) is None:  # the pass ran it as written
                        at = passed.first.get(trigger)
                    else:
                        first = _compiled(trigger).search(text)
                        at = first.start() if first else None
                    windows_by_trigger[key] = [(at, len(text))] if at is not None else []
            else:
                key = trigger
                if key not in windows_by_trigger:  # a rule for one kind of text: its trigger's windows
                    windows_by_trigger[key] = _trigger_windows(passed, text, trigger, lower)
            if odd is None:
                odd = oddities(text)
            matches = prepared.matcher(done).matches(text, lower, windows_by_trigger[key], odd)
        if not matches:
            continue
        for m in _within_paragraphs(pattern, matches, text):
            if m.end() == m.start():
                continue
            c = build(m, text)
            if c is None or c.end <= c.start:
                continue
            c.priority = prio
            # trim whitespace and trailing punctuation the patterns may have eaten
            while c.end > c.start and text[c.end - 1] in " \t\n,":
                c.end -= 1
            while c.start < c.end and text[c.start].isspace():
                c.start += 1
            lp = _LEADING_PREP.match(text[c.start:c.end])
            if lp and c.kind not in ("dur", "set"):
                c.start += lp.end()
            if _inside_a_word(text, c.start, c.end) or _begins_a_name(text, c.start, c.end) \
                    or _in_a_handle_or_address(text, c.start) or _in_a_handle_or_address(text, c.end - 1) \
                    or _a_hashtag_label(text, c.start, c.end):
                continue
            found.append(c)
    found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[Cand] = []
    occupied = bytearray(len(text) + 1)
    for c in found:
        if any(occupied[c.start:c.end]):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    taken = _join_clock_day_part(text, taken)
    for c in taken:
        _extend_with_modifier(text, c, occupied)
        _extend_with_part_of(text, c, occupied)
        _extend_with_article(text, c, occupied)
        _extend_with_hedge(text, c, occupied)
    return taken


_PART_ALONE = re.compile(r"(?i)(?:morning|afternoon|evening|night)")


def _join_clock_day_part(text: str, taken: list[Cand]) -> list[Cand]:
    """ "7 p.m. Thursday night", "11:30 p.m. Saturday night": the part of the day that follows a clock
    time on a weekday belongs to it, one TIME (read as the clock time on that day), not a second
    expression "night" of no day."""
    out: list[Cand] = []
    for c in taken:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "TIME" and prev.spec is not None and prev.spec.weekday is not None \
                and prev.spec.clock and text[prev.end:c.start] in (" ", "\t") and _PART_ALONE.fullmatch(text[c.start:c.end]):
            prev.end = c.end
            continue
        out.append(c)
    return out


def _within_paragraphs(pattern: re.Pattern[str], matches: Iterable[re.Match[str]],
                       text: str) -> Iterable[re.Match[str]]:
    """The matches, each kept inside its paragraph and its list entry: a match that reads across a
    blank line or into the next entry of a list is read again up to the break (the text after it is
    matched on its own), since a heading and the first words of the next paragraph are never one
    expression ("Saturday, August 3" / "2:15 p.m."), nor are two entries ("2009" / "- 2015")."""
    for m in matches:
        if "\n" not in m.group():
            yield m
            continue
        # (read a little past the match: a break may look ahead at the entry's words after a clock time)
        cut = EXPRESSION_BREAK.search(text, m.start(), min(len(text), m.end() + 12))
        if cut is None or cut.start() >= m.end():
            yield m
        else:
            yield from pattern.finditer(text, m.start(), cut.start())
            # what the match had swallowed after the break is read again from the break on: "2012–2017"
            # of "2011\n- 2012–2017" (matches the scan goes on to, from the match's end, are its own)
            again = itertools.takewhile(lambda n: n.start() < m.end(), pattern.finditer(text, cut.end()))
            yield from _within_paragraphs(pattern, again, text)


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """A match that begins or ends in the middle of a word ("night" of "knight", "may" of "Mayor") or
    of a number ("000 years" of "12,000 years"):
    the rule's pattern lacked a boundary there, and no expression is cut out of a longer word."""
    if start > 0 and text[start].isalpha() and text[start - 1].isalpha():
        return True
    if start > 1 and text[start - 1] in ",." and text[start - 2].isdigit() and text[start:start + 3].isdigit() \
            and not text[start + 3:start + 4].isdigit():
        return True  # "000 years ago" of "15,000 years ago": a thousands group is no number of its own
    return end < len(text) and text[end - 1].isalpha() and text[end].isalpha()


#: a handle ("@june2020", "@sat_nite_live"; "@7pm" and "@ 7pm" are "at"), an e-mail address, or a web
#: address: with a scheme, "www.", or a dotted name with a path ("bit.ly/march12"; "5.30/6pm" is times)
_HANDLE_OR_ADDRESS = re.compile(
    r"(?i)[(\[\"'“‘]*(?:@[a-z_]|\S*\w@\w+\.\w|[a-z][\w+.-]*://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)")


def _in_a_handle_or_address(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` (run of non-space characters) is a handle or an address: a month,
    weekday or number inside one names an account or a page, never a date."""
    a = pos
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    if a == pos and text[pos:pos + 1] not in ("@", "h", "w"):
        return False  # the word starts here: only a handle or an address can start with its match
    b = pos
    while b < len(text) and not text[b].isspace():
        b += 1
    word = text[a:b]
    if "@" not in word and "/" not in word and "www." not in word.lower():
        return False  # each kind holds one of these: most words are let go without the pattern
    return _HANDLE_OR_ADDRESS.match(text, a, b) is not None


#: a word that makes the hashtag after it part of the sentence: "see u on #Monday", "this #Christmas day"
_HASHTAG_IN_SENTENCE = re.compile(
    r"(?i)\b(?:on|this|next|last|every|by|till|until|til|since|before|after|for|of|from|to|at|in|the|a|an|"
    r"its|it's|it’s|is)[ \t]+$")


def _a_hashtag_label(text: str, start: int, end: int) -> bool:
    """ "#Friday! Not drinking tonight", "#TBT", "spring sale #Summer": a hashtag that is a whole match
    labels the post (TimeML annotators of posts leave such tags out, keeping only what the sentence
    says). A hashtag with figures ("#sunset #720pm") states when the photo was taken, and is read;
    so is one read as a word of the sentence, after a preposition or determiner ("see u on #Monday",
    "this #Friday"), or opening a longer phrase ("#Christmas day") still is one."""
    if start == 0 or text[start - 1] != "#" or any(ch.isspace() or ch.isdigit() for ch in text[start:end]):
        return False
    return _HASHTAG_IN_SENTENCE.search(text, max(0, start - 13), start - 1) is None


#: a capitalised calendar word ending a match and a capitalised name's head noun right after it
_CALENDAR_WORD_END = re.compile(
    rf"(?<![A-Za-z])(?:{'|'.join(w.capitalize() for w in (*lx.WEEKDAYS, *lx.MONTHS, *lx.SEASONS) if len(w) >= 3)}|Easter|Christmas|Midsummer)$")
_NAME_HEAD_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(h.capitalize() for h in lx.NAME_HEADS)})\b(?!\.?[ \t]*\d)")


def _begins_a_name(text: str, start: int, end: int) -> bool:
    """ "May Street", "Friday Harbour", "the Summer Hall", "Christmas Island": a capitalised weekday,
    month, season or feast right before the capitalised head noun of a place or building is the first
    word of that place's name, and the match is no date (a number after the noun, "June Road 5", is
    left to the rules)."""
    return _CALENDAR_WORD_END.search(text, start, end) is not None and _NAME_HEAD_AFTER.match(text, end) is not None


_DEICTIC_START = re.compile(r"(?i)(?:this|next|last|yesterday|today|tomorrow)\b")
#: "late Tuesday", "early Thursday": wire copy's part of a weekday (TimeML keeps the word, mod END/START);
#: before a weekday's part of day ("early Friday morning") TimeBank leaves the word out
_WEEKDAY_START = re.compile(lx.WEEKDAY_NAMES + r"\b")
_PART_BEFORE = re.compile(r"(?i)\b(?P<w>early|late|earlier|later|the\s+(?:end|beginning|start|middle)\s+of)\s+$")


def _extend_with_modifier(text: str, c: Cand, occupied: bytearray) -> None:
    """ "early next year", "late yesterday", "earlier this month", "the end of this week", "late
    Tuesday": TimeML spans keep the word that picks a part of a period said relative to now or of a
    bare weekday (mod START/END)."""
    if c.mod:
        return
    weekday = c.kind == "under" and _WEEKDAY_START.fullmatch(text, c.start, c.end) is not None
    if not weekday and (c.kind != "dct" or c.type != "DATE" or c.value is not None or not _DEICTIC_START.match(text, c.start)):
        return
    m = _PART_BEFORE.search(text, max(0, c.start - 20), c.start)
    if m is None or any(occupied[m.start():c.start]) or weekday and m["w"].lower() not in ("early", "late"):
        return
    w = re.sub(r"\s+", " ", m["w"].lower())
    c.mod = {"early": "START", "late": "END", "the end of": "END", "the beginning of": "START",
             "the start of": "START", "the middle of": "MID"}.get(w)
    occupied[m.start():c.start] = b"\x01" * (c.start - m.start())
    c.start = m.start()


_PART_OF_BEFORE = re.compile(
    r"(?i)\bthe\s+(?P<w>end|close|turn|beginning|start|middle|first\s+half|second\s+half|last\s+half|latter\s+half|"
    r"first\s+part|early\s+part|latter\s+part|later\s+part|last\s+part)\s+of\s+$")
_PART_MOD = {"end": "END", "close": "END", "turn": "END", "beginning": "START", "start": "START", "middle": "MID",
             "first half": "START", "first part": "START", "early part": "START", "second half": "END",
             "last half": "END", "latter half": "END", "latter part": "END", "later part": "END", "last part": "END"}


def _extend_with_part_of(text: str, c: Cand, occupied: bytearray) -> None:
    """ "the end of the 19th century", "the middle of the 9th century BC", "the latter part of the
    year", "the last half of the '80s": the part is said of the whole period, and TimeML marks the
    phrase with it (mod START/MID/END); the rules that read "the end of April" themselves are not
    touched (their expression already holds the part)."""
    if c.type != "DATE" or c.kind in ("dur", "set") or c.mod:
        return
    m = _PART_OF_BEFORE.search(text, max(0, c.start - 30), c.start)
    if m is None or any(occupied[m.start():c.start]):
        return
    w = re.sub(r"\s+", " ", m["w"].lower())
    # "the turn of the 20th century" is its opening (the years from 1900), not its close as "the turn
    # of the year" is the year's
    c.mod = "START" if w == "turn" and c.spec is not None and c.spec.gran == "CE" else _PART_MOD[w]
    occupied[m.start():c.start] = b"\x01" * (c.start - m.start())
    c.start = m.start()


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")


def _extend_with_article(text: str, c: Cand, occupied: bytearray) -> None:
    """ "the previous April", "the previous Friday": the article belongs to the expression, as it does
    in "the previous year" (the month and weekday rules read "previous April" without it)."""
    if not re.match(r"(?i)previous\s", text[c.start:c.end]):
        return
    m = _THE_BEFORE.search(text, max(0, c.start - 6), c.start)
    if m is None or any(occupied[m.start():c.start]):
        return
    occupied[m.start():c.start] = b"\x01" * (c.start - m.start())
    c.start = m.start()


_HEDGE_AFTER = re.compile(r"(?i)\s+or\s+(?:(?P<so>so)|(?P<side>later|earlier))\b")


def _extend_with_hedge(text: str, c: Cand, occupied: bytearray) -> None:
    """ "the next year or so", "an hour or so", "1994 or later": TimeML spans keep the hedge that
    loosens a period or a year, since the words say how far the expression reaches ("or later"
    only after a stated year or date: "a year later or earlier" is no hedge)."""
    m = _HEDGE_AFTER.match(text, c.end)
    if m is None or c.kind == "set" or any(occupied[c.end:m.end()]):
        return
    if m["side"] and (c.kind != "abs" or c.type != "DATE"):
        return
    occupied[c.end:m.end()] = b"\x01" * (m.end() - c.end)
    c.end = m.end()


def trigger_misses(text: str, rules: list[tuple[str, re.Pattern[str], Builder, int, str | None]] | None = None,
                   ) -> list[tuple[str, int, int]]:
    """Every match a rule makes on ``text`` (scanning all of it) that its trigger does not cover.

    Scanning runs a rule's pattern only around its trigger words, so a match without its trigger is
    silently lost (unless another trigger happens to be near). This is the check that a rule's
    trigger is present in every match it can produce: inside the match or the candidate built from
    it, or, for a rule that ``reads_on``, anywhere before its end. A match the builder rejects does
    not count. Returns
    ``(rule name, start, end)`` of each uncovered match; tests run it over real text."""
    misses: list[tuple[str, int, int]] = []
    for name, pattern, build, _prio, trigger in RULES if rules is None else rules:
        if trigger is None:
            continue
        reads_on = getattr(build, "reads_on", False)
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            c = build(m, text)
            if c is None or c.end <= c.start:
                continue
            # the candidate may reach before its match ("twice a year" from "a year")
            zone = (0 if reads_on else min(m.start(), c.start), max(m.end(), c.end))
            if _compiled(trigger).search(text, *zone) is None:
                misses.append((name, m.start(), m.end()))
    return misses
