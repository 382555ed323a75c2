"""A happening's own turn, told with no object: "The strike ended", "The talks collapsed", "Fighting
resumed", "The siege ended after six weeks", "…, and the dispute ended within a fortnight", "The
lights went out in the east wing".

Why a module of its own: the plain-past rule (:mod:`explorer.events.plain_past`) wants someone who acts
and a verb that acts on something, and leaves out a subject that names a happening ("The murder of the
governor shocked the town": its verb tells a consequence). But the start, the end, the breakdown or the
resumption of a strike, a siege, talks or a truce is a happening of its own, which readers put on a
timeline as they put the strike's calling (issue 12, "bare-object or object-less acts"). So is a
machine's or a supply's failure in a story ("Power failed in 600 homes", "the second generator failed").

Only a past verb of a turn, after a subject whose head names a happening that lasts (or a supply or a
machine that fails): a figure's move ("prices fell sharply") is a statistic, and a verb of a state or a
saying is no turn, and a stall ("The war then stalled") tells a state. Not a negation, a modal or a plan (no past form then), nor a habit ("every winter
the talks broke down"), nor an end told with a length alone ("The strike lasted"; "ended up").
"""

from __future__ import annotations

import re

from explorer.events.happening_verbs import HABIT_WORDS

#: Heads of a noun phrase that names a happening that lasts: a dispute, a fight, a meeting, a hearing,
#: a journey, a search, a service (general English; the noun's plural too).
_HAPPENING_HEADS = (
    r"strikes?|walkouts?|lockouts?|stoppages?|sit-ins?|boycotts?|protests?|demonstrations?|occupations?|"
    r"blockades?|sieges?|wars?|battles?|fighting|offensives?|campaigns?|invasions?|rebellions?|revolts?|"
    r"uprisings?|mutin(?:y|ies)|riots?|unrest|clashes|ceasefires?|truces?|talks|negotiations|"
    r"discussions|dispute|disputes|feud|standoff|stand-off|crisis|meetings?|summits?|conferences?|"
    r"sessions?|hearings?|trials?|inquiry|inquest|investigation|search(?:es)?|rescue|operation|"
    r"evacuation|voyage|expedition|tour|match|game|race|final|season|festival|ceremony|service|"
    r"celebrations|count|recount|vote|ballot|auction|sale|exhibition|show|concert|performance|"
    r"shift|fire|blaze|storm|flood|floods|outbreak|epidemic|drought|famine|eruption|occupation"
)
#: Heads of a supply or a machine whose failure is a happening of the story.
_FAILING_HEADS = r"power|electricity|lights|generators?|engines?|brakes|pumps?|valves?|floodlights?|signals?|phones|radio"

#: The subject: a determiner, up to three modifiers and the head; or a bare plural head opening the
#: sentence or the clause ("Talks collapsed", "Fighting resumed", "Power failed in 600 homes").
_SUBJECT = (
    r"(?P<subject>(?:(?-i:The|A|An|Its|Their|His|Her|the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?-i:{_HAPPENING_HEADS}|{_FAILING_HEADS})|(?-i:Talks|Negotiations|Fighting|Power|Electricity|talks|negotiations|fighting|power))"
    # (told of someone or somewhere: "the talks with the buyer", "the strike at the plant"; no verb in it)
    r"(?:\s+(?:with|at|in|on|over|between|of|for|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)\s+"
)

#: A past verb of a turn: an end, a start, a breakdown, a resumption; a machine's failure.
_TURN = (
    r"(?:(?:finally|eventually|abruptly|suddenly|then|later|soon|quickly|formally|officially)\s+)?"
    r"(?P<verb>ended(?!\s+up\b)|resumed|collapsed|finished|began|restarted|"
    r"broke(?=\s+down\b)|went(?=\s+ahead\b)|petered(?=\s+out\b)|fizzled(?=\s+out\b)|"
    r"failed(?!\s+to\b)|went(?=\s+out\b)|cut(?=\s+out\b))\b"
    # (then the clause's end, a time, a manner or a cause: not an object, "ended his career", nor a
    # length alone in a rule's words, "began to")
    # (nor "ended when …": the end told by its cause, "the strike ended when the owners agreed", where the
    # cause is the happening a reader lists; readable gold: two such ends, neither listed)
    r"(?=\s*[.;,!]|\s*$|\s+(?:down|ahead|out|again|on|in|at|after|before|within|without|with|abruptly|"
    r"suddenly|early|late|overnight|quietly|peacefully|amid|following|and|but)\b)"
)

#: The turn opening a sentence (after an opening "After/When …," clause, if any).
_OPENING = re.compile(r"\s*(?:(?:When|After|Once|As)\s+[^,;]{3,120},\s+)?" + _SUBJECT + _TURN)
#: The turn told in a clause of its own after another: ", and the dispute ended within a fortnight",
#: "; talks collapsed", ", but the strike went ahead".
TURN_CLAUSE = re.compile(r"(?:,\s+(?:and|but|so)|;|(?<=[a-z])\s+and)\s+(?:then\s+)?" + _SUBJECT + _TURN)


def happening_turn(text: str, sentence_start: int, sentence_end: int) -> tuple[int, int, str, str] | None:
    """The turn of a happening opening the sentence ``text[sentence_start:sentence_end]``: its verb's
    offsets in ``text``, the verb and a headline title ("The strike ends", "Talks with the buyer break
    down"), or None (none in a sentence that tells a habit)."""
    sentence = text[sentence_start:sentence_end]
    m = _OPENING.match(sentence)
    if m is None or HABIT_WORDS.search(sentence):
        return None
    return sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb"), turn_title(sentence, m)


def turn_title(sentence: str, m: re.Match[str]) -> str:
    """A headline of the turn ``m`` (of :data:`TURN_CLAUSE` or the opening pattern): its subject and its
    verb in the present, with the verb's particle ("breaks down", "goes ahead", "goes out") and up to
    four words after it, to the clause's end."""
    from explorer.events.tense import headline_tense

    subject = " ".join(m.group("subject").split())
    subject = subject[:1].upper() + subject[1:]
    rest = re.split(r"[,;:.!?]|\s(?:and|but|when|while|after|because)\s", sentence[m.end("verb"):], maxsplit=1)[0].split()[:4]
    return headline_tense(" ".join([subject, m.group("verb"), *rest]))
