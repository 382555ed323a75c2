"""Who an event's actor is, as a reader expects it: the agent of the event's own clause.

The rule (issue 12), in order:

1. The clause's subject is a name ("Northvale Water issues a notice"): that actor, first.
2. It is a pronoun or a description that stands for an actor named before ("She retires", "The
   company moves"): that actor, first (see ``explorer.entities.subject``), and the description after
   it ("the company"); a pronoun that stands for no one the rules can find is itself the actor
   ("They sail from Velden": "they"), as the writer's "we" is (:func:`pronoun_subject`).
3. It is a description that stands for no name ("The theatre opens", "Talks are suspended", "Health
   officials confirm four more cases", "A flood destroys the timber bridge"): the description itself
   is the actor, first: "the theatre", "talks", "health officials", "a flood". A reader asked "who?"
   answers with it; an empty "who" or a name merely mentioned in the clause ("Lyon" in "The exhibition
   travels to Lyon") is the wrong answer.
4. The other names of the clause follow, as before.

A description is kept as the title writes it up to its head noun's first modifier ("A footbridge
over the river" -> "a footbridge"), an "of" phrase kept ("a section of the harbour wall"), with a lower-case first letter: that is how an actor that is a
description and not a name is told apart everywhere (:func:`is_description`). Descriptions count for
no one's centrality, join no cross-document group and make no actor lane, since "the council" of one
article is not the council of another. A pronoun is a description only as that last resort; a
sentence's framing is none. Nothing here knows a particular name.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from explorer.auxiliaries import BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS
from explorer.events.names import cached_pattern
from explorer.events.possessed import OWNED_BY_NAME
from explorer.events.subject_phrases import OPENING_PREPOSITIONS
from explorer.events.tense import SMALL_COUNTS, noun_after_adjective, plural_present, plural_without_s, present_of
from explorer.events.tense import plural_present as _plural_of_present, present_of as _present_of_past  # (shadowed below)
from explorer.events.titles.dashes import without_dash_aside
from explorer.events.titles.relatives import opens_modifier
from explorer.number_words import spelled
from explorer.peoples import COMPASS, IRREGULAR_DEMONYM_COUNTRIES, IRREGULAR_DEMONYMS, SIDE_ADJECTIVES
from explorer.temporal.lexicon import FULL_MONTHS, FULL_WEEKDAYS

_PRONOUNS = frozenset("i we you he she it they this that these those there here one who which what".split())
#: Words that open a description: "the", "a", "both", a number …; a capitalised opening word that is
#: none of these opens a description only when it reads as a common noun (see below).
_DETERMINERS = frozenset(
    "the a an both several some many most all few each every no its their his her our your two three four five six "
    "seven eight nine ten dozens hundreds thousands".split()
)
#: Words after which a subject's head noun has its modifiers: the description ends before them.
_MODIFIER_OPENERS = frozenset("of in at on from for with over along near to by under between into across around who which that".split())
_NOT_SUBJECT_START = frozenset(
    "in on at by after before during since until from over when while as if because although though despite "
    "with without for to and but or so then also".split()
)
MAX_DESCRIPTION_WORDS = 6
_PERSONAL = frozenset("it he she they we".split())
_PEOPLE_SUFFIX = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an|ic|i|ch)$")
#: Peoples' adjectives no suffix tells: "Dutch", "Greek", and a former state's or a war's side's
#: ("Soviet", "Union", "Confederate", "Allied"), read from the one list every room shares.
_PEOPLE_WORDS = IRREGULAR_DEMONYMS | frozenset(IRREGULAR_DEMONYM_COUNTRIES) | SIDE_ADJECTIVES


def _people_adjective(subject: list[str]) -> int:
    """How many words of ``subject`` open it as a people's adjective: one ("Finnish", "Soviet"), two
    after a compass word ("North Vietnamese", "South Korean"), or none."""
    def one(word: str) -> bool:
        return _PEOPLE_SUFFIX.match(word) is not None or word[:1].isupper() and word.lower() in _PEOPLE_WORDS

    if len(subject) > 1 and subject[0].lower() in COMPASS and subject[0][:1].isupper() and one(subject[1]):
        return 2
    return 1 if subject and one(subject[0]) else 0


#: Adverbs that stand between a subject and its verb ("The factions only began", "Officials reportedly
#: met"): no part of who acted.
_ADVERBS = frozenset(
    """only also reportedly allegedly apparently still even just then now already finally
    recently initially eventually subsequently soon again quickly immediately formally officially jointly
    together secretly publicly repeatedly never often thereafter promptly swiftly duly""".split()
)
#: A share of a group opening a subject: "two of the hostages", "most of its members".
_QUANTIFIERS = frozenset(
    """one two three four five six seven eight nine ten dozens hundreds thousands some many most all few several
    none each both half""".split()
)


#: Counts of a crowd that go before a bare plural: "thousands of farmers", "dozens of residents".
_CROWDS = frozenset("dozens scores hundreds thousands millions".split())


#: Endings of English common nouns, which a name the index did not know ("Kestria") seldom has:
#: "Unemployment", "Construction", "Traffic", "Work".
_COMMON_NOUN = re.compile(r"^[A-Z][a-z]+(?:ment|tion|sion|ity|ness|ance|ence|ism|ure|age|ship|hood|dom|work|ffic|ery|ory)$")


#: Collective nouns a news sentence opens with, capitalised only by the sentence: "Police arrested …";
#: and "work", which a report of building opens with as often: "Work on the new pier began …".
_COLLECTIVES = frozenset(
    "police government army navy staff management public crowd jury parliament congress senate cabinet work".split()
)


#: What opens a log's or a list's entry before its first word, which is capitalised as a sentence's
#: first word is: "23:40 – Pressure fell", "Update: Engineers restarted", "• Supplies were restored".
#: (a colon after a word or a date counts too: "Update: ", "May 2024: "; so does a wire dateline's
#: mark: "BELFAST, Northern Ireland (AP)_ Police seized", "NEW YORK _ Police closed")
_OPENS_ENTRY = re.compile(r"(?:(?:^|\s)(?:[–—•*|_]|-{1,2})|\)_|:)\s+$|^\s*[\d:.apm ]+\s*$|[“\"(]$")


#: A log entry's time and separator, or a list's bullet, before its sentence: "00:25 – ", "9.15am: ", "• ".
_ENTRY_HEAD = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?)?(?:[–—|•*:]|-{1,2})\s+")


#: What opens a verb's object or clause: "that", a determiner, a possessive, a number.
_OBJECT_START = re.compile(r"^(?:that|the|a|an|her|his|its|their|our|\d[\d,.]*)$", re.IGNORECASE)
#: A lower-case word in the third person present: "records", "includes", "opens", "says".
_PRESENT_VERB = re.compile(r"^[a-z]{3,}(?<!ss)(?<!us)(?<!is)s$")


#: Nouns in "-ly", which are no adverbs: "The family moved", "The assembly voted".
_LY_NOUNS = frozenset("family ally rally supply assembly monopoly anomaly reply july italy belly jelly bully".split())
#: Auxiliaries and copulas, which a lower-case subject word never is.
_VERB_WORDS = BE_FORMS | HAVE_FORMS | DO_FORMS | (MODALS - {"shall", "should"})


#: Nouns that count or gather what follows their "of", or pick a member of it: "a batch of faulty
#: valves", "a band of soldiers", "the last of our patients". What follows is who acted or underwent.
_SHARE_NOUNS = frozenset(
    """batch band group team crowd handful number couple dozen majority minority squad detachment column
    contingent gang wave series spate string flurry set first last rest remainder bulk""".split()
)


#: Participles written as their verb's base, which ``present_of`` cannot tell: "a unit run by …".
_SAME_AS_BASE = frozenset("run overrun set put cut hit".split())


def _without_quantifier(subject: list[str]) -> list[str]:
    """ "two of the kidnapped engineers" -> "the kidnapped engineers", "a batch of faulty valves" ->
    "faulty valves": the group is who acted or underwent; "two" or "a batch" alone names no one."""
    if len(subject) > 3 and subject[0].lower() in _QUANTIFIERS and subject[1].lower() == "of" \
            and subject[2].lower() in _DETERMINERS:
        return subject[2:]
    if len(subject) > 2 and subject[0].lower() in _CROWDS and subject[1].lower() == "of" and subject[2].islower():
        # "thousands of farmers": a crowd's size before its bare plural, who acted (an aside after the
        # plural, opened by a share of it, is no part of it: "scores of trucks, many with flags,")
        share = next((i for i, w in enumerate(subject[3:], 3) if w.lower().strip(",") in _QUANTIFIERS), len(subject))
        return subject[2:share]
    if len(subject) > 3 and subject[0].lower() in ("a", "an", "the") and subject[1].lower() in _SHARE_NOUNS \
            and subject[2].lower() == "of" and subject[3].lower() not in _PRONOUNS | {"them", "us", "you"} \
            and not subject[3][:1].isupper():
        return subject[3:]  # never before a name ("the band of Oeobazus"): the name is the actor, found as one
    return subject


def is_description(actor: str) -> bool:
    """Whether ``actor`` is a description ("the theatre", "talks", the writer's "I", a name's owned
    thing: "Nadia Orrin's grandfather") rather than a name."""
    return bool(actor) and (actor[:1].islower() or actor == "I" or OWNED_BY_NAME.search(actor) is not None)


#: A title told by its writer: "We open a food bank", "I land at the airport" (a verb in lower case after).
_FIRST_PERSON = re.compile(r"^(We|I)\s+(?=[a-z])")


def first_person_subject(title: str) -> str | None:
    """ "we" or "I" when the writer is the title's subject: the one who acted, as the text names them
    (a description, no lane's name: :func:`names_only` leaves it out), or None."""
    m = _FIRST_PERSON.match(title)
    return None if m is None else "we" if m.group(1) == "We" else "I"


#: A title told in the passive with its agent described, not named: "The old school is bought by the
#: parish council", "The clock is restarted by volunteers from the civic society", "The club is fined
#: £2,000 by the league". The agent's words run to its first modifier or the clause's next phrase.
_PASSIVE_BY = re.compile(
    r"^\S.*?\s(?:is|are)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)(?:\s+(?!by\b)(?:[^\s,;]|,(?=\d))+){0,3}?\s+by\s+"
    r"(?P<agent>(?:(?:the|a|an|its|their|" + spelled(2, 5) + r"|several|local|some)\s+)?(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)"
    r"(?=\s+(?:in|on|at|of|from|for|after|before|during|with|to|and|who|which|that|over|near)\b|\s*[,;.]|\s*$)"
)


#: Bare nouns after a passive's "by" that say how, not who: "taken by lorry", "sent by post".
_MEANS = frozenset("""post mail email e-mail phone telephone telegram fax radio cable courier road rail train
    air sea boat ship lorry truck van car bus coach ferry plane aeroplane airplane helicopter bicycle bike
    hand foot horse sledge cart canal river barge ambulance taxi tram stretcher""".split())


def passive_agent(title: str) -> str | None:
    """The described agent of a title in the passive ("… is bought by the parish council" -> "the
    parish council"), who acted, or None: a title in the active, an agent that is a name (the index
    knows names), or a "by" that is no agent's ("is rebuilt by 1870" has a date; "by" a number)."""
    from explorer.events.tense import PARTICIPLES

    m = _PASSIVE_BY.match(title)
    if m is None or m.group("verb") in _RELATION_PARTICIPLES \
            or not (m.group("verb") in PARTICIPLES or present_of(m.group("verb")) is not None):
        return None
    agent = m.group("agent")
    words = agent.split()
    if len(words) == 1 and words[0].lower() in _MEANS:
        return None  # "taken by lorry", "sent by post": a means, not who acted ("arrested by police" has a doer)
    if words[-1].lower() in _NO_DOER:
        return None  # "re-elected by a large majority", "won by a wide margin": how, not who
    if any(w in _MODIFIER_OPENERS for w in words) or words[-1] in _PRONOUNS or words[-1].isdigit() \
            or present_of(words[-1]) is not None:
        return None  # ("by the local resistance assisted": a cut title's participle, no agent's head)
    return agent


#: Passives that relate two things, whose "by" names no one who acted: "is followed by an armistice";
#: or one in another's place: "is succeeded by his deputy", "is survived by two sons".
_RELATION_PARTICIPLES = frozenset(
    "followed preceded accompanied exemplified illustrated represented characterised characterized marked "
    "succeeded survived replaced".split()
)
#: Heads of a "by" phrase that say how or how much, not who: "by a large majority", "cut by a third".
_NO_DOER = frozenset("majority margin default accident mistake chance distance half third quarter fifth tenth percent cent "
                     "consent agreement acclamation decree proclamation ballot".split())


def names_only(actors: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``actors`` without descriptions: what centrality, grouping and actor lanes count."""
    return tuple(a for a in actors if not is_description(a))


def _subject_words(title: str, sentence: str, clause_start: int | None) -> tuple[list[str], int] | None:
    """:func:`_read_subject_words`, read once per event: the actor rules ask it up to three times for
    the same title and sentence, and labelling 100k events when the Actors list arrives spent most of
    its time here. The words come back as a new list, so no caller changes the remembered ones."""
    found = _remembered_subject_words(title, sentence, clause_start)
    if found is None:
        return None
    words, at = list(found[0]), found[1]
    kept = _without_time_after(_without_frame(words))
    if len(kept) < len(words) and kept[0] is not words[0]:
        # the subject begins further on: where the sentence writes it, when it was read there
        at = sentence.find(kept[0], at) if at >= 0 else at
    return kept, at


#: A time told right after the subject's noun, before its verb: "a drone survey the previous winter showed",
#: "the board last month approved": the time's, no part of who acted.
_TIME_AFTER_NOUN = re.compile(
    r"(?i)^(?:(?:the\s+(?:previous|following|next|same)|last|this|that|next)\s+"
    r"(?:day|week|weekend|month|year|winter|spring|summer|autumn|fall|morning|afternoon|evening|night)|"
    r"(?:last|this|next)\s+(?:" + "|".join(FULL_WEEKDAYS + FULL_MONTHS) + r"))$")


def _without_time_after(words: list[str]) -> list[str]:
    """``words`` without a time phrase of two or three words ending them (see ``_TIME_AFTER_NOUN``)."""
    for k in (3, 2):
        if len(words) > k and _TIME_AFTER_NOUN.match(" ".join(words[-k:]).strip(",;:")):
            return words[:-k]
    return words


def _read_subject_words(title: str, sentence: str, clause_start: int | None) -> tuple[list[str], int] | None:
    """The words before the verb of the title's subject as the sentence writes them, and where they
    begin in ``sentence`` (-1: read in the title). The subject is found in ``sentence`` where the
    title's first words are written (the sentence's verb is in the past, which the title rules read
    best), else (a title the user wrote, or told in other words) where the event's clause begins
    (``clause_start``), so that renaming an event does not change its actor; with neither, in the title."""
    from explorer.events.titles.finish import verb_at  # the title rules' own idea of where the verb is

    words = title.split()
    if len(words) < 2:
        return None
    # "Three banks — A, B and C — agreed": the subject is read past the aside, as the title was made;
    # so is a relative aside ("The club, whose owner Ann Voss bought it, sacked …") unless the title
    # tells the aside's own happening
    sentence = without_dash_aside(sentence, ())
    told = {w.strip(",;:“”\"").lower()[:5] for w in words[2:] if len(w.strip(",;:“”\"")) > 3}
    # "The new bridge, which the council opened in March, has cracked" titled "The council opens the new
    # bridge": the title's subject is the aside's own, so the title tells the aside whatever its verb's form
    acting = re.compile(r"\b" + re.escape(" ".join(words[:2] if words[0].lower() in _DETERMINERS else words[:1]).lower())
                        + r"\b")
    for aside in _RELATIVE_ASIDE.finditer(sentence):
        if told.isdisjoint(w.strip(",").lower()[:5] for w in aside.group().split() if len(w.strip(",")) > 3) \
                and not acting.search(aside.group().lower()):
            # (the comma after the subject stays: "The volcano, which …, first erupted" is read "The volcano,")
            sentence = sentence[:aside.start() + 1] + " " * (len(aside.group()) - 1) + sentence[aside.end():]
    read = _Read.of(sentence)  # (its lower case and its script, once for every search below)
    at = read.low.find(" ".join(words[:2]).lower()) if sentence else -1
    if at != -1 and _COUNT_NAMED.match(title) and read.low.find(" ".join(words[:3]).lower()) == -1:
        sentence = ""  # "The three men are charged" for "The three were charged": the title named the count
        at = -1
    if at == -1 and sentence:
        at = _retold_subject_at(words, read)
    if (at == -1 or read.low[max(0, at - 3):at] == "by ") and sentence and read.may_hold("by"):
        # "A loose cable was found by inspectors" titled "Inspectors find a loose cable": the passive's
        # agent, which the title put first, is its subject (also where the title's first words are found,
        # right after that "by": "Penn was chosen by the county committee" titled "The county committee chooses Penn")
        agent = [k for k in range(1, min(5, len(words))) if words[k - 1].lower() not in _DETERMINERS
                 and _by_agent(read, words[:k])]
        if agent:
            return [w.strip(",;:“”\"") for w in words[:agent[-1]]], -1
    if at == -1 and clause_start is not None and 0 <= clause_start < len(sentence):
        at = clause_start + len(sentence[clause_start:]) - len(sentence[clause_start:].lstrip(" ,;:–—-"))
        entry = _ENTRY_HEAD.match(sentence, at)
        at = entry.end() if entry else at  # "00:25 – Engineers began": the log's time is no part of the subject
    written = sentence[at:].split() if at != -1 else words
    opening = _present_of_past(written[0].strip(",;:").lower()) if at != -1 and written and written[0][:1].isupper() else None
    if opening is not None and words[0].lower() != written[0].lower():
        # "Weighed anchor at 2 p.m." titled "The Halvard Rose weighs anchor": an entry told with no
        # subject, which the title named (a log's keeper, a diary's "I"): the title's words before the verb
        told = next((i for i, w in enumerate(words[1:MAX_DESCRIPTION_WORDS + 1], 1)
                     if w.lower() in (opening, _plural_of_present(opening))), None)
        if told is not None:
            return [w.strip(",;:“”\"") for w in words[:told]], -1
    if at != -1 and written and written[0] in _SHARED_SUBJECT_VERBS and words[0].lower() in ("the", "a", "an"):
        # "… and will publish a report" titled "The inspectors will publish a report": the clause shares
        # the sentence's subject, which the title has named; its words before the verb are the subject
        told = next((i for i, w in enumerate(words[1:MAX_DESCRIPTION_WORDS + 2], 1) if w.lower() == written[0]), None)
        if told is not None:
            return [w.strip(",;:“”\"") for w in words[:told]], -1
    verb = verb_at(written[:MAX_DESCRIPTION_WORDS + 6])
    if verb is not None and verb > 2 and at != -1 and (early := _singular_present_at(written[:verb + 1])
                                                       or _plural_present_at(written[:verb + 1])) is not None \
            and early < verb and any(w.endswith(",") or w.lower() in _CLAUSE_OPENERS for w in written[early + 1:verb]):
        # "The choir returns to Tallmere in 2027, when Mira Koss will bring …": a present verb before the
        # past or future the rules read is the clause's own; the later one is another clause's
        verb = early
    if verb is None and at != -1 and any(opens_modifier(w, n) for w, n in zip(written[1:6], written[2:7])):
        # "The first pilot plant using the process to strip iron from mine water opened": a subject
        # whose participle or infinitive reaches past the usual span; its description is cut at it below
        verb = verb_at(written[:MAX_DESCRIPTION_WORDS + 14])
    if verb is None:
        verb = _present_verb_at(written[:MAX_DESCRIPTION_WORDS + 6])  # "Tickets go on sale"
    if verb is None and at != -1:
        told = _subject_end_in_the_title(words, written)
        if told is not None:
            return [w.strip(",;:“”\"") for w in words[:told]], -1
    if verb is None and at != -1 and (told := _present_verb_at(words[:MAX_DESCRIPTION_WORDS + 6])) is not None:
        # "The festival returns next summer", "The choir returns to Tallmere in 2027, when …": the
        # sentence's present verb before no object is not seen where it is written; the title's own
        # present (its last word, "The festival returns") ends who acted, never the whole title
        return [w.strip(",;:“”\"") for w in words[:told]], -1
    if verb is None and (words[0].lower() in _DETERMINERS or _headline_noun_phrase(words)):
        # a title with no verb names a happening or a thing ("The lantern procession along the
        # towpath", "Summer fair", "Lunch club at St Brendan's"): its noun phrase is the subject
        return [w.strip(",;:“”\"") for w in words[:MAX_DESCRIPTION_WORDS + 1]], -1
    if verb is not None and verb >= 1 and written[verb - 1].lower() in ("the", "a", "an", "its", "their", "his", "her"):
        # "The met office issued", "the cost of wheat rose": no verb follows a determiner; the word is
        # the subject's ("met", "cost" read as pasts), and the clause's verb stands later
        later = verb_at(written[verb + 1:MAX_DESCRIPTION_WORDS + 6])
        verb = verb if later is None else verb + 1 + later
    if verb is None or verb == 0:
        return None
    pronoun = verb - 1
    while pronoun > 0 and written[pronoun].lower() in _ADVERBS:
        pronoun -= 1  # "It also reignited …", "They just started …": an adverb between the pronoun and its verb
    if at != -1 and verb >= 1 and written[pronoun].lower() in _PERSONAL and words[0].lower() != written[pronoun].lower():
        # "Next year it will start …" titled "The race will start …": the title has said what the
        # pronoun after the opening phrase stands for; its subject is the one to read
        # where the sentence's verb, retold in the present, stands in the title ("They boarded" titled
        # "The inspectors board": "inspectors" is no verb, though it ends as one), else the title's verb
        from explorer.events.tense import third_person, plural_present, present_of
        from explorer.events.titles.achieved import achieving_length

        said = written[verb].strip(",;:").lower()
        forms = {said, present_of(said) or said, plural_present(present_of(said) or said)}
        achieving = achieving_length([w.lower() for w in written], verb)
        if achieving:
            # "they managed to scuttle their fleet" titled "The sailors scuttle their fleet": the act is told
            act = written[verb + achieving].strip(",;:").lower()
            forms |= {act, third_person(act)}
        told = next((i for i, w in enumerate(words[1:MAX_DESCRIPTION_WORDS + 6], 1) if w.lower() in forms), None)
        if told is None:
            told = verb_at(words[:MAX_DESCRIPTION_WORDS + 6])
        if told is None:
            # "He washed his arm and finished his shift" titled "The patient finishes his shift": the
            # title retells another verb of the pronoun's clause
            retold = {present_of(w.strip(",;:").lower()) for w in written[verb + 1:]} - {None}
            told = next((i for i, w in enumerate(words[1:MAX_DESCRIPTION_WORDS + 6], 1) if w.lower() in retold), None)
        if told is not None and (words[0].lower() in _DETERMINERS
                                 or words[0][:1].isupper() and words[0].lower() not in _PRONOUNS):
            # ("The sailors", "Two surveyors", "Mediators from the ministry": what the title named)
            return [w.strip(",;:“”\"") for w in words[:told]], -1
    subject = written[:verb]
    comma = next((i for i, w in enumerate(subject[:-1]) if w.endswith(",")), None)
    if comma is not None and (subject[comma + 1].lower() in _ASIDE_OPENERS or subject[comma + 1][:1].isdigit()) \
            and any(w.endswith(",") or w.lower() in ("who", "whom", "which", "whose") for w in subject[comma + 1:]):
        # (a closed aside or a relative one, not "Alone, one Vietnamese in every ten was")
        # "Hughes, the captain, lifted", "The victims, many of whom were pensioners, gave": an aside after
        # the subject is no part of it (a list, "Britain, France and Italy", goes on in capitals)
        subject = subject[:comma + 1]
    semicolon = next((i for i, w in enumerate(subject[:-1]) if w.endswith(";")), None)
    if semicolon is not None:
        # "… wrecked the pier; the council repaired it" titled "The pier opens again": a semicolon ends
        # the clause, and a subject read where the title's words stand never runs past it
        subject = subject[:semicolon + 1]
    return [w.strip(",;:“”\"") for w in subject], at


def _subject_end_in_the_title(words: list[str], written: list[str]) -> int | None:
    """Where the title's subject ends when the sentence as written (``written``) shows no verb within
    reach: the title has put the act in words of its own, and its words before that act are who did it.
    Three ways the sentence hides its verb:

    * an infinitive after whom the act was made to do: "The council forced the pub to close in March"
      titled "The pub closes";
    * a gapped clause, whose verb is the first clause's: "… and the Tern in 1926" titled "The Tern
      arrives" (the words the two share from their start, when the title goes on with a verb the
      clause does not write);
    * an aside that puts the verb past the words read: "Two of the men on it, the brothers Tom and
      Walter Riggs, were lost" titled "Two of the men are lost", and what a time saw done, "The 1990s
      saw the company expand" titled "The company expands" (the title's own verb; not "Held prayers on
      deck", an entry told with no subject, whose plural noun reads as a present)."""
    from explorer.events.tense import third_person
    from explorer.events.titles.finish import present_verb_at, verb_at

    to = next((i for i, w in enumerate(written[1:MAX_DESCRIPTION_WORDS + 2], 1) if w.lower() == "to"), None)
    act = written[to + 1].strip(",;:.").lower() if to is not None and to + 1 < len(written) else ""
    told = next((i for i, w in enumerate(words[1:MAX_DESCRIPTION_WORDS + 2], 1)
                 if act.isalpha() and w.strip(",;:").lower() == third_person(act)), None)
    if told is not None:
        return told
    shared = 0
    while shared < min(len(words), len(written)) - 1 \
            and words[shared].strip(",;:").lower() == written[shared].strip(",;:").lower():
        shared += 1
    if shared and shared < len(words) and words[shared].islower() and words[shared].endswith("s") \
            and words[shared].lower() not in (w.strip(",;:.").lower() for w in written) \
            or shared and shared < len(words) and words[shared] in ("is", "are") and words[shared] not in written:
        return shared
    told = verb_at(words[:MAX_DESCRIPTION_WORDS + 6])
    if told is None and _present_of_past(words[0].lower()) is None:
        told = present_verb_at(words[:MAX_DESCRIPTION_WORDS + 6])
    return told if told is not None and told >= 1 else None

