"""A second subject told without its verb: "Anna took the silver in 2019, and Tom the bronze in 2021",
"The Skua arrived in 1924 and the Tern in 1926", "Arthur died in 2003, and Edith two years later".

The second date's clause keeps only its subject (and maybe an object): its title was the bare words
("Tom the bronze", "Edith") or the first clause run on into them ("The Skua arrives and the Tern"),
neither naming what the second one did. A reader fills the gap from the first clause: the same verb,
with the second clause's own object when it has one ("Tom takes the bronze"), else the first clause's
verb and object up to its own date ("Edith dies", "The Tern arrives"). Here the gapped clause is
written out as the sentence it stands for, which the title rules then read as any other. Only general
English: clause joints, determiners, auxiliaries and the past tense.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.tense import IRREGULAR_PASTS, REGULAR_PAST
from explorer.temporal.lexicon import ORDINALS

#: The joint before the gapped clause: "…, and ", "… and ", "…, while ".
_JOINT = re.compile(r"(?:,\s+(?:and|while|but)|\s+and)\s+")
#: A subject that may open a gapped clause: a name ("Tom Hale", "Edith"), or a determiner, up to two
#: lower-case words and a name ("the Tern", "their daughter June"); then an object or nothing, and
#: the date's preposition.
_GAPPED = re.compile(
    r"(?P<subject>(?:(?:the|his|her|their|our|its)\s+(?:[a-z][\w-]*\s+){0,2})?"
    r"[A-Z][\w’'-]+(?:\s+(?:[OD][’']|Mc|Mac)?[A-Z][\w’'-]+){0,2})"
    r"(?P<rest>(?:\s+(?:the|a|an|his|her|their|its|our|my)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?)"
    r"(?:\s*,)?\s*(?P<prep>(?:in|on|at|during|by)\s+)?$"
)
#: Words no verbless clause holds: a verb in the past, an auxiliary, a modal.
_VERB = re.compile(rf"\b(?:{IRREGULAR_PASTS}|was|were|is|are|has|had|have|will|would|could|did|does)\b|{REGULAR_PAST}")
#: Words that open a clause or a phrase, never the gapped subject's name: "And", months and days are
#: the date's, "In" a phrase's.
_NOT_SUBJECT = frozenset(
    "and but or in on at by for from with after before during since until when while then there here "
    "it he she they we i you this that these those".split()
)
#: Words of a subject that pick one of a kind: "and our second in 1988" is a gapped object, not a subject.
_PICKING = frozenset(w for w in ORDINALS if "-" not in w) | {"next", "other", "last"}
#: A finite verb of the first clause, after its subject: a past ("took", "arrived"), or an auxiliary and
#: its participle ("was elected", "had opened").
_FIRST_VERB = re.compile(
    rf"\s(?P<verb>(?:(?:was|were|had)\s+(?:[a-z]+ly\s+)?(?:{IRREGULAR_PASTS}|[a-z]{{2,}}ed|[a-z]+en)\b)"
    rf"|(?:{IRREGULAR_PASTS})\b|{REGULAR_PAST})"
)
#: A bare name of one to three capitalised words, as a first clause's object may be ("toured Germany").
_BARE_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
#: The first clause's object up to its date's preposition: a bare name ("Germany in 1992").
_NAMED_OBJECT = re.compile(rf"\s+(?P<object>{_BARE_NAME})\s+(?:in|on|at|during|by)\s*$")
#: A first clause's subject that is no person's name: a pronoun or a description ("It toured …", "The
#: choir toured …"), after an opening phrase ("In 1990 it toured …"). Beside it a bare name after the
#: joint is one more object of the same verb, not a second subject ("and Canada in 2008").
_NO_NAME_SUBJECT = re.compile(
    r"(?:^|.*?,\s+|(?:In|On|By|During|After|Before)\s+\S+(?:\s+\S+)?\s+)"
    r"(?:it|he|she|they|we|i|(?:the|a|an|its|his|her|their|our|my)(?:\s+[a-z][\w-]*){1,3})\s*$",
    re.IGNORECASE,
)
_MONTHS_DAYS = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b"
)


def gapped_subject_sentence(sentence: str, timex_start: int, timex_end: int,
                            others: Sequence[tuple[int, int]]) -> tuple[str, int, int] | None:
    """The sentence the gapped clause ending at the date stands for, and the date's place in it, when
    the sentence up to the date ends on a verbless clause after a joint (see the module) and the clause
    before the joint has a subject and a past verb with a date of its own; else None."""
    before = sentence[:timex_start]
    joints = list(_JOINT.finditer(before))
    if not joints:
        return None
    joint = joints[-1]
    clause = before[joint.end():]
    gapped = _GAPPED.fullmatch(clause.rstrip() + (" " if clause.endswith(" ") else ""))
    if gapped is None or _VERB.search(clause):
        return None
    subject = gapped.group("subject")
    words = subject.lower().split()
    if words[0] in _NOT_SUBJECT or _MONTHS_DAYS.match(subject) or any(w in _PICKING for w in words):
        return None
    first = before[:joint.start()]
    first_dates = [(a, b) for a, b in others if b <= joint.start()]
    if not first_dates:
        return None  # the first clause names no date of its own: the two are one happening
    verb = _FIRST_VERB.search(first)
    if verb is None or verb.start() == 0 or verb.start() > first_dates[0][0]:
        return None
    rest = gapped.group("rest").strip()
    named_object = _NAMED_OBJECT.fullmatch(first[verb.end():first_dates[0][0]])
    if not rest and named_object is not None and re.fullmatch(_BARE_NAME, subject) \
            and _NO_NAME_SUBJECT.fullmatch(first[:verb.start()]) and not verb.group("verb").startswith(("was", "were", "had")):
        # "It toured Germany in 1992 and Canada in 2008": beside a subject that is no name, a bare name
        # after the joint is the same verb's second object ("It toured Canada"), as the first object is
        head = f"{first[:verb.start() + 1]}{verb.group('verb')} {subject} {gapped.group('prep') or ''}"
        return head + sentence[timex_start:], len(head), len(head) + timex_end - timex_start
    if rest:
        # "Anna took the silver, and Tom the bronze": the verb, with the second clause's own object
        told = f"{verb.group('verb')} {rest}"
    else:
        # "Arthur died in 2003, and Edith two years later": the first clause's verb and what follows it
        # up to its own date or a comma
        end = first_dates[0][0]
        comma = first.find(",", verb.end())
        end = min(end, comma) if comma != -1 else end
        told = re.sub(r"\s+(?:in|on|at|during|by|from|of)\s*$", "", first[verb.start():end]).strip()
    opening = subject[0].upper() + subject[1:]
    head = f"{opening} {told} {gapped.group('prep') or ''}"
    head = re.sub(r"\s+", " ", head)
    if not head.endswith(" "):
        head += " "
    return head + sentence[timex_start:], len(head), len(head) + timex_end - timex_start
