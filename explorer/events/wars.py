"""An act told during a war: "During the First World War the army took over the main building as a
hospital", "During the Crimean War the yard built six gunboats" on a page that gave that war's years.

Histories of institutions, towns and firms date many acts by the war they fell in, not by the calendar.
TimeML tags no war's name, so the tagger gives no date, and the act took the story's last date ("rebuilt
after a fire in 1906 … During the First World War the army requisitioned the maltings" was dated 1907).
A reader dates it within the war. The two world wars are general knowledge, the way a holiday's date
is: their spans are written here once, from the British entry to the armistice (1914-08-04 to
1918-11-11) and from the declaration to the end in Europe (1939-09-03 to 1945-05-08), the narrowest
windows a reader would give. Any other war is dated only by the page: by the years it gives beside the
war's name ("the Crimean War (1853–56)", "the war of 1870-71", "the Boer War, 1899-1902") or in a
sentence telling its start and end ("The Crimean War broke out in 1853 and lasted until 1856"); "the
war" alone is the war the page named last before it, with the span it gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from explorer.events.record import Event

_WORLD = (r"(?P<first>First\s+World\s+War|World\s+War\s+(?:I|One|1)(?![\w])|Great\s+War|WWI(?!I))|"
          r"(?P<second>Second\s+World\s+War|World\s+War\s+(?:II|Two|2)(?![\w])|WWII|WW2)")
#: A war's name: one to three capitalised words before "War" ("the Crimean War", "the Franco-Prussian
#: War", "the Second Anglo-Dutch War"), or "the war" alone.
_NAME = r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}War|[Ww]ar)"
#: "During the First World War", "in the Second World War", "throughout the Crimean War", "during the
#: war": a preposition of time within the war, then its name.
_DURING = re.compile(rf"\b(?:[Dd]uring|[Ii]n|[Tt]hroughout)\s+(?:the\s+)?(?:{_WORLD}|(?<=the\s){_NAME})\b")
_YEAR = r"(?:1\d{3}|20\d{2})(?!\d)"
#: a war and its years beside its name: "the Crimean War (1853–56)", "the war of 1870-71", "the Boer
#: War, 1899-1902", "the Crimean War from 1853 to 1856"
_NAMED_SPAN = re.compile(
    rf"\b[Tt]he\s+{_NAME}\s*(?:\(|,|\bof\b|\bfrom\b|\bin\b)?\s*(?P<a>{_YEAR})\s*(?:[-–—]|\bto\b|\buntil\b)\s*(?P<b>\d{{2}}|{_YEAR})(?!\d)")
#: a war's start and end told in its sentence: "The Crimean War broke out in 1853 and lasted until
#: 1856", "the Crimean War, which the records date from 1854 to 1856"
_TOLD_SPAN = re.compile(
    rf"\b[Tt]he\s+{_NAME}\b[^.;!?]{{0,80}}?\b(?:in|from)\s+(?P<a>{_YEAR})\b[^.;!?]{{0,40}}?"
    rf"\b(?:until|till|to|ended\s+in|end(?:ed|s)?\s+in)\s+(?P<b>{_YEAR})")
_SPANS = {"first": (date(1914, 8, 4), date(1918, 11, 11)), "second": (date(1939, 9, 3), date(1945, 5, 8))}


@dataclass(frozen=True)
class _War:
    """A war the page names, where it names it, and the span it is known by."""

    at: int
    name: str
    begin: date
    end: date


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _wars(text: str) -> list[_War]:
    """Every war the page names with a span: each world war where it is named, each other war where its
    years are given, in the order of the text."""
    wars = []
    for m in re.finditer(_WORLD, text):
        begin, end = _SPANS["first" if m.group("first") else "second"]
        wars.append(_War(m.start(), "world", begin, end))
    for m in (*_NAMED_SPAN.finditer(text), *_TOLD_SPAN.finditer(text)):
        a, b = int(m["a"]), m["b"]
        last = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        if a <= last <= a + 30:
            wars.append(_War(m.start(), _key(m["name"]), date(a, 1, 1), date(last, 12, 31)))
    return sorted(wars, key=lambda w: w.at)


def _span(m: re.Match[str], wars: list[_War], at: int) -> tuple[date, date] | None:
    """The span of the war ``m`` names: a world war's own; a named one's as the page gave it; "the war"
    the last war named before ``at``."""
    if m.group("first") or m.group("second"):
        return _SPANS["first" if m.group("first") else "second"]
    name = _key(m["name"])
    told = [w for w in wars if (w.name == name if name != "war" else w.at < at)]
    if name == "war":
        return (told[-1].begin, told[-1].end) if told else None
    return (told[0].begin, told[0].end) if told else None


def dated_by_a_war(events: list[Event], text: str) -> list[Event]:
    """``events`` with each act that has no calendar date of its own, told in a sentence that opens with
    "during" a war (a world war, a war the page gave years for, or "the war" after one), dated within
    that war."""
    wars = None
    out = []
    for event in events:
        war = None if event.certainty == "exact" or event.timex else _DURING.search(event.sentence)
        if war is not None and wars is None:
            wars = _wars(text)
        span = _span(war, wars or [], event.sentence_start) if war is not None else None
        if span is None:
            out.append(event)
            continue
        out.append(replace(event, begin=span[0], end=span[1], certainty="inferred",
                           derivation=f"{event.derivation}; within the war the sentence names"))
    return out
