"""A subject carrying its own clause, told without it, so that the title keeps the main verb.

News writes who underwent or did a thing as a noun phrase narrowed by a clause of its own: "A ferry
guard who forged the logbooks for two years was jailed on Monday", "A bell buried under the square
for centuries was recovered in 2019". A title cut to a few words keeps the subject's clause and loses
the happening ("A ferry guard who forged the logbooks"), or reads the participle as the verb ("A bell
buries under the square"). The happening the date belongs to is the main clause's, so its title is
the subject's noun phrase with the main predicate: "A ferry guard is jailed", "A bell is recovered".

The rule (general English only; nothing here knows a name, place or date):

- the clause opens with a short noun phrase (one to five words, no verb in it), then either a
  restrictive relative clause ("who|which|that" and at least one word) or a past participle followed
  by a preposition ("buried under …", "arrested in …");
- then, with no comma, "and" or "but" in between, an auxiliary before a word (was, were, is, are, has,
  have, had, will): the main clause's predicate;
- the date stands after that auxiliary: a date inside the subject's clause is that clause's own
  happening ("A teacher who joined in 2010 was dismissed on Monday", for 2010), and is left alone.

A main verb with no auxiliary ("A nurse who worked nights died on Friday") is not read: its verb
cannot be told from the relative clause's object without a parser.
"""

from __future__ import annotations

import re

from explorer.events.tense import present_of

#: Words a restrictive relative clause or a reduced passive opens with.
_RELATIVE_OPENERS = frozenset("who which that".split())
#: Prepositions after a past participle that make it a reduced relative ("buried under", "held in").
_AFTER_PARTICIPLE = frozenset(
    "under in at by from for during on near after over inside beneath with since until into".split()
)
#: Auxiliaries opening the main clause's predicate.
_AUXILIARIES = frozenset("was were is are has have had will".split())
#: Words that may open the subject's noun phrase in lower case.
_DETERMINERS = frozenset("the a an two three four five six seven eight nine ten several some its their his her".split())
#: Words that end the search: a conjunct or a clause of its own with its own subject follows, so an
#: auxiliary after them is not the subject's main predicate ("sailed from Leith after it was damaged").
_BREAKS = frozenset("and but or when while because after before it he she they we".split())
#: Subjects that are pronouns: no noun phrase for a clause to narrow.
_PRONOUNS = frozenset("i he she it we they you this these those there".split())
MAX_SUBJECT_WORDS = 5
_WORD = re.compile(r"\S+")


def _is_past(word: str) -> bool:
    return word.islower() and word.endswith("ed") and present_of(word) is not None or \
        word.islower() and present_of(word) is not None and not word.endswith("s")


def _predicate_after(word: str) -> bool:
    """Whether ``word``, after an auxiliary, goes on with a verb ("was jailed", "has been", "will be"),
    not a copula's complement ("was in 1953", "was a school"), which tells a state, not a happening."""
    return word in ("be", "been", "being") or word.islower() and word.isalpha() and (
        word.endswith(("ed", "en")) or present_of(word) is not None)


def without_subject_clause(clause: str, start: int, end: int) -> tuple[str, int, int] | None:
    """``clause`` with the subject's own clause left out, the date's offsets [start, end) shifted with
    it; or None when the clause does not open with such a subject or the date is not the main clause's."""
    words = list(_WORD.finditer(clause))
    if len(words) < 4:
        return None
    first = words[0].group()
    if not (first[:1].isupper() or first.lower() in _DETERMINERS) or first.lower() in _PRONOUNS:
        return None  # "I heard long afterwards that …": a pronoun subject has no clause of its own
    for i in range(1, min(MAX_SUBJECT_WORDS, len(words) - 2) + 1):
        previous = words[i - 1].group()
        if previous.endswith((",", ";", ":")):
            return None  # an aside: no plain noun phrase opens the clause
        word = words[i].group()
        relative = word in _RELATIVE_OPENERS
        participle = _is_past(word) and words[i + 1].group() in _AFTER_PARTICIPLE
        if not (relative or participle):
            continue
        for j in range(i + 1, len(words) - 1):
            text = words[j].group()
            if text.lower().strip(",") in _BREAKS or words[j - 1].group().endswith((",", ";", ":")):
                return None
            if text in _AUXILIARIES and _predicate_after(words[j + 1].group()) and j > i + 1:
                cut_from, cut_to = words[i].start(), words[j].start()
                if start < cut_to:
                    return None  # the date is the subject's clause's own
                removed = cut_to - cut_from
                return clause[:cut_from] + clause[cut_to:], start - removed, end - removed
        return None
    return None
