"""The last step of every title: where its verb is, a long subject shortened, the cut at a phrase
boundary, the verb put in a headline's present tense, quotation marks balanced.

``verb_at`` here is the title rules' own idea of where a clause's verb is; the actor rules
(``explorer.events.agents``) and the told-clause rules read it too, so that a title and its actor
agree on the predicate.
"""

from __future__ import annotations

import re

from explorer.auxiliaries import FINITE_AUXILIARIES
from explorer.events.names import ORG_HEADS, without_object_offices
from explorer.events.opening_time_clauses import LONGER_TIME_OPENER
from explorer.events.subject_phrases import OPENING_PREPOSITIONS as _OPENING_PREPOSITIONS
from explorer.events.tense import (
    attributive_participle, headline_tense, modified_by_adverb, noun_after_adjective, noun_before_its_verb, present_of,
)
from explorer.events.titles.achieved import without_achieving
from explorer.events.titles.long_subjects import past_after_long_subject
from explorer.events.titles.length import LONG_TITLE, comma_inside_phrase, cut_clause, fit, subject_aside_before_late_verb, subject_before_late_verb
from explorer.events.titles.reduced_relatives import reduced_relative_at, without_cut_participle, without_reduced_relative
from explorer.events.titles.phrases import open_between, participle_object, without_batch_nouns, without_second_name
from explorer.events.titles.words import (
    BODY_WORDS, MAX_WORDS, DETERMINER_WORDS, FINITE, FUNCTION_WORDS, SUBJECT_PRONOUNS, TRAILING_JUNK, quoted_words,
    without_dangling_word,
)


#: Words that open a phrase after the predicate; a long clause is cut before one of them.
_PHRASE_OPENERS = frozenset(
    "with for after before at in on from by over during because which who whose when while as since until "
    "including and but or than under into amid following despite between where whereas although though "
    "across through throughout near along around against without".split()
)


_ADJECTIVE_BEFORE = frozenset("the a an and his her its their of with many most some".split())
_CLAUSE_WORDS = frozenset("and but which while when after before as because although whereas though".split())


def verb_at(words: list[str]) -> int | None:
    """Where the clause's verb is: the first word after the first that reads as a past or finite verb."""
    from explorer.events.tense import past_only, present_of

    for i, word in enumerate(words[1:], 1):
        bare = word.strip(",;:.!?\"“”")
        if not bare[:1].islower():
            continue  # a name ("the United Kingdom") is no verb
        if words[i - 1].lower() in _ADJECTIVE_BEFORE and bare.endswith("ed"):
            continue  # "the injured", "and unnamed American officials": an adjective
        if noun_after_adjective(words, i):
            continue  # "the new shed", "a live broadcast": a noun after a determiner and an adjective
        if modified_by_adverb(words, i) or attributive_participle(words, i):
            continue  # "Another highly placed source said", "a tiled mosque dominated": the noun's adjective
        if bare in FINITE or ((bare.isalpha() or "-" in bare) and present_of(bare) is not None):  # ("co-opted")
            if i + 1 < len(words) and words[i + 1].lower() == "by" and bare not in FINITE and not past_only(bare) \
                    and verb_at(words[i + 1:]) is not None:
                # (not a past that is no participle: "her takings fell by a third when the car park was closed")
                continue  # "a group of enthusiasts led by Arthur Pym made …": a participle, the verb comes later
            if bare not in FINITE and reduced_relative_at(words, i):
                continue  # "A phony address listed on disclosure forms will cost …": a reduced relative
            if bare not in FINITE and noun_before_its_verb(words, i):
                continue  # "A first cut was finished", "a box set of all eleven albums will be released"
            return i
    return None


_SUBJECT_PREPOSITION = frozenset("of at in from on for with by near along between".split())
#: A subject longer than this loses its trailing modifiers so that the verb fits in the title.
SUBJECT_WORDS = 5


def _starts_with_verb(words: list[str]) -> bool:
    from explorer.events.tense import present_of

    return present_of(words[0].lower()) is not None  # "Landed at El Alto …": no subject to shorten


#: Happenings whose "between A and B" or "with X" names who took part, which a title keeps; a thing
#: "between A and B" (a railway, a road) is only placed by it.
_TAKING_PART = frozenset(
    "talks talk meeting meetings war wars fighting match game games agreement deal treaty clash clashes battle "
    "negotiations contact contacts cooperation dispute conflict relations relationship partnership summit "
    "merger alliance truce ceasefire exchange race final".split()
)


#: Heads of names that go on with "of": "University of Tarn", "Bank of England", "Institute of …".
_NAME_OF_HEADS = BODY_WORDS | frozenset("institute city port state republic kingdom isle bay duke earl".split())


#: Last words of a body's name, besides ``names.ORG_HEADS``: the owner a long subject may lose.
_BODY_HEADS = frozenset("""association board society company trust authority federation institute corporation
    bank group club foundation university college service council""".split())


