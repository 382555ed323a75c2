"""A subject carrying its own clause, told without it, so that the title keeps the main verb.

News writes who underwent or did a thing as a noun phrase narrowed by a clause of its own: "A ferry
guard who forged the logbooks for two years was jailed on Monday", "A bell buried under the square
for centuries was recovered in 2019". A title cut to a few words keeps the subject's clause and loses
the happening ("A ferry guard who forged the logbooks"), or reads the participle as the verb ("A bell
buries under the square"). The happening the date belongs to is the main clause's, so its title is
the subject's noun phrase with the main predicate: "A ferry guard is jailed", "A bell is recovered".

The rule (general English only; nothing here knows a name, place or date):

- the clause opens with a short noun phrase (one to five words, no verb in it), then either a
  restrictive relative clause ("who|which|that" and at least one word) or a past participle followed
  by a preposition ("buried under …", "arrested in …");
- then, with no comma, "and" or "but" in between, an auxiliary before a word (was, were, is, are, has,
  have, had, will): the main clause's predicate;
- the date stands after that auxiliary: a date inside the subject's clause is that clause's own
  happening ("A teacher who joined in 2010 was dismissed on Monday", for 2010), and is left alone.

A main verb with no auxiliary is read in two cases only, where no parser is needed to tell it from
the subject's own clause (:func:`_without_modifier`):

- the subject's modifier has no finite verb of its own: a present participle ("The first plant using
  the process opened in 1998", "Rescuers carrying a stretcher reached the ledge") or an infinitive after
  a head it narrows ("The first ship to be unloaded left the port", "The last train to leave the
  station departed"), so the first past verb after it that no preposition or determiner makes an
  adjective ("in flooded homes") is the main clause's;
- a relative clause whose own past verb follows its pronoun ("Customers who lost supply for 12
  hours received £40", "A nurse who worked nights died on Friday"): the next such past verb is the
  main clause's.

An aside between commas before the main verb ("The first ship to be unloaded, a Korean feeder vessel,
left") goes with the modifier.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import FINITE_BE, HAVE_FORMS, MODALS
from explorer.events.said_what import SAYING_VERBS
from explorer.events.tense import IRREGULAR_PARTICIPLES, present_of

#: Words a restrictive relative clause or a reduced passive opens with.
_RELATIVE_OPENERS = frozenset("who which that".split())
#: Prepositions after a past participle that make it a reduced relative ("buried under", "held in").
_AFTER_PARTICIPLE = frozenset(
    "under in at by from for during on near after over inside beneath with since until into".split()
)
#: Auxiliaries opening the main clause's predicate.
_AUXILIARIES = FINITE_BE | HAVE_FORMS | {"will"}
#: Words that may open the subject's noun phrase in lower case.
_DETERMINERS = frozenset("the a an two three four five six seven eight nine ten several some its their his her".split())
#: Words opening a subject of the relative or content clause's own ("the tale that its fields were
#: salted", "the story that the king had fled"): that clause's verb comes before the main clause's.
_OWN_SUBJECT_OPENERS = frozenset("the a an its their his her he she they it we this these those".split())
#: Nouns whose "that" clause tells what they say ("the story that the king had fled"), not a relative
#: clause missing its object ("the house that its owner sold"): the told clause is a happening whole.
_CONTENT_NOUNS = frozenset(
    "story stories tale tales claim claims legend legends rumour rumours rumor rumors report reports idea notion "
    "belief myth allegation allegations suggestion assertion theory account accounts news fact view".split())
#: Words that end the search: a conjunct or a clause of its own with its own subject follows, so an
#: auxiliary after them is not the subject's main predicate ("sailed from Leith after it was damaged").
_BREAKS = frozenset("and but or when while because after before it he she they we".split())
#: Subjects that are pronouns: no noun phrase for a clause to narrow.
_PRONOUNS = frozenset("i he she it we they you this these those there".split())
MAX_SUBJECT_WORDS = 5
_WORD = re.compile(r"\S+")


def _is_past(word: str) -> bool:
    return word.islower() and word.endswith("ed") and present_of(word) is not None or \
        word.islower() and present_of(word) is not None and not word.endswith("s")


def _predicate_after(word: str) -> bool:
    """Whether ``word``, after an auxiliary, goes on with a verb ("was jailed", "has been", "will be"),
    not a copula's complement ("was in 1953", "was a school"), which tells a state, not a happening."""
    return word in ("be", "been", "being") or word.islower() and word.isalpha() and (
        word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES or present_of(word) is not None)


