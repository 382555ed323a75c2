"""Happenings told in an object "which" clause with a subject of its own ("The two clubs met in the
2019 final, which Dunmore won on penalties", "… produced an agreement on fish stocks, which every
member except Telvar signed at the closing session"), or in an "in which" or "after which" clause
("the first leg, in which Rovers won 2-1", "…, after which the province built a network of
shelters").

Such a clause names a thing of the main clause and tells what someone else did with it, or what
happened in it: a reader lists that act beside the main clause's, at the main clause's time. A clause
whose verb tells a state, a saying or a thought
(:data:`~explorer.events.happening_verbs.NOT_HAPPENING_VERBS`) tells no happening. ("when" and
"where" clauses were tried the same way in session 21: on the readable gold they added three acts
its annotators leave out for each one they list.)
"""

from __future__ import annotations

import re
from typing import Iterator

from explorer.events.after_clauses import clause_act_title
from explorer.events.clause_order import BEFORE_MARK, WHICH_MARK
from explorer.events.happening_verbs import HAPPENING_AFTER, MEASURE_VERBS, NOT_HAPPENING_VERBS, OBJECT_AFTER, PAST_FORMS
from explorer.events.happening_nouns import HELD_OR_BEFALLING, KEPT_AS_PHRASE, alternation
from explorer.events.occurrences import Occurrence, inside_quotation

#: Words that cannot stand as a bare subject of the clause: a pronoun (see below), a determiner, a
#: time word or a function word ("which then …", "which also …").
_NOT_BARE_SUBJECT = (
    r"(?:the|a|an|his|her|its|their|our|my|this|that|these|those|there|then|now|also|only|just|it|he|she|they|we|"
    r"possible|necessary|asked|told|needed|years?|months?|weeks?|days?|hours?|is|are|was|were|has|have|had|"
    r"will|would|could|should|might|may|can|must|did|does|do|not|so|as|in|on|at|of|to|for|by|with|and|or|but)"
)

#: A name of up to four capitalised words (a capital even where the pattern ignores case).
_NAME = r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3}"


def _clause_verb(not_passive: str = "", not_active: str = "") -> str:
    """The clause's verb, as the ``verb`` group: a passive ("was arrested"; not "was born", "was
    able", a state, nor the words ``not_passive`` adds) or a past that tells a happening (not one of
    :data:`NOT_HAPPENING_VERBS`, a modal, nor the words ``not_active`` adds)."""
    passive = "|".join(filter(None, ("born|able|due|about|unable|still|not|never|already|being", not_passive)))
    active = "|".join(filter(None, (NOT_HAPPENING_VERBS, "been|being|could|would|should|might|must", not_active)))
    return rf"(?P<verb>(?:was|were)\s+(?!(?:{passive})\b)[a-z]{{3,}}ed|(?!(?:{active})\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"


#: An object "which", an "in which" or an "after which" clause with a subject and a
#: past verb of its own. The subject is a name (with its noun: "Tell's Social Democrats"), a
#: noun phrase opened by a determiner ("a storm", "the commission", "every member except Telvar") or a
#: bare noun ("police", "officers from the security service"), with no comma inside it. The verb is a
#: plain past that tells a happening, or a passive. (A pronoun subject, "which he won in May", most
#: often retells the main clause's own doer: no happening of its own to list.)
WHICH_CLAUSE = re.compile(
    # (a "which" after another preposition, "during which", "pursuant to which", frames a span or a term)
    r"(?:,\s+|(?<!\bduring)(?<!\bunder)(?<!\bthrough)(?<!\bby)(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bon)(?<!\bat)(?<!\bupon)(?<!\bbefore)\s)(?P<word>in\s+which|after\s+which|which)\s+"
    r"(?P<subject>(?:"
    rf"{_NAME}(?:[’']s(?:\s+(?-i:[A-Z][\w’'-]+|[a-z]{{3,}})){{1,2}})?|"
    r"(?:the|a|an|his|her|its|their|every|each|two|three|four|several|some)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|"
    rf"(?!{_NOT_BARE_SUBJECT}\b|[a-z]+ly\b)[a-z]{{3,}}(?:\s+(?:from|of)\s+the\s+[a-z]+(?:\s+[a-z]+)?)?)\s+)"
    r"(?:(?:later|then|also|quickly|finally|eventually|first)\s+)?"
    + _clause_verb(not_passive="later|also") + HAPPENING_AFTER,
    re.IGNORECASE,
)