def _without_long_possessor(subject: list[str]) -> list[str] | None:
    """A subject whose head is owned by a body's name of three words or more ("The Northern Counties
    Football Association's independent disciplinary panel"), told as "the" and the owned words ("The independent
    disciplinary panel"); None for any other subject, or when the owned words hold a name of their own
    ("Harlow Council's Ann Pell")."""
    opening = 1 if subject and subject[0].lower() == "the" else 0
    owner = next((i for i, w in enumerate(subject) if w.endswith(("'s", "’s", "s'", "s’"))), None)
    if owner is None or owner - opening + 1 < 3 or owner + 1 >= len(subject):
        return None
    if not all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in subject[opening:owner + 1]):
        return None
    if re.sub(r"['’]s?$", "", subject[owner]).lower() not in ORG_HEADS | _BODY_HEADS:
        return None  # "St. John Richardson Liddell's army": a person's, whom the title must keep
    owned = subject[owner + 1:]
    if any(w[:1].isupper() for w in owned) or not owned[-1].isalpha():
        return None
    return ["The", *owned]


def shorter_subject(words: list[str]) -> list[str]:
    """ "A former manager of the Lower Ohio Teachers' Pension Fund was sentenced to six years" ->
    "A former manager was sentenced to six years": a long subject loses its trailing prepositional
    phrases (and an aside between commas), last first, until the verb comes within the title."""
    verb = verb_at(words[:25])
    if verb is None or verb <= SUBJECT_WORDS or len(words) <= MAX_WORDS or words[0].lower() in FUNCTION_WORDS - DETERMINER_WORDS \
            or _starts_with_verb(words):
        return words  # no verb found, a short subject, or an opening phrase ("After three decades of work …")
    subject = words[:verb]
    owned = _without_long_possessor(subject)
    if owned is not None:
        # "The Northern Counties Football Association's independent disciplinary panel banned Tomas" ->
        # "The independent disciplinary panel bans Tomas Veyl": a body's long name owning the subject
        # is dropped before the object is
        return owned + words[verb:]
    if not any(w.lower() in _SUBJECT_PREPOSITION for w in subject[1:6]) or any(w.endswith(",") for w in subject):
        return words  # the head noun takes a modifier right away ("manager of …", "part of …"), no aside
    joined = _coordinated_heads(subject)
    if joined is not None:
        # "Anna Berg of Oslo and Per Lund of Bergen signed …" -> "Anna Berg and Per Lund sign …": each of
        # two agents loses its own modifier; cutting only the last left "Anna Berg of Oslo and Per Lund",
        # whose verb then took the number of "Per Lund" alone
        return joined + words[verb:]
    quoted = quoted_words(subject)

    def cut_at(subject: list[str], protect: bool) -> int | None:
        at = max((i for i, w in enumerate(subject) if i > 0 and w.lower() in _SUBJECT_PREPOSITION and i not in quoted
                  and not (protect and w.lower() == "of" and subject[i - 1].lower() in _NAME_OF_HEADS
                           and i + 1 < len(subject) and subject[i + 1][:1].isupper())),
                  default=None)  # never inside a name: "the University | of Tarn" (but "Iona Grant | of Police Scotland")
        if at is None or at < 3:
            return None  # "The opening of the railway" keeps what it is the opening of
        if any(w.lower() in ("between", "and", "with") for w in subject[at:]) and (
                subject[at - 1].lower().strip(",") in _TAKING_PART or subject[at].lower() not in ("between", "with")):
            return None  # "talks between A and B": who took part is what the title must keep
        return at

    while len(subject) > SUBJECT_WORDS:
        # a cut inside a name only when no other cut keeps the verb ("Talks between the Grand Duchy of
        # Lurnia and the Republic | of Osterland began")
        at = cut_at(subject, True) or (cut_at(subject, False) if len(subject) >= MAX_WORDS - 1 else None)
        if at is None:
            break
        subject = subject[:at]
        if subject[-1].islower() and present_of(subject[-1]) is not None and (
                words[len(subject)].lower() == "by" or reduced_relative_at(words, len(subject) - 1)):
            subject = subject[:-1]  # "enthusiasts led | by Arthur Pym", "an address listed | on forms": the
            # participle goes with its phrase
    return subject + words[verb:]


def _modifier_at(phrase: list[str]) -> int | None:
    """Where the head of a noun phrase ends and its prepositional modifier begins ("Anna Berg | of
    Oslo", "the governor | of Porto"); None when it has none, or its "of" goes on a name ("the Bank of
    England")."""
    at = next((i for i, w in enumerate(phrase) if i > 0 and w.lower() in _SUBJECT_PREPOSITION), None)
    if at is None:
        return None
    if phrase[at].lower() == "of" and phrase[at - 1].lower() in _NAME_OF_HEADS and at + 1 < len(phrase) \
            and phrase[at + 1][:1].isupper():
        return None
    return at


#: Prepositions that say where an agent is from or whom it serves ("the mayor of Lisbon", "Per Lund
#: from Bergen"): a pair of agents so narrowed loses both modifiers; other prepositions ("hopes for",
#: "an assault by", "talks on") often take the coordination themselves.
_AGENTS_OF = frozenset("of from at in".split())


