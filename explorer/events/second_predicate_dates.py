"""A second date of a sentence told by a second predicate joined by "and" or "but", with a subject of
its own or the first one's: "The minister will travel to Geneva on 15 June and return on the 18th", "The
ballot opens on Saturday and closes at noon on Tuesday", "The authority opened a review in March 2022
and, after eighteen months, approved the merger in September 2023", "Three crossings will open on March
20, and trucks will be allowed through from April 1".

The title rules run the first clause on into the second ("The minister will travel to Geneva and
return") or title both dates from the first, so both dates get one title and fold into one event
(``one_happening.one_per_clause``): the second act is lost. Each date after the joint is its own act's:
titled from the predicate after the joint, with the first clause's subject (and its "will") when the
predicate has none of its own.
"""

from __future__ import annotations

import re
from typing import Sequence

from explorer.events.clauses import FINITE_VERB, subject_before
from explorer.events.happening_verbs import LIFE_STATE_VERBS, NOT_HAPPENING_VERBS, PASSIVES
from explorer.events.joined_clauses import STATE_PARTICIPLE
from explorer.events.modality import is_non_happening
from explorer.events.record import Event
from explorer.events.run_on_titles import SAID_OR_RELATIVE_BEFORE
from explorer.events.state_verbs import GOING_ON, OFFICES, PLACED, state_forms
from explorer.events.tense import IRREGULAR_PASTS, PARTICIPLE_FORMS, present_of

#: The joint before the second predicate: "and" or "but" (perhaps after a comma), perhaps an adverb of
#: sequence, perhaps an aside set off by commas ("and, after eighteen months, approved").
_JOINT = re.compile(r"(?:,\s+|\s+)(?P<word>and|but)(?:\s+|(?=,))(?:(?:then|later|also|finally|eventually|again)\s+)?"
                    r"(?:,?\s*(?:after|within|over|in|following)\s+[^,;:.()]{3,40},\s*)?(?=[A-Za-z])")
#: "between" and a few words right before the joint: "and" pairs the two sides of a noun phrase ("the
#: agreement between Velmar and Ostry collapsed"), opening no predicate.
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$")
#: In the first clause, a modal or a plan before its verb, which the bare verb after the joint shares.
_MODAL = re.compile(r"\b(?P<modal>will|would|(?:is|are)\s+(?:due\s+)?to|(?:plans|plan|expects|expect)\s+to)\s+"
                    r"(?:(?:then|also|first)\s+)?[a-z]{2,}\b")
#: Words that open no predicate: a determiner, a pronoun, a preposition, a number word or a conjunction.
_NOT_A_VERB = frozenset("""the a an his her its their our my your this that these those he she it they we i you
    in on at by for from with to of into onto over under after before during until since then also again
    not no never one two three four five six seven eight nine ten some many all both each every other
    another more most less such so as than or nor yet only just even still""".split())
#: What ends the second predicate after its date.
_AFTER_BARE_VERB = frozenset("the a an its his her their our on at in from to into for up down out off with by".split())
#: A date that bounds a stretch rather than dates an act: "and taught at her old institute until 1955".
_BOUND_BEFORE_DATE = re.compile(r"\b(?:until|till|through|throughout|since)\s+(?:(?:early|late|mid)\s+)?$", re.IGNORECASE)
#: A verb of a state a life or a stay is told by ("taught", "lived", "remained"), perhaps after an adverb.
_STATE_VERB = re.compile(rf"(?:[a-z]+ly\s+)?(?:{LIFE_STATE_VERBS}|"
                         rf"{state_forms(GOING_ON + PLACED + OFFICES + ('run', 'keep', 'live'), past=True)})\b")
_DETERMINERS = frozenset("the a an his her its their our my this that these those".split())
_CLAUSE_END = re.compile(r"[;:()—–.!?]|,\s+(?:and|but|while|when|which|who|after|before)\s|\s+(?:and|but)\s+(?=[a-z]+(?:ed|s)\b)")
#: Bare verbs of a state or a saying after a modal: "will remain", "will say".
_BARE_STATES = frozenset(state_forms(GOING_ON + ("seem", "keep"), bare=True).split("|")) | frozenset(
    "be have need say tell think know hope want expect".split())
_PAST_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PASTS})\b")
#: After a second predicate's "was" or "were", a participle of something done to the subject, not of a
#: state it was in (:data:`~explorer.events.joined_clauses.STATE_PARTICIPLE`, "was closed" as "shut" is
#: left to it too): "and was wound up by the courts two years later", "but was driven out on 24 June".
_DONE_PARTICIPLE = re.compile(rf"(?!(?:{STATE_PARTICIPLE}|{NOT_HAPPENING_VERBS}|closed|open|born)$)(?:[a-z]{{3,}}ed|{PARTICIPLE_FORMS}|{IRREGULAR_PASTS})")
_NO_ACT = re.compile(rf"^(?:{NOT_HAPPENING_VERBS})$")


