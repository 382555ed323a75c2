"""A reduced relative after the subject is not the clause's verb.

"A phony address listed on disclosure forms will cost the party 549,000 marks": "listed on …" is a
relative clause without its "that was" (a reduced relative), and "will cost" is what the subject does.
:func:`reduced_relative_at` tells such a participle from a main verb by what follows it in the same
clause: a finite verb (a modal and its verb, a form of "be" or "have", or a plain past with its object)
after the participle's phrase, with no conjunction, comma, relative word or new subject between. A
subject pronoun never takes a reduced relative ("He landed in Rome and …"), nor does a verb that takes
a clause without "that" ("Police said on Sunday masked men …").
"""

from __future__ import annotations

import re
import threading

from explorer.auxiliaries import FINITE_BE, HAVE_FORMS, MODALS
from explorer.events.state_verbs import state_forms
from explorer.events.tense import IRREGULAR, PARTICIPLES, present_of
from explorer.events.titles.words import DETERMINER_WORDS, SUBJECT_PRONOUNS

#: Prepositions that may open the participle's phrase ("listed on …", "elected in …", "founded by …").
_PREPOSITIONS = frozenset(
    "in on at by for from during near under with into over inside outside across "
    "along against among between through throughout within without behind beyond of".split()
)
#: Irregular participles alike to their past, which a reduced relative may open ("a bridge built in …").
_IRREGULAR = frozenset("built held made found sold paid sent bought caught brought kept led".split())  # (not "set": a noun too)
#: Verbs that take a clause without "that" after their phrase: "said on Sunday masked men attacked".
_CLAUSE_TAKING = frozenset(
    """said told added stated wrote argued warned noted claimed announced insisted asserted declared explained
    replied responded reported confirmed revealed disclosed suggested estimated predicted believed thought
    felt knew found showed indicated acknowledged admitted denied agreed learned learnt heard saw decided
    ruled concluded realised realized feared hoped expected assumed figured guessed complained testified
    recalled remarked stressed emphasised emphasized maintained contended alleged""".split()
)
#: Words that end the participle's clause: what follows them is another clause, not the main verb.
_CLAUSE_BREAKS = frozenset(
    "and but or nor that which who whom whose when while because although though if whereas where as so then "
    "to after before since until once".split()  # ("failed to develop …", "continued after members …")
)
_FINITE = FINITE_BE | HAVE_FORMS
#: Pasts of linking verbs, which no passive has: "Sailings remained cancelled", "The gates stayed shut",
#: "The crew seemed tired". Such a past is its clause's verb, never a reduced relative on the noun
#: before it ("The senator elected retired"), however a participle after it reads.
_LINKING_PASTS = frozenset(state_forms(("remain", "stay", "seem", "appear", "persist"), past=True).split("|"))
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
#: Farthest a finite verb may stand after the participle.
_REACH = 14


def _bare(word: str) -> str:
    return word.strip("\"“”‘’()")


def _participle(word: str) -> bool:
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _IRREGULAR)


def _opening_participle(word: str) -> bool:
    """A participle that may open a reduced relative: one alike to its past, or one that is never a past
    ("taken", "written", "drawn": "Samples taken in March showed …" has no other verb for "taken" to be)."""
    return _participle(word) or word in PARTICIPLES


#: Particles that make a phrasal participle with the verb before them: "a survey carried out in May", "a plan
#: drawn up last year", "talks called off on Friday".
_PARTICLES_AFTER = frozenset("out up down off over back forward through".split())