def _coordinated_heads(subject: list[str]) -> list[str] | None:
    """The heads of a subject of two agents joined by "and", each narrowed by a modifier of its own
    ("The mayor of Lisbon and the governor of Porto" -> "The mayor and the governor"); None for any
    other subject: one head whose modifier holds the "and" ("The size of the fleet and its crew"),
    who took part in a happening ("Talks between A and B"), a name's own "of" ("the Bank of England")."""
    ands = [i for i, w in enumerate(subject) if w == "and" and 1 < i < len(subject) - 1]
    if len(ands) != 1:
        return None
    left, right = subject[:ands[0]], subject[ands[0] + 1:]
    if any(w in FINITE or w.islower() and present_of(w) is not None or w[:1] in "\"“”'‘’" for w in subject):
        return None  # a verb or a quotation inside: no two noun phrases ("… on “Ending the War and …”")
    if any(w.lower() in ("between", "both") for w in left):
        return None  # "round of talks between A and B in Vienna": the "and" is the "between"'s, one head
    left_at, right_at = _modifier_at(left), _modifier_at(right)
    if left_at is None or left[left_at].lower() not in _AGENTS_OF or left[left_at - 1].lower() in _TAKING_PART:
        return None  # ("Hopes for an end and a withdrawal": the "for" takes both)
    opens_phrase = right[0].lower() in DETERMINER_WORDS or right[0][:1].isupper()
    if not opens_phrase or right_at is None:
        return None  # "… of the fleet and its crew", "The governments of Tesalia and Corvenna": the modifier's nouns
    heads = [left[:left_at], right[:right_at] if right_at is not None else right]
    if any(not 1 <= len(head) <= 4 for head in heads) or right[right_at].lower() not in _AGENTS_OF:
        return None
    return [*heads[0], "and", *heads[1]]


#: Verbs of saying, whose told clause ``said.whole_told`` fits after the word cut.
_SAYING_VERB = re.compile(r"(?:say|said|tell|told|announce|report|note|warn|insist|claim|add|confirm|state|declare|argue|reveal)"
                          r"(?:s|d|ed)?")
#: Prepositions opening a phrase of a told clause's subject: "police | in Westmark", "officials | of the bank".
_SUBJECT_PHRASE_OPENERS = frozenset("in at of from on near across".split())


def _lexical_verb(word: str) -> bool:
    """Whether ``word`` is a verb that tells the act (not an auxiliary, "not" or a lone "be")."""
    low = word.lower().strip(",;:.")
    return low not in _OPEN_ENDED and low != "not" and present_of(low) is not None


def _phrase_cut(words: list[str]) -> list[str]:
    """At most ``MAX_WORDS`` words of ``words``, ending where a phrase after the verb ends (before a
    preposition or a clause word, or after a comma) rather than mid-phrase; a title is never cut with
    an ellipsis. A cut right after the verb is made only before a clause word ("France surrendered and
    …"), never before its agent or complement ("forces accompanied by …")."""
    if len(words) <= MAX_WORDS:
        return words
    verb = verb_at(words[: MAX_WORDS + 1])
    if verb is None or verb >= MAX_WORDS - 1:
        # "The initial talks between A and unnamed American officials | has failed": a subject that
        # fills the window keeps its verb (an auxiliary with its participle) a word or two beyond it
        late = verb if verb is not None else verb_at(words[: MAX_WORDS + 2])
        owned = _without_long_possessor(words[:late]) if late is not None and late >= MAX_WORDS - 1 else None
        if owned is not None:
            # "The Northern Counties Football Association's … panel has banned": the owner goes, not the object
            return _phrase_cut(owned + words[late:])
        if late is not None and late >= MAX_WORDS - 1:
            end = late + 1 + (words[late].lower() in _OPEN_ENDED and late + 1 < len(words))
            if end <= MAX_WORDS + 2:
                return words[:end]
    if verb is None:
        verb = present_verb_at(words[: MAX_WORDS + 1])  # a timeline's entry: "The dairy stops its line and calls …"
    if verb is None:
        return words[:_before_a_cut_name(words, MAX_WORDS, 1)]
    shorter = without_second_name(words, verb, MAX_WORDS)
    if len(shorter) <= MAX_WORDS:
        return shorter  # "… Middle East and North Africa director" -> "… Middle East director"
    told = next((i for i in range(verb + 1, MAX_WORDS) if words[i].lower() == "that" and words[i - 1].isalpha()
                 and words[i - 1].islower()), None)
    if told is not None and _SAYING_VERB.fullmatch(words[verb].lower()):
        told = None  # (a saying's told clause is made whole by ``said.whole_told``, after the cut)
    if told is not None:
        # a told "that" clause the window cannot hold up to its verb and a word after it: "ruled that police
        # in Westmark broke | the law" loses the subject's phrase ("ruled that police broke the law");
        # "complained at a meeting that the drains had not | been cleared" ends before "that"
        told_verb = next((i for i in range(told + 2, len(words)) if _lexical_verb(words[i])), None)
        if told_verb is not None and told_verb > MAX_WORDS - 3 and not any(
                w.lower() in _CLAUSE_WORDS or w.endswith((",", ";", ":")) for w in words[told + 1:told_verb]):
            phrase = next((i for i in range(told + 2, told_verb) if words[i].lower() in _SUBJECT_PHRASE_OPENERS), None)
            group = told_verb
            while phrase is not None and group - 1 > phrase and words[group - 1].lower() in _OPEN_ENDED | {"not"}:
                group -= 1  # "… had been | warned": the auxiliaries stay with their verb
            if phrase is not None and phrase + (told_verb - group) <= MAX_WORDS - 3:
                return _phrase_cut(words[:phrase] + words[group:])
            if told > verb + 1 and words[verb].lower() not in _OPEN_ENDED \
                    and any(w.lower() in _PHRASE_OPENERS for w in words[verb + 1:told]):
                return words[:told]  # (after a phrase of its own only: "complained at a meeting", not "reminded members")
    for k in range(MAX_WORDS, verb, -1):
        nxt = words[k].lower().strip(",;:")
        if told is not None and k > told + 1 and not any(is_verb(w.lower().strip(",;:")) for w in words[told + 1:k]):
            # "ruled that police | in Westmark broke the law": a boundary inside the told clause's
            # subject leaves a "that" clause without its verb; cut before "that", or where the verb is
            continue
        boundary = nxt in _PHRASE_OPENERS or words[k - 1].endswith((";", ":")) \
            or words[k - 1].endswith(",") and not comma_inside_phrase(words, k - 1, is_verb, MAX_WORDS)  # (not "Syria, | Jordan and Egypt")
        if words[k - 1].lower() in _OPEN_ENDED:
            continue  # "… confirmed that it is | in early talks": a cut after an auxiliary leaves the clause open
        if k - 2 > verb and words[k - 2].lower() in ("and", "then") and _any_verb(words[k - 1].lower().strip(",;:")):
            continue  # "stops its second line and calls | in an engineer": a joined verb cut from what it does
        if nxt in ("and", "or") and any(comma_inside_phrase(words, j, is_verb, MAX_WORDS) for j in range(verb + 1, k)):
            continue  # "told U.S., European | and Japanese oil companies": the list's "and", inside the phrase
        if boundary and (open_between(words, verb + 1, k) or participle_object(words, k)):
            continue  # "talks between Tehran | and Washington", "warned those pushing | for talks"
        if boundary and (k > verb + 1 or nxt in _CLAUSE_WORDS):
            return words[:k]
    return words[:_outside_a_noun_phrase(words, _before_a_cut_name(words, MAX_WORDS, verb), verb)]


