"""The happening told inside a subordinate clause of time: "…, when the new bridge opened", "… until the
ambulance reached the car park", "…, two years after the line had been electrified", "Before the
helicopter arrived, two members splinted his leg".

Why: a reader lists the clause's act as well as the main clause's (issue 12, recall). The rules beside
this one read such a clause only for some of its words and shapes: an "after" clause whose verb acts on
an object (:mod:`explorer.events.after_clauses`), a trailing clause of an undated sentence whose verb is
not one of the common ones (:mod:`explorer.events.trailing_time_clauses`), an opening "When" clause
(:mod:`explorer.events.when_openings`). A clause of time has a grammar of its own, whatever its words:
a subordinator of time, a subject and a finite past verb. This module reads that grammar once for every
subordinator ("after", "before", "when", "once", "as soon as", "until", with "shortly", "soon" or "just"
before it) and every past form: a plain past, with or without an object ("the polls closed", "the
chairman retired"), a passive ("the hut was flooded") and a pluperfect, active or passive ("after the
line had been electrified").

Its date is the main clause's, ordered by its word (:mod:`explorer.events.clause_order`): an "after"
clause's happening is no later than the main clause's, a "before" or "until" clause's no earlier, and a
"when", "once" or "as soon as" clause's shares its time.

Guards: a plan or a condition is no happening. Only a past verb is read, so "when the new road opens",
"after it is repaired", "when the grant arrives" give nothing, and neither does a clause of "if" or a
modal ("would", "will"). A pronoun's clause ("when he came home", "until they were sure") more often sets
the scene than tells an act, and is left out, as are a state, a saying, a thought, a measure's move and a
becoming (:data:`~explorer.events.happening_verbs.NOT_HAPPENING_VERBS` and its kin). A clause asked or
known about ("asked when the council voted", "knew when the train left") is no clause of time. General
English only: nothing here knows a name, place or date of any text.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from explorer.events.after_clauses import clause_act_title
from explorer.events.clause_order import AFTER_MARK, BEFORE_MARK, FRAMED_MARK
from explorer.events.happening_verbs import ACTS_WITHOUT_OBJECT, LIFE_STATE_VERBS, MEASURE_VERBS, NOT_HAPPENING_VERBS, PAST_FORMS
from explorer.events.joined_clauses import STATE_PARTICIPLE
from explorer.events.occurrences import Occurrence, inside_quotation
from explorer.events.tense import PARTICIPLE_FORMS
from explorer.number_words import spelled

#: The subordinators of time this module reads, each with an adverb of nearness it may take.
_WORD = (r"(?:(?:just|shortly|soon|immediately|not\s+long|long)\s+)?"
         r"(?P<word>after|before|when|once|as\s+soon\s+as|until|till)")

#: A word of a subject's noun phrase: not a joint, an auxiliary, a relative pronoun or a verb's mark.
_SUBJECT_WORD = (r"(?!(?:and|but|or|was|were|is|are|had|has|have|been|be|that|which|who|whom|whose|will|would|could|"
                 r"should|might|may|can|did|does|do|not|never|then|it|he|she|they|we|still|also|now|already|only|just|"
                 r"once|first|later|often|always|usually|by|in|on|at|to|from|with)\b)[\w’'-]+")

#: The clause's subject: a noun phrase opened by a determiner or a count ("the new bridge", "two of its
#: four ships", "the roof of the grain store"), a name or a name's noun ("Ed Lomax", "Corran's captain"),
#: or a bare plural of people or things ("patrollers", "floods"); never a pronoun (see the guards above).
_SUBJECT = (
    r"(?P<subject>(?:(?:the|a|an|his|her|its|their|our|my|this|that|these|those|several|some|both|" + spelled(2, 12) + r"|\d{1,3}(?:,\d{3})*)\s+"
    rf"(?:{_SUBJECT_WORD}\s+){{0,3}}?{_SUBJECT_WORD}"
    rf"(?:\s+of\s+(?:(?:the|a|an|his|her|its|their|our|my)\s+)?(?:{_SUBJECT_WORD}\s+){{0,2}}?{_SUBJECT_WORD})?|"
    r"(?!(?:I|It|This|That|There|These|Those|He|She|They|We|You|If|Then)\b)(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}"
    r"(?:[’']s\s+(?-i:[a-z]{3,}))?|"
    r"(?!(?:years|months|weeks|days|hours|minutes|decades|times|things|others|prices|sales|costs|rates|levels|"
    r"numbers|figures|talks|this|thus|news|its|his|was|has|is|as|us|yes|less|unless|always|perhaps|towards|afterwards)\b)"
    r"(?-i:[a-z]{3,}(?<!ss)s|[a-z]*men))\s+)"
)

#: A past that tells no happening of its own in a clause of time: a state, a saying, a thought, a
#: measure's move, a becoming or a light verb.
_NO_ACT = (rf"(?:{NOT_HAPPENING_VERBS}|{LIFE_STATE_VERBS}|{MEASURE_VERBS}|been|became|got|went|came|made|took|gave|"
           # (a breakdown or a fall told as the cause, "after a coach broke down", which readers leave out)
           r"needed|seemed|happened|occurred|lasted|existed|broke\s+down|fell|ran(?!\s+aground))")

#: A past spelt as its noun or its present ("after a power cut", "after the second set", "when the
#: rain let up"): read as a verb only before an object's determiner ("after the council cut the grant").
_SAME_AS_NOUN = r"(?:cut|set|put|hit|let|shut|spread|cast|cost|hurt|quit|split|bid|burst|read|fit|rid|shed|upset|broadcast)"

#: The acts that are happenings with no object and nothing after them: a flight, a surrender, a
#: resignation, a wreck (:data:`~explorer.events.happening_verbs.ACTS_WITHOUT_OBJECT`), a collapse or a
#: blast. A bare "when the shop opened", "before the storm arrived", "after the keepers left", "when the
#: contract expired" (a place's opening or closing among them) more often tells the time of the main
#: clause's act than a happening a reader lists
#: (opened and readable gold, session 58: 5 such clauses held an event, 11 did not).
_BARE_ACTS = (rf"(?!(?:closed|reopened|opened|shut)\b)(?:{ACTS_WITHOUT_OBJECT}|collapsed|exploded|erupted|crashed|retired|died|abdicated|"
              r"(?:was|were|had\s+been)\s+[a-z]+)")

#: The clause's finite past: a passive ("was flooded", "were crushed"), a pluperfect, active or passive
#: ("had gone", "had been electrified"), or a plain past with or without an object ("closed", "set off
#: controlled slides"); what follows it is an object, a preposition, an adverb or the clause's end.
_VERB = (
    r"(?:(?:first|finally|suddenly|eventually|later|also|again)\s+)?"
    r"(?P<verb>"
    rf"(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?!(?:{STATE_PARTICIPLE}|born|not|no|still|now|also)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS})|"
    rf"had\s+(?!(?:been|had|not|no)\b)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS})|"
    rf"(?!{_NO_ACT}\b)(?:[a-z]{{3,}}ed|{PAST_FORMS}))\b"
    # (then the clause's end, or any word but a saying's or a thought's "that": "promised new funds",
    # "ran aground", "voted against the plan")
    r"(?=\s*[,.;:)\"”]|\s*$|\s+(?!that\b)[\w£$€])"
)

#: A clause of time after its sentence's main clause, a comma or a word before it: "…, when the new
#: bridge opened", "… until the ambulance reached the car park". Not after a word that asks or knows
#: ("asked when the council voted", "unclear when the train left"): no time clause but an object.
_TRAILING = re.compile(
    r"(?<=[\w,’'\"”)])(?<!\bask)(?<!\basked)(?<!\bknow)(?<!\bknew)(?<!\bknown)(?<!\bwonder)(?<!\bwondered)"
    r"(?<!\bremember)(?<!\bremembered)(?<!\brecall)(?<!\brecalled)(?<!\bexplain)(?<!\bexplained)(?<!\bsure)"
    r"(?<!\bunclear)(?<!\bclear)(?<!\bsay)(?<!\bsaid)(?<!\btell)(?<!\btold)(?<!\bdecide)(?<!\bdecided)(?<!\bon)"
    r"(?<!\bnamed)(?<!\bcalled)(?<!\blooked)(?<!\bor)(?<!\bif)"
    r"\s+" + _WORD + r"\s+" + _SUBJECT + _VERB,
    re.IGNORECASE)

#: A clause of time opening its sentence, ended by a comma before the main clause: "Before the
#: helicopter arrived, two members splinted his leg", "Shortly after the exercise began, a call came in".
_OPENING = re.compile(r"^\W*(?:(?-i:And|But|Then)\s+)?" + _WORD + r"\s+" + _SUBJECT + _VERB + r"(?=[^,;:.]*,\s+\S)",
                      re.IGNORECASE)

#: A conditional or a plan in the words before the clause ("if the road is closed when the bridge
#: opened" is rare; "would sail as soon as the wind dropped" is a plan): the clause tells no happening.
_PLANNED_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|would|will|could|should|might|may|can|shall|plan(?:s|ned)?\s+to|"
                             r"intend(?:s|ed)?\s+to|expect(?:s|ed)?\s+to)\b[^.;]*$")


def _title(sentence: str, m: re.Match[str]) -> str | None:
    """The clause's headline: a pluperfect told as the act itself ("after the line had been electrified":
    "The line is electrified", "after her mate had gone": "Her mate goes"), else as
    :func:`~explorer.events.after_clauses.clause_act_title` tells a clause's act."""
    from explorer.events.tense import headline_tense, present_of
    from explorer.events.titles.finish import finish
    from explorer.events.titles.words import first_words
    from explorer.events.occurrences import continuation

    words = m.group("verb").split()
    if words[0].lower() != "had":
        return clause_act_title(sentence, m)
    rest = continuation(sentence, m.end("verb"), len(sentence))
    subject = m.group("subject").strip()
    subject = subject[:1].upper() + subject[1:]
    if words[1].lower() == "been":  # a passive: "The line was electrified" -> "The line is electrified"
        return finish(first_words(headline_tense(f"{subject} was {' '.join(words[2:])}") + f" {rest}"), words[-1])
    from explorer.events.tense import PARTICIPLES
    present = PARTICIPLES.get(words[1]) or present_of(words[1])
    return None if present is None else finish(first_words(f"{subject} {present} {rest}"), present)


