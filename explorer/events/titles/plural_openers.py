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
from explorer.events.noun_number import SINGULAR_IN_S
from explorer.events.tense import IRREGULAR, plural_present, present_of

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


def _common_in(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` (or its singular) in lower case and never writes ``word``
    capitalised inside a sentence, where only a name keeps its capital."""
    forms = _singular_forms(word)
    if not any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) for form in forms):
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = text[:m.start()].rstrip(" \t\"“‘'(")
        if before and before[-1] not in ".!?:\n" and not before.endswith(("—", "–", "-")):
            return False  # "… said Banks": a capital inside a sentence is a name's
    return True


def plural_opener_title(title: str, text: str) -> str:
    """``title`` with its opening plural common noun's verb in the plural ("Storms hits the coast" ->
    "Storms hit the coast"), when ``text`` (the document) shows the word is no name."""
    words = title.split(" ")
    if len(words) < 2:
        return title
    first, verb = words[0], words[1]
    low = first.lower()
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) > 3 and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "as", "os")) and low not in SINGULAR_IN_S):
        # not "Its", "Gas", "Chaos": a possessive or a singular in "-s" ("Gas prices reach …")
        return title
    if not _third_person_verb(verb) or not _common_in(first, text):
        return title
    words[1] = _AUX_PLURAL.get(verb) or plural_present(verb)
    # "Storms hit the coast and closes roads": a second verb of the same subject agrees too
    for j in range(2, min(len(words) - 1, 10)):
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
