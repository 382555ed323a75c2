"""A series of one subject's acts: "The driver climbed out through a window and swam to the far bank",
"The captain rejected the take-off, selected full reverse thrust and braked hard", "We roped up for the
narrow section, then ran out of water and filled our bottles at a spring".

Why a module of its own: the joined-clause patterns (:mod:`explorer.events.joined_clauses`) read a
second verb as an act only when its complement shows it (an object, a move to a place), because a
verb joined to a state or a measure more often tells a manner or a figure ("and settled quickly",
"and rose by 4%"). Joined to an act of the same subject, in a chain of past verbs, the verb is one
step of a told sequence whatever its complement: the chain itself is the signal. Readers list each
step, the first one too (readable gold: such chains in narratives, reports, diaries and statements
by many writers list every step).
"""

from __future__ import annotations

import re

from explorer.events.happening_verbs import (COMPASS_MOVE, DECISION, LIFE_STATE_VERBS, LIGHT_VERBS, MEASURE_VERBS,
                                             NOT_HAPPENING_VERBS, OBJECT_AFTER, PAST_FORMS)
from explorer.events.tense import PARTICIPLE_FORMS
from explorer.number_words import spelled

#: Past verbs of a state or a stretch: "became", "began", "seemed", and a life's occupations
#: (:data:`~explorer.events.happening_verbs.LIFE_STATE_VERBS`), which tell a stretch, not a step.
STATE_VERBS = rf"became|began|started|seemed|used|spent|{LIFE_STATE_VERBS}"
# (Light verbs, :data:`~explorer.events.happening_verbs.LIGHT_VERBS`, are no step of a chain either; opening
# a chain they tell a move or a deed as any verb does: "Ames made peace with the hill people and opened a
# trading post".)

#: A figure after a verb of measure: "rose 4 percent", "fell by a third", "climbed to 3.2%".
_FIGURE_AFTER = re.compile(r"\s+(?:(?:by|to|from|about|around|some|nearly|almost|more\s+than)\s+)?(?:[\d£$€]|a\s+(?:third|quarter|half|fifth)|"
                           r"(?:" + spelled(1, 10) + r"|" + spelled(20, 50) + r")\s+(?:percent|per\s+cent|points?)|"
                           r"sharply|steadily|slightly|steeply|strongly|modestly)")

_PAST = rf"(?:(?:[a-z]+-)?[a-z]{{3,}}ed|{PAST_FORMS})"
#: Adverbs that may stand between a joint and its step's verb.
_STEP_ADVERB = r"(?:later\s+|also\s+|finally\s+|promptly\s+|quickly\s+|immediately\s+|eventually\s+|then\s+)?"

#: A present perfect's "has" or "have" before a step's participle, perhaps with an adverb of its own.
_STEP_PERFECT = r"(?:has|have)\s+(?:now\s+|also\s+|since\s+|already\s+)?"

#: A rough count of things or people after a step's verb: "stole about forty tools", "drowned some 200
#: sheep", "encrypted nearly 4,000 computers" (not a length of time or a measure: "waited about two hours";
#: nor a floor, "more than", "over", "at least", which more often tells a tally: "and has sold more than
#: 400,000 units", "and carried more than 600,000 passengers in 2019"; nor a rate: "built about 3,000
#: bicycles a year").
_ROUGH_COUNT_AFTER = (r"(?=\s+(?:about|around|some|nearly|almost|roughly)\s+"
                      r"(?:\d[\d,]*|" + spelled(2, 12) + r"|(?:" + spelled(20, 90) + r")(?:-[a-z]+)?|dozens|hundreds|thousands)"
                      r"(?:\s+(?:hundred|thousand|million))?"
                      r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|points?|percent|per\s+cent|miles?|"
                      r"metres?|meters?|kilometres?|kilometers?|feet|yards?|times)\b)\s+[a-z]"
                      r"(?![^,;.]*?\b(?:a|per|each|every)\s+(?:day|week|month|year|season|night)\b))")

#: What may follow a step of a chain: an object (:data:`OBJECT_AFTER`), a pronoun, a particle or a
#: preposition of a move or a party, a manner adverb, or the clause's end. Not "in", "by" or "with",
#: which after an "-ed" word more often open a participle's aside ("covered in oil", "armed with
#: rifles", "injured by a falling beam"), nor "that", which opens what was found or said.
_STEP_COMPLEMENT = (
    rf"(?:{OBJECT_AFTER}|{_ROUGH_COUNT_AFTER}|(?=\s+(?:it|them|him|her|us|me|our|my|your|herself|himself|themselves|itself|myself|ourselves|"
    r"to|into|onto|on|off|out|up|down|back|away|home|through|across|along|around|round|over|past|toward|towards|"
    rf"at|for|from|under|behind|aside|inside|outside|near|again|briefly|hard|fast|{COMPASS_MOVE}|"
    r"(?!(?:only|early|nearly|family|likely)\b)[a-z]{3,}ly)\b)|(?=\s*(?:[.;!?]|,|\s+and\b|$)))"
)

