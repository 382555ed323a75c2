"""The acts a main clause tells done in the pluperfect after an opening "By the time" clause: "By the time
the river crested on 5 February, it had broken through the flood wall and had filled forty cellars", "By
the time we dug in that night, the engineers had brought up the boats and had hidden them in a barn".

The opening clause dates its own happening (the dated pass reads it); the main clause tells what had
been done by then, each act a happening a reader lists, at the latest by that date. Only a subject of its
own (a pronoun, a noun phrase with its determiner, a name or a bare plural) and "had" before a past
participle that acts on something or moves somewhere; the steps joined to it by "and had" share its
subject. A state, a length or a denial ("had lived there for thirty years", "had been happy", "had not
built a second one", "had no plans") tells none. General English only: nothing here knows a name, place
or date.
"""

from __future__ import annotations

import re
from typing import Iterator

from explorer.events.happening_verbs import LIFE_STATE_VERBS, NOT_HAPPENING_VERBS, OBJECT_AFTER
from explorer.events.occurrences import Occurrence, continuation
from explorer.events.tense import PARTICIPLE_FORMS, PARTICIPLES, headline_tense, present_of

#: What may follow the participle: an object, or a preposition of a move or a place ("broken through the
#: wall", "pulled out of the town").
_ACT_AFTER = (rf"(?:{OBJECT_AFTER}|(?=\s+(?:through|into|onto|across|up|down|out|off|over|away|back|along)\s+"
              r"(?:the|a|an|his|her|its|their|our|my|of|them|it)\b)|"
              # (a pronoun's thing moved or left somewhere: "had hidden them in a barn")
              r"(?=\s+(?:it|them|him|her)\s+(?:in|into|onto|on|at|to|behind|under|inside)\s+(?:the|a|an|his|her|its|their)\b))")
#: A past participle that tells an act: a regular one or one of the irregular ones known.
_PARTICIPLE = (rf"(?!(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|lived|been|spent|used|stayed|remained)\b)"
               rf"(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|brought|built|bought|sold|sent|left|lost|caught|fought|"
               r"found|made|put|set|cut|shut|hit|won|paid|laid|led|dug|swept|struck|shot|burnt|spread)")
_SUBJECT = (r"(?-i:he|she|it|they|we|I)|(?:the|a|an|his|her|its|their|our|my)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
            r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}|(?!(?:this|thus|was|has|is|as|its|his|news)\b)[a-z]{3,}s")
#: The opening clause up to its comma, the main clause's subject and its first pluperfect act.
_BY_THE_TIME = re.compile(
    rf"^\s*By\s+the\s+time\s+[^,;:]+,\s+(?P<subject>{_SUBJECT})\s+had\s+(?:already\s+)?"
    rf"(?P<verb>{_PARTICIPLE})\b{_ACT_AFTER}")
#: A further step of the same subject, joined by "and had" with no clause break before it.
_STEP = re.compile(rf"\s+and\s+had\s+(?:also\s+)?(?P<verb>{_PARTICIPLE})\b{_ACT_AFTER}")


def _title(subject: str, sentence: str, m: re.Match[str]) -> str | None:
    verb = m.group("verb")
    present = PARTICIPLES.get(verb) or present_of(verb)
    if present is None:
        return None
    rest = continuation(sentence, m.end("verb"), len(sentence))
    subject = subject[:1].upper() + subject[1:]
    return headline_tense(" ".join(f"{subject} had {verb} {rest}".split()[:10]))


def by_the_time_acts(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str, int]]:
    """The pluperfect acts of a sentence's main clause after its opening "By the time" clause, each with
    its title and the offset (in ``text``) of the opening clause's comma, before which its date stands."""
    sentence = text[sentence_start:sentence_end]
    m = _BY_THE_TIME.match(sentence)
    if m is None:
        return
    comma = sentence_start + sentence.index(",")
    subject = m.group("subject")
    step: re.Match[str] | None = m
    while step is not None:
        title = _title(subject, sentence, step)
        if title is None:
            return
        yield Occurrence(sentence_start + step.start("verb"), sentence_start + step.end("verb"), step.group("verb")), title, comma
        # the next "and had" step, with no comma or clause word between
        rest_at = step.end("verb")
        nxt = _STEP.search(sentence, rest_at)
        if nxt is None or re.search(r"[,;:]|\b(?:when|which|who|where|because|after|before|until)\b",
                                    sentence[rest_at:nxt.start()]):
            return
        step = nxt
