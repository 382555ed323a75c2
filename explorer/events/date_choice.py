"""Which of a clause's dates an event keeps, when several tell one happening (see
``one_happening.one_per_clause``): two kinds of date give way to another date of the clause.

* A part of the day with no day of its own ("evening", "the night", "overnight"): its day is taken
  from the document or the story, while "on 23 April" or "on Wednesday" beside it names the day
  ("a quiz night … raised £3,100 on 29 November", "ran through the night on Wednesday").
* A date inside an aside set off by commas or brackets, a relative clause about someone or something
  of the clause ("The trial of X, who denies assaulting a driver on New Year's Eve, was adjourned on
  Thursday"): the aside's date is its own happening's, not the main clause's.
"""

from __future__ import annotations

import re

from explorer.events.record import Event

#: A part of the day told alone: no weekday, no day number, no "this", "that" or "last" naming its day.
_BARE_PART_OF_DAY = re.compile(r"(?i)(?:the\s+)?(?:morning|afternoon|evening|night|overnight|daytime|dusk|dawn)")

#: What opens an aside: a relative pronoun after a comma, or a bracket.
_ASIDE_OPENS = re.compile(r"(?:,\s+(?:who|whom|whose|which|where)\b|\()")


def bare_part_of_day(event: Event) -> bool:
    """Whether the event's date is a part of the day with no day of its own ("evening", "the night")."""
    return bool(event.timex) and _BARE_PART_OF_DAY.fullmatch(event.timex.strip()) is not None


def in_an_aside(event: Event) -> bool:
    """Whether the event's date stands inside a relative clause set off by commas (closed by a comma
    before the main clause goes on) or inside brackets."""
    if not event.timex:
        return False
    text = event.sentence
    at = event.timex_start - event.sentence_start
    end = event.timex_end - event.sentence_start
    opens = list(_ASIDE_OPENS.finditer(text, 0, at))
    if not opens:
        return False
    opener = opens[-1]
    if opener.group(0) == "(":
        return ")" not in text[opener.end():at] and ")" in text[end:]
    # the aside closes with a comma after the date, and the main clause goes on after it
    if "," in text[opener.end():at] or ";" in text[opener.end():at]:
        return False
    close = text.find(",", end)
    return close != -1 and bool(re.search(r"[a-z]", text[close:]))


#: A phrase opening the sentence, up to its comma, with a past participle in it: "Rebuilt after a fire
#: in 1906,", "Under the plan approved on Thursday,", "Founded in 1850,".
_OPENING_PARTICIPLE_PHRASE = re.compile(
    r"^\W*(?P<phrase>(?:(?:Under|With|Following|Despite)\s+[^,;:()—–]*?\b)?(?P<participle>[A-Za-z]+ed|[Rr]ebuilt|[Bb]uilt|"
    r"[Mm]ade|[Hh]eld|[Tt]aken|[Ww]ritten|[Gg]iven|[Kk]nown|[Cc]hosen|[Ss]old|[Bb]orn|[Ff]ound)\b[^,;:()—–]*),\s+(?=[A-Za-z])")


def in_an_opening_participle(event: Event) -> bool:
    """Whether the event's date sits, after its participle, in a phrase that opens the sentence
    (``_OPENING_PARTICIPLE_PHRASE``) before the main clause's subject."""
    if not event.timex:
        return False
    m = _OPENING_PARTICIPLE_PHRASE.match(event.sentence)
    at = event.timex_start - event.sentence_start
    return m is not None and m.end("participle") <= at < m.end("phrase")
