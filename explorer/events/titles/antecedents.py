"""Whom "they" or "it" opening a title stands for, when the title rules before found no name for it.

A title is read away from its paragraph, so "They board the ship" or "It replies" names no one. A
reader finds the antecedent by three general patterns, tried in this order:

1. **The teller of a told clause.** "Detectives said they had opened an inquiry", "The audit office
   confirmed that it had referred …": "they"/"it" right after a verb of saying is its subject, when
   that subject can be "they" (a plural description) or "it" (a description, not a person). A
   spokesperson speaks for a body: in "A spokeswoman for the operator said it had replied", "it" is
   the operator, never the spokeswoman.
2. **The subject of a sentence before.** Going back over sentences that themselves open with the
   same pronoun ("They rehearsed …. In 1983 they bought …"), the first subject that fits: for "they"
   a plural description ("Builders from the firm …"), a name with a plural verb ("Grenmoor Athletic
   have …") or a body's name; for "it" a name that takes "which" ("Halden Buses, which runs …,"), the
   mark of a thing and not a person.
3. **A plural object just before.** "… had sent two inspectors to Holm. They boarded the ship": when
   the sentence before has no plural subject, its counted or definite plural object ("two
   inspectors", "the engineers"), said with "the" ("The inspectors board the ship").

Only general English: nothing here knows a name, place or date. The bodies' words are those the
title rules already use (``titles.words.BODY_WORDS``).
"""

from __future__ import annotations

import re

from explorer.events.gender import given_name_sex
from explorer.events.names import PERSON_ROLES
from explorer.events.noun_number import plural_opener, plural_without_s
from explorer.events.tense import PLURAL_NOUNS, SMALL_COUNTS
from explorer.temporal.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from explorer.number_words import spelled

#: The most words an antecedent may have to stand in a title for its pronoun.
MAX_ANTECEDENT_WORDS = 6
#: Verbs of saying after which "they"/"it" is the teller: "said", "told reporters", "confirmed that".
_SAYING = (
    r"(?:also\s+)?(?:said|says|told\s+(?:[a-z]+\s+){0,2}?[a-z]+|confirmed|confirms|announced|announces|reported|reports|"
    r"added|adds|explained|insisted|claimed|stated|revealed|disclosed)"
)
#: What may stand between the verb of saying and the pronoun: a date phrase and "that".
_BETWEEN = r"(?:\s+(?:on|in|at|last|this|early|late|earlier|later)\s+(?:[A-Za-z0-9]+\s+){0,2}?[A-Za-z0-9]+)?(?:,)?(?:\s+that)?"
_TOLD = re.compile(rf"(?P<who>[^.;:!?\"“”]+?)\s+{_SAYING}{_BETWEEN}\s*$")
#: "a spokeswoman for the operator", "the operator's spokesman": the body the person speaks for.
_SPOKES_FOR = re.compile(r"^(?:an?|the)\s+(?:\w+\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?P<body>[^,]+)")
_SPOKES_OF = re.compile(r"^(?P<body>.+?)[’']s\s+(?:\w+\s+)?spokes(?:man|woman|person)\b")
#: Words opening a description ("the", "two", "several"…), as a subject or an object.
_DETERMINER = (
    r"(?:the|The|two|Two|three|Three|four|Four|five|Five|six|Six|seven|Seven|eight|Eight|nine|Nine|ten|Ten|"
    r"several|Several|some|Some|many|Many|both|Both|all|All|\d+)"
)
#: A plural common noun: "inspectors", "builders"; not "glass", "bus", "crisis", "news".
PLURAL_NOUN = r"[a-z][\w-]*[^su\W’'](?<!new)s"
#: A counted plural object ("two inspectors", "several engineers"); never a span of time or a measure
#: ("three years", "six hours", "40 tonnes"), and never "the …" (too often a thing, not who acts).
COUNTED = (
    r"(?:" + spelled(2, 12) + r"|" + spelled(20, 50) + r"|several|"
    r"a\s+dozen|dozens\s+of|hundreds\s+of|\d+)"
)
MEASURES = (
    "seconds minutes hours days nights weeks months years decades centuries times seasons percent cents "
    "pounds dollars euros metres meters kilometres kilometers miles tonnes tons litres liters votes points goals "
    "runs games matches shares"
).split()
#: Plurals of people not made with "-s": "Police arrested two men. They were questioned".
_IRREGULAR_PEOPLE = r"(?:men|women|children|people|(?:[a-z]+(?:wo)?men))"
_PLURAL_OBJECT = re.compile(
    rf"\b{COUNTED}\s+(?P<np>(?:[a-z][\w-]*\s+)?(?!(?:{'|'.join(MEASURES)})\b)(?:{PLURAL_NOUN}|{_IRREGULAR_PEOPLE}))\b"
)
#: Words after which a subject's head noun has its modifiers ("Officials from the port").
_MODIFIER = re.compile(r"\s+(?:from|of|at|in|on|for|with|near)\s")
_TIME_WORDS = (r"(?:day|morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter|"
               rf"season|century|decade|{WEEKDAY_NAMES}|\d{{1,4}}(?:st|nd|rd|th|s)?)")