#: Adverbs between an auxiliary and its participle: "was later disproved", "was first written down".
_MID_ADVERBS = frozenset("later first then finally also never eventually soon quickly formally officially "
                         "subsequently briefly widely once".split())


def _past_adverb(words: list[re.Match[str]], k: int) -> str:
    """The word at ``k``, or the one after it when ``k`` is an adverb that may stand inside a verb phrase."""
    word = words[k].group()
    if word in _MID_ADVERBS and k + 1 < len(words):
        return words[k + 1].group()
    return word


def _is_base(word: str) -> bool:
    """Whether ``word`` is a verb's base form after "will" ("will receive", "will open"): one whose past
    reads back to it."""
    from explorer.events.titles.achieved import past_of

    return past_of(word) is not None


#: A date's preposition opening the clause before it: "On 3 January a walker who had slipped …".
_OPENING_DATE_PREPOSITION = re.compile(r"^\s*(?:(?:In|On|At|By|During|Early|Late|Later)\s+)?$")
#: A short noun phrase and a relative pronoun opening its own clause: "a walker who", "a dog that".
_RELATIVE_AFTER_SUBJECT = re.compile(r"^[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,4}?\s+(?:who|which|that)\s")


#: Verbs of saying in the present or past, after which "that" opens what was told ("reports that …"), not
#: a relative clause of a subject read as running on to them ("Our correspondent in Velika reports").
_SAYING_BEFORE_THAT = SAYING_VERBS | frozenset("reports reported confirms confirmed reveals revealed".split())


def without_subject_clause(clause: str, start: int, end: int) -> tuple[str, int, int] | None:
    """``clause`` with the subject's own clause left out, the date's offsets [start, end) shifted with
    it; or None when the clause does not open with such a subject or the date is not the main clause's.
    A date opening the clause before the subject is the main clause's too ("On 3 January a walker who had
    slipped on ice was stretchered to the road": "On 3 January a walker was stretchered to the road")."""
    if end > start and _OPENING_DATE_PREPOSITION.match(clause[:start]):
        after = end + len(clause[end:]) - len(clause[end:].lstrip(" ,"))
        rest = clause[after:]
        # (a relative clause only: a participle with its agent stays, "In 1799 a party led by the harbour
        # master sighted the wreck", see agent_participles)
        relative = _RELATIVE_AFTER_SUBJECT.match(rest)
        shorter = _without_subject_clause(rest, len(rest), len(rest)) if relative else None
        if shorter is None:
            return None
        return clause[:after] + shorter[0], start, end
    return _without_subject_clause(clause, start, end)