#: Time adverbs that stand after a subject, before its verb ("Relief Without Borders today launched",
#: "Norrland Gas first sketched", "The volcano last erupted", "Investigators later said"): no part of it.
_TRAILING_TIME_WORDS = frozenset("today yesterday tonight tomorrow first last later earlier now since once".split())
#: Personal pronouns that open a clause after a framing phrase or a noun ("Last autumn I changed",
#: "a task she finished"): the pronoun is the clause's subject.
_CLAUSE_PRONOUNS = frozenset("i we he she it they".split())
#: Words a framing phrase ends with before the subject ("Two days later they seized").
_FRAME_ENDS = frozenset("later earlier ago afterwards together meanwhile".split())
#: Words that open a clause of their own inside a subject read too far ("… to Lyon, where it"): a
#: pronoun after them is that clause's.
_CLAUSE_WORDS = frozenset("where which who whom whose that when while so and but or because if as than".split())
#: Words a framing phrase opens with ("In the slump of 1892 the companies cut", "Under Varo it cleared").
_FRAME_OPENERS = OPENING_PREPOSITIONS | frozenset("since until within across together last next earlier later".split())
#: Determiners that open a subject after a framing phrase ("… of 1892 the companies").
_SUBJECT_DETERMINERS = frozenset("the a an".split())
#: Words after which a determiner continues the framing phrase ("in the reign of the king").
_FRAME_LINKS = frozenset(
    "in on at of after before during since until over under by within from to for with and or into than".split())