#: The object of an opening phrase of time with no comma after it, all of it: "On Wednesday ", "In
#: March ", "On the night of 3 May ", "In the spring of 1921 " ("the" only before a word of time, so
#: that "On Wednesday the agency began …" keeps its subject; a month before a capitalised word may be
#: a given name: "On Friday May Sutton won").
_TIME_OBJECT = (rf"(?:(?:the(?=\s+(?:next|following|same|first|last|early|late|mid|{_TIME_WORDS}|{MONTH_NAMES})\b)|"
                rf"next|following|same|first|last|early|late|mid-?|of|{_TIME_WORDS}|{MONTH_NAMES}(?![ \t]+[A-Z]))\b[\s-]+)+")
#: An opening phrase before a sentence's subject: "In 1922,", "On Friday".
_OPENER = re.compile(
    r"^(?:(?:Last|This|Next|Early|Late|Earlier|Later)\s+(?:year|week|month|spring|summer|autumn|fall|winter|night|"
    r"weekend|season|morning|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s*"
    # ("On Wednesday the environment agency began …": the whole phrase of time, not only "On ")
    r"|(?:In|On|By|After|Before|From|During)\s+" + _TIME_OBJECT + r"(?=[A-Za-z])"
    r"|(?:In|On|By|After|Before|From|During|Later|Then|That|Next)\b[^,]{0,40}?(?:,\s*|\s+(?=[A-Za-z])))"
)
#: A capitalised name with a plural verb: "Grenmoor Athletic have", "The Harbour Kings are".
_PLURAL_NAME = re.compile(r"^(?P<np>(?:The\s+)?(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*)\s+(?:have|are|were)\b")
#: A name that takes "which" (a thing, not a person): "Halden Buses, which runs the night routes,".
_NAME_WHICH = re.compile(r"^(?P<np>(?:The\s+)?(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*),\s+which\s")
#: Nouns for a person that are no role in ``PERSON_ROLES``: the teller of "it had been emailed".
PEOPLE_WORDS = frozenset(
    "official clerk aide adviser advisor source friend colleague neighbour witness victim suspect defendant juror "
    "passenger patient customer resident member worker student pupil nurse boy girl child "
    "sultan emperor duke pope khan shah tsar caliph abbot abbess".split()
)
#: Names in apposition after a counted plural: "two materials scientists, Dr Priya Lund and Dr Callum Rees,".
_NAMES_AFTER = re.compile(
    r"^,\s+((?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
    r"(?:,\s+(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)*"
    r",?\s+and\s+(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)(?=[,.;]|\s+who\b)"
)
_HONORIFIC = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+")


#: Counted people as the subject of a clause that closes the sentence, after its main clause: ", after two
#: men threatened staff with a hammer", "when three climbers reached the hut" (the clause's past verb follows).
_LATE_COUNTED_SUBJECT = re.compile(
    rf",?\s+(?:after|when|before|as|because|until|once)\s+{_PLURAL_OBJECT.pattern}"
    r"(?=\s+(?:had\s+)?(?:[a-z]{3,}ed|fled|ran|broke|stole|took|left|came|went|threw|drove|shot|hit|fought)\b)[^,;]*$")


def _counted_people(match: re.Match[str], sentence: str) -> str:
    """ "The inspectors" for "two inspectors"; the names when the sentence gives them in apposition
    ("two scientists, Dr Priya Lund and Dr Callum Rees," -> "Priya Lund and Callum Rees")."""
    names = _NAMES_AFTER.match(sentence[match.end():])
    return _HONORIFIC.sub("", names.group(1)) if names else "The " + match.group("np")


