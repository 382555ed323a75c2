"""What an "it" stands for when its verb is one only a built thing takes: reopening, being rebuilt,
repaired or restored ("The county refurbished the library, and it reopened in 2009"; "A fire destroyed
the workshop. Friends raised money to rebuild it, and it reopened within a year").

A reader takes "it" for the subject before it by default, and the other rules here do so ("Velmont
extended the lease, but it let the agreement expire"). A verb of reopening or rebuilding turns that
round: a county, a fire or a storm is not what reopens or is rebuilt; the thing the clause before acted
on is. When that clause acted on "it" itself ("to rebuild it"), the thing is the one the sentence before
acted on ("destroyed the workshop"), for the same reason. General English only: the verbs of a built
thing being made good again, and a definite singular object.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.antecedents import PEOPLE_WORDS
from explorer.events.titles.pronouns import NOT_IN_A_NOUN_WORDS

#: Verbs whose doer or undergoer can only be a building, a place or a made thing: being made good again
#: and opened again ("reopened", "was rebuilt", "is restored", "opened again").
_MADE_GOOD = r"(?:rebuil[dt]s?|rebuilding|restor(?:e|es|ed|ing)|repair(?:s|ed|ing)?|refurbish(?:es|ed|ing)?|" \
             r"renovat(?:e|es|ed|ing)|re-?roof(?:s|ed|ing)?|reconstruct(?:s|ed|ing)?|re-?open(?:s|ed|ing)?)"
#: "It" with such a verb: "it reopened", "it reopens", "it was rebuilt", "it is restored", "it opened again".
_IT_MADE_GOOD = re.compile(
    # (or opened as what it became: "it opened as a market")
    rf"^(?:It|it)\s+(?:(?:was|is|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?)?(?:{_MADE_GOOD}|open(?:s|ed)\s+again"
    r"|open(?:s|ed)\s+as\s+an?)\b"
    # (the thing's own verb, with no object after it: "it reopened the pool" is the body's act)
    r"(?!\s+(?:(?:the|a|an|its|his|her|their|this|that|these|those)\b|[A-Z]))")
#: Words that end a noun phrase's head rather than stand in it.
_NOT_IN_A_NOUN = r"(?:" + "|".join((*NOT_IN_A_NOUN_WORDS, "it", "its", "was", "were", "is", "are", "had", "has", "which",
                                     "that", "who", "after", "before", "during", "when", "within", "along")) + r")\b"
#: A past verb acting on a singular thing: "destroyed the old workshop", "swept away the footbridge", or
#: one it brings in ("the trustees bought a derelict mill": what reopens after that is the mill).
_ACTED_ON = re.compile(
    rf"\b(?:[a-z]{{2,}}ed|{IRREGULAR_PASTS}|{_MADE_GOOD})\s+(?:(?:away|down|up|off|out)\s+)?(?:the|an?)\s+"
    rf"((?:(?!{_NOT_IN_A_NOUN})[a-z][\w-]*\s+){{0,2}}(?!{_NOT_IN_A_NOUN})[a-z][\w-]*(?<![^s]s)\b(?![’'-])"
    # (or a building's name: "flooded the Old Corn Hall")
    r"|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\b(?![’'-]))")
#: A definite singular thing undergoing a past in the passive: "the temple was closed", "the old hall had
#: been damaged". What was shut or harmed is what reopens or is made good, as what a verb acted on is.
_UNDERWENT = re.compile(
    rf"\b[Tt]he\s+((?:(?!{_NOT_IN_A_NOUN})[a-z][\w-]*\s+){{0,2}}(?!{_NOT_IN_A_NOUN})[a-z][\w-]*(?<![^s]s))"
    rf"\s+(?:was|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{2,}}ed|{IRREGULAR_PASTS}|shut)\b")
#: Nouns for people, who are never the thing made good: "lent the couple money to rebuild it".
_PEOPLE = re.compile(rf"(?i)\b(?:{gender.PERSON_NOUNS}|couple|family|friends?|people|{'|'.join(sorted(PEOPLE_WORDS))})\b")
#: The clause before acting on "it" with a verb of making good: "raised money to rebuild it", "restored it".
_MADE_IT_GOOD = re.compile(rf"\b{_MADE_GOOD}\s+it\b")


def _last_thing_acted_on(text: str) -> str | None:
    """The last definite thing ``text`` tells a verb acted on, or one it tells undergoing a passive
    ("The water reached the inner shrine, and the temple was closed": the temple), as "The …"."""
    found = [m for m in (*_ACTED_ON.finditer(text), *_UNDERWENT.finditer(text)) if not _PEOPLE.search(m.group(1))]
    return "The " + max(found, key=lambda m: m.start(1)).group(1) if found else None


#: "It" with a verb of a building's or a site's end: "it closed", "it was demolished", "it burned down".
#: A body closes too ("the firm closed"), so these count only after a clause that got or built the thing.
_IT_ENDED = re.compile(
    r"^(?:It|it)\s+(?:(?:was|is|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?)?(?:clos(?:es|ed)|shut|"
    r"demolish(?:es|ed)|pulled\s+down|burn(?:s|ed|t)\s+down|collaps(?:es|ed)|fell\s+into\s+disuse)\b"
    r"(?!\s+(?:(?:the|a|an|its|his|her|their|this|that|these|those)\b|[A-Z]))")
#: A clause getting or building a singular thing: "the council bought the mill", "the trust built a hall".
_GOT_THING = re.compile(
    rf"\b(?:bought|purchased|acquired|inherited|leased|rented|built|erected|took\s+over)\s+(?:the|an?)\s+"
    rf"((?:(?!{_NOT_IN_A_NOUN})[a-z][\w-]*\s+){{0,2}}(?!{_NOT_IN_A_NOUN})[a-z][\w-]*(?<![^s]s)\b(?![’'-]))")


def got_thing_ended(clause: str, before: str) -> str | None:
    """The thing an "it" opening ``clause`` stands for when its verb tells a building's end ("it
    closed", "it was demolished") and the clause before it in its own sentence got or built a singular
    thing: "The council bought the mill in 1950 and it closed in 1962" -> "The mill" (a council does
    not close; what it bought does). None otherwise; "The firm bought a van and it closed" stays a
    reader's call only when nothing was got (the rule needs the getting verb)."""
    if not _IT_ENDED.match(clause):
        return None
    found = [m for m in _GOT_THING.finditer(_before_the_it(before)) if not _PEOPLE.search(m.group(1))]
    return "The " + found[-1].group(1) if found else None


