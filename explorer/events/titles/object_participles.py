"""A participle after a verb's (or a preposition's) object, with no comma, that the date ends: "The editors retracted the
article published on 3 March 2021" -> "The article is published".

The date follows the participle's own phrase, so it dates what the participle tells of the object
(its publishing, its sighting, its building), not the main verb's act: the retraction is another day.
Before this rule the title was the main clause cut before the date ("The editors have retracted the
article published"), which names the wrong act. A participle whose happening is the main act's own
occasion ("won the race held on Sunday", "lost the match played on Saturday") is left alone: there the
date is the main act's too. Only general English: a determiner, up to three words, the noun, perhaps
"by" and its authors, then the participle and up to five words of its phrase before the date.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PASTS
from explorer.temporal.lexicon import MONTH_NAMES, WEEKDAY_NAMES

#: Participles whose happening is an occasion the main act takes place at: the date is the act's too.
_OCCASIONS = frozenset(
    "held played staged hosted organised organized scheduled planned expected hoped feared thought believed "
    "estimated supposed intended rumoured rumored fought contested run".split()
)
#: Words that end a noun phrase: prepositions, relative words, auxiliaries ("a farm was given": no object).
_NOT_NOUN = (r"(?:of|and|or|but|in|on|at|to|for|with|by|from|who|which|that|after|before|when|while|because|since|until|"
             r"was|were|is|are|be|been|being|has|have|had|"
             r"will|would|can|could|may|might|must|shall|should|do|does|did|not)\b")
#: (three letters or more before "-ed": "the main shed", "a seed", "a new bed" are no participles)
_PARTICIPLE = (r"(?:[a-z]{3,}ed|used|seen|built|made|sold|written|taken|given|shown|found|bought|sent|stolen|drawn|painted|signed|sung|begun|known"
               # participles alike to a noun or a present, only with their agent: "the record set by"
               r"|(?:set|led|laid|kept|caught|cut|hit|put|won|broken|chosen|struck|beaten)(?=\s+by\s))")
#: A count standing for the object's determiner: "recalled 4,000 kettles made in 2019", "sold two houses built in 1930".
_COUNT = r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|thousands|dozens"
#: What may follow the date inside the main clause: a phrase of its own, not a verb ("… made in 1880 to the
#: museum on Monday", "… launched in April by the sister ship").
_PHRASE_AFTER = re.compile(r"^\s+(?:to|by|for|at|from|into|with)\s+(?:the|a|an|its|their|his|her|[A-Z])")
#: A year, a month or a weekday: a date of the participle's own phrase before this one.
_DATE_WORD = re.compile(rf"\b(?:\d{{4}}|{MONTH_NAMES}|{WEEKDAY_NAMES})\b")
_OBJECT_PARTICIPLE = re.compile(
    # the main verb (a past, perhaps after "has"/"have"/"had"), then its object
    # (or a preposition's: "Thanks to a public appeal launched on 1 June, the museum raised …")
    r"\b(?:(?:has\s+|have\s+|had\s+)?(?!(?:was|were|had|did)\b)(?:[a-z]+ed|" + IRREGULAR_PASTS + r")|[Tt]o(?:\s+(?P<infinitive>(?!(?:the|a|an|its|their|his|her)\b)[a-z]+))?)\s+"
    r"(?P<noun>(?:the|a|an|its|their|his|her|" + _COUNT + r")\s+(?:(?!" + _NOT_NOUN + r")[a-z][\w-]*\s+){0,3}?"
    r"(?!" + _NOT_NOUN + r")[a-z][\w-]*)"
    # and what it is of, in a word or two: "the record of 1,720 km", "the route of the race"
    r"(?:\s+of\s+(?:[\w,.’'-]+\s+){0,2}?[\w,.’'-]+(?=\s+[a-z]+\s+by\s))?"
    # the authors of a piece: "by Lin et al.", "by Lin and Chen"
    r"(?:\s+by\s+[A-Z][\w’'-]*(?:\s+(?:et\s+al\.?|and\s+[A-Z][\w’'-]*|[A-Z][\w’'-]*))?)?"
    r"\s+(?P<participle>" + _PARTICIPLE + r")"
    # (a passive participle takes no object: "the club sacked its manager on Monday" is a clause)
    r"(?P<phrase>(?:\s+(?:in|at|near|by|from|to|for|with|outside|inside|into|under|over|across|along|off|up|down|out|abroad)"
    r"(?:\s+(?!(?:and|but|or|after|before|when|while|because|as)\b)[\w’'-]+){0,4}?)?)"
    r"\s+(?:(?:on|in|at|during|from|since|by|last|this)\s+)?$"
)


def object_participle(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """The object's own happening ("The article is published") when the date ends a participle's
    phrase written right after the object of a past verb; else None."""
    if not re.match(r"^\s*(?:[,;.)!?\"”]|$)", sentence[timex_end:]) and not _PHRASE_AFTER.match(sentence[timex_end:]):
        return None
    m = _OBJECT_PARTICIPLE.search(sentence[:timex_start])
    if m is None or m.group("participle") in _OCCASIONS or m.group("participle").endswith("ing"):
        return None
    if _DATE_WORD.search(m.group("phrase")):
        return None  # "made in 1880 to the museum on Monday": the participle's phrase had its own date
    if m.group("infinitive") and not m.group("phrase").split()[:1] == ["by"]:
        return None  # "Work to widen the harbour wall resumed on 3 May": the subject's verb, no participle
    noun = m.group("noun").split()
    head = noun[-1]
    be = "are" if head.endswith("s") and not head.endswith(("ss", "us", "is")) else "is"
    told = " ".join([*noun, be, m.group("participle"), *m.group("phrase").split()])
    return told[:1].upper() + told[1:]