def _without_frame(subject: list[str]) -> list[str]:
    """``subject`` less a framing phrase before it and a time adverb after it, as the sentence wrote them
    before the verb: "In the slump of 1892 the companies" -> "the companies", "Two days later they" ->
    "they", "Last autumn I" -> "I", "Relief Without Borders today" -> "Relief Without Borders". A
    frame's words are no one who acted (an actor "In the slump of 1892 the companies" names no one a
    reader would look for, and a pronoun behind a frame was read as no pronoun at all)."""
    while len(subject) > 1 and subject[-1].lower() in _TRAILING_TIME_WORDS and subject[-2].lower() not in _DETERMINERS:
        subject = subject[:-1]
    if len(subject) < 2:
        return subject
    low = [w.lower() for w in subject]
    if low[0] not in _FRAME_OPENERS and not any(w in _FRAME_ENDS for w in low[1:-1]):
        return subject  # ("A tram line she championed": a relative clause's pronoun is not the subject)
    if low[-1] in _CLAUSE_PRONOUNS and _CLAUSE_WORDS.isdisjoint(low[:-1]):
        return subject[-1:]  # "Last autumn I", "Together they", "Under Varo it"
    ends = [i for i, w in enumerate(low[1:-1], 1) if w in _FRAME_ENDS]
    if ends:
        return subject[ends[-1] + 1:]  # "Two days later the rebels"
    starts = [i for i, w in enumerate(low[2:], 2) if w in _SUBJECT_DETERMINERS
              and low[i - 1].strip("()") not in _FRAME_LINKS and low[i - 1] not in _DETERMINERS]
    return subject[starts[-1]:] if starts else subject


