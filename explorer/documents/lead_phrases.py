"""Where a title made from a sentence ends: the words of a lead's subject, verb and object, cut where
a phrase ends (never on an article, a preposition or an auxiliary, never inside a name).

A document with no headline is named by its first sentence (``headline.lead_label``), and a lane with
little room shortens any title (``short_title``); both need the same small grammar of English phrase
ends, kept here so that the headline finder stays about finding headlines.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import FINITE_AUXILIARIES

#: Words a label from the first sentence keeps at most.
LEAD_WORDS = 10
#: A clause this short is kept whole.
LEAD_CHARS = 70


#: A label ending on its speaker's verb ("A friend of the slain doctor said Friday"), or cut inside what
#: was said before its verb ("… says a decision"): what was said follows in the sentence.
_SAID_AT = re.compile(
    r"\s(?P<verb>said|says)(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday))?"
    r"(?:\s+that)?\s+(?=\S)")


def with_what_was_said(label: str, sentence: str) -> str:
    """ "A friend of the slain doctor said Friday that the gunman had stalked him for weeks" -> "A friend
    of the slain doctor said the gunman had stalked him": a label that stops at the speaker's verb, or
    inside what was said before its verb, tells the speaker and what was said up to a phrase's end
    (the label unchanged when what was said has no verb or does not fit)."""
    said = _SAID_AT.search(" " + label)
    if said is None:
        return label
    told = label[said.end() - 1:].split()
    if told and _lead_verb(["x", *told]) is not None and not (
            len(told) >= 2 and told[-2].lower() in _BEFORE_BARE_VERB and told[-1].isalpha() and told[-1].islower()):
        # what was said has its verb in the label already (unless the cut left a modal's verb without
        # its object: "… said it would investigate")
        return label
    full = _SAID_AT.search(" " + sentence)
    if full is None:
        return label
    content = re.sub(r"[`'\"“”]+", "", sentence[full.end() - 1:]).split()
    verb = _lead_verb(["x", *content], 2 * LEAD_WORDS)
    if verb is None:
        return label
    kept = content[:max(_phrase_end(content), verb + 1)]
    while kept[-1].lower().strip(",;:") in _OPEN_WORDS and len(kept) < len(content):
        kept = content[:len(kept) + 1]  # "… has been | completed": never an auxiliary or an article last
    last = kept[-1].lower().strip(",;:")
    if len(kept) < len(content) and (last in _FINITE_WORDS or last.endswith("ed")) \
            and content[len(kept)].lower().strip(",;:.") not in _PHRASE_OPENERS:
        kept = content[:len(kept) + 1]  # "… net income slipped | 5%": the verb keeps its first word
    # the speaker as the label's rules shortened it; a statement's label may run a little longer than
    # a lead's, since it tells two things (who, and what was said)
    speaker = [*label[:said.start()].split(), full.group("verb")]
    text = " ".join([*speaker, *kept]).rstrip(" ,;:.")
    if len(text) <= STATEMENT_CHARS:
        return text
    # too long: what was said loses its last phrase or its second clause ("she regretted calling the
    # prime minister a traitor | and had only given …"), never below its verb and a word after it
    for k in range(len(kept) - 1, verb + 1, -1):
        if (kept[k].lower().strip(",;:") in _PHRASE_OPENERS | {"and", "of"} or kept[k - 1].endswith((",", ";", ":"))) \
                and kept[k - 1].lower().strip(",;:") not in _OPEN_WORDS:
            shorter = " ".join([*speaker, *kept[:k]]).rstrip(" ,;:.")
            if len(shorter) <= STATEMENT_CHARS:
                return shorter
    return label


#: The most characters a label telling a statement keeps: it tells two things (who, and what was said).
STATEMENT_CHARS = LEAD_CHARS + 20
#: Words before a bare verb: a label cut right after that verb left it without its object.
_BEFORE_BARE_VERB = frozenset("will would can could may might must should shall to not".split())


#: A day word ending a label ("… sent strong new signals Sunday", "… said on Monday"): when, not what.
#: After "this", "next", "last" or "coming" it stays: the day is then what the phrase names ("The fair
#: is next Sunday"; without it, "The fair is next").
_TRAILING_DAY = re.compile(
    r"(?<!\bsaid)(?<!\bsays)(?<!\btold)(?<!\bannounced)(?<!\bthis)(?<!\bnext)(?<!\blast)(?<!\bcoming)\s+(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?[\s,;:.]*$"
)
_SUBJECT_PREPOSITIONS = frozenset("of in at from on for with near between along".split())
#: A label's subject longer than this loses its trailing phrases so that its verb fits.
LEAD_SUBJECT_WORDS = 5


def _short_subject(words: list[str]) -> list[str]:
    """ "The Persian Gulf showdown between Iraq and the United States took a personal turn" -> "The
    Persian Gulf showdown took a personal turn": a long subject loses its trailing prepositional
    phrases, last first, while its head keeps the phrase right after it ("A friend of the assassin",
    "The head of the association")."""
    verb = _lead_verb(words, 2 * LEAD_WORDS)
    if verb is None or verb <= LEAD_SUBJECT_WORDS or any(w.endswith((",", ";", ":")) for w in words[:verb]):
        return words
    subject = words[:verb]
    while len(subject) > LEAD_SUBJECT_WORDS:
        at = max((i for i, w in enumerate(subject) if i >= 3 and w.lower() in _SUBJECT_PREPOSITIONS), default=None)
        if at is None:
            break
        subject = subject[:at]
    return subject + words[verb:]


#: Words that are a sentence's finite verb whatever follows them: the auxiliaries, and the reporting
#: verb a lead's participle phrase ends before ("… found near the home, police said").
_AUXILIARIES = FINITE_AUXILIARIES | {"says", "said"}
#: Words after a participle that open its phrase: "found | near the home", "listed | on forms", "found | to be".
_PARTICIPLE_PHRASE = frozenset("on in at near from by with for to into under over".split())


_RELATIVES = frozenset("who which that whom".split())


def _without_participle_phrase(words: list[str]) -> list[str]:
    """ "A rifle found near the home of a slain doctor may yield clues" -> "A rifle may yield clues":
    a participle and its phrase after the subject's noun ("found near …", "listed on …", "found to be
    …") modify it; the sentence's verb is the auxiliary after them, in the same clause. ``words``
    unchanged when the first verb-like word is the verb (no auxiliary follows before a comma)."""
    i = _lead_verb(words)
    if i is None or words[i].lower() in _AUXILIARIES or i + 1 >= len(words) or words[i + 1].lower() not in _PARTICIPLE_PHRASE:
        return words
    for j in range(i + 2, min(len(words), i + 2 * LEAD_WORDS)):
        if words[j - 1].endswith((",", ";", ":")):
            return words
        if words[j].lower() in _AUXILIARIES:
            if words[j - 1].lower() in _RELATIVES:
                return words  # "… clashed with crowds who | were protesting": the verb was the first one
            return words[:i] + words[j:]
    return words


def _clean_cut(words: list[str], cut: int) -> int:
    """Where a label cut at ``cut`` mid-phrase ends instead: at the last phrase end after the verb
    before it ("… condemned the bombings | of the U.S. …"), else before the name the cut would split
    and any article or preposition left open; never inside a name, never with an ellipsis."""
    verb = _lead_verb(words)
    for k in range(cut - 1, 1, -1):
        # a verb in the present our word lists do not know ("Diplomacy appears to be making headway |
        # in resolving the …"): the last phrase end of a label's usual length
        if (k > verb + 1 if verb is not None else k > LEAD_WORDS // 2) and _ends_a_phrase(words, k):
            return k
    for k in range(cut - 1, 1, -1):  # "… condemned the bombings | of the U.S. embassies"
        if verb is not None and k > verb + 1 and words[k].lower() == "of" and words[k - 1].lower() not in _OPEN_WORDS:
            return k
    k = cut
    while k > 2 and k < len(words) and words[k - 1][:1].isupper() and words[k][:1].isupper():
        k -= 1  # "the U.S. | Embassy": the name goes whole or not at all
    while k > 2 and words[k - 1].lower().strip(",;:") in _OPEN_WORDS | _PHRASE_OPENERS:
        k -= 1
    return k


#: Words that open a phrase after the verb: a label cut before one of them ends a phrase ("Qantas will
#: almost double its flights | between Australia and India"), not a sentence cut mid-phrase.
_PHRASE_OPENERS = frozenset(
    "with for after before at in on from by over during because which who whose that when while as since "
    "until but than under into amid following despite between where although though across through "
    "near along around against without to whether".split()
)
#: Words a cut label never ends on: "… released tapes from", "… has finally taken a".
_OPEN_WORDS = frozenset(
    "a an the of to and or but his her its their this that these those is are was were be been has have had "
    "will would can could may might must should very so more most some any about nearly almost around roughly".split()
)
#: Words opening a clause of its own: a label ends before the first ("Coffee prices are rising again |
#: as the drought … goes on").
_CLAUSE_OPENERS = frozenset("because which who whose that when while as since until where although though".split())


_FINITE_WORDS = frozenset(
    """is are was were has have had will would can could may might must said says sought took kept left made
    won met led held gave went came began broke fell rose sent told found became brought struck wrote ran blew
    fought drew grew threw paid sold built lost""".split()
)
_DETERMINER_BEFORE = frozenset("the a an his her its their this that these those and of".split())


def _lead_verb(words: list[str], reach: int = LEAD_WORDS + 1) -> int | None:
    """Where a lead's verb is: the first lower-case finite or past word after the first word (an
    "-ed" word after a determiner is an adjective: "the injured"), within ``reach`` words."""
    for i in range(1, min(len(words), reach)):
        word = words[i].strip(",;:")
        if not word.isalpha() or not word.islower():
            continue
        if words[i - 1].lower() == "to":
            continue  # "The first attempt to found a colony": an infinitive
        if word in _FINITE_WORDS or word.endswith("ed") and words[i - 1].lower() not in _DETERMINER_BEFORE:
            return i
    return None


def _ends_a_phrase(words: list[str], k: int) -> bool:
    if k >= 2 and words[k - 1].endswith("ing") and words[k - 2].lower() in _PHRASE_OPENERS:
        return False  # "… by promising | to withdraw": a gerund after a preposition needs what follows it
    if 1 <= k < len(words) and words[k].lower() == "to" and words[k - 1].endswith("ing") and words[k - 1].islower():
        return False  # "clues for investigators trying | to track down": the participle needs its infinitive
    return 0 < k < len(words) and words[k].lower().strip(",;:") in _PHRASE_OPENERS \
        and words[k - 1].lower().strip(",;:") not in _OPEN_WORDS


#: Words after which the verb's phrase is its complement, not an adverbial a title can lose.
_COMPLEMENT_OPENERS = frozenset("to that whether than as".split())
#: Verbs whose object is what was said (left to ``_with_what_was_said``).
_SAYING_WORDS = frozenset("said says told tells".split())


def _object_end(words: list[str]) -> int | None:
    """How many of ``words`` are the lead's subject, verb and a short object: "Mara Vell sold the bakery
    | to her nephew after the summer fair" -> 4 words kept. A document with no headline is named by
    what its first sentence says happened, not by its whole sentence (issue 12): the phrases after the
    object (where, when, to whom, why) go. None when the verb is one of saying, its complement opens
    right after it ("agreed | to fund"), or no phrase opens after the object within ``LEAD_WORDS``."""
    verb = _lead_verb(words)
    if verb is None or words[verb].lower().strip(",;:") in _SAYING_WORDS:
        return None
    for k in range(verb + 1, min(LEAD_WORDS, len(words) - 1) + 1):
        low = words[k].lower().strip(",;:")
        if low == "to" and k + 1 < len(words) and (words[k + 1].lower() in _DETERMINER_BEFORE or words[k + 1][:1].isupper()
                                                   or words[k + 1][:1].isdigit()):
            # "sold the bakery | to her nephew": a preposition's phrase, not an infinitive
            if k > verb + 1 and _ends_a_phrase(words, k):
                return k
            continue
        if low in _COMPLEMENT_OPENERS or low in ("and", "or", "but") or words[k - 1].endswith((",", ";", ":")):
            return None  # a complement, a second verb or a clause of its own: the old rules decide
        if k == verb + 1:
            continue
        if _ends_a_phrase(words, k) or _opens_reduced_relative(words, verb, k):
            return k
    return None


def _opens_reduced_relative(words: list[str], verb: int, k: int) -> bool:
    """ "announced new regulations | designed to change …", "has approved plans | submitted by …": a
    past participle after the object's noun opens a phrase about that noun, which a title can lose.
    Not the verb's own participle after an auxiliary and an adverb ("has formally | called for")."""
    word, before = words[k].strip(",;:"), words[k - 1]
    if not (word.isalpha() and word.islower() and word.endswith("ed") and before.isalpha() and before.islower()
            and not before.endswith("ly") and before not in _OPEN_WORDS | _PHRASE_OPENERS | _AUXILIARIES):
        return False
    main = verb
    if words[verb].lower() in _AUXILIARIES:  # the auxiliary's participle: "has | approved"
        main = next((j for j in range(verb + 1, k) if words[j].endswith("ed") or words[j] in _FINITE_WORDS), k)
    return main < k - 1


