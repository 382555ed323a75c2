"""A date inside a "where" clause with a subject and a verb of its own: the title is that clause's.

"Several members raised the case of the valley, where a paper mill was fined in 2023 for …",
"Paramedics took him to the county hospital, where he underwent surgery on Sunday", "The crew
walked the road where the driver died on 12 August": the date stands in the clause that tells a
place's happening, after its subject and its verb, so the happening of that date is the clause's (a
mill was fined then), not the main clause's (members raising a case, on some other day). A title made
from the main clause names an act the date does not belong to.

Left alone: a date in the main clause before "where" ("She moved to Leeds in 1990, where she opened a
shop" dates the move), a "where" clause with no verb before the date ("the town where, in 1850, …"),
a date told only in a later clause after a comma, a clause whose verb is a modal or a state the
clause only describes ("where rates have stayed high since 2020"), and a clause whose subject is "he",
"she", "it" or "they" (the main clause tells whom it stands for; a title read on its own would have to
guess, and a wrong guess names the wrong doer). General English only: nothing here
knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.states import is_state
from explorer.events.tense import REGULAR_PAST
from explorer.events.titles.finish import present_verb_at, verb_at

#: "where" after a comma or inside a sentence, with its clause up to the date: no clause break between
#: them but a person's age set off by commas (", 41,").
_BODY = r"(?P<body>(?:[^,;:()—–\"“”.!?]|,\s+(?:aged\s+)?\d{1,3},(?=\s)|\.(?=\w))+?)\s*$"
_WHERE_UP_TO_DATE = re.compile(r"(?:,\s+|\s)where\s+" + _BODY)
#: "before|after|until|once" and its clause up to the date, the same way: "… before the window closes on …".
_TIME_CLAUSE_UP_TO_DATE = re.compile(r"\s(?:before|after|until|once)\s+" + _BODY)
#: A main clause that tells no happening yet: a future, a modal, an expectation or a plan.
_UNREALISED = re.compile(r"\b(?:will|would|could|may|might|should|must|expected|expects?|due|likely|plans?|planned|"
                         r"hopes?|hoped|intends?|intended)\b")  # (lower case: "May" is a month)
#: Words that would make the clause's verb no happening of the date: a modal, a plan, a denial.
_NOT_DONE = re.compile(r"\b(?:will|would|could|can|may|might|must|should|shall|not|never|to)\b", re.IGNORECASE)
#: "since" among the last words before the date: "since 2020", "since that Christmas", "since early May".
_SINCE = re.compile(r"\bsince(?:\s+\S+){0,2}\s*$", re.IGNORECASE)
#: A subject pronoun of the third person: read away from the main clause, it would be named by guess.
_THIRD_PERSON = frozenset("he she it they".split())
#: A pronoun's clause whose verb is a plain past act ("…, where he underwent surgery on Sunday", "where
#: they were treated for burns on 4 May"): the date is that act's, and the title rules name the pronoun
#: from the main clause before it, which the title's context holds. A perfect or a state ("where she had
#: run …", "where it stayed …") is left to the main clause.
_PRONOUN_ACT = re.compile(r"(?:he|she|it|they)\s+(?:(?:was|were)\s+(?:[a-z]{3,}ed|[a-z]{3,}en)\b|"
                          r"(?!(?:was|were|had|has|have|stayed|remained|lived|worked|lay|sat|stood|kept|held|owned|passed|spent|wintered)\b)"
                          rf"(?:{REGULAR_PAST}|wed|underwent|won|met|took|gave|made|caught|fell|sank|ran|led|saw|found|told|"
                          r"began|wrote|built|sold|bought|fought|struck|lost|beat|broke|drove|flew|rode|spoke|swore|"
                          r"threw|wore|went|came|left|became)\b)", re.IGNORECASE)
#: A clause opening on a verb or an adverb has no subject of its own: "where necessary", "where possible".
_NO_SUBJECT = re.compile(r"^(?:possible|necessary|appropriate|needed|relevant|applicable)\b", re.IGNORECASE)


def where_clause(sentence: str, timex_start: int, timex_end: int) -> tuple[int, int] | None:
    """The start and end of the "where" clause holding the date after its subject and verb, or None.

    The clause runs from its subject to the next clause break after the date (a comma, a semicolon,
    the sentence's end). A "before", "after", "until" or "once" clause is read the same way when the
    main clause before it tells no happening yet ("X is expected to sign a player before the transfer
    window closes on 1 September": the window's closing is what that day holds); after a main clause
    that tells a happening, the date may be either's and the title stays the main clause's."""
    if timex_end <= timex_start or re.match(r"[’']s\b", sentence[timex_end:]):
        return None  # ("… in Sunday's election": a possessive date is its noun's, see events.dated_nominals)
    m = _WHERE_UP_TO_DATE.search(sentence, 0, timex_start)
    if m is None:
        m = _TIME_CLAUSE_UP_TO_DATE.search(sentence, 0, timex_start)
        main = sentence[:m.start()] if m else ""
        if m is None or not _UNREALISED.search(re.split(r"[;:]", main)[-1]):
            return None
    body = m.group("body")
    words = body.split()
    if len(words) < 2 or _NO_SUBJECT.match(body) or _NOT_DONE.search(body) or _SINCE.search(body):
        return None  # (a "since" date dates a state the clause describes: "where rates have stayed high since 2020")
    if words[0].lower() in _THIRD_PERSON and not _PRONOUN_ACT.match(body):
        return None  # "…, where she has slept under the desk since …": a state; whom the pronoun stands for is the main clause's to say
    verb = verb_at(words)
    if verb is None:
        verb = present_verb_at([*words, "x"])  # "before the window closes on …"
    if verb is None or verb > 8:
        return None  # no verb before the date, or a subject too long to be one
    start = m.start("body")
    close = re.search(r"[,;:]\s|[.!?]?\s*$", sentence[timex_end:])
    end = timex_end + (close.start() if close else len(sentence) - timex_end)
    if is_state(sentence[start:end], ""):
        return None
    return start, end