#: A subordinate clause opening a sentence, up to its comma: "After a fire destroyed the hall, …".
#: (or a participle's phrase: "Having lost its back catalogue, the label turned to folk, and in 1987 it
#: released …": "it" is the label, not "Having")
_SUBORDINATE = re.compile(r"^(?:After|When|Once|Before|Although|Though|While|Because|Since|As|Until|Having)\s[^,;]{3,160},\s+")
_PERSON_SUBJECT = re.compile(r"\b(?:he|she|I|we)\b", re.IGNORECASE)
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|I|we)\b")


#: A phrase of time or place opening a clause before its subject, with or without its comma: "In 1922,",
#: "On the night of 23 April", "Early the next morning", "After a farewell dinner at the Society,".
_OPENING_PHRASE = re.compile(
    r"^\s*(?:(?:In|On|At|By|During|After|Before|From|Later|Then|Next|Early|Late|Over|Within|Throughout|Around|"
    r"Shortly|Soon)\b[^,;:.!?\"“”()]{0,60}?,?\s*)?$"
)


def _opens_with_pronoun(before: str, pronoun: str) -> bool:
    """Whether the pronoun is its clause's subject: nothing stands before it but a phrase of time or
    place with no verb of its own ("On the night of 23 April they …"; not "After the storm passed they
    …", whose clause has a subject of its own, nor "… the town they had held").
    ``before``: the sentence up to the pronoun."""
    from explorer.events.titles.finish import verb_at

    if _OPENER.sub("", before.lstrip() + pronoun).strip() == pronoun:
        return True
    return bool(_OPENING_PHRASE.match(before)) and verb_at(before.split()) is None


def _sentences(context: str) -> list[str]:
    """The sentences of ``context``, nearest first (a headline or a dateline line is one too)."""
    return [s.strip() for s in reversed(re.split(r"(?<=[.!?])\s+|\n+", context.strip())) if s.strip()]


def _is_plural_description(np: str, opens_sentence: bool = False) -> bool:
    """ "Detectives from the regional fraud unit", "Builders", "two surveyors": a lower-case plural
    head noun (the word before the first modifier), opened by nothing or by a determiner."""
    head = _without_adverbs(_MODIFIER.split(np, maxsplit=1)[0].split())
    if not head or len(head) > 4:
        return False
    if head[0][:1].isupper() and not re.fullmatch(_DETERMINER, head[0]) and len(head) > 1 \
            and not (opens_sentence and (_AGENT_PLURAL.search(head[-1].lower()) or plural_without_s(head[-1])
                                         or head[-1] in _PLURAL_WITHOUT_S)):
        # "Grenmoor Athletic": a name, told apart by its verb elsewhere; "Strong winds": no one who acts. A
        # sentence's own capital (``opens_sentence``) on a common noun before a plural of doers, or
        # before a plural with no "-s", is no name: "Council inspectors", "Masked men", "Counting staff"
        return False
    # ("Gunmen", "the fishermen": a plural without "-s", told as a sentence's opener is when capitalised)
    without_s = plural_without_s(head[-1]) if head[-1].islower() else plural_opener(head[-1])
    return bool(re.fullmatch(PLURAL_NOUN, head[-1].lower()) or head[-1].lower() in _PLURAL_WITHOUT_S and len(head) == 1
                or without_s) and (all(w[:1].islower() for w in head[1:])
                                   # ("The Wessel estates", "the Labour councillors": a name's word as a
                                   # modifier between the determiner and a lower-case plural; not an
                                   # owner, "The Vikings' raids", whom "they" may stand for instead)
                                   or re.fullmatch(_DETERMINER, head[0]) is not None and head[-1][:1].islower()
                                   and not any(re.search(r"['’]s?$", w) for w in head[1:-1]))


#: Plural nouns without "-s" ("Police", "People", "Fishermen"), of the plural nouns the headline tense
#: knows; not a quantifier standing for one ("Few expected it").
_PLURAL_WITHOUT_S = frozenset(w for w in PLURAL_NOUNS if not w.endswith("s")) - {"few", "many", "several", "both"}


