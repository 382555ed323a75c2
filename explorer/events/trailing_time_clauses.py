"""The act of a time clause that ends a sentence with no date of its own: "The vicar drowned when his cart
slid into the mill race", "His grandson moved the chapel up the hill after a flood destroyed the nave",
"The parishioners paid no tithe until the bishop reduced the levy".

Why: the undated pass reads the main clause's act (a plain act or an occurrence) and an opening "After"
or "When" clause's (``undated_events``, :mod:`explorer.events.when_openings`), but a "when", "after",
"before" or "until" clause told after the main clause was left unread, though it tells a happening of its
own with its own subject: the cause of a death, the turn that ended a state, the act another answered.
Readers list it as they list the main clause's (issue 12: recall of undated happenings). In a dated
sentence the clause rules of :mod:`explorer.events.after_clauses` read it with the sentence's date.

Only a clause whose subject is a noun phrase, a name or a bare plural (a pronoun's clause, "when he did
not come home", "until they were sure", more often sets the scene) and whose past verb tells a
happening: it acts on something, goes somewhere, or is a sudden failure of a thing (:data:`_SUDDEN`), not
a state, a saying, a thought, a measure's move or a becoming. General English only: nothing here knows a
name, place or date.
"""

from __future__ import annotations

import re
from typing import Iterator

from explorer.events.after_clauses import clause_act_title
from explorer.events.happening_verbs import LIFE_STATE_VERBS, MEASURE_VERBS, NOT_HAPPENING_VERBS, OBJECT_AFTER, PAST_FORMS
from explorer.events.occurrences import Occurrence, continuation, inside_quotation

#: How an event read here is derived (the undated pass's words), so that the folds can tell it apart.
TIME_CLAUSE_ACT = "no date in the text: told in a time clause after the main clause"

#: A sudden happening of a thing that needs no object to be one: "when the tower collapsed", "after a
#: fire broke out", "when the boiler exploded", "until the dam gave way".
_SUDDEN = (r"collapsed|exploded|burst|sank|capsized|overturned|crashed|erupted|caved\s+in|gave\s+way|broke\s+out|"
           r"caught\s+fire|derailed|ran\s+aground|struck")

#: Where a move goes after its verb: "slid into the mill race", "drove off the road", "fell through the ice".
_PLACE_AFTER = (r"(?=\s+(?:into|onto|off|from|through|across|down|over|out\s+of)\s+"
                r"(?:the|a|an|his|her|its|their|our|my)\s)")

#: A particle before an object: "headed in a corner", "brought down the spire", "called off the search".
_PARTICLE_OBJECT = r"(?=\s+(?:in|out|up|off|down|back|away)\s+(?:the|a|an|his|her|its|their|our|my)\s)"

#: A word of a subject's noun phrase: not a joint, an auxiliary or a relative pronoun ("after a short
#: illness and was buried in …" is no subject "a short illness and was").
_SUBJECT_WORD = r"(?!(?:and|but|or|was|were|is|are|had|has|have|been|that|which|who|whom|whose)\b)[\w’'-]+"

#: A length right before the time word: "nine days after the dam gave way" is a happening measured from,
#: which the relative-date rules read.
_NOT_MEASURED = "".join(rf"(?<!{unit})" for unit in ("day", "days", "week", "weeks", "month", "months", "year", "years",
                                                     "hours", "minutes", "decades"))

_TRAILING_TIME_CLAUSE = re.compile(
    # (inside the sentence, after its main clause: an opening "When …," or "After …," is read elsewhere)
    r"(?<=[\w,’'\"”)])" + _NOT_MEASURED + r"\s+(?:just\s+|shortly\s+|soon\s+|only\s+|long\s+)?(?P<word>when|after|before|until|till)\s+"
    rf"(?P<subject>(?:the|a|an|his|her|its|their|our|my)\s+(?:{_SUBJECT_WORD}\s+){{0,3}}?{_SUBJECT_WORD}|"
    r"(?!(?:I|It|This|That|There|These|Those)\b)(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}|"
    # (a bare plural of people: "when fans invaded the pitch"; not a stretch or a figure, "after years passed")
    r"(?!(?:years|months|weeks|days|hours|minutes|decades|times|things|others|prices|sales|costs|rates|levels|"
    r"numbers|figures|talks|this|thus|news|its|his|was|has|is|as)\b)(?-i:[a-z]{3,}(?<!ss)s|[a-z]*men))\s+"
    r"(?:first\s+|finally\s+|suddenly\s+|eventually\s+|later\s+)?"
    rf"(?P<verb>(?P<sudden>{_SUDDEN})|(?!(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|{MEASURE_VERBS}|been|became|"
    r"began|started|made|took|got|went|came|gave|found|met|ran|led|won|lost|reached|passed|turned|ended|finished|"
    r"closed|opened|left|returned|arrived|grew|spent|paid|earned|showed|called|named|followed|faced|offered|"
    r"received|asked|heard|read|sat|slept|woke|waited|did)\b)(?:[a-z]{3,}ed|" + PAST_FORMS + r"))\b"
    rf"(?(sudden)(?=\s*[.,;]|\s+(?:in|on|at|during|near|under|and|with|beside|above|below)\b)|"
    rf"(?:{OBJECT_AFTER}|{_PLACE_AFTER}|{_PARTICLE_OBJECT}|(?=\s+(?:it|them|him|her)\b)))")


def _phrasal_title(sentence: str, m: re.Match[str]) -> str | None:
    """The headline of a clause whose verb is two words ("a fire broke out": "A fire breaks out"), which
    :func:`~explorer.events.after_clauses.clause_act_title` reads only as one word."""
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import finish
    from explorer.events.titles.words import first_words

    verb = m.group("verb")
    if present_of(verb.split()[0]) is None:
        return None
    rest = continuation(sentence, m.end("verb"), len(sentence))
    return headline_tense(finish(first_words(f"{m.group('subject').strip()} {' '.join(verb.split())} {rest}"), verb.split()[0]))


def trailing_time_clause_acts(text: str, sentence_start: int, sentence_end: int) -> Iterator[tuple[Occurrence, str]]:
    """The acts of the "when", "after", "before" or "until" clauses told after a sentence's main clause,
    each with its title ("A flood destroys the nave"), outside quotations."""
    sentence = text[sentence_start:sentence_end]
    for m in _TRAILING_TIME_CLAUSE.finditer(sentence):
        if inside_quotation(sentence[: m.start()]):
            continue
        title = clause_act_title(sentence, m) if " " not in m.group("verb") else _phrasal_title(sentence, m)
        if title is None:
            continue
        yield Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb")), title
