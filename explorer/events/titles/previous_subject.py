"""Whom "he"/"she" opening a sentence stands for when the sentence just before has one person as its
subject and names no other candidate: "Trotsky openly discussed the hope that …. He also ordered …".

The house rule is that a wrong name in a title is worse than the pronoun, so this rule names the
pronoun only on strong evidence, all of it from general English and the text itself:

* the sentence before opens (after an opening phrase or clause with no name in it: "In November,",
  "As opposition to his tactics mounted,") on its subject, a name, perhaps after a capitalised role
  ("General Alekseev") or as the owner of the subject ("Admiral Kolchak's army had disintegrated");
* the text gives that name the pronoun's sex, or the sentence before tells of its subject by the same
  pronoun ("…, until he was expelled by the Athenians") and the text never gives it the other sex;
* no other candidate stands between the subject and the pronoun: the rest of the sentence before, and
  the pronoun's own sentence up to it, name no one else. A capitalised word after an article or a
  preposition ("by the Athenians", "to Byzantium"), within quotes or brackets, all capitals ("BC") or a
  month or weekday is no person's name.
"""

from __future__ import annotations

import re

from explorer.events import gender
from explorer.events.names import short_name
from explorer.events.subject_phrases import PARTICIPLE_OPENING
from explorer.events.titles.pronouns import acts_on_the_pronoun
from explorer.events.titles.words import BODY_WORDS, STORM_WORDS

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
#: One word of a name: "Díaz", "Har-Shefi", "O'Hara".
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-’'][{_UPPER}][{_LOWER}]+)?"
#: A capitalised role before a name: "General Alekseev", "Maj. Gen. Burnside", "President Díaz".
_ROLES = (r"(?:(?:Maj\.|Lt\.|Brig\.)\s+)?(?:General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Marshal|Field Marshal|Captain|"
          r"Commander|President|Prime Minister|Premier|Chancellor|King|Queen|Emperor|Empress|Prince|Princess|"
          r"Senator|Governor|Mayor|Judge|Dr\.|Mr\.?|Mrs\.?|Ms\.?)")
#: The subject of a sentence: an optional role, a name of one to three words, an optional owned noun
#: ("Kolchak's army"), an optional apposition (", the old commander-in-chief,"), then its verb.
_SUBJECT = re.compile(
    rf"(?P<role>{_ROLES}\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
    rf"(?P<owned>[’']s\s+(?:[a-z]+\s+)?(?:army|armies|forces|troops|men|fleet|regime|government|administration|"
    rf"cabinet|campaign|party|staff|family|wife|husband))?"
    rf"(?P<apposition>,\s+(?:the|a|an)\s+[^,;.]{{1,60}},)?"
    rf"\s+(?:[a-z]+ly\s+)?(?=[a-z])"
)
_MALE_ROLES = frozenset("Mr King Emperor Prince".split())
_FEMALE_ROLES = frozenset("Mrs Ms Queen Empress Princess".split())
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
#: Words after which a capitalised word names a place, a body or a thing, not a person.
_NOT_BEFORE_PERSON = frozenset(
    "the a an to in at from into near across of on for toward towards through over onto within around "
    "beyond outside inside via".split()
)
#: Capitalised words that open a sentence or a clause and are no name.
_NO_NAME = frozenset(
    "the a an this that these those there it its he she they his her their we our i in on at by after "
    "before during when while as although though since because if once until despite following with "
    "however meanwhile then later earlier afterward afterwards but and yet so over throughout around across "
    "through from for till within upon amid among".split()
)
_SAME = {"he": re.compile(r"\b(?:he|his|him|himself)\b", re.I), "she": re.compile(r"\b(?:she|her|hers|herself)\b", re.I)}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+|\n\s*\n|\s{2,}")


def _last_sentence(context: str) -> str | None:
    """The sentence just before, when it ends as a sentence does (not a heading)."""
    parts = [p.strip() for p in _SENTENCE_END.split(context.strip()) if p and p.strip()]
    if not parts or not re.search(r"[.!?][\"”’)]?$", parts[-1]):
        return None
    return parts[-1]


def _without_asides(text: str) -> str:
    """``text`` with what stands in brackets or quotes blanked out: no name there is a candidate."""
    text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
    return re.sub(r"[\"“][^\"“”]*[\"”]", lambda m: " " * len(m.group()), text)


#: Words that may open a sentence before its subject and are no name: "Early in the spring, he …".
_OPENING_WORDS = frozenset("early late later soon shortly next last first within throughout".split())


def other_candidates(text: str, skip: set[str]) -> list[str]:
    """The runs of capitalised words in ``text`` that may name a person, other than the words of
    ``skip``; a run is judged by its first word and the word before it."""
    found = []
    text = _without_asides(text)
    for m in re.finditer(rf"\b{_WORD}(?:\s+{_WORD})*\b", text):
        words = m.group().split()
        before = re.findall(r"[\w’'-]+", text[:m.start()])
        while words and words[0].lower() in _NO_NAME | _MONTHS_DAYS:
            before.append(words.pop(0))  # "After Lund wrote …": the clause's word, then a name
        if not words or set(words) <= skip:
            continue
        if before and before[-1].lower() in _NOT_BEFORE_PERSON:
            continue  # "by the Athenians", "to Byzantium"
        if not before and (words[0].lower() in _OPENING_WORDS or re.search(r"(?:ing|ly)$", words[0])) and len(words) == 1:
            continue  # "Beginning in the summer of 1955, he …", "Early in spring, he …"
        found.append(" ".join(words))
    return found


def previous_subject(pronoun: str, sentence_before_pronoun: str, context: str) -> str | None:
    """The name of the one person whom "he"/"she" (``pronoun``) stands for by the rules of the module
    docstring; ``sentence_before_pronoun``: the pronoun's own sentence up to it; ``context``: the text
    before that sentence. None when the evidence is not strong."""
    pronoun = pronoun.lower()
    if pronoun not in _SAME:
        return None
    if other_candidates(sentence_before_pronoun, set()):
        return None  # "After Jan Rask wrote to him, he …": someone between
    last = _last_sentence(context)
    if last is None:
        return None
    # the subject after an opening phrase or clause, or at the sentence's start
    opener = re.match(r"[^,;:]{1,90},\s+", last)
    starts = [0] + ([opener.end()] if opener else [])
    for start in reversed(starts):
        m = _SUBJECT.match(last, start)
        if m is None:
            continue
        words = m.group("name").split()
        if words[0].lower() in _NO_NAME or any(w.lower() in BODY_WORDS | STORM_WORDS for w in words) \
                or PARTICIPLE_OPENING.match(last, m.start("name")):
            continue
        if start and other_candidates(last[:start], set()):
            continue  # "After Lee's retreat, Grant …": the opener names someone too
        name = short_name(m.group("name"))
        if other_candidates(last[m.end():], set(words)):
            return None  # another one named between the subject and the pronoun
        if acts_on_the_pronoun(m.group("name"), last, pronoun):
            return None  # "Volunteers restored her over two winters. She crossed …": whom they acted on
        sex = gender.sex_in_text(name, context)
        role = (m.group("role") or "").strip().rstrip(".")
        role_sex = "he" if role in _MALE_ROLES else "she" if role in _FEMALE_ROLES else None
        if not gender.agrees(sex, pronoun) or role_sex not in (None, pronoun):
            return None
        if sex is None and not role and not _SAME[pronoun].search(last):
            return None  # nothing tells the subject's sex, nor that it is a person
        if re.search(rf"\b[Tt]he\s+{re.escape(name)}\b", context):
            return None  # a body's name takes "the": no one "he" stands for
        return name
    return None