#: Plurals of doers: "inspectors", "owners", "volunteers", "scientists", "guardians", "residents".
#: The endings of a plural of doers ("builders", "inspectors", "chemists", "trainees").
AGENT_PLURAL_ENDINGS = r"(?:ers|ors|ists|ians|ants|ents|eers|ees)"
_AGENT_PLURAL = re.compile(rf"^[a-z][a-z-]*{AGENT_PLURAL_ENDINGS}$")


#: Adverbs a subject's words may end with before its verb: "Council inspectors first visited".
_SUBJECT_ADVERBS = frozenset("first then also later once again still only".split())


def _without_adverbs(words: list[str]) -> list[str]:
    while len(words) > 1 and (words[-1] in _SUBJECT_ADVERBS or words[-1].endswith("ly") and words[-1][:1].islower()):
        words = words[:-1]
    return words


def _is_body(np: str) -> bool:
    """A description or a name that can be "it": "The audit office", "the water company", "Tarn
    Ferries"; never a person ("The minister's official"), a person's role or a pronoun."""
    from explorer.events.titles.words import BODY_WORDS

    words = np.split()
    if not words or _PERSONAL.search(np):
        return False
    head = _MODIFIER.split(np, maxsplit=1)[0].split()[-1].lower()
    if head in PERSON_ROLES or head in PEOPLE_WORDS:
        return False
    if words[0].lower() in ("the", "a", "an") and len(words) >= 2:
        return words[1][:1].islower() or words[-1].lower() in BODY_WORDS
    # ("Halden said it had replaced the supplier": a bare name that is no one's given name, telling of
    # itself as "it", is a firm or a body; "Ruth Amos said it had …" is no such teller)
    return words[-1].lower() in BODY_WORDS or len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and given_name_sex(np) is None


#: A word of a name: capitalised, letters, perhaps with an ampersand or an apostrophe ("Halden", "M&S").
_NAME_WORD = re.compile(r"[A-Z][\w’'&-]*")


def _subject(sentence: str) -> str:
    """The words before a sentence's first verb, past an opening phrase: its subject."""
    from explorer.events.titles.clause_choice import DATELINE
    from explorer.events.titles.finish import verb_at

    # (a news story's first sentence carries its dateline: "PORT ALVA, 3 May 2024 — Both men surrendered")
    sentence = _OPENER.sub("", _SUBORDINATE.sub("", DATELINE.sub("", sentence.strip())))
    words = sentence.split()
    at = verb_at(words)
    return " ".join(words[:at]).rstrip(",") if at else ""


def _teller(pronoun: str, before: str) -> str | None:
    """``before``: the sentence up to the pronoun."""
    told = _TOLD.search(before)
    if told is None:
        return None
    who = re.sub(r"^.*?(?:^|,\s+|\b(?:and|but|while)\s+)(?=[A-Z]|the\s|a\s)", "", told.group("who").strip())
    who = re.sub(r",\s+[A-Z][^,]*,?$", "", who).strip()  # "a spokeswoman for the company, Dana Velt,"
    for spokes in (_SPOKES_FOR.match(who[:1].lower() + who[1:]), _SPOKES_OF.match(who)):
        if spokes:
            body = spokes.group("body").strip()
            return body[:1].upper() + body[1:]
    if pronoun == "they" and _is_plural_description(who):
        return who[:1].upper() + who[1:]
    if pronoun == "it" and _is_body(who):
        return who[:1].upper() + who[1:]
    return None


