"""A date given as what a ranked or counted subject was: "The busiest day was a Saturday in December",
"The worst night of the year was 26 November", "The coldest night was 3 July, at minus 11 degrees", "The
two missing years were 1941 and 1942", "The two great famines were those of 1877 and 1896", "The lowest
price on record was that of December 1741".

The sentence answers "which day (or year) was the busiest, the worst, the missing one": a record or a
gap of the story's figures, told by a copula, not a happening. What happened on that day, when the
text tells it, comes in a clause of its own ("…, when lightning struck the ridge": a "when" clause,
read elsewhere, see ``joined_clauses``), so a date followed by such a clause is left alone. Kept apart
from ``date_roles_states`` ("The turning point came on 17 February", a stage of the story) because the
subject here is ranked by a superlative or counted, a figure's words. Nothing here knows any
particular name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.date_roles_figures import MEASURE_NOUNS, SUPERLATIVE_WORD
from explorer.number_words import spelled

#: A word of a first date in the answer: a weekday, a year or a day's number, a month, a part of a period.
_DATE_WORD = (r"(?:(?-i:[A-Z])[a-z]+day|\d{1,4}(?:st|nd|rd|th)?|(?-i:[A-Z])[a-z]{2,8}|"
              r"(?:first|second|third|fourth|last)\s+(?:week|weekend|fortnight|day|night|month|half|quarter))")
#: What the subject ranks: a stretch of time ("the busiest day", "the two missing years") or a measure
#: ("the lowest price on record"). A happening ranked ("the biggest fire was on 2 August", "the two great
#: famines were those of 1877 and 1896") is told by the sentence, and is not read here.
_RANKED_NOUN = ("day|night|week|weekend|fortnight|month|year|season|spring|summer|autumn|winter|decade|hour|"
                "morning|afternoon|evening|period|date|quarter|" + "|".join(MEASURE_NOUNS))
#: The subject: a determiner or a possessive, then a superlative ("busiest", "worst", "most costly")
#: or a small count ("two missing years", "three wettest summers"), a few words of what it ranks ("day
#: in its history", "night of the year", "month for deliveries"), then the copula, and before the date
#: at most "those of", "that of", "on", "in", an article.
_RANKED_SUBJECT_IS = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:the|its|their|our|his|her|my|this\s+year['’]s|(?-i:[A-Z])[\w'’-]*['’]s)\s+"
    r"(?:" + SUPERLATIVE_WORD + r"|(?:" + spelled(2, 12) + r"|\d{1,2})(?:\s+[a-z][\w-]*)?)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:" + _RANKED_NOUN + r")s?\s+"
    r"(?:(?:of|in|on|for|at|since)\s+(?:(?!(?:was|were|is|are)\b)[\w'’-]+\s+){1,4}?){0,2}"
    r"(?:was|were|is|are|fell\s+on|fell\s+in)\s+"
    r"(?:(?:probably|perhaps|still|then|always)\s+)?"
    r"(?:(?:those|that)\s+of\s+|(?:on|in|at|during)\s+)?(?:(?:the|a|an)\s+)?"
    # ... or a first date before it, of the same answer: "a Sunday in July 1953", "those of 1957 and 1958"
    r"(?:" + _DATE_WORD + r"(?:\s*,\s*|\s+(?:and|or|to|in|of)\s+)(?:the\s+)?)*$",
    re.IGNORECASE)
#: What may follow the date in the same sentence without telling a happening of its own: a measure ("at
#: minus 11 degrees", "with takings of £19,400"), a second date of the list ("and 1942"), a place ("in
#: the lower valley"). A clause opener ("when", "that", "as", "after") tells what happened then.
_CLAUSE_OPENER_AFTER = re.compile(r"\b(?:when|that|as|after|before|because|while|since|until|where|who|which)\b", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but)\s+|;\s+")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def answers_a_ranked_subject(sentence_before: str, after: str) -> bool:
    """Whether the date is what a ranked or counted subject was (see :data:`_RANKED_SUBJECT_IS`):
    ``sentence_before`` is the date's sentence up to it, ``after`` the text after it. Not when the rest of
    the sentence opens a clause of its own (:data:`_CLAUSE_OPENER_AFTER`): "The worst day came on 16 July,
    when lightning struck …" tells the strike."""
    # (or its clause after a joining comma or a semicolon: "The worst year was 1741, and the lowest price on
    # record was that of December 1741")
    joined = _CLAUSE_JOIN.split(sentence_before)
    if not (_RANKED_SUBJECT_IS.search(sentence_before) or len(joined) > 1 and _RANKED_SUBJECT_IS.search(joined[-1])):
        return False
    end = _SENTENCE_END.search(after)
    rest = after[: end.start()] if end else after
    return _CLAUSE_OPENER_AFTER.search(rest) is None
