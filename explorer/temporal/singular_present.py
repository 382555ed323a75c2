"""The simple present of a singular subject before a yearless weekday: a schedule, not a report.

News puts an act on the calendar in the present ("The council votes on the budget Thursday", "The
team plays its last home game Saturday", "The pope celebrates Mass on Sunday"). The fixture verbs
of :mod:`explorer.temporal.tense_markers` list the common ones and :mod:`plural_present` reads any
verb after a plural subject; any other singular verb was read by no marker, so its weekday fell back
to the one gone by. A word in "-s" is a verb, not a plural noun, when it comes straight after a
singular subject: "he", "she", "it", a determiner and a noun not in "-s" ("the council votes"), or a
name opening the clause ("Parliament debates"). As for the plural, it is a plan only where the
sentence has no past verb of its own (the caller's check), and only before a weekday: a figure's
move ("the index rises Tuesday") and a report ("the company says Friday") are no plans.
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx
from explorer.temporal.plural_present import _ENDS_A_SENTENCE, _FIGURES_MOVE, _PAST_AS_BARE

#: "-s" words after a singular subject that are no act put on the calendar: the auxiliaries (their
#: tense is read elsewhere), reporting verbs (they date the report) and words that are no verbs
_NOT_A_PLAN = (
    r"is|was|has|does|says|tells|reports|announces|confirms|claims|insists|warns|adds|notes|argues|"
    r"admits|denies|believes|thinks|knows|seems|appears|remains|means|needs|wants|hopes|expects|plans|"
    r"intends|looks|sees|feels|this|his|its|us|as|yes|always|perhaps|whereas|news|series|means|less|"
    r"unless|across|towards|afterwards|besides|sometimes|nevertheless|" + "|".join(f"{v}s" for v in _FIGURES_MOVE.split("|"))
    + r"|rises|falls|loses|sheds"
    # the fixture verbs, which tense_markers reads with their own limits ("the season ends in defeat
    # on Sunday" is a result)
    r"|ends|begins|starts|opens|closes|runs|continues|reopens|convenes|reconvenes|expires|arrives|departs|"
    r"returns|visits|plays|meets|hosts|faces|resumes|travels|flies|heads|testifies|decides|kicks|comes|"
    r"goes|takes|posts|releases|publishes")
_CLAUSE_START = r"(?:^\s*|(?<=[.,;:!?\n(\"“])\s*|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthat\s)|(?<=\bwhile\s))"
#: a singular noun: no "-s" (but "-ss", "-us", "-is" nouns are singular: "the boss", "the bus", "the
#: crisis"), no "-ed" and no verb whose past is its bare form: in "the central bank cut rates on
#: Friday" the "-s" word is the object of a past verb
_SINGULAR_NOUN = rf"(?!(?:{_PAST_AS_BARE})\b)[a-z]{{2,}}(?:(?<!s)|(?<=ss)|(?<=us)|(?<=is))(?<!ed)\b"
#: a capitalised word opening a clause that is no name: a determiner, a pronoun, a preposition
_NOT_A_NAME = (r"The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Your|We|They|You|I|In|On|At|For|"
               r"From|With|By|After|Before|During|Since|Until|But|And|Or|So|If|When|While|As|Some|All|Many|"
               r"Most|Both|Each|Every|No|Other|Such|Last|Next|Early|Late|Earlier|Later|Meanwhile|Also|Then|Now")
_SUBJECT = (
    r"(?:\b(?:[Hh]e|[Ss]he|[Ii]t)\b"
    # a determiner, at most one word, the noun: "the council", "the national assembly"
    r"|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[\w'’-]+\s+)?" + _SINGULAR_NOUN
    + rf"|{_CLAUSE_START}(?!(?:{_NOT_A_NAME})\b)[A-Z][a-z]+(?<!s)\b)"
)
SINGULAR_PRESENT = re.compile(
    _SUBJECT + r"\s+(?:(?:also|then|again|finally|formally|officially)\s+)?"
    r"(?P<v>(?!(?:" + _NOT_A_PLAN + r")\b)[a-z]{2,}(?<![su]s)(?<!is)s)\b"
    # nor the last word of a compound noun whose own verb comes next ("the council votes were counted")
    r"(?!(?:\s+[a-z]+)?\s+(?:was|were|is|are|has|have|had|will|would|said|says|[a-z]{2,}ed)\b)"
    # the weekday a few plain words on: "defends her title against the world number two on Saturday"
    r"(?=(?:\s+[\w'’-]+){0,8}?\s+(?:(?:on|this|next)\s+)?" + lx.WEEKDAY_NAMES + r"\b)")
_MAY_HOLD_A_WEEKDAY = re.compile(r"\b" + lx.WEEKDAY_NAMES + r"\b")


def singular_presents(s: str) -> list[int]:
    """The offsets in the sentence ``s`` of the present verbs of singular subjects that a yearless
    weekday follows (read as a plan by the caller only when nothing in the sentence is past)."""
    if not _MAY_HOLD_A_WEEKDAY.search(s) or not _ENDS_A_SENTENCE.search(s):
        return []
    return [m.start("v") for m in SINGULAR_PRESENT.finditer(s)]
