"""A verb of achieving before the act it achieved is left out of a title.

"On the night of 23 April they managed to scuttle their fleet", "Mediators were able to bring both
sides back to the table", "The team went on to win the league": "managed to", "was able to"/"were
able to" and "went on to" say that the act took place, and the act is the happening. A headline says
the act ("The sailors scuttle their fleet", "Mediators bring both sides back to the table"), and the
words saved keep the act's object inside the title's cut. The title rules read a clause's first past
verb as its predicate, so the act's infinitive is put in the past, as the sentence would have written
it without the verb of achieving, before the title's tense and cut are made.

Only general English: nothing here knows a name, place or date.
"""

from __future__ import annotations

from explorer.events.tense import IRREGULAR, third_person, present_of

#: The verbs of achieving, as words after the subject, up to the act's infinitive.
_ACHIEVING = (("managed", "to"), ("was", "able", "to"), ("were", "able", "to"), ("went", "on", "to"))


def achieving_length(words: list[str], at: int) -> int:
    """How many words of a verb of achieving stand at ``words[at]`` before the act's infinitive (0: none)."""
    for phrase in _ACHIEVING:
        if [w.lower() for w in words[at:at + len(phrase)]] == list(phrase) and at + len(phrase) < len(words):
            return len(phrase)
    return 0


def past_of(base: str) -> str | None:
    """The past of a verb's base form ("scuttle" -> "scuttled", "bring" -> "brought"), checked by
    reading it back with :func:`present_of`; None when no past reads back to the base."""
    if not (base.isalpha() and base.islower()):
        return None
    third = third_person(base)
    irregular = [past for past, present in IRREGULAR.items() if present == third]
    regular = [base + "d"] if base.endswith("e") else []
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        regular.append(base[:-1] + "ied")
    regular += [base + "ed", base + base[-1] + "ed"]
    return next((past for past in irregular + regular if present_of(past) == third), None)


def without_achieving(words: list[str], verb: int | None) -> list[str]:
    """``words`` with the verb of achieving at ``verb`` (the clause's verb) replaced by the act's past:
    "They managed to scuttle their fleet" -> "They scuttled their fleet". Unchanged when there is none
    or the act's past is not known."""
    if verb is None:
        return words
    length = achieving_length(words, verb)
    if not length:
        return words
    past = past_of(words[verb + length])
    return words if past is None else [*words[:verb], past, *words[verb + length + 1:]]
