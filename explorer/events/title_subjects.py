"""The subject a title names, read from the title itself: the last answer to "who?" for an event no
actor rule named.

The actor rules read the event's clause through the entity index and the subject readers of
``explorer.events.agents``. When the index dropped the clause's name (a corpus that writes "frank",
"mark" or "parliament" in lower case elsewhere reads "Frank Brennan", "Mark" or "Parliament" as common
words) or the subject is a description those readers do not take ("Part of the roof collapses", "One
firefighter is treated", "The three towns have run out of water"), the event had no actor at all,
although its own title says who acted: the words before the title's verb. This module reads them.

It gives no pronoun ("It reopens", "They sail": a pronoun no rule named stands for no one, see
tests/store/test_reopened_relabel.py), no opening phrase ("After the festival the stage …"), and no
name of one to three capitalised words before a passive or a verb a place undergoes ("Marrow is
flooded", "Lima hosts the summit": the place, not who acted).
"""

from __future__ import annotations

import re

from explorer.auxiliaries import BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS
from explorer.events.agents import AMOUNT_NOUNS
from explorer.events.tense import IRREGULAR, plural_present, present_of
from explorer.number_words import spelled

#: The most words a title's subject may have to be read as its actor.
SUBJECT_WORDS = 6

_AUXILIARIES = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
#: Words a subject never opens with: pronouns, prepositions and subordinators of an opening phrase,
#: connectives, and the empty "there".
_NOT_OPENING = frozenset(
    """i we you he she it they this that these those there here who which what my our your
    in on at by after before during since until from over when while as if because although though despite
    with without for to of and but or so then also once later next meanwhile however""".split()
)
#: Words that end a subject read too far: a pronoun or a relative inside it is some other clause's.
_NOT_INSIDE = frozenset("i we you he she it they him her them us me who which that whose when while".split())
#: Opening words of a description (lower-cased as the actor): determiners, counts, shares.
_DESCRIPTION_OPENERS = frozenset(
    """the a an both several some many much most all few each every another no one two three four five six seven eight nine ten
    part half rest members dozens hundreds thousands""".split()
)
#: What a place undergoes or hosts rather than does, after a name ("Hue falls", "Moscow hosts").
_UNDERGONE = BE_FORMS | HAVE_FORMS | frozenset(
    "becomes remains stays lies stands sits falls burns floods sinks shakes suffers sees hosts swelters "
    "freezes grows rises gets welcomes awaits faces".split()
)
_LY_NOUNS = frozenset("family ally rally supply assembly monopoly anomaly reply july italy belly jelly bully".split())
_MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today yesterday tomorrow""".split()
)
_WORD = re.compile(r"[A-Za-z][a-z]+")
_COUNT = re.compile(r"(?:" + spelled(1, 99) + r"|hundreds|thousands|dozens)", re.IGNORECASE)


def _sentence_verbs(sentence: str) -> frozenset[str]:
    """The present forms, singular and plural, of the sentence's past verbs: the title retells one of
    them ("Frank Brennan … built" is titled "Frank Brennan builds")."""
    forms: set[str] = set()
    for word in _WORD.findall(sentence):
        third = present_of(word) if word.islower() else None
        if third is not None:
            forms |= {third, plural_present(third)}
    return frozenset(forms)


def _verb_at(words: list[str], sentence: str) -> int | None:
    """Where the title's verb is: an auxiliary, a present the sentence's past verb gives, an irregular
    present, or a past the title left ("Jellyfish stung her"); else the first lower-case word after a
    run of capitalised words ("Storm Ivo damages roofs"), which a name's verb follows."""
    retold = _sentence_verbs(sentence)
    irregular = frozenset(IRREGULAR.values())
    for i, word in enumerate(words[1:SUBJECT_WORDS + 1], 1):
        bare = word.strip(",;:")
        if not (bare.isalpha() and bare.islower()):
            continue
        if bare in _AUXILIARIES or bare in retold or bare in irregular or present_of(bare) is not None:
            return i
    run = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    if 1 <= run <= 3 and run < len(words) and (run + 1 < len(words) or run > 1) and words[run].isalpha() and words[run].islower() \
            and words[run].endswith("s") and not words[run].endswith(("ss", "us", "is", "ings")) \
            and not _COUNT.fullmatch(words[0]):
        # (a verb with something after it, or after a name of two words or more ("Peter Vance resigns"):
        # "Brigade sports", "Freight bookings open" name no act; nor does a count: "Fourteen miles")
        return run
    return None


def title_own_subject(title: str, sentence: str = "") -> str | None:
    """The subject ``title`` opens with, as an actor: a name as written ("Frank Brennan", "Parliament"),
    a description with its first letter in lower case ("part of the roof", "one firefighter"); None for
    a pronoun, an opening phrase, a date, a subject of more than ``SUBJECT_WORDS`` words or with a
    clause of its own, and for a name that undergoes ("Marrow is flooded")."""
    words = title.split()
    first = words[0].lower()
    if len(words) < 2 or first in _NOT_OPENING or first in _MONTHS_AND_DAYS or first in _AUXILIARIES \
            or present_of(first) is not None or first.endswith("ly") and first not in _LY_NOUNS:
        return None  # "Held prayers on deck", "Largely funded by a grant": the entry has no subject
    verb = _verb_at(words, sentence)
    if verb is None:
        return None
    subject = words[:verb]
    if any(w.endswith((",", ";", ":")) for w in subject) or not all(re.fullmatch(r"[\w’'&.-]+", w) for w in subject):
        return None  # an aside or a list before the verb: no single subject to name
    if any(w.lower() in _NOT_INSIDE for w in subject[1:]) or subject[-1].lower() in _NOT_OPENING:
        return None
    if len(subject) == 1 and (subject[0][:1].isdigit() or subject[0].lower() in _DESCRIPTION_OPENERS):
        return None  # "One is rescued", "Two were hurt", "The 1990s brought": a count or a date, no one named
    first = subject[0].lower()
    if len(subject) > 1 and (first[:1].isdigit() or _COUNT.fullmatch(first)) and subject[1].lower() in AMOUNT_NOUNS:
        return None  # "40 years passed", "20 percent of the voters stayed at home": an amount, no one
    if all(w[:1].isupper() for w in subject) and first not in _DESCRIPTION_OPENERS:
        if words[verb].lower() in _UNDERGONE or words[verb].lower() in BE_FORMS:
            return None  # "Marrow is flooded", "Lima hosts the summit": a name that undergoes
        return " ".join(subject)
    if first in _DESCRIPTION_OPENERS or subject[0][:1].isdigit() or all(w.islower() for w in subject[1:]):
        text = " ".join(subject)
        return text[:1].lower() + text[1:] if subject[0][:1].isupper() and first in _DESCRIPTION_OPENERS | \
            _lower_in(sentence, subject[0]) else text
    return " ".join(subject)


def _lower_in(sentence: str, word: str) -> frozenset[str]:
    """``word`` in lower case when the sentence writes it so, else nothing: "A year later jellyfish
    stung her" titled "Jellyfish stung her" describes jellyfish; "Crane shares fell" keeps the name."""
    low = word.lower()
    return frozenset({low}) if re.search(r"\b" + re.escape(low) + r"\b", sentence) else frozenset()