def _without_subject_clause(clause: str, start: int, end: int) -> tuple[str, int, int] | None:
    words = list(_WORD.finditer(clause))
    if len(words) < 4:
        return None
    first = words[0].group()
    if not (first[:1].isupper() or first.lower() in _DETERMINERS) or first.lower() in _PRONOUNS:
        return None  # "I heard long afterwards that …": a pronoun subject has no clause of its own
    for i in range(1, min(MAX_SUBJECT_WORDS, len(words) - 2) + 1):
        previous = words[i - 1].group()
        if previous.endswith((",", ";", ":")):
            return None  # an aside: no plain noun phrase opens the clause
        word = words[i].group()
        if word == "that" and previous.lower() in _SAYING_BEFORE_THAT:
            return None  # "Our correspondent reports that the internet has been cut": a told clause, no relative
        relative = word in _RELATIVE_OPENERS
        participle = _is_past(word) and words[i + 1].group() in _AFTER_PARTICIPLE
        if not (relative or participle):
            heads = {w.group().lower() for w in words[:i]}
            if opens_modifier(word, words[i + 1].group()) and (
                    word != "to" or heads & _INFINITIVE_HEADS or any(h.endswith("est") for h in heads)):
                return _without_modifier(clause, start, end, words, i)
            continue
        # "The tale that its fields were salted was invented": a clause with a subject of its own has
        # its own verb first; the main clause's auxiliary is the one after it
        own_verb_end = 0
        own_verb_left = relative and words[i + 1].group().lower() in _OWN_SUBJECT_OPENERS
        for j in range(i + 1, len(words) - 1):
            text = words[j].group()
            if own_verb_left:
                # (a modal opens it too: "the idea that the canal could be widened was dropped")
                if j > i + 2 and ((text in _AUXILIARIES or text in MODALS) and _predicate_after(words[j + 1].group())
                                  or _is_past(text) and words[j - 1].group().lower() not in _NOT_BEFORE_MAIN_VERB):
                    own_verb_left = False
                    own_verb_end = words[j].end()
                elif text.lower().strip(",") in ("and", "but", "or") or words[j - 1].group().endswith((",", ";", ":")):
                    return None
                continue
            main_past = word == "that" and j > i + 1 and text not in _AUXILIARIES and _is_past(text) \
                and words[j - 1].group().lower() not in _NOT_BEFORE_MAIN_VERB
            if main_past and not own_verb_end:
                break  # "The strike that made her name began in June, when …": a main past with no auxiliary
            if _in_a_contact_relative(words, j):
                continue  # "A roofer who took £18,000 for work he never finished was jailed": the relative's own
            if text.lower().strip(",") in _BREAKS or words[j - 1].group().endswith((",", ";", ":")):
                return None
            # "The rumour that the king had died spread through the city on 4 May": past the told
            # clause's own verb, a past with no auxiliary is the main clause's
            if main_past or text in _AUXILIARIES and j > i + 1 and (_predicate_after(_past_adverb(words, j + 1)) or text == "will" and _is_base(words[j + 1].group())):
                cut_from, cut_to = words[i].start(), words[j].start()
                if start < cut_to:
                    if own_verb_end and start >= words[i + 1].start() and end <= cut_to \
                            and words[i - 1].group().lower() in _CONTENT_NOUNS:
                        # "The story that the king had fled in 1610 was disproved": the date is the
                        # inner clause's, and so is the happening; its clause is the title's
                        told_from = words[i + 1].start()
                        return clause[told_from:cut_to].rstrip(" ,"), start - told_from, end - told_from
                    return None  # the date is the subject's clause's own
                removed = cut_to - cut_from
                return clause[:cut_from] + clause[cut_to:], start - removed, end - removed
        return _without_modifier(clause, start, end, words, i)
    return None


#: Pronouns that may open a relative clause with no pronoun of its own ("the work he never finished").
_CONTACT_SUBJECTS = frozenset("he she they we it i".split())
#: Adverbs between such a clause's subject and its past: "he never finished", "they had once owned".
_CONTACT_ADVERBS = frozenset("never had once always already just first".split())


def _in_a_contact_relative(words: list[re.Match[str]], j: int) -> bool:
    """Whether the pronoun at ``j`` (or the past verb after it) belongs to a relative clause with no
    relative pronoun, right after the noun it narrows, inside a subject's clause: "for work he never
    finished", "the deposits they had taken". Such a pronoun opens no clause of the sentence's own, so
    the main clause's auxiliary may still follow ("… was jailed")."""
    def pronoun_after_noun(k: int) -> bool:
        before = words[k - 1].group()
        return words[k].group().lower() in _CONTACT_SUBJECTS and before.isalpha() and before.islower() \
            and before not in _BREAKS and before not in _NOT_BEFORE_MAIN_VERB and before not in _AUXILIARIES \
            and before not in _RELATIVE_OPENERS and not _is_past(before)
    if j < 1 or j + 1 >= len(words):
        return False
    if pronoun_after_noun(j):
        k = j + 1
        while k < len(words) - 1 and words[k].group().lower() in _CONTACT_ADVERBS:
            k += 1
        return _is_past(words[k].group().strip(",.;:"))
    # (the clause's adverbs and past verb after the pronoun)
    k = j
    while k > 1 and words[k - 1].group().lower() in _CONTACT_ADVERBS:
        k -= 1
    return k > 1 and pronoun_after_noun(k - 1) and (words[j].group().lower() in _CONTACT_ADVERBS or _is_past(words[j].group()))


