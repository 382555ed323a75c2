"""Words opening a title that point back into the paragraph, said as a timeline reader can read them.

A timeline shows a title away from its paragraph, so "This army recaptures the city" or "These
attempts break down" point at something the reader cannot see. A demonstrative before a noun says
no more than the article would: "The army recaptures the city". A demonstrative standing alone as
the subject ("This leads to fighting") is no determiner; a wrong rewrite ("The leads to fighting") is
worse than the pronoun. When such a pronoun only made someone act ("This forced the garrison to
surrender", "It allowed Marta Olsen to return"), the title is rebuilt around that act and who did it:
"The garrison surrenders", "Marta Olsen returns".

General English only; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS
from explorer.events.tense import IRREGULAR, third_person

#: Words after "This"/"These" that are a verb or an auxiliary, not the head of a noun phrase.
_VERB_WORDS = frozenset(IRREGULAR) | frozenset(IRREGULAR.values()) | BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS \
    | frozenset("also then not never again still only in on at to by for from with as of one time year week month day".split())
#: A demonstrative before a lower-case word, and more words after it.
_DEMONSTRATIVE = re.compile(r"^(?P<det>This|That|These|Those)\s+(?=[a-z][\w’'-]*,?\s+[a-z])")


def _verb_like(word: str, singular: bool) -> bool:
    if word in _VERB_WORDS or word.endswith("ed") or word.endswith("ly"):
        return True
    # after "this": "results", "leads" are verbs ("this crisis", "this process" are nouns)
    return singular and word.endswith("s") and not word.endswith(("ss", "is", "us", "ics"))


def demonstrative_as_article(title: str) -> str:
    """ "This army recaptures the city" -> "The army recaptures the city"; "These attempts break down"
    -> "The attempts break down"; "This leads to fighting" unchanged."""
    m = _DEMONSTRATIVE.match(title)
    if m is None:
        return title
    singular = m.group("det") in ("This", "That")
    words = [w.strip(",") for w in title.split()[1:4]]
    if _verb_like(words[0], singular):
        return title
    if not singular and not any(w.endswith("s") for w in words):
        return title  # "These lead to …": no plural noun, so the demonstrative is the subject
    return "The" + title[len(m.group("det")):]


#: A pronoun subject whose verb makes someone act: "This forced Otmar to abandon the town".
_CAUSATIVE = re.compile(
    r"^(?:This|That|It|These|Those|They)\s+(?:forc|compel|oblig|allow|enabl|prompt|persuad)"
    r"(?:es|ed|s|d|led|e)?\s+"
    r"(?P<who>(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
_IRREGULAR_THIRD = {"be": "is", "have": "has"}
#: Words after "to" that open a noun phrase, not a verb: "led the army to the coast".
_NOT_VERB_AFTER_TO = frozenset("the a an his her its their this that these those our my your its power war".split())


#: A cause making someone act, inside a sentence: "… a report that persuaded the government to ban …".
_CAUSED_ACT = re.compile(
    r"\b(?:forc|compel|oblig|allow|enabl|prompt|persuad)(?:es|ed|s|d|led|e)?\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+to\s+(?P<verb>[a-z]+)\b"
)


def caused_act_start(sentence: str, timex_start: int) -> int | None:
    """Where "persuaded the government to ban …" begins when the date comes after the act it caused:
    "She published a report in 1975 that persuaded the government to ban tanker washing in 1977" dates
    the ban, whose doer is the one persuaded, not the report ("Oil spills persuade the government …")."""
    found = [m for m in _CAUSED_ACT.finditer(sentence, 0, timex_start) if m.end() <= timex_start]
    if not found or found[-1].group("verb") in _VERB_WORDS | _NOT_VERB_AFTER_TO or found[-1].group("verb").endswith(("ing", "ed")):
        return None
    between = sentence[found[-1].end():timex_start]
    if re.search(r"[;:.]|,\s+(?:and|but|which|who)\b|\b(?:and|but)\s+(?:then\s+)?[a-z]+ed\b", between):
        return None  # another clause stands between the caused act and the date
    return found[-1].start()


def causative_retold(title: str) -> str:
    """ "This forced Otmar to abandon Dorn" -> "Otmar abandons Dorn", "It allowed the rebels to regroup"
    -> "The rebels regroup": what happened is the act the pronoun's cause made someone do."""
    m = _CAUSATIVE.match(title)
    if m is None or m.group("verb") in (_VERB_WORDS - {"be", "have"}) | _NOT_VERB_AFTER_TO \
            or m.group("verb").endswith(("ing", "ed")):
        return title
    who, verb = m.group("who"), m.group("verb")
    head = who.split()[-1]
    plural = head[:1].islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))
    said = verb if plural else _IRREGULAR_THIRD.get(verb) or third_person(verb)
    return f"{who[:1].upper()}{who[1:]} {said}{m.group('rest')}"


