"""A number standing for a noun opening a title ("The three were charged", "The 2 were fined",
"Both were released") is named by the counted group told just before it; so is an ordinal ("The
first is due to be delivered" -> "The first electric ferry is due to be delivered").

Court and crime reports count people once ("Three men were arrested on Friday") and then tell them by
the number alone. Read away from its paragraph, "The three are charged" names no one; a reader takes
the group of that size the sentence before counted: "The three men are charged". Only general
English: a count word or digits, a plural noun after it (never a measure such as "three years"), and
the same number on both sides.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.antecedents import MEASURES
from explorer.events.titles.pronouns import last_sentences
from explorer.number_words import cardinals, spelled

_NUMBERS = cardinals(2, 12)
_COUNT = r"(?:" + spelled(2, 12) + r"|\d{1,3})"
#: "The three were …", "the 2 have …", "Both were …": a count alone as the title's subject, before its verb.
_COUNT_ALONE = re.compile(
    rf"^(?:(?:The|the)\s+(?P<n>{_COUNT})|(?P<both>Both))\s+(?=(?:are|were|is|was|have|has|had|will|[a-z]+ed"
    # (a word in "-s" is a verb only with no verb after it: "The three students are released" is counted;
    # and only before what follows a verb, an object's determiner, a preposition, a name, a number or
    # nothing: "Both sides agree a truce" is counted already)
    rf"|[a-z]+[^s\W’']s(?!\s+(?:are|were|is|was|have|has|had|will|would|can|could|may|must)\b)"
    r"(?=\s*$|\s+(?:the|a|an|to|in|on|at|for|with|from|by|of|his|her|their|its|guilty|out|up|down|off|back|again|"
    r"after|before|over|into|as)\b|\s+[A-Z\d]))\b)"
)
#: A counted group: "three men", "3 teenagers", "two of the club's youth players".
_COUNTED = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?:of\s+(?:the|its|his|her|their)\s+(?:[\w’'-]+[’']s\s+)?)?"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?!(?:" + "|".join(MEASURES) + r")\b)"
    r"(?:[a-z][\w-]*[^s\W’'](?<!new)s|men|women|children|people|police))\b",
    re.IGNORECASE,
)


def _value(count: str) -> int | None:
    return int(count) if count.isdigit() else _NUMBERS.get(count.lower())


def count_named(title: str, context: str) -> str:
    """``title`` with a count standing alone as its subject named by the group of that size the text
    just before counted ("The three are charged" after "Three men were arrested" -> "The three men are
    charged"); unchanged when no such group, or more than one, is there."""
    alone = _COUNT_ALONE.match(title)
    if alone is None or not context:
        return title
    wanted = 2 if alone.group("both") else _value(alone.group("n"))
    recent = last_sentences(context, 2)
    groups = {m.group("np").lower() for m in _COUNTED.finditer(recent) if _value(m.group("n")) == wanted}
    if len(groups) != 1:
        return title
    group = next(iter(groups))
    head = "Both" if alone.group("both") else f"The {alone.group('n')}"
    return f"{head} {group} {title[alone.end():]}"


#: An ordinal opening a title with no noun of its own: "The first is …", "the third of them goes …".
_ORDINAL_ALONE = re.compile(
    r"^(?P<ordinal>[Tt]he\s+(?:first|second|third|fourth|fifth|last|latest|next))(?:\s+of\s+(?:them|these|those))?\s+"
    # (a plural noun in "-s" before its own verb is the ordinal's noun: "The first houses flooded")
    # (or before a phrase and then its verb: "The first prosecutions under the act were brought")
    r"(?=(?:are|were|is|was|have|has|had|will|[a-z]+[^s\W’']s\b(?!\s+(?:[a-z]+ed|are|were|have|had|will|would|"
    r"could|can|may|must|" + IRREGULAR_PASTS + r")\b)(?!(?:\s+(?!(?:who|which|that)\b)[a-z]+){1,4}\s+"
    r"(?:are|were|have|had|will|would|could|can|may|must)\b)|[a-z]+ed|" + IRREGULAR_PASTS + r")\b)"
)
#: Sentences read back for the noun an ordinal counts: its own and the two before it.
ORDINAL_SENTENCES = 3


def singular(word: str) -> str:
    """A plural noun's singular: "ferries" -> "ferry", "bids" -> "bid", "buses" -> "bus", "houses" -> "house",
    "lamps" -> "lamp"."""
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith("uses") and len(low) > 5 and low[-5] in "aeiou":
        return word[:-1]  # "houses" -> "house", "causes" -> "cause" (not "buses" -> "bus")
    if low.endswith(("ches", "shes", "xes", "sses", "uses", "zes")) and len(low) > 4:
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return word[:-1]
    return word


def ordinal_named(title: str, before: str, context: str) -> str:
    """``title`` with an ordinal standing alone as its subject given the noun the text counted last
    before it, in its own sentence (``before``: the sentence up to the event) or the two before
    (``context``): "The operator ordered two electric ferries. The first is due …" -> "The first
    electric ferry is due …", "Rovers had two bids turned down. The third was accepted" -> "The third
    bid is accepted". Unchanged when nothing was counted, or people were ("The first of the three
    men": who, and "the first man" reads as an epithet)."""
    alone = _ORDINAL_ALONE.match(title)
    if alone is None:
        return title
    recent = re.split(r"(?<=[.!?])\s+", context.strip())[-(ORDINAL_SENTENCES - 1):] if context.strip() else []
    counted = list(_COUNTED.finditer(" ".join([*recent, before])))
    if not counted:
        return title
    words = counted[-1].group("np").split()
    if words[-1].lower() in ("men", "women", "children", "people", "police"):
        return title
    return f"{alone.group('ordinal')} {' '.join([*words[:-1], singular(words[-1])])} {title[alone.end():]}"
