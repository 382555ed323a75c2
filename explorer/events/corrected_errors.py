"""An error a page owns up to, and a claim a fact check tests, tell no happening.

A corrections column tells what it got wrong and then what is right: "An article on Monday wrongly said
that the library first opened in 1911. It opened in 1907." A reader's timeline holds the opening in
1907; the wrong opening in 1911, the article's saying so on Monday and the mistake itself ("We also
misspelled the librarian's name", "A caption on Saturday misidentified the lake") happened to nobody
the page is about (the gold README: "in a corrections column the corrected facts are the happenings and
the errors and the apology are not"). A fact check's "Claim:" line likewise holds what is being tested,
not what happened. So:

* a saying marked as wrong ("wrongly said", "incorrectly reported", "mistakenly stated", "falsely
  claimed"), or made by an earlier version of the piece ("An earlier version of this article said") or
  through an error ("Owing to an editing error, an article … stated that"), dates nothing: neither the
  saying nor what it said;
* an error of telling made by the page or a piece of it ("We misspelled …", "A caption misidentified …",
  "Our report misquoted …") is no happening (an agency that "misidentified the suspect" acted: only a
  writer's "we" or a piece of writing is read so);
* the words under a fact check's "Claim:" label are the claim, no happening.

The correction itself ("It opened in 1907", "The concert went ahead on 2 June") is told in its own
sentence, and stays. Only general English; nothing here knows a name, a place or a date.
"""

from __future__ import annotations

import re

from explorer.temporal.telling_verbs import PRINTING_VERBS, SAYING_VERBS, TELLING_WITH_THAT_VERBS, telling_forms

__all__ = ["is_a_corrections_column", "owns_up_to_an_error", "tells_a_corrected_error"]

#: The verbs a page tells with ("said", "reported", "described as").
_TELLING = "(?:" + telling_forms(SAYING_VERBS, TELLING_WITH_THAT_VERBS, PRINTING_VERBS, present=True) + ")"
#: A saying marked as wrong, by an adverb before or right after its verb: "wrongly said that",
#: "incorrectly reported", "said, wrongly, that", "was wrongly described as".
_WRONG = r"(?:wrongly|incorrectly|mistakenly|erroneously|falsely|inaccurately|wrongfully)"
_WRONG_SAYING = re.compile(rf"\b{_WRONG}\s+{_TELLING}\b|\b{_TELLING},?\s+{_WRONG}\b", re.IGNORECASE)
#: An earlier version of the piece telling something: "An earlier version of this article said …",
#: "A previous version of the story stated …" (its telling is what the page has since put right).
_EARLIER_VERSION = re.compile(
    rf"\b(?:earlier|previous|original|first|online)\s+versions?\s+of\s+(?:this|the|our|that)\s+[\w-]+(?:\s+[\w-]+)?"
    rf"(?:\s*\([^)]*\))?[^.;]*?\b{_TELLING}\b", re.IGNORECASE)
#: A telling through an error: "Owing to an editing error, an article … stated that …", "Because of a
#: production error, the graphic gave …", "In error, we reported …".
_THROUGH_AN_ERROR = re.compile(
    rf"\b(?:(?:owing|due)\s+to|because\s+of)\s+an?\s+(?:[\w-]+\s+)?(?:error|mistake|slip)\b[^.;]*?\b{_TELLING}\b|"
    rf"\b{_TELLING}\s+in\s+error\b", re.IGNORECASE)
#: A fact check's label over the claim it tests: "Claim: A post says that …".
_CLAIM_LABEL = re.compile(r"^\W*(?:the\s+)?claims?\s*:", re.IGNORECASE)

#: A corrections column's heading, a line of its own near the page's top: "Corrections and
#: clarifications", "Corrections", "Correction:", "For the record".
_COLUMN_HEADING = re.compile(r"^\W*(?:corrections?(?:\s+(?:and|&)\s+clarifications?)?|clarifications?|for\s+the\s+record)\W*$",
                             re.IGNORECASE | re.MULTILINE)
