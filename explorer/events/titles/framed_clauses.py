"""Clauses told inside another: a "when" clause after a clause that only frames its time, a "that"
clause after a telling, a report told after what it tells ("…, organisers announced today").

The date of such a sentence belongs to one clause and the title to another; these rules say which.
"""

from __future__ import annotations

import re

from explorer.events.clauses import clause_bounds
from explorer.events.modality import is_absence
from explorer.events.names import short_name
from explorer.events.tense import PARTICIPLES, present_of
from explorer.events.titles.words import MAX_WORDS
from explorer.events.titles.finish import verb_at
from explorer.events.titles.without_dates import remove_expression
from explorer.events.titles.clause_choice import DATELINE, FRAMING, LEADING_JUNK
from explorer.temporal.telling_verbs import (FORESEEING_VERBS, KNOWING_VERBS, SAYING_VERBS, TELLING_WITH_THAT_VERBS,
                                           telling_forms)


#: A clause that only frames its date ("The breakthrough came in 2001", "Its fortunes changed in
#: 1761", "Many were thought lost until 2019"): what happened then is told by the "when" clause after it.
_WHEN_AFTER = re.compile(r"^\s*,?\s*when\s+(?=\S)")  # (a match report's "came … on Saturday when Okafor scored": no comma)
_FRAME_SUBJECT = frozenset("the its his her their both many most some this that these those all it".split())
#: Verbs that only frame a time, aspect or state: "came", "began", "changed", "were thought lost",
#: "was still small", "have struggled"; a frame with any other verb is a happening of its own.
FRAME_VERBS = frozenset(
    "came come comes began begun begins started starts ended ends changed changes followed follows arrived "
    "happened occurred struggled turned thought continued resumed peaked worsened deepened improved seemed "
    "was were".split()
)
#: Heads of a subject that names a state of affairs, not an actor: "The threat lessened in 1917, when
#: merchant ships entered convoys" is told by its "when" clause whatever the frame's verb.
ABSTRACT_HEADS = frozenset(
    "situation crisis conflict threat tension tensions fortunes fortune luck turnaround breakthrough point "
    "loss losses mission trouble troubles problem problems change decline recovery boom slump peak climax "
    "moment turn fighting violence unrest campaign war economy mood".split()
)
#: A word that makes the date the bound of a stretch ("until 1998", "after 1850", "stood there by 1402"): the happening on
#: that date is the "when" clause's, whatever the main clause tells. ("since" is left to the frame
#: rules below: "X has run the crossings since 1990, when …" tells X's start as much as the clause.)
_BOUNDARY_BEFORE = re.compile(r"\b(?:until|till|after|before|by)\s+(?:the\s+)?$", re.IGNORECASE)
#: Adverbs between "was" and its participle ("was also flooded", "were then sold").
_FRAME_ADVERBS = frozenset("also then later first again still soon once finally eventually".split())
#: Longest framing clause (in words, its date left out) whose "when" clause tells the happening.
FRAME_WORDS = 5


