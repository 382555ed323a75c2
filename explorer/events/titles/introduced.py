"""What "it" opening a clause stands for when a person has just brought a new thing into the story.

"Her lawyer lodged an appeal on Saturday. It will be heard on 20 November." A reader takes "it" for
the appeal: the clause before has a person as its subject (who can never be "it"), and the first thing
it introduces with "a"/"an" as its object is the one new thing "it" can stand for. The rules in
``pronouns`` and ``antecedents`` look for a thing as the subject before, so after a person's act they
found nothing and the title kept "It will be heard". Only general English: nothing here knows a name.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.names import PERSON_ROLES, possessive
from explorer.events.titles.antecedents import PEOPLE_WORDS
from explorer.events.titles.words import BODY_WORDS, SUBJECT_PRONOUNS

#: Words that open a phrase of place or of time: "in a freezer", "for a week" is no object.
_PREPOSITIONS = frozenset("of on in at to for from with by into over under about after before during since until "
                          "across through within without like as than near beside behind between along against".split())
#: Words that end a noun phrase opened by "a"/"an": a preposition, a relative or joining word.
_STOP = _PREPOSITIONS | frozenset("that which who whose where when while and or but because so if".split())
#: An indefinite article and the lower-case words after it: the object's candidate phrase.
_INDEFINITE = re.compile(r"\b(?:a|an)\s+((?:[a-z][\w-]*\s*){1,4})")
#: Heads that are measures, spans of time or amounts, never a thing that goes on to act or be acted on.
_NOT_THINGS = frozenset(
    "second minute hour day night week month year decade century time season while lot number few total "
    "percent share half third quarter majority minority record fine sum".split()
)
#: A subject that is a person: a personal pronoun, a person's role or noun, a full name.
_PERSON_PRONOUN = re.compile(r"^(?:he|she|i|we|they)$", re.IGNORECASE)
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
#: Verbs after "it" that tell the weather or the time, not a thing: "It rained all night".
_WEATHER = re.compile(r"^(?:rain|snow|pour|freez|thunder|hail|drizzl)", re.IGNORECASE)


def _person_subject(subject: str) -> bool:
    """Whether ``subject`` (the words before a clause's verb) is a person or people."""
    words = [w.strip(",") for w in subject.split()]
    if not words:
        return False
    if _PERSON_PRONOUN.match(words[-1]):
        return True  # "She", "Last month she": a phrase of time may open the clause
    heads = {w.lower().rstrip("s") if w.lower().endswith("s") and w.lower()[:-1] in PERSON_ROLES else w.lower() for w in words}
    if heads & PERSON_ROLES or any(re.fullmatch(gender.PERSON_NOUNS, w.lower()) for w in words):
        return True
    from explorer.events.titles.words import BODY_WORDS

    return bool(_FULL_NAME.search(subject)) and words[-1].lower() not in BODY_WORDS


def introduced_thing(clause_before: str) -> str | None:
    """"The appeal" for "Her lawyer lodged an appeal on Saturday": the first phrase opened by "a"/"an"
    that is the object of ``clause_before`` (not after a preposition, nor a measure or a span of time),
    when the clause's subject is a person; None otherwise."""
    from explorer.events.titles.finish import verb_at

    words = clause_before.split()
    at = verb_at(words)
    if at is None:
        return None
    person = _person_subject(" ".join(words[:at]))
    rest = " ".join(words[at:])
    if not _INDEFINITE.search(rest):
        return _owned_thing(rest, words[:at], person)
    if not person:
        return None
    for m in _INDEFINITE.finditer(rest):
        before = rest[:m.start()].split()
        if before and before[-1].lower().strip(",") in _PREPOSITIONS:
            continue  # "on the margins of a regional summit": a place, not what was made
        phrase = []
        for word in m.group(1).split():
            if word in _STOP:
                break
            phrase.append(word)
            if not word.isalpha() and not word.replace("-", "").isalpha():
                break
        if not phrase or len(phrase) > 3:
            return None
        head = phrase[-1].strip(",;:")
        if head in _NOT_THINGS or head in PERSON_ROLES | PEOPLE_WORDS or re.fullmatch(gender.PERSON_NOUNS, head) \
                or head.endswith("ly"):
            return None
        return "The " + " ".join(phrase)
    return None


#: Plurals without an "-s": "her children" is no "it".
_IRREGULAR_PLURALS = frozenset("children people men women feet teeth mice geese cattle".split())
#: Last words of a subject that is no person's name to own "her" thing: a body ("The museum published
#: her letters") or a pronoun ("She published her flora", whose owner the title rules for "her" tell).
_NO_OWNER_NAME = BODY_WORDS | SUBJECT_PRONOUNS
#: A thing owned by a person or a name after a verb: "published her flora of the islands", "bought the
#: rights to Greta Holm's novel".
_OWNED = re.compile(r"\b(his|her|their|(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+['’]s)\s+((?:[a-z][\w-]*\s*){1,3})")


def _owned_thing(rest: str, subject: list[str], person: bool) -> str | None:
    """The first singular thing a person's act owns in ``rest`` (the clause from its verb on), with
    its owner: the subject's name for "his"/"her" ("In 1919 Sarrow published her flora" -> "Sarrow's
    flora"; "her" tells the name a person's), or the name written ("Greta Holm's novel", after a
    ``person`` subject); None when there is none or it is a plural, a measure or a person."""
    for m in _OWNED.finditer(rest):
        if re.search(r"\b[A-Z]", rest[1:m.start()]):
            return None  # "founded Corvane Foods and ran her shop": the name told first may be "it" as well
        phrase = []
        for word in m.group(2).split():
            if word in _STOP or not word.replace("-", "").isalpha():
                break
            phrase.append(word)
        if not phrase:
            continue
        head = phrase[-1]
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "as")) or head in _IRREGULAR_PLURALS
        if plural or head in _NOT_THINGS or head in PERSON_ROLES or re.fullmatch(gender.PERSON_NOUNS, head):
            continue  # "their children", "her husband": no thing "it" stands for
        owner = m.group(1)
        if owner.islower():
            name = []
            for word in reversed(subject):
                if not word[:1].isupper() or word.lower() in ("in", "on", "by", "after", "the"):
                    break
                name.insert(0, word)
            if not name or owner == "their" or name[-1].lower() in _NO_OWNER_NAME:
                return None  # "She published her flora": whose, the title rules for "her" tell
            owner = possessive(" ".join(name))
        elif not person:
            return None  # "The museum bought Holm's painting before it reopened": "it" may be the museum
        return f"{owner} {' '.join(phrase)}"
    return None


