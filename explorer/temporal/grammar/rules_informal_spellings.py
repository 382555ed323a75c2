"""Day words as posts spell them: letters held for emphasis ("tomorrowww", "toniiiight",
"fridayyy") and the possessive typed without its apostrophe ("todays news", "tonights show").

Both are spellings of a word the grammar already knows, so instead of a pattern per spelling there
is one table, keyed by the word with every run of a letter squeezed to one ("tomorrow",
"tommorrow" and "tomorrrowww" are all "tomorow"): the rule squeezes what it found and looks it up.
A standard spelling is left to the rules that read it (:mod:`.rules_relative`,
:mod:`.rules_informal_days`); only the stretched or apostrophe-less forms are read here.

Why a held letter counts only in a run of three: "tomorrow" has two r's and "tommorow" is a
misspelling the day-word table lists; a run of three or more letters is no spelling at all but a
voice drawn out, which formal text never writes.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.grammar import Cand, rule, text_before
from explorer.temporal.grammar.rules_relative import PRESENT_AGE_NOUN
from explorer.temporal.normalize import Spec

#: the day words by their squeezed form: (days from the writer's day, part of day)
_DAY_WORDS: dict[str, tuple[int, str | None]] = {
    "today": (0, None), "2day": (0, None), "tonight": (0, "NI"), "tonite": (0, "NI"), "2nite": (0, "NI"),
    "2night": (0, "NI"), "tomorow": (1, None), "tmrw": (1, None), "2moro": (1, None), "2morow": (1, None),
    "yesterday": (-1, None),
}
#: the weekdays spelled out, squeezed (none has a double letter): held only, never possessive here
_WEEKDAYS = {name: i for name, i in lx.WEEKDAYS.items() if name.endswith("day")}


def _stretchable(word: str) -> str:
    """``word`` as a pattern that also takes each of its letters held: "today" -> "to+d+a+y+"; the
    first letter stays single so the trigger can find where the word begins."""
    return re.escape(word[0]) + "".join(re.escape(c) + "+" for c in word[1:])


def _squeeze(word: str) -> str:
    """Every run of one letter as a single letter: "tomorrrowww" -> "tomorow"."""
    return re.sub(r"(.)\1+", r"\1", word)


_HELD = re.compile(r"(.)\1\1")
#: a word read as a plural noun after these ("all our yesterdays", "brighter tomorrows"), no day
_PLURAL_BEFORE = re.compile(r"(?i)\b(?:the|our|your|their|my|his|her|all|of|and|or|many|brighter|better|endless|those|these)\s+$")
#: ... or before these: a possessive is followed by what it owns, a plural by a verb or a preposition
_PLURAL_AFTER = re.compile(r"(?i)\s+(?:are|were|is|was|of|and|or|to|that|which|will|with|in|for|ago)\b")

_ALL = "|".join(_stretchable(w) for w in sorted({*_DAY_WORDS, *_WEEKDAYS}, key=len, reverse=True))


@rule(rf"\b(?P<w>{_ALL})(?P<poss>s)?\b", re.IGNORECASE, priority=2,
      trigger=rf"(?i:\b(?:{_ALL})s?\b)")
def informal_spelling(m: re.Match[str], text: str) -> Cand | None:
    """ "tomorrowww", "toniiight", "sooo ... fridayyy", "todays news", "tonights show": a day word
    held for emphasis or made possessive without its apostrophe."""
    word = m["w"].lower()
    held = _HELD.search(word) is not None
    key = _squeeze(word)
    if m["poss"]:
        if key not in _DAY_WORDS or key == "2day" or not re.match(r"\s+[a-z]", text[m.end():m.end() + 2]):
            return None  # "Fridays" is a set and "2days" two days, read elsewhere; "todays." owns nothing
        if _PLURAL_BEFORE.search(text_before(text, m.start(), 12)) or _PLURAL_AFTER.match(text, m.end()):
            return None
        if key == "today" and PRESENT_AGE_NOUN.match(text, m.end()):
            return None  # "todays kids": the present age, as "today's kids"
    elif not held:
        return None  # a standard spelling: the rules that read it
    if key in _WEEKDAYS:
        return Cand(m.start(), m.end(), "under", "DATE", spec=Spec("D", weekday=_WEEKDAYS[key]))
    if key not in _DAY_WORDS:
        return None
    n, pod = _DAY_WORDS[key]
    if pod:
        return Cand(m.start(), m.end(), "dct", "TIME", unit="D", n=n, value=pod)
    return Cand(m.start(), m.end(), "dct", unit="D", n=n)
