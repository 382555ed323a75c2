"""A capitalised plural common noun opening a title takes a plural verb: "Storms hit the coast".

The title step reads "Storms" as it reads "Jones": a capitalised word ending in "-s" is a name, and a
name takes a singular verb ("Storms hits the coast"). Out of its sentence the word cannot tell; the
document's own words can. A common noun is written in lower case where no sentence opens ("the storms
moved inland", "a storm"), a name keeps its capital wherever it stands ("said Banks"). So the last
pass over a document's titles gives the opening word's verb the plural when the document writes that
word, or its singular, in lower case and never writes it capitalised inside a sentence. Only general
English and the document's own text: nothing here knows a word of any article.

Why a pass over finished titles and not part of the title step where the verb is chosen
(:func:`~explorer.events.titles.make.make_title`): the rule reads the whole document, which the
title step is never given (it sees a sentence; it is called from some twenty places, the store's
re-title of a user's event among them), and the titles it mends are not all made there. Measured in
session eighteen on the readable gold, ww-nd and tb-nd: of the ten titles it changed, three were made
outside ``make_title`` (a notable occurrence's title, "Supporters is executed"; acts joined to a
sentence's happening, "Stewards clears them") and the others passed through the folds and the
perfect pass first. Done inside the title step, those three would stay wrong and the folds, which
compare titles, would see a mix of mended and unmended ones.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events.record import Event
from explorer.events.noun_number import COMMON_PLURALS, SINGULAR_IN_S
from explorer.events.tense import IRREGULAR, SINGULAR_NAMES, plural_present, present_of

#: The singular presents of auxiliaries and the plural each takes.
_AUX_PLURAL = {"is": "are", "has": "have", "does": "do", "was": "were"}
_THIRD_IRREGULAR = frozenset(IRREGULAR.values())


def _singular_forms(word: str) -> set[str]:
    """The lower-case plural ``word`` and the singulars it may be made from: "storms" -> "storm",
    "crashes" -> "crash", "companies" -> "company"."""
    low = word.lower()
    forms = {low, low[:-1]}
    if low.endswith("es"):
        forms.add(low[:-2])
    if low.endswith("ies"):
        forms.add(low[:-3] + "y")
    return {form for form in forms if len(form) > 2}


def _third_person_verb(word: str) -> bool:
    """Whether ``word`` is a verb's singular present ("hits", "closes", "knocks", "is"), as the title
    step writes one from a past: its plural's past reads back to it."""
    if word in _AUX_PLURAL:
        return True
    if word in SINGULAR_IN_S or not word.isalpha() or not word.islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    if word in _THIRD_IRREGULAR:
        return True
    base = plural_present(word)
    return any(present_of(past) == word for past in (base + "ed", base + "d", base[:-1] + "ied" if base.endswith("y") else ""))


#: Plural endings no name has ("Classes", "Clashes", "Churches"): a noun's "-es" after a hissing sound, a
#: plural whatever the document writes elsewhere ("Jones", "Davies", "Hastings" end otherwise; not "-xes":
#: "Xerxes").
_PLURAL_ONLY_ENDINGS = ("sses", "shes", "ches")