#: Where a clause's words stop right after its verb: its end, or a joint opening another clause.
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:)\"”]|$)|\s+(?:and|but|or|when|while|before|after|until|as)\b")


def _reads_as_act(sentence: str, m: re.Match[str], opening: bool) -> bool:
    """Whether the clause's verb tells an act by what follows it: a past spelt as its noun takes a
    determiner's object (:data:`_SAME_AS_NOUN`), a bare past is no noun's participle ("an extension
    requested by angling clubs"), and a verb with nothing after it in a clause after the main one is one
    of :data:`_BARE_ACTS` (an ``opening`` clause is told for its own sake: "Once the water receded, …",
    "Before the helicopter arrived, …")."""
    verb = " ".join(m.group("verb").split())
    after = sentence[m.end("verb"):]
    if re.fullmatch(_SAME_AS_NOUN, verb, re.IGNORECASE) and not re.match(r"\s+(?:the|a|an|his|her|its|their|our|my)\s", after):
        return False
    if " " not in verb and verb.endswith("ed") and re.match(r"\s+by\b", after):
        return False
    if re.match(r"\s+to\s+be\b", after):
        return False  # "after the trustees decided to be cautious": a state decided on, no act
    return opening or not _NOTHING_AFTER.match(after) or re.fullmatch(_BARE_ACTS, verb, re.IGNORECASE) is not None