#: A "where" clause after a place, with a subject and a past verb of its own: "… to visit Karesh, the
#: capital, where she opened an embassy", "She was arrested at her flat, where officers seized two
#: laptops", "It brushed the island on 11 September, where it downed trees". Unlike a "which" clause's,
#: a pronoun subject here is the main clause's doer doing a second act at the place the main clause
#: reached, one a reader lists beside it. A verb of a measure ("where prices fell by a third") tells a
#: statistic, and a verb that tells no happening (a state, a saying, a habit: "where she lived",
#: "where she greeted everyone") none.
WHERE_CLAUSE = re.compile(
    r",\s+(?P<word>where)\s+"
    rf"(?P<subject>(?:he|she|they|it|{_NAME}|"
    # (a noun phrase ends in its noun, not a function word: "where the number of listed homes fell")
    r"(?:the|a|an|his|her|its|their|two|three|four|several)\s+(?:[\w’'-]+\s+){0,3}?(?!(?:of|to|for|in|on|at|by|with)\b)[\w’'-]+|"
    rf"(?!{_NOT_BARE_SUBJECT}\b|[a-z]+ly\b)[a-z]{{3,}}(?:\s+from\s+the\s+[a-z]+(?:\s+[a-z]+)?)?)\s+)"
    r"(?:(?:later|then|also|quickly|finally)\s+)?"
    + _clause_verb("treated|greeted", f"{MEASURE_VERBS}|greeted|spent|worked|studied|served|taught|met|played|trained") +
    # (what it acts on may be a count or a bare plural: "seized two laptops", "downed trees")
    rf"(?:{HAPPENING_AFTER}|{OBJECT_AFTER})")


#: A length of time the clause describes: "capped a year in which a routine audit grew into a crisis"
#: sums up a span, and tells no act of its own.
_SPAN_BEFORE = re.compile(r"\b(?:year|month|week|day|decade|season|period|summer|winter|spring|autumn|era|time)s?\s*$",
                          re.IGNORECASE)


def iter_which_clauses(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """The happenings told in object-"which", "in which" and "after which" clauses of a sentence (see
    :data:`WHICH_CLAUSE`) and in "where" clauses after a place (:data:`WHERE_CLAUSE`), each with its title ("Dunmore wins on penalties"), outside quotations."""
    sentence = text[sentence_start:sentence_end]
    for m in [*WHICH_CLAUSE.finditer(sentence), *WHERE_CLAUSE.finditer(sentence)]:
        if inside_quotation(sentence[: m.start()]) or _SPAN_BEFORE.search(sentence, 0, m.start()):
            continue
        title = clause_act_title(sentence, m)
        if title is not None and m.group("word").lower() == "which":
            title = _with_what_is_blamed(title, sentence, m)
        if title is not None:
            yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb")), title


#: Verbs that lay a happening at someone's or something's door, with the preposition that names the
#: cause: "…, which investigators blamed on faulty wiring", "…, which the authority attributed to a signal fault".
_BLAMED = re.compile(r"(?:blamed|attributed|ascribed|traced|linked|put\s+down)\s+(?:on|to)\b", re.IGNORECASE)
#: The happening a "which" clause of blame refers back to: the main clause's happening noun ("A fire
#: destroyed the warehouse on Tuesday, which …").
_BLAMED_HAPPENING = re.compile(rf"\b(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?({alternation(HELD_OR_BEFALLING | KEPT_AS_PHRASE)})\b",
                               re.IGNORECASE)


def _with_what_is_blamed(title: str, sentence: str, m: re.Match[str]) -> str:
    """A blame clause's title with what is blamed between its verb and its cause ("Investigators blame
    on faulty wiring" -> "Investigators blame the fire on faulty wiring"): the main clause's happening
    noun, else "it" (the main clause's whole happening: "Two trains collided …, which the authority
    attributed to a signal fault")."""
    if not _BLAMED.match(sentence, m.start("verb")):
        return title
    happening = _BLAMED_HAPPENING.search(sentence, 0, m.start())
    what = f"the {happening.group(1).lower()}" if happening else "it"
    return re.sub(r"^(.*?\b(?:blames?|attributes?|ascribes?|traces?|links?|puts?))(\s+down)?\s+(on|to)\b",
                  lambda v: f"{v.group(1)} {what}{v.group(2) or ''} {v.group(3)}", title, count=1)


#: "…, after which the province built …": the clause's act came after the main clause's.
_AFTER_WHICH_BEFORE = re.compile(r"\bafter\s+which\s+(?:[^\s,;:.!?]+\s+){0,6}$", re.IGNORECASE)


def which_mark(sentence_before_verb: str) -> str:
    """The derivation's mark of a which-clause's act (see ``clause_order``): at its main clause's time,
    or, after "after which", from its main clause's time on."""
    return BEFORE_MARK if _AFTER_WHICH_BEFORE.search(sentence_before_verb) else WHICH_MARK
