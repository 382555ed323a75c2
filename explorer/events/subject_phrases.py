"""Where the subject a second verb shares begins, past what opens its clause: the patterns
:func:`explorer.events.clauses.subject_before` and the title rules read.

"Although the rebels won a skirmish, the army won a battle and scattered them": the subject of
"scattered" is the main clause's, not the opening clause's; "During her captaincy the club signed a
deal and established a squad": the opening phrase of time has no comma, and the subject is the noun
phrase after it; "A resident of Mill Lane spotted the dog and rang the shelter": the name is the
subject's phrase, not the subject. General English only: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PARTICIPLES, IRREGULAR_PASTS

#: A past in "-ed", perhaps after a hyphened prefix ("re-elected").
ED_PAST = r"(?:(?:re|de|co|pre|mis|cross|double|fast|short|test)-)?[a-z]+ed"

#: Prepositions that open a sentence's adverbial phrase before its subject: "During this conference the
#: United Kingdom held …", "In private Secretary of State Dulles conceded …", "Under Varo it cleared",
#: "Following the vote, …". The one list the title and actor rules read; a rule that also takes "since"
#: or "until" adds them itself ("Since the old mill was damaged" opens a clause of reason, no phrase).
OPENING_PREPOSITIONS = frozenset(
    "in on at during after before by with under through over for from following despite amid throughout".split())

#: A preposition right before a capitalised run: the run is a phrase's, not a clause's subject.
PHRASE_BEFORE_NAME = re.compile(r"\b(?:of|from|in|at|on|near|for|with|by|to)\s+(?:the\s+)?$")
#: A noun phrase opened by a determiner whose modifier ends in a name: "A resident of Mill Lane".
DETERMINED_PHRASE = re.compile(
    r"(?:A|An|The|a|an|the)\s+(?:(?!(?:that|who|which|and|or|was|were|had|has)\b)[a-z][\w’'-]*\s+){1,3}"
    r"(?:of|from|in|at|on|near)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")
#: A subordinate clause opening the sentence, up to its comma: "Although the rebels won a skirmish, ".
OPENING_SUBORDINATE = re.compile(r"\s*(?:Although|Though|Because|Whereas|While|When|After|Before|If|Unless|Once)\b[^,;]*,\s*")
#: An opening phrase of time with no comma, then the clause's subject (a determiner's noun phrase) and
#: its verb: "During her captaincy | the club | signed", "After the war | the family | sold".
OPENING_PHRASE_SUBJECT = re.compile(
    r"^\s*(?:During|After|Before|In|On|By|From|Until|Since|Within|Throughout)\s+(?:[\w’'-]+\s+){1,3}?"
    r"((?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s+(?:[a-z]+ly\s+)?(?:" + ED_PAST + r"|" + IRREGULAR_PASTS + r")\b")


def opening_phrase_subject_start(text: str) -> int | None:
    """Where the subject starts after an opening phrase of time with no comma ("During her captaincy |
    the club signed …", "After the war | the family sold …"), or None when ``text`` opens otherwise."""
    m = OPENING_PHRASE_SUBJECT.match(text)
    return m.start(1) if m else None


#: A participle opening the sentence before its place or its time ("Born in Orvent in 1936, she …", "Raised
#: by her aunt, …", "Educated at Leeds, …"): no name a pronoun may stand for, nor the sentence's subject.
PARTICIPLE_OPENING = re.compile(
    rf"(?:[A-Z][a-z]{{2,}}ed|{'|'.join(w.capitalize() for w in sorted(IRREGULAR_PARTICIPLES | {'born'}, key=len, reverse=True))})"
    r"(?:\s+(?:up|out|back|down|away))?\s+(?:in|at|on|by|from|into|to|near|with|as|for|under)\b")
#: That phrase, with the asides after it, up to the pronoun that is the sentence's subject and its verb:
#: "Born in Leith on 2 February 1821, the son of a ropemaker, | he went to sea … and joined the navy"
#: (the subject a later verb shares is "he", never "Born in Leith").
PARTICIPLE_PHRASE_BEFORE_A_PRONOUN = re.compile(
    PARTICIPLE_OPENING.pattern + r"[^;:.!?]{0,120}?[,\s]\s*(?=(?:he|she|they|it|we|I)\s+[a-z])")