#: The words opening a sentence before its first verb (a finite verb, a modal or an "-s" present): its subject.
#: (Not :func:`~explorer.events.act_series.opening_subject`, which is given its verb and takes any five words
#: before it: here the verb is found, so the subject's shape is what tells it; read through that function,
#: "They came back three times before Christmas and signed …" gave "They came back three" as a subject.)
_OPENING_SUBJECT = re.compile(
    r"^\s*(?:(?:First|Second|Third|Then|Later|Meanwhile|Now|So),\s+)?"
    r"(?P<subject>(?:(?-i:The|A|An|His|Her|Its|Their|Our)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}|"
    r"(?-i:he|she|they|we|He|She|They|We))\s+)(?:will|would|is|are|was|were|has|have|had|[a-z]{3,}(?:ed|s))\b")


def _opening_subject(text: str) -> str | None:
    m = _OPENING_SUBJECT.match(text)
    return m.group("subject").strip() if m else None


def _shared_verb(word: str, shared_title: str, modal: bool, next_word: str | None = None, past_before: bool = False) -> bool:
    """Whether ``word``, right after the joint, is a verb sharing the first clause's subject: a past we
    know, "was"/"were", a present the run-on title already tells ("… opens and closes"), or a bare verb
    after a first clause's modal."""
    low = word.lower()
    if low in _NOT_A_VERB or not low.isalpha() or word[:1].isupper() or low.endswith(("ly", "ing")):
        return False
    if low in ("was", "were") or present_of(low) is not None:
        return True
    if re.search(rf"\band\s+{re.escape(low)}\b", shared_title.lower()) and low.endswith("s") and not past_before:
        return True  # (a present: only where no past verb tells the first clause, "retracted a paper by Ortiz and colleagues")
    # (a bare word is no sure verb: only before a determiner, a preposition, a particle or a name, "and
    # return on the 18th", "and reach Oslo", not "and full services")
    return modal and (next_word is None or next_word[:1].isupper() or next_word.lower() in _AFTER_BARE_VERB)


def second_predicate_titles(members: Sequence[Event]) -> dict[int, str]:
    """For events of one sentence and one title (indexes into ``members``), the title of each whose date
    follows a joint and a second predicate after another member's date (see the module), or none."""
    from explorer.events.titles import make_title

    order = sorted(range(len(members)), key=lambda i: members[i].timex_start)
    out: dict[int, str] = {}
    for prev, i in zip(order, order[1:]):
        e, p = members[i], members[prev]
        if not e.timex or not p.timex:
            continue
        sentence = e.sentence
        lo, at = p.timex_end - e.sentence_start, e.timex_start - e.sentence_start
        joints = list(_JOINT.finditer(sentence, lo, at))
        if not joints:
            if prev in out:
                out[i] = out[prev]  # "closes at noon on Tuesday": both dates of the second predicate
            continue
        joint = joints[-1]
        clause_start = joint.end()
        if _BOUND_BEFORE_DATE.search(sentence, 0, at) and _STATE_VERB.match(sentence, clause_start) \
                or SAID_OR_RELATIVE_BEFORE.search(sentence, 0, joint.start()):
            continue  # "and taught there until 1955": a state's end; "said the storm … and moved": what was said
        if re.search(r"[;:()—–]", sentence[clause_start:at]) or sentence[clause_start:at].count(",") > 0:
            continue
        if _BETWEEN_BEFORE.search(sentence, 0, joint.start()):
            continue  # "The agreement between Velmar and Ostry collapsed in 2017": a pair in a noun phrase
        if _listed_subjects_before(sentence, lo, joint.start()):
            continue  # "After repairs last spring, the library, the museum and the pool reopened": one list
        words = sentence[clause_start:at].split()
        if not words:
            continue  # "on Saturday and Sunday": a list of dates
        end = at + len(e.timex)
        tail_end = _CLAUSE_END.search(sentence, end)
        stop = min([tail_end.start() if tail_end else len(sentence)]
                   + [m.timex_start - e.sentence_start for m in members if m.timex and m.timex_start - e.sentence_start >= end])
        tail = re.sub(r"\s+(?:on|in|at|by|from|during)\s*$", "", sentence[end:stop])
        clause = sentence[clause_start:at]
        modal = _MODAL.search(sentence, 0, joint.start())
        low = words[0].lower()
        # (a gapped phrase days apart is one happening told to two parties, as the gold reads "go on sale
        # to members on 12 March and to the public a week later"; months or years apart, two happenings)
        apart = e.begin is not None and p.begin is not None and abs(e.begin.toordinal() - p.begin.toordinal()) > 31
        gapped = _gapped_title(e.title, low) if len(words) >= 2 and apart else None
        if gapped is not None:
            out[i] = gapped  # "was elected to the city council in 1978 and to parliament five years later"
            continue
        # (a passive's "was" opens the subject's own second predicate, not a subject of its own: "stopped its
        # payments on 2 September 1921 and was wound up by the courts two years later")
        own_subject = low not in ("was", "were") and (words[0][:1].isupper() or words[0][:1].isdigit() or low in _DETERMINERS or (
            len(words) > 1 and re.fullmatch(rf"will|would|was|were|is|are|has|have|had|[a-z]{{3,}}ed|{IRREGULAR_PASTS}", words[1])))
        if not own_subject and _shared_verb(words[0], e.title, modal is not None, words[1] if len(words) > 1 else None,
                                                  _PAST_VERB.search(sentence, 0, joint.start()) is not None):
            if low in ("was", "were"):
                if len(words) < 2 or not (_DONE_PARTICIPLE.fullmatch(words[1].lower())
                                          or re.match(rf"(?:{PASSIVES})\b", " ".join(words[1:]).lower())):
                    continue  # "and was closed to traffic", "and was known as …": a state, not a step
            elif (low in _BARE_STATES) if modal is not None and not low.endswith(("ed", "s")) else _NO_ACT.match(low):
                continue  # "and remained closed in June", "and will stay shut until May": a state
            subject = subject_before(sentence, joint.start()) or _opening_subject(sentence[:joint.start()])
            if not subject or subject.split()[0].lower() in ("it", "this", "that", "there", "which", "who"):
                continue
            subject = re.sub(r"(?:\s+(?:will|would|is|are|was|were|due|to))+$", "", subject)  # "The plant will"
            lead = f"{subject} " + (f"{modal.group('modal')} " if modal and present_of(low) is None
                                    and low not in ("was", "were") and not low.endswith("s") else "")
        else:
            # a subject of its own, then its finite verb or a modal and its verb, before the date
            # (or a present right before the date's preposition: "and the count begins at 10pm")
            verb = FINITE_VERB.search(clause) or re.search(r"(?<=\s)[a-z]{3,}s(?=\s+(?:at|on|in|from|by)?\s*$)", clause)
            if verb is None or verb.start() == 0 or len(clause[:verb.start()].split()) > 5 \
                    or not re.match(r"(?:the|a|an|his|her|its|their|[A-Z]|[a-z]+s\b|\d)", clause):
                continue
            lead = ""
            clause = clause[:1].upper() + clause[1:]
        told = f"{lead}{clause}"
        told = told if told.endswith(" ") else told + " "
        title = make_title(told + e.timex + tail, len(told), len(told) + len(e.timex))
        if title and title != e.title and not is_non_happening(title):
            out[i] = title
    return out


