"""Where a sentence's opening clause of time ends when no comma marks it.

Writers often leave out the comma after a short opening clause: "When the museum closed in 1994 the
bell was moved to the parish church", "After the war ended in 1945 the family returned to Leeds". Read
as one clause, the two happenings become one title ("The museum closes the bell was moved …") and the
main clause's act is never listed. The opening clause's date marks its end as well as a comma would:
a year (with its day or month) after a preposition of time, followed at once by a new subject (a
determiner, a pronoun or a capitalised word that is no month) and, within a few words, a finite verb.
Nothing here knows a name, place or date of any text.
"""

from __future__ import annotations

import re

from explorer.events.clauses import FINITE_VERB
from explorer.events.tense import IRREGULAR_PASTS
from explorer.temporal.lexicon import MONTH_NAMES

#: The subordinators that open a clause of time before the main clause.
#: An opening subordinator of time of more than one word that, like "When", tells a happening right before
#: the main clause's: "As soon as the water receded, crews cleared the road", "Shortly after the siren
#: sounded, the crowd left" (not a bare "After", whose dated sentence is titled from its main clause).
#: Read by the joined-clause rules, the undated acts and the title's finish.
LONGER_TIME_OPENER = r"(?:As\s+soon\s+as|(?:Soon|Shortly|Just|Not\s+long|Immediately)\s+(?:after|before))"
_SUBORDINATORS = r"(?:(?:Soon|Shortly|Long|Not\s+long)\s+)?(?:After|Before|When|Whenever|Once|Until|Till|While|As|Since)"
#: A date ending the clause: "in 1994", "in March 1947", "on 4 May 1822", "on May 4, 1822", "in the
#: spring of 1911", "in late 1920".
_CLOSING_DATE = (
    r"\b(?:in|on|by|during)\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + MONTH_NAMES + r"\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{3,4}"
)
#: The new subject right after the date: a determiner or a subject pronoun, a capitalised word that is
#: no month (a name: "After the war ended in 1945 Ruth Amos returned"), or a bare plural.
_NEW_SUBJECT = (r"(?:(?:the|a|an|his|her|its|their|our|my|this|these|those|he|she|they|we|it|I)\s|(?!" + MONTH_NAMES
                + r"\b)[A-Z][a-z]"
                # (a bare plural and its past: "Before the bridge opened in 1890 travellers used the ferry")
                + r"|[a-z]{3,}s\s+(?:[a-z]+ed|were|had|" + IRREGULAR_PASTS + r")\b)")
#: The opening clause up to its closing date, a new subject right after it.
_OPENING_TO_DATE = re.compile(r"^\s*" + _SUBORDINATORS + r"\s+[^,;:]{3,160}?" + _CLOSING_DATE + r"(?=\s+" + _NEW_SUBJECT + r")")
#: How many of the main clause's first words may come before its verb ("the old bell was").
_SUBJECT_WORDS = 6


def opening_clause_stop(sentence: str) -> int | None:
    """The offset in ``sentence`` where an opening clause of time with no comma ends (the space after
    its closing date), or None when the sentence opens no such clause or a comma marks its end."""
    clause = _OPENING_TO_DATE.match(sentence)
    if clause is None or not FINITE_VERB.search(" ".join(sentence[clause.end():].split()[:_SUBJECT_WORDS])):
        return None
    return clause.end()
