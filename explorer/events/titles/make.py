"""The entry point: :func:`make_title` turns an event's sentence and date span into a headline.

It runs the steps in order (choose the clause, take the dates out, find the subject and who acted,
name a pronoun, cut and finish) and tries the fallbacks when a step leaves a fragment: a bare date, a
dangling opener, a title equal to another date's. The steps live in the sibling modules; the order
and the checks between them live here.
"""

from __future__ import annotations

import re
import threading
from typing import Sequence

from explorer.events.foreign_sentences import foreign_title, is_foreign
from explorer.events.clauses import subject_follows
from explorer.events.subject_phrases import opening_phrase_subject_start
from explorer.events.names import NAME_PARTICLE, PERSON_ROLES, agent_name, short_name, without_office
from explorer.events.tense import IRREGULAR_PASTS, plural_agent, plural_present, plural_without_s, present_of, third_person
from explorer.events.said_what import is_bare_saying, said_content, said_happening_start
from explorer.events.modality import is_absence, is_failure_to_act, is_non_happening
from explorer.events.states import is_state
from explorer.events.titles.gapped_objects import gapped_object_title
from explorer.events.titles.gapped_subjects import gapped_subject_sentence
from explorer.events.titles.said import teller_for_pronoun, told_happening_start, whole_told
from explorer.events.titles.passive_agents import with_passive_agent
from explorer.events.titles.subordinate_present import subordinate_in_present
from explorer.events.titles.opening_pronoun import name_opening_pronoun
from explorer.events.titles.named_subjects import named_subject
from explorer.events.titles.asides_of import told_by_relative, told_by_who, without_relative_of, without_who_aside
from explorer.events.titles.clefts import cleft_clause_start
from explorer.events.titles.cut_phrases import whole_last_phrase
from explorer.events.titles.evidence_frames import evidence_told_start
from explorer.events.titles.counts import count_named
from explorer.events.titles.apposed_names import name_in_apposition
from explorer.events.titles.office_asides import without_office_aside
from explorer.events.titles.closing_relatives import closing_cut
from explorer.events.titles.past_participle_asides import without_past_participle_aside
from explorer.events.titles.dashes import without_dash_aside
from explorer.events.titles.dated_subordinate import subordinate_start
from explorer.events.titles.where_clauses import where_clause
from explorer.events.titles.shared_subjects import with_shared_subject
from explorer.events.titles.subject_relatives import (
    closing_relative_title, contact_relative_title, object_relative_title, relative_subject_title,
)
from explorer.events.titles.page_furniture import furniture_end
from explorer.events.titles.length import comma_inside_phrase, subject_aside_before_late_verb
from explorer.events.titles.pointers import caused_act_start, causative_retold, demonstrative_as_article, participial_opener_end, what_it_led_to
from explorer.events.titles.relatives import without_subject_clause
from explorer.events.titles.reduced_relatives import OFF, relative_span
from explorer.events.titles.words import MAX_WORDS, FINITE, TRAILING_JUNK, without_dangling_word
from explorer.events.titles.entry_labels import label_end
from explorer.events.titles.object_participles import object_participle
from explorer.events.titles.greetings import greeted_clause
from explorer.events.titles.finish import finish, is_verb, present_verb_at, shorter_subject, that_clause, verb_at
from explorer.events.titles.without_dates import drop_others, remove_expression
from explorer.events.opening_time_clauses import opening_clause_stop
from explorer.events.titles.adverb_openers import past_the_adverb
from explorer.events.titles.achieved import past_of
from explorer.events.titles.pronouns import (
    AGE_DESCRIPTION, NAME_SUBJECT, OPENER_POSSESSIVE, last_sentences, last_full_name, person_described, person_for,
)
from explorer.events.titles.interview_answers import first_person_named, interviewee_for_i
from explorer.events.titles.subjects import (
    COMMA_BEFORE_PRESENT, COMMA_BEFORE_VERB, ENTRY_DATE, PARTICIPLE_PRESENT, PASSIVE_VERBS,
    POSSESSIVE_APPOSITION, POSSESSIVE_ROLE_NAME, QUANTIFIER_ASIDE, REDUCED_PASSIVE, active_for_named_agent,
    career_entry_subject, compact_subject, opens_a_series_of_acts, without_participle_aside, without_bare_participle_phrase, without_prepositional_aside, diary_subject, name_for_role, nominal_event, participle_aside, participle_subject,
    past_the_opener, relative_clause, without_appositive, without_listing_aside,
    without_subject_aside,
)
from explorer.events.titles.clause_choice import (
    BORN_ASIDE, DATELINE, FRAMING, LEADING_JUNK, clause_around, dates_marking_breaks, has_verb, own_clause, with_its_day,
    subjects_verb,
)
from explorer.events.titles.framed_clauses import (
    DATED_TELLING_FRAME, REPORTED_FIRST, attributed, inside_that_clause, state_then_when, what_the_writer_heard,
    when_clause,
)
from explorer.events.titles.noun_clauses import NOUN_PARTICIPLE_WAS, dated_participle_opener, told_of_a_noun


_TRAILING_SUBORDINATE = re.compile(
    r"(?:,\s+when|,?\s+(?:as|because|although|though|while|whereas|until))\s+"  # "when" after a comma only:
    # without one, its clause often holds the date ("followed the rule when he stepped down (1880)")
    r"(?=(?:the|a|an|its|his|her|their|this|these)\s|(?!(?:he|she|it|they|we|i|you)\s)[a-z]+\s+(?:[a-z]+ed|was|were|is|are|had|has)\b)(?!.*[,;])"
)
#: The subject and verb of such a clause: a determiner's noun phrase, or one bare lower-case noun ("as
#: snow blocked the roads"), then a verb in the past or an auxiliary ("when a storm surge is expected").
_SUBJECT_AND_VERB = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|this|these)\s+(?:(?!(?:of|in|on|at|for|from|by|with|to)\b)[\w’'-]+\s+){0,3}?"
    r"|(?!(?:he|she|it|they|we|i|you)\s)[a-z]+\s+)"
    r"(?:[a-z]+ed|was|were|is|are|has|had|" + IRREGULAR_PASTS + r")\b"
)
#: A person's age beside their name or after the happening: "Harold Finch, 72, a surveyor", ", aged 91".
_AGE = re.compile(r",\s+(?:aged\s+)?\d{1,3}(?=,(?!\d))|,\s+aged\s+\d{1,3}\b")  # not "fighting, 30,000 soldiers"
#: A sentence opening on a short noun phrase narrowed by "that" and its own past verb: "The storm that
#: flooded the valley …", "A bell that hung in the tower …".
_THAT_SUBJECT = re.compile(r"^(?:(?:The|A|An|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){0,3}?"
                           # (or a bare plural opening the sentence: "Heavy rains that began on 2 August caused …")
                           r"|[A-Z][a-z’'-]*(?:\s+[a-z][\w’'-]*){0,2}?s\s+|[A-Z][a-z’'-]+s\s+)"
                           r"that\s+(?:[a-z]+ed|" + IRREGULAR_PASTS + r")\b")
_PARENTHESES = re.compile(r"\s*(?:\([^()]{0,80}\)|\[[^\[\]]{0,10}\])")
_SUBJECT_COMMA = re.compile(r"^(?!(?:Across|Throughout|Around|Near|Outside|Inside|Along|Beyond)\s)"
                            r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}),\s+(?=[a-z])")  # (not a place phrase: "Across Ostland, farmers …")
#: A speaker's label opening an interview's answer: "A: We rebuilt it", "Q: And the ferry?", "QUIST: …".
_SPEAKER = re.compile(r"^(?:[QA]|[A-Z]{2,20})\s*[:.]\s+(?=[A-Z])")


