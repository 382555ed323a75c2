"""Whom or what a pronoun opening a title stands for: "He denied all the counts" -> "Tomas Vercoe denies …".

A title is read away from its paragraph, so a subject pronoun names no one. The rules that find the
antecedent (``pronouns`` for "he"/"she" and "it", ``antecedents`` for "they"/"it") are tried here in
one order, for every title that opens with a pronoun: the title of a dated sentence's clause, and the
title of an act told with no date ("He negotiated the loan"), which is made from the clause's own
subject and verb and so kept its pronoun. Only general English and the text before the clause.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from explorer.events import gender
from explorer.events.tense import IRREGULAR_PASTS

from explorer.events.record import Event
from explorer.events.title_context import title_context
from explorer.events.titles.antecedents import name_the_pronoun
from explorer.events.titles.described_subject import companions, described_subject
from explorer.events.titles.introduced import name_introduced_thing
from explorer.events.titles.main_clause_person import main_clause_person
from explorer.events.titles.it_bodies import body_called_it
from explorer.events.titles.interview_answers import first_person_named
from explorer.events.titles.subjects import FIRST_PERSON
from explorer.events.titles.counts import ordinal_named
from explorer.events.names import short_name
from explorer.events.titles.previous_subject import previous_subject
from explorer.events.titles.previous_thing import previous_thing
from explorer.events.titles.rebuilt_things import got_thing_ended, rebuilt_thing
from explorer.events.titles.salient_antecedents import worked_on_thing, name_left_pronoun, own_sentence_subject
from explorer.events.titles.pronouns import (
    IT_PASSIVE, OPENING_CLAUSE_SUBJECT, acts_on_the_pronoun, last_sentences, named_body, person_for, thing_antecedent,
)

_HE_SHE = re.compile(r"^(?:He|She|he|she)\s+(?=[a-z])")
#: "It closed", "It was found in a boathouse"; not "It is thought", "It was a cold day".
_IT = re.compile(r"^(?:It|it)\s+(?=[a-z])(?!(?:is|was|has\s+been|had\s+been|seems|seemed|becomes|became)\b)")
_THEY = re.compile(r"^(?:They|they)\s+(?=[a-z])")
_ANY = re.compile(r"^(?:He|She|It|They)\s+(?=[a-z])")
#: A sentence opened by its pronoun subject: only then is the subject of the sentence before its antecedent.
_OPENS = re.compile(r"^\s*(?:He|She|They)\s+(?=[a-z])")
#: Words that open a clause or point, never a name's first word: "If Huerta returned", "There".
_CLAUSE_WORDS = frozenset("if when while as but and because since though although once however then there here".split())


#: A sentence opening with "It" and its passive: "It was voted down on 3 November".
_IT_FIRST = re.compile(r"^\s*It\s+(?:is|was)\s")
#: A sentence opening with "It" as its subject.
_IT_OPENS_SENTENCE = re.compile(r"^\s*It\s+[a-z]")
#: The sentence before, its subject a name or a body ("Finance Minister Sigrid Hale", "The council") and its
#: past verb acting on one thing: "… first presented the plan on 14 October", "The council unveiled the budget".
#: After an opening phrase of time, and on a thing it brings in: "In 1950 the society leased a disused barn".
_ACTED_ON_ONE_THING = re.compile(
    r"^\s*(?:(?:In|On|By|During|After|Before|From|Since|Later|Early|Late)\s+[^,.;:]{1,30}?,?\s+(?=[Tt]he\s|[A-Z]))?"
    r"(?:[Tt]he\s+[a-z]+|(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+(?:(?:first|then|also|later|finally)\s+)?"
    r"(?!(?:was|were|had|has|said|told)\b)[a-z]{3,}ed\s+(?P<thing>(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!s))"
    r"(?=\s+(?:on|in|at|last|this|to|before|after)\b|\s*[.,;])")


def _previous_object(context: str) -> str | None:
    """The one thing the sentence before acted on (see :data:`_ACTED_ON_ONE_THING`), capitalised, or None."""
    # (a heading's line is no part of the sentence after it)
    sentences = re.split(r"(?<=[.!?])\s+|\n\s*", context.strip()) if context.strip() else []
    if not sentences:
        return None
    m = _ACTED_ON_ONE_THING.match(sentences[-1])
    return "The " + m.group("thing").split(None, 1)[1] if m else None


def _before_the_pronoun(clause: str, sentence: str, before: str) -> str:
    """What of the sentence may hold the antecedent of the clause's opening pronoun: nothing, when that
    pronoun is the one opening the sentence ("It was restored by Westfield Coachworks and won its class
    in 1991": "it" is the car told before, never the agent after it); else ``before``."""
    first = _ANY.match(clause)
    if first is None:
        return before
    pronoun = first.group().strip().lower()
    opening = re.match(r"\s*(\w+)\s", sentence)
    if opening is None or opening.group(1).lower() != pronoun \
            or re.search(rf"\b{pronoun}\b", before[opening.end():], re.IGNORECASE):
        return before
    return ""


#: A sentence whose subject is "he" or "she", perhaps after a phrase of time: "On 6 January she developed …".
_OPENS_AFTER_TIME = re.compile(
    r"^\s*(?:(?:In|On|At|By|After|Before|During|Later|Earlier|Next|That)\b[^,.;:!?]{1,50}?,?\s+)?(?:He|She|he|she)\s+[a-z]")


def _sexed_description_before(pronoun: str, sentence: str, context: str) -> str | None:
    """The description opening the sentence before (``described_subject``) when its noun is an animal's
    of the sex ``pronoun`` tells ("the mare", "the colt"), for a ``sentence`` whose subject is that
    pronoun, through sentences whose subject is the same pronoun ("On 6 January she developed a fever; …
    On 9 January she began eating"); else None. A person's description ("the widow") may be an epithet
    of the person named before it, and waits for the names."""
    for _ in range(3):
        if not _OPENS_AFTER_TIME.match(sentence):
            return None
        described = described_subject(pronoun, context)
        if described is not None:
            noun = described.split()[-1].lower()
            return described if gender.is_animal(noun) and gender.agrees(gender.noun_sex(noun), pronoun) else None
        sentence = last_sentences(context, 1).strip()
        if not re.match(rf"^\s*(?:[^,.;:!?]{{1,50}}?,?\s+)?{pronoun}\s", sentence, re.IGNORECASE):
            return None
        context = context[: context.rstrip().rfind(sentence)] if sentence else ""
    return None


def name_opening_pronoun(clause: str, sentence: str, before: str, context: str) -> str:
    """``clause`` with its opening "he", "she", "it" or "they" replaced by what it stands for, when the
    rules find it; else unchanged. ``sentence``: the clause's sentence; ``before``: the sentence up to
    the event's date (or its verb, for an undated act); ``context``: the text before the sentence."""
    before = _before_the_pronoun(clause, sentence, before)
    pronoun = _HE_SHE.match(clause)
    if pronoun and context:
        # "The mare stood but refused food. On 6 January she developed a fever": a description whose noun
        # tells the pronoun's sex, subject of the sentence just before, which names no one, goes before
        # any name further back (the surgeon two sentences up)
        who = _sexed_description_before(pronoun.group().strip().lower(), sentence, context)
        # "She retired in June 1989": a title out of its paragraph names whom "she" stands for.
        who = who or person_for(pronoun.group().strip().lower(), context, before)
        # "The former treasurer was interviewed in May. She repaid …": a person told by a role only
        who = who or (described_subject(pronoun.group().strip().lower(), context) if _OPENS.match(sentence) else None)
        # "Trotsky openly discussed …. He also ordered …": the one person subject of the sentence just
        # before, nobody else named between (``previous_subject``: only on strong evidence)
        own = re.search(r"\b(?:he|she)\b", sentence, re.IGNORECASE)
        who = who or (previous_subject(pronoun.group().strip(), sentence[:own.start()], context)
                      if own and own.group().lower() == pronoun.group().strip().lower() else None)
        # "HMS Alder was a sloop …. She was laid down in 1915": the thing the article opens by defining
        who = who or (article_subject(pronoun.group().strip().lower(), context) if _OPENS.match(sentence) else None)
        # "The Halcyon sailed again on the 21st. Off Tarrow Head she struck a rock": a vessel told before
        who = who or (vessel_before(context) if pronoun.group().strip().lower() == "she" else None)
        if who:
            clause = f"{who} {clause[pronoun.end():]}"
    thing = _IT.match(clause) or IT_PASSIVE.match(clause)
    if thing:
        # "…, and it paid a fine": the title names what "it" stands for.
        # ("Hale presented the plan on 14 October. It was voted down on 3 November": a passive "it" opening
        # its sentence is the thing the sentence before acted on, not the one who acted)
        # (the sentence's own passive when the clause kept only a later verb: "It was converted into a hall and
        # opened in May 1953" titled from "It opened")
        done_to = _previous_object(context) if (IT_PASSIVE.match(clause) or IT_PASSIVE.match(sentence.strip())) \
            and _IT_FIRST.match(sentence) else None
        # ("Velmont extended the lease, but it let the agreement expire": its own sentence's subject first)
        # ("The county refurbished the library, and it reopened": the thing made good, not the county)
        what = worked_on_thing(clause, sentence) or rebuilt_thing(clause, before, context) or got_thing_ended(clause, before) \
            or own_sentence_subject(clause, sentence, before) or done_to or thing_antecedent(before, context) \
            or named_body(before, context, plural=False)
        if what is None and _IT_OPENS_SENTENCE.match(sentence):
            # "The levy, proposed by the committee, passed …. It will apply from 1 July": the one thing the
            # sentence before opened on, told with an aside or a phrase after its noun
            what = previous_thing(context)
        if what is None:
            # "Velmar renewed the licence twice, but it let the agreement lapse": a body named before the
            # clause in its own sentence, or opening the sentence before, which the text calls "it" (see it_bodies)
            own = context[max(context.rfind(". "), context.rfind("\n")) + 1:] + before
            earlier = last_sentences(context, 1).strip().split("\n")[-1]
            what = body_called_it(own, context + before) or body_called_it(f"{earlier} {own}", context + before)
        if what:
            clause = f"{what} {clause[thing.end():]}"
    # "Detectives said they had opened …", "They boarded the ship" after "… sent two inspectors":
    # a "they" or "it" the rules above left unnamed
    clause = name_the_pronoun(clause, sentence, context)
    # "Her lawyer lodged an appeal. It will be heard …": the new thing a person's act brought in
    clause = name_introduced_thing(clause, sentence, before, context)
    they = _THEY.match(clause)
    if they:
        # "The Harbour Kings are a rowing club. They won the cup": the body named as the subject before
        what = named_body(before, context, plural=True)
        if what is None and _OPENS.match(sentence):
            # "… she sailed with the surveyor Karl Aske. They reached Holm": the two; "Builders from a
            # local firm started work. They replaced the roof": the people described so
            what = (companions(context, lambda pronoun, earlier: person_for(pronoun, earlier, ""))
                    or described_subject("they", context))
        if what:
            clause = f"{what} {clause[they.end():]}"
    # "Fire crews say the blaze has spread since it broke out": the most prominent thing of the
    # pronoun's number told before, when no rule above named it
    clause = name_left_pronoun(clause, sentence, context, before)
    # "… ordered two electric ferries. The first is due …": the thing an ordinal subject counts
    return ordinal_named(clause, before, context)


#: An article's opening sentence defining its subject: "HMS Alder (1915) was a sloop …", "Kerro Tide is a
#: ferry …", "The liner Aurelia entered service …" (a description, then the name, then its verb), after at
#: most one heading line.
_ARTICLE_LEDE = re.compile(
    r"\A\s*(?:[^\n.]{1,80}\n\s*)?(?:(?P<described>The\s+(?:[a-z][\w-]*\s+){1,2}))?"
    r"((?:(?:[A-Z][\w’'-]*|of|the|de|la|von)\s+){0,3}[A-Z][\w’'-]*)(?:\s*\([^)\n]{1,60}\))?"
    # (a name's own verb only after its description: "Eastbrook Gazette reported" defines nothing)
    r"\s+(?:(?:is|was)\s+(?:a|an|the|one)\b|(?(described)[a-z]+ed\b|(?!)))"
)


#: The nouns a vessel is told by ("the schooner", "an old lifeboat"), which each pattern below reads.
_VESSEL_NOUNS = "schooner|ship|brig|barque|steamer|yacht|vessel|trawler|sloop|ketch|cutter|frigate|lifeboat|tug|ferry|liner|tanker|freighter|coaster|drifter|smack"


#: The sentence before opened by a name written with "the" (a vessel's way: "The Halcyon sailed", "The
#: brig Calla left Hull"), its verb next; a person's name takes no article.
_VESSEL_SUBJECT = re.compile(
    rf"^(?:[^.,;]{{1,40}},\s+)?The\s+(?:(?:{_VESSEL_NOUNS}|boat)\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,2})\s+(?:[a-z]+ly\s+)?(?:was|had|[a-z]{3,}ed|"
    + IRREGULAR_PASTS + r")\b"
)


#: The sentence before opened by a vessel's noun and then her name in apposition, its verb next: "Its
#: first steamer, the Gannet, was launched", "The firm's new ferry, the Isle of Rum, entered service".
_VESSEL_APPOSED = re.compile(
    r"^(?:[^.,;]{1,40},\s+|(?:In|On|By|After|Before|From)\s+[\w ]{1,20}?\s+(?=[a-z]))?(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Z][\w’'-]*(?:\s+[A-Z&][\w’'-]*){0,2}[’']s)\s+"
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}?(?:{_VESSEL_NOUNS}|boat|steamship|motor\s+ship),\s+"
    r"the\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,2}),\s+(?:[a-z]+ly\s+)?(?:was|had|[a-z]{3,}ed|"
    + IRREGULAR_PASTS + r")\b"
)


