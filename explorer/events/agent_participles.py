"""A past participle with its agent inside a title's subject: "A column led by Colonel Vane reached
the river", "An uprising put down by troops was soon forgotten".

A headline turns the title's first past verb into the present ("reached" -> "reaches"). A participle
followed by "by" and its agent looks like that verb, but when a finite verb of the same clause still
follows, the participle only describes the subject and the later verb is the title's ("A column led by
… reaches the river", never "A column leads by … reached the river"). Without a later verb the "by"
may be an active verb's measure ("The motion passed by four votes"), so nothing is decided then.
Only general English: no name, place or date.
"""

from __future__ import annotations

from typing import Callable

from explorer.auxiliaries import FINITE_BE, HAVE_FORMS

#: Auxiliaries that are a clause's finite verb on their own ("was crushed", "had reached").
_FINITE_AUX = FINITE_BE | HAVE_FORMS
#: Words that close the participle's clause before any later verb: a second predicate, not the subject's.
_CLOSERS = frozenset("and but or while whereas".split())
#: Subjects of a clause inside the agent ("the contract we signed").
_PRONOUNS = frozenset("i we you he she it they who which that".split())
#: How far past "by" a later verb is looked for: an agent of a few words ("by the old harbour master").
AGENT_WINDOW = 7


def verb_after_agent(words: list[str], i: int, is_past: Callable[[str], bool]) -> int | None:
    """Where the clause's finite verb stands when ``words[i]``, a past form after a subject's noun, is
    a participle with its agent: "by" follows it and a finite verb follows the agent within the same
    clause (no comma, no "and" between); else None. ``is_past``: whether a lower-case word reads as a
    past verb (the caller's tense lexicon)."""
    if i == 0 or i + 2 >= len(words) or words[i + 1].lower() != "by" or words[i - 1].lower().endswith("ly"):
        return None  # (not after an adverb: "Largely funded by …" has no subject before the participle)
    for k in range(i + 2, min(len(words), i + 2 + AGENT_WINDOW)):
        bare = words[k].strip("\"“”‘’")
        if bare.lower() in _CLOSERS:
            return None
        core = bare.rstrip(",;:.")
        if core.isalpha() and core.islower() and (core in _FINITE_AUX or is_past(core)):
            # (not a verb of a clause inside the agent: "helped by the contract we signed")
            return None if words[k - 1].lower() in _PRONOUNS else k
        if bare != core:
            return None  # a comma or a stop ends the clause before any verb
    return None