#: Words that open an aside after a subject's comma ("Hughes, the captain,", "The victims, many of whom …",
#: "Lind, who …"), unlike an adjective joined by a comma ("A second, larger eruption").
_ASIDE_OPENERS = frozenset("the a an his her its their both all many most some each one two three several none who "
                           "which whose whom".split())
#: A count or an ordinal the title rules named by the group counted before ("The three men", "The 3
#: teenagers", "The third bid").
_COUNT_NAMED = re.compile(
    r"^The\s+(?:" + spelled(2, 12) + r"|\d{1,3}|first|second|third|fourth|fifth|last)"
    r"\s+[a-z]", re.IGNORECASE)
#: A relative aside between a subject and its verb: ", whose owner Ann Voss bought it in 2019,".
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:whose|who|which)\b[^,;.]{2,100},(?=\s+(?!(?:when|while|where|after|before|until|and|but|as|so)\b)[a-z])"
)
#: Auxiliaries that open a clause sharing the sentence's subject: "… and will publish", "… and had left".
_SHARED_SUBJECT_VERBS = frozenset("will would had has have was were is are can could may might must should".split())


#: The most words of a title with no verb that is read as a noun phrase naming its actor.
NOUN_TITLE_WORDS = 8




_remembered_subject_words = functools.lru_cache(maxsize=4096)(_read_subject_words)