#: Pronouns opening a clause's object: a verb's, never a noun phrase's next word ("stops | it running").
_OBJECT_PRONOUNS = frozenset("it him them her us me you itself themselves".split())
#: Words a noun phrase may open with: a cut right after one is left to the dangling-word rules.
_NOUN_PHRASE_OPENERS = _PHRASE_OPENERS | DETERMINER_WORDS | frozenset(("of", "that"))


def _outside_a_noun_phrase(words: list[str], cut: int, verb: int) -> int:
    """``cut``, or a cut that does not split a noun phrase: "… victims of severe violations of human |
    rights" is cut before "of human", "… the DPP are becoming | popular again" keeps the one word that
    ends its clause, "… that “Korea is China's | neighbour" goes back before "that". A cut is moved only
    when the first word it drops is a lower-case word continuing the phrase (no preposition, clause or
    function word, no participle opening a phrase of its own: "plots | taken in") after a lower-case
    word or a possessive."""
    if cut >= len(words) or cut <= verb + 1 or "that" in (w.lower() for w in words[verb + 1:cut]) \
            and _SAYING_VERB.fullmatch(words[verb].lower()):
        return cut  # (a told clause is made whole by ``said.whole_told``, which reads the cut as it is)
    following, last = words[cut], words[cut - 1]
    bare = following.rstrip(",;:.!?\"”’")
    # (a name's word before a common noun is its modifier too: "the launch of its Selene | lander")
    named_modifier = last.isalpha() and last[:1].isupper() and last[1:].islower() and words[cut - 2].lower() in DETERMINER_WORDS
    if not (bare.isalpha() and bare.islower()) or bare in _NOUN_PHRASE_OPENERS | FUNCTION_WORDS | _CLAUSE_WORDS | _OBJECT_PRONOUNS \
            or is_verb(bare) or bare.endswith(("ed", "en", "ing")) \
            or not (last.isalpha() and last.islower() or re.search(r"[’']s$", last) or named_modifier) \
            or last.lower() in _NOUN_PHRASE_OPENERS | _OPEN_ENDED:
        return cut
    for extra in (1, 2):
        # one or two words that end the clause (at a comma or the sentence's end) are kept: "… are
        # becoming | popular again,", "… violations of human | rights."
        end = cut + extra
        if end <= len(words) and len(" ".join(words[:end])) <= LONG_TITLE and all(
                w.rstrip(",;:.!?\"”’").isalpha() for w in words[cut:end]) and (
                end == len(words) or words[end - 1] != words[end - 1].rstrip(",;:.!?")
                or words[end].lower() in _PHRASE_OPENERS | _CLAUSE_WORDS):
            return end  # (or before a phrase of its own: "the first use of aircraft | carriers | in combat")
    # a phrase of a preposition the cut splits goes whole ("… violations | of human | rights"), when it
    # opened a word or two before the cut, past the verb's object
    start = next((j for j in range(cut - 1, max(verb + 2, cut - 3), -1) if words[j].lower() in _PHRASE_OPENERS | {"of"}), None)
    return start if start is not None and not participle_object(words, start) else cut  # ("warned those campaigning | for …")