def _earlier_subject(pronoun: str, context: str) -> str | None:
    from explorer.events.titles.words import BODY_WORDS

    opens_with = re.compile(rf"^(?:{_OPENER.pattern})?{pronoun}\s", re.IGNORECASE)
    for index, sentence in enumerate(_sentences(context)[:4]):
        nearest = index == 0
        if _PERSON_SUBJECT.search(sentence.split(",")[0]):
            return None  # a person's story: not what "they" or "it" stands for ("him" as an object is no matter)
        sentence = _OPENER.sub("", sentence)
        if pronoun == "they":
            late = _LATE_COUNTED_SUBJECT.search(sentence) if nearest else None
            if late is not None:
                # "Officers were called …, after two men threatened staff. They fled": the counted people
                # whose own clause ends the sentence just before, nearer than its main subject
                return _counted_people(late, sentence)
            named = _PLURAL_NAME.match(sentence)
            if named:
                return named.group("np")
            subject = " ".join(_without_adverbs(_subject(sentence).split()))
            if subject and subject.lower() in _PLURAL_WITHOUT_S and nearest \
                    and (counted := list(_PLURAL_OBJECT.finditer(_BRACKETED.sub("", sentence)))):
                # "Police stopped three men. They were questioned": the counted people just named, as
                # after a body ("The ministry sent three engineers") below
                return _counted_people(counted[-1], _BRACKETED.sub("", sentence))
            if subject and _is_plural_description(subject, opens_sentence=True):
                return subject[:1].upper() + subject[1:]
            if subject and subject.split()[-1].lower() in BODY_WORDS and subject[:1].isupper():
                # "The ministry sent three engineers. They …": a counted plural object just before is
                # what "they" stands for, not the body that sent it
                counted = list(_PLURAL_OBJECT.finditer(sentence))
                return _counted_people(counted[-1], sentence) if counted and nearest else subject
        else:
            named = _NAME_WHICH.match(sentence)
            if named:
                return named.group("np")
        if not opens_with.match(sentence):
            break
    return None


#: A clause in the passive after its pronoun: "are taken", "were thawed", "had been sold".
_PASSIVE = re.compile(r"(?:are|were|is|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|ght|ung)\b")
#: A definite or counted plural object: "the bells", "the two old barges", "three tankers".
_PLURAL_THING = re.compile(rf"\b(?:the|{COUNTED})\s+(?P<np>(?:[a-z][\w-]*\s+){{0,2}}?(?!(?:{'|'.join(MEASURES)})\b){PLURAL_NOUN})\b")


def _plural_object_before(context: str) -> str | None:
    """The one plural thing the sentence just before did something to, after its verb ("Engineers
    lowered the bells on Monday" -> "The bells"), or None: none, or two ("moved the bells and the
    frames")."""
    from explorer.events.titles.finish import verb_at

    sentences = _sentences(context)
    if not sentences:
        return None
    words = _OPENER.sub("", sentences[0]).split()
    at = verb_at(words)
    if not at:
        return None
    found = {m.group("np") for m in _PLURAL_THING.finditer(" ".join(words[at + 1:]))}
    return "The " + found.pop() if len(found) == 1 else None


#: A bare plural object right after its verb, one adjective allowed: "hired mercenaries", "armed local farmers".
_BARE_PLURAL_OBJECT = re.compile(
    rf"^(?P<np>(?:[a-z][\w-]*\s+)?(?!(?:{'|'.join(MEASURES)})\b)(?:{PLURAL_NOUN}|{_IRREGULAR_PEOPLE}))\b(?!\s+(?:of|and)\b)"
)


_JOINED_BARE_PLURAL = re.compile(
    rf"\band\s+[a-z]+ed\s+(?P<np>[A-Z][a-z]+\s+(?!(?:{'|'.join(MEASURES)})\b){PLURAL_NOUN})\s*[.!?]?$"
)


def _bare_object_after_singular_subject(sentence: str) -> str | None:
    """ "The duke hired mercenaries." -> "Mercenaries": the bare plural right after the verb of a
    sentence whose subject is one (a singular subject cannot be "they"), so it is the only plural the
    next sentence's "they" can take up. None when the subject may be plural."""
    from explorer.events.titles.finish import verb_at

    if re.search(r"[\"“”]", sentence):
        return None  # a quotation: its objects are the speaker's, and its "we" may be anyone
    words = _OPENER.sub("", sentence).split()
    at = verb_at(words)
    if not at or at > 4 or words[at - 1].lower().endswith("s") \
            or words[0].lower() in ("they", "these", "those", "both", "we", "i", "you"):
        return None
    m = _BARE_PLURAL_OBJECT.match(" ".join(words[at + 1:]))
    if m is None:
        # "The duke raised an army and hired Selvan mercenaries": the bare plural after the verb the
        # subject's "and" joins, a people's adjective allowed before it
        joined = _JOINED_BARE_PLURAL.search(" ".join(words[at + 1:]))
        return joined.group("np") if joined else None
    return m.group("np")[:1].upper() + m.group("np")[1:]