#: A vessel someone acted on in the sentence before, by her name or her noun: "They launched the Aurora in
#: May", "The yard launched the steamer Gannet", "In 1976 the club bought an old lifeboat, the Jenny Orme, …",
#: "Volunteers restored the old lifeboat". A verb only a vessel undergoes may take her name alone; any other
#: verb (bought, sold, restored) needs her noun, since "They bought the Grand" may be a hotel.
_VESSEL_ACTED_ON = re.compile(
    r"\b(?:(?:launched|christened|commissioned|refloated|scuttled|decommissioned)\s+the\s+(?P<name>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,2})\b"
    r"|(?:launched|christened|commissioned|refloated|scuttled|decommissioned|refitted|renamed|restored|rebuilt|bought|"
    r"sold|chartered|built|salvaged|towed|repaired|acquired|ordered)\s+"
    rf"(?P<described>(?:the|an?|her|his|their|its|our)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{_VESSEL_NOUNS}|steamship))"
    r"(?:,?\s+(?:the\s+)?(?P<apposed>[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,2})\b)?)"
)


def _vessel_acted_on(sentence: str) -> str | None:
    """The vessel ``sentence`` acts on (:data:`_VESSEL_ACTED_ON`) as a title names her: "The Aurora",
    "The Jenny Orme", or her description when she has no name ("The old lifeboat"); None when it acts on none."""
    m = _VESSEL_ACTED_ON.search(sentence)
    if m is None:
        return None
    name = m.group("name") or m.group("apposed")
    if name is not None:
        return f"The {name}"
    described = m.group("described").split(None, 1)
    return "The " + described[1] if described[0].lower() in ("the", "a", "an") else None