def _phrase_end(words: list[str]) -> int:
    """How many of ``words`` a label keeps: at most ``LEAD_WORDS``, ending before a phrase opens (and
    never on an article, a preposition or an auxiliary), before a clause of its own if there is one,
    when such a place comes after the verb and a word after it; else ``LEAD_WORDS``."""
    verb = _lead_verb(words)
    cuts = [k for k in range(min(LEAD_WORDS, len(words) - 1), 4, -1)
            if verb is not None and k > verb + 1 and _ends_a_phrase(words, k)]
    clause = [k for k in cuts if words[k].lower().strip(",;:") in _CLAUSE_OPENERS]
    for k in clause[:1] or cuts[:1]:  # before a clause of its own, else the longest phrase
        return k
    k = min(LEAD_WORDS, len(words))  # a lead shorter than the most a label keeps is kept whole
    while k > 4 and words[k - 1].lower().strip(",;:") in _OPEN_WORDS:
        k -= 1
    return k


#: Words a shortened label never ends on, beyond those a lead label never ends on: a pronoun subject
#: or a speaker's verb left without what follows ("Price Stern Sloan Inc. said it…").
_NO_LAST_WORD = frozenset("it he she they we i you said says told that who which whose where".split())


#: A shortened title cut where a phrase ends keeps at least this share of its room; else it is cut
#: inside a name ("Shares…" would say nothing), else at the longest place a phrase ends however
#: short ("StatesWest Airlines…", never "StatesWest Airlines said it…"), else at a whole word.
SHORT_TITLE_KEEPS = 0.55