def when_clause(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """ "The breakthrough came in 2001, when the single reached number four" -> the "when" clause,
    when the clause holding the date is a short frame whose subject is no name: the happening of
    that date is the one the "when" clause tells (who did what), not the frame's."""
    m = _WHEN_AFTER.match(sentence[timex_end:])
    if m is None:
        return _told_after_a_colon(sentence, timex_start, timex_end)
    if _BOUNDARY_BEFORE.search(sentence[:timex_start]):
        # "The shop traded there until 1998, when the baker retired": the date bounds a stretch the
        # main clause tells; what happened on it is the "when" clause's
        return _told_when(sentence, timex_end, m)
    left, _ = clause_bounds(sentence, timex_start, timex_end)
    frame = remove_expression(sentence[left:timex_end], timex_start - left, timex_end - left)
    frame = LEADING_JUNK.sub("", FRAMING.sub("", frame.strip()))
    words = frame.split()
    light = verb_at(words)
    if light is not None and FRAME_WORDS < len(words) <= FRAME_WORDS + 4 and light + 1 < len(words) \
            and words[light].lower() in FRAME_VERBS and words[light + 1].lower() in ("in", "at", "after", "before", "during", "on"):
        # "The breakthrough came in the 34th minute on …, when": the frame's own phrase of time is no happening
        words = words[:light + 1]
    if is_absence(frame):  # "There was no open conflict between the two states until 396 BC, when …"
        return _told_when(sentence, timex_end, m)
    if _did_not_happen(words) or _superlative_frame(words) or _abstract_plain_frame(words):
        return _told_when(sentence, timex_end, m)
    dating = re.search(r"\b(?:dates|dated|date|goes|went|traces|traced)\s+back\b", frame) is not None
    if not words or len(words) > FRAME_WORDS or words[0].lower() not in _FRAME_SUBJECT or (verb_at(words) is None and not dating):
        return None
    verb = verb_at(words)
    abstract = verb is not None and words[verb - 1].lower().strip(",") in ABSTRACT_HEADS
    # "The building had been closed since 2019, when a fire destroyed the roof": a state since then
    state_since = "been" in (w.lower() for w in words) and re.search(r"\bsince\s*$", sentence[:timex_start]) is not None
    back = re.search(r"\b(?:dates|dated|date|goes|went|traces|traced)\s+back(?:\s+to)?$", frame.strip()) is not None
    if not abstract and not state_since and not back and not _frames_only(words):
        return None  # "The whole line opened on 27 September 1779, when …": the frame is a happening itself
    return _told_when(sentence, timex_end, m)


#: A colon right after the frame's date, then a clause of its own: "Our big news came in August: Ellie and
#: Marcus got engaged", "The turning point came on 3 May: the army crossed the river".
_COLON_AFTER = re.compile(r"^\s*:\s+(?=\w)")
#: Heads of a subject that announces news, as an abstract head names a state ("Our big news", "The highlight").
_NEWS_HEADS = frozenset("news highlight highlights surprise shock blow success triumph disaster".split())


def _told_after_a_colon(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """The clause after a colon that tells what a short frame only announced (see :data:`_COLON_AFTER`):
    the frame's subject names news or a turn of affairs and its verb only frames the time ("came",
    "was"); the happening is the colon's clause, which titles the date."""
    m = _COLON_AFTER.match(sentence[timex_end:])
    if m is None:
        return None
    frame = remove_expression(sentence[:timex_end], timex_start, timex_end)
    words = LEADING_JUNK.sub("", FRAMING.sub("", frame.strip())).split()
    verb = verb_at(words)
    if verb is None or verb == 0 or len(words) > FRAME_WORDS + 2 or words[verb].lower() not in FRAME_VERBS \
            or words[verb - 1].lower().strip(",") not in ABSTRACT_HEADS | _NEWS_HEADS:
        return None
    rest = sentence[timex_end + m.end():]
    _, right = clause_bounds(rest, 0, 0)
    told = rest[:right].strip().rstrip(".,;:")
    return told if len(re.findall(r"[A-Za-z]{2,}", told)) >= 3 and verb_at(told.split()) is not None else None


#: An adverb that says the frame's act did not take place: "The talks nearly collapsed", "The deal almost fell through".
_ALMOST = frozenset("nearly almost".split())
#: Particles that may close such a frame ("fell through", "came apart"): anything else after the verb is
#: an object, and "nearly doubled its sales" did happen.
_PARTICLES = frozenset("through apart over up down out off away under".split())
#: Superlatives opening a frame's subject: "The worst day in the station's history came on …", "The
#: earliest flood on record came in …": a time singled out, told by its "when" clause.
_SUPERLATIVES = frozenset(
    """worst best biggest largest greatest highest lowest deepest heaviest earliest longest shortest strongest
    wettest driest coldest hottest warmest darkest busiest quietest fiercest hardest toughest bloodiest
    deadliest costliest""".split()
)
#: Frame verbs that only mark a time's coming (not "was"/"were", which may open a passive).
_COMING = frozenset("came come comes began begun begins started starts".split())
#: Bare abstract subjects of a frame besides :data:`ABSTRACT_HEADS`: "Doubts began in May, when …".
_BARE_ABSTRACT = ABSTRACT_HEADS | frozenset("doubt doubts concern concerns worries fears suspicion suspicions".split())


def _did_not_happen(words: list[str]) -> bool:
    """Whether the frame tells an act that nearly took place and did not ("The talks nearly collapsed",
    "The deal almost fell through"): the dated happening is the "when" clause's."""
    verb = verb_at(words)
    if verb is None or words[verb - 1].lower() not in _ALMOST:
        return False
    return all(w.lower().strip(",") in _PARTICLES for w in words[verb + 1:])


def _superlative_frame(words: list[str]) -> bool:
    """Whether the frame is a superlative time's coming ("The worst day in the station's history
    came"), however long its subject: only its "when" clause tells what happened."""
    verb = verb_at(words)
    return verb is not None and verb == len(words) - 1 and words[verb].lower() in _COMING \
        and len(words) > 2 and words[0].lower() == "the" and words[1].lower() in _SUPERLATIVES


def _abstract_plain_frame(words: list[str]) -> bool:
    """Whether the frame is a bare abstract noun's start ("Doubts began", "Trouble started")."""
    return len(words) == 2 and words[0].lower() in _BARE_ABSTRACT and words[1].lower() in _COMING


def _frames_only(words: list[str]) -> bool:
    """Whether the frame's verb only frames a time or a state ("came", "was still small", "were
    thought lost"); "was"/"were" before a past participle is a passive happening of its own ("The leak
    was found in 2021, when a caretaker smelled gas": the finding is the dated happening)."""
    bare = [w.lower().strip(",") for w in words]
    for i, word in enumerate(bare[1:], 1):
        if word not in FRAME_VERBS:
            continue
        if word not in ("was", "were"):
            return True
        after = [w for w in bare[i + 1:] if w not in _FRAME_ADVERBS and not w.endswith("ly")]
        nxt = after[0] if after else ""
        if not (nxt and nxt not in FRAME_VERBS and (nxt in PARTICIPLES or present_of(nxt) is not None)):
            return True
    return False


def _told_when(sentence: str, timex_end: int, m: re.Match[str]) -> str | None:
    """The "when" clause after the date (``m`` its opening), as a title, or None when it is too short."""
    rest = sentence[timex_end + m.end():]
    _, right = clause_bounds(rest, 0, 0)
    told = rest[:right].strip().rstrip(".,;:")
    if len(re.findall(r"[A-Za-z]{2,}", told)) < 3:
        return None
    return told[:1].upper() + told[1:]


#: A state before a "when" clause: "Shamkhani was reportedly very hostile towards X when the two met
#: in Tehran in November": the subject, "was"/"were", adverbs, then an adjective (no participle, which
#: would tell a happening: "was elected when …").
_STATE_BEFORE_WHEN = re.compile(
    r"^\s*(?P<subject>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+(?:was|were|is|are|remained|seemed|appeared)\s+(?:(?:[a-z]+ly|very|so|too|still|quite|rather)\s+)*"
    r"(?!(?:[a-z]+ed|born|made|held|sent|given|taken|chosen|seen|shown|known|elected|killed)\b)[a-z]{3,}\b(?P<rest>[^,;:]*?)\s+when\s+(?=\S)"
)
_PAIR = re.compile(r"^(?:the|both)\s+(?:two|pair|men|women|leaders|sides)\b|^they\b", re.IGNORECASE)
_LAST_NAME_RUN = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*$")


#: A verb of telling or learning before a "that" clause: "The court heard that …", "Police said that …".
#: (A reader's knowledge framing the news is a telling too: "Regular readers will know that …", "You may recall that …".)
_TELLING_THAT = re.compile(
    # (whom it was told: "told reporters", "told the paper", "told the BBC", "told a local radio station")
    r"\b(?:told\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2})?[\w’'-]+|know|remember|recall|"
    + telling_forms(SAYING_VERBS, FORESEEING_VERBS, KNOWING_VERBS, TELLING_WITH_THAT_VERBS, present=True, without=("told",))
    + r")\s+that\s+"
)
_THAT_SUBJECT_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you|this|there|its|his|her|their|our|my)\b", re.IGNORECASE)
#: A telling that frames the sentence and holds the date: "In a statement issued late on Friday, the
#: ministry said …": the date is the telling's, and the happening is the main clause's.
DATED_TELLING_FRAME = re.compile(
    r"^\s*(?:In|At|During|Through)\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z]+\s+)?(?:statement|interview|letter|speech|"
    r"press\s+conference|news\s+conference|post|report|briefing|broadcast|message|address|tweet)\b[^,;]{0,80},\s+(?=\S)"
)


def inside_that_clause(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """ "The court heard that between 2016 and 2019 the company lost £340,000" -> the "that" clause:
    a date inside what was heard or said dates what was told, not the telling ("Rohani said on
    October 7 that …" dates the saying, and stays). Its subject must be named or described: a
    pronoun there ("he stole") is left to the sentence's own title."""
    found = [m for m in _TELLING_THAT.finditer(sentence, 0, timex_start)]
    if not found:
        return None
    m = found[-1]
    between = sentence[m.end():timex_start]
    if re.search(r"[;:]|,\s+(?:and|but)\s", between):
        return None  # another clause stands between the telling and the date
    told = sentence[m.end():]
    body = remove_expression(told, timex_start - m.end(), timex_end - m.end()).strip()
    body = LEADING_JUNK.sub("", body)
    owner = re.match(r"^(?:its|their)\s+(?=[a-z])", told, re.IGNORECASE)
    teller = re.sub(r"\s+(?:has|have|had)$", "", sentence[:m.start()].strip())
    if owner and verb_at(body.split()[:MAX_WORDS + 2]) is not None and 2 <= len(teller.split()) <= 4 \
            and verb_at(teller.split()) is None and re.match(r"^(?:The\s|[A-Z])", teller):
        # "The hospital trust has confirmed that its maternity unit will close": the teller's unit
        said = f"{teller}’s "
        return said + told[owner.end():], timex_start - m.end() - owner.end() + len(said), \
            timex_end - m.end() - owner.end() + len(said)
    if _THAT_SUBJECT_PRONOUN.match(body) or verb_at(body.split()[:MAX_WORDS + 2]) is None:
        return None
    return told[:1].upper() + told[1:], timex_start - m.end(), timex_end - m.end()


def state_then_when(sentence: str, timex_start: int, timex_end: int) -> tuple[str, int, int] | None:
    """ "Shamkhani was reportedly very hostile towards Jeremy Hunt when the two met in Tehran in
    November 2018" -> "Shamkhani and Jeremy Hunt met in Tehran …": the date sits in a "when" clause
    after a clause that tells a state, not a happening; the happening dated is the "when" clause's.
    Its "the two" or "they" are the state's subject and the last name told in it, its "he" or "she"
    the state's named subject. Returns the clause and the expression's offsets in it."""
    m = _STATE_BEFORE_WHEN.match(sentence)
    if m is None or m.end() > timex_start:
        return None
    told = sentence[m.end():]
    subject = m.group("subject")
    named = subject[:1].isupper() and subject.split()[0] not in ("The", "His", "Her", "Their")
    pair = _PAIR.match(told)
    single = re.match(r"^(?:he|she)\b", told, re.IGNORECASE)
    cut, said = 0, ""
    if pair:
        other = _LAST_NAME_RUN.search(m.group("rest"))
        if other is None or not named:
            return None
        cut, said = pair.end(), f"{short_name(subject)} and {short_name(other.group(1))}"
    elif single and named:
        cut, said = single.end(), short_name(subject)
    told = said + told[cut:]
    shift = m.end() + cut - len(said)
    return told[:1].upper() + told[1:], timex_start - shift, timex_end - shift


#: A report of the telling after what it tells: "…, organisers announced today", "…, officials said Wednesday".
_ATTRIBUTION = re.compile(
    r"^\s*((?:[A-Za-z][\w’'.-]*\s+){0,3}?[A-Za-z][\w’'.-]*)\s+(said|announced|confirmed|reported|added|wrote|told\s+reporters)\s*$"
)


#: Auxiliaries of a passive: before one, "added" or "reported" is what was done to the subject.
_PASSIVE_AUXILIARIES = frozenset("was were is are be been being".split())


def attributed(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """ "The festival will return this summer, organisers announced today" -> "Organisers announced the
    festival will return this summer": when the date is the telling's, a title of the teller alone
    ("Organisers announce") says nothing; it takes what was told, from the sentence's first clause. What
    was told is the title by itself when it is a past happening ("A pair of wolves has raised four
    pups, the agency said on Thursday"); a plan or an expectation stays the teller's announcement."""
    left, right = clause_bounds(sentence, timex_start, timex_end)
    if left == 0:
        return None
    m = _ATTRIBUTION.match(remove_expression(sentence[left:right], timex_start - left, timex_end - left).strip(" ,.;"))
    if m is None or m.group(1).split()[-1].lower() in _PASSIVE_AUXILIARIES:
        return None  # ("…, and an inshore lifeboat was added in 2019": a passive's act, no one's telling)
    head = DATELINE.sub("", LEADING_JUNK.sub("", sentence[:left]))
    _, first_end = clause_bounds(head, 0, 0)
    content = LEADING_JUNK.sub("", FRAMING.sub("", head[:first_end].strip(" ,;")))
    if len(content.split()) < 3:
        return None
    words = content.split()
    verb = verb_at(words[:MAX_WORDS + 1])
    if verb is not None and not re.search(r"\b(?:will|would|could|may|might|should|plans?|hopes?|expects?)\b",
                                          " ".join(words[:verb + 2]), re.IGNORECASE):
        return content  # a past happening reported: the happening is the title, its source is not
    if words[0] in ("The", "A", "An", "Part", "Its", "His", "Her", "Their", "This", "These", "Some", "More"):
        content = content[:1].lower() + content[1:]
    who = m.group(1)
    return f"{who[:1].upper() + who[1:]} {m.group(2)} {content}"


#: The writer learning of a happening: "I heard long afterwards that …", "We learned that …".
_WRITER_HEARD = re.compile(
    r"^(?:I|We|we)\s+(?:[a-z]+ly\s+|only\s+|later\s+)?(?:heard|hear|learned|learnt|learn|read|discovered|found\s+out|"
    r"was\s+told|were\s+told)\b[^,;\"“”]{0,40}?\bthat\s+(?=\S+\s+\S)"
)


def what_the_writer_heard(clause: str) -> str:
    """ "I heard long afterwards that she had died in Leeds" -> "she had died in Leeds": what a first-
    person writer heard, learned or read is the happening; the writer's hearing of it is not (and
    "I" names no one a reader knows)."""
    m = _WRITER_HEARD.match(clause)
    if not m:
        return clause
    rest = clause[m.end():]
    return rest if verb_at(rest.split()[:MAX_WORDS]) is not None else clause


#: A telling first, then what was told: "Soviet Foreign Ministry spokesman Yuri Gremitskikh said …",
#: "Residents say engineers warned the council in March 2019" (news tells a telling in the present too).
REPORTED_FIRST = re.compile(
    # (not after a be-form: "Armed men are said to have stopped a lorry", "The leaders were reported to have
    # met" tell hearsay of the subject's own act, no teller before a told clause)
    r"^(?:[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,7}?\s+(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"(?:(?:said|announced|reported|confirmed)\s+(?:that\s+)?"
    # (in the present, not before a pronoun, which may be the teller's own: "Jan says he sailed")
    r"|(?:says|say|reports|confirms)\s+(?:that\s+)?(?!(?:he|she|they|it|we|i|you)\b))(?=[A-Za-z])"
)