def _headline_noun_phrase(words: list[str]) -> bool:
    """Whether a title is a noun phrase alone, as a notice or a headline gives a happening ("Summer
    fair", "Year 3 trip to Castle Mound"): short, capitalised, no verb of either tense in it."""
    from explorer.events.titles.finish import verb_at

    return len(words) <= NOUN_TITLE_WORDS and words[0][:1].isupper() and verb_at(words) is None \
        and _present_verb_at(words) is None and not any(_PRESENT_VERB.match(w) and w.islower() for w in words[1:3]) \
        and not any(w.lower() in ("the", "a", "an") and words[i - 1].lower() not in _MODIFIER_OPENERS
                    for i, w in enumerate(words[1:], 1))  # "Crosswinds split the peloton": a verb we did not see


class _Read(NamedTuple):
    """A sentence with its lower case and whether it is ASCII, worked out once for all the plain
    searches one title makes in it (up to a dozen: each word of the subject, each "by")."""

    text: str
    low: str
    ascii: bool

    @classmethod
    def of(cls, sentence: str) -> _Read:
        return cls(sentence, sentence.lower(), sentence.isascii())

    def plain(self, words: list[str]) -> bool:
        """Whether plain searches for ``words`` are exact (``str.lower`` folds case as a
        case-insensitive pattern does only for ASCII): elsewhere a pattern is compiled."""
        return self.ascii and all(word.isascii() for word in words)

    def may_hold(self, word: str) -> bool:
        """See :func:`may_hold`."""
        return not self.plain([word]) or word.lower() in self.low


def may_hold(sentence: str, word: str) -> bool:
    """False only when ``sentence`` cannot hold ``word`` in any case: a check by plain search before
    a pattern made for one title is compiled (two a title, thousands on a page of dated lines, each
    a miss of the ``re`` module's cache). Exact for ASCII text only (elsewhere a case-insensitive
    pattern matches letters ``str.lower`` does not fold alike), so other text is always searched."""
    return _Read.of(sentence).may_hold(word)


#: Between two words of a title found in its sentence, and the characters a word found whole has on neither side.
_SPACES = re.compile(r"\s+")
_WORD_EDGE = re.compile(r"[\w’'-]")
_BOUNDARY = re.compile(r"\b")
#: After a title's first words in its sentence: the past (or perfect) verb the title retells.
#: An adverb a retold verb may stand after ("which inspectors later blamed on …" titled "Inspectors blame …").
_RETOLD_ADVERB = r"(?:(?:later|then|also|soon|subsequently|eventually|finally|promptly|swiftly|quickly)\s+)?"
_RETOLD_VERB = re.compile(r"\s+" + _RETOLD_ADVERB + r"(?:ha[ds]\s+|have\s+)?([a-z]+)\b", re.IGNORECASE)


def _words_end(sentence: str, low: str, words: list[str], at: int) -> int | None:
    """Where ``words`` end when ``sentence`` (ASCII; ``low`` its lower case) writes them from ``at`` in
    any case, spaces between them, or None."""
    for i, word in enumerate(words):
        if i:
            gap = _SPACES.match(sentence, at)
            if gap is None:
                return None
            at = gap.end()
        if not low.startswith(word.lower(), at):
            return None
        at += len(word)
    return at


def _by_agent(read: _Read, words: list[str]) -> bool:
    """Whether the sentence writes "by" and then ``words`` whole, in any case ("found by inspectors")."""
    sentence, low = read.text, read.low
    if not read.plain(words):
        return cached_pattern(r"\bby\s+" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w’'-])",
                              re.IGNORECASE).search(sentence) is not None
    at = low.find("by")
    while at >= 0:
        gap = _SPACES.match(sentence, at + 2)
        if _BOUNDARY.match(sentence, at) and gap is not None and (
                end := _words_end(sentence, low, words, gap.end())) is not None and not _WORD_EDGE.match(sentence, end):
            return True
        at = low.find("by", at + 1)
    return False


def _retold_verbs(read: _Read, words: list[str]) -> list[tuple[int, str]]:
    """Each place the sentence (``read``) writes ``words`` whole, in any case, then a word (after "had"/"has"/"have"
    when one is there), with that word, left to right and not overlapping (as ``finditer`` reads them):
    by plain search in ASCII text, so no pattern is compiled for each title (thousands on a page of
    dated lines, 0.3 s of a dozen histories)."""
    sentence = read.text
    if not read.plain(words):
        pattern = r"(?<![\w’'-])" + r"\s+".join(re.escape(w) for w in words) + r"\s+" + _RETOLD_ADVERB + r"(?:ha[ds]\s+|have\s+)?([a-z]+)\b"
        return [(m.start(), m.group(1)) for m in cached_pattern(pattern, re.IGNORECASE).finditer(sentence)]
    low, first, found = read.low, words[0].lower(), []
    at = low.find(first)
    while at >= 0:
        if not (at and _WORD_EDGE.match(sentence, at - 1)) and (end := _words_end(sentence, low, words, at)) is not None \
                and (verb := _RETOLD_VERB.match(sentence, end)) is not None:
            found.append((at, verb.group(1)))
            at = low.find(first, verb.end())
            continue
        at = low.find(first, at + 1)
    return found


def _retold_subject_at(words: list[str], read: _Read) -> int:
    """Where the title's subject is written in the sentence (``read``) before the verb the title retells in the
    present ("Unemployment reaches 19 percent" from "After the mills closed, unemployment reached 19
    percent"), or -1: the title's first one to four words, then a past verb whose present is the
    title's next word. A plural subject takes the plural present ("Police begin waking residents" from
    "04:15 Police began waking residents"), so either present retells the past."""
    for k in range(1, min(_RETOLD_SUBJECT_WORDS + 1, len(words))):
        if not read.may_hold(words[k - 1]):
            return -1  # the title's k-th word is not in the sentence: neither are its first k + 1
        told = words[k].strip(",;:").lower()
        # ("After engineers had laid a bridge" titled "Engineers lay a bridge": a perfect retold too)
        for start, verb in _retold_verbs(read, words[:k]):
            present = present_of(verb)
            if present is not None and told in (present, plural_present(present)):
                return start
    return -1


#: The most words of a subject read before a past the title retells in the present ("Spot rates for road
#: haulage rise" from "Spot rates for road haulage between the ports rose": five).
_RETOLD_SUBJECT_WORDS = 6


