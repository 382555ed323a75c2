"""A dated act told in a relative clause after a noun: the clause is the happening, not the main verb.

A writer often hangs the dated act on a noun of the main clause instead of giving it a sentence:

* "Critics praised the old bakery, which closed in 1998 after a fire." The date belongs to the
  closing, so the title is "The old bakery closes after a fire", not "Critics praise the old bakery".
* "The farmers, who blocked the motorway on Tuesday, went home": "The farmers block the motorway".
* "Rescuers flew the walker to the district hospital, where she had surgery on Monday": the "where"
  clause has a subject of its own ("She has surgery", its pronoun named by the rules that name one).
* "Ana Ruiz, a former nurse who joined the board in 2019, resigned": the act of the description's
  relative clause is the named person's ("Ana Ruiz joins the board").

Each is retold as a plain clause (the noun, or the named person, then the clause; a "where" clause
as it stands) with the date's offsets into it, for :func:`~explorer.events.titles.make.make_title`
to title. When the date stands outside the clause, nothing here applies: the clause is an aside and
other rules read past it. A noun inside a prepositional phrase ("the navy of a neighbouring state,
which …") is no safe antecedent, so it is left alone. Nothing here knows a name, place or date.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PASTS
from explorer.events.titles.words import DETERMINER_WORDS

#: Words that end a noun phrase read backwards from its comma: a preposition, a conjunction or a verb
#: form that cannot be a noun's, so the phrase before is the verb's object or the clause's subject.
_STOP_WORDS = frozenset(
    "of in on at for from with by to into near about over under after before during since against through "
    "and or but than as that which who whom whose where when while because if although though "
    "is are was were be been being has have had will would can could may might must shall should do does did "
    "not said says told tells".split()
)
_PREPOSITIONS = frozenset("of in on at for from with by to into near about".split())
_DETERMINERS = DETERMINER_WORDS | {"our", "my", "your"}
#: The verb the relative pronoun is the subject of, after an adverb perhaps: "which (later) closed",
#: "who had blocked", "which will open". Not "which is a …" (a state) nor "which it bought" (an object).
_ACT_START = re.compile(
    r"(?:[a-z]+ly\s+|also\s+|later\s+|then\s+|first\s+)?"
    r"(?:(?:had|has|have|will|would)\s+(?:[a-z]+ly\s+)?(?:been\s+[a-z]+(?:ed|en)\b|(?!been\b)[a-z]+\b)|(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
    r"|[a-z]{2,}ed\b|(?:" + IRREGULAR_PASTS + r")\b)"
)
#: "which is a …", "who was the …", "which has a …": a state, not an act ("who had an operation" is one).
_STATE = re.compile(r"(?:is|are|was|were|has|have)\s+(?:also\s+)?(?:a|an|the|now|still|not)\b|had\s+(?:now|still|not)\b"
                    r"|(?:had|has|have)\s+been\s+(?![a-z]+(?:ed|en)\b)")
#: ", which|who CLAUSE" (the clause up to the next comma, bracket or the sentence's end).
_RELATIVE = re.compile(r",\s+(?P<rel>which|who)\s+(?P<clause>[^,;:()“”\"]{3,160}?)(?=,(?!\s*\d)|\)|[.;]?\s*$)")
#: A bare perfect main clause after the aside, the sentence's news: "…, has died." (not "…, has led the talks").
_PERFECT_AFTER = re.compile(r"[,)]\s*(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s*(?:[,.;]|$)")
#: ", where SUBJECT VERB …": a place's clause with a subject of its own ("where a mill was fined", "where
#: he underwent surgery").
_WHERE = re.compile(
    r",\s+where\s+(?P<clause>(?:(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w’'-]*\s+){0,3}|he\s+|she\s+|they\s+|it\s+)"
    r"(?:(?:was|were|had|has)\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b[^,;:()“”\"]{0,140}?)(?=,(?!\s*\d)|[.;]?\s*$)"
)
#: "NAME, a|an|the DESCRIPTION who …," or "NAME, … (a DESCRIPTION who …)": the act is the named person's.
_DESCRIBED_WHO = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}),\s+(?:[^,()]{0,60}\(\s*)?(?:a|an|the)\s+"
    r"(?:[\w’'-]+\s+){0,4}?who\s+(?P<clause>[^,;:()“”\"]{3,160}?)(?=,(?!\s*\d)|\)|[.;]?\s*$)"
)


def _noun_before(sentence: str, comma: int) -> str | None:
    """The noun phrase that ends at ``comma``: a name after a verb ("The trust named Ana Ruiz"), a
    phrase back to its determiner or possessor ("the old bakery", "Morrow's government", "Ada Brook's
    new bakery"), or a bare plural opening the sentence ("Local groups"). None when the phrase stands
    inside a larger one (after a preposition, "and" or a comma) or opens the sentence as a name (the
    subject-clause rules tell "Tomas Berg, who served …" with the name's own shortening)."""
    words = sentence[:comma].split()
    if not words or not re.fullmatch(r"[\w’'.-]+", words[-1]):
        return None
    taken: list[str] = []
    if words[-1][:1].isupper():
        while words and words[-1][:1].isupper() and re.fullmatch(r"[\w’'.-]+", words[-1]) \
                and words[-1].lower() not in _DETERMINERS:
            taken.insert(0, words.pop())
        if words and words[-1].lower() in ("the", "a", "an"):
            taken.insert(0, words.pop())  # "the Falcons", "the Old Bridge"
        elif not words:
            return None  # a name opening the sentence: the subject-clause rules' (see the docstring)
    else:
        while words and len(taken) < 6:
            word = words[-1]
            if word.lower() in _STOP_WORDS or not re.fullmatch(r"[\w’'.-]+", word):
                break
            taken.insert(0, words.pop())
            if word.lower() in _DETERMINERS:
                break
            if re.search(r"[’']s$", word):
                while words and words[-1][:1].isupper() and re.fullmatch(r"[\w’'.-]+", words[-1]):
                    taken.insert(0, words.pop())  # "Ada Brook's new bakery": the owner's whole name
                break
        first = taken[0] if taken else ""
        if not (first.lower() in _DETERMINERS or re.search(r"[’']s$", first) or first[:1].isupper() and not words):
            return None
    if not taken or len(taken) > 5:
        return None  # a long phrase ("the proposed Dunmore Glass Works Holdings purchase"): other rules shorten it
    if words and (words[-1].lower() in _PREPOSITIONS | {"and", "or"} or words[-1].endswith(",") and taken[-1][:1].islower()):
        # "the navy of a neighbouring state, which …", "the Water and Light Company takeover, which …", "Ruth
        # Pell, a solicitor, who …": the comma's phrase is part of a larger one, whose act the clause may tell
        # (a name after a comma is the one a description before it names: "their keeper, Ola Brandt, who …")
        return None
    return " ".join(taken)


#: " and " before a second act of the clause's subject ("who broke his wrist … and had surgery …").
_AND_ACT = re.compile(r"\s+and\s+(?=(?:then\s+|later\s+)?(?:[a-z]+ed|had|has|was|were|" + IRREGULAR_PASTS + r")\b)")
#: A clause inside the clause: the date may be its act ("which held four walkers who had caught the 6am bus").
_INNER_CLAUSE = re.compile(r"\b(?:who|which|that|where|when|whose)\b")


def _dated_act(clause: str, date_at: int) -> tuple[int, str] | None:
    """Where the act holding the date starts in ``clause``, and that act: of two acts joined by "and"
    ("who broke his wrist on Thursday and had surgery the next morning"), the one the date stands in.
    None when the date stands in a clause nested inside ("which held four walkers who had caught the
    6am bus": the catching is the walkers', not the noun's)."""
    if _INNER_CLAUSE.search(clause, 0, date_at):
        return None
    start, end = 0, len(clause)
    for join in _AND_ACT.finditer(clause):
        if join.end() <= date_at:
            start = join.end()
        elif join.start() >= date_at:
            end = join.start()
            break
    return start, clause[start:end]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def told_in_relative(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int, str] | None:
    """The dated relative clause retold as its own sentence: ``(told, start, end, before)`` with the
    date's offsets in ``told`` and the text before the clause (context for naming a pronoun). None
    when the date stands in no such clause."""
    if timex_end <= timex_start:
        return None
    for m in _RELATIVE.finditer(sentence):
        if not (m.start("clause") <= timex_start and timex_end <= m.end("clause")):
            continue
        act = _dated_act(m.group("clause"), timex_start - m.start("clause"))
        if act is None or not _ACT_START.match(act[1]) or _STATE.match(act[1]):
            return None
        noun = _noun_before(sentence, m.start())
        if noun is None or m.group("rel") == "which" and sentence[:m.start() - len(noun)].rstrip().endswith(","):
            return None  # "the letters of the vicar, Thomas Lowe, which …": not the name's
        told = f"{_capital(noun)} {act[1].rstrip(' .')}."
        shift = m.start("clause") + act[0] - len(noun) - 1
        return told, timex_start - shift, timex_end - shift, sentence[:m.start()]
    for m in _DESCRIBED_WHO.finditer(sentence):
        if not (m.start("clause") <= timex_start and timex_end <= m.end("clause")):
            continue
        act = _dated_act(m.group("clause"), timex_start - m.start("clause"))
        if _PERFECT_AFTER.match(sentence, m.end("clause")):
            # "Karl Oden, the goalkeeper who won the cup in 1974, has died": the news is the perfect, and
            # the folds read its title to join the later telling of the death (``events.named_retellings``)
            return None
        if act is not None and _ACT_START.match(act[1]) and not _STATE.match(act[1]):
            name = m.group("name")
            told = f"{name} {act[1].rstrip(' .')}."
            shift = m.start("clause") + act[0] - len(name) - 1
            return told, timex_start - shift, timex_end - shift, sentence[:m.start("clause")]
    for m in _WHERE.finditer(sentence):
        if m.start("clause") <= timex_start and timex_end <= m.end("clause"):
            act = _dated_act(m.group("clause"), timex_start - m.start("clause"))
            if act is None or act[0] > 0:
                return None  # a later act's subject is the clause's own: other rules tell it
            clause = act[1].rstrip(" .")
            shift = m.start("clause")
            return f"{_capital(clause)}.", timex_start - shift, timex_end - shift, sentence[:m.start()]
    return None