#: An item of a list of noun phrases: a determiner, a count or a name, then up to four more words.
_LIST_ITEM = re.compile(r"(?:(?:the|a|an|his|her|its|their|our|my|two|three|four|five|six|several|\d+)\s+|(?-i:[A-Z]))[\w’'-]*(?:\s+[\w’'-]+){0,4}", re.IGNORECASE)


def _listed_subjects_before(sentence: str, date_end: int, joint: int) -> bool:
    """Whether the "and" at ``joint`` closes a list of subjects that starts after the first date, with no
    verb before it in the sentence: "After repairs last spring, the library, the museum and the pool
    reopened in June" has one predicate, whose subject is the whole list, not a second predicate "the pool
    reopened". Two items or more before the "and", each a noun phrase set off by commas ("On Friday, the
    festival opens and the fair closes on Sunday" has one, and a predicate each)."""
    if FINITE_VERB.search(sentence, 0, joint):
        return False
    items = [item.strip() for item in sentence[date_end:joint].split(",")]
    if items and not items[0]:
        items = items[1:]
    return len(items) >= 2 and all(_LIST_ITEM.fullmatch(item) for item in items)


#: Prepositions a gapped second predicate may open with: "and to parliament five years later".
_GAPPED_PREPOSITIONS = frozenset("to as for into onto from in at".split())


def _gapped_title(title: str, word: str) -> str | None:
    """The title of a second predicate told without its verb ("Reisz was elected to the city council in
    1978 and to parliament five years later"): the run-on title's words before the first phrase of the
    same preposition, then the gapped phrase ("Reisz is elected to parliament"), or None."""
    if word not in _GAPPED_PREPOSITIONS:
        return None
    joint = title.rfind(f" and {word} ")
    first = title.find(f" {word} ")
    if joint <= 0 or not 0 < first < joint or len(title[:first].split()) < 2:
        return None
    return title[:first] + title[joint + len(" and"):]


def title_before_the_joint(title: str) -> str:
    """The first act's title ended before the second predicate it ran on into, at its last "and" or
    "but" ("The minister will travel to Geneva and return" → "The minister will travel to Geneva"), when
    at least three words stay."""
    joints = list(re.finditer(r",?\s+(?:and|but)\s+", title))
    if not joints or len(title[:joints[-1].start()].split()) < 3:
        return title
    return title[:joints[-1].start()]
