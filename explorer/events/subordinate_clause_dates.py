"""A second date of a sentence told in a subordinate clause of its own, after its subject and verb:
"He was arrested on 11 March, a week after his brother was shot on 4 March", "The union called a
strike in March after more than 300 members voted for action in February", "The clubs resumed talks in
late May, after the manager, Ann Holt, was sacked on 9 May".

When the clause rules read the sentence as one clause (no comma before the subordinator, a passive, a
counted or long subject, an apposition), both dates get the main clause's title and fold into one event
(``one_happening.one_per_clause``), and the clause's happening is lost. An "after", "before", "until" or
"once" clause with a subject and a finite verb of its own is a happening of its own, dated by the date
inside it: it is titled from the clause alone ("His brother is shot"). ``after_clauses`` reads the
clauses it knows by their subject's kind; this reads any clause whose date is its own.
"""

from __future__ import annotations

import re

from explorer.events.clauses import FINITE_VERB
from explorer.events.happening_verbs import NOT_HAPPENING_VERBS
from explorer.events.record import Event

#: The subordinator and its clause up to the date: no clause break in it (a number's thousands comma
#: is none, nor a name set off by commas, "its chairman, Ole Brandt, resigned"), then the date's preposition.
_SUBORDINATE_UP_TO_DATE = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<sub>(?i:after|before|until|till|once))\s+"
    r"(?P<body>(?:[^,;:()—–\"“”.!?]|(?<=\d),(?=\d{3}\b)|,\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3},)+?)"
    r"\s*(?:\b(?:in|on|at|during|by|from|early|late)\s+)?$")
#: What ends the clause after its date.
_CLAUSE_END = re.compile(r"[,;:()—–.!?]|\s+(?:and|but|while|when|after|before|because|until)\s+")
#: In the clause before its verb: a word that opens another clause, a modal, a denial or an infinitive.
#: (nor "and": "before Easter and signed the deed on 2 May" joins a second predicate to the main clause)
_NOT_ITS_ACT = re.compile(r"\b(?:and|or|that|which|who|when|while|as|because|since|where|if|will|would|could|may|might|can|"
                          r"shall|must|should|not|never|to)\b")
#: The clause's first verb is a state, a saying or a thought: no act of its own ("before it was too late").
_NO_ACT_VERB = re.compile(rf"^(?:{NOT_HAPPENING_VERBS}|is|are|has|have|had|was|were)$")
#: An auxiliary before a participle: the participle tells the act ("was shot", "had withdrawn").
_AUXILIARY = re.compile(r"^(?:was|were|had|has|have|is|are)$")


def subordinate_clause_title(event: Event) -> str | None:
    """The title of the happening an "after", "before", "until" or "once" clause tells when the event's
    date stands in it after the clause's subject and finite verb ("his brother was shot on 4 March":
    "His brother is shot"), or None."""
    from explorer.events.titles import make_title

    if not event.timex:
        return None
    at = event.timex_start - event.sentence_start
    before = event.sentence[:at]
    m = _SUBORDINATE_UP_TO_DATE.search(before)
    if m is None or before.count("(") > before.count(")"):
        return None
    body = m.group("body")
    verbs = list(FINITE_VERB.finditer(body))
    if not verbs or verbs[0].start() == 0 or _NOT_ITS_ACT.search(body, 0, verbs[0].start()):
        return None  # no subject before a verb of its own ("after years of delays since", "before leaving on")
    first = verbs[0].group()
    if _NO_ACT_VERB.match(first) and not (_AUXILIARY.match(first) and len(verbs) > 1
                                         and verbs[1].start() - verbs[0].end() <= 12 and verbs[1].group().endswith(("ed", "en", "wn"))
                                         or _AUXILIARY.match(first) and re.match(r"\s+(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b", body[verbs[0].end():])):
        return None  # "before it was too late", "after she said so": no act
    if _NOT_ITS_ACT.search(body, verbs[0].end()):
        return None  # "after the council decided that …", "after she agreed to …": another clause's act
    end = at + len(event.timex)
    tail_end = _CLAUSE_END.search(event.sentence, end)
    tail = event.sentence[end:tail_end.start() if tail_end else len(event.sentence)]
    told = body[:1].upper() + body[1:]
    told = told + " " if not told.endswith(" ") else told
    # (the date's own preposition goes with it: "… was shot on 4 March")
    prep = before[m.end("body"):].strip()
    told = f"{told}{prep} " if prep else told
    title = make_title(told + event.timex + tail, len(told), len(told) + len(event.timex))
    return title or None


#: A main clause's title that ran on into the subordinate clause: "The hearing is adjourned after the
#: defendant's barrister".
_RUN_ON_CLAUSE = re.compile(r",?\s+(?:[a-z]+\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before|until|till|once)\s+\S.*$")


def title_before_the_clause(title: str) -> str:
    """``title`` ended before a subordinate clause it ran on into, when at least three words stay."""
    m = _RUN_ON_CLAUSE.search(title)
    return title[:m.start()] if m and len(title[:m.start()].split()) >= 3 else title
