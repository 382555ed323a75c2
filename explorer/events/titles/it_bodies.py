"""What "it" opening a clause stands for when the sentence has named, before it, a body that the text
itself calls "it": "Velmar renewed the licence twice, but it let the agreement lapse", "Having lost its
main customer, Brannock turned to exports, and in 2004 it opened an office", "Marlow Foods confirmed
that it was considering a bid, and on 9 June it offered 300p a share".

A name is a body's (or a thing's) when the text writes "its" after it in its own clause ("Asterion
answered with suits of its own", "Tarsk cut its prices"), "its" in a phrase set before it ("Having lost
its main customer, Brannock"), or "it" acting after its verb of saying ("Corvex said in March that it would
close"; not "said that it was a bad year"), and never tells it as a person: no "he" or "she", title or person's noun goes with it
(``gender.sex_in_text``), and no person's pronoun stands in the sentence before the clause ("Anna Berg
wrote the novel, and in 1992 it won": the novel, not her). The nearest such name before the clause is
taken, with "The" when the text always writes it so; one word capitalised only where it opens a
sentence is no name. Only general English: nothing here knows a name.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS

#: A capitalised name of one to three words (a "&" or "of" inside), not a sentence's opening word.
_NAME = re.compile(r"\b(?<![’'])([A-Z][\w’'-]*[a-z0-9](?:\s+(?:&\s+|of\s+)?[A-Z][\w’'-]*[a-z0-9]){0,2})\b(?![’']s)")
#: Capitalised words that open a sentence or a clause and are no name.
_NOT_NAMES = frozenset(
    """The A An In On At By After Before During Since Until When While Having Although Though As If Once Then
    It Its This That These Those There Here He She They We I You His Her Their Our My But And Or So For With
    From Last Next Early Late Later Under Over Among Despite Following According Meanwhile However""".split()
) | frozenset(FULL_MONTHS) | frozenset(FULL_WEEKDAYS)
_PERSON_WORDS = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
_SAYING = r"(?:said|says|confirmed|confirms|announced|announces|stated|states|added|adds|admitted|admits|insisted|insists|claimed|claims|warned|warns)"


def _called_it(name: str, text: str) -> bool:
    """Whether ``text`` calls ``name`` "it" (see the module's docstring)."""
    n = re.escape(name)
    own = re.search(rf"\b{n}\s+(?:(?!he\b|she\b|his\b|her\b|they\b|their\b)[^.!?;,\n]){{0,50}}?\bits\b", text)
    set_before = re.search(rf"\bits\s+[^.!?;,\n]{{1,40}},\s+{n}\b", text)
    # (an act of its own after "it", not "it was a bad year", "it would be hard": an "it" that names nothing)
    told = re.search(rf"\b{n}\s+(?:[a-z]+\s+){{0,1}}?{_SAYING}\s+(?:[^.!?;,\n]{{0,30}}\s)?(?:that\s+)?it\s+"
                     r"(?:had|has|would|will|could|planned|plans|intended|intends|[a-z]{3,}ed|(?:was|is)\s+[a-z]{3,}ing)\b"
                     r"(?!\s+(?:be|been)\b)", text)
    return bool(own or set_before or told)


def body_called_it(head: str, text: str) -> str | None:
    """The name that an "it" opening the clause after ``head`` (the sentence up to the clause, its
    opening words included) stands for, or None; ``text`` is all the text up to the clause, read for
    how the name is told."""
    if _PERSON_WORDS.search(head):
        return None
    for m in reversed(list(_NAME.finditer(head))):
        name = m.group(1)
        words = name.split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if len(words) == 1 and not re.search(rf"[a-z0-9,;][ \t]+(?:the\s+)?{re.escape(name)}\b", text):
            continue  # ("Suction is strong for its price": a word capitalised only to open a sentence)
        if _called_it(name, text) and gender.sex_in_text(name, text) is None:
            # ("the Assembly": the article the text gives the name)
            told = [m.group(1) for m in re.finditer(rf"(\b[Tt]he\s+)?\b{re.escape(name)}\b(?!\s+[A-Z])", text)]
            return f"The {name}" if told and all(told) else name
    return None
