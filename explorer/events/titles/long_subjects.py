"""A past verb after a long subject put in the headline's present.

:func:`~explorer.events.tense.headline_tense` reads a title's subject word by word and gives up past
six words, or at the first word it cannot place (a "to", a comma, a dash), leaving the past in the
title: "A formal state of war between the two sides persisted", "The size of the fleet was increased",
"The counter-offensive, known as the Hundred Days, began". A reader takes the number of such a
subject from its head, the words before its first modifier, so we ask ``headline_tense`` about the
head and the verb alone ("A formal state persisted" -> "persists") and put its answer back after the
whole subject.
"""

from __future__ import annotations

from explorer.events.tense import IRREGULAR, headline_tense, present_of
from explorer.events.titles.words import SUBJECT_PRONOUNS, quoted_words

#: Words that end a subject's head: a preposition or an infinitive's "to" opens its modifier.
_MODIFIER_OPENERS = frozenset(
    "of with between in on at from to for by along against under near among into over about across "
    "around within without toward towards during after before than".split()
)
#: A word before the verb that opens a clause of its own: its verb is that clause's, not the title's.
_CLAUSE_OPENERS = frozenset(
    "that which who whom whose when while after before as because although though if since until once "
    "where whereas whether unless time".split()
)
_PAST_AUX = frozenset(("was", "were", "had"))
#: Words after which a past's spelling is an infinitive or a noun: "to put", "the cost", "a set".
_NOT_BEFORE_A_VERB = frozenset("to the a an his her its their this that these those".split())
#: The subject pronouns that open a clause of its own after a long subject: "you" too, "it" not (as this
#: rule was written and measured; one table, :data:`~explorer.events.titles.words.SUBJECT_PRONOUNS`, with its difference)
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS - {"it"} | {"you"}
_ASIDE_MARKS = ("-", "–", "—", "(")


def is_past(word: str) -> bool:
    """Whether ``word`` is a past-tense verb a headline puts in the present ("grew", "persisted", "was")."""
    return word in _PAST_AUX or word.islower() and present_of(word) is not None and (
        word.endswith("ed") or word in IRREGULAR)


def subject_head(subject: list[str]) -> list[str]:
    """The subject's words up to its first modifier: "A formal state | of war …", "The attempts,|",
    "Germany and Slovakia | - a client state -"."""
    quoted = quoted_words(subject)
    for i, word in enumerate(subject):
        if i in quoted:
            continue  # a title's words are its name, never a modifier: "Her canvas "Herring Women at Skagen""
        if i and (word.lower() in _MODIFIER_OPENERS or word in _ASIDE_MARKS or word.startswith("(")
                  or word.islower() and word.endswith("ing") and i + 1 < len(subject)  # "Events leading to …"
                  and subject[i - 1].lower() not in _NOT_BEFORE_A_VERB):  # (not "The ongoing conflict")
            return subject[:i]
        if word.endswith((",", ";", ":")):
            return [*subject[:i], word.rstrip(",;:")]
    return subject