def without_dangling(text: str) -> str:
    """``text`` without the words a cut leaves dangling at its end ("… had lost half its contracts since")."""
    while True:
        shorter = TRAILING_JUNK.sub("", without_dangling_word(text))
        if shorter == text:
            return text
        text = shorter


def _kept_alike(title: str, other: str, before_date: str) -> bool:
    """Whether the event filters (``explorer.events.modality``, read off the title) judge ``other`` as
    they judge ``title``: which events exist is theirs to say, and a title made whole must not drop or
    keep an event by the words it added ("… says Iraq did not have …" read as a negated happening)."""
    def verdict(text: str) -> tuple[bool, bool, bool]:
        return is_non_happening(text), is_state(text, before_date), is_absence(text, before_date)
    return verdict(title) == verdict(other)


def _dated_inside(opener: str, sentence: str, timex_start: int) -> bool:
    """Whether the date stands in the opening phrase ("Despite his remarks over the weekend, …").

    Only then is the phrase the happening; "Despite his threats, Lind signed the deal on 5 March"
    dates the signing, and the opener is mere framing.
    """
    at = sentence.lower().find(opener.strip().lower())
    if at < 0:
        return True  # the opener was rewritten on the way: keep the reading that names the phrase
    comma = sentence.find(",", at)
    return at <= timex_start and (comma < 0 or timex_start < comma)


class _Nesting(threading.local):
    """Where :func:`make_title` stands in its own calls, per thread (titles are made in whichever thread
    extracts): ``depth``, how deep (the steps title a part of the sentence by it); ``active_relative``,
    above zero while a relative clause whose "that" was taken out is titled."""

    depth = 0
    active_relative = 0


_NESTING = _Nesting()


#: A notice's opening formula: "Notice is hereby given that", "NOTICE IS GIVEN that", "We hereby give notice that".
#: A list's bullet opening the sentence that the title rules do not take for punctuation ("•", "·", "▪",
#: "*"; a hyphen or a dash they already leave out).
_LEADING_BULLET = re.compile(r"[ \t]*[\u2022\u00b7\u25aa\u25cf*][ \t]+(?=\S)")
_NOTICE_FORMULA = re.compile(r"\s*(?:(?:public )?notice is (?:hereby )?given|(?:I|we) (?:do )?(?:hereby )?give notice)\s+that\s+(?=\S)",
                             re.IGNORECASE)


def make_title(sentence: str, timex_start: int, timex_end: int, context: str = "",
               others: Sequence[tuple[int, int]] = ()) -> str:
    """A title for the event whose expression sits at [timex_start, timex_end) of ``sentence``; a bare
    "X says" takes what X said after the date (see ``explorer.events.said_what``). A cut that left a
    noun phrase without its head ("… into the small") is made whole last (``cut_phrases``). A
    Russian, Ukrainian or Greek sentence, which no English step reads, is titled by
    ``foreign_sentences.foreign_title``."""
    if is_foreign(sentence):
        return foreign_title(sentence, timex_start, timex_end, others)
    stop = opening_clause_stop(sentence) if timex_end > timex_start else None
    if stop is not None and timex_end <= stop:
        # "When the museum closed in 1994 the bell was moved": the comma a writer left out after an opening
        # clause of time is put back, so that the two clauses are titled as they are with it (for the
        # opening clause's date, which ends it; a later date's clause is found as it was)
        # (a span's end at the clause's end stays before the comma; what starts after it moves on by one)
        def moved(a: int, b: int) -> tuple[int, int]:
            return (a + 1 if a > stop or a == stop < b else a), (b + 1 if b > stop else b)
        return make_title(f"{sentence[:stop]},{sentence[stop:]}", *moved(timex_start, timex_end), context,
                          [moved(a, b) for a, b in others])
    bullet = _LEADING_BULLET.match(sentence)
    if bullet is not None and bullet.end() <= timex_start or bullet is not None and timex_end == timex_start == 0:
        # "• 14 Oct: Rain begins over the catchment": a list's bullet is no word of the title ("•: Rain …")
        cut = bullet.end()
        return make_title(sentence[cut:], max(0, timex_start - cut), max(0, timex_end - cut), context,
                          [(a - cut, b - cut) for a, b in others if a >= cut])
    notice = _NOTICE_FORMULA.match(sentence)
    if notice is not None and notice.end() <= timex_start:
        # "Notice is hereby given that the company … was struck off on 5 May": the notice's formula
        # frames what it gives notice of, whose title that is
        cut = notice.end()
        return make_title(sentence[cut:], timex_start - cut, timex_end - cut, context,
                          [(a - cut, b - cut) for a, b in others if a >= cut])
    gapped = gapped_subject_sentence(sentence, timex_start, timex_end, others) \
        if timex_end > timex_start and not _NESTING.depth else None
    if gapped is not None:
        # "Anna took the silver in 2019, and Tom the bronze in 2021": the verbless clause is titled as the
        # sentence it stands for ("Tom takes the bronze")
        return make_title(gapped[0], gapped[1], gapped[2], context)
    closing = closing_cut(sentence, timex_start) if timex_end > timex_start else None
    if closing is not None:
        # "Drivers voted for strikes in a ballot that closed on 20 February": the vote is the happening
        return make_title(sentence[:closing] + ".", 0, 0, context)
    narrowing = relative_subject_title(sentence, timex_start, timex_end) if not _NESTING.depth else None
    # ("She sold the car she bought in 2019": a contact relative's own act, "She buys the car")
    narrowing = narrowing or (contact_relative_title(sentence, timex_start, timex_end) if not _NESTING.depth else None)
    # ("… to replace the bridge, which engineers closed in February": a closing relative's own act)
    narrowing = narrowing or (closing_relative_title(sentence, timex_start, timex_end) if not _NESTING.depth else None)
    # ("Police have named the man who died in the crash last night", "… the case of Margaret Lyle, a teacher
    # who vanished in 1994": the relative's own act, see subject_relatives)
    narrowing = narrowing or (object_relative_title(sentence, timex_start, timex_end) if not _NESTING.depth else None)
    if narrowing is not None:
        # "The house that its owner sold in 1990 was pulled down": the date is the relative's own act
        # ("The owner sells the house"); "The rumour that the minister had resigned in March proved false":
        # the told clause's ("The minister resigns"), see subject_relatives; a pronoun opening it named as
        # any title's is ("the plan it announced in May" -> "It announces the plan" -> "The firm announces …"),
        # a person's from the sentences before only: the main clause's subject is often another ("Wren uses
        # the version she published")
        person = re.match(r"(?:He|She)\s", narrowing) is not None
        return name_opening_pronoun(narrowing, sentence, "" if person else sentence[:timex_start], context)
    relative = relative_span(sentence, verb_at)
    inside = relative is not None and relative[1] <= timex_start and timex_end <= relative[2]
    if inside and not _NESTING.active_relative and relative[3]:
        # "Tests on samples collected over the winter confirmed …": a reduced relative after a phrase's
        # noun tells of that noun ("Samples are collected"), not of the subject's head
        last = _phrase_noun(relative[0], sentence[relative[1]:])
        if last is not None:
            relative = (last, *relative[1:3], False)
    if inside and not _NESTING.active_relative and not relative[3]:
        # "A man arrested in March over thefts will appear …": the date's happening is the relative's
        # own, told in the passive ("A man is arrested over thefts")
        noun, start, end, _ = relative
        told = remove_expression(sentence[start:end], timex_start - start, timex_end - start).strip()
        head = noun.split()[-1]
        be = "are" if head.endswith("s") and not head.endswith("ss") or plural_without_s(head.lower()) else "is"
        return finish(f"{noun} {be} {told}".split(), sentence[timex_start:timex_end])
    _NESTING.depth += 1
    OFF.count += inside  # "A panda that escaped on Friday has been found": the relative's verb is active
    try:
        title = _title_steps(sentence, timex_start, timex_end, context, others)
    finally:
        _NESTING.depth -= 1
        OFF.count -= inside
    if _NESTING.depth:
        return title  # a step's own call on a part of the sentence: the caller's title is made whole
    whole = whole_last_phrase(title, sentence, [(timex_start, timex_end), *others])
    title = whole if whole != title and _kept_alike(title, whole, sentence[:timex_start]) else title
    # "The fire is put out" -> "The fire is put out by the crew": who acted, as the sentence names them
    agented = with_passive_agent(title, remove_expression(sentence, timex_start, timex_end) if timex_end > timex_start else sentence)
    title = agented if agented != title and _kept_alike(title, agented, sentence[:timex_start]) else title
    # "Investors lose their savings when the company collapsed" -> "… when the company collapses": one tense
    present = subordinate_in_present(title)
    title = present if present != title and _kept_alike(title, present, sentence[:timex_start]) else title
    # "We lose our first son and our second" -> "We lose our second son": the gapped object the date tells
    return gapped_object_title(title, sentence[:timex_start]) if timex_end > timex_start else title


