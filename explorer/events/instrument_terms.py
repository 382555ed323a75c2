"""Dates inside what a written instrument provides: "The offer raises pay by 6 percent from April",
"The verdict bars him from next year's election", "The new rules apply to flights from 1 June".

A report of a deal, a budget, a law, a ruling or a contract goes on to say what the thing does once
in force, in the present ("raises", "gives", "bars") or the future ("will cut", "would allow"). The
date there is a term of the instrument (when a rise starts, which election is barred), not a
happening a reader puts on a timeline: the happening is the signing, the vote or the ruling, told
elsewhere with its own date. The same verb in the past ("The 1832 act required …") is a history's
account of what the law did, and stays; so do the instrument's own life events ("takes effect",
"comes into force", "expires", "ends the strike"), which are no term but a change of state.

Read by :mod:`explorer.events.build` as a clause that tells no happening. Nothing here names a
person, a place or a date.
"""

from __future__ import annotations

import re

from explorer.events.tense import IRREGULAR_PASTS, PARTICIPLE_FORMS

#: Nouns that name a written instrument, something whose terms a text can quote.
_INSTRUMENT = (r"(?:offer|deal|agreement|accord|settlement|treaty|pact|truce|ceasefire|law|act|bill|budget|"
               r"plan|proposal|contract|verdict|ruling|judgment|judgement|decision|order|rule|regulation|"
               r"policy|scheme|guarantee|warranty|package|reform|measure|ban|directive|licence|license|permit|"
               r"ordinance|charter|resolution|amendment|framework|programme|program|terms|conditions)s?")
#: What such a thing does once in force: gives, takes away, bars, allows, sets. Not its own life
#: ("takes effect", "expires", "ends") nor a happening it brings about ("ends the strike").
_TERM_VERB = (r"(?:raise|lift|boost|trim|ease|tighten|shorten|lengthen|cut|give|grant|bar|ban|require|allow|let|permit|appl(?:y|ie)|ask|set|cap|freeze|limit|"
              r"extend|add|include|cover|provide|offer|oblige|forbid|prohibit|guarantee|promise|lower|reduce|"
              r"increase|exempt|restrict|call\s+for|commit|entitle|phase\s+out|phase\s+in|create|abolish|scrap|"
              r"replace|introduce|double|halve|fund|award|bring\s+forward|push\s+back)")
#: A subject that is an instrument, then its verb in the present or with "will"/"would": "The offer
#: raises", "Under-pressure ministers' new pay deal also gives", "The bill would ban". (A third-person
#: present takes "-s" or "-es"; "applies" has its own stem.)
_TERMS = re.compile(
    rf"^\W*(?:the|this|that|these|those|its|their|his|her|our|a|an|each|every)\s+(?:[\w'’-]+\s+){{0,4}}?{_INSTRUMENT}"
    rf"\s+(?:(?:also|only|now|further|still|effectively|in\s+effect)\s+)?"
    rf"(?:(?:will|would)\s+(?:(?:also|only|now|further|still)\s+)?{_TERM_VERB}\b|{_TERM_VERB}(?:s|es)\b)",
    re.IGNORECASE)
#: "It" for the instrument the sentence before named: "The deal was signed on Monday. It raises …".
_IT_TERMS = re.compile(
    rf"^\W*it\s+(?:(?:also|only|now|further|still)\s+)?(?:(?:will|would)\s+{_TERM_VERB}\b|{_TERM_VERB}(?:s|es)\b)",
    re.IGNORECASE)
#: A verb of the date's own after the term's verb: a participle ("roads damaged in January's floods",
#: "bookings made after January") or a past ("…, when the river burst its banks in"): the date tells
#: that happening or that thing, not the term.
_OWN_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS}|{PARTICIPLE_FORMS})\b", re.IGNORECASE)
_NAMES_INSTRUMENT = re.compile(rf"\b{_INSTRUMENT}\b", re.IGNORECASE)
#: Where the date's own clause opens: after a semicolon, colon or dash, or a comma before a joining word.
_CLAUSE_START = re.compile(r"[;:—–]\s*|,\s+(?:and|but|while|whereas|so)\s+|\b(?:which|that|who|when|after|before|because)\s+",
                           re.IGNORECASE)


def dates_an_instruments_term(text: str, sentence_start: int, timex_start: int) -> bool:
    """True when the date at ``timex_start`` of ``text`` falls in a clause that tells what a written
    instrument provides (its subject an instrument, or "it" right after a sentence naming one, its
    verb a term's in the present or the future) before the date; see the module's docstring."""
    before = text[sentence_start:timex_start]
    opened = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[opened[-1]:] if opened else before
    term = _TERMS.search(clause) or _IT_TERMS.search(clause)
    if term is None or _OWN_VERB.search(clause[term.end():]):
        return False
    if term.re is _TERMS:
        return True
    previous = text[max(0, sentence_start - 300):sentence_start].strip()
    last = re.split(r"(?<=[.!?])\s+", previous)[-1] if previous else ""
    return bool(_NAMES_INSTRUMENT.search(last))
