"""A passive title keeps the agent its sentence names after "by": "The fire is put out by the crew".

The title rules cut a passive at its participle's phrase ("The fire was put out by the crew within twenty
minutes on 3 May" -> "The fire is put out"), and the rule that tells a passive actively
(``subjects.active_for_named_agent``) reads only a "by" right after a one-word participle. A phrasal
participle ("put out"), a phrase or a date between ("given to the museum in 1987 by …") left the one
who acted out of the title, and so out of the event's actors (``explorer.events.agents.passive_agent``
reads the agent off the title). A headline keeps it: "The log is given to the museum by the captain's
granddaughter". Only when the agent is a doer's noun phrase (``passive_agent`` judges it: no means
"by train", no measure "by a third", no date "by 1870") and the title stays short.

Only general English: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.tense import PARTICIPLES, present_of
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS

#: A passive title: its subject, "is"/"are", an adverb, the participle and a particle or a phrase.
_PASSIVE_TITLE = re.compile(
    r"^\S.*?\s(?:is|are)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?P<rest>(?:\s+[^\s,;]+){0,5})$"
)
#: Where the agent's phrase ends in the sentence: a comma, a clause's word, a date's preposition.
_AGENT = re.compile(
    r"\bby\s+(?P<agent>(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    r"(?=\s*[,;.]|\s*$|\s+(?:in|on|at|during|after|before|within|for|from|with|and|when|while|as|until|who|which|that|to|over)\b)"
)
#: Names of times a "by" may end a passive with: "rebuilt by March", "finished by Christmas".
_TIME_NAMES = frozenset(FULL_MONTHS + FULL_WEEKDAYS + ("Christmas", "Easter", "Midsummer", "New", "Spring", "Summer",
                                                        "Autumn", "Winter", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
#: The most words a passive title with its agent may have.
MAX_WITH_AGENT = 14


def with_passive_agent(title: str, sentence: str) -> str:
    """``title`` with " by AGENT" when it is a passive without its agent and ``sentence`` names the
    agent after the same participle, within its clause ("The fire is put out" + "… was put out by the
    crew within …" -> "The fire is put out by the crew"); else ``title``."""
    from explorer.events.agents import passive_agent

    m = _PASSIVE_TITLE.match(title)
    if m is None or " by " in f" {title} ":
        return title
    verb = m.group("verb")
    if not (verb in PARTICIPLES or verb.endswith("ed") and present_of(verb) is not None or present_of(verb) is not None
            and not verb.endswith("s")):
        return title
    at = re.search(rf"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+)?{re.escape(verb)}\b", sentence)
    if at is None:
        return title
    clause = re.split(r"[,;:—–]\s|\s(?:and|but|which|who)\s", sentence[at.end():], maxsplit=1)[0]
    words = clause.split()
    if len(words) > 10:
        return title
    found = _AGENT.search(clause)
    if found is None:
        return title
    agent = found.group("agent")
    longer = f"{title} by {agent}"
    if len(longer.split()) > MAX_WITH_AGENT:
        return title
    named = agent[:1].isupper() and len(agent.split()) <= 5 and not agent.split()[-1][:1].isdigit() \
        and agent.split()[0] not in _TIME_NAMES  # (not "by March", "by Christmas")
    if passive_agent(longer) != agent and not named:
        return title  # ("by a majority", "by train", "by 1870": no doer; a name is one)
    return longer
