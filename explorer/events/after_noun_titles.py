"""Titles of a happening named by a noun after "after" or "before" ("nine months after his arrest",
"after a five-week strike"): a reader's headline says who and what, not the noun phrase ("His arrest",
"A five-week strike" name no one).

Who: the possessor ("Ana Ruiz's resignation" -> Ana Ruiz; "his", "her", "their" -> the main clause's
subject, whom such a possessor most often stands for: "Ruiz was freed on Monday, nine months after
her arrest"); with "a" or "an", the main clause's subject when the noun is an act of its doer ("The
crew won a rise after a five-week strike": the crew struck). What: the noun's verb in the headline's
present, passive for what is done to the one it names ("is arrested", "is dismissed"). A noun of
what befalls no doer ("a fire", "a flood", "a storm") keeps its phrase, which names it. General
English only: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.happening_nouns import ACTIVE, OWN_ACT, PASSIVE, PHRASED
from explorer.events.tense import plural_present
from explorer.events.titles.finish import verb_at
from explorer.events.titles.subjects import without_appositive

#: "of" and the one the noun's happening is told of, up to a preposition or the phrase's end: "of his
#: father", "of the drain", "of the ferry Coral Star".
_OF_WHOM = re.compile(r"^of\s+(?P<who>(?:the|his|her|its|their|(?-i:[A-Z])[\w’'-]*)(?:\s+(?!(?:in|on|at|off|by|to|from|"
                      r"with|after|before|during|near|for|over|and|or)\b)[\w’'-]+){0,4})(?=\s|$)")
#: Nouns whose "of" names what is done to, not who does it: "the invasion of the island", "the merger
#: of two banks" (two doers, told by the owner's phrase), "the promotion of a colleague" reads both ways.
_OF_WHAT = frozenset("invasion merger".split())

_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: "five-week", "two-day": a length before the noun, told after the verb ("strike for five weeks").
_LENGTH = re.compile(r"^(\w+)-(day|week|month|year|hour)$", re.IGNORECASE)
#: An opening phrase before the main clause's subject: "On Monday, ", "In 2019, ".
_OPENING = re.compile(r"^\s*(?:(?:On|In|At|By|Last|Early|Late|Earlier|Later|This|That)\b[^,]{0,40},\s+)")


def _main_subject(before: str) -> str | None:
    """The subject of the main clause told before the "after": the words before its verb, without an
    aside ("Dario Fenn, a former harbour official, was released" -> "Dario Fenn"), or None."""
    before = re.split(r"\s[-—–]+\s", before)[-1]  # "PORTWELL, March 14 - Dario Fenn …": past a dateline
    clause = without_appositive(_OPENING.sub("", before, count=1).strip())
    words = clause.split()
    verb = verb_at(words)
    if verb is None or verb > 6 or words[0].lower() in ("after", "before", "when", "if", "it", "there", "this", "that"):
        return None
    if words[verb - 1].lower() in ("was", "were", "had", "has", "have", "is", "are") and verb > 1:
        verb -= 1
    subject = " ".join(words[:verb]).strip(",")
    return subject if subject and "," not in subject else None


#: A person's name: two to four capitalised words ("Yusuf Baran", "Ana de Souza" is read as "Ana").
_NAME = re.compile(r"\b(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){1,3}\b")


def _person(main: str, subject: str | None) -> str | None:
    """Whom "his" or "her" stands for: a subject told by a name ("Dario Fenn was freed …, after his
    arrest"), else the name the main clause tells after its verb ("A court released the opposition leader
    Yusuf Baran …, after his arrest"); a subject that is a thing or a body ("A court in Sardova") is
    no one's "his"."""
    if subject and (_NAME.fullmatch(subject) and subject.split()[0] not in ("The", "A", "An", "This", "That")
                    or subject.lower() in ("he", "she")):
        return subject  # ("He was freed …, after his arrest": the title's "He" is named as any undated act's is)
    rest = main[len(subject):] if subject and main.lstrip().startswith(subject) else None
    names = _NAME.findall(rest or "")
    return names[0] if names and rest and rest.split()[:1] and rest.split()[0][:1].islower() else None


def _plural(subject: str) -> bool:
    """Whether the doer is many: "they", a count, or a plural head before its modifiers ("The dock
    workers at Portwell")."""
    words = re.split(r"\s+(?:of|at|in|from|on|for|with|near)\s+", subject, maxsplit=1)[0].split()
    last = words[-1].lower()
    return last in ("they", "we") or last[:1].isdigit() or (
        last.endswith("s") and not last.endswith(("ss", "us", "is", "’s", "'s")) and words[-1][:1].islower())


def _agree(verb_phrase: str, many: bool) -> str:
    """The headline verb phrase for one doer or, ``many``, for a plural doer ("goes bankrupt" -> "go bankrupt")."""
    if not many:
        return verb_phrase
    first, _, rest = verb_phrase.partition(" ")
    return f"{plural_present(first)} {rest}".strip()


def noun_title(sentence: str, phrase_start: int, noun: str, phrase: str, main: str | None = None,
               context: str = "") -> str | None:
    """The headline of the happening ``noun`` names in ``phrase`` (its words after "after", from
    ``phrase_start`` in ``sentence``), or None when it names no doer we can find. ``main``: the main
    clause when it follows the phrase ("After her resignation, Ruiz moved to …"); else it is the text
    before the "after". ``context``: the text before the sentence, where "his" or "her" may have been
    named when the main clause names no person ("Osric began a cathedral. Its choir was dedicated in
    1104, six years after his death": "Osric dies")."""
    noun = noun.lower()
    if noun not in ACTIVE and noun not in PASSIVE and noun not in PHRASED:
        return None
    words = phrase.split()
    owner = words[0]
    modifiers = words[1:words.index(noun)] if noun in words else []
    rest = " ".join(words[words.index(noun) + 1:]) if noun in words else ""
    if modifiers and re.search(r"\w[’']s$", modifiers[-1]) and len(modifiers) <= 3:
        # "her husband's death", "the company's collapse": the possessor is the phrase before the noun,
        # not the main clause's subject ("After her husband's death she moved" was titled "She dies")
        who = " ".join([owner, *modifiers[:-1], modifiers[-1][:-2]])
        modifiers = []
    elif owner.lower() in _POSSESSIVE_PRONOUNS or owner.lower() in ("a", "an"):
        if owner.lower() in ("a", "an") and noun not in OWN_ACT:
            return None
        main = main if main is not None else re.split(r"\s(?:after|before)\s", sentence[:phrase_start])[0]
        who = _main_subject(main)
        if owner.lower() in ("his", "her"):
            pronoun = "he" if owner.lower() == "his" else "she"
            subject = who
            who = _person(main, who)
            if who is not None and not gender.fits(who, pronoun, sentence):
                return None  # ("Paul Hart, a retired fisherman, was freed …, after her arrest": not his)
            if who is None and context and subject and not _NAME.search(main):
                # the main clause tells of a thing and names no one: whom the sentences before name
                from explorer.events.titles.pronouns import person_for

                who = person_for(pronoun, context, sentence[:phrase_start])
                # (only one whose given name tells that sex: the story's protagonist may be a building,
                # "Carrowmere Cathedral dies")
                if who is not None and gender.given_name_sex(who) != pronoun:
                    who = None
        if who is None:
            return None
    elif re.search(r"\w[’']s$", owner):  # "Ruiz's resignation"
        who = owner[:-2]
    elif owner.lower() == "the" and not modifiers and (of := _OF_WHOM.match(rest)) and noun not in _OF_WHAT:
        # "the death of his father in 1962": "His father dies"; "the removal of the drain": "The drain is
        # removed" (the one "of" names is the one who did or underwent it)
        who, rest = of.group("who"), rest[of.end():].strip()
    else:
        return None  # "the planned closure", "the first arrest": no doer told
    who = who[:1].upper() + who[1:]
    length = next((_LENGTH.match(w) for w in modifiers if _LENGTH.match(w)), None)
    many = _plural(who)
    if noun in PHRASED:
        title = PHRASED[noun].format(who=who, runs=_agree("runs", many), goes=_agree("goes", many))
    elif noun in PASSIVE:
        title = f"{who} {_agree('is', many)} {PASSIVE[noun]}"
    else:
        title = f"{who} {_agree(ACTIVE[noun], many)}"
    if length:
        title += f" for {length.group(1)} {length.group(2).lower()}s"
    return f"{title} {rest}".strip()