#: How many sentences back a vessel's "she" is followed to the sentence that named her as its subject
#: ("The Halcyon sailed again on the 21st. Off Tarrow Head she struck a rock. … She limped into Selmouth").
_VESSEL_SENTENCES = 4
#: A sentence going on telling of a vessel: by "she" or "her", or by a vessel's noun ("the lightened brig").
_TELLS_OF_HER = re.compile(rf"\b(?:she|her|{_VESSEL_NOUNS})\b", re.IGNORECASE)
#: A woman told of in a sentence, whom a later "she" may stand for instead of the vessel.
_ANOTHER_SHE = re.compile(r"\b(?:Mrs|Miss|Ms|Lady|Dame|Queen|Princess|Sister)\b|\b(?:woman|women|wife|widow|mother|daughter|"
                          r"sister|girl|stewardess)\b")


def vessel_before(context: str) -> str | None:
    """The vessel that "she" opening a clause stands for: the name written with "the" that opens the
    sentence before (``_VESSEL_SUBJECT``) or stands in apposition to the vessel's noun opening it
    (``_VESSEL_APPOSED``), or one of the few before it when the sentences since go on
    telling of "she", "her" or a vessel and none tells of a woman; when it is no body's name, no plural, no
    person's title and the text tells of no woman by it; else None."""
    from explorer.events import gender
    from explorer.events.titles.words import BODY_WORDS

    sentences = re.split(r"(?<=[.!?])\s+", context.strip()) if context.strip() else []
    m = None
    between: list[str] = []
    for sentence in reversed(sentences[-_VESSEL_SENTENCES:]):
        m = _VESSEL_SUBJECT.match(sentence.split("\n")[-1]) or _VESSEL_APPOSED.match(sentence.split("\n")[-1])
        if m is not None:
            break
        acted_on = _vessel_acted_on(sentence.split("\n")[-1])
        if acted_on is not None:
            # "They launched the Aurora in May. She sailed in June": the vessel someone acted on
            if between and not any(_TELLS_OF_HER.search(s) for s in between):
                return None
            name = acted_on[4:]
            return None if gender.sex_in_text(name, context, by_name=False) is not None else acted_on
        if _ANOTHER_SHE.search(sentence):
            return None  # "… Mrs Crale …", "… a woman …": someone else the text may call "she"
        between.append(sentence)
    if m is None or between and not any(_TELLS_OF_HER.search(sentence) for sentence in between):
        return None  # the sentences since the vessel's tell of no "she" or "her", nor of a vessel: the chain is none
    name = m.group("name")
    words = name.split()
    if words[-1].lower() in BODY_WORDS or words[-1].endswith("s") or words[0] in _CLAUSE_WORDS_CAPITALISED \
            or re.fullmatch(r"(?:Queen|King|Princess|Prince|Lady|Lord|Reverend|Rev|Dr|Mrs|Miss|Ms|Mr|Sister)", words[0]) \
            and len(words) == 1 or gender.sex_in_text(name, context, by_name=False) is not None:
        return None
    return f"The {name}"