def _plain_past(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` reads as a past tense with its object or phrase after it ("carried trams"):
    a lower-case "-ed" word or an irregular past ("took", "said"), ending no sentence, not before "by" (a passive
    participle's agent)."""
    word = words[j]
    if not (_participle(word) or word in IRREGULAR) or word.startswith("un") or j + 1 >= len(words):
        return False  # (not "unopposed", "unharmed": an adjective)
    after = _bare(words[j + 1]).lower().rstrip(".,;:!?")
    return after not in ("by", "with") and after.isalpha()


#: Words before a participle that make it an adjective: "the least guarded area", "newly built homes".
_DEGREE = frozenset("least most more less well newly recently already still".split())


def _noun_before(word: str) -> bool:
    """Whether ``word`` may end a noun phrase, so that a past after it is a verb ("forms carried", "in
    1932 carried"), not an adjective ("34,131 recorded incidents", "the least guarded area", "breaching
    entrenched positions")."""
    bare = _bare(word)
    if bare.isdigit():
        return len(bare) == 4  # a year
    low = bare.lower()
    if not bare.replace("-", "").replace("'", "").replace("’", "").isalpha() or low in _DEGREE:
        return False
    if low in _PREPOSITIONS or low in DETERMINER_WORDS or low in _NUMBER_WORDS:
        return False
    return not (bare.islower() and bare.endswith(("ly", "ing", "ed")))


class _Off(threading.local):
    """Above zero while a title is made for a date inside a relative clause read as active ("A panda
    that escaped on Friday"): its verb is the happening, not a reduced relative. Per thread, as the
    title is made in whichever thread extracts (the GUI's import thread beside its main one)."""

    count = 0


OFF = _Off()


def reduced_relative_at(words: list[str], i: int) -> bool:
    """Whether the participle ``words[i]`` opens a reduced relative on the noun before it, its clause's
    verb standing later ("A phony address listed on disclosure forms will cost …", "The bridge opened in
    1932 carried trams", "A candidate elected will take office" once a date is taken out)."""
    if OFF.count or i < 1 or i + 1 >= len(words):
        return False
    word, before = words[i], words[i - 1]
    declared = word.lower() in _DECLARING and _bare(words[i + 1]).lower() in _DECLARED_AS
    if not _opening_participle(word) or word in _CLAUSE_TAKING and not declared or word in _LINKING_PASTS:
        return False
    if before.lower() in SUBJECT_PRONOUNS or before.lower() in _CLAUSE_BREAKS or not before[-1:].isalnum():
        return False  # "he landed", "and landed", "the village, destroyed in …": no noun right before
    if before.lower() in DETERMINER_WORDS or before.lower() in _PREPOSITIONS:
        return False  # "the disputed …", "of wounded …": an adjective
    if before in _FINITE or before in ("been", "being", "be"):
        return False  # "were taken", "had been drawn up": a passive's own participle
    k = i + 1
    if declared and k + 1 < len(words):
        k += 1  # "A climber reported missing on Monday was found …": the participle's complement, then as after it
    elif _bare(words[k]) in _PARTICLES_AFTER and k + 1 < len(words) and words[i][-1:].isalpha() \
            and words[k][-1:].isalpha() and _bare(words[k + 1]).lower() in _PREPOSITIONS:
        # "A survey carried out in May found …": a phrasal participle, then its phrase as after any (but
        # "droppings collected over the winter": "over" opens the phrase, no preposition after it)
        k += 1
    first = _bare(words[k])
    if first in MODALS or first in _FINITE:
        return _finite_after(words, k)
    if k == i + 1 and _past_ending_its_clause(words, i + 1, never_past=word in PARTICIPLES):
        return True  # "The senator elected retired" (a date taken out after each): the second past is the verb
    if first.lower() not in _PREPOSITIONS:
        return False
    for j in range(k + 1, min(len(words), k + 1 + _REACH)):
        raw, low = words[j], _bare(words[j]).lower()
        prev = words[j - 1]
        if not prev[-1:].isalnum() and prev[-1:] not in ("'", "’", ")", "\"", "”"):
            return False  # a comma, a colon or a sentence's end closes the phrase
        if prev[-1:] == ")" or raw[:1] == "(":
            continue  # "(dlrs 305,000)": a bracket within the phrase
        if low in _CLAUSE_BREAKS or low in SUBJECT_PRONOUNS:
            return False
        if _bare(raw) in MODALS or _bare(raw) in _FINITE:  # (lower case: "in May 1912" is no modal)
            return _finite_after(words, j)
        if low in DETERMINER_WORDS and _bare(prev).lower() not in _PREPOSITIONS | DETERMINER_WORDS | _NUMBER_WORDS:
            return False  # "… on Friday the deal …": a new subject after the phrase
        if _plain_past(words, j) and _noun_before(prev):
            return True
    return False


#: Participles of declaring someone in a state, and the states: "reported missing", "declared dead",
#: "presumed lost": a reduced relative on the noun before them when a finite verb follows.
_DECLARING = frozenset("reported declared presumed listed feared pronounced".split())
_DECLARED_AS = frozenset("missing dead lost stolen injured wounded safe killed".split())


#: Object pronouns after a past that make it a verb with its object ("The general appointed replaced him").
_OBJECT_PRONOUNS = frozenset("him her them it us me".split())
#: Particles and "to" after a verb of motion: "fled to Spain", "stepped down", "moved back".
_PARTICLES = frozenset("to up down out off back away home abroad".split())


def _past_ending_its_clause(words: list[str], j: int, never_past: bool = False) -> bool:
    """Whether ``words[j]``, right after a participle, is a past that is the clause's verb: it ends the
    clause or is followed by a preposition, a determiner or an object pronoun ("The senator elected
    retired", "The bridge built collapsed in …", "The general appointed replaced him"), unlike a
    participle that is its object's adjective ("The firm reported increased profits")."""
    word = _bare(words[j]).rstrip(".,;:!?")
    if not (word.isalpha() and word.islower() and (word.endswith("ed") or word in IRREGULAR)) \
            or word.startswith("un") or present_of(word) is None:
        return False
    if not words[j][-1:].isalpha():
        return True  # "… elected retired." or "… retired,": nothing after the verb in its clause
    if j + 1 >= len(words) or never_past:
        return True  # ("Samples taken showed high levels": after a participle that is no past, the past is the verb)
    after = _bare(words[j + 1]).lower().rstrip(".,;:!?")
    return after in _PREPOSITIONS or after in _PARTICLES or after in DETERMINER_WORDS or after in _OBJECT_PRONOUNS


def _finite_after(words: list[str], j: int) -> bool:
    """Whether ``words[j]``, a modal or a form of "be" or "have", is a verb here: a modal with a word
    after it, or "is", "was", "has" … before more words."""
    return j + 1 < len(words) and _bare(words[j + 1])[:1].isalnum() and words[j][-1:].isalpha()


def without_reduced_relative(words: list[str], verb_at) -> list[str]:
    """ "A phony address listed on disclosure forms for a French donor will cost the party …" -> "A phony
    address will cost the party …": a reduced relative in the subject goes, as a headline drops it, so
    that the title's word cut keeps the verb. ``verb_at`` finds the clause's verb as the title rules do
    (it reads past the relative). Unchanged when a verb stands before the participle, or none after."""
    for i in range(1, min(len(words) - 1, 8)):
        if not _opening_participle(words[i]) or not reduced_relative_at(words, i):
            continue
        if _bare(words[i + 1]).lower() == "by":
            return words  # "A party led by the harbour master sighted …": who led is kept (``agent_participles``)
        if any(not w[-1:].isalnum() for w in words[:i]):
            return words  # an aside or a quotation in the subject: left to the rules for those
        verb = verb_at(words[:i + 2 * _REACH])
        if verb is None or verb <= i:
            return words
        return [*words[:i], *words[verb:]]
    return words


def relative_span(sentence: str, verb_at) -> tuple[str, int, int, bool] | None:
    """The subject, where the reduced relative after it starts and ends (at its clause's verb), and
    whether its verb is left to the other rules (a relative word kept, or a subject with a phrase), when a sentence opens with a subject and such a relative ("A man
    arrested in March over thefts will appear …" -> ("A man", 6, 50, False)); else None."""
    spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", sentence)]
    words = [w for _, w in spans]
    first = 0  # where the subject starts: past a dateline or an opener ("HARNFORD, 13 May — A panda …")
    for i in range(1, min(len(words) - 1, 30)):
        if not words[i - 1][-1:].isalnum():
            first = i
            continue
        if not words[first][:1].isupper() or i - first > 6:
            continue
        if words[i].lower() in ("that", "which", "who") and _participle(words[i + 1]):
            # "A red panda that escaped on Friday has been found": a relative with its word, active
            without = [*words[first:i], *words[i + 1:]]
            i -= first
            if not reduced_relative_at(without, i):
                return None
            verb = verb_at(without[:i + 2 * _REACH])
            if verb is None or verb <= i:
                return None
            return " ".join(words[first:first + i]), spans[first + i][0], spans[first + verb + 1][0], True
        # (a participle that is never a past, "Samples taken in August found …", is left to the main clause:
        # its date is read as the finding's, as the gold reads it)
        if not _participle(words[i]) or not reduced_relative_at(words[first:], i - first):
            continue
        verb = verb_at(words[first:i + 2 * _REACH])
        if verb is None or first + verb <= i:
            return None
        # (a subject with a phrase, "Tests on samples collected over the winter confirmed …", leaves
        # unsure which noun the relative tells of: its title is left to the rules as before)
        modified = any(w.lower() in _PREPOSITIONS for w in words[first + 1:i])
        return " ".join(words[first:i]), spans[i][0], spans[first + verb][0], modified
    return None


#: Verbs whose object takes a participle as its complement ("had the plates copied", "got the roof mended",
#: "wants the case reopened"): the participle is what was done, never a relative. (A verb of seeing or finding
#: takes either: "saw the letters written by him", a relative, is the likelier in a report.)
_CAUSATIVES = frozenset(
    "have has had having get gets got getting keep keeps kept want wants wanted need needs needed leave leaves left "
    "make makes made".split())


def without_cut_participle(cut: list[str], verb: int | None) -> list[str]:
    """``cut`` less a participle the word cut left alone at its end, after its noun: "The dairy sold the first
    yoghurts made | at the new plant" ends "… the first yoghurts". The participle opened a reduced relative on
    the object, and without its phrase it tells nothing. Kept after a causative verb, whose object's participle
    is the act ("He had the plates copied | in Leeds"), and where no verb stands before the object."""
    if verb is None or len(cut) < verb + 4:
        return cut
    last, before = cut[-1], _bare(cut[-2])
    if not (_opening_participle(last) and (not last.endswith("ed") or len(last) > 4)) or not _noun_before(before) \
            or before.lower() in _FINITE or before.lower() in ("been", "being", "be") or before[:1].isupper():
        return cut
    if _bare(cut[verb]).lower() in _CAUSATIVES | _FINITE or any(_bare(w).lower() in _FINITE | MODALS for w in cut[verb + 1:-1]):
        return cut  # (nor after "be": "She is the first woman elected | to the council" names what she is)
    if any(_bare(w).lower() in _PREPOSITIONS | _CLAUSE_BREAKS for w in cut[verb + 1:-1]) or before.lower() in _NOT_A_NOUN_END:
        # the noun is the verb's own object, right after it: not one inside a phrase ("spent two centuries in a
        # farmhouse sold | for £1.2 million", where the past may be the sentence's verb the rules missed)
        return cut
    return cut[:-1]


#: Adverbs that stand before a participle, no noun it could follow: "an oystercatcher first ringed".
_NOT_A_NOUN_END = frozenset("first last later once twice again then also still since never ever only".split())
