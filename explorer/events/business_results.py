"""A business's results for a period, told more than once: the same quarter's results told again in
the next sentence, the figures given after the day they were reported, and a reporting period named
by its last day ("the quarter that ended on March 31") beside the report's own date.

Results stories tell one happening (the results made public) in several sentences, each with a date
of the period; without these folds each sentence became a mark of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from explorer.events.record import Event, sentence_groups
from explorer.events.repeats import WORD, told_undated

#: A period's results: "third-quarter earnings rose 14 percent", "net income rose to $236 million", "the
#: company earned $170.2 million", "reported a loss".
_RESULTS = re.compile(r"\b(?:earn\w*|profits?|loss(?:es)?|lost|income|revenues?|sales|results?|turnover)\b", re.IGNORECASE)
#: A period told as the one before: "the third quarter of last year", "the same quarter a year ago".
_EARLIER_PERIOD = re.compile(r"\b(?:last|previous|prior|earlier|ago|same|comparable)\b", re.IGNORECASE)
#: The second telling's subject refers back to the first's: a pronoun, a bare results noun ("Net income
#: rose …") or a definite description of a business ("The bank", "The nation's second-largest toymaker").
#: ("Its rival lost …", "Another bank earned …" are someone else.)
_REFERS_BACK = re.compile(
    r"^\W*(?:it|they|(?:net\s+|operating\s+)?(?:income|earnings|profits?|revenues?|sales|results)\b|"
    r"the\s+(?:[\w'’.-]+\s+){0,4}?(?:company|firm|bank|group|chain|maker|retailer|carrier|insurer|lender|producer|"
    r"manufacturer|business|cooperative|co-op|giant|operator|toymaker|automaker|airline|conglomerate|brewer|miner|"
    r"publisher|utility|insurer|developer)\b)", re.IGNORECASE)
#: A quarter's or a half-year's value ("2019-Q3", "XXXX-Q3", "2024-H1").
_PERIOD_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:Q[1-4]|H[12])")


def fold_results_retold(text: str, events: Sequence[Event]) -> list[Event]:
    """One period's results told again in the next sentence of the same paragraph ("KeyCorp said
    third-quarter earnings rose 14 percent. The bank said third-quarter net income rose to $236
    million …") are one happening, the results for that quarter: the second telling joins the first's
    mentions. A period before it ("In the third quarter of last year, the bank …"), another period or
    a sentence that tells no results stays apart."""
    out = list(events)
    drop: set[int] = set()
    last: int | None = None  # the last event kept that tells a period's results
    for n, event in enumerate(events):
        if not event.timex or not _PERIOD_VALUE.fullmatch(event.value) or not _RESULTS.search(event.title):
            continue
        if last is not None:
            first = out[last]
            between = text[first.sentence_end:event.sentence_start]
            if (first.value == event.value and event.sentence_start > first.sentence_start and "\n\n" not in between
                    and len(between) <= 3 and not _EARLIER_PERIOD.search(event.timex)
                    and (_REFERS_BACK.match(event.title) or _first_word(event.title) == _first_word(first.title))):
                told = (event.sentence_start, event.sentence_end)
                out[last] = replace(first, mentions=tuple(sorted(set(first.mentions) | {told})),
                                    derivation=f"{first.derivation}; the same results told again at {told[0]}-{told[1]}")
                drop.add(n)
                continue
        last = n
    return [e for n, e in enumerate(out) if n not in drop]


#: A results sentence that names its period: "first-quarter profit", "quarterly net profit", "half-year".
_PERIOD_WORD = re.compile(r"\b(?:quarter(?:ly)?|half-year(?:ly)?|first-half|interim|full-year|annual|fiscal|"
                          r"(?:three|six|nine|twelve)\s+months)\b", re.IGNORECASE)
#: A results sentence that says they were made public: "reported", "posted", "announced", "said".
_MADE_PUBLIC = re.compile(r"\b(?:report(?:s|ed)?|post(?:s|ed)?|announc(?:es|ed)|said|says)\b", re.IGNORECASE)
#: A figure told "in the period" or "for the quarter": of the period already named.
_IN_THE_PERIOD = re.compile(r"\b(?:in|for|during|over)\s+the\s+(?:period|quarter|half|half-year|year)\b", re.IGNORECASE)
#: How far after a results report its figures may be told (characters, in its paragraph).
RESULTS_REACH = 600


def _initials(title: str) -> str:
    """Initials of the capitalised words that open a title: "United Parcel Service Inc" → "UPSI"."""
    out = ""
    for word in WORD.findall(title):
        if not word[:1].isupper():
            break
        out += word[0]
    return out


def _same_business(first: Event, later: Event) -> bool:
    """``later``'s title refers back to ``first``'s subject: a pronoun, a results noun or a definite
    description of a business, the same first word, or that name's initials ("UPS" after "United
    Parcel Service Inc")."""
    back = _REFERS_BACK.match(later.title)
    if (back and not later.title[back.end():back.end() + 1].isalnum()) or _first_word(later.title) == _first_word(first.title):
        return True  # (a whole word: "Its rival posted …" is someone else)
    words = WORD.findall(later.title)
    return bool(words) and len(words[0]) >= 2 and words[0].isupper() and _initials(first.title).startswith(words[0])


