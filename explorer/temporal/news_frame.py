"""A news report told inside a life story: which sentences of a text are told from the writer's now.

An obituary or a profile opens with news in the present perfect ("A former mayor has died, the
council has said"), then tells a life in past years ("was mayor from 2004 to 2005 ... rejoined the
council in 1997"), and then comes back to the news: "The council said he had met former colleagues
at an event on 2 October". That last day is the writer's recent past, the most recent 2 October
before the page's date, not a 2 October of the last year the life story told. The passage as a whole
reads as a narrative (it names many old years), so the choice has to be made per sentence.

The cue is grammatical, not a list of speakers: the text's lede reports a happening in the present
perfect or on a day counted from the writer's now ("died on Friday aged 88"), and the sentence of the yearless day is tied to that frame by a past
perfect (a past told from the report's time: "said he had met", "He had sung at a concert on 10
December"), a reporting verb ("his family said"), the writer's future ("A burial will be held on March
15": never before a year the text tells in the past), or by retelling the lede's own happening in the
past ("has died" ... "She died at home on 3 April"). A history's reported speech ("the colonel wrote
that he had inspected the trenches on 3 July") has no present-perfect lede, so it stays in the
story's year.
"""

from __future__ import annotations

import re

from explorer.temporal.lexicon import SHORT_MONTHS, alternatives
from explorer.temporal.per_text import memo

# how far into a text its lede runs: a headline and the first sentence or two
_LEDE_CHARS = 320
# "has died", "have been paid", "has been made", "has said", "has won": a participle after has/have
_PERFECT = re.compile(
    r"(?i)\b(?:has|have)\s+(?:(?:\w+ly|long|also|just|already|now|never|ever|often|always|not|since)\s+)*"
    r"(?:been\s+)?(?!been\b)([a-z]+(?:ed|en|wn|id|on|de|ld|ht|ng|un|ne|ot))\b")
# a perfect that describes or names instead of reporting a happening ("has been called the greatest")
_DESCRIBING = re.compile(
    r"(?i)^(?:called|described|known|regarded|considered|seen|named|dubbed|referred|termed|labelled|labeled|"
    r"noted|praised|criticised|criticized|remembered|recognised|recognized|studied|debated|discussed|"
    # a historian's view, not a report of a happening ("Historians have long argued that ...")
    r"argued|suggested|speculated|written|wondered|believed|thought|claimed|maintained|contended|proposed|"
    r"estimated|asserted|questioned|doubted)$")
# "John Ferrow died on Friday aged 88", "died yesterday": a past happening on a day counted from
# the writer's now (a weekday with no date after it, not "on Sunday, December 7, 1941")
_MONTHS = rf"(?:{alternatives(SHORT_MONTHS)})[a-z]*\.?"
_DEICTIC_DAY = re.compile(
    r"\b([a-z]{2,}ed)\s+(?:[a-z]+\s+){0,2}?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\b"
    rf"(?!,?\s+(?:the\s+)?(?:\d|{_MONTHS}))")
_PAST_PERFECT = re.compile(
    r"(?i)\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ht|ng|ost|ade|eft|ook|ung|ame|nt|ld|un|on|it|id)\b")
_REPORTING = re.compile(r"(?i)\b(?:said|says|told|confirmed|announced|stated)\b")
# the writer's own future ("A burial will be held on March 15"): after the report, never in a year
# the life story told
_FUTURE = re.compile(r"(?i)\b(?:will|shall|won't)\b")
_QUOTE = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def lede_happenings(text: str) -> frozenset[str]:
    """The participles of the happenings the text's lede reports in the present perfect ("died" of
    "has died") or in the past on a day counted from the writer's now ("died on Friday"); empty when
    the text opens with no such report (a history, a plain narrative)."""
    return _lede_happenings(text)


@memo()
def _lede_happenings(text: str) -> frozenset[str]:
    head = _QUOTE.sub(" ", text[:_LEDE_CHARS])
    perfect = {m.group(1).lower() for m in _PERFECT.finditer(head) if not _DESCRIBING.match(m.group(1))}
    return frozenset(perfect | {m.group(1).lower() for m in _DEICTIC_DAY.finditer(head)})


def told_from_the_news(text: str, sentence: tuple[int, int], pos: int) -> bool:
    """Whether the expression at ``pos`` in ``sentence`` (its span) is told from the writer's now of
    a text whose lede is news: a past perfect or the writer's future before it, a reporting verb
    anywhere in the sentence ("..., the club confirmed"), or the lede's own happening retold."""
    happenings = lede_happenings(text)
    if not happenings:
        return False
    before = _QUOTE.sub(" ", text[sentence[0]:pos])
    if _PAST_PERFECT.search(before) or _FUTURE.search(before) \
            or _REPORTING.search(_QUOTE.sub(" ", text[sentence[0]:sentence[1]])):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", before)}
    return bool(words & happenings)