#: Prepositions whose noun a reduced relative after it describes: "tests on samples collected …".
_PHRASE_PREPOSITIONS = frozenset("of on in from at with for about".split())


def _phrase_noun(subject: str, relative: str) -> str | None:
    """The noun of the subject's last phrase, capitalised as a title opens ("Genetic tests on droppings"
    -> "Droppings"), when the relative after it is reduced (no "that", "which", "who") and that phrase is
    one to three lower-case words; else None."""
    if re.match(r"(?:that|which|who)\b", relative):
        return None
    words = subject.split()
    at = max((i for i, w in enumerate(words) if w.lower() in _PHRASE_PREPOSITIONS), default=-1)
    phrase = words[at + 1:]
    if at < 1 or not 1 <= len(phrase) <= 3 or not all(w.isalpha() and w.islower() for w in phrase):
        return None
    text = " ".join(phrase)
    return text[:1].upper() + text[1:]


def _title_steps(sentence: str, timex_start: int, timex_end: int, context: str = "",
                 others: Sequence[tuple[int, int]] = ()) -> str:
    """:func:`make_title`'s steps, before the last phrase is made whole."""
    # "Three banks — A, B and C — agreed …": the aside between dashes is skipped, as a reader does
    sentence = without_dash_aside(sentence, [(timex_start, timex_end), *others])
    restricted = _THAT_SUBJECT.match(sentence) and without_subject_clause(sentence, timex_start, timex_end)
    if restricted:
        # "The bridge that carried the railway collapsed in 1907": "that" opens the subject's own clause,
        # not a clause the date stands in (the reading "a venture that collapsed in 2020" takes)
        told, start, end = restricted
        shift = timex_start - start  # the sentence's other dates past the cut, at their new offsets
        _NESTING.active_relative += 1  # its "that" gone, the relative reads as a reduced one: its verb is active
        try:
            return make_title(told, start, end, context,
                              [(a - shift, b - shift) for a, b in others if told[max(0, a - shift):b - shift] == sentence[a:b] != ""])
        finally:
            _NESTING.active_relative -= 1
    where = where_clause(sentence, timex_start, timex_end)
    if where is not None:
        # "…, where a paper mill was fined in 2023 for …": the happening of the place, told by its own clause
        at, stop = where
        return make_title(sentence[at:stop], timex_start - at, timex_end - at, context + " " + sentence[:at],
                          [(a - at, b - at) for a, b in others if at <= a and b <= stop])
    if timex_end > timex_start:
        # "The fraud, for which Ann Voss was jailed in 2010, …", "X was among three who resigned on Monday"
        retold = told_by_relative(sentence, timex_start, timex_end) or told_by_who(sentence, timex_start, timex_end)
        if retold is not None:
            return make_title(*retold, context=context)
        # (an undated event's title, made at its predicate, keeps the aside: the rules reading "X, who …,
        # died" find X by it, past a dateline's leftovers)
        if not _TELLING_BEFORE.search(sentence[:timex_start]):
            # (nor does a date of the telling after it: "X, who …, died in a fall, his family said on Sunday")
            sentence = without_who_aside(sentence, [(timex_start, timex_end)])
    sentence = without_relative_of(sentence, [(timex_start, timex_end)])
    subject_at = opening_phrase_subject_start(sentence)
    if subject_at is not None and (timex_end <= timex_start or timex_start >= subject_at
                                   and not re.match(r"\s*,\s*when\b", sentence[timex_end:])):
        # "During her captaincy the club signed a deal" (no date, or one after the subject): the opening
        # phrase of time is no part of the happening's title ("The club signs a deal"); a date the
        # opening phrase holds is the rules' below, and so is one a "when" clause after it tells
        # ("During the war the castle was held until March 1646, when …": what happened then)
        return make_title(sentence[subject_at:], max(0, timex_start - subject_at), max(0, timex_end - subject_at),
                          context + " " + sentence[:subject_at], [(a - subject_at, b - subject_at) for a, b in others if a >= subject_at])
    furniture = furniture_end(sentence, timex_start, timex_end)
    if furniture and timex_start >= furniture:
        # "date 2019-03-06 HARBOURTOWN: The ferry operator on Wednesday …", "> I queued from 6 AM …": a
        # page's stamp, dateline or quote marks are no part of the story's title. (The stamp's own date
        # keeps its title: titled as the story, its event took the story's place with the stamp's day.)
        return make_title(sentence[furniture:], timex_start - furniture, timex_end - furniture,
                          context + " " + sentence[:furniture],
                          [(a - furniture, b - furniture) for a, b in others if a >= furniture])
    undated = timex_end <= timex_start
    dateline = DATELINE.match(sentence)
    # (an undated act's sentence keeps its page furniture and its dateline here)
    page = furniture if furniture and undated else dateline.end() if dateline and timex_start >= dateline.end() or dateline and undated else 0
    opener = participial_opener_end(sentence[page:])
    opener = None if opener is None else opener + page
    after_date = _participle_after_date(sentence, timex_start, timex_end) if opener is None and not undated else None
    if after_date is not None:
        # "In August, frustrated at the reports, Trotsky authorized …": the date's clause is the one
        # the phrase after the date leads into
        told = make_title(sentence[after_date:], 0, 0, context + " " + sentence[:after_date],
                          [(a - after_date, b - after_date) for a, b in others if a >= after_date])
        if len(told.split()) >= 3:
            return told
    if opener is not None and (undated or timex_start >= opener):
        # "Tired of being sidelined, the astronaut is leaving …", "Not wanting to surrender, the captain
        # sailed …": a phrase that opens the sentence without the date tells no one's act; the happening
        # is the clause it leads into (a date inside the phrase is the phrase's: see below)
        told = make_title(sentence[opener:], max(0, timex_start - opener), max(0, timex_end - opener),
                          context + " " + sentence[:opener], [(a - opener, b - opener) for a, b in others if a >= opener])
        if len(told.split()) >= 2:
            return told
    caused = caused_act_start(sentence, timex_start) if timex_end > timex_start else None
    if caused is not None and sentence[:caused] != "This ":
        # "… a report that persuaded the government to ban tanker washing in 1977": the ban, by the one persuaded
        told = "This " + sentence[caused:]
        shift = caused - len("This ")
        return make_title(told, timex_start - shift, timex_end - shift, context + " " + sentence[:caused],
                          [(a - shift, b - shift) for a, b in others if a >= caused])
    cleft = cleft_clause_start(sentence, timex_start, timex_end)
    if cleft is not None:
        # "I think it was like 6 AM on Monday when the barriers came down": what came at that time
        return make_title(sentence[cleft:], 0, 0, context + " " + sentence[:cleft],
                          [(a - cleft, b - cleft) for a, b in others if a >= cleft])
    seen = _what_the_time_saw(sentence, timex_start, timex_end)
    if seen:
        return seen
    main = _main_clause_after_a_failure(sentence, timex_start, timex_end, context)
    if main is not None:
        return main
    opening = _opening_clause_of_its_own(sentence, timex_start, timex_end, context)
    if opening is not None:
        return opening
    inner = subordinate_start(sentence, timex_start, timex_end, others)
    if inner is not None:
        # "… the busiest year since the country joined the Arctic Council in 2011": the dated clause's
        return make_title(sentence[inner:], timex_start - inner, timex_end - inner, context + " " + sentence[:inner],
                          [(a - inner, b - inner) for a, b in others if a >= inner])
    shown = evidence_told_start(sentence)
    if shown is not None:
        # "The figures showed the jobless rate fell to 4 percent", "We learned that the agency has …":
        # what the thing shows is the happening (see ``evidence_frames``)
        inside = timex_start >= shown
        told = make_title(sentence[shown:], timex_start - shown if inside else 0, timex_end - shown if inside else 0,
                          context + " " + sentence[:shown], [(a - shown, b - shown) for a, b in others if a >= shown])
        if len(told.split()) >= 3 and _kept_alike(told, told, ""):
            return told
    told_news = told_happening_start(sentence, timex_start if timex_end > timex_start else None)
    if told_news is not None:
        # "The board announced on Tuesday that its chief executive, Colm Reddan, had resigned" ->
        # "Colm Reddan resigns": the told act is the happening (see ``said.told_happening_start``)
        told_at, told_verb = told_news
        inside = timex_start >= told_at
        told = make_title(sentence[told_at:], timex_start - told_at if inside else 0,
                          timex_end - told_at if inside else 0, context + sentence[:told_at])
        forms = {told_verb, present_of(told_verb), plural_present(present_of(told_verb) or told_verb)}
        told = teller_for_pronoun(told, sentence[:told_at]) or told  # "The miller said … that he had repaired …"
        if re.match(r"(?:he|she|they|it)\s", sentence[told_at:], re.IGNORECASE):
            # "The company said on Friday that it had cut 400 jobs": a pronoun that agrees with the teller
            # is the teller, whoever the sentences before name ("the mayor" of the last sentence is no "it")
            alone = make_title(sentence[told_at:], timex_start - told_at if inside else 0,
                               timex_end - told_at if inside else 0, "")
            told = teller_for_pronoun(alone, sentence[:told_at]) or told
        if len(told.split()) >= 2 and forms & {w.strip(",;:").lower() for w in told.split()[1:]} \
                and not re.match(r"(?i)(?:it|they|he|she|we|i)\b", told):
            return told
    title = _make_title(sentence, timex_start, timex_end, context, others)
    title = _quotation_told_by(title, context, sentence[:timex_start])
    whole = whole_told(title, sentence, [sentence[a:b] for a, b in ((timex_start, timex_end), *others)],
                       without_dangling, has_verb)
    if whole != title and _kept_alike(title, whole, sentence[:timex_start]):
        title = whole
    if title.lower().startswith("of "):
        title = _with_its_head(sentence, title, sentence[timex_start:timex_end])
    happening = said_happening_start(sentence[timex_end:]) if timex_end > timex_start and is_bare_saying(title, medium=True) else None
    if happening is not None and not any(a >= timex_end + happening for a, _ in others):
        # "The Times said in an editorial on Saturday: The court sold the harbour": the happening said;
        # not when the happening has a date of its own ("…: The court took a detour this week"): that
        # date's event is the happening, and this one the saying
        at = timex_end + happening
        told = make_title(sentence[at:], 0, 0, context + " " + sentence[:at], [(a - at, b - at) for a, b in others if a >= at])
        if len(told.split()) >= 3:
            return told
    if timex_end > timex_start and is_bare_saying(title):
        content = said_content(sentence[timex_end:])
        if content:
            return finish(f"{title} {content}".split(), sentence[timex_start:timex_end])
    opener = participial_opener_end(sentence)
    if opener is not None and timex_start < opener and title.split()[:1] == sentence.split()[:1]:
        # "Having crossed into Europe in April 480 BC, the Persian army began its march" was titled
        # "Having crossed into Europe": the clause the phrase leads into tells who did what
        told = make_title(sentence[opener:], 0, 0, context + " " + sentence[:opener])
        if len(told.split()) >= 3 and participial_opener_end(told + ",  x") is None:
            return _having_done(sentence, opener, timex_start, timex_end, told) or told
    # "This army recaptures …" -> "The army recaptures …"; "This forced Otmar to abandon …" -> "Otmar abandons …"
    # "This led to the closure of the hall" -> "The closure of the hall"
    shared = with_shared_subject(title, sentence, verb_at, lambda words: finish(words, sentence[timex_start:timex_end]))
    if shared != title and re.match(r"(?:He|She|They|It)\s", shared):
        # "… she returned to work and in 1884 opened a school": the shared pronoun named, as any title's is
        shared = name_opening_pronoun(shared, sentence, sentence[:timex_start], context)
    title = interviewee_for_i(shared, f"{context}{sentence[:timex_start]}")  # "… and bought a kiln": the answer's "I" too
    return _without_comma_after_name(
        count_named(_age_named(demonstrative_as_article(causative_retold(what_it_led_to(title))), context), context))