def fold_results_after_report(text: str, events: Sequence[Event]) -> list[Event]:
    """A business reports a period's results on a day ("Roper Technologies on Tuesday reported
    first-quarter profit of $289 million") and the next sentences of its paragraph give figures of
    those results ("The industrial equipment maker posted revenue of $1.53 billion in the period",
    "UPS said revenue increased to $15.3 billion in the first quarter"): one happening, the results
    made public that day. A figure dated by the period (a quarter or half that ends before the report)
    or told "in the period" with no date joins the report's mentions. A figure of another period, of
    another business, or in another paragraph stays."""
    out = list(events)
    drop: set[int] = set()
    for i, report in enumerate(events):
        if i in drop or not isinstance(report.begin, date) or report.begin != report.end or not report.timex:
            continue
        if not (_RESULTS.search(report.sentence) and _PERIOD_WORD.search(report.sentence) and _MADE_PUBLIC.search(report.sentence)):
            continue
        paragraph_end = text.find("\n\n", report.sentence_end)
        reach = min(report.sentence_end + RESULTS_REACH, len(text) if paragraph_end == -1 else paragraph_end)
        for j in range(i + 1, len(events)):
            other = events[j]
            if other.sentence_start >= reach:
                break
            if j in drop or other.sentence_start <= report.sentence_start or not _RESULTS.search(other.title):
                continue
            of_period = bool(other.timex) and _PERIOD_VALUE.fullmatch(other.value) is not None and (
                other.end is None or (isinstance(other.end, date) and other.end < report.begin))
            if not (of_period or (told_undated(other) and _IN_THE_PERIOD.search(other.sentence))):
                continue
            if _EARLIER_PERIOD.search(other.timex) or not _same_business(report, other):
                continue
            told = (other.sentence_start, other.sentence_end)
            out[i] = replace(out[i], mentions=tuple(sorted(set(out[i].mentions) | {told} | set(other.mentions))),
                             derivation=f"{out[i].derivation}; the results' figures told at {told[0]}-{told[1]}")
            drop.add(j)
    return [e for n, e in enumerate(out) if n not in drop]


def _first_word(title: str) -> str:
    """The title's first word, lower-cased: a name told again ("KeyCorp …", "KeyCorp …")."""
    words = WORD.findall(title)
    return words[0].lower() if words else ""


#: A reporting period named by its last day: "the quarter that ended on March 31", "the three months
#: ended Sept. 30", "the fiscal year ending June 30".
_PERIOD_ENDED = re.compile(
    r"\b(?:quarter|period|year|months|month|weeks?|season|half)\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$",
    re.IGNORECASE)


def fold_period_ends(text: str, events: Sequence[Event]) -> list[Event]:
    """A date that names a reporting period by its last day ("… earned $2.5 million in the quarter that
    ended on March 31", said on Thursday) is no happening of its own beside another date of its
    sentence: the period's end is named in that event's ``derivation``. Alone in its sentence it dates
    the results it names, and stays."""
    out = list(events)
    drop: set[int] = set()
    for members in sentence_groups(events, lambda event: bool(event.timex)):
        ends = [n for n in members if _PERIOD_ENDED.search(
            text[max(events[n].sentence_start, events[n].timex_start - 40):events[n].timex_start])]
        keep = [n for n in members if n not in ends]
        if not ends or not keep:
            continue
        first = keep[0]
        named = ", ".join(events[n].timex for n in ends)
        out[first] = replace(out[first], derivation=f"{out[first].derivation}; for the period ended {named}")
        drop.update(ends)
    return [e for n, e in enumerate(out) if n not in drop]