def _before_a_cut_name(words: list[str], cut: int, verb: int) -> int:
    """``cut``, or where the name that ``cut`` would split begins: "… a meeting between Russian Foreign |
    Minister Sergei Lavrov" is cut before "Russian", never inside a name."""
    def capital(word: str) -> bool:
        return word[:1].isupper()

    if cut < len(words) and words[cut - 1] == "&" and capital(words[cut]):
        return cut + 1  # "… buys Crispin & | Sons": a firm's name joined by its ampersand goes whole
    if cut >= len(words) or not (capital(words[cut - 1]) and capital(words[cut])):
        return cut
    start = cut - 1
    while start > verb + 1 and capital(words[start - 1]):
        start -= 1
    return start if start > verb + 1 else cut


#: Words a title never ends on before a cut: a cut after them leaves the clause open.
_OPEN_ENDED = FINITE_AUXILIARIES | {"be", "been"}


def curly_quotes(text: str) -> str:
    """Straight quotation marks that open and close a short quotation as curly ones: a title shows a
    quotation the same way whichever rule made it."""
    return re.sub(r'(?:(?<=^)|(?<=\s))"([^"]{1,80})"', r"“\1”", text)


def _balanced_quotes(title: str) -> str:
    """Typewriter quotes (``like this'') as curly ones, and a quotation the cut left open unmarked:
    "Bush denounces Saddam's ``ruinous policies of war" -> "Bush denounces Saddam's ruinous policies of war"."""
    title = title.replace("``", "“").replace("''", "”")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


_SINGULAR_AUX = {"has": "have", "is": "are", "was": "were"}

#: "that" as a conjunction opening what was decided or said: "that a canal should be dug", "that all
#: forces will leave" (a determiner, a quantifier or a name follows), not "That desire died".
_THAT_CLAUSE = re.compile(r"^[Tt]hat\s+(?=(?:a|an|the|all|some|no|every|each|both|its|his|her|their|[A-Z0-9])\b)")
#: The sentence's named subject and its verb before its first "that": "Xerxes decided that" (a
#: description, "The duke ordered that", is left out: on the held-out gold it took the wrong verb).
_MATRIX = re.compile(r"^\s*((?:[A-Z][\w’'.-]*\s+){1,4}[a-z]+)\s+that\b")
_PRONOUN_SUBJECT = frozenset("it this he she they we i there".split())


def that_clause(clause: str, before: str) -> str:
    """ "that a canal should be dug across the isthmus" (the second of "Xerxes decided that …, and that
    …") -> "Xerxes decided a canal should be dug …": the sentence's subject and verb, when its subject is
    named, tell whose decision it is; else the clause alone ("All forces will be out of Iraq")."""
    m = _THAT_CLAUSE.match(clause)
    if not m:
        return clause
    rest = clause[m.end():]
    matrix = _MATRIX.match(before)
    if matrix and matrix.group(1).split()[0].lower() not in _PRONOUN_SUBJECT and verb_at(matrix.group(1).split()) is not None:
        return f"{matrix.group(1)} {rest}"
    return rest[:1].upper() + rest[1:]


#: A subordinator left opening a title: "As resistance in the city collapsed" tells a happening
#: without it ("Resistance in the city collapses"); "When"/"While" likewise.
_OPENING_SUBORDINATOR = re.compile(r"^(?:As|When|While|Once|Because|Although|Though|Since(?=\s+(?:the|a|an|his|her|its|their)\s))\s+"
                                   r"(?!(?:a\s+result|well|of|for|to|soon|long|far|recently|late|early)\b)")


#: A subordinator of time of more than one word left opening a title: "As soon as the water receded",
#: "Shortly after the siren sounded" tell the clause's happening without it, as "When" does.
_TIME_LEAD = re.compile(r"^" + LONGER_TIME_OPENER + r"\s")


#: A word (or two) tying a clause to the sentence before it: "But the mayor signed", "Instead Lind
#: resigned", "After this the army withdrew", "Later, a second fleet sailed".
_CONNECTIVE = re.compile(
    r"^(?:(?:But|And|Yet|Instead|Then|Meanwhile|Later|Afterwards|Subsequently|Thereafter|Nevertheless|"
    r"However|Thus|Hence|Consequently|Finally|Eventually)|(?:After|Before|Following|Despite)\s+(?:this|that))"
    r"(?:,\s+|\s+)"
)


def _past_a_connective(words: list[str]) -> list[str]:
    """``words`` without a connective opening them when a clause of its own follows: a subject (not a
    verb) and then a verb ("But Madero founded a new party" -> "Madero founded a new party"). Alone on
    a timeline the connective ties the title to nothing; "Then came the flood" keeps it (no subject)."""
    m = _CONNECTIVE.match(" ".join(words[:3]) + " ") if len(words) > 3 else None
    if m is None:
        return words
    rest = words[len(m.group().split()):]
    first = rest[0].strip(",;:")
    if not first[:1].isalpha() or first.islower() and (first in FINITE or present_of(first) is not None):
        return words
    if verb_at(rest[:MAX_WORDS + 1]) is None and present_verb_at(rest[:MAX_WORDS + 1]) is None:
        return words
    return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]