def name_introduced_thing(clause: str, sentence: str, before: str, context: str) -> str:
    """``clause`` opening with "It" with "It" replaced by the thing the clause before introduced (see
    :func:`introduced_thing`), when "it" opens its sentence or follows a semicolon; else unchanged.
    ``before``: the sentence up to the event's date; ``context``: the text before the sentence."""
    m = re.match(r"^(?:It|it)\s+(?=([a-z]+))", clause)
    if m is None or _WEATHER.match(m.group(1)) or re.match(r"(?:It|it)\s+(?:is|was)\b(?=\s*[,A-Z0-9])", clause):
        return clause  # ("It was April 19, …": the time told, no thing)
    own = sentence.lstrip()
    if re.match(r"It\s", own):
        sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", context.strip()) if s.strip()]
        clause_before = sentences[-1] if sentences else ""
    else:
        # "…; it won the medal", "…, two years after it won the prize": "it" opening a later clause
        parts = re.split(r";\s+(?=it\s)|,\s+(?:[\w-]+\s+){0,3}(?:after|before|when|since|until|once)\s+(?=it\s)",
                         sentence, maxsplit=1)
        if len(parts) != 2 or len(parts[0]) > len(before):
            return clause
        clause_before = parts[0]
    thing = introduced_thing(clause_before)
    return f"{thing} {clause[m.end():]}" if thing else clause