def short_title(title: str, max_chars: int) -> str:
    """``title`` in at most ``max_chars`` characters, for a name with little room (a timeline lane):
    whole when it fits; else cut after the last whole word that fits and ends a phrase (never on an
    article, a preposition, an auxiliary, a pronoun or a speaker's verb, never inside a capitalised
    name), with an ellipsis; else cut at a word's end, else at a character. Why: a lead label (an
    article with no headline) runs to 70 characters and the lane axis cut it wherever its room ended,
    mid-word ("The bolstered cellular agreement h…", "Shares of Halvorsen Maritime Holding…");
    cut where a phrase ends, the name still says which document ("General Motors Corp. wants to buy…")."""
    text = " ".join(title.split())
    if len(text) <= max_chars:
        return text
    room = max_chars - 1  # the ellipsis
    words = text.split()
    fit = 0
    while fit < len(words) and len(" ".join(words[:fit + 1])) <= room:
        fit += 1
    closed = _OPEN_WORDS | _PHRASE_OPENERS | _AUXILIARIES | _NO_LAST_WORD

    def ends_well(k: int, whole_names: bool) -> bool:
        if words[k - 1].lower().strip(",;:") in closed:
            return False
        # "Halvorsen Maritime | Holdings": a name goes whole, if that leaves the label most of its room
        return not (whole_names and 1 < k < len(words) and words[k - 1][:1].isupper() and words[k][:1].isupper())

    for whole_names, keeps in ((True, SHORT_TITLE_KEEPS), (False, SHORT_TITLE_KEEPS), (False, 0.0)):
        for k in range(fit, 0, -1):
            if len(" ".join(words[:k])) < keeps * room:
                break
            if ends_well(k, whole_names):
                return " ".join(words[:k]).rstrip(",;:-") + "…"
    if fit:
        return " ".join(words[:fit]).rstrip(",;:-") + "…"
    return text[:max(room, 1)] + "…"