def _present_verb_at(words: list[str]) -> int | None:
    """Where an irregular verb in the present is ("Tickets go on sale", "The fair takes place"): the
    past-tense reading of ``verb_at`` does not see it."""
    from explorer.events.tense import IRREGULAR

    present = set(IRREGULAR.values())
    for i, word in enumerate(words[1:], 1):
        low = word.strip(",;:").lower()
        if word[:1].islower() and (low in present or low + "s" in present or low + "es" in present) \
                and words[i - 1].lower() not in _DETERMINERS:
            return i
    return _plural_present_at(words) or _singular_present_at(words)


#: Prepositions a verb of motion or place takes after it: "The team travels to Eastport".
_VERB_PREPOSITIONS = frozenset("to into in at on from for with against by over".split())


def _singular_present_at(words: list[str]) -> int | None:
    """Where a regular verb in the singular present stands after a singular subject ("The team travels
    to Eastport", "The club plays in Leeds"): a word in "-s" whose past reads back to it, after a
    singular noun and before an object's or a preposition's opening word or an adverb, or ending a title that a
    determiner opens ("The festival returns", "The old ferry sails": the verb comes last)."""
    for i in range(2, min(len(words), 5)):
        before, word = words[i - 1].strip(",;:").lower(), words[i]
        last = i == len(words) - 1
        after = "" if last else words[i + 1].strip(",;:“”\"").lower()
        if not (word.isalpha() and word.islower() and word.endswith("s")) or word.endswith(("ss", "us", "is")):
            continue
        if not before.isalpha() or before.endswith("s") or before in _DETERMINERS:
            return None
        if last and words[0].lower() not in _OWNING_OPENERS:
            return None
        if not last and after not in _OBJECT_OPENER and after not in _VERB_PREPOSITIONS and after not in _ADVERBS \
                and after not in _ADJUNCT_OPENER:
            return None  # (an adverb after the verb too: "The old ferry sails again", "The fleet sails together")
        stem = word[:-2] if word.endswith(("shes", "ches", "xes", "sses")) else word[:-1]
        if any(present_of(past) == word for past in (stem + "ed", stem + "d", stem + stem[-1:] + "ed")):
            return i
        return None
    return None


#: Words that open another clause after a present verb: "The choir returns …, when Mira Koss will bring".
_CLAUSE_OPENERS = frozenset("when while as after before because since until once where and but".split())
#: Determiners that open a title's subject, before which a last word in "-s" is the verb: "The festival returns".
_OWNING_OPENERS = frozenset("the a an its their his her our this that".split())
#: What opens a verb's object or adjunct: "Tenants elect a new panel", "Talks open in Vell".
_OBJECT_OPENER = frozenset("the a an its their his her our to on in at for with from new two three four five six "
                           "all some most every each both several more".split())
#: What opens a clause of time or a cause's adjunct after a present verb: "The line restarts after the
#: window is replaced", "Workers return once the site is safe" (a timeline's entries).
_ADJUNCT_OPENER = frozenset("after before when until once despite following".split())


