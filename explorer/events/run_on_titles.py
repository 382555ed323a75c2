"""A second act told inside a dated event's title: "Nadia Orrin returns to Kelby and relit the kiln",
"The enemy raids the left post and takes one prisoner", "Helen Ward grants the three bail and will
sentence them".

The title rules run a clause on to its next predicate when none of the joined-clause rules read that
predicate as an act of its own (its object is a count, a pronoun, a bare noun or a measure they leave
out). Gold readers list both acts; the title that runs on shows that the second predicate shares the
first one's subject and its sentence. The second becomes an event of its own at the same date, titled
from the sentence, and the first title ends before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.events.clauses import named_subject_before
from explorer.events.happening_verbs import HABIT_WORDS, NOT_HAPPENING_VERBS, OBJECT_AFTER
from explorer.events.joined_clauses import LASTING_OR_UP_TO, MEASURE_AFTER
from explorer.events.occurrences import continuation, inside_quotation
from explorer.events.record import Event
from explorer.events.state_verbs import GOING_ON, state_forms
from explorer.events.verb_series import tells_its_series
from explorer.number_words import spelled

#: A sentence's "and" or "but" before a verb (perhaps "will" and its verb): a predicate a title may run on into.
_JOINED_IN_SENTENCE = re.compile(
    r"(?:\s(?P<joint>and|but)|(?P<comma>,))\s+(?:then\s+|later\s+|also\s+)?(?P<will>will\s+)?(?P<verb>[a-z]{2,})\b")
#: After a listing comma, a past verb acting on something (an object or a pronoun): "Callder moves to the
#: mainland, married a teacher", "We scramble up the east ridge, reached the first summit", "raises rates,
#: then cut them"; not a participle describing what was just told ("arrives, creased", "dies, aged 84",
#: "receive £40, paid automatically").
_LISTED_OBJECT_AFTER = re.compile(rf"{OBJECT_AFTER}|(?=\s+(?:it|them|him|her)\b)")
_DESCRIBING_PARTICIPLES = re.compile(r"(?:aged|based|named|called|dubbed|known|nicknamed|titled|entitled|headed|"
                                     r"owned|backed|armed|dressed|priced|paid|bound|marked|led|made|built)$")
#: Before the joint, a verb of saying or a relative word: the verb after it goes on with what was said
#: ("said on 3 June that the plan had worked and praised …") or with someone else's clause ("…, who
#: surveyed the bridge and repaired …"), as the joined-clause rules read it (and ``second_predicate_dates``).
SAID_OR_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|whom|when|where|while|that|said|says|told|added|stated|announced)\b",
                                     re.IGNORECASE)
#: After a verb, a length of time: how long the first happening took, not a second act ("started in May
#: 2023 and took about a week", "and lasted two days").
_LENGTH_AFTER = re.compile(
    r"\s+(?:(?:about|around|nearly|almost|only|just|over|under|more\s+than|less\s+than|up\s+to)\s+)?"
    r"(?:a|an|one|a\s+few|several|many|" + spelled(2, 12) + r"|\d+)\s+(?:[a-z]+\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)\b")
#: After a verb, a stretch it went on for: "went on ringing birds", "went on until 1990".
_GOES_ON = re.compile(r"\s+on\s+(?:[a-z]+ing|until)\b")
_NOT_AN_ACT = re.compile(rf"(?:{NOT_HAPPENING_VERBS}|be|have|was|were|had|has|is|are)$")
#: A state going on after the act ("closed on 19 October and will remain shut until further notice",
#: "reopened on Monday and stayed open"): no second act, and none on the act's date; the title ends before it.
_STATE_GOES_ON = re.compile(rf"(?:{state_forms(GOING_ON, bare=True, present=True, past=True)})$")


def split_run_on_titles(events: list[Event], text: str) -> list[Event]:
    """``events`` with each run-on title's second act added as an event of its own (see the module)."""
    from explorer.events.tense import attributive_participle, headline_tense, present_of
    from explorer.events.titles.finish import finish
    from explorer.events.titles.words import first_words

    out: list[Event] = []
    for e in events:
        out.append(e)
        if not e.timex or " and " not in e.title and " but " not in e.title and ", " not in e.title:
            continue
        if tells_its_series(e):
            continue  # "The crusaders besiege, storm and sack the city": one act told by its series
        sentence = e.sentence
        title = e.title.lower()
        for told in _JOINED_IN_SENTENCE.finditer(sentence):
            verb = told.group("verb")
            present = present_of(verb)
            will = told.group("will") is not None
            if _STATE_GOES_ON.match(verb) and told.group("joint"):
                stays = re.search(rf" {told.group('joint')} (?:will )?(?:{re.escape(verb)}|{re.escape(present or verb)}|{re.escape((present or verb)[:-1])})\b", title)
                if stays is not None and len(e.title[:stays.start()].split()) >= 2:
                    out[-1] = replace(out[-1], title=e.title[:stays.start()])
                break
            if not (will or present is not None or verb.endswith("ed")) or _NOT_AN_ACT.match(verb):
                continue
            joint = told.group("joint")
            comma = told.group("comma") is not None
            if comma and (will or present is None or _DESCRIBING_PARTICIPLES.match(verb)
                          or not _LISTED_OBJECT_AFTER.match(sentence, told.end("verb"))):
                continue  # (a listed act: a past acting on something, see _LISTED_OBJECT_AFTER)
            # (a listed act with a date of its own after it is that date's event, "…, then cut them three
            # times in the spring of 2020": the title only ends before it)
            # (so is a joined act with a date of its own after it, "left at 9 a.m. and returned on Friday":
            # the Friday's event tells the return, and the 9 a.m. title ends before it)
            own_date = any(o.sentence_start == e.sentence_start and o.timex and o.id != e.id
                           and o.timex_start > e.sentence_start + told.start() for o in events)
            said = f"will {verb}" if will else verb
            # (as the title tells it: the past kept, or the present agreeing with its subject, "takes", "take")
            forms = {said} if will else {verb, *((present, present[:-1], present[:-2]) if present else ())}
            marker = r", (?:then |later |also )?" if comma else rf" {joint} (?:then |later |also )?"
            found = [m.start() for form in forms if form and (m := re.search(rf"{marker}{re.escape(form)}\b", title))]
            at = max(found, default=-1)
            if at < 0 or inside_quotation(sentence[:told.start()]) or SAID_OR_RELATIVE_BEFORE.search(sentence, 0, told.start()):
                continue
            after = told.end("verb")
            if LASTING_OR_UP_TO.match(sentence, after) or MEASURE_AFTER.match(sentence, after) or \
                    _GOES_ON.match(sentence, after) or _LENGTH_AFTER.match(sentence, after) or HABIT_WORDS.search(sentence, after):
                continue  # a stretch, a measure or a habit ("taught local children for almost a century")
            words = sentence[:told.start("verb")].split()
            if attributive_participle([*words, *sentence[told.start("verb"):].split()], len(words)):
                continue  # "tanks and armoured cars": a noun's adjective
            # (read on the act's own line: a dated heading above it, "Saturday 10 May", is no subject)
            line = sentence.rfind("\n", 0, told.start()) + 1
            subject = named_subject_before(sentence[line:], told.start() - line)
            if not subject or subject.split()[0].lower() in ("it", "this", "that", "there", "which", "who"):
                continue
            limit = len(sentence)
            date_at = e.timex_start - e.sentence_start
            if told.end("verb") < date_at < limit:
                limit = date_at  # "… and will sentence them on 12 June": the date is no part of the title
            rest = re.sub(r"\s+(?:on|in|at|by|from|during)$", "", continuation(sentence, told.end("verb"), limit))
            second = headline_tense(finish(first_words(f"{subject} {said} {rest}"), verb))
            first = e.title[:at]
            if will and not own_date and date_at > told.end("verb") and len(first.split()) >= 2:
                # "have been charged with robbery and will appear before magistrates on Thursday": the
                # date after the planned act is its day; the act before "and will" is done, told with no
                # date of its own (the point before its predicate keys it, as any undated act's word)
                done_at = e.sentence_start + sentence.find(subject) + len(subject) + 1
                out[-1] = replace(e, title=second, derivation=f"{e.derivation}; the act planned at it ({verb})")
                out.append(replace(e, id=f"{e.id.split('#')[0]}#u{done_at}", title=first, timex="",
                                   timex_start=done_at, timex_end=done_at, value="", mod=None, begin=None, end=None,
                                   certainty="undated", anchor=None,
                                   derivation=f"no date in the text: done before the act planned on {e.timex!r}"))
                break
            out[-1] = replace(out[-1], title=first) if len(first.split()) >= 3 else out[-1]
            if own_date:
                break
            out.append(replace(e, id=f"{e.id}+{told.start('verb')}", title=second,
                               derivation=f"{e.derivation}; a second act the title ran on into ({verb})"))
            break
    return _without_undated_twins(out)


def _without_undated_twins(events: list[Event]) -> list[Event]:
    """``events`` less an undated act that a second act split off a dated title tells again, in the same
    sentence and words ("Talks ran through the night on Wednesday and ended without agreement": the
    joined-clause rules read "ended" undated, the split reads it at the night's date; one happening)."""
    split = {(e.sentence_start, e.title.lower()) for e in events if "a second act the title ran on into" in e.derivation}
    if not split:
        return events
    return [e for e in events if e.timex or (e.sentence_start, e.title.lower()) not in split]