#: A pronoun that only caused a happening told as a noun: "This led to the closure of the hall".
_LED_TO = re.compile(
    r"^(?:This|That|It|These|Those)\s+(?:also\s+|soon\s+|quickly\s+|eventually\s+)?"
    r"(?:led|leads|lead|has\s+led|resulted|results|result)\s+(?:to|in)\s+"
    r"(?P<what>(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+of\s+\S.*)$"
)


def what_it_led_to(title: str) -> str:
    """ "This led to the closure of the hall" -> "The closure of the hall", "It resulted in the
    collapse of the talks" -> "The collapse of the talks": the happening is the noun the pronoun led
    to, with what it happened to ("of the hall"); "This" names nothing a reader away from the text
    can see. Only a noun with its "of" phrase: "This led to a strike" is left to other rules."""
    m = _LED_TO.match(title)
    if m is None:
        return title
    what = m.group("what")
    return what[:1].upper() + what[1:]


#: Past participles in "-en" that open a participial phrase ("Driven from the town, the rebels …").
_EN_PARTICIPLES = frozenset("taken driven beaten given shaken chosen written broken forgotten hidden frozen stolen "
                            "woken forbidden ridden risen fallen".split())
#: A participial phrase opening a sentence, up to its comma, before the sentence's subject: "Having
#: crossed into Europe in April 480 BC, the Persian army …", "Emboldened by the victory, the duke …".
_OPENER = re.compile(
    r"^(?:[Nn]ot\s+)?(?P<word>[Hh]aving|[A-Z][a-z]+(?:ing|ed|en)|(?<=[Nn]ot\s)[a-z]+ing)(?!\s+[A-Z])(?![^,;]*\b(?:was|were|is|are|has|have|had)\b)"
    r"\s+[^,;:.!?]{1,160},\s+"
    # (or a count or a bare noun: "Having spent fourteen hours on a ledge, two climbers were lowered …",
    # "Having opened a rest centre that night, staff housed …")
    r"(?=(?:the|a|an|his|her|its|their|they|he|she|we|it)\s|[A-Z]|\d|(?!(?:and|but|or|then|so|which|who|until|till|when|while|after|before|as|because|since|although|though|if|where|once|unless|for|with|from|into|over|under|not|nor|yet|all|this|that|these|those)\b)(?![a-z]+(?:ed|ing|ly)\b)[a-z]{3,}\s)"
)


#: The words the phrase's lookahead has always read as the subject's opening.
_DETERMINED = frozenset("the a an his her its their they he she we it".split())


def participial_opener_end(sentence: str) -> int | None:
    """Where the sentence's subject begins after a participial phrase that opens it ("Having crossed
    into Europe in April 480 BC, | the Persian army began …"), or ``None``. A title made of that phrase
    ("Having crossed into Europe") names no one: the happening is told by the clause it leads into."""
    from explorer.events.tense import present_of

    m = _OPENER.match(sentence)
    if m is None:
        return None
    word = m.group("word").lower()
    after = sentence[m.end():].split(None, 1)[0] if sentence[m.end():].strip() else ""
    if word != "having" and after[:1].islower() and after not in _DETERMINED:
        return None  # a count or a bare noun after the phrase is read after "Having" only ("Asked about …, police said")
    verb_like = word == "having" or word.endswith("ing") and len(word) > 5 or word in _EN_PARTICIPLES \
        or word.endswith("ed") and present_of(word) is not None
    return m.end() if verb_like else None
