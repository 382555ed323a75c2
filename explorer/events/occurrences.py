"""Notable occurrences narrated without a date ("Zarif resigned", "after his death").

An analyst wants a resignation, a death or an appointment on the timeline even when the article never
dates it: such a sentence becomes an ``undated`` event, and a relative expression that follows it
("two weeks later") hangs on it rather than on an older date further back. The trigger list is general
English for things that happen once to someone; it names no person, place or date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs in the past tense narrate an occurrence; nouns do only when someone's ("his death", "the
# resignation of"), otherwise they are usually generic ("a withdrawal is one of the conditions").
_VERBS = (
    r"resigned|quit|stepped down|died|was killed|were killed|was assassinated|was executed|"
    r"(?:was|were) appointed|was named|(?:was|were) sworn in|was inaugurated|(?:was|were) (?:re-)?elected|"
    r"(?:was|were) arrested|(?:was|were) detained|(?:was|were) released|(?:was|were) freed|(?:was|were) fired|"
    r"(?:was|were) dismissed|(?:was|were) sacked|(?:was|were) ousted|(?:was|were) overthrown|was born|married|"
    r"(?:was|were) founded|signed(?! off| on)|invaded|captured|withdrew|bestowed|awarded|launched|collapsed"
)
_NOUNS = (
    r"resignation|death|demise|killing|assassination|execution|appointment|inauguration|election|arrest|"
    r"release|dismissal|ouster|overthrow|invasion|capture|withdrawal|founding|signing"
)
TRIGGER = re.compile(
    rf"\b(?:{_VERBS})\b|(?:[’']s|\b(?:his|her|their|its))\s+(?:\w+\s+)?(?:{_NOUNS})\b|\bthe\s+(?:{_NOUNS})\s+of\b",
    re.IGNORECASE,
)
# Page furniture that links elsewhere, not narrative.
_FURNITURE = re.compile(r"^\W*(?:read more|related|see also|watch|listen|share|advertisement)\b", re.IGNORECASE)
# A trigger used as a generic statement or hypothesis is no occurrence.
_NOT_NARRATIVE = re.compile(
    r"\b(?:if|would|could|might|may|should|will|unless|whether|any|every|no)\b[^.;]{0,40}$", re.IGNORECASE
)
_QUOTES = "“”\""


@dataclass(frozen=True, slots=True)
class Occurrence:
    trigger_start: int
    trigger_end: int
    trigger: str

    @property
    def word(self) -> str:
        """The occurrence itself ("resigned", "death"), for derivations."""
        return self.trigger.split()[-1].lower() if not self.trigger.lower().startswith("the ") else self.trigger.split()[1].lower()


_NAME = r"[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w’'-]+){0,3}"
_SUBJECT_VERB = re.compile(rf"({_NAME})\s+(?:\w+ly\s+)?$")


def occurrence_title(text: str, occurrence: Occurrence) -> str | None:
    """ "… Foreign Minister Javad Zarif theatrically resigned over …" -> "Javad Zarif resigned"."""
    if occurrence.trigger[:1] in "’'" or occurrence.trigger.lower().startswith(("his ", "her ", "their ", "its ", "the ")):
        return None  # nominal: the title rules turn "X's death" into "X dies"
    line_start = text.rfind("\n", 0, occurrence.trigger_start) + 1
    m = _SUBJECT_VERB.search(text[max(line_start, occurrence.trigger_start - 80) : occurrence.trigger_start])
    if not m:
        return None
    from explorer.events.titles import _short_name  # the same title-stripping as event titles

    from explorer.events.tense import headline_tense

    return headline_tense(f"{_short_name(m.group(1))} {occurrence.trigger}")


def find_occurrence(text: str, sentence_start: int, sentence_end: int) -> Occurrence | None:
    """The first narrated (not quoted, not hypothetical) notable occurrence in a sentence, if any."""
    sentence = text[sentence_start:sentence_end]
    if len(sentence.split()) < 5 or _FURNITURE.match(sentence):
        return None
    for m in TRIGGER.finditer(sentence):
        before = sentence[: m.start()]
        if sum(before.count(q) for q in _QUOTES) % 2 == 1:
            continue  # inside a quotation: what someone said, not what happened
        if _NOT_NARRATIVE.search(before):
            continue
        if not re.search(r"[A-Z][a-z]", before + sentence[m.end():]):
            continue  # nobody named: "deaths rose" is a statistic, not an occurrence
        return Occurrence(sentence_start + m.start(), sentence_start + m.end(), m.group())
    return None