#: A later step of a chain of one subject's acts: a past verb right after "and", "then", ", then",
#: ", and" or a listing comma. A listing comma must be followed by another step joined by "and" further
#: on, as in any list ("…, selected full reverse thrust and braked hard"); else a comma before an
#: "-ed" word more often opens an aside ("found the swan on the towpath, covered in heating oil").
#: After a listed step (a comma before it, another step joined by "and" after it), any word but one
#: that opens a participle's aside or what was said: the list shows the verb is a step ("…, found high
#: levels of chromium and …", "…, selected full reverse thrust and …").
_LISTED_COMPLEMENT = r"(?=\s+(?!(?:in|by|with|that|as|of|and|or)\b)[a-z£$€\d])"

#: A step that begins an activity: "began flushing the pipes", "started teaching chemistry", "began to
#: limewash the courts". "Began" alone tells a stretch (:data:`STATE_VERBS`: "and began a long decline");
#: with the activity after it, it is the activity's first step, which readers list (readable and opened
#: gold: 9 of 13 such steps after "and" hold an event).
_BEGUN_ACTIVITY = r"(?:began|started)(?=\s+(?:(?!(?:nothing|something|everything|during|morning|evening|being)\b)[a-z]{3,}ing|to\s+(?!(?:be|feel|seem|look|wonder|worry|think|hope)\b)[a-z]{3,})\b)"
#: "Added" with a thing after it, not what was said: "replaced the kitchen and added a bar", "and added two
#: extra crossings" (readable and opened gold: 11 of 16 "added a …" clauses hold an event). Not a word of
#: a saying after it ("added a warning") nor "the" (which may open what was said: "and added the council
#: would …").
_ADDED_THING = (r"added(?=\s+(?:a|an|another|extra|new|" + spelled(2, 12) + r"|\d[\d,]*)\s+"
                r"(?!(?:warning|note|comment|caveat|word|remark|plea|proviso|footnote)\b)[a-z])")

SERIES_STEP = re.compile(
    r"(?:(?<![,;])\s+and\s+(?:then\s+)?|,\s+and\s+(?:then\s+)?|,\s+then\s+|"
    # (a listed step: its group "listed" is set)
    rf",\s+(?={_STEP_ADVERB}{_PAST}\b[^.;:,]{{0,80}}(?:,\s+{_PAST}\b[^.;:,]{{0,80}})*,?\s+and\s+{_STEP_ADVERB}{_PAST}\b)(?P<listed>))"
    rf"{_STEP_ADVERB}"
    # (a step in the present perfect with its own "has" or "have", its participle irregular too: "opened
    # a helpline on 19 October and has written to 3,000 homes"; not a state, "and has been", "and has had")
    rf"(?P<perfect>{_STEP_PERFECT}(?!(?:been|become|had|got)\b))?"
    # (a decision is a step whatever follows: "met … on 6 March, and agreed to set up a working group")
    # (so is the start of an activity, "and began flushing the pipes", and a thing added, "and added a bar")
    rf"(?P<verb>{DECISION}|{_BEGUN_ACTIVITY}|{_ADDED_THING}|"
    rf"(?!(?:{NOT_HAPPENING_VERBS}|{STATE_VERBS}|{LIGHT_VERBS})\b)(?:{_PAST}|(?(perfect)(?:{PARTICIPLE_FORMS})|(?!))))\b"
    rf"(?:(?<=began)|(?<=started)|(?(listed){_LISTED_COMPLEMENT}|{_STEP_COMPLEMENT}))"
    # (not a stretch told to its end, "and taught there until 1955", nor a pair of "-ed" words set off by
    # commas, which describes what was just told: "His letter arrived, creased and stained, and said …")
    r"(?!(?:(?!\band\b)[^,;.])*\b(?:until|till)\b)(?!\s+and\s+[a-z]{3,}ed\s*,)"
)

#: The start of a step before a later one: its past verb, perhaps after an adverb, at the start of the
#: stretch between two joints.
_STEP_START = re.compile(rf"\s*(?:(?:and|then)\s+)?(?:[a-z]+ly\s+|then\s+|later\s+|also\s+)?(?P<verb>{_PAST})\b")
#: The joints of a chain: "and", "then" or a comma.
_JOINT = re.compile(r"\s+and\s+(?:then\s+)?|,\s+(?:(?:and\s+)?then\s+|and\s+)?")
#: A lone "-ed" word after a comma, right before the joint of a step: with the step itself a lone word
#: before a comma, the two describe what was just told ("arrived in December, creased and stained, and …").
_ASIDE_PAIR = re.compile(r",\s+[a-z]{3,}ed$")
#: Right before an "-ed" word that qualifies a noun: a determiner, or a past verb whose object it opens.
_QUALIFIER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|no|"
                               r"(?:[a-z]+-)?[a-z]{3,}ed)\s+$")