def _without_subject_relative(words: list[str]) -> list[str]:
    """ "A Brooklyn woman who was watching her clothes dry in a laundromat was killed …" -> "A Brooklyn
    woman was killed …": a relative clause with its own verb right after the subject's noun (no comma
    before it) narrows the subject; the sentence's verb is the next auxiliary after it. ``words``
    unchanged when no such auxiliary follows within a label's reach, or a comma comes first."""
    at = next((i for i in range(1, min(len(words), LEAD_SUBJECT_WORDS + 1)) if words[i].lower() in ("who", "that")
               and not words[i - 1].endswith((",", ";", ":")) and words[i - 1][:1].isalpha()), None)
    if at is None or at + 1 >= len(words) or words[at + 1].lower() not in _AUXILIARIES | _FINITE_WORDS \
            and not words[at + 1].endswith("ed"):
        return words
    for j in range(at + 3, min(len(words), at + 2 + 2 * LEAD_WORDS)):
        if words[j - 1].endswith((",", ";", ":")):
            return words
        if words[j].lower() in _AUXILIARIES - {"says", "said"} and words[j - 1].lower() not in _RELATIVES:
            return words[:at] + words[j:]
    return words


#: Prepositions a verb takes before its object ("called | for", "is leaving | for", "could not come | in").
_VERB_PREPOSITIONS = frozenset("for to in into from on at with against over about".split())