def _object_just_before(context: str) -> str | None:
    sentences = _sentences(context)
    if not sentences or _PERSONAL.search(sentences[0]):
        return None
    # (never a count in brackets: "50 miles (80 kms) south of Belfast" gives no "kms" who act)
    sentence = _BRACKETED.sub("", sentences[0])
    found = list(_PLURAL_OBJECT.finditer(sentence))
    return _counted_people(found[-1], sentence) if found else _bare_object_after_singular_subject(sentence)


#: An aside in brackets: a conversion ("(80 kms)"), an abbreviation, a party's initial.
_BRACKETED = re.compile(r"\s*\([^()]*\)")


#: A plural description with its determiner or possessive: "His descendants", "The two surveyors".
_FUNCTION_OPENER = re.compile(r"^(?:The|His|Her|Their|Its|Our|My|These|Those)\s")
#: A team's or a people's name in the plural after "the": "the Falcons", "the Vikings".
_THE_PLURAL_NAME = re.compile(r"^[Tt]he\s+[A-Z][a-z]+s$")
#: A clause boundary inside a sentence ending right before "they": "…, when they", "… and then they".
_SUBORDINATOR_BEFORE = re.compile(
    r",?\s+(?:when|after|before|until|because|once|so|and\s+then|but\s+then)\s+$"
)
#: Where a sentence's last coordinated clause starts: after ", and", ", but" or ";".
_LAST_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?=\S)")


def _plural_subject(np: str) -> str | None:
    """``np`` as "they" can take it up: a plural description ("His descendants", "Local farmers") or a
    plural name after "the" ("the Falcons"), capitalised for a title's start; else None."""
    np = " ".join(_without_adverbs(np.split()))
    if not np or len(np.split()) > 4:
        return None
    plain = np[:1].lower() + np[1:] if _FUNCTION_OPENER.match(np) else np
    if _THE_PLURAL_NAME.match(np) or _is_plural_description(plain, opens_sentence=True) or _THE_COLLECTIVE.match(np) \
            or _THE_NUMBER.match(np):
        return np[:1].upper() + np[1:]
    return None


#: A counted group told by its number alone after "the": "the four met again", "The two signed".
_THE_NUMBER = re.compile(rf"^[Tt]he\s+(?:{'|'.join(SMALL_COUNTS)})$")


#: A group of people named by a collective noun after "the", which "they" takes up as a plural does:
#: "… and the band toured the continent. They won the folk prize".
_THE_COLLECTIVE = re.compile(
    r"^[Tt]he\s+(?:[a-z][\w-]*\s+)?(?:band|team|side|crew|party|couple|family|squad|pair|trio|quartet|duo|choir|orchestra)$"
)


def _main_subject_before(before: str) -> str | None:
    """ "His descendants kept it until last year, when they …": the plural subject of the main clause a
    subordinate clause's "they" hangs on, when the clause has no subject of its own before the pronoun.
    ``before``: the sentence up to the pronoun."""
    m = _SUBORDINATOR_BEFORE.search(before)
    if m is None or _PERSON_SUBJECT.search(before[:m.start()]):
        return None
    return _plural_subject(_subject(before[:m.start()]))


def _earlier_clause_subject(before: str) -> str | None:
    """ "The two states split in 1991, and the crossing was left out of the treaty they signed", "In 2013
    the four met again, and in 2014 they played a set", "The council sent twelve inspectors to the port;
    they stayed": "they" inside a later clause of its sentence stands for the one plural subject of the
    clauses before it, or, when those clauses' subjects are all one (a body, a person), for the counted
    people one of them acted on. None when the pronoun's own clause has a plural subject before it (two
    groups), or when the earlier clauses give two candidates or none. ``before``: the sentence up to the
    pronoun."""
    # (the pronoun closes the clause of "…; they"; not after "but", which turns to another party: "Managers
    # offered a deal on Tuesday, but they had walked out" are the strikers told before)
    parts = _AND_CLAUSE.split(f"{before.rstrip()} they")
    own = parts[-1][: -len("they")]
    if len(parts) < 2 or _clause_subject(own) or _PERSON_SUBJECT.search(own):
        return None
    plural = {subject for part in parts[:-1] if (subject := _clause_subject(part))}
    if len(plural) == 1:
        return plural.pop()
    if plural:
        return None
    earlier = _BRACKETED.sub("", " ".join(parts[:-1]))
    counted = list(_PLURAL_OBJECT.finditer(earlier))
    if counted:
        return _counted_people(counted[0], earlier) if len(counted) == 1 else None
    # "I asked our supplier team to review the orders, and they will report to me": a group's noun
    group = list(_OWNED_COLLECTIVE.finditer(earlier))
    return group[0].group()[:1].upper() + group[0].group()[1:] if len(group) == 1 else None