#: A name (capitalised words or numbers, perhaps "of" a place) with a comma an aside left after it,
#: before a verb in the present: "No. 4417, moves", "Henry Varley of Norwich, designs a hall".
_COMMA_AFTER_NAME = re.compile(
    r"^((?:The\s+)?[A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE + r"?[A-Z0-9][\w’'.-]*){0,4}"
    r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?),\s+"
    r"(?=(?!(?:its|this|thus|perhaps|always|is|was|has|as|us|yes|plus|less|unless)\b)[a-z]{2,}[^s’'\W]s\b)")
#: Two names joined by "and", a comma an aside left after them, then a plural present: "Lars Eriksen
#: and Ana Ribeiro, plead guilty" (of "Two agents, Lars Eriksen and Ana Ribeiro, pleaded guilty").
_COMMA_AFTER_NAMES = re.compile(
    r"^((?:[A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE + r"?[A-Z][\w’'.-]*){1,3})\s+and\s+"
    r"(?:[A-Z][\w’'.-]*(?:\s+" + NAME_PARTICLE + r"?[A-Z][\w’'.-]*){1,3})),\s+(?=([a-z]{2,})\b)")
#: A sentence adverb between commas after the subject: "X, meanwhile, dismisses …", "X, however, resigns".
_ADVERB_ASIDE = re.compile(
    r"^([^,]{2,60}?),\s+(?:meanwhile|however|though|too|also|instead|nevertheless|in\s+turn|for\s+(?:its|his|her|their)\s+part|"
    r"in\s+contrast|by\s+contrast|in\s+the\s+meantime),\s+(?=[a-z]{2,}\b)", re.IGNORECASE)


def _present_verb(word: str) -> bool:
    """Whether ``word`` is a verb in the present as the title step writes one from a past ("dismisses",
    "cuts", "plead"): a past reads back to its stem."""
    if not word.isalpha() or not word.islower():
        return False
    return past_of(plural_present(word) if word.endswith("s") and not word.endswith("ss") else word) is not None


def _without_comma_after_name(title: str) -> str:
    """``title`` without the comma an aside left between its named subject and its verb, and without a
    sentence adverb between commas there ("The mayor, however, resigns")."""
    aside = _ADVERB_ASIDE.match(title)
    if aside and _present_verb(title[aside.end():].split()[0].strip(",;:")):
        title = f"{aside.group(1)} {title[aside.end():]}"
    names = _COMMA_AFTER_NAMES.match(title)
    if names and _present_verb(names.group(2)):
        return f"{names.group(1)} {title[names.end():]}"
    return _COMMA_AFTER_NAME.sub(r"\1 ", title, count=1)


#: A told state, then "and" and a bare verb: "(said) the work was hard and resigned …". A state told
#: of a thing is no one's act, so the joined verb is the teller's, not the told clause's subject's.
_TOLD_STATE_THEN_ACT = re.compile(
    r"(?:that\s+)?[^,;]{1,60}?\s(?:was|were|is|are|had\s+been|has\s+been)\s+(?:not\s+)?(?:[a-z]+\s+){0,2}?[a-z]+"
    r"\s+and\s+(?:then\s+|later\s+)?[a-z]+ed\b")
#: A verb of saying, up to what it tells: "said ", "told reporters ".
_SAYING = re.compile(r"\b(?:said|says|told\s+(?:[a-z]+\s+){0,2}?|claimed|argued|insisted|added|complained|warned)\s+")


def _teller_acts(sentence: str, timex_start: int) -> bool:
    """Whether the date's verb is joined by "and" to a told state of a thing, so the teller did it:
    "The mayor said (that) the work was hard and resigned on 3 August". A told state of a person or a
    name ("said the ambassador was ill and returned home") may be that one's act, and is left alone."""
    m = _SAYING.search(sentence, 0, timex_start)
    told = _TOLD_STATE_THEN_ACT.match(sentence, m.end(), timex_start) if m else None
    if told is None:
        return False
    subject = re.split(r"\s(?:was|were|is|are|had|has)\s", told.group())[0].split()
    if any(w[:1].isupper() or w.lower().strip(",") in PERSON_ROLES for w in subject if w.lower() != "that"):
        return False
    verb = told.group().split()[-1]
    # a verb with nothing after it but the date may be the thing's ("said the plant was safe and reopened
    # in May"), unless only a person does it ("resigned", "quit")
    return bool(_OFFICE_LEAVING.fullmatch(verb)) or not re.match(r"\s+(?:on|in|at|by|from|during|last|this|next)\b|\s*[,.;]",
                                                            sentence[told.end():timex_start + 1])


#: Verbs of leaving an office, which only a person does: no thing "resigned".
_OFFICE_LEAVING = re.compile(r"resigned|retired|quit|apologi[sz]ed|abdicated")


#: A telling after the main clause, just before its date: "…, his family said on".
_TELLING_BEFORE = re.compile(r",\s+[^,]{0,40}\b(?:said|says|told|reported|announced|confirmed)\b[^,]{0,20}$")


#: A "When" clause opening the sentence, up to its comma: the time of the main clause after it.
_OPENING_WHEN = re.compile(r"^\s*When\s+[^,;:.!?]{3,160},\s+(?=\S)")


def _main_clause_after_a_failure(sentence: str, timex_start: int, timex_end: int, context: str) -> str | None:
    """The main clause's title when the date stands in an opening "When" clause that tells only a
    failure or a non-happening ("When the son failed to answer his phone that evening, his sister
    raised the alarm", "When no reply came by noon, the coastguard launched the lifeboat"): nothing
    happened in the "when" clause, so the dated happening is what the main clause did then. A "when"
    clause that tells a happening of its own keeps the date ("When the hospital moved in 2012, the
    county promised …": the move). None otherwise."""
    opening = _OPENING_WHEN.match(sentence)
    if opening is None or timex_end <= timex_start or timex_end > opening.end():
        return None
    told = make_title(sentence[:opening.end()].rstrip().rstrip(","), timex_start, timex_end, context)
    if not (is_non_happening(told) or is_failure_to_act(told)):
        return None
    main = make_title(sentence[opening.end():], 0, 0, context + sentence[:opening.end()])
    return main if verb_at(main.split()) is not None or present_verb_at(main.split()) is not None \
        or len(main.split()) >= 3 else None


#: A "When" or "Once" clause opening the sentence, up to its comma, then a main clause with a subject
#: and a verb of its own.
_OPENING_TIME_CLAUSE = re.compile(r"^\s*(?:When|Once|As\s+soon\s+as|(?:Soon|Shortly|Just|Not\s+long|Immediately)\s+(?:after|before))\s+"
                                  r"[^,;:.!?]{3,160},\s+(?=\S)")


def _opening_clause_of_its_own(sentence: str, timex_start: int, timex_end: int, context: str) -> str | None:
    """The opening clause's title, ending at its comma, when the date stands in an opening "When" or
    "Once" clause that tells a happening and a main clause follows it ("When the river burst its banks
    on 4 March, the council closed the bridge" -> "The river bursts its banks"): the main clause is a
    second happening, which a title of the first must not run into. None otherwise."""
    opening = _OPENING_TIME_CLAUSE.match(sentence)
    if opening is None or timex_end <= timex_start or timex_end > opening.end():
        return None
    rest = sentence[opening.end():]
    if verb_at(rest.split()[:MAX_WORDS + 2]) is None and present_verb_at(rest.split()[:MAX_WORDS + 2]) is None:
        return None  # "When in 1912 the mill, …": no main clause to run into
    clause = sentence[:opening.end()].rstrip().rstrip(",")
    if verb_at(clause.split()[1:]) is None:
        return None  # "When in 1912, …": no verb of its own to title
    told = make_title(clause, timex_start, timex_end, context)
    return told if len(told.split()) >= 2 else None


def _age_named(title: str, context: str) -> str:
    """ "The 36-year-old joins the club" -> "Declan Marsh joins the club": a person told again by age
    alone is named by the sentence before (see :func:`person_described`)."""
    described = AGE_DESCRIPTION.match(title)
    follows = title[described.end():].split()[:1] if described else []
    if not (described and context and follows):
        return title
    if not (is_verb(follows[0]) or is_verb(plural_present(follows[0])) or follows[0] in FINITE
            or re.fullmatch(r"[a-z]+[^s\W]s", follows[0]) or follows[0] in ("also", "then", "later")):
        return title  # "The 43-year-old man …": an age with its own noun
    who = person_described(context)
    return f"{who} {title[described.end():]}" if who else title


#: What may stand before a date opening a sentence: "In August,", "On 3 May 1921,", "Early in 1915,".
_DATE_LEAD = re.compile(r"^(?:(?:Early|Late|Later|Then|But|And)\s+)?(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Aa]t|[Bb]y the end of|[Ii]n the [a-z]+ of)?\s*$")


def _participle_after_date(sentence: str, timex_start: int, timex_end: int) -> int | None:
    """Where the subject begins after a lower-case participial phrase that follows a date opening the
    sentence: "In August, frustrated at the reports, | Trotsky authorized …", "In 498 BC, supported by
    troops from Athens, | the Ionians marched …". The date dates the clause the phrase leads into, as
    ``participial_opener_end`` finds for a phrase opening the sentence itself; None otherwise."""
    if not _DATE_LEAD.match(sentence[:timex_start]) or not sentence.startswith(", ", timex_end):
        return None
    at = timex_end + 2
    rest = sentence[at:]
    if not rest[:1].islower():
        return None
    found = participial_opener_end(rest[0].upper() + rest[1:])
    return None if found is None else at + found


def _having_done(sentence: str, opener: int, timex_start: int, timex_end: int, told: str) -> str | None:
    """ "Having crossed the river in May 1644, the duke's army camped …" -> "The duke's army crosses the
    river": the dated act is the opener's, done by the subject of the clause it leads into (``told``,
    that clause's title); ``None`` when the opener is no "Having" + past participle."""
    from explorer.events.agents import title_subject  # the agents read the title rules: imported late

    phrase = remove_expression(sentence[:opener].rstrip(" ,"), timex_start, timex_end).rstrip(" ,")
    words = phrase.split()
    if len(words) < 2 or words[0] != "Having" or words[1] in ("been", "had"):
        return None
    verb = PARTICIPLE_PRESENT.get(words[1]) or present_of(words[1])
    subject = title_subject(told, sentence[opener:])
    if verb is None or not subject or len(subject.split()) > 6:
        return None
    if plural_agent(subject, after_the=subject.lower().startswith("the ")) or \
            subject.split()[-1].endswith("s") and subject.split()[-1][:1].islower() and not subject.endswith("ss"):
        verb = plural_present(verb)
    return finish([*subject.split(), verb, *words[2:]], sentence[timex_start:timex_end])


#: A sentence opened by a clause of time ("When it cleared on Monday morning we found …").
_WHEN_OPENS = re.compile(r"(?i)^\W*(?:when|once|after|as\s+soon\s+as)\s")
#: That clause's act, then with no comma the main clause's pronoun and past verb: "it cleared | we found".
_UNMARKED_MAIN_CLAUSE = re.compile(
    r"^(?P<own>\s*(?:it|he|she|they|we|i|the\s+[a-z]+)\s+(?:[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b[^,;:]*?)"
    r"\s+(?:we|he|she|they|I)\s+(?:[a-z]{3,}ed|" + IRREGULAR_PASTS + r")\b", re.IGNORECASE)


def _without_unmarked_main_clause(clause: str) -> str:
    """ "it cleared we found the marker flags …" (of "When it cleared on Monday morning we found …") ->
    "it cleared": the date is the time clause's, and its main clause, set off by no comma, is no part
    of that clause's title (it had read "The storm clears we found the marker flags")."""
    m = _UNMARKED_MAIN_CLAUSE.match(clause)
    return clause if m is None else m.group("own")


#: A time as the sentence's subject, up to the date: "The start of ", "The year ", nothing ("2007 saw").
_TIME_SUBJECT_BEFORE = re.compile(r"^\s*(?:The\s+(?:[a-z]+\s+){1,3}of\s+(?:the\s+year\s+)?|The\s+year\s+)?$")
#: After the date: a verb by which a time tells what happened in it, then that happening.
_TIME_SAW = re.compile(
    r"^\s+(?:also\s+|then\s+)?(?:saw|witnessed|(?:was|were)\s+(?:marked|dominated|characteri[sz]ed)\s+by)\s+"
    r"(?P<what>[A-Za-z].*)$", re.S)
#: Where the happening a time saw ends: a clause's punctuation or a word opening another clause.
_SEEN_END = re.compile(r"[;:.!?(“”\"]|,\s|\s(?:as|while|when|which|who|after|before|because|but)\s")
#: Words a cut happening cannot end on.
_SEEN_DANGLING = frozenset("in at of on to for with and or the a an by from into its their his her".split())


def _what_the_time_saw(sentence: str, timex_start: int, timex_end: int) -> str | None:
    """ "The start of 2004 was marked by a relative lull in violence" -> "A relative lull in
    violence": with a time for subject ("2007 saw …", "The end of 1995 was dominated by …"), the
    happening is what the time saw; "Was marked by …" is a fragment and "The start is marked by …"
    names no one. ``None`` when the date's sentence is not so told."""
    if timex_end <= timex_start or not _TIME_SUBJECT_BEFORE.match(sentence[:timex_start]):
        return None
    m = _TIME_SAW.match(sentence[timex_end:])
    if m is None:
        return None
    what = m.group("what")
    end = _SEEN_END.search(what)
    words = what[: end.start() if end else len(what)].split()[:MAX_WORDS]
    while words and words[-1].lower() in _SEEN_DANGLING:
        words.pop()
    if len(words) < 2:
        return None
    if m.group(0).lstrip().split()[0] in ("saw", "witnessed", "also", "then"):
        words = _seen_act_in_present(words)  # ("was characterised by a sharp fall in prices" saw no act done)
    title = " ".join(words)
    return title[:1].upper() + title[1:]


#: Words that open the noun phrase of what a time saw done ("saw the company expand").
_SEEN_SUBJECT_OPENERS = frozenset("the its their his her our this these those".split())


def _seen_act_in_present(words: list[str]) -> list[str]:
    """ "the company expand into Asia" (of "The 1990s saw the company expand into Asia") -> "the company
    expands into Asia": the bare verb a time saw done takes its subject's present, as a title tells it."""
    if words[0].lower() not in _SEEN_SUBJECT_OPENERS and not words[0][:1].isupper() or words[0] in ("A", "An"):
        return words  # ("saw a sharp fall in prices": a happening's noun, no act done)
    for k in range(1, min(5, len(words))):
        word = words[k]
        if not (word.isalpha() and word.islower()) or word in _SEEN_DANGLING:
            return words
        if k >= 2 and past_of(word) is not None and not word.endswith("s") \
                and (k + 1 >= len(words) or words[k + 1].lower() not in ("of", "in")):
            subject = " ".join(words[:k])
            plural = plural_agent(subject, after_the=words[0].lower() == "the") or words[k - 1].endswith("s") \
                and not words[k - 1].endswith("ss")
            return [*words[:k], word if plural else third_person(word), *words[k + 1:]]
    return words


#: A quotation with its attribution after it, as a cut title leaves it: ``We bury six every day now," he wrote``.
_QUOTE_THEN_SPEAKER = re.compile(
    r"^(?P<quote>[^\"“”]{3,}?)[,.!?]?[\"”]\s+(?P<who>he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?P<verb>says|said|writes|wrote|adds|added|recalls|recalled|tells|told)$"
)


def _quotation_told_by(title: str, context: str, before: str) -> str:
    """ ``We bury six or seven every day now," he wrote`` -> ``Thomas Lowe writes: “We bury six or seven
    every day now”``: a quotation is told by its speaker, as a headline tells it; the quotation's "we"
    is no one a reader knows. A pronoun speaker is named when the text tells whom it stands for."""
    m = _QUOTE_THEN_SPEAKER.match(title)
    if not m:
        return title
    who = m.group("who")
    if who in ("he", "she"):
        # whom the pronoun stands for; else the name opening one of the last two sentences ("Lowe stayed
        # in the town throughout. "We bury six …," he wrote"): a speaker is a person, no "The …" body
        named = [n.group(1) for n in NAME_SUBJECT.finditer(last_sentences(context)) if not n.group(1).startswith(("The ", "the "))]
        who = person_for(who, context, before) or (short_name(named[-1]) if named else "")
    if not who:
        return title
    verb = m.group("verb")
    verb = present_of(verb) or verb
    quote = m.group("quote").strip()
    return f"{who} {verb}: “{quote[:1].upper()}{quote[1:]}”"


_PHRASE_HEAD = re.compile(r"(?:^|[,;:(]\s*)([^,;:()]{1,30}?)\s*$")


def _with_its_head(sentence: str, title: str, expression: str) -> str:
    """ "Last day of term: Tuesday 23 July": a title left as "Of term" lost the head of its noun
    phrase with a removed date expression; the words before "of" in the sentence give it back."""
    label = title.split(":")[0]  # "Of term: Tuesday 23 July": the label, not the date after it
    at = sentence.lower().find(label.lower())
    head = _PHRASE_HEAD.search(sentence[:at]) if at > 0 else None
    if head is None or not head.group(1).strip():
        return title
    phrase = f"{head.group(1).strip()} {label[:1].lower()}{label[1:]}"
    return finish(phrase.split(), expression)


def _make_title(sentence: str, timex_start: int, timex_end: int, context: str = "",
                others: Sequence[tuple[int, int]] = ()) -> str:
    """A title for the event whose expression sits at [timex_start, timex_end) of ``sentence``.

    ``context``, the text before the sentence, lets "Despite his remarks over the weekend" name its
    owner ("Ali Khamenei’s remarks"); ``others`` are the sentence's other date expressions (offsets in
    ``sentence``), left out of the title."""
    expression = sentence[timex_start:timex_end]
    if others:
        # "design approved (May 2019), construction started (June 2020)", "starts next week and will
        # report in September": a date may mark where one happening ends, and dropping the other dates
        # below would take the mark away: the date's own clause first
        sentence, timex_start, timex_end, others = own_clause(sentence, timex_start, timex_end, others)
    dated_elsewhere = bool(others)
    greeted = greeted_clause(sentence, timex_start, timex_end)
    if greeted:
        # "Congratulations to Amira, who was named …": the one greeted did it (greetings); the other
        # dates after the greeted one go on with the clause ("Year 4" before it is a class, not a date)
        told, start, end = greeted
        cut = timex_start - start
        return make_title(told, start, end, context=context,
                          others=[(a - cut, b - cut) for a, b in others if a - cut >= 0 and (a, b) != (timex_start, timex_end)])
    born = BORN_ASIDE.match(sentence)
    if born and others and timex_start >= born.end():
        # … and the other dates' titles go on without the aside ("Thomas Weller was apprenticed")
        cut = born.end() - born.end("who")
        sentence = sentence[:born.end("who")] + " " + sentence[born.end():]
        timex_start, timex_end = timex_start - cut + 1, timex_end - cut + 1
        others = [(a - cut + 1, b - cut + 1) for a, b in others if a >= born.end()]
        born = None
    if others:
        timex_start, timex_end, others = with_its_day(sentence, timex_start, timex_end, others)
        others = dates_marking_breaks(sentence, timex_start, timex_end, others)
    if born and born.start("aside") <= timex_start and timex_end <= born.end("aside") and dated_elsewhere:
        # "Thomas Weller, born in 1821 in Leeds, was apprenticed … in 1835": the aside's date is the
        # birth, the sentence's other date the happening its verb tells
        where = re.search(r"\b(?:in|at)\s+((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2})",
                          remove_expression(born.group("aside"), timex_start - born.start("aside"),
                                             timex_end - born.start("aside")), re.IGNORECASE)
        return finish(f"{born.group('who')} is born{' in ' + where.group(1) if where else ''}".split(), expression)
    if others:
        sentence, timex_start, timex_end = drop_others(sentence, timex_start, timex_end, others)
    frame = DATED_TELLING_FRAME.match(sentence)
    if frame and frame.end() > timex_end and verb_at(sentence[frame.end():].split()[:MAX_WORDS + 2]) is not None:
        return make_title(sentence[frame.end():], 0, 0, context=context + " " + sentence[:frame.end()])
    # "The mayor said the work was hard and resigned on 3 August": the mayor resigned, not the work
    teller_acts = _teller_acts(sentence, timex_start)
    state = state_then_when(sentence, timex_start, timex_end) or \
        (None if teller_acts else inside_that_clause(sentence, timex_start, timex_end))
    if state:
        told, start, end = state
        return make_title(told, start, end, context=context + " " + sentence[:timex_start])
    told = when_clause(sentence, timex_start, timex_end)
    if told:
        return make_title(told, 0, 0, context=context + " " + sentence[:timex_start])
    told = told_of_a_noun(sentence, timex_start, timex_end)
    reported = None if told else attributed(sentence, timex_start, timex_end)
    if reported and "," in reported and sentence.lstrip().startswith(reported):
        # "Rillo, a Turin company that recycles greywater, has raised €18 million, it said on Tuesday": the
        # happening told is titled as a clause of its own, its asides cut ("Rillo has raised €18 million")
        return make_title(reported, 0, 0, context=context)
    told = told or reported or object_participle(sentence, timex_start, timex_end)
    if told:
        return finish(told.split(), expression)
    reported = None if teller_acts else REPORTED_FIRST.match(sentence)
    if reported and reported.end() <= timex_start and not others:
        rest = sentence[reported.end():]
        words = rest[: timex_start - reported.end()].split()
        verb = verb_at(words)
        if verb is not None and verb >= 1 and not re.search(r"\b(?:will|would|could|may|might|should|can|must)\b",
                                                           " ".join(words[:verb + 1]), re.IGNORECASE) \
                and not re.search(r"\bhad\b(?!\s+been\b|\s+[a-z]+ed\b)", " ".join(words[:verb + 2]), re.IGNORECASE):
            # (a past told back a step, "said the bridge had been closed in May", is that past happening)
            # "X said special ambassador Y left Tuesday for …": the date is the told happening's, told as a
            # past happening; its title is that happening, not the telling
            return make_title(rest, timex_start - reported.end(), timex_end - reported.end(),
                              context=context + " " + sentence[:reported.end()])
    second = participle_aside(sentence, timex_start, timex_end, second=True)
    if second:
        return finish(second.split(), expression)
    clause, start, end = clause_around(sentence, timex_start, timex_end)
    colon = clause.rfind(": ", 0, start)
    after_colon = clause[colon + 2:].split()[:MAX_WORDS + 1] if colon != -1 else []
    if colon != -1 and (verb_at(after_colon) is not None or present_verb_at(after_colon) is not None
                        and after_colon[0].lower() in ("the", "a", "an", "our", "its", "their", "his", "her")):
        # ("Don't worry: the new shed arrives on 14 June", a clause in the present after its colon; not
        # "delayed twice: by pandemic restrictions", a phrase)
        # "It is the second incident this year: in February a flight diverted": the date's clause
        clause, start, end = clause[colon + 2:], start - colon - 2, end - colon - 2
    labelled = label_end(clause, start, end)
    if labelled:
        # "Day 1 (2 April 2025): We landed in Lisbon": the entry's numbered label is no subject
        start, end = (max(0, start - labelled), max(0, end - labelled)) if start >= labelled else (0, 0)
        clause = clause[labelled:]
    entry = ENTRY_DATE.match(clause)
    if entry and entry.end() <= start:
        clause, start, end = clause[entry.end():], start - entry.end(), end - entry.end()
    relative = relative_clause(clause, start)
    if relative:
        cut, who = relative
        close = clause.find(",", end)
        body = clause[cut : close if close != -1 else len(clause)]
        clause = f"{who} {body}"
        start, end = start - cut + len(who) + 1, end - cut + len(who) + 1
    opener = dated_participle_opener(clause, start, end)
    if opener:
        pronoun = re.match(r"^(?:He|She)\s+(?=[a-z])", opener)
        who = person_for(pronoun.group().strip().lower(), context, sentence[:timex_start]) if pronoun and context else None
        if who:
            opener = f"{who} {opener[pronoun.end():]}"  # "Born in Leeds in 1936, she studied" -> "Margaret Hale is born"
        return finish(opener.split(), expression)
    if subject_follows(clause, start, end):
        # "According to reports, …, in the past four months Iran has held talks": the subject
        # follows the date, and what precedes it is framing.
        clause, start, end = clause[end:], 0, 0
    aside = participle_aside(clause, start, end)
    if aside:
        return finish(aside.split(), expression)
    participle = participle_subject(clause, start, end)
    if participle and participle[1]:
        return finish(participle[0].split(), expression)
    if participle:
        removed = len(clause) - len(participle[0])  # the participle, cut before the expression
        clause = participle[0]
        start, end = max(0, start - removed), max(0, end - removed)
    agent = REDUCED_PASSIVE.search(clause[:start])
    if agent and agent.group(3).lower() in PASSIVE_VERBS:
        # "the 12 conditions set by Secretary of State Mike Pompeo in May": the agent did it then.
        verb = PASSIVE_VERBS[agent.group(3).lower()]
        thing = " ".join(w for w in (agent.group(1), agent.group(2)) if w)
        return finish(f"{agent_name(agent.group(4))} {verb} {thing}".split(), expression)
    shorter = without_subject_clause(clause, start, end)
    if shorter:
        clause, start, end = shorter  # "A guard who forged the logs was jailed on Monday": the main clause's
    clause = remove_expression(clause, start, end)
    clause = _AGE.sub("", _PARENTHESES.sub("", clause))
    described = NOUN_PARTICIPLE_WAS.match(clause.strip().rstrip(".,;").strip())
    if described:
        # "The last total eclipse seen from the country was in 1905" -> "… eclipse is seen from the country"
        be = "are" if described.group(3) == "were" else "is"
        return finish(f"{described.group(1)} {be} {described.group(2)}".split(), expression)
    clause = re.sub(r"\s*,\s*,\s*", ", ", clause)  # "The heaviest raid, on 14 May 1941, destroyed": the aside was the date
    clause = active_for_named_agent(clause)
    nominal = nominal_event(clause)
    if nominal:
        return finish(nominal.split(), expression)
    clause = DATELINE.sub("", LEADING_JUNK.sub("", clause))
    for _ in range(4):  # framing first, so the subject stands at the start for the rules below
        opener = OPENER_POSSESSIVE.match(clause)
        if opener and _dated_inside(opener.group(0), sentence, timex_start):
            # "Despite his forceful remarks, …": the happening is the remarks, and "his" someone named before.
            owner = last_full_name(context + " " + sentence[:timex_start])
            if owner:
                rest = clause[opener.end():]
                cut = re.search(r",", rest)
                return finish(f"{owner}’s {rest[: cut.start() if cut else len(rest)]}".split(), expression)
        stripped = LEADING_JUNK.sub("", FRAMING.sub("", clause))
        if stripped == clause:
            break
        clause = stripped
    # "a cavalry officer named Demaros seized …": the name is whom the clause tells of (named_subjects)
    # ("The Queen, Patron, visited …": an office in capitals after the subject is no name apposed to it)
    clause = name_in_apposition(name_for_role(named_subject(without_office_aside(clause))))
    clause = without_past_participle_aside(clause, sentence, timex_start)
    clause = that_clause(clause, sentence[:timex_start])
    clause = without_prepositional_aside(without_participle_aside(without_subject_aside(clause)))
    clause = without_bare_participle_phrase(clause)
    if _WHEN_OPENS.match(sentence):
        clause = _without_unmarked_main_clause(clause)
    named = POSSESSIVE_APPOSITION.match(clause)
    if named:
        clause = named.group(1)[:1].upper() + named.group(1)[1:] + " " + clause[named.end():]
    elif (apposed := POSSESSIVE_ROLE_NAME.match(clause)) and not apposed.group(1).endswith(("’s", "'s")) \
            and verb_at(["x", *clause[apposed.end():].split()[:1]]) == 1:  # ("our new Land Rover ambulance": a thing's name)
        clause = apposed.group(1) + " " + clause[apposed.end():]
    clause = without_listing_aside(QUANTIFIER_ASIDE.sub("", clause))
    for _ in range(4):  # asides can follow one another: "X, which …, the founder of …, said"
        shorter = without_appositive(clause)
        if shorter == clause:
            break
        clause = shorter
    # (the adverb goes before a comma after an opening name is dropped: "Earlier, police … clashed"
    # would read as a name "Earlier police")
    clause = _SUBJECT_COMMA.sub(r"\1 ", past_the_adverb(LEADING_JUNK.sub("", _SPEAKER.sub("", clause))))
    # "…, which hurt the town badly", "…, according to the authority": a comment or a source after
    # the happening, not part of it
    trimmed = re.sub(r",\s+(?:which|according to)\s[^,]*$", "", clause)
    if len(trimmed.split()) >= 3 and verb_at(trimmed.split()) is not None:
        clause = trimmed
    # "Airlines cancelled 140 flights as the ash cloud spread": a subordinate clause with its own
    # subject and verb at the end tells why or when, not what happened
    why = _TRAILING_SUBORDINATE.search(clause)
    if why and len(clause[:why.start()].split()) >= 3 \
            and (verb_at(clause[:why.start()].split()) is not None or present_verb_at([*clause[:why.start()].split(), why.group().strip(", ")]) is not None) \
            and _SUBJECT_AND_VERB.match(clause[why.end():]):
        clause = clause[:why.start()]
    # "The Red army, was forced": the comma an aside left between a subject and its verb
    joined = COMMA_BEFORE_VERB.match(clause) or COMMA_BEFORE_PRESENT.match(clause)
    if joined and verb_at(joined.group(1).split()) is None and not opens_a_series_of_acts(clause):
        # (not a log's first act before its next: "Packed the car, paid the warden and drove north")
        clause = joined.group(1) + " " + clause[joined.end():]  # the part before the comma is the subject
    clause = re.sub(r"\s+([,:;.!?])", r"\1", clause)
    clause = compact_subject(clause)
    clause = what_the_writer_heard(clause)
    clause = past_the_adverb(clause)  # "Instead it added …", "Two years later it bought …"
    clause = name_opening_pronoun(clause, sentence, sentence[:timex_start], context)
    clause = past_the_opener(clause)
    clause = diary_subject(career_entry_subject(clause, sentence, context), context)
    clause = first_person_named(clause, f"{context}{sentence[:timex_start]}")
    words = without_office(" ".join(shorter_subject(clause.split()))).split()
    # "Her first solo show, Salt and Ash, opens at …": the aside goes before a cut at its comma would
    # leave the subject alone
    words = subject_aside_before_late_verb(words, verb_at, present_verb_at, MAX_WORDS)
    if len(words) > MAX_WORDS:
        # Prefer to stop at a comma inside the first few words rather than mid-phrase, once the verb is in.
        head = " ".join(words[:MAX_WORDS])
        # (not a list's comma or one between two adjectives: "told U.S., European and Japanese oil
        # companies", "from his small, neighborhood store" would end mid-phrase)
        commas = [m for m in re.compile(r",(?!\d)").finditer(head, 12)
                  if not comma_inside_phrase(words, len(head[:m.start()].split()) - 1, is_verb, MAX_WORDS)]
        comma = commas[0] if commas else None
        cut = comma.start() if comma else -1
        # (but "Scores of trucks, many with …, streamed north" is not cut at "trucks": the subject's verb
        # comes after the aside, and a cut would leave the bare subject)
        if cut != -1 and len(head[:cut].split()) >= 3 and re.search(r"\s[a-z]", head[:cut]) \
                and (has_verb(head[:cut]) or not subjects_verb(" ".join(words)[cut:])):
            return finish(head[:cut].split(), expression)
    return finish(words, expression)