def past_after_long_subject(words: list[str], verb: int) -> list[str] | None:
    """``words`` with the past verb at ``verb`` (and what follows it) in the present, read from the
    subject's head; None when the verb is no past, or the words before it are no plain subject (a
    clause's opener stands among them, or they begin in lower case)."""
    if 0 < verb < len(words) and words[verb - 1].lower() in _NOT_BEFORE_A_VERB and words[verb] not in _PAST_AUX:
        # "Plans to put him on trial were cancelled", "The cost of the wall was doubled": an infinitive or
        # a noun spelled as a past is the subject's; its clause's verb follows
        verb = next((j for j in range(verb + 1, len(words))
                     if (words[j - 1].lower() not in _NOT_BEFORE_A_VERB or words[j] in _PAST_AUX) and is_past(words[j])), -1)
    # ("A vote of no confidence against her was defeated": "was" after "her" is the verb, no noun of "her")
    if not (0 < verb < len(words)) or not is_past(words[verb].strip(",;:")):
        return None
    subject = words[:verb]
    if not subject[0][:1].isupper() or any(_opens_clause(subject, i) for i in range(len(subject))) \
            or _opens_a_phrase(subject[0]) and not _gerund_subject(subject) or subject[-1].lower() in ("and", "or"):
        return None  # (after "and" or "or" a participle is an adjective: "… twenty-two smaller or exiled")
    head = subject_head(subject)
    if len(subject) >= 2 and subject[-1].isalpha() and subject[-1].islower() and not subject[-1].endswith("ly") \
            and all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in subject[:-1]):
        head = subject  # "Harbour Board workers stopped": a name before a common noun, which is the head
    if _list_of_names(subject):
        head = [subject[0], "and", subject[-1]]  # "Anna Berg, Tomas Lund and Per Eklund signed": they sign
    mini = [*head, *words[verb:]]
    told = headline_tense(" ".join(mini), max_subject_words=len(head) + 1).split(" ")
    if told == mini or told[:len(head)] != head:
        return None
    return [*subject, *told[len(head):]]


def _list_of_names(subject: list[str]) -> bool:
    """Whether ``subject`` lists three or more names or people, commas between them and "and" before the
    last ("Anna Berg, Tomas Lund and Per Eklund", "Treasurer Peter Costello, Environment Minister Robert
    Hill and Attorney General Daryl Williams all"): its head is the whole list, which is plural, not its
    first item, which :func:`subject_head` stops at. Every item opens with a capital or a determiner
    ("The mayor, the bishop and the harbour master"); no modifier ("of", "with") or clause word stands
    among them."""
    text = " ".join(subject)
    if "," not in text or " and " not in text or text.count(",") > 6:
        return False
    first, last = text.split(" and ", 1)
    items = [item.strip() for item in first.split(",")] + [last.strip()]
    return len(items) >= 3 and all(item[:1].isupper() or item.split()[0].lower() in _NOT_BEFORE_A_VERB - {"to"}
                                   for item in items if item) and all(items) \
        and not any(w.lower() in _MODIFIER_OPENERS or w.lower() in _CLAUSE_OPENERS for w in subject)


def _opens_clause(subject: list[str], i: int) -> bool:
    """Whether ``subject[i]`` opens a clause of its own ("A plan which detailed …", "Two days after the
    army invaded", "… faster than they had"); "as" only at the start or after a comma, not in "known
    as", "such as"."""
    word = subject[i].lower().strip(",;:")
    if word == "as":
        return i == 0 or subject[i - 1].endswith(",")
    return word in _CLAUSE_OPENERS or i > 0 and word in _SUBJECT_PRONOUNS


def _opens_a_phrase(first: str) -> bool:
    """Whether a title's first word opens a phrase, not a subject: a participle or an adverb ("Supported
    by troops …", "Having lured …", "Allegedly damaged …"), whose verb, if any, is no subject's."""
    low = first.lower()
    return present_of(low) is not None or low.endswith(("ing", "ly")) and first.isalpha() \
        and (low.endswith("ly") or len(low) > 5) and not first[1:].isupper() and _common(low)


def _gerund_subject(subject: list[str]) -> bool:
    """Whether a first word in "-ing" is the subject itself ("Fighting in the hills continued"): no
    determiner after it opens a noun phrase that would be the clause's subject instead ("Retreating from
    the coast the army …")."""
    return subject[0].lower().endswith("ing") and not any(w.lower() in _NOT_BEFORE_A_VERB for w in subject[1:])


def _common(word: str) -> bool:
    """Whether ``word`` is spelled as a common word's form, not a name's: a name in "-ing" or "-ly"
    ("Keating", "Italy", "Reading") is left to ``headline_tense``, which tells it by the verb after it."""
    return word.endswith(("ing", "edly", "ingly", "ally", "ily", "ely", "fully", "ously", "ively", "ntly", "stly"))