#: Where a later clause joined by "and" or a semicolon starts.
_AND_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?=\S)")
#: A group of people by its collective noun, owned or after "the", as an object: "our supplier team".
_OWNED_COLLECTIVE = re.compile(
    r"(?<=\s)(?:the|our|their|his|her|its)\s+(?:[a-z][\w-]*\s+)?(?:team|crew|band|squad|family|couple)\b(?!['’])"
)


def _clause_subject(clause: str) -> str | None:
    """The plural subject right before a clause's first verb, past an opening phrase of time ("by the
    end of March the Falcons had"): back to its determiner; None when it is no plural."""
    from explorer.events.titles.finish import verb_at

    words = clause.split()
    at = verb_at(words)
    if not at:
        return None
    start = max((i for i in range(max(0, at - 4), at) if words[i].lower() in ("the", "his", "her", "their", "its")),
                default=0)
    return _plural_subject(" ".join(words[start:at]))


def _last_clause_subject(context: str) -> str | None:
    """ "…, and by the end of March the Falcons had climbed to fourth. They …": the plural subject of
    the last clause of the sentence just before, when no earlier clause of it has a plural subject too
    (two groups: no rule can tell which one "they" is)."""
    sentences = _sentences(context)
    if not sentences:
        return None
    parts = _LAST_CLAUSE.split(sentences[0])
    if len(parts) < 2 or _PERSON_SUBJECT.search(parts[-1]):
        return None
    if any(_clause_subject(part) for part in parts[:-1]):
        return None
    return _clause_subject(parts[-1])


#: A plural noun phrase right before a time clause's subordinator: "followed the talks since ".
_PLURAL_BEFORE_TIME_CLAUSE = re.compile(
    r"\b((?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)\s+(?:since|when|after|before|until|once)\s+$")


def name_the_pronoun(clause: str, sentence: str, context: str) -> str:
    """``clause`` opening with "They"/"It" with the pronoun replaced by what it stands for, when one
    of the patterns in the module's docstring finds it; else ``clause`` unchanged. ``sentence`` is the
    clause's sentence, ``context`` the text before it."""
    m = re.match(r"^(They|they|It|it)\s+(?=([a-z]+))", clause)
    if m is None:
        return clause
    pronoun = m.group(1).lower()
    if pronoun == "it" and re.match(r"(?:is|was|seems|seemed|appears|appeared)\s", clause[m.end():]):
        return clause  # "It is thought", "It was a cold day": no thing
    at = re.search(rf"\b{pronoun}\s+{m.group(2)}\b", sentence, re.IGNORECASE) \
        or re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    if at is None:
        return clause
    # the caller's sentence may be a clause cut from its sentence, the rest of which ends ``context``
    text, at = f"{context}{sentence}", len(context) + at.start()
    stops = [m for m in re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n", text) if m.end() <= at]
    opening = stops[-1].end() if stops else 0
    before, earlier = text[opening:at], text[:opening]
    who = _teller(pronoun, before)
    if who is None and pronoun == "they" and _PASSIVE.match(clause[m.end():]) and _opens_with_pronoun(before, pronoun):
        # "Engineers lowered the bells. They were taken to the foundry": what was done to is what the
        # sentence before did something to, not who did it
        who = _plural_object_before(earlier)
    if who is None and pronoun == "they" and not _opens_with_pronoun(before, pronoun):
        # "who has followed the talks since they opened": the plural object a time clause follows
        owned = _PLURAL_BEFORE_TIME_CLAUSE.search(before)
        who = owned.group(1) if owned else _main_subject_before(before) or _earlier_clause_subject(before)
    if who is None and _opens_with_pronoun(before, pronoun):
        who = _earlier_subject(pronoun, earlier)
        if who is None and pronoun == "they":
            who = _last_clause_subject(earlier) or _object_just_before(earlier)
    if not who or len(who.split()) > MAX_ANTECEDENT_WORDS or re.search(r"[()\[\]]", who):
        return clause  # a long antecedent would push the title's verb past its cut
    return f"{who} {clause[m.end():]}"