#: Verbs of telling about a topic: "discussed the relationship between A and B" tells of A and B.
_TELLING_VERBS = frozenset(
    "discussed discusses described describes explained explains examined examines recounted recounts recalled recalls "
    "analysed analyzed analyses analyzes detailed details outlined outlines addressed addresses".split()
)
#: Nouns of a tie between two parties, which a title too long says by the two parties alone.
_TIE_NOUNS = frozenset("relationship relationships relations ties links rivalry rift partnership".split())


def _topic_between(words: list[str], verb: int) -> list[str]:
    """ "Mohammad Sadr discussed the relationship between the Cabinet and the Quds Force chief" ->
    "… discussed the Cabinet and the Quds Force chief" when the title is too long: a cut that keeps
    only "discussed the relationship" leaves the object saying nothing, and the two parties are what
    was discussed. Only after a verb of telling ("improved the ties between A and B" is left alone)."""
    if len(words) <= MAX_WORDS or verb + 3 >= len(words) or words[verb].lower() not in _TELLING_VERBS:
        return words
    det, noun, between = (w.lower() for w in words[verb + 1: verb + 4])
    if det in ("the", "its", "his", "her", "their") and noun in _TIE_NOUNS and between == "between" \
            and any(w.lower() == "and" for w in words[verb + 4: verb + 4 + 6]):
        return [*words[:verb + 1], *words[verb + 4:]]
    return words


#: Subordinators opening a clause of its own, which a cut title leaves unfinished.
_CUT_SUBORDINATORS = frozenset("when while as after before because until although though whereas".split())


_RELATIVES = frozenset("which who whom where".split())
_TELLING_SUBORDINATORS = frozenset("when after until once as".split())


def past_a_relative(words: list[str]) -> list[str]:
    """ "which ended when the county council opened them to the public": a title opening with a
    relative word names no subject; when a subordinate clause with its own subject and verb follows,
    that clause tells the happening ("The county council opened them to the public")."""
    if len(words) < 4 or words[0].lower() not in _RELATIVES:
        return words
    for i in range(1, min(len(words) - 2, 6)):
        if words[i].lower().strip(",") in _TELLING_SUBORDINATORS:
            rest = words[i + 1:]
            verb = verb_at(rest)
            if verb is not None and verb >= 1 and rest[0].lower() not in _RELATIVES:
                return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]
            break
    return words


def finish(words: list[str], expression: str) -> str:
    """The title said by ``words``: subject and verb first, at most ``MAX_WORDS`` words cut at a
    phrase boundary, in the headline's tense; a title still over ``LONG_TITLE`` characters is made
    again from its clause shortened to subject, verb and the object's head (see ``length``);
    a title the word cut ended inside a relative clause loses that clause. A verb of achieving before
    the act goes ("They managed to scuttle their fleet": see ``achieved``)."""
    words = without_reduced_relative(words, verb_at)  # "An address listed on forms will cost …" -> "An address will cost …"
    words = without_achieving(words, verb_at(words[:MAX_WORDS + 2]))
    words = subject_before_late_verb(words, verb_at, MAX_WORDS)  # a subject too long for the verb to fit
    words = subject_aside_before_late_verb(words, verb_at, present_verb_at, MAX_WORDS)  # or an aside before the verb
    if len(words) > MAX_WORDS:
        said = verb_at(words[:MAX_WORDS])
        whole = cut_clause(words[:MAX_WORDS + 1], said if said is not None else present_verb_at(words[:MAX_WORDS]), is_verb)
        if len(whole) >= 3 and whole != words[:MAX_WORDS + 1]:
            words = whole  # "… launched a fifth campaign | that involved the systematic": the clause goes
    title = _finish_words(words, expression)
    if len(title) <= LONG_TITLE or not words:
        return title
    verb = verb_at(words[: MAX_WORDS + 2])
    shorter = fit(words, verb if verb is not None else present_verb_at(words[: MAX_WORDS + 2]), is_verb, MAX_WORDS)
    if shorter == words:
        return title
    again = _finish_words(shorter, expression)
    whole = len(again.split()) >= len(shorter)  # the word cut left the shortened words whole
    return again if (len(again) < len(title) or whole) and len(again.split()) >= 3 else title


_NOT_BEFORE_VERB = DETERMINER_WORDS | FUNCTION_WORDS


def present_verb_at(words: list[str]) -> int | None:
    """Where a verb in the present stands ("Bob Woodward cites US sources", "That resolution calls for
    …"): the first lower-case word in "-s", after a noun or a name and before a word that is no verb."""
    for i in range(1, len(words) - 1):
        word, before, after = words[i], words[i - 1].lower().strip(",;:"), words[i + 1].strip("\"“”‘’`")
        if not (word.isalpha() and word.islower() and word.endswith("s")) or word.endswith(("ss", "us", "is", "ous")):
            continue
        if before in _NOT_BEFORE_VERB or not before.replace("-", "").isalpha() or before.endswith("s") and before.islower():
            return None  # "the talks", "of results", "officials says": not a verb we can tell
        if after[:1].isupper() or after.replace("-", "").isalpha() and after.lower() not in FINITE:
            return i
        return None
    return None


def is_verb(word: str) -> bool:
    return word in FINITE or present_of(word) is not None


def _any_verb(word: str) -> bool:
    """:func:`is_verb`, or a regular verb in the present ("calls", "reaches"), whose past reads back to it."""
    from explorer.events.entry_present import past_of  # (entry_present reads titles: imported when asked)

    return is_verb(word) or past_of(word) is not None