def _plural_present_at(words: list[str]) -> int | None:
    """Where a regular verb in the plural present stands after a plural subject ("Tenants elect a new
    panel", "Negotiators agree a draft", as timelines and lists write their entries): a base form whose
    past the tense rules know, between a plural noun and the opening of an object."""
    for i in range(1, min(len(words) - 1, 5)):
        before, word, after = words[i - 1].strip(",;:").lower(), words[i], words[i + 1].strip(",;:“”\"").lower()
        if not (word.isalpha() and word.islower()) or after not in _OBJECT_OPENER and after not in _ADJUNCT_OPENER \
                and not after[:1].isdigit():
            continue
        if word in _ADVERBS:
            return None  # "The town band marches again on …": an adverb after the verb, which is no plural's verb
        if not (before.isalpha() and before.endswith("s") and not before.endswith(("ss", "us", "is"))):
            return None  # "The workers union elects …": no plural noun right before it
        third = word + ("es" if word.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = word + ("d" if word.endswith("e") else "ed")
        if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
            third, past = word[:-1] + "ies", word[:-1] + "ied"  # "Students occupy the hall": "occupied"
        if present_of(past) == third:
            return i
        return None
    return None


def _of_phrase_end(subject: list[str], of: int) -> int | None:
    """Where the "of" phrase after a description's head ends, when the description keeps it: "A section of
    the harbour wall collapsed", "A member of staff was pushed", "The house of refuge closed", "The collapse
    of the old bridge doubled …". The head alone ("a section", "a member", "the collapse") tells a reader
    asked "who?" nothing; what it is a part, a member or a happening of does. The phrase ends at the next
    modifier's opening word or a comma, holds only lower-case words, and the description stays within
    ``MAX_DESCRIPTION_WORDS``; None when it would not (the description is then cut before the "of", as any
    modifier is)."""
    end = of + 1
    while end < len(subject) and subject[end].lower() not in _MODIFIER_OPENERS and subject[end].lower() != "and":
        end += 1
        if subject[end - 1].endswith(","):
            break
    if end < len(subject) and subject[end].lower() == "and":
        return None  # "The cost of wheat, sugar and energy rose" (the commas are gone), "… still stand and were listed"
    if end - of > 2 and not subject[end - 2].endswith(("'s", "’s", "s'", "s’")) and _present_verb_at(["x", subject[end - 1]]) == 1:
        end -= 1  # "The ruins of the wall still stand": the verb the subject was read up to is no part of it
    told = [w.strip(",") for w in subject[of + 1:end]]
    if not told or end > MAX_DESCRIPTION_WORDS or told[-1].lower() in _DETERMINERS | _PRONOUNS | {"them", "us", "you"} \
            or not all(w.islower() for w in told):
        return None  # ("Residents of Kelby": a name in it is found as one, and the head stays the description)
    return end


def title_subject(title: str, sentence: str = "", clause_start: int | None = None) -> str | None:
    """The whole subject before the verb ("Shares in Brenner Holdings"), as :func:`subject_description`
    finds it: a name inside it is the agent's owner, which a reader names rather than the description."""
    found = _subject_words(title, sentence, clause_start)
    return " ".join(found[0]) if found else None


#: Words ending in "s" that are no plural noun a participle could describe ("this morning", "his meeting").
_NOT_A_PLURAL_NOUN = frozenset("this his its was is has as us thus plus less unless yes".split())


def _reduced_relative_participle(subject: list[str], i: int) -> bool:
    """Whether ``subject[i]`` is a past participle opening a reduced relative on the noun before it ("a survey
    | carried out", "samples | taken", "the plan | approved"): a lower-case "-ed" word or a participle that
    is never a past, after a word that may end a noun (not a determiner, an adverb or a form of "be", where
    the participle is an adjective or a passive: "the rebuilt pier", "newly built homes")."""
    from explorer.events.tense import PARTICIPLES

    word, before = subject[i].strip(",;:"), subject[i - 1].lower()
    if not (word.isalpha() and word.islower() and (word.endswith("ed") and len(word) > 4 or word in PARTICIPLES)):
        return False
    return before.isalpha() and before not in _DETERMINERS and before not in _ADVERBS and not before.endswith("ly") \
        and before not in ("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "and", "or")


def subject_description(title: str, sentence: str = "", clause_start: int | None = None,
                        lone_word: bool = False) -> str | None:
    """The description a title opens with as its subject ("The Grove Street clinic will offer …" ->
    "the Grove Street clinic"), or None when the subject is a name, a pronoun, a preposition, or no verb
    follows it (see :func:`_subject_words` for where the subject is read). A quantifier's share goes
    ("Two of the kidnapped engineers were freed" -> "the kidnapped engineers": "two" is no one), and so
    do adverbs ("The rival clans only began" -> "the rival clans").

    ``lone_word``: the caller found no name in the clause, so one capitalised word opening the
    sentence ("Unemployment reached 12 percent") is a common noun written with the sentence's capital,
    not a name the index would have known: it is the description."""
    found = _subject_words(title, sentence, clause_start)
    if found is None:
        return None
    subject, at = found
    subject = _without_quantifier(subject)
    if len(subject) > 2 and subject[0].lower() == "the" and subject[1].lower() in SMALL_COUNTS \
            and _verb_after_count(sentence, subject[1], subject[2]):
        subject = subject[:2]  # "The four met again": the count after "the" is who, the word after it its verb
    first = subject[0].lower()
    counted = [w.strip(",") for w in subject[1:]] if re.fullmatch(r"\d[\d,]*", subject[0]) else []
    people = _people_adjective(counted)
    if people and len(counted) > people and _people_of_a_nation(counted[people - 1:]):
        # "9,000 Iraqi conscripts surrendered" -> "9,000 conscripts": a count of a people's members, who
        # acted, told by its noun as "Iraqi conscripts" is (below)
        return " ".join([subject[0], *counted[people:]])
    if counted and _counted_plural(counted):
        # "40 families lost their homes", "300 households were evacuated": a count of a plural common
        # noun is a description of who acted or underwent, the count kept with it
        return " ".join([subject[0], *counted])
    peoples = _peoples_adjectives(subject)
    if peoples and len(subject) > peoples and _people_of_a_nation(subject[peoples - 1:]):
        # "Dutch and Belgian engineers", "U.S., British, and Soviet leaders", "British Commonwealth
        # forces": several peoples' or sides' adjectives before a plural noun describe people as one
        # adjective does ("French archaeologists", below), told by their noun
        return " ".join(subject[peoples:])
    # ("One woman paid him": "one" before a common noun counts it, as "two" does; "One of them" and "One
    # is released" stay a pronoun's)
    one_counts = first == "one" and len(subject) > 1 and subject[1][:1].islower() and subject[1].isalpha() \
        and subject[1].lower() not in _PRONOUNS | {"of", "another"} and present_of(subject[1].lower()) is None
    if first in _PRONOUNS and not one_counts or first in _NOT_SUBJECT_START or not subject[0][:1].isalpha():
        return None
    if first in _ADVERBS or first.endswith("ly") and len(first) > 4 and first not in _LY_NOUNS:
        return None  # "Largely funded by a grant": an adverb, the clause has no subject of its own
    subject = [subject[0], *(w for w in subject[1:] if w.lower().strip(",") not in _ADVERBS)]
    participle = next((i for i, w in enumerate(subject[1:3], 1) if len(w) > 5 and w.endswith("ing") and w.islower()
                       and subject[i - 1].endswith("s") and subject[i - 1].lower() not in _NOT_A_PLURAL_NOUN), None)
    if participle is not None:
        subject = subject[:participle]  # "crews wearing breathing apparatus brought": what they were doing is no part of who
    relative = next((i for i, w in enumerate(subject[1:], 1) if _reduced_relative_participle(subject, i)), None)
    if relative is not None:
        subject = subject[:relative]  # "a survey carried out in May found": what was done to it is no part of who
    if len(subject) > 2 and subject[-1].isalpha() and subject[-1].islower() and subject[-1].endswith("ly") \
            and subject[-1] not in _LY_NOUNS and subject[-2].lower() not in _DETERMINERS:
        subject = subject[:-1]  # "The company swiftly closed …": an adverb of manner before the verb
    if len(subject) > 2 and subject[-1].lower() in ("he", "she", "they", "we", "i", "you"):
        subject = subject[:-1]  # "The crane she designed …": the verb read was the relative clause's
    if len(subject) > 2 and subject[-1].lower() in ("first", "later", "once", "twice") or len(subject) == 2 \
            and subject[-1].lower() == "later" and subject[0].lower() not in _DETERMINERS:  # ("inspectors later blamed")
        subject = subject[:-1]  # "The repairs, first proposed" -> "the repairs": an adverb before the verb
    for i, word in enumerate(subject[1:], 1):
        if i >= 3 and _OBJECT_START.match(word) and _PRESENT_VERB.match(subject[i - 1]) \
                and not subject[i - 2].lower().endswith(("s", "’s", "'s")):
            # "An inscription records that …", "The exhibition includes her last work": a verb in the
            # present, which the past-tense verb rules do not see, before its object; a plural noun
            # after a singular one ("the water stations open") is a compound's head, never cut
            subject = subject[:i - 1]
            break
        if i >= 1 and i + 1 < len(subject) and opens_modifier(word, subject[i + 1]) and word != "to":
            subject = subject[:i]  # "Survey ships working for the company": the participle narrows the head
            break
        if word.lower() == "of" and (end := _of_phrase_end(subject, i)) is not None:
            subject = subject[:end]  # "A section of the harbour wall", "a member of staff": what the head is a part of
            break
        if word.lower() in _MODIFIER_OPENERS or word.endswith(","):
            subject = subject[:i + (word.endswith(",") and word.lower().strip(",") not in _MODIFIER_OPENERS)]
            if word.lower() == "by" and len(subject) > 2 and subject[-1].islower() \
                    and (present_of(subject[-1]) or subject[-1] in _SAME_AS_BASE):
                subject = subject[:-1]  # "A team led by …", "a unit run by …": the participle narrows the head
            break
    subject = [w.strip(",") for w in subject]
    if at >= 0 and len(subject) > 1 and _reduced_participle(subject[-1]) and subject[-2].isalpha() \
            and subject[-2].lower() not in _DETERMINERS | {"and", "or"} and not subject[-2].lower().endswith("ly") \
            and not noun_after_adjective(subject, len(subject) - 1):  # ("the new shed": a noun after an adjective)
        subject = subject[:-1]  # "The man arrested in May fled": a reduced relative's participle, no part of who
    people = _people_adjective(subject)
    if people and len(subject) > people and _people_of_a_nation(subject[people - 1:]):
        # "French archaeologists excavated", "Finnish authorities boarded", "North Vietnamese forces
        # attacked", also after an opening phrase ("In December, Finnish authorities boarded"): a
        # nation's adjective before a plural common noun is a description of people, told by its noun
        # ("archaeologists"), since a description starts in lower case and the adjective keeps its capital
        return " ".join(subject[people:])
    if len(subject) > MAX_DESCRIPTION_WORDS or any(w[:1].isupper() for w in subject[1:] if w.lower() != "and") and \
            first not in _DETERMINERS:
        return None  # "Northvale Water", "Greek and Turkish officials": a name, or a people's adjective
    opens = at == 0 or at > 0 and _OPENS_ENTRY.search(sentence[:at]) is not None
    if first not in _DETERMINERS and subject[0][:1].isupper() and at > 0 and sentence[at - 1:at] == " " and not opens:
        return None  # capitalised inside its sentence: a name the index did not know
    # "…, and police used tear gas": a common noun as written (not a verb read as the subject: "were found")
    written_lower = at != -1 and subject[0].islower() and subject[0].isalpha() and first not in _VERB_WORDS \
        and present_of(first) is None
    if first not in _DETERMINERS and len(subject) == 1 and not re.search(r"(?:[^s’']s|ing)$", subject[0]) and not written_lower \
            and not (opens and (lone_word and _COMMON_NOUN.search(subject[0]) or first in _COLLECTIVES)
                     # read in the title (-1), which names what a pronoun stood for with a capital of its
                     # own: "They arrested two men" titled "Police arrest two men"
                     or at == -1 and first in _COLLECTIVES):
        return None  # "Kestria blames": one capitalised word that is no plural or gerund is a name
    if _people_adjective(subject) and (len(subject) > 1 or not lone_word):
        return None  # "Danish Guard units": a people's adjective keeps its capital, so a name cannot be told apart
    text = " ".join(subject)
    owner = re.fullmatch(r"([A-Z][\w-]*)(?:[’']s|s[’'])", subject[0]) if len(subject) > 1 else None
    if owner is not None and owner.group(1).lower() not in _COMMON_OWNERS:
        return text  # "Meridian's board dismissed …": a name's possessive keeps its capital at the sentence's start
    return text[:1].lower() + text[1:]


#: Capitalised only by a sentence's start, a possessive of a time or of anyone: "Yesterday's session",
#: "Everyone's favourite" (a name's possessive keeps its capital: "Meridian's board").
_COMMON_OWNERS = frozenset(
    "yesterday today tonight tomorrow this last next everyone everybody someone somebody anyone nobody one "
    "other another each its their his her our my your who".split()) | frozenset(
    w.lower() for w in (*FULL_MONTHS, *FULL_WEEKDAYS))


def _verb_after_count(sentence: str, count: str, word: str) -> bool:
    """Whether ``sentence`` writes "the" and ``count`` (or "they") right before a verb in the past ("the four met
    again", "the two signed"), not before a noun the count counts ("the three crew", "the two transport
    ministers"), and the title's ``word`` after the count is that verb told in the present (not a noun the
    title put there: "The three men are charged" for "The three were charged")."""
    for after in re.finditer(rf"\b(?:[Tt]he\s+{count}|[Tt]hey)\s+([a-z]+)\b", sentence):
        # (or after the "they" the title named by the count: "…, and in 2014 they played a set")
        present = present_of(after.group(1))
        if present is not None and word.lower() in (present, present[:-1], plural_present(present)):
            return True
    return False


def _reduced_participle(word: str) -> bool:
    """Whether the lower-case ``word`` is a past participle that may open a reduced relative after a
    noun: "arrested", "elected", "built" (the phrase after it was cut at its preposition)."""
    from explorer.events.tense import PARTICIPLES

    return word.isalpha() and word.islower() and not word.startswith("un") and (
        word.endswith("ed") and len(word) > 4 and present_of(word) is not None
                                                  or word in PARTICIPLES or word in _PAST_PARTICIPLES)


#: Irregular participles alike to their past that open a reduced relative ("the bridge built in 1890");
#: not "set", "cut", "hit": nouns too ("the power cut").
_PAST_PARTICIPLES = frozenset("built held made found sold paid sent bought caught brought kept led told won lost".split())


def _counted_plural(words: list[str]) -> bool:
    """Whether ``words``, after a count, are one to three lower-case words ending on a plural noun
    ("families", "elderly residents", "people"): no verb, no "of" ("percent of the vote")."""
    head = words[-1].lower()
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) or plural_without_s(head)
    return len(words) <= 3 and all(w.isalpha() and w.islower() and w not in _VERB_WORDS and w not in _NOT_SUBJECT_START
                                   and w != "of" for w in words) and plural and head not in _NOT_COUNTED


#: Plural nouns a count opens that name no one: an amount or a measure ("40 years passed", "3 miles").
AMOUNT_NOUNS = _NOT_COUNTED = frozenset(
    """years months weeks days hours minutes seconds decades centuries percent miles kilometres kilometers metres
    meters feet inches pounds dollars euros tons tonnes acres hectares points votes seats cases deaths times""".split()
)


def _peoples_adjectives(subject: list[str]) -> int:
    """How many words of ``subject`` open it as two peoples' or sides' adjectives or more, joined by
    commas, "and" or "or" or stacked ("Dutch and Belgian", "U.S., British, and Soviet", "British
    Commonwealth", "European Axis"); 0 for one adjective or none (:func:`_people_adjective` reads one)."""
    at, count = 0, 0
    while at < len(subject):
        word = subject[at]
        bare = word.rstrip(",")
        size = _people_adjective([bare, *subject[at + 1:at + 2]]) or (1 if bare in _ABBREVIATED_PEOPLES else 0)
        if not size:
            break
        count += 1
        at += size
        if word.endswith(",") or at < len(subject) and subject[at - 1].endswith(","):
            if at < len(subject) and subject[at].lower() in ("and", "or"):
                at += 1
            continue
        if at < len(subject) and subject[at].lower() in ("and", "or"):
            at += 1
            continue
        if at < len(subject) and _people_adjective([subject[at].rstrip(","), *subject[at + 1:at + 2]]):
            continue  # stacked: "British Commonwealth forces"
        break
    if count < 2 or at == 0 or subject[at - 1].lower() in ("and", "or") or subject[at - 1].endswith(","):
        return 0
    return at


#: Peoples' adjectives written as a state's abbreviation: "U.S. and British troops".
_ABBREVIATED_PEOPLES = frozenset({"U.S.", "US", "UK", "U.K.", "UN", "U.N."})


def _people_of_a_nation(subject: list[str]) -> bool:
    """Whether ``subject`` (a people's adjective first) goes on with lower-case words only, up to a
    plural head noun or a collective ("French archaeologists", "Dutch police", "Finnish border
    guards"), not a name ("Kestrian Guard") or a verb the clause rules left in ("Dutch climbers were")."""
    rest = subject[1:]
    head = rest[-1].lower()
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "’s", "'s")) or head in _COLLECTIVES
    return len(rest) <= 3 and all(w.isalpha() and w.islower() and w not in _VERB_WORDS for w in rest) and plural