#: A main clause that only frames the time its "when" clause tells of: "The revival began in 2009, when
#: …", "The big news came in September, when …", "The war ended in 404 BC, when …", "It was the first
#: since 1998, when …", "was last closed in 2004, when …". A reader lists one happening there, which the
#: dated event already tells (opened and readable gold, session 58: 12 such clauses gave an extra event,
#: 1 a match).
_FRAMES_BEFORE = re.compile(
    r"\b(?:came|comes|began|begins|started|starts|ended|ends|reappear(?:s|ed)|dates|dated|goes\s+back|went\s+back|"
    r"(?:was|were|is|are)\s+(?:the|a|an|its|their|his|her|first|last|largest|worst|best|biggest)|last)\b[^;]*$",
    re.IGNORECASE)


def _mark(word: str) -> str:
    """How a clause's word orders its happening against the main clause's (see ``clause_order``)."""
    word = " ".join(word.lower().split())
    if word == "after":
        return AFTER_MARK
    if word in ("before", "until", "till"):
        return BEFORE_MARK
    return FRAMED_MARK


class TimeClauseAct(NamedTuple):
    """A clause of time's act: its verb, its headline ("The new bridge opens"), the derivation mark that
    orders it against the main clause, and where its clause opens in the sentence (its subordinator)."""

    occurrence: Occurrence
    title: str
    mark: str
    clause_start: int


def time_clause_acts(text: str, sentence_start: int, sentence_end: int,
                     opening: bool = True, trailing: bool = True) -> Iterator[TimeClauseAct]:
    """The acts told in the sentence's clauses of time (an opening one up to its comma, ``opening``;
    ones after the main clause, ``trailing``). Outside quotations; a clause after a word of condition or
    plan gives nothing."""
    sentence = text[sentence_start:sentence_end]
    found = []
    seen: set[int] = set()
    if opening and (m := _OPENING.match(sentence)) is not None:
        found.append(m)
    if trailing:
        found.extend(_TRAILING.finditer(sentence))
    for m in found:
        if inside_quotation(sentence[: m.start()]) or _PLANNED_BEFORE.search(sentence, 0, m.start("word")):
            continue
        if m.group("word").lower() == "when" and _FRAMES_BEFORE.search(sentence, 0, m.start("word")):
            continue  # "The revival began in 2009, when the council …": one happening, told by the dated event
        if m.start("verb") in seen or not _reads_as_act(sentence, m, m.re is _OPENING):
            continue  # ("Shortly after the siren sounded, …": the opening clause read once)
        seen.add(m.start("verb"))
        title = _title(sentence, m)
        if title is None:
            continue
        yield TimeClauseAct(Occurrence(sentence_start + m.start("verb"), sentence_start + m.end("verb"), m.group("verb")),
                            title, _mark(m.group("word")), m.start("word"))