_PAST_WORD = re.compile(rf"\b{_PAST}\b")
_NOT_AN_ACT = re.compile(rf"(?:{NOT_HAPPENING_VERBS}|{STATE_VERBS})")
#: An auxiliary right before a past form: a passive or a pluperfect ("was arrested", "had lost"), whose
#: chain the joined-clause patterns read with their own tense. Not a present perfect's "has" or "have":
#: "The hospital has cancelled 300 operations and diverted ambulances" is a chain of two acts, told as news.
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|had|would|could|will|did)\s+(?:[a-z]+ly\s+)?$")


def opening_verb(sentence: str, at: int) -> tuple[int, int] | None:
    """Where the opening act of the chain a step at ``at`` (its verb's offset) belongs to is told: the
    last past verb of the stretch before the chain's later steps, which must be an act in the active
    (not a state, a saying or a measure, nor a passive or a perfect). None when the step follows no act
    of a chain: the stretch before it opens with a state ("She lived in Paris, taught French and wrote
    novels") or holds no verb, or the sentence opens with a bare verb (a diary's "Marched to the farm
    and relieved …", whose subject the text never names). A relative aside about the subject ("The
    mediators, who had hosted the talks, suspended them and returned home") is no step: the verb after
    it opens the chain."""
    joints = [m for m in _JOINT.finditer(sentence, 0, at) if m.end() <= at]
    if not joints or not re.fullmatch(f"{_STEP_ADVERB}(?:{_STEP_PERFECT})?", sentence[joints[-1].end():at]):
        return None
    end = joints[-1].start()
    if _ASIDE_PAIR.search(sentence, 0, end) and re.match(r"[\w-]+\s*,", sentence[at:]):
        return None  # "His letter arrived, creased and stained, and said …": a pair of "-ed" words describing
    walked_back: re.Match[str] | None = None  # the verb of the last earlier step walked over
    while True:
        joints = [m for m in _JOINT.finditer(sentence, 0, end) if m.end() <= end]
        start = joints[-1].end() if joints else 0
        if _RELATIVE_ASIDE.match(sentence, start):
            if walked_back is None and joints and sentence[end:end + 1] == "," and start > 0 \
                    and not _SAID_IN_ASIDE.search(sentence, start, end):
                # an aside about the object, closed by its comma right before the step: "cracked the
                # lining, which engineers had repaired in 2019, and destroyed its cables", "lent it to the
                # museum, where it was cleaned in 1903, and then sold it": the chain goes on before it
                end = joints[-1].start()
                continue
            # the stretch is an aside about the subject: the step after it is the chain's opening verb
            return _as_opening(sentence, walked_back, at) if walked_back else None
        step = _STEP_START.match(sentence, start)
        if step is not None and step.end() <= end:
            if _NOT_AN_ACT.fullmatch(step.group("verb")) or not joints:
                return None
            walked_back = _PAST_WORD.match(sentence, step.start("verb"))
            end = joints[-1].start()  # an earlier step of the chain: go on back
            continue
        # (an "-ed" word after a determiner or right after a verb qualifies a noun: "delivered bottled water")
        pasts = [m for m in _PAST_WORD.finditer(sentence, start, end) if not _QUALIFIER_BEFORE.search(sentence, start, m.start())]
        if not pasts:
            if not joints:
                return None
            end = joints[-1].start()  # a list of nouns in a step's object ("the till, the stock and …")
            continue
        return _as_opening(sentence, pasts[-1], at)


#: A saying inside an aside: what follows it is what was said, not the chain's step.
_SAID_IN_ASIDE = re.compile(r"\b(?:said|says|told|added|stated|announced)\b")
#: A relative pronoun opening a stretch between commas: an aside about the noun before it.
_RELATIVE_ASIDE = re.compile(r"\s*(?:who|whom|whose|which|where)\b")