def unknown_name_subject(title: str, sentence: str = "", clause_start: int | None = None) -> str | None:
    """The subject a title opens with when it is one to three capitalised words the entity index did not
    know as a name ("Norland imposes duties", "Kessaria lifts the ban": a country, a body or a company
    named only where a sentence's capital hides it), or None. :func:`subject_description` reads such a
    word as a name, not a description; without this it would be no one's actor, and the clause's only
    names (a place after "at", or none) would answer "who?". Pronouns, determiners, framing words,
    adverbs, collective nouns ("Police") and common nouns by their endings are no such name."""
    found = _subject_words(title, sentence, clause_start)
    if found is None:
        return None
    # (an adverb between the name and its verb is no part of it: "Velmora also closes its border", "Karsk then
    # recalls its ambassador", as :func:`subject_description` reads it)
    subject = [w.strip(",") for w in found[0]]
    subject = [subject[0], *(w for w in subject[1:] if w.lower() not in _ADVERBS)] if subject else subject
    if not 1 <= len(subject) <= 3 or not all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in subject):
        return None
    first = subject[0].lower()
    if first in _PRONOUNS or first in _DETERMINERS or first in _NOT_SUBJECT_START or first in _ADVERBS \
            or first in _COLLECTIVES or first in _MONTHS_AND_DAYS or _COMMON_NOUN.search(subject[0]) \
            or _people_adjective(subject) and len(subject) > 1 or first in _CONNECTIVES \
            or first.endswith("ly") and len(first) > 4 and first not in _LY_NOUNS:
        return None  # "Previously tested plans were replaced", "Further, it declared war": adverbs
    return " ".join(subject)


#: Connecting adverbs that open a sentence with a capital: no one acted.
_CONNECTIVES = frozenset("further furthermore however meanwhile moreover instead thus hence yet still later".split())
_MONTHS_AND_DAYS = frozenset(name.lower() for name in FULL_MONTHS + FULL_WEEKDAYS) | {"today", "yesterday", "tomorrow"}
