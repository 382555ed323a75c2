"""Dates of what holds every year, told in the generic present: "Farmers plant potatoes in spring",
"Fishing is permitted from March to October", "Ospreys nest on the islands between April and August",
"any dry day in April works".

A guide, an FAQ, an "About us" page or a wiki article tells how things go, season after season, with
a season or a span of months that has no year and no "this" or "next": no one happening a reader
puts on a timeline (the tagger still dates it, to the page's year). Told of a class (a bare plural,
"Farmers", "Most gardeners"; an activity, "Fishing", "Camping"; "any"/"every" day) in the plain
present, it is a habit of the world. A named or a definite subject ("The museum reopens in spring",
"The council meets in March") or a future, a past or a perfect ("will reopen", "planted",
"has closed") tells a happening, and stays; so does a single month (news' present for the future:
"Energy bills rise in April") and a date that opens or closes a run ("From spring, buses run every
hour": the change of schedule is one). A quality told in the plain present of any subject before such
a season or a bare month ("The coast is beautiful in June", "Libraries are warm in winter") is held
every year too.

Read by :func:`explorer.events.date_roles.date_role` as a "habit". Nothing here names a person, a
place or a date.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PASTS
from explorer.temporal.lexicon import FULL_MONTHS, PARTS_OF_DAY, alternatives

_MONTH = r"(?:" + alternatives(FULL_MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
#: A date with no year of its own that comes round every year: a season ("spring", "early summer",
#: "the winter") or a span of months ("March to October", "June and September" after "between").
_YEARLESS = re.compile(
    # ("the spring" is as often the coming one, "Talks resume in the spring": left alone)
    rf"(?:(?:early|late|mid-?)\s*)?{_SEASON}|"
    rf"(?:(?:early|late|mid-?)\s*)?{_MONTH}\s*(?:to|and|until|till|through|-|–)\s*(?:(?:early|late|mid-?)\s*)?{_MONTH}",
    re.IGNORECASE)
_RANGE = re.compile(rf"{_MONTH}\s*(?:to|and|until|till|through|-|–)", re.IGNORECASE)

#: A word that cannot be a bare plural's head (a plural-looking word that is no plural noun).
_NOT_PLURAL = (r"(?:this|his|its|was|has|is|us|yes|always|perhaps|news|series|species|less|unless|thus|"
               r"bus|gas|various|previous|famous|serious|nervous|numerous|analysis|crisis|basis|status|"
               r"campus|virus|census|bonus|focus|plus|minus|chaos|business|progress|congress|access|process|"
               r"success|address|press|class|glass|grass|loss|boss|cross|mass)")
#: A class for a subject, at the clause's start: a bare plural of one to three words with an optional
#: quantifier ("Farmers", "Most gardeners", "Many hill farmers", "Great crested grebes"), an activity
#: ("Fishing", "Wild camping") or "any"/"every"/"each" with what it ranges over ("any dry day").
_GENERIC_SUBJECT = re.compile(
    r"^\W*(?:(?:most|many|some|all|few|no)\s+)?"
    rf"(?:(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|we|they|you|i)\b)[a-z-]+\s+){{0,2}}"
    rf"(?!{_NOT_PLURAL}\b)[a-z]+[^s\W]s\b|"
    r"^\W*(?:[a-z]+\s+)?(?!(?:during|morning|evening|nothing|something|anything|everything|king|spring|string|"
    r"thing|being|ceiling|building|meeting|wedding|ring|wing|sibling|darling|shilling)\b)[a-z]{3,}ing\b|"
    r"^\W*(?:any|every|each)\s+(?:[a-z-]+\s+){0,2}[a-z]+\b",
    re.IGNORECASE)
#: The plain present after such a subject: a bare plural's verb ("plant", "nest", "arrive"), a
#: singular one after an activity or "any" ("works", "resumes"), or "is"/"are" before a participle or
#: an adjective ("is permitted", "are seen", "are busiest"). No modal, no past, no perfect, no
#: "is expected/due/set to" (a plan).
_PLAIN_PRESENT = re.compile(
    r"^\s+(?:(?:usually|often|generally|normally|typically|mostly|only|also|traditionally|still)\s+)?"
    r"(?!(?:will|would|could|can|may|might|must|should|shall|do|does|has|have|"
    # (a past that takes no -ed: "Farmers grew wheat in summer")
    + IRREGULAR_PASTS + r"|"
    r"who|which|that|and|or|but|of|in|on|at|for|from|to|with|by|between|after|before|about|into|over|under|across|"
    r"during|near|around|like|than|as)\b)"
    # (a bare verb in -ed is a past: "Farmers planted in spring"; "need", "breed" are present; a bare
    # "is"/"are" is read by the first branch only, or "are expected to" would pass as a verb)
    r"(?:(?:is|are)\s+(?!(?:expected|due|set|scheduled|going|about|to|being|likely|planned|not)\b)[a-z]+|(?!(?:is|are)\b)(?![a-z]*[^e]ed\b)[a-z]+)\b",
    re.IGNORECASE)
#: A date that opens or closes a run of the habit ("from spring", "until the winter", "by autumn"):
#: the change is a happening of its own (a span of months, "from March to October", is not a bound).
_BOUND_BEFORE = re.compile(r"\b(?:from|starting|beginning|since|until|till|by|after|before|this|next|last)\s+(?:the\s+)?$",
                           re.IGNORECASE)


#: Both read as one, so that a subject of several words is tried at each length ("Most gardeners sow").
_CLASS_IN_PRESENT = re.compile(rf"(?:{_GENERIC_SUBJECT.pattern})(?:{_PLAIN_PRESENT.pattern[1:]})", re.IGNORECASE)


#: Any day of a month or a season: "any dry day in April", "every weekend in summer".
_ANY_DAY_IN = re.compile(r"\b(?:any|every|each)\s+(?:[a-z-]+\s+){0,2}(?:day|night|morning|evening|weekend|week|time)\s+"
                         r"(?:in|of|during)\s+(?:the\s+)?$", re.IGNORECASE)


#: A single month with no year, "June": a quality held in it is held every June.
_ONE_MONTH = re.compile(rf"{_MONTH}", re.IGNORECASE)
#: A quality told in the plain present, right before a yearless season or month: "is beautiful in",
#: "are always warm in", "is at its busiest in", "is very quiet during". A guide, an interview or a
#: column says how a place or a thing is, season after season ("The coast is beautiful in June",
#: "Libraries are warm in winter"): whoever the subject, a quality is no happening, unlike a verb
#: ("The museum reopens in June", news' present for the future). A participle ("is closed", "is
#: held in June", "is planted") or a word that takes a plan ("is due", "is set", "is likely") is a
#: happening's or a plan's, not a quality.
_QUALITY_IN = re.compile(
    r"\b(?:is|are)\s+(?:(?:always|usually|often|generally|normally|mostly|still|also)\s+)?"
    r"(?:at\s+(?:its|their|his|her)\s+|(?:very|so|too|most|least|particularly|especially|quite|really|at\s+least)\s+)?"
    r"(?!(?:due|set|expected|scheduled|going|about|likely|unlikely|planned|able|unable|ready|free|"
    r"open|closed|shut|back|off|out|on|in|at|to|up|down|over|under|away|home|not|being|a|an|the)\b)"
    r"(?![a-z]*(?:ed|en|ing)\b)[a-z]{3,}\s+"
    r"(?:(?!(?:when|after|before|until|since|because|if|and|but|or|than)\b|[a-z]*(?:ed|en)\b)[a-z,]+\s+){0,3}?"
    r"(?:in|during|throughout|through)\s+$",
    re.IGNORECASE)


def _subject_and_verb(clause: str) -> bool:
    """Whether ``clause`` opens with a class for its subject and goes on in the plain present."""
    return bool(_CLASS_IN_PRESENT.match(clause))


def holds_every_year(clause: str, date_text: str, rest: str) -> bool:
    """Whether the date ``date_text`` is a season or a span of months with no year, in a clause that
    tells a class doing or undergoing something in the plain present (see the module's docstring).
    ``clause`` is the date's clause up to the date, ``rest`` its clause after it; the subject is read
    at the clause's start, or after a fronted date ("In spring, farmers plant …")."""
    if not re.search(r"\d", date_text) and _ANY_DAY_IN.search(clause):
        return True  # "any dry day in April", "every weekend in summer": any such day, no one day
    yearless = _YEARLESS.fullmatch(date_text.strip())
    if (yearless or _ONE_MONTH.fullmatch(date_text.strip())) \
            and _QUALITY_IN.search(clause) and not re.search(r"\b(?:will|would|was|were|has|have|had)\b", clause, re.IGNORECASE):
        return True  # "The coast is beautiful in June": a quality held every year (see _QUALITY_IN)
    if not yearless:
        return False
    if not _RANGE.match(date_text) and _BOUND_BEFORE.search(clause):
        return False
    if clause.strip() and not re.fullmatch(r"\W*(?:in|during|through|throughout|between|from)\s+(?:the\s+)?", clause, re.IGNORECASE):
        # the subject and its verb come before the date ("Farmers plant in"); a word ending the clause
        # before a subordinate one ("though any dry day in") leaves the last part to be read
        part = re.split(r"\b(?:though|although|while|whereas|when|because|as|but|and|so)\s+", clause, flags=re.IGNORECASE)[-1]
        return _subject_and_verb(part)
    # a fronted date: the clause after it ("In spring, farmers plant potatoes")
    return _subject_and_verb(re.sub(r"^\s*,?\s*", " ", rest).lstrip())


#: A part of the day with no day named: "the early afternoon", "night", "bedtime": the tagger's parts
#: of the day (but "tonight", one night named) and the times of day it tags by clock or meal.
_PART_OF_DAY = re.compile(r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:"
                          + "|".join(sorted(PARTS_OF_DAY.keys() - {"tonight"})) + r"|bedtime|lunchtime|midday|dawn|dusk)",
                          re.IGNORECASE)
#: A class described by what its members do, in the plain present, up to the date: "People over 65 who
#: take a short nap in", "Drivers who use their phones at", "Patients that take the pill at".
_CLASS_WHO_DOES = re.compile(
    rf"(?:^|\W)(?:people|children|men|women|(?!{_NOT_PLURAL}\b)[a-z]+[^s\W]s)\s+(?:[\w-]+\s+){{0,3}}?(?:who|that)"
    # (the relative clause's verb read as a class's verb is: :data:`_PLAIN_PRESENT`)
    rf"(?:{_PLAIN_PRESENT.pattern[1:]})\s+(?:[\w'’-]+\s+){{0,5}}?(?:in|at|during|before|after|by)\s+$",
    re.IGNORECASE)


def holds_every_day(clause: str, date_text: str) -> bool:
    """Whether the date ``date_text`` is a part of the day with no day named, told of a class in the
    plain present: its subject ("Most adults nap in the afternoon") or a relative clause describing
    it ("People who take a short nap in the early afternoon remember more, a study says"). A health
    or science report tells what a kind of person does on any day, not a happening on one; a named or
    definite subject ("The minister visited in the afternoon") or a past tells a happening, and stays.
    ``clause`` is the date's clause up to the date."""
    if not _PART_OF_DAY.fullmatch(date_text.strip()):
        return False
    return bool(_CLASS_WHO_DOES.search(clause)) or _subject_and_verb(clause)

