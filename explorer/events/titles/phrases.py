"""Phrases a title must keep whole or may say shorter, for the cut of a long title (``titles.finish._phrase_cut``).

A title is cut at a phrase boundary, but some boundaries are inside a phrase that reads as a fragment
without its second half, and some phrases can be said in fewer words so that the cut is not needed:

* "talks between Tehran | and Washington": a "between" needs its "and"; a cut before that "and"
  leaves "between Tehran", so the cut goes before "between" instead.
* "warned those pushing | for new talks": a participle after a determiner or pronoun ("those
  pushing", "people living") is a noun phrase that needs its complement; a cut right after it leaves
  an object that says nothing.
* "the Foreign Ministry's Middle East and North Africa director": two names joined by "and" before a
  common noun that heads them; in a title too long, the first name alone says it ("Middle East
  director") rather than a cut that leaves "the Foreign Ministry's Middle East".
* "a new round of talks", "the initial round of talks": a count noun for a batch ("round", "series",
  "wave") before a plural; the plural alone says it ("new talks", "the initial talks").

General English only; nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

#: Nouns for a batch of something that a title can leave out before the plural they count.
BATCH_NOUNS = frozenset("round rounds series wave waves spate string flurry set sets batch".split())
_BATCH = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?)\s+(?P<adj>(?:(?!(?:a|an|the)\b)[a-z][\w-]*\s+){0,2}?)(?:" + "|".join(sorted(BATCH_NOUNS)) + r")\s+of\s+(?=[a-z][\w-]*s\b)"
)
_DETERMINERS = frozenset("those these them people others anyone everyone all some many".split())


def without_batch_nouns(text: str) -> str:
    """ "the initial round of talks" -> "the initial talks"; "a new round of talks" -> "new talks" (a
    plural takes no "a")."""
    def shorter(m: re.Match) -> str:
        det = m.group("det") or ""
        keep = det if det.lower() == "the" else ""
        adj = m.group("adj")
        if not keep and det[:1].isupper():
            adj = adj[:1].upper() + adj[1:]
        return f"{keep} {adj}".strip() + " " if (keep or adj) else ""

    return _BATCH.sub(shorter, text)


def open_between(words: list[str], start: int, cut: int) -> bool:
    """Whether ``words[start:cut]`` holds a "between" whose "and" comes only after the cut; a plural
    after it closes it too ("a meeting between the two ministers", "between them")."""
    for i in range(cut - 1, start - 1, -1):
        low = words[i].lower().strip(",;:")
        if low in ("and", "&"):
            return False
        if low == "between":
            return not any(_plural(w.strip(",;:.")) for w in words[i + 1:cut])
    return False


def _plural(word: str) -> bool:
    """A word that names more than one ("sides", "Powers", "them"): a "between" it follows is closed."""
    low = word.lower()
    return low in ("them", "us", "both", "each") or len(low) > 3 and low.endswith("s") and not low.endswith(
        ("ss", "us", "is")) and word.isalpha()


def participle_object(words: list[str], cut: int) -> bool:
    """Whether the word before ``cut`` is a participle heading a noun phrase ("those pushing | for …")."""
    if cut < 2:
        return False
    last, before = words[cut - 1], words[cut - 2].lower()
    return last.endswith("ing") and last.isalpha() and last.islower() and before in _DETERMINERS


#: Lower-case words inside one name ("Dar es Salaam", "Rio de Janeiro"), never a noun heading it.
_NAME_PARTICLES = frozenset("bin ibn bint de da di del della dos das du es van von der".split())


def without_second_name(words: list[str], after: int, limit: int) -> list[str]:
    """``words`` with "and <Name>" dropped from a coordination of names before a common noun that
    heads them ("Middle East and North Africa director" -> "Middle East director"), past the index
    ``after`` (the verb: a subject "Germany and France" is never touched), when that brings a cut
    point back inside ``limit`` words; else ``words`` unchanged."""
    from explorer.events.tense import present_of

    for i in range(after + 2, min(len(words) - 2, limit + 1)):
        if words[i] != "and" or not words[i - 1][:1].isupper() or not words[i + 1][:1].isupper():
            continue
        j = i + 1
        while j < len(words) and (words[j][:1].isupper() and words[j].isalpha()
                                  or j + 1 < len(words) and words[j] in _NAME_PARTICLES and words[j + 1][:1].isupper()):
            j += 1  # a particle inside the name is part of it: "Nairobi and Dar es Salaam"
        head = words[j] if j < len(words) else ""
        if j - i - 1 > 4 or not head.isalpha() or not head.islower() or present_of(head) is not None:
            continue  # "Germany and France signed": a verb after the names, no common noun heading them
        if head in ("and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "the", "a", "an"):
            continue
        return words[:i] + words[j:]
    return words