def article_subject(pronoun: str, context: str) -> str | None:
    """What the article opens by defining ("HMS Alder was a sloop of the navy"), for a "he" or "she"
    opening a sentence that no person named before stands for: a ship's "she", a life's subject whom
    the person rules missed. None when the opening names no such subject, or names someone the text
    gives the other sex."""
    from explorer.events import gender

    lede = _ARTICLE_LEDE.match(context)
    if lede is None:
        return None
    name = lede.group(2)
    from explorer.events.titles.words import BODY_WORDS

    # ("The Kingdom of Orsa was a state …": a body's or a state's name is the head before its "of" too)
    head = name.split(" of ")[0].split()[-1].lower()
    if name.split()[0] in _CLAUSE_WORDS_CAPITALISED or len(name) < 3 or name.split()[-1].lower() in BODY_WORDS \
            or head in BODY_WORDS or not gender.fits(name, pronoun, context):
        return None
    return name


_CLAUSE_WORDS_CAPITALISED = frozenset(w.capitalize() for w in _CLAUSE_WORDS) | {"In", "On", "At", "By", "After", "Before",
                                                                                   "During", "From", "It", "This", "That",
                                                                                   "He", "She", "We", "They", "Dear"}


def _named_lately(who: str, context: str) -> bool:
    """Whether ``who`` is named in the two sentences before: an undated act's "he"/"she" is named only
    then ("Vercoe was suspended …. He was arrested …. He denied"), as the document's entities name a
    pronoun (``explorer.entities.title_person``); a chain broken by someone else ("Her teacher, Anna
    Holt, retired. She founded …") or by sentences of no one leaves the pronoun, a wrong name being
    worse than none."""
    # ("Admiral Kolchak's army had disintegrated": the owner's name is told too)
    recent = set(re.findall(r"[\w’'-]+?(?=['’]s\b|[^\w’'-]|$)", last_sentences(context)))
    return bool(set(who.split()) & recent)