#: Words before a past participle that make it an adjective or part of a verb phrase, not the main
#: clause's verb: "in flooded homes", "the injured", "to be unloaded", "had been moved".
_NOT_BEFORE_MAIN_VERB = frozenset(
    "a an the its their his her this these those in on at by from for with of into under over to be been being "
    "has have had was were is are and or".split()
)
#: Subordinators that open a clause of their own inside the subject's modifier: the search stops.
_CLAUSE_BREAKS = frozenset("and but or when while because although though if it he she they we".split())
#: The most words an aside between commas may have before the main verb.
MAX_ASIDE_WORDS = 6


#: Words after a present participle that open its object ("using the", "carrying two"): a noun in
#: "-ing" ("the morning service", "an evening for volunteers", "the building on the quay") is followed
#: by none of them. (A participle before a preposition, "working for", is not read: too many nouns in
#: "-ing" stand there.)
_AFTER_ING = frozenset("the a an its their his her this these those two three four five several".split())
#: Words in a head noun phrase that an infinitive narrows ("the first ship to be unloaded", "the last
#: train to leave", "the only person to"): without one, "to" after the subject is its verb's ("The
#: team plans to …").
_INFINITIVE_HEADS = frozenset("first last next only second third final latest".split())
#: Endings of nouns, never a verb's base after "to": "the road to recovery", "a move to consolidation".
_NOUN_ENDINGS = ("ion", "ment", "ness", "ity", "ery", "ory", "ance", "ence", "ism", "ship", "age")


def opens_modifier(word: str, following: str) -> bool:
    """Whether ``word`` opens a modifier with no finite verb: a present participle before its object
    ("using the microbe") or an infinitive ("to be unloaded", "to leave the station")."""
    from explorer.events.titles.achieved import past_of

    if word.islower() and word.isalpha() and word.endswith("ing") and len(word) >= 5:
        return following.lower() in _AFTER_ING
    if word == "to" and following.isalpha() and following.islower():
        return following == "be" or not following.endswith(_NOUN_ENDINGS) and past_of(following) is not None
    return False


def _without_modifier(clause: str, start: int, end: int, words: list[re.Match[str]], i: int
                      ) -> tuple[str, int, int] | None:
    """The subject's modifier opening at ``words[i]`` (a present participle, an infinitive, or a
    relative pronoun followed by its own past verb) left out up to a main past verb with no auxiliary,
    as the module's docstring says; None when there is no such modifier or the date is its own."""
    word = words[i].group()
    relative_verb = word in _RELATIVE_OPENERS and i + 1 < len(words) and _is_past(words[i + 1].group())
    ing = word.islower() and word.isalpha() and word.endswith("ing") and len(word) >= 5
    infinitive = word == "to" and i + 1 < len(words) and words[i + 1].group().isalpha() and words[i + 1].group().islower()
    # "Troops commanded by Karl Aske shelled the fort": a participle and its agent, no auxiliary after
    agent = word.endswith("ed") and _is_past(word) and i + 1 < len(words) and words[i + 1].group() == "by"
    if not (relative_verb or ing or infinitive or agent):
        return None
    j = i + (2 if relative_verb or agent else 1)
    while j < len(words) - 1:
        text = words[j].group()
        bare = text.strip(",;:")
        if bare.lower() in _CLAUSE_BREAKS or text.endswith((";", ":")):
            return None
        if text.endswith(","):
            # "…, a Korean feeder vessel, left": an aside between commas goes with the modifier
            close = next((k for k in range(j + 1, min(j + 1 + MAX_ASIDE_WORDS, len(words) - 1))
                          if words[k].group().endswith(",")), None)
            if close is None or any(_is_past(w.group().strip(",")) for w in words[j + 1:close + 1]):
                return None
            j = close + 1
            if not _is_past(words[j].group()):
                return None
            text = bare = words[j].group()
        previous = words[j - 1].group().strip(",").lower()
        perfect = ing and bare == text and bare.lower() in ("has", "have", "had") and _is_past(words[j + 1].group())
        if perfect or _is_past(bare) and bare == text and previous not in _NOT_BEFORE_MAIN_VERB:
            # ("A retired teacher walking her dog on a beach has found a trackway of footprints exposed by
            # last week's storm": the perfect is the main verb, not the participle after its object)
            cut_to = words[j].start()
            if start < cut_to:
                return None  # the date is the subject's modifier's own
            head_end = words[i - 1].end()
            removed = cut_to - head_end - 1
            return clause[:head_end] + " " + clause[cut_to:], start - removed, end - removed
        j += 1
    return None