def rebuilt_thing(clause: str, before: str, context: str) -> str | None:
    """The thing an "it" opening ``clause`` stands for when its verb is one of reopening or being made
    good: the definite singular thing the clause before acted on in ``before`` (its own sentence up to
    the event), or, when that clause made "it" good ("to rebuild it"), the thing the sentence before
    (the end of ``context``) acted on. None otherwise, and when the clause before names no such thing."""
    if not _IT_MADE_GOOD.match(clause):
        return None
    own = _before_the_it(before)
    sentences = re.split(r"(?<=[.!?])\s+", context.strip()) if context.strip() else []
    last = sentences[-1] if sentences else ""
    if not own.strip():
        # "The museum closed the east wing in 2010. It reopened in 2013": the sentence before's thing
        return _last_thing_acted_on(last)
    made = list(_MADE_IT_GOOD.finditer(own))
    if not made:
        return _last_thing_acted_on(own)
    # "A storm wrecked the pier; the council repaired it": the thing told before "it" was made good, in its
    # own sentence first, else in the sentence before
    return _last_thing_acted_on(own[:made[-1].start()]) or _last_thing_acted_on(last)


def _before_the_it(before: str) -> str:
    """``before`` up to the "it" that opens the clause made good ("… repaired it, and | it opened again in ")."""
    cut = len(before)
    for m in re.finditer(r"\bit\b", before):
        if _IT_MADE_GOOD.match(before[m.start():]) or not before[m.end():].strip():
            cut = m.start()
    return before[:cut]