def _opening_clause_names(who: str, sentence: str) -> bool:
    """Whether ``sentence`` opens with a clause whose subject is ``who`` and its main clause's subject
    is "he"/"she" next: "When Xerxes was persuaded that …, he sent his troops", "After Madero defeated
    the army, on May 21, he signed …". English takes the main clause's pronoun for the opening clause's
    subject (the reader has just met them), unless that clause acted on someone of the pronoun's sex."""
    opening = OPENING_CLAUSE_SUBJECT.match(sentence)
    if opening is None or short_name(opening.group(1)) != who.strip():
        return False
    main = sentence[opening.end():]
    pronoun = re.match(r"\s*(?:(?:on|in|by|at|during)\s+[^;]{1,30}?,\s*)?(he|she)\s+[a-z]", main)
    return pronoun is not None and not acts_on_the_pronoun(opening.group(1), sentence[:opening.end()], pronoun.group(1))


#: The derivation of a dated event retitled from a clause of its own after its title was made ("…, two
#: weeks after it sold the tapestry in May": see ``one_happening.one_per_clause``): its pronoun was never named.
_OWN_CLAUSE_TITLE = re.compile(r"; told in [^;]* of its own")


def name_undated_pronouns(events: Sequence[Event], text: str) -> list[Event]:
    """``events`` with the titles of undated acts ("He negotiates the loan", made from the clause's own
    subject) opening with a pronoun named as a dated event's title is ("I"/"we" of an interview's
    answer too), and so the titles of dated acts retitled from a clause of their own
    (:data:`_OWN_CLAUSE_TITLE`); the title stays when no rule finds whom the pronoun stands for."""
    out = []
    for event in events:
        if not event.timex and FIRST_PERSON.match(event.title):
            # "… in 2010 I rented a shop and bought an oven": the undated act's "I" is the answer's
            # speaker as the dated act's is
            before = title_context(text, event.sentence_start) + event.sentence[: event.timex_start - event.sentence_start]
            named = first_person_named(event.title, before)
            out.append(replace(event, title=named) if named != event.title else event)
            continue
        if event.timex and not _OWN_CLAUSE_TITLE.search(event.derivation) or not _ANY.match(event.title):
            out.append(event)
            continue
        at = event.timex_start - event.sentence_start
        context = title_context(text, event.sentence_start)
        # ("Dana Holt resigned on Monday, six weeks after she lost a vote": the person the sentence opens on)
        main = main_clause_person(event.title, event.sentence, text)
        if main is not None:
            out.append(replace(event, title=f"{main} {event.title[_HE_SHE.match(event.title).end():]}"))
            continue
        named = name_opening_pronoun(event.title, event.sentence, event.sentence[:at], context)
        pronoun = _ANY.match(event.title)
        who = named[: len(named) - len(event.title) + pronoun.end()]
        person = _HE_SHE.match(event.title)
        if who.split()[0].lower() in _CLAUSE_WORDS or person and not _opening_clause_names(who, event.sentence) and (
                not _named_lately(who, context) or not re.match(r"\s*(?:He|She)\s", event.sentence)):
            # ("If Huerta", "There": a clause's opening word taken into a name is no one's name)
            # (nor a "he" inside its sentence, "During the war he taught …", "…; he was killed": the
            # entities' rule, which knows who is a person, names those)
            named = event.title  # (the name is what stands before the title's words after "He"/"She")
        out.append(replace(event, title=named) if named != event.title else event)
    return out
