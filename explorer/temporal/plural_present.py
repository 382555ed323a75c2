"""The simple present of a plural subject before a yearless day: a schedule, not a report.

News tells a fixture in the present ("the talks resume on Monday"); the fixture verbs of
:mod:`explorer.temporal.tense_markers` hold the common ones, in both forms. Any other verb after a
plural subject ("voters choose a new mayor on Sunday", "fans gather outside the ground on Saturday",
"they vote on Sunday") was read by no marker, so its weekday fell back to the one gone by. After a
plural noun, "they" or "we", a bare verb with no "-s", no "-ed" and no "-ing" can only be a present:
a report of a day gone says "voters chose", and a headline's present would have no plural's bare
form to hide behind as often as a singular's "-s" word, which may be a noun ("talks", "plays"), so
the singular is left to the fixture list. Kept apart from the fixture patterns because it reads the
subject, which they never do, and because it is only a plan when nothing in the sentence is past
(see :func:`plural_presents`).
"""

from __future__ import annotations

import re

from explorer.temporal import lexicon as lx

#: words that follow a plural noun without being its verb: prepositions, determiners, auxiliaries
#: (their own tense is read elsewhere), adverbs of degree and the bare participles that are no present
_NOT_A_VERB = (
    r"on|in|at|of|for|to|from|with|by|and|or|but|nor|the|a|an|this|that|these|those|their|its|his|her|our|my|your|"
    r"are|were|have|had|do|did|can|could|will|would|may|might|must|should|shall|won|also|still|now|then|only|"
    r"not|never|there|here|who|whom|which|what|when|where|after|before|during|until|since|than|as|last|next|"
    r"every|each|some|all|more|most|less|about|over|under|up|down|off|out|into|per|via|no|new|old|both|other|"
    r"such|same|very|just|even|ago|today|tonight|tomorrow|yesterday|earlier|later|said|told|"
    r"heard|held|made|given|taken|paid|sold|built|done|known|seen|sent|written|chosen|drawn|shown|struck|"
    r"begun|spent|kept|left|met|lost|found|brought|bought|gone|been|got|gotten|became|became|came|went|"
    r"took|gave|saw|ran|began|chose|fell|rose|led|stood|spoke|wrote|thought|caught|fought|taught|felt"
)
#: a plural subject: "they", "we", or a plural noun in "-s" (not "-ss", "-us", "-is": "business",
#: "bonus", "this") right at the start of a clause ("Voters choose", "..., and schools reopen"), or
#: after a determiner and up to two words ("the two leaders meet", "the city's schools reopen").
#: Never after any other word: in "he plays football on Sunday" the "-s" word is the verb
_CLAUSE_START = "|".join(
    [r"^\s*", r"(?<=[.,;:!?\n(\"“])\s*"] + [rf"(?<=\b{w}\s)" for w in ("and", "but", "that", "when", "while", "where", "as")])
_DETERMINER = "|".join(
    rf"(?<=\b{w}\s)" for w in ("[Tt]he", "[Tt]hese", "[Tt]hose", "[Mm]any", "[Ss]ome", "[Aa]ll", "[Mm]ost", "[Bb]oth",
                                "[Tt]heir", "[Oo]ur", "[Tt]wo", "[Tt]hree", "[Ff]our", "[Ff]ive"))
_PLURAL_NOUN = (r"(?!(?:this|his|its|has|was|is|does|always|perhaps|whereas|as|us|yes|less|news|series|means)\b)"
                r"[A-Za-z][a-z]+(?<![su]s)(?<!is)s\b")
_SUBJECT = (
    r"(?:\b(?:[Tt]hey|[Ww]e)\b"
    rf"|(?:{_CLAUSE_START}){_PLURAL_NOUN}"
    rf"|(?:{_DETERMINER})(?:[\w'’-]+\s+){{0,2}}?{_PLURAL_NOUN})"
)
#: verbs of a figure's movement: "shares fall on Monday", "sales rise in November" are how a market
#: report or a headline tells what the figures did, the present of a report, not of a plan
_FIGURES_MOVE = (r"rise|fall|gain|climb|slip|drop|edge|surge|tumble|jump|slide|dip|ease|soar|plunge|sink|slump|"
                 r"rebound|recover|decline|advance|retreat|rally|hit|top|lose|shed|fluctuate|stall|stagnate")
#: verbs whose past is their bare form: after a plural "the visitors beat the hosts on Saturday" is
#: as likely a result as a fixture, so the bare form says no tense
_PAST_AS_BARE = (r"beat|cut|hit|put|set|shut|quit|cost|hurt|let|bet|bid|cast|broadcast|spread|split|burst|"
                 r"read|thrust|upset|forecast|come|become|run|overcome")
PLURAL_PRESENT = re.compile(
    _SUBJECT + r"\s+(?:(?:also|then|again|finally|usually|now)\s+)?"
    r"(?P<v>(?!(?:" + _NOT_A_VERB + "|" + _FIGURES_MOVE + "|" + _PAST_AS_BARE + r")\b)[a-z]{2,}(?<!s)(?<!ed)(?<!ing)(?<!ly))\b"
    # nor the first word of a compound noun whose own verb comes next ("the weapons inspection team
    # resumed", "the appeals court is to rule"): a finite verb a word on says the subject was longer
    r"(?!(?:\s+[a-z]+)?\s+(?:was|were|is|are|has|have|had|will|would|said|says|[a-z]{2,}ed)\b)"
    # the day a few plain words on, yearless: "choose a new mayor on Sunday", "return to work in March"
    r"(?=(?:\s+[\w'’-]+){0,6}?\s+(?:(?:on|this|next|in|from|until|by)\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:" + lx.WEEKDAY_NAMES + r"|" + lx.MONTH_NAMES + r"(?!\s+\d{4}\b|,?\s+(?:1\d|20)\d\d\b))\b)")

#: what every such plan holds, looked for once before the pattern, which has no fixed first word
_MAY_HOLD_A_NAMED_DAY = re.compile(
    r"\b(?:" + lx.WEEKDAY_NAMES[3:-1] + "|" + lx.MONTH_NAMES[3:-1] + r")\b")

#: a line with no closing stop is a headline or a caption, whose present tells news of days gone
#: ("Voters reject the plan on Sunday" over Monday's report)
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")


def plural_presents(s: str) -> list[int]:
    """The offsets in the sentence ``s`` of the bare present verbs of plural subjects that a yearless
    weekday or month follows. The caller reads them as a plan only when the sentence has no past verb
    of its own: "fans gathered on Saturday and they cheer on Sunday" is a report told in two tenses."""
    if not _MAY_HOLD_A_NAMED_DAY.search(s) or not _ENDS_A_SENTENCE.search(s):
        return []
    return [m.start("v") for m in PLURAL_PRESENT.finditer(s)]