def _common_in(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` (or its singular) in lower case, or ``word`` is a plural common
    noun English opens sentences with ("Vandals", "Gulls", :data:`COMMON_PLURALS`), and never writes
    ``word`` capitalised inside a sentence, where only a name keeps its capital."""
    forms = _singular_forms(word)
    if word.lower() not in COMMON_PLURALS and not word.lower().endswith(_PLURAL_ONLY_ENDINGS) and not any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) for form in forms):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = text[:m.start()].rstrip(" \t\"“‘'(")
        if before and before[-1] not in ".!?:\n" and not before.endswith(("—", "–", "-")):
            return False  # "… said Banks": a capital inside a sentence is a name's
    return True


#: Words before a name in "-s" that count it ("many Iraqis", "the Spartans"): a people's plural,
#: never a person's or a place's name ("Xerxes", "Athens", "Wales" take none of them).
_PLURAL_BEFORE = frozenset("the many some most other all few several both these those two three four five six "
                           "seven eight nine ten hundreds thousands".split())
#: Words after "the X" that show X ends its noun phrase there ("the Spartans marched", "the Iraqis,"), unlike
#: a name used as a modifier ("the Hughes family", "the Thomas Crown affair").
_AFTER_A_HEAD = frozenset("and or of in at on to from who which that had were are have would could will did "
                          "also then still later never".split())
_PLURAL_AFTER = frozenset("were are have".split())
_SINGULAR_AFTER = frozenset("was is has".split())


def _plural_name_in(word: str, text: str) -> bool:
    """Whether ``text`` treats the capitalised ``word`` in "-s" as a plural of people ("the Spartans were",
    "many Iraqis", "the Athenians' fleet") more often than as one name ("Xerxes was", "Athens's port"),
    and at least once: the sentence's own verbs and determiners, not the final "s", tell "Spartans
    marched" from "Rosecrans marched"."""
    plural = singular = 0
    for m in re.finditer(rf"(?:(\S+)\s+)?(?<![\w-]){re.escape(word)}(’s|'s|’|')?(?![\w-])(?:\s*([^\s\w]|\w+))?", text):
        before, mark, after = (m.group(1) or "").lower().strip("“\"("), m.group(2) or "", m.group(3) or ""
        counted = before in _PLURAL_BEFORE
        if before in ("and", "or", "&"):
            continue  # "Datis and Artaphernes were": the coordination is plural, not the name
        if mark in ("’", "'"):
            plural += counted  # "the Spartans' king"; not "Howes' team", a name's possessive
        elif mark:
            singular += 1  # "Xerxes's army"
        elif after in _PLURAL_AFTER:
            plural += 1
        elif after in _SINGULAR_AFTER:
            singular += 1
        elif counted and (not after or not after[:1].isalnum() or after in _AFTER_A_HEAD
                          or after.islower() and present_of(after) is not None):
            plural += 1  # "the Spartans marched", "thousands of Iraqis,", "many Texans who …"
    return plural > singular


def _verb_after_subject(words: list[str]) -> int | None:
    """Where the verb of a title opening on a bare subject stands: right after it ("Spartans marches"),
    or after a phrase of it ("Texans of Hood's division attacks"), or None."""
    if _third_person_verb(words[1]):
        return 1
    if words[1] not in ("of", "from", "in"):
        return None
    for j in range(2, min(len(words), 6)):
        if words[j - 1].endswith((",", ";", ":")) or words[j] in ("and", "or", "who", "which", "that"):
            return None
        if _third_person_verb(words[j]):
            return j
    return None


def plural_opener_title(title: str, text: str) -> str:
    """``title`` with its opening plural common noun's verb in the plural ("Storms hits the coast" ->
    "Storms hit the coast"), when ``text`` (the document) shows the word is no name; or with an opening
    people's plural's ("Spartans marches" -> "Spartans march"), when the document counts the word as
    a plural ("the Spartans were", "many Spartans")."""
    words = title.split(" ")
    if len(words) < 2:
        return title
    first = words[0]
    low = first.lower()
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) > 3 and low.endswith("s")
            and not low.endswith("ss") and low not in SINGULAR_IN_S and first not in SINGULAR_NAMES):
        # not "Its", "Gas", "Chaos": a possessive or a singular in "-s" ("Gas prices reach …")
        return title
    at = _verb_after_subject(words)
    if at is None:
        return title
    verb = words[at]
    if not (at == 1 and not low.endswith(("us", "is", "as", "os")) and _common_in(first, text)
            or _plural_name_in(first, text)):
        return title
    words[at] = _AUX_PLURAL.get(verb) or plural_present(verb)
    # "Storms hit the coast and closes roads": a second verb of the same subject agrees too
    for j in range(at + 1, min(len(words) - 1, at + 9)):
        if words[j].endswith((",", ";", ":")):
            break
        if words[j] == "and":
            if words[j + 1] not in _AUX_PLURAL and _third_person_verb(words[j + 1]):
                words[j + 1] = plural_present(words[j + 1])
            break
    return " ".join(words)


def plural_openers_agree(events: Sequence[Event], text: str) -> list[Event]:
    """``events`` with each title's opening plural common noun agreeing with its verb."""
    out = []
    for event in events:
        title = plural_opener_title(event.title, text)
        out.append(replace(event, title=title) if title != event.title else event)
    return out