def verb_with_its_phrase(kept: list[str], words: list[str]) -> list[str]:
    """``kept`` (a label cut right after its verb: "The British government has formally called") with
    the preposition and the short noun phrase the verb takes after it ("… called for Sinn Fein"), when
    ``words`` (the whole clause) go on with them and the label stays short; else ``kept``."""
    verb = _lead_verb(kept)
    n = len(kept)
    if verb is None or n >= len(words) or n < 2:
        return kept
    last = kept[-1].lower()
    ends_on_verb = n - 1 == verb and last not in _AUXILIARIES or (
        last.isalpha() and last.islower() and last not in _OPEN_WORDS
        and all(w.lower() in _AUXILIARIES | {"not", "never"} or w.lower().endswith("ly") for w in kept[verb:n - 1]))
    if not ends_on_verb or words[n].lower() not in _VERB_PREPOSITIONS:
        return kept
    phrase: list[str] = []
    for word in words[n + 1:n + 7]:
        low = word.lower().strip(",;:.")
        if low in _PHRASE_OPENERS or low in ("and", "or", "of") or re.search(r"\d", low) and not phrase:
            break
        phrase.append(word)
        if word.endswith((",", ";", ":", ".")):
            break
    else:
        if len(words) > n + 7:
            return kept  # no end of the phrase within a few words
    while phrase and phrase[-1].lower().strip(",;:.") in _OPEN_WORDS:
        phrase.pop()
    if not phrase or not re.search(r"[A-Za-z]", phrase[-1]):
        return kept
    longer = [*kept, words[n], *[w.rstrip(",;:.") for w in phrase]]
    return longer if len(" ".join(longer)) <= LEAD_CHARS + 10 else kept


def kept_words(words: list[str], long: bool) -> list[str]:
    """The words of a lead's first clause a label keeps: its subject and verb with a short object, else
    the whole clause when short, else up to where a phrase ends. ``long``: the clause is longer than a
    label, so a long subject and a participle's phrase after it go first."""
    words = _without_subject_relative(words)
    if long:
        words = _short_subject(_without_participle_phrase(words))
    short = _object_end(words)
    if short is not None:
        return verb_with_its_phrase(words[:short], words)  # the subject and verb, with the object when short (issue 12)
    if len(" ".join(words)) <= LEAD_CHARS:
        return words
    kept = words[:_phrase_end(words)]
    if not _ends_a_phrase(words, len(kept)):
        kept = words[:_clean_cut(words, len(kept))]
    return verb_with_its_phrase(kept, words)


def without_trailing_day(label: str) -> str:
    """ "… sent strong new signals Sunday" -> "… sent strong new signals" (see ``_TRAILING_DAY``)."""
    return _TRAILING_DAY.sub("", label)
