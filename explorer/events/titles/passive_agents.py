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
#: Heads of a "by" phrase that count how much, not who: "defeated by four votes", "freed by six".
_COUNTED = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand votes vote points goals runs wickets lengths seconds minutes hours days weeks months years
    metres meters miles kilometres feet inches""".split())
#: The most words a passive title with its agent may have.
MAX_WITH_AGENT = 14
#: An agent told by a description and then its name in apposition: "by his deputy, Tom Ardle.", "by a
#: local banker, Josiah Hart, who …", "by the local MP, Sir Edward Lane". The description has no phrase
#: of place or owner and its head is lower case or an abbreviation ("by a firm in Leeds, England" names
#: a place, not the firm); the name ends the clause or is followed by a clause's or a phrase's word,
#: not a verb ("sold by the family, Hale said" is a saying).
APPOSED_BY = re.compile(
    r"\bby\s+(?P<described>(?:the|a|an|his|her|its|their|our|my|[A-Z][\w’'-]*['’]s)\s+"
    r"(?:(?!(?:of|in|at|for|from|on|to|with|near)\b)[\w’'-]+\s+){0,4}?(?:[a-z][\w’'-]*|[A-Z]{2,4})),\s+"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[a-z])"
    r"(?=\s*[,.;)]|\s*$|\s+(?:who|which|in|on|at|and|until|after|before|during|for|from|to|with|within)\b)"
)
#: The same right after a passive's participle (and a particle or an adverb): "succeeded by his deputy, …".
_APPOSED_AGENT = re.compile(
    r"^(?:\s+(?:out|up|down|off|over|away|back|aside|first|later|then|also|again|[a-z]+ly)){0,2}\s+(?="
    + APPOSED_BY.pattern[2:] + ")"
)


def _apposed_agent(sentence: str, verb: str) -> tuple[str, str] | None:
    """(description, name) of the agent ``sentence`` names after ``verb`` as a description and its name
    in apposition (see ``_APPOSED_AGENT``), or None."""
    at = re.search(rf"\b(?:was|were|is|are|been|be|and)\s+(?:[a-z]+ly\s+)?{re.escape(verb)}\b", sentence)
    m = _APPOSED_AGENT.match(sentence[at.end():]) if at else None
    by = APPOSED_BY.match(sentence, at.end() + m.end()) if m else None
    if by is None or by.group("name").split()[0] in _TIME_NAMES:
        return None
    return by.group("described"), by.group("name")


def with_passive_agent(title: str, sentence: str) -> str:
    """``title`` with " by AGENT" when it is a passive without its agent and ``sentence`` names the
    agent after the same participle, within its clause ("The fire is put out" + "… was put out by the
    crew within …" -> "The fire is put out by the crew"); else ``title``."""
    from explorer.events.agents import passive_agent

    m = _PASSIVE_TITLE.match(title)
    by = re.search(r"\sby\s+(.+)$", title)
    if by is not None:
        # "The mill is bought by a local banker" + "… by a local banker, Josiah Hart, who …": the name
        verb = re.search(r"\s(?:is|are)\s+(?:[a-z]+ly\s+)?([a-z]+)\b", title[:by.start() + 1])
        apposed = _apposed_agent(sentence, verb.group(1)) if verb else None
        if apposed is not None and apposed[0] == by.group(1):
            return title[:by.start()] + " by " + apposed[1]
        return title
    if m is None:
        return title
    verb = m.group("verb")
    if not (verb in PARTICIPLES or verb.endswith("ed") and present_of(verb) is not None or present_of(verb) is not None
            and not verb.endswith("s")):
        return title
    apposed = _apposed_agent(sentence, verb)
    if apposed is not None and len(f"{title} by {apposed[1]}".split()) <= MAX_WITH_AGENT:
        # "Arne Holt is succeeded" + "… was succeeded by his deputy, Tom Ardle": the one who acted, by name
        return f"{title} by {apposed[1]}"
    at = re.search(rf"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+)?{re.escape(verb)}\b", sentence)
    if at is None:
        return title
    clause = re.split(r"[,;:—–]\s|\s(?:and|but|which|who)\s", sentence[at.end():], maxsplit=1)[0]
    words = clause.split()
    if len(words) > 10:
        return title
    found = _AGENT.search(clause)
    if found is None or any(w.endswith("ed") or w in PARTICIPLES for w in clause[:found.start()].split()):
        return title  # ("rebuilt with money raised by former pupils": the agent of the later participle)
    agent = found.group("agent")
    if agent.split()[-1].lower() in _COUNTED or agent.split()[-1][:1].isdigit():
        return title  # ("defeated by four votes", "freed by six", "won by two lengths": a count, no doer)
    longer = f"{title} by {agent}"
    if len(longer.split()) > MAX_WITH_AGENT:
        return title
    named = agent[:1].isupper() and len(agent.split()) <= 5 and not agent.split()[-1][:1].isdigit() \
        and agent.split()[0] not in _TIME_NAMES  # (not "by March", "by Christmas")
    if passive_agent(longer) != agent and not named:
        return title  # ("by a majority", "by train", "by 1870": no doer; a name is one)
    return longer