def _without_cut_purpose(cut: list[str], verb: int | None) -> list[str]:
    """``cut`` without an infinitive of purpose the word cut took the object from: "The Allies launched
    an operation to retake | Western New Guinea", "The mayor allocated funds to help build | a museum"
    end on the act, "… launched an operation". Only after the verb's own object (a determiner, a number
    or a name stands between the verb and "to"); "failed to break | through", "were able to make |
    progress" keep theirs: there the infinitive is the act."""
    end = len(cut)
    while end > 0 and cut[end - 1].lower() in DETERMINER_WORDS:
        end -= 1  # ("… to reinforce the | 24th Infantry Division": the object's first word, which goes too)
    if verb is None or end < 4:
        return cut
    at = end - 2 - (cut[end - 2].lower() == "help" and cut[end - 3].lower() == "to")
    infinitive = cut[at + 1:end]
    if cut[at].lower() != "to" or at <= verb + 1 or not all(w.isalpha() and w.islower() for w in infinitive):
        return cut
    between = [w.lower().strip(",") for w in cut[verb + 1:at]]
    if any(w in FINITE or w in SUBJECT_PRONOUNS for w in between):
        return cut  # a clause of its own before the "to": "noted that he would like to discuss", a wish
    before = cut[at - 1]
    if is_verb(before.lower()) or before.endswith("ing") or present_of(infinitive[-1]) is not None:
        return cut  # ("KPA attacks meant to capture", "… seeking to mediate"; "to" before a past is no infinitive)
    # (or a participle after the auxiliary and a noun after it: "has allocated funds to help build")
    own_object = any(w.lower() in DETERMINER_WORDS or w[:1].isdigit() or w[:1].isupper() for w in cut[verb + 1:at]) \
        or any(present_of(w) is not None for w in cut[verb + 1:at - 1])
    return cut[:at] if own_object else cut


#: Determiners that open a subject after such a phrase.
_SUBJECT_OPENERS = frozenset("the a an his her its their this these those most many some several".split())
#: The object pronouns that may close such a phrase ("Under her").
_OBJECT_PRONOUNS = frozenset("him her them".split())


def _past_an_opening_phrase(words: list[str]) -> list[str]:
    """``words`` without the phrase of time, place or manner that opens them when a subject and its verb
    follow it ("During this conference the United Kingdom held its election" -> "The United Kingdom
    held its election", "After the war the army withdrew" -> "The army withdrew", "By contrast, most
    commemorations concentrate …" -> "Most commemorations concentrate …"). The subject starts at a
    determiner or a capitalised word right after the phrase's noun (a lower-case word that is no
    function word), or after the comma closing the phrase. On the WikiWars histories dropped into the
    app such titles read as fragments, and their verbs stayed in the past."""
    if len(words) < 4 or words[0].lower() not in _OPENING_PREPOSITIONS:
        return words
    verb = verb_at(words[:MAX_WORDS + 2])
    if verb is None or verb < 3:
        return words
    start = None
    for b in range(2, verb):
        before, word = words[b - 1], words[b]
        if before.endswith(",") and before.rstrip(",").isalpha() and word[:1].isalpha():
            start = b  # "By contrast, | most commemorations …": the phrase ends at its comma
            break
        noun_before = before.isalpha() and before.islower() and before not in FUNCTION_WORDS | DETERMINER_WORDS \
            and before not in _OPENING_PREPOSITIONS
        if noun_before and (word.lower() in _SUBJECT_OPENERS and word.islower() or word[:1].isupper() and word.isalpha()):
            start = b
        # "Under her the line opened …", "After Lind the firm was run …": the phrase's object is a pronoun
        # or a name, then a subject opened by a determiner (not a pronoun: "Under Varo it moved" would
        # leave an "It" no rule resolves after this cut)
        object_before = before in _OBJECT_PRONOUNS or before[:1].isupper() and before.isalpha()
        if object_before and word in _SUBJECT_OPENERS and word != "her":
            start = b
    if start is None or any(w.endswith(",") for w in words[start:verb]):
        return words
    rest = words[start:]
    return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]


#: a log line's time that opens a title taken from the line's second act ("Midnight The fire service called
#: in crews", "2.20am The main ruptured and flooded the yard"): the line's stamp, not the subject
_LINE_STAMP = re.compile(r"(?i)^(?:midnight|noon|midday|dawn|dusk|\d{1,2}(?:[.:]\d\d)?(?:am|pm|a\.m\.|p\.m\.)|"
                         r"(?:[01]\d|2[0-3])[:.]?[0-5]\d)$")


