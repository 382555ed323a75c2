"""Words opening a title that point back into the paragraph, said as a timeline reader can read them.

A timeline shows a title away from its paragraph, so "This army recaptures the city" or "These
attempts break down" point at something the reader cannot see. A demonstrative before a noun says
no more than the article would: "The army recaptures the city". A demonstrative standing alone as
the subject ("This leads to fighting") is no determiner and is left to the rules that rebuild the
title; a wrong rewrite ("The leads to fighting") is worse than the pronoun.

General English only; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR

#: Words after "This"/"These" that are a verb or an auxiliary, not the head of a noun phrase.
_VERB_WORDS = frozenset(IRREGULAR) | frozenset(IRREGULAR.values()) | frozenset(
    """is are was were be been being has have had do does did will would can could may might must shall
    should also then not never again still only in on at to by for from with as of one time year week month
    day""".split())
#: A demonstrative before a lower-case word, and more words after it.
_DEMONSTRATIVE = re.compile(r"^(?P<det>This|That|These|Those)\s+(?=[a-z][\w’'-]*,?\s+[a-z])")


def _verb_like(word: str, singular: bool) -> bool:
    if word in _VERB_WORDS or word.endswith("ed") or word.endswith("ly"):
        return True
    # after "this": "results", "leads" are verbs ("this crisis", "this process" are nouns)
    return singular and word.endswith("s") and not word.endswith(("ss", "is", "us", "ics"))


def demonstrative_as_article(title: str) -> str:
    """ "This army recaptures the city" -> "The army recaptures the city"; "These attempts break down"
    -> "The attempts break down"; "This leads to fighting" unchanged."""
    m = _DEMONSTRATIVE.match(title)
    if m is None:
        return title
    singular = m.group("det") in ("This", "That")
    words = [w.strip(",") for w in title.split()[1:4]]
    if _verb_like(words[0], singular):
        return title
    if not singular and not any(w.endswith("s") for w in words):
        return title  # "These lead to …": no plural noun, so the demonstrative is the subject
    return "The" + title[len(m.group("det")):]