#: A saying by the page itself or by a piece of it, which a corrections column tells only to put right:
#: "we said she was born in Leeds", "A report on 3 May said that …", "our obituary stated".
_OWN_SAYING = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|but)\s+)(?:we|i)\s+(?:also\s+)?(?:said|stated|reported|wrote|claimed|described|referred|gave|called|named|listed)\b|"
                         r"\b(?:article|report|story|caption|headline|graphic|obituary|review|piece|column|feature|"
                         r"preview|interview|editorial|profile|analysis)\b[^.;]*?\b(?:said|says|stated|states|"
                         r"reported|reports|claimed|claims|suggested|suggests|described|gave|referred|implied)\b",
                         re.IGNORECASE)


def is_a_corrections_column(text: str) -> bool:
    """Whether the page ``text`` is a corrections column: a line near its top heads it so (see
    :data:`_COLUMN_HEADING`)."""
    return _COLUMN_HEADING.search(text[:400]) is not None


#: An error of telling: "misspelled", "misidentified", "misquoted", "misattributed", "misnamed".
_MIS_VERB = re.compile(
    r"\bmis(?:spel|identif|quot|attribut|nam|stat|report|dat|label|print|transcrib|characteri[sz]|describ|render|caption)\w*",
    re.IGNORECASE)
#: Who or what made it, at the title's start: the page's own "we", or a piece of writing ("A caption
#: in the travel section", "Our obituary of …", "Yesterday's report", "The graphic accompanying …").
_WRITER_OR_PIECE = re.compile(
    r"^\W*(?:we|i)\b|"
    r"^\W*(?:(?:an?|the|our|this|that|its|their|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:article|report|story|caption|headline|graphic|chart|table|map|obituary|review|piece|column|"
    r"version|feature|preview|listing|panel|interview|photograph|picture|letter|editorial|item|page|post|"
    r"bulletin|broadcast|programme|program|newsletter|leader|profile|analysis|blog)s?\b",
    re.IGNORECASE)


#: Where the clause holding a date or an act ends: a semicolon, a new clause after ", and"/", but", or the
#: sentence's end ("The council voted on 15 January; a post wrongly claimed …" keeps the vote).
_CLAUSE_END = re.compile(r";|,\s+(?:and|but|while|whereas)\s|[.!?](?:\s|$)")
#: Where the clause holding it starts ("A post wrongly claimed the charge doubled, but the council voted
#: on 15 January" keeps the vote).
_CLAUSE_START = re.compile(r";|,\s+(?:and|but|while|whereas)\s")
#: A clause of its own opened after the date ("… in 2019 after a witness wrongly identified him").
_SUBORDINATE = re.compile(r"\b(?:after|before|when|because|since|as|once|until|while|who|whom|which|where|if|though|although)\b",
                          re.IGNORECASE)


def tells_a_corrected_error(sentence: str, start: int, end: int, column: bool = False) -> bool:
    """Whether ``sentence`` tells its date or act at ``start``–``end`` (offsets in it) as what a page
    wrongly said, or as the claim a fact check tests (see the module's notes): "An article on Monday
    wrongly said that the building first opened in 1911" (both dates), "An earlier version of this
    article claimed that the brewery was sold in 2021", "Claim: A post says that the council doubled
    charges last month". The words read are the sentence up to the date and the rest of its clause
    (where the saying may follow a date in its subject: "An article on Monday … wrongly said"). In a
    corrections column (``column``) any saying by the page or a piece of it is told only to be put
    right: "A report on 3 May said that the councillor had resigned", "we said she was born in Leeds"."""
    if _CLAIM_LABEL.match(sentence):
        return True
    before = _CLAUSE_START.split(sentence[:start])[-1]
    after = sentence[end:]
    cut = _CLAUSE_END.search(after)
    after = after[:cut.start()] if cut else after
    if _SUBORDINATE.search(after):
        # ("He was cleared in 2019 after a witness wrongly identified him": the saying is another clause's)
        after = after[:_SUBORDINATE.search(after).start()]
    words = before + sentence[start:end] + after
    return bool(_WRONG_SAYING.search(words) or _EARLIER_VERSION.search(words) or _THROUGH_AN_ERROR.search(words)
                or column and _OWN_SAYING.search(words))


def owns_up_to_an_error(title: str) -> bool:
    """Whether an event titled ``title`` is an error of telling made by the page or a piece of it ("We
    misspell the name of the head librarian", "A picture caption misidentifies a lake"): the error a
    corrections column owns up to, no happening."""
    mis = _MIS_VERB.search(title)
    return mis is not None and _WRITER_OR_PIECE.match(title[:mis.start()]) is not None
