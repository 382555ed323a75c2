"""The first of two acts a pronoun subject tells after an opening clause or phrase, when only the second
has a date: "After the board approved its budget in March 2024, it froze recruitment and closed two of
its depots in May", "Within weeks, they cut the opening hours and sold two paintings in June". The dated
event tells the second act; the first is a happening of its own, which a reader lists beside it.

Read where :func:`~explorer.events.plain_past.plain_past_clause` finds no opening act: after an opening
clause holding a date, or with "it" for subject, which that rule leaves to the sentence's start. Only a
past verb that acts on something (an object with its determiner, a count, a bare plural or a bare noun:
"froze recruitment"), joined by a bare "and" to a second past verb: no state, saying or seeming
(:data:`~explorer.events.happening_verbs.NOT_HAPPENING_VERBS`), nor a verb of cost or time ("it took
three years", "it cost"). General English only: nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.happening_verbs import NOT_HAPPENING_VERBS, OBJECT_AFTER, PAST_FORMS
from explorer.events.occurrences import Occurrence

#: An opening clause or phrase and its comma, then "it"/"they", a past act on something, and a bare "and"
#: with a second past verb.
_PRONOUN_PAIR = re.compile(
    r"^\s*(?-i:[A-Z])[^,;:()\"“”]{2,140},\s+(?P<subject>(?-i:it|they))\s+(?:then\s+|quickly\s+|promptly\s+|also\s+)?"
    rf"(?P<verb>(?!(?:{NOT_HAPPENING_VERBS}|took|cost|costed|lasted|rained|snowed|used|had|got|employed|owned|housed|held|kept|ran|served|numbered|counted)\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    rf"(?:{OBJECT_AFTER}|(?=\s+(?!(?:to|in|on|at|for|from|with|by|into|up|out|off|down|back|away|over|and|but|or|it|them|"
    r"him|her|us|me|there|then|again|too|that|this|which|who|so|as|not|never)\b)(?![a-z]+ly\b)[a-z]{4,}\s+and\s))"
    r"(?P<object>[^,;:.!?]{2,60}?)\s+and\s+(?:then\s+)?(?:[a-z]{3,}ed|" + PAST_FORMS + r")\b")


#: An opening clause whose subject the pronoun takes up: its own possessive tells so ("After the council
#: approved its budget …, it froze …": the council froze; "When the growers lost their contract, they …").
_OPENING_SUBJECT = re.compile(
    r"^\s*(?:After|When|Once|As|Before|Until|Since)\s+(?P<np>(?-i:the)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\s+"
    rf"(?:had\s+)?(?:[a-z]{{3,}}ed|{PAST_FORMS})\b[^,]*?\b(?P<own>its|their)\b[^,]*,")


def _named(pronoun: str, sentence: str) -> str:
    """Whom the pair's pronoun stands for, when the opening clause's subject takes it up by its own
    possessive ("its" for "it", "their" for "they"); else the pronoun, capitalised."""
    m = _OPENING_SUBJECT.match(sentence)
    if m is not None and (m.group("own"), pronoun) in (("its", "it"), ("their", "they")):
        np = m.group("np")
        if (pronoun == "they") == (np.endswith("s") and not np.endswith("ss")):
            return np[:1].upper() + np[1:]
    return pronoun.capitalize()


def pronoun_pair_act(sentence: str, sentence_start: int) -> tuple[Occurrence, str] | None:
    """The first act of ``sentence``'s pronoun pair with its title ("It freezes recruitment"), or None."""
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import finish

    m = _PRONOUN_PAIR.match(sentence)
    if m is None or present_of(m.group("verb")) is None or re.match(r"\s*(?:If|Unless|Whether)\b", sentence):
        return None
    verb = m.group("verb")
    title = headline_tense(finish(f"{_named(m.group('subject'), sentence)} {verb} {m.group('object').strip()}".split()[:8], verb))
    return Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), verb), title
