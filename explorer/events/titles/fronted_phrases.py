"""A title that is only the phrase fronting its sentence gives way to the clause that phrase leads into.

Writers open a sentence with a phrase of circumstance before its subject: "Emboldened by the win, the
duke marched north on 5 May", "Under cover of fog, the fleet slipped out", "Upon hearing the news,
the mayor resigned", "Shortly after the flood, the council rebuilt the bridge". When the date (or the
undated event's verb) stands after that phrase, the happening is the main clause's; a title made of
the phrase alone ("Emboldened by the win", "Under cover of fog") names nobody and no act: a fragment
in the events table. The main clause, titled on its own, says who did what.

Only the shape decides: a capitalised opening word of the kinds below, no finite verb before the
comma, and a subject after it. Nothing here knows a name, place or date.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from explorer.events.tense import present_of
from explorer.events.titles.finish import _present_verb_at, verb_at

#: Words that open a fronted phrase of circumstance: prepositions, and adverbs of time or manner
#: that lead one ("Shortly after …", "Still reeling from …", "Not wanting to …").
_OPENING_WORDS = (
    "Under|Upon|On|With|Without|In|Despite|Amid|Against|After|Before|Following|During|Through|Throughout|"
    "Shortly|Soon|Long|Still|Not|Unable|Once|Having|Being|Citing|Like|Unlike|Faced|Aided|Backed"
)
#: The phrase up to its comma, holding no finite verb nor a clause's opener, and the subject after it
#: (a word that joins no further phrase or clause: not "and", "which", "when").
_FRONTED = re.compile(
    r"^(?P<word>" + _OPENING_WORDS + r"|[A-Z][a-z]+(?:ing|ed|en))\b"
    r"(?![^,;]*\b(?:was|were|is|are|has|have|had|that|which|who|when|while|because|although)\b)"
    r"[^,;:.!?()]{2,120},\s+"
    r"(?=[A-Za-z])(?!(?:and|or|but|then|which|who|whose|where|when|as|so)\b)"
)


def fronted_phrase_end(sentence: str) -> int | None:
    """Where the subject of ``sentence`` begins after a fronted phrase of circumstance ("Under cover of
    fog, | the fleet …"), or None. A capitalised word in "-ed", "-en" or "-ing" counts only when it
    reads as a participle ("Emboldened", "Driven", "Citing"), not as a name ("Reading", "Dresden")."""
    m = _FRONTED.match(sentence)
    if m is None:
        return None
    word = m.group("word")
    if word.endswith(("ing", "ed", "en")) and not re.fullmatch(_OPENING_WORDS, word):
        low = word.lower()
        if not (low.endswith("ing") and len(low) > 5 or low.endswith("ed") and present_of(low) is not None
                or low.endswith("ened")):
            return None
    return m.end()


def _verbless(title: str) -> bool:
    """Whether a title has no verb the title rules can find."""
    words = title.split()
    return verb_at(words) is None and _present_verb_at(words) is None


def after_fronted_phrase(sentence: str, timex_start: int, timex_end: int, title: str, context: str,
                         make: Callable[[str, int, int, str], str],
                         others: Sequence[tuple[int, int]] = ()) -> str | None:
    """The title of the clause a fronted phrase leads into, when ``title`` is that phrase alone (it
    begins as the sentence does and has no verb) and the event's span stands after the phrase; None
    otherwise, and when another date of the sentence (``others``) stands in the phrase: that date's
    event has the phrase's title, and this one is told as the same happening, as before. ``make``
    titles a clause (``make_title``)."""
    end = fronted_phrase_end(sentence)
    if end is None or timex_start < end or title.split()[:1] != sentence.split()[:1] or not _verbless(title) \
            or any(a < end for a, _ in others):
        return None
    told = make(sentence[end:], timex_start - end, timex_end - end, f"{context} {sentence[:end]}")
    return told if len(told.split()) >= 3 and not _verbless(told) else None
