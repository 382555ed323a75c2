"""Thanks and congratulations that open a sentence: "Congratulations to Amira in Year 4, who was named
young writer of the year on 25 November", "A huge thank you to everyone who came to the fair on
7 December".

A newsletter, a club's post or a speech tells a happening inside its thanks: the one thanked did it,
in the relative clause. The title is that clause with the one thanked as its subject ("Amira is named
young writer of the year", "Everyone comes to the fair"); before this rule it kept the greeting
("Congratulations to Amira in Year 4") and the actor was "congratulations". Only general English.
"""

from __future__ import annotations

import re

#: The greeting and its "to": "Congratulations to", "A huge thank you to", "Well done to", "Thanks go to".
_GREETING = re.compile(
    r"^\s*(?:(?:a|an)\s+)?(?:(?:huge|big|special|massive|heartfelt|warm|very|enormous|great)\s+)*"
    r"(?:thank\s+you|thanks|congratulations|congrats|well\s+done|good\s+luck|best\s+wishes|hats\s+off|kudos)"
    r"(?:\s+(?:go|goes|must\s+go)(?:\s+out)?)?\s+to\s+",
    re.IGNORECASE,
)
#: The one greeted (a few words, perhaps "in Year 4" or "of the choir" after them), then "who" and the clause.
_GREETED = re.compile(
    r"(?P<who>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?:\s+(?:in|of|from|at)\s+[^,]{1,30}?)?,?\s+who\s+(?=[a-z])"
)


def greeted_clause(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """The sentence told as the greeted one's clause ("Amira was named … on 25 November 2024!") with the
    date's new offsets, when a greeting opens it and the date stands in the clause; else None."""
    line = sentence.rfind("\n", 0, timex_start) + 1  # ("Dear parents,\n\nCongratulations to …": its own line)
    greeting = _GREETING.match(sentence, line)
    if greeting is None or greeting.group().strip().lower().startswith("thanks to") and "," not in sentence[line:timex_start]:
        return None  # ("Thanks to the rain the match was called off": a cause, not a greeting)
    greeted = _GREETED.match(sentence, greeting.end())
    if greeted is None or greeted.end() > timex_start:
        return None
    who = greeted.group("who")
    who = who[:1].upper() + who[1:]
    cut = greeted.end() - len(who) - 1
    told = f"{who} {sentence[greeted.end():]}"
    return told, timex_start - cut, timex_end - cut