def _finish_words(words: list[str], expression: str) -> str:
    if not words:
        return expression.strip() or "Event"
    if len(words) > 2 and _LINE_STAMP.match(words[0]) and words[1][:1].isupper():
        words = words[1:]  # "Midnight The fire service calls in crews" -> "The fire service calls in crews"
    words = _past_an_opening_phrase(words)
    lead = _TIME_LEAD.match(" ".join(words[:3]) + " ") if len(words) > 5 else None
    if lead is not None and verb_at(words[len(lead.group().split()):MAX_WORDS + 2]) is not None:
        # "As soon as the water receded", "Shortly after the siren sounded": the clause's own happening
        words = [words[len(lead.group().split())][:1].upper() + words[len(lead.group().split())][1:],
                 *words[len(lead.group().split()) + 1:]]
    opener = _OPENING_SUBORDINATOR.match(" ".join(words[:2]) + " ") if len(words) > 3 else None
    verb = verb_at(words[1:MAX_WORDS + 1]) if opener else None
    if verb is not None and words[0] == "Since" and DETERMINER_WORDS & {w.lower() for w in words[3:verb + 1]}:
        verb = None  # "Since the war the town was quiet": a time's "since", its clause's subject after it
    if verb is not None:
        words = [words[1][:1].upper() + words[1][1:], *words[2:]]  # "As resistance collapsed" -> "Resistance collapsed"
    words = _past_a_connective(words)
    words = past_a_relative(words)
    if len(words) > MAX_WORDS:
        shorter = without_batch_nouns(" ".join(words)).split()  # "a new round of talks" -> "new talks"
        verb = verb_at(shorter[: MAX_WORDS + 2])
        if verb is not None and shorter[:verb] != words[:verb] and shorter[verb] in _SINGULAR_AUX:
            shorter[verb] = _SINGULAR_AUX[shorter[verb]]  # "The initial round of talks has" -> "The initial talks have"
        words = shorter
    if len(words) > MAX_WORDS:
        verb = verb_at(words[: MAX_WORDS + 2])
        if verb is not None:
            words = without_object_offices(words, verb + 1)  # "… and then-Army Chief General Viktor Sorel" -> "… and Viktor Sorel"
            words = _topic_between(words, verb)
    cut = _phrase_cut(words)
    if len(cut) < len(words):
        verb = verb_at(cut)
        sub = next((i for i in range(len(cut) - 1, 0, -1) if cut[i].lower() in _CUT_SUBORDINATORS), None)
        if verb is not None and sub is not None and sub > verb + 1 and len(cut) - sub <= 5:
            cut = cut[:sub]  # "Three people are injured | when a gas explosion tore": a cut clause of its own goes
        cut = _without_cut_purpose(cut, verb)
        cut = without_cut_participle(cut, verb)  # "… sold the first yoghurts made | at the new plant"
    words = cut
    between = next((i for i in range(len(words) - 1, 0, -1) if words[i].lower() == "between"), None)
    if between is not None and between >= 2 and open_between(words, between, len(words)):
        words = words[:between]  # "… in talks between Tehran": a "between" whose "and" was cut off
    quoted = _balanced_quotes(curly_quotes(" ".join(words)))
    title = TRAILING_JUNK.sub("", quoted)
    closes = title.count("“") == title.count("”") + 1 and quoted.startswith(title) \
        and quoted[len(title):].lstrip(",.;: ").startswith("”")
    while len(title.split()) > 2 and not closes:
        shorter = TRAILING_JUNK.sub("", without_dangling_word(title))
        if shorter == title:
            break
        title = shorter
    if closes:
        title += "”"  # 'records “a star with a tail”': the closing mark is the quotation's, not junk
    stub = re.search(r",\s+((?:[\w’'-]+\s+)?[\w’'-]+)$", title)
    if stub and len(title[:stub.start()].split()) >= 3 and verb_at(stub.group(1).split() + ["x"]) is None \
            and stub.group(1).split()[0].lower() in _PHRASE_OPENERS:
        title = title[:stub.start()]  # "… dismissed for misconduct, with effect": what the cut date left of a phrase
    return in_headline_tense(title[:1].upper() + title[1:]) if title else (expression.strip() or "Event")


#: Words after which a lower-case word in "-s" is a verb, not a plural: "The budget also sets aside …".
_BEFORE_A_PRESENT = frozenset("also now still already".split())
#: Words before which it is: "The team plans to …", "The council buys the …".
_AFTER_A_PRESENT = frozenset("to the a an his her its their".split())


def _plain_present_before(words: list[str], verb: int) -> bool:
    """Whether a verb in the present stands before ``words[verb]`` that we can tell from a plural noun
    by its neighbours ("plans to", "also sets"; not "The first talks between …"): the title's
    predicate is in the present, and the past after it an adjective or a clause's own."""
    for i in range(1, verb):
        word = words[i]
        if not (word.isalpha() and word.islower() and word.endswith("s")) or word.endswith(("ss", "us", "is")) \
                or len(word) < 4 or word in FUNCTION_WORDS:
            continue  # (not "as", "was", "this")
        if words[i - 1].lower() in _BEFORE_A_PRESENT or words[i + 1].lower() in _AFTER_A_PRESENT:
            return True
    return False


def in_headline_tense(title: str) -> str:
    """``title`` in the headline's present; a past after a subject too long for ``headline_tense`` to
    read is put in the present from the subject's head (see ``long_subjects``)."""
    told = headline_tense(title)
    if told != title:
        return told
    words = title.split(" ")
    verb = verb_at(words)
    if verb == len(words) - 1 and _plain_present_before(words, verb):
        return title  # "The team plans to move corals to two damaged": the present comes first, the past an adjective cut from its noun
    longer = past_after_long_subject(words, verb) if verb is not None else None
    return " ".join(longer) if longer else title