def _as_opening(sentence: str, verb: re.Match[str], at: int) -> tuple[int, int] | None:
    """``verb`` as the opening act of the chain whose step is at ``at``, or None when it tells no act or
    the two tell a measure's moves."""
    step_verb = _PAST_WORD.match(sentence, at)
    if step_verb and re.fullmatch(MEASURE_VERBS, step_verb.group()) and (
            not re.match(OBJECT_AFTER, sentence[step_verb.end():]) or _FIGURE_AFTER.match(sentence, step_verb.end())
            or re.fullmatch(MEASURE_VERBS, verb.group())):
        # "Prices fell and rose 3 percent", "merged … and rose into the top 30", "formed … and strengthened
        # rapidly": a measure's moves or a rank, not steps of an act; with an object of its own the verb
        # acts on something ("counter-attacked, drove the raiders out and recovered the post")
        return None
    # (a verb of measure opens a chain of acts when someone did it: "The driver climbed out through a
    # window and swam …"; with a figure after it, "Shares rose 4 percent and closed higher", it is a measure)
    if _NOT_AN_ACT.fullmatch(verb.group()) or \
            re.fullmatch(MEASURE_VERBS, verb.group()) and _FIGURE_AFTER.match(sentence, verb.end()) or \
            _AUXILIARY_BEFORE.search(sentence, 0, verb.start()):
        return None
    return verb.start(), verb.end()


#: A present perfect's "has" or "have" right before a verb (perhaps with an adverb).
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+|since\s+|now\s+|also\s+)?$")
#: A perfect of counting or meeting with a count of ten or more, or a share of a group told before: "The
#: network has recorded 212 aftershocks", "Our teams have reached 17 of them", "She has won eleven caps",
#: "The helpline has answered 3,400 calls". A running total of many acts so far, each on a day of its own,
#: not one happening. (A small count, "The coastguard has rescued two walkers", "has opened three rest
#: centres", is one act; "has cut 300 jobs" is no counting verb, and stays.)
PERFECT_COUNT = re.compile(
    r"\s*(?:(?:now|already|also|so\s+far)\s+)?(?:recorded|registered|counted|logged|reached|treated|served|"
    r"answered|handled|screened|tested|won|scored|played|made|visited|welcomed|received)\s+"
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|some|about|around)\s+)?"
    r"(?:(?:\d{1,3}(?:,\d{3})+|[1-9]\d+|" + spelled(10, 19) + r"|" + spelled(20, 90) + r"|hundreds|thousands)"
    r"\s+(?:[\w-]+\s+){0,3}?[a-z]+s\b|(?:\d+|" + spelled(2, 12) + r")\s+of\s+(?:them|those|these)\b)",
    re.IGNORECASE)
#: After a step's verb, what a perfect tells no act by: nothing (the clause ends) or a sum of money.
_BARE_OR_SUM = re.compile(r"\s*(?:[.;!?,]|$)|\s+(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?[£$€]")


def perfect_without_act(sentence: str, opening_start: int, step_start: int, step_end: int) -> bool:
    """Whether a chain told in the present perfect (its opening verb's "has", or the step's own) tells a
    change of state or a running total rather than a step: a step with nothing after it ("The street has
    emptied and refilled") or a sum of money after it ("opened in 2023 and has paid £96 million to 41
    councils": the total to date, not one payment), or a count so far (:data:`PERFECT_COUNT`: "joined the
    club in 2019 and has won eleven caps")."""
    perfect = _PERFECT_BEFORE.search(sentence, 0, opening_start) or _PERFECT_BEFORE.search(sentence, 0, step_start)
    return perfect is not None and (_BARE_OR_SUM.match(sentence, step_end) is not None
                                    or PERFECT_COUNT.match(sentence, step_start) is not None)


#: The subject of a chain's opening verb: a name, a noun phrase with its determiner, a bare plural or a
#: personal pronoun, up to five words, right before the verb (after any opening phrase and its comma).
_OPENING_SUBJECT = re.compile(
    # (a present perfect's "has" is no part of it: "The hospital has cancelled …")
    r"(?:^|,\s+)(?P<subject>(?:(?-i:[A-Z])[\w’'-]*|(?-i:he|she|they|we))(?:\s+[\w’'-]+){0,4}?)\s+(?:(?:has|have)\s+)?(?:[a-z]+ly\s+|then\s+)?$")


def opening_subject(sentence: str, verb_start: int) -> str | None:
    """Who did the opening act of a chain whose verb starts at ``verb_start`` ("A Company
    counter-attacked, drove …" -> "A Company"), when the clause patterns find no subject; None when no
    short subject stands right before the verb."""
    m = _OPENING_SUBJECT.search(sentence, 0, verb_start)
    if m is None or re.search(r"\b(?:who|which|that|when|where|while|if|because|after|before|as)\b", m.group("subject"), re.I):
        return None
    words = m.group("subject").split()
    if len(words) > 1 and words[-1] in ("I", "he", "she", "they"):
        # "In 1942 she tested wells …, and trained …": a pronoun after a phrase of time is the subject ("we"
        # is left: a campaign's "we" is then read as its body, where readers keep "we")
        return words[-1]
    return m.group("subject")
